"""Sequences and optionals: HOST ops on Python values.

At run time a sequence is a Python list of arrays and an optional is its element or
None (empty).  Their types are ir.SequenceType / ir.OptionalType; partition sends any
node that has one to the host (generic ops such as Identity have a host variant here,
in the HOST_VARIANTS domain).  SequenceMap's body is compiled as a Program, like the
bodies of control flow (ops/control.py).
"""
from __future__ import annotations

import numpy as np

from onnxjit.errors import InvalidArgument, InvalidGraph
from .. import ir
from ..partition import HOST_VARIANTS
from ..registry import HOST, OpDef, normalize_axis, register
from .control import body_runner, infer_body, merge_types

_ANY = ir.TensorType(np.dtype(np.float32), None)


def _elem(t):
    """The element type of a sequence type (None when unknown)."""
    return t.elem if isinstance(t, ir.SequenceType) else None


def _t(dtype, shape):
    return ir.TensorType(np.dtype(dtype), None if shape is None else tuple(shape))


def _position(ctx, pos, n: int, inclusive: bool) -> int:
    p = int(np.asarray(pos).reshape(-1)[0])
    hi = n if inclusive else n - 1
    if not -n <= p <= hi:
        raise InvalidArgument(f"{ctx.label}: position {p} is out of range for a sequence of {n} tensors")
    return p + n if p < 0 else p


def _check_seq(ctx, s, i=0):
    if not isinstance(s, list):
        raise InvalidArgument(f"{ctx.label}: input {i} ('{ctx.node.inputs[i]}') is not a sequence")
    return s


# ---------------------------------------------------------------- construction

def _empty_infer(ctx):
    dtype = ir.np_dtype(ctx.attr("dtype", 1))
    return [ir.SequenceType(_t(dtype, None))]


register(OpDef("SequenceEmpty", 11, HOST, _empty_infer, run=lambda ctx: [[]]))


def _construct_infer(ctx):
    elem = None
    for t in ctx.inputs:
        elem = merge_types(elem, t, ctx.fresh_dim)
    return [ir.SequenceType(elem)]


def _construct_run(ctx, *xs):
    dts = {x.dtype for x in xs}
    if len(dts) > 1:
        raise InvalidArgument(f"{ctx.label}: the tensors of a sequence must have one type, got "
                              f"{sorted(d.name for d in dts)}")
    return [list(xs)]


register(OpDef("SequenceConstruct", 11, HOST, _construct_infer, run=_construct_run))


def _insert_infer(ctx):
    return [ir.SequenceType(merge_types(_elem(ctx.inputs[0]), ctx.inputs[1], ctx.fresh_dim))]


def _insert_run(ctx, s, x, pos=None):
    s = list(_check_seq(ctx, s))
    if s and s[0].dtype != x.dtype:
        raise InvalidArgument(f"{ctx.label}: cannot insert a {x.dtype} tensor into a sequence of {s[0].dtype}")
    p = len(s) if pos is None else _position(ctx, pos, len(s), inclusive=True)
    s.insert(p, x)
    return [s]


register(OpDef("SequenceInsert", 11, HOST, _insert_infer, run=_insert_run))


def _erase_run(ctx, s, pos=None):
    s = list(_check_seq(ctx, s))
    if not s:
        raise InvalidArgument(f"{ctx.label}: cannot erase from an empty sequence")
    p = len(s) - 1 if pos is None else _position(ctx, pos, len(s), inclusive=False)
    del s[p]
    return [s]


register(OpDef("SequenceErase", 11, HOST, lambda ctx: [ctx.inputs[0]], run=_erase_run))


def _at_infer(ctx):
    e = _elem(ctx.inputs[0])
    return [e if e is not None else _ANY]


def _at_run(ctx, s, pos):
    s = _check_seq(ctx, s)
    return [s[_position(ctx, pos, len(s), inclusive=False)]]


register(OpDef("SequenceAt", 11, HOST, _at_infer, run=_at_run))
register(OpDef("SequenceLength", 11, HOST, lambda ctx: [_t(np.int64, ())],
               run=lambda ctx, s: [np.array(len(_check_seq(ctx, s)), np.int64)]))


# ---------------------------------------------------------------- split / concat

def _split_infer(ctx):
    x = ctx.inputs[0]
    if x.shape is None:
        return [ir.SequenceType(_t(x.dtype, None))]
    axis = normalize_axis(ctx, int(ctx.attr("axis", 0)), len(x.shape))
    shape = list(x.shape)
    if not ctx.has_input(1) and not int(ctx.attr("keepdims", 1)):
        del shape[axis]
    else:
        shape[axis] = ctx.fresh_dim()
    return [ir.SequenceType(_t(x.dtype, shape))]


def _split_run(ctx, x, split=None):
    axis = normalize_axis(ctx, int(ctx.attr("axis", 0)), x.ndim)
    n = x.shape[axis]
    if split is None:
        parts = [np.take(x, [k], axis=axis) for k in range(n)]
        if not int(ctx.attr("keepdims", 1)):
            parts = [np.squeeze(p, axis=axis) for p in parts]
        return [[np.ascontiguousarray(p) for p in parts]]
    split = np.asarray(split).astype(np.int64)
    if split.ndim == 0:
        size = int(split)
        if size <= 0:
            raise InvalidArgument(f"{ctx.label}: split size {size} must be positive")
        sizes = [size] * (n // size) + ([n % size] if n % size else [])
    else:
        sizes = [int(v) for v in split]
        if any(v < 0 for v in sizes) or sum(sizes) != n:
            raise InvalidArgument(f"{ctx.label}: split sizes {sizes} do not add up to dimension {n}")
    bounds = np.cumsum([0] + sizes)
    out = []
    for a, b in zip(bounds[:-1], bounds[1:]):
        idx = [slice(None)] * x.ndim
        idx[axis] = slice(int(a), int(b))
        out.append(np.ascontiguousarray(x[tuple(idx)]))
    return [out]


register(OpDef("SplitToSequence", 11, HOST, _split_infer, run=_split_run))


def _concat_infer(ctx):
    e = _elem(ctx.inputs[0])
    new_axis = int(ctx.attr("new_axis", 0))
    if not isinstance(e, ir.TensorType) or e.shape is None:
        return [_t(e.dtype if isinstance(e, ir.TensorType) else np.float32, None)]
    shape = list(e.shape)
    r = len(shape) + new_axis
    axis = normalize_axis(ctx, int(ctx.required_attr("axis")), r)
    if new_axis:
        shape.insert(axis, ctx.fresh_dim())
    else:
        shape[axis] = ctx.fresh_dim()
    return [_t(e.dtype, shape)]


def _concat_run(ctx, s):
    s = _check_seq(ctx, s)
    if not s:
        raise InvalidArgument(f"{ctx.label}: cannot concatenate an empty sequence")
    new_axis = int(ctx.attr("new_axis", 0))
    r = s[0].ndim + new_axis
    axis = normalize_axis(ctx, int(ctx.required_attr("axis")), r)
    try:
        return [np.stack(s, axis=axis) if new_axis else np.concatenate(s, axis=axis)]
    except ValueError as e:
        raise InvalidArgument(f"{ctx.label}: {e}") from None


register(OpDef("ConcatFromSequence", 11, HOST, _concat_infer, run=_concat_run))


# ---------------------------------------------------------------- SequenceMap

def _map_infer(ctx):
    body = ctx.node.subgraphs["body"]
    formal = [_elem(t) if isinstance(t, ir.SequenceType) else t for t in ctx.inputs]
    outs = infer_body(ctx, body, formal)
    return [ir.SequenceType(t) for t in outs]


def _map_run(ctx, s, *others):
    s = _check_seq(ctx, s)
    for k, o in enumerate(others):
        if isinstance(o, list) and len(o) != len(s):
            raise InvalidArgument(f"{ctx.label}: input {k + 1} has {len(o)} tensors, the first sequence {len(s)}")
    body = ctx.node.subgraphs["body"]
    results: list[list] = [[] for _ in body.outputs]
    for i in range(len(s)):
        vals = [s[i]] + [o[i] if isinstance(o, list) else o for o in others]
        outs = body_runner(ctx, "body", vals)(vals)
        for k, v in enumerate(outs):
            results[k].append(v)
    return results


register(OpDef("SequenceMap", 17, HOST, _map_infer, run=_map_run))


# ---------------------------------------------------------------- Optional

def _optional_infer(ctx):
    if ctx.has_input(0):
        return [ir.OptionalType(ctx.inputs[0])]
    tp = ctx.attr("type")
    if tp is None:
        raise InvalidGraph(f"{ctx.label}: Optional with no input needs the 'type' attribute")
    from ..load import _type_of
    import onnx
    return [ir.OptionalType(_type_of(onnx.helper.make_value_info(ctx.node.outputs[0], tp)))]


register(OpDef("Optional", 15, HOST, _optional_infer, run=lambda ctx, x=None: [x]))


def _has_run(ctx, x=None):
    return [np.array(x is not None, np.bool_)]


register(OpDef("OptionalHasElement", 15, HOST, lambda ctx: [_t(np.bool_, ())], run=_has_run))


def _get_infer(ctx):
    t = ctx.inputs[0]
    return [t.elem if isinstance(t, ir.OptionalType) else t]


def _get_run(ctx, x=None):
    if x is None:
        raise InvalidArgument(f"{ctx.label}: the optional input is empty")
    return [x]


register(OpDef("OptionalGetElement", 15, HOST, _get_infer, run=_get_run))


# ---------------------------------------------------------------- generic ops on non-tensor values

register(OpDef("Identity", 1, HOST, lambda ctx: [ctx.inputs[0]], domain=HOST_VARIANTS,
               run=lambda ctx, x=None: [list(x) if isinstance(x, list) else x]))
