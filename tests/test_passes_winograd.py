"""Pass winograd (GraphOptimizationLevel ORT_ENABLE_ALL): 3x3 stride-1 convs become WinogradConv
with transformed weights; graph before and after, and outputs against onnxruntime.

Tolerance: the F(2x2, 3x3) transforms add a few roundings per output, so results are compared
with rtol 1e-4, atol 1e-4 (outputs are O(1-10))."""
import numpy as np
import pytest
from onnx import TensorProto as T, helper

import onnxjit
from onnxjit.compiler import passes
from onnxjit.compiler.passes import winograd
from helpers import init, make_model, optimized, ort_run, vi


def conv_model(C=16, M=24, H="H", W="W", pads=(1, 1, 1, 1), act=None, residual=False, strides=None,
               group=1, auto_pad=None, seed=0):
    rng = np.random.default_rng(seed)
    attrs = {"auto_pad": auto_pad} if auto_pad else {"pads": list(pads)}
    if strides:
        attrs["strides"] = strides
    if group != 1:
        attrs["group"] = group
    nodes = [helper.make_node("Conv", ["x", "w", "b"], ["c"], name="conv", **attrs)]
    inputs = [vi("x", T.FLOAT, ["N", C, H, W])]
    out = "c"
    if residual:
        nodes.append(helper.make_node("Add", ["c", "r"], ["s"], name="add"))
        static = isinstance(H, int) and isinstance(W, int) and not auto_pad
        rshape = ["N", M, H + pads[0] + pads[2] - 2, W + pads[1] + pads[3] - 2] if static else None
        inputs.append(vi("r", T.FLOAT, rshape))
        out = "s"
    if act:
        nodes.append(helper.make_node(act, [out], ["y"], name="act"))
        out = "y"
    inits = [init("w", (rng.standard_normal((M, C // group, 3, 3)) * 0.2).astype(np.float32)),
             init("b", rng.standard_normal(M).astype(np.float32))]
    return make_model(nodes, inputs, [vi(out, T.FLOAT, None)], inits=inits)


def test_weight_transform_matches_the_definition():
    w = np.random.default_rng(0).standard_normal((3, 2, 3, 3)).astype(np.float32)
    u = winograd.transform_weights(w)
    G = np.array([[1, 0, 0], [.5, .5, .5], [.5, -.5, .5], [0, 0, 1]])
    for m in range(3):
        for c in range(2):
            np.testing.assert_allclose(u[:, m, c].reshape(4, 4), G @ w[m, c] @ G.T, rtol=1e-6, atol=1e-6)


def test_conv_becomes_winograd_at_the_layout_level_only():
    m = conv_model(H=16, W=16, act="Relu", residual=True)
    assert [n.op_type for n in optimized(m, passes.ENABLE_EXTENDED).nodes] == ["FusedConv"]
    g = optimized(m)
    assert [(n.op_type, n.domain) for n in g.nodes] == [("WinogradConv", "ai.onnxjit")]
    node = g.nodes[0]
    assert node.attrs["activation"] == "Relu" and node.attrs["pads"] == [1, 1, 1, 1]
    assert g.initializers[node.inputs[1]].shape == (16, 24, 16)
    assert "w" not in g.initializers          # the original weights are dropped


@pytest.mark.parametrize("kw", [dict(strides=[2, 2]), dict(group=2), dict(C=8), dict(H=5, W=5),
                                dict(C=16, M=64), dict(C=48, M=192),       # widening from few channels
                                dict(C=128, M=32, H=14, W=14)])            # few outputs on a small map
def test_convs_the_pass_leaves_alone(kw):
    g = optimized(conv_model(**kw))
    assert len(g.nodes) == 1 and g.nodes[0].op_type != "WinogradConv"


@pytest.mark.parametrize("kw", [dict(C=16, M=32), dict(C=64, M=256), dict(C=128, M=32),
                                dict(C=128, M=32, H=28, W=28), dict(C=64, M=64, H=14, W=14)])
def test_convs_the_pass_takes(kw):
    assert [n.op_type for n in optimized(conv_model(**kw)).nodes] == ["WinogradConv"]


@pytest.mark.parametrize("case", [
    dict(),                                                # dynamic H, W, bias only
    dict(act="Relu", residual=True),                       # FusedConv epilogue
    dict(pads=(0, 1, 2, 0), act="Sigmoid"),                # asymmetric pads
    dict(pads=(0, 0, 0, 0)),                               # VALID by pads
    dict(auto_pad="SAME_UPPER", act="LeakyRelu"),
    dict(C=32, M=16, act="HardSwish", residual=True),
])
@pytest.mark.parametrize("shape", [(1, 15, 17), (2, 20, 11), (3, 5, 40), (1, 56, 56)])
def test_winograd_conv_matches_onnxruntime(case, shape):
    n, h, w = shape
    m = conv_model(**case, **(dict(H=h, W=w) if case.get("residual") else {}))
    assert [n.op_type for n in optimized(m).nodes] == ["WinogradConv"]
    C, M = case.get("C", 16), case.get("M", 24)
    rng = np.random.default_rng(1)
    feeds = {"x": rng.standard_normal((n, C, h, w)).astype(np.float32)}
    if case.get("residual"):
        pads = case.get("pads", (1, 1, 1, 1))
        feeds["r"] = rng.standard_normal((n, M, h + pads[0] + pads[2] - 2, w + pads[1] + pads[3] - 2)).astype(np.float32)
    want = ort_run(m, feeds)[0]
    sess = onnxjit.InferenceSession(m.SerializeToString())
    got = sess.run(None, feeds)[0]
    np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-4)


def test_winograd_conv_runs_at_every_size_without_recompiling():
    m = conv_model(act="Relu")
    sess = onnxjit.InferenceSession(m.SerializeToString())
    rng = np.random.default_rng(2)
    for h, w in [(3, 3), (8, 9), (31, 30), (64, 20)]:
        x = rng.standard_normal((1, 16, h, w)).astype(np.float32)
        np.testing.assert_allclose(sess.run(None, {"x": x})[0], ort_run(m, {"x": x})[0], rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize("n,h,w", [(1, 12, 12), (1, 7, 18)])
def test_winograd_conv_on_a_small_image_matches_onnxruntime(n, h, w):
    """Few tiles an image (here 36 both): conv_winograd's threads split output channels (96
    into blocks) instead of tile rows, after transforming the input together."""
    m = conv_model(C=64, M=96, act="Relu", residual=True, H=h, W=w)
    assert [n.op_type for n in optimized(m).nodes] == ["WinogradConv"]
    rng = np.random.default_rng(3)
    feeds = {"x": rng.standard_normal((n, 64, h, w)).astype(np.float32),
             "r": rng.standard_normal((n, 96, h, w)).astype(np.float32)}
    got = onnxjit.InferenceSession(m.SerializeToString()).run(None, feeds)[0]
    np.testing.assert_allclose(got, ort_run(m, feeds)[0], rtol=1e-4, atol=1e-4)


def test_winograd_conv_with_many_channels_matches_onnxruntime():
    """Many channels: blocks of tile rows are sized by tile count (_WINO_MIN_COLUMNS), not by
    the workspace budget; here 23 tile rows of 25 tiles in blocks of 10, the last partial."""
    m = conv_model(C=128, M=160, act="Relu", residual=True, H=46, W=50)
    assert [n.op_type for n in optimized(m).nodes] == ["WinogradConv"]
    rng = np.random.default_rng(4)
    feeds = {"x": rng.standard_normal((1, 128, 46, 50)).astype(np.float32),
             "r": rng.standard_normal((1, 160, 46, 50)).astype(np.float32)}
    want = ort_run(m, feeds)[0]
    for threads in (1, 2):
        so = onnxjit.SessionOptions()
        so.intra_op_num_threads = threads
        got = onnxjit.InferenceSession(m.SerializeToString(), so).run(None, feeds)[0]
        np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-4)


def test_optimized_model_with_winograd_convs_is_valid_onnx_that_onnxjit_runs(tmp_path):
    """optimized_model_filepath at the layout level: WinogradConv in onnxjit's own domain,
    declared among the model's opsets, so the file passes onnx's checker and a session made
    from it gives the same results."""
    import onnx
    m = conv_model(act="Relu")
    x = np.random.default_rng(5).standard_normal((1, 16, 15, 17)).astype(np.float32)
    so = onnxjit.SessionOptions()
    so.optimized_model_filepath = str(tmp_path / "opt.onnx")
    got = onnxjit.InferenceSession(m.SerializeToString(), so).run(None, {"x": x})[0]
    saved = onnx.load(so.optimized_model_filepath)
    onnx.checker.check_model(saved)
    assert [(n.domain, n.op_type) for n in saved.graph.node] == [("ai.onnxjit", "WinogradConv")]
    assert {o.domain: o.version for o in saved.opset_import}.get("ai.onnxjit") == 1
    again = onnxjit.InferenceSession(so.optimized_model_filepath).run(None, {"x": x})[0]
    np.testing.assert_array_equal(again, got)
