"""Robustness: whatever arrives, the process keeps working, loses nothing, and reads or writes
nothing it should not (DESIGN.md, Errors).

Bad models and bad feeds raise onnxruntime's exception classes with messages naming what is at
fault; indices from data are checked (fused or not); absurd sizes fail before allocating; external
data stays inside the model's directory; one session serves many threads; memory stays flat over
many runs; RunOptions.terminate stops a long run; a damaged compile cache is rebuilt.

Models are tiny and shared (Numba compile time is the cold-start cost)."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
import time

import numpy as np
import onnx
import pytest
from onnx import TensorProto as T, helper

import onnxjit as ort
from helpers import CPU, init, make_model, ort_run, pointwise_model, pointwise_ref, vi

F, I64 = T.FLOAT, T.INT64


def _session(model, so=None):
    return ort.InferenceSession(model.SerializeToString() if isinstance(model, onnx.ModelProto) else model,
                                so, providers=CPU)


def _raises(cls, model_or_bytes, *words, feeds=None, so=None):
    """Loading (and running, with feeds) raises exactly `cls`, with every word in the message."""
    with pytest.raises(ort.OnnxJitError if cls is None else cls) as e:
        s = _session(model_or_bytes, so)
        if feeds is not None:
            s.run(None, feeds)
    msg = str(e.value)
    for w in words:
        assert w in msg, (w, msg)
    return msg


# ------------------------------------------------------------------ bad models

def _one(op, ins, outs, attrs=None, name="the_node", domain="", **kw):
    return helper.make_node(op, ins, outs, name=name, domain=domain, **(attrs or {}))


GOOD = pointwise_model()


def _bad_models():
    good = GOOD.SerializeToString()
    x2, y2 = [vi("x", F, [2, 3])], [vi("y", F, [2, 3])]
    cases = {
        "truncated": (ort.InvalidProtobuf, good[: len(good) // 2], ["ModelProto"]),
        "garbage": (ort.InvalidProtobuf, b"\xff\xfe\x00 not a model " * 8, ["ModelProto"]),
        "empty": (ort.InvalidProtobuf, b"", ["empty"]),
    }
    m = pointwise_model(); m.ir_version = 99
    cases["ir_version"] = (ort.InvalidGraph, m, ["IR version", "99"])
    m = pointwise_model(); m.opset_import[0].version = 99
    cases["opset_too_new"] = (ort.InvalidGraph, m, ["opset 99", "ai.onnx"])
    m = pointwise_model(); m.opset_import[0].version = 0
    cases["opset_zero"] = (ort.InvalidGraph, m, ["opset 0"])
    cases["cycle"] = (ort.InvalidGraph, make_model(
        [_one("Relu", ["b"], ["a"], name="n1"), _one("Relu", ["a"], ["b"], name="n2"),
         _one("Relu", ["a"], ["y"], name="n3")], [vi("x", F, [2])], [vi("y", F, [2])]), ["cycle", "n1", "n2"])
    cases["undefined_input"] = (ort.InvalidGraph, make_model(
        [_one("Add", ["x", "nowhere"], ["y"])], x2, y2), ["the_node", "Add", "nowhere"])
    cases["duplicate_output"] = (ort.InvalidGraph, make_model(
        [_one("Relu", ["x"], ["y"], name="r1"), _one("Neg", ["x"], ["y"], name="r2")], x2, y2),
        ["Duplicate", "'y'", "r2"])
    cases["output_shadows_input"] = (ort.InvalidGraph, make_model(
        [_one("Relu", ["x"], ["x"])], x2, [vi("x", F, [2, 3])]), ["Duplicate", "'x'"])
    cases["attr_string_for_int"] = (ort.InvalidGraph, make_model(
        [_one("Softmax", ["x"], ["y"], {"axis": "one"})], x2, y2), ["the_node", "Softmax", "axis", "STRING", "INT"])
    cases["attr_ints_for_int"] = (ort.InvalidGraph, make_model(
        [_one("Softmax", ["x"], ["y"], {"axis": [1, 2]})], x2, y2), ["axis", "INTS"])
    cases["attr_float_for_ints"] = (ort.InvalidGraph, make_model(
        [_one("Transpose", ["x"], ["y"], {"perm": 1.5})], x2, [vi("y", F, [3, 2])]), ["Transpose", "perm", "FLOAT"])
    cases["missing_required_attr"] = (ort.InvalidGraph, make_model(
        [_one("Cast", ["x"], ["y"])], x2, y2), ["Cast", "required", "to"])
    cases["too_few_inputs"] = (ort.InvalidGraph, make_model(
        [_one("Add", ["x"], ["y"])], x2, y2), ["the_node", "Add", "1 inputs"])
    cases["too_many_outputs"] = (ort.InvalidGraph, make_model(
        [_one("Relu", ["x"], ["y", "z"])], x2, y2), ["the_node", "Relu", "2 outputs"])
    cases["graph_output_undefined"] = (ort.InvalidGraph, make_model(
        [_one("Relu", ["x"], ["z"])], x2, y2), ["'y'"])
    cases["unknown_op"] = (ort.NotImplemented, make_model(
        [_one("FooBar", ["x"], ["y"])], x2, y2), ["FooBar", "the_node", "ai.onnx", "17"])
    cases["unknown_domain"] = (ort.NotImplemented, make_model(
        [_one("FooBar", ["x"], ["y"], domain="com.acme")], x2, y2, opsets={"": 17, "com.acme": 3}),
        ["FooBar", "the_node", "com.acme", "3"])
    cases["op_newer_than_opset"] = (ort.NotImplemented, make_model(
        [_one("Gelu", ["x"], ["y"])], x2, y2, opset=17), ["Gelu", "the_node", "17"])
    cases["unsupported_dtype"] = (ort.NotImplemented, make_model(
        [_one("Relu", ["x"], ["y"])], [vi("x", T.STRING, [2])], [vi("y", T.STRING, [2])]), ["Relu", "the_node"])
    cases["bool_add"] = (ort.NotImplemented, make_model(
        [_one("Add", ["x", "x"], ["y"])], [vi("x", T.BOOL, [2])], [vi("y", T.BOOL, [2])]), ["Add", "bool"])
    cases["bad_reshape"] = (ort.InvalidGraph, make_model(
        [_one("Reshape", ["x", "s"], ["y"])], x2, [vi("y", F, None)], inits=[init("s", np.array([4, 4]))]),
        ["the_node", "Reshape"])
    cases["matmul_mismatch"] = (ort.InvalidGraph, make_model(
        [_one("MatMul", ["x", "w"], ["y"])], x2, [vi("y", F, None)], inits=[init("w", np.ones((4, 5), np.float32))]),
        ["the_node", "MatMul"])
    return cases


BAD_MODELS = _bad_models()


@pytest.mark.parametrize("case", sorted(BAD_MODELS))
def test_bad_model(case):
    cls, model, words = BAD_MODELS[case]
    _raises(cls, model, *words)


def test_bad_model_files(tmp_path):
    _raises(ort.NoSuchFile, str(tmp_path / "missing.onnx"), "missing.onnx")
    p = tmp_path / "garbage.onnx"
    p.write_bytes(b"\x08\x07\x12garbage\xff\xff\xff")
    _raises(ort.InvalidProtobuf, str(p), "garbage.onnx")
    p = tmp_path / "truncated.onnx"
    p.write_bytes(GOOD.SerializeToString()[:-7])
    _raises(ort.InvalidProtobuf, str(p), "truncated.onnx")


# ------------------------------------------------------------------ bad feeds

@pytest.fixture(scope="module")
def pw():
    return _session(GOOD)


def _xb(n=3):
    rng = np.random.default_rng(0)
    return rng.standard_normal((n, 4)).astype(np.float32), rng.standard_normal(4).astype(np.float32)


@pytest.mark.parametrize("feeds,words", [
    (lambda x, b: {"x": x, "b": b, "zz": b}, ["Invalid input name", "zz"]),
    (lambda x, b: {"x": x}, ["missing", "b"]),
    (lambda x, b: {"x": x.astype(np.float64), "b": b}, ["'x'", "double", "float"]),
    (lambda x, b: {"x": x.astype(np.int32), "b": b}, ["'x'", "int32", "float"]),
    (lambda x, b: {"x": x[None], "b": b}, ["rank", "x", "Got: 3", "Expected: 2"]),
    (lambda x, b: {"x": x, "b": b[:3]}, ["dimensions", "b", "Got: 3", "Expected: 4"]),
    (lambda x, b: {"x": x[:, :2], "b": b}, ["dimensions", "x", "Got: 2", "Expected: 4"]),
    (lambda x, b: [x, b], ["dict"]),
])
def test_bad_feeds(pw, feeds, words):
    x, b = _xb()
    with pytest.raises(ort.InvalidArgument) as e:
        pw.run(None, feeds(x, b))
    for w in words:
        assert w in str(e.value), (w, str(e.value))
    with pytest.raises(ort.InvalidArgument):
        pw.run(["nope"], {"x": x, "b": b})
    assert np.allclose(pw.run(None, {"x": x, "b": b})[0], pointwise_ref(x, b))   # still fine


@pytest.mark.parametrize("layout", ["noncontig", "negstride", "fortran", "readonly", "zero", "nan_inf", "big"])
def test_feed_layouts(pw, layout):
    x, b = _xb(6)
    if layout == "noncontig":
        x = np.random.default_rng(1).standard_normal((6, 8)).astype(np.float32)[:, ::2]
        b = np.arange(8, dtype=np.float32)[::2]
    elif layout == "negstride":
        x, b = x[::-1], b[::-1]
    elif layout == "fortran":
        x = np.asfortranarray(x)
    elif layout == "readonly":
        x.setflags(write=False)
        b.setflags(write=False)
    elif layout == "zero":
        x = np.zeros((0, 4), np.float32)
    elif layout == "nan_inf":
        x[0] = [np.nan, np.inf, -np.inf, 0]
        b[:] = [0, -np.inf, 1, np.nan]
    elif layout == "big":
        x = np.random.default_rng(2).standard_normal((1000, 4)).astype(np.float32)
    before = (x.copy(), b.copy())
    got = pw.run(None, {"x": x, "b": b})[0]
    want = ort_run(GOOD, {"x": np.ascontiguousarray(x), "b": np.ascontiguousarray(b)})[0]
    np.testing.assert_allclose(got, want, rtol=1e-6, equal_nan=True)
    assert got.shape == want.shape
    np.testing.assert_array_equal(x, before[0])     # inputs untouched
    np.testing.assert_array_equal(b, before[1])


# ------------------------------------------------------------------ indices from data

X = np.arange(12, dtype=np.float32).reshape(3, 4) - 5


def _indexing_model(op, fused, extra_inputs, attrs=None):
    """x -> (Relu if fused) -> op(.., data inputs) -> (Neg if fused) -> y"""
    pre = _one("Relu" if fused else "Identity", ["x"], ["xr"], name="pre")
    post = _one("Neg" if fused else "Identity", ["g"], ["y"], name="post")
    node = _one(op, ["xr"] + [n for n, _, _ in extra_inputs], ["g"], attrs, name="idx_node")
    return make_model([pre, node, post], [vi("x", F, [3, 4])] + [vi(n, t, s) for n, t, s in extra_inputs],
                      [vi("y", F, None)])


INDEX_CASES = {
    # op: (attrs, [(input, elem, shape)], good feeds, bad feeds)
    "Gather": ({"axis": 0}, [("i", I64, [2])], {"i": np.array([2, -3])},
               [{"i": np.array([3, 0])}, {"i": np.array([0, -4])}, {"i": np.array([2 ** 40, 0])}]),
    "GatherElements": ({"axis": 1}, [("i", I64, [3, 1])], {"i": np.array([[0], [-1], [3]])},
                       [{"i": np.array([[0], [4], [1]])}, {"i": np.array([[0], [-5], [1]])}]),
    "GatherND": ({}, [("i", I64, [1, 2])], {"i": np.array([[2, -1]])},
                 [{"i": np.array([[1, 7]])}, {"i": np.array([[-4, 0]])}]),
    "ScatterND": ({}, [("i", I64, [1, 2]), ("u", F, [1])], {"i": np.array([[2, -1]]), "u": np.ones(1, np.float32)},
                  [{"i": np.array([[3, 0]]), "u": np.ones(1, np.float32)},
                   {"i": np.array([[0, -9]]), "u": np.ones(1, np.float32)}]),
    "ScatterElements": ({"axis": 1}, [("i", I64, [1, 1]), ("u", F, [1, 1])],
                        {"i": np.array([[-1]]), "u": np.ones((1, 1), np.float32)},
                        [{"i": np.array([[9]]), "u": np.ones((1, 1), np.float32)},
                         {"i": np.array([[-5]]), "u": np.ones((1, 1), np.float32)}]),
}


@pytest.mark.parametrize("fused", [False, True], ids=["alone", "fused"])
@pytest.mark.parametrize("op", sorted(INDEX_CASES))
def test_indices_out_of_range(op, fused):
    attrs, extra, good, bads = INDEX_CASES[op]
    m = _indexing_model(op, fused, extra, attrs)
    s = _session(m)
    feeds = {"x": X, **good}
    np.testing.assert_allclose(s.run(None, feeds)[0], ort_run(m, feeds)[0])
    for bad in bads:
        with pytest.raises((ort.RuntimeException, ort.InvalidArgument)) as e:
            s.run(None, {"x": X, **bad})
        assert op in str(e.value) and "range" in str(e.value), str(e.value)
    np.testing.assert_allclose(s.run(None, feeds)[0], ort_run(m, feeds)[0])   # still fine afterwards


def test_onehot_and_slice_out_of_range_follow_the_spec():
    """OneHot gives all-off rows for out-of-range indices; Slice clamps starts and ends."""
    m = make_model([_one("OneHot", ["i", "d", "v"], ["y"])], [vi("i", I64, [4])], [vi("y", F, None)],
                   inits=[init("d", np.array(4)), init("v", np.array([0, 1], np.float32))])
    feeds = {"i": np.array([0, 7, -9, -1])}
    np.testing.assert_array_equal(_session(m).run(None, feeds)[0], ort_run(m, feeds)[0])
    m = make_model([_one("Slice", ["x", "s", "e", "a", "st"], ["y"])],
                   [vi("x", F, [3, 4])] + [vi(n, I64, [2]) for n in ("s", "e", "a", "st")], [vi("y", F, None)])
    s = _session(m)
    for st, en, step in [([-100, 1], [2 ** 62, 99], [1, 1]), ([100, -100], [-100, 100], [-1, 2]),
                         ([5, 5], [9, 9], [1, 1]), ([-2 ** 62, 3], [2 ** 62, -2 ** 62], [2, -1])]:
        feeds = {"x": X, "s": np.array(st), "e": np.array(en), "a": np.array([0, 1]), "st": np.array(step)}
        np.testing.assert_array_equal(s.run(None, feeds)[0], ort_run(m, feeds)[0])


@pytest.mark.parametrize("case", ["topk_k_big", "topk_k_negative", "resize_sizes_negative", "resize_sizes_len",
                                  "split_sizes", "onehot_depth", "range_zero_delta", "reshape_two_minus_one",
                                  "tile_negative", "pad_negative", "cumsum_axis"])
def test_shape_values_from_data(case):
    """Values that decide shapes, fed at run time and wrong, raise (at run time, so not InvalidGraph)."""
    x4 = X.reshape(1, 1, 3, 4)
    c = {
        "topk_k_big": ([_one("TopK", ["x", "k"], ["y", "yi"])], [("k", I64, [1])], {"k": np.array([9])}, 17, 2),
        "topk_k_negative": ([_one("TopK", ["x", "k"], ["y", "yi"])], [("k", I64, [1])], {"k": np.array([-1])}, 17, 2),
        "resize_sizes_negative": ([_one("Resize", ["x", "", "", "sz"], ["y"])], [("sz", I64, [4])],
                                  {"sz": np.array([1, 1, -3, 4])}, 13, 1),
        "resize_sizes_len": ([_one("Resize", ["x", "", "", "sz"], ["y"])], [("sz", I64, [2])],
                             {"sz": np.array([6, 8])}, 13, 1),
        "split_sizes": ([_one("Split", ["x", "sp"], ["y", "y2"], {"axis": 1})], [("sp", I64, [2])],
                        {"sp": np.array([3, 3])}, 17, 2),
        "onehot_depth": ([_one("OneHot", ["i", "d", "v"], ["y"])], [("i", I64, [2]), ("d", I64, []), ("v", F, [2])],
                         {"i": np.array([0, 1]), "d": np.array(-3), "v": np.array([0, 1], np.float32)}, 17, 1),
        "range_zero_delta": ([_one("Range", ["a", "b", "c"], ["y"])], [("a", F, []), ("b", F, []), ("c", F, [])],
                             {"a": np.float32(0), "b": np.float32(3), "c": np.float32(0)}, 17, 1),
        "reshape_two_minus_one": ([_one("Reshape", ["x", "s"], ["y"])], [("s", I64, [2])],
                                  {"s": np.array([-1, -1])}, 17, 1),
        "tile_negative": ([_one("Tile", ["x", "s"], ["y"])], [("s", I64, [2])], {"s": np.array([-1, 2])}, 17, 1),
        "pad_negative": ([_one("Pad", ["x", "p"], ["y"])], [("p", I64, [4])], {"p": np.array([0, -9, 0, 0])}, 17, 1),
        "cumsum_axis": ([_one("CumSum", ["x", "a"], ["y"])], [("a", I64, [])], {"a": np.array(5)}, 17, 1),
    }[case]
    nodes, extra, feeds, opset, nout = c
    uses_x = any("x" in n.input for n in nodes)
    ins = ([vi("x", F, [1, 1, 3, 4] if "resize" in case else [3, 4])] if uses_x else []) + \
        [vi(n, t, s) for n, t, s in extra]
    outs = [vi(o, I64 if o == "yi" else F, None) for o in nodes[0].output][:nout]
    m = make_model(nodes, ins, outs, opset=opset)
    if uses_x:
        feeds = {"x": x4 if "resize" in case else X, **feeds}
    feeds = {k: np.asarray(v) for k, v in feeds.items()}
    with pytest.raises((ort.RuntimeException, ort.InvalidArgument)) as e:
        _session(m).run(None, feeds)
    assert "the_node" in str(e.value), str(e.value)


# ------------------------------------------------------------------ resource bounds

def _expand_cos_range(kind):
    if kind == "expand":
        return (make_model([_one("Expand", ["x", "s"], ["y"])], [vi("x", F, [1, 4]), vi("s", I64, [3])],
                           [vi("y", F, None)]),
                {"x": np.ones((1, 4), np.float32), "s": np.array([10 ** 11, 10 ** 4, 4])})
    if kind == "constantofshape":
        return (make_model([_one("ConstantOfShape", ["s"], ["y"])], [vi("s", I64, [2])], [vi("y", F, None)]),
                {"s": np.array([10 ** 8, 10 ** 7])})
    if kind == "range":
        return (make_model([_one("Range", ["a", "b", "c"], ["y"])], [vi(n, F, []) for n in "abc"], [vi("y", F, None)]),
                {"a": np.float32(0), "b": np.float32(1e15), "c": np.float32(1)})
    # every element of the Expand's shape product overflows int64
    return (make_model([_one("Expand", ["x", "s"], ["y"])], [vi("x", F, [1]), vi("s", I64, [4])],
                       [vi("y", F, None)]),
            {"x": np.ones(1, np.float32), "s": np.array([2 ** 40] * 4)})


@pytest.mark.parametrize("kind", ["expand", "constantofshape", "range", "overflow"])
def test_huge_outputs_fail_fast(kind):
    m, feeds = _expand_cos_range(kind)
    s = _session(m)
    t0 = time.perf_counter()
    with pytest.raises(ort.RuntimeException) as e:
        s.run(None, {k: np.asarray(v) for k, v in feeds.items()})
    assert time.perf_counter() - t0 < 5
    assert "the_node" in str(e.value) and "memory limit" in str(e.value), str(e.value)


def test_memory_limit_config(pw):
    so = ort.SessionOptions()
    so.add_session_config_entry("session.memory_limit_bytes", "100000")
    s = _session(GOOD, so)
    x, b = _xb(10)
    np.testing.assert_allclose(s.run(None, {"x": x, "b": b})[0], pointwise_ref(x, b), rtol=1e-6)
    x = np.ones((100_000, 4), np.float32)     # 1.6 MB of output
    with pytest.raises(ort.RuntimeException, match="memory limit of 100000"):
        s.run(None, {"x": x, "b": b})
    assert pw.run(None, {"x": x, "b": b})[0].shape == (100_000, 4)   # the default limit is far above
    so.add_session_config_entry("session.memory_limit_bytes", "lots")
    with pytest.raises(ort.InvalidArgument, match="memory_limit_bytes"):
        _session(GOOD, so)


def _loop_model(scan: bool):
    """Loop(M, cond) over a carried float [4] (+1 each iteration); with `scan`, each iteration
    also emits a [1000] float scan output."""
    body_nodes = [_one("Identity", ["cond_in"], ["cond_out"], name="b_cond"),
                  _one("Add", ["v_in", "one"], ["v_out"], name="b_add")]
    body_outs = [vi("cond_out", T.BOOL, []), vi("v_out", F, [4])]
    if scan:
        body_nodes.append(_one("Expand", ["v_in", "shp"], ["sc"], name="b_scan"))
        body_outs.append(vi("sc", F, [250, 4]))
    body = helper.make_graph(body_nodes, "body", [vi("it", I64, []), vi("cond_in", T.BOOL, []), vi("v_in", F, [4])],
                             body_outs, initializer=[init("one", np.ones(4, np.float32)),
                                                     init("shp", np.array([250, 4]))])
    outs = [vi("v", F, [4])] + ([vi("scan", F, None)] if scan else [])
    return make_model([helper.make_node("Loop", ["m", "c", "v0"], [o.name for o in outs], name="the_loop", body=body)],
                      [vi("m", I64, []), vi("c", T.BOOL, []), vi("v0", F, [4])], outs)


@pytest.fixture(scope="module")
def loop_sessions():
    return _session(_loop_model(False)), _session(_loop_model(True))


def test_loop_huge_trip_count_with_scan_fails_fast(loop_sessions):
    s = loop_sessions[1]
    feeds = {"m": np.array(3), "c": np.array(True), "v0": np.zeros(4, np.float32)}
    v, sc = s.run(None, feeds)
    assert v.tolist() == [3] * 4 and sc.shape == (3, 250, 4)
    t0 = time.perf_counter()
    with pytest.raises(ort.RuntimeException) as e:
        s.run(None, {**feeds, "m": np.array(10 ** 12)})
    assert time.perf_counter() - t0 < 5
    assert "the_loop" in str(e.value) and "memory limit" in str(e.value)


def test_terminate_stops_a_long_run(loop_sessions):
    s = loop_sessions[0]
    ro = ort.RunOptions()
    result = {}

    def work():
        try:
            result["out"] = s.run(None, {"m": np.array(10 ** 9), "c": np.array(True),
                                         "v0": np.zeros(4, np.float32)}, ro)
        except Exception as e:    # noqa: BLE001 - the test inspects it
            result["err"] = e

    t = threading.Thread(target=work)
    t.start()
    time.sleep(0.5)
    t0 = time.perf_counter()
    ro.terminate = True
    t.join(10)
    assert not t.is_alive()
    assert time.perf_counter() - t0 < 2
    assert isinstance(result.get("err"), ort.Fail) and "terminate" in str(result["err"])
    ro.terminate = False
    out = s.run(None, {"m": np.array(5), "c": np.array(True), "v0": np.zeros(4, np.float32)}, ro)
    assert out[0].tolist() == [5] * 4


# ------------------------------------------------------------------ external data

def _external_model(tmp_path, location, offset=0, length=16, write=True):
    if write:
        (tmp_path / "w.bin").write_bytes(np.arange(4, dtype=np.float32).tobytes())
    w = onnx.TensorProto()
    w.name, w.data_type = "w", T.FLOAT
    w.dims.extend([4])
    w.data_location = T.EXTERNAL
    for k, v in (("location", location), ("offset", str(offset)), ("length", str(length))):
        e = w.external_data.add()
        e.key, e.value = k, v
    m = make_model([_one("Add", ["x", "w"], ["y"])], [vi("x", F, [4])], [vi("y", F, [4])], inits=[w])
    path = tmp_path / "model.onnx"
    path.write_bytes(m.SerializeToString())
    return str(path)


def test_external_data_ok(tmp_path):
    s = ort.InferenceSession(_external_model(tmp_path, "w.bin"), providers=CPU)
    assert s.run(None, {"x": np.ones(4, np.float32)})[0].tolist() == [1, 2, 3, 4]


@pytest.mark.parametrize("case", ["absolute", "dotdot", "symlink_out", "symlink_dir_out", "offset_past_end",
                                  "length_past_end", "missing"])
def test_external_data_refused(tmp_path, case):
    d = tmp_path / "model_dir"
    d.mkdir()
    outside = tmp_path / "secret.bin"
    outside.write_bytes(b"\x00" * 16)
    loc, off, length, cls = "w.bin", 0, 16, ort.InvalidGraph
    if case == "absolute":
        loc = str(outside)
    elif case == "dotdot":
        loc = "../secret.bin"
    elif case == "symlink_out":
        os.symlink(outside, d / "link.bin")
        loc = "link.bin"
    elif case == "symlink_dir_out":
        os.symlink(tmp_path, d / "sub")
        loc = "sub/secret.bin"
    elif case == "offset_past_end":
        off, length = 100, 4
    elif case == "length_past_end":
        off, length = 8, 16
    elif case == "missing":
        loc, cls = "nothere.bin", ort.NoSuchFile
    path = _external_model(d, loc, off, length)
    with pytest.raises(cls) as e:
        ort.InferenceSession(path, providers=CPU)
    assert "'w'" in str(e.value) or "w.bin" in str(e.value) or loc in str(e.value), str(e.value)


# ------------------------------------------------------------------ load

def test_one_session_eight_threads(pw):
    errors, done = [], []

    def work(k):
        rng = np.random.default_rng(k)
        try:
            for it in range(60):
                n = int(rng.integers(0, 40)) if it % 3 else k + 1    # different shapes, shared ones too
                x = rng.standard_normal((n, 4)).astype(np.float32)
                b = rng.standard_normal(4).astype(np.float32)
                y = pw.run(None, {"x": x, "b": b})[0]
                if y.shape != x.shape or not np.allclose(y, pointwise_ref(x, b), rtol=1e-6):
                    errors.append((k, it, n))
            done.append(k)
        except Exception as e:    # noqa: BLE001
            errors.append((k, repr(e)))

    threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors and len(done) == 8, errors[:5]


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2 ** 20


def test_rss_flat_over_10000_runs(pw):
    x, b = _xb(8)
    for _ in range(500):      # warm: plans, arenas, allocator pools
        pw.run(None, {"x": x, "b": b})
    r0 = _rss_mb()
    for k in range(10_000):
        pw.run(None, {"x": x if k % 2 else x[:5], "b": b})
    grown = _rss_mb() - r0
    print(f"RSS growth over 10,000 runs: {grown:.2f} MB")
    assert grown < 8, grown


# ------------------------------------------------------------------ compile cache

_CHILD = textwrap.dedent("""
    import sys, warnings
    sys.path.insert(0, {tests!r})
    import numpy as np
    from onnx import helper, TensorProto as T
    from helpers import make_model, vi
    import onnxjit as ort
    m = make_model([helper.make_node("Gather", ["x", "i"], ["g"], axis=0), helper.make_node("Relu", ["g"], ["r"]),
                    helper.make_node("Mul", ["r", "x2"], ["y"])],
                   [vi("x", T.FLOAT, [3, 4]), vi("i", T.INT64, [2]), vi("x2", T.FLOAT, [2, 4])],
                   [vi("y", T.FLOAT, [2, 4])])
    s = ort.InferenceSession(m.SerializeToString(), providers=["CPUExecutionProvider"])
    x = np.arange(12, dtype=np.float32).reshape(3, 4) - 5
    y = s.run(None, {{"x": x, "i": np.array([2, 0]), "x2": np.full((2, 4), 2, np.float32)}})[0]
    assert np.array_equal(y, np.maximum(x[[2, 0]], 0) * 2), y
    print("CHILD-OK")
""").format(tests=os.path.dirname(os.path.abspath(__file__)))


def _child(cache_dir) -> subprocess.CompletedProcess:
    env = dict(os.environ, ONNXJIT_CACHE_DIR=str(cache_dir), PYTHONWARNINGS="default")
    r = subprocess.run([sys.executable, "-c", _CHILD], env=env, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0 and "CHILD-OK" in r.stdout, r.stderr[-3000:]
    return r


def _cache_files(root):
    return [os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs
            if f.endswith((".py", ".nbi", ".nbc"))]


def test_compile_cache_damage_is_rebuilt(tmp_path):
    cache = tmp_path / "cache"
    _child(cache)
    files = _cache_files(cache)
    kinds = {os.path.splitext(f)[1] for f in files}
    assert kinds == {".py", ".nbi", ".nbc"}, files
    rng = np.random.default_rng(0)
    for damage in ("truncate", "garbage", "foreign"):
        for f in _cache_files(cache):
            data = open(f, "rb").read()
            if damage == "truncate":
                data = data[: len(data) // 2]
            elif damage == "garbage":
                data = rng.integers(0, 256, 300, dtype=np.uint8).tobytes()
            else:    # valid-looking content of the wrong kind: a generated module of another graph
                data = b"import numba\n\ndef other():\n    return 1\n" if f.endswith(".py") else \
                    open(files[0 if not files[0].endswith(".py") else -1], "rb").read()
            with open(f, "wb") as fh:
                fh.write(data)
        (cache / "stray.nbi").write_bytes(b"junk")
        _child(cache)
        for f in files:      # rebuilt, the same files again
            assert os.path.getsize(f) > 0


def test_unwritable_cache_dir_warns_once(tmp_path):
    blocker = tmp_path / "a_file"
    blocker.write_text("not a directory")
    r = _child(blocker / "cache")
    warns = [ln for ln in r.stderr.splitlines() if "Warning" in ln]
    assert len(warns) == 1 and "not writable" in warns[0], r.stderr[-3000:]


def test_terminate_stops_a_single_step_run_between_kernels():
    """One compiled step of 12 convolutions: RunOptions.terminate set from another thread stops
    the run after the kernel in flight, not at the end of the step."""
    import threading
    import time
    rng = np.random.default_rng(0)
    nodes, inits, prev = [], [], "x"
    for k in range(12):
        nodes.append(helper.make_node("Conv", [prev, f"w{k}"], [f"c{k}"], pads=[1, 1, 1, 1]))
        inits.append(init(f"w{k}", rng.standard_normal((32, 32, 3, 3)).astype(np.float32) * 0.05))
        prev = f"c{k}"
    g = helper.make_graph(nodes, "convs", [vi("x", F, [1, 32, 96, 96])],
                          [vi(prev, F, None)], initializer=inits)
    m = helper.make_model(g, opset_imports=[helper.make_opsetid("", 17)])
    s = ort.InferenceSession(m.SerializeToString())
    assert len(s.program.steps) == 1
    x = np.ones((1, 32, 96, 96), np.float32)
    t0 = time.perf_counter()
    s.run(None, {"x": x})
    full = time.perf_counter() - t0
    ro = ort.RunOptions()
    out = {}

    def run():
        t = time.perf_counter()
        try:
            s.run(None, {"x": x}, ro)
            out["result"] = "finished"
        except Exception as e:
            out["result"] = type(e).__name__
        out["seconds"] = time.perf_counter() - t

    th = threading.Thread(target=run)
    th.start()
    time.sleep(full / 6)
    ro.terminate = True
    th.join()
    assert out["result"] == "Fail"
    assert out["seconds"] < full * 0.8, (out, full)
    ro.terminate = False
    s.run(None, {"x": x}, ro)       # cleared: the next run proceeds
