"""compiler.passes.shape_folding and if_inlining: graphs before and after, results unchanged.

As in test_passes: the rewritten graph is written back as ONNX and run by onnxruntime (its
optimizations off) against onnxruntime on the original model (rtol 1e-6), at more than one
size of the symbolic dim; the nested-If model also runs through onnxjit sessions (compiles)."""
import numpy as np
import pytest
from onnx import TensorProto as T, helper

import onnxjit
from onnxjit.compiler import passes
from onnxjit.compiler.passes import if_inlining, shape_folding
from helpers import graph_op_types, init, loaded, make_model, ort_run, vi
from test_passes import apply, assert_same_results

INT_MAX = np.iinfo(np.int64).max


def _x(n, w=3):
    return np.arange(n * w * 4, dtype=np.float32).reshape(n, w, 4) - 7


def dims_model(index_node):
    """y = Reshape(x, [-1] + <the dims index_node reads from Shape(x)>), x [N, 3, 4]."""
    nodes = [helper.make_node("Shape", ["x"], ["s"]), index_node,
             helper.make_node("Concat", ["m1", "d"], ["shp"], axis=0),
             helper.make_node("Reshape", ["x", "shp"], ["y"])]
    return make_model(nodes, [vi("x", T.FLOAT, ["N", 3, 4])], [vi("y", T.FLOAT, None)],
                      inits=[init("m1", np.int64([-1])), init("i", np.int64([2])), init("i0", np.int64([0])),
                             init("st", np.int64([1])), init("en", np.int64([INT_MAX])), init("ax", np.int64([0]))])


@pytest.mark.parametrize("index_node,dims", [
    (helper.make_node("Gather", ["s", "i"], ["d"], axis=0), [4]),
    (helper.make_node("Slice", ["s", "st", "en"], ["d"]), [3, 4]),
    (helper.make_node("Slice", ["s", "st", "en", "ax"], ["d"]), [3, 4]),
])
def test_static_dims_of_a_symbolic_shape_fold(index_node, dims):
    model = dims_model(index_node)
    before, after, changed = apply(model, shape_folding.run)
    assert changed
    assert graph_op_types(before) == ["Shape", index_node.op_type, "Concat", "Reshape"]
    assert graph_op_types(after) == ["Shape", "Concat", "Reshape"]     # (dce takes the Shape)
    np.testing.assert_array_equal(after.initializers["d"], dims)
    for n in (1, 5):
        assert_same_results(model, after, {"x": _x(n)})


@pytest.mark.parametrize("index_node", [
    helper.make_node("Gather", ["s", "i0"], ["d"], axis=0),          # the symbolic dim
    helper.make_node("Slice", ["s", "i0", "en"], ["d"]),              # a slice holding it
])
def test_dims_holding_a_symbol_stay(index_node):
    _, after, changed = apply(dims_model(index_node), shape_folding.run)
    assert not changed and graph_op_types(after) == ["Shape", index_node.op_type, "Concat", "Reshape"]


def if_model(then_out="t1", nested=False):
    """y = If(Shape(x)[1] == 3): then Relu(x) + k (or another then-branch output), else -x.
    nested: the then-branch ends in an If on the feed c, whose branches read the then-branch's
    value t0 from their enclosing scope."""
    then_nodes = [helper.make_node("Relu", ["x"], ["t0"]), helper.make_node("Add", ["t0", "k"], ["t1"])]
    if nested:
        inner_then = helper.make_graph([helper.make_node("Mul", ["t1", "t0"], ["u"])], "it", [], [vi("u")])
        inner_else = helper.make_graph([helper.make_node("Sub", ["t0", "t1"], ["v"])], "ie", [], [vi("v")])
        then_nodes.append(helper.make_node("If", ["c"], ["t2"], then_branch=inner_then, else_branch=inner_else))
        then_out = "t2"
    then_g = helper.make_graph(then_nodes, "then", [], [vi(then_out)], initializer=[init("k", np.float32([0.5]))])
    else_g = helper.make_graph([helper.make_node("Neg", ["x"], ["e0"])], "else", [], [vi("e0")])
    nodes = [helper.make_node("Shape", ["x"], ["s"]),
             helper.make_node("Gather", ["s", "one"], ["d"], axis=0),
             helper.make_node("Equal", ["d", "three"], ["cond"]),
             helper.make_node("If", ["cond"], ["y"], then_branch=then_g, else_branch=else_g)]
    inputs = [vi("x", T.FLOAT, ["N", 3, 4])] + ([vi("c", T.BOOL, [])] if nested else [])
    return make_model(nodes, inputs, [vi("y", T.FLOAT, None)],
                      inits=[init("one", np.int64(1)), init("three", np.int64(3))])


def test_if_on_a_static_dim_is_inlined():
    model = if_model()
    before = loaded(model)
    after = loaded(model)
    stats = dict(passes.optimize(after, passes.ENABLE_BASIC))
    assert stats.get("shape_folding") and stats.get("if_inlining")
    assert graph_op_types(before) == ["Shape", "Gather", "Equal", "If"]
    assert graph_op_types(after) == ["Relu", "Add"]
    assert after.nodes[-1].outputs == ["y"]                          # the If's output name is kept
    for n in (1, 4):
        assert_same_results(model, after, {"x": _x(n)})


def test_inlined_branch_output_that_it_does_not_compute():
    # the branch's initializer as its output: through Identity (an outer value would be too,
    # but onnxruntime, the oracle, refuses a branch that returns one)
    model = if_model("k")
    _, after, changed = apply(model, lambda g: shape_folding.run(g) | passes.constant_folding.run(g)
                              | if_inlining.run(g))
    assert changed and "If" not in graph_op_types(after)
    assert after.nodes[-1].op_type == "Identity" and after.nodes[-1].outputs == ["y"]
    assert_same_results(model, after, {"x": _x(2)})


def test_if_on_a_feed_stays():
    model = if_model()
    model.graph.node[2].input[1] = "dyn"                            # Shape(x)[1] == a feed
    model.graph.input.append(vi("dyn", T.INT64, []))
    after = loaded(model)
    passes.optimize(after, passes.ENABLE_BASIC)
    assert "If" in graph_op_types(after)


def test_nested_if_reads_the_renamed_values_of_the_inlined_branch():
    model = if_model(nested=True)
    after = loaded(model)
    passes.optimize(after, passes.ENABLE_BASIC)
    assert graph_op_types(after) == ["Relu", "Add", "If"]
    inner = after.nodes[-1]
    relu, add = after.nodes[0].outputs[0], after.nodes[1].outputs[0]
    assert sorted(inner.subgraphs["then_branch"].outer_scope) == sorted([relu, add])
    sess = onnxjit.InferenceSession(model.SerializeToString())
    for c in (True, False):
        for n in (1, 3):
            feeds = {"x": _x(n), "c": np.array(c)}
            np.testing.assert_allclose(sess.run(None, feeds)[0], ort_run(model, feeds)[0], rtol=1e-6)
            assert_same_results(model, after, feeds)
