"""FusedConv's epilogue, y = act(y + bias + residual), applied in place to rows of a kernel's
output right after the GEMM or direct loop that wrote them, while they are in cache.  Shared
by the conv kernels (conv.py) and the GEMM (sgemm.py)."""
import numba
import numpy as np

from .fastmath import sigmoid_any

# Unsigned indices skip Numba's negative-index wraparound select, which otherwise keeps LLVM
# from vectorizing the loops.
U = np.uint64

# Fused activations (FusedConv's `activation`): codes shared with compiler/ops/nn.py.
ACT_NONE, ACT_RELU, ACT_LEAKY, ACT_CLIP, ACT_SIGMOID, ACT_TANH, ACT_HARDSIGMOID, ACT_HARDSWISH, ACT_SILU = range(9)


@numba.njit(cache=True, nogil=True)
def _sigmoid(v):
    """sigmoid_any(v), vectorizable for float32.  A function of its own: an overload inlined
    at the IR level straight into finish warns in the parallel kernels that call it
    (NumbaIRAssumptionWarning)."""
    return sigmoid_any(v)


@numba.njit(cache=True, nogil=True, error_model="numpy")
def finish(yr, bv, zr, has_z, act, alpha, beta):
    """yr = act(yr + bv + zr) in place over 1-D yr (zr only read if has_z). (In place on
    purpose: a separate source that may alias yr would fail LLVM's overlap check and run the
    loops unvectorized.)

    Each activation loop adds the bias as it goes, so what it stores is never the value it
    loaded: `y[i] = max(y[i], 0)` in place lets LLVM turn the loop into a conditional store of
    0, vectorized with masked stores (vmaskmovps), which AMD cores run ~10x slower than a
    plain store (a ReLU over 16K floats: 13 us masked, 1.2 us plain)."""
    n = yr.size
    if has_z:
        for i in range(n):
            yr[U(i)] += zr[U(i)]
    if act == ACT_RELU:
        z = yr.dtype.type(0)
        for i in range(n):
            v = yr[U(i)] + bv
            yr[U(i)] = v if v > z else z
    elif act == ACT_LEAKY:
        for i in range(n):
            v = yr[U(i)] + bv
            yr[U(i)] = v if v >= 0 else v * alpha
    elif act == ACT_CLIP:
        for i in range(n):
            yr[U(i)] = min(max(yr[U(i)] + bv, alpha), beta)
    elif act == ACT_SIGMOID:
        for i in range(n):
            yr[U(i)] = _sigmoid(yr[U(i)] + bv)
    elif act == ACT_SILU:
        for i in range(n):
            v = yr[U(i)] + bv
            yr[U(i)] = v * _sigmoid(v)
    elif act == ACT_TANH:
        for i in range(n):
            yr[U(i)] = np.tanh(yr[U(i)] + bv)
    elif act == ACT_HARDSIGMOID:
        z = yr.dtype.type(0)
        one = yr.dtype.type(1)
        a = yr.dtype.type(alpha)
        c = yr.dtype.type(beta)
        for i in range(n):
            yr[U(i)] = max(z, min(one, a * (yr[U(i)] + bv) + c))
    elif act == ACT_HARDSWISH:     # x * HardSigmoid(x) with alpha 1/6, beta 0.5, as the spec
        z = yr.dtype.type(0)
        one = yr.dtype.type(1)
        a = yr.dtype.type(1.0 / 6.0)
        c = yr.dtype.type(0.5)
        for i in range(n):
            v = yr[U(i)] + bv
            yr[U(i)] = v * max(z, min(one, a * v + c))
    elif bv != 0:
        for i in range(n):
            yr[U(i)] += bv


@numba.njit(cache=True, nogil=True)
def finish_rows(y3, z3, b, n, o0, o1, s0, s1, has_bias, has_z, act, alpha, beta):
    """The epilogue on y3[n, o, s0:s1] for o in [o0, o1) (y3 (N, M, S), z3 y3's shape, read
    only if has_z; b (M,), read only if has_bias).  (Rows indexed from the full array so Numba
    types them contiguous: a row of a 2-D sub-block view is 'A' layout, and its loops stay
    scalar.)"""
    if has_bias or has_z or act != ACT_NONE:
        for o in range(o0, o1):
            bv = b[o] if has_bias else y3.dtype.type(0)
            finish(y3[n, o, s0:s1], bv, z3[n, o, s0:s1], has_z, act, alpha, beta)
