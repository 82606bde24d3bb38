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

        def ensure_cache_path(self):
            # Numba checks that the folder is writable (by creating a temporary file in it)
            # for each of the ~190 kernels as their module is imported: once a folder is enough
            if self._cache_path not in _writable:
                super().ensure_cache_path()
                _writable.add(self._cache_path)

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
    _link_bitcode_lazily()
    _cache_runtime_library()
    return True


_writable: set[str] = set()     # kernel cache folders found writable in this process


def atomic_write(data: bytes, dest: str) -> None:
    """Write `dest` whole or not at all: a reader never sees half of it."""
    import tempfile
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(dest), suffix=".tmp")
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    os.replace(tmp, dest)


def _cache_runtime_library() -> None:
    """Cache the object code of Numba's runtime helpers (NRT_incref, NRT_decref, the atomic
    counters...) with the kernels.  Numba builds them with LLVM in every process, the first
    time compiled code runs or loads: 0.03-0.05 s of each warm session creation.  Loaded
    like any cached function (so their bitcode is parsed only when a compile links them);
    an unreadable entry is rebuilt, an unwritable folder only means building them each time."""
    try:
        from numba.core.runtime import nrtdynmod
    except ImportError:
        return
    build = getattr(nrtdynmod, "compile_nrt_functions", None)
    if build is None or getattr(build, "_onnxjit", False) or not hasattr(nrtdynmod, "create_nrt_module"):
        return

    def compile_nrt_functions(ctx):
        import pickle

        import llvmlite
        import llvmlite.binding as llvm
        import numba
        key = hashlib.sha256("\0".join([numba.__version__, llvmlite.__version__, llvm.get_host_cpu_name(),
                                         llvm.get_host_cpu_features().flatten()]).encode()).hexdigest()[:16]
        path = os.path.join(kernel_cache_dir(), f"nrt-{key}.bin")
        try:
            with open(path, "rb") as f:
                return ctx.codegen().unserialize_library(pickle.loads(f.read()))
        except Exception:       # missing, truncated or from another build: build it
            pass
        ir_mod, library = nrtdynmod.create_nrt_module(ctx)
        library.enable_object_caching()
        library.add_ir_module(ir_mod)
        library.finalize()
        try:
            atomic_write(pickle.dumps(library.serialize_using_object_code()), path)
        except OSError:
            pass
        return library

    compile_nrt_functions._onnxjit = True
    nrtdynmod.compile_nrt_functions = compile_nrt_functions


# ELF64 little-endian section header and symbol table entry (the System V gABI): what
# elf_symbols reads of the object code Numba caches.
_ELF_SECTION = [("name", "<u4"), ("type", "<u4"), ("flags", "<u8"), ("addr", "<u8"), ("offset", "<u8"),
                ("size", "<u8"), ("link", "<u4"), ("info", "<u4"), ("addralign", "<u8"), ("entsize", "<u8")]
_ELF_SYMBOL = [("name", "<u4"), ("info", "u1"), ("other", "u1"), ("shndx", "<u2"), ("value", "<u8"), ("size", "<u8")]
_SHT_SYMTAB, _STT_SECTION, _STT_FILE = 2, 3, 4


def elf_symbols(obj: bytes):
    """(defined, undefined) symbol names of a relocatable ELF64 little-endian object file, or
    None for anything else (another object format: the caller falls back to Numba's way)."""
    import numpy as np
    if len(obj) < 64 or obj[:4] != b"\x7fELF" or obj[4] != 2 or obj[5] != 1:
        return None
    shoff = int.from_bytes(obj[0x28:0x30], "little")
    shentsize, shnum = int.from_bytes(obj[0x3A:0x3C], "little"), int.from_bytes(obj[0x3C:0x3E], "little")
    section = np.dtype(_ELF_SECTION)
    if shentsize != section.itemsize or shoff + shnum * shentsize > len(obj):
        return None
    sections = np.frombuffer(obj, section, shnum, shoff)
    tables = np.flatnonzero(sections["type"] == _SHT_SYMTAB)
    if len(tables) != 1:
        return None
    table = sections[tables[0]]
    if table["link"] >= shnum or table["offset"] + table["size"] > len(obj):
        return None
    strtab = sections[table["link"]]
    names = obj[int(strtab["offset"]):int(strtab["offset"] + strtab["size"])]
    symbol = np.dtype(_ELF_SYMBOL)
    syms = np.frombuffer(obj, symbol, int(table["size"]) // symbol.itemsize, int(table["offset"]))
    defined, undefined = [], []
    for at, shndx, info in zip(syms["name"].tolist(), syms["shndx"].tolist(), syms["info"].tolist()):
        if at == 0 or (info & 0xF) in (_STT_SECTION, _STT_FILE) or at >= len(names):
            continue
        end = names.find(b"\0", at)
        (undefined if shndx == 0 else defined).append(names[at:end if end >= 0 else len(names)].decode())
    return defined, undefined


def _link_bitcode_lazily() -> None:
    """Load cached code without parsing the LLVM bitcode kept for linking it, until it is linked.

    A cache entry holds a function's object code and, for inlining it into later callers, its
    module's bitcode.  Numba parses that bitcode on every load, and walks it for the symbols
    the object defines (and onnxjit's linkage check for those it calls): 0.11-0.16 s of a
    warm squeezenet creation, 0.24 s of silero-vad's, in a session that links nothing.  Here
    the symbols come from the object file's own symbol table, and the bitcode is parsed the
    first time a caller being compiled links the library.  Not an ELF object, or Numba's
    internals of another shape: Numba's own loading."""
    try:
        from llvmlite import binding as ll
        from numba.core import codegen
        cls = codegen.CPUCodeLibrary
        unserialize = cls._unserialize.__func__
        for_linking = cls._get_module_for_linking
        engine = codegen.JitEngine
    except (ImportError, AttributeError):
        return
    if getattr(unserialize, "_onnxjit", False) or not hasattr(engine, "_load_defined_symbols"):
        return

    def _unserialize(lib_cls, cg, state):
        name, kind, data = state
        symbols = elf_symbols(data[0]) if kind == "object" else None
        defined = getattr(cg._engine, "_defined_symbols", None)
        if symbols is None or not isinstance(defined, set):
            return unserialize(lib_cls, cg, state)
        self = cg.create_library(name)
        self.enable_object_caching()
        self._set_compiled_object(data[0])
        self._onnxjit_bitcode = data[1]
        self._onnxjit_undefined = symbols[1]      # what linkage._check_declarations checks
        self._finalize_final_module()
        defined.update(symbols[0])
        return self

    def _get_module_for_linking(self):
        bitcode = self.__dict__.pop("_onnxjit_bitcode", None)
        if bitcode is not None:
            self._shared_module = ll.parse_bitcode(bitcode)
        return for_linking(self)

    _unserialize._onnxjit = True
    cls._unserialize = classmethod(_unserialize)
    cls._get_module_for_linking = _get_module_for_linking


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
