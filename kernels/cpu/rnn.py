"""Recurrent kernels (ONNX RNN, GRU, LSTM) for the CPU: one function serves all three.

    rnn(x, w, r, bias, seq_lens, h0, c0, peep, y, yh, yc, p,
        a0, a1, a2, a3, a4, a5, b0, b1, b2, b3, b4, b5, clip)

Every array is flat (1-D, C order); `p` (int64) gives the shapes and flags:

    p[0]  kind: 0 RNN, 1 GRU, 2 LSTM      p[1]  seq_length     p[2]  batch
    p[3]  input_size                      p[4]  hidden_size    p[5]  num_directions
    p[6]  direction: 0 forward, 1 reverse, 2 bidirectional     p[7]  layout (0 or 1)
    p[8]  has B     p[9] has sequence_lens    p[10] has initial_h   p[11] has initial_c
    p[12] has P     p[13] LSTM input_forget / GRU linear_before_reset
    p[14] has clip  p[15] has Y   p[16] has Y_h   p[17] has Y_c
    p[18:24] activation codes, `NA` per direction (RNN 1, GRU 2, LSTM 3), see `ACTIVATIONS`

a0..a5 / b0..b5 are the activations' alpha / beta (float64, in the order of p[18:24]) and
`clip` the cell clip (used when p[14]).  Layout 0: X (seq, batch, in), Y (seq, dirs, batch,
hidden), states (dirs, batch, hidden); layout 1: X (batch, seq, in), Y (batch, seq, dirs,
hidden), states (batch, dirs, hidden).  Weights: W (dirs, G*hidden, in), R (dirs, G*hidden,
hidden), B (dirs, 2*G*hidden), P (dirs, 3*hidden), gate orders LSTM iofc, GRU zrh.

The input projection X @ W^T of all time steps is one BLAS GEMM per direction (biases folded
in); each step is one GEMM of the state with R^T (two for GRU with linear_before_reset=0)
followed by the gate math in loops.  Steps past a batch entry's sequence length leave its
state as it is and write zeros to Y; with direction reverse, entry b runs t = len_b-1 .. 0.
"""
import math

import numpy as np
from numba import njit

_opts = dict(cache=True, nogil=True, error_model="numpy")

# activation name (lower case) -> (code, default alpha, default beta, uses alpha, uses beta)
ACTIVATIONS = {
    "sigmoid": (0, 0.0, 0.0, False, False),
    "tanh": (1, 0.0, 0.0, False, False),
    "relu": (2, 0.0, 0.0, False, False),
    "affine": (3, 1.0, 0.0, True, True),
    "leakyrelu": (4, 0.01, 0.0, True, False),
    "thresholdedrelu": (5, 1.0, 0.0, True, False),
    "scaledtanh": (6, 1.0, 1.0, True, True),
    "hardsigmoid": (7, 0.2, 0.5, True, True),
    "elu": (8, 1.0, 0.0, True, False),
    "softsign": (9, 0.0, 0.0, False, False),
    "softplus": (10, 0.0, 0.0, False, False),
}


@njit(inline="always", **_opts)
def _act(code, x, a, b):
    if code == 0:
        if x >= 0:
            return 1.0 / (1.0 + math.exp(-x))
        e = math.exp(x)
        return e / (1.0 + e)
    if code == 1:
        return math.tanh(x)
    if code == 2:
        return x if x > 0 else 0.0 * x
    if code == 3:
        return a * x + b
    if code == 4:
        return x if x >= 0 else a * x
    if code == 5:
        return x if x > a else 0.0 * x
    if code == 6:
        return a * math.tanh(b * x)
    if code == 7:
        v = a * x + b
        return min(max(v, 0.0), 1.0)
    if code == 8:
        return x if x >= 0 else a * (math.exp(x) - 1.0)
    if code == 9:
        return x / (1.0 + abs(x))
    # softplus
    if x > 30.0:
        return x + 0.0
    return math.log1p(math.exp(x))


@njit(inline="always", **_opts)
def _clip(x, on, c):
    if on:
        if x > c:
            return c
        if x < -c:
            return -c
    return x


@njit(**_opts)
def rnn(x, w, r, bias, seq_lens, h0, c0, peep, y, yh, yc, p,
        a0, a1, a2, a3, a4, a5, b0, b1, b2, b3, b4, b5, clip):
    kind = p[0]
    S = p[1]
    N = p[2]
    I = p[3]
    H = p[4]
    ND = p[5]
    direction = p[6]
    layout = p[7]
    has_b = p[8] != 0
    has_sl = p[9] != 0
    has_h0 = p[10] != 0
    has_c0 = p[11] != 0
    has_p = p[12] != 0
    flag = p[13] != 0
    has_clip = p[14] != 0
    has_y = p[15] != 0
    has_yh = p[16] != 0
    has_yc = p[17] != 0
    NA = 1 if kind == 0 else (2 if kind == 1 else 3)
    G = 1 if kind == 0 else (3 if kind == 1 else 4)
    GH = G * H
    alphas = (a0, a1, a2, a3, a4, a5)
    betas = (b0, b1, b2, b3, b4, b5)
    dt = y.dtype
    cl = dt.type(clip)

    # sequence lengths, checked
    lens = np.empty(N, np.int64)
    for b in range(N):
        if has_sl:
            v = seq_lens[b]
            if v < 0 or v > S:
                raise ValueError("sequence_lens has a value outside [0, seq_length]")
            lens[b] = v
        else:
            lens[b] = S

    # strides: X rows, Y (t, d, b), states (d, b)
    if layout == 0:
        sxt, sxb = N, 1
        syt, syd, syb = ND * N * H, N * H, H
        ssd, ssb = N * H, H
    else:
        sxt, sxb = 1, S
        syt, syd, syb = ND * H, H, S * ND * H
        ssd, ssb = H, ND * H

    x2 = x.reshape((S * N, I))
    w3 = w.reshape((ND, GH, I))
    r3 = r.reshape((ND, GH, H))
    xw = np.empty((S * N, GH), dt)
    h = np.empty((N, H), dt)
    c = np.empty((N, H), dt)
    g = np.empty((N, GH), dt)
    hb = np.zeros(H, dt)             # GRU linear_before_reset: Rbh, kept inside r * (...)
    rh = np.empty((N, H), dt)        # GRU linear_before_reset=0: r * h
    gh = np.empty((N, H), dt)
    zb = np.empty((N, H), dt)
    two = kind == 1 and not flag     # GRU, linear_before_reset=0: two recurrent GEMMs per step
    gzr = np.empty((N, 2 * H if two else 0), dt)

    for d in range(ND):
        rev = direction == 1 or (direction == 2 and d == 1)
        c0_ = 18 + d * NA
        f_code = p[c0_]
        f_a = alphas[d * NA]
        f_b = betas[d * NA]
        g_code = p[c0_ + 1] if NA > 1 else 0
        g_a = alphas[d * NA + 1] if NA > 1 else 0.0
        g_b = betas[d * NA + 1] if NA > 1 else 0.0
        h_code = p[c0_ + 2] if NA > 2 else 0
        h_a = alphas[d * NA + 2] if NA > 2 else 0.0
        h_b = betas[d * NA + 2] if NA > 2 else 0.0
        wd = w3[d]
        rd = r3[d]

        # input projection of every step, biases folded in
        if S * N > 0 and GH > 0:
            if I > 0:
                np.dot(x2, wd.T, xw)
            else:
                xw[:] = 0
        for k in range(H):
            hb[k] = 0
        if has_b:
            bo = d * 2 * GH
            for q in range(S * N):
                row = xw[q]
                for k in range(GH):
                    v = bias[bo + k]
                    if not (kind == 1 and flag and k >= 2 * H):
                        v += bias[bo + GH + k]
                    row[k] += v
            if kind == 1 and flag:
                for k in range(H):
                    hb[k] = bias[bo + GH + 2 * H + k]

        # initial state
        for b in range(N):
            for k in range(H):
                h[b, k] = h0[d * ssd + b * ssb + k] if has_h0 else 0
                c[b, k] = c0[d * ssd + b * ssb + k] if (kind == 2 and has_c0) else 0
        po = d * 3 * H

        for s in range(S):
            # recurrent GEMM(s)
            if N > 0 and GH > 0:
                if two:
                    np.dot(h, rd[:2 * H].T, gzr)
                else:
                    np.dot(h, rd.T, g)
            for b in range(N):
                L = lens[b]
                valid = s < L
                t = (L - 1 - s) if rev else s
                if not valid:
                    if has_y:
                        yo = s * syt + d * syd + b * syb
                        for k in range(H):
                            y[yo + k] = 0
                    continue
                xr = xw[t * sxt + b * sxb]
                gr = gzr[b] if two else g[b]
                if kind == 2:
                    for k in range(H):
                        cp = c[b, k]
                        vi = xr[k] + gr[k]
                        vo = xr[H + k] + gr[H + k]
                        vf = xr[2 * H + k] + gr[2 * H + k]
                        vc = xr[3 * H + k] + gr[3 * H + k]
                        if has_p:
                            vi += peep[po + k] * cp
                            vf += peep[po + 2 * H + k] * cp
                        ig = _act(f_code, _clip(vi, has_clip, cl), f_a, f_b)
                        if flag:
                            fg = 1.0 - ig
                        else:
                            fg = _act(f_code, _clip(vf, has_clip, cl), f_a, f_b)
                        cc = _act(g_code, _clip(vc, has_clip, cl), g_a, g_b)
                        cn = dt.type(fg * cp + ig * cc)
                        if has_p:
                            vo += peep[po + H + k] * cn
                        og = _act(f_code, _clip(vo, has_clip, cl), f_a, f_b)
                        c[b, k] = cn
                        h[b, k] = og * _act(h_code, cn, h_a, h_b)
                elif kind == 1:
                    if flag:
                        for k in range(H):
                            z = _act(f_code, _clip(xr[k] + gr[k], has_clip, cl), f_a, f_b)
                            rr = _act(f_code, _clip(xr[H + k] + gr[H + k], has_clip, cl), f_a, f_b)
                            v = xr[2 * H + k] + rr * (gr[2 * H + k] + hb[k])
                            hh = _act(g_code, _clip(v, has_clip, cl), g_a, g_b)
                            h[b, k] = (1.0 - z) * hh + z * h[b, k]
                    else:
                        for k in range(H):
                            z = _act(f_code, _clip(xr[k] + gr[k], has_clip, cl), f_a, f_b)
                            rr = _act(f_code, _clip(xr[H + k] + gr[H + k], has_clip, cl), f_a, f_b)
                            zb[b, k] = z
                            rh[b, k] = rr * h[b, k]
                else:
                    for k in range(H):
                        h[b, k] = _act(f_code, _clip(xr[k] + gr[k], has_clip, cl), f_a, f_b)
            if two:
                # candidate: (r * h) @ Rh^T, then the update
                if N > 0 and H > 0:
                    np.dot(rh, rd[2 * H:].T, gh)
                for b in range(N):
                    L = lens[b]
                    if s >= L:
                        continue
                    t = (L - 1 - s) if rev else s
                    xr = xw[t * sxt + b * sxb]
                    for k in range(H):
                        hh = _act(g_code, _clip(xr[2 * H + k] + gh[b, k], has_clip, cl), g_a, g_b)
                        z = zb[b, k]
                        h[b, k] = (1.0 - z) * hh + z * h[b, k]
            if has_y:
                for b in range(N):
                    L = lens[b]
                    if s >= L:
                        continue
                    t = (L - 1 - s) if rev else s
                    yo = t * syt + d * syd + b * syb
                    for k in range(H):
                        y[yo + k] = h[b, k]

        # final states
        for b in range(N):
            so = d * ssd + b * ssb
            for k in range(H):
                if has_yh:
                    yh[so + k] = h[b, k]
                if has_yc:
                    yc[so + k] = c[b, k]
