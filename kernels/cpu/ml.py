"""Kernels of the ai.onnx.ml ops and TfIdfVectorizer: n-gram counting, tree ensembles,
SVMs, linear models and the small per-feature transforms.  Model constants (trees,
support vectors, coefficients) arrive as arrays prepared once per node
(compiler/ops/ml.py); every size is read off the arrays, so one compilation serves
every model and batch size."""
import numpy as np
from numba import njit

from .blas import gemm

_opts = dict(cache=True, nogil=True, error_model="numpy")


# ---------------------------------------------------------------- TfIdfVectorizer

@njit(**_opts)
def _child(keys, first, count, node, key):
    """The child of trie `node` labelled `key` (binary search), or -1."""
    lo = first[node]
    hi = lo + count[node] - 1
    while lo <= hi:
        mid = (lo + hi) >> 1
        k = keys[mid]
        if k == key:
            return mid
        if k < key:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


@njit(**_opts)
def tfidf_count(x, keys, first, count, gram_id, ngram_indexes, min_n, max_n, max_skip, freq):
    """x: (rows, C) token ids; trie node 0 is the root; gram_id[node] is 1 + the n-gram's
    index in the pool (0: no n-gram ends here).  freq: (rows, out) counts, zeroed here."""
    rows, C = x.shape
    for r in range(rows):
        for j in range(freq.shape[1]):
            freq[r, j] = 0
    if count[0] == 0:
        return
    for r in range(rows):
        start_n = min_n
        for skip in range(1, max_skip + 2):
            s = 0
            while s < C:
                if s + skip * (start_n - 1) >= C:
                    break
                node = 0
                item = s
                n = 1
                while count[node] > 0 and n <= max_n and item < C:
                    c = _child(keys, first, count, node, x[r, item])
                    if c < 0:
                        break
                    g = gram_id[c]
                    if n >= start_n and g != 0:
                        freq[r, ngram_indexes[g - 1]] += 1
                    node = c
                    n += 1
                    item += skip
                s += 1
            if start_n == 1:
                start_n += 1
                if start_n > max_n:
                    break


@njit(**_opts)
def tfidf_weight(freq, weights, mode, y):
    """mode 0 TF, 1 IDF, 2 TFIDF; weights may be empty (then 1)."""
    rows, n = freq.shape
    has_w = weights.size > 0
    for r in range(rows):
        for j in range(n):
            f = freq[r, j]
            w = np.float32(weights[j]) if has_w else np.float32(1.0)
            if mode == 0:
                y[r, j] = np.float32(f)
            elif mode == 1:
                y[r, j] = w if f > 0 else np.float32(0.0)
            else:
                y[r, j] = w * np.float32(f)


# ---------------------------------------------------------------- post transforms

NONE, LOGISTIC, SOFTMAX, SOFTMAX_ZERO, PROBIT = 0, 1, 2, 3, 4


@njit(**_opts)
def logistic(v):
    e = 1.0 / (1.0 + np.exp(-abs(v)))
    return 1.0 - e if v < 0 else e


@njit(**_opts)
def _erf_inv(x):
    sgn = -1.0 if x < 0 else 1.0
    x = (1.0 - x) * (1.0 + x)
    if x == 0:
        return 0.0
    lg = np.log(x)
    v = 2.0 / (np.pi * 0.147) + 0.5 * lg
    v2 = 1.0 / 0.147 * lg
    v3 = -v + np.sqrt(v * v - v2)
    return sgn * np.sqrt(v3)


@njit(**_opts)
def probit(v):
    return 1.41421356 * _erf_inv(v * 2.0 - 1.0)


@njit(**_opts)
def post_transform(s, kind, y):
    """y (N x K, float32 or float64) = transform of the scores s (float64, N x K), row by row."""
    N, K = s.shape
    for i in range(N):
        if kind == SOFTMAX or kind == SOFTMAX_ZERO:
            m = -np.inf
            for k in range(K):
                if s[i, k] > m:
                    m = s[i, k]
            tot = 0.0
            e = np.exp(-m)
            for k in range(K):
                v = s[i, k]
                if kind == SOFTMAX or v > 1e-7 or v < -1e-7:
                    v = np.exp(v - m)
                else:
                    v = v * e
                s[i, k] = v
                tot += v
            for k in range(K):
                y[i, k] = 0.5 if kind == SOFTMAX_ZERO and tot == 0 else s[i, k] / tot
        else:
            for k in range(K):
                v = s[i, k]
                if kind == LOGISTIC:
                    v = logistic(v)
                elif kind == PROBIT:
                    v = probit(v)
                y[i, k] = v


# ---------------------------------------------------------------- tree ensembles

LEQ, LT, GTE, GT, EQ, NEQ, LEAF, MEMBER = 0, 1, 2, 3, 4, 5, 6, 7


@njit(**_opts)
def _leaf(x, i, root, node, thr, set_start, set_count, sets):
    """The leaf row i of x reaches from `root`.  node[k] = (feature, true child, false child,
    mode | missing_tracks_true << 4): one cache line serves a step."""
    n = root
    while True:
        flags = node[n, 3]
        m = flags & 15
        if m == LEAF:
            return n
        v = np.float64(x[i, node[n, 0]])
        th = thr[n]
        if m == LEQ:
            go = v <= th
        elif m == LT:
            go = v < th
        elif m == GTE:
            go = v >= th
        elif m == GT:
            go = v > th
        elif m == EQ:
            go = v == th
        elif m == NEQ:
            go = v != th
        else:   # MEMBER
            go = False
            for k in range(set_start[n], set_start[n] + set_count[n]):
                if sets[k] == v:
                    go = True
                    break
        if v != v:
            go = (flags >> 4) != 0
        n = node[n, 1] if go else node[n, 2]


@njit(**_opts)
def tree_scores(x, roots, node, thr, set_start, set_count, sets,
                leaf_start, leaf_count, leaf_target, leaf_weight, agg, base, s, has):
    """s (N x targets, float64) = aggregate over trees (0 SUM, 1 AVERAGE, 2 MIN, 3 MAX) of the
    leaf weights, plus base (empty: none).  has[i, k]: some leaf gave target k a weight.
    Rows go in blocks, tree by tree within a block, so a tree stays in cache for the block."""
    N = x.shape[0]
    K = s.shape[1]
    T = roots.shape[0]
    for i in range(N):
        for k in range(K):
            s[i, k] = 0.0
            has[i, k] = 0
    B = 128
    for b0 in range(0, N, B):
        b1 = min(N, b0 + B)
        for t in range(T):
            root = roots[t]
            for i in range(b0, b1):
                n = _leaf(x, i, root, node, thr, set_start, set_count, sets)
                _add_leaf(s, has, i, n, leaf_start, leaf_count, leaf_target, leaf_weight, agg)
    _finish_scores(s, agg, T, base)


@njit(**_opts)
def _add_leaf(s, has, i, n, leaf_start, leaf_count, leaf_target, leaf_weight, agg):
    """Fold leaf n's weights into row i's scores: agg 2 = min, 3 = max, else sum."""
    for j in range(leaf_start[n], leaf_start[n] + leaf_count[n]):
        k = leaf_target[j]
        w = leaf_weight[j]
        if agg == 2:
            s[i, k] = w if has[i, k] == 0 or w < s[i, k] else s[i, k]
        elif agg == 3:
            s[i, k] = w if has[i, k] == 0 or w > s[i, k] else s[i, k]
        else:
            s[i, k] += w
        has[i, k] = 1


@njit(**_opts)
def _finish_scores(s, agg, T, base):
    """agg 1 (average) divides by the tree count; base values are added last."""
    N, K = s.shape
    for i in range(N):
        for k in range(K):
            if agg == 1 and T > 0:
                s[i, k] /= T
            if base.shape[0] > 0:
                s[i, k] += base[k]


@njit(**_opts)
def tree_scores_leq(x, roots, node, thr, lt, leaf_start, leaf_count, leaf_target, leaf_weight, agg, base, s, has):
    """tree_scores for ensembles whose every branch is `x <= t` (lt=0) or `x < t` (lt=1) and
    NaN goes false (scikit-learn's, most converters'): node[k] = (feature, true, false) where
    a child ~j (negative) is leaf node j; roots likewise.  thr is in x's type."""
    N = x.shape[0]
    K = s.shape[1]
    T = roots.shape[0]
    for i in range(N):
        for k in range(K):
            s[i, k] = 0.0
            has[i, k] = 0
    B = 128
    for b0 in range(0, N, B):
        b1 = min(N, b0 + B)
        for t in range(T):
            root = roots[t]
            for i in range(b0, b1):
                n = root
                if lt:
                    while n >= 0:
                        n = node[n, 1] if x[i, node[n, 0]] < thr[n] else node[n, 2]
                else:
                    while n >= 0:
                        n = node[n, 1] if x[i, node[n, 0]] <= thr[n] else node[n, 2]
                n = ~n
                _add_leaf(s, has, i, n, leaf_start, leaf_count, leaf_target, leaf_weight, agg)
    _finish_scores(s, agg, T, base)


# ---------------------------------------------------------------- linear models, SVMs

@njit(**_opts)
def linear(x, coef, intercept, s):
    """s (N x K, float64) = x @ coef.T + intercept (coef: K x F; intercept empty: 0)."""
    N, F = x.shape
    K = coef.shape[0]
    for i in range(N):
        for k in range(K):
            acc = intercept[k] if intercept.shape[0] > 0 else 0.0
            for f in range(F):
                acc += np.float64(x[i, f]) * coef[k, f]
            s[i, k] = acc


@njit(**_opts)
def svm_kernels(x, sv, kind, gamma, coef0, degree, k):
    """k (N x S, float64) = kernel(x[i], sv[j]), 0 LINEAR, 1 POLY, 2 RBF, 3 SIGMOID.  The dot
    products go through BLAS (np.dot); RBF's distance is |x|^2 + |sv|^2 - 2 x.sv (>= 0)."""
    N, F = x.shape
    S = sv.shape[0]
    if N == 0 or S == 0:
        return
    xd = np.empty((N, F))
    for i in range(N):
        for f in range(F):
            xd[i, f] = x[i, f]
    gemm(xd, sv.T, k)
    if kind == 2:
        ss = np.zeros(S)
        for j in range(S):
            for f in range(F):
                ss[j] += sv[j, f] * sv[j, f]
        for i in range(N):
            xx = 0.0
            for f in range(F):
                xx += xd[i, f] * xd[i, f]
            for j in range(S):
                d = xx + ss[j] - 2.0 * k[i, j]
                k[i, j] = np.exp(-gamma * (d if d > 0 else 0.0))
    elif kind == 1:
        for i in range(N):
            for j in range(S):
                k[i, j] = (gamma * k[i, j] + coef0) ** degree
    elif kind == 3:
        for i in range(N):
            for j in range(S):
                k[i, j] = np.tanh(gamma * k[i, j] + coef0)


@njit(**_opts)
def svm_ovo(kv, starts, counts, coefs, rho, votes, dec):
    """libsvm one-vs-one: for classes i < j, dec[n, p] = sum over the SVs of i of
    coefs[j-1, sv] * K + sum over the SVs of j of coefs[i, sv] * K + rho[p]; a vote for i when
    dec > 0 else for j.  kv: N x S kernel values; coefs: (C-1) x S."""
    N = kv.shape[0]
    C = starts.shape[0]
    for n in range(N):
        for c in range(C):
            votes[n, c] = 0
        p = 0
        for i in range(C):
            for j in range(i + 1, C):
                acc = 0.0
                for s in range(starts[i], starts[i] + counts[i]):
                    acc += coefs[j - 1, s] * kv[n, s]
                for s in range(starts[j], starts[j] + counts[j]):
                    acc += coefs[i, s] * kv[n, s]
                acc += rho[p]
                dec[n, p] = acc
                if acc > 0:
                    votes[n, i] += 1
                else:
                    votes[n, j] += 1
                p += 1


# ---------------------------------------------------------------- per-feature transforms

@njit(**_opts)
def scaler(x, offset, scale, y):
    """y[i, f] = (x[i, f] - offset[f or 0]) * scale[f or 0]  (float32)."""
    N, F = x.shape
    no, ns = offset.shape[0], scale.shape[0]
    for i in range(N):
        for f in range(F):
            o = offset[f if no > 1 else 0] if no > 0 else 0.0
            c = scale[f if ns > 1 else 0] if ns > 0 else 1.0
            y[i, f] = np.float32((np.float32(x[i, f]) - np.float32(o)) * np.float32(c))


@njit(**_opts)
def normalizer(x, norm, y):
    """Rows of x over 0 MAX, 1 L1, 2 L2 (float32 out)."""
    N, F = x.shape
    for i in range(N):
        if norm == 0:
            d = -np.inf
            for f in range(F):
                v = np.float32(x[i, f])
                if v > d:
                    d = v
        elif norm == 1:
            d = 0.0
            for f in range(F):
                d += abs(np.float32(x[i, f]))
        else:
            d = 0.0
            for f in range(F):
                v = np.float32(x[i, f])
                d += v * v
            d = np.sqrt(d)
        for f in range(F):
            v = np.float32(x[i, f])
            y[i, f] = np.float32(v / d) if d != 0 else v


@njit(**_opts)
def binarize(x, threshold, y):
    for i in range(x.shape[0]):
        y[i] = 1 if x[i] > threshold else 0


@njit(**_opts)
def impute(x, values, replaced, y):
    """y = x with `replaced` (or NaN when replaced is NaN) -> values[f or 0] along the last axis."""
    F = x.shape[1]
    nv = values.shape[0]
    rnan = replaced != replaced
    for i in range(x.shape[0]):
        for f in range(F):
            v = x[i, f]
            if (rnan and v != v) or v == replaced:
                y[i, f] = values[f if nv > 1 else 0]
            else:
                y[i, f] = v


@njit(**_opts)
def sorted_lookup(x, keys, vals, default, nan_index, y):
    """y[i] = vals[j] where keys[j] == x[i] (keys sorted, binary search), else default; a NaN
    x takes vals[nan_index] (when >= 0)."""
    n = keys.shape[0]
    for i in range(x.shape[0]):
        v = x[i]
        r = default
        if v != v:
            if nan_index >= 0:
                r = vals[nan_index]
        else:
            lo = 0
            hi = n - 1
            while lo <= hi:
                mid = (lo + hi) >> 1
                k = keys[mid]
                if k == v:
                    r = vals[mid]
                    break
                if k < v:
                    lo = mid + 1
                else:
                    hi = mid - 1
        y[i] = r


@njit(**_opts)
def one_hot(ids, n, y):
    """y (N*K x n, float32) zeroed, 1 at ids >= 0; returns the count of ids < 0."""
    bad = 0
    for i in range(ids.shape[0]):
        for j in range(n):
            y[i, j] = 0
        k = ids[i]
        if k >= 0:
            y[i, k] = 1
        else:
            bad += 1
    return bad


@njit(**_opts)
def gather_last(x, idx, y):
    """y[i, j] = x[i, idx[j]] (x: N x F, idx checked by the caller)."""
    for i in range(x.shape[0]):
        for j in range(idx.shape[0]):
            y[i, j] = x[i, idx[j]]


@njit(**_opts)
def svm_probabilities(dec, prob_a, prob_b, C, p):
    """libsvm's pairwise coupling: dec (N x pairs) decision values -> p (N x C) estimates."""
    N = dec.shape[0]
    r = np.zeros((C, C))
    Q = np.zeros((C, C))
    Qp = np.zeros(C)
    eps = 0.005 / C
    for n in range(N):
        k = 0
        for i in range(C):
            for j in range(i + 1, C):
                v = 1.0 - logistic(dec[n, k] * prob_a[k] + prob_b[k])
                v = min(max(v, 1e-7), 1 - 1e-7)
                r[i, j] = v
                r[j, i] = 1 - v
                k += 1
        for i in range(C):
            p[n, i] = 1.0 / C
            Q[i, i] = 0.0
            for j in range(i):
                Q[i, i] += r[j, i] * r[j, i]
                Q[i, j] = Q[j, i]
            for j in range(i + 1, C):
                Q[i, i] += r[j, i] * r[j, i]
                Q[i, j] = -r[j, i] * r[i, j]
        for _ in range(100):
            pQp = 0.0
            for i in range(C):
                Qp[i] = 0.0
                for j in range(C):
                    Qp[i] += Q[i, j] * p[n, j]
                pQp += p[n, i] * Qp[i]
            err = 0.0
            for i in range(C):
                e = abs(Qp[i] - pQp)
                if e > err:
                    err = e
            if err < eps:
                break
            for t in range(C):
                diff = (-Qp[t] + pQp) / Q[t, t]
                p[n, t] += diff
                pQp = (pQp + diff * (diff * Q[t, t] + 2 * Qp[t])) / (1 + diff) / (1 + diff)
                for j in range(C):
                    Qp[j] = (Qp[j] + diff * Q[t, j]) / (1 + diff)
                    p[n, j] /= (1 + diff)
