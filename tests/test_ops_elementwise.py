"""Pointwise ops, casts and quantization against onnxruntime (or ml_dtypes, bit for bit).

Tolerances are stated per test: exact where both sides round the same way, else one
float16 ulp-ish (rtol 2e-3)."""
import ml_dtypes
import numpy as np
import onnx
import pytest
from onnx import TensorProto as T, helper

import onnxjit

ort = pytest.importorskip("onnxruntime")


def _model(nodes, inputs, outputs, inits=(), opset=21):
    g = helper.make_graph(nodes, "g", inputs, outputs, initializer=list(inits))
    m = helper.make_model(g, opset_imports=[helper.make_opsetid("", opset)])
    m.ir_version = 10
    return m.SerializeToString()


def _both(model, feeds):
    a = onnxjit.InferenceSession(model).run(None, feeds)
    b = ort.InferenceSession(model, providers=["CPUExecutionProvider"]).run(None, feeds)
    return a, b


def test_fused_float16_chain_matches_onnxruntime():
    # Mul -> Add -> Sigmoid -> Mul -> Relu on float16 fuse into one loop computed in float32
    # with each node rounded to float16; tolerance one float16 ulp (rtol 2e-3).
    nodes = [helper.make_node("Mul", ["x", "x"], ["a"]), helper.make_node("Add", ["a", "b"], ["c"]),
             helper.make_node("Sigmoid", ["c"], ["d"]), helper.make_node("Mul", ["d", "x"], ["e"]),
             helper.make_node("Relu", ["e"], ["y"])]
    vi = lambda n, s: helper.make_tensor_value_info(n, T.FLOAT16, s)
    model = _model(nodes, [vi("x", ["n", 8]), vi("b", [8])], [vi("y", None)])
    rng = np.random.default_rng(0)
    for n in (3, 17):   # one compiled function serves both sizes
        feeds = {"x": rng.standard_normal((n, 8)).astype(np.float16), "b": rng.standard_normal(8).astype(np.float16)}
        (a,), (b,) = _both(model, feeds)
        assert a.dtype == np.float16 and a.shape == (n, 8)
        np.testing.assert_allclose(a.astype(np.float32), b.astype(np.float32), rtol=2e-3, atol=1e-3)


@pytest.mark.parametrize("to,dtype,sat", [
    (T.FLOAT8E4M3FN, ml_dtypes.float8_e4m3fn, 0), (T.FLOAT8E4M3FN, ml_dtypes.float8_e4m3fn, 1),
    (T.FLOAT8E5M2, ml_dtypes.float8_e5m2, 1), (T.FLOAT8E4M3FNUZ, ml_dtypes.float8_e4m3fnuz, 0),
    (T.BFLOAT16, ml_dtypes.bfloat16, 1), (T.FLOAT16, np.float16, 1), (T.INT4, ml_dtypes.int4, 1),
    (T.FLOAT4E2M1, ml_dtypes.float4_e2m1fn, 1)])
def test_cast_to_small_types_is_bit_exact(to, dtype, sat):
    # exact: the same round-to-nearest-even as ml_dtypes (what onnx's reference uses);
    # with saturate, values beyond the range clamp first as in onnx.numpy_helper.saturate_cast
    x = np.concatenate([np.random.default_rng(1).standard_normal(500) * 50,
                        [0.0, -0.0, np.inf, -np.inf, 1e6, -1e6, 448.0, 464.0, 0.0009765625]]).astype(np.float32)
    attrs = {"saturate": sat} if to not in (T.INT4,) else {}
    model = _model([helper.make_node("Cast", ["x"], ["y"], to=to, **attrs)],
                   [helper.make_tensor_value_info("x", T.FLOAT, [x.size])],
                   [helper.make_tensor_value_info("y", to, [x.size])])
    (y,) = onnxjit.InferenceSession(model).run(None, {"x": x})
    if sat and to in (T.FLOAT8E4M3FN, T.FLOAT8E5M2, T.FLOAT8E4M3FNUZ):
        info = ml_dtypes.finfo(dtype)
        ref = np.clip(x, info.min, info.max).astype(dtype)
    else:
        ref = x.astype(dtype)
    assert y.dtype == np.dtype(dtype)
    if to == T.INT4:
        # float -> int is undefined out of range (the Cast spec; ml_dtypes 0.7 gives 0 there,
        # earlier versions saturated): compare where the truncated value fits in int4
        keep = (np.trunc(x) >= -8) & (np.trunc(x) <= 7)
        y, ref = y[keep], ref[keep]
    np.testing.assert_array_equal(y.view(np.uint8 if y.itemsize == 1 else np.uint16),
                                  ref.view(np.uint8 if ref.itemsize == 1 else np.uint16))


def test_castlike_reads_like_for_its_type_only():
    # 'like' has another shape than the input: it must not be read (was an index error); exact
    model = _model([helper.make_node("CastLike", ["x", "like"], ["c"]), helper.make_node("Add", ["c", "c"], ["y"])],
                   [helper.make_tensor_value_info("x", T.INT32, [2, 3]),
                    helper.make_tensor_value_info("like", T.DOUBLE, [5])],
                   [helper.make_tensor_value_info("y", T.DOUBLE, [2, 3])])
    feeds = {"x": np.arange(6, dtype=np.int32).reshape(2, 3), "like": np.zeros(5)}
    (a,), (b,) = _both(model, feeds)
    np.testing.assert_array_equal(a, b)


def test_bitshift_signed_and_mod_float_match_onnxruntime():
    # exact for the shifts; Mod (fmod=1) on mixed signs within float32 rounding (rtol 1e-6)
    nodes = [helper.make_node("BitShift", ["a", "s"], ["l"], direction="LEFT"),
             helper.make_node("BitShift", ["a", "s"], ["r"], direction="RIGHT"),
             helper.make_node("Mod", ["x", "z"], ["m"], fmod=1)]
    model = _model(nodes, [helper.make_tensor_value_info("a", T.UINT32, [4]),
                           helper.make_tensor_value_info("s", T.UINT32, [4]),
                           helper.make_tensor_value_info("x", T.FLOAT, [6]),
                           helper.make_tensor_value_info("z", T.FLOAT, [6])],
                   [helper.make_tensor_value_info(n, t, None) for n, t in (("l", T.UINT32), ("r", T.UINT32), ("m", T.FLOAT))])
    feeds = {"a": np.array([1, 255, 2**31, 7], np.uint32), "s": np.array([0, 4, 1, 31], np.uint32),
             "x": np.array([-4.3, 7.2, 5.0, -5.5, 3.0, -0.0], np.float32),
             "z": np.array([2.1, -3.4, 3.0, -2.0, 1.5, 2.0], np.float32)}
    a, b = _both(model, feeds)
    np.testing.assert_array_equal(a[0], b[0])
    np.testing.assert_array_equal(a[1], b[1])
    np.testing.assert_allclose(a[2], b[2], rtol=1e-6)
    # signed shifts outside [0, width): 0 to the left, the sign fill to the right (onnx reference)
    m = _model([helper.make_node("BitShift", ["a", "s"], ["y"], direction="RIGHT")],
               [helper.make_tensor_value_info("a", T.INT8, [3]), helper.make_tensor_value_info("s", T.INT8, [3])],
               [helper.make_tensor_value_info("y", T.INT8, [3])])
    (y,) = onnxjit.InferenceSession(m).run(None, {"a": np.array([-8, 4, -1], np.int8), "s": np.array([8, -1, 1], np.int8)})
    np.testing.assert_array_equal(y, [-1, 0, -1])


def test_quantize_dequantize_per_axis_match_onnxruntime():
    # exact: both round half to even and saturate to the output type
    rng = np.random.default_rng(2)
    x = (rng.standard_normal((2, 3, 4)) * 20).astype(np.float32)
    scale = np.array([0.5, 0.25, 2.0], np.float32)
    zp = np.array([0, 10, -3], np.int8)
    nodes = [helper.make_node("QuantizeLinear", ["x", "s", "z"], ["q"], axis=1),
             helper.make_node("DequantizeLinear", ["q", "s", "z"], ["y"], axis=1)]
    model = _model(nodes, [helper.make_tensor_value_info("x", T.FLOAT, [2, 3, 4])],
                   [helper.make_tensor_value_info("q", T.INT8, None), helper.make_tensor_value_info("y", T.FLOAT, None)],
                   inits=[onnx.numpy_helper.from_array(scale, "s"), onnx.numpy_helper.from_array(zp, "z")])
    a, b = _both(model, {"x": x})
    np.testing.assert_array_equal(a[0], b[0])
    np.testing.assert_array_equal(a[1], b[1])


def test_qlinearmatmul_matches_onnxruntime():
    # exact: int32 accumulation, one rounding of acc * (sa * sb / sy)
    rng = np.random.default_rng(3)
    a = rng.integers(0, 255, (2, 4, 5)).astype(np.uint8)
    b = rng.integers(0, 255, (5, 3)).astype(np.uint8)
    f = lambda v, n: onnx.numpy_helper.from_array(np.array(v, np.float32), n)
    u = lambda v, n: onnx.numpy_helper.from_array(np.array(v, np.uint8), n)
    node = helper.make_node("QLinearMatMul", ["a", "sa", "za", "b", "sb", "zb", "sy", "zy"], ["y"])
    model = _model([node], [helper.make_tensor_value_info("a", T.UINT8, [2, 4, 5]),
                            helper.make_tensor_value_info("b", T.UINT8, [5, 3])],
                   [helper.make_tensor_value_info("y", T.UINT8, None)],
                   inits=[f(0.02, "sa"), u(113, "za"), f(0.01, "sb"), u(100, "zb"), f(0.05, "sy"), u(120, "zy")])
    (x,), (r,) = _both(model, {"a": a, "b": b})
    np.testing.assert_array_equal(x, r)
