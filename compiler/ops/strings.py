"""String ops: StringNormalizer, StringSplit, StringConcat, RegexFullMatch (HOST, on numpy
object arrays of str; kernels/host/strings.py) and TfIdfVectorizer (tokens -> ids on the
host for strings, the n-gram counting compiled: kernels/cpu/ml.py).

Case changes use Python's Unicode case mapping, so a `locale` the machine lacks is not
an error (onnxruntime needs the locale installed; the result is the same where it has it).
"""
from __future__ import annotations

import numpy as np

from onnxjit.errors import InvalidArgument, InvalidGraph
from onnxjit.kernels.cpu import ml as km
from onnxjit.kernels.host import strings as hs
from .. import ir
from ..registry import HOST, OpDef, broadcast_shapes, register

_STR = np.dtype(object)


def _t(dtype, shape):
    return ir.TensorType(np.dtype(dtype), None if shape is None else tuple(shape))


def _is_str(ctx, i=0):
    t = ctx.inputs[i]
    return t is not None and t.dtype == _STR


def _need_str(*idx):
    def check(ctx):
        for i in idx:
            if not _is_str(ctx, i):
                return f"input {i} must be a string tensor"
        return None
    return check


def _strs(x):
    return x if x.dtype == _STR else hs.as_str_array(x)


# ---------------------------------------------------------------- StringNormalizer

def _norm_infer(ctx):
    s = ctx.inputs[0].shape
    if s is not None and len(s) not in (1, 2):
        raise InvalidGraph(f"{ctx.label}: input must be [C] or [1, C], got rank {len(s)}")
    shape = None if s is None else ((ctx.fresh_dim(),) if len(s) == 1 else (1, ctx.fresh_dim()))
    return [_t(_STR, shape)]


def _norm_run(ctx, x):
    if x.ndim not in (1, 2) or x.ndim == 2 and x.shape[0] != 1:
        raise InvalidArgument(f"{ctx.label}: input dimensions are either [C] or [1, C], got {list(x.shape)}")
    case = str(ctx.attr("case_change_action", "NONE") or "NONE")
    if case not in ("NONE", "LOWER", "UPPER"):
        raise InvalidGraph(f"{ctx.label}: case_change_action '{case}' is not NONE, LOWER or UPPER")
    return [hs.normalize(_strs(x), case, bool(ctx.attr("is_case_sensitive", 0)),
                         list(ctx.attr("stopwords", []) or []))]


register(OpDef("StringNormalizer", 10, HOST, _norm_infer, run=_norm_run, check=_need_str(0)))


# ---------------------------------------------------------------- StringSplit

def _split_infer(ctx):
    s = ctx.inputs[0].shape
    return [_t(_STR, None if s is None else tuple(s) + (ctx.fresh_dim(),)), _t(np.int64, s)]


def _split_run(ctx, x):
    ms = ctx.attr("maxsplit")
    if ms is not None and int(ms) <= 0:
        ms = None if int(ms) < 0 else 0
    y, z = hs.split(_strs(x), ctx.attr("delimiter"), ms)
    return [y, z]


register(OpDef("StringSplit", 20, HOST, _split_infer, run=_split_run, check=_need_str(0)))


# ---------------------------------------------------------------- StringConcat

def _concat_infer(ctx):
    return [_t(_STR, broadcast_shapes([ctx.inputs[0].shape, ctx.inputs[1].shape], ctx))]


def _concat_run(ctx, x, y):
    try:
        return [hs.concat(_strs(x), _strs(y))]
    except ValueError as e:
        raise InvalidArgument(f"{ctx.label}: {e}") from None


register(OpDef("StringConcat", 20, HOST, _concat_infer, run=_concat_run, value=_concat_run,
               check=_need_str(0, 1)))


# ---------------------------------------------------------------- RegexFullMatch

def _regex(ctx):
    cache = ctx.node.__dict__.setdefault("_regex", {})
    pattern = ctx.attr("pattern", "") or ""
    if pattern not in cache:
        cache[pattern] = hs.compile_regex(pattern, ctx.label)
    return cache[pattern]


def _regex_run(ctx, x):
    return [hs.full_match(_strs(x), _regex(ctx))]


def _regex_check(ctx):
    why = _need_str(0)(ctx)
    if why:
        return why
    _regex(ctx)     # a bad pattern fails at session creation
    return None


register(OpDef("RegexFullMatch", 20, HOST, lambda ctx: [_t(np.bool_, ctx.inputs[0].shape)],
               run=_regex_run, check=_regex_check))


# ---------------------------------------------------------------- TfIdfVectorizer

class _Trie:
    """The n-gram pool as a trie in flat arrays: node 0 is the root; the children of a node
    are contiguous and sorted by key (binary-searched by the kernel)."""

    def __init__(self, ctx):
        ints = ctx.attr("pool_int64s")
        strs = ctx.attr("pool_strings")
        counts = [int(c) for c in ctx.required_attr("ngram_counts")]
        self.indexes = np.asarray(ctx.required_attr("ngram_indexes"), np.int64)
        self.min_n = int(ctx.required_attr("min_gram_length"))
        self.max_n = int(ctx.required_attr("max_gram_length"))
        self.max_skip = int(ctx.required_attr("max_skip_count"))
        w = ctx.attr("weights")
        self.weights = np.asarray([] if w is None else w, np.float32)
        self.mode = {"TF": 0, "IDF": 1, "TFIDF": 2}.get(str(ctx.required_attr("mode")))
        if self.mode is None:
            raise InvalidGraph(f"{ctx.label}: mode must be TF, IDF or TFIDF")
        if self.min_n < 1 or self.max_n < self.min_n or self.max_skip < 0:
            raise InvalidGraph(f"{ctx.label}: bad n-gram lengths [{self.min_n}, {self.max_n}] or skip count")
        self.strings = strs is not None and len(strs) > 0
        pool = list(strs) if self.strings else [int(v) for v in (ints if ints is not None else [])]
        self.vocab = {}
        if self.strings:
            for s in pool:
                self.vocab.setdefault(s, len(self.vocab))
            pool = [self.vocab[s] for s in pool]
        self.out_size = int(self.indexes.max()) + 1 if self.indexes.size else 0
        children: list[dict] = [{}]
        gram = [0]
        gid = 1
        for i, start in enumerate(counts):
            end = counts[i + 1] if i + 1 < len(counts) else len(pool)
            n = i + 1
            grams = max(end - start, 0) // n
            for k in range(grams):
                if self.min_n <= n <= self.max_n:
                    node = 0
                    for tok in pool[start + k * n:start + (k + 1) * n]:
                        nxt = children[node].get(tok)
                        if nxt is None:
                            nxt = len(children)
                            children[node][tok] = nxt
                            children.append({})
                            gram.append(0)
                        node = nxt
                    gram[node] = gid
                gid += 1
        if gid - 1 > self.indexes.size:
            raise InvalidGraph(f"{ctx.label}: ngram_indexes has {self.indexes.size} entries for {gid - 1} n-grams")
        # breadth-first layout: the children of each node contiguous, sorted by key
        order = [0]
        keys, first, count, gids = [0], [0], [0], [0]
        new_of = {0: 0}
        q = 0
        while q < len(order):
            old = order[q]
            kids = sorted(children[old].items())
            first[new_of[old]] = len(order)
            count[new_of[old]] = len(kids)
            for key, child in kids:
                new_of[child] = len(order)
                order.append(child)
                keys.append(key)
                first.append(0)
                count.append(0)
                gids.append(gram[child])
            q += 1
        self.keys = np.asarray(keys, np.int64)
        self.first = np.asarray(first, np.int64)
        self.count = np.asarray(count, np.int64)
        self.gram = np.asarray(gids, np.int64)


def _trie(ctx) -> _Trie:
    t = ctx.node.__dict__.get("_tfidf")
    if t is None:
        t = ctx.node.__dict__["_tfidf"] = _Trie(ctx)
    return t


def _tfidf_infer(ctx):
    s = ctx.inputs[0].shape
    n = _trie(ctx).out_size
    if s is not None and len(s) > 2:
        raise InvalidGraph(f"{ctx.label}: input must be [C] or [N, C], got rank {len(s)}")
    shape = None if s is None else ((s[0], n) if len(s) == 2 else (n,))
    return [_t(np.float32, shape)]


def _tfidf_run(ctx, x):
    t = _trie(ctx)
    if x.ndim > 2:
        raise InvalidArgument(f"{ctx.label}: input must be [C] or [N, C], got {list(x.shape)}")
    rows = x.reshape(1, -1) if x.ndim < 2 else x
    if t.strings:
        ids = hs.to_ids(_strs(rows), t.vocab, -1)
    else:
        if x.dtype == _STR:
            raise InvalidArgument(f"{ctx.label}: string input but the pool holds integers")
        ids = np.ascontiguousarray(rows, dtype=np.int64)
    freq = np.empty((rows.shape[0], t.out_size), np.int64)
    km.tfidf_count(ids, t.keys, t.first, t.count, t.gram, t.indexes, t.min_n, t.max_n, t.max_skip, freq)
    y = np.empty(freq.shape, np.float32)
    km.tfidf_weight(freq, t.weights, t.mode, y)
    return [y if x.ndim == 2 else y.reshape(-1)]


register(OpDef("TfIdfVectorizer", 9, HOST, _tfidf_infer, run=_tfidf_run,
               dtypes=(np.int32, np.int64, object)))
