"""The BLAS that compiled kernels call: gemm(a, b, c) computes c[:] = a @ b for 2-D float arrays.

onnxjit carries its own OpenBLAS, the `scipy-openblas64` wheel (the build NumPy and SciPy
ship, maintained by their developers), loaded here once and kept at one thread: every kernel
splits its work over Numba's threads itself, each making single-threaded calls
(runtime/threads.py), so a BLAS of our own means no thread setting of ours touches the
user's NumPy or SciPy.  It is also a newer OpenBLAS than the one SciPy's wheels bundle (which
Numba's np.dot calls), and far faster on the short GEMMs of convolutions, on par with
onnxruntime's MLAS: measured at one thread (`python bench/blas.py`), 16x128x3025 35 -> 62
GFLOP/s, 24x72x3136 44 -> 76, 32x1152x196 51 -> 77, large GEMMs 5-15% faster.

Compiled code calls it by symbol name (registered with LLVM before any kernel is loaded), so
kernels that call it stay cacheable.  Without the wheel (or with ONNXJIT_BLAS=scipy), gemm
calls SciPy's BLAS through the helper Numba's np.dot uses, and runtime/threads.py keeps that
one at one thread; BACKEND names the one in use, and the kernel cache is keyed by it
(kernels/_numba_cache.py).
"""
import ctypes
import importlib.metadata
import importlib.util
import os

import numba
import numpy as np
from numba import types
from numba.extending import overload

from ..linkage import any_layout, by_symbol


def _load():
    """(thread setter, version) of scipy-openblas64 with its CBLAS sgemm/dgemm registered with
    LLVM as onnxjit_sgemm / onnxjit_dgemm, or (None, "") where it is not installed or the
    environment says ONNXJIT_BLAS=scipy."""
    if os.environ.get("ONNXJIT_BLAS", "").lower() == "scipy":
        return None, ""
    try:
        from llvmlite import binding as ll
        # Found, not imported: importing scipy_openblas64 loads the library with RTLD_GLOBAL
        # (for building against it), and its unprefixed LAPACK helpers (droundup_lwork_, ILP64)
        # would then take the place of SciPy's own (LP64) in SciPy's LAPACK: lstsq's workspace
        # query read garbage.  Loaded with ctypes' default RTLD_LOCAL, nothing leaks.
        spec = importlib.util.find_spec("scipy_openblas64")
        if spec is None or not spec.submodule_search_locations:
            return None, ""
        folder = os.path.join(list(spec.submodule_search_locations)[0], "lib")
        names = sorted(n for n in os.listdir(folder) if n.startswith("libscipy_openblas64_")
                       and (n.endswith(".so") or ".so." in n or n.endswith((".dylib", ".dll"))))
        lib = ctypes.CDLL(os.path.join(folder, names[0]))
        prefix = "scipy_"
        sgemm = getattr(lib, prefix + "cblas_sgemm64_")
        dgemm = getattr(lib, prefix + "cblas_dgemm64_")
        sgemv = getattr(lib, prefix + "cblas_sgemv64_")
        dgemv = getattr(lib, prefix + "cblas_dgemv64_")
        setter = getattr(lib, prefix + "openblas_set_num_threads64_")
        setter.argtypes = [ctypes.c_int64]
        setter.restype = None
        setter(1)
        ll.add_symbol("onnxjit_sgemm", ctypes.cast(sgemm, ctypes.c_void_p).value)
        ll.add_symbol("onnxjit_dgemm", ctypes.cast(dgemm, ctypes.c_void_p).value)
        ll.add_symbol("onnxjit_sgemv", ctypes.cast(sgemv, ctypes.c_void_p).value)
        ll.add_symbol("onnxjit_dgemv", ctypes.cast(dgemv, ctypes.c_void_p).value)
        return setter, importlib.metadata.version("scipy-openblas64")
    except (ImportError, OSError, AttributeError, IndexError, importlib.metadata.PackageNotFoundError):
        return None, ""


_SET_THREADS, _VERSION = _load()

# Whether gemm has OpenBLAS's gemv for one row or column (SciPy's path runs those as sgemm).
HAS_GEMV = _SET_THREADS is not None

# What compiled code's GEMMs call (part of the kernel cache key).
BACKEND = f"scipy-openblas64 {_VERSION}" if _SET_THREADS is not None else "numba np.dot (SciPy's BLAS)"


def keep_single_threaded() -> bool:
    """Set our BLAS to one thread (again: threadpoolctl limits set by the user reach it too);
    False when compiled code uses SciPy's BLAS instead, which the caller must then limit."""
    if _SET_THREADS is None:
        return False
    _SET_THREADS(1)
    return True


# CBLAS, ILP64: (order, transA, transB, M, N, K, alpha, A, lda, B, ldb, beta, C, ldc); enums
# are C ints, pointers passed as integers (same registers), blasint is 64-bit.
_ROW_MAJOR, _NO_TRANS, _TRANS = 101, 111, 112
_ARGS = (types.int32,) * 3 + (types.int64,) * 3
_SGEMM = types.ExternalFunction("onnxjit_sgemm", types.void(
    *_ARGS, types.float32, types.uintp, types.int64, types.uintp, types.int64, types.float32,
    types.uintp, types.int64))
_DGEMM = types.ExternalFunction("onnxjit_dgemm", types.void(
    *_ARGS, types.float64, types.uintp, types.int64, types.uintp, types.int64, types.float64,
    types.uintp, types.int64))
# (order, trans, M, N, alpha, A, lda, x, incx, beta, y, incy)
_GEMV_ARGS = (types.int32, types.int32, types.int64, types.int64)
_SGEMV = types.ExternalFunction("onnxjit_sgemv", types.void(
    *_GEMV_ARGS, types.float32, types.uintp, types.int64, types.uintp, types.int64, types.float32,
    types.uintp, types.int64))
_DGEMV = types.ExternalFunction("onnxjit_dgemv", types.void(
    *_GEMV_ARGS, types.float64, types.uintp, types.int64, types.uintp, types.int64, types.float64,
    types.uintp, types.int64))


def gemm(a, b, c):
    """c[:] = a @ b for 2-D arrays of one float dtype (any strides; c may be a strided view,
    e.g. a block of a larger output).  Only callable from compiled code: _gemm_any, called by
    symbol (kernels/linkage.py) with layout-'A' arguments, so that every kernel calls one
    compile of it per dtype."""
    raise NotImplementedError


@overload(gemm, inline="always")
def _gemm_entry_ov(a, b, c):
    return lambda a, b, c: _gemm_any(any_layout(a), any_layout(b), any_layout(c))


@by_symbol
@numba.njit(cache=True, nogil=True)
def _gemm_any(a, b, c):
    _gemm(a, b, c)


def _gemm(a, b, c):
    raise NotImplementedError


def _call(a, b, c):
    raise NotImplementedError


def _layout(x, sz, rows, cols):
    raise NotImplementedError


@overload(_layout)
def _layout_ov(x, sz, rows, cols):
    def impl(x, sz, rows, cols):
        """(transposed, leading dimension) of a rows x cols operand BLAS reads in place: rows
        unit-stride are passed as is, else (columns unit-stride) it is the transpose of the
        row-major matrix it views; the leading dimension is at least the row length BLAS
        checks (a size-1 dimension's stride can be anything)."""
        if x.strides[1] == sz:
            return False, max(x.strides[0] // sz, cols, 1)
        return True, max(x.strides[1] // sz, rows, 1)
    return impl


@overload(_call)
def _call_ov(a, b, c):
    """The GEMM call for operands each with one unit-stride dimension (checked by gemm)."""
    f32 = c.dtype == types.float32
    if _SET_THREADS is not None:
        ext = _SGEMM if f32 else _DGEMM
        gemv = _SGEMV if f32 else _DGEMV
        one = np.float32(1) if f32 else np.float64(1)
        zero = np.float32(0) if f32 else np.float64(0)

        def impl(a, b, c):
            M, N, K = c.shape[0], c.shape[1], a.shape[1]
            sz = c.itemsize
            ta, lda = _layout(a, sz, M, K)
            tb, ldb = _layout(b, sz, K, N)
            # One row or one column: a matrix-vector product.  OpenBLAS's sgemm packs the whole
            # matrix operand on every call however thin the other is (an LSTM step's 1x128 by
            # 128x512: 22 us as sgemm, 3-4 us as sgemv).  Vector strides are positive (_usable).
            if M == 1 or N == 1:
                if M == 1:      # c[0] = op(b)^T a[0]; tb: b is the transpose of a row-major N x K
                    rows, cols, trans = (N, K, _NO_TRANS) if tb else (K, N, _TRANS)
                    mat, ld, vec = b.ctypes.data, ldb, a.ctypes.data
                    incx = a.strides[1] // sz if K > 1 else 1
                    incy = c.strides[1] // sz if N > 1 else 1
                else:           # c[:, 0] = op(a) b[:, 0]; ta: a is the transpose of a row-major K x M
                    rows, cols, trans = (K, M, _TRANS) if ta else (M, K, _NO_TRANS)
                    mat, ld, vec = a.ctypes.data, lda, b.ctypes.data
                    incx = b.strides[0] // sz if K > 1 else 1
                    incy = c.strides[0] // sz if M > 1 else 1
                gemv(np.int32(_ROW_MAJOR), np.int32(trans), rows, cols, one, mat, ld, vec, incx, zero,
                     c.ctypes.data, incy)
                return
            ext(np.int32(_ROW_MAJOR), np.int32(_TRANS if ta else _NO_TRANS),
                np.int32(_TRANS if tb else _NO_TRANS), M, N, K, one, a.ctypes.data, lda,
                b.ctypes.data, ldb, zero, c.ctypes.data, max(c.strides[0] // sz, N, 1))
        return impl

    # the helper Numba's np.dot calls (SciPy's Fortran BLAS, column-major): row-major
    # C = A B is column-major C^T = B^T A^T, so the operands swap and the strides stay
    from numba.np.linalg import _BLAS, get_blas_kind
    xxgemm = _BLAS().numba_xxgemm(c.dtype)
    kind = ord(get_blas_kind(c.dtype))

    def impl_scipy(a, b, c):
        M, N, K = c.shape[0], c.shape[1], a.shape[1]
        sz = c.itemsize
        ta, lda = _layout(a, sz, M, K)
        tb, ldb = _layout(b, sz, K, N)
        one = np.ones(1, c.dtype)
        zero = np.zeros(1, c.dtype)
        xxgemm(kind, ord("T") if tb else ord("N"), ord("T") if ta else ord("N"), N, M, K,
               one.ctypes, b.ctypes, ldb, a.ctypes, lda, zero.ctypes, c.ctypes, max(c.strides[0] // sz, N, 1))
    return impl_scipy


def _usable(x, sz):
    raise NotImplementedError


@overload(_usable)
def _usable_ov(x, sz):
    def impl(x, sz):
        """Whether BLAS can read x in place: one unit-stride dimension, the other's stride
        positive and a whole number of elements."""
        s0 = x.strides[0]
        s1 = x.strides[1]
        if s1 == sz:
            return x.shape[0] <= 1 or (s0 > 0 and s0 % sz == 0)
        if s0 == sz:
            return x.shape[1] <= 1 or (s1 > 0 and s1 % sz == 0)
        return False
    return impl


def _into(a, b, c):
    raise NotImplementedError


@overload(_into)
def _into_ov(a, b, c):
    def impl(a, b, c):
        """c = a @ b for c usable in place: operands BLAS cannot read in place are copied."""
        sz = c.itemsize
        # (copies typed as layout 'A' too: one compile of _call)
        if _usable(a, sz) and _usable(b, sz):
            _call(a, b, c)
        elif _usable(b, sz):
            _call(any_layout(np.ascontiguousarray(a)), b, c)
        elif _usable(a, sz):
            _call(a, any_layout(np.ascontiguousarray(b)), c)
        else:
            _call(any_layout(np.ascontiguousarray(a)), any_layout(np.ascontiguousarray(b)), c)
    return impl


@overload(_gemm)
def _gemm_ov(a, b, c):
    dt = c.dtype
    if not (isinstance(dt, types.Float) and a.dtype == dt and b.dtype == dt):
        def impl_dot(a, b, c):     # complex: Numba's np.dot
            if a.shape[1] == 0:
                c[:] = 0
            elif c.shape[0] > 0 and c.shape[1] > 0:
                np.dot(a, b, c)
        return impl_dot

    def impl(a, b, c):
        M = c.shape[0]
        N = c.shape[1]
        if M == 0 or N == 0:
            return
        if a.shape[1] == 0:
            c[:] = 0
            return
        sz = c.itemsize
        if _usable(c, sz) and (c.strides[1] == sz or N == 1):
            _into(a, b, c)
        else:                           # c's rows not unit-stride: compute, then copy
            t = np.empty((M, N), c.dtype)
            _into(a, b, any_layout(t))
            # element by element: `c[:] = t` compiles Numba's shape-mismatch message (string
            # formatting) into every kernel that calls gemm
            for i in range(M):
                for j in range(N):
                    c[i, j] = t[i, j]
    return impl
