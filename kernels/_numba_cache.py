"""Where Numba caches the compiled kernels: under onnxjit's cache directory.

Every piece of compiled code onnxjit uses (the kernels here and the generated modules)
then lives in one place, `$ONNXJIT_CACHE_DIR` (default: the user's cache directory), so
that an empty cache directory really means "nothing compiled" and an AOT artifact can
carry and restore all of it.  The folder is keyed by a digest of the kernel sources
(kernels_digest), since compiled kernels inline helpers from other files; within it Numba
stamps each entry with its own source file's mtime and size.

This adds one locator class in front of Numba's list; files outside this package fall
through to Numba's usual locators.  If Numba's caching internals ever change shape, the
kernels simply cache where Numba would put them by default.
"""
from __future__ import annotations

import functools
import hashlib
import os

KERNELS_DIR = os.path.dirname(os.path.abspath(__file__))


def cache_root() -> str:
    env = os.environ.get("ONNXJIT_CACHE_DIR")
    if env:
        return env
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "onnxjit")


@functools.cache
def kernels_digest() -> str:
    """sha256 of the kernel library's sources (kernels/cpu/*.py).  Compiled code inlines the
    scalar helpers it calls (fastmath.exp32 into norm.softmax_rows, scalar.py into generated
    loops), and Numba's cache checks only the calling function's own file: keyed by this, an
    edited helper (or an upgrade) never leaves stale inlined copies running."""
    from onnxjit.kernels.cpu import blas
    folder = os.path.join(KERNELS_DIR, "cpu")
    h = hashlib.sha256(blas.BACKEND.encode() + b"\0")  # compiled code calls that BLAS by name
    try:
        for name in sorted(os.listdir(folder)):
            if name.endswith(".py"):
                with open(os.path.join(folder, name), "rb") as f:
                    h.update(name.encode() + b"\0" + f.read() + b"\0")
    except OSError:     # no sources beside the package (a frozen install): the version decides
        pass
    return h.hexdigest()


def kernel_cache_dir() -> str:
    """<cache dir>/kernels/<digest of the kernel sources>: one folder per kernel library."""
    return os.path.join(cache_root(), "kernels", kernels_digest()[:16])


def _install() -> bool:
    try:
        from numba.core import caching
        base = (caching._SourceFileBackedLocatorMixin, caching._CacheLocator)
        impl = caching.CacheImpl
    except (ImportError, AttributeError):
        return False

    class KernelCacheLocator(*base):
        """Numba cache locator for onnxjit.kernels: <kernel_cache_dir()>/<subpackage>/."""

        def __init__(self, py_func, py_file):
            self._py_file = py_file
            self._lineno = py_func.__code__.co_firstlineno
            sub = os.path.relpath(os.path.dirname(os.path.abspath(py_file)), KERNELS_DIR)
            self._cache_path = os.path.join(kernel_cache_dir(), sub)

        def get_cache_path(self):
            return self._cache_path

        @classmethod
        def from_function(cls, py_func, py_file):
            path = os.path.abspath(py_file)
            if not path.startswith(KERNELS_DIR + os.sep):
                return None
            return super().from_function(py_func, py_file)

    if not any(getattr(c, "__name__", "") == "KernelCacheLocator" for c in impl._locator_classes):
        impl._locator_classes.insert(0, KernelCacheLocator)
    in_tree = getattr(caching, "InTreeCacheLocator", None) or getattr(caching, "_InTreeCacheLocator", None)
    if in_tree is not None and not any(getattr(c, "__name__", "") == "GeneratedCacheLocator"
                                       for c in impl._locator_classes):
        class GeneratedCacheLocator(in_tree):
            """Generated modules (compiler/cache.py, named onnxjit_generated_<key>) cache in the
            __pycache__ beside their file even when NUMBA_CACHE_DIR is set (Numba's own
            locator would then put them under it): the AOT artifact carries that folder."""

            @classmethod
            def from_function(cls, py_func, py_file):
                if not str(getattr(py_func, "__module__", "")).startswith("onnxjit_generated_"):
                    return None
                return super().from_function(py_func, py_file)

        impl._locator_classes.insert(1, GeneratedCacheLocator)
    _tolerate_corrupt_entries(caching)
    _load_without_refresh(caching)
    return True


def _load_without_refresh(caching) -> None:
    """Load cached functions without refreshing Numba's target context first.

    Numba's Cache.load_overload refreshes the context (imports its typing and lowering
    registries: ~250 of Numba's modules, and SciPy's linalg, which numba.np.arraymath imports
    to check for a BLAS) before loading.  Loading compiled code needs only Numba's runtime
    (NRT) and code generator: the refresh cost 0.2-0.25 s of every warm session creation in a
    fresh process (squeezenet 0.50-0.63 -> 0.26 s, bert 0.54 -> 0.33).  A compile still
    refreshes (Numba's compiler does that first), so nothing it needs is ever missing."""
    cls = getattr(caching, "Cache", None)
    if cls is None or getattr(cls.load_overload, "_onnxjit", False) \
            or not hasattr(cls, "_guard_against_spurious_io_errors"):
        return
    try:
        from numba.core.runtime import rtsys
    except ImportError:
        return

    def load_overload(self, sig, target_context):
        rtsys.initialize(target_context)
        with self._guard_against_spurious_io_errors():
            return self._load_overload(sig, target_context)
        # (None when the `with` swallowed an error: a cache miss)

    load_overload._onnxjit = True
    cls.load_overload = load_overload


def _tolerate_corrupt_entries(caching) -> None:
    """A corrupt, truncated or foreign index (.nbi) or data file (.nbc) is a cache miss: the
    function is compiled again and the entry rewritten, instead of the unpickling error
    propagating out of the first call."""
    cls = getattr(caching, "IndexDataCacheFile", None)
    if cls is None or getattr(cls, "_onnxjit_tolerant", False):
        return
    load_index, load = cls._load_index, cls.load

    def _load_index(self):
        try:
            return load_index(self)
        except Exception:
            return {}

    def _load(self, key):
        try:
            return load(self, key)
        except Exception:
            return None

    cls._load_index, cls.load, cls._onnxjit_tolerant = _load_index, _load, True

    # a data file that unpickles but holds another function's entry fails when rebuilt
    cache_cls = getattr(caching, "Cache", None)
    rebuild_load = getattr(cache_cls, "_load_overload", None)
    if rebuild_load is not None:
        def _load_overload(self, sig, target_context):
            try:
                return rebuild_load(self, sig, target_context)
            except Exception:
                return None
        cache_cls._load_overload = _load_overload


INSTALLED = _install()
