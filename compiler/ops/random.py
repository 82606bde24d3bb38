"""Random ops: RandomNormal, RandomUniform, RandomNormalLike, RandomUniformLike, Bernoulli,
Multinomial, and Dropout's training mode / mask output (kernels/cpu/random.py).

Seeding (kernels/cpu/random.py `prepare`): a node's `seed` attribute restarts the stream on
every run; without it the stream continues, reseeded by onnxjit.set_seed.  Outputs of types
held as bits (float16, bfloat16) are drawn in float32 and rounded (ops/fp16.py).
"""
from __future__ import annotations

import numpy as np
import onnx

from onnxjit.errors import InvalidGraph
from .. import ir
from ..registry import FLOATS, KERNEL, OpDef, _TABLE, lit, register


def _dtype_attr(ctx, default):
    dt = ctx.attr("dtype")
    if dt is None:
        return np.dtype(default)
    try:
        return ir.np_dtype(int(dt))
    except TypeError as err:
        raise InvalidGraph(f"{ctx.label}: {err}") from None


def _half(emit):
    """Lazily wrapped: ops/fp16.py loads last (it wraps the whole table when it loads)."""
    def wrapped(ctx, e):
        from .fp16 import half_emit
        return half_emit(emit)(ctx, e)
    return wrapped


def _prepare(ctx, e):
    seed = ctx.attr("seed")
    e.line(f"{e.kernel('random')}.prepare({float(seed or 0.0)!r}, {seed is not None})")


_OUT_FLOATS = [np.dtype(d) for d in FLOATS] + [np.dtype(np.float16), np.dtype("bfloat16")]


def _float_out_check(ctx):
    if ctx.outputs and ctx.outputs[0] is not None and ctx.outputs[0].dtype not in _OUT_FLOATS:
        return f"output dtype {ctx.outputs[0].dtype} is not a float type"
    return None


def _check_out(infer):
    def check(ctx):
        try:
            t = infer(ctx)[0]
        except InvalidGraph as err:
            return str(err)
        if t.dtype not in _OUT_FLOATS:
            return f"output dtype {t.dtype} is not a float type"
        return None
    return check


def _gen_emit(fn, a, b, da, db):
    def emit(ctx, e):
        _prepare(ctx, e)
        e.call("random", fn, e.flat_out(0), lit(ctx.attr(a, da), np.float64), lit(ctx.attr(b, db), np.float64))
    return _half(emit)


def _rn_infer(ctx):
    shape = ctx.required_attr("shape")
    return [ir.TensorType(_dtype_attr(ctx, np.float32), tuple(int(d) for d in shape))]


def _like_infer(ctx):
    return [ir.TensorType(_dtype_attr(ctx, ctx.inputs[0].dtype), ctx.inputs[0].shape)]


register(OpDef("RandomNormal", 1, KERNEL, _rn_infer, emit=_gen_emit("normal", "mean", "scale", 0.0, 1.0),
               check=_check_out(_rn_infer)))
register(OpDef("RandomUniform", 1, KERNEL, _rn_infer, emit=_gen_emit("uniform", "low", "high", 0.0, 1.0),
               check=_check_out(_rn_infer)))
register(OpDef("RandomNormalLike", 1, KERNEL, _like_infer,
               emit=_gen_emit("normal", "mean", "scale", 0.0, 1.0), check=_check_out(_like_infer)))
register(OpDef("RandomUniformLike", 1, KERNEL, _like_infer,
               emit=_gen_emit("uniform", "low", "high", 0.0, 1.0), check=_check_out(_like_infer)))


# ---------------------------------------------------------------- Bernoulli

def _bern_emit(ctx, e):
    _prepare(ctx, e)
    e.call("random", "bernoulli", e.flat(0), e.flat_out(0))


def _bern_check(ctx):
    try:
        t = _like_infer(ctx)[0]
    except InvalidGraph as err:
        return str(err)
    if t.dtype == object or (ir.codec(t.dtype) and not ir.is_float(t.dtype)):
        return f"output dtype {t.dtype} is not supported"
    return None


register(OpDef("Bernoulli", 15, KERNEL, _like_infer, emit=_half(_bern_emit),
               dtypes=FLOATS + (np.float16, np.dtype("bfloat16")), check=_bern_check))


# ---------------------------------------------------------------- Multinomial

def _multi_infer(ctx):
    x = ctx.shape(0)
    if len(x) != 2:
        raise InvalidGraph(f"{ctx.label}: input must be 2-D [batch_size, class_size], got {x}")
    return [ir.TensorType(_dtype_attr(ctx, np.int32), (x[0], int(ctx.attr("sample_size", 1))))]


def _multi_check(ctx):
    try:
        t = _multi_infer(ctx)[0]
    except Exception as err:
        return str(err)
    if t.dtype not in (np.dtype(np.int32), np.dtype(np.int64)):
        return "dtype must be int32 or int64"
    return None


def _multi_emit(ctx, e):
    _prepare(ctx, e)
    e.call("random", "multinomial", e.arr(0), e.out(0))


register(OpDef("Multinomial", 7, KERNEL, _multi_infer, emit=_half(_multi_emit),
               dtypes=FLOATS + (np.float16, np.dtype("bfloat16")), check=_multi_check))


# ---------------------------------------------------------------- Dropout (training mode, mask)

def _dropout_infer(ctx):
    outs = [ctx.inputs[0]]
    if len(ctx.node.outputs) > 1:
        # opset 7-9 returns the mask in the input's type, later versions as bool
        mdt = ctx.inputs[0].dtype if ctx.opset < 10 else np.dtype(np.bool_)
        outs.append(ir.TensorType(mdt, ctx.inputs[0].shape))
    return outs


def _dropout_emit(ctx, e):
    want_mask = len(ctx.node.outputs) > 1 and bool(ctx.node.outputs[1])
    if ctx.opset >= 12:
        ratio = e.flat(1) if e.has_input(1) else e.none(np.float32)
        train = e.flat(2) if e.has_input(2) else e.none(np.bool_)
    else:
        ratio, train = e.none(np.float32), e.none(np.bool_)   # opset < 12: inference only
    mask = e.flat_out(1) if want_mask else e.none(np.bool_)
    _prepare(ctx, e)
    e.call("random", "dropout", e.flat(0), ratio, train, e.flat_out(0), mask)


def _dropout_check(ctx):
    if len(ctx.node.outputs) > 1 and ctx.node.outputs[1] and ctx.opset < 10:
        return "Dropout's mask output before opset 10 is not supported"
    return None


DROPOUT = OpDef("Dropout", 1, KERNEL, _dropout_infer, emit=_half(_dropout_emit),
                dtypes=FLOATS + (np.float16, np.dtype("bfloat16")), check=_dropout_check)


def _dropout_select(ctx):
    """The pointwise Dropout (ops/elementwise.py) is the identity; this kernel runs when
    the mask is wanted or a training_mode input is given."""
    if (len(ctx.node.outputs) > 1 and ctx.node.outputs[1]) or (ctx.opset >= 12 and ctx.has_input(2)):
        return DROPOUT
    return None


for _d in _TABLE.get(("", "Dropout"), []):
    if getattr(_d, "select", None) is None:
        _d.select = _dropout_select
