"""Normalization, softmax, loss and attention ops against onnxruntime, through onnxjit sessions.

Each model has symbolic dims and is run at two sizes, so the one compiled function is
re-planned per input-shape signature.  Several nodes share a model to keep compile time down.

Tolerance: float32 rtol=1e-4, atol=1e-5 (onnxjit accumulates statistics in float64,
onnxruntime in float32); integer outputs exact.
"""
import numpy as np
import pytest

onnx = pytest.importorskip("onnx")
ort = pytest.importorskip("onnxruntime")
from onnx import TensorProto as T, helper  # noqa: E402

import onnxjit  # noqa: E402
from helpers import compare_with_onnxruntime  # noqa: E402

RTOL, ATOL = 1e-4, 1e-5
rng = np.random.default_rng(11)


def _model(nodes, inputs, outputs, opset):
    graph = helper.make_graph(nodes, "g", inputs, outputs)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)])
    model.ir_version = 10  # onnxruntime refuses newer IR versions
    return model.SerializeToString()


def _compare(model, feeds_list):
    compare_with_onnxruntime(model, feeds_list,
                             lambda name, h, w: np.testing.assert_allclose(h, w, rtol=RTOL, atol=ATOL, err_msg=name))


def _f32(*shape):
    return rng.standard_normal(shape).astype(np.float32)


def test_normalizations_dynamic_batch():
    C = 4
    nodes = [
        helper.make_node("LayerNormalization", ["x", "s3", "b3"], ["ln", "ln_mean", "ln_inv"], axis=1),
        helper.make_node("RMSNormalization", ["x", "s1"], ["rms"], axis=-1, epsilon=1e-3),
        helper.make_node("Softmax", ["x"], ["sm"], axis=1),
        helper.make_node("LogSoftmax", ["x"], ["lsm"], axis=-1),
        helper.make_node("GroupNormalization", ["x", "sc", "bc"], ["gn"], num_groups=2),
        helper.make_node("InstanceNormalization", ["x", "sc", "bc"], ["inn"]),
        helper.make_node("LpNormalization", ["x"], ["lp"], axis=2, p=2),
        helper.make_node("MeanVarianceNormalization", ["x"], ["mvn"]),
    ]
    x = helper.make_tensor_value_info("x", T.FLOAT, ["N", C, 3, "W"])
    ins = [x, helper.make_tensor_value_info("s3", T.FLOAT, [C, 3, "W"]),
           helper.make_tensor_value_info("b3", T.FLOAT, [C, 3, "W"]),
           helper.make_tensor_value_info("s1", T.FLOAT, ["W"]),
           helper.make_tensor_value_info("sc", T.FLOAT, [C]), helper.make_tensor_value_info("bc", T.FLOAT, [C])]
    outs = [helper.make_tensor_value_info(n, T.FLOAT, None)
            for n in ["ln", "ln_mean", "ln_inv", "rms", "sm", "lsm", "gn", "inn", "lp", "mvn"]]
    model = _model(nodes, ins, outs, opset=23)
    feeds = []
    for n, w in [(2, 5), (3, 7)]:
        feeds.append({"x": _f32(n, C, 3, w), "s3": _f32(C, 3, w), "b3": _f32(C, 3, w), "s1": _f32(w),
                      "sc": _f32(C), "bc": _f32(C)})
    _compare(model, feeds)


def test_softmax_over_a_middle_axis_in_blocks():
    """Softmax over axis 1 with 1100 inner positions runs in blocks of 512 (two and a part),
    float32 and float64; columns holding a NaN, +inf or only -inf give what onnxruntime gives."""
    nodes = [helper.make_node("Softmax", ["x"], ["sm"], axis=1),
             helper.make_node("LogSoftmax", ["x"], ["lsm"], axis=1),
             helper.make_node("Softmax", ["d"], ["dsm"], axis=-2),
             helper.make_node("LogSoftmax", ["d"], ["dlsm"], axis=-2)]
    ins = [helper.make_tensor_value_info("x", T.FLOAT, ["N", 16, 1100]),
           helper.make_tensor_value_info("d", T.DOUBLE, [2, 5, "S"])]
    outs = [helper.make_tensor_value_info(n, T.FLOAT if n[0] != "d" else T.DOUBLE, None)
            for n in ["sm", "lsm", "dsm", "dlsm"]]
    model = _model(nodes, ins, outs, opset=13)
    x = _f32(2, 16, 1100) * 4
    x[0, 3, 5] = np.nan
    x[0, 2, 900] = np.inf
    x[1, :, 513] = -np.inf
    feeds = [{"x": x, "d": rng.standard_normal((2, 5, 1030)) * 4},
             {"x": _f32(1, 16, 1100), "d": rng.standard_normal((2, 5, 3))}]
    _compare(model, feeds)


def test_softmax_last_axis_lengths():
    """The float32 last-axis rows (norm._softmax_row32) at lengths around its blocks (below 16,
    16..31 with an overlapping last vector, multiples of 32, 197 with both overlaps); rows
    holding a NaN, +inf or only -inf; Softmax and LogSoftmax, against onnxruntime."""
    nodes = [helper.make_node("Softmax", ["x"], ["sm"], axis=-1),
             helper.make_node("LogSoftmax", ["x"], ["lsm"], axis=-1)]
    ins = [helper.make_tensor_value_info("x", T.FLOAT, ["R", "S"])]
    outs = [helper.make_tensor_value_info(n, T.FLOAT, None) for n in ["sm", "lsm"]]
    model = _model(nodes, ins, outs, opset=13)
    feeds = []
    for n in (1, 7, 16, 17, 31, 32, 33, 64, 197, 1000):
        x = _f32(6, n) * 6
        x[1, n // 2] = np.nan
        x[2, n - 1] = np.inf
        x[3, :] = -np.inf
        feeds.append({"x": x})
    _compare(model, feeds)


def test_softmax_kernel_in_place():
    """The kernels give the same results with y is x (a caller's buffer may be both): the
    middle-axis one exactly, the last-axis rows (lengths with an overlapping last vector) to an
    ulp (rtol 1e-6: with y over x, LLVM's alias check takes the loop that sums in order)."""
    from onnxjit.kernels.cpu import norm
    for log in (0, 1):
        x = _f32(3, 7, 600) * 3
        want = np.empty_like(x)
        norm.softmax(x, want, log)
        norm.softmax(x, x, log)
        np.testing.assert_array_equal(x, want)
        for n in (7, 20, 197):
            x = _f32(5, n) * 3
            want = np.empty_like(x)
            norm.softmax_rows(x, want, log)
            norm.softmax_rows(x, x, log)
            np.testing.assert_allclose(x, want, rtol=1e-6, atol=1e-7)


def test_losses_dynamic_dims():
    nodes = [
        helper.make_node("SoftmaxCrossEntropyLoss", ["x", "t", "w"], ["sce", "logp"], ignore_index=1),
        helper.make_node("SoftmaxCrossEntropyLoss", ["x", "t"], ["sce_sum"], reduction="sum"),
        helper.make_node("NegativeLogLikelihoodLoss", ["x", "t"], ["nll"], reduction="none", ignore_index=2),
    ]
    ins = [helper.make_tensor_value_info("x", T.FLOAT, ["N", 5, "D"]),
           helper.make_tensor_value_info("t", T.INT64, ["N", "D"]),
           helper.make_tensor_value_info("w", T.FLOAT, [5])]
    outs = [helper.make_tensor_value_info(n, T.FLOAT, None) for n in ["sce", "logp", "sce_sum", "nll"]]
    model = _model(nodes, ins, outs, opset=13)
    feeds = []
    for n, d in [(2, 3), (4, 6)]:
        feeds.append({"x": _f32(n, 5, d), "t": rng.integers(0, 5, (n, d)).astype(np.int64),
                      "w": rng.random(5).astype(np.float32) + 0.5})
    _compare(model, feeds)


def test_attention_gqa_causal_past_and_rotary():
    hq, hkv, e = 4, 2, 8
    nodes = [
        helper.make_node("RotaryEmbedding", ["q", "cos", "sin", "pos"], ["qr"]),
        helper.make_node("Attention", ["qr", "k", "v", "mask", "pk", "pv"], ["y", "present_k", "present_v"],
                         is_causal=1),
        helper.make_node("Attention", ["q3", "k3", "v3"], ["y3"], q_num_heads=hq, kv_num_heads=hkv, softcap=2.0),
    ]
    ins = [helper.make_tensor_value_info("q", T.FLOAT, ["B", hq, "L", e]),
           helper.make_tensor_value_info("cos", T.FLOAT, [16, e // 2]),
           helper.make_tensor_value_info("sin", T.FLOAT, [16, e // 2]),
           helper.make_tensor_value_info("pos", T.INT64, ["B", "L"]),
           helper.make_tensor_value_info("k", T.FLOAT, ["B", hkv, "L", e]),
           helper.make_tensor_value_info("v", T.FLOAT, ["B", hkv, "L", e]),
           helper.make_tensor_value_info("mask", T.FLOAT, ["L", "T"]),
           helper.make_tensor_value_info("pk", T.FLOAT, ["B", hkv, "P", e]),
           helper.make_tensor_value_info("pv", T.FLOAT, ["B", hkv, "P", e]),
           helper.make_tensor_value_info("q3", T.FLOAT, ["B", "L", hq * e]),
           helper.make_tensor_value_info("k3", T.FLOAT, ["B", "S", hkv * e]),
           helper.make_tensor_value_info("v3", T.FLOAT, ["B", "S", hkv * e])]
    outs = [helper.make_tensor_value_info(n, T.FLOAT, None) for n in ["y", "present_k", "present_v", "y3"]]
    model = _model(nodes, ins, outs, opset=23)
    feeds = []
    for b, L, P, S in [(1, 3, 2, 4), (2, 5, 3, 6)]:
        feeds.append({"q": _f32(b, hq, L, e), "cos": _f32(16, e // 2), "sin": _f32(16, e // 2),
                      "pos": rng.integers(0, 16, (b, L)).astype(np.int64),
                      "k": _f32(b, hkv, L, e), "v": _f32(b, hkv, L, e), "mask": _f32(L, P + L),
                      "pk": _f32(b, hkv, P, e), "pv": _f32(b, hkv, P, e),
                      "q3": _f32(b, L, hq * e), "k3": _f32(b, S, hkv * e), "v3": _f32(b, S, hkv * e)})
    _compare(model, feeds)
