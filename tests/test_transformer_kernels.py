"""The transformer-block paths of the MatMul, Softmax, LayerNormalization, Split and Concat
kernels, against onnxruntime: a batched activation times a 2-D weight (the batch folded into
the GEMM's rows), batched attention MatMuls, float32 softmax through fastmath.exp32 with large
score ranges, LayerNormalization's vectorized row passes, and Split/Concat along a middle axis
(one contiguous run per outer row).  Symbolic batch and sequence dims, run at two sizes."""
import numpy as np
import pytest

onnx = pytest.importorskip("onnx")
ort = pytest.importorskip("onnxruntime")
from onnx import TensorProto as T, helper, numpy_helper  # noqa: E402

from helpers import compare_with_onnxruntime  # noqa: E402

rng = np.random.default_rng(5)
H, NH = 32, 4


def _model():
    w = numpy_helper.from_array(rng.standard_normal((H, 3 * H)).astype(np.float32) * 0.3, "w")
    g = numpy_helper.from_array(rng.standard_normal(3 * H).astype(np.float32), "g")
    b = numpy_helper.from_array(rng.standard_normal(3 * H).astype(np.float32), "b")
    shp = numpy_helper.from_array(np.array([0, 0, NH, H // NH], np.int64), "shp")
    nodes = [
        helper.make_node("MatMul", ["x", "w"], ["qkv"]),                      # (B, S, H) @ (H, 3H)
        helper.make_node("LayerNormalization", ["qkv", "g", "b"], ["ln"], axis=-1, epsilon=1e-5),
        helper.make_node("Split", ["ln"], ["q", "k", "v"], axis=2, num_outputs=3),
        helper.make_node("Reshape", ["q", "shp"], ["q4"]),
        helper.make_node("Reshape", ["k", "shp"], ["k4"]),
        helper.make_node("Transpose", ["q4"], ["qh"], perm=[0, 2, 1, 3]),  # (B, NH, S, D)
        helper.make_node("Transpose", ["k4"], ["kh"], perm=[0, 2, 3, 1]),  # (B, NH, D, S)
        helper.make_node("MatMul", ["qh", "kh"], ["s"]),
        helper.make_node("Softmax", ["s"], ["p"], axis=-1),
        helper.make_node("LogSoftmax", ["s"], ["lp"], axis=-1),
        helper.make_node("MatMul", ["p", "qh"], ["c"]),
        helper.make_node("Split", ["c"], ["c0", "c1"], axis=1, num_outputs=2),  # middle axis, inner S*D
        helper.make_node("Concat", ["c1", "c0", "c1"], ["cc"], axis=1),
    ]
    graph = helper.make_graph(
        nodes, "g", [helper.make_tensor_value_info("x", T.FLOAT, ["B", "S", H])],
        [helper.make_tensor_value_info(n, T.FLOAT, None) for n in ("qkv", "ln", "v", "p", "lp", "cc")],
        [w, g, b, shp])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18)])
    model.ir_version = 10
    return model.SerializeToString()


def test_transformer_block_paths():
    feeds = [{"x": (rng.standard_normal((2, 7, H)) * 4).astype(np.float32)},
             {"x": (rng.standard_normal((3, 33, H)) * 4).astype(np.float32)},
             # enough rows that Softmax and LayerNormalization split them over threads
             {"x": (rng.standard_normal((4, 700, H)) * 4).astype(np.float32)}]
    compare_with_onnxruntime(_model(), feeds, lambda name, h, w: np.testing.assert_allclose(
        h, w, rtol=1e-4, atol=2e-5, err_msg=name))
