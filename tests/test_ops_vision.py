"""Vision and convolution-family ops against onnxruntime, through InferenceSession:
GridSample, AffineGrid, RoiAlign, DeformConv, MaxUnpool, NonMaxSuppression, LpPool,
ConvTranspose (output_shape), ConvInteger, QLinearConv.

One-node models with symbolic input dims, so one compiled kernel serves every size (each
GridSample case runs two sizes through one session).

Tolerance: float32 interpolation and convolution rtol=1e-4, atol=1e-5; integer outputs
(ConvInteger, NonMaxSuppression indices) exact; QLinearConv within 1 (rounding of the
float32 requantization).  Bad indices from data raise, never read or write out of bounds.
"""
import numpy as np
import pytest

onnx = pytest.importorskip("onnx")
ort = pytest.importorskip("onnxruntime")
from onnx import TensorProto, helper  # noqa: E402

import onnxjit  # noqa: E402

RTOL, ATOL = 1e-4, 1e-5
rng = np.random.default_rng(11)
CPU = ["CPUExecutionProvider"]


def make_model(op, inputs, attrs, n_out=1, opset=22, consts=None):
    consts = consts or {}
    names = [n if v is not None else "" for n, v in inputs]
    outs = [f"o{k}" for k in range(n_out)]
    node = helper.make_node(op, names, outs, **attrs)
    feeds = [(n, v) for n, v in inputs if v is not None and n not in consts]
    graph = helper.make_graph(
        [node], "g",
        [helper.make_tensor_value_info(n, helper.np_dtype_to_tensor_dtype(v.dtype),
                                       [f"{n}_d{k}" for k in range(v.ndim)]) for n, v in feeds],
        [onnx.ValueInfoProto(name=o) for o in outs],
        [onnx.numpy_helper.from_array(v, n) for n, v in consts.items()])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)])
    model.ir_version = 10
    return model.SerializeToString(), dict(feeds)


def both(model, feeds_list):
    """Run every feed dict through one onnxjit session and one onnxruntime session."""
    mine = onnxjit.InferenceSession(model, providers=CPU)
    ref = ort.InferenceSession(model, providers=CPU)
    return [(mine.run(None, f), ref.run(None, f)) for f in feeds_list]


def check(op, inputs, attrs, n_out=1, opset=22, consts=None, more=(), rtol=RTOL, atol=ATOL):
    model, feeds = make_model(op, inputs, attrs, n_out, opset, consts)
    for got, want in both(model, [feeds] + [dict(m) for m in more]):
        for g, w in zip(got, want):
            assert g.shape == w.shape and g.dtype == w.dtype, (g.shape, w.shape, g.dtype, w.dtype)
            np.testing.assert_allclose(g, w, rtol=rtol, atol=atol)


def f32(*shape, lo=-1.0, hi=1.0):
    return rng.uniform(lo, hi, shape).astype(np.float32)


# ---------------------------------------------------------------- GridSample

@pytest.mark.parametrize("mode", ["nearest", "linear", "cubic"])
@pytest.mark.parametrize("pad", ["zeros", "border", "reflection"])
@pytest.mark.parametrize("align", [0, 1])
def test_gridsample_2d(mode, pad, align):
    x, g = f32(2, 3, 5, 6), f32(2, 4, 7, 2, lo=-1.4, hi=1.4)
    x2, g2 = f32(1, 2, 3, 8), f32(1, 2, 3, 2, lo=-1.4, hi=1.4)
    check("GridSample", [("x", x), ("g", g)], dict(mode=mode, padding_mode=pad, align_corners=align),
          more=[{"x": x2, "g": g2}])


@pytest.mark.parametrize("mode", ["nearest", "linear"])
@pytest.mark.parametrize("pad", ["zeros", "border", "reflection"])
def test_gridsample_3d(mode, pad):
    x, g = f32(1, 2, 3, 4, 5), f32(1, 2, 3, 4, 3, lo=-1.3, hi=1.3)
    for align in (0, 1):
        check("GridSample", [("x", x), ("g", g)], dict(mode=mode, padding_mode=pad, align_corners=align))


def test_gridsample_opset16_names():
    x, g = f32(1, 2, 4, 4), f32(1, 3, 3, 2, lo=-1.2, hi=1.2)
    for mode in ("bilinear", "bicubic", "nearest"):
        check("GridSample", [("x", x), ("g", g)], dict(mode=mode), opset=16)


def test_gridsample_nan_grid_stays_in_bounds():
    x, g = f32(1, 1, 3, 3), f32(1, 2, 2, 2)
    g[0, 0, 0] = np.nan
    g[0, 1, 1] = [1e30, -1e30]
    model, feeds = make_model("GridSample", [("x", x), ("g", g)], dict(mode="linear", padding_mode="border"))
    y = onnxjit.InferenceSession(model, providers=CPU).run(None, feeds)[0]
    assert y.shape == (1, 1, 2, 2)


# ---------------------------------------------------------------- AffineGrid

@pytest.mark.parametrize("size", [[2, 3, 4, 5], [2, 3, 3, 4, 5], [1, 1, 1, 3]])
@pytest.mark.parametrize("align", [0, 1])
def test_affine_grid(size, align):
    r = len(size) - 2
    theta = f32(size[0], r, r + 1)
    size = np.array(size, np.int64)
    check("AffineGrid", [("theta", theta), ("size", size)], dict(align_corners=align), opset=20, consts={"size": size})


# ---------------------------------------------------------------- RoiAlign

@pytest.mark.parametrize("mode", ["avg", "max"])
@pytest.mark.parametrize("ctm", ["half_pixel", "output_half_pixel"])
@pytest.mark.parametrize("sampling", [0, 2])
def test_roialign(mode, ctm, sampling):
    x = f32(2, 3, 10, 12)
    rois = np.array([[0, 0, 9, 9], [1.5, 2.2, 7.1, 8.3], [0, 5, 11, 9.5], [-2, -1, 3, 2]], np.float32)
    bidx = np.array([0, 1, 1, 0], np.int64)
    check("RoiAlign", [("x", x), ("rois", rois), ("b", bidx)],
          dict(mode=mode, coordinate_transformation_mode=ctm, output_height=3, output_width=4,
               sampling_ratio=sampling, spatial_scale=0.8), opset=16)


def test_roialign_bad_batch_index():
    x = f32(1, 1, 4, 4)
    rois = np.array([[0, 0, 2, 2]], np.float32)
    model, feeds = make_model("RoiAlign", [("x", x), ("rois", rois), ("b", np.array([3], np.int64))], {}, opset=16)
    with pytest.raises(Exception, match="batch_indices"):
        onnxjit.InferenceSession(model, providers=CPU).run(None, feeds)


# ---------------------------------------------------------------- DeformConv

@pytest.mark.parametrize("group,og,mask,bias", [(1, 1, False, False), (1, 2, True, True), (2, 2, True, False)])
def test_deform_conv(group, og, mask, bias):
    C, M, K = 4, 6, 3
    x = f32(2, C, 6, 7)
    w = f32(M, C // group, K, K)
    oh, ow = 3, 4   # stride 2, pad 1
    off = f32(2, og * 2 * K * K, oh, ow, lo=-2, hi=2)
    ins = [("x", x), ("w", w), ("off", off), ("b", f32(M) if bias else None),
           ("m", f32(2, og * K * K, oh, ow, lo=0, hi=1) if mask else None)]
    check("DeformConv", ins, dict(group=group, offset_group=og, strides=[2, 2], pads=[1, 1, 1, 1]), opset=19)


# ---------------------------------------------------------------- MaxUnpool

def _pool_with_indices(x, k, s):
    sess = ort.InferenceSession(make_model("MaxPool", [("x", x)], dict(kernel_shape=k, strides=s), 2)[0],
                                providers=CPU)
    return sess.run(None, {"x": x})


@pytest.mark.parametrize("shape,k,s", [((1, 2, 6, 6), [2, 2], [2, 2]), ((2, 1, 7), [3], [2]),
                                       ((1, 1, 4, 4, 4), [2, 2, 2], [2, 2, 2])])
def test_maxunpool(shape, k, s):
    x = f32(*shape)
    y, ind = _pool_with_indices(x, k, s)
    check("MaxUnpool", [("y", y), ("i", ind)], dict(kernel_shape=k, strides=s))


def test_maxunpool_output_shape_and_bad_index():
    x = np.array([[[[5, 6], [7, 8]]]], np.float32)
    ind = np.array([[[[5, 7], [13, 15]]]], np.int64)
    shape = np.array([1, 1, 5, 5], np.int64)
    model, feeds = make_model("MaxUnpool", [("x", x), ("i", ind), ("s", shape)], dict(kernel_shape=[2, 2], strides=[2, 2]))
    y = onnxjit.InferenceSession(model, providers=CPU).run(None, feeds)[0]
    want = np.zeros((1, 1, 5, 5), np.float32)
    want[0, 0, 1, 1], want[0, 0, 1, 3], want[0, 0, 3, 1], want[0, 0, 3, 3] = 5, 6, 7, 8   # onnx's expected output
    np.testing.assert_array_equal(y, want)
    feeds["i"] = np.array([[[[5, 7], [13, 16]]]], np.int64)
    with pytest.raises(Exception, match="out of range"):
        onnxjit.InferenceSession(model, providers=CPU).run(None, feeds)


# ---------------------------------------------------------------- NonMaxSuppression

@pytest.mark.parametrize("center", [0, 1])
def test_nms(center):
    B, S, C = 2, 40, 3
    xy = rng.uniform(0, 10, (B, S, 2)).astype(np.float32)
    wh = rng.uniform(0.5, 4, (B, S, 2)).astype(np.float32)
    boxes = np.concatenate([xy, xy + wh], -1) if not center else np.concatenate([xy, wh], -1)
    scores = rng.uniform(0, 1, (B, C, S)).astype(np.float32)
    scores[0, 0, :5] = 0.5   # ties
    for max_out, iou, sth in [(5, 0.4, 0.2), (100, 0.0, None), (0, 0.5, 0.1), (3, 1.0, 0.9)]:
        ins = [("boxes", boxes), ("scores", scores), ("k", np.array([max_out], np.int64)),
               ("iou", np.array([iou], np.float32)), ("sth", None if sth is None else np.array([sth], np.float32))]
        check("NonMaxSuppression", ins, dict(center_point_box=center), opset=11, rtol=0, atol=0)


# ---------------------------------------------------------------- LpPool, ConvTranspose

@pytest.mark.parametrize("attrs", [dict(kernel_shape=[3, 3], dilations=[2, 2], p=2),
                                   dict(kernel_shape=[2, 3], strides=[2, 1], pads=[1, 0, 0, 1], p=3),
                                   dict(kernel_shape=[3, 3], auto_pad="SAME_LOWER", p=1)])
def test_lppool(attrs):
    check("LpPool", [("x", f32(1, 2, 7, 8))], attrs, opset=18)


def test_convtranspose_output_shape():
    check("ConvTranspose", [("x", f32(1, 2, 3, 3)), ("w", f32(2, 2, 3, 3))],
          dict(strides=[3, 2], output_shape=[10, 8]), opset=17, consts={"w": f32(2, 2, 3, 3)})


# ---------------------------------------------------------------- ConvInteger, QLinearConv

def q(dtype, *shape):
    info = np.iinfo(dtype)
    return rng.integers(info.min, info.max + 1, shape).astype(dtype)


@pytest.mark.parametrize("xdt,wdt", [(np.uint8, np.uint8), (np.uint8, np.int8)])
def test_conv_integer(xdt, wdt):
    x, w = q(xdt, 1, 4, 6, 7), q(wdt, 6, 2, 3, 3)
    check("ConvInteger", [("x", x), ("w", w), ("xz", np.array(3, xdt)), ("wz", np.array(1, wdt))],
          dict(group=2, pads=[1, 1, 0, 1], strides=[1, 2]), opset=10, rtol=0, atol=0)


@pytest.mark.parametrize("xdt,wdt", [(np.uint8, np.uint8), (np.int8, np.int8), (np.uint8, np.int8)])
def test_qlinear_conv(xdt, wdt):
    M = 4
    x, w = q(xdt, 2, 3, 6, 6), q(wdt, M, 3, 3, 3)
    if (xdt, wdt) == (np.uint8, np.int8):
        # onnxruntime's AVX2 u8s8 kernel adds pairs of u8*s8 products in saturating int16
        # (vpmaddubsw): full-range weights make it inexact (off by up to 5 against the exact
        # sum, which onnxjit computes); 7-bit weights, as u8s8 quantizers make them, do not
        w = (w // 2).astype(wdt)
    wzp = np.zeros(M, wdt) if wdt == np.int8 else q(wdt, M)
    ins = [("x", x), ("xs", np.array(0.02, np.float32)), ("xz", np.array(5, xdt)), ("w", w),
           ("ws", rng.uniform(0.001, 0.01, M).astype(np.float32)), ("wz", wzp),
           ("ys", np.array(0.7, np.float32)), ("yz", np.array(7, xdt)),
           ("b", rng.integers(-2000, 2000, M).astype(np.int32))]
    check("QLinearConv", ins, dict(pads=[1, 1, 1, 1]), opset=10, rtol=0, atol=1)


def test_resize_nearest_copies_elements_exactly_at_any_rank():
    # mode nearest copies input elements (kernels/cpu/indexing.py resize_nearest): bit-exact
    # against onnxruntime for 2x upsampling (nudenet's), a downscale, a 3-D resize with
    # non-integer scales, an int8 input, and an inf beside a picked value stays out.
    from onnx import TensorProto as T, helper
    from helpers import CPU, init, make_model, ort_run, vi
    import onnxjit
    rng = np.random.default_rng(0)
    cases = [((1, 3, 5, 7), [1, 1, 2, 2], "asymmetric", "floor", np.float32),
             ((2, 2, 9, 8), [1, 1, 0.5, 0.75], "half_pixel", "round_prefer_ceil", np.float32),
             ((2, 5, 6), [1, 1.7, 2.3], "asymmetric", "round_prefer_floor", np.float32),
             ((1, 2, 4, 4), [1, 1, 3, 2], "pytorch_half_pixel", "ceil", np.int8)]
    for shape, scales, ctm, nm, dt in cases:
        node = helper.make_node("Resize", ["x", "", "s"], ["y"], mode="nearest",
                                coordinate_transformation_mode=ctm, nearest_mode=nm)
        et = T.INT8 if dt == np.int8 else T.FLOAT
        model = make_model([node], [vi("x", et, list(shape))], [vi("y", et, None)],
                           [init("s", np.float32(scales))], opset=19)
        x = (rng.integers(-100, 100, shape) if dt == np.int8 else rng.standard_normal(shape)).astype(dt)
        if dt == np.float32:
            x.reshape(-1)[1] = np.inf
        sess = onnxjit.InferenceSession(model.SerializeToString(), providers=CPU)
        ours = sess.run(None, {"x": x})[0]
        ref = ort_run(model, {"x": x})[0]
        assert ours.shape == ref.shape and ours.dtype == ref.dtype
        np.testing.assert_array_equal(ours, ref)
        src = "".join(s.code.source for s in sess._program.compiled_steps())
        assert "resize_nearest(" in src and ".resize(" not in src      # the float64 passes not compiled


def test_roialign_refuses_rois_it_would_read_outside():
    # rois with 3 columns, or fewer batch indices than rois: an error naming them (onnxruntime
    # refuses both too), never a read past the arrays (the session's warm-up feeds (1, 1)
    # rois to dynamic dims: read outside, one CI run spun on garbage sampling counts)
    model, _ = make_model("RoiAlign", [("x", f32(1, 2, 6, 6)), ("rois", f32(2, 4)), ("b", np.zeros(2, np.int64))],
                          dict(output_height=2, output_width=2, sampling_ratio=0), opset=16)
    sess = onnxjit.InferenceSession(model, providers=CPU)
    x = f32(1, 2, 6, 6)
    np.testing.assert_allclose(sess.run(None, {"x": x, "rois": np.float32([[0, 0, 3, 3]]), "b": np.int64([0])})[0],
                               ort.InferenceSession(model, providers=CPU).run(
                                   None, {"x": x, "rois": np.float32([[0, 0, 3, 3]]), "b": np.int64([0])})[0],
                               rtol=RTOL, atol=ATOL)
    with pytest.raises(Exception, match="rois has 3 columns"):
        sess.run(None, {"x": x, "rois": f32(2, 3), "b": np.zeros(2, np.int64)})
    with pytest.raises(Exception, match="batch_indices has shape"):
        sess.run(None, {"x": x, "rois": f32(3, 4), "b": np.zeros(2, np.int64)})
