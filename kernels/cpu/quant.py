"""Quantized kernels: integer matmul with zero points, requantization, dynamic quantization."""
import numpy as np
from numba import njit

_opts = dict(cache=True, nogil=True, error_model="numpy")


@njit(**_opts)
def matmul_integer(a, b, y, ia, ib, azp, bzp):
    """y[i] = (a[ia[i]] - azp) @ (b[ib[i]] - bzp) in int32.  azp: 1 value or one per row of a
    (M); bzp: 1 value or one per column of b (N)."""
    M, K = a.shape[1], a.shape[2]
    N = b.shape[2]
    for i in range(y.shape[0]):
        A = a[ia[i]]
        B = b[ib[i]]
        for m in range(M):
            za = np.int32(azp[m if azp.size > 1 else 0])
            for n in range(N):
                y[i, m, n] = 0
            for k in range(K):
                av = np.int32(A[m, k]) - za
                if av == 0:
                    continue
                for n in range(N):
                    zb = np.int32(bzp[n if bzp.size > 1 else 0])
                    y[i, m, n] += av * (np.int32(B[k, n]) - zb)


@njit(**_opts)
def requantize(acc, scale, zp, lo, hi, y):
    """y = clip(rint(acc * scale) + zp, lo, hi) (QLinearMatMul's output stage)."""
    for i in range(acc.size):
        v = np.rint(np.float64(acc[i]) * scale) + zp
        if v != v:
            v = 0.0
        y[i] = min(max(v, lo), hi)


@njit(**_opts)
def dynamic_quantize(x, y, scale, zp):
    """DynamicQuantizeLinear to uint8: the range [min(0, min x), max(0, max x)] maps onto 0..255."""
    lo = np.float32(0.0)
    hi = np.float32(0.0)
    for i in range(x.size):
        v = x[i]
        if v < lo:
            lo = v
        if v > hi:
            hi = v
    s = np.float32((hi - lo) / np.float32(255.0))
    z = np.float32(0.0) if s == 0 else np.rint(np.float32(0.0) - lo / s)
    z = min(max(z, np.float32(0.0)), np.float32(255.0))
    scale[0] = s
    zp[0] = np.uint8(z)
    for i in range(x.size):
        q = np.rint(x[i] / s) + z if s != 0 else z
        y[i] = np.uint8(min(max(q, np.float32(0.0)), np.float32(255.0)))
