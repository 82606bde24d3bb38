"""Signal-processing and linear-algebra kernels: DFT, STFT, windows, MelWeightMatrix, Det, Einsum,
BitCast, Col2Im.

Every kernel takes flat arrays and an int64 parameter array filled per input-shape signature, so
one compiled kernel per dtype serves every size.  Transforms and determinants compute in float64
and round once on the store.

    dft(x, y, p)          p = [outer, n_in, inner, c_in, n_out, c_out, L, inverse, irfft]
    stft(x, w, y, p)      p = [batch, siglen, c_in, frames, step, flen, bins, has_window]
    window(y, p, kind)    p = [size, periodic]; kind 0 Hann, 1 Hamming, 2 Blackman
    mel(nmel, dftlen, sr, lo, hi, y)
    det(x, y, p)          p = [batch, n]
    einsum(a, b, y, zero, p)   p = [nl, nout, sizes(nl), sa(nl), sb(nl), sy(nl)]
    copy_bits(x, y, mask) bytes of x -> y (same byte count), each byte & mask
    col2im(x, y, p)       p = [nd, N, C, L, Btotal, then per dim: img, blk, stride, pad, dil, ncols]
"""
import math

import numpy as np
from numba import njit

from .blas import gemm

_opts = dict(cache=True, nogil=True, error_model="numpy")


@njit(**_opts)
def _twiddles(L, sign):
    c = np.empty(max(L, 1), np.float64)
    s = np.empty(max(L, 1), np.float64)
    for k in range(L):
        # exact at the quarter turns so that symmetric inputs give exact zeros
        if 4 * k == L:
            c[k], s[k] = 0.0, 1.0
        elif 2 * k == L:
            c[k], s[k] = -1.0, 0.0
        elif 4 * k == 3 * L:
            c[k], s[k] = 0.0, -1.0
        else:
            a = 2.0 * math.pi * k / L
            c[k] = math.cos(a)
            s[k] = math.sin(a)
        s[k] *= sign
    return c, s


@njit(**_opts)
def _dft_line(br, bi, m, L, n_out, c, s, yr, yi):
    """yr/yi[k] = sum_{n < m} (br + i bi)[n] * (c + i s)[(k n) mod L], for k < n_out."""
    for k in range(n_out):
        re = 0.0
        im = 0.0
        idx = 0
        for n in range(m):
            cc = c[idx]
            ss = s[idx]
            re += br[n] * cc - bi[n] * ss
            im += br[n] * ss + bi[n] * cc
            idx += k
            if idx >= L:
                idx -= L
        yr[k] = re
        yi[k] = im


@njit(**_opts)
def dft(x, y, p):
    outer, n_in, inner, c_in, n_out, c_out, L, inverse, irfft = p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8]
    if outer * inner * n_out == 0:
        return
    x4 = x.reshape((outer, n_in, inner, c_in))
    y4 = y.reshape((outer, n_out, inner, c_out))
    c, s = _twiddles(L, 1.0 if inverse else -1.0)
    br = np.zeros(max(L, 1), np.float64)
    bi = np.zeros(max(L, 1), np.float64)
    yr = np.empty(n_out, np.float64)
    yi = np.empty(n_out, np.float64)
    scale = 1.0 / L if inverse else 1.0
    for o in range(outer):
        for i in range(inner):
            br[:] = 0.0
            bi[:] = 0.0
            if irfft:
                # a one-sided spectrum -> the full Hermitian spectrum of length L
                h = L // 2 + 1
                m = min(n_in, h)
                for k in range(m):
                    br[k] = x4[o, k, i, 0]
                    if c_in == 2:
                        bi[k] = x4[o, k, i, 1]
                bi[0] = 0.0
                if L % 2 == 0:
                    bi[L // 2] = 0.0
                for k in range(1, h):
                    if L - k > k:
                        br[L - k] = br[k]
                        bi[L - k] = -bi[k]
                m = L
            else:
                m = min(n_in, L)
                for n in range(m):
                    br[n] = x4[o, n, i, 0]
                    if c_in == 2:
                        bi[n] = x4[o, n, i, 1]
            _dft_line(br, bi, m, L, n_out, c, s, yr, yi)
            for k in range(n_out):
                y4[o, k, i, 0] = yr[k] * scale
                if c_out == 2:
                    y4[o, k, i, 1] = yi[k] * scale


@njit(**_opts)
def stft(x, w, y, p):
    batch, siglen, c_in, frames, step, flen, bins, has_w = p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7]
    if batch * frames * bins == 0:
        return
    x3 = x.reshape((batch, siglen, c_in))
    y4 = y.reshape((batch, frames, bins, 2))
    c, s = _twiddles(flen, -1.0)
    br = np.zeros(max(flen, 1), np.float64)
    bi = np.zeros(max(flen, 1), np.float64)
    yr = np.empty(bins, np.float64)
    yi = np.empty(bins, np.float64)
    for b in range(batch):
        for f in range(frames):
            start = f * step
            for n in range(flen):
                wv = np.float64(w[n]) if has_w else 1.0
                br[n] = x3[b, start + n, 0] * wv
                bi[n] = x3[b, start + n, 1] * wv if c_in == 2 else 0.0
            _dft_line(br, bi, flen, flen, bins, c, s, yr, yi)
            for k in range(bins):
                y4[b, f, k, 0] = yr[k]
                y4[b, f, k, 1] = yi[k]


@njit(**_opts)
def window(y, p, kind):
    """Hann (0), Hamming (1) or Blackman (2) window of p[0] points; periodic when p[1]."""
    n = p[0]
    if n == 0:
        return
    denom = n if p[1] else n - 1
    for k in range(n):
        t = 2.0 * math.pi * k / denom if denom > 0 else 0.0
        if kind == 0:
            v = 0.5 - 0.5 * math.cos(t)
        elif kind == 1:
            v = 25.0 / 46.0 - (21.0 / 46.0) * math.cos(t)
        else:
            v = 0.42 - 0.5 * math.cos(t) + 0.08 * math.cos(2.0 * t)
        y[k] = v


@njit(**_opts)
def mel(nmel_a, dftlen_a, sr_a, lo_a, hi_a, y):
    """MelWeightMatrix into y (dft_length // 2 + 1, num_mel_bins), as ONNX's reference computes it.
    Returns a bin index that fell outside the matrix (>= 0) or -1."""
    nmel = np.int64(nmel_a[0])
    dftlen = np.int64(dftlen_a[0])
    sr = np.int64(sr_a[0])
    nspec = dftlen // 2 + 1
    lo_mel = 2595.0 * math.log1p(np.float64(lo_a[0]) / 700.0) / math.log(10.0)
    hi_mel = 2595.0 * math.log1p(np.float64(hi_a[0]) / 700.0) / math.log(10.0)
    step = (hi_mel - lo_mel) / (nmel + 2)
    bins = np.empty(nmel + 2, np.int64)
    for i in range(nmel + 2):
        f = 700.0 * math.expm1((i * step + lo_mel) / 2595.0 * math.log(10.0))
        bins[i] = np.int64(math.floor((dftlen + 1) * f / sr))
    y2 = y.reshape((nspec, nmel))
    y2[:] = 0
    for i in range(nmel):
        left = bins[i]
        center = bins[i + 1]
        right = bins[i + 2]
        if center == left:
            if center < 0 or center >= nspec:
                return i
            y2[center, i] = 1
        elif center > left:
            if left < 0 or center >= nspec:
                return i
            for j in range(left, center + 1):
                y2[j, i] = (j - left) / (center - left)
        if right > center:
            if center < 0 or right > nspec:
                return i
            for j in range(center, right):
                y2[j, i] = (right - j) / (right - center)
    return -1


@njit(**_opts)
def det(x, y, p):
    """Determinants of p[0] matrices of p[1] x p[1] by LU with partial pivoting in float64."""
    batch, n = p[0], p[1]
    if batch == 0:
        return
    x3 = x.reshape((batch, n, n))
    a = np.empty((n, n), np.float64)
    for b in range(batch):
        for i in range(n):
            for j in range(n):
                a[i, j] = x3[b, i, j]
        d = 1.0
        for k in range(n):
            piv = k
            best = abs(a[k, k])
            for i in range(k + 1, n):
                if abs(a[i, k]) > best:
                    best = abs(a[i, k])
                    piv = i
            if a[piv, k] == 0.0:
                d = 0.0
                break
            if piv != k:
                for j in range(n):
                    t = a[k, j]
                    a[k, j] = a[piv, j]
                    a[piv, j] = t
                d = -d
            d *= a[k, k]
            inv = 1.0 / a[k, k]
            for i in range(k + 1, n):
                f = a[i, k] * inv
                if f != 0.0:
                    for j in range(k + 1, n):
                        a[i, j] -= f * a[k, j]
        y[b] = d


@njit(**_opts)
def einsum(a, b, y, zero, p):
    """y[out labels] = sum over the other labels of a[...] * b[...], every operand read through
    per-label strides (a repeated label adds its strides: diagonals; stride 0: broadcast).
    The first nout labels are the output's; the accumulator starts as `zero` (its type is the
    accumulation type)."""
    nl, nout = p[0], p[1]
    sz = p[2:2 + nl]
    sa = p[2 + nl:2 + 2 * nl]
    sb = p[2 + 2 * nl:2 + 3 * nl]
    sy = p[2 + 3 * nl:2 + 4 * nl]
    total = 1
    for k in range(nout):
        total *= sz[k]
    if total == 0:
        return
    nsum = nl - nout
    cnt = 1
    for k in range(nout, nl):
        cnt *= sz[k]
    # the innermost summed label runs in a tight loop; the others by an odometer
    inner_n = sz[nl - 1] if nsum > 0 else 1
    ia = sa[nl - 1] if nsum > 0 else 0
    ib = sb[nl - 1] if nsum > 0 else 0
    outer_cnt = cnt // inner_n if inner_n > 0 else 0
    io = np.zeros(max(nout, 1), np.int64)
    js = np.zeros(max(nsum, 1), np.int64)
    for t in range(total):
        oa = 0
        ob = 0
        oy = 0
        for k in range(nout):
            oa += io[k] * sa[k]
            ob += io[k] * sb[k]
            oy += io[k] * sy[k]
        acc = zero
        if nsum == 0:
            acc += a[oa] * b[ob]
        else:
            for k in range(nsum):
                js[k] = 0
            for u in range(outer_cnt):
                pa = oa
                pb = ob
                for k in range(nsum - 1):
                    pa += js[k] * sa[nout + k]
                    pb += js[k] * sb[nout + k]
                for v in range(inner_n):
                    acc += a[pa] * b[pb]
                    pa += ia
                    pb += ib
                k = nsum - 2
                while k >= 0:
                    js[k] += 1
                    if js[k] < sz[nout + k]:
                        break
                    js[k] = 0
                    k -= 1
        y[oy] = acc
        k = nout - 1
        while k >= 0:
            io[k] += 1
            if io[k] < sz[k]:
                break
            io[k] = 0
            k -= 1


@njit(**_opts)
def copy_bits(x, y, mask):
    """BitCast: y's bytes = x's bytes (both viewed as uint8), each & mask (sub-byte types)."""
    for i in range(x.size):
        y[i] = x[i] & mask


@njit(**_opts)
def col2im(x, y, p):
    """Col2Im: x (N, C * B, L) columns, y (N, C, *image) summed into.
    p = [nd, N, C, L, B, then per dim d: img, blk, stride, pad_begin, dil, ncols]."""
    nd, N, C, L, B = p[0], p[1], p[2], p[3], p[4]
    y[:] = 0
    if N * C * B * L == 0:
        return
    g = p[5:5 + 6 * nd].reshape((nd, 6))
    img = 1
    for d in range(nd):
        img *= g[d, 0]
    x3 = x.reshape((N, C * B, L))
    y3 = y.reshape((N, C, img))
    bi = np.zeros(nd, np.int64)
    li = np.zeros(nd, np.int64)
    for bb in range(B):
        # block offsets of block element bb (row-major over the block dims)
        rem = bb
        for d in range(nd - 1, -1, -1):
            bi[d] = rem % g[d, 1]
            rem //= g[d, 1]
        for l in range(L):
            rem = l
            for d in range(nd - 1, -1, -1):
                li[d] = rem % g[d, 5]
                rem //= g[d, 5]
            pos = 0
            ok = True
            for d in range(nd):
                q = li[d] * g[d, 2] - g[d, 3] + bi[d] * g[d, 4]
                if q < 0 or q >= g[d, 0]:
                    ok = False
                    break
                pos = pos * g[d, 0] + q
            if not ok:
                continue
            for n in range(N):
                for c in range(C):
                    y3[n, c, pos] += x3[n, c * B + bb, l]


@njit(**_opts)
def _pack(src, dst, sz, st, lab):
    """dst[:] = src read in row-major order over the labels `lab` (sizes sz, element strides st)."""
    n = lab.size
    total = dst.size
    if total == 0:
        return
    idx = np.zeros(max(n, 1), np.int64)
    for t in range(total):
        off = 0
        for k in range(n):
            off += idx[k] * st[lab[k]]
        dst[t] = src[off]
        k = n - 1
        while k >= 0:
            idx[k] += 1
            if idx[k] < sz[lab[k]]:
                break
            idx[k] = 0
            k -= 1


@njit(**_opts)
def einsum_mm(a, b, y, p):
    """A two-operand float contraction through BLAS: labels ordered batch (in a, b, y), m (a, y),
    n (b, y), k (summed; an operand without a label reads it with stride 0).  a and b are packed
    into (batch, m, k) and (batch, k, n), multiplied per batch, and y written through its strides.
    p = [nl, nb, nm, nn, nk, sizes(nl), sa(nl), sb(nl), sy(nl)]."""
    nl, nb, nm, nn, nk = p[0], p[1], p[2], p[3], p[4]
    sz = p[5:5 + nl]
    sa = p[5 + nl:5 + 2 * nl]
    sb = p[5 + 2 * nl:5 + 3 * nl]
    sy = p[5 + 3 * nl:5 + 4 * nl]
    lab = np.arange(nl)
    gb, gm, gn, gk = lab[:nb], lab[nb:nb + nm], lab[nb + nm:nb + nm + nn], lab[nb + nm + nn:]
    B = 1
    for k in gb:
        B *= sz[k]
    M = 1
    for k in gm:
        M *= sz[k]
    N = 1
    for k in gn:
        N *= sz[k]
    K = 1
    for k in gk:
        K *= sz[k]
    if B * M * N == 0:
        return
    a2 = np.empty((B, M, K), y.dtype)
    b2 = np.empty((B, K, N), y.dtype)
    y2 = np.empty((B, M, N), y.dtype)
    _pack(a, a2.reshape(-1), sz, sa, np.concatenate((gb, gm, gk)))
    _pack(b, b2.reshape(-1), sz, sb, np.concatenate((gb, gk, gn)))
    for i in range(B):
        if K == 0:
            y2[i] = 0
        else:
            gemm(a2[i], b2[i], y2[i])
    # y2 is row-major over (batch, m, n) labels: scatter it through y's strides
    yl = np.concatenate((gb, gm, gn))
    nyl = yl.size
    idx = np.zeros(max(nyl, 1), np.int64)
    flat = y2.reshape(-1)
    for t in range(flat.size):
        off = 0
        for k in range(nyl):
            off += idx[k] * sy[yl[k]]
        y[off] = flat[t]
        k = nyl - 1
        while k >= 0:
            idx[k] += 1
            if idx[k] < sz[yl[k]]:
                break
            idx[k] = 0
            k -= 1
