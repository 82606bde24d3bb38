"""Vision kernels for the CPU: GridSample, AffineGrid, RoiAlign, DeformConv, MaxUnpool,
and integer convolutions (ConvInteger, QLinearConv).

    gridsample(x, grid, y, p)        x (N, C, Sin), grid (N, Sout, r), y (N, C, Sout);
                                     p = [mode (0 nearest, 1 linear, 2 cubic),
                                          padding (0 zeros, 1 border, 2 reflection),
                                          align_corners, r, d_0 .. d_{r-1}] (input spatial dims)
    affine_grid(theta, y, p)         theta (N, r, r+1), y (N, D, H, W, r); p = [align_corners]
    roi_align(x, rois, bidx, y, p, scale) -> bad roi or -1
                                     x (N, C, H, W), rois (R, 4), bidx (R,), y (R, C, OH, OW);
                                     p = [mode (0 avg, 1 max), sampling_ratio, half_pixel]
    deform_conv(x, w, off, b, mask, y, p)
                                     x (N, C, H, W), w (M, C/group, KH, KW), off (N, og*2*KH*KW, OH, OW),
                                     b (M,) or empty, mask (N, og*KH*KW, OH, OW) or empty,
                                     y (N, M, OH, OW); p = [sh, sw, ph, pw, dh, dw, group, og, has_b, has_mask]
    max_unpool(x, ind, y, p) -> bad position or -1
                                     x, ind flat; y (N, C, D, H, W); p = the inferred shape (5 dims):
                                     ind is flat into it, entries outside y are dropped
    conv_integer(x, w, xzp, wzp, y, p)
    qlinear_conv(x, xs, xzp, w, ws, wzp, ys, yzp, b, y, p)
                                     5-D x/w/y as in conv.py; zero points and scales as 1-element or
                                     per-output-channel arrays; p = [sd, sh, sw, pd, ph, pw, dd, dh, dw, group, has_b]
                                     (+ [lo, hi], the output type's range, for qlinear_conv)

Every index computed from data (grid coordinates, rois, offsets, unpool indices) is
checked or clamped before it is used: nothing reads or writes outside its array.
"""
import math

import numpy as np
from numba import njit

from .blas import gemm

_opts = dict(cache=True, nogil=True, error_model="numpy")

_BIG = 1e15


@njit(**_opts)
def _ifloor(v):
    """floor(v) as an int, with NaN and huge values mapped far outside any dim."""
    if not (v > -_BIG and v < _BIG):
        return np.int64(-(1 << 50))
    return np.int64(math.floor(v))


@njit(**_opts)
def _itrunc(v):
    if not (v > -_BIG and v < _BIG):
        return np.int64(-(1 << 50))
    return np.int64(v)


@njit(**_opts)
def _reflect(x, lo, hi):
    rng = hi - lo
    if not (rng > 0):
        return lo
    if x < lo:
        dx = lo - x
        n = _itrunc(dx / rng)
        r = dx - n * rng
        return lo + r if n % 2 == 0 else hi - r
    if x > hi:
        dx = x - hi
        n = _itrunc(dx / rng)
        r = dx - n * rng
        return hi - r if n % 2 == 0 else lo + r
    return x


@njit(**_opts)
def _pix(i, L, pad, lo, hi):
    """The in-range index for tap i of a dim of length L, or -1 (reads as 0)."""
    if pad == 0:
        return i if 0 <= i < L else -1
    if pad == 2:
        i = _itrunc(_reflect(float(i), lo, hi))
    if i < 0:
        i = 0
    if i > L - 1:
        i = L - 1
    return i


@njit(**_opts)
def _cubic(t, c):
    a = -0.75
    x = abs(t)
    c[0] = ((a * (x + 1) - 5 * a) * (x + 1) + 8 * a) * (x + 1) - 4 * a
    c[1] = ((a + 2) * x - (a + 3)) * x * x + 1
    c[2] = ((a + 2) * (1 - x) - (a + 3)) * (1 - x) * (1 - x) + 1
    c[3] = ((a * (2 - x) - 5 * a) * (2 - x) + 8 * a) * (2 - x) - 4 * a


@njit(**_opts)
def gridsample(x, grid, y, p):
    N, C, Sin = x.shape
    Sout = y.shape[2]
    mode = p[0]
    pad = p[1]
    align = p[2]
    r = p[3]
    ntap = 1 if mode == 0 else (2 if mode == 1 else 4)
    taps = np.empty((r, 4), np.int64)
    wts = np.empty((r, 4), np.float64)
    strides = np.empty(r, np.int64)
    st = 1
    for k in range(r - 1, -1, -1):
        strides[k] = st
        st *= p[4 + k]
    ncomb = ntap ** r
    offs = np.empty(ncomb, np.int64)
    cw = np.empty(ncomb, np.float64)
    coef = np.empty(4, np.float64)
    for n in range(N):
        for s in range(Sout):
            for k in range(r):
                L = p[4 + k]
                v = float(grid[n, s, r - 1 - k])
                if align != 0:
                    xk = (v + 1.0) / 2.0 * (L - 1)
                    lo = 0.0
                    hi = L - 1.0
                else:
                    xk = ((v + 1.0) * L - 1.0) / 2.0
                    lo = -0.5
                    hi = L - 0.5
                if mode == 0:
                    xk = np.rint(xk)
                # cubic applies the padding to each tap only (as onnxruntime and PyTorch do)
                if mode != 2 and (xk < lo or xk > hi):
                    if pad == 1:
                        xk = min(max(xk, 0.0), L - 1.0)
                    elif pad == 2:
                        xk = _reflect(xk, lo, hi)
                if mode == 0:
                    taps[k, 0] = _pix(_itrunc(xk), L, pad, lo, hi)
                    wts[k, 0] = 1.0
                elif mode == 1:
                    i0 = _ifloor(xk)
                    f = xk - i0
                    taps[k, 0] = _pix(i0, L, pad, lo, hi)
                    taps[k, 1] = _pix(i0 + 1, L, pad, lo, hi)
                    wts[k, 0] = 1.0 - f
                    wts[k, 1] = f
                else:
                    i0 = _ifloor(xk)
                    _cubic(xk - i0, coef)
                    for t in range(4):
                        taps[k, t] = _pix(i0 - 1 + t, L, pad, lo, hi)
                        wts[k, t] = coef[t]
            m = 0
            for cmb in range(ncomb):
                rem = cmb
                off = 0
                wv = 1.0
                ok = True
                for k in range(r - 1, -1, -1):
                    t = rem % ntap
                    rem //= ntap
                    ix = taps[k, t]
                    if ix < 0:
                        ok = False
                        break
                    off += ix * strides[k]
                    wv *= wts[k, t]
                if ok and off < Sin:
                    offs[m] = off
                    cw[m] = wv
                    m += 1
            for c in range(C):
                acc = 0.0
                for j in range(m):
                    acc += cw[j] * x[n, c, offs[j]]
                y[n, c, s] = acc


@njit(**_opts)
def affine_grid(theta, y, p):
    """y (N, D, H, W, r) (D = 1 when r = 2); p = [align_corners]."""
    N, D, H, W, r = y.shape
    align = p[0]
    h = np.empty(4, np.float64)
    h[r] = 1.0
    for n in range(N):
        for d in range(D):
            for i in range(H):
                for j in range(W):
                    for k in range(r):
                        # homogeneous (x, y, z, 1): x runs over W, y over H, z over D
                        L = W if k == 0 else (H if k == 1 else D)
                        q = j if k == 0 else (i if k == 1 else d)
                        if align != 0:
                            # a dim of 1 gives 1.0, as onnxruntime computes (onnx's reference: -1.0)
                            h[k] = -1.0 + 2.0 * q / (L - 1) if L > 1 else 1.0
                        else:
                            h[k] = -1.0 + (2.0 * q + 1.0) / L
                    for a in range(r):
                        acc = 0.0
                        for k in range(r + 1):
                            acc += float(theta[n, a, k]) * h[k]
                        y[n, d, i, j, a] = acc


@njit(**_opts, inline="always")
def _rd(t, v):
    """v rounded to t's dtype: onnxruntime computes RoiAlign's geometry in the input type,
    and the sampling grid size (a ceil) depends on that rounding."""
    t[0] = v
    return float(t[0])


@njit(**_opts)
def roi_align(x, rois, bidx, y, p, scale):
    N, C, H, W = x.shape
    R, _, OH, OW = y.shape
    mode = p[0]
    sampling = p[1]
    half = p[2]
    off = 0.5 if half != 0 else 0.0
    t = np.empty(1, rois.dtype)
    sc = _rd(t, scale)
    for ri in range(R):
        b = np.int64(bidx[ri])
        if b < 0 or b >= N:
            return ri
        x1 = _rd(t, _rd(t, float(rois[ri, 0]) * sc) - off)
        y1 = _rd(t, _rd(t, float(rois[ri, 1]) * sc) - off)
        x2 = _rd(t, _rd(t, float(rois[ri, 2]) * sc) - off)
        y2 = _rd(t, _rd(t, float(rois[ri, 3]) * sc) - off)
        rw = _rd(t, x2 - x1)
        rh = _rd(t, y2 - y1)
        if half == 0:
            rw = max(rw, 1.0)
            rh = max(rh, 1.0)
        bh = _rd(t, rh / OH)
        bw = _rd(t, rw / OW)
        gh = sampling if sampling > 0 else (np.int64(math.ceil(bh)) if bh < _BIG else 1)
        gw = sampling if sampling > 0 else (np.int64(math.ceil(bw)) if bw < _BIG else 1)
        gh = max(gh, 0)
        gw = max(gw, 0)
        count = max(gh * gw, 1)
        for oh in range(OH):
            for ow in range(OW):
                for c in range(C):
                    acc = 0.0
                    first = True
                    for iy in range(gh):
                        yy = _rd(t, _rd(t, y1 + _rd(t, oh * bh)) + _rd(t, _rd(t, (iy + 0.5) * bh) / gh))
                        for ix in range(gw):
                            xx = _rd(t, _rd(t, x1 + _rd(t, ow * bw)) + _rd(t, _rd(t, (ix + 0.5) * bw) / gw))
                            val = 0.0
                            if yy < -1.0 or yy > H or xx < -1.0 or xx > W or not (yy == yy and xx == xx):
                                val = 0.0
                            else:
                                yv = max(yy, 0.0)
                                xv = max(xx, 0.0)
                                yl = np.int64(yv)
                                xl = np.int64(xv)
                                if yl >= H - 1:
                                    yl = H - 1
                                    yh = H - 1
                                    yv = float(yl)
                                else:
                                    yh = yl + 1
                                if xl >= W - 1:
                                    xl = W - 1
                                    xh = W - 1
                                    xv = float(xl)
                                else:
                                    xh = xl + 1
                                ly = yv - yl
                                lx = xv - xl
                                hy = 1.0 - ly
                                hx = 1.0 - lx
                                if H <= 0 or W <= 0:
                                    val = 0.0
                                elif mode == 0:
                                    val = (hy * hx * x[b, c, yl, xl] + hy * lx * x[b, c, yl, xh]
                                           + ly * hx * x[b, c, yh, xl] + ly * lx * x[b, c, yh, xh])
                                else:
                                    val = max(max(hy * hx * x[b, c, yl, xl], hy * lx * x[b, c, yl, xh]),
                                              max(ly * hx * x[b, c, yh, xl], ly * lx * x[b, c, yh, xh]))
                            if mode == 0:
                                acc += val
                            elif first:
                                acc = val
                                first = False
                            else:
                                acc = max(acc, val)
                    y[ri, c, oh, ow] = acc / count if mode == 0 else acc
    return -1


@njit(**_opts)
def _bilinear0(x, n, c, h, w):
    """x[n, c] at (h, w), bilinear, zero outside (GridSample align_corners=1, zeros)."""
    H = x.shape[2]
    W = x.shape[3]
    h0 = _ifloor(h)
    w0 = _ifloor(w)
    fh = h - h0
    fw = w - w0
    acc = 0.0
    for dh in range(2):
        hh = h0 + dh
        if hh < 0 or hh >= H:
            continue
        wh = fh if dh else 1.0 - fh
        for dw in range(2):
            ww = w0 + dw
            if ww < 0 or ww >= W:
                continue
            acc += wh * (fw if dw else 1.0 - fw) * x[n, c, hh, ww]
    return acc


@njit(**_opts)
def deform_conv(x, w, off, b, mask, y, p):
    N, C, H, W = x.shape
    M, Cg, KH, KW = w.shape
    OH = y.shape[2]
    OW = y.shape[3]
    sh = p[0]
    sw = p[1]
    ph = p[2]
    pw = p[3]
    dh = p[4]
    dw = p[5]
    group = p[6]
    og = p[7]
    has_b = p[8]
    has_mask = p[9]
    Mg = M // group
    K = KH * KW
    S = OH * OW
    Cog = C // og
    col = np.empty((Cg * K, S), np.float64)
    wg = np.empty((Mg, Cg * K), np.float64)
    res = np.empty((Mg, S), np.float64)
    for n in range(N):
        for g in range(group):
            for cl in range(Cg):
                c = g * Cg + cl
                gi = c // Cog
                for kh in range(KH):
                    for kw in range(KW):
                        k = kh * KW + kw
                        row = cl * K + k
                        for oh in range(OH):
                            for ow in range(OW):
                                hh = oh * sh - ph + kh * dh + float(off[n, (gi * K + k) * 2, oh, ow])
                                ww = ow * sw - pw + kw * dw + float(off[n, (gi * K + k) * 2 + 1, oh, ow])
                                v = _bilinear0(x, n, c, hh, ww)
                                if has_mask != 0:
                                    v *= float(mask[n, gi * K + k, oh, ow])
                                col[row, oh * OW + ow] = v
            for m in range(Mg):
                for cl in range(Cg):
                    for k in range(K):
                        wg[m, cl * K + k] = w[g * Mg + m, cl, k // KW, k % KW]
            gemm(wg, col, res)
            for m in range(Mg):
                bv = float(b[g * Mg + m]) if has_b != 0 else 0.0
                for oh in range(OH):
                    for ow in range(OW):
                        y[n, g * Mg + m, oh, ow] = res[m, oh * OW + ow] + bv


@njit(**_opts)
def max_unpool(x, ind, y, p):
    y[:] = 0
    D0, D1, D2, D3, D4 = y.shape
    I1 = p[1]
    I2 = p[2]
    I3 = p[3]
    I4 = p[4]
    total = p[0] * I1 * I2 * I3 * I4
    for i in range(x.size):
        j = np.int64(ind[i])
        if j < 0 or j >= total:
            return i
        a4 = j % I4
        j //= I4
        a3 = j % I3
        j //= I3
        a2 = j % I2
        j //= I2
        a1 = j % I1
        a0 = j // I1
        if a0 < D0 and a1 < D1 and a2 < D2 and a3 < D3 and a4 < D4:
            y[a0, a1, a2, a3, a4] = x[i]
    return -1


@njit(**_opts)
def _conv_int_acc(x, w, xzp, wzp, acc, p):
    """acc (N, M, S) int32 = sum over taps of (x - xzp) * (w - wzp[m]); padded taps add 0.
    im2col per (n, group) into an int32 column matrix, then an int32 product."""
    N, C, D, H, Wd = x.shape
    M, Cg, KD, KH, KW = w.shape
    sd = p[0]
    sh = p[1]
    sw = p[2]
    pd = p[3]
    ph = p[4]
    pw = p[5]
    dd = p[6]
    dh = p[7]
    dw = p[8]
    group = p[9]
    OD = p[11]
    OH = p[12]
    OW = p[13]
    S = OD * OH * OW
    Mg = M // group
    K = Cg * KD * KH * KW
    xz = np.int32(xzp[0])
    col = np.empty((K, S), np.int32)
    wq = np.empty((Mg, K), np.int32)
    for n in range(N):
        for g in range(group):
            r = 0
            for cl in range(Cg):
                c = g * Cg + cl
                for kd in range(KD):
                    for kh in range(KH):
                        for kw in range(KW):
                            s = 0
                            for od in range(OD):
                                id_ = od * sd - pd + kd * dd
                                for oh in range(OH):
                                    ih = oh * sh - ph + kh * dh
                                    for ow in range(OW):
                                        iw = ow * sw - pw + kw * dw
                                        if 0 <= id_ < D and 0 <= ih < H and 0 <= iw < Wd:
                                            col[r, s] = np.int32(x[n, c, id_, ih, iw]) - xz
                                        else:
                                            col[r, s] = 0
                                        s += 1
                            r += 1
            for m in range(Mg):
                mm = g * Mg + m
                wz = np.int32(wzp[mm] if wzp.size > 1 else wzp[0])
                k = 0
                for cl in range(Cg):
                    for kd in range(KD):
                        for kh in range(KH):
                            for kw in range(KW):
                                wq[m, k] = np.int32(w[mm, cl, kd, kh, kw]) - wz
                                k += 1
            for m in range(Mg):
                ar = acc[n, g * Mg + m]
                for s in range(S):
                    ar[s] = 0
                for k in range(K):
                    wv = wq[m, k]
                    if wv == 0:
                        continue
                    cr = col[k]
                    for s in range(S):
                        ar[s] += wv * cr[s]


@njit(**_opts)
def conv_integer(x, w, xzp, wzp, y, p):
    N = y.shape[0]
    M = y.shape[1]
    p2 = np.empty(14, np.int64)
    p2[:11] = p[:11]
    p2[11] = y.shape[2]
    p2[12] = y.shape[3]
    p2[13] = y.shape[4]
    _conv_int_acc(x, w, xzp, wzp, y.reshape(N, M, y.shape[2] * y.shape[3] * y.shape[4]), p2)


@njit(**_opts)
def qlinear_conv(x, xs, xzp, w, ws, wzp, ys, yzp, b, y, p):
    N = y.shape[0]
    M = y.shape[1]
    S = y.shape[2] * y.shape[3] * y.shape[4]
    p2 = np.empty(14, np.int64)
    p2[:11] = p[:11]
    p2[11] = y.shape[2]
    p2[12] = y.shape[3]
    p2[13] = y.shape[4]
    acc = np.empty((N, M, S), np.int32)
    _conv_int_acc(x, w, xzp, wzp, acc, p2)
    y3 = y.reshape(N, M, S)
    lo = float(p[11])
    hi = float(p[12])
    yz = float(yzp[0])
    ysv = float(ys[0])
    for m in range(M):
        wsv = float(ws[m] if ws.size > 1 else ws[0])
        # the scale in float32, as onnxruntime computes it
        sc = float(np.float32(np.float32(xs[0]) * np.float32(wsv)) / np.float32(ysv))
        bv = np.int32(b[m]) if p[10] != 0 else np.int32(0)
        for n in range(N):
            for s in range(S):
                v = np.rint(float(np.float32((acc[n, m, s] + bv) * sc))) + yz
                y3[n, m, s] = min(max(v, lo), hi)


@njit(**_opts)
def _round_away(v):
    """C's round(): halves away from zero (numpy rounds them to even)."""
    return int(math.floor(v + 0.5)) if v >= 0 else -int(math.floor(-v + 0.5))


@njit(**_opts)
def max_roi_pool(x, rois, y, scale):
    """MaxRoiPool (Fast R-CNN): x (N, C, H, W), rois (R, 5) = (batch, x1, y1, x2, y2) in input
    coordinates, y (R, C, PH, PW).  Returns -1, or the first roi whose batch index is out of
    range (nothing is read for it)."""
    N, C, H, W = x.shape
    R, _, PH, PW = y.shape
    for r in range(R):
        b = int(rois[r, 0])
        if b < 0 or b >= N:
            return r
    for r in range(R):
        b = int(rois[r, 0])
        x1 = _round_away(rois[r, 1] * scale)
        y1 = _round_away(rois[r, 2] * scale)
        x2 = _round_away(rois[r, 3] * scale)
        y2 = _round_away(rois[r, 4] * scale)
        rh = max(y2 - y1 + 1, 1)
        rw = max(x2 - x1 + 1, 1)
        bh = rh / PH
        bw = rw / PW
        for c in range(C):
            for ph in range(PH):
                hs = min(max(int(math.floor(ph * bh)) + y1, 0), H)
                he = min(max(int(math.ceil((ph + 1) * bh)) + y1, 0), H)
                for pw in range(PW):
                    ws = min(max(int(math.floor(pw * bw)) + x1, 0), W)
                    we = min(max(int(math.ceil((pw + 1) * bw)) + x1, 0), W)
                    if he <= hs or we <= ws:
                        y[r, c, ph, pw] = 0
                        continue
                    m = x[b, c, hs, ws]
                    for h in range(hs, he):
                        for w in range(ws, we):
                            if x[b, c, h, w] > m:
                                m = x[b, c, h, w]
                    y[r, c, ph, pw] = m
    return -1
