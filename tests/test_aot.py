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
import json, sys
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
# loading compiled code needs none of Numba's typing/lowering registries (0.2 s to import)
print(json.dumps({"compiled": compiled, "registries": "numba.np.arraymath" in sys.modules}))
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
    assert main(["compile", str(model_path), "-o", str(d / "model.onnxjit")]) == 0
    return d


def test_artifact_loads_without_compiling_in_an_empty_cache(artifact, tmp_path):
    x = np.random.default_rng(1).standard_normal((2, 3, 8, 8)).astype(np.float32)
    np.save(tmp_path / "x.npy", x)
    env = dict(os.environ, ONNXJIT_CACHE_DIR=str(tmp_path / "empty-cache"))
    result = _run([str(artifact / "model.onnxjit"), str(tmp_path / "x.npy")], env)
    assert result == {"compiled": [], "registries": False}
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
    assert _run([str(tmp_path / "m.onnxjit"), str(tmp_path / "x.npy")], env) == {"compiled": [], "registries": False}
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
    s = onnxjit.InferenceSession(str(artifact / "model.onnxjit"))
    y = s.run(None, {"x": x})[0]
    s.set_providers(["CPUExecutionProvider"])
    np.testing.assert_array_equal(s.run(None, {"x": x})[0], y)
    np.testing.assert_allclose(y, ort_run(_model(), {"x": x})[0], rtol=1e-5, atol=1e-5)
