"""cache: generated source -> imported module, content-addressed on disk.

The file for a source is `<cache dir>/<key[:2]>/<key>.py`, key = sha256 of the source,
the onnxjit/numba/llvmlite versions, the kernel library's sources and the CPU.  A file is
written once, atomically (temp file + rename), and never rewritten: Numba's own cache
(`cache=True`), stored in `__pycache__` beside it, is stamped with the file's mtime.  Its
bytecode is cached there too even where PYTHONDONTWRITEBYTECODE is set (the cache is
onnxjit's own directory): a large model's step module took 60 ms to compile from source on
every session creation.  The directory comes from ONNXJIT_CACHE_DIR (default: the user's cache directory); when it cannot be written,
a private temporary directory is used instead, with one warning.
"""
from __future__ import annotations

import hashlib
import importlib.util
import os
import platform
import py_compile
import sys
import tempfile
import threading
import types
import warnings

import llvmlite
import numba

from onnxjit.kernels._numba_cache import kernels_digest

CACHE_VERSION = "1"
_lock = threading.RLock()
_modules: dict[tuple[str, str], types.ModuleType] = {}
_warned = False
_tmpdir: str | None = None


def default_cache_dir() -> str:
    """$ONNXJIT_CACHE_DIR, else the user's cache directory (shared with the kernels' cache)."""
    from onnxjit.kernels._numba_cache import cache_root
    return cache_root()


def _cpu() -> str:
    try:
        import llvmlite.binding as llvm
        return f"{llvm.get_host_cpu_name()}:{platform.machine()}"
    except Exception:
        return platform.machine()


def strip_comments(source: str) -> str:
    """The code without its comments: sources that differ only in the node names their
    comments carry (the same ops on another model) share one compiled module."""
    out = []
    for line in source.splitlines():
        code = line.split("  # ", 1)[0].rstrip() if "  # " in line else line.rstrip()
        if code and not code.lstrip().startswith("#"):
            out.append(code)
    return "\n".join(out)


def source_key(source: str) -> str:
    from onnxjit.compiler import __version__ as version
    h = hashlib.sha256()
    for part in (CACHE_VERSION, version, numba.__version__, llvmlite.__version__, _cpu(),
                 sys.version.split()[0], kernels_digest(), strip_comments(source)):
        h.update(part.encode())
        h.update(b"\0")
    return h.hexdigest()


def _private_dir() -> str:
    global _tmpdir
    if _tmpdir is None:
        _tmpdir = tempfile.mkdtemp(prefix="onnxjit-")
    return _tmpdir


_checked: set[str] = set()     # cache directories already shown to be writable in this process


def _writable_dir(cache_dir: str | None) -> str:
    global _warned
    if cache_dir is None:
        return _private_dir()
    if cache_dir in _checked:
        return cache_dir
    try:
        os.makedirs(cache_dir, exist_ok=True)
        probe = os.path.join(cache_dir, f".probe-{os.getpid()}-{threading.get_ident()}")
        with open(probe, "w") as f:
            f.write("x")
        os.remove(probe)
        _checked.add(cache_dir)
        return cache_dir
    except OSError as e:
        if not _warned:
            warnings.warn(f"onnxjit: cache directory {cache_dir!r} is not writable ({e}); "
                          "compiling without a persistent cache", RuntimeWarning, stacklevel=3)
            _warned = True
        return _private_dir()


def load_source(source: str, cache_dir: str | None = "default") -> types.ModuleType:
    """Import the module for `source`, writing it to the cache first if absent.

    cache_dir: "default" for default_cache_dir(), None to disable the persistent cache."""
    key = source_key(source)
    with _lock:
        root = _writable_dir(default_cache_dir() if cache_dir == "default" else cache_dir)
        mod = _modules.get((root, key))
        if mod is not None:
            return mod
        folder = os.path.join(root, key[:2])
        os.makedirs(folder, exist_ok=True)
        path = os.path.join(folder, f"m{key[:40]}.py")
        name = f"onnxjit_generated_{key[:40]}"
        for attempt in (0, 1):
            if attempt or not _valid(path, source):    # absent, truncated, corrupt or foreign: rewrite
                fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
                with os.fdopen(fd, "w") as f:
                    f.write(source)
                os.replace(tmp, path)
            if sys.dont_write_bytecode and not os.path.exists(importlib.util.cache_from_source(path)):
                py_compile.compile(path, doraise=False, quiet=2)   # written atomically; read back below
            spec = importlib.util.spec_from_file_location(name, path)
            mod = importlib.util.module_from_spec(spec)
            sys.modules[name] = mod
            try:
                spec.loader.exec_module(mod)
                break
            except Exception:
                sys.modules.pop(name, None)
                if attempt:
                    raise
        _modules[(root, key)] = mod
        return mod


def _valid(path: str, source: str) -> bool:
    """A cached source file exists and holds this source (up to comments): a truncated,
    corrupt or foreign file is not used."""
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        return strip_comments(text) == strip_comments(source)
    except (OSError, UnicodeDecodeError, ValueError):
        return False
