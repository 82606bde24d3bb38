"""Normalization and softmax kernels on (outer, axis, inner) or (N, C, S) views."""
import math

import numpy as np
from numba import njit

_opts = dict(cache=True, nogil=True, error_model="numpy")


@njit(**_opts)
def batchnorm(x, scale, bias, mean, var, y, eps):
    """Inference BatchNormalization: x, y (N, C, S)."""
    n, c, s = x.shape
    for j in range(c):
        a = scale[j] / math.sqrt(var[j] + eps)
        b = bias[j] - mean[j] * a
        for i in range(n):
            for k in range(s):
                y[i, j, k] = x[i, j, k] * a + b


@njit(**_opts)
def softmax(x, y, log):
    """Softmax (log=0) or LogSoftmax (log=1) over axis 1 of (outer, axis, inner)."""
    n0, n1, n2 = x.shape
    for a in range(n0):
        for c in range(n2):
            m = -np.inf
            for b in range(n1):
                if x[a, b, c] > m:
                    m = x[a, b, c]
            s = 0.0
            for b in range(n1):
                s += math.exp(x[a, b, c] - m)
            if log:
                ls = math.log(s)
                for b in range(n1):
                    y[a, b, c] = x[a, b, c] - m - ls
            else:
                inv = 1.0 / s
                for b in range(n1):
                    y[a, b, c] = math.exp(x[a, b, c] - m) * inv


@njit(**_opts)
def softmax_rows(x, y, log):
    """Softmax over the last axis of a 2-D (rows, n) array: the common, contiguous case."""
    rows, n = x.shape
    for a in range(rows):
        m = -np.inf
        for b in range(n):
            if x[a, b] > m:
                m = x[a, b]
        s = 0.0
        for b in range(n):
            e = math.exp(x[a, b] - m)
            y[a, b] = e
            s += e
        if log:
            ls = math.log(s)
            for b in range(n):
                y[a, b] = x[a, b] - m - ls
        else:
            inv = 1.0 / s
            for b in range(n):
                y[a, b] *= inv


@njit(**_opts)
def hardmax(x, y):
    n0, n1, n2 = x.shape
    for a in range(n0):
        for c in range(n2):
            best = 0
            for b in range(n1):
                y[a, b, c] = 0
                if x[a, b, c] > x[a, best, c]:
                    best = b
            if n1 > 0:
                y[a, best, c] = 1


@njit(**_opts)
def instancenorm(x, scale, bias, y, eps):
    """x, y (N, C, S): normalize each (n, c) row over S."""
    n, c, s = x.shape
    for i in range(n):
        for j in range(c):
            m = 0.0
            for k in range(s):
                m += x[i, j, k]
            m /= s
            v = 0.0
            for k in range(s):
                d = x[i, j, k] - m
                v += d * d
            v /= s
            a = scale[j] / math.sqrt(v + eps)
            for k in range(s):
                y[i, j, k] = (x[i, j, k] - m) * a + bias[j]


@njit(**_opts)
def layernorm(x, scale, bias, y, mean_out, invstd_out, eps, has_bias, has_stats):
    """x, y (rows, n); scale/bias broadcast over rows as (srows, n) with srows in {1, rows}."""
    rows, n = x.shape
    srows = scale.shape[0]
    brows = bias.shape[0]
    for a in range(rows):
        m = 0.0
        for b in range(n):
            m += x[a, b]
        m /= n
        v = 0.0
        for b in range(n):
            d = x[a, b] - m
            v += d * d
        v /= n
        inv = 1.0 / math.sqrt(v + eps)
        sa = a if srows > 1 else 0
        ba = a if brows > 1 else 0
        for b in range(n):
            r = (x[a, b] - m) * inv * scale[sa, b]
            if has_bias:
                r += bias[ba, b]
            y[a, b] = r
        if has_stats:
            mean_out[a] = m
            invstd_out[a] = inv
