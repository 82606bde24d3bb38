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
    """C fmod (sign of the dividend); x fmod 0 -> NaN."""
    return np.fmod(a, b)


@njit(**_opts)
def pymod(a, b):
    """Float modulo with the sign of the divisor, like numpy.mod."""
    return np.mod(a, b)


@njit(**_opts)
def shl(a, b, width):
    """Left shift of a `width`-bit integer; a shift outside [0, width) gives 0."""
    if b < 0 or b >= width:
        return a - a
    return a << b


@njit(**_opts)
def shr(a, b, width):
    """Right shift (arithmetic for signed types); a shift outside [0, width) gives the sign fill."""
    if b < 0 or b >= width:
        return a - a - 1 if a < 0 else a - a
    return a >> b


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


# ---------------------------------------------------------------- small float / int formats
#
# Types Numba cannot hold travel through compiled code as their bit pattern (uint16 for
# float16/bfloat16, uint8 for the float8/float4/int4/int2 types, one element a byte as
# ml_dtypes stores them).  dec_X: bits -> value (float32, or int8/uint8 for the integer
# types); enc_X: a value of the type's set -> bits; rnd_X: a compute value -> the nearest
# value of the type (round to nearest even, overflow as a plain NumPy/ml_dtypes cast);
# to_X(x, saturate): what Cast gives from a float64 value.
#
# Float formats: kind 0 = IEEE (inf, NaN = all-ones exponent); 1 = "fn" (no inf; NaN = all
# ones); 2 = "fnuz" (no inf, no -0; NaN = 0x80); 3 = float4 e2m1 (no inf, no NaN).

_IEEE, _FN, _FNUZ, _E2M1 = 0, 1, 2, 3


@njit(inline="always", **_opts)
def _maxbits(EB, MB, KIND):
    if KIND == _IEEE:
        return ((1 << EB) - 1 << MB) - 1
    if KIND == _FN:
        return (1 << (EB + MB)) - 2
    return (1 << (EB + MB)) - 1


@njit(inline="always", **_opts)
def _encode(x, EB, MB, BIAS, KIND, sat):
    """float64 -> bits of the format, round to nearest even."""
    sbit = 1 << (EB + MB)
    neg = math.copysign(1.0, x) < 0
    if x != x:
        if KIND == _IEEE:
            return ((1 << EB) - 1 << MB) | (1 << (MB - 1)) | (sbit if neg else 0)
        if KIND == _FN:
            return sbit - 1 | (sbit if neg else 0)
        if KIND == _FNUZ:
            return sbit
        return sbit                                       # e2m1 has no NaN: -0 as ml_dtypes
    a = abs(x)
    mx = _maxbits(EB, MB, KIND)
    if a == np.inf:
        bits = mx + 1
    elif a == 0:
        bits = 0
    else:
        m, e = math.frexp(a)
        E = e - 1
        if E < 1 - BIAS:
            E = 1 - BIAS
        r = np.int64(np.rint(math.ldexp(a, MB - E)))
        bits = ((E + BIAS - 1) << MB) + r
    if bits > mx:
        if sat or KIND == _E2M1:
            bits = mx
        elif KIND == _IEEE:
            bits = mx + 1
        elif KIND == _FN:
            return sbit - 1 if not neg else 2 * sbit - 1
        else:
            return sbit
    if neg and not (KIND == _FNUZ and bits == 0):
        bits |= sbit
    return bits


@njit(inline="always", **_opts)
def _decode(b, EB, MB, BIAS, KIND):
    """bits of the format -> float32."""
    b = np.int64(b)
    sbit = 1 << (EB + MB)
    emax = (1 << EB) - 1
    mmax = (1 << MB) - 1
    ef = (b >> MB) & emax
    mf = b & mmax
    neg = (b & sbit) != 0
    if KIND == _FNUZ and b == sbit:
        return np.float32(np.nan)
    if KIND == _IEEE and ef == emax:
        v = np.inf if mf == 0 else np.nan
    elif KIND == _FN and ef == emax and mf == mmax:
        v = np.nan
    elif ef == 0:
        v = math.ldexp(float(mf), 1 - BIAS - MB)
    else:
        v = math.ldexp(float(mf + (1 << MB)), ef - BIAS - MB)
    return np.float32(math.copysign(v, -1.0 if neg else 1.0))


def _float_format(name, EB, MB, BIAS, KIND, bits_type):
    @njit(**_opts)
    def dec(b):
        return _decode(b, EB, MB, BIAS, KIND)

    @njit(**_opts)
    def enc(v):
        return bits_type(_encode(np.float64(v), EB, MB, BIAS, KIND, False))

    @njit(**_opts)
    def rnd(v):
        return _decode(_encode(np.float64(v), EB, MB, BIAS, KIND, False), EB, MB, BIAS, KIND)

    @njit(**_opts)
    def to(v, sat):
        return _decode(_encode(np.float64(v), EB, MB, BIAS, KIND, sat), EB, MB, BIAS, KIND)

    g = globals()
    for f, pre in ((dec, "dec_"), (enc, "enc_"), (rnd, "rnd_"), (to, "to_")):
        f.__name__ = pre + name
        g[pre + name] = f


_float_format("f16", 5, 10, 15, _IEEE, np.uint16)
_float_format("bf16", 8, 7, 127, _IEEE, np.uint16)
_float_format("e4m3fn", 4, 3, 7, _FN, np.uint8)
_float_format("e4m3fnuz", 4, 3, 8, _FNUZ, np.uint8)
_float_format("e5m2", 5, 2, 15, _IEEE, np.uint8)
_float_format("e5m2fnuz", 5, 2, 16, _FNUZ, np.uint8)
_float_format("e2m1", 2, 1, 1, _E2M1, np.uint8)


# float8 e8m0: an unsigned power of two 2**(b - 127); 0xFF is NaN.

@njit(**_opts)
def dec_e8m0(b):
    if b == 0xFF:
        return np.float32(np.nan)
    return np.float32(math.ldexp(1.0, np.int64(b) - 127))


@njit(**_opts)
def _e8m0_bits(v, sat, mode):
    """float32 -> e8m0 bits as onnx.numpy_helper.to_float8e8m0 (mode 0 up, 1 down, 2 nearest)."""
    f = np.float32(v)
    fb = np.int64(np.array([f]).view(np.uint32)[0])
    e = (fb >> 23) & 0xFF
    if e == 0xFF:
        return np.uint8(0xFF)
    if mode == 2:
        g = (fb & 0x400000) != 0
        r = (fb & 0x200000) != 0
        s = (fb & 0x1FFFFF) != 0
        if g and (r or s or e > 0) and not (sat and e == 0xFE):
            e += 1
    elif mode == 0:
        if (fb & 0x7FFFFF) != 0 and not (sat and e == 0xFE):
            e += 1
    return np.uint8(e & 0xFF)


@njit(**_opts)
def enc_e8m0(v):
    return _e8m0_bits(v, True, 0)


@njit(**_opts)
def rnd_e8m0(v):
    return dec_e8m0(_e8m0_bits(v, True, 0))


@njit(**_opts)
def to_e8m0(v, sat, mode):
    return dec_e8m0(_e8m0_bits(v, sat, mode))


# 4- and 2-bit integers: compute as int8/uint8; stored in the low bits of a byte.

@njit(**_opts)
def dec_i4(b):
    return np.int8(((np.int64(b) & 15) ^ 8) - 8)


@njit(**_opts)
def enc_i4(v):
    return np.uint8(np.int64(v) & 15)


@njit(**_opts)
def rnd_i4(v):
    return np.int8(((np.int64(v) & 15) ^ 8) - 8)


@njit(**_opts)
def dec_u4(b):
    return np.uint8(np.int64(b) & 15)


enc_u4 = dec_u4
rnd_u4 = dec_u4


@njit(**_opts)
def dec_i2(b):
    return np.int8(((np.int64(b) & 3) ^ 2) - 2)


@njit(**_opts)
def enc_i2(v):
    return np.uint8(np.int64(v) & 3)


rnd_i2 = dec_i2


@njit(**_opts)
def dec_u2(b):
    return np.uint8(np.int64(b) & 3)


enc_u2 = dec_u2
rnd_u2 = dec_u2


@njit(**_opts)
def f2i(x):
    """float -> int64 as a C cast that cannot trap: NaN, inf and out-of-range give 0."""
    if x != x or abs(x) >= 9.2e18:
        return np.int64(0)
    return np.int64(x)


@njit(**_opts)
def f2i_within(x, lo, hi):
    """float -> integer truncated toward zero if that lies in [lo, hi], else 0 (NaN, inf too)."""
    if x != x or x <= lo - 1 or x >= hi + 1:
        return np.int64(0)
    return np.int64(x)


@njit(**_opts)
def sat_int(x, lo, hi):
    """float -> integer in [lo, hi], rounding half to even (QuantizeLinear, saturating casts)."""
    if x != x:
        return np.int64(0)
    r = np.rint(x)
    if r < lo:
        return np.int64(lo)
    if r > hi:
        return np.int64(hi)
    return np.int64(r)
