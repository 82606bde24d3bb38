"""Side-by-side benchmark: onnxjit vs onnxruntime.

    python bench/run.py [--models a,b | --quick] [--threads 0|N | --both] [--runs 20] [--warmup 3]
                        [--min-time 1.0] [--no-cold] [--json PATH] [--plot PATH] [--only-ort]
                        [--cache-dir DIR] [--rebuild]

Models: the nine light model-zoo architectures, four graphs built by
bench/graphs.py (bert, gpt, mobilenet, vit) and three real models from PyPI
wheels (silero_vad, magika, nudenet); see bench/models.py.

For each thread setting and model, in this one process: create the
onnxruntime session (timed), create the onnxjit session (timed; that includes
compiling), warm both up, then time the calls of each, interleaved by blocks
(ort x k, jit x k, ... four blocks each, a pause before each block so that the
other runtime's spinning thread pool has gone to sleep), compare outputs, and record median latencies, the
onnxjit/onnxruntime ratio, achieved GFLOP/s against this machine's measured
SGEMM peak, session-creation times and peak RSS. Once per model, onnxjit's
session creation is also measured COLD (a subprocess with a fresh empty
ONNXJIT_CACHE_DIR) and WARM (a second subprocess on that same cache). See
bench/README.md.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import gc
import importlib.abc
import importlib.util
import json
import math
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import models as bench_models  # noqa: E402  (bench/models.py)

RTOL = 1e-3
ATOL = 1e-4
BLOCKS = 4        # timed runs come in this many blocks per runtime (see bench_model)


# --------------------------------------------------------------------------- imports


class _SourceTreeFinder(importlib.abc.MetaPathFinder):
    """Maps onnxjit, onnxjit.compiler and onnxjit.kernels onto the repository's
    runtime/, compiler/ and kernels/ folders (what pyproject.toml's package-dir
    does), so the bench runs against the working tree without `pip install -e`."""

    def __init__(self, root: Path):
        self.map = {
            "onnxjit": root / "runtime",
            "onnxjit.compiler": root / "compiler",
            "onnxjit.kernels": root / "kernels",
        }

    def find_spec(self, fullname, path=None, target=None):
        d = self.map.get(fullname)
        if d is None or not (d / "__init__.py").exists():
            return None
        return importlib.util.spec_from_file_location(
            fullname, d / "__init__.py", submodule_search_locations=[str(d)]
        )


def _usable(mod, origin):
    missing = [a for a in ("InferenceSession", "SessionOptions") if not hasattr(mod, a)]
    if missing:
        where = getattr(mod, "__file__", None) or list(getattr(mod, "__path__", []))
        return None, f"onnxjit imports ({where}) but has no {', '.join(missing)} yet", None
    return mod, None, origin


def import_onnxjit():
    """Return (module, None, origin) or (None, reason, None)."""
    try:
        import onnxjit  # noqa: F401

        return _usable(onnxjit, "installed")
    except ModuleNotFoundError as e:
        if e.name != "onnxjit":
            return None, f"{type(e).__name__}: {e}", None
        first = e
    except Exception as e:  # a bug inside the package
        return None, f"{type(e).__name__}: {e}", None
    if not (REPO / "runtime" / "__init__.py").exists():
        return None, f"{type(first).__name__}: {first} (and {REPO / 'runtime' / '__init__.py'} does not exist)", None
    finder = _SourceTreeFinder(REPO)
    sys.meta_path.insert(0, finder)
    try:
        import onnxjit  # noqa: F811

        return _usable(onnxjit, "source tree")
    except Exception as e:
        sys.meta_path.remove(finder)
        for name in [m for m in sys.modules if m == "onnxjit" or m.startswith("onnxjit.")]:
            del sys.modules[name]
        return None, f"{type(e).__name__}: {e}", None


# --------------------------------------------------------------------------- helpers


def peak_rss_mb() -> float:
    """Peak RSS of this process so far: VmHWM where /proc has it, else ru_maxrss (KiB on
    Linux, bytes on macOS).  Linux carries ru_maxrss across execve, so a probe subprocess
    would report the bench's own peak; VmHWM belongs to the new address space."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 2**10
    except (OSError, ValueError, IndexError):
        pass
    r = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return r / (2**20 if sys.platform == "darwin" else 2**10)


def current_rss_mb() -> float | None:
    try:
        with open("/proc/self/statm") as f:
            pages = int(f.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError):
        return None


def cpu_name() -> str:
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def err_str(e: BaseException) -> str:
    msg = str(e).strip().splitlines()
    first = msg[0] if msg else ""
    if len(first) > 300:
        first = first[:300] + "..."
    return f"{type(e).__name__}: {first}"


def make_session(rt, path: Path, threads: int):
    so = rt.SessionOptions()
    if threads:
        so.intra_op_num_threads = threads
    if hasattr(so, "log_severity_level"):
        try:
            so.log_severity_level = 3  # onnxruntime warns about unused initializers etc.
        except Exception:
            pass
    t0 = time.perf_counter()
    sess = rt.InferenceSession(str(path), sess_options=so, providers=["CPUExecutionProvider"])
    return sess, time.perf_counter() - t0


def timed_run(sess, feeds):
    t0 = time.perf_counter()
    out = sess.run(None, feeds)
    return out, time.perf_counter() - t0


def compare(ref: list, got: list, rtol: float = RTOL, atol: float = ATOL) -> tuple[float, bool, str | None]:
    """(max abs diff, allclose at rtol/atol, problem description)."""
    if len(ref) != len(got):
        return float("inf"), False, f"{len(got)} outputs, expected {len(ref)}"
    worst, ok, problem = 0.0, True, None
    for i, (r, g) in enumerate(zip(ref, got)):
        g = np.asarray(g)
        if g.shape != r.shape:
            return float("inf"), False, f"output {i}: shape {g.shape}, expected {r.shape}"
        if g.dtype != r.dtype:
            problem = f"output {i}: dtype {g.dtype}, expected {r.dtype}"
            ok = False
        if g.dtype.kind == "f" and not np.all(np.isfinite(g)):
            return float("nan"), False, f"output {i}: non-finite values"
        d = float(np.max(np.abs(g.astype(np.float64) - r.astype(np.float64)))) if r.size else 0.0
        worst = max(worst, d)
        if not np.allclose(g, r, rtol=rtol, atol=atol):
            ok = False
    return worst, ok, problem


def ms(x):
    return None if x is None else x * 1e3


# --------------------------------------------------------------------------- machine peak, threads


def measure_sgemm_peak(threads: int, n: int = 2048, repeats: int = 5) -> dict:
    """NumPy float32 n x n matmul, best of `repeats` (after one untimed call), in GFLOP/s.

    With threads > 0 NumPy's BLAS is limited to that many threads (threadpoolctl) for the
    measurement, so the peak matches the setting being benchmarked."""
    rng = np.random.default_rng(0)
    a = rng.standard_normal((n, n), dtype=np.float32)
    b = rng.standard_normal((n, n), dtype=np.float32)
    limiter = None
    if threads:
        try:
            from threadpoolctl import threadpool_limits
            limiter = threadpool_limits(limits=threads, user_api="blas")
        except Exception:
            limiter = None
    try:
        a @ b
        best = float("inf")
        for _ in range(repeats):
            t0 = time.perf_counter()
            a @ b
            best = min(best, time.perf_counter() - t0)
    finally:
        if limiter is not None:
            limiter.restore_original_limits()
    return {"gflops": 2.0 * n**3 / best / 1e9, "n": n, "repeats": repeats, "best_s": best,
            "blas_threads_limited_to": threads or None}


# --------------------------------------------------------------------------- cold / warm creation


def _probe_main(argv) -> int:
    """Subprocess side of the cold/warm creation measurement: prints one JSON line.

    argv: MODEL_PATH FEEDS_NPZ THREADS. Times `import onnxjit`, session creation, the
    first run and a second in-process creation; counts Numba compilations (the
    "numba:compile" event, which a cache hit does not fire)."""
    path, feeds_path, threads = argv[0], argv[1], int(argv[2])
    res = {"cache_dir": os.environ.get("ONNXJIT_CACHE_DIR")}
    try:
        from numba.core import event

        counts = {"n": 0}

        class _Count(event.Listener):
            def on_start(self, ev):
                counts["n"] += 1

            def on_end(self, ev):
                pass

        event.register("numba:compile", _Count())
    except Exception:
        counts = None
    try:
        t0 = time.perf_counter()
        jit, reason, origin = import_onnxjit()
        res["import_s"] = time.perf_counter() - t0
        if jit is None:
            raise RuntimeError(f"cannot import onnxjit: {reason}")
        with np.load(feeds_path) as z:
            feeds = {k: z[k] for k in z.files}
        c0 = counts["n"] if counts else None
        sess, res["create_s"] = make_session(jit, Path(path), threads)
        c1 = counts["n"] if counts else None
        _, res["first_run_s"] = timed_run(sess, feeds)
        c2 = counts["n"] if counts else None
        _, res["second_run_s"] = timed_run(sess, feeds)
        res["peak_rss_mb"] = peak_rss_mb()     # onnxjit alone: creation and two runs
        del sess
        _, res["recreate_s"] = make_session(jit, Path(path), threads)
        if counts:
            res["compiles_create"] = c1 - c0
            res["compiles_first_run"] = c2 - c1
            res["compiles_total"] = counts["n"] - c0
    except Exception as e:
        res["error"] = err_str(e)
    print("PROBE " + json.dumps(res), flush=True)
    return 0


def _probe_ort_main(argv) -> int:
    """Subprocess side of onnxruntime's fresh-process figures, as _probe_main's for onnxjit:
    import, session creation, two runs, and the peak RSS of onnxruntime alone."""
    path, feeds_path, threads = argv[0], argv[1], int(argv[2])
    res = {}
    try:
        t0 = time.perf_counter()
        import onnxruntime as ort
        res["import_s"] = time.perf_counter() - t0
        with np.load(feeds_path) as z:
            feeds = {k: z[k] for k in z.files}
        sess, res["create_s"] = make_session(ort, Path(path), threads)
        _, res["first_run_s"] = timed_run(sess, feeds)
        _, res["second_run_s"] = timed_run(sess, feeds)
        res["peak_rss_mb"] = peak_rss_mb()
    except Exception as e:
        res["error"] = err_str(e)
    print("PROBE " + json.dumps(res), flush=True)
    return 0


def creation_probe(path: Path, feeds: dict, threads: int, cache_dir: Path, timeout: float,
                   runtime: str = "onnxjit") -> dict:
    """Run _probe_main (or, for runtime "ort", _probe_ort_main) in a subprocess with
    ONNXJIT_CACHE_DIR (and NUMBA_CACHE_DIR) = cache_dir."""
    feeds_path = cache_dir.parent / "feeds.npz"
    if not feeds_path.exists():
        np.savez(feeds_path, **feeds)
    env = dict(os.environ, ONNXJIT_CACHE_DIR=str(cache_dir), NUMBA_CACHE_DIR=str(cache_dir / "numba"))
    # as in an installed package (pip writes bytecode at install): no recompiling of every
    # module's source in each probe when the calling shell sets PYTHONDONTWRITEBYTECODE
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    flag = "--_probe" if runtime == "onnxjit" else "--_probe-ort"
    cmd = [sys.executable, str(Path(__file__).resolve()), flag, str(path), str(feeds_path), str(threads)]
    t0 = time.perf_counter()
    try:
        r = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:.0f} s"}
    wall = time.perf_counter() - t0
    for line in r.stdout.splitlines():
        if line.startswith("PROBE "):
            res = json.loads(line[6:])
            res["process_wall_s"] = wall
            return res
    tail = (r.stderr or r.stdout).strip().splitlines()[-3:]
    return {"error": f"probe exited {r.returncode}: " + " | ".join(tail)}


def cold_warm(name: str, path: Path, feeds: dict, threads: int, timeout: float) -> dict:
    """COLD: a fresh empty cache directory; WARM: a second process on the same directory;
    ORT: onnxruntime in a process of its own (its creation time and peak RSS alone)."""
    with tempfile.TemporaryDirectory(prefix=f"onnxjit-bench-{name}-") as tmp:
        cache = Path(tmp) / "cache"
        cold = creation_probe(path, feeds, threads, cache, timeout)
        warm = creation_probe(path, feeds, threads, cache, timeout) if "error" not in cold else {
            "error": "skipped (cold failed)"}
        ort = creation_probe(path, feeds, threads, cache, timeout, runtime="ort")
        size = sum(f.stat().st_size for f in cache.rglob("*") if f.is_file()) if cache.exists() else 0
    return {"threads": threads, "cold": cold, "warm": warm, "ort": ort, "cache_mb": size / 2**20}


# --------------------------------------------------------------------------- one model


def bench_model(name, args, jit, threads, peak_gflops):
    row = {"model": name, "threads": threads}
    path, built = bench_models.ensure_model(name, args.cache_dir, args.seed, args.rebuild)
    row["model_path"] = str(path)
    row["model_built"] = built
    feeds = bench_models.model_feeds(name, path, args.seed)
    row["inputs"] = {k: list(v.shape) for k, v in feeds.items()}
    rtol, atol = bench_models.TOLERANCE.get(name, (RTOL, ATOL))
    row["tolerance"] = {"rtol": rtol, "atol": atol}
    fl = _FLOPS.get((name, str(path)))
    if fl is None:
        fl = _FLOPS[(name, str(path))] = bench_models.count_flops(path, feeds)
    row["flops"] = fl["flops"]
    row["flops_by_op"] = fl["by_op"]
    if fl["unresolved"]:
        row["flops_unresolved"] = fl["unresolved"]

    if jit is not None and not args.no_cold and name not in _CREATION:
        print("cold/warm creation ...", end=" ", flush=True)
        _CREATION[name] = cold_warm(name, path, feeds, threads, args.cold_timeout)
    row["creation"] = _CREATION.get(name)

    import onnxruntime as ort

    ort_sess, row["ort_create_s"] = make_session(ort, path, threads)

    jit_sess = None
    row["jit_create_s"] = None
    row["jit_error"] = None
    if jit is not None:
        try:
            jit_sess, row["jit_create_s"] = make_session(jit, path, threads)
        except Exception as e:
            row["jit_error"] = "create: " + err_str(e)
            row["jit_traceback"] = traceback.format_exc()

    # warm-up
    ort_first, t_ort = timed_run(ort_sess, feeds)
    ort_first = [np.asarray(a).copy() for a in ort_first]
    for _ in range(args.warmup - 1):
        _, t_ort = timed_run(ort_sess, feeds)
    t_jit = 0.0
    jit_first = None
    if jit_sess is not None:
        try:
            jit_first, t = timed_run(jit_sess, feeds)
            row["jit_first_run_ms"] = ms(t)
            # keep the first run's arrays: a later run must not overwrite them
            jit_first = [np.asarray(a) for a in jit_first]
            t_jit = t
            # and past the call at which a step may switch to its whole-step function
            # (compiler/program.py, WHOLE_AFTER), so that every timed run is in steady state
            from onnxjit.compiler.program import WHOLE_AFTER
            t_end = time.perf_counter() + 15.0
            for k in range(max(args.warmup - 1, WHOLE_AFTER)):
                if k >= args.warmup - 1 and time.perf_counter() > t_end:
                    break
                _, t_jit = timed_run(jit_sess, feeds)
            row["jit_whole_steps"] = sum(st.whole is not None for st in jit_sess.program.compiled_steps())
        except Exception as e:
            row["jit_error"] = "run: " + err_str(e)
            row["jit_traceback"] = traceback.format_exc()
            jit_sess = None

    # fast models get more runs: at least --min-time seconds of the slower runtime
    est = max(t_ort, t_jit if jit_sess is not None else 0.0, 1e-6)
    runs = max(args.runs, min(args.max_runs, math.ceil(args.min_time / est)))
    row["runs"] = runs

    # timed, interleaved by blocks: BLOCKS blocks of each runtime in turn, a pause before each
    # block.  Run-by-run alternation would time each runtime against the other's thread
    # pools, which keep spinning after a call (OpenBLAS's workers for ~0.1 s): on 2 cores
    # that doubled both latencies on ResNet-50 (38 -> 78 ms for onnxruntime).
    ort_t, jit_t = [], []
    jit_last = None
    per_block = max(1, math.ceil(runs / BLOCKS))
    for _ in range(BLOCKS):
        time.sleep(args.pause)
        for _ in range(per_block):
            _, t = timed_run(ort_sess, feeds)
            ort_t.append(t)
        if jit_sess is None:
            continue
        time.sleep(args.pause)
        try:
            for _ in range(per_block):
                jit_last, t = timed_run(jit_sess, feeds)
                jit_t.append(t)
        except Exception as e:
            row["jit_error"] = "run: " + err_str(e)
            row["jit_traceback"] = traceback.format_exc()
            jit_sess, jit_t = None, []

    ort_out, _ = timed_run(ort_sess, feeds)
    ort_out = [np.asarray(a) for a in ort_out]
    ref_drift = compare(ort_first, ort_out)[0]
    row["ort_run_to_run_max_abs"] = ref_drift
    row["outputs"] = [{"shape": list(a.shape), "dtype": str(a.dtype)} for a in ort_out]

    row["ort_ms"] = ms(statistics.median(ort_t))
    row["ort_ms_min"] = ms(min(ort_t))
    row["ort_times_ms"] = [ms(t) for t in ort_t]
    row["ort_gflops"] = row["flops"] / (row["ort_ms"] * 1e-3) / 1e9 if row["flops"] else None
    row["jit_ms"] = row["jit_ms_min"] = row["ratio"] = row["jit_gflops"] = None
    row["max_abs_diff"] = None
    row["match"] = None
    if jit_sess is not None and jit_t:
        row["jit_ms"] = ms(statistics.median(jit_t))
        row["jit_ms_min"] = ms(min(jit_t))
        row["jit_times_ms"] = [ms(t) for t in jit_t]
        row["ratio"] = row["jit_ms"] / row["ort_ms"]
        row["jit_gflops"] = row["flops"] / (row["jit_ms"] * 1e-3) / 1e9 if row["flops"] else None
        # first-run outputs (held across all later runs) and last-run outputs
        d1, ok1, p1 = compare(ort_out, jit_first, rtol, atol)
        d2, ok2, p2 = compare(ort_out, [np.asarray(a) for a in jit_last], rtol, atol)
        row["max_abs_diff"] = max(d1, d2) if not (math.isnan(d1) or math.isnan(d2)) else float("nan")
        row["match"] = bool(ok1 and ok2)
        row["match_first_run"], row["match_last_run"] = bool(ok1), bool(ok2)
        if p1 or p2:
            row["match_problem"] = p1 or p2
    for k in ("ort", "jit"):
        g = row[f"{k}_gflops"]
        row[f"{k}_pct_peak"] = 100.0 * g / peak_gflops if g and peak_gflops else None
    row["peak_rss_mb"] = peak_rss_mb()
    row["arena_peak_mb"] = row["intermediates_mb"] = None
    if jit_sess is not None and hasattr(jit_sess, "program"):
        try:
            plans = [p for st in jit_sess.program.steps for p in list(getattr(st, "_plans", {}).values())[:1]]
            row["arena_peak_mb"] = sum(p.memory.peak for p in plans) / 2**20
            row["intermediates_mb"] = sum(p.memory.total for p in plans) / 2**20
        except Exception:
            pass

    del ort_sess, jit_sess, ort_first, jit_first, jit_last, ort_out
    gc.collect()
    row["rss_after_mb"] = current_rss_mb()
    return row


_FLOPS: dict = {}      # (model, path) -> count_flops result, shared by the thread settings
_CREATION: dict = {}   # model -> cold_warm result, measured once (under the first thread setting)


# --------------------------------------------------------------------------- report


def fmt(x, spec):
    if x is None:
        width = "".join(c for c in spec.split(".")[0] if c.isdigit())
        return "-".rjust(int(width or 0))
    return format(x, spec)


def _flops_str(f):
    if not f:
        return "-".rjust(8)
    return f"{f / 1e9:8.3f}" if f >= 1e8 else f"{f / 1e6:7.2f}M"


def print_table(rows, file=sys.stdout):
    """Two tables: speed, then creation and memory."""
    hdr = f"{'model':12s} {'GFLOP':>8s} {'ort ms':>9s} {'jit ms':>9s} {'ratio':>6s} {'ort GF/s':>8s} " \
          f"{'%pk':>4s} {'jit GF/s':>8s} {'%pk':>4s} {'runs':>5s} {'max abs diff':>12s} {'match':>5s}"
    print(hdr, file=file)
    print("-" * len(hdr), file=file)
    for r in rows:
        if "fatal" in r:
            print(f"{r['model']:12s} FAILED (onnxruntime/bench): {r['fatal']}", file=file)
            continue
        match = "-" if r["match"] is None else ("yes" if r["match"] else "NO")
        print(f"{r['model']:12s} {_flops_str(r.get('flops'))} {fmt(r['ort_ms'], '9.3f')} {fmt(r['jit_ms'], '9.3f')} "
              f"{fmt(r['ratio'], '6.2f')} {fmt(r.get('ort_gflops'), '8.1f')} {fmt(r.get('ort_pct_peak'), '4.0f')} "
              f"{fmt(r.get('jit_gflops'), '8.1f')} {fmt(r.get('jit_pct_peak'), '4.0f')} {r.get('runs', 0):5d} "
              f"{fmt(r['max_abs_diff'], '12.2e')} {match:>5s}", file=file)
        if r.get("jit_error"):
            print(f"{'':12s} onnxjit: {r['jit_error']}", file=file)
        if r.get("match_problem"):
            print(f"{'':12s} mismatch: {r['match_problem']}", file=file)
    print(file=file)
    hdr = f"{'model':12s} {'ort create s':>12s} {'jit create s':>12s} {'jit COLD s':>10s} {'+1st run s':>10s} " \
          f"{'jit WARM s':>10s} {'+1st run s':>10s} {'ort FRESH s':>11s} {'compiles c/w':>12s} " \
          f"{'RSS jit/ort MB':>14s} {'arena MB':>8s} {'interm. MB':>10s}"
    print(hdr, file=file)
    print("-" * len(hdr), file=file)
    for r in rows:
        if "fatal" in r:
            continue
        c = r.get("creation") or {}
        cold, warm, ortp = c.get("cold") or {}, c.get("warm") or {}, c.get("ort") or {}
        rss = (f"{fmt(warm.get('peak_rss_mb'), '.0f')}/{fmt(ortp.get('peak_rss_mb'), '.0f')}" if warm or ortp
               else fmt(r["peak_rss_mb"], ".0f") + "*")
        comp = "-"
        if "compiles_total" in cold:
            comp = f"{cold['compiles_total']}/{warm.get('compiles_total', '-')}"
        print(f"{r['model']:12s} {fmt(r['ort_create_s'], '12.2f')} {fmt(r['jit_create_s'], '12.2f')} "
              f"{fmt(cold.get('create_s'), '10.2f')} {fmt(cold.get('first_run_s'), '10.2f')} "
              f"{fmt(warm.get('create_s'), '10.2f')} {fmt(warm.get('first_run_s'), '10.2f')} "
              f"{fmt(ortp.get('create_s'), '11.2f')} {comp:>12s} {rss:>14s} {fmt(r.get('arena_peak_mb'), '8.1f')} "
              f"{fmt(r.get('intermediates_mb'), '10.1f')}", file=file)
        for k, d in (("cold", cold), ("warm", warm), ("ort", ortp)):
            if d.get("error"):
                print(f"{'':12s} {k} creation: {d['error']}", file=file)


def geomean(xs):
    xs = [x for x in xs if x is not None and x > 0 and math.isfinite(x)]
    return math.exp(sum(map(math.log, xs)) / len(xs)) if xs else None


def summarize(rows) -> dict:
    ran = [r for r in rows if r.get("ratio") is not None]
    return {
        "models_run": len(rows),
        "jit_ran": len(ran),
        "jit_matched": sum(1 for r in ran if r.get("match")),
        "jit_failed": [r["model"] for r in rows if r.get("jit_error")],
        "fatal": [r["model"] for r in rows if "fatal" in r],
        "geomean_ratio": geomean([r["ratio"] for r in ran]),
        "geomean_ratio_matched": geomean([r["ratio"] for r in ran if r.get("match")]),
        "peak_rss_mb": peak_rss_mb(),
    }


def print_summary(summary, file=sys.stdout):
    gm, gm_match, n = summary["geomean_ratio"], summary["geomean_ratio_matched"], summary["jit_ran"]
    if gm is None:
        print("geometric mean of ratios: - (onnxjit ran on no model)", file=file)
    else:
        print(f"geometric mean of ratios over {n} model(s) that ran: {gm:.3f}"
              + (f"  (over the {summary['jit_matched']} that matched: {gm_match:.3f})"
                 if gm_match is not None and summary["jit_matched"] != n else ""), file=file)


def versions(jit):
    v = {"python": platform.python_version(), "numpy": np.__version__}
    for mod in ("onnx", "onnxruntime", "numba", "llvmlite", "scipy", "matplotlib"):
        try:
            v[mod] = __import__(mod).__version__
        except Exception:
            v[mod] = None
    v["onnxjit"] = getattr(jit, "__version__", "unknown") if jit is not None else None
    return v


def write_plot(settings, path: Path) -> str:
    """Latency bars per model, onnxjit vs onnxruntime, one panel per thread setting (log scale)."""
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        import matplotlib.ticker
    except ImportError:
        return "plot skipped: matplotlib is not installed (pip install -e '.[bench]')"
    n = len(settings)
    models = [r["model"] for r in settings[0]["results"]]
    fig, axes = plt.subplots(1, n, figsize=(6.5 * n, 0.42 * len(models) + 1.6), squeeze=False, sharey=True)
    y = np.arange(len(models))
    for ax, st in zip(axes[0], settings):
        rows = {r["model"]: r for r in st["results"]}
        ort_ms = [rows.get(m, {}).get("ort_ms") or np.nan for m in models]
        jit_ms = [rows.get(m, {}).get("jit_ms") or np.nan for m in models]
        ax.barh(y - 0.2, ort_ms, height=0.4, label="onnxruntime", color="#4c72b0")
        ax.barh(y + 0.2, jit_ms, height=0.4, label="onnxjit", color="#dd8452")
        for i, m in enumerate(models):
            r = rows.get(m, {})
            if r.get("ratio") is not None:
                ax.text(max(r["ort_ms"], r["jit_ms"]) * 1.15, i, f"x{r['ratio']:.2f}", va="center", fontsize=8)
        ax.set_xscale("log")
        ax.xaxis.set_minor_formatter(matplotlib.ticker.NullFormatter())
        ax.set_yticks(y, models)
        finite = [v for v in ort_ms + jit_ms if np.isfinite(v)]
        if finite:
            ax.set_xlim(min(finite) / 2, max(finite) * 4)  # room for the ratio labels
        ax.set_xlabel("median latency, ms (log scale)")
        gm = st["summary"]["geomean_ratio"]
        th = st["threads"]
        ax.set_title(f"threads={'default' if th == 0 else th}"
                     + (f" - geomean onnxjit/onnxruntime x{gm:.2f}" if gm else ""), fontsize=10)
        ax.grid(axis="x", which="both", alpha=0.3)
    axes[0][0].invert_yaxis()  # first model on top (the y axis is shared: invert it once)
    handles, labels = axes[0][0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="lower center", ncol=2, fontsize=8, frameon=False)
    fig.tight_layout(rect=(0, 0.06, 1, 1))
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return f"plot: {path}"


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["--_probe"]:
        return _probe_main(argv[1:])
    if argv[:1] == ["--_probe-ort"]:
        return _probe_ort_main(argv[1:])
    ap = argparse.ArgumentParser(description="onnxjit vs onnxruntime on the benchmark models (bench/README.md).")
    ap.add_argument("--models", default=None,
                    help="comma-separated subset of: " + ",".join(bench_models.MODELS) + " (default all)")
    ap.add_argument("--quick", action="store_true",
                    help=f"smoke test: models {','.join(bench_models.QUICK)} (unless --models), "
                         "--runs 5, --warmup 2, --min-time 0.2")
    ap.add_argument("--runs", type=int, default=None, help="minimum timed runs per runtime (default 20)")
    ap.add_argument("--min-time", type=float, default=None,
                    help="fast models get more runs, up to --max-runs: at least this many seconds of the "
                         "slower runtime (default 1.0)")
    ap.add_argument("--pause", type=float, default=0.3,
                    help="seconds of sleep before each block of timed runs (default 0.3)")
    ap.add_argument("--max-runs", type=int, default=5000, help="cap of the --min-time rule (default 5000)")
    ap.add_argument("--warmup", type=int, default=None, help="untimed warm-up runs per runtime (default 3)")
    ap.add_argument("--threads", type=int, default=0,
                    help="intra_op_num_threads for both runtimes; 0 = each runtime's default (default 0)")
    ap.add_argument("--both", action="store_true", help="run --threads 0 and then --threads 1 in this command")
    ap.add_argument("--no-cold", action="store_true",
                    help="skip the cold/warm session-creation subprocesses (they compile everything from scratch)")
    ap.add_argument("--cold-timeout", type=float, default=1200.0,
                    help="seconds allowed to one cold or warm creation subprocess (default 1200)")
    ap.add_argument("--json", type=Path, default=HERE / "results" / "latest.json",
                    help="where to write all results (default bench/results/latest.json)")
    ap.add_argument("--plot", type=Path, default=None,
                    help="latency plot PNG (default: the --json path with .png); needs matplotlib")
    ap.add_argument("--no-plot", action="store_true", help="do not write the plot")
    ap.add_argument("--only-ort", action="store_true", help="skip onnxjit; time onnxruntime alone")
    ap.add_argument("--cache-dir", type=Path, default=None,
                    help=f"prepared-model cache (default {bench_models.default_cache_dir()}, or $ONNXJIT_BENCH_CACHE)")
    ap.add_argument("--seed", type=int, default=bench_models.DEFAULT_SEED, help="weights and input seed (default 0)")
    ap.add_argument("--rebuild", action="store_true", help="rebuild the prepared models even if cached")
    args = ap.parse_args(argv)
    quick = args.quick
    if args.runs is None:
        args.runs = 5 if quick else 20
    if args.warmup is None:
        args.warmup = 2 if quick else 3
    if args.min_time is None:
        args.min_time = 0.2 if quick else 1.0
    if args.runs < 1 or args.warmup < 1:
        ap.error("--runs and --warmup must be >= 1")
    if args.models is None:
        args.models = ",".join(bench_models.QUICK if quick else bench_models.MODELS)
    thread_settings = [0, 1] if args.both else [args.threads]
    if any(t < 0 for t in thread_settings):
        ap.error("--threads must be >= 0")

    names = [m.strip() for m in args.models.split(",") if m.strip()]
    unknown = [m for m in names if m not in bench_models.MODELS]
    if unknown:
        ap.error(f"unknown model(s) {', '.join(unknown)}; choose from {', '.join(bench_models.MODELS)}")

    import onnxruntime  # noqa: F401  (required)

    jit, jit_origin = None, None
    jit_skip = None
    if args.only_ort:
        jit_skip = "--only-ort"
    else:
        jit, reason, jit_origin = import_onnxjit()
        if jit is None:
            jit_skip = f"cannot import onnxjit ({reason})"
    if jit_skip:
        print(f"onnxjit skipped: {jit_skip}; timing onnxruntime alone.", flush=True)
    else:
        print(f"onnxjit from {jit_origin}: {getattr(jit, '__file__', '?')}", flush=True)

    info = {
        "timestamp": _dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "machine": {"cpu": cpu_name(), "cpu_count": os.cpu_count(), "platform": platform.platform()},
        "versions": versions(jit),
        "onnxjit_origin": jit_origin,
        "onnxjit_skipped": jit_skip,
        "args": {"models": names, "runs": args.runs, "min_time": args.min_time, "max_runs": args.max_runs,
                 "warmup": args.warmup, "threads": thread_settings, "quick": quick, "cold": not args.no_cold,
                 "seed": args.seed, "cache_dir": str(args.cache_dir or bench_models.default_cache_dir())},
        "tolerance": {"rtol": RTOL, "atol": ATOL, "per_model": bench_models.TOLERANCE},
        "flops_rule": "2 x MACs of Conv, ConvTranspose, Gemm, MatMul (attention included), two-operand Einsum "
                      "and LSTM/GRU/RNN gate matmuls; every other op 0; If: the branch taken",
        "units": {"*_create_s": "seconds", "*_ms": "milliseconds, median of the timed runs",
                  "*_gflops": "flops / median latency, 1e9/s", "*_pct_peak": "percent of the setting's sgemm_peak",
                  "creation": "subprocess: cold = fresh empty ONNXJIT_CACHE_DIR, warm = same cache again, ort = "
                              "onnxruntime alone; seconds; each has peak_rss_mb, that process's VmHWM",
                  "peak_rss_mb": "VmHWM after the model, MiB: process-wide and cumulative over the "
                                 "models benchmarked before it in this process",
                  "rss_after_mb": "current RSS after the model's sessions were released"},
        "prep_version": bench_models.PREP_VERSION,
    }

    settings = []
    for threads in thread_settings:
        peak = measure_sgemm_peak(threads)
        print(f"== threads={threads or 'default'}: SGEMM peak (numpy float32 2048^2, best of 5) "
              f"{peak['gflops']:.1f} GFLOP/s", flush=True)
        rows = []
        for name in names:
            print(f"[{name}] ...", end=" ", flush=True)
            t0 = time.perf_counter()
            try:
                row = bench_model(name, args, jit, threads, peak["gflops"])
            except KeyboardInterrupt:
                raise
            except Exception as e:  # model preparation or onnxruntime failed
                row = {"model": name, "threads": threads, "fatal": err_str(e), "traceback": traceback.format_exc()}
            rows.append(row)
            if "fatal" in row:
                print(f"FAILED: {row['fatal']}", flush=True)
            else:
                extra = f", jit {row['jit_ms']:.3f} ms (x{row['ratio']:.2f})" if row.get("ratio") else ""
                err = f", onnxjit error: {row['jit_error']}" if row.get("jit_error") else ""
                print(f"ort {row['ort_ms']:.3f} ms{extra}{err} [{time.perf_counter() - t0:.1f} s]", flush=True)
        settings.append({"threads": threads, "sgemm_peak": peak, "summary": summarize(rows), "results": rows})

    for st in settings:
        th = st["threads"]
        print()
        print(f"threads={th or 'default'}, runs>={args.runs} (min time {args.min_time:g} s), warmup={args.warmup}, "
              f"median latency; ratio = onnxjit / onnxruntime (< 1: onnxjit faster); "
              f"%pk = % of SGEMM peak {st['sgemm_peak']['gflops']:.1f} GFLOP/s")
        print_table(st["results"])
        print()
        print_summary(st["summary"])
    if _CREATION:
        print(f"(COLD/WARM creation: subprocesses, measured once per model under threads="
              f"{thread_settings[0] or 'default'}; +1st run = the first run in that process)")
    print(f"peak RSS (process-wide): {peak_rss_mb():.0f} MiB")

    out = {**info, "settings": settings,
           # the first setting also at the top level, as before --both existed
           "summary": settings[0]["summary"], "results": settings[0]["results"]}
    args.json.parent.mkdir(parents=True, exist_ok=True)
    with open(args.json, "w") as f:
        json.dump(out, f, indent=1, default=float)
    print(f"results: {args.json}")
    if not args.no_plot:
        print(write_plot(settings, args.plot or args.json.with_suffix(".png")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
