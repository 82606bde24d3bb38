"""Indexing and tensor-manipulation ops lowered to kernels/cpu/indexing.py.

Gathers and scatters with data-driven indices (bounds-checked in the kernel: the
generated code raises IndexError naming the node), OneHot, Trilu, Range, EyeLike,
TopK, DepthToSpace/SpaceToDepth, Pad, CenterCropPad, ReverseSequence, Resize and
Upsample.  Every kernel is rank-generic: shapes, strides and modes come from the
plan table, so one compiled function per dtype serves every input size and rank.
"""
from __future__ import annotations

import math

import numpy as np

from onnxjit.errors import InvalidArgument, InvalidGraph
from .. import ir
from ..registry import KERNEL, OpDef, dim_op, lit, normalize_axis, register
from .tensor import _axis3, _contig_strides

INDEX_TYPES = (np.dtype(np.int32), np.dtype(np.int64))


def _t(dtype, shape):
    return ir.TensorType(np.dtype(dtype), None if shape is None else tuple(shape))


def _prod(dims):
    return int(np.prod([int(d) for d in dims], dtype=np.int64)) if dims else 1


def _pe(dims):
    """Product expression of dim expressions for generated code."""
    return " * ".join(dims) or "1"


def _fbits(v) -> int:
    """A float64 as the int64 with the same bits (floats travel through the int64 plan table)."""
    return int(np.array([float(v)], np.float64).view(np.int64)[0])


def _index_check(i):
    def check(ctx):
        t = ctx.inputs[i]
        if t is not None and t.dtype not in INDEX_TYPES:
            return f"indices must be int32 or int64, got {t.dtype}"
        return None
    return check


def _bits_lit(v, dtype) -> str:
    """A literal of `dtype` as compiled code holds it (the bit pattern for float16, bfloat16...)."""
    dt = np.dtype(dtype)
    st = ir.storage_dtype(dt)
    if st == dt and dt.name == st.name:
        return lit(v, dt)
    return lit(int(np.array([v]).astype(dt).view(st)[0]), st)


def _none(e, dtype) -> str:
    return e.none(ir.storage_dtype(dtype))


def _numeric(*inputs, what="computes on its values"):
    """A check refusing types compiled code holds as bits (float16, bfloat16, float8...) for
    inputs an op does arithmetic on or compares (data movement takes them as they are)."""
    def check(ctx):
        for i in inputs:
            t = ctx.inputs[i] if i < len(ctx.inputs) else None
            if t is not None and (ir.codec(t.dtype) or t.dtype == object):
                return f"input {i} of type {t.dtype} is not supported ({ctx.node.op_type} {what})"
        return None
    return check


def _all(*checks):
    def check(ctx):
        for c in checks:
            why = c(ctx)
            if why:
                return why
        return None
    return check


def _raise_if_bad(e, ctx, call: str, what: str):
    e.line(f"bad = {call}")
    e.line("if bad >= 0:")
    e.line(f"    raise IndexError({ctx.node.op_type + ' (' + ctx.node.name + '): ' + what!r})")


# ---------------------------------------------------------------- GatherElements / ScatterElements

def _elements_infer(ctx):
    x, idx = ctx.shape(0), ctx.shape(1)
    if len(x) != len(idx):
        raise InvalidGraph(f"{ctx.label}: indices rank {len(idx)} differs from data rank {len(x)}")
    normalize_axis(ctx, ctx.attr("axis", 0), len(x))
    return [_t(ctx.inputs[0].dtype, idx)]


def _elements_params(ctx):
    x, idx = ctx.shape(0), ctx.shape(1)
    axis = normalize_axis(ctx, ctx.attr("axis", 0), len(x))
    for k, (a, b) in enumerate(zip(x, idx)):
        if k != axis and b > a:
            raise InvalidArgument(f"{ctx.label}: indices dim {k} ({b}) exceeds data dim ({a})")
    return [len(x), axis] + list(idx) + list(x)


def _gather_elements_emit(ctx, e):
    r = len(ctx.shape(0))
    k = e.kernel("indexing")
    _raise_if_bad(e, ctx, f"{k}.gather_elements({e.flat(0)}, {e.flat(1)}, {e.flat_out()}, {e.params(2 + 2 * r)})",
                  "an index is out of range")


register(OpDef("GatherElements", 11, KERNEL, _elements_infer, emit=_gather_elements_emit,
               params=_elements_params, check=_index_check(1)))

_REDUCTIONS = {"none": 0, "add": 1, "mul": 2, "max": 3, "min": 4}


def _reduction(ctx):
    red = ctx.attr("reduction", "none") if ctx.node.op_type != "Scatter" else "none"
    if red not in _REDUCTIONS:
        raise InvalidGraph(f"{ctx.label}: unknown reduction '{red}'")
    return _REDUCTIONS[red]


def _reduction_check(ctx):
    if ctx.inputs[0].dtype == object:
        return "string tensors are not supported"
    return _numeric(0, what="reduces")(ctx) if _reduction(ctx) else None


def _scatter_elements_infer(ctx):
    x, idx, upd = ctx.shape(0), ctx.shape(1), ctx.shape(2)
    if len(x) != len(idx) or len(idx) != len(upd):
        raise InvalidGraph(f"{ctx.label}: data, indices and updates must have the same rank")
    normalize_axis(ctx, ctx.attr("axis", 0), len(x))
    return [ctx.inputs[0]]


def _scatter_elements_params(ctx):
    if tuple(ctx.shape(1)) != tuple(ctx.shape(2)):
        raise InvalidArgument(f"{ctx.label}: indices shape {ctx.shape(1)} differs from updates {ctx.shape(2)}")
    return _elements_params(ctx)


def _scatter_elements_emit(ctx, e):
    r = len(ctx.shape(0))
    k = e.kernel("indexing")
    e.call("tensor", "copy", e.flat_out(), e.flat(0))
    _raise_if_bad(e, ctx, f"{k}.scatter_elements({e.flat_out()}, {e.flat(1)}, {e.flat(2)}, "
                          f"{e.params(2 + 2 * r)}, {_reduction(ctx)})", "an index is out of range")


for _op, _v in (("ScatterElements", 11), ("Scatter", 9)):
    register(OpDef(_op, _v, KERNEL, _scatter_elements_infer, emit=_scatter_elements_emit,
                   params=_scatter_elements_params, check=_all(_index_check(1), _reduction_check)))


# ---------------------------------------------------------------- GatherND / ScatterND

def _gather_nd_infer(ctx):
    x, idx = ctx.shape(0), ctx.shape(1)
    b = ctx.attr("batch_dims", 0) if ctx.opset >= 12 else 0
    if not idx:
        raise InvalidGraph(f"{ctx.label}: indices must have rank >= 1")
    K = idx[-1]
    if not isinstance(K, int):      # the output rank is known once K is
        return [_t(ctx.inputs[0].dtype, None)]
    if b + K > len(x) or b >= len(idx):
        raise InvalidGraph(f"{ctx.label}: indices {idx} with batch_dims {b} do not fit data rank {len(x)}")
    return [_t(ctx.inputs[0].dtype, list(idx[:-1]) + list(x[b + K:]))]


def _gather_nd_params(ctx):
    x, idx = ctx.shape(0), ctx.shape(1)
    b = ctx.attr("batch_dims", 0) if ctx.opset >= 12 else 0
    K = idx[-1]
    if tuple(x[:b]) != tuple(idx[:b]):
        raise InvalidArgument(f"{ctx.label}: batch dims of data {x[:b]} and indices {idx[:b]} differ")
    if b + K > len(x):
        raise InvalidArgument(f"{ctx.label}: indices of depth {K} with batch_dims {b} do not fit data rank {len(x)}")
    dims = list(x[b:b + K])
    return ([_prod(x[:b]), _prod(idx[b:-1]), K, _prod(x[b + K:]), _prod(x[b:b + K])] + dims
            + [0] * (len(x) - len(dims)))


def _gather_nd_emit(ctx, e):
    r = len(ctx.shape(0))
    k = e.kernel("indexing")
    _raise_if_bad(e, ctx, f"{k}.gather_nd({e.flat(0)}, {e.flat(1)}, {e.flat_out()}, {e.params(5 + r)})",
                  "an index is out of range")


register(OpDef("GatherND", 11, KERNEL, _gather_nd_infer, emit=_gather_nd_emit, params=_gather_nd_params,
               check=_index_check(1)))


def _scatter_nd_infer(ctx):
    x, idx = ctx.shape(0), ctx.shape(1)
    K = idx[-1] if idx else None
    if K is None or (isinstance(K, int) and K > len(x)):
        raise InvalidGraph(f"{ctx.label}: the last dim of indices must be <= data rank {len(x)}")
    return [ctx.inputs[0]]


def _scatter_nd_params(ctx):
    x, idx, upd = ctx.shape(0), ctx.shape(1), ctx.shape(2)
    K = idx[-1]
    if K > len(x):
        raise InvalidArgument(f"{ctx.label}: indices of depth {K} do not fit data rank {len(x)}")
    if tuple(upd) != tuple(idx[:-1]) + tuple(x[K:]):
        raise InvalidArgument(f"{ctx.label}: updates shape {upd} must be {tuple(idx[:-1]) + tuple(x[K:])}")
    return [1, _prod(idx[:-1]), K, _prod(x[K:]), _prod(x[:K])] + list(x[:K]) + [0] * (len(x) - K)


def _scatter_nd_emit(ctx, e):
    r = len(ctx.shape(0))
    k = e.kernel("indexing")
    e.call("tensor", "copy", e.flat_out(), e.flat(0))
    _raise_if_bad(e, ctx, f"{k}.scatter_nd({e.flat_out()}, {e.flat(1)}, {e.flat(2)}, {e.params(5 + r)}, "
                          f"{_reduction(ctx)})", "an index is out of range")


register(OpDef("ScatterND", 11, KERNEL, _scatter_nd_infer, emit=_scatter_nd_emit, params=_scatter_nd_params,
               check=_all(lambda ctx: None if ctx.inputs[1].dtype == np.int64 else "indices must be int64",
                          _reduction_check)))


# ---------------------------------------------------------------- OneHot

def _one_hot_axis(ctx, r_out):
    return normalize_axis(ctx, ctx.attr("axis", -1), r_out)


def _one_hot_infer(ctx):
    idx = ctx.shape(0)
    axis = _one_hot_axis(ctx, len(idx) + 1)
    v = ctx.value(1)
    if v is None:
        depth = ctx.fresh_dim()
    else:
        depth = int(np.asarray(v).reshape(-1)[0])
        if depth < 1:
            raise InvalidArgument(f"{ctx.label}: depth must be positive, got {depth}")
    out = list(idx)
    out.insert(axis, depth)
    return [_t(ctx.inputs[2].dtype, out)]


def _one_hot_emit(ctx, e):
    idims = e.dims(0)
    axis = _one_hot_axis(ctx, len(idims) + 1)
    od = e.out_dims()
    e.params(1)     # the shape check runs per signature
    e.call("indexing", "one_hot", e.arr(0, [_pe(idims[:axis]), _pe(idims[axis:])]), e.flat(2),
           e.out(0, _axis3(od, axis)))


def _one_hot_params(ctx):
    if int(np.prod(ctx.shape(2))) != 2:
        raise InvalidArgument(f"{ctx.label}: values must have 2 elements [off, on], got shape {ctx.shape(2)}")
    return [0]


register(OpDef("OneHot", 9, KERNEL, _one_hot_infer, emit=_one_hot_emit, shape_inputs=(1,), params=_one_hot_params,
               check=_numeric(0, what="reads indices as numbers")))


# ---------------------------------------------------------------- Trilu, Range, EyeLike

def _trilu_check(ctx):
    # zero has the all-zero bit pattern in every type but float8 e8m0 (which has no zero)
    if ctx.inputs[0].dtype.name.startswith("float8_e8m0") or ctx.inputs[0].dtype == object:
        return f"input type {ctx.inputs[0].dtype} is not supported"
    return None


def _trilu_infer(ctx):
    if len(ctx.shape(0)) < 2:
        raise InvalidGraph(f"{ctx.label}: input must have rank >= 2")
    return [ctx.inputs[0]]


def _trilu_emit(ctx, e):
    d = e.dims(0)
    view = [_pe(d[:-2]), d[-2], d[-1]]
    k = e.flat(1) if e.has_input(1) else _none(e, np.int64)
    e.call("indexing", "trilu", e.arr(0, view), e.out(0, view), k, str(bool(ctx.attr("upper", 1))))


register(OpDef("Trilu", 14, KERNEL, _trilu_infer, emit=_trilu_emit, check=_trilu_check))


def _range_count(start, limit, delta):
    if delta == 0:
        raise InvalidArgument("Range: delta cannot be 0")
    return max(int(math.ceil((float(limit) - float(start)) / float(delta))), 0)


def _range_infer(ctx):
    vals = [ctx.value(i) for i in range(3)]
    if any(v is None for v in vals):
        return [_t(ctx.inputs[0].dtype, (ctx.fresh_dim(),))]
    start, limit, delta = (np.asarray(v).reshape(-1)[0] for v in vals)
    return [_t(ctx.inputs[0].dtype, (_range_count(start, limit, delta),))]


def _range_value(ctx, start, limit, delta):
    s, l, d = (np.asarray(v).reshape(-1)[0] for v in (start, limit, delta))
    dt = np.asarray(s).dtype
    n = _range_count(s, l, d)
    cd = dt if not ir.codec(dt) else (np.float64 if ctx.attr("stash_type", 1) == 11 else np.float32)
    return [(np.asarray(s).astype(cd) + np.arange(n).astype(cd) * np.asarray(d).astype(cd)).astype(dt)]


def _range_emit(ctx, e):
    c = ir.codec(ctx.inputs[0].dtype)
    if not c:
        e.call("indexing", "range_fill", e.flat(0), e.flat(2), e.flat_out())
        return
    # float16 / bfloat16 held as bits: computed in float32 (stash_type), as the spec says
    y, s, d = e.flat_out(), e.flat(0), e.flat(2)
    e.line(f"for ri in range({y}.size):")
    e.line(f"    {y}[ri] = ks.enc_{c}(np.float32(np.float64(ks.dec_{c}({s}[0])) + ri * np.float64(ks.dec_{c}({d}[0]))))")


def _range_check(ctx):
    dt = ctx.inputs[0].dtype
    if dt == np.bool_ or dt == object:
        return f"Range does not take {dt}"
    if ir.codec(dt) and ir.codec(dt) not in ("f16", "bf16"):
        return f"Range does not take {dt}"
    return None


register(OpDef("Range", 11, KERNEL, _range_infer, shape_inputs=(0, 1, 2), value=_range_value,
               emit=_range_emit, check=_range_check))


def _eye_like_infer(ctx):
    shape = ctx.shape(0)
    if len(shape) != 2:
        raise InvalidGraph(f"{ctx.label}: input must be 2-D, got rank {len(shape)}")
    dt = ctx.attr("dtype")
    dtype = ctx.inputs[0].dtype if dt is None else ir.np_dtype(dt)
    return [_t(dtype, shape)]


register(OpDef("EyeLike", 9, KERNEL, _eye_like_infer,
               emit=lambda ctx, e: e.call("indexing", "eye", e.out(0), str(int(ctx.attr("k", 0))),
                                          _bits_lit(1, ctx.out_dtype()), _bits_lit(0, ctx.out_dtype())),
               check=lambda ctx: None if ctx.outputs is None or ctx.outputs[0] is None or
               ctx.outputs[0].dtype != object else "EyeLike does not make strings"))


# ---------------------------------------------------------------- TopK

def _top_k_k(ctx):
    if ctx.opset < 10:
        return ctx.required_attr("k")
    v = ctx.value(1)
    if v is None:
        return None
    return int(np.asarray(v).reshape(-1)[0])


def _top_k_infer(ctx):
    shape = ctx.shape(0)
    axis = normalize_axis(ctx, ctx.attr("axis", -1), len(shape))
    k = _top_k_k(ctx)
    if k is None:
        k = ctx.fresh_dim()
    elif k < 0 or (isinstance(shape[axis], int) and k > shape[axis]):
        raise InvalidArgument(f"{ctx.label}: k = {k} is out of range for axis dim {shape[axis]}")
    out = list(shape)
    out[axis] = k
    return [_t(ctx.inputs[0].dtype, out), _t(np.int64, out)]


def _top_k_emit(ctx, e):
    d = e.dims(0)
    axis = normalize_axis(ctx, ctx.attr("axis", -1), len(d))
    od = e.out_dims(0)
    largest = bool(ctx.attr("largest", 1)) if ctx.opset >= 11 else True
    if not ctx.node.outputs[1]:
        raise InvalidGraph(f"{ctx.label}: the indices output is required")
    e.call("indexing", "top_k", e.arr(0, _axis3(d, axis)), e.out(0, _axis3(od, axis)), e.out(1, _axis3(od, axis)),
           str(largest))


_top_k_check = _all(lambda ctx: None if ctx.inputs[0].dtype != np.bool_ else "TopK does not take bool",
                    _numeric(0, what="compares values"))
register(OpDef("TopK", 1, KERNEL, _top_k_infer, emit=_top_k_emit, check=_top_k_check))
register(OpDef("TopK", 10, KERNEL, _top_k_infer, emit=_top_k_emit, shape_inputs=(1,), check=_top_k_check))


# ---------------------------------------------------------------- DepthToSpace / SpaceToDepth

def _permute_params(in_shape, perm):
    st = _contig_strides(in_shape)
    return [len(perm), 0] + [in_shape[p] for p in perm] + [st[p] for p in perm]


def _d2s_infer(ctx):
    x = ctx.shape(0)
    bs = ctx.required_attr("blocksize")
    if len(x) != 4:
        raise InvalidGraph(f"{ctx.label}: input must be 4-D")
    if isinstance(x[1], int) and x[1] % (bs * bs):
        raise InvalidGraph(f"{ctx.label}: channels {x[1]} not divisible by blocksize^2 = {bs * bs}")
    return [_t(ctx.inputs[0].dtype, [x[0], dim_op(ctx, lambda c: c // (bs * bs), x[1]),
                                     dim_op(ctx, lambda h: h * bs, x[2]), dim_op(ctx, lambda w: w * bs, x[3])])]


def _d2s_params(ctx):
    n, c, h, w = ctx.shape(0)
    bs = ctx.attr("blocksize")
    if c % (bs * bs):
        raise InvalidArgument(f"{ctx.label}: channels {c} not divisible by blocksize^2 = {bs * bs}")
    if ctx.attr("mode", "DCR") == "CRD":
        return _permute_params([n, c // (bs * bs), bs, bs, h, w], [0, 1, 4, 2, 5, 3])
    return _permute_params([n, bs, bs, c // (bs * bs), h, w], [0, 3, 4, 1, 5, 2])


def _s2d_infer(ctx):
    x = ctx.shape(0)
    bs = ctx.required_attr("blocksize")
    if len(x) != 4:
        raise InvalidGraph(f"{ctx.label}: input must be 4-D")
    for d in x[2:]:
        if isinstance(d, int) and d % bs:
            raise InvalidGraph(f"{ctx.label}: spatial dims {x[2:]} not divisible by blocksize {bs}")
    return [_t(ctx.inputs[0].dtype, [x[0], dim_op(ctx, lambda c: c * bs * bs, x[1]),
                                     dim_op(ctx, lambda h: h // bs, x[2]), dim_op(ctx, lambda w: w // bs, x[3])])]


def _s2d_params(ctx):
    n, c, h, w = ctx.shape(0)
    bs = ctx.attr("blocksize")
    if h % bs or w % bs:
        raise InvalidArgument(f"{ctx.label}: spatial dims {(h, w)} not divisible by blocksize {bs}")
    if ctx.attr("mode", "DCR") == "CRD":
        return _permute_params([n, c, h // bs, bs, w // bs, bs], [0, 1, 3, 5, 2, 4])
    return _permute_params([n, c, h // bs, bs, w // bs, bs], [0, 3, 5, 1, 2, 4])


def _strided_emit(ctx, e):
    e.call("indexing", "strided_copy", e.flat(0), e.flat_out(), e.params(14))


register(OpDef("DepthToSpace", 1, KERNEL, _d2s_infer, emit=_strided_emit, params=_d2s_params))
register(OpDef("SpaceToDepth", 1, KERNEL, _s2d_infer, emit=_strided_emit, params=_s2d_params))


# ---------------------------------------------------------------- Pad, CenterCropPad

_PAD_MODES = {"constant": 0, "reflect": 1, "edge": 2, "wrap": 3}


def _pad_amounts(ctx, r):
    """(begin, end) per axis."""
    if ctx.opset < 11:
        pads = list(ctx.attr("paddings" if ctx.opset < 2 else "pads") or [])
        axes = list(range(r))
    else:
        pads = [int(v) for v in ctx.need_value(1).reshape(-1)]
        if ctx.opset >= 18 and ctx.has_input(3):
            axes = [normalize_axis(ctx, int(a), r) for a in ctx.need_value(3).reshape(-1)]
        else:
            axes = list(range(r))
    if len(pads) != 2 * len(axes):
        raise InvalidGraph(f"{ctx.label}: pads has {len(pads)} values for {len(axes)} axes")
    begin, end = [0] * r, [0] * r
    for i, a in enumerate(axes):
        begin[a] = int(pads[i])
        end[a] = int(pads[i + len(axes)])
    return begin, end


def _pad_mode(ctx):
    mode = ctx.attr("mode", "constant")
    if isinstance(mode, bytes):
        mode = mode.decode()
    if mode not in _PAD_MODES:
        raise InvalidGraph(f"{ctx.label}: unknown pad mode '{mode}'")
    return _PAD_MODES[mode]


def _pad_infer(ctx):
    x = ctx.shape(0)
    _pad_mode(ctx)
    if ctx.opset >= 11 and ctx.value(1) is None:
        return [_t(ctx.inputs[0].dtype, [ctx.fresh_dim() for _ in x])]
    begin, end = _pad_amounts(ctx, len(x))
    out = [dim_op(ctx, lambda d, b=b, c=c: d + b + c, d) for d, b, c in zip(x, begin, end)]
    for d in out:
        if isinstance(d, int) and d < 0:
            raise InvalidArgument(f"{ctx.label}: pads {begin + end} give a negative dim for input {x}")
    return [_t(ctx.inputs[0].dtype, out)]


def _pad_params(ctx):
    x = list(ctx.shape(0))
    begin, _ = _pad_amounts(ctx, len(x))
    mode = _pad_mode(ctx)
    y = list(ctx.out_shape())
    if mode != 0 and any(d == 0 for d in x) and any(d > 0 for d in y):
        raise InvalidArgument(f"{ctx.label}: cannot pad an empty input in a non-constant mode")
    return [len(x), mode] + x + y + begin


def _pad_emit(ctx, e):
    r = len(ctx.shape(0))
    dt = ctx.inputs[0].dtype
    cv = e.flat(2) if ctx.opset >= 11 and e.has_input(2) else _none(e, dt)
    default = ctx.attr("value", 0.0) if ctx.opset < 11 else 0
    e.call("indexing", "pad", e.flat(0), e.flat_out(), cv, _bits_lit(default, dt), e.params(2 + 3 * r))


register(OpDef("Pad", 1, KERNEL, _pad_infer, emit=_pad_emit, params=_pad_params))
register(OpDef("Pad", 11, KERNEL, _pad_infer, emit=_pad_emit, params=_pad_params, shape_inputs=(1, 3)))


def _ccp_target(ctx, x):
    r = len(x)
    shape = [int(v) for v in ctx.need_value(1).reshape(-1)]
    axes = ctx.attr("axes")
    axes = list(range(r)) if axes is None else [normalize_axis(ctx, a, r) for a in axes]
    if len(shape) != len(axes):
        raise InvalidGraph(f"{ctx.label}: shape has {len(shape)} values for {len(axes)} axes")
    out = list(x)
    for a, s in zip(axes, shape):
        out[a] = s
    return out


def _ccp_infer(ctx):
    x = ctx.shape(0)
    if ctx.value(1) is None:
        return [_t(ctx.inputs[0].dtype, [ctx.fresh_dim() for _ in x])]
    return [_t(ctx.inputs[0].dtype, _ccp_target(ctx, x))]


def _ccp_params(ctx):
    x = list(ctx.shape(0))
    y = _ccp_target(ctx, x)
    begin = [(s - d) // 2 if s >= d else -((d - s) // 2) for d, s in zip(x, y)]
    return [len(x), 0] + x + y + begin


def _ccp_emit(ctx, e):
    r = len(ctx.shape(0))
    dt = ctx.inputs[0].dtype
    e.call("indexing", "pad", e.flat(0), e.flat_out(), _none(e, dt), _bits_lit(0, dt), e.params(2 + 3 * r))


register(OpDef("CenterCropPad", 18, KERNEL, _ccp_infer, emit=_ccp_emit, params=_ccp_params, shape_inputs=(1,)))


# ---------------------------------------------------------------- ReverseSequence

def _rs_axes(ctx):
    b, t = ctx.attr("batch_axis", 1), ctx.attr("time_axis", 0)
    if {b, t} != {0, 1}:
        raise InvalidGraph(f"{ctx.label}: batch_axis and time_axis must be 0 and 1 in some order")
    return b, t


def _rs_infer(ctx):
    if len(ctx.shape(0)) < 2:
        raise InvalidGraph(f"{ctx.label}: input must have rank >= 2")
    _rs_axes(ctx)
    return [ctx.inputs[0]]


def _rs_emit(ctx, e):
    b, _ = _rs_axes(ctx)
    d = e.dims(0)
    view = [d[0], d[1], _pe(d[2:])]
    k = e.kernel("indexing")
    e.params(1)     # the shape check runs per signature
    _raise_if_bad(e, ctx, f"{k}.reverse_sequence({e.arr(0, view)}, {e.out(0, view)}, {e.flat(1)}, {b})",
                  "a sequence length is out of range [0, time dim]")


def _rs_params_check(ctx):
    return None if ctx.inputs[1].dtype == np.int64 else "sequence_lens must be int64"


def _rs_params(ctx):
    b, _ = _rs_axes(ctx)
    B = ctx.shape(0)[b]
    if tuple(ctx.shape(1)) != (B,):
        raise InvalidArgument(f"{ctx.label}: sequence_lens shape {ctx.shape(1)} must be ({B},)")
    return [0]


register(OpDef("ReverseSequence", 10, KERNEL, _rs_infer, emit=_rs_emit, params=_rs_params, check=_rs_params_check))


# ---------------------------------------------------------------- Resize / Upsample

_RESIZE_MODES = {"nearest": 0, "linear": 1, "bilinear": 1, "trilinear": 1, "cubic": 2, "bicubic": 2}
_CTMS = {"half_pixel": 0, "half_pixel_symmetric": 1, "pytorch_half_pixel": 2, "align_corners": 3,
         "asymmetric": 4, "tf_crop_and_resize": 5}
_NEAREST = {"round_prefer_floor": 0, "round_prefer_ceil": 1, "floor": 2, "ceil": 3}


def _opt_value(ctx, i):
    """An optional float input's value as a list, None when absent or empty."""
    if not ctx.has_input(i):
        return None
    v = ctx.need_value(i)
    v = np.asarray(v).reshape(-1)
    return None if v.size == 0 else v


def _resize_geometry(ctx):
    """(out_shape, scales, roi) for concrete input dims; roi is None or [(start, end)] per axis."""
    x = [int(d) for d in ctx.shape(0)]
    r = len(x)
    op = ctx.node.op_type
    roi = scales = sizes = None
    if op == "Upsample":
        scales = ctx.attr("scales") if ctx.opset < 9 else _opt_value(ctx, 1)
    elif ctx.opset < 11:
        scales = _opt_value(ctx, 1)
    else:
        roi = _opt_value(ctx, 1)
        scales = _opt_value(ctx, 2)
        sizes = _opt_value(ctx, 3)
    if scales is not None and sizes is not None:
        raise InvalidGraph(f"{ctx.label}: only one of scales and sizes may be given")
    if scales is None and sizes is None:
        raise InvalidGraph(f"{ctx.label}: one of scales and sizes is required")
    axes = ctx.attr("axes") if op == "Resize" and ctx.opset >= 18 else None
    axes = list(range(r)) if axes is None else [normalize_axis(ctx, a, r) for a in axes]
    n = len(scales) if scales is not None else len(sizes)
    if n != len(axes):
        raise InvalidGraph(f"{ctx.label}: {n} scales/sizes for {len(axes)} axes")
    full_roi = None
    if roi is not None:
        if len(roi) != 2 * len(axes):
            raise InvalidGraph(f"{ctx.label}: roi has {len(roi)} values for {len(axes)} axes")
        full_roi = [(0.0, 1.0)] * r
        for i, a in enumerate(axes):
            full_roi[a] = (float(roi[i]), float(roi[i + len(axes)]))
    sc = [1.0] * r
    out = list(x)
    if scales is not None:
        for i, a in enumerate(axes):
            s = float(np.float32(scales[i])) if op == "Resize" else float(scales[i])
            if s <= 0:
                raise InvalidArgument(f"{ctx.label}: scales must be positive, got {list(scales)}")
            sc[a] = s
            out[a] = int(s * x[a])
    else:
        for i, a in enumerate(axes):
            out[a] = int(sizes[i])
            sc[a] = out[a] / x[a] if x[a] else 1.0
        policy = ctx.attr("keep_aspect_ratio_policy", "stretch") if ctx.opset >= 18 else "stretch"
        if policy != "stretch":
            vals = [sc[a] for a in axes]
            s = min(vals) if policy == "not_larger" else max(vals)
            for a in axes:
                sc[a] = s
                out[a] = int(s * x[a] + 0.5)
    return out, sc, full_roi


def _resize_infer(ctx):
    x = ctx.shape(0)
    if not all(isinstance(d, int) for d in x):
        return [_t(ctx.inputs[0].dtype, [ctx.fresh_dim() for _ in x])]
    out, _, _ = _resize_geometry(ctx)
    return [_t(ctx.inputs[0].dtype, out)]


def _resize_modes(ctx):
    op = ctx.node.op_type
    mode = ctx.attr("mode", "nearest")
    if mode not in _RESIZE_MODES:
        raise InvalidGraph(f"{ctx.label}: unknown mode '{mode}'")
    if op == "Upsample" or ctx.opset < 11:
        return _RESIZE_MODES[mode], _CTMS["asymmetric"], 4, -0.75, False, 0.0, False
    ctm = ctx.attr("coordinate_transformation_mode", "half_pixel")
    if ctm not in _CTMS:
        raise InvalidGraph(f"{ctx.label}: unknown coordinate_transformation_mode '{ctm}'")
    nm = ctx.attr("nearest_mode", "round_prefer_floor")
    if nm not in _NEAREST:
        raise InvalidGraph(f"{ctx.label}: unknown nearest_mode '{nm}'")
    return (_RESIZE_MODES[mode], _CTMS[ctm], _NEAREST[nm], float(ctx.attr("cubic_coeff_a", -0.75)),
            bool(ctx.attr("exclude_outside", 0)), float(ctx.attr("extrapolation_value", 0.0)),
            bool(ctx.attr("antialias", 0)) if ctx.opset >= 18 else False)


def _resize_params(ctx):
    x = [int(d) for d in ctx.shape(0)]
    r = len(x)
    out, sc, roi = _resize_geometry(ctx)
    mode, ctm, nm, a, excl, extrap, aa = _resize_modes(ctx)
    if ctm == _CTMS["tf_crop_and_resize"] and roi is None:
        raise InvalidArgument(f"{ctx.label}: tf_crop_and_resize needs roi")
    dt = ctx.out_dtype()
    rnd = dt.kind in "iub"
    lo, hi = (0.0, 0.0)
    if dt.kind in "iu":
        info = np.iinfo(dt)
        lo, hi = float(info.min), float(info.max)
    elif dt.kind == "b":
        lo, hi = 0.0, 1.0
    p = [r, mode, ctm, nm, int(excl), int(aa), _fbits(a), _fbits(extrap), int(rnd), _fbits(lo), _fbits(hi)]
    for k in range(r):
        r0, r1 = roi[k] if roi is not None else (0.0, 1.0)
        skip = (math.isclose(sc[k], 1.0) and out[k] == x[k]
                and (roi is None or (math.isclose(r0, 0.0) and math.isclose(r1, 1.0))))
        if x[k] == 0 and out[k] != 0:
            raise InvalidArgument(f"{ctx.label}: cannot resize an empty axis {k} to {out[k]}")
        p += [x[k], out[k], int(skip or out[k] == 0), _fbits(sc[k]), _fbits(r0), _fbits(r1)]
    return p


def _resize_emit(ctx, e):
    r = len(ctx.shape(0))
    # mode nearest: the copying kernel alone (resize would compile the float64 passes too)
    fn = "resize_nearest" if _resize_modes(ctx)[0] == 0 else "resize"
    e.call("indexing", fn, e.flat(0), e.flat_out(), e.params(11 + 6 * r))


def _resize_check(ctx):
    if ctx.inputs[0].dtype == np.bool_:
        return "Resize does not take bool"
    return _numeric(0, what="interpolates")(ctx)


register(OpDef("Resize", 10, KERNEL, _resize_infer, emit=_resize_emit, params=_resize_params,
               shape_inputs=(1,), check=_resize_check))
register(OpDef("Resize", 11, KERNEL, _resize_infer, emit=_resize_emit, params=_resize_params,
               shape_inputs=(1, 2, 3), check=_resize_check))
register(OpDef("Upsample", 7, KERNEL, _resize_infer, emit=_resize_emit, params=_resize_params,
               check=_resize_check))
register(OpDef("Upsample", 9, KERNEL, _resize_infer, emit=_resize_emit, params=_resize_params,
               shape_inputs=(1,), check=_resize_check))


# ---------------------------------------------------------------- TensorScatter

def _ts_axis(ctx, r):
    axis = normalize_axis(ctx, ctx.attr("axis", -2), r)
    if axis == 0:
        raise InvalidGraph(f"{ctx.label}: axis cannot be the batch dimension")
    return axis


def _ts_infer(ctx):
    _ts_axis(ctx, len(ctx.shape(0)))
    if len(ctx.shape(1)) != len(ctx.shape(0)):
        raise InvalidGraph(f"{ctx.label}: update rank differs from past_cache rank")
    mode = ctx.attr("mode", "linear")
    if mode not in ("linear", "circular"):
        raise InvalidGraph(f"{ctx.label}: unknown mode '{mode}'")
    return [ctx.inputs[0]]


def _ts_emit(ctx, e):
    d, u = e.dims(0), e.dims(1)
    axis = _ts_axis(ctx, len(d))
    view = lambda dims: [dims[0], _pe(dims[1:axis]), dims[axis], _pe(dims[axis + 1:])]
    w = e.flat(2) if e.has_input(2) else _none(e, np.int64)
    k = e.kernel("indexing")
    e.params(1)     # the shape check runs per signature
    e.call("tensor", "copy", e.flat_out(), e.flat(0))
    _raise_if_bad(e, ctx, f"{k}.tensor_scatter({e.out(0, view(d))}, {e.arr(1, view(u))}, {w}, "
                          f"{ctx.attr('mode', 'linear') == 'circular'})",
                  "a write index is out of range for the cache")


def _ts_params_check(ctx):
    x, u = ctx.shape(0), ctx.shape(1)
    axis = _ts_axis(ctx, len(x))
    for k, (a, b) in enumerate(zip(x, u)):
        if k != axis and a != b or (k == axis and b > a):
            raise InvalidArgument(f"{ctx.label}: update shape {u} does not fit cache shape {x}")
    if ctx.has_input(2) and tuple(ctx.shape(2)) != (x[0],):
        raise InvalidArgument(f"{ctx.label}: write_indices shape {ctx.shape(2)} must be ({x[0]},)")
    return [0]


register(OpDef("TensorScatter", 24, KERNEL, _ts_infer, emit=_ts_emit, params=_ts_params_check,
               check=lambda ctx: None if ctx.inputs[0].dtype != object else "string tensors are not supported"))
