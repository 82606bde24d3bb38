"""Reduction kernels: Reduce*, ArgMax/ArgMin, CumSum/CumProd.

The `reduce_*` kernels serve every rank and axis set with one compiled function per
dtype: the caller collapses the input's dims into alternating runs of kept and reduced axes
(size-1 dims dropped, neighbours of the same kind merged) and passes, in the int64
params p, `[k, n_out, n_reduced, d_0..d_{R-1}, s_0..s_{R-1}]`: the k collapsed dims and
each one's stride in the (contiguous) output, 0 for a reduced run.  x is read once,
in memory order; the innermost run is either reduced into one accumulator (rows) or
kept (accumulated element-wise into a row of the output).  One entry point per kind of
fold (sum, |x| sum, x*x sum, prod, max, min, logsumexp), each compiled only when a model
uses it, all with the signature (x, y, p, post, init); `post` finishes the accumulator
(mean, sqrt, log).

Accumulators: float64 for float inputs (float32 sums are accurate), the input's own
type for integers (wrapping like onnxruntime), uint8 for bool (viewed as uint8).
"""
import math

import numpy as np
from numba import njit

_opts = dict(cache=True, nogil=True, error_model="numpy")

# post-processing codes (compiler/ops/reduce.py uses the same numbers)
POST_NONE, POST_MEAN, POST_SQRT, POST_LOG = range(4)


@njit(**_opts)
def _rows(p):
    """(k, R, last, lastkept, nrows): the collapsed geometry; rows = runs of the innermost dim."""
    R = (p.size - 3) // 2
    k = p[0]
    nrows = 1
    for t in range(k - 1):
        nrows *= p[3 + t]
    return k, R, p[3 + k - 1], p[3 + R + k - 1] != 0, nrows


@njit(**_opts)
def _advance(idx, p, k, R, ob):
    """Step the odometer over the leading k - 1 runs; returns the next row's output base."""
    t = k - 2
    while t >= 0:
        idx[t] += 1
        ob += p[3 + R + t]
        if idx[t] < p[3 + t]:
            break
        ob -= p[3 + R + t] * p[3 + t]
        idx[t] = 0
        t -= 1
    return ob


@njit(**_opts)
def _finish(acc, y, nred, post):
    if post == POST_MEAN:
        for i in range(y.size):
            y[i] = acc[i] / nred
    elif post == POST_SQRT:
        for i in range(y.size):
            y[i] = math.sqrt(acc[i])
    elif post == POST_LOG:
        for i in range(y.size):
            y[i] = np.log(acc[i])
    else:
        for i in range(y.size):
            y[i] = acc[i]


@njit(**_opts)
def reduce_sum(x, y, p, post, init):
    """ReduceSum / Mean / LogSum: sum of x, then post (none, mean, log)."""
    k, R, last, lastkept, nrows = _rows(p)
    acc = np.full(p[1], init)
    idx = np.zeros(k, np.int64)
    xb = 0
    ob = 0
    for _r in range(nrows):
        xr = x[xb:xb + last]            # row slices let LLVM vectorize the kept case
        if lastkept:
            a = acc[ob:ob + last]
            for j in range(last):
                a[j] += xr[j]
        else:
            s0 = acc[ob]
            s1 = s2 = s3 = init         # 4 chains: latency, and pairwise-ish accuracy
            j = 0
            while j + 4 <= last:
                s0 += xr[j]
                s1 += xr[j + 1]
                s2 += xr[j + 2]
                s3 += xr[j + 3]
                j += 4
            while j < last:
                s0 += xr[j]
                j += 1
            acc[ob] = (s0 + s1) + (s2 + s3)
        xb += last
        ob = _advance(idx, p, k, R, ob)
    _finish(acc, y, p[2], post)


@njit(**_opts)
def reduce_l1(x, y, p, post, init):
    """ReduceL1: sum of |x|."""
    k, R, last, lastkept, nrows = _rows(p)
    acc = np.full(p[1], init)
    idx = np.zeros(k, np.int64)
    xb = 0
    ob = 0
    for _r in range(nrows):
        xr = x[xb:xb + last]
        if lastkept:
            a = acc[ob:ob + last]
            for j in range(last):
                a[j] += abs(xr[j])
        else:
            s0 = acc[ob]
            s1 = s2 = s3 = init
            j = 0
            while j + 4 <= last:
                s0 += abs(xr[j])
                s1 += abs(xr[j + 1])
                s2 += abs(xr[j + 2])
                s3 += abs(xr[j + 3])
                j += 4
            while j < last:
                s0 += abs(xr[j])
                j += 1
            acc[ob] = (s0 + s1) + (s2 + s3)
        xb += last
        ob = _advance(idx, p, k, R, ob)
    _finish(acc, y, p[2], post)


@njit(**_opts)
def reduce_sumsq(x, y, p, post, init):
    """ReduceSumSquare / L2: sum of x * x, then post (none, sqrt)."""
    k, R, last, lastkept, nrows = _rows(p)
    acc = np.full(p[1], init)
    idx = np.zeros(k, np.int64)
    xb = 0
    ob = 0
    for _r in range(nrows):
        xr = x[xb:xb + last]
        if lastkept:
            a = acc[ob:ob + last]
            for j in range(last):
                v = xr[j]
                a[j] += v * v
        else:
            s0 = acc[ob]
            s1 = s2 = s3 = init
            j = 0
            while j + 4 <= last:
                v0 = xr[j]
                v1 = xr[j + 1]
                v2 = xr[j + 2]
                v3 = xr[j + 3]
                s0 += v0 * v0
                s1 += v1 * v1
                s2 += v2 * v2
                s3 += v3 * v3
                j += 4
            while j < last:
                v0 = xr[j]
                s0 += v0 * v0
                j += 1
            acc[ob] = (s0 + s1) + (s2 + s3)
        xb += last
        ob = _advance(idx, p, k, R, ob)
    _finish(acc, y, p[2], post)


@njit(**_opts)
def reduce_prod(x, y, p, post, init):
    k, R, last, lastkept, nrows = _rows(p)
    acc = np.full(p[1], init)
    idx = np.zeros(k, np.int64)
    xb = 0
    ob = 0
    for _r in range(nrows):
        xr = x[xb:xb + last]
        if lastkept:
            a = acc[ob:ob + last]
            for j in range(last):
                a[j] *= xr[j]
        else:
            s = acc[ob]
            for j in range(last):
                s *= xr[j]
            acc[ob] = s
        xb += last
        ob = _advance(idx, p, k, R, ob)
    _finish(acc, y, p[2], post)


@njit(**_opts)
def reduce_max(x, y, p, post, init):
    """ReduceMax (ReduceMin: reduce_min); NaN propagates, as in numpy."""
    k, R, last, lastkept, nrows = _rows(p)
    acc = np.full(p[1], init)
    idx = np.zeros(k, np.int64)
    xb = 0
    ob = 0
    for _r in range(nrows):
        xr = x[xb:xb + last]
        if lastkept:
            a = acc[ob:ob + last]
            for j in range(last):
                v = xr[j]
                a[j] = v if (v > a[j] or v != v) else a[j]
        else:
            s0 = acc[ob]
            s1 = s2 = s3 = init
            nan = s0 != s0
            j = 0
            while j + 4 <= last:
                v0 = xr[j]
                v1 = xr[j + 1]
                v2 = xr[j + 2]
                v3 = xr[j + 3]
                s0 = v0 if v0 > s0 else s0
                s1 = v1 if v1 > s1 else s1
                s2 = v2 if v2 > s2 else s2
                s3 = v3 if v3 > s3 else s3
                nan |= (v0 != v0) | (v1 != v1) | (v2 != v2) | (v3 != v3)
                j += 4
            while j < last:
                v0 = xr[j]
                s0 = v0 if v0 > s0 else s0
                nan |= v0 != v0
                j += 1
            s0 = s1 if s1 > s0 else s0
            s2 = s3 if s3 > s2 else s2
            if nan:
                acc[ob] = np.nan            # (only floats have NaNs)
            else:
                acc[ob] = s2 if s2 > s0 else s0
        xb += last
        ob = _advance(idx, p, k, R, ob)
    _finish(acc, y, p[2], post)


@njit(**_opts)
def reduce_min(x, y, p, post, init):
    k, R, last, lastkept, nrows = _rows(p)
    acc = np.full(p[1], init)
    idx = np.zeros(k, np.int64)
    xb = 0
    ob = 0
    for _r in range(nrows):
        xr = x[xb:xb + last]
        if lastkept:
            a = acc[ob:ob + last]
            for j in range(last):
                v = xr[j]
                a[j] = v if (v < a[j] or v != v) else a[j]
        else:
            s0 = acc[ob]
            s1 = s2 = s3 = init
            nan = s0 != s0
            j = 0
            while j + 4 <= last:
                v0 = xr[j]
                v1 = xr[j + 1]
                v2 = xr[j + 2]
                v3 = xr[j + 3]
                s0 = v0 if v0 < s0 else s0
                s1 = v1 if v1 < s1 else s1
                s2 = v2 if v2 < s2 else s2
                s3 = v3 if v3 < s3 else s3
                nan |= (v0 != v0) | (v1 != v1) | (v2 != v2) | (v3 != v3)
                j += 4
            while j < last:
                v0 = xr[j]
                s0 = v0 if v0 < s0 else s0
                nan |= v0 != v0
                j += 1
            s0 = s1 if s1 < s0 else s0
            s2 = s3 if s3 < s2 else s2
            if nan:
                acc[ob] = np.nan            # (only floats have NaNs)
            else:
                acc[ob] = s2 if s2 < s0 else s0
        xb += last
        ob = _advance(idx, p, k, R, ob)
    _finish(acc, y, p[2], post)


@njit(**_opts)
def reduce_logsumexp(x, y, p, post, init):
    """log(sum(exp(x - m))) + m, m the largest finite element (0 when there is none)."""
    k, R, last, lastkept, nrows = _rows(p)
    nout = p[1]
    m = np.full(nout, -np.inf)
    idx = np.zeros(k, np.int64)
    xb = 0
    ob = 0
    for _r in range(nrows):
        xr = x[xb:xb + last]
        if lastkept:
            mr = m[ob:ob + last]
            for j in range(last):
                v = xr[j]
                if v > mr[j] and v < np.inf:
                    mr[j] = v
        else:
            s = m[ob]
            for j in range(last):
                v = xr[j]
                if v > s and v < np.inf:
                    s = v
            m[ob] = s
        xb += last
        ob = _advance(idx, p, k, R, ob)
    for i in range(nout):
        if m[i] == -np.inf:
            m[i] = 0.0
    acc = np.zeros(nout, np.float64)
    xb = 0
    ob = 0
    for _r in range(nrows):
        xr = x[xb:xb + last]
        if lastkept:
            a = acc[ob:ob + last]
            mr = m[ob:ob + last]
            for j in range(last):
                a[j] += math.exp(xr[j] - mr[j])
        else:
            e = 0.0
            mo = m[ob]
            for j in range(last):
                e += math.exp(xr[j] - mo)
            acc[ob] += e
        xb += last
        ob = _advance(idx, p, k, R, ob)
    for i in range(nout):
        y[i] = np.log(acc[i]) + m[i]


@njit(**_opts)
def arg_reduce(x, y, p, is_min, last):
    """ArgMax/ArgMin over axis 1 of x viewed as p = (outer, n, inner); y (outer, inner) int64.
    NaN counts as the extreme (as numpy); `last` picks the last of equal extremes."""
    n0, n1, n2 = p[0], p[1], p[2]
    if n1 == 0:
        for i in range(y.size):
            y[i] = 0
        return
    best = np.empty(n2, x.dtype)
    for a in range(n0):
        base = a * n1 * n2
        ob = a * n2
        for c in range(n2):
            best[c] = x[base + c]
            y[ob + c] = 0
        for b in range(1, n1):
            xb = base + b * n2
            for c in range(n2):
                v = x[xb + c]
                cur = best[c]
                if is_min:
                    if last:
                        better = v <= cur or v != v
                    else:
                        better = v < cur or (v != v and cur == cur)
                else:
                    if last:
                        better = v >= cur or v != v
                    else:
                        better = v > cur or (v != v and cur == cur)
                if better:
                    best[c] = v
                    y[ob + c] = b


@njit(**_opts)
def cumulate(x, y, p, prod, exclusive, reverse, init):
    """CumSum (prod=0) / CumProd (prod=1) along axis 1 of x, y viewed as p = (outer, n, inner)."""
    n0, n1, n2 = p[0], p[1], p[2]
    acc = np.full(n2, init)
    for a in range(n0):
        for c in range(n2):
            acc[c] = init
        for t in range(n1):
            b = n1 - 1 - t if reverse else t
            off = (a * n1 + b) * n2
            if exclusive:
                for c in range(n2):
                    y[off + c] = acc[c]
            if prod:
                for c in range(n2):
                    acc[c] *= x[off + c]
            else:
                for c in range(n2):
                    acc[c] += x[off + c]
            if not exclusive:
                for c in range(n2):
                    y[off + c] = acc[c]
