"""Side-by-side benchmark: onnxjit vs onnxruntime on the light model-zoo models.

    python bench/run.py [--models a,b] [--runs 20] [--warmup 3] [--threads 0|1]
                        [--json PATH] [--only-ort] [--cache-dir DIR] [--rebuild]

For each model, in this one process: create the onnxruntime session (timed),
create the onnxjit session (timed; that includes compiling), warm both up,
then time ``--runs`` calls of each, interleaved (ort, jit, ort, jit, ...),
compare outputs, and record median latencies, the onnxjit/onnxruntime ratio,
session-creation times and peak RSS. See bench/README.md.
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
import sys
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
    """Peak RSS of this process so far (ru_maxrss: KiB on Linux, bytes on macOS)."""
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


def compare(ref: list, got: list) -> tuple[float, bool, str | None]:
    """(max abs diff, allclose at RTOL/ATOL, problem description)."""
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
        if not np.all(np.isfinite(g)):
            return float("nan"), False, f"output {i}: non-finite values"
        d = float(np.max(np.abs(g.astype(np.float64) - r.astype(np.float64)))) if r.size else 0.0
        worst = max(worst, d)
        if not np.allclose(g, r, rtol=RTOL, atol=ATOL):
            ok = False
    return worst, ok, problem


def ms(x):
    return None if x is None else x * 1e3


# --------------------------------------------------------------------------- one model


def bench_model(name, args, jit):
    row = {"model": name}
    path, built = bench_models.ensure_model(name, args.cache_dir, args.seed, args.rebuild)
    row["model_path"] = str(path)
    row["model_built"] = built
    feeds = bench_models.make_feeds(path, args.seed)
    row["inputs"] = {k: list(v.shape) for k, v in feeds.items()}

    import onnxruntime as ort

    ort_sess, row["ort_create_s"] = make_session(ort, path, args.threads)

    jit_sess = None
    row["jit_create_s"] = None
    row["jit_error"] = None
    if jit is not None:
        try:
            jit_sess, row["jit_create_s"] = make_session(jit, path, args.threads)
        except Exception as e:
            row["jit_error"] = "create: " + err_str(e)
            row["jit_traceback"] = traceback.format_exc()

    # warm-up
    ort_first, _ = timed_run(ort_sess, feeds)
    for _ in range(args.warmup - 1):
        timed_run(ort_sess, feeds)
    jit_first = None
    if jit_sess is not None:
        try:
            jit_first, t = timed_run(jit_sess, feeds)
            row["jit_first_run_ms"] = ms(t)
            # keep the first run's arrays: a later run must not overwrite them
            jit_first = [np.asarray(a) for a in jit_first]
            for _ in range(args.warmup - 1):
                timed_run(jit_sess, feeds)
        except Exception as e:
            row["jit_error"] = "run: " + err_str(e)
            row["jit_traceback"] = traceback.format_exc()
            jit_sess = None

    # timed, interleaved
    ort_t, jit_t = [], []
    jit_last = None
    for _ in range(args.runs):
        _, t = timed_run(ort_sess, feeds)
        ort_t.append(t)
        if jit_sess is not None:
            try:
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
    row["jit_ms"] = row["jit_ms_min"] = row["ratio"] = None
    row["max_abs_diff"] = None
    row["match"] = None
    if jit_sess is not None and jit_t:
        row["jit_ms"] = ms(statistics.median(jit_t))
        row["jit_ms_min"] = ms(min(jit_t))
        row["jit_times_ms"] = [ms(t) for t in jit_t]
        row["ratio"] = row["jit_ms"] / row["ort_ms"]
        # first-run outputs (held across all later runs) and last-run outputs
        d1, ok1, p1 = compare(ort_out, jit_first)
        d2, ok2, p2 = compare(ort_out, [np.asarray(a) for a in jit_last])
        row["max_abs_diff"] = max(d1, d2) if not (math.isnan(d1) or math.isnan(d2)) else float("nan")
        row["match"] = bool(ok1 and ok2)
        row["match_first_run"], row["match_last_run"] = bool(ok1), bool(ok2)
        if p1 or p2:
            row["match_problem"] = p1 or p2
    row["peak_rss_mb"] = peak_rss_mb()
    row["arena_peak_mb"] = row["intermediates_mb"] = None
    if jit_sess is not None and hasattr(jit_sess, "program"):
        plans = [p for st in jit_sess.program.steps for p in list(getattr(st, "_plans", {}).values())[:1]]
        row["arena_peak_mb"] = sum(p.memory.peak for p in plans) / 2**20
        row["intermediates_mb"] = sum(p.memory.total for p in plans) / 2**20

    del ort_sess, jit_sess, ort_first, jit_first, jit_last, ort_out
    gc.collect()
    row["rss_after_mb"] = current_rss_mb()
    return row


# --------------------------------------------------------------------------- report


def fmt(x, spec):
    if x is None:
        width = "".join(c for c in spec.split(".")[0] if c.isdigit())
        return "-".rjust(int(width or 0))
    return format(x, spec)


def print_table(rows, file=sys.stdout):
    hdr = f"{'model':14s} {'ort create s':>12s} {'jit create s':>12s} {'ort ms':>9s} {'jit ms':>9s} " \
          f"{'ratio':>7s} {'max abs diff':>12s} {'match':>6s} {'peak RSS MB':>11s} {'arena MB':>9s} {'interm. MB':>10s}"
    print(hdr, file=file)
    print("-" * len(hdr), file=file)
    for r in rows:
        if "fatal" in r:
            print(f"{r['model']:14s} FAILED (onnxruntime/bench): {r['fatal']}", file=file)
            continue
        match = "-" if r["match"] is None else ("yes" if r["match"] else "NO")
        print(f"{r['model']:14s} {fmt(r['ort_create_s'], '12.2f')} {fmt(r['jit_create_s'], '12.2f')} "
              f"{fmt(r['ort_ms'], '9.2f')} {fmt(r['jit_ms'], '9.2f')} {fmt(r['ratio'], '7.2f')} "
              f"{fmt(r['max_abs_diff'], '12.2e')} {match:>6s} {fmt(r['peak_rss_mb'], '11.0f')} "
              f"{fmt(r.get('arena_peak_mb'), '9.1f')} {fmt(r.get('intermediates_mb'), '10.1f')}", file=file)
        if r.get("jit_error"):
            print(f"{'':14s} onnxjit: {r['jit_error']}", file=file)
        if r.get("match_problem"):
            print(f"{'':14s} mismatch: {r['match_problem']}", file=file)


def geomean(xs):
    xs = [x for x in xs if x is not None and x > 0 and math.isfinite(x)]
    return math.exp(sum(map(math.log, xs)) / len(xs)) if xs else None


def versions(jit):
    v = {"python": platform.python_version(), "numpy": np.__version__}
    for mod in ("onnx", "onnxruntime", "numba", "llvmlite", "scipy"):
        try:
            v[mod] = __import__(mod).__version__
        except Exception:
            v[mod] = None
    v["onnxjit"] = getattr(jit, "__version__", "unknown") if jit is not None else None
    return v


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="onnxjit vs onnxruntime on the ONNX light model-zoo models.")
    ap.add_argument("--models", default=",".join(bench_models.MODELS),
                    help="comma-separated subset of: " + ",".join(bench_models.MODELS))
    ap.add_argument("--runs", type=int, default=20, help="timed runs per runtime (default 20)")
    ap.add_argument("--warmup", type=int, default=3, help="untimed warm-up runs per runtime (default 3)")
    ap.add_argument("--threads", type=int, default=0,
                    help="intra_op_num_threads for both runtimes; 0 = each runtime's default (default 0)")
    ap.add_argument("--json", type=Path, default=HERE / "results" / "latest.json",
                    help="where to write all results (default bench/results/latest.json)")
    ap.add_argument("--only-ort", action="store_true", help="skip onnxjit; time onnxruntime alone")
    ap.add_argument("--cache-dir", type=Path, default=None,
                    help=f"prepared-model cache (default {bench_models.default_cache_dir()}, or $ONNXJIT_BENCH_CACHE)")
    ap.add_argument("--seed", type=int, default=bench_models.DEFAULT_SEED, help="weights and input seed (default 0)")
    ap.add_argument("--rebuild", action="store_true", help="rebuild the prepared models even if cached")
    args = ap.parse_args(argv)
    if args.runs < 1 or args.warmup < 1:
        ap.error("--runs and --warmup must be >= 1")

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
        "args": {"models": names, "runs": args.runs, "warmup": args.warmup, "threads": args.threads,
                 "seed": args.seed, "cache_dir": str(args.cache_dir or bench_models.default_cache_dir())},
        "tolerance": {"rtol": RTOL, "atol": ATOL},
        "units": {"*_create_s": "seconds", "*_ms": "milliseconds, median of the timed runs",
                  "peak_rss_mb": "ru_maxrss after the model, MiB: process-wide and cumulative over the "
                                 "models benchmarked before it in this process",
                  "rss_after_mb": "current RSS after the model's sessions were released"},
        "prep_version": bench_models.PREP_VERSION,
    }

    rows = []
    for name in names:
        print(f"[{name}] ...", end=" ", flush=True)
        t0 = time.perf_counter()
        try:
            row = bench_model(name, args, jit)
        except KeyboardInterrupt:
            raise
        except Exception as e:  # model preparation or onnxruntime failed
            row = {"model": name, "fatal": err_str(e), "traceback": traceback.format_exc()}
        rows.append(row)
        if "fatal" in row:
            print(f"FAILED: {row['fatal']}", flush=True)
        else:
            extra = f", jit {row['jit_ms']:.2f} ms (x{row['ratio']:.2f})" if row.get("ratio") else ""
            err = f", onnxjit error: {row['jit_error']}" if row.get("jit_error") else ""
            print(f"ort {row['ort_ms']:.2f} ms{extra}{err} [{time.perf_counter() - t0:.1f} s]", flush=True)

    print()
    title = f"threads={args.threads or 'default'}, runs={args.runs}, warmup={args.warmup}, " \
            f"median latency; ratio = onnxjit / onnxruntime (< 1: onnxjit faster)"
    print(title)
    print_table(rows)
    ran = [r for r in rows if r.get("ratio") is not None]
    gm = geomean([r["ratio"] for r in ran])
    gm_match = geomean([r["ratio"] for r in ran if r.get("match")])
    summary = {
        "models_run": len(rows),
        "jit_ran": len(ran),
        "jit_matched": sum(1 for r in ran if r.get("match")),
        "jit_failed": [r["model"] for r in rows if r.get("jit_error")],
        "geomean_ratio": gm,
        "geomean_ratio_matched": gm_match,
        "peak_rss_mb": peak_rss_mb(),
    }
    print()
    if gm is None:
        print("geometric mean of ratios: - (onnxjit ran on no model)")
    else:
        print(f"geometric mean of ratios over {len(ran)} model(s) that ran: {gm:.3f}"
              + (f"  (over the {summary['jit_matched']} that matched: {gm_match:.3f})"
                 if gm_match is not None and summary["jit_matched"] != len(ran) else ""))
    print(f"peak RSS (process-wide): {summary['peak_rss_mb']:.0f} MiB")

    args.json.parent.mkdir(parents=True, exist_ok=True)
    with open(args.json, "w") as f:
        json.dump({**info, "summary": summary, "results": rows}, f, indent=1, default=float)
    print(f"results: {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
