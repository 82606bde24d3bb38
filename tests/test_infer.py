"""compiler.infer: dtype and (symbolic) shape of every value, statically (no Numba here)."""
import numpy as np
import pytest
from onnx import TensorProto as T, helper

import onnxjit
from onnxjit.compiler import infer, ir, load
from helpers import init, loaded, make_model, vi


def _types(graph):
    return {k: (v.dtype, v.shape) for k, v in graph.types.items()}


def test_every_value_of_a_small_graph():
    f32, i64, i32, b = (np.dtype(t) for t in (np.float32, np.int64, np.int32, np.bool_))
    nodes = [helper.make_node("Conv", ["x", "w"], ["c"], pads=[1, 1, 1, 1]),
             helper.make_node("Relu", ["c"], ["r"]),
             helper.make_node("Reshape", ["r", "shp"], ["f"]),
             helper.make_node("Gemm", ["f2", "gw", "gb"], ["g"]),
             helper.make_node("Add", ["g", "row"], ["ga"]),
             helper.make_node("Shape", ["x"], ["s"]),
             helper.make_node("Cast", ["g"], ["gi"], to=T.INT32),
             helper.make_node("Greater", ["g", "row"], ["gt"])]
    model = make_model(nodes, [vi("x", T.FLOAT, ["N", 3, 8, 8]), vi("f2", T.FLOAT, ["N", 256]),
                               vi("row", T.FLOAT, [1, 10])],
                       [vi(o) for o in ("f", "ga", "s", "gi", "gt")],
                       inits=[init("w", np.zeros((4, 3, 3, 3), np.float32)), init("shp", np.int64([0, -1])),
                              init("gw", np.zeros((256, 10), np.float32)), init("gb", np.zeros(10, np.float32))])
    t = _types(loaded(model))
    assert t["c"] == (f32, ("N", 4, 8, 8))            # Conv: pads keep 8x8, 4 output channels
    assert t["r"] == (f32, ("N", 4, 8, 8))
    assert t["f"][0] == f32 and len(t["f"][1]) == 2 and t["f"][1][0] == "N"   # 0 copies the dim
    assert t["g"] == (f32, ("N", 10))                 # Gemm [N,256] x [256,10] + [10]
    assert t["ga"] == (f32, ("N", 10))                # [N,10] + [1,10] broadcasts
    assert t["s"] == (i64, (4,))
    assert t["gi"] == (i32, ("N", 10))
    assert t["gt"] == (b, ("N", 10))


def test_symbolic_dims_keep_their_names():
    nodes = [helper.make_node("Add", ["x", "y"], ["s"]), helper.make_node("Transpose", ["s"], ["t"], perm=[1, 0])]
    model = make_model(nodes, [vi("x", T.FLOAT, ["N", "M"]), vi("y", T.FLOAT, [1, "M"])], [vi("t")])
    t = _types(loaded(model))
    assert t["s"][1] == ("N", "M")
    assert t["t"][1] == ("M", "N")


@pytest.mark.parametrize("in_shape,target,expected", [
    ([2, 3, 4], [0, -1], (2, 12)),
    ([2, 3, 4], [-1, 6], (4, 6)),
    ([2, 3, 4], [0, 0, 2, 2], (2, 3, 2, 2)),
    ([6], [-1, 2, 1], (3, 2, 1)),
])
def test_reshape_with_minus_one_and_zero(in_shape, target, expected):
    model = make_model([helper.make_node("Reshape", ["x", "shp"], ["y"])], [vi("x", T.FLOAT, in_shape)],
                       [vi("y")], inits=[init("shp", np.int64(target))])
    assert _types(loaded(model))["y"] == (np.dtype(np.float32), expected)


def test_reshape_minus_one_beside_a_symbolic_dim():
    model = make_model([helper.make_node("Reshape", ["x", "shp"], ["y"])], [vi("x", T.FLOAT, ["N", 4, 8, 8])],
                       [vi("y")], inits=[init("shp", np.int64([0, -1]))])
    assert _types(loaded(model))["y"][1] == ("N", 256)


@pytest.mark.parametrize("a,b,expected", [
    ([2, 1, 3, 4], [5, 4, 6], (2, 5, 3, 6)),      # batch dims broadcast
    ([3, 4], [4, 6], (3, 6)),
    ([4], [4, 6], (6,)),                           # 1-D left operand: its dim is dropped
    ([3, 4], [4], (3,)),                           # 1-D right operand
    (["B", 3, 4], [4, 5], ("B", 3, 5)),
])
def test_matmul_broadcast_shapes(a, b, expected):
    model = make_model([helper.make_node("MatMul", ["a", "b"], ["y"])],
                       [vi("a", T.FLOAT, a), vi("b", T.FLOAT, b)], [vi("y")])
    assert _types(loaded(model))["y"][1] == expected


@pytest.mark.parametrize("attrs,xs,ws,expected", [
    (dict(), [1, 3, 10, 10], [8, 3, 3, 3], (1, 8, 8, 8)),
    (dict(pads=[1, 1, 1, 1], strides=[2, 2]), [2, 3, 10, 10], [8, 3, 3, 3], (2, 8, 5, 5)),
    (dict(auto_pad="SAME_UPPER", strides=[2, 2]), [1, 3, 9, 9], [4, 3, 3, 3], (1, 4, 5, 5)),
    (dict(dilations=[2, 2]), [1, 3, 9, 9], [4, 3, 3, 3], (1, 4, 5, 5)),
    (dict(group=3), [1, 6, 5, 5], [6, 2, 1, 1], (1, 6, 5, 5)),
    (dict(), ["N", 3, 10], [8, 3, 3], ("N", 8, 8)),
])
def test_conv_shapes(attrs, xs, ws, expected):
    model = make_model([helper.make_node("Conv", ["x", "w"], ["y"], **attrs)],
                       [vi("x", T.FLOAT, xs)], [vi("y")], inits=[init("w", np.zeros(ws, np.float32))])
    assert _types(loaded(model))["y"][1] == expected


@pytest.mark.parametrize("attrs,a,b,expected", [
    (dict(), [3, 4], [4, 5], (3, 5)),
    (dict(transA=1), [4, 3], [4, 5], (3, 5)),
    (dict(transB=1), [3, 4], [5, 4], (3, 5)),
    (dict(transA=1, transB=1), ["K", "M"], [7, "K"], ("M", 7)),
])
def test_gemm_shapes(attrs, a, b, expected):
    model = make_model([helper.make_node("Gemm", ["a", "b"], ["y"], **attrs)],
                       [vi("a", T.FLOAT, a), vi("b", T.FLOAT, b)], [vi("y")])
    assert _types(loaded(model))["y"][1] == expected


def shape_chain_model(x_shape):
    """y = Reshape(x, Concat(Gather(Shape(x), [0]), [-1])): flatten all but the first dim."""
    nodes = [helper.make_node("Shape", ["x"], ["s"]),
             helper.make_node("Gather", ["s", "i0"], ["d0"], axis=0),
             helper.make_node("Concat", ["d0", "m1"], ["shp"], axis=0),
             helper.make_node("Reshape", ["x", "shp"], ["y"])]
    return make_model(nodes, [vi("x", T.FLOAT, x_shape)], [vi("y")],
                      inits=[init("i0", np.int64([0])), init("m1", np.int64([-1]))])


def test_shape_gather_concat_reshape_resolved_statically():
    t = _types(loaded(shape_chain_model([2, 3, 4])))
    assert t["s"] == (np.dtype(np.int64), (3,))
    assert t["d0"] == (np.dtype(np.int64), (1,))
    assert t["shp"] == (np.dtype(np.int64), (2,))
    assert t["y"] == (np.dtype(np.float32), (2, 12))


def test_shape_chain_with_symbolic_input_keeps_the_rank():
    t = _types(loaded(shape_chain_model(["N", 3, 4])))
    assert t["y"][0] == np.float32 and t["y"][1] is not None and len(t["y"][1]) == 2


def test_run_time_inference_makes_every_dim_concrete():
    """ShapeEnv over concrete feeds (what a plan per input-shape signature uses)."""
    graph = loaded(shape_chain_model(["N", 3, 4]))
    types = {k: ir.TensorType(v.dtype, v.shape) for k, v in graph.initializers.items()}
    types["x"] = ir.TensorType(np.dtype(np.float32), (5, 3, 4))
    env = infer.ShapeEnv(graph, types, dict(graph.initializers), symbolic=False)
    for node in graph.nodes:
        env.infer_node(node)
    assert env.types["y"].shape == (5, 12)
    np.testing.assert_array_equal(env.resolve("shp"), [5, -1])


def test_declared_output_type_merges_with_inferred():
    # the model declares y as [N, 'Q']; inference knows the second dim is 3
    model = make_model([helper.make_node("Relu", ["x"], ["y"])], [vi("x", T.FLOAT, ["N", 3])],
                       [vi("y", T.FLOAT, ["N", "Q"])])
    assert _types(loaded(model))["y"][1] == ("N", 3)


def test_type_error_names_the_node():
    # [2,3] @ [4,5]: the inner dims disagree
    model = make_model([helper.make_node("MatMul", ["a", "b"], ["y"], name="bad_matmul")],
                       [vi("a", T.FLOAT, [2, 3]), vi("b", T.FLOAT, [4, 5])], [vi("y")])
    graph, _ = load.load(model)
    with pytest.raises(onnxjit.InvalidGraph) as e:
        infer.infer_graph(graph)
    assert "bad_matmul" in str(e.value)
