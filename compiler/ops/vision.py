"""Vision and convolution-family ops: GridSample, AffineGrid, RoiAlign, DeformConv, MaxUnpool,
ConvInteger, QLinearConv (kernels in kernels/cpu/vision.py) and NonMaxSuppression (host:
its output size depends on the data; kernels/host/vision.py)."""
from __future__ import annotations

import numpy as np

from onnxjit.errors import InvalidGraph
from onnxjit.kernels.host import vision as hv
from .. import ir
from ..registry import FLOATS, HOST, KERNEL, OpDef, dim_op, lit, np_name, register
from .nn import _pad3, _view5, geometry


def _t(dtype, shape):
    return ir.TensorType(np.dtype(dtype), None if shape is None else tuple(shape))


def _prod(dims):
    return " * ".join(dims) or "1"


def _raise_if_bad(e, ctx, call: str, what: str):
    e.line(f"bad = {call}")
    e.line("if bad >= 0:")
    e.line(f"    raise IndexError({ctx.node.op_type + ' (' + ctx.node.name + '): ' + what!r} + str(bad))")


# ---------------------------------------------------------------- GridSample

_GS_MODES = {"nearest": 0, "linear": 1, "bilinear": 1, "cubic": 2, "bicubic": 2}
_GS_PADS = {"zeros": 0, "border": 1, "reflection": 2}


def _gs_infer(ctx):
    x, g = ctx.shape(0), ctx.shape(1)
    if len(g) != len(x):
        raise InvalidGraph(f"{ctx.label}: grid rank {len(g)} differs from input rank {len(x)}")
    if isinstance(g[-1], int) and g[-1] != len(x) - 2:
        raise InvalidGraph(f"{ctx.label}: grid's last dim is {g[-1]}, expected {len(x) - 2}")
    return [_t(ctx.inputs[0].dtype, [x[0], x[1]] + list(g[1:-1]))]


def _gs_check(ctx):
    r = ctx.inputs[0].rank
    if r is None or r < 3:
        return f"GridSample needs an input of rank >= 3, got {r}"
    if ctx.inputs[1].dtype not in [np.dtype(d) for d in FLOATS]:
        return "grid must be float32 or float64"
    mode = ctx.attr("mode", "linear" if ctx.opset >= 20 else "bilinear")
    if mode not in _GS_MODES or ctx.attr("padding_mode", "zeros") not in _GS_PADS:
        return f"unsupported mode {mode!r} / padding_mode {ctx.attr('padding_mode')!r}"
    return None


def _gs_params(ctx):
    x = ctx.shape(0)
    mode = ctx.attr("mode", "linear" if ctx.opset >= 20 else "bilinear")
    return [_GS_MODES[mode], _GS_PADS[ctx.attr("padding_mode", "zeros")], int(ctx.attr("align_corners", 0)),
            len(x) - 2] + list(x[2:])


def _gs_emit(ctx, e):
    xd, gd, yd = e.dims(0), e.dims(1), e.out_dims(0)
    r = len(xd) - 2
    e.call("vision", "gridsample", e.arr(0, xd[:2] + [_prod(xd[2:])]), e.arr(1, [gd[0], _prod(gd[1:-1]), gd[-1]]),
           e.out(0, yd[:2] + [_prod(yd[2:])]), e.params(4 + r))


for _v in (16, 20):
    register(OpDef("GridSample", _v, KERNEL, _gs_infer, emit=_gs_emit, params=_gs_params, dtypes=FLOATS,
                   check=_gs_check))


# ---------------------------------------------------------------- AffineGrid

def _ag_infer(ctx):
    th = ctx.shape(0)
    v = ctx.value(1)
    if v is None:
        n = ctx.inputs[1].shape[0] if ctx.inputs[1].shape and isinstance(ctx.inputs[1].shape[0], int) else None
        if n is None:
            if isinstance(th[1], int):
                n = th[1] + 2
            else:
                return [_t(ctx.inputs[0].dtype, None)]
        return [_t(ctx.inputs[0].dtype, [th[0]] + [ctx.fresh_dim() for _ in range(n - 2)] + [n - 2])]
    size = [int(s) for s in np.asarray(v).reshape(-1)]
    if len(size) not in (4, 5):
        raise InvalidGraph(f"{ctx.label}: size must have 4 or 5 entries, got {size}")
    r = len(size) - 2
    if isinstance(th[1], int) and isinstance(th[2], int) and (th[1], th[2]) != (r, r + 1):
        raise InvalidGraph(f"{ctx.label}: theta shape {tuple(th)} does not match size {size}")
    return [_t(ctx.inputs[0].dtype, [th[0]] + size[2:] + [r])]


def _ag_emit(ctx, e):
    yd = e.out_dims(0)
    view = [yd[0]] + ["1"] * (5 - len(yd)) + yd[1:]
    e.call("vision", "affine_grid", e.arr(0), e.out(0, view), e.params(1))


register(OpDef("AffineGrid", 20, KERNEL, _ag_infer, emit=_ag_emit, shape_inputs=(1,), dtypes=FLOATS,
               params=lambda ctx: [int(ctx.attr("align_corners", 0))],
               check=lambda ctx: None if ctx.inputs[0].rank == 3 else "theta must be 3-D"))


# ---------------------------------------------------------------- RoiAlign

def _rois_of_width(ctx, rois, width: int, what: str) -> None:
    """The kernels read `width` columns of each roi (and, RoiAlign, one batch index per roi):
    a narrower rois or a shorter batch_indices, fed at run time, would be read outside."""
    if isinstance(rois[1], int) and rois[1] != width:
        raise InvalidGraph(f"{ctx.label}: rois has {rois[1]} columns; {what} needs {width}")
    if len(ctx.inputs) > 2 and ctx.inputs[2] is not None:
        b = ctx.shape(2)
        if len(b) != 1 or (isinstance(b[0], int) and isinstance(rois[0], int) and b[0] != rois[0]):
            raise InvalidGraph(f"{ctx.label}: batch_indices has shape {list(b)}; {what} needs one index per roi "
                               f"({rois[0]})")


def _roi_infer(ctx):
    x, rois = ctx.shape(0), ctx.shape(1)
    if len(x) != 4 or len(rois) != 2:
        raise InvalidGraph(f"{ctx.label}: RoiAlign needs a 4-D input and 2-D rois")
    _rois_of_width(ctx, rois, 4, "RoiAlign")
    return [_t(ctx.inputs[0].dtype, [rois[0], x[1], int(ctx.attr("output_height", 1)),
                                    int(ctx.attr("output_width", 1))])]


def _roi_params(ctx):
    half = ctx.opset >= 16 and ctx.attr("coordinate_transformation_mode", "half_pixel") == "half_pixel"
    return [int(ctx.attr("mode", "avg") == "max"), int(ctx.attr("sampling_ratio", 0)), int(half)]


def _roi_emit(ctx, e):
    _raise_if_bad(e, ctx, f"{e.kernel('vision')}.roi_align({e.arr(0)}, {e.arr(1)}, {e.flat(2)}, {e.out(0)}, "
                          f"{e.params(3)}, {lit(ctx.attr('spatial_scale', 1.0), np.float64)})",
                  "batch_indices out of range for roi ")


def _roi_check(ctx):
    if ctx.inputs[0].rank != 4:
        return "RoiAlign needs a 4-D input"
    if ctx.attr("mode", "avg") not in ("avg", "max"):
        return f"mode {ctx.attr('mode')!r} is not avg or max"
    return None


for _v in (10, 16):
    register(OpDef("RoiAlign", _v, KERNEL, _roi_infer, emit=_roi_emit, params=_roi_params, dtypes=FLOATS,
                   check=_roi_check))


# ---------------------------------------------------------------- DeformConv

def _dc_infer(ctx):
    x, w = ctx.shape(0), ctx.shape(1)
    kernel = list(ctx.attr("kernel_shape") or w[2:])
    if not all(isinstance(k, int) for k in kernel):
        return [_t(ctx.inputs[0].dtype, [x[0], w[0]] + [ctx.fresh_dim() for _ in x[2:]])]
    _, _, out, _, _ = geometry(ctx, x[2:], kernel)
    return [_t(ctx.inputs[0].dtype, [x[0], w[0]] + out)]


def _dc_params(ctx):
    x, w = ctx.shape(0), ctx.shape(1)
    kernel = list(ctx.attr("kernel_shape") or w[2:])
    begin, _, _, strides, dil = geometry(ctx, x[2:], kernel)
    group, og = int(ctx.attr("group", 1)), int(ctx.attr("offset_group", 1))
    if x[1] != w[1] * group or w[0] % group or x[1] % og:
        raise InvalidGraph(f"{ctx.label}: channels {x[1]}, weight {tuple(w)}, group {group}, "
                           f"offset_group {og} do not fit")
    off = ctx.shape(2)
    K = int(np.prod(w[2:]))
    y = ctx.out_shape(0)
    if tuple(off) != (x[0], og * 2 * K) + tuple(y[2:]):
        raise InvalidGraph(f"{ctx.label}: offset shape {tuple(off)}, expected {(x[0], og * 2 * K) + tuple(y[2:])}")
    if ctx.has_input(4) and tuple(ctx.shape(4)) != (x[0], og * K) + tuple(y[2:]):
        raise InvalidGraph(f"{ctx.label}: mask shape {tuple(ctx.shape(4))}, expected {(x[0], og * K) + tuple(y[2:])}")
    if ctx.has_input(3) and tuple(ctx.shape(3)) != (w[0],):
        raise InvalidGraph(f"{ctx.label}: bias shape {tuple(ctx.shape(3))}, expected {(w[0],)}")
    return (list(strides) + list(begin) + list(dil)
            + [group, og, int(ctx.has_input(3)), int(ctx.has_input(4))])


def _dc_emit(ctx, e):
    dt = ctx.inputs[0].dtype
    b = e.flat(3) if e.has_input(3) else e.none(dt)
    m = e.arr(4) if e.has_input(4) else e.none(dt, 4)
    e.call("vision", "deform_conv", e.arr(0), e.arr(1), e.arr(2), b, m, e.out(0), e.params(10))


register(OpDef("DeformConv", 19, KERNEL, _dc_infer, emit=_dc_emit, params=_dc_params, dtypes=FLOATS,
               check=lambda ctx: None if ctx.inputs[0].rank == 4 else "DeformConv supports 2-D only"))


# ---------------------------------------------------------------- MaxUnpool

def _unpool_inferred(ctx, x):
    kernel = ctx.required_attr("kernel_shape")
    nsp = len(x) - 2
    strides = list(ctx.attr("strides") or [1] * nsp)
    pads = list(ctx.attr("pads") or [0] * (2 * nsp))
    return [dim_op(ctx, lambda d, k=k: (d - 1) * strides[k] - pads[k] - pads[k + nsp] + kernel[k], x[2 + k])
            for k in range(nsp)]


def _unpool_infer(ctx):
    x = ctx.shape(0)
    if ctx.has_input(2):
        v = ctx.value(2)
        if v is None:
            return [_t(ctx.inputs[0].dtype, [ctx.fresh_dim() for _ in x])]
        shape = [int(d) for d in np.asarray(v).reshape(-1)]
        if len(shape) != len(x):
            raise InvalidGraph(f"{ctx.label}: output_shape {shape} does not have rank {len(x)}")
        return [_t(ctx.inputs[0].dtype, shape)]
    return [_t(ctx.inputs[0].dtype, list(x[:2]) + _unpool_inferred(ctx, x))]


def _unpool_params(ctx):
    x = ctx.shape(0)
    inf = _unpool_inferred(ctx, x)
    return [x[0], x[1]] + _pad3(inf, 1)


def _unpool_emit(ctx, e):
    _raise_if_bad(e, ctx, f"{e.kernel('vision')}.max_unpool({e.flat(0)}, {e.flat(1)}, {_view5(e, None, 0, out=True)}, "
                          f"{e.params(5)})", "index out of range at position ")


register(OpDef("MaxUnpool", 9, KERNEL, _unpool_infer, emit=_unpool_emit, params=_unpool_params, shape_inputs=(2,),
               dtypes=FLOATS, check=lambda ctx: None if ctx.inputs[0].rank in (3, 4, 5) else "1 to 3 spatial dims"))


# ---------------------------------------------------------------- ConvInteger, QLinearConv

def _iconv_geometry(ctx, xi, wi):
    x, w = ctx.shape(xi), ctx.shape(wi)
    if len(w) != len(x):
        raise InvalidGraph(f"{ctx.label}: weight rank {len(w)} differs from input rank {len(x)}")
    group = ctx.attr("group", 1)
    if isinstance(x[1], int) and isinstance(w[1], int) and x[1] != w[1] * group:
        raise InvalidGraph(f"{ctx.label}: input has {x[1]} channels, weight expects {w[1]} x group {group}")
    kernel = list(ctx.attr("kernel_shape") or w[2:])
    return geometry(ctx, x[2:], kernel), x, w


def _iconv_infer(xi, wi, out_dtype):
    def infer(ctx):
        x, w = ctx.shape(xi), ctx.shape(wi)
        if not all(isinstance(k, int) for k in (ctx.attr("kernel_shape") or w[2:])):
            return [_t(out_dtype(ctx), [x[0], w[0]] + [ctx.fresh_dim() for _ in x[2:]])]
        (_, _, out, _, _), x, w = _iconv_geometry(ctx, xi, wi)
        return [_t(out_dtype(ctx), [x[0], w[0]] + out)]
    return infer


def _iconv_params(xi, wi, bi):
    def params(ctx):
        (begin, _, _, strides, dil), x, w = _iconv_geometry(ctx, xi, wi)
        return (_pad3(strides, 1) + _pad3(begin, 0) + _pad3(dil, 1)
                + [ctx.attr("group", 1), int(bi is not None and ctx.has_input(bi))])
    return params


def _zp(e, ctx, i, like):
    if e.has_input(i):
        return e.flat(i)
    return f"np.zeros(1, np.{np_name(ctx.inputs[like].dtype)})"


def _v5(e, i, out=False):
    d = e.out_dims(i) if out else e.dims(i)
    shape = d[:2] + ["1"] * (5 - len(d)) + d[2:]
    return e.out(i, shape) if out else e.arr(i, shape)


def _ci_emit(ctx, e):
    e.call("vision", "conv_integer", _v5(e, 0), _v5(e, 1), _zp(e, ctx, 2, 0), _zp(e, ctx, 3, 1), _v5(e, 0, True),
           e.params(11))


def _spatial_check(xi):
    def check(ctx):
        r = ctx.inputs[xi].rank
        if r is None or not 3 <= r <= 5:
            return f"{ctx.node.op_type} supports 1 to 3 spatial dims, got rank {r}"
        return None
    return check


register(OpDef("ConvInteger", 10, KERNEL, _iconv_infer(0, 1, lambda ctx: np.int32), emit=_ci_emit,
               params=_iconv_params(0, 1, None), dtypes=(np.uint8, np.int8), check=_spatial_check(0)))


def _qc_emit(ctx, e):
    b = e.flat(8) if e.has_input(8) else "np.zeros(1, np.int32)"
    e.call("vision", "qlinear_conv", _v5(e, 0), e.flat(1), _zp(e, ctx, 2, 0), _v5(e, 3), e.flat(4),
           _zp(e, ctx, 5, 3), e.flat(6), _zp(e, ctx, 7, 0), b, _v5(e, 0, True), e.params(13))


def _qc_params(ctx):
    info = np.iinfo(ctx.out_dtype(0))
    return _iconv_params(0, 3, 8)(ctx) + [int(info.min), int(info.max)]


def _qc_check(ctx):
    why = _spatial_check(0)(ctx)
    if why:
        return why
    if ctx.inputs[3].dtype not in (np.dtype(np.uint8), np.dtype(np.int8)):
        return "weights must be uint8 or int8"
    for i in (1, 4, 6):
        if ctx.inputs[i].dtype != np.dtype(np.float32):
            return "scales must be float32"
    return None


register(OpDef("QLinearConv", 10, KERNEL,
               _iconv_infer(0, 3, lambda ctx: ctx.inputs[7].dtype if ctx.has_input(7) else ctx.inputs[0].dtype),
               emit=_qc_emit, params=_qc_params, dtypes=(np.uint8, np.int8), check=_qc_check))


# ---------------------------------------------------------------- NonMaxSuppression (host)

def _nms_run(ctx, boxes, scores, max_out=None, iou=None, score_th=None):
    return [hv.non_max_suppression(boxes, scores, max_out, iou, score_th, int(ctx.attr("center_point_box", 0)),
                                   ctx.label)]


register(OpDef("NonMaxSuppression", 10, HOST, lambda ctx: [_t(np.int64, (ctx.fresh_dim(), 3))], run=_nms_run,
               value=_nms_run))


# ---------------------------------------------------------------- MaxRoiPool

def _mrp_infer(ctx):
    x, rois = ctx.shape(0), ctx.shape(1)
    if len(x) != 4 or len(rois) != 2:
        raise InvalidGraph(f"{ctx.label}: MaxRoiPool takes X of rank 4 and rois (num_rois, 5)")
    _rois_of_width(ctx, rois, 5, "MaxRoiPool")
    ph, pw = ctx.required_attr("pooled_shape")
    return [_t(ctx.inputs[0].dtype, (rois[0], x[1], ph, pw))]


def _mrp_emit(ctx, e):
    scale = lit(ctx.attr("spatial_scale", 1.0), np.float64)
    e.line(f"bad = {e.kernel('vision')}.max_roi_pool({e.arr(0)}, {e.arr(1)}, {e.out(0)}, {scale})")
    e.line("if bad >= 0:")
    e.line(f"    raise IndexError({'MaxRoiPool (' + ctx.node.name + '): roi '!r} + str(bad) + ' has a batch index out of range')")


register(OpDef("MaxRoiPool", 1, KERNEL, _mrp_infer, emit=_mrp_emit, dtypes=FLOATS))
