"""compiler/precompile.py: at session creation, the functions a cold run would compile one
after another are compiled by worker processes into Numba's disk cache and loaded from there.

In a fresh process with an empty cache directory and two workers, a conv model's creation
must hand its kernels to the workers (the main process compiles none of them), load them
without running the model on zeros (its first run then compiles nothing), and the
session must give onnxruntime's results (rtol 1e-4, atol 1e-5, the float32 tolerance of the
kernel tests: the stride-2 conv runs the direct kernel, which sums its 27 taps in another order
than onnxruntime, and an output of 0.084 made of terms of ~10 differed by 2.3e-6).  A call whose arguments
cannot be built is skipped, never an error."""
import json
import os
import subprocess
import sys

import numba
import numpy as np
from onnx import TensorProto as T, helper

from helpers import init, make_model, ort_run, vi

SCRIPT = r"""
import json, sys
from numba.core import event
compiled = []
class Count(event.Listener):
    def on_start(self, ev): compiled.append(ev.data["dispatcher"].py_func.__name__)
    def on_end(self, ev): pass
event.register("numba:compile", Count())
import numpy as np, onnxjit
s = onnxjit.InferenceSession(sys.argv[1])
at_creation = len(compiled)
calls = [st._calls for st in s.program.steps]
y = s.run(None, {"x": np.load(sys.argv[2])})[0]
np.save(sys.argv[2] + ".out.npy", y)
print(json.dumps({"compiled": compiled, "in_run": compiled[at_creation:], "calls": calls,
                  "stats": s.precompile_stats}))
"""


def _model():
    rng = np.random.default_rng(0)
    nodes = [helper.make_node("Conv", ["x", "w", "b"], ["c"], pads=[1, 1, 1, 1], strides=[2, 2]),
             helper.make_node("Relu", ["c"], ["r"]),
             helper.make_node("Conv", ["r", "w1"], ["y"])]
    inits = [init("w", rng.standard_normal((8, 3, 3, 3)).astype(np.float32)),
             init("b", rng.standard_normal(8).astype(np.float32)),
             init("w1", rng.standard_normal((4, 8, 1, 1)).astype(np.float32))]
    return make_model(nodes, [vi("x", T.FLOAT, ["N", 3, 16, 16])], [vi("y", T.FLOAT, None)], inits=inits)


def test_cold_session_compiles_its_kernels_in_workers(tmp_path):
    model = _model()
    path = tmp_path / "m.onnx"
    path.write_bytes(model.SerializeToString())
    x = np.random.default_rng(1).standard_normal((2, 3, 16, 16)).astype(np.float32)
    np.save(tmp_path / "x.npy", x)
    env = dict(os.environ, ONNXJIT_CACHE_DIR=str(tmp_path / "cache"), ONNXJIT_COMPILE_WORKERS="2")
    env.pop("NUMBA_CACHE_DIR", None)
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(path), str(tmp_path / "x.npy")], env=env,
                         capture_output=True, text=True, timeout=900)
    assert out.returncode == 0, out.stderr[-3000:]
    res = json.loads(out.stdout.strip().splitlines()[-1])
    first = res["stats"][0]
    assert first["workers"] == 2 and first["jobs"] >= 2
    # the parallel conv kernels were compiled by the workers and only loaded here
    assert not {"conv", "conv_1x1", "conv_direct"} & set(res["compiled"]), res["compiled"]
    # compiled steps alone: creation loaded every call's code and ran nothing on zeros (no step
    # called), and the first run compiled nothing
    assert first["unresolved"] == 0 and res["calls"] == [0] * len(res["calls"]), res
    assert res["in_run"] == [], res["in_run"]
    np.testing.assert_allclose(np.load(tmp_path / "x.npy.out.npy"), ort_run(model, {"x": x})[0], rtol=1e-4, atol=1e-5)


def test_calls_whose_arguments_cannot_be_built_are_skipped():
    import onnxjit
    from onnxjit.compiler import precompile

    sess = onnxjit.InferenceSession(_model().SerializeToString())
    calls = [c for s in sess.program.steps for c in precompile._step_calls(s)]
    assert calls and all(len(args) >= 1 for _, args in calls)
    step = sess.program.steps[0]
    real_bind = step.bind
    try:
        step.bind = lambda *a: (_ for _ in ()).throw(RuntimeError("no plan"))
        assert precompile.jobs_for(sess.program) == []      # the step is skipped, nothing raised
        # a ValueError (a reshape of an empty view to a static shape, in nudenet) runs the bind
        # function's lines one at a time instead: the same calls, the same argument types
        step.bind = lambda *a: (_ for _ in ()).throw(ValueError("cannot reshape"))
        again = precompile._step_calls(step)
        assert [(d, [numba.typeof(a) for a in args]) for d, args in again] == \
            [(d, [numba.typeof(a) for a in args]) for d, args in calls]
    finally:
        step.bind = real_bind


def test_matmul_batch_indices_are_made_per_plan_and_its_call_is_found():
    """A MatMul's call takes index arrays that depend on the plan only: bind_* makes them once
    per plan (not every run), and the MatMul's signature is still known from the empty plan
    (before, every MatMul model compiled matmul in the main process at warm-up)."""
    import onnxjit
    from onnxjit.compiler import precompile

    rng = np.random.default_rng(0)
    w = rng.standard_normal((8, 5)).astype(np.float32)
    model = make_model([helper.make_node("MatMul", ["x", "w"], ["y"])], [vi("x", T.FLOAT, ["B", "S", 8])],
                       [vi("y", T.FLOAT, None)], inits=[init("w", w)])
    sess = onnxjit.InferenceSession(model.SerializeToString())
    names = [d.py_func.__name__ for s in sess.program.steps for d, _ in precompile._step_calls(s)]
    assert "matmul" in names and "batch_indices" not in names, names
    src = sess.program.steps[0].code.source
    assert "batch_indices" in src[src.index("def bind_"):src.index("def step_")]
    assert "batch_indices" not in src[src.index("def step_"):]
    for shape in [(3, 4, 8), (1, 7, 8), (3, 4, 8)]:     # two plans, then the first again
        x = rng.standard_normal(shape).astype(np.float32)
        np.testing.assert_allclose(sess.run(None, {"x": x})[0], x @ w, rtol=1e-5, atol=1e-5)
