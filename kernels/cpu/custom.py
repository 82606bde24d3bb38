"""What generated code calls for custom ops written in Python (compiler/custom_ops.py).

    jitted(f, digest)   the Numba dispatcher for a user's function: f itself when it is
                        already one, else njit(f) (numpy error model, nogil), made once.
                        `digest` (a hash of f's source) is there so that the generated line
                        calling this changes when f does, and with it the compile-cache key.
"""
import numba
from numba.core.dispatcher import Dispatcher

_jitted: dict = {}


def jitted(f, digest: str):
    if isinstance(f, Dispatcher):
        return f
    d = _jitted.get((f, digest))
    if d is None:
        d = _jitted[(f, digest)] = numba.njit(nogil=True, error_model="numpy")(f)
    return d
