"""Random ops for the CPU: Numba's np.random (MT19937, NumPy's legacy RandomState streams),
whose state is per thread.

`prepare(seed, has_seed)` runs (in Python, in the step) before each random kernel:
  * a node with a `seed` attribute restarts the stream from that seed on every run, so its
    output is the same on every run (and equals NumPy's RandomState(seed) draws: ONNX's
    Dropout reference outputs are reproduced exactly);
  * otherwise the stream continues; it is reseeded when onnxjit.set_seed's value changes
    (read from onnxjit.environment if it is loaded; kernels do not import the runtime),
    and without any seed it starts from OS entropy.
"""
import math
import sys

import numpy as np
from numba import njit

_opts = dict(cache=True, nogil=True, error_model="numpy")
_applied = [None]


@njit(**_opts)
def _seed(s):
    np.random.seed(s)


def prepare(seed, has_seed):
    if has_seed:
        _seed(int(seed) & 0xFFFFFFFF)
        return
    env = sys.modules.get("onnxjit.environment")
    s = env.get_seed() if env is not None else None
    if s is not None and s != _applied[0]:
        _applied[0] = s
        _seed(int(s) & 0xFFFFFFFF)


@njit(**_opts)
def normal(out, mean, scale):
    for i in range(out.size):
        out[i] = np.random.normal(mean, scale)


@njit(**_opts)
def uniform(out, low, high):
    for i in range(out.size):
        out[i] = np.random.uniform(low, high)


@njit(**_opts)
def bernoulli(p, out):
    """out[i] = 1 with probability p[i] (p outside [0, 1] is clamped)."""
    for i in range(out.size):
        u = np.random.random()
        out[i] = 1 if u < np.float64(p[i]) else 0


@njit(**_opts)
def multinomial(x, out):
    """x (B, C) unnormalized log-probabilities; out (B, S): S class indices drawn per row."""
    b, c = x.shape
    cum = np.empty(c, np.float64)
    for r in range(b):
        m = -np.inf
        for j in range(c):
            m = max(m, np.float64(x[r, j]))
        tot = 0.0
        for j in range(c):
            tot += math.exp(np.float64(x[r, j]) - m) if m > -np.inf else 1.0
            cum[j] = tot
        for s in range(out.shape[1]):
            u = np.random.random() * tot
            k = 0
            while k < c - 1 and cum[k] <= u:
                k += 1
            out[r, s] = k


@njit(**_opts)
def dropout(x, ratio, train, y, mask):
    """ONNX Dropout: ratio/train are 0- or 1-element arrays (absent: 0.5 / inference);
    mask may be empty (not wanted).  Training keeps x[i] / (1 - ratio) where a uniform
    draw is >= ratio, as ONNX's reference does."""
    r = np.float64(ratio[0]) if ratio.size else 0.5
    training = train.size > 0 and bool(train[0])
    want = mask.size > 0
    if not training or r == 0.0:
        for i in range(x.size):
            y[i] = x[i]
            if want:
                mask[i] = True
        return
    scale = 1.0 / (1.0 - r) if r < 1.0 else 0.0
    for i in range(x.size):
        keep = np.random.uniform(0.0, 1.0) >= r
        y[i] = np.float64(x[i]) * scale if keep else 0.0
        if want:
            mask[i] = keep
