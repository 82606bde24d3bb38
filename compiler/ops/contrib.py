"""onnxruntime's com.microsoft contrib ops, the ones its tools write into real models:

* the transformers optimizer (onnxruntime.transformers.optimizer) fuses BERT/GPT-2/ViT graphs into
  Gelu, FastGelu, BiasGelu, QuickGelu, BiasAdd, SkipLayerNormalization,
  SkipSimplifiedLayerNormalization, SimplifiedLayerNormalization (ai.onnx domain, ORT extension),
  LayerNormalization (ai.onnx domain before opset 17, ORT extension) and Attention (packed QKV);
* onnxruntime's own graph optimizer writes FusedGemm (Gemm + activation) into saved optimized models;
* the quantization tools write MatMulNBits (matmul_4bits_quantizer: 4-bit blockwise weights) and the
  QOperator format's QLinearAdd / QLinearMul / QLinearSigmoid / QLinearLeakyRelu.

Pointwise ones are POINTWISE (they fuse); the rest call kernels/cpu/contrib.py.
com.microsoft has no onnx schema, so every attribute default is written here.
"""
from __future__ import annotations

import numpy as np

from onnxjit.errors import InvalidGraph
from .. import ir
from ..registry import FLOATS, KERNEL, OpDef, POINTWISE, broadcast_infer, lit, pointwise, register

MS = "com.microsoft"
Q8 = (np.uint8, np.int8)


def _t(dtype, shape):
    return ir.TensorType(np.dtype(dtype), None if shape is None else tuple(shape))


def _prod(dims):
    return " * ".join(dims) or "1"


def _f(ctx, name, default):
    return lit(ctx.attr(name, default), ctx.outputs[0].dtype)


# ---------------------------------------------------------------- pointwise activations

@pointwise("Gelu", 1, dtypes=FLOATS, domain=MS)
def _gelu(ctx, x):
    return f"ks.gelu({x})"


@pointwise("BiasGelu", 1, dtypes=FLOATS, domain=MS)
def _bias_gelu(ctx, a, b):
    return f"ks.gelu({a} + {b})"


@pointwise("FastGelu", 1, dtypes=FLOATS, domain=MS)
def _fast_gelu(ctx, x, bias=None):
    return f"ks.gelu_tanh({x} + {bias})" if bias is not None else f"ks.gelu_tanh({x})"


@pointwise("QuickGelu", 1, dtypes=FLOATS, domain=MS)
def _quick_gelu(ctx, x):
    return f"({x} * ks.sigmoid({_f(ctx, 'alpha', 1.702)} * {x}))"


@pointwise("BiasAdd", 1, dtypes=FLOATS, domain=MS)
def _bias_add(ctx, x, bias, skip):
    return f"({x} + {bias} + {skip})"


# ---------------------------------------------------------------- QOperator pointwise ops

def _deq(v, zp):
    return f"np.float32({v})" if zp is None else f"(np.float32({v}) - np.float32({zp}))"


def _quant(ctx, val, zp):
    dt = ctx.inputs[0].dtype
    lo, hi = (0, 255) if dt == np.uint8 else (-128, 127)
    z = "np.float32(0)" if zp is None else f"np.float32({zp})"
    return f"ks.sat_int({val} + {z}, {lo}, {hi})"


def _q_check(ctx):
    for i, t in enumerate(ctx.inputs):
        if t is not None and i not in (0, 3) and t.shape is not None and int(np.prod(t.shape or (1,))) != 1:
            return "only per-tensor scales and zero points are supported"
    return None


def _qbin_check(ctx):
    return _q_check(ctx)


@pointwise("QLinearAdd", 1, dtypes=Q8, domain=MS, check=_qbin_check)
def _qadd(ctx, a, sa, za, b, sb, zb, sc, zc=None):
    # onnxruntime (MLAS): (a - za) * (sa / sc) + (b - zb) * (sb / sc) + zc, rounded half to even
    v = (f"({_deq(a, za)} * (np.float32({sa}) / np.float32({sc})) + "
         f"{_deq(b, zb)} * (np.float32({sb}) / np.float32({sc})))")
    return _quant(ctx, v, zc)


@pointwise("QLinearMul", 1, dtypes=Q8, domain=MS, check=_qbin_check)
def _qmul(ctx, a, sa, za, b, sb, zb, sc, zc=None):
    v = f"({_deq(a, za)} * {_deq(b, zb)} * (np.float32({sa}) * np.float32({sb}) / np.float32({sc})))"
    return _quant(ctx, v, zc)


def _qunary_check(ctx):
    for i in (1, 2, 3, 4):
        t = ctx.inputs[i] if i < len(ctx.inputs) else None
        if t is not None and t.shape is not None and int(np.prod(t.shape or (1,))) != 1:
            return "only per-tensor scales and zero points are supported"
    return None


def _qunary(name, f):
    def expr(ctx, x, sx, zx=None, sy=None, zy=None):
        d = f"({_deq(x, zx)} * np.float32({sx}))"
        return _quant(ctx, f"({f(ctx, d)} / np.float32({sy}))", zy)
    register(OpDef(name, 1, POINTWISE, lambda ctx: [ctx.inputs[0]], domain=MS, expr=expr, dtypes=Q8,
                   check=_qunary_check))


_qunary("QLinearSigmoid", lambda ctx, d: f"np.float32(ks.sigmoid({d}))")
_qunary("QLinearLeakyRelu",
        lambda ctx, d: f"({d} if {d} >= 0 else {d} * {lit(ctx.attr('alpha', 0.01), np.float32)})")


# ---------------------------------------------------------------- FusedGemm

_GEMM_ACTS = {"": (0, 0.0, 0.0), "Relu": (1, 0.0, 0.0), "LeakyRelu": (2, 0.01, 0.0),
              "Clip": (3, -np.inf, np.inf), "Sigmoid": (4, 0.0, 0.0), "Tanh": (5, 0.0, 0.0),
              "HardSigmoid": (6, 0.2, 0.5)}


def _nn():
    from . import nn
    return nn


def _fused_gemm_emit(ctx, e):
    _nn()._gemm_emit(ctx, e)
    code, a, b = _GEMM_ACTS[ctx.attr("activation", "") or ""]
    a = ctx.attr("activation_alpha", a)
    b = ctx.attr("activation_beta", b)
    if code:
        dt = ctx.outputs[0].dtype
        od = e.out_dims()
        e.call("conv", "_epilogue", e.out(0, ["1", "1", f"{od[0]} * {od[1]}"]), e.none(dt), "False",
               e.none(dt, 3), "False", str(code), lit(a, np.float64), lit(b, np.float64))


def _fused_gemm_check(ctx):
    act = ctx.attr("activation", "") or ""
    if act not in _GEMM_ACTS:
        return f"FusedGemm activation {act!r} is not one of {sorted(_GEMM_ACTS)}"
    return None


register(OpDef("FusedGemm", 1, KERNEL, lambda ctx: _nn()._gemm_infer(ctx), domain=MS, emit=_fused_gemm_emit,
               params=lambda ctx: [ctx.attr("transA", 0), ctx.attr("transB", 0), int(ctx.has_input(2))],
               dtypes=FLOATS, check=_fused_gemm_check))


# ---------------------------------------------------------------- FusedMatMul

def _fused_matmul_check(ctx):
    if ctx.attr("transA", 0) or ctx.attr("transBatchA", 0) or ctx.attr("transBatchB", 0) \
            or float(ctx.attr("alpha", 1.0)) != 1.0:
        return "FusedMatMul is supported with transB only (transA, transBatchA/B 0, alpha 1)"
    return _nn()._matmul_check(ctx)


def _trans_b(ctx):
    return bool(ctx.attr("transB", 0))


# MatMul with B optionally transposed (what passes/matmul_transpose.py writes for a MatMul whose
# B is a Transpose of the last two dims; onnxruntime's MatmulTransposeFusion writes the same)
register(OpDef("FusedMatMul", 1, KERNEL, lambda ctx: _nn()._matmul_infer(ctx, _trans_b(ctx)), domain=MS,
               emit=lambda ctx, e: _nn()._matmul_emit(ctx, e, _trans_b(ctx)),
               params=lambda ctx: _nn()._matmul_kernel_params(ctx, _trans_b(ctx)),
               dtypes=FLOATS, check=_fused_matmul_check))


# ---------------------------------------------------------------- Skip / Simplified LayerNormalization

def _stats_shape(x):
    return list(x[:-1]) + [1]


def _sln_infer(ctx):
    x = ctx.shape(0)
    outs = [ctx.inputs[0]]
    n = len(ctx.node.outputs)
    if n > 1:
        outs.append(_t(np.float32, _stats_shape(x)))
    if n > 2:
        outs.append(_t(np.float32, _stats_shape(x)))
    if n > 3:
        outs.append(ctx.inputs[0])
    return outs


def _out(ctx, j):
    return j < len(ctx.node.outputs) and bool(ctx.node.outputs[j])


def _sln_emit(simplified):
    def emit(ctx, e):
        d = e.dims(0)
        n = d[-1]
        rows = [_prod(d[:-1]), n]
        dt = ctx.inputs[0].dtype
        sk = e.dims(1)
        skip = e.arr(1, [_prod(sk[:-1]), n])
        beta_i, bias_i = (None, 3) if simplified else (3, 4)
        has_beta = beta_i is not None and e.has_input(beta_i)
        has_bias = e.has_input(bias_i)
        beta = e.flat(beta_i) if has_beta else e.none(dt)
        bias = e.flat(bias_i) if has_bias else e.none(dt)
        mean = e.flat_out(1) if _out(ctx, 1) else e.none(np.float32)
        inv = e.flat_out(2) if _out(ctx, 2) else e.none(np.float32)
        ssum = e.out(3, rows) if _out(ctx, 3) else e.none(dt, 2)
        e.call("contrib", "skip_layernorm", e.arr(0, rows), skip, e.flat(2), beta, bias, e.out(0, rows), mean,
               inv, ssum, lit(ctx.attr("epsilon", 1e-12), np.float64), e.params(7))
    return emit


def _sln_params(simplified):
    def params(ctx):
        beta_i, bias_i = (None, 3) if simplified else (3, 4)
        return [1, int(beta_i is not None and ctx.has_input(beta_i)), int(ctx.has_input(bias_i)), int(simplified),
                int(_out(ctx, 1)), int(_out(ctx, 2)), int(_out(ctx, 3))]
    return params


def _sln_check(ctx):
    x, s = ctx.inputs[0].shape, ctx.inputs[1].shape if ctx.inputs[1] is not None else None
    if x is None or s is None or len(x) not in (2, 3) or len(s) not in (2, 3):
        return "SkipLayerNormalization needs 2-D or 3-D input and skip"
    if len(s) == 3 and len(x) == 3 and isinstance(s[0], int) and s[0] != 1 and s[0] != x[0]:
        return f"skip of shape {s} does not broadcast to input {x}"
    return None


register(OpDef("SkipLayerNormalization", 1, KERNEL, _sln_infer, domain=MS, emit=_sln_emit(False),
               params=_sln_params(False), dtypes=FLOATS, check=_sln_check))
register(OpDef("SkipSimplifiedLayerNormalization", 1, KERNEL, _sln_infer, domain=MS, emit=_sln_emit(True),
               params=_sln_params(True), dtypes=FLOATS, check=_sln_check))


# SimplifiedLayerNormalization (RMS norm; onnxruntime registers it in the ai.onnx domain) and the
# pre-opset-17 LayerNormalization onnxruntime also accepts in the ai.onnx domain.

def _axis_rows(ctx, e):
    from ..registry import normalize_axis
    d = e.dims(0)
    axis = normalize_axis(ctx, ctx.attr("axis", -1), len(d))
    return d, axis, [_prod(d[:axis]), _prod(d[axis:])]


def _simp_infer(ctx):
    from ..registry import normalize_axis
    x = ctx.shape(0)
    axis = normalize_axis(ctx, ctx.attr("axis", -1), len(x))
    outs = [ctx.inputs[0]]
    if len(ctx.node.outputs) > 1:
        outs.append(_t(np.float32, list(x[:axis]) + [1] * (len(x) - axis)))
    return outs


def _simp_emit(ctx, e):
    d, axis, rows = _axis_rows(ctx, e)
    dt = ctx.inputs[0].dtype
    inv = e.flat_out(1) if _out(ctx, 1) else e.none(np.float32)
    e.call("contrib", "skip_layernorm", e.arr(0, rows), e.none(dt, 2), e.flat(1), e.none(dt), e.none(dt),
           e.out(0, rows), e.none(np.float32), inv, e.none(dt, 2), lit(ctx.attr("epsilon", 1e-5), np.float64),
           e.params(7))


def _simp_check(ctx):
    x, s = ctx.inputs[0].shape, ctx.inputs[1].shape
    if x is None or s is None:
        return "input ranks are unknown"
    from ..registry import normalize_axis
    try:
        axis = normalize_axis(ctx, ctx.attr("axis", -1), len(x))
    except InvalidGraph as err:
        return str(err)
    if len(s) > len(x) - axis and any(d != 1 for d in s[:len(s) - (len(x) - axis)]):
        return f"scale of shape {s} is not the normalized shape"
    if ctx.inputs[0].dtype != ctx.inputs[1].dtype:
        return "mixed input and scale types are not supported"
    return None


register(OpDef("SimplifiedLayerNormalization", 1, KERNEL, _simp_infer, emit=_simp_emit,
               params=lambda ctx: [0, 0, 0, 1, 0, int(_out(ctx, 1)), 0], dtypes=FLOATS, check=_simp_check))


def _register_old_layernorm():
    from . import normalization as nz
    register(OpDef("LayerNormalization", 1, KERNEL, nz._ln_infer, emit=nz._ln_emit(False), dtypes=FLOATS,
                   check=nz._ln_check))


_register_old_layernorm()


# ---------------------------------------------------------------- Attention (packed QKV)

def _att_sizes(ctx):
    w = ctx.shape(1)
    hs = ctx.attr("qkv_hidden_sizes")
    if hs:
        return [int(v) for v in hs]
    if not isinstance(w[1], int):
        return None
    return [w[1] // 3] * 3


def _att_infer(ctx):
    x = ctx.shape(0)
    sizes = _att_sizes(ctx)
    dv = sizes[2] if sizes else ctx.fresh_dim()
    outs = [_t(ctx.inputs[0].dtype, [x[0], x[1], dv])]
    if len(ctx.node.outputs) > 1:
        nh = ctx.required_attr("num_heads")
        hk = sizes[1] // nh if sizes else ctx.fresh_dim()
        if ctx.has_input(4):
            p = ctx.shape(4)[3]
            total = p + x[1] if isinstance(p, int) and isinstance(x[1], int) else ctx.fresh_dim()
        else:
            total = x[1]
        outs.append(_t(ctx.inputs[0].dtype, [2, x[0], nh, total, hk]))
    return outs


_MASK_KINDS = {1: 1, 2: 3, 3: 4}


def _mask_kind(ctx):
    if not ctx.has_input(3):
        return 0
    m = ctx.shape(3)
    if len(m) == 1:
        b = ctx.shape(0)[0]
        return 2 if isinstance(m[0], int) and isinstance(b, int) and m[0] == 2 * b else 1
    return _MASK_KINDS[len(m)]


def _att_params(ctx):
    nh = ctx.required_attr("num_heads")
    dq, dk, dv = _att_sizes(ctx)
    if dq % nh or dv % nh or dq != dk:
        raise InvalidGraph(f"{ctx.label}: hidden sizes {(dq, dk, dv)} do not split into {nh} heads")
    return [nh, dq, dk, dv, _mask_kind(ctx), int(ctx.attr("unidirectional", 0)), int(ctx.has_input(2))]


def _att_check(ctx):
    x = ctx.inputs[0].shape
    w = ctx.inputs[1].shape
    if x is None or len(x) != 3 or w is None or len(w) != 2:
        return "Attention needs 3-D input and 2-D weights"
    if ctx.attr("do_rotary", 0):
        return "do_rotary is not supported"
    if ctx.has_input(6) or ctx.attr("past_present_share_buffer", 0):
        return "past_sequence_length / past_present_share_buffer are not supported"
    if ctx.has_input(3):
        m = ctx.inputs[3]
        if m.shape is None or len(m.shape) not in (1, 2, 3):
            return "mask_index must be 1-D, 2-D or 3-D (4-D Megatron masks are not supported)"
        if m.dtype != np.int32:
            return "mask_index must be int32"
    if ctx.has_input(5):
        ab = ctx.inputs[5].shape
        if ab is None or len(ab) != 4:
            return "attention_bias must be 4-D"
    if ctx.has_input(4) and (ctx.inputs[4].shape is None or len(ctx.inputs[4].shape) != 5):
        return "past must be 5-D (2, B, heads, P, head_size)"
    sizes = ctx.attr("qkv_hidden_sizes")
    if sizes and len(sizes) != 3:
        return "qkv_hidden_sizes must have 3 entries"
    return None


def _att_emit(ctx, e):
    dt = ctx.inputs[0].dtype
    nh = ctx.required_attr("num_heads")
    bias = e.flat(2) if e.has_input(2) else e.none(dt)
    mask = e.flat(3) if e.has_input(3) else e.none(np.int32)
    ab = e.arr(5) if e.has_input(5) else e.none(dt, 4)
    past = e.arr(4) if e.has_input(4) else e.none(dt, 5)
    present = e.out(1) if _out(ctx, 1) else e.none(dt, 5)
    scale = ctx.attr("scale")
    if scale is None:
        sizes = ctx.attr("qkv_hidden_sizes")
        dq = str(int(sizes[0])) if sizes else f"(({e.dims(1)[1]}) // 3)"
        scale_expr = f"1.0 / math.sqrt(({dq}) // {nh})"
    else:
        scale_expr = lit(scale, np.float64)
    e.call("contrib", "attention_packed", e.arr(0), e.arr(1), bias, mask, ab, past, e.out(0), present,
           e.params(7), scale_expr, lit(ctx.attr("mask_filter_value", -10000.0), np.float64))


register(OpDef("Attention", 1, KERNEL, _att_infer, domain=MS, emit=_att_emit, params=_att_params, dtypes=FLOATS,
               check=_att_check))


# ---------------------------------------------------------------- MatMulNBits

def _mnb_infer(ctx):
    a = ctx.shape(0)
    return [_t(ctx.inputs[0].dtype, list(a[:-1]) + [int(ctx.required_attr("N"))])]


def _mnb_check(ctx):
    bits = ctx.attr("bits", 4)
    if bits not in (2, 4, 8):
        return f"bits={bits} is not supported (2, 4 or 8)"
    if ctx.has_input(4):
        return "g_idx (act-order) is not supported"
    if ctx.attr("weight_prepacked", 0):
        return "prepacked weights are not supported"
    a = ctx.inputs[0].shape
    if a is None or len(a) < 1:
        return "the rank of A is unknown"
    if ctx.inputs[1].dtype != np.uint8:
        return "B must be uint8"
    if ctx.has_input(3) and ctx.inputs[3].dtype not in (np.uint8, ctx.inputs[0].dtype):
        return "zero_points must be uint8 (packed) or A's float type"
    return None


def _mnb_params(ctx):
    K, N = int(ctx.required_attr("K")), int(ctx.required_attr("N"))
    block = int(ctx.required_attr("block_size"))
    bits = int(ctx.attr("bits", 4))
    b = ctx.shape(1)
    nblk = -(-K // block)
    if tuple(b) != (N, nblk, block * bits // 8):
        raise InvalidGraph(f"{ctx.label}: B of shape {tuple(b)} is not (N, k_blocks, blob) = "
                           f"{(N, nblk, block * bits // 8)}")
    if ctx.shape(0)[-1] != K:
        raise InvalidGraph(f"{ctx.label}: A's last dim {ctx.shape(0)[-1]} is not K={K}")
    zkind = 0
    if ctx.has_input(3):
        zkind = 1 if ctx.inputs[3].dtype == np.uint8 else 2
    return [bits, block, zkind, int(ctx.has_input(5))]


def _mnb_emit(ctx, e):
    dt = ctx.inputs[0].dtype
    K, N = int(ctx.required_attr("K")), int(ctx.required_attr("N"))
    d = e.dims(0)
    a2 = [_prod(d[:-1]), str(K)]
    zfloat = e.has_input(3) and ctx.inputs[3].dtype != np.uint8
    zpq = e.flat(3) if e.has_input(3) and not zfloat else e.none(np.uint8)
    zpf = e.flat(3) if zfloat else e.none(dt)
    bias = e.flat(5) if e.has_input(5) else e.none(dt)
    e.call("contrib", "matmul_nbits", e.arr(0, a2), e.arr(1), e.flat(2), zpq, zpf, bias, e.out(0, [a2[0], str(N)]),
           e.params(4))


register(OpDef("MatMulNBits", 1, KERNEL, _mnb_infer, domain=MS, emit=_mnb_emit, params=_mnb_params,
               dtypes=(np.float32,), check=_mnb_check))
