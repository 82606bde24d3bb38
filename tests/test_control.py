"""Control flow (If, Loop, Scan), sequences and optionals against onnxruntime.

Bodies are compiled as their own Programs (ops/control.py); sequences run as Python lists
and optionals as None on the host (ops/sequence.py).

Tolerance: float32 results rtol=1e-5, atol=1e-6 (the same ops in the same order as
onnxruntime, except the silero-style model's MatMul/LSTM: rtol=1e-4, atol=1e-5); integer
and bool results exactly.
"""
import numpy as np
import pytest

pytest.importorskip("onnxruntime")
from onnx import TensorProto as T, helper  # noqa: E402

import onnxjit  # noqa: E402
from helpers import CPU, if_on_sum_model, init, make_model, ort_run, vi  # noqa: E402

TOL = dict(rtol=1e-5, atol=1e-6)


def _run(model, feeds):
    return onnxjit.InferenceSession(model.SerializeToString(), providers=CPU).run(None, feeds)


def _same(model, feeds, tol=TOL):
    ours, ref = _run(model, feeds), ort_run(model, feeds)
    assert len(ours) == len(ref)
    for a, b in zip(ours, ref):
        if isinstance(b, list):
            assert isinstance(a, list) and len(a) == len(b)
            for x, y in zip(a, b):
                assert x.dtype == y.dtype and x.shape == y.shape
                np.testing.assert_allclose(x, y, **tol)
        else:
            assert a.dtype == b.dtype and a.shape == b.shape
            np.testing.assert_allclose(a, b, **tol)
    return ours


def test_if_reads_outer_scope_and_branch_shapes_merge():
    # then: (x + w) * 2 with shape [N, 4]; else: ReduceSum(x * w) with shape [N, 1]; both read x, w
    # from the enclosing graph (w an initializer, x a graph input).
    then_g = helper.make_graph(
        [helper.make_node("Add", ["x", "w"], ["t1"]), helper.make_node("Mul", ["t1", "two"], ["t_out"])],
        "then", [], [vi("t_out", T.FLOAT, None)], [init("two", np.float32(2))])
    else_g = helper.make_graph(
        [helper.make_node("Mul", ["x", "w"], ["e1"]),
         helper.make_node("ReduceSum", ["e1", "ax"], ["e_out"], keepdims=1)],
        "else", [], [vi("e_out", T.FLOAT, None)], [init("ax", np.int64([1]))])
    model = if_on_sum_model(then_g, else_g)
    sess = onnxjit.InferenceSession(model.SerializeToString(), providers=CPU)
    assert sess.get_outputs()[0].shape[0] == "N"       # the branches agree on dim 0 only
    assert sess.get_outputs()[0].shape[1] is None
    rng = np.random.default_rng(0)
    for n, sign in ((3, 1), (5, -1), (2, 1)):
        x = (np.abs(rng.standard_normal((n, 4))) * sign).astype(np.float32)
        y, = _same(model, {"x": x})
        assert y.shape == ((n, 4) if sign > 0 else (n, 1))


def test_if_run_again_takes_the_shortcut_and_agrees():
    # HostStep runs an If through _if_fast once _if_run has run that branch: the same session is
    # run with the condition and the shapes changing, against onnxruntime every time; a branch
    # given new shapes goes back through _if_run.
    then_g = helper.make_graph([helper.make_node("Add", ["x", "w"], ["t_out"])], "then", [],
                               [vi("t_out", T.FLOAT, None)])
    else_g = helper.make_graph([helper.make_node("Mul", ["x", "w"], ["e_out"])], "else", [],
                               [vi("e_out", T.FLOAT, None)])
    model = make_model([helper.make_node("If", ["c"], ["y"], then_branch=then_g, else_branch=else_g)],
                       [vi("c", T.BOOL, []), vi("x", T.FLOAT, ["N", 4])], [vi("y", T.FLOAT, None)],
                       [init("w", np.float32([1, 2, 3, 4]))])
    sess = onnxjit.InferenceSession(model.SerializeToString(), providers=CPU)
    rng = np.random.default_rng(1)
    for cond, n in ((True, 3), (False, 3), (True, 3), (False, 3), (True, 5), (True, 3), (False, 2)):
        feeds = {"c": np.array(cond), "x": rng.standard_normal((n, 4)).astype(np.float32)}
        y, = sess.run(None, feeds)
        ref, = ort_run(model, feeds)
        assert y.shape == ref.shape
        np.testing.assert_allclose(y, ref, **TOL)
    host = next(s for s in sess._program.steps if hasattr(s, "shortcuts"))
    assert set(host.shortcuts) == {"then_branch", "else_branch"}
    with pytest.raises(Exception, match="(?i)rank"):     # a bad condition is still refused
        sess.run(None, {"c": np.array([True, False]), "x": np.zeros((3, 4), np.float32)})


def test_loop_scan_outputs_and_dynamic_trip_count():
    # for i < M while acc < limit: acc += x * i; scan output acc, and i as float
    body = helper.make_graph(
        [helper.make_node("Cast", ["i"], ["fi"], to=T.FLOAT),
         helper.make_node("Mul", ["x", "fi"], ["xi"]),
         helper.make_node("Add", ["acc_in", "xi"], ["acc_out"]),
         helper.make_node("ReduceSum", ["acc_out"], ["tot"], keepdims=0),
         helper.make_node("Less", ["tot", "limit"], ["cond_out"]),
         helper.make_node("Identity", ["acc_out"], ["scan_acc"]),
         helper.make_node("Identity", ["fi"], ["scan_i"])],
        "body", [vi("i", T.INT64, []), vi("cond_in", T.BOOL, []), vi("acc_in", T.FLOAT, None)],
        [vi("cond_out", T.BOOL, []), vi("acc_out", T.FLOAT, None), vi("scan_acc", T.FLOAT, None),
         vi("scan_i", T.FLOAT, None)])
    nodes = [helper.make_node("Loop", ["M", "", "acc0"], ["acc", "accs", "iters"], body=body)]
    model = make_model(nodes, [vi("M", T.INT64, []), vi("acc0", T.FLOAT, ["K"]), vi("x", T.FLOAT, ["K"]),
                               vi("limit", T.FLOAT, [])],
                       [vi("acc", T.FLOAT, None), vi("accs", T.FLOAT, None), vi("iters", T.FLOAT, None)])
    x = np.float32([0.5, 1.0, 1.5])
    for m, limit in ((6, 1e9), (10, 20.0), (0, 1e9)):
        acc, accs, iters = _same(model, {"M": np.array(m, np.int64), "acc0": np.zeros(3, np.float32), "x": x,
                                         "limit": np.array(limit, np.float32)})
        assert accs.shape[0] == iters.shape[0] <= m


def test_loop_carried_state_grows_without_a_trip_count():
    # carried y grows by one element per iteration (Concat) until its length reaches n
    body = helper.make_graph(
        [helper.make_node("Cast", ["i"], ["fi"], to=T.FLOAT),
         helper.make_node("Unsqueeze", ["fi", "ax"], ["u"]),
         helper.make_node("Concat", ["y_in", "u"], ["y_out"], axis=0),
         helper.make_node("Shape", ["y_out"], ["shp"]),
         helper.make_node("ReduceMax", ["shp"], ["len"], keepdims=0),
         helper.make_node("Less", ["len", "n"], ["cond_out"])],
        "body", [vi("i", T.INT64, []), vi("cond_in", T.BOOL, []), vi("y_in", T.FLOAT, None)],
        [vi("cond_out", T.BOOL, []), vi("y_out", T.FLOAT, None)], [init("ax", np.int64([0]))])
    nodes = [helper.make_node("Loop", ["", "c0", "y0"], ["y"], body=body)]
    model = make_model(nodes, [vi("c0", T.BOOL, []), vi("y0", T.FLOAT, [0]), vi("n", T.INT64, [])],
                       [vi("y", T.FLOAT, None)])
    y, = _same(model, {"c0": np.array(True), "y0": np.zeros(0, np.float32), "n": np.array(7, np.int64)})
    assert y.shape == (7,)


def test_scan_with_axes_and_directions():
    # state s += x_t (x scanned along axis 1, reversed); outputs s_t stacked along axis 1
    body = helper.make_graph(
        [helper.make_node("Add", ["s_in", "x_t"], ["s_out"]),
         helper.make_node("Mul", ["s_out", "k"], ["y_t"])],
        "body", [vi("s_in", T.FLOAT, [2]), vi("x_t", T.FLOAT, [2])],
        [vi("s_out", T.FLOAT, [2]), vi("y_t", T.FLOAT, [2])])
    nodes = [helper.make_node("Scan", ["s0", "x"], ["s", "ys"], body=body, num_scan_inputs=1,
                              scan_input_axes=[1], scan_input_directions=[1], scan_output_axes=[1])]
    model = make_model(nodes, [vi("s0", T.FLOAT, [2]), vi("x", T.FLOAT, [2, "T"])],
                       [vi("s", T.FLOAT, [2]), vi("ys", T.FLOAT, [2, "T"])], [init("k", np.float32(0.5))])
    x = np.arange(10, dtype=np.float32).reshape(2, 5)
    s, ys = _same(model, {"s0": np.float32([1, -1]), "x": x})
    assert ys.shape == (2, 5)


def test_sequence_round_trip_and_optional():
    # split -> insert -> erase -> at / length / concat; a sequence input and an optional output
    nodes = [helper.make_node("SplitToSequence", ["x", "split"], ["seq"], axis=0),
             helper.make_node("SequenceInsert", ["seq", "extra", "zero"], ["seq2"]),
             helper.make_node("SequenceErase", ["seq2", "minus1"], ["seq3"]),
             helper.make_node("SequenceAt", ["seq3", "one"], ["at1"]),
             helper.make_node("SequenceLength", ["seq3"], ["n"]),
             helper.make_node("ConcatFromSequence", ["seq3"], ["cat"], axis=0),
             helper.make_node("SequenceInsert", ["inseq", "at1"], ["outseq"]),
             helper.make_node("Optional", ["cat"], ["opt"]),
             helper.make_node("OptionalHasElement", ["opt"], ["has"]),
             helper.make_node("OptionalGetElement", ["opt"], ["got"])]
    seq_t = helper.make_sequence_type_proto(helper.make_tensor_type_proto(T.FLOAT, None))
    model = make_model(nodes, [vi("x", T.FLOAT, [6, 2]), vi("extra", T.FLOAT, [1, 2]),
                               helper.make_value_info("inseq", seq_t)],
                       [vi("at1", T.FLOAT, None), vi("n", T.INT64, []), vi("cat", T.FLOAT, None),
                        helper.make_value_info("outseq", seq_t), vi("has", T.BOOL, []), vi("got", T.FLOAT, None)],
                       [init("split", np.int64([1, 2, 3])), init("zero", np.int64(0)),
                        init("minus1", np.int64(-1)), init("one", np.int64(1))], opset=18)
    sess = onnxjit.InferenceSession(model.SerializeToString(), providers=CPU)
    assert [a.type for a in sess.get_inputs()] == ["tensor(float)", "tensor(float)", "seq(tensor(float))"]
    assert sess.get_inputs()[2].shape == []
    x = np.arange(12, dtype=np.float32).reshape(6, 2)
    feeds = {"x": x, "extra": np.float32([[-1, -2]]), "inseq": [np.ones((1, 2), np.float32)]}
    at1, n, cat, outseq, has, got = _same(model, feeds)
    assert int(n) == 3 and len(outseq) == 2 and bool(has)
    with pytest.raises(onnxjit.InvalidArgument, match="sequence"):
        sess.run(None, {"x": x, "extra": np.float32([[-1, -2]]), "inseq": np.ones((1, 2), np.float32)})


def test_if_returning_an_optional_and_an_unfed_optional_input():
    opt_t = helper.make_optional_type_proto(helper.make_tensor_type_proto(T.FLOAT, [2]))
    then_g = helper.make_graph([helper.make_node("Optional", ["x"], ["o1"])], "then", [],
                               [helper.make_value_info("o1", opt_t)])
    else_g = helper.make_graph([helper.make_node("Optional", [], ["o2"], type=opt_t.optional_type.elem_type)],
                               "else", [], [helper.make_value_info("o2", opt_t)])
    nodes = [helper.make_node("If", ["c"], ["o"], then_branch=then_g, else_branch=else_g),
             helper.make_node("OptionalHasElement", ["o"], ["has"]),
             helper.make_node("OptionalHasElement", ["p"], ["has_p"])]
    model = make_model(nodes, [vi("c", T.BOOL, []), vi("x", T.FLOAT, [2]), helper.make_value_info("p", opt_t)],
                       [helper.make_value_info("o", opt_t), vi("has", T.BOOL, []), vi("has_p", T.BOOL, [])],
                       opset=18)
    sess = onnxjit.InferenceSession(model.SerializeToString(), providers=CPU)
    assert sess.get_outputs()[0].type == "optional(tensor(float))" and sess.get_outputs()[0].shape == [2]
    x = np.float32([1, 2])
    o, has, has_p = sess.run(None, {"c": np.array(True), "x": x, "p": None})
    np.testing.assert_array_equal(o, x)
    assert bool(has) and not bool(has_p)
    o, has, has_p = sess.run(None, {"c": np.array(False), "x": x, "p": x})
    assert o is None and not bool(has) and bool(has_p)


def test_silero_style_if_with_lstm_branches():
    # like silero-vad: If(sr == 16000) picks one of two many-node branches that read the input,
    # the recurrent state and the weights from the enclosing graph, and run an LSTM.
    rng = np.random.default_rng(1)
    H, F = 8, 16

    def branch(tag, width):
        nodes = [helper.make_node("MatMul", ["x", f"proj_{tag}"], [f"p_{tag}"]),
                 helper.make_node("Relu", [f"p_{tag}"], [f"r_{tag}"]),
                 helper.make_node("Unsqueeze", [f"r_{tag}", "ax0"], [f"u_{tag}"]),
                 helper.make_node("Gather", ["state", "i0"], [f"h0_{tag}"], axis=0),
                 helper.make_node("Gather", ["state", "i1"], [f"c0_{tag}"], axis=0),
                 helper.make_node("LSTM", [f"u_{tag}", "W", "R", "B", "", f"h0_{tag}", f"c0_{tag}"],
                                  [f"Y_{tag}", f"Yh_{tag}", f"Yc_{tag}"], hidden_size=H),
                 helper.make_node("Concat", [f"Yh_{tag}", f"Yc_{tag}"], [f"st_{tag}"], axis=0),
                 helper.make_node("Squeeze", [f"Y_{tag}", "ax01"], [f"y_{tag}"]),
                 helper.make_node("MatMul", [f"y_{tag}", "head"], [f"l_{tag}"]),
                 helper.make_node("Sigmoid", [f"l_{tag}"], [f"out_{tag}"])]
        return helper.make_graph(nodes, tag, [], [vi(f"out_{tag}", T.FLOAT, None), vi(f"st_{tag}", T.FLOAT, None)])

    inits = [init("proj_a", rng.standard_normal((64, F)).astype(np.float32) * 0.2),
             init("proj_b", rng.standard_normal((32, F)).astype(np.float32) * 0.2),
             init("W", rng.standard_normal((1, 4 * H, F)).astype(np.float32) * 0.3),
             init("R", rng.standard_normal((1, 4 * H, H)).astype(np.float32) * 0.3),
             init("B", rng.standard_normal((1, 8 * H)).astype(np.float32) * 0.1),
             init("head", rng.standard_normal((H, 1)).astype(np.float32)),
             init("ax0", np.int64([0])), init("ax01", np.int64([0, 1])),
             init("i0", np.int64([0])), init("i1", np.int64([1])), init("sr16", np.int64(16000))]
    # the two branches read different-width inputs: 512 samples at 16 kHz, 256 at 8 kHz
    then_g, else_g = branch("a", 64), branch("b", 32)
    nodes = [helper.make_node("Equal", ["sr", "sr16"], ["is16"]),
             helper.make_node("If", ["is16"], ["out", "state_out"], then_branch=then_g, else_branch=else_g)]
    model = make_model(nodes, [vi("x", T.FLOAT, ["batch", "S"]), vi("state", T.FLOAT, [2, "batch", H]),
                               vi("sr", T.INT64, [])],
                       [vi("out", T.FLOAT, None), vi("state_out", T.FLOAT, None)], inits, opset=17)
    sess = onnxjit.InferenceSession(model.SerializeToString(), providers=CPU)
    state = np.zeros((2, 1, H), np.float32)
    for sr, width in ((16000, 64), (8000, 32), (16000, 64)):
        x = rng.standard_normal((1, width)).astype(np.float32)
        feeds = {"x": x, "state": state, "sr": np.array(sr, np.int64)}
        ours = sess.run(None, feeds)
        ref = ort_run(model, feeds)
        for a, b in zip(ours, ref):
            np.testing.assert_allclose(a, b, rtol=1e-4, atol=1e-5)
        state = ours[1]


def test_if_whose_branches_only_reshape_runs_without_compiled_code():
    # silero-vad's small Ifs: "Squeeze the batch dim if it is 1, else Identity" on a value of the
    # enclosing graph.  Such branches run in NumPy (ops/control.py _ViewBody); outputs must match
    # onnxruntime's at every shape, be fresh arrays (not views of a feed), and a branch whose
    # reshape target is not a constant takes the compiled path.
    then_g = helper.make_graph([helper.make_node("Squeeze", ["x", "ax0"], ["t"]),
                                helper.make_node("Unsqueeze", ["t", "ax_last"], ["t_out"])],
                               "then", [], [vi("t_out", T.FLOAT, None)])
    else_g = helper.make_graph([helper.make_node("Identity", ["x"], ["e_out"])],
                               "else", [], [vi("e_out", T.FLOAT, None)])
    dyn_g = helper.make_graph([helper.make_node("Reshape", ["x", "shp"], ["d_out"])],
                              "dyn", [], [vi("d_out", T.FLOAT, None)])
    nodes = [helper.make_node("Shape", ["x"], ["s"]),
             helper.make_node("Gather", ["s", "i0"], ["b"], axis=0),
             helper.make_node("Equal", ["b", "one"], ["c"]),
             helper.make_node("If", ["c"], ["y"], then_branch=then_g, else_branch=else_g),
             helper.make_node("If", ["c"], ["z"], then_branch=dyn_g, else_branch=else_g)]
    model = make_model(nodes, [vi("x", T.FLOAT, ["B", 3]), vi("shp", T.INT64, [2])],
                       [vi("y", T.FLOAT, None), vi("z", T.FLOAT, None)],
                       [init("ax0", np.int64([0])), init("ax_last", np.int64([-1])), init("i0", np.int64(0)),
                        init("one", np.int64(1))], opset=17)
    sess = onnxjit.InferenceSession(model.SerializeToString(), providers=CPU)
    rng = np.random.default_rng(0)
    for b in (1, 4, 1, 2):
        x = rng.standard_normal((b, 3)).astype(np.float32)
        feeds = {"x": x, "shp": np.int64([3, b])}
        ours, ref = sess.run(None, feeds), ort_run(model, feeds)
        for a, r in zip(ours, ref):
            assert a.shape == r.shape and a.dtype == r.dtype
            np.testing.assert_array_equal(a, r)
            assert not np.shares_memory(a, x)
    hosts = [s for s in sess._program.steps if hasattr(s, "view_bodies")]
    kinds = {(h.node.outputs[0], attr): vb is not None for h in hosts for attr, vb in h.view_bodies.items()}
    assert kinds[("y", "then_branch")] and kinds[("y", "else_branch")]
    assert not kinds[("z", "then_branch")]              # Reshape to a fed shape: compiled
    y_host = next(h for h in hosts if h.node.outputs[0] == "y")
    assert set(y_host.shortcuts) == {"then_branch", "else_branch"}     # b = 1 again ran through _if_fast
    # a branch the NumPy path cannot run is reported by the compiled path, as before
    with pytest.raises(Exception, match="(?i)reshape|shape"):
        sess.run(None, {"x": np.zeros((1, 3), np.float32), "shp": np.int64([2, 2])})


def _fresh_session(model, cache_dir):
    so = onnxjit.SessionOptions()
    so.add_session_config_entry("session.compile_cache_dir", str(cache_dir))     # nothing compiled before
    return onnxjit.InferenceSession(model.SerializeToString(), so, providers=CPU)


def _counting_compiles(names: list):
    """A context in which every Numba compilation appends the function's name to `names`."""
    import numba.core.event as ev

    class Count(ev.Listener):
        def on_start(self, e):
            names.append(e.data["dispatcher"].py_func.__qualname__)

        def on_end(self, e):
            pass

    return ev.install_listener("numba:compile", Count())


def test_branches_the_warm_up_does_not_take_are_compiled_at_creation(tmp_path):
    # silero-vad's shape: an If on a fed scalar (the sample rate) whose branches hold compiled
    # ops and an If of their own.  The warm-up feeds zeros (else_branch); a first run taking
    # then_branch and its nested then_branch must compile nothing (session creation built and
    # compiled every branch: ops/control.py prebuild_branches), and match onnxruntime.
    inner_then = helper.make_graph([helper.make_node("Sigmoid", ["h"], ["it"]),
                                    helper.make_node("Mul", ["it", "x"], ["i_out"])],
                                   "inner_then", [], [vi("i_out", T.FLOAT, None)])
    inner_else = helper.make_graph([helper.make_node("Tanh", ["h"], ["ie"]),
                                    helper.make_node("Sub", ["ie", "x"], ["e2_out"])],
                                   "inner_else", [], [vi("e2_out", T.FLOAT, None)])
    then_g = helper.make_graph(
        [helper.make_node("Add", ["x", "w"], ["h"]),
         helper.make_node("ReduceMax", ["h"], ["m"], keepdims=0),
         helper.make_node("Greater", ["m", "zero"], ["c2"]),
         helper.make_node("If", ["c2"], ["t_out"], then_branch=inner_then, else_branch=inner_else)],
        "then", [], [vi("t_out", T.FLOAT, None)])
    else_g = helper.make_graph([helper.make_node("Mul", ["x", "w"], ["e1"]),
                                helper.make_node("Relu", ["e1"], ["e_out"])],
                               "else", [], [vi("e_out", T.FLOAT, None)])
    nodes = [helper.make_node("Equal", ["sr", "rate"], ["c"]),
             helper.make_node("If", ["c"], ["y"], then_branch=then_g, else_branch=else_g)]
    model = make_model(nodes, [vi("x", T.FLOAT, [2, "N"]), vi("sr", T.INT64, [])], [vi("y", T.FLOAT, None)],
                       [init("w", np.float32(0.5)), init("zero", np.float32(0)), init("rate", np.int64(16000))])
    sess = _fresh_session(model, tmp_path)
    compiles = []
    x = np.abs(np.random.default_rng(3).standard_normal((2, 7))).astype(np.float32)
    feeds = {"x": x, "sr": np.array(16000, np.int64)}
    with _counting_compiles(compiles):
        ours = sess.run(None, feeds)
    assert compiles == []
    np.testing.assert_allclose(ours[0], ort_run(model, feeds)[0], **TOL)
    feeds = {"x": -x, "sr": np.array(16000, np.int64)}       # the nested else_branch
    np.testing.assert_allclose(sess.run(None, feeds)[0], ort_run(model, feeds)[0], **TOL)


def test_warm_up_grows_dims_and_compiles_branches_of_run_time_ranks(tmp_path, monkeypatch):
    # silero-vad's troubles at creation: on dims of 1 the model fails (here a 64-tap conv in
    # each branch needs 64 samples), so the warm-up tries larger dims; and each branch of its
    # sample-rate If holds a value whose rank is only known while running (a nested "Squeeze if
    # the dim is 1" If), so its steps are specialized by a run.  The warm-up runs both branches
    # (the one zeros do not take explored on every try until one has the samples it needs:
    # silero-vad's 16 kHz branch, explored on the first try only, compiled 8 functions in its
    # first real run), so a first run on the other branch compiles nothing; and both match
    # onnxruntime.
    def squeeze_if_one(src, out, tag):
        sq = helper.make_graph([helper.make_node("Squeeze", [src, "ax0"], [f"{tag}_sq"])], f"{tag}_sq_g", [],
                               [vi(f"{tag}_sq", T.FLOAT, None)])
        same = helper.make_graph([helper.make_node("Identity", [src], [f"{tag}_id"])], f"{tag}_id_g", [],
                                 [vi(f"{tag}_id", T.FLOAT, None)])
        return [helper.make_node("Shape", [src], [f"{tag}_s"]),
                helper.make_node("Gather", [f"{tag}_s", "i0"], [f"{tag}_d"], axis=0),
                helper.make_node("Equal", [f"{tag}_d", "one"], [f"{tag}_c"]),
                helper.make_node("If", [f"{tag}_c"], [out], then_branch=sq, else_branch=same)]

    then_g = helper.make_graph([helper.make_node("Conv", ["x3", "w"], ["t_conv"])] + squeeze_if_one("t_conv", "t_r", "t") + [
        helper.make_node("Sigmoid", ["t_r"], ["t_act"]),
        helper.make_node("ReduceSum", ["t_act"], ["t_out"], keepdims=0)], "then", [], [vi("t_out", T.FLOAT, None)])
    else_g = helper.make_graph([helper.make_node("Conv", ["x3", "w"], ["e_conv"])] + squeeze_if_one("e_conv", "e_r", "e") + [
        helper.make_node("Tanh", ["e_r"], ["e_act"]),
        helper.make_node("ReduceSum", ["e_act"], ["e_out"], keepdims=0)], "else", [], [vi("e_out", T.FLOAT, None)])
    nodes = [helper.make_node("Unsqueeze", ["x", "ax0"], ["x3"]),
             helper.make_node("Equal", ["sr", "rate"], ["c"]),
             helper.make_node("If", ["c"], ["y"], then_branch=then_g, else_branch=else_g)]
    rng = np.random.default_rng(5)
    model = make_model(nodes, [vi("x", T.FLOAT, [1, "L"]), vi("sr", T.INT64, [])], [vi("y", T.FLOAT, None)],
                       [init("w", (rng.standard_normal((4, 1, 64)) * 0.1).astype(np.float32)),
                        init("ax0", np.int64([0])), init("i0", np.int64(0)), init("one", np.int64(1)),
                        init("rate", np.int64(16000))], opset=17)
    # the outer If's branches that run during creation: then_branch, which zeros do not take,
    # can only be explored on the try that has enough samples (the last)
    from onnxjit.compiler.ops import control
    ran, real = [], control.body_runner

    def spy(ctx, attr, *args):
        run = real(ctx, attr, *args)

        def counted(values):
            outs = run(values)
            if ctx.node.outputs[0] == "y":
                ran.append(attr)
            return outs
        return counted
    monkeypatch.setattr(control, "body_runner", spy)
    sess = _fresh_session(model, tmp_path)
    monkeypatch.undo()
    assert "then_branch" in ran and "else_branch" in ran, ran
    compiles = []
    x = rng.standard_normal((1, 300)).astype(np.float32)
    for sr in (16000, 8000):
        feeds = {"x": x, "sr": np.array(sr, np.int64)}
        with _counting_compiles(compiles):
            ours = sess.run(None, feeds)
        assert compiles == [], (sr, compiles)
        np.testing.assert_allclose(ours[0], ort_run(model, feeds)[0], rtol=1e-5, atol=1e-4)
    with pytest.raises(onnxjit.RuntimeException, match="shorter than the kernel"):
        sess.run(None, {"x": np.zeros((1, 8), np.float32), "sr": np.array(16000, np.int64)})
