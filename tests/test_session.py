"""runtime.session: InferenceSession's interface against onnxruntime's.

Results are compared exactly or at rtol 1e-6 (float32, same operations)."""
import numpy as np
import onnxruntime
import pytest
from onnx import TensorProto as T, helper

import onnxjit
from helpers import CPU, init, make_model, ort_run, pointwise_model, pointwise_ref, vi


@pytest.fixture(scope="module")
def pw():
    """The shared Add -> Relu -> Mul session (x float32 [N, 4], b float32 [4])."""
    return onnxjit.InferenceSession(pointwise_model().SerializeToString())


def mixed_model():
    """Several dtypes and symbolic dims: a float32 [batch, 3], b int64 [batch, 3], m bool [batch, 3]."""
    nodes = [helper.make_node("Cast", ["b"], ["bf"], to=T.FLOAT),
             helper.make_node("Add", ["a", "bf"], ["sum"]),
             helper.make_node("Cast", ["b"], ["b32"], to=T.INT32),
             helper.make_node("Not", ["m"], ["nm"]),
             helper.make_node("Where", ["m", "a", "bf"], ["pick"])]
    return make_model(nodes, [vi("a", T.FLOAT, ["batch", 3]), vi("b", T.INT64, ["batch", 3]),
                              vi("m", T.BOOL, ["batch", 3])],
                      [vi("sum", T.FLOAT, ["batch", 3]), vi("b32", T.INT32, ["batch", 3]),
                       vi("nm", T.BOOL, ["batch", 3]), vi("pick", T.FLOAT, ["batch", 3])])


@pytest.fixture(scope="module")
def mixed():
    data = mixed_model().SerializeToString()
    return onnxjit.InferenceSession(data), onnxruntime.InferenceSession(data, providers=CPU)


def mixed_feeds(n=2):
    rng = np.random.default_rng(n)
    return {"a": rng.standard_normal((n, 3)).astype(np.float32),
            "b": rng.integers(-5, 5, (n, 3)).astype(np.int64),
            "m": rng.integers(0, 2, (n, 3)).astype(bool)}


def _args(nodeargs):
    return [(a.name, a.shape, a.type) for a in nodeargs]


def test_inputs_and_outputs_match_onnxruntime(mixed):
    ours, theirs = mixed
    assert _args(ours.get_inputs()) == _args(theirs.get_inputs())
    assert _args(ours.get_outputs()) == _args(theirs.get_outputs())
    assert _args(ours.get_inputs())[1] == ("b", ["batch", 3], "tensor(int64)")
    assert _args(ours.get_outputs())[2] == ("nm", ["batch", 3], "tensor(bool)")


def test_run_all_and_named_outputs(mixed):
    ours, theirs = mixed
    for n in (1, 5):
        feeds = mixed_feeds(n)
        got, expected = ours.run(None, feeds), theirs.run(None, feeds)
        assert [g.dtype for g in got] == [e.dtype for e in expected]
        for g, e in zip(got, expected):
            np.testing.assert_array_equal(g, e)
    feeds = mixed_feeds(3)
    pick, b32 = ours.run(["pick", "b32"], feeds)
    e_pick, e_b32 = theirs.run(["pick", "b32"], feeds)
    np.testing.assert_array_equal(pick, e_pick)
    np.testing.assert_array_equal(b32, e_b32)
    assert b32.dtype == np.int32
    assert len(ours.run([], feeds)) == 4


def test_unknown_output_name_raises(mixed):
    with pytest.raises(onnxjit.InvalidArgument) as e:
        mixed[0].run(["nope"], mixed_feeds())
    assert "nope" in str(e.value)


def test_unnamed_dim_is_none_like_onnxruntime():
    model = make_model([helper.make_node("Relu", ["x"], ["y"])], [vi("x", T.FLOAT, [None, 4])],
                       [vi("y", T.FLOAT, [None, 4])])
    data = model.SerializeToString()
    ours, theirs = onnxjit.InferenceSession(data), onnxruntime.InferenceSession(data, providers=CPU)
    assert _args(ours.get_inputs()) == _args(theirs.get_inputs())


# ---------------------------------------------------------------- feed errors

X2 = np.ones((2, 4), np.float32)
B = np.float32([1, 2, 3, 4])


def _error(sess, feeds):
    with pytest.raises(onnxjit.InvalidArgument) as e:
        sess.run(None, feeds)
    return str(e.value)


def test_unknown_input_name(pw):
    msg = _error(pw, {"x": X2, "b": B, "bogus": X2})
    assert "bogus" in msg and "x" in msg and "b" in msg


def test_missing_input(pw):
    msg = _error(pw, {"x": X2})
    assert "'b'" in msg and "missing" in msg


def test_wrong_dtype(pw):
    msg = _error(pw, {"x": X2.astype(np.float64), "b": B})
    assert "'x'" in msg and "Actual: (tensor(double))" in msg and "expected: (tensor(float))" in msg


def test_wrong_rank(pw):
    msg = _error(pw, {"x": np.ones((2, 4, 1), np.float32), "b": B})
    assert "x" in msg and "Got: 3" in msg and "Expected: 2" in msg


def test_wrong_static_dim(pw):
    msg = _error(pw, {"x": np.ones((2, 5), np.float32), "b": B})
    assert "x" in msg and "index: 1" in msg and "Got: 5" in msg and "Expected: 4" in msg
    msg = _error(pw, {"x": X2, "b": np.ones(3, np.float32)})
    assert "b" in msg and "index: 0" in msg and "Got: 3" in msg and "Expected: 4" in msg


def test_feed_must_be_a_dict(pw):
    with pytest.raises(onnxjit.InvalidArgument):
        pw.run(None, [X2, B])


# ---------------------------------------------------------------- input layouts and output ownership

@pytest.mark.parametrize("layout", ["strided", "fortran", "negative", "readonly", "list"])
def test_input_layouts(pw, layout):
    base = np.arange(-12, 12, dtype=np.float32).reshape(6, 4) / 4
    x = {"strided": base[::2],                                   # every other row
         "fortran": np.asfortranarray(base),
         "negative": base[::-1],
         "readonly": base.copy(),
         "list": base.tolist()}[layout]
    if layout == "readonly":
        x.setflags(write=False)
    b = np.float32([0.5, -0.5, 1, -1])[::-1].copy()
    (y,) = pw.run(None, {"x": x, "b": b})
    xa = np.asarray(x, dtype=np.float32)
    np.testing.assert_allclose(y, pointwise_ref(xa, b), rtol=1e-6)
    assert y.flags.c_contiguous and y.flags.writeable and y.shape == xa.shape


def test_column_slice_input(pw):
    base = np.arange(32, dtype=np.float32).reshape(4, 8) - 16
    x = base[:, 1::2]
    (y,) = pw.run(None, {"x": x, "b": B})
    np.testing.assert_allclose(y, pointwise_ref(np.ascontiguousarray(x), B), rtol=1e-6)


def test_returned_array_is_never_overwritten(pw):
    x1 = np.full((3, 4), 2.0, np.float32)
    (y1,) = pw.run(None, {"x": x1, "b": B})
    kept = y1.copy()
    (y2,) = pw.run(None, {"x": np.full((3, 4), -7.0, np.float32), "b": B})
    (y3,) = pw.run(None, {"x": x1 * 3, "b": B})
    np.testing.assert_array_equal(y1, kept)
    assert not np.shares_memory(y1, y2) and not np.shares_memory(y1, y3)
    # nor does writing into a result change the next run
    y1[:] = 1e6
    (y4,) = pw.run(None, {"x": x1, "b": B})
    np.testing.assert_array_equal(y4, kept)


def test_output_that_is_a_fed_input_is_a_copy():
    model = make_model([helper.make_node("Identity", ["x"], ["y"])], [vi("x", T.FLOAT, [2])], [vi("y", T.FLOAT, [2])])
    sess = onnxjit.InferenceSession(model.SerializeToString())
    x = np.float32([1, 2])
    (y,) = sess.run(None, {"x": x})
    np.testing.assert_array_equal(y, x)
    assert not np.shares_memory(x, y)


# ---------------------------------------------------------------- enums and providers

def test_graph_optimization_level_matches_onnxruntime():
    ours = {k: int(v) for k, v in onnxjit.GraphOptimizationLevel.__members__.items()}
    theirs = {k: int(v) for k, v in onnxruntime.GraphOptimizationLevel.__members__.items()}
    assert ours == theirs
    so = onnxjit.SessionOptions()
    assert so.graph_optimization_level == onnxjit.GraphOptimizationLevel.ORT_ENABLE_ALL
    assert int(so.graph_optimization_level) == int(onnxruntime.SessionOptions().graph_optimization_level)


def test_providers(pw):
    avail = onnxjit.get_available_providers()
    assert "CPUExecutionProvider" in avail and avail[-1] == "CPUExecutionProvider"
    assert pw.get_providers()[-1] == "CPUExecutionProvider"
    assert set(avail) <= set(onnxjit.get_all_providers())
    assert "CPUExecutionProvider" in onnxjit.get_all_providers()


def test_explicit_cpu_provider_and_options():
    data = pointwise_model().SerializeToString()
    s = onnxjit.InferenceSession(data, providers=[("CPUExecutionProvider", {"x": "1"})])
    assert s.get_providers() == ["CPUExecutionProvider"]
    assert s.get_provider_options()["CPUExecutionProvider"] == {"x": "1"}


def test_unknown_provider_is_reported_and_falls_back_to_cpu_as_onnxruntime(caplog):
    data = pointwise_model().SerializeToString()
    with pytest.warns(UserWarning, match="'NoSuchExecutionProvider' is not in available provider names"):
        s = onnxjit.InferenceSession(data, providers=["NoSuchExecutionProvider"])
    assert s.get_providers() == ["CPUExecutionProvider"]
    assert "EP Error Unknown Provider Type: NoSuchExecutionProvider" in caplog.text
    with pytest.raises(onnxjit.InvalidArgument, match="Unknown Provider Type: NoSuchExecutionProvider"), \
            pytest.warns(UserWarning):
        onnxjit.InferenceSession(data, providers=["NoSuchExecutionProvider"], enable_fallback=0)


def test_results_match_onnxruntime(pw):
    rng = np.random.default_rng(1)
    x = rng.standard_normal((7, 4)).astype(np.float32)
    b = rng.standard_normal(4).astype(np.float32)
    (e,) = ort_run(pointwise_model(), {"x": x, "b": b})
    np.testing.assert_allclose(pw.run(None, {"x": x, "b": b})[0], e, rtol=1e-6)


# ---- memory: each weight held once

def conv_bn_model(c=256):
    """x [N, c, 4, 4] -> 1x1 Conv (c x c weights, 256 KiB at c=256) -> BatchNormalization,
    which the passes fold into the Conv's weights (a new array in place of the loaded one)."""
    rng = np.random.default_rng(3)
    nodes = [helper.make_node("Conv", ["x", "w"], ["c"]),
             helper.make_node("BatchNormalization", ["c", "s", "b", "m", "v"], ["y"])]
    inits = [init("w", (rng.standard_normal((c, c, 1, 1)) * 0.1).astype(np.float32)),
             init("s", rng.uniform(0.5, 1.5, c).astype(np.float32)), init("b", rng.standard_normal(c).astype(np.float32)),
             init("m", rng.standard_normal(c).astype(np.float32)), init("v", rng.uniform(0.5, 2, c).astype(np.float32))]
    return make_model(nodes, [vi("x", T.FLOAT, ["N", c, 4, 4])], [vi("y", T.FLOAT, None)], inits=inits)


def test_session_holds_each_weight_once(tmp_path):
    # A session from bytes or a path keeps no copy of the loaded weights beside the blob its
    # code reads (traced with tracemalloc, which numpy reports to): it held both, 2x, before.
    import tracemalloc
    model = conv_bn_model()
    wbytes = model.graph.initializer[0].ByteSize()
    path = tmp_path / "m.onnx"
    path.write_bytes(model.SerializeToString())
    x = np.random.default_rng(4).standard_normal((2, 256, 4, 4)).astype(np.float32)
    want = ort_run(model, {"x": x})[0]
    onnxjit.InferenceSession(str(path))    # kernels compiled or loaded before measuring
    for source in (str(path), path.read_bytes()):
        tracemalloc.start()
        try:
            before = tracemalloc.get_traced_memory()[0]
            s = onnxjit.InferenceSession(source)
            held = tracemalloc.get_traced_memory()[0] - before
        finally:
            tracemalloc.stop()
        assert held < 1.5 * wbytes, (type(source).__name__, held, wbytes)
        np.testing.assert_allclose(s.run(None, {"x": x})[0], want, rtol=1e-4, atol=1e-5)
        s.set_providers(["CPUExecutionProvider"])     # rebuilt from the model read again
        np.testing.assert_allclose(s.run(None, {"x": x})[0], want, rtol=1e-4, atol=1e-5)


def test_session_from_a_model_proto_keeps_its_source():
    # A ModelProto may be changed by its owner after creation: the session keeps what it
    # loaded, so a rebuild builds the model it was given.
    model = conv_bn_model(16)
    s = onnxjit.InferenceSession(model)
    x = np.random.default_rng(5).standard_normal((1, 16, 4, 4)).astype(np.float32)
    y = s.run(None, {"x": x})[0]
    model.graph.initializer[0].raw_data = np.zeros((16, 16, 1, 1), np.float32).tobytes()
    s.set_providers(["CPUExecutionProvider"])
    np.testing.assert_array_equal(s.run(None, {"x": x})[0], y)
