"""Kernels for onnxruntime's com.microsoft contrib ops (what its transformers optimizer and
quantization tools emit): SkipLayerNormalization (and the simplified/RMS variants), the packed-QKV
Attention, MatMulNBits (blockwise 2/4/8-bit weights) and QLinear* helpers.

    skip_layernorm(x, skip, gamma, beta, bias, y, mean, inv, ssum, eps, p)
        x, y, ssum (rows, n); skip (srows, n), srows divides rows (rows % srows broadcast);
        gamma, beta, bias (n,) (beta/bias empty when absent); mean, inv (rows,) or empty;
        p = [has_skip, has_beta, has_bias, rms, has_mean, has_inv, has_sum].
    attention_packed(x, w, bias, mask, abias, past, y, present, p, scale, filt)
        x (B, S, Din); w (Din, Dq + Dk + Dv); bias (Dq + Dk + Dv,) or empty; mask int32 flat;
        abias (ab, ah, S, T) or empty; past (2, B, H, P, hk) or empty; y (B, S, Dv);
        present (2, B, H, P + S, hk) or empty.
        p = [heads, Dq, Dk, Dv, mask_kind (0 none, 1 end (B), 2 end+start (2B), 3 raw (B, T),
        4 raw (B, S, T)), unidirectional, has_bias].
    matmul_nbits(a, b, scales, zpq, zpf, bias, y, p)
        a (M, K); b (N, nblk, blob) uint8; scales (N * nblk); zero points packed uint8 (zpq) or
        float (zpf, N * nblk), the other empty;
        y (M, N).  p = [bits, block_size, zp_kind (0 none, 1 packed, 2 float), has_bias].
        The weights are dequantized into a (K, N) float buffer, then one BLAS GEMM.
"""
import math

import numpy as np
from numba import njit

from .blas import gemm

_opts = dict(cache=True, nogil=True, error_model="numpy")

LOWEST = -3.4028234663852886e38


@njit(**_opts)
def skip_layernorm(x, skip, gamma, beta, bias, y, mean, inv, ssum, eps, p):
    has_skip, has_beta, has_bias, rms, has_mean, has_inv, has_sum = p[0], p[1], p[2], p[3], p[4], p[5], p[6]
    rows, n = x.shape
    srows = skip.shape[0]
    tmp = np.empty(n, np.float64)
    for a in range(rows):
        for b in range(n):
            v = x[a, b]
            if has_skip:
                v += skip[a % srows, b]
            if has_bias:
                v += bias[b]
            if has_sum:
                ssum[a, b] = v
            tmp[b] = v
        m = 0.0
        if not rms:
            for b in range(n):
                m += tmp[b]
            m /= n
        var = 0.0
        for b in range(n):
            d = tmp[b] - m
            var += d * d
        var /= n
        iv = 1.0 / math.sqrt(var + eps)
        for b in range(n):
            r = (tmp[b] - m) * iv * gamma[b]
            if has_beta:
                r += beta[b]
            y[a, b] = r
        if has_mean:
            mean[a] = m
        if has_inv:
            inv[a] = iv


@njit(**_opts)
def attention_packed(x, w, bias, mask, abias, past, y, present, p, scale, filt):
    nh, dq, dk, dv, mkind, uni, has_bias = p[0], p[1], p[2], p[3], p[4], p[5], p[6]
    B, S, Din = x.shape
    dt = dq + dk + dv
    qkv = np.empty((B * S, dt), x.dtype)
    gemm(x.reshape(B * S, Din), w, qkv)
    if has_bias:
        for r in range(B * S):
            for c in range(dt):
                qkv[r, c] += bias[c]
    hq = dq // nh
    hv = dv // nh
    P = past.shape[3] if past.size > 0 else 0
    T = P + S
    has_ab = abias.size > 0
    mrow = np.zeros(T, np.float64)
    scores = np.empty(T, np.float64)
    acc = np.empty(hv, np.float64)
    for b in range(B):
        # the mask row shared by every query row of batch b (kinds 1-3)
        for j in range(T):
            mrow[j] = 0.0
        if mkind == 1 or mkind == 2:
            end = mask[b]
            for j in range(max(end, 0), T):
                mrow[j] = filt
            if mkind == 2:
                st = min(mask[b + B], T)
                for j in range(st):
                    mrow[j] = filt
        elif mkind == 3:
            for j in range(T):
                mrow[j] = 0.0 if mask[b * T + j] > 0 else filt
        for h in range(nh):
            if present.size > 0:
                for j in range(P):
                    for c in range(hq):
                        present[0, b, h, j, c] = past[0, b, h, j, c]
                    for c in range(hv):
                        present[1, b, h, j, c] = past[1, b, h, j, c]
                for j in range(S):
                    r = b * S + j
                    for c in range(hq):
                        present[0, b, h, P + j, c] = qkv[r, dq + h * hq + c]
                    for c in range(hv):
                        present[1, b, h, P + j, c] = qkv[r, dq + dk + h * hv + c]
            for i in range(S):
                qr = b * S + i
                mx = -np.inf
                for j in range(T):
                    s = 0.0
                    if j < P:
                        for c in range(hq):
                            s += qkv[qr, h * hq + c] * past[0, b, h, j, c]
                    else:
                        kr = b * S + (j - P)
                        for c in range(hq):
                            s += qkv[qr, h * hq + c] * qkv[kr, dq + h * hq + c]
                    s *= scale
                    m = 0.0
                    if mkind == 4:
                        m = 0.0 if mask[(b * S + i) * T + j] > 0 else filt
                        if uni and j > P + i:
                            m = filt
                    else:
                        m = mrow[j]
                        if uni and j > P + i:
                            m = LOWEST
                    s += m
                    if has_ab:
                        s += abias[b if abias.shape[0] > 1 else 0, h if abias.shape[1] > 1 else 0, i, j]
                    scores[j] = s
                    if s > mx:
                        mx = s
                tot = 0.0
                for j in range(T):
                    e = math.exp(scores[j] - mx)
                    scores[j] = e
                    tot += e
                for c in range(hv):
                    acc[c] = 0.0
                for j in range(T):
                    pj = scores[j] / tot
                    if j < P:
                        for c in range(hv):
                            acc[c] += pj * past[1, b, h, j, c]
                    else:
                        vr = b * S + (j - P)
                        for c in range(hv):
                            acc[c] += pj * qkv[vr, dq + dk + h * hv + c]
                for c in range(hv):
                    y[b, i, h * hv + c] = acc[c]


@njit(**_opts)
def matmul_nbits(a, b, scales, zpq, zpf, bias, y, p):
    bits, block, zkind, has_bias = p[0], p[1], p[2], p[3]
    M, K = a.shape
    N, nblk, blob = b.shape
    mask = (1 << bits) - 1
    zstride = (nblk * bits + 7) // 8
    wt = np.empty((K, N), a.dtype)
    for n in range(N):
        for j in range(nblk):
            s = scales[n * nblk + j]
            if zkind == 1:
                zbit = j * bits
                z = float((zpq[n * zstride + zbit // 8] >> (zbit % 8)) & mask)
            elif zkind == 2:
                z = float(zpf[n * nblk + j])
            else:
                z = float(1 << (bits - 1))
            k0 = j * block
            for kk in range(min(block, K - k0)):
                bit = kk * bits
                q = (b[n, j, bit // 8] >> (bit % 8)) & mask
                wt[k0 + kk, n] = (q - z) * s
    if M > 0 and N > 0:
        if K == 0:
            y[:] = 0
        else:
            gemm(a, wt, y)
    if has_bias:
        for m in range(M):
            for n in range(N):
                y[m, n] += bias[n]
