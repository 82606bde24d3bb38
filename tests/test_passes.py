"""compiler.passes: each pass shown on the graph before and after, and the results unchanged.

"Unchanged" is checked without compiling: the graph after the pass is written back as ONNX
and run by onnxruntime (its own optimizations off), against onnxruntime on the original
model.  Float32 results of the same ops in the same order: rtol 1e-6.  One model goes
through onnxjit sessions at each optimization level (those compile)."""
import copy

import numpy as np
import onnx
import onnxruntime
import pytest
from onnx import TensorProto as T, helper

import onnxjit
from onnxjit.compiler import infer, load, passes
from onnxjit.compiler.passes import constant_folding, cse, dce, identity
from helpers import graph_op_types, graph_to_model, init, loaded, make_model, ort_run, vi

OFF = onnxruntime.GraphOptimizationLevel.ORT_DISABLE_ALL
X = np.array([[-1.5, 0.25, 2.0, -0.5], [3.0, -2.0, 0.75, 1.0]], np.float32)


def apply(model, pass_run):
    """(graph before, graph after, whether the pass said it changed something)."""
    before = loaded(model)
    after = copy.deepcopy(before)
    changed = pass_run(after)
    infer.infer_graph(after)
    return before, after, changed


def assert_same_results(model, graph_after, feeds):
    rewritten = graph_to_model(graph_after, model)
    onnx.checker.check_model(rewritten, full_check=True)
    expected = ort_run(model, feeds, OFF)
    got = ort_run(rewritten, feeds, OFF)
    assert len(got) == len(expected)
    for g, e in zip(got, expected):
        np.testing.assert_allclose(g, e, rtol=1e-6)


# ---------------------------------------------------------------- constant folding

def test_fold_arithmetic_on_initializers():
    model = make_model([helper.make_node("Add", ["k1", "k2"], ["k"]), helper.make_node("Mul", ["x", "k"], ["y"])],
                       [vi("x", T.FLOAT, [2, 4])], [vi("y", T.FLOAT, [2, 4])],
                       inits=[init("k1", np.float32([1, 2, 3, 4])), init("k2", np.float32([0.5, 0.5, 0.5, 0.5]))])
    before, after, changed = apply(model, constant_folding.run)
    assert changed
    assert graph_op_types(before) == ["Add", "Mul"]
    assert graph_op_types(after) == ["Mul"]
    np.testing.assert_array_equal(after.initializers["k"], [1.5, 2.5, 3.5, 4.5])
    assert_same_results(model, after, {"x": X})


def test_fold_constant_of_shape_weights():
    shape = helper.make_tensor("shape", T.INT64, [2], [2, 4])
    value = helper.make_tensor("value", T.FLOAT, [1], [0.5])
    model = make_model([helper.make_node("ConstantOfShape", ["shape"], ["w"], value=value),
                        helper.make_node("Add", ["x", "w"], ["y"])],
                       [vi("x", T.FLOAT, [2, 4])], [vi("y", T.FLOAT, [2, 4])], inits=[shape])
    before, after, changed = apply(model, constant_folding.run)
    assert changed
    assert graph_op_types(before) == ["ConstantOfShape", "Add"]
    assert graph_op_types(after) == ["Add"]
    w = after.initializers["w"]
    assert w.dtype == np.float32 and w.shape == (2, 4) and np.all(w == 0.5)
    assert_same_results(model, after, {"x": X})


def shape_chain_model(x_shape):
    """y = Reshape(x, Concat(Gather(Shape(x), [0]), [-1]))"""
    nodes = [helper.make_node("Shape", ["x"], ["s"]),
             helper.make_node("Gather", ["s", "i0"], ["d0"], axis=0),
             helper.make_node("Concat", ["d0", "m1"], ["shp"], axis=0),
             helper.make_node("Reshape", ["x", "shp"], ["y"])]
    return make_model(nodes, [vi("x", T.FLOAT, x_shape)], [vi("y", T.FLOAT, None)],
                      inits=[init("i0", np.int64([0])), init("m1", np.int64([-1]))])


def test_fold_shape_subgraph_when_input_shape_is_static():
    model = shape_chain_model([2, 3, 4])
    before = loaded(model)
    after = copy.deepcopy(before)
    stats = dict(passes.optimize(after, passes.ENABLE_BASIC))
    assert stats.get("constant_folding", 0) >= 1
    assert graph_op_types(before) == ["Shape", "Gather", "Concat", "Reshape"]
    assert graph_op_types(after) == ["Reshape"]
    np.testing.assert_array_equal(after.initializers[after.nodes[0].inputs[1]], [2, -1])
    assert "i0" not in after.initializers and "m1" not in after.initializers   # dce took them
    assert_same_results(model, after, {"x": np.arange(24, dtype=np.float32).reshape(2, 3, 4)})


def test_shape_subgraph_stays_when_input_shape_is_symbolic():
    before, after, changed = apply(shape_chain_model(["N", 3, 4]), constant_folding.run)
    assert not changed
    assert graph_op_types(after) == graph_op_types(before) == ["Shape", "Gather", "Concat", "Reshape"]


def test_overridable_initializer_is_not_folded():
    # k2 is also a graph input: a feed may replace it, so k1 + k2 is not a constant
    model = make_model([helper.make_node("Add", ["k1", "k2"], ["k"]), helper.make_node("Mul", ["x", "k"], ["y"])],
                       [vi("x", T.FLOAT, [4]), vi("k2", T.FLOAT, [4])], [vi("y", T.FLOAT, [4])],
                       inits=[init("k1", np.float32([1, 2, 3, 4])), init("k2", np.float32([1, 1, 1, 1]))])
    _, after, changed = apply(model, constant_folding.run)
    assert not changed and graph_op_types(after) == ["Add", "Mul"]


def test_node_producing_a_graph_output_is_not_folded_away():
    model = make_model([helper.make_node("Add", ["k1", "k1"], ["y"])], [], [vi("y", T.FLOAT, [2])],
                       inits=[init("k1", np.float32([1, 2]))])
    _, after, _ = apply(model, constant_folding.run)
    assert graph_op_types(after) == ["Add"] and after.outputs == ["y"]


# ---------------------------------------------------------------- dead-code elimination

def test_dce_drops_unused_nodes_and_initializers():
    model = make_model([helper.make_node("Neg", ["x"], ["dead1"]),
                        helper.make_node("Mul", ["dead1", "unused_w"], ["dead2"]),
                        helper.make_node("Relu", ["x"], ["y"])],
                       [vi("x", T.FLOAT, [2, 4])], [vi("y", T.FLOAT, [2, 4])],
                       inits=[init("unused_w", np.ones(4, np.float32))])
    before, after, changed = apply(model, dce.run)
    assert changed
    assert graph_op_types(before) == ["Neg", "Mul", "Relu"]
    assert graph_op_types(after) == ["Relu"]
    assert "unused_w" not in after.initializers
    assert_same_results(model, after, {"x": X})


def test_dce_keeps_a_node_with_one_used_output():
    model = make_model([helper.make_node("TopK", ["x", "k"], ["vals", "idx"], axis=1),
                        helper.make_node("Neg", ["idx"], ["y"])],
                       [vi("x", T.FLOAT, [2, 4])], [vi("y", T.INT64, [2, 2])], inits=[init("k", np.int64([2]))])
    _, after, changed = apply(model, dce.run)
    assert not changed and graph_op_types(after) == ["TopK", "Neg"]


# ---------------------------------------------------------------- Identity / Dropout

def test_identity_and_dropout_removed():
    model = make_model([helper.make_node("Relu", ["x"], ["r"]),
                        helper.make_node("Identity", ["r"], ["i"]),
                        helper.make_node("Dropout", ["i"], ["d"]),
                        helper.make_node("Neg", ["d"], ["y"])],
                       [vi("x", T.FLOAT, [2, 4])], [vi("y", T.FLOAT, [2, 4])])
    before, after, changed = apply(model, identity.run)
    assert changed
    assert graph_op_types(before) == ["Relu", "Identity", "Dropout", "Neg"]
    assert graph_op_types(after) == ["Relu", "Neg"]
    assert after.nodes[1].inputs == ["r"]
    assert_same_results(model, after, {"x": X})


def test_identity_whose_output_is_a_graph_output():
    # r is read by Mul too; after the pass the Relu writes y directly and Mul reads y
    model = make_model([helper.make_node("Relu", ["x"], ["r"]),
                        helper.make_node("Identity", ["r"], ["y"]),
                        helper.make_node("Mul", ["r", "r"], ["z"])],
                       [vi("x", T.FLOAT, [2, 4])], [vi("y", T.FLOAT, [2, 4]), vi("z", T.FLOAT, [2, 4])])
    before, after, changed = apply(model, identity.run)
    assert changed
    assert graph_op_types(before) == ["Relu", "Identity", "Mul"]
    assert graph_op_types(after) == ["Relu", "Mul"]
    assert after.nodes[0].outputs == ["y"] and after.outputs == ["y", "z"]
    assert after.types["y"].shape == (2, 4)
    assert_same_results(model, after, {"x": X})


def test_identity_between_two_graph_outputs_or_of_an_input_stays():
    model = make_model([helper.make_node("Relu", ["x"], ["r"]),
                        helper.make_node("Identity", ["r"], ["y"]),
                        helper.make_node("Identity", ["x"], ["xi"])],
                       [vi("x", T.FLOAT, [2, 4])],
                       [vi("r", T.FLOAT, [2, 4]), vi("y", T.FLOAT, [2, 4]), vi("xi", T.FLOAT, [2, 4])])
    _, after, changed = apply(model, identity.run)
    assert not changed and graph_op_types(after) == ["Relu", "Identity", "Identity"]
    assert_same_results(model, after, {"x": X})


def test_dropout_with_used_mask_or_training_mode_stays():
    model = make_model([helper.make_node("Dropout", ["x"], ["d", "mask"]),
                        helper.make_node("Dropout", ["x", "", "train"], ["d2"])],
                       [vi("x", T.FLOAT, [2, 4]), vi("train", T.BOOL, [])],
                       [vi("d", T.FLOAT, [2, 4]), vi("mask", T.BOOL, [2, 4]), vi("d2", T.FLOAT, [2, 4])])
    _, after, changed = apply(model, identity.run)
    assert not changed and graph_op_types(after) == ["Dropout", "Dropout"]


# ---------------------------------------------------------------- CSE

def test_cse_merges_identical_nodes():
    model = make_model([helper.make_node("Relu", ["x"], ["r1"]),
                        helper.make_node("Relu", ["x"], ["r2"]),
                        helper.make_node("Transpose", ["x"], ["t1"], perm=[1, 0]),
                        helper.make_node("Transpose", ["x"], ["t2"], perm=[1, 0]),
                        helper.make_node("Mul", ["r1", "r2"], ["m"]),
                        helper.make_node("Add", ["t1", "t2"], ["z"]),
                        helper.make_node("Neg", ["m"], ["y"])],
                       [vi("x", T.FLOAT, [2, 4])], [vi("y", T.FLOAT, [2, 4]), vi("z", T.FLOAT, [4, 2])])
    before, after, changed = apply(model, cse.run)
    assert changed
    assert graph_op_types(before) == ["Relu", "Relu", "Transpose", "Transpose", "Mul", "Add", "Neg"]
    assert graph_op_types(after) == ["Relu", "Transpose", "Mul", "Add", "Neg"]
    assert after.nodes[2].inputs == ["r1", "r1"] and after.nodes[3].inputs == ["t1", "t1"]
    assert_same_results(model, after, {"x": X})


def test_cse_keeps_nodes_with_different_attributes():
    model = make_model([helper.make_node("LeakyRelu", ["x"], ["a"], alpha=0.1),
                        helper.make_node("LeakyRelu", ["x"], ["b"], alpha=0.2),
                        helper.make_node("Add", ["a", "b"], ["y"])],
                       [vi("x", T.FLOAT, [2, 4])], [vi("y", T.FLOAT, [2, 4])])
    _, after, changed = apply(model, cse.run)
    assert not changed and graph_op_types(after) == ["LeakyRelu", "LeakyRelu", "Add"]


# ---------------------------------------------------------------- optimization levels in a session

def everything_model():
    """One model with work for every basic pass; x is static [2, 4]."""
    shape = helper.make_tensor("cshape", T.INT64, [2], [2, 4])
    nodes = [helper.make_node("Add", ["k1", "k2"], ["k"]),                                # fold
             helper.make_node("ConstantOfShape", ["cshape"], ["w"],                       # fold
                              value=helper.make_tensor("v", T.FLOAT, [1], [0.5])),
             helper.make_node("Shape", ["x"], ["s"]),                                     # fold (static x)
             helper.make_node("Gather", ["s", "i1"], ["d"], axis=0),
             helper.make_node("Concat", ["one", "d"], ["shp"], axis=0),
             helper.make_node("Reshape", ["k", "shp"], ["kr"]),
             helper.make_node("Add", ["x", "kr"], ["a"]),
             helper.make_node("Identity", ["a"], ["i"]),                                  # identity
             helper.make_node("Dropout", ["i"], ["dr"]),                                  # identity
             helper.make_node("Relu", ["dr"], ["r1"]),
             helper.make_node("Relu", ["dr"], ["r2"]),                                    # cse
             helper.make_node("Mul", ["r1", "r2"], ["m"]),
             helper.make_node("Neg", ["x"], ["dead"]),                                    # dce
             helper.make_node("Add", ["m", "w"], ["t"]),
             helper.make_node("Identity", ["t"], ["y"])]                                  # identity to output
    return make_model(nodes, [vi("x", T.FLOAT, [2, 4])], [vi("y", T.FLOAT, [2, 4])],
                      inits=[init("k1", np.float32([1, 2, 3, 4])), init("k2", np.float32([-2, -2, -2, -2])),
                             shape, init("i1", np.int64([1])), init("one", np.int64([1]))])


ALL_OPS = ["Add", "ConstantOfShape", "Shape", "Gather", "Concat", "Reshape", "Add", "Identity", "Dropout",
           "Relu", "Relu", "Mul", "Neg", "Add", "Identity"]


def test_optimize_reaches_the_minimal_graph():
    g = loaded(everything_model())
    stats = dict(passes.optimize(g, passes.ENABLE_ALL))
    assert set(stats) == {"constant_folding", "cse", "dce", "identity"}
    assert graph_op_types(g) == ["Add", "Relu", "Mul", "Add"]
    assert g.nodes[-1].outputs == ["y"]
    g = loaded(everything_model())
    assert passes.optimize(g, passes.DISABLE_ALL) == []
    assert graph_op_types(g) == ALL_OPS


def _session(level, **opts):
    so = onnxjit.SessionOptions()
    so.graph_optimization_level = level
    for k, v in opts.items():
        setattr(so, k, v)
    return onnxjit.InferenceSession(everything_model().SerializeToString(), so)


def test_session_disable_all_keeps_nodes_and_basic_folds():
    feeds = {"x": X}
    expected = ort_run(everything_model(), feeds)
    s0 = _session(onnxjit.GraphOptimizationLevel.ORT_DISABLE_ALL)
    assert graph_op_types(s0.program.graph) == ALL_OPS
    s1 = _session(onnxjit.GraphOptimizationLevel.ORT_ENABLE_BASIC)
    assert graph_op_types(s1.program.graph) == ["Add", "Relu", "Mul", "Add"]
    for s in (s0, s1):
        (y,) = s.run(None, feeds)
        np.testing.assert_allclose(y, expected[0], rtol=1e-6)


def test_optimized_model_filepath_writes_a_valid_model(tmp_path):
    path = str(tmp_path / "optimized.onnx")
    s = _session(onnxjit.GraphOptimizationLevel.ORT_ENABLE_ALL, optimized_model_filepath=path)
    written = onnx.load(path)
    onnx.checker.check_model(written, full_check=True)
    assert [n.op_type for n in written.graph.node] == ["Add", "Relu", "Mul", "Add"]
    assert [o.name for o in written.graph.output] == ["y"] and [i.name for i in written.graph.input] == ["x"]
    feeds = {"x": X}
    expected = ort_run(everything_model(), feeds)[0]
    np.testing.assert_allclose(ort_run(path, feeds)[0], expected, rtol=1e-6)
    np.testing.assert_allclose(s.run(None, feeds)[0], expected, rtol=1e-6)
