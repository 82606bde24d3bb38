"""Runs recorded once per feed signature and replayed (compiler/trace.py), against onnxruntime.

A replay must give what the ordinary run gives for every input of the signature, so each test
runs a session many times with the data, the shapes and the small values changing, and
compares every result with onnxruntime's.  Tolerance: float32 rtol=1e-5, atol=1e-6 (the same
ops in the same order); integers exactly.
"""
import numpy as np
import pytest

pytest.importorskip("onnxruntime")
from onnx import TensorProto as T, helper  # noqa: E402

import onnxjit  # noqa: E402
from onnxjit.compiler import program as program_mod  # noqa: E402
from helpers import CPU, if_on_sum_model, init, make_model, ort_run, vi  # noqa: E402

TOL = dict(rtol=1e-5, atol=1e-6)


def _same(sess, model, feeds):
    ours, ref = sess.run(None, feeds), ort_run(model, feeds)
    assert len(ours) == len(ref)
    for a, b in zip(ours, ref):
        assert a.dtype == b.dtype and a.shape == b.shape
        np.testing.assert_allclose(a, b, **TOL)
    return ours


class _CountHostRuns:
    """Counts HostStep.run calls (Ifs run the ordinary way) while active."""

    def __init__(self, monkeypatch):
        self.n = 0
        orig = program_mod.HostStep.run

        def run(step, arrays):
            self.n += 1
            return orig(step, arrays)
        monkeypatch.setattr(program_mod.HostStep, "run", run)


def _sample_rate_model():
    """If(sr == 16000): then (x * w) squeezed by an inner If when the batch is 1 (silero-vad's
    pattern: the inner condition comes from Shape -> Gather -> Equal), else x + w."""
    sq = helper.make_graph([helper.make_node("Squeeze", ["m", "ax0"], ["sq_out"])], "sq", [],
                           [vi("sq_out", T.FLOAT, None)])
    keep = helper.make_graph([helper.make_node("Identity", ["m"], ["keep_out"])], "keep", [],
                             [vi("keep_out", T.FLOAT, None)])
    then_g = helper.make_graph(
        [helper.make_node("Mul", ["x", "w"], ["m"]),
         helper.make_node("Shape", ["x"], ["s"]),
         helper.make_node("Gather", ["s", "i0"], ["b"], axis=0),
         helper.make_node("Equal", ["b", "one"], ["b1"]),
         helper.make_node("If", ["b1"], ["t_out"], then_branch=sq, else_branch=keep)],
        "then", [], [vi("t_out", T.FLOAT, None)])
    else_g = helper.make_graph([helper.make_node("Add", ["x", "w"], ["e_out"])], "else", [],
                               [vi("e_out", T.FLOAT, None)])
    nodes = [helper.make_node("Equal", ["sr", "sr16"], ["is16"]),
             helper.make_node("If", ["is16"], ["y"], then_branch=then_g, else_branch=else_g),
             helper.make_node("Relu", ["x"], ["r"])]
    return make_model(nodes, [vi("x", T.FLOAT, ["B", 4]), vi("sr", T.INT64, [])],
                      [vi("y", T.FLOAT, None), vi("r", T.FLOAT, ["B", 4])],
                      [init("w", np.float32([1, -2, 3, -4])), init("sr16", np.int64(16000)),
                       init("i0", np.int64(0)), init("one", np.int64(1)), init("ax0", np.int64([0]))])


def test_replay_runs_no_if_and_agrees_as_shapes_and_the_sample_rate_change(monkeypatch):
    model = _sample_rate_model()
    sess = onnxjit.InferenceSession(model.SerializeToString(), providers=CPU)
    tracer = sess._program.tracer
    hosts = _CountHostRuns(monkeypatch)
    rng = np.random.default_rng(0)
    for sr, b in ((16000, 1), (16000, 1), (8000, 1), (16000, 3), (8000, 1), (16000, 1), (16000, 3), (8000, 2)):
        feeds = {"x": rng.standard_normal((b, 4)).astype(np.float32), "sr": np.array(sr, np.int64)}
        _same(sess, model, feeds)
        assert tracer.traces.get(tracer.signature(feeds, sess._output_names)) is not None, tracer.dropped
    assert tracer.value_feeds == ("sr",)
    # every signature has been recorded: its runs now replay, and no If runs
    hosts.n = 0
    for sr, b in ((16000, 1), (8000, 1), (16000, 3), (8000, 2)):
        _same(sess, model, {"x": rng.standard_normal((b, 4)).astype(np.float32), "sr": np.array(sr, np.int64)})
    assert hosts.n == 0
    # a replay holds only compiled calls, and not those that only fed a decision: the Equal on sr
    t = tracer.traces[tracer.signature({"x": np.zeros((1, 4), np.float32), "sr": np.array(16000, np.int64)},
                                       sess._output_names)]
    steps = [op[1].step for op in t.ops if op[0] == 0]
    assert len(steps) == t.calls == 3        # x * w (with the inner condition), Squeeze, Relu
    assert not any("sr" in s.inputs for s in steps)


def test_a_decision_on_data_is_not_replayed(monkeypatch):
    # If(ReduceSum(x) > 0): the branch depends on the values of a float feed, which a signature
    # does not hold: the recording is dropped and every run decides again.
    then_g = helper.make_graph([helper.make_node("Add", ["x", "w"], ["t_out"])], "then", [],
                               [vi("t_out", T.FLOAT, None)])
    else_g = helper.make_graph([helper.make_node("Mul", ["x", "w"], ["e_out"])], "else", [],
                               [vi("e_out", T.FLOAT, None)])
    model = if_on_sum_model(then_g, else_g)
    sess = onnxjit.InferenceSession(model.SerializeToString(), providers=CPU)
    hosts = _CountHostRuns(monkeypatch)
    rng = np.random.default_rng(1)
    for sign in (1, -1, 1, -1, -1, 1):
        _same(sess, model, {"x": (np.abs(rng.standard_normal((2, 4))) * sign).astype(np.float32)})
    assert hosts.n == 6
    assert "not small feeds" in sess._program.tracer.dropped


def test_a_host_op_other_than_if_is_not_replayed():
    # Loop runs on the host, its body its own program: the recorder does not follow it, in an
    # If's branch; a program with one outside any If is not traced at all
    body = helper.make_graph([helper.make_node("Identity", ["cond_in"], ["cond_out"]),
                              helper.make_node("Add", ["acc_in", "x"], ["acc_out"])], "body",
                             [vi("i", T.INT64, []), vi("cond_in", T.BOOL, []), vi("acc_in", T.FLOAT, [4])],
                             [vi("cond_out", T.BOOL, []), vi("acc_out", T.FLOAT, [4])])
    loop = helper.make_node("Loop", ["n", "", "zeros"], ["acc"], body=body)
    then_g = helper.make_graph([loop], "then", [], [vi("acc", T.FLOAT, [4])])
    else_g = helper.make_graph([helper.make_node("Neg", ["x"], ["e_out"])], "else", [], [vi("e_out", T.FLOAT, [4])])
    nodes = [helper.make_node("Greater", ["n", "zero"], ["c"]),
             helper.make_node("If", ["c"], ["y"], then_branch=then_g, else_branch=else_g)]
    inputs = [vi("x", T.FLOAT, [4]), vi("n", T.INT64, [])]
    inits = [init("zeros", np.zeros(4, np.float32)), init("zero", np.int64(0))]
    model = make_model(nodes, inputs, [vi("y", T.FLOAT, [4])], inits)
    sess = onnxjit.InferenceSession(model.SerializeToString(), providers=CPU)
    rng = np.random.default_rng(2)
    for n in (0, 0, 3, 3, 1, 0):
        _same(sess, model, {"x": rng.standard_normal(4).astype(np.float32), "n": np.array(n, np.int64)})
    tracer = sess._program.tracer
    assert "Loop" in tracer.dropped
    assert tracer.value_feeds == ("n",)
    assert sum(t is None for t in tracer.traces.values()) == 2      # n = 3, 1: dropped; n = 0: replayed
    assert sum(t is not None for t in tracer.traces.values()) == 1
    top = make_model([loop], inputs, [vi("acc", T.FLOAT, [4])], inits[:1])
    assert onnxjit.InferenceSession(top.SerializeToString(), providers=CPU)._program.tracer is None


def test_replayed_outputs_are_fresh_and_one_array_may_feed_two_inputs():
    # outputs: a - b (computed), a passed through (a feed), a constant, and a's shape (known
    # from the signature: a plan's value); run with the same array for a and b, then distinct
    # arrays, then the same again, each twice, the caller overwriting what it got each time
    # (and b again, from an If on a's shape whose branch returns b: a copy made in the branch)
    then_g = helper.make_graph([helper.make_node("Identity", ["b"], ["t_out"]), helper.make_node("Neg", ["b"], ["t2"])],
                               "then", [], [vi("t_out", T.FLOAT, [3]), vi("t2", T.FLOAT, [3])])
    else_g = helper.make_graph([helper.make_node("Neg", ["b"], ["e_out"]), helper.make_node("Identity", ["b"], ["e2"])],
                               "else", [], [vi("e_out", T.FLOAT, [3]), vi("e2", T.FLOAT, [3])])
    nodes = [helper.make_node("Sub", ["a", "b"], ["d"]), helper.make_node("Identity", ["a"], ["a_out"]),
             helper.make_node("Identity", ["k"], ["k_out"]), helper.make_node("Shape", ["a"], ["a_shape"]),
             helper.make_node("Equal", ["a_shape", "three"], ["c1"]), helper.make_node("Squeeze", ["c1"], ["c"]),
             helper.make_node("If", ["c"], ["b_out", "neg_b"], then_branch=then_g, else_branch=else_g)]
    model = make_model(nodes, [vi("a", T.FLOAT, [3]), vi("b", T.FLOAT, [3])],
                       [vi("d", T.FLOAT, [3]), vi("a_out", T.FLOAT, [3]), vi("k_out", T.FLOAT, [2]),
                        vi("a_shape", T.INT64, [1]), vi("b_out", T.FLOAT, [3]), vi("neg_b", T.FLOAT, [3])],
                       [init("k", np.float32([7, 8])), init("three", np.int64([3]))])
    sess = onnxjit.InferenceSession(model.SerializeToString(), providers=CPU)
    rng = np.random.default_rng(3)
    previous = []
    for same in (True, True, False, False, True, True):
        a = rng.standard_normal(3).astype(np.float32)
        feeds = {"a": a, "b": a if same else rng.standard_normal(3).astype(np.float32)}
        outs = _same(sess, model, feeds)
        assert not np.shares_memory(outs[1], a) and not np.shares_memory(outs[4], feeds["b"])
        for o in outs:
            assert not any(np.shares_memory(o, p) for p in previous)
        for o in outs:      # a caller may write to what it got; the next run is not affected
            o[...] = 0
        previous = outs
    np.testing.assert_array_equal(sess.run(None, feeds)[2], [7, 8])
    assert any(t is not None for t in sess._program.tracer.traces.values())     # (replays ran)


def test_the_replay_can_be_switched_off():
    model = _sample_rate_model()
    so = onnxjit.SessionOptions()
    so.add_session_config_entry("session.replay_runs", "0")
    sess = onnxjit.InferenceSession(model.SerializeToString(), so, providers=CPU)
    assert sess._program.tracer is None
    _same(sess, model, {"x": np.ones((1, 4), np.float32), "sr": np.array(16000, np.int64)})


def test_a_replayed_reshape_is_a_view_but_no_two_outputs_share_memory():
    # a branch that only reshapes is replayed as a view of what it reshapes; here of a value
    # that is itself an output (d), and of a feed (a): each output must still be its own array
    then_g = helper.make_graph([helper.make_node("Reshape", ["d", "flat"], ["t_out"]),
                                helper.make_node("Reshape", ["a", "flat"], ["t_a"])],
                               "then", [], [vi("t_out", T.FLOAT, None), vi("t_a", T.FLOAT, None)])
    else_g = helper.make_graph([helper.make_node("Identity", ["d"], ["e_out"]), helper.make_node("Identity", ["a"], ["e_a"])],
                               "else", [], [vi("e_out", T.FLOAT, None), vi("e_a", T.FLOAT, None)])
    nodes = [helper.make_node("Sub", ["a", "b"], ["d"]), helper.make_node("Shape", ["a"], ["s"]),
             helper.make_node("Gather", ["s", "zero"], ["s0"], axis=0),
             helper.make_node("Equal", ["s0", "two"], ["c"]),
             helper.make_node("If", ["c"], ["d2", "a2"], then_branch=then_g, else_branch=else_g)]
    model = make_model(nodes, [vi("a", T.FLOAT, ["N", 3]), vi("b", T.FLOAT, ["N", 3])],
                       [vi("d", T.FLOAT, ["N", 3]), vi("d2", T.FLOAT, None), vi("a2", T.FLOAT, None)],
                       [init("flat", np.int64([-1])), init("zero", np.int64(0)), init("two", np.int64(2))])
    sess = onnxjit.InferenceSession(model.SerializeToString(), providers=CPU)
    rng = np.random.default_rng(5)
    for n in (2, 2, 3, 3, 2, 2):
        feeds = {k: rng.standard_normal((n, 3)).astype(np.float32) for k in "ab"}
        d, d2, a2 = _same(sess, model, feeds)
        assert not np.shares_memory(d, d2) and not np.shares_memory(a2, feeds["a"])
        d[...] = 0
        np.testing.assert_allclose(d2.reshape(n, 3), feeds["a"] - feeds["b"], **TOL)
    assert any(t is not None and t.calls for t in sess._program.tracer.traces.values())
