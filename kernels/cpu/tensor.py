"""Data-movement kernels: fills, copies along an axis, gathers, shape, tiling, padding.

Arrays come in as views chosen by the caller (often 3-D (outer, axis, inner)), so one
compiled function serves every rank."""
import numpy as np
from numba import njit

_opts = dict(cache=True, nogil=True, error_model="numpy")
U = np.uint64     # unsigned loop indices: no wrap-around checks, so LLVM vectorizes the copies


@njit(**_opts)
def fill(y, value):
    for i in range(y.size):
        y[i] = value


@njit(**_opts)
def copy(y, x):
    for i in range(x.size):
        y[i] = x[i]


@njit(**_opts)
def write_ints(y, p):
    """Shape/Size: write the int64 values p into y."""
    for i in range(y.size):
        y[i] = p[i]


@njit(**_opts)
def copy_into_axis(y, x, offset):
    """Concat: y[:, offset:offset + x.shape[1]] = x on (outer, axis * inner) views, the axis
    folded into the columns (offset counted in columns too): each row is one contiguous run."""
    n0, n1 = x.shape
    o = U(offset)
    for a in range(n0):
        yr = y[a]
        xr = x[a]
        for b in range(U(n1)):
            yr[o + b] = xr[b]


@njit(**_opts)
def copy_from_axis(y, x, offset):
    """Split/slice along one axis: y = x[:, offset:offset + y.shape[1]] on (outer, axis * inner)
    views, the axis folded into the columns (offset counted in columns too)."""
    n0, n1 = y.shape
    o = U(offset)
    for a in range(n0):
        yr = y[a]
        xr = x[a]
        for b in range(U(n1)):
            yr[b] = xr[o + b]


@njit(**_opts)
def gather(x, idx, y):
    """Gather along one axis: x (outer, axis, inner), idx flat int, y (outer, n_idx, inner).
    Returns -1 when every index was in range, else the position of the first bad index."""
    n0, na, n2 = x.shape
    ni = idx.size
    for j in range(ni):
        k = idx[j]
        if k < -na or k >= na:
            return j
    for a in range(n0):
        for j in range(ni):
            k = idx[j]
            if k < 0:
                k += na
            for c in range(n2):
                y[a, j, c] = x[a, k, c]
    return -1


@njit(**_opts)
def tile(x, y, p):
    """Tile: p = [rank, xdims..., ydims...]; y[i] = x[i mod xdims] over every dim."""
    r = p[0]
    n = y.size
    for i in range(n):
        rem = i
        src = 0
        stride = 1
        for k in range(r - 1, -1, -1):
            yd = p[1 + r + k]
            xd = p[1 + k]
            ik = rem % yd
            rem //= yd
            src += (ik % xd) * stride
            stride *= xd
        y[i] = x[src]


@njit(**_opts)
def batch_indices(p):
    """MatMul batch broadcasting: p = [By, ydims(4), astrides(4), bstrides(4)] (right-aligned,
    stride 0 on broadcast dims) -> the a and b batch index of every output batch."""
    n = p[0]
    ia = np.empty(n, np.int64)
    ib = np.empty(n, np.int64)
    for i in range(n):
        rem = i
        a = 0
        b = 0
        for k in range(3, -1, -1):
            d = p[1 + k]
            j = rem % d
            rem //= d
            a += j * p[5 + k]
            b += j * p[9 + k]
        ia[i] = a
        ib[i] = b
    return ia, ib


@njit(**_opts)
def prelu_channels(x, slope, y):
    """PRelu before opset 7: x, y (N, C, S); slope has C values (one per channel) or 1."""
    n0, c0, s0 = x.shape
    per_channel = slope.size > 1
    for a in range(n0):
        for c in range(c0):
            k = slope[c] if per_channel else slope[0]
            for s in range(s0):
                v = x[a, c, s]
                y[a, c, s] = v if v >= 0 else v * k
