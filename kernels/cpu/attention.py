"""Attention (ONNX opset 23/24) and RotaryEmbedding kernels.

One `attention` kernel serves 3-D and 4-D inputs, grouped-query heads, boolean and additive
masks, causal masking, past/present key-value caches, nonpad_kv_seqlen, softcap and every
qk_matmul_output mode.  It works one query row at a time: scores over the total kv length,
the masked softmax, then the weighted sum of values; statistics accumulate in float64.
"""
import math

import numpy as np
from numba import njit

_opts = dict(cache=True, nogil=True, error_model="numpy")


@njit(**_opts)
def attention(q, k, v, mask, past_k, past_v, nonpad, y, present_k, present_v, qk_out, p, scale, softcap):
    """q (B, L, Hq, E) when p[0] (3-D inputs) else (B, Hq, L, E); k, v likewise with kv heads and
    the new kv length S; y like q with Ev; past_k/past_v (B, Hkv, P, E[v]) or empty;
    mask 4-D (mb, mh, L, Sm) broadcast over (B, Hq) (empty: none), Sm <= P + S padded as masked;
    nonpad (B,) or empty; present_k/v (B, Hkv, P + S, E[v]) or empty; qk_out (B, Hq, L, P + S) or empty.
    p = [inputs_3d, q_heads, kv_heads, mask_is_bool, is_causal, qk_matmul_output_mode, has_past,
    left_window_size, right_window_size] (window sizes: -1 unbounded).  Causal and window masks are
    aligned to the absolute query position i + offset, offset = past length, or nonpad[b] - L."""
    is3d, hq, hkv, mask_bool, causal, mode = p[0], p[1], p[2], p[3], p[4], p[5]
    bsz = q.shape[0]
    lq = q.shape[1] if is3d else q.shape[2]
    s_new = k.shape[1] if is3d else k.shape[2]
    e = q.shape[3]
    ev = v.shape[3]
    has_past, left, right = p[6], p[7], p[8]
    npast = past_k.shape[2] if has_past else 0
    total = npast + s_new
    has_mask = mask.size > 0
    sm = mask.shape[3]
    has_nonpad = nonpad.size > 0
    has_qk = qk_out.size > 0
    reps = hq // hkv
    scores = np.empty(total, np.float64)
    raw = np.empty(total, np.float64)
    bias = np.empty(total, np.float64)
    acc = np.empty(ev, np.float64)
    for b in range(bsz):
        if has_nonpad and (nonpad[b] < 0 or nonpad[b] > total):
            raise ValueError("nonpad_kv_seqlen is out of range")
        mb = b if mask.shape[0] > 1 else 0
        offset = 0
        if has_past:
            offset = npast
        elif has_nonpad:
            offset = nonpad[b] - lq
        for h in range(hq):
            kh = h // reps
            mh = h if mask.shape[1] > 1 else 0
            for i in range(lq):
                qrow = q[b, i, h] if is3d else q[b, h, i]
                any_open = False
                mi = i if mask.shape[2] > 1 else 0
                for j in range(total):
                    if j < npast:
                        krow = past_k[b, kh, j]
                    elif is3d:
                        krow = k[b, j - npast, kh]
                    else:
                        krow = k[b, kh, j - npast]
                    d = 0.0
                    for t in range(e):
                        d += qrow[t] * krow[t]
                    d *= scale
                    if softcap > 0.0:
                        d = softcap * math.tanh(d / softcap)
                    bj = 0.0
                    if has_mask:
                        if j >= sm:
                            bj = -np.inf
                        elif mask_bool:
                            if not mask[mb, mh, mi, j]:
                                bj = -np.inf
                        else:
                            bj += mask[mb, mh, mi, j]
                    if causal and j > i + offset:
                        bj = -np.inf
                    if left >= 0 and i + offset - j > left:
                        bj = -np.inf
                    if right >= 0 and j - (i + offset) > right:
                        bj = -np.inf
                    if has_nonpad and j >= nonpad[b]:
                        bj = -np.inf
                    if bj != -np.inf:
                        any_open = True
                    raw[j] = d
                    bias[j] = bj
                    scores[j] = d + bj
                mx = -np.inf
                for j in range(total):
                    if scores[j] > mx:
                        mx = scores[j]
                if has_qk and mode < 3:
                    for j in range(total):
                        qk_out[b, h, i, j] = scores[j] if mode == 2 else raw[j]
                if not any_open or mx == -np.inf:
                    for j in range(total):
                        scores[j] = 0.0
                else:
                    ssum = 0.0
                    for j in range(total):
                        w = math.exp(scores[j] - mx)
                        scores[j] = w
                        ssum += w
                    for j in range(total):
                        scores[j] /= ssum
                if has_qk and mode == 3:
                    for j in range(total):
                        qk_out[b, h, i, j] = scores[j]
                for t in range(ev):
                    acc[t] = 0.0
                for j in range(total):
                    w = scores[j]
                    if w == 0.0:
                        continue
                    if j < npast:
                        vrow = past_v[b, kh, j]
                    elif is3d:
                        vrow = v[b, j - npast, kh]
                    else:
                        vrow = v[b, kh, j - npast]
                    for t in range(ev):
                        acc[t] += w * vrow[t]
                yrow = y[b, i, h] if is3d else y[b, h, i]
                for t in range(ev):
                    yrow[t] = acc[t]
    if present_k.size > 0:
        for b in range(bsz):
            for h in range(hkv):
                for j in range(total):
                    for t in range(e):
                        if j < npast:
                            present_k[b, h, j, t] = past_k[b, h, j, t]
                        elif is3d:
                            present_k[b, h, j, t] = k[b, j - npast, h, t]
                        else:
                            present_k[b, h, j, t] = k[b, h, j - npast, t]
    if present_v.size > 0:
        for b in range(bsz):
            for h in range(hkv):
                for j in range(total):
                    for t in range(ev):
                        if j < npast:
                            present_v[b, h, j, t] = past_v[b, h, j, t]
                        elif is3d:
                            present_v[b, h, j, t] = v[b, j - npast, h, t]
                        else:
                            present_v[b, h, j, t] = v[b, h, j - npast, t]


@njit(**_opts)
def rotary(x, cos, sin, pos, y, p):
    """RotaryEmbedding.  x, y (B, S, H, D) when p[0] (3-D input) else (B, H, S, D);
    cos, sin (rows, rot/2): rows indexed by pos[b, s] when pos is not empty, else by b * S + s.
    p = [input_3d, interleaved, rotary_dim (0: D)]."""
    is3d, inter, rot = p[0], p[1], p[2]
    bsz = x.shape[0]
    seq = x.shape[1] if is3d else x.shape[2]
    nh = x.shape[2] if is3d else x.shape[1]
    d = x.shape[3]
    if rot == 0:
        rot = d
    half = rot // 2
    has_pos = pos.size > 0
    for b in range(bsz):
        for s in range(seq):
            row = b * seq + s
            if has_pos:
                row = pos[b, s]
            if row < 0 or row >= cos.shape[0]:
                raise IndexError("position_ids out of range of cos_cache")
            for h in range(nh):
                xr = x[b, s, h] if is3d else x[b, h, s]
                yr = y[b, s, h] if is3d else y[b, h, s]
                for t in range(half):
                    c = cos[row, t]
                    sn = sin[row, t]
                    if inter:
                        i1 = 2 * t
                        i2 = 2 * t + 1
                    else:
                        i1 = t
                        i2 = t + half
                    x1 = xr[i1]
                    x2 = xr[i2]
                    yr[i1] = c * x1 - sn * x2
                    yr[i2] = sn * x1 + c * x2
                for t in range(rot, d):
                    yr[t] = xr[t]
