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
            y = np.where(pos, 1, 0)
            lab = labels[y]
            s2 = np.empty((s.shape[0], 2))
            s2[:, 1] = s[:, 0]
            # the second class's score: onnxruntime writes -s, or 1 - s under
            # PROBIT/NONE-like transforms of probabilities
            s2[:, 0] = -s[:, 0]
            if post == km.LOGISTIC:
                z = np.empty(s2.shape, np.float32)
                km.post_transform(s2, post, z)
                return [lab, z]
            return [lab, _finish(s2, post)]
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

    def scores(self, ctx, x):
        x = np.ascontiguousarray(_rows(ctx, x))
        if x.shape[1] <= self.max_feature:
            raise InvalidArgument(f"{ctx.label}: input has {x.shape[1]} features, the trees read feature "
                                  f"{self.max_feature}")
        if x.dtype not in (np.float32, np.float64, np.int64, np.int32):
            x = x.astype(np.float32)
        s = np.empty((x.shape[0], self.n_targets), np.float64)
        has = np.empty(s.shape, np.uint8)
        km.tree_scores(x, self.roots, self.feat, self.thr, self.mode, self.tnode, self.fnode, self.miss,
                       self.set_start, self.set_count, self.sets, self.leaf_start, self.leaf_count,
                       self.leaf_target, self.leaf_weight, self.agg, self.base, s, has)
        return s, has


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
    # roots: per tree, the first node that no branch points to
    pointed = set(tnode[mode != km.LEAF].tolist()) | set(fnode[mode != km.LEAF].tolist())
    roots, seen_trees = [], set()
    for k in range(n):
        if tids[k] not in seen_trees and k not in pointed:
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
    # two classes (onnxruntime's TreeAggregatorClassifier)
    s0, s1 = s[:, 0].copy(), s[:, 1].copy()
    h1 = has[:, 1].astype(bool)
    one = np.zeros(N, bool)   # rows left with a single score (class 0's)
    if base.size == 2:
        s1 = np.where(h1, base[1] + s0, s1 + base[1])
        s0 = np.where(h1, -(base[1] + s0), s0 + base[0])
    elif base.size == 1:
        s0 = s0 + base[0]
        one = ~h1
    else:
        one = ~h1
    lab = np.empty(N, np.int64)
    out = np.empty((N, 2), np.float64)
    if tr.binary_case:
        if tr.all_positive:
            pos = s0 > 0.5
            add = np.where(pos, 0, 1)
        else:
            pos = s0 > 0
            add = np.where(pos, 2, 3)
    else:
        pos = np.where(h1, s1 > s0, s0 > 0 if not tr.all_positive else s0 > 0.5)
        add = np.full(N, -1)
    lab[:] = np.where(pos, 1, 0)
    y = np.empty((N, 2), np.float32)
    for i in range(N):
        if not one[i]:
            out[i, 0], out[i, 1] = s0[i], s1[i]
            tmp = np.empty((1, 2), np.float32)
            km.post_transform(out[i:i + 1].copy(), post, tmp)
            y[i] = tmp[0]
            continue
        v = s0[i]
        if post == km.PROBIT:
            y[i, 0] = km.probit(v)
            y[i, 1] = 0.0
        elif add[i] in (0, 1):
            a = np.array([[1.0 - v, v]])
            km.post_transform(a, post, tmp := np.empty((1, 2), np.float32))
            y[i] = tmp[0]
        elif add[i] in (2, 3):
            if post == km.LOGISTIC:
                y[i, 1] = km.logistic(v)
                y[i, 0] = km.logistic(-v)
            else:
                a = np.array([[-v, v]])
                km.post_transform(a, post, tmp := np.empty((1, 2), np.float32))
                y[i] = tmp[0]
        else:
            a = np.array([[v, 0.0]])
            km.post_transform(a, post, tmp := np.empty((1, 2), np.float32))
            y[i] = tmp[0]
    return [labels[lab] if len(labels) else lab, y]


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
