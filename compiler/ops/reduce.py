"""Reductions: Reduce* (10 ops), ArgMax/ArgMin, CumSum/CumProd.

Every Reduce* op is one call into kernels/cpu/reduce (one kernel per kind of fold:
sum, |x| sum, x*x sum, prod, max, min, logsumexp; Mean/L2/LogSum finish a sum), and
one compiled function per (kernel, dtype) serves every rank and axis set: at plan
time the input's dims are collapsed into alternating runs of kept and reduced axes
(`_collapse`), which go to the kernel through the params slice.  Axes come from the
`axes` attribute before opset 13 (ReduceSum) / 18 (the others) and from the optional
second input after; its value is read per input-shape signature (shape_inputs).
"""
from __future__ import annotations

import numpy as np

from onnxjit.errors import InvalidArgument, InvalidGraph
from .. import ir
from ..registry import (FLOATS, INTS, KERNEL, OpDef, ShapeValueUnknown, lit, normalize_axis,
                        register)

_t = lambda dtype, shape: ir.TensorType(np.dtype(dtype), None if shape is None else tuple(shape))

# op -> (kernel in kernels/cpu/reduce.py, post code: 0 none, 1 mean, 2 sqrt, 3 log)
_KERNELS = {"ReduceSum": ("reduce_sum", 0), "ReduceMean": ("reduce_sum", 1), "ReduceLogSum": ("reduce_sum", 3),
            "ReduceL1": ("reduce_l1", 0), "ReduceL2": ("reduce_sumsq", 2), "ReduceSumSquare": ("reduce_sumsq", 0),
            "ReduceProd": ("reduce_prod", 0), "ReduceMax": ("reduce_max", 0), "ReduceMin": ("reduce_min", 0),
            "ReduceLogSumExp": ("reduce_logsumexp", 0)}

# the opset from which `axes` is an input instead of an attribute
_AXES_INPUT = {op: (13 if op == "ReduceSum" else 18) for op in _KERNELS}

_NUM = FLOATS + (np.int32, np.int64, np.uint32, np.uint64)
_DTYPES = {op: _NUM for op in _KERNELS}
_DTYPES["ReduceMax"] = _DTYPES["ReduceMin"] = _NUM + (np.int8, np.uint8, np.bool_)


# ---------------------------------------------------------------- axes and shapes

def _axes_input(ctx) -> bool:
    return ctx.opset >= _AXES_INPUT[ctx.node.op_type]


def _reduced(ctx, rank: int) -> list[bool]:
    """Which of the input's axes are reduced (needs the axes value; may raise ShapeValueUnknown)."""
    if _axes_input(ctx):
        axes = ctx.need_value(1).reshape(-1).tolist() if ctx.has_input(1) else []
    else:
        axes = list(ctx.attr("axes") or [])
    if not axes:
        noop = _axes_input(ctx) and bool(ctx.attr("noop_with_empty_axes", 0))
        return [not noop] * rank
    red = [False] * rank
    for a in axes:
        a = normalize_axis(ctx, int(a), rank)
        if a < rank:
            red[a] = True
    return red


def _reduce_infer(ctx):
    x = ctx.inputs[0]
    if x.shape is None:
        return [_t(x.dtype, None)]
    shape = x.shape
    keep = bool(ctx.attr("keepdims", 1))
    try:
        red = _reduced(ctx, len(shape))
    except ShapeValueUnknown:
        # axes known only at run time: the rank is still known in most cases
        if keep:
            return [_t(x.dtype, [d if d == 1 else ctx.fresh_dim() for d in shape])]
        a = ctx.inputs[1]
        n = a.shape[0] if a is not None and a.shape is not None and len(a.shape) == 1 else None
        if not isinstance(n, int):
            return [_t(x.dtype, None)]
        if n == 0:
            return [_t(x.dtype, shape if ctx.attr("noop_with_empty_axes", 0) else ())]
        return [_t(x.dtype, [ctx.fresh_dim() for _ in range(max(len(shape) - n, 0))])]
    out = []
    for d, r in zip(shape, red):
        if not r:
            out.append(d)
        elif keep:
            out.append(1)
    return [_t(x.dtype, out)]


def _collapse(shape, red):
    """(dims, output strides) of the alternating runs of kept / reduced axes (size-1 dims dropped)."""
    if any(d == 0 for d in shape):
        return [0], [0]
    runs: list[list] = []          # [size, kept]
    for d, r in zip(shape, red):
        if d == 1:
            continue
        if runs and runs[-1][1] == (not r):
            runs[-1][0] *= d
        else:
            runs.append([d, not r])
    if not runs:
        return [1], [0]
    strides, acc = [0] * len(runs), 1
    for k in range(len(runs) - 1, -1, -1):
        if runs[k][1]:
            strides[k] = acc
            acc *= runs[k][0]
    return [r[0] for r in runs], strides


def _nslots(rank: int) -> int:
    return 3 + 2 * max(rank, 1)


def _reduce_params(ctx):
    shape = ctx.shape(0)
    red = _reduced(ctx, len(shape))
    dims, strides = _collapse(shape, red)
    R = max(len(shape), 1)
    nout = int(np.prod([d for d, r in zip(shape, red) if not r], dtype=np.int64))
    nred = int(np.prod([d for d, r in zip(shape, red) if r], dtype=np.int64))
    pad = [0] * (R - len(dims))
    return [len(dims), nout, nred] + dims + pad + strides + pad


def _acc_dtype(dt):
    dt = np.dtype(dt)
    if dt.kind == "f":
        return np.dtype(np.float64)
    if dt.kind == "b":
        return np.dtype(np.uint8)
    return dt


def _identity(op, dt):
    dt = np.dtype(dt)
    if op in ("ReduceProd",):
        return 1
    if op == "ReduceMax":
        return -np.inf if dt.kind == "f" else (0 if dt.kind == "b" else np.iinfo(dt).min)
    if op == "ReduceMin":
        return np.inf if dt.kind == "f" else (1 if dt.kind == "b" else np.iinfo(dt).max)
    return 0


def _u8(expr, dt):
    return f"{expr}.view(np.uint8)" if np.dtype(dt) == np.bool_ else expr


def _reduce_emit(ctx, e):
    op = ctx.node.op_type
    dt = ctx.inputs[0].dtype
    fn, post = _KERNELS[op]
    e.call("reduce", fn, _u8(e.flat(0), dt), _u8(e.flat_out(), dt), e.params(_nslots(ctx.inputs[0].rank)),
           str(post), lit(_identity(op, dt), _acc_dtype(dt)))


def _reduce_check(ctx):
    if ctx.inputs[0] is None or ctx.inputs[0].rank is None:
        return "the input's rank is unknown"
    if _axes_input(ctx) and ctx.has_input(1) and ctx.inputs[1] is not None \
            and ctx.inputs[1].dtype != np.int64:
        return "axes must be int64"
    return None


def _np_reduce(ctx, x, *rest):
    """NumPy evaluation (constant folding, shape values): the kernel's semantics."""
    op = ctx.node.op_type
    red = _reduced(ctx, x.ndim)
    axes = tuple(k for k, r in enumerate(red) if r)
    keep = bool(ctx.attr("keepdims", 1))
    dt = x.dtype
    acc = _acc_dtype(dt) if dt.kind != "b" else dt
    with np.errstate(all="ignore"):
        if op == "ReduceMax":
            r = np.maximum.reduce(x, axis=axes, keepdims=keep, initial=_identity(op, dt))
        elif op == "ReduceMin":
            r = np.minimum.reduce(x, axis=axes, keepdims=keep, initial=_identity(op, dt))
        elif op == "ReduceProd":
            r = np.multiply.reduce(x.astype(acc), axis=axes, keepdims=keep)
        else:
            r = np.add.reduce(x.astype(acc), axis=axes, keepdims=keep)
            if op == "ReduceMean":
                n = int(np.prod([x.shape[a] for a in axes], dtype=np.int64))
                r = r / n if dt.kind == "f" else np.trunc(r / n) if n else np.zeros_like(r)
    return [np.asarray(r).astype(dt)]


for _op in _KERNELS:
    _value = _np_reduce if _op in ("ReduceSum", "ReduceMean", "ReduceMax", "ReduceMin", "ReduceProd") else None
    register(OpDef(_op, 1, KERNEL, _reduce_infer, emit=_reduce_emit, params=_reduce_params, value=_value,
                   dtypes=_DTYPES[_op], check=_reduce_check))
    register(OpDef(_op, _AXES_INPUT[_op], KERNEL, _reduce_infer, emit=_reduce_emit, params=_reduce_params,
                   value=_value, shape_inputs=(1,), dtypes=_DTYPES[_op], check=_reduce_check))


# ---------------------------------------------------------------- ArgMax / ArgMin

def _arg_axis(ctx, rank):
    return normalize_axis(ctx, int(ctx.attr("axis", 0)), rank)


def _arg_infer(ctx):
    x = ctx.inputs[0]
    if x.shape is None:
        return [_t(np.int64, None)]
    axis = _arg_axis(ctx, len(x.shape))
    keep = bool(ctx.attr("keepdims", 1))
    out = [d for k, d in enumerate(x.shape) if k != axis or keep]
    if keep and axis < len(out):
        out[axis] = 1
    return [_t(np.int64, out)]


def _axis3_params(shape, axis):
    shape = list(shape) or [1]
    return [int(np.prod(shape[:axis], dtype=np.int64)), int(shape[axis]),
            int(np.prod(shape[axis + 1:], dtype=np.int64))]


def _arg_params(ctx):
    shape = ctx.shape(0)
    axis = _arg_axis(ctx, len(shape))
    if len(shape) and shape[axis] == 0:
        raise InvalidArgument(f"{ctx.label}: cannot take {ctx.node.op_type} over an empty axis {axis}")
    return _axis3_params(shape, axis)


def _arg_emit(ctx, e):
    e.call("reduce", "arg_reduce", e.flat(0), e.flat_out(), e.params(3),
           str(int(ctx.node.op_type == "ArgMin")), str(int(bool(ctx.attr("select_last_index", 0)))))


def _arg_value(ctx, x):
    axis = _arg_axis(ctx, x.ndim)
    f = np.argmin if ctx.node.op_type == "ArgMin" else np.argmax
    if ctx.attr("select_last_index", 0):
        r = x.shape[axis] - 1 - f(np.flip(x, axis), axis=axis)
    else:
        r = f(x, axis=axis)
    r = np.asarray(r, np.int64)
    return [np.expand_dims(r, axis) if ctx.attr("keepdims", 1) else r]


_ARG_DTYPES = FLOATS + INTS
for _op in ("ArgMax", "ArgMin"):
    register(OpDef(_op, 1, KERNEL, _arg_infer, emit=_arg_emit, params=_arg_params, value=_arg_value,
                   dtypes=_ARG_DTYPES))


# ---------------------------------------------------------------- CumSum / CumProd

def _cum_axis(ctx, rank):
    a = ctx.need_value(1)
    if a.size != 1:
        raise InvalidGraph(f"{ctx.label}: axis must be a scalar, got shape {a.shape}")
    return normalize_axis(ctx, int(a.reshape(-1)[0]), rank)


def _cum_params(ctx):
    shape = ctx.shape(0)
    return _axis3_params(shape, _cum_axis(ctx, len(shape)))


def _cum_emit(ctx, e):
    dt = ctx.inputs[0].dtype
    prod = ctx.node.op_type == "CumProd"
    e.call("reduce", "cumulate", e.flat(0), e.flat_out(), e.params(3), str(int(prod)),
           str(int(bool(ctx.attr("exclusive", 0)))), str(int(bool(ctx.attr("reverse", 0)))),
           lit(1 if prod else 0, _acc_dtype(dt)))


def _cum_value(ctx, x, axis):
    ax = _cum_axis(ctx, x.ndim)
    f = np.cumprod if ctx.node.op_type == "CumProd" else np.cumsum
    ident = 1 if ctx.node.op_type == "CumProd" else 0
    if ctx.attr("reverse", 0):
        x = np.flip(x, ax)
    r = f(x, axis=ax, dtype=x.dtype)
    if ctx.attr("exclusive", 0):
        r = np.concatenate([np.full_like(np.take(r, [0], axis=ax), ident), np.delete(r, -1, axis=ax)], axis=ax) \
            if x.shape[ax] else r
    if ctx.attr("reverse", 0):
        r = np.flip(r, ax)
    return [np.ascontiguousarray(r)]


def _cum_check(ctx):
    t = ctx.inputs[1] if len(ctx.inputs) > 1 else None
    if t is not None and t.dtype not in (np.int32, np.int64):
        return "axis must be int32 or int64"
    return None


_CUM_DTYPES = FLOATS + (np.int32, np.int64, np.uint32, np.uint64)
register(OpDef("CumSum", 11, KERNEL, lambda ctx: [ctx.inputs[0]], emit=_cum_emit, params=_cum_params,
               value=_cum_value, shape_inputs=(1,), dtypes=_CUM_DTYPES, check=_cum_check))
register(OpDef("CumProd", 26, KERNEL, lambda ctx: [ctx.inputs[0]], emit=_cum_emit, params=_cum_params,
               value=_cum_value, shape_inputs=(1,), dtypes=_CUM_DTYPES, check=_cum_check))
