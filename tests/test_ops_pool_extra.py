"""GlobalLpPool and MaxRoiPool, the default-domain ops no conformance case covers, and the
pool kernel the code generator picks per node.  GlobalLpPool against NumPy written from the
spec (onnxruntime has no CPU kernel for opset 22), the rest against onnxruntime; float32
rtol 1e-5, atol 1e-6."""
import numpy as np
import onnxruntime
import pytest
from onnx import TensorProto as T, helper

import onnxjit
from onnxjit.compiler import passes
from onnxjit.compiler.program import Program
from helpers import CPU, loaded, make_model, vi


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


POOL_PICKS = [
    # op, attrs, input shape, the kernel the generated code calls
    ("AveragePool", dict(kernel_shape=[7, 7]), [2, 8, 7, 7], "k_pool.global_avgpool("),       # ResNet's head
    ("MaxPool", dict(kernel_shape=[5, 6]), [1, 4, 5, 6], "k_pool.global_maxpool("),
    ("AveragePool", dict(kernel_shape=[7, 7], pads=[0, 0, 1, 1]), [2, 8, 6, 6], "k_pool.global_avgpool("),  # Inception's
    ("AveragePool", dict(kernel_shape=[7, 7], pads=[0, 0, 1, 1], count_include_pad=1), [1, 2, 6, 6],
     "k_pool.avgpool_2d("),                                                          # the pad is counted
    ("AveragePool", dict(kernel_shape=[7, 7], pads=[1, 1, 1, 1]), [1, 3, 7, 7], "k_pool.avgpool_2d("),  # 3x3 out
    ("MaxPool", dict(kernel_shape=[4, 4], strides=[3, 3], pads=[1, 1, 0, 0]), [1, 2, 3, 3], "k_pool.global_maxpool("),
    ("MaxPool", dict(kernel_shape=[3, 3], dilations=[2, 2]), [1, 2, 5, 5], "k_pool.maxpool_2d("),      # holes
    ("AveragePool", dict(kernel_shape=[7, 7]), ["N", 3, "H", 7], "k_pool.avgpool_2d("),       # dims unknown
    ("AveragePool", dict(kernel_shape=[2, 2, 2]), [1, 2, 4, 4, 4], "k_pool.avgpool("),         # 3-D
    ("MaxPool", dict(kernel_shape=[3, 3], strides=[2, 2], pads=[1, 1, 1, 1]), [1, 4, 9, 9], "k_pool.maxpool_2d("),
    ("MaxPool", dict(kernel_shape=[3], strides=[2]), [1, 4, 9], "k_pool.maxpool_2d("),
    ("MaxPool", dict(kernel_shape=[2, 2, 2]), [1, 2, 4, 4, 4], "k_pool.maxpool("),
]


@pytest.mark.parametrize("op,attrs,shape,kernel", POOL_PICKS)
def test_pool_kernel_choice_matches_onnxruntime(op, attrs, shape, kernel):
    m = make_model([helper.make_node(op, ["x"], ["y"], **attrs)], [vi("x", T.FLOAT, shape)], [vi("y")])
    g = loaded(m)
    passes.optimize(g)
    src = "".join(s.code.source for s in Program(g, CPU).steps)
    assert kernel in src
    real = [d if isinstance(d, int) else 7 for d in shape]
    x = np.random.default_rng(1).standard_normal(real).astype(np.float32)
    got = onnxjit.InferenceSession(m.SerializeToString()).run(None, {"x": x})[0]
    want = onnxruntime.InferenceSession(m.SerializeToString()).run(None, {"x": x})[0]
    assert got.shape == want.shape
    np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-6)


# 2-D float32 pools of at least eight planes run eight planes at a time (kernels/cpu/pool.py
# _pool_lanes); N x C = 38 planes: four blocks of eight, the last six by the plane passes.
LANE_POOLS = [
    ("MaxPool", dict(kernel_shape=[3, 3], strides=[2, 2], pads=[0, 0, 1, 1]), [2, 19, 14, 14]),
    ("MaxPool", dict(kernel_shape=[3, 3], pads=[1, 1, 1, 1]), [2, 19, 7, 7]),
    ("MaxPool", dict(kernel_shape=[3, 3], strides=[2, 2], ceil_mode=1), [2, 19, 13, 13]),
    ("MaxPool", dict(kernel_shape=[3, 2], strides=[1, 2], dilations=[2, 1], pads=[2, 0, 1, 1]), [2, 19, 9, 11]),
    ("MaxPool", dict(kernel_shape=[3], strides=[2]), [2, 19, 21]),
    ("AveragePool", dict(kernel_shape=[3, 3], pads=[1, 1, 1, 1]), [2, 19, 14, 14]),
    ("AveragePool", dict(kernel_shape=[3, 3], pads=[1, 1, 1, 1], count_include_pad=1), [2, 19, 7, 7]),
    ("AveragePool", dict(kernel_shape=[2, 2], strides=[2, 2], ceil_mode=1), [2, 19, 9, 9]),
    ("AveragePool", dict(kernel_shape=[5, 3], strides=[2, 1], pads=[2, 0, 1, 2]), [2, 19, 12, 10]),
]


@pytest.mark.parametrize("op,attrs,shape", LANE_POOLS)
def test_eight_plane_pools_match_onnxruntime(op, attrs, shape):
    m = make_model([helper.make_node(op, ["x"], ["y"], **attrs)], [vi("x", T.FLOAT, shape)], [vi("y")])
    x = np.random.default_rng(2).standard_normal(shape).astype(np.float32)
    got = onnxjit.InferenceSession(m.SerializeToString()).run(None, {"x": x})[0]
    want = onnxruntime.InferenceSession(m.SerializeToString()).run(None, {"x": x})[0]
    assert got.shape == want.shape
    np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-6)


def test_eight_plane_max_pool_skips_nans():
    """MaxPool skips NaNs (np.fmax's rule) in the eight-plane path as in the plane passes; a
    window of NaNs alone gives -inf.  Reference: np.fmax over each window of a -inf padded copy."""
    m = make_model([helper.make_node("MaxPool", ["x"], ["y"], kernel_shape=[3, 3], strides=[2, 2], pads=[1, 1, 1, 1])],
                   [vi("x", T.FLOAT, [1, 12, 9, 9])], [vi("y")])
    x = np.random.default_rng(3).standard_normal((1, 12, 9, 9)).astype(np.float32)
    x[0, 2, 4, 4] = np.nan            # one NaN among numbers (a lane block)
    x[0, 5, :3, :3] = np.nan          # a window of NaNs alone (a lane block)
    x[0, 10, 1, 1] = np.nan           # the plane passes (planes 8-11)
    got = onnxjit.InferenceSession(m.SerializeToString()).run(None, {"x": x})[0]
    p = np.pad(x, ((0, 0), (0, 0), (1, 1), (1, 1)), constant_values=-np.inf)
    want = np.full((1, 12, 5, 5), -np.inf, np.float32)
    for i in range(5):
        for j in range(5):
            for a in range(3):
                for b in range(3):
                    want[:, :, i, j] = np.fmax(want[:, :, i, j], p[:, :, 2 * i + a, 2 * j + b])
    assert got[0, 5, 0, 0] == -np.inf
    np.testing.assert_array_equal(got, want)
