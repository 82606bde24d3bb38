"""Shape and data-movement ops: views (no code), strided copies, and copy kernels."""
from __future__ import annotations

import numpy as np

from onnxjit.errors import InvalidGraph
from .. import ir
from ..registry import (ALL, KERNEL, STRIDED, VIEW, OpDef, dim_op, lit, normalize_axis, register,
                        broadcast_shapes, ShapeValueUnknown)


def _t(dtype, shape):
    return ir.TensorType(np.dtype(dtype), None if shape is None else tuple(shape))


# ---------------------------------------------------------------- views

def _reshape_shape(ctx, shape_in, target, allowzero):
    target = [int(d) for d in target]
    out: list = []
    unknown = None
    for k, d in enumerate(target):
        if d == 0 and not allowzero:
            if k >= len(shape_in):
                raise InvalidGraph(f"{ctx.label}: shape {target} copies dim {k} of a rank-{len(shape_in)} input")
            out.append(shape_in[k])
        elif d == -1:
            if unknown is not None:
                raise InvalidGraph(f"{ctx.label}: shape {target} has more than one -1")
            unknown = k
            out.append(-1)
        elif d < -1:
            raise InvalidGraph(f"{ctx.label}: invalid dim {d} in shape {target}")
        else:
            out.append(d)
    if unknown is not None:
        if all(isinstance(d, int) for d in shape_in) and all(isinstance(d, int) for d in out):
            total = int(np.prod(shape_in, dtype=np.int64))
            known = int(np.prod([d for d in out if d != -1], dtype=np.int64))
            if known == 0 or total % known:
                raise InvalidGraph(f"{ctx.label}: cannot reshape {tuple(shape_in)} to {target}")
            out[unknown] = total // known
        else:
            out[unknown] = _symbolic_quotient(ctx, shape_in, [d for k, d in enumerate(out) if k != unknown])
    elif all(isinstance(d, int) for d in shape_in) and all(isinstance(d, int) for d in out):
        if int(np.prod(shape_in, dtype=np.int64)) != int(np.prod(out, dtype=np.int64)):
            raise InvalidGraph(f"{ctx.label}: cannot reshape {tuple(shape_in)} to {tuple(target)}")
    return tuple(out)


def _symbolic_quotient(ctx, shape_in, known_out):
    """The -1 of a reshape when symbolic dims cancel ([N,4,8,8] -> [N,-1] gives 256)."""
    sym_in = [d for d in shape_in if not isinstance(d, int)]
    sym_out = [d for d in known_out if not isinstance(d, int)]
    for d in sym_out:
        if d not in sym_in:
            return ctx.fresh_dim()
        sym_in.remove(d)
    if sym_in:
        return ctx.fresh_dim()
    num = int(np.prod([d for d in shape_in if isinstance(d, int)], dtype=np.int64))
    den = int(np.prod([d for d in known_out if isinstance(d, int)], dtype=np.int64))
    return num // den if den and num % den == 0 else ctx.fresh_dim()


def _reshape_infer(ctx):
    x = ctx.inputs[0]
    if ctx.opset < 5:
        target = ctx.attr("shape")
    else:
        v = ctx.value(1)
        if v is None:
            n = ctx.inputs[1].shape[0] if ctx.inputs[1].shape and isinstance(ctx.inputs[1].shape[0], int) else None
            return [_t(x.dtype, None if n is None else [ctx.fresh_dim() for _ in range(n)])]
        target = v.tolist()
    if x.shape is None:
        return [_t(x.dtype, None)]
    return [_t(x.dtype, _reshape_shape(ctx, x.shape, target, ctx.attr("allowzero", 0)))]


def _view_value(ctx, x, *rest):
    return [x.reshape(ctx.outputs[0].shape)]


register(OpDef("Reshape", 1, VIEW, _reshape_infer, value=_view_value))
register(OpDef("Reshape", 5, VIEW, _reshape_infer, shape_inputs=(1,), value=_view_value))


def _flatten_infer(ctx):
    x = ctx.inputs[0]
    r = len(ctx.shape(0))
    axis = ctx.attr("axis", 1)
    axis = axis + r if axis < 0 else axis
    if not 0 <= axis <= r:
        raise InvalidGraph(f"{ctx.label}: axis {ctx.attr('axis', 1)} out of range for rank {r}")
    a = dim_op(ctx, lambda *d: int(np.prod(d)), *x.shape[:axis]) if axis else 1
    b = dim_op(ctx, lambda *d: int(np.prod(d)), *x.shape[axis:]) if axis < r else 1
    return [_t(x.dtype, (a, b))]


register(OpDef("Flatten", 1, VIEW, _flatten_infer, value=_view_value))


def _squeeze_axes(ctx):
    if ctx.opset >= 13:
        if not ctx.has_input(1):
            return None
        return [int(a) for a in ctx.need_value(1).reshape(-1)]
    return ctx.attr("axes")


def _squeeze_infer(ctx):
    x = ctx.inputs[0]
    shape = ctx.shape(0)
    axes = _squeeze_axes(ctx)
    if axes is None:
        if not all(isinstance(d, int) for d in shape):
            return [_t(x.dtype, None)]
        return [_t(x.dtype, [d for d in shape if d != 1])]
    axes = {normalize_axis(ctx, a, len(shape)) for a in axes}
    for a in axes:
        if isinstance(shape[a], int) and shape[a] != 1:
            raise InvalidGraph(f"{ctx.label}: cannot squeeze axis {a} of size {shape[a]}")
    return [_t(x.dtype, [d for k, d in enumerate(shape) if k not in axes])]


register(OpDef("Squeeze", 1, VIEW, _squeeze_infer, value=_view_value))
register(OpDef("Squeeze", 13, VIEW, _squeeze_infer, shape_inputs=(1,), value=_view_value))


def _unsqueeze_infer(ctx):
    x = ctx.inputs[0]
    shape = ctx.shape(0)
    axes = [int(a) for a in ctx.need_value(1).reshape(-1)] if ctx.opset >= 13 else ctx.attr("axes")
    r = len(shape) + len(axes)
    axes = sorted(normalize_axis(ctx, a, r) for a in axes)
    if len(set(axes)) != len(axes):
        raise InvalidGraph(f"{ctx.label}: repeated axes {axes}")
    out, it = [], iter(shape)
    for k in range(r):
        out.append(1 if k in axes else next(it))
    return [_t(x.dtype, out)]


register(OpDef("Unsqueeze", 1, VIEW, _unsqueeze_infer, value=_view_value))
register(OpDef("Unsqueeze", 13, VIEW, _unsqueeze_infer, shape_inputs=(1,), value=_view_value))


# ---------------------------------------------------------------- strided copies

def _contig_strides(shape):
    s, acc = [0] * len(shape), 1
    for k in range(len(shape) - 1, -1, -1):
        s[k] = acc
        acc *= shape[k]
    return s


def _perm(ctx, r):
    perm = ctx.attr("perm")
    if perm is None:
        return list(range(r - 1, -1, -1))
    if sorted(perm) != list(range(r)):
        raise InvalidGraph(f"{ctx.label}: perm {perm} is not a permutation of {r} axes")
    return list(perm)


def _transpose_infer(ctx):
    shape = ctx.shape(0)
    return [_t(ctx.inputs[0].dtype, [shape[p] for p in _perm(ctx, len(shape))])]


def _transpose_access(ctx):
    shape = ctx.shape(0)
    st = _contig_strides(shape)
    return 0, [st[p] for p in _perm(ctx, len(shape))]


register(OpDef("Transpose", 1, STRIDED, _transpose_infer, access=_transpose_access,
               value=lambda ctx, x: [np.transpose(x, _perm(ctx, x.ndim))]))


def _expand_infer(ctx):
    x = ctx.inputs[0]
    v = ctx.value(1)
    if v is None:
        n = ctx.inputs[1].shape[0] if ctx.inputs[1].shape and isinstance(ctx.inputs[1].shape[0], int) else None
        return [_t(x.dtype, None if n is None or x.shape is None
                   else broadcast_shapes([x.shape, tuple(ctx.fresh_dim() for _ in range(n))], ctx))]
    return [_t(x.dtype, broadcast_shapes([ctx.shape(0), tuple(int(d) for d in v)], ctx))]


def _expand_access(ctx):
    from ..program import broadcast_strides
    return 0, broadcast_strides(ctx.shape(0), ctx.out_shape())


register(OpDef("Expand", 8, STRIDED, _expand_infer, shape_inputs=(1,), access=_expand_access,
               value=lambda ctx, x, s: [np.broadcast_to(x, ctx.outputs[0].shape).copy()]))


def _slice_params(ctx):
    """Normalized (starts, steps) per axis and the output shape, for a concrete input shape."""
    shape = ctx.shape(0)
    r = len(shape)
    if ctx.opset < 10:
        starts, ends = ctx.attr("starts"), ctx.attr("ends")
        axes = ctx.attr("axes", list(range(len(starts))))
        steps = [1] * len(starts)
    else:
        starts = ctx.need_value(1).reshape(-1).tolist()
        ends = ctx.need_value(2).reshape(-1).tolist()
        axes = ctx.need_value(3).reshape(-1).tolist() if ctx.has_input(3) else list(range(len(starts)))
        steps = ctx.need_value(4).reshape(-1).tolist() if ctx.has_input(4) else [1] * len(starts)
    st = [0] * r
    sp = [1] * r
    out = list(shape)
    for s, e, a, k in zip(starts, ends, axes, steps):
        a = normalize_axis(ctx, int(a), r)
        d = shape[a]
        if k == 0:
            raise InvalidGraph(f"{ctx.label}: slice step cannot be 0")
        if not isinstance(d, int):
            out[a] = ctx.fresh_dim()
            continue
        s, e, k = int(s), int(e), int(k)
        if s < 0:
            s += d
        if e < 0:
            e += d
        if k > 0:
            s = min(max(s, 0), d)
            e = min(max(e, 0), d)
            n = max(0, (e - s + k - 1) // k)
        else:
            s = min(max(s, -1), d - 1)
            e = min(max(e, -1), d - 1)
            n = max(0, (s - e + (-k) - 1) // (-k))
        st[a], sp[a], out[a] = s, k, n
    return st, sp, out


def _slice_infer(ctx):
    x = ctx.inputs[0]
    if x.shape is None:
        return [_t(x.dtype, None)]
    try:
        _, _, out = _slice_params(ctx)
    except ShapeValueUnknown:
        return [_t(x.dtype, [ctx.fresh_dim() for _ in x.shape])]
    return [_t(x.dtype, out)]


def _slice_access(ctx):
    st, sp, _ = _slice_params(ctx)
    cs = _contig_strides(ctx.shape(0))
    off = sum(s * c for s, c in zip(st, cs))
    return off, [k * c for k, c in zip(sp, cs)]


def _slice_value(ctx, x, *rest):
    st, sp, out = _slice_params(ctx)
    # a negative step that runs to the front ends at None (an end of -1 would mean the last element)
    idx = tuple((slice(s, s + k * n if s + k * n >= 0 else None, k) if n else slice(0, 0))
                for s, k, n in zip(st, sp, out))
    res = x[idx]
    return [res.reshape(out)]


register(OpDef("Slice", 1, STRIDED, _slice_infer, access=_slice_access, value=_slice_value))
register(OpDef("Slice", 10, STRIDED, _slice_infer, shape_inputs=(1, 2, 3, 4), access=_slice_access,
               value=_slice_value))


# ---------------------------------------------------------------- shape, constants

def _shape_infer(ctx):
    r = ctx.inputs[0].rank
    if r is None:
        return [_t(np.int64, (ctx.fresh_dim(),))]
    start, end = _shape_range(ctx, r)
    return [_t(np.int64, (max(0, end - start),))]


def _shape_range(ctx, r):
    start = ctx.attr("start", 0) if ctx.opset >= 15 else 0
    end = ctx.attr("end", r) if ctx.opset >= 15 else r
    start = min(max(start + r if start < 0 else start, 0), r)
    end = min(max(end + r if end < 0 else end, 0), r)
    return start, end


def _shape_value(ctx, *_):
    shape = ctx.shape(0)
    start, end = _shape_range(ctx, len(shape))
    return [np.array(shape[start:end], dtype=np.int64)]


def _shape_params(ctx):
    return [int(d) for d in _shape_value(ctx)[0]]


def _shape_emit(ctx, e):
    n = ctx.out_shape()[0]
    if not isinstance(n, int):
        raise InvalidGraph(f"{ctx.label}: rank unknown")
    e.call("tensor", "write_ints", e.flat_out(), e.params(n))


_shape = register(OpDef("Shape", 1, KERNEL, _shape_infer, value=_shape_value, emit=_shape_emit,
                        params=_shape_params))
_shape.value_inputs = ()


def _size_value(ctx, *_):
    return [np.array(int(np.prod(ctx.shape(0), dtype=np.int64)), dtype=np.int64)]


_size = register(OpDef("Size", 1, KERNEL, lambda ctx: [_t(np.int64, ())], value=_size_value,
                       emit=lambda ctx, e: e.call("tensor", "write_ints", e.flat_out(), e.params(1)),
                       params=lambda ctx: [int(_size_value(ctx)[0])]))
_size.value_inputs = ()


def _cos_value_attr(ctx):
    v = ctx.attr("value")
    return np.zeros(1, np.float32) if v is None else np.asarray(v)


def _cos_infer(ctx):
    v = ctx.value(0)
    dt = _cos_value_attr(ctx).dtype
    if v is None:
        n = ctx.inputs[0].shape[0] if ctx.inputs[0].shape else None
        return [_t(dt, None if not isinstance(n, int) else [ctx.fresh_dim() for _ in range(n)])]
    dims = [int(d) for d in v.reshape(-1)]
    if any(d < 0 for d in dims):
        raise InvalidGraph(f"{ctx.label}: negative dim in shape {dims}")
    return [_t(dt, dims)]


def _cos_emit(ctx, e):
    v = _cos_value_attr(ctx).reshape(-1)[0]
    e.call("tensor", "fill", e.flat_out(), lit(v, ctx.out_dtype()))


register(OpDef("ConstantOfShape", 9, KERNEL, _cos_infer, shape_inputs=(0,), emit=_cos_emit,
               value=lambda ctx, s: [np.full([int(d) for d in s.reshape(-1)], _cos_value_attr(ctx).reshape(-1)[0],
                                             dtype=_cos_value_attr(ctx).dtype)]))


# ---------------------------------------------------------------- concat, split, gather, tile

def _concat_infer(ctx):
    ins = [t for t in ctx.inputs if t is not None]
    if any(t.shape is None for t in ins):     # a rank known only at run time (an If's output...)
        known = [t.shape for t in ins if t.shape is not None]
        return [_t(ins[0].dtype, [ctx.fresh_dim() for _ in known[0]] if known else None)]
    r = len(ins[0].shape)
    axis = normalize_axis(ctx, ctx.attr("axis", 1 if ctx.opset < 4 else None) if ctx.attr("axis") is not None
                          else 1, r)
    out = list(ins[0].shape)
    total = 0
    for t in ins:
        if len(t.shape) != r:
            raise InvalidGraph(f"{ctx.label}: all inputs must have rank {r}, got {t.shape}")
        d = t.shape[axis]
        total = total + d if isinstance(total, int) and isinstance(d, int) else ctx.fresh_dim()
    out[axis] = total
    return [_t(ins[0].dtype, out)]


def _axis3(dims, axis):
    outer = " * ".join(dims[:axis]) or "1"
    inner = " * ".join(dims[axis + 1:]) or "1"
    return [outer, dims[axis], inner]


def _axis2(dims, axis):
    """(outer, axis * inner): the view Concat and Split copy through, one contiguous run per row."""
    outer, n, inner = _axis3(dims, axis)
    return [outer, n if inner == "1" else f"{n} * {inner}"]


def _concat_emit(ctx, e):
    r = len(ctx.out_shape())
    axis = normalize_axis(ctx, ctx.attr("axis", 1), r)
    od = e.out_dims()
    out = e.out(0, _axis2(od, axis))
    inner = _axis3(od, axis)[2]
    offset = "0"
    for i, x in enumerate(ctx.node.inputs):
        if not x:
            continue
        d = e.dims(i)
        cols = offset if inner == "1" else f"({offset}) * ({inner})"
        e.call("tensor", "copy_into_axis", out, e.arr(i, _axis2(d, axis)), cols)
        offset = f"{offset} + {d[axis]}" if offset != "0" else d[axis]


register(OpDef("Concat", 1, KERNEL, _concat_infer, emit=_concat_emit,
               value=lambda ctx, *xs: [np.concatenate([x for x in xs if x is not None],
                                                      axis=ctx.attr("axis", 1))]))


def _gather_infer(ctx):
    x, idx = ctx.shape(0), ctx.shape(1)
    axis = normalize_axis(ctx, ctx.attr("axis", 0), len(x))
    return [_t(ctx.inputs[0].dtype, list(x[:axis]) + list(idx) + list(x[axis + 1:]))]


def _gather_emit(ctx, e):
    xd = e.dims(0)
    axis = normalize_axis(ctx, ctx.attr("axis", 0), len(xd))
    nidx = " * ".join(e.dims(1)) or "1"
    od3 = [" * ".join(xd[:axis]) or "1", nidx, " * ".join(xd[axis + 1:]) or "1"]
    e.line(f"bad = {e.kernel('tensor')}.gather({e.arr(0, _axis3(xd, axis))}, {e.flat(1)}, {e.out(0, od3)})")
    e.line("if bad >= 0:")
    e.line(f"    raise IndexError('Gather ({ctx.node.name}): an index is out of range for axis {axis}')")


def _gather_value(ctx, x, idx):
    axis = ctx.attr("axis", 0)
    n = x.shape[axis]
    if np.any((idx < -n) | (idx >= n)):
        raise IndexError("index out of range")
    return [np.take(x, np.where(idx < 0, idx + n, idx), axis=axis)]


register(OpDef("Gather", 1, KERNEL, _gather_infer, emit=_gather_emit, value=_gather_value,
               check=lambda ctx: None if ctx.inputs[1].dtype in (np.int32, np.int64) else "indices must be int32/int64"))


def _split_sizes(ctx, d, n):
    if ctx.opset >= 13 and ctx.has_input(1):
        return [int(s) for s in ctx.need_value(1).reshape(-1)]
    if ctx.opset < 13 and ctx.attr("split") is not None:
        return list(ctx.attr("split"))
    if ctx.opset < 13 and ctx.has_input(1):
        return [int(s) for s in ctx.need_value(1).reshape(-1)]
    if not isinstance(d, int):
        return None
    if ctx.opset >= 18 and ctx.attr("num_outputs") is not None:
        k = ctx.attr("num_outputs")
        size = -(-d // k)
        return [min(size, max(0, d - size * i)) for i in range(k)]
    if d % n:
        raise InvalidGraph(f"{ctx.label}: dim {d} does not split evenly into {n}")
    return [d // n] * n


def _split_infer(ctx):
    shape = ctx.shape(0)
    axis = normalize_axis(ctx, ctx.attr("axis", 0), len(shape))
    n = len(ctx.node.outputs)
    sizes = _split_sizes(ctx, shape[axis], n)
    if sizes is not None and (len(sizes) != n or any(v < 0 for v in sizes) or (
            isinstance(shape[axis], int) and sum(sizes) != shape[axis])):
        raise InvalidGraph(f"{ctx.label}: split sizes {sizes} do not split dim {shape[axis]} of axis {axis} "
                           f"into {n} outputs")
    outs = []
    for k in range(n):
        s = list(shape)
        s[axis] = ctx.fresh_dim() if sizes is None else sizes[k]
        outs.append(_t(ctx.inputs[0].dtype, s))
    return outs


def _split_emit(ctx, e):
    xd = e.dims(0)
    axis = normalize_axis(ctx, ctx.attr("axis", 0), len(xd))
    x2 = e.arr(0, _axis2(xd, axis))
    inner = _axis3(xd, axis)[2]
    offset = "0"
    for j, o in enumerate(ctx.node.outputs):
        od = e.out_dims(j)
        if o:
            cols = offset if inner == "1" else f"({offset}) * ({inner})"
            e.call("tensor", "copy_from_axis", e.out(j, _axis2(od, axis)), x2, cols)
        offset = od[axis] if offset == "0" else f"{offset} + {od[axis]}"


register(OpDef("Split", 1, KERNEL, _split_infer, shape_inputs=(1,), emit=_split_emit))


def _tile_infer(ctx):
    shape = ctx.shape(0)
    reps = ctx.value(1)
    if reps is None:
        return [_t(ctx.inputs[0].dtype, [ctx.fresh_dim() for _ in shape])]
    reps = [int(r) for r in reps.reshape(-1)]
    if len(reps) != len(shape):
        raise InvalidGraph(f"{ctx.label}: repeats {reps} do not match rank {len(shape)}")
    return [_t(ctx.inputs[0].dtype, [dim_op(ctx, lambda a, b: a * b, d, r) for d, r in zip(shape, reps)])]


def _tile_emit(ctx, e):
    r = len(ctx.out_shape())
    e.call("tensor", "tile", e.flat(0), e.flat_out(), e.params(1 + 2 * r))


register(OpDef("Tile", 6, KERNEL, _tile_infer, shape_inputs=(1,), emit=_tile_emit,
               params=lambda ctx: [len(ctx.shape(0))] + list(ctx.shape(0)) + list(ctx.out_shape()),
               value=lambda ctx, x, r: [np.tile(x, [int(v) for v in r])]))
