"""The ai.onnx.ml domain: linear models, tree ensembles, SVMs, the small per-feature
transforms (Scaler, Normalizer, Binarizer, Imputer, OneHotEncoder...), label and
category mappings, and the map/sequence ops (ZipMap, DictVectorizer).

Every op here is a HOST step: their model constants (trees, support vectors, coefficients)
are node attributes, which compiled steps have no way to read (they see initializers
only).  The numeric work still runs compiled: each op turns its attributes into flat
arrays once per node (cached on the node) and calls a kernel in kernels/cpu/ml.py.
Strings are looked up on the host (kernels/host/strings.py).

A map value (DictVectorizer's input) is a Python dict; a sequence of maps (ZipMap's
output) is a list of dicts, as onnxruntime returns them.
"""
from __future__ import annotations

import numpy as np

from onnxjit.errors import InvalidArgument, InvalidGraph
from onnxjit.kernels.cpu import ml as km
from onnxjit.kernels.host import strings as hs
from .. import ir
from ..registry import HOST, OpDef, register

ML = "ai.onnx.ml"
_STR = np.dtype(object)
_F32 = np.dtype(np.float32)
_NUM_IN = (np.float32, np.float64, np.int64, np.int32)
_POST = {"NONE": km.NONE, "LOGISTIC": km.LOGISTIC, "SOFTMAX": km.SOFTMAX,
         "SOFTMAX_ZERO": km.SOFTMAX_ZERO, "PROBIT": km.PROBIT}


def _t(dtype, shape):
    return ir.TensorType(np.dtype(dtype), None if shape is None else tuple(shape))


def _reg(op, versions, infer, run, dtypes=None, check=None):
    for v in versions:
        register(OpDef(op, v, HOST, infer, domain=ML, run=run, dtypes=dtypes, check=check))


def _cached(ctx, key, build):
    d = ctx.node.__dict__.setdefault("_ml", {})
    if key not in d:
        d[key] = build(ctx)
    return d[key]


def _arr(ctx, name, dtype, default=None):
    """An attribute (or its `_as_tensor` twin) as an array."""
    v = ctx.attr(name)
    if v is None:
        v = ctx.attr(name + "_as_tensor")
    if v is None:
        return None if default is None else np.asarray(default, dtype)
    return np.asarray(v, dtype).reshape(-1)


def _rows(ctx, x):
    """x as (N, F): [F] is one row; more than 2 dims are flattened after the first."""
    if x.dtype == _STR:
        raise InvalidArgument(f"{ctx.label}: numeric input expected, got strings")
    if x.ndim == 0:
        return x.reshape(1, 1)
    if x.ndim == 1:
        return x.reshape(1, -1)
    return x.reshape(x.shape[0], -1)


def _n_rows(ctx, i=0):
    s = ctx.inputs[i].shape
    if s is None:
        return ctx.fresh_dim()
    return 1 if len(s) <= 1 else s[0]


def _post(ctx, name="post_transform"):
    p = ctx.attr(name, "NONE") or "NONE"
    if p not in _POST:
        raise InvalidGraph(f"{ctx.label}: unknown post_transform '{p}'")
    return _POST[p]


def _labels(ctx):
    """(labels array, is_string) from classlabels_strings / classlabels_int64s."""
    s = ctx.attr("classlabels_strings")
    if s is not None and len(s) > 0:
        return np.array(list(s), dtype=object), True
    i = ctx.attr("classlabels_int64s")
    if i is None or len(i) == 0:
        i = ctx.attr("classlabels_ints")       # LinearClassifier's and SVMClassifier's name
    return np.asarray([] if i is None else list(i), np.int64), False


def _label_dtype(ctx):
    return _STR if _labels(ctx)[1] else np.dtype(np.int64)


def _finish(s, post, dtype=np.float32):
    y = np.empty(s.shape, dtype)
    km.post_transform(s, post, y)
    return y


# ---------------------------------------------------------------- LinearRegressor / LinearClassifier

def _linear_consts(ctx, targets_attr):
    coef = _arr(ctx, "coefficients", np.float64, [])
    inter = _arr(ctx, "intercepts", np.float64, [])
    k = targets_attr(ctx, coef, inter)
    if k <= 0 or coef.size % k:
        raise InvalidGraph(f"{ctx.label}: {coef.size} coefficients do not split into {k} rows")
    return coef.reshape(k, -1), inter


def _linreg_targets(ctx, coef, inter):
    return int(ctx.attr("targets", 1))


def _linreg_infer(ctx):
    return [_t(_F32, (_n_rows(ctx), int(ctx.attr("targets", 1))))]


def _linear_scores(ctx, x, coef, inter):
    x = _rows(ctx, x)
    if x.shape[1] != coef.shape[1]:
        raise InvalidArgument(f"{ctx.label}: input has {x.shape[1]} features, the model {coef.shape[1]}")
    s = np.empty((x.shape[0], coef.shape[0]), np.float64)
    km.linear(np.ascontiguousarray(x), coef, inter if inter.size else inter[:0], s)
    return s


def _linreg_run(ctx, x):
    coef, inter = _cached(ctx, "lin", lambda c: _linear_consts(c, _linreg_targets))
    return [_finish(_linear_scores(ctx, x, coef, inter), _post(ctx))]


_reg("LinearRegressor", [1], _linreg_infer, _linreg_run, dtypes=_NUM_IN)


def _lincls_targets(ctx, coef, inter):
    if inter.size:
        return inter.size
    return max(len(_labels(ctx)[0]), 1)


def _lincls_ncols(ctx):
    coef, inter = _cached(ctx, "lin", lambda c: _linear_consts(c, _lincls_targets))
    k = coef.shape[0]
    return 2 if k == 1 and len(_labels(ctx)[0]) == 2 else k


def _lincls_infer(ctx):
    n = _n_rows(ctx)
    return [_t(_label_dtype(ctx), (n,)), _t(_F32, (n, _lincls_ncols(ctx)))]


def _lincls_run(ctx, x):
    coef, inter = _cached(ctx, "lin", lambda c: _linear_consts(c, _lincls_targets))
    labels, _ = _labels(ctx)
    post = _post(ctx)
    s = _linear_scores(ctx, x, coef, inter)
    if s.shape[1] == 1:
        pos = s[:, 0] > 0
        if len(labels) == 2:
            # one score for two classes (onnxruntime): the pair (1 - s, s), through the
            # logistic for LOGISTIC and as it is otherwise; PROBIT writes one value per row
            lab = labels[np.where(pos, 1, 0)]
            v = s[:, 0]
            if post == km.PROBIT:
                z = np.zeros(2 * v.size, np.float32)
                z[:v.size] = [km.probit(t) for t in v]
                return [lab, z.reshape(-1, 2)]
            if post == km.LOGISTIC:
                p = np.array([km.logistic(t) for t in v])
                return [lab, np.stack([1.0 - p, p], axis=1).astype(np.float32)]
            return [lab, np.stack([1.0 - v, v], axis=1).astype(np.float32)]
        lab = np.where(pos, labels[1] if len(labels) > 1 else 1, labels[0] if len(labels) else 0)
        return [np.asarray(lab, dtype=labels.dtype if len(labels) else np.int64), _finish(s, post)]
    idx = np.argmax(s, axis=1)
    lab = labels[idx] if len(labels) else idx.astype(np.int64)
    return [lab, _finish(s, post)]


_reg("LinearClassifier", [1], _lincls_infer, _lincls_run, dtypes=_NUM_IN)


# ---------------------------------------------------------------- tree ensembles

class _Trees:
    """Trees in flat arrays for km.tree_scores (leaves are nodes of mode LEAF)."""

    def __init__(self, ctx, nodes, leaves, n_targets, agg, base, roots=None):
        (self.feat, self.thr, self.mode, self.tnode, self.fnode, self.miss,
         self.set_start, self.set_count, self.sets) = nodes
        self.leaf_start, self.leaf_count, self.leaf_target, self.leaf_weight = leaves
        self.roots = roots
        self.n_targets = n_targets
        self.agg = agg
        self.base = base
        n = self.mode.size
        if self.leaf_target.size and (self.leaf_target.min() < 0 or self.leaf_target.max() >= n_targets):
            raise InvalidGraph(f"{ctx.label}: a leaf targets an id outside [0, {n_targets})")
        inner = self.mode != km.LEAF
        for a in (self.tnode, self.fnode):
            if inner.any() and (a[inner].min() < 0 or a[inner].max() >= n):
                raise InvalidGraph(f"{ctx.label}: a branch points outside the tree")
        # each node is reached at most once (no cycles, no shared children)
        seen = np.zeros(n, np.bool_)
        stack = list(int(r) for r in self.roots)
        while stack:
            k = stack.pop()
            if seen[k]:
                raise InvalidGraph(f"{ctx.label}: the trees are not trees (node {k} is reached twice)")
            seen[k] = True
            if self.mode[k] != km.LEAF:
                stack += [int(self.tnode[k]), int(self.fnode[k])]
        self.max_feature = int(self.feat[inner].max()) if inner.any() else -1
        if self.max_feature >= 2 ** 31 or n >= 2 ** 31:
            raise InvalidGraph(f"{ctx.label}: too many nodes or features")
        self.node = np.ascontiguousarray(np.stack([self.feat, self.tnode, self.fnode,
                                                   self.mode | (self.miss != 0) << 4], axis=1).astype(np.int32))
        # the common case (every branch `<=`, or every one `<`, NaN going false) has a tighter loop
        modes = set(self.mode[inner].tolist())
        self.fast = None
        if len(modes) <= 1 and modes <= {km.LEQ, km.LT} and not np.any(self.miss[inner]):
            enc = lambda c: np.where(self.mode[c] == km.LEAF, ~c, c)
            fast = np.ascontiguousarray(np.stack([self.feat, enc(self.tnode), enc(self.fnode)], axis=1).astype(np.int32))
            self.fast = (fast, enc(self.roots).astype(np.int64), int(modes == {km.LT}), {})

    def scores(self, ctx, x):
        x = np.ascontiguousarray(_rows(ctx, x))
        if x.shape[1] <= self.max_feature:
            raise InvalidArgument(f"{ctx.label}: input has {x.shape[1]} features, the trees read feature "
                                  f"{self.max_feature}")
        if x.dtype not in (np.float32, np.float64, np.int64, np.int32):
            x = x.astype(np.float32)
        s = np.empty((x.shape[0], self.n_targets), np.float64)
        has = np.empty(s.shape, np.uint8)

        def part(a, b):
            if self.fast is not None:
                fast, roots, lt, thr_by_type = self.fast
                thr = thr_by_type.get(x.dtype)
                if thr is None:     # thresholds in x's type (float32 compares as onnxruntime does)
                    thr = thr_by_type[x.dtype] = self.thr.astype(x.dtype if x.dtype.kind == "f" else np.float64)
                km.tree_scores_leq(x[a:b], roots, fast, thr, lt, self.leaf_start, self.leaf_count, self.leaf_target,
                                   self.leaf_weight, self.agg, self.base, s[a:b], has[a:b])
                return
            km.tree_scores(x[a:b], self.roots, self.node, self.thr, self.set_start, self.set_count, self.sets,
                           self.leaf_start, self.leaf_count, self.leaf_target, self.leaf_weight, self.agg,
                           self.base, s[a:b], has[a:b])
        _parallel_rows(x.shape[0], self.roots.size * x.shape[0], part)
        return s, has


def _parallel_rows(N, work, part):
    """part(a, b) over row ranges; with enough work, on Numba's thread count of threads (the
    kernels release the GIL)."""
    import numba
    k = min(numba.get_num_threads(), max(1, work // 200_000), N)
    if k <= 1:
        part(0, N)
        return
    global _POOL
    if _POOL is None or _POOL._max_workers < k - 1:
        from concurrent.futures import ThreadPoolExecutor
        _POOL = ThreadPoolExecutor(max(k - 1, 1), thread_name_prefix="onnxjit-ml")
    bounds = [N * j // k for j in range(k + 1)]
    futs = [_POOL.submit(part, bounds[j], bounds[j + 1]) for j in range(1, k)]
    part(bounds[0], bounds[1])
    for f in futs:
        f.result()


_POOL = None


_MODES = {"BRANCH_LEQ": km.LEQ, "BRANCH_LT": km.LT, "BRANCH_GTE": km.GTE, "BRANCH_GT": km.GT,
          "BRANCH_EQ": km.EQ, "BRANCH_NEQ": km.NEQ, "LEAF": km.LEAF}
_AGG = {"SUM": 0, "AVERAGE": 1, "MIN": 2, "MAX": 3}


def _trees_v1(ctx, prefix, n_targets):
    """TreeEnsembleRegressor/Classifier (ai.onnx.ml 1-3) attributes -> _Trees."""
    tids = [int(v) for v in ctx.required_attr("nodes_treeids")]
    nids = [int(v) for v in ctx.required_attr("nodes_nodeids")]
    n = len(tids)
    feat = np.asarray(ctx.attr("nodes_featureids") or [0] * n, np.int64)
    thr = _arr(ctx, "nodes_values", np.float64, [0.0] * n)
    modes = ctx.attr("nodes_modes") or []
    tnode_ids = [int(v) for v in ctx.attr("nodes_truenodeids") or [0] * n]
    fnode_ids = [int(v) for v in ctx.attr("nodes_falsenodeids") or [0] * n]
    miss = np.asarray(ctx.attr("nodes_missing_value_tracks_true") or [0] * n, np.int64)
    if miss.size == 0:
        miss = np.zeros(n, np.int64)
    if not (len(nids) == len(modes) == len(feat) == len(thr) == len(tnode_ids) == len(fnode_ids) == n == len(miss)):
        raise InvalidGraph(f"{ctx.label}: the nodes_* attributes have different lengths")
    index = {}
    for k, (t, i) in enumerate(zip(tids, nids)):
        if (t, i) in index:
            raise InvalidGraph(f"{ctx.label}: node {i} of tree {t} is declared twice")
        index[(t, i)] = k
    try:
        mode = np.asarray([_MODES[m] for m in modes], np.int64)
    except KeyError as e:
        raise InvalidGraph(f"{ctx.label}: unknown node mode {e}") from None

    def child(ids):
        out = np.zeros(n, np.int64)
        for k in range(n):
            if mode[k] != km.LEAF:
                j = index.get((tids[k], ids[k]))
                if j is None:
                    raise InvalidGraph(f"{ctx.label}: node {nids[k]} of tree {tids[k]} branches to missing node {ids[k]}")
                out[k] = j
        return out
    tnode, fnode = child(tnode_ids), child(fnode_ids)
    # roots: per tree, its first node (as onnxruntime)
    roots, seen_trees = [], set()
    for k in range(n):
        if tids[k] not in seen_trees:
            seen_trees.add(tids[k])
            roots.append(k)
    # leaves
    lt = [int(v) for v in ctx.attr(prefix + "_treeids") or []]
    ln = [int(v) for v in ctx.attr(prefix + "_nodeids") or []]
    li = [int(v) for v in ctx.attr(prefix + "_ids") or []]
    lw = _arr(ctx, prefix + "_weights", np.float64, [])
    if not (len(lt) == len(ln) == len(li) == len(lw)):
        raise InvalidGraph(f"{ctx.label}: the {prefix}_* attributes have different lengths")
    per_node: dict[int, list] = {}
    for t, i, target, w in zip(lt, ln, li, lw):
        k = index.get((t, i))
        if k is None:
            raise InvalidGraph(f"{ctx.label}: {prefix} weight for missing node {i} of tree {t}")
        per_node.setdefault(k, []).append((target, w))
    leaf_start = np.zeros(n, np.int64)
    leaf_count = np.zeros(n, np.int64)
    targets, weights = [], []
    for k in range(n):
        lst = per_node.get(k, [])
        leaf_start[k] = len(targets)
        leaf_count[k] = len(lst) if mode[k] == km.LEAF else 0
        if mode[k] == km.LEAF:
            for target, w in lst:
                targets.append(target)
                weights.append(w)
    agg = _AGG.get(ctx.attr("aggregate_function", "SUM") or "SUM")
    if agg is None:
        raise InvalidGraph(f"{ctx.label}: unknown aggregate_function")
    base = _arr(ctx, "base_values", np.float64, [])
    if base.size not in (0, n_targets) and not (prefix == "class" and base.size in (1, 2)):
        raise InvalidGraph(f"{ctx.label}: {base.size} base_values for {n_targets} targets")
    empty = np.zeros(0, np.float64)
    nodes = (feat, thr, mode, tnode, fnode, miss, np.zeros(n, np.int64), np.zeros(n, np.int64), empty)
    leaves = (leaf_start, leaf_count, np.asarray(targets, np.int64), np.asarray(weights, np.float64))
    return nodes, leaves, agg, base, np.asarray(roots, np.int64)


def _regressor_trees(ctx):
    nt = int(ctx.attr("n_targets", 1) or 1)
    nodes, leaves, agg, base, roots = _trees_v1(ctx, "target", nt)
    return _Trees(ctx, nodes, leaves, nt, agg, base, roots)


def _ter_infer(ctx):
    return [_t(_F32, (_n_rows(ctx), int(ctx.attr("n_targets", 1) or 1)))]


def _ter_run(ctx, x):
    tr = _cached(ctx, "trees", _regressor_trees)
    s, _ = tr.scores(ctx, x)
    return [_finish(s, _post(ctx))]


_reg("TreeEnsembleRegressor", [1, 3], _ter_infer, _ter_run, dtypes=_NUM_IN)


def _classifier_trees(ctx):
    labels, _ = _labels(ctx)
    nc = max(len(labels), 1)
    nodes, leaves, agg, base, roots = _trees_v1(ctx, "class", nc)
    tr = _Trees(ctx, nodes, leaves, nc, 0, np.zeros(0), roots)
    ids = set(int(v) for v in ctx.attr("class_ids") or [])
    tr.binary_case = nc == 2 and len(ids) == 1
    tr.all_positive = bool(np.all(leaves[3] >= 0))
    tr.class_base = base
    return tr


def _tec_infer(ctx):
    n = _n_rows(ctx)
    nc = max(len(_labels(ctx)[0]), 1)
    return [_t(_label_dtype(ctx), (n,)), _t(_F32, (n, nc))]


def _tec_run(ctx, x):
    tr = _cached(ctx, "trees", _classifier_trees)
    labels, _ = _labels(ctx)
    post = _post(ctx)
    s, has = tr.scores(ctx, x)
    base = tr.class_base
    N, C = s.shape
    if C > 2 or C == 1:
        if base.size:
            s += base[:C].reshape(1, -1) if base.size >= C else base[0]
        idx = np.argmax(s, axis=1)
        return [labels[idx] if len(labels) else idx.astype(np.int64), _finish(s, post)]
    # two classes, as onnxruntime's TreeAggregatorClassifier: a row where class 1 got no
    # weight keeps one score, from which the second is derived
    s0, s1 = s[:, 0].copy(), s[:, 1].copy()
    h0, h1 = has[:, 0].astype(bool), has[:, 1].astype(bool)
    single = ~h1
    if base.size == 2:
        s1, s0 = np.where(h1, base[1] + s0, s1 + base[1]), np.where(h1, -(base[1] + s0), s0 + base[0])
        single = np.zeros(N, bool)
    elif base.size == 1:
        s0 = s0 + base[0]
    pos_w = np.where(h1, s1, np.where(h0, s0, 0.0))
    if tr.binary_case:
        pos = pos_w > (0.5 if tr.all_positive else 0.0)
        lab = labels[pos.astype(np.int64)] if len(labels) == 2 else pos.astype(np.int64)
    else:   # onnxruntime's positive/negative labels: 1 and 0 (indices for string labels)
        pos = pos_w > 0
        lab = labels[pos.astype(np.int64)] if labels.dtype == object else pos.astype(np.int64)
    y = _finish(np.stack([s0, s1], axis=1), post)
    if single.any():
        v = s0[single]
        if post == km.PROBIT:
            pair = np.stack([[km.probit(t) for t in v], np.zeros(v.size)], axis=1)
        elif tr.binary_case and tr.all_positive:
            p = np.array([km.logistic(t) for t in v]) if post == km.LOGISTIC else v
            pair = np.stack([1.0 - p, p], axis=1)
        elif tr.binary_case:
            pair = (np.stack([[km.logistic(-t) for t in v], [km.logistic(t) for t in v]], axis=1)
                    if post == km.LOGISTIC else np.stack([-v, v], axis=1))
        else:
            pair = np.zeros((v.size, 2))
            tmp = np.empty((v.size, 1), np.float32)
            km.post_transform(v.reshape(-1, 1).copy(), post, tmp)
            pair[:, 0] = tmp[:, 0]
        y[single] = pair
    return [lab, y]


_reg("TreeEnsembleClassifier", [1, 3], _tec_infer, _tec_run, dtypes=_NUM_IN)


# ---- TreeEnsemble (ai.onnx.ml 5)

_POST5 = [km.NONE, km.SOFTMAX, km.LOGISTIC, km.SOFTMAX_ZERO, km.PROBIT]
_AGG5 = [1, 0, 2, 3]     # AVERAGE, SUM, MIN, MAX -> tree_scores' codes


def _trees_v5(ctx):
    modes = np.asarray(ctx.required_attr("nodes_modes")).reshape(-1).astype(np.int64)
    n = modes.size
    feat = np.asarray(ctx.required_attr("nodes_featureids"), np.int64)
    splits = np.asarray(ctx.required_attr("nodes_splits")).reshape(-1).astype(np.float64)
    tids = np.asarray(ctx.required_attr("nodes_truenodeids"), np.int64)
    fids = np.asarray(ctx.required_attr("nodes_falsenodeids"), np.int64)
    tleaf = np.asarray(ctx.attr("nodes_trueleafs") or [0] * n, np.int64)
    fleaf = np.asarray(ctx.attr("nodes_falseleafs") or [0] * n, np.int64)
    miss = ctx.attr("nodes_missing_value_tracks_true")
    miss = np.zeros(n, np.int64) if miss is None or len(miss) == 0 else np.asarray(miss, np.int64)
    ltarget = np.asarray(ctx.required_attr("leaf_targetids"), np.int64)
    lweight = np.asarray(ctx.required_attr("leaf_weights")).reshape(-1).astype(np.float64)
    L = lweight.size
    if not (feat.size == splits.size == tids.size == fids.size == tleaf.size == fleaf.size == miss.size == n):
        raise InvalidGraph(f"{ctx.label}: the nodes_* attributes have different lengths")
    if ltarget.size != L:
        raise InvalidGraph(f"{ctx.label}: leaf_targetids and leaf_weights have different lengths")
    if np.any((modes < 0) | (modes > 6)):
        raise InvalidGraph(f"{ctx.label}: nodes_modes must be in [0, 6]")
    mode = np.where(modes == 6, km.MEMBER, modes)
    # sets of BRANCH_MEMBER nodes: the members, NaN between sets
    set_start = np.zeros(n + L, np.int64)
    set_count = np.zeros(n + L, np.int64)
    mv = ctx.attr("membership_values")
    members = np.zeros(0) if mv is None else np.asarray(mv).reshape(-1).astype(np.float64)
    groups, cur = [], []
    for v in members:
        if np.isnan(v):
            groups.append(cur)
            cur = []
        else:
            cur.append(v)
    if cur or (members.size and not np.isnan(members[-1])):
        groups.append(cur)
    sets = []
    gi = 0
    for k in range(n):
        if mode[k] == km.MEMBER:
            if gi >= len(groups):
                raise InvalidGraph(f"{ctx.label}: membership_values has fewer sets than BRANCH_MEMBER nodes")
            set_start[k] = len(sets)
            set_count[k] = len(groups[gi])
            sets += groups[gi]
            gi += 1

    def child(ids, leaf):
        for j, (i, lf) in enumerate(zip(ids, leaf)):
            if not 0 <= i < (L if lf else n):
                raise InvalidGraph(f"{ctx.label}: node {j} branches to {'leaf' if lf else 'node'} {i}, out of range")
        return np.where(leaf != 0, n + ids, ids)
    all_mode = np.concatenate([mode, np.full(L, km.LEAF, np.int64)])
    nodes = (np.concatenate([feat, np.zeros(L, np.int64)]), np.concatenate([splits, np.zeros(L)]), all_mode,
             np.concatenate([child(tids, tleaf), np.zeros(L, np.int64)]),
             np.concatenate([child(fids, fleaf), np.zeros(L, np.int64)]),
             np.concatenate([miss, np.zeros(L, np.int64)]), set_start, set_count, np.asarray(sets, np.float64))
    leaves = (np.concatenate([np.zeros(n, np.int64), np.arange(L, dtype=np.int64)]),
              np.concatenate([np.zeros(n, np.int64), np.ones(L, np.int64)]), ltarget, lweight)
    roots = np.asarray(ctx.required_attr("tree_roots"), np.int64)
    if roots.size and (roots.min() < 0 or roots.max() >= n):
        raise InvalidGraph(f"{ctx.label}: tree_roots out of range")
    agg = int(ctx.attr("aggregate_function", 1))
    post = int(ctx.attr("post_transform", 0))
    if not 0 <= agg <= 3 or not 0 <= post <= 4:
        raise InvalidGraph(f"{ctx.label}: aggregate_function or post_transform out of range")
    tr = _Trees(ctx, nodes, leaves, int(ctx.required_attr("n_targets")), _AGG5[agg], np.zeros(0), roots)
    tr.post = _POST5[post]
    return tr


def _te_infer(ctx):
    return [_t(ctx.inputs[0].dtype, (_n_rows(ctx), int(ctx.required_attr("n_targets"))))]


def _te_run(ctx, x):
    tr = _cached(ctx, "trees", _trees_v5)
    xs = x.astype(np.float32) if x.dtype == np.float16 else x
    s, _ = tr.scores(ctx, xs)
    return [_finish(s, tr.post, np.float64 if x.dtype == np.float64 else np.float32).astype(x.dtype, copy=False)]


_reg("TreeEnsemble", [5], _te_infer, _te_run, dtypes=(np.float32, np.float64, np.float16))


# ---------------------------------------------------------------- Scaler, Normalizer, Binarizer, Imputer

def _same_shape(dtype=None):
    def infer(ctx):
        return [_t(ctx.inputs[0].dtype if dtype is None else dtype, ctx.inputs[0].shape)]
    return infer


def _last_axis(x):
    return x.reshape(-1, x.shape[-1]) if x.ndim >= 1 and x.size else x.reshape(-1, 1)


def _scaler_run(ctx, x):
    off = _cached(ctx, "off", lambda c: _arr(c, "offset", np.float64, []))
    sc = _cached(ctx, "scale", lambda c: _arr(c, "scale", np.float64, []))
    x2 = np.ascontiguousarray(_last_axis(x) if x.ndim else x.reshape(1, 1))
    F = x2.shape[1]
    for name, a in (("offset", off), ("scale", sc)):
        if a.size not in (0, 1, F):
            raise InvalidArgument(f"{ctx.label}: {name} has {a.size} values for {F} features")
    y = np.empty(x2.shape, np.float32)
    km.scaler(x2, off, sc, y)
    return [y.reshape(x.shape)]


_reg("Scaler", [1], _same_shape(_F32), _scaler_run, dtypes=_NUM_IN)


def _normalizer_infer(ctx):
    s = ctx.inputs[0].shape
    return [_t(_F32, s)]


def _normalizer_run(ctx, x):
    norm = {"MAX": 0, "L1": 1, "L2": 2}.get(ctx.attr("norm", "MAX"))
    if norm is None:
        raise InvalidGraph(f"{ctx.label}: norm must be MAX, L1 or L2")
    if x.ndim > 2:
        raise InvalidArgument(f"{ctx.label}: input must be [N, C] or [C], got {list(x.shape)}")
    x2 = np.ascontiguousarray(_rows(ctx, x))
    y = np.empty(x2.shape, np.float32)
    km.normalizer(x2, norm, y)
    return [y.reshape(x.shape)]


_reg("Normalizer", [1], _normalizer_infer, _normalizer_run, dtypes=_NUM_IN)


def _binarizer_run(ctx, x):
    y = np.empty(x.shape, x.dtype)
    km.binarize(np.ascontiguousarray(x).reshape(-1), x.dtype.type(ctx.attr("threshold", 0.0)), y.reshape(-1))
    return [y]


_reg("Binarizer", [1], _same_shape(), _binarizer_run, dtypes=_NUM_IN)


def _imputer_run(ctx, x):
    if x.dtype.kind == "f":
        vals = _arr(ctx, "imputed_value_floats", x.dtype, [])
        rep = float(ctx.attr("replaced_value_float", 0.0))
    else:
        vals = _arr(ctx, "imputed_value_int64s", x.dtype, [])
        rep = int(ctx.attr("replaced_value_int64", 0))
    x2 = np.ascontiguousarray(_last_axis(x) if x.ndim else x.reshape(1, 1))
    if vals.size not in (1, x2.shape[1]):
        raise InvalidArgument(f"{ctx.label}: {vals.size} imputed values for {x2.shape[1]} features")
    y = np.empty(x2.shape, x.dtype)
    km.impute(x2, vals, x.dtype.type(rep), y)
    return [y.reshape(x.shape)]


_reg("Imputer", [1], _same_shape(), _imputer_run, dtypes=_NUM_IN)


# ---------------------------------------------------------------- ArrayFeatureExtractor, FeatureVectorizer

def _afe_infer(ctx):
    s = ctx.inputs[0].shape
    i = ctx.inputs[1].shape
    n = int(np.prod(i)) if i is not None and all(isinstance(d, int) for d in i) else ctx.fresh_dim()
    if s is None:
        return [_t(ctx.inputs[0].dtype, None)]
    return [_t(ctx.inputs[0].dtype, (1, n) if len(s) <= 1 else tuple(s[:-1]) + (n,))]


def _afe_run(ctx, x, idx):
    idx = np.asarray(idx, np.int64).reshape(-1)
    F = x.shape[-1] if x.ndim else 1
    if idx.size and (idx.min() < 0 or idx.max() >= F):
        raise InvalidArgument(f"{ctx.label}: invalid Y argument: index {int(idx.max() if idx.max() >= F else idx.min())} "
                              f"is out of range [0, {F})")
    lead = (1,) if x.ndim <= 1 else x.shape[:-1]
    x2 = x.reshape(-1, F)
    if x.dtype == _STR:
        y = x2[:, idx]
    else:
        y = np.empty((x2.shape[0], idx.size), x.dtype)
        km.gather_last(np.ascontiguousarray(x2), idx, y)
    return [y.reshape(tuple(lead) + (idx.size,))]


_reg("ArrayFeatureExtractor", [1], _afe_infer, _afe_run)


def _fv_infer(ctx):
    dims = [int(d) for d in ctx.attr("inputdimensions") or []]
    return [_t(_F32, (_n_rows(ctx), sum(dims)))]


def _fv_run(ctx, *xs):
    dims = [int(d) for d in ctx.attr("inputdimensions") or []]
    if len(dims) != len(xs):
        raise InvalidGraph(f"{ctx.label}: inputdimensions has {len(dims)} entries for {len(xs)} inputs")
    N = 1 if xs[0].ndim <= 1 else xs[0].shape[0]
    y = np.zeros((N, sum(dims)), np.float32)
    col = 0
    for x, d in zip(xs, dims):
        x2 = _rows(ctx, x)
        if x2.shape[0] != N:
            raise InvalidArgument(f"{ctx.label}: inputs have different batch sizes")
        k = min(d, x2.shape[1])
        y[:, col:col + k] = x2[:, :k]
        col += d
    return [y]


_reg("FeatureVectorizer", [1], _fv_infer, _fv_run, dtypes=_NUM_IN)


# ---------------------------------------------------------------- OneHotEncoder, CategoryMapper, LabelEncoder

def _ohe_cats(ctx):
    s = ctx.attr("cats_strings")
    if s is not None and len(s) > 0:
        return {v: k for k, v in reversed(list(enumerate(s)))}, True
    i = ctx.attr("cats_int64s")
    if i is None or len(i) == 0:
        raise InvalidGraph(f"{ctx.label}: one of cats_strings or cats_int64s is required")
    return {int(v): k for k, v in reversed(list(enumerate(i)))}, False


def _ohe_infer(ctx):
    cats, _ = _cached(ctx, "cats", _ohe_cats)
    s = ctx.inputs[0].shape
    return [_t(_F32, None if s is None else tuple(s) + (len(cats),))]


def _ohe_run(ctx, x):
    cats, strings = _cached(ctx, "cats", _ohe_cats)
    if strings != (x.dtype == _STR):
        raise InvalidArgument(f"{ctx.label}: input type {x.dtype} does not match the categories")
    if strings:
        ids = hs.to_ids(x, cats, -1).reshape(-1)
    else:
        keys, vals = _cached(ctx, "ohe_sorted", lambda c: _sorted_table({k: v for k, v in cats.items()}, np.int64))
        ids = np.empty(x.size, np.int64)
        km.sorted_lookup(x.reshape(-1).astype(np.int64), keys, vals, np.int64(-1), -1, ids)
    y = np.empty((x.size, len(cats)), np.float32)
    bad = km.one_hot(ids, len(cats), y)
    if bad and not int(ctx.attr("zeros", 1)):
        raise InvalidArgument(f"{ctx.label}: an input value is not one of the categories and zeros=0")
    return [y.reshape(tuple(x.shape) + (len(cats),))]


_reg("OneHotEncoder", [1], _ohe_infer, _ohe_run)


def _sorted_table(table: dict, key_dtype, val_dtype=np.int64):
    """dict -> (sorted keys, values) for km.sorted_lookup."""
    items = sorted(table.items())
    return (np.asarray([k for k, _ in items], key_dtype).reshape(-1),
            np.asarray([v for _, v in items], val_dtype).reshape(-1))


def _cm_infer(ctx):
    out = np.int64 if ctx.inputs[0].dtype == _STR else _STR
    return [_t(out, ctx.inputs[0].shape)]


def _cm_run(ctx, x):
    strs = list(ctx.attr("cats_strings") or [])
    ints = [int(v) for v in ctx.attr("cats_int64s") or []]
    if len(strs) != len(ints):
        raise InvalidGraph(f"{ctx.label}: cats_strings and cats_int64s have different lengths")
    if x.dtype == _STR:
        table = _cached(ctx, "s2i", lambda c: dict(zip(strs, ints)))
        return [hs.to_ids(x, table, int(ctx.attr("default_int64", -1)))]
    table = _cached(ctx, "i2s", lambda c: dict(zip(ints, strs)))
    return [hs.map_to_strings(x, table, ctx.attr("default_string", "_Unused"))]


_reg("CategoryMapper", [1], _cm_infer, _cm_run, dtypes=(np.int64, object))


_LE_VALUE_DTYPES = {"floats": np.float32, "int64s": np.int64, "strings": object}


def _le_spec(ctx):
    """(keys, values, default, value dtype) of a LabelEncoder."""
    if ctx.opset < 2:
        classes = list(ctx.attr("classes_strings") or [])
        if ctx.inputs[0] is not None and ctx.inputs[0].dtype == _STR:
            return (np.array(classes, dtype=object), np.arange(len(classes), dtype=np.int64),
                    int(ctx.attr("default_int64", -1)), np.dtype(np.int64))
        return (np.arange(len(classes), dtype=np.int64), np.array(classes, dtype=object),
                ctx.attr("default_string", "_Unused"), _STR)
    keys = values = None
    for kind in ("floats", "int64s", "strings"):
        k = ctx.attr("keys_" + kind)
        if k is not None and len(k) > 0 and keys is None:
            keys = np.asarray(list(k), _LE_VALUE_DTYPES[kind])
        v = ctx.attr("values_" + kind)
        if v is not None and len(v) > 0 and values is None:
            values = np.asarray(list(v), _LE_VALUE_DTYPES[kind])
            vkind = kind
    if keys is None and ctx.attr("keys_tensor") is not None:
        keys = np.asarray(ctx.attr("keys_tensor")).reshape(-1)
    if values is None and ctx.attr("values_tensor") is not None:
        values = np.asarray(ctx.attr("values_tensor")).reshape(-1)
        d = ctx.attr("default_tensor")
        if d is not None:
            default = np.asarray(d).reshape(-1)[0]
        else:
            default = "_Unused" if values.dtype == _STR else (-1 if values.dtype.kind in "iu" else -0.0)
    elif values is not None:
        default = {"floats": lambda: float(ctx.attr("default_float", -0.0)),
                   "int64s": lambda: int(ctx.attr("default_int64", -1)),
                   "strings": lambda: ctx.attr("default_string", "_Unused")}[vkind]()
    if keys is None or values is None:
        raise InvalidGraph(f"{ctx.label}: LabelEncoder needs keys and values")
    if keys.size != values.size:
        raise InvalidGraph(f"{ctx.label}: {keys.size} keys for {values.size} values")
    return keys, values, default, values.dtype


def _le_infer(ctx):
    return [_t(_le_spec(ctx)[3], ctx.inputs[0].shape)]


def _le_tables(ctx):
    keys, values, default, vdt = _le_spec(ctx)
    if keys.dtype == _STR:
        table = {}
        for j, key in enumerate(keys):
            table.setdefault(str(key), j)     # the first of repeated keys wins
        return ("str", table, values, default)
    order = {}
    for j, k in enumerate(keys.tolist()):
        if not (isinstance(k, float) and k != k):     # a NaN key matches nothing (onnxruntime)
            order.setdefault(k, j)
    sk, sv = _sorted_table(order, keys.dtype)
    return ("num", (sk, sv, -1), values, default)


def _le_run(ctx, x):
    kind, table, values, default = _cached(ctx, "le", _le_tables)
    if kind == "str":
        if x.dtype != _STR:
            raise InvalidArgument(f"{ctx.label}: string keys but {x.dtype} input")
        idx = hs.to_ids(x, table, -1)
    else:
        if x.dtype == _STR:
            raise InvalidArgument(f"{ctx.label}: numeric keys but string input")
        sk, sv, nan_index = table
        idx = np.empty(x.size, np.int64)
        km.sorted_lookup(np.ascontiguousarray(x).reshape(-1).astype(sk.dtype), sk, sv, np.int64(-1),
                         nan_index, idx)
        idx = idx.reshape(x.shape)
    if values.dtype == _STR:
        return [hs.take_strings(values, idx, default)]
    y = np.empty(x.size, values.dtype)
    km.sorted_lookup(idx.reshape(-1), np.arange(values.size, dtype=np.int64), values,
                     values.dtype.type(default), -1, y)
    return [y.reshape(x.shape)]


_reg("LabelEncoder", [1, 2, 4], _le_infer, _le_run)


# ---------------------------------------------------------------- ZipMap, DictVectorizer

def _zipmap_infer(ctx):
    labels, strings = _labels(ctx)
    return [ir.SequenceType(ir.MapType(_STR if strings else np.dtype(np.int64), _t(_F32, ())))]


def _zipmap_run(ctx, x):
    labels, strings = _labels(ctx)
    x2 = _rows(ctx, x)
    if x2.shape[1] != len(labels):
        raise InvalidArgument(f"{ctx.label}: input has {x2.shape[1]} columns for {len(labels)} class labels")
    keys = [str(k) for k in labels] if strings else [int(k) for k in labels]
    return [[dict(zip(keys, row)) for row in x2.astype(np.float32).tolist()]]


_reg("ZipMap", [1], _zipmap_infer, _zipmap_run, dtypes=(np.float32,))


def _dv_vocab(ctx):
    s = ctx.attr("string_vocabulary")
    if s is not None and len(s) > 0:
        return list(s), True
    return [int(v) for v in ctx.attr("int64_vocabulary") or []], False


def _dv_infer(ctx):
    t = ctx.inputs[0]
    vt = t.value.dtype if isinstance(t, ir.MapType) and isinstance(t.value, ir.TensorType) else _F32
    vocab, _ = _dv_vocab(ctx)
    return [_t(vt, (1, len(vocab)))]


def _dv_run(ctx, m):
    if isinstance(m, np.ndarray) and m.dtype == _STR and m.size == 1:
        m = m.reshape(-1)[0]
    if not isinstance(m, dict):
        raise InvalidArgument(f"{ctx.label}: the input must be a map (a dict), got {type(m).__name__}")
    vocab, strings = _dv_vocab(ctx)
    pos = _cached(ctx, "vocab", lambda c: {k: j for j, k in enumerate(vocab)})
    odt = ctx.outputs[0].dtype if ctx.outputs and ctx.outputs[0] is not None else _F32
    y = np.zeros((1, len(vocab)), odt) if odt != _STR else np.full((1, len(vocab)), "", dtype=object)
    for k, v in m.items():
        j = pos.get(k.item() if isinstance(k, np.generic) else k)
        if j is not None:
            y[0, j] = v
    return [y]


_reg("DictVectorizer", [1], _dv_infer, _dv_run)


# ---------------------------------------------------------------- SVMRegressor / SVMClassifier

_KERNELS = {"LINEAR": 0, "POLY": 1, "RBF": 2, "SIGMOID": 3}


def _svm_common(ctx):
    kt = _KERNELS.get(ctx.attr("kernel_type", "LINEAR"))
    if kt is None:
        raise InvalidGraph(f"{ctx.label}: unknown kernel_type")
    kp = [float(v) for v in ctx.attr("kernel_params") or []] + [0.0, 0.0, 0.0]
    gamma, coef0, degree = kp[0], kp[1], kp[2]
    sv = np.asarray(ctx.attr("support_vectors") or [], np.float64)
    return kt, gamma, coef0, degree, sv


def _kernel_values(x, sv, kt, gamma, coef0, degree):
    kv = np.empty((x.shape[0], sv.shape[0]), np.float64)
    _parallel_rows(x.shape[0], x.shape[0] * sv.shape[0] * 4,
                   lambda a, b: km.svm_kernels(x[a:b], sv, kt, gamma, coef0, degree, kv[a:b]))
    return kv


def _svr_consts(ctx):
    kt, gamma, coef0, degree, sv = _svm_common(ctx)
    ns = int(ctx.attr("n_supports", 0))
    coef = np.asarray(ctx.attr("coefficients") or [], np.float64)
    rho = np.asarray(ctx.attr("rho") or [0.0], np.float64)
    if ns > 0:
        if sv.size % ns or coef.size != ns:
            raise InvalidGraph(f"{ctx.label}: support_vectors/coefficients do not match n_supports={ns}")
        sv = sv.reshape(ns, -1)
    return kt, gamma, coef0, degree, sv, ns, coef, rho


def _svr_run(ctx, x):
    kt, gamma, coef0, degree, sv, ns, coef, rho = _cached(ctx, "svr", _svr_consts)
    x2 = np.ascontiguousarray(_rows(ctx, x))
    if ns > 0:
        if x2.shape[1] != sv.shape[1]:
            raise InvalidArgument(f"{ctx.label}: input has {x2.shape[1]} features, the support vectors {sv.shape[1]}")
        kv = _kernel_values(x2, sv, kt, gamma, coef0, degree)
        s = np.empty((x2.shape[0], 1), np.float64)
        km.linear(kv, coef.reshape(1, -1), rho[:1], s)
    else:
        if x2.shape[1] != coef.size:
            raise InvalidArgument(f"{ctx.label}: input has {x2.shape[1]} features, the model {coef.size}")
        s = np.empty((x2.shape[0], 1), np.float64)
        km.linear(x2, coef.reshape(1, -1), rho[:1], s)
    if int(ctx.attr("one_class", 0)):
        s = np.where(s > 0, 1.0, -1.0)
    return [_finish(s, _post(ctx))]


_reg("SVMRegressor", [1], lambda ctx: [_t(_F32, (_n_rows(ctx), 1))], _svr_run, dtypes=_NUM_IN)


def _svc_labels(ctx):
    s = ctx.attr("classlabels_strings")
    if s is not None and len(s) > 0:
        return np.array(list(s), dtype=object), True
    return np.asarray(list(ctx.attr("classlabels_ints") or []), np.int64), False


def _svc_consts(ctx):
    kt, gamma, coef0, degree, sv = _svm_common(ctx)
    labels, _ = _svc_labels(ctx)
    C = len(labels)
    vpc = np.asarray(ctx.attr("vectors_per_class") or [], np.int64)
    coef = np.asarray(ctx.attr("coefficients") or [], np.float64)
    rho = np.asarray(ctx.attr("rho") or [], np.float64)
    pa = np.asarray(ctx.attr("prob_a") or [], np.float64)
    pb = np.asarray(ctx.attr("prob_b") or [], np.float64)
    if C == 0:
        raise InvalidGraph(f"{ctx.label}: SVMClassifier needs class labels")
    if vpc.size:
        S = int(vpc.sum())
        if vpc.size != C or S == 0 or sv.size % S or coef.size != (C - 1) * S:
            raise InvalidGraph(f"{ctx.label}: vectors_per_class, support_vectors and coefficients do not agree")
        pairs = C * (C - 1) // 2
        if rho.size < pairs:
            raise InvalidGraph(f"{ctx.label}: rho has {rho.size} values for {pairs} class pairs")
        starts = np.concatenate([[0], np.cumsum(vpc)[:-1]]).astype(np.int64)
        return dict(svc=True, kt=kt, gamma=gamma, coef0=coef0, degree=degree, sv=sv.reshape(S, -1), starts=starts,
                    counts=vpc, coef=coef.reshape(C - 1, S), rho=rho, pa=pa, pb=pb, C=C,
                    proba=pa.size > 0 and pa.size >= pairs)
    if coef.size % C:
        raise InvalidGraph(f"{ctx.label}: {coef.size} coefficients for {C} classes")
    return dict(svc=False, coef=coef.reshape(C, -1), rho=rho if rho.size else np.zeros(C), C=C, proba=False)


def _svc_ncols(ctx):
    k = _cached(ctx, "svc", _svc_consts)
    C = k["C"]
    if not k["svc"] or k["proba"]:
        return C
    return 2 if C == 2 else C * (C - 1) // 2


def _svc_infer(ctx):
    n = _n_rows(ctx)
    dt = _STR if _svc_labels(ctx)[1] else np.dtype(np.int64)
    return [_t(dt, (n,)), _t(_F32, (n, _svc_ncols(ctx)))]


def _svc_run(ctx, x):
    k = _cached(ctx, "svc", _svc_consts)
    labels, _ = _svc_labels(ctx)
    post = _post(ctx)
    x2 = np.ascontiguousarray(_rows(ctx, x))
    C = k["C"]
    N = x2.shape[0]
    if not k["svc"]:
        if x2.shape[1] != k["coef"].shape[1]:
            raise InvalidArgument(f"{ctx.label}: input has {x2.shape[1]} features, the model {k['coef'].shape[1]}")
        s = np.empty((N, C), np.float64)
        km.linear(x2, k["coef"], k["rho"][:C], s)
        idx = np.argmax(s, axis=1)
        return [labels[idx], _finish(s, post)]
    sv = k["sv"]
    if x2.shape[1] != sv.shape[1]:
        raise InvalidArgument(f"{ctx.label}: input has {x2.shape[1]} features, the support vectors {sv.shape[1]}")
    kv = _kernel_values(x2, sv, k["kt"], k["gamma"], k["coef0"], k["degree"])
    pairs = C * (C - 1) // 2
    votes = np.empty((N, C), np.int64)
    dec = np.empty((N, pairs), np.float64)
    km.svm_ovo(kv, k["starts"], k["counts"], k["coef"], k["rho"], votes, dec)
    if k["proba"]:
        p = np.empty((N, C), np.float64)
        km.svm_probabilities(dec, k["pa"], k["pb"], C, p)
        return [labels[np.argmax(votes, axis=1)], _finish(p, post)]   # the label is by votes
    idx = np.argmax(votes, axis=1)
    if C == 2:
        s = np.concatenate([-dec, dec], axis=1)
        return [labels[idx], _finish(s, post)]
    return [labels[idx], _finish(dec, post)]


_reg("SVMClassifier", [1], _svc_infer, _svc_run, dtypes=_NUM_IN)
