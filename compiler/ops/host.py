"""Host ops: numeric ops whose output *size* depends on the data (NonZero, Compress,
Unique).  They run in NumPy between compiled steps (kernels/host/indexing.py)."""
from __future__ import annotations

import numpy as np

from onnxjit.errors import InvalidGraph
from onnxjit.kernels.host import indexing as hk
from .. import ir
from ..registry import HOST, OpDef, normalize_axis, register


def _t(dtype, shape):
    return ir.TensorType(np.dtype(dtype), None if shape is None else tuple(shape))


# ---------------------------------------------------------------- NonZero

def _nonzero_infer(ctx):
    r = ctx.inputs[0].rank
    return [_t(np.int64, None if r is None else (max(r, 1) if r == 0 else r, ctx.fresh_dim()))]


register(OpDef("NonZero", 9, HOST, _nonzero_infer, run=lambda ctx, x: [hk.nonzero(x)],
               value=lambda ctx, x: [hk.nonzero(x)]))


# ---------------------------------------------------------------- Compress

def _compress_axis(ctx, r):
    axis = ctx.attr("axis")
    return None if axis is None else normalize_axis(ctx, axis, r)


def _compress_infer(ctx):
    x = ctx.shape(0)
    axis = _compress_axis(ctx, len(x))
    if ctx.inputs[1].rank is not None and ctx.inputs[1].rank != 1:
        raise InvalidGraph(f"{ctx.label}: condition must be 1-D")
    if axis is None:
        return [_t(ctx.inputs[0].dtype, (ctx.fresh_dim(),))]
    out = list(x)
    out[axis] = ctx.fresh_dim()
    return [_t(ctx.inputs[0].dtype, out)]


def _compress_run(ctx, x, cond):
    return [hk.compress(x, cond, _compress_axis(ctx, x.ndim), ctx.label)]


register(OpDef("Compress", 9, HOST, _compress_infer, run=_compress_run, value=_compress_run,
               check=lambda ctx: None if ctx.inputs[1].dtype == np.bool_ else "condition must be bool"))


# ---------------------------------------------------------------- Unique

def _unique_infer(ctx):
    x = ctx.shape(0)
    axis = ctx.attr("axis")
    n = ctx.fresh_dim()
    if axis is None:
        y = (n,)
    else:
        axis = normalize_axis(ctx, axis, len(x))
        y = tuple(n if k == axis else d for k, d in enumerate(x))
    inv = (ctx.fresh_dim(),) if axis is None else (x[axis],)
    return [_t(ctx.inputs[0].dtype, y), _t(np.int64, (n,)), _t(np.int64, inv), _t(np.int64, (n,))]


def _unique_run(ctx, x):
    axis = ctx.attr("axis")
    if axis is not None:
        axis = normalize_axis(ctx, axis, x.ndim)
    outs = hk.unique(x, axis, bool(ctx.attr("sorted", 1)))
    return outs[:len(ctx.node.outputs)]


register(OpDef("Unique", 11, HOST, _unique_infer, run=_unique_run))
