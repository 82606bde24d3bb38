"""Indexing, tensor-manipulation and host ops against onnxruntime, through InferenceSession.

Each case builds a one-node model (symbolic input dims, so the compiled code is shape-generic),
runs it in onnxjit and in onnxruntime (the oracle) and compares.

Tolerance: data movement, integer and index results exact; float32 arithmetic (scatter
reductions, Resize) rtol=1e-5, atol=1e-6.

Out-of-range indices from data must raise onnxjit's RuntimeException (never crash, never
read or write out of bounds).  Inputs are small and float32 to keep compile time low.
"""
import numpy as np
import pytest

onnx = pytest.importorskip("onnx")
ort = pytest.importorskip("onnxruntime")
from onnx import TensorProto, helper  # noqa: E402

import onnxjit  # noqa: E402

RTOL, ATOL = 1e-5, 1e-6
rng = np.random.default_rng(7)


def make_model(op, inputs, attrs, out_types, opset=19, consts=None):
    """One node; inputs: list of (name, array or None); consts: name -> array given as initializers."""
    consts = consts or {}
    names = [n if v is not None or n in consts else "" for n, v in inputs]
    outs = [f"o{k}" for k in range(len(out_types))]
    node = helper.make_node(op, names, outs, **attrs)
    feeds = [(n, v) for n, v in inputs if v is not None and n not in consts]
    graph = helper.make_graph(
        [node], "g",
        [helper.make_tensor_value_info(n, helper.np_dtype_to_tensor_dtype(v.dtype),
                                       [f"{n}_d{k}" for k in range(v.ndim)]) for n, v in feeds],
        [helper.make_tensor_value_info(o, t, None) for o, t in zip(outs, out_types)],
        [onnx.numpy_helper.from_array(v, n) for n, v in consts.items()])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)])
    model.ir_version = 10  # onnxruntime refuses newer IR versions
    return model.SerializeToString(), {n: v for n, v in feeds}


def both(op, inputs, attrs, out_types=None, opset=19, consts=None):
    out_types = out_types or [helper.np_dtype_to_tensor_dtype(inputs[0][1].dtype)]
    model, feeds = make_model(op, inputs, attrs, out_types, opset, consts)
    ref = ort.InferenceSession(model, providers=["CPUExecutionProvider"]).run(None, feeds)
    got = onnxjit.InferenceSession(model).run(None, feeds)
    return got, ref


def check(got, ref, exact=True):
    assert len(got) == len(ref)
    for g, r in zip(got, ref):
        assert g.shape == r.shape and g.dtype == r.dtype
        if exact:
            np.testing.assert_array_equal(g, r)
        else:
            np.testing.assert_allclose(g, r, rtol=RTOL, atol=ATOL)


def test_gather_elements_and_scatter_elements():
    x = rng.standard_normal((3, 5)).astype(np.float32)
    idx = np.array([[0, -1, 4], [2, 2, -5], [1, 0, 3]], np.int64)
    check(*both("GatherElements", [("x", x), ("i", idx)], {"axis": 1}))
    upd = rng.standard_normal((3, 3)).astype(np.float32)
    for red in ("none", "add", "max"):
        idx_u = np.array([[0, 1, 4], [2, 3, 0], [1, 0, 3]], np.int64)   # unique per row for "none"
        check(*both("ScatterElements", [("x", x), ("i", idx_u if red == "none" else idx), ("u", upd)],
                    {"axis": 1, "reduction": red}, opset=18), exact=False)


def test_gather_nd_scatter_nd():
    x = rng.standard_normal((2, 3, 4)).astype(np.float32)
    idx = np.array([[[1, -1]], [[0, 2]]], np.int64)
    check(*both("GatherND", [("x", x), ("i", idx)], {"batch_dims": 1}))
    idx2 = np.array([[1, 2], [0, 0], [1, 2]], np.int64)
    upd = rng.standard_normal((3, 4)).astype(np.float32)
    check(*both("ScatterND", [("x", x), ("i", idx2), ("u", upd)], {"reduction": "add"}, opset=18), exact=False)


@pytest.mark.parametrize("mode", ["constant", "reflect", "edge", "wrap"])
def test_pad_modes(mode):
    x = rng.standard_normal((2, 3, 4)).astype(np.float32)
    pads = np.array([0, 2, 1, 1, 1, 3] if mode != "constant" else [1, -1, 2, 0, 2, -2], np.int64)
    cv = np.array(1.5, np.float32)
    got, ref = both("Pad", [("x", x), ("p", pads), ("c", cv if mode == "constant" else None)], {"mode": mode},
                    consts={"p": pads})
    check(got, ref)


def test_pad_two_sizes_one_session():
    """The compiled code is shape-generic: a second input size reuses the same session."""
    model, _ = make_model("Pad", [("x", np.zeros((1, 1), np.float32)), ("p", np.array([1, 0, 0, 2]))],
                          {"mode": "edge"}, [TensorProto.FLOAT], consts={"p": np.array([1, 0, 0, 2], np.int64)})
    s = onnxjit.InferenceSession(model)
    r = ort.InferenceSession(model, providers=["CPUExecutionProvider"])
    for shape in [(2, 3), (4, 1)]:
        x = rng.standard_normal(shape).astype(np.float32)
        check(s.run(None, {"x": x}), r.run(None, {"x": x}))


@pytest.mark.parametrize("attrs", [
    {"mode": "linear"},
    {"mode": "cubic", "coordinate_transformation_mode": "align_corners"},
    {"mode": "nearest", "coordinate_transformation_mode": "asymmetric", "nearest_mode": "floor"},
])
def test_resize(attrs):
    x = rng.standard_normal((1, 2, 4, 5)).astype(np.float32)
    scales = np.array([1, 1, 1.5, 0.6], np.float32)
    got, ref = both("Resize", [("x", x), ("roi", None), ("s", scales)], attrs, consts={"s": scales})
    check(got, ref, exact=False)


def test_topk_ties_and_depth_to_space():
    x = np.array([[3, 1, 3, 2, 1, 3], [0, 0, 5, 5, 1, 0]], np.float32)
    k = np.array([4], np.int64)
    for largest in (1, 0):
        got, ref = both("TopK", [("x", x), ("k", k)], {"axis": 1, "largest": largest},
                        [TensorProto.FLOAT, TensorProto.INT64], consts={"k": k})
        check(got, ref)
    y = rng.standard_normal((1, 8, 2, 3)).astype(np.float32)
    check(*both("DepthToSpace", [("y", y)], {"blocksize": 2, "mode": "CRD"}))


def test_host_nonzero_unique():
    x = np.array([[0, 2, 0], [3, 0, 2]], np.int64)
    check(*both("NonZero", [("x", x)], {}, [TensorProto.INT64]))
    check(*both("Unique", [("x", x)], {"sorted": 0},
                [TensorProto.INT64, TensorProto.INT64, TensorProto.INT64, TensorProto.INT64]))


@pytest.mark.parametrize("op", ["Gather", "GatherElements", "ScatterND"])
def test_out_of_range_index_raises(op):
    x = np.arange(6, dtype=np.float32).reshape(2, 3)
    if op == "ScatterND":
        inputs = [("x", x), ("i", np.array([[2]], np.int64)), ("u", np.zeros((1, 3), np.float32))]
    else:
        inputs = [("x", x), ("i", np.array([[0, 3]], np.int64))]
    model, feeds = make_model(op, inputs, {"axis": 1} if op != "ScatterND" else {}, [TensorProto.FLOAT])
    s = onnxjit.InferenceSession(model)
    with pytest.raises(onnxjit.RuntimeException, match="out of range"):
        s.run(None, feeds)
    # the session still works with good indices
    good = dict(feeds, i=np.zeros_like(feeds["i"]))
    s.run(None, good)
