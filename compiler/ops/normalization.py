"""Normalization, softmax, attention and loss ops, lowered to calls into kernels/cpu/norm.py and
kernels/cpu/attention.py.

Each family shares one kernel (compiled once per dtype): LayerNormalization and RMSNormalization
call `norm.layernorm`; InstanceNormalization and GroupNormalization call `norm.groupnorm`;
Softmax/LogSoftmax call `norm.softmax_rows` (last axis) or `norm.softmax`;
SoftmaxCrossEntropyLoss and NegativeLogLikelihoodLoss call `norm.nll_loss`.
"""
from __future__ import annotations

import numpy as np
import onnx

from onnxjit.errors import InvalidGraph
from .. import ir
from ..registry import FLOATS, KERNEL, OpDef, dim_op, lit, normalize_axis, register


def _t(dtype, shape):
    return ir.TensorType(np.dtype(dtype), None if shape is None else tuple(shape))


def _prod(dims):
    return " * ".join(f"{d}" for d in dims) or "1"


def _same(ctx):
    return [ctx.inputs[0]]


# ---------------------------------------------------------------- BatchNormalization

def _bn_training(ctx):
    return ctx.opset >= 14 and bool(ctx.attr("training_mode", 0))


def _bn_check(ctx):
    outs = [o for o in ctx.node.outputs[1:] if o]
    if outs and not _bn_training(ctx):
        return "BatchNormalization's training outputs need opset >= 14 and training_mode=1"
    if len(ctx.node.outputs) > 3:
        return "BatchNormalization has at most 3 outputs from opset 14"
    return None


def _bn_infer(ctx):
    outs = [ctx.inputs[0]]
    for o in ctx.node.outputs[1:]:
        outs.append(ctx.inputs[3])
    return outs


def _ncs(e, i, out=False):
    d = e.out_dims(i) if out else e.dims(i)
    shape = [d[0], d[1] if len(d) > 1 else "1", _prod(d[2:])]
    return e.out(i, shape) if out else e.arr(i, shape)


def _bn_emit(ctx, e):
    outs = ctx.node.outputs
    dt = ctx.inputs[3].dtype
    rm = e.flat_out(1) if len(outs) > 1 and outs[1] else e.none(dt)
    rv = e.flat_out(2) if len(outs) > 2 and outs[2] else e.none(dt)
    e.call("norm", "batchnorm", _ncs(e, 0), e.flat(1), e.flat(2), e.flat(3), e.flat(4), _ncs(e, 0, out=True),
           rm, rv, lit(ctx.attr("epsilon", 1e-5), np.float64), lit(ctx.attr("momentum", 0.9), np.float64),
           str(int(_bn_training(ctx))))


register(OpDef("BatchNormalization", 1, KERNEL, _bn_infer, emit=_bn_emit, dtypes=FLOATS, check=_bn_check))


# ---------------------------------------------------------------- Instance / Group normalization

def _instnorm_emit(ctx, e):
    d = e.dims(0)
    x4 = [d[0], d[1], "1", _prod(d[2:])]
    e.call("norm", "groupnorm", e.arr(0, x4), e.flat(1), e.flat(2), e.out(0, x4),
           lit(ctx.attr("epsilon", 1e-5), np.float64), "0")


register(OpDef("InstanceNormalization", 1, KERNEL, _same, emit=_instnorm_emit, dtypes=FLOATS))


def _groupnorm_emit(ctx, e):
    d = e.dims(0)
    g = int(ctx.required_attr("num_groups"))
    x4 = [d[0], str(g), f"({d[1]}) // {g}", _prod(d[2:])]
    per_group = int(ctx.opset < 21)
    e.call("norm", "groupnorm", e.arr(0, x4), e.flat(1), e.flat(2), e.out(0, x4),
           lit(ctx.attr("epsilon", 1e-5), np.float64), str(per_group))


def _groupnorm_check(ctx):
    x = ctx.inputs[0].shape
    if x is None or len(x) < 2:
        return "GroupNormalization needs an input of rank >= 2"
    g = ctx.attr("num_groups")
    if not g or g <= 0:
        return "num_groups must be positive"
    if isinstance(x[1], int) and x[1] % g:
        return f"{x[1]} channels do not divide into {g} groups"
    return None


for _v in (18, 21):
    register(OpDef("GroupNormalization", _v, KERNEL, _same, emit=_groupnorm_emit, dtypes=FLOATS,
                   check=_groupnorm_check))


# ---------------------------------------------------------------- Layer / RMS normalization

def _stash_dtype(ctx):
    st = ctx.attr("stash_type", 1)
    try:
        return np.dtype(onnx.helper.tensor_dtype_to_np_dtype(st))
    except Exception:
        return np.dtype(np.float32)


def _ln_infer(ctx):
    x = ctx.inputs[0]
    outs = [x]
    r = len(ctx.shape(0))
    axis = normalize_axis(ctx, ctx.attr("axis", -1), r)
    stat = list(ctx.shape(0)[:axis]) + [1] * (r - axis)
    for _ in ctx.node.outputs[1:]:
        outs.append(_t(_stash_dtype(ctx), stat))
    return outs


def _scale_rows(e, i, n):
    """An input broadcast against the normalized dims, as (srows, n): srows is 1 or rows."""
    return e.arr(i, ["(" + _prod(e.dims(i)) + f") // ({n})", n])


def _ln_emit(rms):
    def emit(ctx, e):
        d = e.dims(0)
        r = len(d)
        axis = normalize_axis(ctx, ctx.attr("axis", -1), r)
        n = _prod(d[axis:])
        rows = [_prod(d[:axis]), n]
        dt = ctx.inputs[0].dtype
        has_bias = not rms and e.has_input(2)
        bias = _scale_rows(e, 2, n) if has_bias else e.none(dt, 2)
        outs = ctx.node.outputs
        has_stats = not rms and len(outs) > 1 and bool(outs[1])
        sd = _stash_dtype(ctx)
        mean = e.flat_out(1) if has_stats else e.none(sd)
        inv = e.flat_out(2) if has_stats and len(outs) > 2 and outs[2] else e.none(sd)
        e.call("norm", "layernorm", e.arr(0, rows), _scale_rows(e, 1, n), bias, e.out(0, rows), mean, inv,
               lit(ctx.attr("epsilon", 1e-5), np.float64), str(int(has_bias)), str(int(has_stats)), str(int(rms)))
    return emit


def _ln_check(ctx):
    x = ctx.inputs[0].shape
    if x is None:
        return "the input rank is unknown"
    r = len(x)
    try:
        axis = normalize_axis(ctx, ctx.attr("axis", -1), r)
    except InvalidGraph as err:
        return str(err)
    outs = ctx.node.outputs
    if len(outs) > 2 and outs[2] and not (len(outs) > 1 and outs[1]):
        return "InvStdDev without Mean output is not supported"
    norm = x[axis:]
    for i in (1, 2):
        if i >= len(ctx.inputs) or ctx.inputs[i] is None or ctx.inputs[i].shape is None:
            continue
        s = ctx.inputs[i].shape
        # supported broadcasts: the normalized dims exactly (leading 1s allowed), or the whole input
        if tuple(s) == tuple(x):
            continue
        core = list(s)
        while len(core) > len(norm) and core[0] == 1:
            core.pop(0)
        if len(core) != len(norm) or any(isinstance(a, int) and isinstance(b, int) and a != b
                                         for a, b in zip(core, norm)):
            return f"input {i} of shape {s} is not the normalized shape {norm}"
    return None


register(OpDef("LayerNormalization", 17, KERNEL, _ln_infer, emit=_ln_emit(False), dtypes=FLOATS, check=_ln_check))
register(OpDef("RMSNormalization", 23, KERNEL, _same, emit=_ln_emit(True), dtypes=FLOATS, check=_ln_check))


# ---------------------------------------------------------------- MeanVarianceNormalization / LpNormalization

MVN_MAX_RANK = 8


def _mvn_axes(ctx, r):
    return sorted({normalize_axis(ctx, a, r) for a in (ctx.attr("axes") or [0, 2, 3])})


def _mvn_params(ctx):
    x = list(ctx.shape(0))
    r = len(x)
    axes = _mvn_axes(ctx, r)
    pad = MVN_MAX_RANK - r
    return [r] + x + [int(k in axes) for k in range(r)] + [0] * (2 * pad)


def _mvn_check(ctx):
    x = ctx.inputs[0].shape
    if x is None or len(x) > MVN_MAX_RANK:
        return f"MeanVarianceNormalization supports ranks up to {MVN_MAX_RANK}"
    try:
        _mvn_axes(ctx, len(x))
    except InvalidGraph as err:
        return str(err)
    return None


def _mvn_emit(ctx, e):
    e.call("norm", "mvn", e.flat(0), e.flat_out(0), e.params(1 + 2 * MVN_MAX_RANK))


register(OpDef("MeanVarianceNormalization", 9, KERNEL, _same, emit=_mvn_emit, params=_mvn_params,
               dtypes=FLOATS, check=_mvn_check))


def _oai(ctx, e, axis):
    """(outer, axis, inner) view of input 0 and output 0."""
    d = e.dims(0)
    d3 = [_prod(d[:axis]), d[axis], _prod(d[axis + 1:])] if d else ["1", "1", "1"]
    return e.arr(0, d3), e.out(0, d3)


def _lp_emit(ctx, e):
    r = len(e.dims(0))
    axis = normalize_axis(ctx, ctx.attr("axis", -1), max(r, 1)) if r else 0
    x3, y3 = _oai(ctx, e, axis)
    e.call("norm", "lpnorm", x3, y3, str(int(ctx.attr("p", 2))))


def _lp_check(ctx):
    if ctx.attr("p", 2) not in (1, 2):
        return f"p must be 1 or 2, got {ctx.attr('p', 2)}"
    return None


register(OpDef("LpNormalization", 1, KERNEL, _same, emit=_lp_emit, dtypes=FLOATS, check=_lp_check))


# ---------------------------------------------------------------- Softmax, LogSoftmax, Hardmax

def _softmax_emit(log):
    def emit(ctx, e):
        d = e.dims(0)
        r = len(d)
        if r == 0:
            d2 = ["1", "1"]
            e.call("norm", "softmax_rows", e.arr(0, d2), e.out(0, d2), str(log))
            return
        if ctx.opset < 13:     # coerced to 2-D at axis: normalize over everything from axis on
            axis = normalize_axis(ctx, ctx.attr("axis", 1), r)
            rows = [_prod(d[:axis]), _prod(d[axis:])]
            e.call("norm", "softmax_rows", e.arr(0, rows), e.out(0, rows), str(log))
            return
        axis = normalize_axis(ctx, ctx.attr("axis", -1), r)
        if axis == r - 1:
            rows = [_prod(d[:-1]), d[-1]]
            e.call("norm", "softmax_rows", e.arr(0, rows), e.out(0, rows), str(log))
        else:
            x3, y3 = _oai(ctx, e, axis)
            e.call("norm", "softmax", x3, y3, str(log))
    return emit


register(OpDef("Softmax", 1, KERNEL, _same, emit=_softmax_emit(0), dtypes=FLOATS))
register(OpDef("LogSoftmax", 1, KERNEL, _same, emit=_softmax_emit(1), dtypes=FLOATS))


def _hardmax_emit(ctx, e):
    d = e.dims(0)
    r = len(d)
    if r == 0:
        d3 = ["1", "1", "1"]
    elif ctx.opset < 13:
        axis = normalize_axis(ctx, ctx.attr("axis", 1), r)
        d3 = [_prod(d[:axis]), _prod(d[axis:]), "1"]
    else:
        axis = normalize_axis(ctx, ctx.attr("axis", -1), r)
        d3 = [_prod(d[:axis]), d[axis], _prod(d[axis + 1:])]
    e.call("norm", "hardmax", e.arr(0, d3), e.out(0, d3))


register(OpDef("Hardmax", 1, KERNEL, _same, emit=_hardmax_emit, dtypes=FLOATS))


# ---------------------------------------------------------------- losses

_REDUCTIONS = {"none": 0, "sum": 1, "mean": 2}


def _reduction(ctx):
    red = ctx.attr("reduction", "mean")
    red = red.decode() if isinstance(red, bytes) else red
    return red


def _loss_infer(ctx):
    x, t = ctx.shape(0), ctx.shape(1)
    if len(x) < 2 or len(t) != len(x) - 1:
        raise InvalidGraph(f"{ctx.label}: input of shape {x} and target of shape {t} do not match (N, C, d1...) "
                           f"and (N, d1...)")
    dt = ctx.inputs[0].dtype
    outs = [_t(dt, t if _reduction(ctx) == "none" else ())]
    if len(ctx.node.outputs) > 1:
        outs.append(_t(dt, x))
    return outs


def _loss_check(ctx):
    if _reduction(ctx) not in _REDUCTIONS:
        return f"unknown reduction '{_reduction(ctx)}'"
    if ctx.inputs[1] is not None and ctx.inputs[1].dtype not in (np.dtype(np.int32), np.dtype(np.int64)):
        return "target must be int32 or int64"
    return None


def _loss_params(sce):
    def params(ctx):
        ii = ctx.attr("ignore_index")
        return [_REDUCTIONS[_reduction(ctx)], int(ii is not None), int(ii or 0), sce]
    return params


def _loss_emit(ctx, e):
    d = e.dims(0)
    x3 = [d[0], d[1], _prod(d[2:])]
    t2 = [d[0], _prod(d[2:])]
    dt = ctx.inputs[0].dtype
    w = e.flat(2) if e.has_input(2) else e.none(dt)
    outs = ctx.node.outputs
    logp = e.out(1, x3) if len(outs) > 1 and outs[1] else e.none(dt, 3)
    e.call("norm", "nll_loss", e.arr(0, x3), e.arr(1, t2), w, e.flat_out(0), logp, e.params(4))


for _v in (12, 13, 22):
    register(OpDef("NegativeLogLikelihoodLoss", _v, KERNEL, _loss_infer, emit=_loss_emit, params=_loss_params(0),
                   dtypes=FLOATS, check=_loss_check))
for _v in (12, 13):
    register(OpDef("SoftmaxCrossEntropyLoss", _v, KERNEL, _loss_infer, emit=_loss_emit, params=_loss_params(1),
                   dtypes=FLOATS, check=_loss_check))


# ---------------------------------------------------------------- Attention

def _heads(ctx):
    """(q_heads, kv_heads, head_size, v_head_size) from shapes and attributes (dims may be symbols)."""
    q, k, v = ctx.shape(0), ctx.shape(1), ctx.shape(2)
    if len(q) == 3:
        hq, hkv = ctx.attr("q_num_heads"), ctx.attr("kv_num_heads")
        if not hq or not hkv:
            raise InvalidGraph(f"{ctx.label}: 3-D inputs need the q_num_heads and kv_num_heads attributes")
        e = dim_op(ctx, lambda a: a // hq, q[2])
        ev = dim_op(ctx, lambda a: a // hkv, v[2])
        return hq, hkv, e, ev
    return q[1], k[1], q[3], v[3]


def _att_infer(ctx):
    q, k, v = ctx.shape(0), ctx.shape(1), ctx.shape(2)
    if not (len(q) == len(k) == len(v)) or len(q) not in (3, 4):
        raise InvalidGraph(f"{ctx.label}: Q, K, V must all be 3-D or all 4-D, got {q}, {k}, {v}")
    hq, hkv, e, ev = _heads(ctx)
    dt = ctx.inputs[0].dtype
    b = q[0]
    lq = q[1] if len(q) == 3 else q[2]
    s = k[1] if len(q) == 3 else k[2]
    if ctx.has_input(4):
        total = dim_op(ctx, lambda a, c: a + c, ctx.shape(4)[2], s)
    else:
        total = s
    y = [b, lq, dim_op(ctx, lambda a: a * hq, ev)] if len(q) == 3 else [b, hq, lq, ev]
    outs = [_t(dt, y)]
    n = len(ctx.node.outputs)
    if n > 1:
        outs.append(_t(dt, [b, hkv, total, e]))
    if n > 2:
        outs.append(_t(dt, [b, hkv, total, ev]))
    if n > 3:
        outs.append(_t(dt, [b, hq, lq, total]))
    return outs


def _att_check(ctx):
    if any(t is not None and t.shape is None for t in ctx.inputs[:3]):
        return "input ranks are unknown"
    q = ctx.inputs[0].shape
    try:
        hq, hkv, _, _ = _heads(ctx)
    except InvalidGraph as err:
        return str(err)
    if isinstance(hq, int) and isinstance(hkv, int) and (hkv <= 0 or hq % hkv):
        return f"q heads ({hq}) must be a multiple of kv heads ({hkv})"
    if ctx.has_input(3) and ctx.inputs[3] is not None:
        m = ctx.inputs[3]
        if m.shape is None or not 1 <= len(m.shape) <= 4:
            return "attn_mask must have rank 1 to 4"
    if ctx.has_input(4) != ctx.has_input(5):
        return "past_key and past_value must be given together"
    if ctx.has_input(4) and ctx.has_input(6):
        return "nonpad_kv_seqlen cannot be combined with past_key/past_value"
    for i in (4, 5):
        if ctx.has_input(i) and (ctx.inputs[i].shape is None or len(ctx.inputs[i].shape) != 4):
            return "past_key/past_value must be 4-D"
    if ctx.attr("qk_matmul_output_mode", 0) not in (0, 1, 2, 3):
        return "qk_matmul_output_mode must be 0 to 3"
    return None


def _att_params(ctx):
    q = ctx.shape(0)
    hq, hkv, _, _ = _heads(ctx)
    mask_bool = int(ctx.has_input(3) and ctx.inputs[3].dtype == np.bool_)
    if ctx.has_input(3):
        m = ctx.shape(3)
        lq = q[1] if len(q) == 3 else q[2]
        if len(m) >= 2 and m[-2] not in (1, lq):
            raise InvalidGraph(f"{ctx.label}: attn_mask of shape {m} does not broadcast to {lq} query rows")
    if hq % hkv:
        raise InvalidGraph(f"{ctx.label}: q heads ({hq}) must be a multiple of kv heads ({hkv})")
    return [int(len(q) == 3), int(hq), int(hkv), mask_bool, int(ctx.attr("is_causal", 0)),
            int(ctx.attr("qk_matmul_output_mode", 0)), int(ctx.has_input(4)),
            int(ctx.attr("left_window_size", -1)), int(ctx.attr("right_window_size", -1))]


def _att_emit(ctx, e):
    q = ctx.inputs[0].shape
    dt = ctx.inputs[0].dtype
    is3d = len(q) == 3

    def view(i, heads, out=False):
        d = e.out_dims(i) if out else e.dims(i)
        if is3d:
            shape = [d[0], d[1], str(heads), f"({d[2]}) // {heads}"]
            return e.out(i, shape) if out else e.arr(i, shape)
        return e.out(i) if out else e.arr(i)

    hq = ctx.attr("q_num_heads") if is3d else None
    hkv = ctx.attr("kv_num_heads") if is3d else None
    qv, kv, vv = view(0, hq), view(1, hkv), view(2, hkv)
    if e.has_input(3):
        md = e.dims(3)
        mask = e.arr(3, ["1"] * (4 - len(md)) + md)
    else:
        mask = e.none(dt, 4)
    pk = e.arr(4) if e.has_input(4) else e.none(dt, 4)
    pv = e.arr(5) if e.has_input(5) else e.none(dt, 4)
    nonpad = e.flat(6) if e.has_input(6) else e.none(np.int64)
    outs = ctx.node.outputs
    y = view(0, hq, out=True)
    present_k = e.out(1) if len(outs) > 1 and outs[1] else e.none(dt, 4)
    present_v = e.out(2) if len(outs) > 2 and outs[2] else e.none(dt, 4)
    qk = e.out(3) if len(outs) > 3 and outs[3] else e.none(dt, 4)
    scale = ctx.attr("scale")
    softcap = ctx.attr("softcap", 0.0) or 0.0
    if scale is None:
        head = e.dims(0)[3] if not is3d else f"(({e.dims(0)[2]}) // {hq})"
        scale_expr = f"1.0 / math.sqrt({head})"
    else:
        scale_expr = lit(scale, np.float64)
    e.call("attention", "attention", qv, kv, vv, mask, pk, pv, nonpad, y, present_k, present_v, qk,
           e.params(9), scale_expr, lit(softcap, np.float64))


for _v in (23, 24, 25):
    register(OpDef("Attention", _v, KERNEL, _att_infer, emit=_att_emit, params=_att_params, dtypes=FLOATS,
                   check=_att_check))


# ---------------------------------------------------------------- RotaryEmbedding

def _rope_check(ctx):
    x = ctx.inputs[0].shape
    if x is None or len(x) not in (3, 4):
        return "RotaryEmbedding input must be 3-D or 4-D"
    if len(x) == 3 and not ctx.attr("num_heads"):
        return "3-D input needs the num_heads attribute"
    if ctx.has_input(3):
        if ctx.inputs[3].dtype != np.dtype(np.int64):
            return "position_ids must be int64"
    return None


def _rope_params(ctx):
    x = ctx.shape(0)
    d = x[3] if len(x) == 4 else x[2] // ctx.attr("num_heads")
    rot = ctx.attr("rotary_embedding_dim", 0) or d
    half = ctx.shape(1)[-1]
    if rot % 2 or rot > d or half != rot // 2:
        raise InvalidGraph(f"{ctx.label}: rotary_embedding_dim {rot} does not match head size {d} "
                           f"and cache width {half}")
    return [int(len(x) == 3), int(ctx.attr("interleaved", 0)), int(rot)]


def _rope_emit(ctx, e):
    d = e.dims(0)
    if len(d) == 3:
        nh = ctx.attr("num_heads")
        x4 = [d[0], d[1], str(nh), f"({d[2]}) // {nh}"]
        x, y = e.arr(0, x4), e.out(0, x4)
    else:
        x, y = e.arr(0), e.out(0)
    if e.has_input(3):
        cos, sin, pos = e.arr(1), e.arr(2), e.arr(3)
    else:
        cd = e.dims(1)
        c2 = [_prod(cd[:-1]), cd[-1]]
        cos, sin, pos = e.arr(1, c2), e.arr(2, c2), e.none(np.int64, 2)
    e.call("attention", "rotary", x, cos, sin, pos, y, e.params(3))


register(OpDef("RotaryEmbedding", 23, KERNEL, _same, emit=_rope_emit, params=_rope_params, dtypes=FLOATS,
               check=_rope_check))
