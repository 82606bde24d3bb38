"""onnxruntime's Python API beyond run(): each behaviour runs on onnxjit AND on onnxruntime and
must have the same outcome (results exactly, exception classes by name or builtin base,
metadata values, profile file structure).  Tiny models; the compiled modules are shared."""
import glob
import json
import logging
import os
import threading
import time
import warnings

import numpy as np
import onnxruntime
import pytest
from onnx import TensorProto as T, helper

import onnxjit
from helpers import CPU, init, make_model, vi

RUNTIMES = [onnxjit, onnxruntime]
X = np.arange(6, dtype=np.float32).reshape(2, 3) - 2.0


def add_relu_model(w_is_input=False):
    """Y = Relu(X + W); X float [N, 3]; W float [3] an initializer (also a graph input: overridable)."""
    nodes = [helper.make_node("Add", ["X", "W"], ["T"], name="add0"),
             helper.make_node("Relu", ["T"], ["Y"], name="relu0")]
    inputs = [vi("X", T.FLOAT, ["N", 3])] + ([vi("W", T.FLOAT, [3])] if w_is_input else [])
    m = make_model(nodes, inputs, [vi("Y", T.FLOAT, ["N", 3])], [init("W", np.array([1, 2, 3], np.float32))])
    m.producer_name, m.domain, m.model_version, m.doc_string = "prod", "dom", 7, "model doc"
    m.graph.doc_string = "graph doc"
    helper.set_model_props(m, {"author": "me", "k": "v"})
    return m.SerializeToString()


def steps_model(k=4):
    """k rounds of Sin (compiled) then Compress (host, data-dependent): 2k steps; second output Z = Cos(X)."""
    nodes, prev = [], "X"
    for i in range(k):
        nodes += [helper.make_node("Sin", [prev], [f"s{i}"], name=f"sin{i}"),
                  helper.make_node("Compress", [f"s{i}", "C"], [f"c{i}"], axis=0, name=f"compress{i}")]
        prev = f"c{i}"
    nodes += [helper.make_node("Identity", [prev], ["Y"], name="out"), helper.make_node("Cos", ["X"], ["Z"], name="cos")]
    return make_model(nodes, [vi("X", T.FLOAT, ["n"]), vi("C", T.BOOL, ["n"])],
                      [vi("Y", T.FLOAT, None), vi("Z", T.FLOAT, ["n"])]).SerializeToString()


def session(rt, data, so=None, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return rt.InferenceSession(data, so, providers=CPU, **kw)


@pytest.fixture(scope="module")
def pair():
    data = add_relu_model()
    return {rt: session(rt, data) for rt in RUNTIMES}


@pytest.fixture(scope="module")
def steps():
    data = steps_model()
    return {rt: session(rt, data) for rt in RUNTIMES}


def outcome(fn):
    """('ok', value) or ('error', builtin base class name)."""
    try:
        return "ok", fn()
    except Exception as e:
        for base in (ValueError, RuntimeError, TypeError, KeyError):
            if isinstance(e, base):
                return "error", base.__name__
        return "error", "Exception"


def same(fn):
    a, b = outcome(lambda: fn(onnxjit)), outcome(lambda: fn(onnxruntime))
    assert a[0] == b[0], (a, b)
    return a, b


# ---------------------------------------------------------------- metadata, overridable initializers
def test_modelmeta_fields(pair):
    fields = ["custom_metadata_map", "description", "domain", "graph_description", "graph_name",
              "producer_name", "version"]
    ours, theirs = pair[onnxjit].get_modelmeta(), pair[onnxruntime].get_modelmeta()
    assert [f for f in dir(theirs) if not f.startswith("_")] == fields
    for f in fields:
        assert getattr(ours, f) == getattr(theirs, f), f


def test_feeding_an_overridable_initializer_overrides_it():
    data = add_relu_model(w_is_input=True)
    s = {rt: session(rt, data) for rt in RUNTIMES}
    for rt in RUNTIMES:
        assert [(a.name, a.type, a.shape) for a in s[rt].get_overridable_initializers()] == [("W", "tensor(float)", [3])]
    w = np.array([-5, 0, 5], np.float32)
    for feeds in ({"X": X}, {"X": X, "W": w}):
        a, b = (s[rt].run(None, feeds)[0] for rt in RUNTIMES)
        np.testing.assert_array_equal(a, b)
    np.testing.assert_array_equal(s[onnxjit].run(None, {"X": X, "W": w})[0], np.maximum(X + w, 0))


# ---------------------------------------------------------------- SessionOptions / RunOptions
SO_ATTRS = ["enable_profiling", "profile_file_prefix", "log_severity_level", "log_verbosity_level", "logid",
            "execution_mode", "execution_order", "inter_op_num_threads", "intra_op_num_threads",
            "enable_mem_pattern", "enable_mem_reuse", "enable_cpu_mem_arena", "use_deterministic_compute",
            "graph_optimization_level", "optimized_model_filepath", "use_per_session_threads"]


def test_session_options_defaults_and_config_entries(pair):
    ours, theirs = onnxjit.SessionOptions(), onnxruntime.SessionOptions()
    for a in SO_ATTRS:
        mine, ref = getattr(ours, a), getattr(theirs, a)
        assert (mine if isinstance(ref, (str, bool, int)) else int(mine)) == \
            (ref if isinstance(ref, (str, bool, int)) else int(ref)), a
    for so in (ours, theirs):
        so.add_session_config_entry("session.k", "v1")
        so.add_session_config_entry("session.k", "v2")
        assert so.get_session_config_entry("session.k") == "v2"
    same(lambda rt: rt.SessionOptions().get_session_config_entry("missing"))
    assert same(lambda rt: rt.SessionOptions().add_session_config_entry("k", 1))[0] == ("error", "TypeError")
    for rt in RUNTIMES:
        assert isinstance(pair[rt].get_session_options(), (type(None), rt.SessionOptions))


def test_run_options_defaults_and_config_entries():
    ours, theirs = onnxjit.RunOptions(), onnxruntime.RunOptions()
    for a in ["log_severity_level", "log_verbosity_level", "logid", "terminate", "only_execute_path_to_fetches"]:
        assert getattr(ours, a) == getattr(theirs, a), a
    for ro in (ours, theirs):
        ro.add_run_config_entry("k", "v")
        assert ro.get_run_config_entry("k") == "v"
    assert same(lambda rt: rt.RunOptions().get_run_config_entry("missing"))[0] == ("error", "RuntimeError")


def test_add_initializer_replaces_the_models():
    data = add_relu_model()
    results = {}
    for rt in RUNTIMES:
        so = rt.SessionOptions()
        w = rt.OrtValue.ortvalue_from_numpy(np.array([10, 20, 30], np.float32))
        so.add_initializer("W", w)
        so.add_initializer("NotInTheModel", w)     # ignored
        results[rt] = session(rt, data, so).run(None, {"X": X})[0]
    np.testing.assert_array_equal(results[onnxjit], results[onnxruntime])
    np.testing.assert_array_equal(results[onnxjit], X + [10, 20, 30])
    same(lambda rt: rt.SessionOptions().add_initializer("W", np.ones(3, np.float32)))


def test_free_dimension_override_pins_the_dim():
    data = add_relu_model()
    s = {}
    for rt in RUNTIMES:
        so = rt.SessionOptions()
        so.add_free_dimension_override_by_name("N", 2)
        s[rt] = session(rt, data, so)
    for rt in RUNTIMES:
        assert s[rt].get_inputs()[0].shape == [2, 3] and s[rt].get_outputs()[0].shape == [2, 3]
    np.testing.assert_array_equal(*(s[rt].run(None, {"X": X})[0] for rt in RUNTIMES))
    ours = outcome(lambda: s[onnxjit].run(None, {"X": np.zeros((4, 3), np.float32)}))
    with pytest.raises(Exception) as theirs:
        s[onnxruntime].run(None, {"X": np.zeros((4, 3), np.float32)})
    assert ours == ("error", "ValueError") and type(theirs.value).__name__ == "InvalidArgument"
    with pytest.raises(onnxjit.InvalidArgument):
        s[onnxjit].run(None, {"X": np.zeros((4, 3), np.float32)})


# ---------------------------------------------------------------- RunOptions.terminate
def test_terminate_flag_fails_then_clearing_it_runs(pair):
    for rt in RUNTIMES:
        ro = rt.RunOptions()
        ro.terminate = True
        with pytest.raises(Exception) as e:
            pair[rt].run(None, {"X": X}, ro)
        assert type(e.value).__name__ == "Fail" and "terminate flag" in str(e.value)
        ro.terminate = False
        np.testing.assert_array_equal(pair[rt].run(None, {"X": X}, ro)[0], np.maximum(X + [1, 2, 3], 0))


class _FlipsDuringRun(onnxjit.RunOptions):
    """terminate turns True after it has been read `after` times: another thread setting it mid-run."""

    def __init__(self, after):
        super().__init__()
        self.reads, self.after = 0, after

    @property
    def terminate(self):
        self.reads += 1
        return self.reads > self.after

    @terminate.setter
    def terminate(self, value):
        pass


def test_terminate_is_checked_between_steps(steps):
    sess = steps[onnxjit]
    n_steps = len(sess.program.steps)
    assert n_steps >= 8
    feeds = {"X": np.linspace(0, 1, 16, dtype=np.float32), "C": np.ones(16, bool)}
    ro = _FlipsDuringRun(after=3)     # the check before the run and before two steps pass
    with pytest.raises(onnxjit.Fail):
        sess.run(None, feeds, ro)
    assert ro.reads == 4 < n_steps


def test_terminate_from_another_thread_stops_a_run_in_progress(steps):
    n = 1 << 20
    feeds = {"X": np.linspace(0, 1, n, dtype=np.float32), "C": np.ones(n, bool)}
    for rt in RUNTIMES:
        ro, errors = rt.RunOptions(), []

        def loop():
            while True:
                try:
                    steps[rt].run(None, feeds, ro)
                except Exception as e:
                    errors.append(e)
                    return

        th = threading.Thread(target=loop)
        th.start()
        time.sleep(0.05)
        ro.terminate = True
        th.join(10)
        assert not th.is_alive() and type(errors[0]).__name__ == "Fail"
        ro.terminate = False
        assert steps[rt].run(None, feeds, ro)[1].shape == (n,)


def test_only_execute_path_to_fetches(steps):
    feeds = {"X": np.linspace(0, 1, 8, dtype=np.float32), "C": np.ones(8, bool)}
    res = {}
    for rt in RUNTIMES:
        ro = rt.RunOptions()
        ro.only_execute_path_to_fetches = True
        res[rt] = (steps[rt].run(["Z"], feeds, ro)[0], steps[rt].run(["Y"], feeds, ro)[0])
    for a, b in zip(res[onnxjit], res[onnxruntime]):
        np.testing.assert_allclose(a, b, rtol=1e-6)
    program = steps[onnxjit].program
    assert len(program._needed_steps(("Z",))) == 1 < len(program._needed_steps(("Y",)))


# ---------------------------------------------------------------- run_async, run_with_ort_values
def test_run_async_calls_back_on_a_worker_thread(pair):
    for rt in RUNTIMES:
        for feed, ok in (({"X": X}, True), ({"X": X.astype(np.float64)}, False)):
            done, got = threading.Event(), {}

            def callback(results, user_data, err):
                got.update(results=results, user_data=user_data, err=err, main=threading.current_thread()
                           is threading.main_thread())
                done.set()

            pair[rt].run_async(None, feed, callback, "data")
            assert done.wait(10)
            assert got["user_data"] == "data" and not got["main"]
            if ok:
                assert got["err"] == ""
                np.testing.assert_array_equal(got["results"][0], np.maximum(X + [1, 2, 3], 0))
            else:
                assert got["results"] == [] and "Unexpected input data type" in got["err"]
    same(lambda rt: pair[rt].run_async(None, {}, lambda *a: None, None))


def test_run_with_ort_values(pair):
    out = {}
    for rt in RUNTIMES:
        r = pair[rt].run_with_ort_values(["Y"], {"X": rt.OrtValue.ortvalue_from_numpy(X)})
        assert isinstance(r[0], rt.OrtValue)
        out[rt] = r[0].numpy()
    np.testing.assert_array_equal(out[onnxjit], out[onnxruntime])


# ---------------------------------------------------------------- OrtValue
def test_ortvalue_factories_and_accessors():
    for rt in RUNTIMES:
        a = X.copy()
        v = rt.OrtValue.ortvalue_from_numpy(a)
        assert (v.shape(), v.data_type(), v.element_type(), v.device_name(), v.is_tensor()) == \
            ([2, 3], "tensor(float)", T.FLOAT, "cpu", True)
        assert v.data_ptr() == a.ctypes.data and np.shares_memory(v.numpy(), a)
        assert v.tensor_size_in_bytes() == 24 and v.has_value()
        v.update_inplace(np.full((2, 3), 7, np.float32))
        assert (a == 7).all()
        e = rt.OrtValue.ortvalue_from_shape_and_type([4, 1], np.int64, "cpu", 0)
        assert (e.shape(), e.data_type()) == ([4, 1], "tensor(int64)")
        assert rt.OrtValue.ortvalue_from_shape_and_type([2], T.DOUBLE).data_type() == "tensor(double)"
        np.testing.assert_array_equal(np.asarray(v), a)
    same(lambda rt: rt.OrtValue.ortvalue_from_numpy(X.copy()).update_inplace(np.ones(5, np.float32)))
    same(lambda rt: rt.OrtValue.ortvalue_from_numpy(X, "cuda", 0))


# ---------------------------------------------------------------- IOBinding
def test_iobinding_runtime_allocated_outputs(pair):
    out = {}
    for rt in RUNTIMES:
        io = pair[rt].io_binding()
        assert io.get_outputs() == []
        io.bind_cpu_input("X", X)
        io.bind_output("Y")
        pair[rt].run_with_iobinding(io)
        io.synchronize_outputs()
        vals = io.get_outputs()
        assert isinstance(vals[0], rt.OrtValue)
        out[rt] = (vals[0].numpy(), io.copy_outputs_to_cpu()[0])
    for a, b in zip(out[onnxjit], out[onnxruntime]):
        np.testing.assert_array_equal(a, b)


def test_iobinding_caller_buffers_are_written_in_place(pair):
    for rt in RUNTIMES:
        x = X.copy()
        y = np.full((2, 3), -1, np.float32)
        io = pair[rt].io_binding()
        io.bind_input("X", "cpu", 0, np.float32, [2, 3], x.ctypes.data)
        io.bind_output("Y", "cpu", 0, np.float32, [2, 3], y.ctypes.data)
        io.synchronize_inputs()
        pair[rt].run_with_iobinding(io)
        np.testing.assert_array_equal(y, np.maximum(X + [1, 2, 3], 0))
        assert io.get_outputs()[0].data_ptr() == y.ctypes.data
        x[:] = 10        # the binding reads the caller's memory at each run
        pair[rt].run_with_iobinding(io)
        np.testing.assert_array_equal(y, 10 + np.array([[1, 2, 3]] * 2, np.float32))
        yv = rt.OrtValue.ortvalue_from_shape_and_type([2, 3], np.float32)
        io.bind_ortvalue_input("X", rt.OrtValue.ortvalue_from_numpy(X))
        io.bind_ortvalue_output("Y", yv)
        pair[rt].run_with_iobinding(io)
        np.testing.assert_array_equal(yv.numpy(), np.maximum(X + [1, 2, 3], 0))
        assert io.get_outputs()[0].data_ptr() == yv.data_ptr()


def test_iobinding_no_copy_in_compiled_step(pair, monkeypatch):
    """onnxjit's compiled step gets the caller's buffer itself (no temporary then copy)."""
    from onnxjit.compiler import program as prog
    seen = []
    real = prog.CompiledStep.run

    def spy(self, arrays, out=None):
        res = real(self, arrays, out)
        seen.extend(r.ctypes.data for r in res)
        return res

    monkeypatch.setattr(prog.CompiledStep, "run", spy)
    y = np.zeros((2, 3), np.float32)
    io = pair[onnxjit].io_binding()
    io.bind_cpu_input("X", X)
    io.bind_output("Y", "cpu", 0, np.float32, [2, 3], y.ctypes.data)
    pair[onnxjit].run_with_iobinding(io)
    assert y.ctypes.data in seen


def test_iobinding_errors(pair):
    def bad_input_name(rt):
        pair[rt].io_binding().bind_input("Nope", "cpu", 0, np.float32, [2, 3], X.ctypes.data)

    def no_outputs(rt):
        io = pair[rt].io_binding()
        io.bind_cpu_input("X", X)
        pair[rt].run_with_iobinding(io)

    def cleared_inputs(rt):
        io = pair[rt].io_binding()
        io.bind_cpu_input("X", X)
        io.bind_output("Y")
        io.clear_binding_inputs()
        pair[rt].run_with_iobinding(io)

    def cleared_outputs(rt):
        io = pair[rt].io_binding()
        io.bind_cpu_input("X", X)
        io.bind_output("Y")
        io.clear_binding_outputs()
        pair[rt].run_with_iobinding(io)

    def wrong_output_type(rt):
        y = np.zeros((2, 3), np.float64)
        io = pair[rt].io_binding()
        io.bind_cpu_input("X", X)
        io.bind_output("Y", "cpu", 0, np.float64, [2, 3], y.ctypes.data)
        pair[rt].run_with_iobinding(io)

    def wrong_output_shape(rt):
        y = np.zeros((3, 3), np.float32)
        io = pair[rt].io_binding()
        io.bind_cpu_input("X", X)
        io.bind_output("Y", "cpu", 0, np.float32, [3, 3], y.ctypes.data)
        pair[rt].run_with_iobinding(io)

    def unknown_output(rt):
        io = pair[rt].io_binding()
        io.bind_cpu_input("X", X)
        io.bind_output("Nope")
        pair[rt].run_with_iobinding(io)

    def buffer_without_shape(rt):
        pair[rt].io_binding().bind_output("Y", "cpu", 0, np.float32, None, X.ctypes.data)

    for case in (bad_input_name, no_outputs, cleared_inputs, cleared_outputs, wrong_output_type,
                 wrong_output_shape, unknown_output):
        assert same(case)[0] == ("error", "RuntimeError"), case.__name__
    assert same(buffer_without_shape)[0] == ("error", "ValueError")


# ---------------------------------------------------------------- profiling
def test_profiling_writes_a_chrome_trace(tmp_path):
    data = add_relu_model()
    traces = {}
    for rt in RUNTIMES:
        so = rt.SessionOptions()
        so.enable_profiling = True
        so.profile_file_prefix = str(tmp_path / f"{rt.__name__}_prof")
        s = session(rt, data, so)
        start = s.get_profiling_start_time_ns()
        assert isinstance(start, int) and abs(start - time.time_ns()) < 600e9
        s.run(None, {"X": X})
        path = s.end_profiling()
        assert os.path.basename(path).startswith(f"{rt.__name__}_prof_") and path.endswith(".json")
        assert glob.glob(str(tmp_path / f"{rt.__name__}_prof_*.json")) == [path]
        assert s.end_profiling() == ""
        traces[rt] = json.load(open(path))
    for rt, events in traces.items():
        assert isinstance(events, list) and events
        for e in events:
            assert {"name", "cat", "ph", "ts", "dur", "pid", "tid", "args"} <= set(e), e
            assert e["ph"] == "X" and isinstance(e["ts"], int) and isinstance(e["dur"], int)
        names = {e["name"] for e in events}
        assert {"model_run", "session_initialization"} <= names
        assert any(e["cat"] == "Node" and "add0" in e["name"] for e in events)
    ours = {e["name"] for e in traces[onnxjit]}
    assert {"model_loading_array", "optimize", "codegen", "compile"} <= ours
    # each fused group of a run gets its own event, named by the ONNX nodes it contains
    groups = [e for e in traces[onnxjit] if e["name"].endswith("_group")]
    assert groups and all(e["args"]["node_names"] for e in groups)
    assert session(onnxjit, data).end_profiling() == session(onnxruntime, data).end_profiling() == ""


# ---------------------------------------------------------------- providers
def test_providers_lists_and_set_providers(pair):
    # onnxruntime's list differs from build to build and release to release (1.32 dropped two
    # names 1.31 had): the names both know come in the same order, CPU last, CUDA among them
    ours, theirs = onnxjit.get_all_providers(), onnxruntime.get_all_providers()
    common = [p for p in ours if p in theirs]
    assert common == [p for p in theirs if p in ours] and len(common) >= len(theirs) - 2
    assert ours[-1] == theirs[-1] == "CPUExecutionProvider" and "CUDAExecutionProvider" in ours
    for rt in RUNTIMES:
        s = pair[rt]
        s.set_providers(["CPUExecutionProvider"], [{}])
        assert s.get_providers() == ["CPUExecutionProvider"]
        assert s.get_provider_options() == {"CPUExecutionProvider": {}}
        s.disable_fallback()
        s.enable_fallback()
        np.testing.assert_array_equal(s.run(None, {"X": X})[0], np.maximum(X + [1, 2, 3], 0))
    assert same(lambda rt: pair[rt].set_providers(["NoSuchProvider"]))[0] == ("error", "RuntimeError")


def test_unknown_and_unavailable_providers_warn_as_onnxruntime(pair):
    data = add_relu_model()
    for rt in RUNTIMES:
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            s = rt.InferenceSession(data, providers=["CUDAExecutionProvider", "CPUExecutionProvider"])
        assert s.get_providers() == ["CPUExecutionProvider"]
        assert any("Specified provider 'CUDAExecutionProvider' is not in available provider names.Available "
                   "providers:" in str(x.message) for x in w)
        with warnings.catch_warnings(record=True) as w, pytest.raises(Exception) as e:
            warnings.simplefilter("always")
            rt.InferenceSession(data, providers=["NoSuchProvider"], enable_fallback=0)
        assert "Unknown Provider Type: NoSuchProvider" in str(e.value)
        assert any("'NoSuchProvider' is not in available provider names" in str(x.message) for x in w)


# ---------------------------------------------------------------- module functions, logging, errors
def test_module_functions():
    for rt in RUNTIMES:
        assert isinstance(rt.get_version_string(), str) and rt.__version__ == rt.get_version_string()
        assert rt.get_device() == "CPU"
        rt.set_default_logger_verbosity(0)
        rt.set_seed(1234)
    assert onnxjit.get_seed() == 1234
    assert same(lambda rt: rt.set_default_logger_severity(5))[0] == ("error", "RuntimeError")
    for rt in RUNTIMES:
        rt.set_default_logger_severity(3)
        rt.set_default_logger_severity(2)


def test_logging_through_python_logging(pair, caplog):
    data = add_relu_model()
    so = onnxjit.SessionOptions()
    so.log_severity_level = 1
    so.logid = "mysession"
    with caplog.at_level(logging.DEBUG, logger="onnxjit"):
        session(onnxjit, data, so)
    info = [r for r in caplog.records if r.name == "onnxjit" and r.levelno == logging.INFO]
    assert any("[mysession]" in r.getMessage() and "Session created" in r.getMessage() for r in info)
    caplog.clear()
    so.log_severity_level = 3
    with caplog.at_level(logging.DEBUG, logger="onnxjit"):
        session(onnxjit, data, so)
    assert not [r for r in caplog.records if r.name == "onnxjit" and r.levelno < logging.ERROR]


def test_error_classes_as_onnxruntime_exposes_them():
    import onnxjit.capi.onnxruntime_pybind11_state as ours
    import onnxjit.errors
    from onnxruntime.capi import onnxruntime_pybind11_state as theirs
    names = sorted(n for n in dir(theirs) if isinstance(getattr(theirs, n), type)
                   and issubclass(getattr(theirs, n), Exception))
    assert names == sorted(onnxjit.errors.ORT_ERRORS)
    for n in names:
        assert getattr(ours, n) is getattr(onnxjit.errors, n) is getattr(onnxjit, n)
        assert issubclass(getattr(ours, n), Exception)


# ---------------------------------------------------------------- onnx.backend
def test_onnx_backend_interface():
    import unittest

    import onnx.backend.test

    import onnxjit.backend as backend
    assert backend.supports_device("CPU") and not backend.supports_device("CUDA")
    node = helper.make_node("Add", ["a", "b"], ["c"])
    a = np.arange(3, dtype=np.float32)
    np.testing.assert_array_equal(backend.run_node(node, [a, a])[0], a + a)
    model = make_model([helper.make_node("Relu", ["x"], ["y"])], [vi("x", T.FLOAT, [3])], [vi("y", T.FLOAT, [3])])
    np.testing.assert_array_equal(backend.run_model(model, [a - 1])[0], np.maximum(a - 1, 0))
    bt = onnx.backend.test.BackendTest(backend, __name__)
    bt.include(r"^test_(relu|add_bcast)_cpu$")
    suite = unittest.TestSuite(unittest.defaultTestLoader.loadTestsFromTestCase(c) for c in bt.test_cases.values())
    result = unittest.TestResult()
    suite.run(result)
    assert not result.errors and not result.failures
    assert result.testsRun - len(result.skipped) == 2
