"""Pointwise ops: each is one scalar expression; chains of them fuse into one loop.

`expr(ctx, *args)` receives the names of scalar locals and returns an expression;
codegen casts it to the output dtype.  `value` gives the NumPy evaluation used by
constant folding and shape-value propagation.
"""
from __future__ import annotations

import numpy as np

import ml_dtypes

from ..registry import (KERNEL, ALL, HOST, INTS, SIGNED, UNSIGNED, OpDef, POINTWISE, broadcast_infer,
                        cast, lit, np_name, pointwise, register)
from ..registry import FLOATS as _FLOATS32
from .. import ir

# float16 and bfloat16 are computed in float32 (compiled code holds them as uint16 bits and
# rounds every node's result back to the type: see ir.codec and kernels/cpu/scalar.py)
HALF = (np.float16, ml_dtypes.bfloat16)
FLOATS = _FLOATS32 + HALF
NUMERIC = FLOATS + INTS
ALL = NUMERIC + (np.bool_,)


def _is_float(ctx, i=0):
    return ctx.inputs[i].dtype.kind == "f"


def _is_int(ctx, i=0):
    return ctx.inputs[i].dtype.kind in "iu"


def _np_value(fn):
    def value(ctx, *xs):
        out = fn(ctx, *xs)
        return [np.asarray(out).astype(ctx.outputs[0].dtype) if ctx.outputs and ctx.outputs[0] else np.asarray(out)]
    return value


def f32(ctx) -> bool:
    """True when the node computes in float32 (float32, or float16/bfloat16 held as float32):
    then the vectorizable approximations of kernels/cpu/fastmath.py (`fm`) replace libm."""
    dt = ctx.outputs[0].dtype if ctx.outputs and ctx.outputs[0] is not None else ctx.inputs[0].dtype
    return dt.kind == "f" and dt != np.float64 or dt in HALF


def exp(ctx, x) -> str:
    return f"fm.exp32({x})" if f32(ctx) else f"np.exp({x})"


def unary(op, since, template, dtypes=FLOATS, npfn=None, template32=None):
    """A one-input pointwise op; `template32`, if given, is used where f32(ctx)."""
    value = _np_value(lambda ctx, x: npfn(x)) if npfn else None

    def expr(ctx, x):
        return (template32 if template32 and f32(ctx) else template).format(x=x)
    register(OpDef(op, since, POINTWISE, broadcast_infer(), expr=expr, dtypes=dtypes, value=value))


_FAST32 = {"Exp": "fm.exp32({x})", "Tanh": "fm.tanh32({x})", "Erf": "fm.erf32({x})",
           "Sigmoid": "fm.sigmoid32({x})", "Mish": "({x} * fm.tanh32(ks.softplus({x})))"}
for _op, _t, _np in [
    ("Exp", "np.exp({x})", np.exp), ("Log", "np.log({x})", np.log), ("Sqrt", "np.sqrt({x})", np.sqrt),
    ("Sin", "np.sin({x})", np.sin), ("Cos", "np.cos({x})", np.cos), ("Tan", "np.tan({x})", np.tan),
    ("Asin", "np.arcsin({x})", np.arcsin), ("Acos", "np.arccos({x})", np.arccos),
    ("Atan", "np.arctan({x})", np.arctan), ("Sinh", "np.sinh({x})", np.sinh),
    ("Cosh", "np.cosh({x})", np.cosh), ("Tanh", "np.tanh({x})", np.tanh),
    ("Asinh", "np.arcsinh({x})", np.arcsinh), ("Acosh", "np.arccosh({x})", np.arccosh),
    ("Atanh", "np.arctanh({x})", np.arctanh), ("Erf", "math.erf({x})", None),
    ("Floor", "np.floor({x})", np.floor), ("Ceil", "np.ceil({x})", np.ceil),
    ("Round", "ks.rint({x})", np.rint), ("Reciprocal", "(1.0 / {x})", np.reciprocal),
    ("Sigmoid", "ks.sigmoid({x})", None), ("Softplus", "ks.softplus({x})", None),
    ("Softsign", "({x} / (1.0 + abs({x})))", None), ("HardSwish", "({x} * max(0.0, min(1.0, {x} / 6.0 + 0.5)))", None),
    ("Mish", "({x} * np.tanh(ks.softplus({x})))", None),
]:
    unary(_op, 1, _t, npfn=_np, template32=_FAST32.get(_op))

unary("Neg", 1, "(-{x})", dtypes=FLOATS + SIGNED, npfn=np.negative)
unary("Abs", 1, "abs({x})", dtypes=NUMERIC, npfn=np.abs)
unary("Sign", 9, "ks.sign({x})", dtypes=NUMERIC, npfn=np.sign)
unary("Relu", 1, "max({x}, 0)", dtypes=FLOATS + SIGNED, npfn=lambda x: np.maximum(x, 0))
unary("BitwiseNot", 18, "(~{x})", dtypes=INTS, npfn=np.invert)
register(OpDef("Not", 1, POINTWISE, broadcast_infer(), expr=lambda ctx, x: f"(not {x})", dtypes=(np.bool_,),
               value=_np_value(lambda ctx, x: np.logical_not(x))))
register(OpDef("IsNaN", 9, POINTWISE, broadcast_infer(np.bool_), expr=lambda ctx, x: f"np.isnan({x})",
               dtypes=FLOATS, value=_np_value(lambda ctx, x: np.isnan(x))))


@pointwise("IsInf", 10, dtypes=FLOATS, out_dtype=np.bool_)
def _isinf(ctx, x):
    pos, neg = ctx.attr("detect_positive", 1), ctx.attr("detect_negative", 1)
    if pos and neg:
        return f"np.isinf({x})"
    if pos:
        return f"({x} == np.inf)"
    if neg:
        return f"({x} == -np.inf)"
    return "False"


def _attr_lit(ctx, name, default):
    return lit(ctx.attr(name, default), ctx.outputs[0].dtype)


@pointwise("LeakyRelu", 1, dtypes=FLOATS)
def _leaky(ctx, x):
    return f"({x} if {x} >= 0 else {x} * {_attr_lit(ctx, 'alpha', 0.01)})"


@pointwise("Elu", 1, dtypes=FLOATS)
def _elu(ctx, x):
    return f"({x} if {x} >= 0 else {_attr_lit(ctx, 'alpha', 1.0)} * ({exp(ctx, x)} - 1))"


@pointwise("Celu", 12, dtypes=FLOATS)
def _celu(ctx, x):
    a = _attr_lit(ctx, "alpha", 1.0)
    return f"(max({x}, 0) + min(0, {a} * ({exp(ctx, f'{x} / {a}')} - 1)))"


@pointwise("Selu", 1, dtypes=FLOATS)
def _selu(ctx, x):
    a = _attr_lit(ctx, "alpha", 1.67326319217681884765625)
    g = _attr_lit(ctx, "gamma", 1.05070102214813232421875)
    return f"({g} * ({x} if {x} > 0 else {a} * ({exp(ctx, x)} - 1)))"


@pointwise("ThresholdedRelu", 10, dtypes=FLOATS)
def _trelu(ctx, x):
    return f"({x} if {x} > {_attr_lit(ctx, 'alpha', 1.0)} else 0)"


@pointwise("HardSigmoid", 1, dtypes=FLOATS)
def _hsig(ctx, x):
    return f"max(0, min(1, {_attr_lit(ctx, 'alpha', 0.2)} * {x} + {_attr_lit(ctx, 'beta', 0.5)}))"


@pointwise("Shrink", 9, dtypes=NUMERIC)
def _shrink(ctx, x):
    b, l = ctx.attr("bias", 0.0), ctx.attr("lambd", 0.5)
    dt = ctx.inputs[0].dtype
    return (f"({x} + {lit(b, dt)} if {x} < {lit(-l, dt) if dt.kind == 'f' else lit(-l, np.float64)} else "
            f"({x} - {lit(b, dt)} if {x} > {lit(l, np.float64)} else 0))")


@pointwise("Gelu", 20, dtypes=FLOATS)
def _gelu(ctx, x):
    fn = "gelu_tanh" if ctx.attr("approximate", "none") == "tanh" else "gelu"
    return f"fm.{fn}32({x})" if f32(ctx) else f"ks.{fn}({x})"


@pointwise("Swish", 24, dtypes=FLOATS)
def _swish(ctx, x):
    sig = "fm.sigmoid32" if f32(ctx) else "ks.sigmoid"
    return f"({x} * {sig}({_attr_lit(ctx, 'alpha', 1.0)} * {x}))"


@pointwise("PRelu", 7, dtypes=FLOATS + SIGNED)
def _prelu(ctx, x, slope):
    return f"({x} if {x} >= 0 else {x} * {slope})"


# PRelu before opset 7: the slope is per channel (axis 1), or one value, not numpy-broadcast.
def _prelu_legacy_check(ctx):
    x, slope = ctx.inputs[0], ctx.inputs[1]
    if x.rank is not None and x.rank < 2:
        return "PRelu-6 needs an input of rank >= 2 (the channel axis)"
    if slope.shape is not None and len(slope.shape) > 1 and any(d != 1 for d in slope.shape[1:]):
        return f"PRelu-6 slope of shape {slope.shape} is not one value per channel"
    return None


def _prelu_legacy_emit(ctx, e):
    d = e.dims(0)
    ncs = [d[0], d[1], " * ".join(d[2:]) or "1"]
    e.call("tensor", "prelu_channels", e.arr(0, ncs), e.flat(1), e.out(0, ncs))


register(OpDef("PRelu", 1, KERNEL, lambda ctx: [ctx.inputs[0]], emit=_prelu_legacy_emit, dtypes=FLOATS,
               check=_prelu_legacy_check))


# ---------------------------------------------------------------- binary / variadic arithmetic

def _binary(op, since, fexpr, iexpr=None, dtypes=NUMERIC, npfn=None, out=None):
    def expr(ctx, a, b):
        if iexpr is not None and _is_int(ctx):
            return iexpr.format(a=a, b=b)
        return fexpr.format(a=a, b=b)
    value = _np_value(lambda ctx, a, b: npfn(a, b)) if npfn else None
    return register(OpDef(op, since, POINTWISE, broadcast_infer(out), expr=expr, dtypes=dtypes, value=value))


_binary("Add", 1, "({a} + {b})", npfn=np.add)
_binary("Sub", 1, "({a} - {b})", npfn=np.subtract)
_binary("Mul", 1, "({a} * {b})", npfn=np.multiply)
_binary("Div", 1, "({a} / {b})", "ks.idiv({a}, {b})",
        npfn=lambda a, b: np.trunc(a / b).astype(a.dtype) if a.dtype.kind in "iu" else a / b)
_binary("BitwiseAnd", 18, "({a} & {b})", dtypes=INTS, npfn=np.bitwise_and)
_binary("BitwiseOr", 18, "({a} | {b})", dtypes=INTS, npfn=np.bitwise_or)
_binary("BitwiseXor", 18, "({a} ^ {b})", dtypes=INTS, npfn=np.bitwise_xor)
_binary("And", 1, "({a} and {b})", dtypes=(np.bool_,), npfn=np.logical_and)
_binary("Or", 1, "({a} or {b})", dtypes=(np.bool_,), npfn=np.logical_or)
_binary("Xor", 1, "({a} != {b})", dtypes=(np.bool_,), npfn=np.logical_xor)
for _op, _sym, _np in [("Equal", "==", np.equal), ("Greater", ">", np.greater), ("Less", "<", np.less),
                       ("GreaterOrEqual", ">=", np.greater_equal), ("LessOrEqual", "<=", np.less_equal)]:
    _d = _binary(_op, 1, f"({{a}} {_sym} {{b}})", dtypes=ALL, npfn=_np, out=np.bool_)
    if _op == "Equal":
        _EQUAL = _d


@pointwise("Pow", 1, dtypes=NUMERIC,
           value=_np_value(lambda ctx, a, b: np.power(a, b.astype(a.dtype)) if a.dtype.kind == "f" else np.power(a, b)))
def _pow(ctx, a, b):
    if _is_int(ctx):
        if ctx.inputs[1].dtype.kind == "f":
            return f"(np.float64({a}) ** {b})"
        return f"ks.ipow({a}, {b})"
    e = ctx.values[1]
    if e is not None and float(e.reshape(-1)[0]) in (1.0, 2.0, 3.0):   # a constant small exponent: multiply
        return "(" + " * ".join([a] * int(e.reshape(-1)[0])) + ")"
    if ctx.inputs[1].dtype.kind in "iu":
        return f"({a} ** {cast(b, ctx.inputs[0].dtype)})"
    return f"({a} ** {b})"


@pointwise("Mod", 10, dtypes=NUMERIC,
           value=_np_value(lambda ctx, a, b: np.fmod(a, b) if ctx.attr("fmod", 0) else np.mod(a, b)))
def _mod(ctx, a, b):
    fmod = ctx.attr("fmod", 0)
    if _is_int(ctx):
        return f"ks.ifmod({a}, {b})" if fmod else f"ks.imod({a}, {b})"
    return f"ks.fmod({a}, {b})" if fmod else f"ks.pymod({a}, {b})"


def _bitshift_value(ctx, a, b):
    width = a.dtype.itemsize * 8
    bad = (b < 0) | (b >= width)
    bb = np.where(bad, 0, b).astype(a.dtype)
    if ctx.attr("direction") == "LEFT":
        return [np.where(bad, 0, np.left_shift(a, bb)).astype(a.dtype)]
    return [np.where(bad, np.where(a < 0, -1, 0), np.right_shift(a, bb)).astype(a.dtype)]


# Shifts outside [0, width) give 0 (left) or the sign fill (right), as onnxruntime.
@pointwise("BitShift", 11, dtypes=INTS, value=_bitshift_value)
def _bitshift(ctx, a, b):
    width = ctx.inputs[0].dtype.itemsize * 8
    return f"ks.shl({a}, {b}, {width})" if ctx.attr("direction") == "LEFT" else f"ks.shr({a}, {b}, {width})"


def _variadic(op, since, combine, npfn, dtypes=NUMERIC, mean=False):
    def expr(ctx, *xs):
        e = xs[0]
        for x in xs[1:]:
            e = combine(ctx, e, x)
        if mean:
            e = f"({e} / {len(xs)})"
        return e

    def value(ctx, *xs):
        r = xs[0]
        for x in xs[1:]:
            r = npfn(r, x)
        if mean:
            r = r / len(xs)
        return [np.asarray(r).astype(ctx.outputs[0].dtype)]
    register(OpDef(op, since, POINTWISE, broadcast_infer(), expr=expr, dtypes=dtypes, value=value))


_variadic("Sum", 1, lambda ctx, a, b: f"({a} + {b})", np.add)
_variadic("Mean", 1, lambda ctx, a, b: f"({a} + {b})", np.add, dtypes=FLOATS, mean=True)
_variadic("Max", 1, lambda ctx, a, b: f"ks.fmax({a}, {b})" if _is_float(ctx) else f"max({a}, {b})", np.maximum)
_variadic("Min", 1, lambda ctx, a, b: f"ks.fmin({a}, {b})" if _is_float(ctx) else f"min({a}, {b})", np.minimum)


# ---------------------------------------------------------------- selection, clipping, casts

def _where_infer(ctx):
    shape = broadcast_infer()(ctx)[0].shape
    return [ir.TensorType(ctx.inputs[1].dtype, shape)]


register(OpDef("Where", 9, POINTWISE, _where_infer, expr=lambda ctx, c, x, y: f"({x} if {c} else {y})",
               value=lambda ctx, c, x, y: [np.where(c, x, y)]))


def _clip_expr(ctx, x, lo=None, hi=None):
    dt = ctx.inputs[0].dtype
    if ctx.opset < 11:
        lo = lit(ctx.attr("min", -3.4028234663852886e38), dt)
        hi = lit(ctx.attr("max", 3.4028234663852886e38), dt)
    e = x
    if lo is not None:
        e = f"({lo} if {e} < {lo} else {e})"
    if hi is not None:
        e = f"({hi} if {e} > {hi} else {e})"
    return e


def _clip_value(ctx, x, lo=None, hi=None):
    if ctx.opset < 11:
        lo, hi = ctx.attr("min", None), ctx.attr("max", None)
    return [np.clip(x, lo, hi) if lo is not None or hi is not None else x.copy()]


register(OpDef("Clip", 1, POINTWISE, broadcast_infer(), expr=_clip_expr, dtypes=NUMERIC, value=_clip_value))
register(OpDef("Clip", 11, POINTWISE, lambda ctx: [ctx.inputs[0]], expr=_clip_expr, dtypes=NUMERIC,
               value=_clip_value))


def _cast_infer(ctx):
    return [ir.TensorType(ir.np_dtype(ctx.attr("to")), ctx.inputs[0].shape)]


_SATURATING = ("e4m3fn", "e4m3fnuz", "e5m2", "e5m2fnuz")   # saturate=1 clamps these (Cast-19)
_SUB_BYTE_INT = {"i4": (-8, 7), "u4": (0, 15), "i2": (-2, 1), "u2": (0, 3)}   # codec -> value range
_ROUND_MODES = {"up": 0, "down": 1, "nearest": 2}          # float8 e8m0 (Cast-24)


def _cast_expr(ctx, x, *_):
    """Cast of a scalar `x` (in its compute type) to the declared output type's value set;
    codegen's rounding of the result to an exotic output type is then exact."""
    tin = getattr(ctx, "true_inputs", ctx.inputs)[0].dtype
    tout = getattr(ctx, "true_outputs", ctx.outputs)[0].dtype
    src, dst = ctx.inputs[0].dtype, ctx.outputs[0].dtype
    c = ir.codec(tout)
    if tout == np.bool_:
        return f"({x} != 0)"
    if c == "e8m0":
        mode = _ROUND_MODES.get(str(ctx.attr("round_mode", "up")), 0)
        return f"ks.to_e8m0(np.float32({x}), {bool(ctx.attr('saturate', 1))}, {mode})"
    if c is not None and dst.kind == "f":
        sat = bool(ctx.attr("saturate", 1)) and c in _SATURATING
        return f"ks.to_{c}(np.float64({x}), {sat})"
    if src.kind == "f" and dst.kind in "iu":
        # NaN/inf/out-of-range give an unspecified value in ONNX; avoid LLVM poison.  The
        # result wraps to the output type, as numpy does; for the 4- and 2-bit types it is 0,
        # as ml_dtypes (>= 0.7) gives, which constant folding, onnx's reference and its test
        # expectations use.
        if c in _SUB_BYTE_INT:
            lo, hi = _SUB_BYTE_INT[c]
            return f"ks.f2i_within({x}, {lo}, {hi})"
        if dst == np.uint64 and c is None:
            return f"(np.uint64({x}) if 0 <= {x} < 1.8e19 else (np.uint64(ks.f2i({x})) if {x} < 0 else 0))"
        return f"ks.f2i({x})"
    return x


def _cast_check(ctx):
    for t in (ctx.inputs[0], ctx.outputs[0] if ctx.outputs and ctx.outputs[0] else None):
        if t is not None and t.dtype.kind == "c":
            return f"cast involving {t.dtype} is not supported"
    return None


def _astype(x, dtype, ctx):
    dtype = np.dtype(dtype)
    if dtype == object:
        if x.dtype == object:
            return x.copy()
        if x.dtype.kind == "f" or ir.is_float(x.dtype):
            x = x.astype(np.float32) if x.dtype.itemsize < 4 else x
        return x.astype(np.str_).astype(object)
    if x.dtype == object:
        s = x.astype(np.str_)
        if dtype == np.bool_:
            return np.array([v.strip().lower() not in ("0", "false", "") for v in s.ravel()],
                            np.bool_).reshape(x.shape)
        if dtype.kind in "iu":
            return s.astype(np.float64).astype(dtype) if s.size else s.astype(dtype)
        return s.astype(np.float64).astype(dtype)
    return x.astype(dtype)


def _cast_value(ctx, x, *_):
    dst = ctx.outputs[0].dtype if ctx.outputs and ctx.outputs[0] else ir.np_dtype(ctx.attr("to"))
    if x.dtype == object or dst == object:
        return [_astype(x, dst, ctx)]
    c = ir.codec(dst)
    if c in _SATURATING and ctx.attr("saturate", 1):
        info = ml_dtypes.finfo(dst)
        return [np.clip(x.astype(np.float32), float(info.min), float(info.max)).astype(dst)]
    if c == "e8m0":
        from onnx.numpy_helper import to_float8e8m0
        return [to_float8e8m0(x.astype(np.float32), bool(ctx.attr("saturate", 1)),
                              str(ctx.attr("round_mode", "up"))).astype(dst)]
    return [x.astype(dst)]


def _string_cast_run(ctx, x, *_):
    return _cast_value(ctx, x)


def _cast_select(ctx):
    ins = [t for t in (ctx.inputs[0],) + tuple(ctx.outputs or ()) if t is not None]
    if any(t.dtype == object for t in ins):
        return _CAST_HOST[ctx.node.op_type]
    return None


_cast = register(OpDef("Cast", 1, POINTWISE, _cast_infer, expr=_cast_expr, check=_cast_check, value=_cast_value))
_castlike = register(OpDef("CastLike", 15, POINTWISE,
                           lambda ctx: [ir.TensorType(ctx.inputs[1].dtype, ctx.inputs[0].shape)],
                           expr=_cast_expr, check=_cast_check, value=_cast_value))
_CAST_HOST = {
    "Cast": OpDef("Cast", 1, HOST, _cast_infer, run=_string_cast_run, value=_cast_value),
    "CastLike": OpDef("CastLike", 15, HOST, _castlike.infer, run=_string_cast_run, value=_cast_value),
}
for _d in (_cast, _castlike):
    _d.select = _cast_select
# CastLike reads input 1 for its type only: it is not loaded by fused code, nor needed to fold.
_castlike.type_inputs = (1,)
_castlike.value_inputs = (0,)
_CAST_HOST["CastLike"].value_inputs = (0,)


# Ops on strings run on the host (NumPy).
def _string_select(host):
    def select(ctx):
        return host if ctx.inputs and ctx.inputs[0] is not None and ctx.inputs[0].dtype == object else None
    return select


def _equal_string_run(ctx, a, b):
    return [np.equal(a.astype(object), b.astype(object)).astype(np.bool_)]

# Identity left in the graph (graph output = input, optimizations off) is a copy.
register(OpDef("Identity", 1, POINTWISE, lambda ctx: [ctx.inputs[0]], expr=lambda ctx, x: x,
               value=lambda ctx, x: [x.copy()]))


def _dropout_infer(ctx):
    outs = [ctx.inputs[0]]
    if len(ctx.node.outputs) > 1:
        outs.append(ir.TensorType(np.dtype(np.bool_), ctx.inputs[0].shape))
    return outs


def _dropout_expr(ctx, x, *rest):
    return x


# Inference-mode Dropout: the output is the input (training_mode is honoured by a check).
def _dropout_check(ctx):
    if len(ctx.node.outputs) > 1 and ctx.node.outputs[1]:
        return "Dropout's mask output is not supported"
    return None


register(OpDef("Dropout", 1, POINTWISE, _dropout_infer, expr=_dropout_expr, check=_dropout_check))

_EQUAL.select = _string_select(OpDef("Equal", 1, HOST, broadcast_infer(np.bool_), run=_equal_string_run,
                                     value=_equal_string_run))
