"""Quantization ops: QuantizeLinear, DequantizeLinear (per tensor, per axis, blocked),
DynamicQuantizeLinear, MatMulInteger, QLinearMatMul.

Quantize/Dequantize write their loop straight into the step function: x is seen as
(A, K, B) around `axis`, the scale (and zero point) as (A or 1, NB, B or 1) with
NB = ceil(K / block) (blocked), K (per axis) or 1 (per tensor).  Types held as bits
(float16 scales, int4/float8 outputs...) go through ks.dec_/enc_ like fused code.
"""
from __future__ import annotations

import ml_dtypes
import numpy as np

from onnxjit.errors import InvalidGraph
from .. import ir
from ..registry import KERNEL, OpDef, normalize_axis, np_name, register

_INT_RANGES = {np.dtype(np.uint8): (0, 255), np.dtype(np.int8): (-128, 127),
               np.dtype(np.uint16): (0, 65535), np.dtype(np.int16): (-32768, 32767)}
_SUB = {"u4": (0, 15), "i4": (-8, 7), "u2": (0, 3), "i2": (-2, 1)}
_F8 = ("e4m3fn", "e4m3fnuz", "e5m2", "e5m2fnuz")
_QUANT_FLOATS = (np.float32, np.float16, ml_dtypes.bfloat16)


def _int_range(dt):
    dt = np.dtype(dt)
    c = ir.codec(dt)
    if c in _SUB:
        return _SUB[c]
    return _INT_RANGES.get(dt)


def _layout(ctx, xshape, sshape):
    """(A, K, B, NB, block, per_a, per_b) for x and its scale."""
    block = int(ctx.attr("block_size", 0) or 0)
    if len(sshape) == 0 or int(np.prod(sshape)) == 1 and len(sshape) <= 1 and block == 0:
        n = int(np.prod(xshape, dtype=np.int64))
        return [1, n, 1, 1, max(n, 1), 0, 0]
    axis = normalize_axis(ctx, ctx.attr("axis", 1), len(xshape))
    A = int(np.prod(xshape[:axis], dtype=np.int64))
    K = int(xshape[axis])
    B = int(np.prod(xshape[axis + 1:], dtype=np.int64))
    if block > 0:
        nb = -(-K // block)
        if len(sshape) != len(xshape) or sshape[axis] != nb:
            raise InvalidGraph(f"{ctx.label}: blocked scale shape {tuple(sshape)} does not match input "
                               f"{tuple(xshape)} with block_size {block} on axis {axis}")
        return [A, K, B, nb, block, 1, 1]
    if len(sshape) != 1 or sshape[0] != K:
        raise InvalidGraph(f"{ctx.label}: per-axis scale shape {tuple(sshape)} does not match dim {K} "
                           f"of input {tuple(xshape)} on axis {axis}")
    return [A, K, B, K, 1, 0, 0]


def _emit_loop(ctx, e, body):
    """The (A, K, B) loop nest; `body(i, j)` gives the lines for element i with scale index j."""
    p = e.params(7)
    v = f"q{len(e.g.body)}"
    e.line(f"{v}p = {p}")
    e.line(f"for {v}a in range({v}p[0]):")
    e.line(f"    for {v}k in range({v}p[1]):")
    e.line(f"        {v}j0 = ({v}a * {v}p[5] * {v}p[3] + {v}k // {v}p[4]) * ({v}p[2] if {v}p[6] else 1)")
    e.line(f"        for {v}b in range({v}p[2]):")
    e.line(f"            {v}i = ({v}a * {v}p[1] + {v}k) * {v}p[2] + {v}b")
    e.line(f"            {v}j = {v}j0 + {v}b * {v}p[6]")
    for ln in body(f"{v}i", f"{v}j", v):
        e.line("            " + ln)


def _dec(dtype, expr):
    c = ir.codec(dtype)
    return f"ks.dec_{c}({expr})" if c else expr


def _enc(dtype, expr):
    c = ir.codec(dtype)
    return f"ks.enc_{c}({expr})" if c else expr


def _f32(expr):
    return f"np.float32({expr})"


# ---------------------------------------------------------------- QuantizeLinear

def _q_out_dtype(ctx):
    if ctx.has_input(2) and ctx.inputs[2] is not None:
        return ctx.inputs[2].dtype
    od = ctx.attr("output_dtype", 0)
    return ir.np_dtype(od) if od else np.dtype(np.uint8)


def _q_infer(ctx):
    return [ir.TensorType(_q_out_dtype(ctx), ctx.inputs[0].shape)]


def _q_params(ctx):
    return _layout(ctx, ctx.shape(0), ctx.shape(1))


def _q_emit(ctx, e):
    xt, st = ctx.inputs[0].dtype, ctx.inputs[1].dtype
    yt = ctx.outputs[0].dtype
    has_zp = e.has_input(2)
    x, s, y = e.flat(0), e.flat(1), e.flat_out(0)
    zp = e.flat(2) if has_zp else None
    c = ir.codec(yt)
    sat = bool(ctx.attr("saturate", 1))
    prec = ctx.attr("precision", 0)
    xc = ir.codec(xt) if not prec else None

    def body(i, j, v):
        lines = [f"{v}x = {_f32(_dec(xt, f'{x}[{i}]'))} / {_f32(_dec(st, f'{s}[{j}]'))}"]
        if xc in ("f16", "bf16"):          # x / scale is computed in x's type
            lines.append(f"{v}x = ks.rnd_{xc}({v}x)")
        z = _dec(yt, f"{zp}[{j}]") if has_zp else "0"
        rng = _int_range(yt)
        if rng is not None:
            lines.append(f"{v}q = ks.sat_int(np.rint({v}x) + {z}, {rng[0]}, {rng[1]})")
            lines.append(f"{y}[{i}] = {_enc(yt, f'np.{np_name(ir.compute_dtype(yt))}({v}q)')}")
        elif c in _F8:
            lines.append(f"{y}[{i}] = ks.enc_{c}(ks.to_{c}(np.float64({v}x), {sat}))")
        else:   # float4 e2m1: the zero point is added in float
            lines.append(f"{y}[{i}] = ks.enc_{c}(ks.to_{c}(np.float64({v}x) + {z}, True))")
        return lines
    _emit_loop(ctx, e, body)


def _q_check(ctx):
    out = _q_out_dtype(ctx)
    c = ir.codec(out)
    if _int_range(out) is None and c not in _F8 + ("e2m1",):
        return f"QuantizeLinear to {out} is not supported"
    if ctx.inputs[0].shape is None or ctx.inputs[1].shape is None:
        return "QuantizeLinear needs the ranks of x and the scale"
    if ctx.attr("precision", 0) and ir.np_dtype(ctx.attr("precision")) != np.float32:
        return "QuantizeLinear precision other than float32 is not supported"
    return None


for _v in (10, 13, 19, 21, 23, 25):
    register(OpDef("QuantizeLinear", _v, KERNEL, _q_infer, emit=_q_emit, params=_q_params,
                   dtypes=_QUANT_FLOATS + (np.int32,), check=_q_check))


# ---------------------------------------------------------------- DequantizeLinear

def _dq_out_dtype(ctx):
    od = ctx.attr("output_dtype", 0)
    return ir.np_dtype(od) if od else ctx.inputs[1].dtype


def _dq_infer(ctx):
    return [ir.TensorType(_dq_out_dtype(ctx), ctx.inputs[0].shape)]


def _dq_emit(ctx, e):
    xt, st = ctx.inputs[0].dtype, ctx.inputs[1].dtype
    yt = ctx.outputs[0].dtype
    x, s, y = e.flat(0), e.flat(1), e.flat_out(0)
    has_zp = e.has_input(2) and ir.codec(xt) not in _F8   # float8 zero points must be 0
    zp = e.flat(2) if has_zp else None

    def body(i, j, v):
        d = _f32(_dec(xt, f"{x}[{i}]"))
        if has_zp:
            d = f"({d} - {_f32(_dec(ctx.inputs[2].dtype, f'{zp}[{j}]'))})"
        val = f"{d} * {_f32(_dec(st, f'{s}[{j}]'))}"
        if ir.codec(yt):
            return [f"{y}[{i}] = ks.enc_{ir.codec(yt)}({val})"]
        return [f"{y}[{i}] = np.{np_name(yt)}({val})"]
    _emit_loop(ctx, e, body)


def _dq_check(ctx):
    if ctx.inputs[0].shape is None or ctx.inputs[1].shape is None:
        return "DequantizeLinear needs the ranks of x and the scale"
    if ctx.inputs[0].dtype == np.int32 and False:
        return None
    if ctx.inputs[0].dtype.kind not in "iu" and ir.codec(ctx.inputs[0].dtype) is None:
        return f"DequantizeLinear of {ctx.inputs[0].dtype} is not supported"
    return None


for _v in (10, 13, 19, 21, 23, 25):
    register(OpDef("DequantizeLinear", _v, KERNEL, _dq_infer, emit=_dq_emit, params=_q_params,
                   check=_dq_check))


# ---------------------------------------------------------------- DynamicQuantizeLinear

def _dyn_infer(ctx):
    return [ir.TensorType(np.dtype(np.uint8), ctx.inputs[0].shape),
            ir.TensorType(np.dtype(np.float32), ()), ir.TensorType(np.dtype(np.uint8), ())]


def _dyn_emit(ctx, e):
    e.call("quant", "dynamic_quantize", e.flat(0), e.flat_out(0), e.flat_out(1), e.flat_out(2))


register(OpDef("DynamicQuantizeLinear", 11, KERNEL, _dyn_infer, emit=_dyn_emit, params=lambda ctx: [],
               dtypes=(np.float32,)))


# ---------------------------------------------------------------- MatMulInteger, QLinearMatMul

def _mm():
    from . import nn
    return nn


def _zp_vec(e, i, dtype):
    """A zero point as a flat array (a zero-size one stands for 0 when omitted)."""
    if e.has_input(i):
        return e.flat(i)
    return f"np.zeros(1, np.{np_name(dtype)})"


def _mm_check(ctx):
    for i in (0, 1):
        t = ctx.inputs[i]
        if t is None or t.shape is None or len(t.shape) < 2 or len(t.shape) > 6:
            return "quantized MatMul needs inputs of rank 2 to 6"
    return None


def _mmi_infer(ctx):
    nn = _mm()
    _, _, _, out = nn._matmul_shapes(ctx)
    return [ir.TensorType(np.dtype(np.int32), tuple(out))]


def _mm_emit_acc(ctx, e, ai, bi, azi, bzi, out_expr):
    nn = _mm()
    ad, bd = e.dims(ai), e.dims(bi)
    a3 = [nn._prod(ad[:-2]), ad[-2], ad[-1]]
    b3 = [nn._prod(bd[:-2]), bd[-2], bd[-1]]
    v = f"q{len(e.g.body)}"
    ia, ib = e.per_plan(2, f"{e.kernel('tensor')}.batch_indices({e.params(13)})")
    x = e.g.var(e.node.inputs[ai])
    w = e.g.var(e.node.inputs[bi])
    a_arr = f"{x}.reshape(({', '.join(a3)}))"
    b_arr = f"{w}.reshape(({', '.join(b3)}))"
    y = out_expr(v, f"{ia}.size", a3[1], b3[2])
    e.call("quant", "matmul_integer", a_arr, b_arr, y, ia, ib,
           _zp_vec(e, azi, ctx.inputs[ai].dtype), _zp_vec(e, bzi, ctx.inputs[bi].dtype))
    return v


def _mmi_emit(ctx, e):
    _mm_emit_acc(ctx, e, 0, 1, 2, 3,
                 lambda v, n, m, k: f"{e.flat_out(0)}.reshape(({n}, {m}, {k}))")


def _mm_params(ctx):
    return _mm()._matmul_params(_Shift(ctx))


class _Shift:
    """QLinearMatMul's a and b are inputs 0 and 3: present them as MatMul's 0 and 1."""

    def __init__(self, ctx, idx=(0, 3)):
        self._c, self._idx = ctx, idx
        self.label = ctx.label

    def shape(self, i):
        return self._c.shape(self._idx[i])

    def fresh_dim(self):
        return self._c.fresh_dim()


register(OpDef("MatMulInteger", 10, KERNEL, _mmi_infer, emit=_mmi_emit,
               params=lambda ctx: _mm()._matmul_params(_Shift(ctx, (0, 1))),
               dtypes=(np.uint8, np.int8), check=_mm_check))


def _qmm_infer(ctx):
    nn = _mm()
    _, _, _, out = nn._matmul_shapes(_Shift(ctx))
    return [ir.TensorType(ctx.inputs[7].dtype if ctx.has_input(7) else ctx.inputs[0].dtype, tuple(out))]


def _qmm_emit(ctx, e):
    def out(v, n, m, k):
        e.line(f"{v}acc = np.empty(({n}, {m}, {k}), np.int32)")
        return f"{v}acc"
    # QLinearMatMul(a, a_scale, a_zp, b, b_scale, b_zp, y_scale, y_zp)
    nn = _mm()
    ad, bd = e.dims(0), e.dims(3)
    a3 = [nn._prod(ad[:-2]), ad[-2], ad[-1]]
    b3 = [nn._prod(bd[:-2]), bd[-2], bd[-1]]
    v = f"q{len(e.g.body)}"
    ia, ib = e.per_plan(2, f"{e.kernel('tensor')}.batch_indices({e.params(13)})")
    e.line(f"{v}acc = np.empty(({ia}.size, {a3[1]}, {b3[2]}), np.int32)")
    e.call("quant", "matmul_integer", f"{e.flat(0)}.reshape(({', '.join(a3)}))",
           f"{e.flat(3)}.reshape(({', '.join(b3)}))", f"{v}acc", ia, ib,
           _zp_vec(e, 2, ctx.inputs[0].dtype), _zp_vec(e, 5, ctx.inputs[3].dtype))
    # the scale product is computed in the scales' type, as onnx's reference does
    st = ctx.inputs[1].dtype
    sa, sb, sy = (_f32(_dec(ctx.inputs[k].dtype, f"{e.flat(k)}[0]")) for k in (1, 4, 6))
    scale = f"{sa} * {sb} / {sy}"
    c = ir.codec(st)
    if c:
        scale = f"ks.rnd_{c}(ks.rnd_{c}({sa} * {sb}) / {sy})"
    yt = ctx.outputs[0].dtype
    lo, hi = _int_range(yt)
    zp = _f32(e.flat(7) + "[0]") if e.has_input(7) else "0.0"
    e.call("quant", "requantize", f"{v}acc.reshape(-1)", f"np.float64({scale})", f"np.float64({zp})",
           f"{lo}.0", f"{hi}.0", e.flat_out(0))


def _qmm_check(ctx):
    for i in (0, 3):
        t = ctx.inputs[i]
        if t is None or t.shape is None or len(t.shape) < 2 or len(t.shape) > 6:
            return "QLinearMatMul needs inputs of rank 2 to 6"
    for i in (1, 4, 6):
        if ctx.inputs[i].shape is None or int(np.prod(ctx.inputs[i].shape or (1,))) != 1:
            return "QLinearMatMul supports per-tensor scales only"
    return None


for _v in (10, 21):
    register(OpDef("QLinearMatMul", _v, KERNEL, _qmm_infer, emit=_qmm_emit, params=_mm_params,
                   dtypes=(np.uint8, np.int8), check=_qmm_check))
