"""Custom ops written in Python (onnxjit.custom_op) and packed weights shared between sessions
(onnxjit.PrepackedWeightsContainer).  References are NumPy; tolerance rtol 1e-5, atol 1e-6
(float32 results of float64 scalar functions)."""
import math

import numpy as np
import pytest
from numba import njit
from onnx import TensorProto as T, helper

import onnxjit
from onnxjit.compiler import custom_ops, infer, load, passes
from helpers import CPU, init, make_model, vi

DOM = "test.custom"
OPSETS = {"": 17, DOM: 1}


@onnxjit.custom_op(DOM, "Swish", since=1)
def swish(x, beta=1.0):
    return x / (1.0 + math.exp(-beta * x))


@onnxjit.custom_op(DOM, "Hypot", since=1, type_rule=lambda a, b: np.float64)
def hypot(a, b):
    return math.sqrt(a * a + b * b)


@onnxjit.custom_op(DOM, "RowSum", kind="kernel",
                   type_rule=lambda x, scale=1.0: (x.dtype, x.shape[:1]))
@njit(cache=True)
def row_sum(x, y, scale=1.0):
    for i in range(x.shape[0]):
        acc = 0.0
        for j in range(x.shape[1]):
            acc += x[i, j]
        y[i] = acc * scale


@onnxjit.custom_op(DOM, "Shadowed")
def shadowed(x):
    return x


def swish_ref(x, beta=1.0):
    x = x.astype(np.float64)
    return x / (1.0 + np.exp(-beta * x))


def _session(model, **kw):
    return onnxjit.InferenceSession(model.SerializeToString(), providers=CPU, **kw)


def _sources(sess):
    return "\n".join(s.code.source for s in sess.program.compiled_steps())


def test_custom_op_fuses_with_builtin_pointwise_ops():
    nodes = [helper.make_node("Add", ["x", "b"], ["a"], name="add"),
             helper.make_node("Swish", ["a"], ["s"], name="swish", domain=DOM, beta=2.0),
             helper.make_node("Mul", ["s", "x"], ["y"], name="mul")]
    m = make_model(nodes, [vi("x", T.FLOAT, ["N", 5]), vi("b", T.FLOAT, [5])], [vi("y", T.FLOAT, ["N", 5])],
                   opsets=OPSETS)
    sess = _session(m)
    x = np.random.default_rng(0).standard_normal((3, 5)).astype(np.float32)
    b = np.linspace(-1, 1, 5).astype(np.float32)
    y = sess.run(None, {"x": x, "b": b})[0]
    np.testing.assert_allclose(y, swish_ref(x + b, 2.0) * x, rtol=1e-5, atol=1e-6)
    src = _sources(sess)
    # one loop computes add, swish and mul; the function is imported by module and qualname,
    # and its source hash is code (part of the compile-cache key)
    assert src.count("def fused_") == 1
    op = custom_ops.find(DOM, "Swish", 1)
    assert f"from {swish.__module__} import swish as" in src
    assert f"k_custom.jitted(" in src and op.digest in src
    loop = src[src.index("@njit"):src.index("def whole_step_")]
    assert "def fused_add_swish_mul_" in loop
    assert [ln.split("  # ")[1] for ln in loop.splitlines() if "  # " in ln] == ["add (Add)", "swish (Swish)",
                                                                                  "mul (Mul)"]
    assert f"{op.ident}(t0, np.float64(2.0))" in loop


def test_custom_op_type_rule_and_kernel_form():
    nodes = [helper.make_node("Hypot", ["x", "x2"], ["h"], name="hyp", domain=DOM),
             helper.make_node("RowSum", ["x"], ["r"], name="rows", domain=DOM, scale=0.5)]
    m = make_model(nodes, [vi("x", T.FLOAT, ["N", 4]), vi("x2", T.FLOAT, [4])],
                   [vi("h", T.DOUBLE, None), vi("r", T.FLOAT, None)], opsets=OPSETS)
    sess = _session(m)
    x = np.random.default_rng(1).standard_normal((3, 4)).astype(np.float32)
    x2 = np.arange(4, dtype=np.float32)
    h, r = sess.run(None, {"x": x, "x2": x2})
    assert h.dtype == np.float64 and h.shape == (3, 4)
    np.testing.assert_allclose(h, np.hypot(x.astype(np.float64), x2), rtol=1e-6)
    assert r.dtype == np.float32 and r.shape == (3,)
    np.testing.assert_allclose(r, x.sum(1) * 0.5, rtol=1e-5, atol=1e-6)


def test_source_digest_follows_the_function():
    d1 = custom_ops.source_digest(swish)
    ns = {"math": math}
    exec("def swish(x, beta=1.0):\n    return x / (1.0 + math.exp(-beta * x * 1.0))\n", ns)
    assert custom_ops.source_digest(ns["swish"]) != d1


def conv_swish_model(residual=False):
    rng = np.random.default_rng(2)
    nodes = [helper.make_node("Conv", ["x", "w", "b"], ["c"], name="conv", pads=[1, 1, 1, 1])]
    last = "c"
    if residual:
        nodes.append(helper.make_node("Add", ["c", "r"], ["cr"], name="res"))
        last = "cr"
    nodes.append(helper.make_node("Swish", [last], ["y"], name="act", domain=DOM, beta=1.5))
    inits = [init("w", rng.standard_normal((4, 3, 3, 3)).astype(np.float32)),
             init("b", rng.standard_normal(4).astype(np.float32))]
    ins = [vi("x", T.FLOAT, ["N", 3, 6, 6])] + ([vi("r", T.FLOAT, ["N", 4, 6, 6])] if residual else [])
    return make_model(nodes, ins, [vi("y", T.FLOAT, None)], inits=inits, opsets=OPSETS)


def conv_ref(x, w, b):
    n, _, hh, ww = x.shape
    xp = np.pad(x.astype(np.float64), ((0, 0), (0, 0), (1, 1), (1, 1)))
    y = np.zeros((n, w.shape[0], hh, ww))
    for i in range(3):
        for j in range(3):
            y += np.einsum("nchw,mc->nmhw", xp[:, :, i:i + hh, j:j + ww], w[:, :, i, j])
    return y + b[None, :, None, None]


@pytest.mark.parametrize("residual", [False, True])
def test_conv_custom_activation_fuses_into_epilogue(residual):
    m = conv_swish_model(residual)
    g, _ = load.load(m.SerializeToString())
    infer.infer_graph(g)
    passes.optimize(g, passes.ENABLE_ALL)
    assert [(n.domain, n.op_type) for n in g.nodes] == [(custom_ops.DOMAIN, "FusedConv")]
    a = g.nodes[0].attrs
    assert (a["activation_domain"], a["activation"], a["activation_params"]) == (DOM, "Swish", [1.5])

    sess = _session(m)
    rng = np.random.default_rng(3)
    x = rng.standard_normal((2, 3, 6, 6)).astype(np.float32)
    feeds = {"x": x}
    c = conv_ref(x, g.initializers["w"], g.initializers["b"])
    if residual:
        feeds["r"] = rng.standard_normal((2, 4, 6, 6)).astype(np.float32)
        c = c + feeds["r"]
    y = sess.run(None, feeds)[0]
    np.testing.assert_allclose(y, swish_ref(c, 1.5), rtol=1e-4, atol=1e-5)
    src = _sources(sess)
    assert "k_conv.conv" in src and "def epi_test_custom_Swish" in src
    # without optimizations the Conv and the custom op run apart, with the same result
    so = onnxjit.SessionOptions()
    so.graph_optimization_level = onnxjit.GraphOptimizationLevel.ORT_DISABLE_ALL
    plain = onnxjit.InferenceSession(m.SerializeToString(), so, providers=CPU)
    np.testing.assert_allclose(plain.run(None, feeds)[0], y, rtol=1e-5, atol=1e-6)


def test_unregistered_domain_is_a_clear_error():
    nodes = [helper.make_node("Nope", ["x"], ["y"], name="nope", domain="no.such.domain")]
    m = make_model(nodes, [vi("x", T.FLOAT, [2])], [vi("y", T.FLOAT, [2])],
                   opsets={"": 17, "no.such.domain": 1})
    with pytest.raises(onnxjit.NotImplemented, match=r"Nope.*'nope'.*no\.such\.domain.*custom_op"):
        _session(m)


def _local_function_is_refused():
    def inner(x):
        return x
    return onnxjit.custom_op(DOM, "Inner")(inner)


def test_function_that_cannot_be_imported_back_is_a_clear_error(monkeypatch):
    import sys
    monkeypatch.setattr(sys.modules[__name__], "shadowed", lambda x: x)
    m = make_model([helper.make_node("Shadowed", ["x"], ["y"], name="sh", domain=DOM)],
                   [vi("x", T.FLOAT, [2])], [vi("y", T.FLOAT, [2])], opsets=OPSETS)
    with pytest.raises(onnxjit.Fail, match="module and qualname|not the decorated function"):
        _session(m)


def test_custom_op_definition_errors():
    with pytest.raises(onnxjit.InvalidArgument, match="top level"):
        _local_function_is_refused()
    with pytest.raises(onnxjit.InvalidArgument, match="reserved"):
        onnxjit.custom_op("", "Relu")(swish)
    with pytest.raises(onnxjit.InvalidArgument, match="type_rule"):
        onnxjit.custom_op(DOM, "K", kind="kernel")


# ---------------------------------------------------------------- prepacked weights

def weights_model():
    rng = np.random.default_rng(4)
    nodes = [helper.make_node("MatMul", ["x", "w1"], ["h"], name="mm1"),
             helper.make_node("Relu", ["h"], ["r"], name="relu"),
             helper.make_node("MatMul", ["r", "w2"], ["y"], name="mm2")]
    inits = [init("w1", rng.standard_normal((16, 32)).astype(np.float32)),
             init("w2", rng.standard_normal((32, 8)).astype(np.float32))]
    return make_model(nodes, [vi("x", T.FLOAT, ["N", 16])], [vi("y", T.FLOAT, None)], inits=inits), inits


def test_prepacked_weights_are_shared_between_sessions():
    m, _ = weights_model()
    x = np.random.default_rng(5).standard_normal((3, 16)).astype(np.float32)
    want = _session(m).run(None, {"x": x})[0]
    box = onnxjit.PrepackedWeightsContainer()
    a, b = _session(m, prepacked_weights_container=box), _session(m, prepacked_weights_container=box)
    wa, wb = a.program.weights.blob, b.program.weights.blob
    assert wa.ctypes.data == wb.ctypes.data and not wa.flags.writeable
    assert len(box) == 1 and box.hits == 1 and box.shared_bytes == wa.nbytes
    for s in (a, b):
        np.testing.assert_array_equal(s.run(None, {"x": x})[0], want)
    # other weights: another entry
    m2, inits = weights_model()
    m2.graph.initializer[0].raw_data = (np.ones((16, 32), np.float32)).tobytes()
    c = _session(m2, prepacked_weights_container=box)
    assert len(box) == 2 and c.program.weights.blob.ctypes.data != wa.ctypes.data
    with pytest.raises(onnxjit.InvalidArgument, match="PrepackedWeightsContainer"):
        _session(m, prepacked_weights_container={})
