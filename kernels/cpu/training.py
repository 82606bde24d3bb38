"""Optimizer steps of ai.onnx.preview.training (Adagrad, Momentum, Adam) for one tensor.

All take r (learning rate) and t (update count) as 1-element arrays, flat x/g/state
arrays of one size, and write fresh flat outputs; computed in float64.

    adagrad(r, t, x, g, h, xo, ho, norm, decay, eps)
    momentum(r, t, x, g, v, xo, vo, norm, alpha, beta, nesterov)
    adam(r, t, x, g, v, h, xo, vo, ho, norm, norm_post, alpha, beta, eps)
"""
import math

import numpy as np
from numba import njit

_opts = dict(cache=True, nogil=True, error_model="numpy")


@njit(**_opts)
def adagrad(r, t, x, g, h, xo, ho, norm, decay, eps):
    rr = np.float64(r[0]) / (1.0 + np.float64(t[0]) * decay)
    for i in range(x.size):
        gr = norm * np.float64(x[i]) + np.float64(g[i])
        hn = np.float64(h[i]) + gr * gr
        ho[i] = hn
        xo[i] = np.float64(x[i]) - rr * gr / (math.sqrt(hn) + eps)


@njit(**_opts)
def momentum(r, t, x, g, v, xo, vo, norm, alpha, beta, nesterov):
    b = beta if t[0] > 0 else 1.0
    rr = np.float64(r[0])
    for i in range(x.size):
        gr = norm * np.float64(x[i]) + np.float64(g[i])
        vn = alpha * np.float64(v[i]) + b * gr
        vo[i] = vn
        if nesterov:
            xo[i] = np.float64(x[i]) - rr * (gr + alpha * vn)
        else:
            xo[i] = np.float64(x[i]) - rr * vn


@njit(**_opts)
def adam(r, t, x, g, v, h, xo, vo, ho, norm, norm_post, alpha, beta, eps):
    tt = np.float64(t[0])
    rr = np.float64(r[0])
    if t[0] > 0:
        rr = rr * math.sqrt(1.0 - beta ** tt) / (1.0 - alpha ** tt)
    for i in range(x.size):
        gr = norm * np.float64(x[i]) + np.float64(g[i])
        vn = alpha * np.float64(v[i]) + (1.0 - alpha) * gr
        hn = beta * np.float64(h[i]) + (1.0 - beta) * gr * gr
        vo[i] = vn
        ho[i] = hn
        xo[i] = (1.0 - norm_post) * (np.float64(x[i]) - rr * vn / (math.sqrt(hn) + eps))
