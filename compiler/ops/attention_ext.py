"""Attention variants beyond ONNX Attention: LinearAttention (opset 27), a recurrent kernel
in kernels/cpu/attention_ext.py.  float16/bfloat16 come from ops/fp16.py's wrapping."""
from __future__ import annotations

import numpy as np

from onnxjit.errors import InvalidGraph
from .. import ir
from ..registry import FLOATS, KERNEL, OpDef, dim_op, lit, register

_RULES = {"linear": 0, "gated": 1, "delta": 2, "gated_delta": 3}


def _la_infer(ctx):
    q, k, v = ctx.shape(0), ctx.shape(1), ctx.shape(2)
    if not (len(q) == len(k) == len(v) == 3):
        raise InvalidGraph(f"{ctx.label}: query, key and value must be 3-D [B, T, H*D]")
    hq, hkv = ctx.required_attr("q_num_heads"), ctx.required_attr("kv_num_heads")
    dk = dim_op(ctx, lambda a: a // hkv, k[2])
    dv = dim_op(ctx, lambda a: a // hkv, v[2])
    dt = ctx.inputs[0].dtype
    return [ir.TensorType(dt, (q[0], q[1], dim_op(ctx, lambda a: a * hq, dv))),
            ir.TensorType(dt, (q[0], hkv, dk, dv))][:max(1, len(ctx.node.outputs))]


def _la_check(ctx):
    rule = ctx.attr("update_rule", "gated_delta")
    if rule not in _RULES:
        return f"update_rule {rule!r} is not one of {sorted(_RULES)}"
    hq, hkv = ctx.attr("q_num_heads"), ctx.attr("kv_num_heads")
    if not hq or not hkv or hq % hkv:
        return "q_num_heads must be a positive multiple of kv_num_heads"
    for i in range(6):
        if ctx.has_input(i) and (ctx.inputs[i] is None or ctx.inputs[i].shape is None):
            return "input ranks are unknown"
    return None


def _la_emit(ctx, e):
    hq, hkv = ctx.attr("q_num_heads"), ctx.attr("kv_num_heads")
    dt = ctx.inputs[0].dtype
    scale = ctx.attr("scale", 0.0) or 0.0
    if scale:
        s = lit(scale, np.float64)
    else:
        s = f"1.0 / math.sqrt(({e.dims(1)[2]}) // {hkv})"
    past = e.arr(3) if e.has_input(3) else e.none(dt, 4)
    decay = e.arr(4) if e.has_input(4) else e.none(dt, 3)
    beta = e.arr(5) if e.has_input(5) else e.none(dt, 3)
    outs = ctx.node.outputs
    if len(outs) > 1 and outs[1]:
        state = e.out(1)
    else:
        d = e.dims(1)
        dv = f"({e.dims(2)[2]}) // {hkv}"
        state = f"np.empty(({d[0]}, {hkv}, ({d[2]}) // {hkv}, {dv}), np.{np.dtype(dt).name})"
    e.call("attention_ext", "linear_attention", e.arr(0), e.arr(1), e.arr(2), past, decay, beta, e.out(0),
           state, str(int(hq)), str(int(hkv)), str(_RULES[ctx.attr("update_rule", "gated_delta")]), s)


register(OpDef("LinearAttention", 27, KERNEL, _la_infer, emit=_la_emit, dtypes=FLOATS, check=_la_check))
