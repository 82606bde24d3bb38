"""Reduce*, ArgMax/ArgMin, CumSum against onnxruntime, through onnxjit sessions.

Each model has a symbolic batch dim and is run at two sizes, so the one compiled
function is re-planned (collapsed dims, output strides) per input-shape signature.
Many nodes share one model to keep compile time down.

Tolerance: float32 rtol=1e-5, atol=1e-6 (onnxjit accumulates float32 in float64, onnxruntime
in float32); float64 rtol=1e-12, atol=1e-12; integer and bool results exact.
"""
import numpy as np
import pytest

onnx = pytest.importorskip("onnx")
ort = pytest.importorskip("onnxruntime")
from onnx import TensorProto, helper  # noqa: E402

import onnxjit  # noqa: E402
from helpers import compare_with_onnxruntime  # noqa: E402

TOL = {np.float32: dict(rtol=1e-5, atol=1e-6), np.float64: dict(rtol=1e-12, atol=1e-12)}
rng = np.random.default_rng(7)


def _model(nodes, inputs, outputs, inits=(), opset=18):
    graph = helper.make_graph(nodes, "g", inputs, outputs, initializer=list(inits))
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)])
    model.ir_version = 10  # onnxruntime refuses newer IR versions
    return model.SerializeToString()


def _check(name, h, w):
    if w.dtype.kind == "f":
        np.testing.assert_allclose(h, w, err_msg=name, **TOL[w.dtype.type])
    else:
        np.testing.assert_array_equal(h, w, err_msg=name)


def _compare(model, feeds_list):
    compare_with_onnxruntime(model, feeds_list, _check)


def _axes(name, axes):
    return helper.make_tensor(name, TensorProto.INT64, [len(axes)], axes)


def test_float_reductions_dynamic_dim():
    dtype = np.float32
    t = TensorProto.FLOAT
    cases = [  # (op, axes or None, keepdims)
        ("ReduceSum", [0, 2], 1), ("ReduceSum", [1, 3], 0), ("ReduceMean", [1], 0),
        ("ReduceMean", None, 1), ("ReduceMax", [-1], 1), ("ReduceMin", [0, 1, 3], 0),
        ("ReduceProd", [2], 0), ("ReduceL1", [1, 2], 1), ("ReduceL2", [0], 0),
        ("ReduceLogSumExp", [0, 3], 0), ("ReduceLogSumExp", [0, 2], 1), ("ReduceSumSquare", [1, 2, 3], 0),
        ("ReduceLogSum", [2, 3], 1),
    ]
    nodes, outs, inits = [], [], []
    for k, (op, axes, keep) in enumerate(cases):
        ins = ["x"]
        if axes is not None:
            inits.append(_axes(f"a{k}", axes))
            ins.append(f"a{k}")
        src = "xa" if op == "ReduceLogSum" else "x"
        nodes.append(helper.make_node(op, [src] + ins[1:], [f"y{k}"], keepdims=keep))
        outs.append(helper.make_tensor_value_info(f"y{k}", t, None))
    nodes.insert(0, helper.make_node("Abs", ["x"], ["xa"]))
    nodes += [helper.make_node("ArgMax", ["x"], ["am"], axis=1, keepdims=0),
              helper.make_node("ArgMin", ["x"], ["an"], axis=-1, select_last_index=1),
              helper.make_node("CumSum", ["x", "c0"], ["cs"]),
              helper.make_node("CumSum", ["x", "c1"], ["cr"], exclusive=1, reverse=1)]
    inits += [helper.make_tensor("c0", TensorProto.INT64, [], [0]),
              helper.make_tensor("c1", TensorProto.INT32, [], [2])]
    outs += [helper.make_tensor_value_info(n, TensorProto.INT64, None) for n in ("am", "an")]
    outs += [helper.make_tensor_value_info(n, t, None) for n in ("cs", "cr")]
    model = _model(nodes, [helper.make_tensor_value_info("x", t, ["N", 3, 4, 5])], outs, inits)
    feeds = []
    for n in (2, 7):
        x = rng.standard_normal((n, 3, 4, 5)).astype(dtype)
        x[0, 1, 2, :] = x[0, 1, 2, 0]   # ties for ArgMin's select_last_index
        feeds.append({"x": x})
    _compare(model, feeds)


def test_runtime_axes_and_noop():
    """axes as a graph input (its value read per run), empty axes with noop_with_empty_axes; float64."""
    t = TensorProto.DOUBLE
    nodes = [helper.make_node("ReduceSum", ["x", "axes"], ["s"], keepdims=0),
             helper.make_node("ReduceMax", ["x", "axes"], ["m"], keepdims=1),
             helper.make_node("ReduceSum", ["x", "axes"], ["n"], noop_with_empty_axes=1)]
    model = _model(nodes, [helper.make_tensor_value_info("x", t, [2, "N", 3]),
                           helper.make_tensor_value_info("axes", TensorProto.INT64, ["K"])],
                   [helper.make_tensor_value_info(o, t, None) for o in "smn"])
    x1 = rng.standard_normal((2, 4, 3))
    x2 = rng.standard_normal((2, 9, 3))
    _compare(model, [{"x": x1, "axes": np.array([1], np.int64)},
                     {"x": x2, "axes": np.array([0, -1], np.int64)},
                     {"x": x1, "axes": np.array([], np.int64)}])


def test_int_and_bool_reductions():
    nodes = [helper.make_node("ReduceSum", ["i", "a1"], ["s"], keepdims=0),
             helper.make_node("ReduceMax", ["i", "a0"], ["m"]),
             helper.make_node("ReduceMin", ["i"], ["n"], keepdims=0),
             helper.make_node("ReduceProd", ["i", "a1"], ["p"]),
             helper.make_node("ArgMax", ["i"], ["am"], axis=0, select_last_index=1),
             helper.make_node("CumSum", ["i", "c"], ["cs"], exclusive=1),
             helper.make_node("ReduceMax", ["b", "a1"], ["bm"], keepdims=0),
             helper.make_node("ReduceMin", ["b", "a1"], ["bn"], keepdims=0)]
    inits = [_axes("a0", [0]), _axes("a1", [1]), helper.make_tensor("c", TensorProto.INT64, [], [1])]
    outs = [helper.make_tensor_value_info(o, TensorProto.INT64, None) for o in ("s", "m", "n", "p", "am", "cs")]
    outs += [helper.make_tensor_value_info(o, TensorProto.BOOL, None) for o in ("bm", "bn")]
    model = _model(nodes, [helper.make_tensor_value_info("i", TensorProto.INT64, ["N", 6]),
                           helper.make_tensor_value_info("b", TensorProto.BOOL, ["N", 3])], outs, inits, opset=20)
    feeds = [{"i": rng.integers(-5, 5, (n, 6)).astype(np.int64), "b": rng.random((n, 3)) < 0.5} for n in (3, 8)]
    _compare(model, feeds)


def test_empty_reduction_gives_identity():
    """Reducing an empty axis gives each op's identity (0, 1, -inf, +inf...), as the ONNX spec says."""
    ops = ["ReduceSum", "ReduceProd", "ReduceMax", "ReduceMin", "ReduceL2", "ReduceLogSumExp"]
    nodes = [helper.make_node(op, ["x", "a"], [f"y{k}"], keepdims=0) for k, op in enumerate(ops)]
    model = _model(nodes, [helper.make_tensor_value_info("x", TensorProto.FLOAT, [2, "N", 3])],
                   [helper.make_tensor_value_info(f"y{k}", TensorProto.FLOAT, None) for k in range(len(ops))],
                   [_axes("a", [1])], opset=20)
    sess = onnxjit.InferenceSession(model, providers=["CPUExecutionProvider"])
    got = sess.run(None, {"x": np.zeros((2, 0, 3), np.float32)})
    for g, ident in zip(got, [0, 1, -np.inf, np.inf, 0, -np.inf]):
        assert g.shape == (2, 3)
        np.testing.assert_array_equal(g, np.full((2, 3), ident, np.float32))
    x = rng.standard_normal((2, 5, 3)).astype(np.float32)
    np.testing.assert_allclose(sess.run(["y0"], {"x": x})[0], x.sum(1), rtol=1e-5, atol=1e-6)
