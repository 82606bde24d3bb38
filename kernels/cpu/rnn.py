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
state as it is and write zeros to Y; with direction reverse, entry b runs t = len_b-1 .. 0;
an entry of length 0 gets zero final states (onnxruntime's behaviour).
"""
import math

import numpy as np
from numba import njit

from .blas import gemm
from .fastmath import sigmoid32, tanh32
from .simd import is_f32 as _is_f32

_opts = dict(cache=True, nogil=True, error_model="numpy")

# activation name (lower case) -> (code, default alpha, default beta, uses alpha, uses beta).
# The defaults are onnxruntime's: Affine, ThresholdedRelu and ScaledTanh take 0 for a missing
# alpha/beta (not the 1.0 of the standalone ops).
ACTIVATIONS = {
    "sigmoid": (0, 0.0, 0.0, False, False),
    "tanh": (1, 0.0, 0.0, False, False),
    "relu": (2, 0.0, 0.0, False, False),
    "affine": (3, 0.0, 0.0, True, True),
    "leakyrelu": (4, 0.01, 0.0, True, False),
    "thresholdedrelu": (5, 0.0, 0.0, True, False),
    "scaledtanh": (6, 0.0, 0.0, True, True),
    "hardsigmoid": (7, 0.2, 0.5, True, True),
    "elu": (8, 1.0, 0.0, True, False),
    "softsign": (9, 0.0, 0.0, False, False),
    "softplus": (10, 0.0, 0.0, False, False),
}


@njit(**_opts)
def _act(code, x, a, b):
    """Activation `code` of one value (any float type; computed in float64)."""
    if code == 0:
        if x >= 0:
            return 1.0 / (1.0 + math.exp(-x))
        e = math.exp(x)
        return e / (1.0 + e)
    if code == 1:
        return math.tanh(x)
    if code == 2:
        return x if x > 0 else 0.0
    if code == 3:
        return a * x + b
    if code == 4:
        return x if x >= 0 else a * x
    if code == 5:
        return x if x > a else 0.0
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


@njit(**_opts)
def _apply(code, v, lo, hi, a, b, has_clip, cl):
    """v[lo:hi] = activation(clip(v[lo:hi])), in place; sigmoid and tanh vectorized for float32 (fastmath)."""
    u = v[lo:hi]
    n = u.size
    if has_clip:
        for k in range(n):
            u[k] = min(max(u[k], -cl), cl)
    if _is_f32(v) and code == 0:
        for k in range(n):
            u[k] = sigmoid32(u[k])
    elif _is_f32(v) and code == 1:
        for k in range(n):
            u[k] = tanh32(u[k])
    elif code == 0:
        for k in range(n):
            u[k] = _act(0, u[k], a, b)
    elif code == 1:
        for k in range(n):
            u[k] = math.tanh(u[k])
    else:
        for k in range(n):
            u[k] = _act(code, u[k], a, b)


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
            sv = seq_lens[b]
            if sv < 0 or sv > S:
                raise ValueError("sequence_lens has a value outside [0, seq_length]")
            lens[b] = sv
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
    v = np.empty(GH, dt)             # one batch entry's gate values
    tmp = np.empty(H, dt)
    one = dt.type(1)
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
                gemm(x2, wd.T, xw)
            else:
                xw[:] = 0
        for k in range(H):
            hb[k] = 0
        if has_b:
            bo = d * 2 * GH
            for k in range(GH):
                v[k] = bias[bo + k]
                if not (kind == 1 and flag and k >= 2 * H):
                    v[k] += bias[bo + GH + k]
            for q in range(S * N):
                row = xw[q]
                for k in range(GH):
                    row[k] += v[k]
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
                    gemm(h, rd[:2 * H].T, gzr)
                else:
                    gemm(h, rd.T, g)
            for b in range(N):
                L = lens[b]
                if s >= L:
                    if has_y:
                        yo = s * syt + d * syd + b * syb
                        for k in range(H):
                            y[yo + k] = 0
                    continue
                t = (L - 1 - s) if rev else s
                xr = xw[t * sxt + b * sxb]
                hr = h[b]
                if kind == 2:
                    # LSTM: v = x W^T + h R^T (+ biases, + peepholes); gates i o f c
                    gr = g[b]
                    cr = c[b]
                    for k in range(GH):
                        v[k] = xr[k] + gr[k]
                    if has_p:
                        for k in range(H):
                            v[k] += peep[po + k] * cr[k]
                            v[2 * H + k] += peep[po + 2 * H + k] * cr[k]
                    _apply(f_code, v, 0, H, f_a, f_b, has_clip, cl)
                    if flag:
                        for k in range(H):
                            v[2 * H + k] = one - v[k]
                    else:
                        _apply(f_code, v, 2 * H, 3 * H, f_a, f_b, has_clip, cl)
                    _apply(g_code, v, 3 * H, 4 * H, g_a, g_b, has_clip, cl)
                    for k in range(H):
                        cr[k] = v[2 * H + k] * cr[k] + v[k] * v[3 * H + k]
                        tmp[k] = cr[k]
                    if has_p:
                        for k in range(H):
                            v[H + k] += peep[po + H + k] * cr[k]
                    _apply(f_code, v, H, 2 * H, f_a, f_b, has_clip, cl)
                    _apply(h_code, tmp, 0, H, h_a, h_b, False, cl)
                    for k in range(H):
                        hr[k] = v[H + k] * tmp[k]
                elif kind == 1:
                    # GRU: gates z r h
                    gr = gzr[b] if two else g[b]
                    for k in range(2 * H):
                        v[k] = xr[k] + gr[k]
                    _apply(f_code, v, 0, 2 * H, f_a, f_b, has_clip, cl)
                    if two:
                        for k in range(H):
                            zb[b, k] = v[k]
                            rh[b, k] = v[H + k] * hr[k]
                    else:
                        for k in range(H):
                            v[2 * H + k] = xr[2 * H + k] + v[H + k] * (gr[2 * H + k] + hb[k])
                        _apply(g_code, v, 2 * H, 3 * H, g_a, g_b, has_clip, cl)
                        for k in range(H):
                            z = v[k]
                            hr[k] = (one - z) * v[2 * H + k] + z * hr[k]
                else:
                    gr = g[b]
                    for k in range(H):
                        v[k] = xr[k] + gr[k]
                    _apply(f_code, v, 0, H, f_a, f_b, has_clip, cl)
                    for k in range(H):
                        hr[k] = v[k]
            if two:
                # GRU, linear_before_reset=0: the candidate needs (r * h) @ Rh^T
                if N > 0 and H > 0:
                    gemm(rh, rd[2 * H:].T, gh)
                for b in range(N):
                    L = lens[b]
                    if s >= L:
                        continue
                    t = (L - 1 - s) if rev else s
                    xr = xw[t * sxt + b * sxb]
                    hr = h[b]
                    for k in range(H):
                        v[k] = xr[2 * H + k] + gh[b, k]
                    _apply(g_code, v, 0, H, g_a, g_b, has_clip, cl)
                    for k in range(H):
                        z = zb[b, k]
                        hr[k] = (one - z) * v[k] + z * hr[k]
            if has_y:
                for b in range(N):
                    L = lens[b]
                    if s >= L:
                        continue
                    t = (L - 1 - s) if rev else s
                    yo = t * syt + d * syd + b * syb
                    for k in range(H):
                        y[yo + k] = h[b, k]

        # final states (zeros for an entry of sequence length 0, as onnxruntime)
        for b in range(N):
            so = d * ssd + b * ssb
            live = lens[b] > 0
            for k in range(H):
                if has_yh:
                    yh[so + k] = h[b, k] if live else 0
                if has_yc:
                    yc[so + k] = c[b, k] if live else 0
