"""Scalar helpers that generated pointwise code calls (LLVM inlines them)."""
import math

import numpy as np
from numba import njit

_opts = dict(cache=True, nogil=True, error_model="numpy")


@njit(**_opts)
def idiv(a, b):
    """Integer division truncating toward zero (C semantics, as onnxruntime); x / 0 -> 0."""
    if b == 0:
        return a - a
    q = a // b
    if (a % b != 0) and ((a < 0) != (b < 0)):
        q += 1
    return q


@njit(**_opts)
def imod(a, b):
    """Integer modulo with the sign of the divisor (Python/numpy semantics); x % 0 -> 0."""
    if b == 0:
        return a - a
    return a % b


@njit(**_opts)
def ifmod(a, b):
    """Integer remainder with the sign of the dividend (C fmod)."""
    if b == 0:
        return a - a
    return a - b * idiv(a, b)


@njit(**_opts)
def fmod(a, b):
    return math.fmod(a, b)


@njit(**_opts)
def pymod(a, b):
    """Float modulo with the sign of the divisor, like numpy.mod."""
    if b == 0:
        return np.nan
    r = math.fmod(a, b)
    if r != 0 and ((r < 0) != (b < 0)):
        r += b
    return r


@njit(**_opts)
def sigmoid(x):
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


@njit(**_opts)
def softplus(x):
    if x > 0:
        return x + math.log1p(math.exp(-x))
    return math.log1p(math.exp(x))


@njit(**_opts)
def rint(x):
    return np.rint(x)


@njit(**_opts)
def sign(x):
    if x > 0:
        return 1
    if x < 0:
        return -1
    return 0


@njit(**_opts)
def fmax(a, b):
    """max that propagates NaN, as onnxruntime's Max."""
    if a != a:
        return a
    if b != b:
        return b
    return a if a >= b else b


@njit(**_opts)
def fmin(a, b):
    if a != a:
        return a
    if b != b:
        return b
    return a if a <= b else b


@njit(**_opts)
def gelu_tanh(x):
    return 0.5 * x * (1.0 + math.tanh(0.7978845608028654 * (x + 0.044715 * x * x * x)))


@njit(**_opts)
def gelu(x):
    return 0.5 * x * (1.0 + math.erf(x * 0.7071067811865476))


@njit(**_opts)
def ipow(a, b):
    """Integer power; negative exponents follow C (0 unless |a| == 1)."""
    if b < 0:
        if a == 1:
            return a
        if a == -1:
            return a if (b % 2) else -a
        return a - a
    r = a - a + 1
    base = a
    e = b
    while e > 0:
        if e & 1:
            r = r * base
        base = base * base
        e >>= 1
    return r
