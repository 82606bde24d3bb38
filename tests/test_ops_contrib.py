"""onnxruntime's com.microsoft contrib ops (compiler/ops/contrib.py) against onnxruntime itself.

Models use symbolic dims and run at two sizes where it matters; several nodes share a model to
keep Numba compile time down.

Tolerance: float32 rtol=1e-4, atol=1e-5 (statistics and softmax accumulate in float64 here);
MatMulNBits atol=1e-4 (a different summation order over K); quantized outputs within 1 step
(onnxruntime's MLAS rounds intermediate float products in a different order).
"""
import numpy as np
import pytest

onnx = pytest.importorskip("onnx")
ort = pytest.importorskip("onnxruntime")
from onnx import TensorProto as T, helper, numpy_helper  # noqa: E402

import onnxjit  # noqa: E402
from helpers import compare_with_onnxruntime  # noqa: E402

RTOL, ATOL = 1e-4, 1e-5
MS = "com.microsoft"
rng = np.random.default_rng(5)


def _model(nodes, inputs, outputs, inits=(), opset=17):
    graph = helper.make_graph(nodes, "g", inputs, outputs, initializer=list(inits))
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset), helper.make_opsetid(MS, 1)])
    model.ir_version = 10
    return model.SerializeToString()


def _vi(name, elem, shape):
    return helper.make_tensor_value_info(name, elem, shape)


def _compare(model, feeds_list, rtol=RTOL, atol=ATOL, quant=False):
    def check(name, h, w):
        if quant:
            assert np.abs(h.astype(np.int32) - w.astype(np.int32)).max(initial=0) <= 1, name
        else:
            np.testing.assert_allclose(h, w, rtol=rtol, atol=atol, err_msg=name)
    compare_with_onnxruntime(model, feeds_list, check)


def _f32(*shape):
    return rng.standard_normal(shape).astype(np.float32)


def test_pointwise_activations_fuse():
    H = 8
    nodes = [
        helper.make_node("Gelu", ["x"], ["g"], domain=MS),
        helper.make_node("FastGelu", ["x", "b"], ["fg"], domain=MS),
        helper.make_node("FastGelu", ["x"], ["fg0"], domain=MS),
        helper.make_node("BiasGelu", ["x", "b"], ["bg"], domain=MS),
        helper.make_node("QuickGelu", ["x"], ["qg"], domain=MS, alpha=1.5),
        helper.make_node("QuickGelu", ["x"], ["qg0"], domain=MS),
    ]
    outs = ["g", "fg", "fg0", "bg", "qg", "qg0"]
    model = _model(nodes, [_vi("x", T.FLOAT, ["B", "S", H]), _vi("b", T.FLOAT, [H])],
                   [_vi(o, T.FLOAT, None) for o in outs])
    _compare(model, [{"x": _f32(2, 3, H) * 3, "b": _f32(H)}, {"x": _f32(1, 5, H), "b": _f32(H)}])
    sess = onnxjit.InferenceSession(model, providers=["CPUExecutionProvider"])
    src = _source(sess)
    assert "k_" not in src and "fused_" in src, src   # all pointwise: no kernel calls


def test_bias_add():
    # onnxruntime implements BiasAdd for CUDA only: checked against NumPy
    node = helper.make_node("BiasAdd", ["x", "b", "s"], ["y"], domain=MS)
    model = _model([node], [_vi("x", T.FLOAT, ["B", "S", 4]), _vi("b", T.FLOAT, [4]), _vi("s", T.FLOAT, ["B", "S", 4])],
                   [_vi("y", T.FLOAT, None)])
    x, b, s = _f32(2, 3, 4), _f32(4), _f32(2, 3, 4)
    y, = onnxjit.InferenceSession(model, providers=["CPUExecutionProvider"]).run(None, {"x": x, "b": b, "s": s})
    np.testing.assert_allclose(y, x + b + s, rtol=1e-6)


def _source(sess):
    return "\n".join(getattr(getattr(st, "code", None), "source", "") for st in sess.program.steps)


def test_fused_gemm():
    nodes = [
        helper.make_node("FusedGemm", ["a", "w", "c"], ["y1"], domain=MS, activation="Relu", transB=1),
        helper.make_node("FusedGemm", ["a", "w2"], ["y2"], domain=MS, activation="LeakyRelu",
                         activation_alpha=0.2, alpha=0.5),
        helper.make_node("FusedGemm", ["a", "w2", "c"], ["y3"], domain=MS, activation="Sigmoid", beta=2.0),
    ]
    inits = [numpy_helper.from_array(_f32(6, 5), "w"), numpy_helper.from_array(_f32(5, 6), "w2"),
             numpy_helper.from_array(_f32(6), "c")]
    model = _model(nodes, [_vi("a", T.FLOAT, ["M", 5])], [_vi(o, T.FLOAT, None) for o in ("y1", "y2", "y3")],
                   inits)
    _compare(model, [{"a": _f32(3, 5)}, {"a": _f32(7, 5)}])


def test_skip_and_simplified_layernorm():
    H = 16
    nodes = [
        helper.make_node("SkipLayerNormalization", ["x", "skip", "gamma", "beta", "bias"],
                         ["y", "mean", "inv", "sum"], domain=MS, epsilon=1e-5),
        helper.make_node("SkipLayerNormalization", ["x", "skip", "gamma"], ["y2"], domain=MS),
        helper.make_node("SkipSimplifiedLayerNormalization", ["x", "skip", "gamma", "bias"],
                         ["y3", "", "", "sum3"], domain=MS, epsilon=1e-6),
        helper.make_node("SimplifiedLayerNormalization", ["x", "gamma"], ["y4"], epsilon=1e-6),
    ]
    inits = [numpy_helper.from_array(_f32(H), n) for n in ("gamma", "beta", "bias")]
    outs = ["y", "mean", "inv", "sum", "y2", "y3", "sum3", "y4"]
    model = _model(nodes, [_vi("x", T.FLOAT, ["B", "S", H]), _vi("skip", T.FLOAT, ["B", "S", H])],
                   [_vi(o, T.FLOAT, None) for o in outs], inits)
    _compare(model, [{"x": _f32(2, 3, H), "skip": _f32(2, 3, H)}, {"x": _f32(1, 4, H), "skip": _f32(1, 4, H)}])


def test_layernorm_before_opset17():
    # onnxruntime registers a contrib LayerNormalization in the ai.onnx domain for opsets < 17
    nodes = [helper.make_node("LayerNormalization", ["x", "g", "b"], ["y"], axis=-1, epsilon=1e-5)]
    inits = [numpy_helper.from_array(_f32(8), "g"), numpy_helper.from_array(_f32(8), "b")]
    model = _model(nodes, [_vi("x", T.FLOAT, ["N", 8])], [_vi("y", T.FLOAT, None)], inits, opset=13)
    _compare(model, [{"x": _f32(3, 8)}])


def _attention_model(mask_shape=None, unidirectional=0, past=False, attn_bias=False, sizes=None):
    B, S, Din, heads = "B", "S", 12, 2
    dq, dk, dv = sizes or (8, 8, 8)
    ins = ["x", "w", "bias", "mask" if mask_shape else "", "past" if past else "", "ab" if attn_bias else ""]
    while ins and not ins[-1]:
        ins.pop()
    attrs = dict(num_heads=heads, unidirectional=unidirectional)
    if sizes:
        attrs["qkv_hidden_sizes"] = list(sizes)
    outs = ["y", "present"] if past else ["y"]
    node = helper.make_node("Attention", ins, outs, domain=MS, **attrs)
    inputs = [_vi("x", T.FLOAT, [B, S, Din])]
    if mask_shape:
        inputs.append(_vi("mask", T.INT32, mask_shape))
    if past:
        inputs.append(_vi("past", T.FLOAT, [2, B, heads, "P", dk // heads]))
    if attn_bias:
        inputs.append(_vi("ab", T.FLOAT, [1, heads, S, "T"]))
    inits = [numpy_helper.from_array(_f32(Din, dq + dk + dv) * 0.5, "w"),
             numpy_helper.from_array(_f32(dq + dk + dv), "bias")]
    return _model([node], inputs, [_vi(o, T.FLOAT, None) for o in outs], inits)


def test_attention_no_mask_and_lengths():
    _compare(_attention_model(), [{"x": _f32(2, 3, 12)}, {"x": _f32(1, 5, 12)}])
    _compare(_attention_model(["B"], sizes=(8, 8, 4)),
             [{"x": _f32(2, 4, 12), "mask": np.array([2, 4], np.int32)}])


def test_attention_masks():
    x = _f32(2, 4, 12)
    raw = np.array([[1, 1, 1, 0], [1, 1, 0, 0]], np.int32)
    _compare(_attention_model(["B", "T"]), [{"x": x, "mask": raw}])
    _compare(_attention_model(["B", "S", "T"], unidirectional=1),
             [{"x": x, "mask": np.ones((2, 4, 4), np.int32) - np.eye(4, dtype=np.int32)[None] * 0}])
    _compare(_attention_model(["B2"]), [{"x": x, "mask": np.array([3, 4, 1, 0], np.int32)}])
    _compare(_attention_model(unidirectional=1), [{"x": x}])


def test_attention_past_present_and_bias():
    x = _f32(2, 3, 12)
    past = _f32(2, 2, 2, 4, 4)
    _compare(_attention_model(past=True, unidirectional=1), [{"x": x, "past": past}])
    _compare(_attention_model(attn_bias=True), [{"x": x, "ab": _f32(1, 2, 3, 3)}])


def _nbits_model(K, N, block, bits=4, zp=True, bias=False, zp_float=False, M="M"):
    nblk = -(-K // block)
    w = rng.integers(0, 256, (N, nblk, block * bits // 8), dtype=np.uint8)
    scales = (rng.random(N * nblk).astype(np.float32) + 0.1) * 0.1
    ins = ["a", "b", "s", "", "", ""]
    inits = [numpy_helper.from_array(w, "b"), numpy_helper.from_array(scales, "s")]
    if zp:
        ins[3] = "zp"
        if zp_float:
            z = rng.random(N * nblk).astype(np.float32) * (1 << bits)
        else:
            z = rng.integers(0, 256, N * ((nblk * bits + 7) // 8), dtype=np.uint8)
        inits.append(numpy_helper.from_array(z, "zp"))
    if bias:
        ins[5] = "bias"
        inits.append(numpy_helper.from_array(_f32(N), "bias"))
    while not ins[-1]:
        ins.pop()
    node = helper.make_node("MatMulNBits", ins, ["y"], domain=MS, K=K, N=N, block_size=block, bits=bits)
    return _model([node], [_vi("a", T.FLOAT, ["B", M, K])], [_vi("y", T.FLOAT, None)], inits)


def test_matmul_nbits():
    for kw in [dict(K=64, N=10, block=32), dict(K=48, N=7, block=32, zp=False, bias=True),
               dict(K=32, N=5, block=16, bits=8), dict(K=32, N=6, block=16, zp_float=True)]:
        K = kw["K"]
        _compare(_nbits_model(**kw), [{"a": _f32(2, 3, K)}, {"a": _f32(1, 1, K)}], atol=1e-4)


def test_qlinear_pointwise():
    sc = lambda v, n: numpy_helper.from_array(np.array(v, np.float32), n)
    zp = lambda v, n, dt=np.uint8: numpy_helper.from_array(np.array(v, dt), n)
    nodes = [
        helper.make_node("QLinearAdd", ["a", "sa", "za", "b", "sb", "zb", "sc", "zc"], ["add"], domain=MS),
        helper.make_node("QLinearMul", ["a", "sa", "za", "b", "sb", "zb", "sc", "zc"], ["mul"], domain=MS),
        helper.make_node("QLinearSigmoid", ["a", "sa", "za", "sy", "zy"], ["sig"], domain=MS),
        helper.make_node("QLinearLeakyRelu", ["a", "sa", "za", "sc", "zc"], ["lrelu"], domain=MS, alpha=0.1),
    ]
    inits = [sc(0.05, "sa"), zp(120, "za"), sc(0.1, "sb"), zp(10, "zb"), sc(0.2, "sc"), zp(100, "zc"),
             sc(1 / 255, "sy"), zp(0, "zy")]
    model = _model(nodes, [_vi("a", T.UINT8, ["N", 6]), _vi("b", T.UINT8, [6])],
                   [_vi(o, T.UINT8, None) for o in ("add", "mul", "sig", "lrelu")], inits)
    a = rng.integers(0, 256, (5, 6), dtype=np.uint8)
    _compare(model, [{"a": a, "b": rng.integers(0, 256, 6, dtype=np.uint8)}], quant=True)
