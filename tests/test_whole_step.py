"""Whole-step functions (compiler/codegen.py whole_source, program.CompiledStep._weigh_whole):
a step run often with little work a call switches from its Python function, which calls each
kernel from Python, to one compiled function that makes the same views and calls the same
kernels by symbol.  Its results must be the Python step's, bit for bit (the same kernels on the
same data), and onnxruntime's within float32 rounding (rtol=1e-5, atol=1e-6), at every input
shape, without compiling again."""
import numpy as np
import pytest
from numba import njit
from onnx import TensorProto as T, helper

import onnxjit
from onnxjit.kernels.cpu.views import reshape as _reshape, view as _view
from helpers import CPU, init, make_model, ort_run, vi

TOL = dict(rtol=1e-5, atol=1e-6)
RNG = np.random.default_rng(11)


def _model():
    """softmax(relu(x @ w + b)) and a Gather of it by feed indices: a MatMul kernel, a fused
    pointwise loop, a Softmax kernel and a Gather that reports bad indices (a step that raises)."""
    nodes = [helper.make_node("MatMul", ["x", "w"], ["m"]), helper.make_node("Add", ["m", "b"], ["a"]),
             helper.make_node("Relu", ["a"], ["r"]), helper.make_node("Softmax", ["r"], ["y"], axis=-1),
             helper.make_node("Gather", ["y", "idx"], ["g"], axis=1)]
    return make_model(nodes, [vi("x", T.FLOAT, ["N", 8]), vi("idx", T.INT64, [2])],
                      [vi("y", T.FLOAT, ["N", 8]), vi("g", T.FLOAT, ["N", 2])],
                      [init("w", RNG.standard_normal((8, 8)).astype(np.float32)),
                       init("b", RNG.standard_normal(8).astype(np.float32))])


def _session(model, after):
    so = onnxjit.SessionOptions()
    so.add_session_config_entry("session.whole_step_after", str(after))
    return onnxjit.InferenceSession(model.SerializeToString(), so, providers=CPU)


def _feeds(n):
    return {"x": RNG.standard_normal((n, 8)).astype(np.float32), "idx": np.int64([7, 0])}


@pytest.fixture(scope="module")
def whole_session():
    model = _model()
    sess = _session(model, 6)
    steps = list(sess.program.compiled_steps())
    assert all(s.whole is None for s in steps)     # (creation's warm-up run counts as a call)
    for k in range(6):
        sess.run(None, _feeds(2))
    assert all(s.whole is not None for s in steps)
    return model, sess


def test_a_step_run_often_runs_whole_and_agrees_at_every_shape(whole_session):
    from numba.core import event
    model, sess = whole_session
    plain = _session(model, 0)
    compiled = []

    class Listener(event.Listener):
        def on_start(self, ev):
            compiled.append(ev.data["dispatcher"].py_func.__name__)

        def on_end(self, ev):
            pass

    with event.install_listener("numba:compile", Listener()):
        for n in (2, 5, 1, 9, 2):
            feeds = _feeds(n)
            ours, ref, theirs = sess.run(None, feeds), plain.run(None, feeds), ort_run(model, feeds)
            for a, b, c in zip(ours, ref, theirs):
                np.testing.assert_array_equal(a, b)
                np.testing.assert_allclose(a, c, **TOL)
    assert compiled == []
    assert all(s.whole is None for s in plain.program.compiled_steps())


def test_the_whole_function_calls_its_kernels_by_symbol():
    so = onnxjit.SessionOptions()      # (Numba keeps no LLVM of code it loads from its cache)
    so.add_session_config_entry("session.whole_step_after", "1")
    so.add_session_config_entry("session.disable_compile_cache", "1")
    sess = onnxjit.InferenceSession(_model().SerializeToString(), so, providers=CPU)
    sess.run(None, _feeds(2))
    step = next(iter(sess.program.compiled_steps()))
    llvm = step.whole.inspect_llvm(step.whole.signatures[0])
    defined = [ln for ln in llvm.splitlines() if ln.startswith("define")]
    declared = [ln for ln in llvm.splitlines() if ln.startswith("declare") and "_ZN" in ln]
    # the kernels are declared, not linked in: the whole function is the only one defined
    # (and its two Python-facing wrappers)
    assert any("matmul" in ln for ln in declared) and any("softmax" in ln for ln in declared), declared
    assert not any("matmul" in ln or "softmax" in ln for ln in defined)


def test_an_error_raised_inside_the_whole_function_reaches_the_caller(whole_session):
    model, sess = whole_session
    feeds = _feeds(2)
    feeds["idx"] = np.int64([8, 0])
    with pytest.raises(Exception, match="out of range"):
        sess.run(None, feeds)
    np.testing.assert_allclose(sess.run(None, _feeds(3))[1].shape, (3, 2))     # and the session goes on


def test_runs_with_run_options_use_the_python_step(whole_session):
    # and a whole-step function that raises leaves the run to the Python step (which raises
    # the error again with its values in the message, or, here, computes the outputs)
    model, sess = whole_session
    step = next(iter(sess.program.compiled_steps()))
    whole, fast = step.whole, step._fast
    ran = []

    def refuse(*args):
        ran.append(1)
        raise IndexError("the whole-step function ran")
    step.whole = step._fast = refuse
    try:
        feeds = _feeds(4)
        ro = onnxjit.RunOptions()
        ro.run_log_verbosity_level = 0
        for a, c in zip(sess.run(None, feeds, ro), ort_run(model, feeds)):
            np.testing.assert_allclose(a, c, **TOL)
        assert ran == []
        for a, c in zip(sess.run(None, feeds), ort_run(model, feeds)):
            np.testing.assert_allclose(a, c, **TOL)
        assert ran == [1]
    finally:
        step.whole, step._fast = whole, fast


def test_whole_step_after_is_a_count_of_calls():
    model = _model()
    sess = _session(model, 0)
    for _ in range(40):
        sess.run(None, _feeds(2))
    assert all(s.whole is None for s in sess.program.compiled_steps())
    for bad in ("x", "-1"):
        with pytest.raises(onnxjit.InvalidArgument, match="whole_step_after"):
            _session(model, bad)


@njit(cache=True)
def _views(buf, lo, hi, rows):
    v = _view(buf, lo, hi, np.float32)
    return _reshape(v, (rows, v.size // rows if rows else 0))


def test_unchecked_views_still_refuse_a_view_outside_their_array():
    buf = np.arange(32, dtype=np.float32).view(np.uint8)
    m = _views(buf, 16, 48, 2)
    np.testing.assert_array_equal(m, np.arange(4, 12, dtype=np.float32).reshape(2, 4))
    assert np.shares_memory(m, buf)
    for lo, hi, rows in ((16, 132, 2), (-4, 16, 1), (16, 8, 1), (0, 32, 3)):
        with pytest.raises(IndexError, match="outside its array"):
            _views(buf, lo, hi, rows)


def test_whole_lines_copy_outputs_and_raise_fixed_messages():
    from onnxjit.compiler.codegen import _plain_body, _unchecked_views
    assert _plain_body("    out1[:] = t7") == "    _call(_copy, t7, out1)"
    assert _plain_body("    raise IndexError('MaxUnpool (u): index out of range at ' + str(bad))") == \
        "    raise IndexError('internal: see the message of the step run in Python')"
    assert _plain_body("    raise IndexError('Gather (g): an index is out of range')") == \
        "    raise IndexError('Gather (g): an index is out of range')"
    assert _unchecked_views("t3_0 = t3.reshape((P[4], 1))  # name.reshape((9))") == \
        "t3_0 = _reshape(t3, (P[4], 1))  # name.reshape((9))"
    assert _unchecked_views("w2 = W[P[4]:P[5]].view(np.float32)  # w") == "w2 = _view(W, P[4], P[5], np.float32)  # w"
    assert _unchecked_views("P_3 = P[:0]") == "P_3 = _view(P, 0, 0, np.int64)"
    assert _unchecked_views("x = in0.reshape((P[1],))") == "x = in0.reshape((P[1],))"     # a step input: NumPy's
