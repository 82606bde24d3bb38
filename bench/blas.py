"""The GEMM compiled kernels call (kernels/cpu/blas.gemm), one thread, side by side: onnxjit's own
OpenBLAS (scipy-openblas64) vs SciPy's bundled one (ONNXJIT_BLAS=scipy), each in a process of
its own (the backend is fixed when onnxjit loads), and onnxruntime's MLAS (a MatMul with a
constant B) for reference.  Shapes are the row-major (M, K) @ (K, N) products convolutions run:
M output channels, K input channels x taps, N output positions.

    python bench/blas.py [--repeat 3] [--json FILE]

Prints GFLOP/s per shape (best of --repeat processes, each the median of ~0.3 s of calls) and
the time ratio own / scipy (< 1: ours faster).
"""
import argparse
import json
import os
import subprocess
import sys
import time

SHAPES = [(16, 128, 3025), (16, 64, 3025), (64, 144, 3025), (24, 72, 3136), (72, 24, 3136),
          (40, 120, 784), (32, 1152, 196), (48, 432, 169), (64, 27, 12544), (64, 16, 784),
          (256, 64, 3136), (64, 256, 3136), (128, 576, 784), (256, 1024, 196), (2048, 512, 49),
          (512, 4608, 49), (256, 256, 256), (197, 768, 768)]

CHILD = r'''
import json, sys, time, numba, numpy as np
from onnxjit import threads
from onnxjit.kernels.cpu import blas
threads.set_intra_op_threads(1)

@numba.njit(nogil=True)
def run(a, b, c):
    blas.gemm(a, b, c)

rng = np.random.default_rng(0)
out = {"backend": blas.BACKEND, "ms": []}
for M, K, N in json.loads(sys.argv[1]):
    a = rng.standard_normal((M, K), dtype=np.float32)
    b = rng.standard_normal((K, N), dtype=np.float32)
    c = np.empty((M, N), np.float32)
    run(a, b, c)
    assert np.allclose(c, a @ b, rtol=1e-3, atol=1e-3)
    ts, end = [], time.perf_counter() + 0.3
    while time.perf_counter() < end or len(ts) < 10:
        t0 = time.perf_counter(); run(a, b, c); ts.append(time.perf_counter() - t0)
    out["ms"].append(float(np.median(ts)) * 1e3)
print(json.dumps(out))
'''


def _child(backend):
    env = dict(os.environ)
    env.pop("ONNXJIT_BLAS", None)
    if backend == "scipy":
        env["ONNXJIT_BLAS"] = "scipy"
    r = subprocess.run([sys.executable, "-c", CHILD, json.dumps(SHAPES)], env=env,
                       capture_output=True, text=True)
    if r.returncode:
        raise SystemExit(f"{backend} run failed:\n{r.stderr[-3000:]}")
    return json.loads(r.stdout.strip().splitlines()[-1])


def _mlas():
    """Median ms of onnxruntime's MatMul (constant B, one thread) per shape, or None."""
    try:
        import numpy as np
        import onnxruntime as ort
        from onnx import TensorProto, helper, numpy_helper
    except ImportError:
        return None
    so = ort.SessionOptions()
    so.intra_op_num_threads = 1
    rng = np.random.default_rng(0)
    res = []
    for M, K, N in SHAPES:
        b = rng.standard_normal((K, N), dtype=np.float32)
        g = helper.make_graph([helper.make_node("MatMul", ["A", "B"], ["C"])], "g",
                              [helper.make_tensor_value_info("A", TensorProto.FLOAT, [M, K])],
                              [helper.make_tensor_value_info("C", TensorProto.FLOAT, [M, N])],
                              [numpy_helper.from_array(b, "B")])
        m = helper.make_model(g, opset_imports=[helper.make_opsetid("", 17)])
        m.ir_version = 8
        s = ort.InferenceSession(m.SerializeToString(), so, providers=["CPUExecutionProvider"])
        feed = {"A": rng.standard_normal((M, K), dtype=np.float32)}
        s.run(None, feed)
        ts, end = [], time.perf_counter() + 0.3
        while time.perf_counter() < end or len(ts) < 10:
            t0 = time.perf_counter()
            s.run(None, feed)
            ts.append(time.perf_counter() - t0)
        res.append(float(np.median(ts)) * 1e3)
    return res


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3, help="processes per backend, alternating (best kept)")
    ap.add_argument("--json", default=None, help="write the results here")
    args = ap.parse_args()
    best, names = {}, {}
    for _ in range(max(1, args.repeat)):
        for backend in ("own", "scipy"):
            r = _child(backend)
            names[backend] = r["backend"]
            prev = best.get(backend)
            best[backend] = r["ms"] if prev is None else [min(x, y) for x, y in zip(prev, r["ms"])]
    mlas = _mlas()
    print(f"one thread; own = {names['own']}, scipy = {names['scipy']}; GFLOP/s (ratio: own / scipy time)")
    print(f"{'M':>6}{'K':>6}{'N':>7}  {'own':>7}{'scipy':>8}{'ratio':>7}" + (f"{'ort mlas':>10}" if mlas else ""))
    for i, (M, K, N) in enumerate(SHAPES):
        gf = 2e-6 * M * K * N
        o, s = best["own"][i], best["scipy"][i]
        line = f"{M:6d}{K:6d}{N:7d}  {gf / o:7.1f}{gf / s:8.1f}{o / s:7.2f}"
        if mlas:
            line += f"{gf / mlas[i]:10.1f}"
        print(line)
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"shapes": SHAPES, "backends": names, "ms": best, "ort_mlas_ms": mlas}, f, indent=1)


if __name__ == "__main__":
    main()
