"""Fusion passes (GraphOptimizationLevel >= ORT_ENABLE_EXTENDED): graph before and after, and
outputs unchanged against onnxruntime (rtol 1e-4, atol 1e-5)."""
import numpy as np
from onnx import TensorProto as T, helper

import onnxjit
from onnxjit.compiler import infer, load, passes
from helpers import init, make_model, ort_run, vi


def conv_bn_model():
    rng = np.random.default_rng(0)
    nodes = [helper.make_node("Conv", ["x", "w", "b"], ["c"], name="conv", pads=[1, 1, 1, 1]),
             helper.make_node("BatchNormalization", ["c", "s", "bb", "m", "v"], ["y"], name="bn", epsilon=1e-3)]
    inits = [init("w", rng.standard_normal((4, 3, 3, 3)).astype(np.float32)),
             init("b", rng.standard_normal(4).astype(np.float32)),
             init("s", rng.standard_normal(4).astype(np.float32)),
             init("bb", rng.standard_normal(4).astype(np.float32)),
             init("m", rng.standard_normal(4).astype(np.float32)),
             init("v", rng.uniform(0.5, 2, 4).astype(np.float32))]
    return make_model(nodes, [vi("x", T.FLOAT, ["N", 3, 8, 8])], [vi("y", T.FLOAT, None)], inits=inits)


def test_conv_bn_folds_at_extended_level_only():
    m = conv_bn_model()
    g, _ = load.load(m.SerializeToString())
    infer.infer_graph(g)
    before = [n.op_type for n in g.nodes]
    passes.optimize(g, passes.ENABLE_BASIC)
    assert [n.op_type for n in g.nodes] == before == ["Conv", "BatchNormalization"]
    passes.optimize(g, passes.ENABLE_EXTENDED)
    assert [n.op_type for n in g.nodes] == ["Conv"]
    assert g.nodes[0].outputs == ["y"]


def test_conv_bn_fold_drops_the_weights_it_replaced_at_once():
    # the pass itself frees the old weights (not dce, later): loaded and folded weights are never
    # all held at once.  A weight another node still reads stays.
    from onnxjit.compiler.passes import fuse_conv_bn
    g, _ = load.load(conv_bn_model().SerializeToString())
    infer.infer_graph(g)
    assert fuse_conv_bn.run(g)
    assert not {"w", "b", "s", "bb", "m", "v"} & set(g.initializers)
    assert set(g.initializers) == set(g.nodes[0].inputs[1:])
    m = conv_bn_model()
    m.graph.node.append(helper.make_node("Conv", ["x", "w"], ["y2"], name="conv2", pads=[1, 1, 1, 1]))
    m.graph.output.append(vi("y2", T.FLOAT, None))
    g, _ = load.load(m.SerializeToString())
    infer.infer_graph(g)
    assert fuse_conv_bn.run(g)
    assert "w" in g.initializers and "b" not in g.initializers


def test_conv_bn_fold_keeps_results():
    m = conv_bn_model()
    x = np.random.default_rng(1).standard_normal((2, 3, 8, 8)).astype(np.float32)
    want = ort_run(m, {"x": x})[0]
    for level in (onnxjit.GraphOptimizationLevel.ORT_ENABLE_BASIC, onnxjit.GraphOptimizationLevel.ORT_ENABLE_ALL):
        so = onnxjit.SessionOptions()
        so.graph_optimization_level = level
        got = onnxjit.InferenceSession(m.SerializeToString(), so).run(None, {"x": x})[0]
        np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-5)


def residual_model():
    """y = Relu(Conv(x) + x): a residual block tail; the Add's other operand is produced after the Conv."""
    rng = np.random.default_rng(2)
    nodes = [helper.make_node("Conv", ["x", "w", "b"], ["c"], name="conv", pads=[1, 1, 1, 1]),
             helper.make_node("Neg", ["x"], ["nx"], name="neg"),
             helper.make_node("Add", ["c", "nx"], ["s"], name="add"),
             helper.make_node("Relu", ["s"], ["y"], name="relu")]
    inits = [init("w", rng.standard_normal((3, 3, 3, 3)).astype(np.float32)),
             init("b", rng.standard_normal(3).astype(np.float32))]
    return make_model(nodes, [vi("x", T.FLOAT, ["N", 3, 6, 6])], [vi("y", T.FLOAT, None)], inits=inits)


def test_conv_add_relu_become_fused_conv():
    g, _ = load.load(residual_model().SerializeToString())
    infer.infer_graph(g)
    passes.optimize(g, passes.ENABLE_EXTENDED)      # (the layout level then packs its weights)
    assert [(n.domain, n.op_type) for n in g.nodes] == [("", "Neg"), ("com.microsoft", "FusedConv")]
    fused = g.nodes[1]
    assert fused.inputs == ["x", "w", "b", "nx"] and fused.attrs["activation"] == "Relu"


def test_fused_conv_keeps_results():
    m = residual_model()
    x = np.random.default_rng(3).standard_normal((2, 3, 6, 6)).astype(np.float32)
    want = ort_run(m, {"x": x})[0]
    got = onnxjit.InferenceSession(m.SerializeToString()).run(None, {"x": x})[0]
    np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-5)


def test_optimized_model_with_fused_conv_is_valid_onnx_that_onnxruntime_runs(tmp_path):
    """optimized_model_filepath after fusion (ORT_ENABLE_EXTENDED: the layout level writes
    onnxjit's own ops): com.microsoft FusedConv, which onnxruntime implements; an IR-3 source
    model is written as IR 4, where initializers need not be graph inputs."""
    import onnx
    m = residual_model()
    m.ir_version = 3
    so = onnxjit.SessionOptions()
    so.graph_optimization_level = onnxjit.GraphOptimizationLevel.ORT_ENABLE_EXTENDED
    so.optimized_model_filepath = str(tmp_path / "opt.onnx")
    x = np.random.default_rng(4).standard_normal((1, 3, 6, 6)).astype(np.float32)
    got = onnxjit.InferenceSession(m.SerializeToString(), so).run(None, {"x": x})[0]
    saved = onnx.load(so.optimized_model_filepath)
    onnx.checker.check_model(saved)
    assert [n.op_type for n in saved.graph.node] == ["Neg", "FusedConv"]
    (theirs,) = ort_run(saved, {"x": x})
    np.testing.assert_allclose(got, theirs, rtol=1e-4, atol=1e-5)


def conv_affine_model(scale_shape=(4, 1, 1), bias_shape=(1, 4, 1, 1)):
    """y = Relu((Conv(x) * s) + c): BatchNormalization as an exporter may write it."""
    rng = np.random.default_rng(5)
    nodes = [helper.make_node("Conv", ["x", "w"], ["c"], name="conv", pads=[1, 1, 1, 1]),
             helper.make_node("Mul", ["s", "c"], ["m"], name="mul"),
             helper.make_node("Add", ["m", "t"], ["a"], name="add"),
             helper.make_node("Relu", ["a"], ["y"], name="relu")]
    inits = [init("w", rng.standard_normal((4, 3, 3, 3)).astype(np.float32)),
             init("s", rng.uniform(0.5, 2.0, scale_shape).astype(np.float32)),
             init("t", rng.standard_normal(bias_shape).astype(np.float32))]
    return make_model(nodes, [vi("x", T.FLOAT, ["N", 3, 6, 6])], [vi("y", T.FLOAT, None)], inits=inits)


def test_conv_mul_add_by_channel_constants_fold_into_the_conv():
    g, _ = load.load(conv_affine_model().SerializeToString())
    infer.infer_graph(g)
    assert [n.op_type for n in g.nodes] == ["Conv", "Mul", "Add", "Relu"]
    passes.optimize(g, passes.ENABLE_EXTENDED)
    assert [(n.domain, n.op_type) for n in g.nodes] == [("com.microsoft", "FusedConv")]
    assert g.nodes[0].attrs["activation"] == "Relu" and g.nodes[0].outputs == ["y"]


def test_conv_affine_fold_keeps_results_and_skips_other_broadcasts():
    x = np.random.default_rng(6).standard_normal((2, 3, 6, 6)).astype(np.float32)
    for shapes, folds in [(((4, 1, 1), (1, 4, 1, 1)), True), (((1,), (4, 1, 1)), True),
                          (((6,), (4, 1, 1)), False),          # Mul broadcast along the width: kept
                          (((4, 1, 1), (2, 4, 1, 1)), False)]:  # Add along the batch: kept
        m = conv_affine_model(*shapes)
        g, _ = load.load(m.SerializeToString())
        infer.infer_graph(g)
        passes.optimize(g, passes.ENABLE_EXTENDED)
        assert (len(g.nodes) == 1) == folds, shapes
        want = ort_run(m, {"x": x})[0]
        got = onnxjit.InferenceSession(m.SerializeToString()).run(None, {"x": x})[0]
        np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-5)


def silu_model(residual=False, extra_use=False):
    """y = c * Sigmoid(c), c = Conv(x) [+ r]: YOLO's SiLU after a conv; with extra_use the
    Sigmoid's output is also a graph output, so nothing may fuse."""
    rng = np.random.default_rng(5)
    nodes = [helper.make_node("Conv", ["x", "w", "b"], ["c0"], name="conv", pads=[1, 1, 1, 1])]
    c = "c0"
    inputs = [vi("x", T.FLOAT, ["N", 3, 6, 6])]
    if residual:
        nodes.append(helper.make_node("Add", ["r", "c0"], ["c"], name="add"))
        inputs.append(vi("r", T.FLOAT, ["N", 4, 6, 6]))
        c = "c"
    nodes += [helper.make_node("Sigmoid", [c], ["s"], name="sig"), helper.make_node("Mul", ["s", c], ["y"], name="mul")]
    outputs = [vi("y", T.FLOAT, None)] + ([vi("s", T.FLOAT, None)] if extra_use else [])
    inits = [init("w", rng.standard_normal((4, 3, 3, 3)).astype(np.float32)),
             init("b", rng.standard_normal(4).astype(np.float32))]
    return make_model(nodes, inputs, outputs, inits=inits)


def test_conv_sigmoid_mul_becomes_fused_conv_with_silu():
    for residual in (False, True):
        g, _ = load.load(silu_model(residual).SerializeToString())
        infer.infer_graph(g)
        passes.optimize(g, passes.ENABLE_EXTENDED)
        assert [n.op_type for n in g.nodes] == ["FusedConv"]
        assert g.nodes[0].attrs["activation"] == "Silu" and g.nodes[0].outputs == ["y"]
    g, _ = load.load(silu_model(extra_use=True).SerializeToString())
    infer.infer_graph(g)
    passes.optimize(g, passes.ENABLE_EXTENDED)
    assert [n.op_type for n in g.nodes] == ["Conv", "Sigmoid", "Mul"]


def test_silu_fusion_keeps_results():
    rng = np.random.default_rng(6)
    for residual in (False, True):
        m = silu_model(residual)
        feeds = {"x": rng.standard_normal((2, 3, 6, 6)).astype(np.float32) * 3}
        if residual:
            feeds["r"] = rng.standard_normal((2, 4, 6, 6)).astype(np.float32)
        got = onnxjit.InferenceSession(m.SerializeToString()).run(None, feeds)[0]
        np.testing.assert_allclose(got, ort_run(m, feeds)[0], rtol=1e-4, atol=1e-5)


def pre_activation_model(rank=4, params_as_inputs=False):
    """Concat -> BatchNormalization -> Relu: densenet's pre-activation (no Conv before the
    BatchNormalization to fold into).  rank 2: x (N, 6)."""
    rng = np.random.default_rng(7)
    tail = [3, 4] if rank == 4 else []
    nodes = [helper.make_node("Concat", ["a", "b"], ["c"], axis=1),
             helper.make_node("BatchNormalization", ["c", "s", "bb", "m", "v"], ["n"], name="bn", epsilon=1e-3),
             helper.make_node("Relu", ["n"], ["y"])]
    params = {"s": rng.standard_normal(6), "bb": rng.standard_normal(6), "m": rng.standard_normal(6),
              "v": rng.uniform(0.5, 2, 6)}
    params = {k: v.astype(np.float32) for k, v in params.items()}
    inputs = [vi("a", T.FLOAT, ["N", 2] + tail), vi("b", T.FLOAT, ["N", 4] + tail)]
    if params_as_inputs:
        inputs += [vi(k, T.FLOAT, [6]) for k in params]
    return make_model(nodes, inputs, [vi("y", T.FLOAT, None)],
                      inits=[] if params_as_inputs else [init(k, v) for k, v in params.items()]), params


def test_batchnorm_without_conv_becomes_mul_add_by_channel():
    from onnxjit.compiler.passes import bn_affine
    for rank in (4, 2):
        m, _ = pre_activation_model(rank)
        g, _ = load.load(m.SerializeToString())
        infer.infer_graph(g)
        assert bn_affine.run(g)
        assert [n.op_type for n in g.nodes] == ["Concat", "Mul", "Add", "Relu"]
        mul, add = g.nodes[1], g.nodes[2]
        assert g.initializers[mul.inputs[1]].shape == ((6, 1, 1) if rank == 4 else (6,))
        assert add.outputs == ["n"] and not {"s", "bb", "m", "v"} & set(g.initializers)
    # the parameters fed at run time: left as it is
    m, _ = pre_activation_model(params_as_inputs=True)
    g, _ = load.load(m.SerializeToString())
    infer.infer_graph(g)
    assert not bn_affine.run(g)
    # after a Conv, fuse_conv_bn folds it into the weights first (no Mul or Add left)
    g, _ = load.load(conv_bn_model().SerializeToString())
    infer.infer_graph(g)
    passes.optimize(g, passes.ENABLE_EXTENDED)
    assert [n.op_type for n in g.nodes] == ["Conv"]


def test_batchnorm_as_mul_add_keeps_results():
    rng = np.random.default_rng(8)
    for rank in (4, 2):
        m, _ = pre_activation_model(rank)
        tail = (3, 4) if rank == 4 else ()
        feeds = {"a": rng.standard_normal((2, 2) + tail).astype(np.float32),
                 "b": rng.standard_normal((2, 4) + tail).astype(np.float32)}
        want = ort_run(m, feeds)[0]
        s = onnxjit.InferenceSession(m.SerializeToString())
        assert "BatchNormalization" not in [n.op_type for n in s.program.graph.nodes]
        np.testing.assert_allclose(s.run(None, feeds)[0], want, rtol=1e-5, atol=1e-5)
    m, params = pre_activation_model(params_as_inputs=True)
    feeds = {"a": rng.standard_normal((2, 2, 3, 4)).astype(np.float32),
             "b": rng.standard_normal((2, 4, 3, 4)).astype(np.float32), **params}
    np.testing.assert_allclose(onnxjit.InferenceSession(m.SerializeToString()).run(None, feeds)[0],
                               ort_run(m, feeds)[0], rtol=1e-5, atol=1e-5)


def test_replaced_weights_wait_in_a_queue_until_flush_or_the_byte_batch():
    # drop_unused_initializers queues; flush_drops deletes the queued weights no node reads
    # (one look at the nodes for all of them), keeping one still read and one that is an output
    from onnxjit.compiler import ir
    g = ir.Graph(nodes=[ir.Node("Relu", ["a"], ["y"])], outputs=["y", "c"],
                 initializers={k: np.zeros(4, np.float32) for k in "abcd"})
    g.drop_unused_initializers(["a", "b", "c"])
    assert set(g.initializers) == set("abcd")
    g.flush_drops()
    assert set(g.initializers) == {"a", "c", "d"}
    big = ir.DROP_BATCH // 4 + 1      # float32 elements over the batch: flushed at once
    g.initializers["e"] = np.zeros(big, np.float32)
    g.drop_unused_initializers(["d"])
    assert "d" in g.initializers
    g.drop_unused_initializers(["e"])
    assert "d" not in g.initializers and "e" not in g.initializers


def test_chained_residual_blocks_all_fuse_and_keep_results():
    # Conv -> Add(residual) -> Relu, twice in a row, the second block's residual being the first
    # block's output: the pass updates its consumers map after each fusion (not made again)
    rng = np.random.default_rng(3)
    nodes, inits, x = [], [], "x"
    for k in range(3):
        nodes += [helper.make_node("Conv", [x, f"w{k}", f"b{k}"], [f"c{k}"], pads=[1, 1, 1, 1]),
                  helper.make_node("Add", [f"c{k}", x], [f"s{k}"]),
                  helper.make_node("Relu", [f"s{k}"], [f"r{k}"])]
        inits += [init(f"w{k}", rng.standard_normal((4, 4, 3, 3)).astype(np.float32) * 0.3),
                  init(f"b{k}", rng.standard_normal(4).astype(np.float32))]
        x = f"r{k}"
    m = make_model(nodes, [vi("x", T.FLOAT, [1, 4, 6, 6])], [vi("r2", T.FLOAT, None)], inits=inits)
    g, _ = load.load(m.SerializeToString())
    infer.infer_graph(g)
    passes.optimize(g, passes.ENABLE_EXTENDED)
    assert [n.op_type for n in g.nodes] == ["FusedConv"] * 3
    assert [n.inputs[3] for n in g.nodes] == ["x", "r0", "r1"] and g.nodes[-1].outputs == ["r2"]
    xv = rng.standard_normal((1, 4, 6, 6)).astype(np.float32)
    got = onnxjit.InferenceSession(m.SerializeToString()).run(None, {"x": xv})[0]
    np.testing.assert_allclose(got, ort_run(m, {"x": xv})[0], rtol=1e-4, atol=1e-5)
