"""Normalization, softmax and loss kernels on (outer, axis, inner), (rows, n) or (N, G, Cg, S) views.

One kernel per op family: LayerNormalization and RMSNormalization share `layernorm`,
InstanceNormalization and GroupNormalization share `groupnorm`, SoftmaxCrossEntropyLoss and
NegativeLogLikelihoodLoss share `nll_loss`.  Statistics accumulate in float64, but for the
sums of exponentials of float32 softmax rows along the last axis (float32 vector lanes, as
onnxruntime sums them).
"""
import math

import numpy as np
from numba import njit, prange, types
from numba.extending import overload

from .fastmath import exp_any as _exp, expneg32
from .simd import max32
from .parallel import loop_blocks, _0
from ..linkage import by_symbol

_opts = dict(cache=True, nogil=True, error_model="numpy")
# Row reductions may be reassociated (summed in vector lanes) so that LLVM vectorizes them;
# only the small helpers below carry these flags, never the exp/normalize loops.
_reduce_opts = dict(_opts, fastmath={"reassoc", "nsz"})
U = np.uint64     # unsigned loop indices: no wrap-around checks, so LLVM vectorizes the loops


def row_max(r):
    """max of a non-empty 1-D row; NaNs are skipped (in a softmax they reach the
    result through exp).  Only callable from compiled code."""
    raise NotImplementedError


@overload(row_max)
def _row_max_ov(r):
    if r.dtype == types.float32:
        def impl_f32(r):
            # blocks of 32 in vector registers (simd.max32, unit stride only), the rest one by one
            n = r.size
            nb = n // 32 if r.strides[0] == 4 else 0
            m = max32(r.ctypes.data, nb) if nb > 0 else r[0]
            for b in range(nb * 32, n):
                m = np.fmax(m, r[U(b)])
            return m
        return impl_f32

    def impl(r):
        m = r[0]
        for b in range(1, r.size):
            m = np.fmax(m, r[U(b)])
        return m
    return impl


@njit(**_reduce_opts)
def row_sum(r):
    """sum of a 1-D row, accumulated in float64."""
    s = 0.0
    for b in range(U(r.size)):
        s += r[b]
    return s


@njit(**_reduce_opts)
def _row_sqdev(r, m):
    """sum of (r - m)^2 over a 1-D row, in float64."""
    s = 0.0
    for b in range(U(r.size)):
        d = r[b] - m
        s += d * d
    return s


@njit(**_opts)
def batchnorm(x, scale, bias, mean, var, y, run_mean, run_var, eps, momentum, train):
    """BatchNormalization on x, y (N, C, S).  Inference: the given mean/var.  train=1: the batch's
    own mean and (biased) variance, and run_mean/run_var (when not empty) get
    mean * momentum + batch_stat * (1 - momentum)."""
    n, c, s = x.shape
    cnt = max(n * s, 1)
    for j in range(c):
        mu = mean[j]
        v = var[j]
        if train:
            m = 0.0
            for i in range(n):
                for k in range(s):
                    m += x[i, j, k]
            m /= cnt
            q = 0.0
            for i in range(n):
                for k in range(s):
                    d = x[i, j, k] - m
                    q += d * d
            q /= cnt
            if run_mean.size > 0:
                run_mean[j] = mean[j] * momentum + m * (1.0 - momentum)
            if run_var.size > 0:
                run_var[j] = var[j] * momentum + q * (1.0 - momentum)
            mu = m
            v = q
        a = scale[j] / math.sqrt(v + eps)
        b = bias[j] - mu * a
        for i in range(n):
            for k in range(s):
                y[i, j, k] = x[i, j, k] * a + b


# Inner positions softmax() normalizes at once (its workspaces: the max and the sum of each).
_SOFTMAX_BLOCK = 512


@njit(**_opts)
def _exp_acc(r, m, s, c0, w):
    """s[j] += exp(r[c0 + j] - m[j]) for j < w.  (One exp loop a function: exp_any inlined
    twice into one function trips Numba's IR checks.)"""
    for j in range(w):
        s[U(j)] += _exp(r[U(c0 + j)] - m[U(j)])


@njit(**_opts)
def _exp_store_acc(r, yr, m, s, c0, w):
    """e = exp(r[c0 + j] - m[j]) for j < w: yr[c0 + j] = e and s[j] += e."""
    for j in range(w):
        e = _exp(r[U(c0 + j)] - m[U(j)])
        yr[U(c0 + j)] = e
        s[U(j)] += e


@njit(**_opts)
def softmax(x, y, log):
    """Softmax (log=0) or LogSoftmax (log=1) over axis 1 of (outer, axis, inner), over blocks of
    inner positions at once: each pass (the max, exp and its sum, the scale) runs along unit-
    stride rows of the block, so it vectorizes.  Position by position, each axis entry a
    strided load and exp computed twice, nudenet's DFL Softmax (16 entries, 4 x 2100 positions)
    took 2.0 ms in the model.  y may be x: each pass reads an element before writing it, and
    the log pass reads only x."""
    n0, n1, n2 = x.shape
    if n1 == 0 or n2 == 0:
        return
    CB = min(n2, _SOFTMAX_BLOCK)
    m = np.empty(CB, x.dtype)
    s = np.empty(CB, np.float64)
    for a in range(n0):
        for c0 in range(0, n2, CB):
            w = min(CB, n2 - c0)
            r = x[a, 0]
            for j in range(w):
                m[U(j)] = r[U(c0 + j)]
            for b in range(1, n1):      # fmax: NaNs are skipped (they reach the result through exp)
                r = x[a, b]
                for j in range(w):
                    m[U(j)] = np.fmax(m[U(j)], r[U(c0 + j)])
            for j in range(w):
                s[U(j)] = 0.0
            for b in range(n1):
                if log:
                    _exp_acc(x[a, b], m, s, c0, w)
                else:
                    _exp_store_acc(x[a, b], y[a, b], m, s, c0, w)
            if log:
                for j in range(w):
                    s[U(j)] = m[U(j)] + math.log(s[U(j)])
                for b in range(n1):
                    r = x[a, b]
                    yr = y[a, b]
                    for j in range(w):
                        yr[U(c0 + j)] = r[U(c0 + j)] - s[U(j)]
            else:
                for j in range(w):
                    s[U(j)] = 1.0 / s[U(j)]
                for b in range(n1):
                    yr = y[a, b]
                    for j in range(w):
                        yr[U(c0 + j)] = yr[U(c0 + j)] * s[U(j)]


@njit(**_reduce_opts)
def _exp_sum32(xr, yr, m, nv):
    """yr[b] = exp(xr[b] - m) for b < nv, and their float32 sum: one pass, the sum in vector
    lanes (the function is reassociated; expneg32's reduction is fma32s, which it cannot
    reorder)."""
    s = np.float32(0)
    for b in range(U(nv)):
        e = expneg32(xr[b] - m)
        yr[b] = e
        s += e
    return s


@njit(**_reduce_opts)
def _sum_exp32(xr, m, nv):
    """The float32 sum of exp(xr[b] - m) for b < nv (LogSoftmax's: nothing stored), as
    _exp_sum32."""
    s = np.float32(0)
    for b in range(U(nv)):
        s += expneg32(xr[b] - m)
    return s


def _softmax_row(xr, yr, log):
    """One row of softmax_rows (float32 C-contiguous: _softmax_row32; else _softmax_row_any):
    the one a dtype and layout compile.  Only callable from compiled code."""
    raise NotImplementedError


@overload(_softmax_row)
def _softmax_row_ov(xr, yr, log):
    if xr.dtype == types.float32 and yr.dtype == types.float32 and xr.layout == "C" and yr.layout == "C":
        return lambda xr, yr, log: _softmax_row32(xr, yr, log)
    return lambda xr, yr, log: _softmax_row_any(xr, yr, log)


@njit(**_opts)
def _softmax_row32(xr, yr, log):
    """One float32 row, unit stride.  The max by max32 blocks, the last one overlapping the
    one before when the length is not a multiple of 32; exp (expneg32) and its sum in one pass
    over the multiple of 16 that vector lanes take, summed in float32 lanes (LogSoftmax stores
    nothing in it); then, for Softmax, the last 16 as one vector overlapping the pass (the same
    values written again) and only the uncounted ones summed: no exp one element at a time (a
    row of 197 spent a third of its exp time on the 5 left over).  788 rows of 197, one
    thread: 132 -> 95 us.  yr may be xr: every element is read before it is written (in
    place, the left-over ones go one at a time)."""
    n = xr.size
    a = xr.ctypes.data
    if n >= 32:
        m = max32(a, n // 32)
        if n % 32:
            m = np.fmax(m, max32(a + (n - 32) * 4, 1))
    else:
        m = xr[0]
        for b in range(1, n):
            m = np.fmax(m, xr[U(b)])
    nv = n // 16 * 16 if n >= 16 else 0
    if log:
        s = _sum_exp32(xr, m, nv)
        for b in range(nv, n):
            s += expneg32(xr[U(b)] - m)
        sub = m + np.float32(math.log(s))
        for b in range(U(n)):
            yr[b] = xr[b] - sub
        return
    s = _exp_sum32(xr, yr, m, nv)
    if nv < n:
        if n >= 16 and a != yr.ctypes.data:
            for j in range(U(16)):
                b = U(n - 16) + j
                yr[b] = expneg32(xr[b] - m)
            for b in range(nv, n):
                s += yr[U(b)]
        else:
            for b in range(nv, n):
                e = expneg32(xr[U(b)] - m)
                yr[U(b)] = e
                s += e
    inv = np.float32(1.0 / s)
    for b in range(U(n)):
        yr[b] *= inv


@njit(**_opts)
def _softmax_row_any(xr, yr, log):
    """One row, any float dtype and stride: the max, exp(x - max) into y (exp32 for float32),
    their float64 sum, then a scale by 1 / sum (or, for LogSoftmax, x - max - log(sum))."""
    n = xr.size
    m = row_max(xr)
    for b in range(U(n)):
        yr[b] = _exp(xr[b] - m)
    s = row_sum(yr)
    if log:
        sub = m + math.log(s)
        for b in range(U(n)):
            yr[b] = xr[b] - sub
    else:
        inv = yr.dtype.type(1.0 / s)
        for b in range(U(n)):
            yr[b] *= inv


@by_symbol
@njit(**_opts)
def _softmax_block(x, y, log, r0, r1):
    """softmax_rows on rows [r0, r1)."""
    for a in range(r0, r1):
        _softmax_row(x[a], y[a], log)


@njit(**_opts, parallel=True)
def softmax_rows(x, y, log):
    """Softmax over the last axis of a 2-D (rows, n) array: the common, contiguous case.
    Per row (_softmax_row): the max, exp(x - max) written to y, their sum, then a scale by
    1 / sum (or, for LogSoftmax, x - max - log(sum)).  Blocks of rows on Numba's threads when
    there is enough work."""
    rows, n = x.shape
    if n == 0:
        return
    nb = loop_blocks(rows * n, rows)
    if nb > 1:
        for t in prange(nb):
            _softmax_block(x, y, log, np.int64(t * rows // nb), np.int64((t + 1) * rows // nb))
    else:
        _softmax_block(x, y, log, _0, rows)


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
def groupnorm(x, scale, bias, y, eps, per_group):
    """x, y (N, G, Cg, S): normalize each (n, g) block over (Cg, S); then y = x_hat * scale + bias
    with scale/bias per channel (index g * Cg + c), or per group when per_group (GroupNormalization-18).
    InstanceNormalization is G = C, Cg = 1."""
    n, g, cg, s = x.shape
    cnt = cg * s
    for i in range(n):
        for j in range(g):
            m = 0.0
            for c in range(cg):
                for k in range(s):
                    m += x[i, j, c, k]
            m /= max(cnt, 1)
            v = 0.0
            for c in range(cg):
                for k in range(s):
                    d = x[i, j, c, k] - m
                    v += d * d
            v /= max(cnt, 1)
            inv = 1.0 / math.sqrt(v + eps)
            for c in range(cg):
                ch = j if per_group else j * cg + c
                a = scale[ch] * inv
                b = bias[ch]
                for k in range(s):
                    y[i, j, c, k] = (x[i, j, c, k] - m) * a + b


@by_symbol
@njit(**_opts)
def _layernorm_block(x, scale, bias, y, mean_out, invstd_out, eps, has_bias, has_stats, rms, r0, r1):
    """layernorm on rows [r0, r1)."""
    n = x.shape[1]
    srows = scale.shape[0]
    brows = bias.shape[0]
    for a in range(r0, r1):
        xr = x[a]
        yr = y[a]
        m = 0.0
        if not rms:
            m = row_sum(xr) / n
        v = _row_sqdev(xr, m) / n
        inv = 1.0 / math.sqrt(v + eps)
        sr = scale[a if srows > 1 else 0]
        mt = x.dtype.type(m)
        it = x.dtype.type(inv)
        if has_bias:
            br = bias[a if brows > 1 else 0]
            for b in range(U(n)):
                yr[b] = (xr[b] - mt) * it * sr[b] + br[b]
        else:
            for b in range(U(n)):
                yr[b] = (xr[b] - mt) * it * sr[b]
        if has_stats:
            mean_out[a] = m
            if invstd_out.size > 0:
                invstd_out[a] = inv


@njit(**_opts, parallel=True)
def layernorm(x, scale, bias, y, mean_out, invstd_out, eps, has_bias, has_stats, rms):
    """LayerNormalization (rms=0) or RMSNormalization (rms=1) over the rows of x, y (rows, n);
    scale/bias broadcast over rows as (srows, n) with srows in {1, rows}.
    Per row: the mean and the variance about it (two float64 passes over the contiguous row,
    vectorized by `row_sum`/`_row_sqdev`), then y = (x - mean) * (invstd * scale) + bias
    computed in the input's dtype so that the loop vectorizes.  Blocks of rows on Numba's
    threads when there is enough work."""
    rows, n = x.shape
    nb = loop_blocks(rows * n, rows)
    if nb > 1:
        for t in prange(nb):
            _layernorm_block(x, scale, bias, y, mean_out, invstd_out, eps, has_bias, has_stats, rms,
                             np.int64(t * rows // nb), np.int64((t + 1) * rows // nb))
    else:
        _layernorm_block(x, scale, bias, y, mean_out, invstd_out, eps, has_bias, has_stats, rms, _0, rows)


@njit(**_opts)
def lpnorm(x, y, p):
    """LpNormalization (p = 1 or 2) over axis 1 of (outer, axis, inner); a zero norm gives 0."""
    n0, n1, n2 = x.shape
    for a in range(n0):
        for c in range(n2):
            s = 0.0
            for b in range(n1):
                if p == 1:
                    s += abs(x[a, b, c])
                else:
                    s += x[a, b, c] * x[a, b, c]
            nrm = s if p == 1 else math.sqrt(s)
            for b in range(n1):
                y[a, b, c] = 0.0 if nrm == 0.0 else x[a, b, c] / nrm


@njit(**_opts)
def mvn(x, y, p):
    """MeanVarianceNormalization over the axes flagged in p: p = [rank, dims..., flags...] (rank <= 8):
    y = (x - mean) / (std + 1e-9), mean and std over the flagged axes for each index of the others."""
    r = p[0]
    dims = p[1:1 + r]
    red = p[1 + r:1 + 2 * r]
    groups = 1
    cnt = 1
    for k in range(r):
        if red[k]:
            cnt *= dims[k]
        else:
            groups *= dims[k]
    gid = np.empty(x.size, np.int64)
    idx = np.zeros(max(r, 1), np.int64)
    for i in range(x.size):
        g = 0
        for k in range(r):
            if not red[k]:
                g = g * dims[k] + idx[k]
        gid[i] = g
        k = r - 1
        while k >= 0:
            idx[k] += 1
            if idx[k] < dims[k]:
                break
            idx[k] = 0
            k -= 1
    s1 = np.zeros(groups)
    s2 = np.zeros(groups)
    for i in range(x.size):
        s1[gid[i]] += x[i]
    for g in range(groups):
        s1[g] /= max(cnt, 1)
    for i in range(x.size):
        d = x[i] - s1[gid[i]]
        s2[gid[i]] += d * d
    for g in range(groups):
        s2[g] = math.sqrt(s2[g] / max(cnt, 1)) + 1e-9
    for i in range(x.size):
        y[i] = (x[i] - s1[gid[i]]) / s2[gid[i]]


@njit(**_opts)
def nll_loss(x, target, weight, loss, logp, p):
    """NegativeLogLikelihoodLoss (x holds log-probabilities) or SoftmaxCrossEntropyLoss (x holds
    scores: log-softmax over C first, written to logp when it is not empty).
    x, logp (N, C, D); target (N, D); weight (C,) or empty; loss (N, D) for reduction none, else (1,).
    p = [reduction (0 none, 1 sum, 2 mean), has_ignore_index, ignore_index, softmax]."""
    n, c, d = x.shape
    reduction, has_ii, ii, sce = p[0], p[1], p[2], p[3]
    has_w = weight.size > 0
    has_logp = logp.size > 0
    total = 0.0
    wsum = 0.0
    for i in range(n):
        for k in range(d):
            m = 0.0
            lse = 0.0
            if sce:
                m = -np.inf
                for j in range(c):
                    if x[i, j, k] > m:
                        m = x[i, j, k]
                for j in range(c):
                    lse += math.exp(x[i, j, k] - m)
                lse = math.log(lse)
                if has_logp:
                    for j in range(c):
                        logp[i, j, k] = x[i, j, k] - m - lse
            t = target[i, k]
            val = 0.0
            if has_ii and t == ii:
                w = 0.0
            else:
                if t < 0 or t >= c:
                    raise IndexError("target index out of range [0, C)")
                w = weight[t] if has_w else 1.0
                val = -(x[i, t, k] - m - lse) * w
            if reduction == 0:
                loss[i * d + k] = val
            total += val
            wsum += w
    if reduction == 1:
        loss[0] = total
    elif reduction == 2:
        loss[0] = total / wsum
