"""Neural-network ops lowered to calls into kernels/cpu (conv, pool, gemm, norm)."""
from __future__ import annotations

import math

import numpy as np

from onnxjit.errors import InvalidGraph
from .. import ir
from ..registry import FLOATS, KERNEL, OpDef, dim_op, lit, normalize_axis, register


def _t(dtype, shape):
    return ir.TensorType(np.dtype(dtype), None if shape is None else tuple(shape))


def _spatial_attrs(ctx, nsp, kernel):
    strides = list(ctx.attr("strides") or [1] * nsp)
    dil = list(ctx.attr("dilations") or [1] * nsp)
    pads = list(ctx.attr("pads") or [0] * (2 * nsp))
    if len(strides) != nsp or len(dil) != nsp or len(pads) != 2 * nsp or len(kernel) != nsp:
        raise InvalidGraph(f"{ctx.label}: strides/dilations/pads/kernel_shape do not match {nsp} spatial dims")
    return strides, dil, pads


def geometry(ctx, in_sp, kernel, ceil_mode=False):
    """(pads_begin, pads_end, out_spatial) for conv/pool, honouring auto_pad and ceil_mode."""
    nsp = len(in_sp)
    strides, dil, pads = _spatial_attrs(ctx, nsp, kernel)
    auto = ctx.attr("auto_pad", "NOTSET")
    begin, end, out = [], [], []
    for k in range(nsp):
        d, s, kk, dl = in_sp[k], strides[k], kernel[k], dil[k]
        ext = (kk - 1) * dl + 1
        if not isinstance(d, int):
            begin.append(pads[k]); end.append(pads[k + nsp]); out.append(ctx.fresh_dim())
            continue
        if auto in ("SAME_UPPER", "SAME_LOWER"):
            o = -(-d // s)
            total = max(0, (o - 1) * s + ext - d)
            b = total // 2 if auto == "SAME_UPPER" else total - total // 2
            begin.append(b); end.append(total - b); out.append(o)
            continue
        if auto == "VALID":
            pb = pe = 0
        else:
            pb, pe = pads[k], pads[k + nsp]
        span = d + pb + pe - ext
        if span < 0 and d > 0:      # (as onnxruntime: no output of size 0 from a short input)
            raise InvalidGraph(f"{ctx.label}: spatial dim {k} of the input is {d}, {pb}+{pe} padded, shorter than "
                               f"the kernel's extent {ext} (kernel {kk}, dilation {dl})")
        if ceil_mode:
            o = -(-span // s) + 1
            if (o - 1) * s >= d + pb:
                o -= 1
        else:
            o = span // s + 1
        begin.append(pb); end.append(pe); out.append(max(o, 0))
    return begin, end, out, strides, dil


def _pad3(vals, fill):
    return [fill] * (3 - len(vals)) + list(vals)


def _view5(e, dims_fn, i, out=False):
    d = e.out_dims(i) if out else e.dims(i)
    shape = d[:2] + ["1"] * (5 - len(d)) + d[2:]
    return e.out(i, shape) if out else e.arr(i, shape)


def _check_spatial(ctx):
    r = ctx.inputs[0].rank
    if r is None or not 3 <= r <= 5:
        return f"{ctx.node.op_type} supports 1 to 3 spatial dims, got rank {r}"
    return None


# ---------------------------------------------------------------- Conv / ConvTranspose

def _conv_kernel(ctx):
    w = ctx.shape(1)
    return list(ctx.attr("kernel_shape") or w[2:])


def _conv_infer(ctx):
    x, w = ctx.shape(0), ctx.shape(1)
    if len(w) != len(x):
        raise InvalidGraph(f"{ctx.label}: weight rank {len(w)} differs from input rank {len(x)}")
    group = ctx.attr("group", 1)
    if isinstance(x[1], int) and isinstance(w[1], int) and x[1] != w[1] * group:
        raise InvalidGraph(f"{ctx.label}: input has {x[1]} channels, weight expects {w[1]} x group {group}")
    _, _, out, _, _ = geometry(ctx, x[2:], _conv_kernel(ctx))
    return [_t(ctx.inputs[0].dtype, [x[0], w[0]] + out)]


# FusedConv activations -> the kernel's codes (kernels/cpu/epilogue.py ACT_*), with (alpha, beta) defaults
ACTIVATIONS = {"": (0, 0.0, 0.0), "Relu": (1, 0.0, 0.0), "LeakyRelu": (2, 0.01, 0.0),
               "Clip": (3, -np.inf, np.inf), "Sigmoid": (4, 0.0, 0.0), "Tanh": (5, 0.0, 0.0),
               "HardSigmoid": (6, 0.2, 0.5), "HardSwish": (7, 0.0, 0.0),
               "Silu": (8, 0.0, 0.0)}     # x * Sigmoid(x): onnxjit's own (passes/fuse_conv_epilogue.py)


# The conv ops that take FusedConv's residual input and activation attributes.
_EPILOGUE_CONVS = ("FusedConv", "WinogradConv", "PackedConv")


def _activation(ctx):
    name = ctx.attr("activation", "") if ctx.node.op_type in _EPILOGUE_CONVS else ""
    code, a, b = ACTIVATIONS[name]
    params = list(ctx.attr("activation_params", []) or [])
    if params:
        a = params[0]
        b = params[1] if len(params) > 1 else b
    return code, a, b


def _has_z(ctx):
    return ctx.node.op_type in _EPILOGUE_CONVS and ctx.has_input(3)


def _conv_params(ctx):
    x = ctx.shape(0)
    begin, _, _, strides, dil = geometry(ctx, x[2:], _conv_kernel(ctx))
    return (_pad3(strides, 1) + _pad3(begin, 0) + _pad3(dil, 1)
            + [ctx.attr("group", 1), int(ctx.has_input(2)), _activation(ctx)[0], int(_has_z(ctx))])


def conv_kernel(ctx) -> str:
    """The kernels/cpu/conv.py entry for a Conv node, chosen from what is static (weight shape,
    attributes), so generated code calls, and a model compiles, only the kernels it needs."""
    w = ctx.shape(1)
    nsp = len(w) - 2
    kernel = _conv_kernel(ctx)
    strides, dil, pads = _spatial_attrs(ctx, nsp, kernel)
    group = ctx.attr("group", 1)
    auto = ctx.attr("auto_pad", "NOTSET")
    if nsp == 2 and group > 1 and w[1] == 1:
        return "conv_depthwise"
    if all(k == 1 for k in kernel) and all(s == 1 for s in strides) and \
            (auto == "VALID" or (auto == "NOTSET" and not any(pads))):
        return "conv_1x1"
    return "conv"


def _conv_call(ctx, e, kernel, w, nparams, *extra):
    """The call of a kernels/cpu/conv.py entry taking (x, w, b, z, y, p, alpha, beta, *extra):
    x, y (and z) as 5-D views, the bias and residual (or empty arrays), the epilogue's alpha/beta."""
    dt = ctx.inputs[0].dtype
    b = e.flat(2) if e.has_input(2) else e.none(dt)
    z = _view5(e, None, 3) if _has_z(ctx) else e.none(dt, 5)
    _, alpha, beta = _activation(ctx)
    e.call("conv", kernel, _view5(e, None, 0), w, b, z, _view5(e, None, 0, out=True),
           e.params(nparams), lit(alpha, np.float64), lit(beta, np.float64), *extra)


def _conv_emit(ctx, e):
    kernel = conv_kernel(ctx)
    few = ["None"] if kernel == "conv" and not _few_positions_possible(e.g) else []
    _conv_call(ctx, e, kernel, _view5(e, None, 1), 13, *few)


def _few_positions_possible(gen) -> bool:
    """Whether some Conv of the graph lowered to kernels/cpu/conv.py conv() may have a tile of
    at most FEW_POSITIONS output positions, which conv() computes as dot products.  Tiles hold
    whole output rows, so not when every such conv's output width is known to be larger: the
    generated calls then pass few=None and Numba leaves that path out (~2.7 s of cold compile).
    Decided for the whole graph, so that its convs share one compiled conv()."""
    from onnxjit.kernels.cpu.conv import FEW_POSITIONS
    if "few_positions" not in gen.memo:
        def may_be_few(n):
            t = gen.types.get(n.outputs[0])
            ow = t.shape[-1] if isinstance(t, ir.TensorType) and t.shape else None
            return not (isinstance(ow, int) and ow > FEW_POSITIONS) and conv_kernel(gen.ctx(n)) == "conv"
        gen.memo["few_positions"] = any(n.op_type in ("Conv", "FusedConv") and n.outputs and n.outputs[0]
                                        and may_be_few(n) for n in gen.graph.nodes)
    return gen.memo["few_positions"]


def _activation_check(ctx):
    if ctx.attr("activation", "") not in ACTIVATIONS:
        return f"activation {ctx.attr('activation')!r} is not one of {sorted(ACTIVATIONS)}"
    return None


def _fused_conv_check(ctx):
    return _activation_check(ctx) or _check_spatial(ctx)


register(OpDef("Conv", 1, KERNEL, _conv_infer, emit=_conv_emit, params=_conv_params, dtypes=FLOATS,
               check=_check_spatial))
# onnxruntime's contrib FusedConv: Conv + optional residual Z + activation (what fuse_conv_epilogue makes)
register(OpDef("FusedConv", 1, KERNEL, _conv_infer, domain="com.microsoft", emit=_conv_emit, params=_conv_params,
               dtypes=FLOATS, check=_fused_conv_check))


# onnxjit's own ops for convs whose weights the layout passes (compiler/passes/) rearranged.
LAYOUT_DOMAIN = "ai.onnxjit"

# Winograd F(2x2, 3x3) convolution (what passes/winograd.py makes of a 3x3 stride-1 Conv/FusedConv):
# inputs X (N, C, H, W), U (16, M, C) = the transformed weights, optional B (M,) and residual Z;
# attributes pads [top, left, bottom, right], activation and activation_params as FusedConv's.


def _wino_infer(ctx):
    x, u = ctx.shape(0), ctx.shape(1)
    if len(x) != 4 or len(u) != 3 or u[0] != 16:
        raise InvalidGraph(f"{ctx.label}: WinogradConv takes a 4-D input and (16, M, C) weights, "
                           f"got shapes {x} and {u}")
    _, _, out, _, _ = geometry(ctx, x[2:], [3, 3])
    return [_t(ctx.inputs[0].dtype, [x[0], u[1]] + out)]


def _wino_params(ctx):
    pads = list(ctx.attr("pads") or [0, 0, 0, 0])
    return [pads[0], pads[1], int(ctx.has_input(2)), _activation(ctx)[0], int(_has_z(ctx))]


def _wino_emit(ctx, e):
    dt = ctx.inputs[0].dtype
    b = e.flat(2) if e.has_input(2) else e.none(dt)
    z = e.arr(3) if e.has_input(3) else e.none(dt, 4)
    _, alpha, beta = _activation(ctx)
    e.call("conv", "conv_winograd", e.arr(0), e.arr(1), b, z, e.out(0), e.params(5),
           lit(alpha, np.float64), lit(beta, np.float64))


register(OpDef("WinogradConv", 1, KERNEL, _wino_infer, domain=LAYOUT_DOMAIN, emit=_wino_emit,
               params=_wino_params, dtypes=(np.float32,), check=_activation_check))


# Conv with packed weights (what passes/packed_conv.py makes of a one-group float32 Conv/FusedConv):
# inputs X, Wp (ceil(M / R), C * prod(kernel_shape), R) = kernels/cpu/packed.py pack_weights of
# the (M, C * prod(kernel_shape)) weights in R-row panels, optional B (M,) and residual Z;
# attributes channels (M), kernel_shape, and Conv's strides, pads, dilations, auto_pad, with
# FusedConv's activation and activation_params.  R = 16 runs conv_packed (small outputs), R = 4
# conv_direct (2-D).

def _packed_infer(ctx):
    x, wp = ctx.shape(0), ctx.shape(1)
    kernel = list(ctx.attr("kernel_shape") or [])
    M = ctx.attr("channels", 0)
    rows = wp[2] if len(wp) == 3 else None
    if rows not in (16, 4) or len(kernel) != len(x) - 2 or not 0 < M <= rows * wp[0] \
            or (isinstance(x[1], int) and x[1] * int(np.prod(kernel)) != wp[1]) or (rows == 4 and len(x) != 4):
        raise InvalidGraph(f"{ctx.label}: PackedConv takes (P, C * prod(kernel_shape), R) weights for at most "
                           f"R P channels, R = 16, or R = 4 for a 2-D conv; got input {x}, weights {wp}, "
                           f"kernel_shape {kernel}, channels {M}")
    _, _, out, _, _ = geometry(ctx, x[2:], kernel)
    return [_t(ctx.inputs[0].dtype, [x[0], M] + out)]


def _packed_params(ctx):
    return _conv_params(ctx) + _pad3(_conv_kernel(ctx), 1)


def _packed_emit(ctx, e):
    _conv_call(ctx, e, "conv_direct" if ctx.shape(1)[2] == 4 else "conv_packed", e.arr(1), 16)


register(OpDef("PackedConv", 1, KERNEL, _packed_infer, domain=LAYOUT_DOMAIN, emit=_packed_emit,
               params=_packed_params, dtypes=(np.float32,), check=_fused_conv_check))


def _convt_geometry(ctx):
    x, w = ctx.shape(0), ctx.shape(1)
    nsp = len(x) - 2
    kernel = list(ctx.attr("kernel_shape") or w[2:])
    strides = list(ctx.attr("strides") or [1] * nsp)
    dil = list(ctx.attr("dilations") or [1] * nsp)
    outpad = list(ctx.attr("output_padding") or [0] * nsp)
    pads = list(ctx.attr("pads") or [0] * (2 * nsp))
    out_shape = ctx.attr("output_shape")
    auto = ctx.attr("auto_pad", "NOTSET")
    begin, out = [], []
    for k in range(nsp):
        d = x[2 + k]
        ext = (kernel[k] - 1) * dil[k] + 1
        if not isinstance(d, int):
            begin.append(pads[k]); out.append(ctx.fresh_dim()); continue
        full = strides[k] * (d - 1) + outpad[k] + ext
        if out_shape is not None:
            o = out_shape[-nsp + k]
            total = full - o
            # onnx: SAME_UPPER puts the odd pad at the end, every other auto_pad at the beginning
            b = total // 2 if auto == "SAME_UPPER" else total - total // 2
            begin.append(b); out.append(o)
        elif auto in ("SAME_UPPER", "SAME_LOWER"):
            o = d * strides[k]
            total = max(0, full - o)
            b = total // 2 if auto == "SAME_UPPER" else total - total // 2
            begin.append(b); out.append(o)
        else:
            begin.append(pads[k]); out.append(full - pads[k] - pads[k + nsp])
    return begin, out, strides, dil


def _convt_infer(ctx):
    x, w = ctx.shape(0), ctx.shape(1)
    _, out, _, _ = _convt_geometry(ctx)
    m = dim_op(ctx, lambda a: a * ctx.attr("group", 1), w[1])
    return [_t(ctx.inputs[0].dtype, [x[0], m] + out)]


def _convt_params(ctx):
    begin, _, strides, dil = _convt_geometry(ctx)
    return _pad3(strides, 1) + _pad3(begin, 0) + _pad3(dil, 1) + [ctx.attr("group", 1), int(ctx.has_input(2))]


def _convt_emit(ctx, e):
    b = e.flat(2) if e.has_input(2) else e.none(ctx.inputs[0].dtype)
    e.call("conv", "conv_transpose", _view5(e, None, 0), _view5(e, None, 1), b, _view5(e, None, 0, out=True),
           e.params(11))


register(OpDef("ConvTranspose", 1, KERNEL, _convt_infer, emit=_convt_emit, params=_convt_params, dtypes=FLOATS,
               check=_check_spatial))


# ---------------------------------------------------------------- pools

def _pool_infer(ctx):
    x = ctx.shape(0)
    kernel = ctx.required_attr("kernel_shape")
    _, _, out, _, _ = geometry(ctx, x[2:], kernel, ceil_mode=bool(ctx.attr("ceil_mode", 0)))
    outs = [_t(ctx.inputs[0].dtype, list(x[:2]) + out)]
    if len(ctx.node.outputs) > 1:
        outs.append(_t(np.int64, list(x[:2]) + out))
    return outs


def _pool_common(ctx):
    x = ctx.shape(0)
    kernel = ctx.required_attr("kernel_shape")
    begin, end, _, strides, dil = geometry(ctx, x[2:], kernel, ceil_mode=bool(ctx.attr("ceil_mode", 0)))
    return kernel, strides, begin, end, dil


def _maxpool_params(ctx):
    k, s, b, _, d = _pool_common(ctx)
    has_ind = int(len(ctx.node.outputs) > 1 and bool(ctx.node.outputs[1]))
    return (_pad3(k, 1) + _pad3(s, 1) + _pad3(b, 0) + _pad3(d, 1)
            + [ctx.attr("storage_order", 0), has_ind, len(k)])


def _whole_window(ctx, padding_counts=False):
    """Whether the pool has one output position whose window covers the whole (static) input:
    then it is a global pool.  Padding inside the window changes nothing (it never wins a max,
    and an average without count_include_pad divides by the input elements only) unless
    `padding_counts`: then there must be none.  (ResNet's head: 7x7 on 7x7; Inception-v1's:
    7x7 on 6x6 with an end pad of 1.)"""
    x = ctx.shape(0)
    if not all(isinstance(d, int) and d > 0 for d in x[2:]):
        return False
    kernel, _, begin, end, dil = _pool_common(ctx)
    _, _, out, _, _ = geometry(ctx, x[2:], kernel, ceil_mode=bool(ctx.attr("ceil_mode", 0)))
    if padding_counts and (any(begin) or any(end)):
        return False
    return all(o == 1 and b >= 0 and (dl == 1 or k == 1) and (k - 1) * dl - b >= d - 1
               for d, o, b, k, dl in zip(x[2:], out, begin, kernel, dil))


def _maxpool_emit(ctx, e):
    has_ind = len(ctx.node.outputs) > 1 and bool(ctx.node.outputs[1])
    if not has_ind and _whole_window(ctx):
        _global_emit("global_maxpool")(ctx, e)
    elif not has_ind and ctx.inputs[0].rank <= 4:
        e.call("pool", "maxpool_2d", _view5(e, None, 0), _view5(e, None, 0, out=True), e.params(15))
    else:
        ind = _view5(e, None, 1, out=True) if has_ind else e.none(np.int64, 5)
        e.call("pool", "maxpool", _view5(e, None, 0), _view5(e, None, 0, out=True), ind, e.params(15))


register(OpDef("MaxPool", 1, KERNEL, _pool_infer, emit=_maxpool_emit, params=_maxpool_params,
               dtypes=FLOATS + (np.int8, np.uint8), check=_check_spatial))


def _avgpool_params(ctx):
    k, s, b, en, d = _pool_common(ctx)
    return (_pad3(k, 1) + _pad3(s, 1) + _pad3(b, 0) + _pad3(en, 0) + _pad3(d, 1)
            + [ctx.attr("count_include_pad", 0)])


def _avgpool_emit(ctx, e):
    if _whole_window(ctx, padding_counts=bool(ctx.attr("count_include_pad", 0))):
        _global_emit("global_avgpool")(ctx, e)
    else:
        fast = ctx.inputs[0].rank <= 4 and np.dtype(ctx.inputs[0].dtype) in (np.float32, np.float64)
        e.call("pool", "avgpool_2d" if fast else "avgpool", _view5(e, None, 0), _view5(e, None, 0, out=True),
               e.params(16))


register(OpDef("AveragePool", 1, KERNEL, _pool_infer, params=_avgpool_params, dtypes=FLOATS, check=_check_spatial,
               emit=_avgpool_emit))


def _lppool_params(ctx):
    k, s, b, _, d = _pool_common(ctx)
    return _pad3(k, 1) + _pad3(s, 1) + _pad3(b, 0) + _pad3(d, 1)


register(OpDef("LpPool", 1, KERNEL, _pool_infer, params=_lppool_params, dtypes=FLOATS, check=_check_spatial,
               emit=lambda ctx, e: e.call("pool", "lppool", _view5(e, None, 0), _view5(e, None, 0, out=True),
                                          e.params(12), str(int(ctx.attr("p", 2))))))


def _global_lppool_params(ctx):
    """GlobalLpPool is LpPool with the whole spatial extent as its window."""
    return _pad3(list(ctx.shape(0)[2:]), 1) + [1, 1, 1] + [0, 0, 0] + [1, 1, 1]


register(OpDef("GlobalLpPool", 1, KERNEL, lambda ctx: _global_infer(ctx), params=_global_lppool_params,
               dtypes=FLOATS, check=_check_spatial,
               emit=lambda ctx, e: e.call("pool", "lppool", _view5(e, None, 0), _view5(e, None, 0, out=True),
                                          e.params(12), str(int(ctx.attr("p", 2))))))


def _global_infer(ctx):
    x = ctx.shape(0)
    return [_t(ctx.inputs[0].dtype, list(x[:2]) + [1] * (len(x) - 2))]


def _global_emit(fn):
    def emit(ctx, e):
        d = e.dims(0)
        s = " * ".join(d[2:]) or "1"
        e.call("pool", fn, e.arr(0, d[:2] + [s]), e.out(0, e.out_dims()[:2]))
    return emit


register(OpDef("GlobalAveragePool", 1, KERNEL, _global_infer, emit=_global_emit("global_avgpool"), dtypes=FLOATS))
register(OpDef("GlobalMaxPool", 1, KERNEL, _global_infer, emit=_global_emit("global_maxpool"), dtypes=FLOATS))


def _lrn_emit(ctx, e):
    d = e.dims(0)
    s = " * ".join(d[2:]) or "1"
    dt = ctx.inputs[0].dtype
    e.call("pool", "lrn", e.arr(0, d[:2] + [s]), e.out(0, d[:2] + [s]), str(int(ctx.required_attr("size"))),
           lit(ctx.attr("alpha", 1e-4), np.float64), lit(ctx.attr("beta", 0.75), np.float64),
           lit(ctx.attr("bias", 1.0), np.float64))


register(OpDef("LRN", 1, KERNEL, lambda ctx: [ctx.inputs[0]], emit=_lrn_emit, dtypes=FLOATS))


# ---------------------------------------------------------------- Gemm / MatMul

def _gemm_infer(ctx):
    a, b = ctx.shape(0), ctx.shape(1)
    if len(a) != 2 or len(b) != 2:
        raise InvalidGraph(f"{ctx.label}: Gemm inputs must be 2-D, got {a} and {b}")
    m = a[1] if ctx.attr("transA", 0) else a[0]
    n = b[0] if ctx.attr("transB", 0) else b[1]
    return [_t(ctx.inputs[0].dtype, (m, n))]


def _gemm_emit(ctx, e):
    dt = ctx.inputs[0].dtype
    if e.has_input(2):
        cd = e.dims(2)
        c = e.arr(2, ["1", "1"] if len(cd) == 0 else (["1", cd[0]] if len(cd) == 1 else cd))
    else:
        c = e.none(dt, 2)
    # one output row known at compile time (a classifier at batch 1): the vector-product kernel
    one_row = not ctx.attr("transA", 0) and ctx.shape(0)[0] == 1 and np.dtype(dt).kind == "f"
    e.call("gemm", "gemm_row" if one_row else "gemm", e.arr(0), e.arr(1), c, e.out(0), e.params(3),
           lit(ctx.attr("alpha", 1.0), np.float64), lit(ctx.attr("beta", 1.0), np.float64))


register(OpDef("Gemm", 1, KERNEL, _gemm_infer, emit=_gemm_emit, dtypes=FLOATS + (np.int32, np.int64, np.uint32, np.uint64),
               params=lambda ctx: [ctx.attr("transA", 0), ctx.attr("transB", 0), int(ctx.has_input(2))]))


def _matmul_shapes(ctx, trans_b: bool = False):
    """(a, b, batch, output shape) of MatMul, a and b as 2-D-or-more shapes; `trans_b`: b's
    last two dims swapped first (FusedMatMul with transB)."""
    a, b = ctx.shape(0), ctx.shape(1)
    if trans_b:
        if len(b) < 2:
            raise InvalidGraph(f"{ctx.label}: transB needs B of rank >= 2, got {b}")
        b = tuple(b[:-2]) + (b[-1], b[-2])
    if len(a) == 0 or len(b) == 0:
        raise InvalidGraph(f"{ctx.label}: MatMul inputs must have rank >= 1")
    a2 = a if len(a) >= 2 else (1,) + tuple(a)
    b2 = b if len(b) >= 2 else tuple(b) + (1,)
    from ..registry import broadcast_shapes
    batch = broadcast_shapes([a2[:-2], b2[:-2]], ctx)
    if isinstance(a2[-1], int) and isinstance(b2[-2], int) and a2[-1] != b2[-2]:
        raise InvalidGraph(f"{ctx.label}: MatMul inner dims differ: {a} x {b}")
    out = list(batch) + ([a2[-2]] if len(a) >= 2 else []) + ([b2[-1]] if len(b) >= 2 else [])
    return a2, b2, batch, out


def _matmul_infer(ctx, trans_b: bool = False):
    _, _, _, out = _matmul_shapes(ctx, trans_b)
    return [_t(ctx.inputs[0].dtype, out)]


def _matmul_params(ctx, trans_b: bool = False):
    from ..program import broadcast_strides
    a2, b2, batch, _ = _matmul_shapes(ctx, trans_b)
    yb = [1] * (4 - len(batch)) + list(batch)
    sa = [0] * (4 - len(batch)) + broadcast_strides(a2[:-2], batch)
    sb = [0] * (4 - len(batch)) + broadcast_strides(b2[:-2], batch)
    return [int(np.prod(batch, dtype=np.int64))] + yb + sa + sb


def _prod(dims):
    return " * ".join(dims) or "1"


def _matmul_folds_batch(ctx):
    """(B..., M, K) @ (K, N): one weight for every batch (a transformer's linear layers), so
    the batch folds into the rows: ONE GEMM of B * M rows, not B GEMMs of M rows (fewer BLAS
    calls, each big enough for its threads)."""
    return len(ctx.shape(0)) >= 3 and len(ctx.shape(1)) == 2


def _matmul_kernel_params(ctx, trans_b: bool = False):
    """MatMul's batch_indices parameters: a single batch when the batch folds into the rows."""
    if _matmul_folds_batch(ctx):
        return [1, 1, 1, 1, 1] + [0] * 8
    return _matmul_params(ctx, trans_b)


def _matmul_emit(ctx, e, trans_b: bool = False):
    """MatMul (and FusedMatMul, trans_b: B stored (..., N, K), multiplied transposed)."""
    ad, bd = e.dims(0), e.dims(1)
    if _matmul_folds_batch(ctx):
        a3 = ["1", _prod(ad[:-1]), ad[-1]]
    else:
        a3 = [_prod(ad[:-2]), ad[-2], ad[-1]] if len(ad) >= 2 else ["1", "1", ad[0]]
    b3 = [_prod(bd[:-2]), bd[-2], bd[-1]] if len(bd) >= 2 else ["1", bd[0], "1"]
    ia, ib = e.per_plan(2, f"{e.kernel('tensor')}.batch_indices({e.params(13)})")
    n = b3[1] if trans_b else b3[2]
    e.call("gemm", "matmul_tb" if trans_b else "matmul", e.arr(0, a3), e.arr(1, b3), e.out(0, [f"{ia}.size", a3[1], n]),
           ia, ib)


def _matmul_check(ctx):
    a, b = ctx.inputs[0].rank, ctx.inputs[1].rank
    if a is None or b is None or max(a, b) > 6:
        return "MatMul supports ranks 1 to 6"
    return None


register(OpDef("MatMul", 1, KERNEL, _matmul_infer, emit=_matmul_emit, params=_matmul_kernel_params,
               dtypes=FLOATS + (np.int32, np.int64, np.uint32, np.uint64), check=_matmul_check,
               value=lambda ctx, a, b: [np.matmul(a, b)]))

# Normalization, softmax, attention and loss ops live in normalization.py.
