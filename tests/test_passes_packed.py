"""Pass packed_conv (GraphOptimizationLevel ORT_ENABLE_ALL): one-group float32 convs on small
static outputs become PackedConv with weights packed in 16-row panels, other 2-D convs larger
than 1x1 (strided ones with few taps) with weights packed in 4-row panels (the direct kernel);
graph before and after, and outputs against onnxruntime.

Tolerance: the packed GEMM sums each output in another order than onnxruntime's (one float32
FMA chain over the whole inner dimension), so results are compared with rtol 1e-4, atol 1e-4
(outputs are O(1))."""
import numpy as np
import pytest
from onnx import TensorProto as T, helper

import onnxjit
from onnxjit.compiler import passes
from onnxjit.kernels.cpu.packed import pack_weights
from helpers import init, make_model, optimized, ort_run, vi


def conv_model(C=64, M=72, spatial=(7, 7), k=3, attrs=None, act=None, residual=None, batch="N", seed=0):
    """Conv (+ Add of a residual input of shape `residual`) (+ activation) on an input of static
    spatial dims `spatial` (or names); k the kernel's size (or its shape)."""
    rng = np.random.default_rng(seed)
    attrs = dict(attrs or {})
    kshape = tuple(k) if isinstance(k, (tuple, list)) else (k,) * len(spatial)
    if "pads" not in attrs and "auto_pad" not in attrs:
        attrs["pads"] = [kk // 2 for kk in kshape] * 2
    nodes = [helper.make_node("Conv", ["x", "w", "b"], ["c"], name="conv", **attrs)]
    inputs = [vi("x", T.FLOAT, [batch, C, *spatial])]
    out = "c"
    if residual is not None:
        nodes.append(helper.make_node("Add", ["c", "r"], ["s"], name="add"))
        inputs.append(vi("r", T.FLOAT, residual))
        out = "s"
    if act:
        nodes.append(helper.make_node(act, [out], ["y"], name="act"))
        out = "y"
    scale = 1.0 / np.sqrt(C * np.prod(kshape))
    cg = C // attrs.get("group", 1)
    inits = [init("w", (rng.standard_normal((M, cg, *kshape)) * scale).astype(np.float32)),
             init("b", rng.standard_normal(M).astype(np.float32))]
    return make_model(nodes, inputs, [vi(out, T.FLOAT, None)], inits=inits)


def test_weight_packing_layout():
    w = np.arange(20 * 3, dtype=np.float32).reshape(20, 3)
    wp = pack_weights(w)
    assert wp.shape == (2, 3, 16)
    for m in range(32):
        for k in range(3):
            assert wp[m // 16, k, m % 16] == (w[m, k] if m < 20 else 0)


def test_weight_packing_layout_of_four_rows():
    w = np.arange(6 * 5, dtype=np.float32).reshape(6, 5)
    wp = pack_weights(w, 4)
    assert wp.shape == (2, 5, 4)
    for m in range(8):
        for k in range(5):
            assert wp[m // 4, k, m % 4] == (w[m, k] if m < 6 else 0)


def test_conv_becomes_packed_at_the_layout_level_only():
    m = conv_model(act="Relu", residual=["N", 72, 7, 7])
    assert [n.op_type for n in optimized(m, passes.ENABLE_EXTENDED).nodes] == ["FusedConv"]
    g = optimized(m)
    assert [(n.op_type, n.domain) for n in g.nodes] == [("PackedConv", "ai.onnxjit")]
    node = g.nodes[0]
    assert node.attrs["activation"] == "Relu" and node.attrs["channels"] == 72
    assert node.attrs["kernel_shape"] == [3, 3] and "group" not in node.attrs
    assert g.initializers[node.inputs[1]].shape == (5, 64 * 9, 16)
    assert "w" not in g.initializers          # the original weights are dropped


def _rows(g):
    """The panel rows of the graph's one PackedConv (16 or 4), or None when there is none."""
    packed = [n for n in g.nodes if n.op_type == "PackedConv"]
    assert len(packed) <= 1
    return g.initializers[packed[0].inputs[1]].shape[2] if packed else None


@pytest.mark.parametrize("kw, rows", [
    (dict(), 16),                                            # 49 positions, 72 channels
    (dict(spatial=("H", "W"), k=5), 4),                      # output size unknown: direct (stride 1)
    (dict(spatial=("H", "W"), attrs=dict(strides=[2, 2], pads=[1, 1, 1, 1])), None),   # 576 taps
    (dict(C=3, spatial=("H", "W"), k=7, attrs=dict(strides=[2, 2], pads=[3, 3, 3, 3])), 4),     # a stem
    (dict(spatial=(14, 14)), None),                          # 196 positions: Winograd's
    (dict(spatial=(14, 14), M=32), 4),                       # ...but with few output channels, direct
    (dict(M=32), 4),                                         # two 16-row panels do not pay: direct
    (dict(M=32, k=1), None),                                 # 1x1: a GEMM
    (dict(spatial=(1, 1), k=1), None),                       # one position: a matrix-vector product
    (dict(M=32, attrs=dict(strides=[2, 2], pads=[1, 1, 1, 1])), None),
    (dict(C=16, M=32, spatial=(28, 28), attrs=dict(strides=[2, 2], pads=[1, 1, 1, 1])), 4),
    (dict(C=160, M=32, k=5, spatial=(14, 14)), None),        # 4000 taps: im2col's GEMM
    (dict(C=256, M=512, k=(5, 1), spatial=(100, 1)), None),  # 655360 weights: im2col's GEMM
    (dict(C=8, M=8, spatial=(9, 9, 9)), None),               # 3-D
    (dict(attrs=dict(group=2, pads=[1, 1, 1, 1])), None),
    (dict(spatial=(10, 10)), None),                          # 3x3 stride 1 on 100 positions: Winograd's
])
def test_the_layout_each_conv_gets(kw, rows):
    assert _rows(optimized(conv_model(**kw))) == rows


def _check(m, feeds, threads=None):
    assert [n.op_type for n in optimized(m).nodes] == ["PackedConv"]
    so = onnxjit.SessionOptions()
    if threads:
        so.intra_op_num_threads = threads
    got = onnxjit.InferenceSession(m.SerializeToString(), so).run(None, feeds)[0]
    want = ort_run(m, feeds)[0]
    assert got.shape == want.shape
    np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize("case", [
    dict(),                                                          # 3x3, 49 positions, 72 channels
    dict(k=1),                                                       # pointwise: no im2col
    dict(k=1, attrs=dict(strides=[2, 2]), spatial=(13, 13)),         # 1x1 strided: through im2col
    dict(attrs=dict(strides=[2, 2], pads=[1, 0, 0, 1]), spatial=(14, 15)),
    dict(attrs=dict(dilations=[2, 2], pads=[2, 2, 2, 2])),
    dict(attrs=dict(auto_pad="SAME_UPPER", strides=[2, 2]), spatial=(13, 16), k=2),
    dict(C=256, M=200, act="Relu", residual=["N", 200, 5, 5], spatial=(5, 5)),
    dict(C=96, M=64, act="HardSwish", spatial=(8, 8)),
    dict(C=32, M=64, spatial=(29,), k=5, attrs=dict(strides=[2], pads=[2, 2])),   # 1-D
    dict(C=8, M=64, spatial=(4, 4, 4), k=3),                          # 3-D
])
@pytest.mark.parametrize("n", [1, 3])
def test_packed_conv_matches_onnxruntime(case, n):
    """16-row panels."""
    m = conv_model(**case)
    rng = np.random.default_rng(1)
    spatial = case.get("spatial", (7, 7))
    feeds = {"x": rng.standard_normal((n, case.get("C", 64), *spatial)).astype(np.float32)}
    if case.get("residual"):
        feeds["r"] = rng.standard_normal([n] + case["residual"][1:]).astype(np.float32)
    _check(m, feeds)


@pytest.mark.parametrize("case", [
    dict(C=16, M=64, spatial=(23, 21)),                             # 3x3, pads 1, widths not of 24
    dict(C=5, M=7, spatial=(9, 30), k=5),                           # channels not a multiple of 4
    dict(C=24, M=32, spatial=(7, 7)),                               # small map, few channels
    dict(C=8, M=12, spatial=(11, 13), attrs=dict(pads=[0, 0, 0, 0])),           # no padding
    dict(C=8, M=12, spatial=(12, 10), attrs=dict(pads=[2, 0, 1, 3])),           # uneven pads
    dict(C=8, M=12, spatial=(12, 12), attrs=dict(dilations=[2, 3], pads=[2, 3, 2, 3])),
    dict(C=8, M=12, spatial=(12, 12), k=2, attrs=dict(auto_pad="SAME_LOWER")),
    dict(C=8, M=12, spatial=(2, 40), k=(1, 3)),
    dict(C=16, M=20, act="Relu", residual=["N", 20, 15, 15], spatial=(15, 15), k=5),
    dict(C=16, M=20, act="HardSwish", spatial=(15, 15), k=5),
    dict(C=16, M=24, spatial=("H", "W"), k=5),                      # dynamic spatial dims
    dict(C=3, M=16, spatial=(33, 30), attrs=dict(strides=[2, 2], pads=[1, 1, 1, 1])),      # strided
    dict(C=3, M=20, spatial=(31, 29), k=7, attrs=dict(strides=[2, 2], pads=[3, 2, 1, 3])),
    dict(C=4, M=8, spatial=(20, 25), k=(3, 4), attrs=dict(strides=[3, 2], pads=[0, 1, 2, 0])),
    dict(C=4, M=8, spatial=(21, 21), attrs=dict(strides=[2, 2], dilations=[2, 2], pads=[2, 2, 2, 2])),
    dict(C=8, M=12, spatial=(15, 15), act="Relu", residual=["N", 12, 8, 8],
         attrs=dict(strides=[2, 2], pads=[1, 1, 1, 1])),
])
@pytest.mark.parametrize("n", [1, 3])
def test_direct_conv_matches_onnxruntime(case, n):
    """4-row panels (the direct kernel)."""
    m = conv_model(**case)
    assert _rows(optimized(m)) == 4
    rng = np.random.default_rng(1)
    spatial = case.get("spatial", (7, 7))
    if spatial == ("H", "W"):
        spatial = (19, 26)
    feeds = {"x": rng.standard_normal((n, case.get("C", 64), *spatial)).astype(np.float32)}
    if case.get("residual"):
        feeds["r"] = rng.standard_normal([n] + case["residual"][1:]).astype(np.float32)
    _check(m, feeds)


@pytest.mark.parametrize("threads", [1, 2])
@pytest.mark.parametrize("n, spatial", [(2, (40, 36)), (1, (13, 13))])
def test_direct_conv_on_one_and_two_threads(threads, n, spatial):
    """Large enough to split (phase planes by input channel blocks, then bands of output rows,
    several per thread; on a small map blocks of output channels); on one thread the same
    items run in order."""
    m = conv_model(C=48, M=100, spatial=spatial, act="Relu", residual=["N", 100, *spatial])
    rng = np.random.default_rng(2)
    feeds = {"x": rng.standard_normal((n, 48, *spatial)).astype(np.float32),
             "r": rng.standard_normal((n, 100, *spatial)).astype(np.float32)}
    assert _rows(optimized(m)) == 4
    _check(m, feeds, threads)


def test_optimized_model_with_packed_convs_is_valid_onnx_that_onnxjit_runs(tmp_path):
    """optimized_model_filepath at the layout level: PackedConv (both layouts) in onnxjit's own
    domain, declared among the model's opsets, so the file passes onnx's checker and a session
    made from it gives the same results."""
    import onnx
    m = conv_model(C=16, M=64, spatial=(9, 9), act="Relu")          # 81 positions: direct
    m2 = conv_model(C=64, M=72, seed=1)                               # 49 positions: 16-row panels
    so = onnxjit.SessionOptions()
    feeds = {"x": np.random.default_rng(5).standard_normal((2, 16, 9, 9)).astype(np.float32)}
    for model, x, rows in ((m, feeds, 4),
                           (m2, {"x": np.random.default_rng(6).standard_normal((1, 64, 7, 7)).astype(np.float32)}, 16)):
        so.optimized_model_filepath = str(tmp_path / f"opt{rows}.onnx")
        got = onnxjit.InferenceSession(model.SerializeToString(), so).run(None, x)[0]
        saved = onnx.load(so.optimized_model_filepath)
        onnx.checker.check_model(saved)
        assert [(n.domain, n.op_type) for n in saved.graph.node][0] == ("ai.onnxjit", "PackedConv")
        assert {o.domain: o.version for o in saved.opset_import}.get("ai.onnxjit") == 1
        again = onnxjit.InferenceSession(so.optimized_model_filepath).run(None, x)[0]
        np.testing.assert_array_equal(again, got)
        np.testing.assert_allclose(got, ort_run(model, x)[0], rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize("threads", [1, 2])
@pytest.mark.parametrize("C, M", [(48, 80), (640, 480)])
def test_convs_on_one_position_match_onnxruntime(threads, C, M):
    """Left to conv_1x1's matrix-vector products, blocks of output channels split over the
    threads when the weights are large (640 x 480)."""
    m = conv_model(C=C, M=M, act="Sigmoid", spatial=(1, 1), k=1)
    assert _rows(optimized(m)) is None
    feeds = {"x": np.random.default_rng(4).standard_normal((2, C, 1, 1)).astype(np.float32)}
    so = onnxjit.SessionOptions()
    so.intra_op_num_threads = threads
    got = onnxjit.InferenceSession(m.SerializeToString(), so).run(None, feeds)[0]
    np.testing.assert_allclose(got, ort_run(m, feeds)[0], rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize("threads", [1, 2])
def test_packed_conv_on_one_and_two_threads(threads):
    """Large enough to split (columns packed by input channel blocks, then row panel blocks);
    on one thread the same items run in order."""
    m = conv_model(C=320, M=360, act="Relu", residual=["N", 360, 7, 7])
    rng = np.random.default_rng(2)
    feeds = {"x": rng.standard_normal((2, 320, 7, 7)).astype(np.float32),
             "r": rng.standard_normal((2, 360, 7, 7)).astype(np.float32)}
    _check(m, feeds, threads)


@pytest.mark.parametrize("wshape, attrs", [
    ((1, 8 * 3 * 3 - 1, 16), {}),                 # packed for another input channel count
    ((4, 8 * 3 * 3, 4), dict(channels=17)),       # more channels than the panels hold
    ((4, 8 * 3 * 3 * 3, 4), dict(kernel_shape=[3, 3, 3], pads=[1] * 6)),   # 4-row panels: 2-D only
    ((2, 8 * 3 * 3, 8), {}),                      # 8-row panels: no kernel takes them
])
def test_packed_conv_rejects_weights_that_do_not_match(wshape, attrs):
    """A graph carrying PackedConv itself (as an AOT artifact's optimized graph does) is checked:
    weights packed for another channel count or kernel are refused at load, not read out of
    bounds."""
    x = vi("x", T.FLOAT, [1, 8, 7, 7] + ([7] if "kernel_shape" in attrs else []))
    node = helper.make_node("PackedConv", ["x", "wp"], ["y"], domain="ai.onnxjit",
                            **{"channels": 16, "kernel_shape": [3, 3], "pads": [1, 1, 1, 1], **attrs})
    m = make_model([node], [x], [vi("y", T.FLOAT, None)],
                   inits=[init("wp", np.zeros(wshape, np.float32))],
                   opsets={"": 17, "ai.onnxjit": 1})
    with pytest.raises(Exception, match="PackedConv takes"):
        onnxjit.InferenceSession(m.SerializeToString())
