"""Dense matrix kernels (ONNX Gemm, MatMul) for the CPU.

    gemm(a, b, c, y, p, alpha, beta)
        a (M, K) or (K, M) if transA; b (K, N) or (N, K) if transB;
        c 2-D (cm, cn), cm in {1, M}, cn in {1, N}, broadcast; ignored when
        has_c == 0 (pass a (0, 0) or (1, 0) array); y (M, N).
        p = [transA, transB, has_c]; alpha, beta float64.
    gemm_row(a, b, c, y, p, alpha, beta)     the same for M == 1, transA 0, float
    matmul(a, b, y, ia, ib)
        a (Ba, M, K), b (Bb, K, N), y (By, M, N); output batch i is
        a[ia[i]] @ b[ib[i]] (broadcasting resolved by the caller).

Float32/float64 go through BLAS (blas.gemm: OpenBLAS sgemm/dgemm, transposes passed as
F-ordered ``.T`` views, no copies), split into blocks of rows on Numba's threads, each
block one single-threaded BLAS call (runtime/threads.py).
Integer dtypes use plain loops with wrap-around arithmetic.
"""
import numba
import numpy as np
from numba import types
from numba.extending import overload

from .blas import HAS_GEMV as _HAS_GEMV, gemm as _blas_gemm
from .parallel import PAR_MIN_ELEMS, PAR_MIN_MACS, PAR_MIN_WEIGHTS, blocks, threads_for, _0
from ..linkage import by_symbol

U = np.uint64


def _mm_into(a, b, y):
    """y[:] = a @ b for 2-D a, b, y (any layouts); dispatched on dtype."""
    raise NotImplementedError  # only callable from compiled code


@overload(_mm_into)
def _mm_into_ov(a, b, y):
    if isinstance(y.dtype, types.Float) and a.dtype == y.dtype and b.dtype == y.dtype:
        return lambda a, b, y: _blas_gemm(a, b, y)

    def impl_loop(a, b, y):
        M = a.shape[0]
        K = a.shape[1]
        N = b.shape[1]
        for i in range(M):
            yr = y[i]
            for j in range(N):
                yr[j] = 0
            for k in range(K):
                av = a[i, k]
                br = b[k]
                for j in range(N):
                    yr[j] += av * br[j]
    return impl_loop


def _is_float(y):
    raise NotImplementedError


@overload(_is_float)
def _is_float_ov(y):
    v = isinstance(y.dtype, types.Float)
    return lambda y: v


@numba.njit(cache=True, nogil=True, fastmath={"reassoc"})
def dot_rows(w2, x, y, r0, r1):
    """y[i] = w2[i, :] . x for rows i in [r0, r1) (float w2 C-contiguous, x 1-D contiguous): a
    matrix-vector product as row dot products, summed in vector lanes (reassociated, so LLVM
    vectorizes the reduction).  A GEMM with one column (a 1x1 conv on a 1x1 map, a classifier
    Gemm on one row) runs far below BLAS sgemm's peak: 240 -> 960 channels, 0.17 ms as sgemm.
    One row after the other, w2 is read front to back, which the hardware prefetcher follows:
    with the weights in memory rather than cache (in a model, the other layers' weights have
    evicted them) this is ~1.8x faster than OpenBLAS's gemv (one thread: 1280 -> 1000 146 vs
    265 us; 960 -> 1280 132 vs 235; 4096 -> 4096 2.4 vs 2.7 ms), and within 10-25% of it when
    they are in L3 (79 vs 63 us).  Two or four rows at once are slower from memory (263-307 us)."""
    K = x.size
    for i in range(r0, r1):
        wr = w2[i]
        s = y.dtype.type(0)
        for k in range(K):
            s += wr[U(k)] * x[U(k)]
        y[i] = s


def _vm_row(a, b, y):
    """y[0] = a[0] @ b (b not transposed): BLAS's gemv where onnxjit's OpenBLAS is there, else
    vecmat."""
    raise NotImplementedError  # only callable from compiled code


@overload(_vm_row)
def _vm_row_ov(a, b, y):
    if _HAS_GEMV and isinstance(y.dtype, types.Float) and a.dtype == y.dtype and b.dtype == y.dtype:
        return lambda a, b, y: _blas_gemm(a[0:1], b, y[0:1])
    return lambda a, b, y: vecmat(a[0], b, y[0], 0, b.shape[1])


@numba.njit(cache=True, nogil=True, fastmath={"reassoc"})
def dot_block(w2, xt, y):
    """y[i, t] = w2[i, :] . xt[t, :] (w2 (M, K) and xt (T, K) C-contiguous float, y (M, T) any
    row stride): a GEMM a few columns wide (a conv on a few output positions) as dot products,
    2 rows x 4 positions at a time, so each weight row is read once per 4 positions and each
    position row once per 2 weight rows.  silero-vad's 129 -> 128 channel conv on 4 positions:
    15.9 us as one dot_rows pass per position, 8.2 us."""
    M = w2.shape[0]
    T = xt.shape[0]
    K = xt.shape[1]
    z = y.dtype.type(0)
    for i in range(0, M - 1, 2):
        wa = w2[i]
        wb = w2[i + 1]
        for t in range(0, T - 3, 4):
            x0 = xt[t]
            x1 = xt[t + 1]
            x2 = xt[t + 2]
            x3 = xt[t + 3]
            a0 = a1 = a2 = a3 = b0 = b1 = b2 = b3 = z
            for k in range(K):
                va = wa[U(k)]
                vb = wb[U(k)]
                u0 = x0[U(k)]
                u1 = x1[U(k)]
                u2 = x2[U(k)]
                u3 = x3[U(k)]
                a0 += va * u0
                a1 += va * u1
                a2 += va * u2
                a3 += va * u3
                b0 += vb * u0
                b1 += vb * u1
                b2 += vb * u2
                b3 += vb * u3
            y[i, t] = a0
            y[i, t + 1] = a1
            y[i, t + 2] = a2
            y[i, t + 3] = a3
            y[i + 1, t] = b0
            y[i + 1, t + 1] = b1
            y[i + 1, t + 2] = b2
            y[i + 1, t + 3] = b3
        for t in range(T // 4 * 4, T):
            xr = xt[t]
            a = b = z
            for k in range(K):
                a += wa[U(k)] * xr[U(k)]
                b += wb[U(k)] * xr[U(k)]
            y[i, t] = a
            y[i + 1, t] = b
    if M % 2:
        wr = w2[M - 1]
        for t in range(T):
            xr = xt[t]
            a = z
            for k in range(K):
                a += wr[U(k)] * xr[U(k)]
            y[M - 1, t] = a


@numba.njit(cache=True, nogil=True, parallel=True)
def gemv(w2, x, y):
    """y = w2 @ x (dot_rows), blocks of rows on Numba's threads when large enough: each weight is
    read once, so memory-bound, and split from PAR_MIN_WEIGHTS multiply-adds (1280 -> 1000 at two
    threads, L3-resident weights: 71 us on one thread, ~40 us on two)."""
    M = w2.shape[0]
    nth = threads_for(M * x.size, PAR_MIN_WEIGHTS)
    R = blocks(M, nth, 16)
    nb = (M + R - 1) // R
    if nb > 1:
        for t in numba.prange(nb):
            dot_rows(w2, x, y, np.int64(t * R), np.int64(min(t * R + R, M)))
    else:
        dot_rows(w2, x, y, _0, M)


@numba.njit(cache=True, nogil=True)
def vecmat(x, b, y, j0, j1):
    """y[j0:j1] = x @ b[:, j0:j1] (x 1-D, b 2-D C-contiguous): rows of b scaled and added.
    (On the calling thread: a classifier Gemm without transB is rare, and a parallel entry
    costs ~1.3 s of cold compile in every model with a Gemm.)"""
    for j in range(j0, j1):
        y[j] = 0
    for k in range(x.size):
        xv = x[k]
        br = b[k]
        for j in range(j0, j1):
            y[U(j)] += xv * br[U(j)]


@by_symbol
@numba.njit(cache=True, nogil=True)
def _mm_part(a, b, y, ia, ib, tb, i, r0, r1):
    """Rows [r0, r1) of batch i: y[i][r0:r1] = a[ia[i]][r0:r1] @ op(b[ib[i]])."""
    if tb:
        _mm_into(a[ia[i]][r0:r1], b[ib[i]].T, y[i][r0:r1])
    else:
        _mm_into(a[ia[i]][r0:r1], b[ib[i]], y[i][r0:r1])


@numba.njit(cache=True, nogil=True, parallel=True)
def _mm_rows(a, b, y, ia, ib, tb):
    """y[i] = a[ia[i]] @ op(b[ib[i]]) for 3-D a, b, y (op: transpose if tb): batches x blocks
    of rows of y in parallel when the product is large enough to pay for waking the pool."""
    B = y.shape[0]
    M = y.shape[1]
    nth = threads_for(B * M * y.shape[2] * a.shape[2], PAR_MIN_MACS)
    R = blocks(M, max(1, -(-nth // max(B, 1))), 8)
    nb = (M + R - 1) // R
    if nth > 1 and B * nb > 1:
        for it in numba.prange(B * nb):
            i = it // nb
            r0 = (it - i * nb) * R
            _mm_part(a, b, y, ia, ib, tb, np.int64(i), np.int64(r0), np.int64(min(r0 + R, M)))
    else:
        for i in range(B):
            _mm_part(a, b, y, ia, ib, tb, i, _0, M)


@numba.njit(cache=True, nogil=True)
def _mm2(a, b, y, tb):
    """y = a @ op(b) for C-ordered 2-D a, b, y: _mm_rows on one batch."""
    z = np.zeros(1, np.int64)
    _mm_rows(a.reshape(1, a.shape[0], a.shape[1]), b.reshape(1, b.shape[0], b.shape[1]),
             y.reshape(1, y.shape[0], y.shape[1]), z, z, tb)


@numba.njit(cache=True, nogil=True)
def _gemm_finish(c, y, has_c, alpha, beta):
    """y = alpha * y + beta * c (c broadcast) after y = op(a) @ op(b)."""
    M = y.shape[0]
    N = y.shape[1]
    use_c = has_c != 0 and beta != 0.0 and c.size > 0
    if _is_float(y):
        if not use_c and alpha == 1.0:
            return
        for i in range(M):
            yr = y[i]
            if use_c:
                cr = c[i if c.shape[0] > 1 else 0]
                if c.shape[1] > 1:
                    for j in range(N):
                        yr[U(j)] = alpha * yr[U(j)] + beta * cr[U(j)]
                else:
                    cb = beta * cr[0]
                    for j in range(N):
                        yr[U(j)] = alpha * yr[U(j)] + cb
            else:
                for j in range(N):
                    yr[U(j)] = alpha * yr[U(j)]
    else:
        # integer Gemm: exact integer arithmetic when alpha == beta == 1,
        # else computed in float64 and truncated back
        exact = alpha == 1.0 and beta == 1.0
        for i in range(M):
            yr = y[i]
            if use_c:
                cr = c[i if c.shape[0] > 1 else 0]
                c1 = c.shape[1] > 1
                for j in range(N):
                    cv = cr[j if c1 else 0]
                    if exact:
                        yr[j] = yr[j] + cv
                    else:
                        yr[j] = alpha * yr[j] + beta * cv
            elif alpha != 1.0:
                for j in range(N):
                    yr[j] = alpha * yr[j]


@numba.njit(cache=True, nogil=True)
def _gemm_row(a, b, y, tb):
    """y[0] = a[0] @ op(b): one output row (a classifier at batch 1) as a vector product."""
    if tb != 0:
        gemv(b, a[0], y[0])
    else:
        _vm_row(a, b, y)


@numba.njit(cache=True, nogil=True)
def gemm_row(a, b, c, y, p, alpha, beta):
    """ONNX Gemm with one output row and transA 0, float: what the code generator calls when
    the row count is known to be 1, so that the matrix paths of gemm never compile."""
    _gemm_row(a, b, y, p[1])
    _gemm_finish(c, y, p[2], alpha, beta)


@numba.njit(cache=True, nogil=True)
def gemm(a, b, c, y, p, alpha, beta):
    """ONNX Gemm: y = alpha * op(a) @ op(b) + beta * c (c broadcast)."""
    ta = p[0]
    tb = p[1]
    if ta == 0 and y.shape[0] == 1 and _is_float(y):    # one row (a classifier): a vector product
        _gemm_row(a, b, y, tb)
    elif ta == 0:
        _mm2(a, b, y, tb != 0)
    elif tb == 0:
        _mm_into(a.T, b, y)
    else:
        _mm_into(a.T, b.T, y)
    _gemm_finish(c, y, p[2], alpha, beta)


# not literals (a literal argument is typed Literal[bool] and compiles _mm_rows once more)
_FALSE, _TRUE = np.bool_(False), np.bool_(True)


@numba.njit(cache=True, nogil=True)
def matmul(a, b, y, ia, ib):
    """Batched ONNX MatMul: y[i] = a[ia[i]] @ b[ib[i]]."""
    _mm_rows(a, b, y, ia, ib, _FALSE)


@numba.njit(cache=True, nogil=True)
def matmul_tb(a, b, y, ia, ib):
    """Batched matrix product with B transposed (onnxruntime's FusedMatMul, transB=1):
    y[i] = a[ia[i]] @ b[ib[i]].T."""
    _mm_rows(a, b, y, ia, ib, _TRUE)
