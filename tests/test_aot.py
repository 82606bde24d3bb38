"""The AOT artifact: `onnxjit compile` writes it; a session loads it in a fresh process with an
empty compile-cache directory without a single Numba compilation (counted with Numba's
"numba:compile" event), and gives onnxruntime's results (rtol 1e-5, atol 1e-5: the final MatMul
sums products of O(1) terms in another order than onnxruntime)."""
import json
import os
import subprocess
import sys
import zipfile

import numpy as np
import pytest
from onnx import TensorProto as T, helper

from helpers import init, make_model, ort_run, vi

LOAD = r"""
import json, os, sys
from numba.core import event
compiled = []
class Count(event.Listener):
    def on_start(self, ev): compiled.append(str(ev.data.get("dispatcher")))
    def on_end(self, ev): pass
event.register("numba:compile", Count())
import numpy as np, onnxjit
x = np.load(sys.argv[2])
so = onnxjit.SessionOptions()
if len(sys.argv) > 3:
    so.add_session_config_entry("session.aot_allow_recompile", "1")
try:
    s = onnxjit.InferenceSession(sys.argv[1], so)
except Exception as e:
    print(json.dumps({"error": type(e).__name__, "message": str(e)}))
    sys.exit(0)
y = s.run(None, {"x": x})[0]
np.save(sys.argv[2] + ".out.npy", y)
whole = 0
if os.environ.get("AOT_TEST_WHOLE"):     # the steps switch to their whole-step functions (at once,
    for st in s.program.compiled_steps():   # not after 32 calls and by their timing)
        whole += st.make_whole()
    np.testing.assert_array_equal(s.run(None, {"x": x})[0], y)
# loading compiled code needs none of Numba's typing/lowering registries (0.2 s to import)
print(json.dumps({"compiled": compiled, "registries": "numba.np.arraymath" in sys.modules, "whole": whole}))
"""


def _model():
    rng = np.random.default_rng(0)
    nodes = [helper.make_node("Conv", ["x", "w", "b"], ["c"], pads=[1, 1, 1, 1]),
             helper.make_node("Relu", ["c"], ["r"]),
             helper.make_node("Sigmoid", ["r"], ["s"]),
             helper.make_node("Mul", ["s", "r"], ["m"]),
             # a GEMM: its kernel calls a BLAS helper by symbol, which the artifact must carry too
             helper.make_node("MatMul", ["m", "k"], ["y"])]
    inits = [init("w", rng.standard_normal((4, 3, 3, 3)).astype(np.float32)),
             init("b", rng.standard_normal(4).astype(np.float32)),
             init("k", rng.standard_normal((8, 16)).astype(np.float32))]
    return make_model(nodes, [vi("x", T.FLOAT, ["N", 3, 8, 8])], [vi("y", T.FLOAT, None)], inits=inits)


def _run(args, env):
    out = subprocess.run([sys.executable, "-c", LOAD] + args, env=env, capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-3000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def artifact(tmp_path_factory):
    d = tmp_path_factory.mktemp("aot")
    model_path = d / "model.onnx"
    model_path.write_bytes(_model().SerializeToString())
    from onnxjit.cli import main
    from onnxjit.compiler.program import CompiledStep
    # the writer compiles the whole-step functions of the steps whose calls it times as small
    # enough; a machine busy with other tests may time them slower, so here every step is
    # (what is tested is that what it compiled is carried)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(CompiledStep, "wants_whole", lambda self: True)
        assert main(["compile", str(model_path), "-o", str(d / "model.onnxjit")]) == 0
    return d


def test_artifact_loads_without_compiling_in_an_empty_cache(artifact, tmp_path):
    x = np.random.default_rng(1).standard_normal((2, 3, 8, 8)).astype(np.float32)
    np.save(tmp_path / "x.npy", x)
    # and its step (four calls a run, tens of microseconds) switches to its whole-step
    # function, which the artifact carries too
    env = dict(os.environ, ONNXJIT_CACHE_DIR=str(tmp_path / "empty-cache"), AOT_TEST_WHOLE="1")
    result = _run([str(artifact / "model.onnxjit"), str(tmp_path / "x.npy")], env)
    assert result == {"compiled": [], "registries": False, "whole": 1}
    want = ort_run(_model(), {"x": x})[0]
    np.testing.assert_allclose(np.load(tmp_path / "x.npy.out.npy"), want, rtol=1e-5, atol=1e-5)


def test_artifact_written_and_loaded_under_numba_cache_dir(tmp_path):
    # NUMBA_CACHE_DIR moves Numba's cache of ordinary modules; generated modules keep theirs
    # beside their file (kernels/_numba_cache.py), where the artifact writer collects it.  The
    # model here is _model() with another weight so its generated code is compiled afresh.
    rng = np.random.default_rng(5)
    nodes = [helper.make_node("Conv", ["x", "w"], ["c"], pads=[1, 1, 1, 1]), helper.make_node("Tanh", ["c"], ["y"])]
    model = make_model(nodes, [vi("x", T.FLOAT, ["N", 3, 8, 8])], [vi("y", T.FLOAT, None)],
                       inits=[init("w", rng.standard_normal((5, 3, 3, 3)).astype(np.float32))])
    (tmp_path / "m.onnx").write_bytes(model.SerializeToString())
    env = dict(os.environ, ONNXJIT_CACHE_DIR=str(tmp_path / "build-cache"), NUMBA_CACHE_DIR=str(tmp_path / "nb1"))
    out = subprocess.run([sys.executable, "-m", "onnxjit.cli", "compile", str(tmp_path / "m.onnx"), "-o",
                          str(tmp_path / "m.onnxjit")], env=env, capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-3000:]
    x = rng.standard_normal((2, 3, 8, 8)).astype(np.float32)
    np.save(tmp_path / "x.npy", x)
    env = dict(os.environ, ONNXJIT_CACHE_DIR=str(tmp_path / "empty"), NUMBA_CACHE_DIR=str(tmp_path / "nb2"))
    assert _run([str(tmp_path / "m.onnxjit"), str(tmp_path / "x.npy")], env) == {"compiled": [], "registries": False,
                                                                                "whole": 0}
    np.testing.assert_allclose(np.load(tmp_path / "x.npy.out.npy"), ort_run(model, {"x": x})[0], rtol=1e-5, atol=1e-5)


def test_artifact_for_another_cpu_is_refused_or_recompiled_when_allowed(artifact, tmp_path):
    src = artifact / "model.onnxjit"
    bad = tmp_path / "other-cpu.onnxjit"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(bad, "w") as zout:
        for item in zin.namelist():
            data = zin.read(item)
            if item == "manifest.json":
                m = json.loads(data)
                m["host"]["cpu"] = "some-other-cpu"
                data = json.dumps(m)
            zout.writestr(item, data)
    x = np.zeros((1, 3, 8, 8), np.float32)
    np.save(tmp_path / "x.npy", x)
    env = dict(os.environ, ONNXJIT_CACHE_DIR=str(tmp_path / "cache"))
    refused = _run([str(bad), str(tmp_path / "x.npy")], env)
    assert refused["error"] == "InvalidArgument" and "some-other-cpu" in refused["message"]
    allowed = _run([str(bad), str(tmp_path / "x.npy"), "allow"], env)
    assert "compiled" in allowed


def test_artifact_for_another_blas_is_refused(artifact, tmp_path):
    """Compiled code calls its BLAS by symbol name: an artifact made with onnxjit's own OpenBLAS,
    loaded where compiled code would call SciPy's (ONNXJIT_BLAS=scipy), is refused with the
    reason, not linked against a symbol that is not there."""
    from onnxjit.kernels.cpu import blas
    if blas._SET_THREADS is None:
        pytest.skip("scipy-openblas64 not installed: artifacts already use SciPy's BLAS")
    np.save(tmp_path / "x.npy", np.zeros((1, 3, 8, 8), np.float32))
    env = dict(os.environ, ONNXJIT_CACHE_DIR=str(tmp_path / "cache"), ONNXJIT_BLAS="scipy")
    refused = _run([str(artifact / "model.onnxjit"), str(tmp_path / "x.npy")], env)
    assert refused["error"] == "InvalidArgument" and "blas" in refused["message"], refused


def test_artifact_session_rebuilds_from_the_artifact(artifact):
    # The session does not keep the loaded weights beside the packed ones: set_providers
    # rebuilds from the model the artifact carries (read again), with the same results.
    import onnxjit
    x = np.random.default_rng(2).standard_normal((1, 3, 8, 8)).astype(np.float32)
    with zipfile.ZipFile(artifact / "model.onnxjit") as z:
        assert "source.onnx" not in z.namelist()     # no overridable initializer: no source model
    s = onnxjit.InferenceSession(str(artifact / "model.onnxjit"))
    y = s.run(None, {"x": x})[0]
    s.set_providers(["CPUExecutionProvider"])
    np.testing.assert_array_equal(s.run(None, {"x": x})[0], y)
    np.testing.assert_allclose(y, ort_run(_model(), {"x": x})[0], rtol=1e-5, atol=1e-5)


def _bn_model():
    """Conv -> BatchNormalization -> Relu -> Add(W), W an overridable initializer (an initializer
    also listed as a graph input), with model metadata."""
    rng = np.random.default_rng(3)
    nodes = [helper.make_node("Conv", ["x", "w"], ["c"], pads=[1, 1, 1, 1]),
             helper.make_node("BatchNormalization", ["c", "g", "beta", "mu", "var"], ["n"]),
             helper.make_node("Relu", ["n"], ["r"]),
             helper.make_node("Add", ["r", "W"], ["y"])]
    inits = [init("w", rng.standard_normal((4, 3, 3, 3)).astype(np.float32)),
             init("g", rng.uniform(0.5, 1.5, 4).astype(np.float32)),
             init("beta", rng.standard_normal(4).astype(np.float32)),
             init("mu", rng.standard_normal(4).astype(np.float32)),
             init("var", rng.uniform(0.5, 1.5, 4).astype(np.float32)),
             init("W", rng.standard_normal((4, 1, 1)).astype(np.float32))]
    m = make_model(nodes, [vi("x", T.FLOAT, ["N", 3, 6, 6]), vi("W", T.FLOAT, [4, 1, 1])],
                   [vi("y", T.FLOAT, ["N", 4, 6, 6])], inits=inits)
    m.producer_name, m.domain, m.model_version, m.doc_string = "prod", "dom", 7, "model doc"
    m.graph.doc_string = "graph doc"
    helper.set_model_props(m, {"author": "me"})
    return m


def _interface(s):
    meta = s.get_modelmeta()
    return ([(a.name, a.type, a.shape) for a in s.get_inputs() + s.get_outputs() + s.get_overridable_initializers()],
            [getattr(meta, f) for f in ("custom_metadata_map", "description", "domain", "graph_description",
                                        "graph_name", "producer_name", "version")])


def test_artifact_carries_the_optimized_graph_and_the_models_interface(tmp_path):
    """The artifact's graph is the optimized one (BatchNormalization folded into the Conv), which
    a session loads without running a pass; the session reports the model's inputs, outputs,
    overridable initializers and metadata, and a run that feeds the overridable initializer
    builds its program from the source model the artifact carries for that."""
    import onnx
    import onnxjit
    from onnxjit import artifact
    model = _bn_model()
    (tmp_path / "m.onnx").write_bytes(model.SerializeToString())
    artifact.write(str(tmp_path / "m.onnx"), str(tmp_path / "m.onnxjit"))
    with zipfile.ZipFile(tmp_path / "m.onnxjit") as z:
        assert json.loads(z.read("manifest.json"))["optimized"] is True
        graph = onnx.load_model_from_string(z.read("model.onnx")).graph
        assert "source.onnx" in z.namelist()
    ops = [n.op_type for n in graph.node]
    assert "BatchNormalization" not in ops and len(ops) < len(model.graph.node), ops
    s = onnxjit.InferenceSession(str(tmp_path / "m.onnxjit"))
    assert s.pass_stats == []
    assert _interface(s) == _interface(onnxjit.InferenceSession(model.SerializeToString()))
    x = np.random.default_rng(4).standard_normal((2, 3, 6, 6)).astype(np.float32)
    w = np.array([1, -2, 3, -4], np.float32).reshape(4, 1, 1)
    for feeds in ({"x": x}, {"x": x, "W": w}):
        np.testing.assert_allclose(s.run(None, feeds)[0], ort_run(model, feeds)[0], rtol=1e-5, atol=1e-5)
    assert s.pass_stats != []        # the fed-W program came from the source model, through the passes
