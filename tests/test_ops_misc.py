"""float16/bfloat16 through float32 kernels, random ops, Dropout training, optimizer ops."""
import numpy as np
import onnx
import pytest
from onnx import TensorProto as T, helper as h

import onnxjit as ort


def _model(node, inputs, outputs, opset=22, extra=()):
    g = h.make_graph([node], "g", inputs, outputs)
    m = h.make_model(g, opset_imports=[h.make_opsetid("", opset), *extra])
    m.ir_version = 10      # what onnxruntime 1.31 reads
    return m.SerializeToString()


def test_conv_float16_matches_onnxruntime_float32():
    import onnxruntime
    def conv(t):
        return _model(h.make_node("Conv", ["x", "w"], ["y"], pads=[1, 1, 1, 1]),
                      [h.make_tensor_value_info("x", t, [1, 3, 8, 8]), h.make_tensor_value_info("w", t, [4, 3, 3, 3])],
                      [h.make_tensor_value_info("y", t, None)])
    rng = np.random.default_rng(0)
    feeds = {"x": rng.standard_normal((1, 3, 8, 8)).astype(np.float16),
             "w": rng.standard_normal((4, 3, 3, 3)).astype(np.float16)}
    got = ort.InferenceSession(conv(T.FLOAT16)).run(None, feeds)[0]
    # onnxruntime's CPU provider has no float16 Conv: the oracle runs the float32 model
    f32 = {k: v.astype(np.float32) for k, v in feeds.items()}
    want = onnxruntime.InferenceSession(conv(T.FLOAT), providers=["CPUExecutionProvider"]).run(None, f32)[0]
    assert got.dtype == np.float16
    np.testing.assert_allclose(got.astype(np.float32), want.astype(np.float32), rtol=2e-2, atol=2e-2)  # fp16 rounding


def test_matmul_bfloat16():
    import ml_dtypes
    m = _model(h.make_node("MatMul", ["a", "b"], ["y"]),
               [h.make_tensor_value_info("a", T.BFLOAT16, [4, 5]), h.make_tensor_value_info("b", T.BFLOAT16, [5, 3])],
               [h.make_tensor_value_info("y", T.BFLOAT16, None)])
    rng = np.random.default_rng(1)
    a = rng.standard_normal((4, 5)).astype(ml_dtypes.bfloat16)
    b = rng.standard_normal((5, 3)).astype(ml_dtypes.bfloat16)
    y = ort.InferenceSession(m).run(None, {"a": a, "b": b})[0]
    want = (a.astype(np.float32) @ b.astype(np.float32)).astype(ml_dtypes.bfloat16)
    np.testing.assert_array_equal(y.astype(np.float32), want.astype(np.float32))


def test_random_normal_seeded_is_numpy_stream():
    m = _model(h.make_node("RandomNormal", [], ["y"], shape=[500], mean=1.0, scale=2.0, seed=7.0), [],
               [h.make_tensor_value_info("y", T.FLOAT, [500])])
    y = ort.InferenceSession(m).run(None, {})[0]
    np.testing.assert_allclose(y, np.random.RandomState(7).normal(1.0, 2.0, 500).astype(np.float32), rtol=1e-6)


def test_random_uniform_like_set_seed():
    m = _model(h.make_node("RandomUniformLike", ["x"], ["y"], low=-1.0, high=1.0),
               [h.make_tensor_value_info("x", T.FLOAT, [100])], [h.make_tensor_value_info("y", T.FLOAT, [100])])
    s = ort.InferenceSession(m)
    x = np.zeros(100, np.float32)
    ort.set_seed(11)
    a = s.run(None, {"x": x})[0]
    b = s.run(None, {"x": x})[0]
    assert not np.array_equal(a, b)          # the stream continues between runs
    assert a.min() >= -1 and a.max() <= 1


def test_multinomial_frequencies():
    m = _model(h.make_node("Multinomial", ["x"], ["y"], sample_size=4000, seed=1.0),
               [h.make_tensor_value_info("x", T.FLOAT, [1, 3])], [h.make_tensor_value_info("y", T.INT32, [1, 4000])])
    y = ort.InferenceSession(m).run(None, {"x": np.log(np.array([[0.2, 0.3, 0.5]], np.float32))})[0]
    np.testing.assert_allclose(np.bincount(y[0], minlength=3) / 4000, [0.2, 0.3, 0.5], atol=0.04)


def test_dropout_training_mask():
    m = _model(h.make_node("Dropout", ["x", "r", "t"], ["y", "z"], seed=0),
               [h.make_tensor_value_info("x", T.FLOAT, [3, 4]), h.make_tensor_value_info("r", T.FLOAT, []),
                h.make_tensor_value_info("t", T.BOOL, [])],
               [h.make_tensor_value_info("y", T.FLOAT, None), h.make_tensor_value_info("z", T.BOOL, None)])
    x = np.arange(12, dtype=np.float32).reshape(3, 4)
    y, z = ort.InferenceSession(m).run(None, {"x": x, "r": np.float32(0.5), "t": np.bool_(True)})
    mask = np.random.RandomState(0).uniform(0, 1, (3, 4)) >= 0.5
    np.testing.assert_array_equal(z, mask)
    np.testing.assert_allclose(y, x * mask * 2.0)


def test_adam_two_tensors():
    node = h.make_node("Adam", ["r", "t", "x1", "x2", "g1", "g2", "v1", "v2", "h1", "h2"],
                       ["x1n", "x2n", "v1n", "v2n", "h1n", "h2n"], domain="ai.onnx.preview.training",
                       alpha=0.9, beta=0.99, epsilon=1e-3)
    ins = [h.make_tensor_value_info("r", T.FLOAT, []), h.make_tensor_value_info("t", T.INT64, [])]
    ins += [h.make_tensor_value_info(n, T.FLOAT, [3]) for n in ["x1", "x2", "g1", "g2", "v1", "v2", "h1", "h2"]]
    outs = [h.make_tensor_value_info(n, T.FLOAT, None) for n in ["x1n", "x2n", "v1n", "v2n", "h1n", "h2n"]]
    m = _model(node, ins, outs, extra=[h.make_opsetid("ai.onnx.preview.training", 1)])
    rng = np.random.default_rng(2)
    f = {n: rng.random(3).astype(np.float32) for n in ["x1", "x2", "g1", "g2", "v1", "v2", "h1", "h2"]}
    f["r"], f["t"] = np.float32(0.1), np.int64(3)
    got = ort.InferenceSession(m).run(None, f)
    for i in (1, 2):
        x, g, v, hh = (f[f"{n}{i}"].astype(np.float64) for n in "xgvh")
        vn = 0.9 * v + 0.1 * g
        hn = 0.99 * hh + 0.01 * g * g
        r = 0.1 * np.sqrt(1 - 0.99 ** 3) / (1 - 0.9 ** 3)
        np.testing.assert_allclose(got[i - 1], x - r * vn / (np.sqrt(hn) + 1e-3), rtol=1e-5)
        np.testing.assert_allclose(got[1 + i], vn, rtol=1e-5)
        np.testing.assert_allclose(got[3 + i], hn, rtol=1e-5)
