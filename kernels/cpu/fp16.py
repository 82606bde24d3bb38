"""Whole-array conversions between types held as bits (float16, bfloat16, float8...) and
float32, so that a float32 kernel serves them: the caller decodes each such input into a
float32 temporary, runs the float32 kernel, and encodes its float32 results back.

    dec_<codec>(x) -> float32 array of x's size (x: the bit patterns, uint16/uint8, 1-D)
    enc_<codec>(y, out): out[i] = bits of y[i] rounded to the type (round to nearest even)
"""
import numpy as np
from numba import njit

from onnxjit.kernels.cpu import scalar as ks

_opts = dict(cache=True, nogil=True, error_model="numpy")


def _pair(name):
    dec1 = getattr(ks, "dec_" + name)
    enc1 = getattr(ks, "enc_" + name)

    @njit(**_opts)
    def dec(x):
        y = np.empty(x.size, np.float32)
        for i in range(x.size):
            y[i] = dec1(x[i])
        return y

    @njit(**_opts)
    def enc(y, out):
        for i in range(out.size):
            out[i] = enc1(y[i])

    dec.__name__, enc.__name__ = "dec_" + name, "enc_" + name
    globals()["dec_" + name] = dec
    globals()["enc_" + name] = enc


# bfloat16 has an exact fast path: the high half of a float32.

@njit(**_opts)
def dec_bf16(x):
    y = np.empty(x.size, np.uint32)
    for i in range(x.size):
        y[i] = np.uint32(x[i]) << np.uint32(16)
    return y.view(np.float32)


@njit(**_opts)
def enc_bf16(y, out):
    b = y.view(np.uint32)
    for i in range(out.size):
        u = b[i]
        if (u & np.uint32(0x7F800000)) == np.uint32(0x7F800000) and (u & np.uint32(0x007FFFFF)) != 0:
            out[i] = np.uint16((u >> np.uint32(16)) | np.uint32(0x40))      # NaN stays quiet NaN
        else:
            r = np.uint32(0x7FFF) + ((u >> np.uint32(16)) & np.uint32(1))  # round to nearest even
            out[i] = np.uint16((u + r) >> np.uint32(16))


for _name in ("f16", "e4m3fn", "e4m3fnuz", "e5m2", "e5m2fnuz", "e2m1", "e8m0"):
    _pair(_name)
