"""Recurrent attention kernels (ONNX LinearAttention)."""
import math

import numpy as np
from numba import njit

_opts = dict(cache=True, nogil=True, error_model="numpy")


@njit(**_opts)
def linear_attention(q, k, v, past, decay, beta, y, state, hq, hkv, rule, scale):
    """q (B, T, hq*dk), k (B, T, hkv*dk), v (B, T, hkv*dv); past (B, hkv, dk, dv) or empty;
    decay (B, T, hkv*dk or hkv) or empty; beta (B, T, hkv or 1) or empty;
    y (B, T, hq*dv); state (B, hkv, dk, dv).  rule: 0 linear, 1 gated, 2 delta, 3 gated_delta."""
    b_, t_, _ = q.shape
    dk = k.shape[2] // hkv
    dv = v.shape[2] // hkv
    grp = hq // hkv
    gated = rule == 1 or rule == 3
    delta = rule >= 2
    nd = decay.shape[2] if decay.size else 0
    nb = beta.shape[2] if beta.size else 0
    s = np.empty((dk, dv), np.float64)
    pred = np.empty(dv, np.float64)
    for b in range(b_):
        for h in range(hkv):
            for i in range(dk):
                for j in range(dv):
                    s[i, j] = np.float64(past[b, h, i, j]) if past.size else 0.0
            for t in range(t_):
                if gated and nd:
                    for i in range(dk):
                        g = decay[b, t, h * dk + i] if nd == hkv * dk else decay[b, t, h]
                        e = math.exp(np.float64(g))
                        for j in range(dv):
                            s[i, j] *= e
                if delta:
                    bt = 1.0
                    if nb:
                        bt = np.float64(beta[b, t, h if nb == hkv else 0])
                    for j in range(dv):
                        acc = 0.0
                        for i in range(dk):
                            acc += s[i, j] * np.float64(k[b, t, h * dk + i])
                        pred[j] = bt * (np.float64(v[b, t, h * dv + j]) - acc)
                else:
                    for j in range(dv):
                        pred[j] = np.float64(v[b, t, h * dv + j])
                for i in range(dk):
                    ki = np.float64(k[b, t, h * dk + i])
                    for j in range(dv):
                        s[i, j] += ki * pred[j]
                for g2 in range(grp):
                    qh = h * grp + g2
                    for j in range(dv):
                        acc = 0.0
                        for i in range(dk):
                            acc += np.float64(q[b, t, qh * dk + i]) * s[i, j]
                        y[b, t, qh * dv + j] = scale * acc
            for i in range(dk):
                for j in range(dv):
                    state[b, h, i, j] = s[i, j]
