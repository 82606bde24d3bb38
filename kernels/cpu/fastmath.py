"""Vectorizable float32 exp, tanh, sigmoid and erf for compiled loops.

Numba lowers ``np.exp``/``np.tanh``/``math.erf`` on float32 to libm's scalar expf/tanhf/
erff calls, and this llvmlite has no SVML, so a loop calling them cannot be vectorized:
the fused tanh-Gelu of a GPT MLP block (262k elements) took 5.3 ms with np.tanh and
0.14 ms with tanh32 below (/tmp measurement on the 2-core bench machine). These functions
use only arithmetic, min/max, floor and selects (no calls, no branches that LLVM cannot
turn into selects), so LLVM vectorizes the loops they are inlined into.

Accuracy (float32, measured against float64 NumPy over dense grids, see
tests/test_fastmath.py): exp32 relative error <= 2 ulp on [-87, 88] (expneg32, for x <= 0
only, on [-87, 0]); tanh32 absolute error <= 4e-7; sigmoid32 relative error <= 3 ulp; erf32
absolute error <= 3.5e-7.  NaN
propagates; exp32 overflows to inf above 88.72 and flushes to 0 below -87.33 (the float32
normal range); tanh/sigmoid/erf saturate exactly.

Every constant is a float32 so that no float64 arithmetic sneaks in (a Python float
literal times a float32 is a float64 in Numba).  float64 code keeps libm.
"""
import math

import numpy as np
from llvmlite import ir as llvm_ir
from numba import njit, types
from numba.extending import intrinsic, overload

from .scalar import sigmoid as sigmoid64

_opts = dict(cache=True, nogil=True, error_model="numpy", inline="always")
F = np.float32


@intrinsic
def _bits_to_f32(typingctx, bits):
    """Reinterpret the low 32 bits of an integer as a float32 (no conversion)."""
    if not isinstance(bits, types.Integer):
        return None

    def codegen(context, builder, sig, args):
        low = builder.trunc(args[0], llvm_ir.IntType(32)) if bits.bitwidth > 32 else args[0]
        return builder.bitcast(low, llvm_ir.FloatType())
    return types.float32(bits), codegen


@intrinsic
def fma32(typingctx, a, b, c):
    """a * b + c for float32 scalars, rounded once (llvm.fma: one vfmadd, vectorized with the
    loop it sits in).  Polynomials written with it run at half the latency of mul + add."""
    if not (a == types.float32 and b == types.float32 and c == types.float32):
        return None

    def codegen(context, builder, sig, args):
        f32 = llvm_ir.FloatType()
        fn = builder.module.declare_intrinsic("llvm.fma.f32", (), llvm_ir.FunctionType(f32, [f32, f32, f32]))
        return builder.call(fn, args)
    return types.float32(types.float32, types.float32, types.float32), codegen


_LOG2E = F(1.4426950408889634)
_LN2_HI = F(0.693359375)           # ln 2 split so that n * _LN2_HI is exact for |n| <= 128
_LN2_LO = F(-2.12194440e-4)
_EXP_HI = F(88.72283)              # exp(_EXP_HI) is the largest finite float32
_EXP_LO = F(-87.33654)             # exp(_EXP_LO) is the smallest normal float32
# minimax polynomial for (exp(r) - 1 - r) / r^2 on |r| <= ln2 / 2 (Cephes expf)
_E0, _E1, _E2 = F(1.9875691500e-4), F(1.3981999507e-3), F(8.3334519073e-3)
_E3, _E4, _E5 = F(4.1665795894e-2), F(1.6666665459e-1), F(5.0000001201e-1)
_ZERO, _HALF, _ONE = F(0.0), F(0.5), F(1.0)
_INF = F(np.inf)


@njit(**_opts)
def _exp_poly(r):
    """1 + r + r^2 P(r), exp(r) on |r| <= ln2 / 2."""
    p = fma32(_E0, r, _E1)
    p = fma32(p, r, _E2)
    p = fma32(p, r, _E3)
    p = fma32(p, r, _E4)
    p = fma32(p, r, _E5)
    return fma32(p, r * r, r) + _ONE


@njit(**_opts)
def exp32(x):
    """exp(x) for a float32 x: x = n ln2 + r, exp(x) = 2^n * (1 + r + r^2 P(r))."""
    xc = min(max(x, _EXP_LO), _EXP_HI)
    n = np.floor(xc * _LOG2E + _HALF)
    p = _exp_poly(xc - n * _LN2_HI - n * _LN2_LO)
    # 2^n from exponent bits, as 2^h * 2^(n-h) with h = n >> 1: n is in [-126, 128] and
    # 2^-126 / 2^128 would not fit the 8-bit exponent field in one factor.
    ni = np.int32(n)
    h = ni >> 1
    y = p * _bits_to_f32((h + 127) << 23) * _bits_to_f32((ni - h + 127) << 23)
    y = _INF if x > _EXP_HI else y
    y = _ZERO if x < _EXP_LO else y
    return x if x != x else y


@njit(**_opts)
def expneg32(x):
    """exp(x) for a float32 x <= 0 or NaN (a softmax's x - max): exp32 without what positive
    inputs need.  n = round(x / ln2) is in [-126, 0], so 2^n is one exponent field (exp32 splits
    it in two to reach 2^128) and nothing overflows; the reduction x - n ln2 is two fma32s, so
    a caller compiled with fastmath={"reassoc"} (to sum the results in vector lanes) cannot
    reorder it.  Same polynomial as exp32: <= 2 ulp on [-87.33, 0], 0 below, NaN for NaN.
    Positive x gives garbage: callers guarantee x <= 0."""
    xc = max(x, _EXP_LO)
    n = np.floor(xc * _LOG2E + _HALF)
    p = _exp_poly(fma32(-n, _LN2_LO, fma32(-n, _LN2_HI, xc)))
    y = p * _bits_to_f32((np.int32(n) + 127) << 23)
    y = _ZERO if x < _EXP_LO else y
    return x if x != x else y


# tanh(x) = x P(x^2) / Q(x^2) on |x| <= 9, where float32 tanh is +-1; a rational minimax
# fit (the form Eigen and MLAS use).
_T_CLAMP = F(9.0)
_TP = (F(-2.76076847742355e-16), F(2.00018790482477e-13), F(-8.60467152213735e-11),
       F(5.12229709037114e-08), F(1.48572235717979e-05), F(6.37261928875436e-04),
       F(4.89352455891786e-03))
_TQ = (F(1.19825839466702e-06), F(1.18534705686654e-04), F(2.26843463243900e-03),
       F(4.89352518554385e-03))


def exp_any(x):
    """exp of a scalar in kernels generic over the dtype: exp32 for float32, libm otherwise."""
    raise NotImplementedError  # only callable from compiled code


@overload(exp_any, inline="always")
def _exp_any_ov(x):
    if x == types.float32:
        return lambda x: exp32(x)
    return lambda x: math.exp(x)


@njit(**_opts)
def tanh32(x):
    """tanh(x) for a float32 x (rational approximation, exact saturation beyond |x| = 9)."""
    xc = min(max(x, -_T_CLAMP), _T_CLAMP)
    x2 = xc * xc
    p = fma32(_TP[0], x2, _TP[1])
    p = fma32(p, x2, _TP[2])
    p = fma32(p, x2, _TP[3])
    p = fma32(p, x2, _TP[4])
    p = fma32(p, x2, _TP[5])
    p = fma32(p, x2, _TP[6])
    q = fma32(_TQ[0], x2, _TQ[1])
    q = fma32(q, x2, _TQ[2])
    q = fma32(q, x2, _TQ[3])
    y = xc * p / q
    y = min(max(y, -_ONE), _ONE)
    return x if x != x else y


@njit(**_opts)
def sigmoid32(x):
    """1 / (1 + exp(-x)) for a float32 x; relative accuracy holds for large negative x too.
    With e = exp(-|x|) <= 1 (expneg32: no overflow path, one exponent field), 1 / (1 + e) for
    x >= 0 and e / (1 + e) below: a vectorized loop over 409600 elements ran 0.31 ms against
    0.37 for 1 / (1 + exp32(-x)) (one thread, min of 30, three rounds)."""
    e = expneg32(-abs(x))
    return (_ONE if x >= _ZERO else e) / (_ONE + e)


def sigmoid_any(x):
    """sigmoid of a scalar in kernels generic over the dtype: sigmoid32 for float32,
    scalar.sigmoid (libm's exp) otherwise."""
    raise NotImplementedError  # only callable from compiled code


@overload(sigmoid_any, inline="always")
def _sigmoid_any_ov(x):
    if x == types.float32:
        return lambda x: sigmoid32(x)
    return lambda x: sigmoid64(x)


# erf(x) = x P(x^2) / Q(x^2) on |x| <= 3.92, and +-1 beyond (erfc(3.92) = 5e-8 is below half
# an ulp of 1): P of degree 6 and Q of degree 5 in x^2 (Q(0) = 1), a rational minimax fit on
# [0, 3.92] in float64 (linearized least squares on 4000 Chebyshev nodes, reweighted by
# Lawson's rule towards equal ripple; fit error 1.4e-9), rounded to float32.  Every
# coefficient but P's negligible leading one is positive, so Horner's rule in float32 does not
# cancel; what is left is rounding near 1 (measured: <= 3.0e-7, ~5 ulp of 1 - 3.6e-7).  12
# FMAs and a division: 0.49 ns an element in a vectorized loop, where erf as 1 - exp(Q(x)) for
# |x| >= 1 (13 FMAs and an exp32 beside the small-x polynomial, both computed and one selected,
# abs error 1.1e-7) took 1.70.  A ViT-sized MatMul + bias + erf-Gelu (197 x 256 x 1024, one
# thread): 1.87 -> 1.53-1.58 ms, onnxruntime 1.48-1.50.
_ERF_P = (F(-1.3335429e-08), F(4.717685e-06), F(3.803671e-04), F(0.0038323854), F(0.054278307),
          F(0.18470168), F(1.1283792))
_ERF_Q = (F(6.341789e-05), F(1.3050247e-03), F(1.5430946e-02), F(1.137757e-01), F(4.9702114e-01), _ONE)
_ERF_CLAMP = F(3.92)


@njit(**_opts)
def erf32(x):
    """erf(x) for a float32 x: one rational function, no branches (vectorizable)."""
    xc = min(max(x, -_ERF_CLAMP), _ERF_CLAMP)
    t = xc * xc
    c = _ERF_P
    n = fma32(fma32(fma32(fma32(fma32(fma32(c[0], t, c[1]), t, c[2]), t, c[3]), t, c[4]), t, c[5]), t, c[6])
    d = _ERF_Q
    q = fma32(fma32(fma32(fma32(fma32(d[0], t, d[1]), t, d[2]), t, d[3]), t, d[4]), t, d[5])
    y = min(max(xc * n / q, -_ONE), _ONE)
    return x if x != x else y


_SQRT1_2 = F(0.7071067811865476)
_GELU_K = F(0.7978845608028654)      # sqrt(2 / pi)
_GELU_C = F(0.044715)


@njit(**_opts)
def gelu32(x):
    """Exact Gelu, x * (1 + erf(x / sqrt 2)) / 2."""
    return _HALF * x * (_ONE + erf32(x * _SQRT1_2))


@njit(**_opts)
def gelu_tanh32(x):
    """Gelu's tanh approximation, x * (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))) / 2."""
    return _HALF * x * (_ONE + tanh32(_GELU_K * (x + _GELU_C * x * x * x)))
