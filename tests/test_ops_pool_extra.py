"""GlobalLpPool and MaxRoiPool, the default-domain ops no conformance case covers.
GlobalLpPool against NumPy written from the spec (onnxruntime has no CPU kernel for
opset 22), MaxRoiPool against onnxruntime; float32 rtol 1e-5, atol 1e-6."""
import numpy as np
import onnxruntime
import pytest
from onnx import TensorProto as T, helper

import onnxjit
from helpers import make_model, vi


@pytest.mark.parametrize("p,opset", [(2, 2), (3, 22), (1, 11)])
def test_global_lp_pool(p, opset):
    m = make_model([helper.make_node("GlobalLpPool", ["x"], ["y"], p=p)], [vi("x", T.FLOAT, ["N", 3, 5, 4])],
                   [vi("y")], opset=opset)
    sess = onnxjit.InferenceSession(m.SerializeToString())
    for n in (1, 2):   # one compiled kernel for both sizes
        x = np.random.default_rng(n).standard_normal((n, 3, 5, 4)).astype(np.float32)
        want = (np.abs(x.astype(np.float64)) ** p).sum(axis=(2, 3), keepdims=True) ** (1 / p)
        np.testing.assert_allclose(sess.run(None, {"x": x})[0], want, rtol=1e-5, atol=1e-6)


def _roi_model():
    return make_model([helper.make_node("MaxRoiPool", ["x", "r"], ["y"], pooled_shape=[3, 2], spatial_scale=0.5)],
                      [vi("x", T.FLOAT, [2, 3, 10, 12]), vi("r", T.FLOAT, ["R", 5])], [vi("y")])


def test_max_roi_pool_matches_onnxruntime():
    m = _roi_model()
    x = np.random.default_rng(0).standard_normal((2, 3, 10, 12)).astype(np.float32)
    r = np.array([[0, 0, 0, 10, 10], [1, 2, 4, 20, 18], [0, 5, 5, 6, 6], [1, -3, 0, 30, 40]], np.float32)
    got = onnxjit.InferenceSession(m.SerializeToString()).run(None, {"x": x, "r": r})[0]
    want = onnxruntime.InferenceSession(m.SerializeToString()).run(None, {"x": x, "r": r})[0]
    np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-6)


def test_max_roi_pool_bad_batch_index_is_an_error():
    sess = onnxjit.InferenceSession(_roi_model().SerializeToString())
    x = np.zeros((2, 3, 10, 12), np.float32)
    with pytest.raises(onnxjit.RuntimeException, match="batch index"):
        sess.run(None, {"x": x, "r": np.array([[5, 0, 0, 4, 4]], np.float32)})
