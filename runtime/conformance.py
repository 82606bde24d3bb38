"""ONNX conformance harness: ONNX's node test cases, run through a runtime.

The cases are the ones the installed ``onnx`` package generates
(``onnx.backend.test.case.node.collect_testcases()``: a model, its inputs and
the expected outputs, with a tolerance). Each case is run in this process
(so compile caches are shared between cases) by creating an
``InferenceSession`` from the serialized model, feeding the inputs by the
graph's input names and comparing every output with the rules of ONNX's own
backend test runner (``onnx.backend.test.runner.Runner.assert_similar_outputs``).

Command line::

    python -m onnxjit.conformance [--runtime onnxjit|onnxruntime] [-k SUBSTRING]
                                  [--failures] [--update-expected] [--jobs N]

The runtime is any module with onnxruntime's API; ``onnxruntime`` itself is
the stand-in used to check the harness. This module imports nothing heavy at
import time (``onnx``, ``numpy`` and the runtime are imported in functions).
"""

from __future__ import annotations

import argparse
import collections
import functools
import os
import signal
import sys
import threading
import time
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Sequence

RUNTIMES = ("onnxjit", "onnxruntime")

#: The highest IR version onnxruntime accepts; models above it are lowered (on a copy).
ORT_MAX_IR_VERSION = 10

#: Default per-case time limit in seconds (0 disables it). Enforced with SIGALRM
#: when running in the main thread of a Unix process; code that does not return
#: to the interpreter (a long compiled loop) is interrupted only when it does.
DEFAULT_TIMEOUT_S = 300.0

EXPECTED_FILE_NAME = "conformance_expected_pass.txt"

EXPECTED_HEADER = (
    "# ONNX node conformance cases (onnx.backend.test.case.node) that onnxjit passes, one a line, sorted;"
    " tests/test_conformance.py asserts each still passes."
    " Regenerate: python -m onnxjit.conformance --update-expected"
)


@dataclass(frozen=True)
class CaseResult:
    """What running one case gave."""

    name: str
    status: str  # 'pass' | 'fail' (wrong result) | 'error' (exception) | 'skip'
    reason: str = ""
    seconds: float = 0.0

    @property
    def failed(self) -> bool:
        return self.status in ("fail", "error")


class CaseTimeout(Exception):
    """A case ran past its time limit."""


# --------------------------------------------------------------------------- cases


@functools.cache
def collect_cases() -> tuple:
    """ONNX's node test cases (TestCase objects), collected once per process.

    Collecting runs numpy on odd values (NaN, overflow...) and would print
    RuntimeWarnings; they are silenced here.
    """
    import numpy as np

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with np.errstate(all="ignore"):
            from onnx.backend.test.case.node import collect_testcases

            cases = collect_testcases()
    return tuple(cases)


@functools.cache
def cases_by_name() -> dict:
    return {c.name: c for c in collect_cases()}


def select_cases(substring: str | None = None) -> list:
    """The cases whose name contains ``substring`` (all of them when it is empty)."""
    cases = collect_cases()
    if substring:
        cases = [c for c in cases if substring in c.name]
    return list(cases)


@functools.cache
def _single_node_op_types() -> dict:
    """name -> op_type for every case whose graph is one node (to label expanded cases)."""
    out = {}
    for c in collect_cases():
        nodes = c.model.graph.node if c.model is not None else []
        if len(nodes) == 1:
            out[c.name] = nodes[0].op_type
    return out


def case_op_type(case: Any) -> str:
    """The ONNX op a case tests (for the summary): the node's op_type for a
    one-node graph; for a function expansion (``..._expanded``), the op of the
    unexpanded case; else the op type of the graph's last node."""
    single = _single_node_op_types()
    if case.name in single:
        return single[case.name]
    base = case.name
    for marker in ("_expanded_ver", "_expanded"):
        i = base.find(marker)
        if i >= 0:
            base = base[:i]
            break
    if base in single:
        return single[base]
    nodes = case.model.graph.node if case.model is not None else []
    return nodes[-1].op_type if len(nodes) else "?"


# --------------------------------------------------------------------------- comparison


def _normalize(value: Any) -> Any:
    """A data-set value as a runtime takes or returns it: TensorProto -> ndarray,
    numpy scalar -> 0-d ndarray, list -> list of normalized values, None kept."""
    import numpy as np
    import onnx

    if value is None:
        return None
    if isinstance(value, onnx.TensorProto):
        return onnx.numpy_helper.to_array(value)
    if isinstance(value, (list, tuple)):
        return [_normalize(v) for v in value]
    if isinstance(value, np.generic):
        return np.asarray(value)
    return value


_ML_FLOAT_NAMES = ("bfloat16", "float8", "float4")


def _assert_similar(ref: Any, out: Any, rtol: float, atol: float, where: str) -> None:
    import numpy as np

    if ref is None:
        if out is not None:
            raise AssertionError(f"{where}: expected None (empty optional), got {type(out).__name__}")
        return
    if isinstance(ref, (list, tuple)):
        if not isinstance(out, (list, tuple)):
            raise AssertionError(f"{where}: expected a sequence (list), got {type(out).__name__}")
        if len(out) != len(ref):
            raise AssertionError(f"{where}: sequence has {len(out)} elements, expected {len(ref)}")
        for j, (r, o) in enumerate(zip(ref, out)):
            _assert_similar(r, o, rtol, atol, f"{where}[{j}]")
        return
    if out is None:
        raise AssertionError(f"{where}: got None, expected an array of shape {np.shape(ref)}")
    if isinstance(out, (list, tuple)):
        raise AssertionError(f"{where}: got a sequence (list), expected an array")
    ref = np.asarray(ref)
    out = out if isinstance(out, np.ndarray) else np.asarray(out)
    if tuple(out.shape) != tuple(ref.shape):
        raise AssertionError(f"{where}: shape {tuple(out.shape)}, expected {tuple(ref.shape)}")
    if ref.dtype == object or ref.dtype.kind in "US":
        # Strings: exact.
        if not np.array_equal(out.astype(object), ref.astype(object)):
            bad = np.flatnonzero(out.astype(object).ravel() != ref.astype(object).ravel())
            i = int(bad[0]) if len(bad) else 0
            raise AssertionError(
                f"{where}: {len(bad)} / {ref.size} strings differ;"
                f" first at flat index {i}: {out.ravel()[i]!r} != {ref.ravel()[i]!r}"
            )
        return
    if out.dtype != ref.dtype:
        raise AssertionError(f"{where}: dtype {out.dtype}, expected {ref.dtype}")
    output_rtol = rtol
    name = ref.dtype.name
    if name == "bfloat16":
        output_rtol = max(rtol, 2**-6)  # Two bfloat16 ULPs (as onnx's runner).
    if any(name.startswith(p) for p in _ML_FLOAT_NAMES):
        # numpy cannot promote ml_dtypes floats with a Python float: compare as float32.
        out = out.astype(np.float32)
        ref = ref.astype(np.float32)
    elif name in ("int4", "uint4", "int2", "uint2"):
        out = out.astype(np.int32)
        ref = ref.astype(np.int32)
    try:
        np.testing.assert_allclose(out, ref, rtol=output_rtol, atol=atol, equal_nan=True)
    except AssertionError as e:
        raise AssertionError(f"{where}: {_short_allclose_message(str(e))}") from None


def _short_allclose_message(msg: str) -> str:
    keep = []
    for line in msg.strip().splitlines():
        s = line.strip()
        if not s:
            continue
        if s.startswith(("x:", "y:", "ACTUAL:", "DESIRED:")):
            break
        keep.append(s)
    return "; ".join(keep)


def assert_similar_outputs(
    ref_outputs: Sequence[Any],
    outputs: Sequence[Any],
    rtol: float,
    atol: float,
    names: Sequence[str] | None = None,
) -> None:
    """Raise AssertionError unless ``outputs`` match ``ref_outputs`` the way
    onnx's backend test runner requires: same count; per output, same shape,
    same dtype, and values within ``atol + rtol * |expected|`` (NaN equals NaN,
    bfloat16 gets at least two ULPs of rtol); strings compared exactly;
    sequences (lists) compared element by element; an empty optional (None)
    must come back as None."""
    if len(outputs) != len(ref_outputs):
        raise AssertionError(f"{len(outputs)} outputs, expected {len(ref_outputs)}")
    for i, (ref, out) in enumerate(zip(ref_outputs, outputs)):
        where = f"output {i}" + (f" ({names[i]!r})" if names is not None and i < len(names) else "")
        _assert_similar(_normalize(ref), _normalize(out), rtol, atol, where)


# --------------------------------------------------------------------------- running


@functools.cache
def load_runtime(runtime: str):
    """The runtime module (``onnxjit`` or ``onnxruntime``, or any importable
    module with onnxruntime's API)."""
    import importlib

    return importlib.import_module(runtime)


def _prepare_model(model: Any, runtime: str) -> bytes:
    if runtime == "onnxruntime" and model.ir_version > ORT_MAX_IR_VERSION:
        import onnx

        copy = onnx.ModelProto()
        copy.CopyFrom(model)
        copy.ir_version = ORT_MAX_IR_VERSION
        model = copy
    return model.SerializeToString()


@functools.cache
def _quiet_onnxruntime(ort: Any) -> None:
    try:
        ort.set_default_logger_severity(4)
    except Exception:  # noqa: BLE001 - cosmetic
        pass


def _make_session(ort: Any, runtime: str, model_bytes: bytes, providers: Sequence[str] | None):
    if runtime == "onnxruntime":
        _quiet_onnxruntime(ort)
        opts = ort.SessionOptions()
        opts.log_severity_level = 4  # fatal only: errors come back as exceptions
        return ort.InferenceSession(
            model_bytes, sess_options=opts, providers=list(providers or ["CPUExecutionProvider"])
        )
    return ort.InferenceSession(model_bytes, providers=list(providers) if providers else None)


def _feed_names(model: Any) -> list:
    """Graph inputs a data set's inputs bind to, in order: initializers (which
    old IR versions also list as inputs) are not fed."""
    inits = {t.name for t in model.graph.initializer}
    return [i.name for i in model.graph.input if i.name not in inits]


def _error_reason(e: BaseException) -> str:
    text = str(e).strip()
    first = text.splitlines()[0].strip() if text else ""
    if len(first) > 320:
        # Keep both ends: onnxruntime puts a source path and a C++ signature
        # first and the actual complaint last.
        first = first[:120] + " ... " + first[-190:]
    return f"{type(e).__name__}: {first}" if first else type(e).__name__


class _Alarm:
    """Per-case time limit via SIGALRM (main thread, Unix only; else a no-op)."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.active = (
            seconds
            and seconds > 0
            and hasattr(signal, "setitimer")
            and threading.current_thread() is threading.main_thread()
        )

    def _fire(self, signum, frame):
        raise CaseTimeout(f"ran past the {self.seconds:g} s time limit")

    def __enter__(self):
        if self.active:
            self._old = signal.signal(signal.SIGALRM, self._fire)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
        return self

    def __exit__(self, *exc):
        if self.active:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._old)
        return False


def run_case(
    case: Any,
    runtime: str = "onnxjit",
    providers: Sequence[str] | None = None,
    timeout: float | None = DEFAULT_TIMEOUT_S,
) -> CaseResult:
    """Run one case (a TestCase or its name) through ``runtime``; never raises
    for what the runtime does (exceptions become status 'error')."""
    if isinstance(case, str):
        name = case
        case = cases_by_name().get(name)
        if case is None:
            return CaseResult(name, "error", f"KeyError: no ONNX node test case named {name!r}")
    name = case.name
    if case.model is None or not case.data_sets:
        return CaseResult(name, "skip", "case has no model or no data set")
    t0 = time.perf_counter()
    try:
        with _Alarm(timeout or 0):
            ort = load_runtime(runtime)
            model_bytes = _prepare_model(case.model, runtime)
            stage = "session"
            try:
                sess = _make_session(ort, runtime, model_bytes, providers)
                feed_names = _feed_names(case.model)
                out_names = [o.name for o in case.model.graph.output]
                for k, (inputs, ref_outputs) in enumerate(case.data_sets):
                    stage = "run"
                    inputs = [_normalize(x) for x in inputs]
                    if len(inputs) > len(feed_names):
                        raise AssertionError(
                            f"data set has {len(inputs)} inputs, graph has {len(feed_names)}"
                        )
                    # Fewer inputs than graph inputs: trailing optional inputs left out.
                    # A None input is an empty optional: it is not fed.
                    feeds = {n: v for n, v in zip(feed_names, inputs) if v is not None}
                    outputs = sess.run(None, feeds)
                    stage = "compare"
                    try:
                        assert_similar_outputs(
                            ref_outputs, list(outputs), case.rtol, case.atol, names=out_names
                        )
                    except AssertionError as e:
                        prefix = f"data set {k}: " if len(case.data_sets) > 1 else ""
                        return CaseResult(
                            name, "fail", prefix + str(e), time.perf_counter() - t0
                        )
            except CaseTimeout:
                raise
            except AssertionError as e:
                return CaseResult(name, "error", f"harness: {e}", time.perf_counter() - t0)
            except Exception as e:  # noqa: BLE001 - every runtime error is a result
                return CaseResult(
                    name, "error", f"[{stage}] {_error_reason(e)}", time.perf_counter() - t0
                )
    except CaseTimeout as e:
        return CaseResult(name, "error", f"CaseTimeout: {e}", time.perf_counter() - t0)
    except Exception as e:  # noqa: BLE001 - importing the runtime failed, e.g.
        return CaseResult(name, "error", _error_reason(e), time.perf_counter() - t0)
    return CaseResult(name, "pass", "", time.perf_counter() - t0)


def _worker_init() -> None:
    # Ctrl-C is the parent's business.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _worker_run(args: tuple) -> CaseResult:
    name, runtime, providers, timeout = args
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return run_case(name, runtime, providers, timeout)


def run_cases(
    cases: Iterable[Any],
    runtime: str = "onnxjit",
    providers: Sequence[str] | None = None,
    timeout: float | None = DEFAULT_TIMEOUT_S,
    jobs: int = 1,
    progress: Any = None,
) -> list:
    """Run cases (in this process when ``jobs`` is 1, else in ``jobs`` worker
    processes that each run many cases). Results come back in case order."""
    cases = list(cases)
    if jobs <= 1 or len(cases) <= 1:
        results = []
        for c in cases:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                r = run_case(c, runtime, providers, timeout)
            results.append(r)
            if progress:
                progress(r)
        return results

    import multiprocessing as mp

    collect_cases()  # collected once here; forked workers inherit the cache
    methods = mp.get_all_start_methods()
    ctx = mp.get_context("fork" if "fork" in methods else None)
    order = {c.name: i for i, c in enumerate(cases)}
    results: list = [None] * len(cases)
    args = [(c.name, runtime, tuple(providers) if providers else None, timeout) for c in cases]
    with ctx.Pool(jobs, initializer=_worker_init) as pool:
        for r in pool.imap_unordered(_worker_run, args, chunksize=1):
            results[order[r.name]] = r
            if progress:
                progress(r)
    return results


# --------------------------------------------------------------------------- expected list


def default_expected_path() -> Path:
    """``tests/conformance_expected_pass.txt`` of the source checkout this module
    lives in (``runtime/`` beside ``tests/``); override with --expected."""
    return Path(__file__).resolve().parent.parent / "tests" / EXPECTED_FILE_NAME


def read_expected(path: str | os.PathLike | None = None) -> list:
    """Case names listed in an expected-pass file (comments and blank lines skipped)."""
    p = Path(path) if path else default_expected_path()
    if not p.exists():
        return []
    names = []
    for line in p.read_text().splitlines():
        s = line.strip()
        if s and not s.startswith("#"):
            names.append(s)
    return names


def write_expected(names: Iterable[str], path: str | os.PathLike | None = None) -> Path:
    p = Path(path) if path else default_expected_path()
    body = "".join(f"{n}\n" for n in sorted(set(names)))
    p.write_text(EXPECTED_HEADER + "\n" + body)
    return p


# --------------------------------------------------------------------------- report


def summarize(results: Sequence[CaseResult], top: int = 40) -> str:
    """Failures (fail + error) counted by op type, most first."""
    byname = cases_by_name()
    total: collections.Counter = collections.Counter()
    failed: collections.Counter = collections.Counter()
    errors: collections.Counter = collections.Counter()
    for r in results:
        case = byname.get(r.name)
        op = case_op_type(case) if case is not None else "?"
        total[op] += 1
        if r.failed:
            failed[op] += 1
            if r.status == "error":
                errors[op] += 1
    if not failed:
        return ""
    ranked = sorted(failed.items(), key=lambda kv: (-kv[1], kv[0]))
    lines = [f"failures by op type (top {min(top, len(ranked))} of {len(ranked)}):"]
    width = max(len(op) for op, _ in ranked[:top])
    for op, n in ranked[:top]:
        lines.append(
            f"  {op:<{width}}  {n:4d} failed of {total[op]:4d}  ({errors[op]} error, {n - errors[op]} wrong)"
        )
    return "\n".join(lines)


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(
        prog="python -m onnxjit.conformance",
        description="Run ONNX's node test cases (from the installed onnx package) through a runtime.",
    )
    ap.add_argument("--runtime", default="onnxjit", help="onnxjit (default) or onnxruntime")
    ap.add_argument("-k", dest="substring", default=None, help="only cases whose name contains this")
    ap.add_argument("--failures", action="store_true", help="print one line per failed case")
    ap.add_argument(
        "--update-expected",
        action="store_true",
        help="rewrite the expected-pass list with the passing cases (with -k: only the selected"
        " cases' entries change)",
    )
    ap.add_argument("--expected", default=None, help=f"expected-pass file (default tests/{EXPECTED_FILE_NAME})")
    ap.add_argument("--jobs", "-j", type=int, default=1, help="worker processes (default 1: in this process)")
    ap.add_argument(
        "--timeout", type=float, default=DEFAULT_TIMEOUT_S, help="per-case time limit in seconds (0: none)"
    )
    ap.add_argument("--providers", default=None, help="comma-separated execution providers")
    ap.add_argument("--list", action="store_true", help="list the selected case names and exit")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every case as it finishes")
    return ap.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit status (0 when nothing failed)."""
    args = _parse_args(argv)
    providers = [p for p in args.providers.split(",") if p] if args.providers else None
    t0 = time.perf_counter()
    cases = select_cases(args.substring)
    t_collected = time.perf_counter()
    if args.list:
        for c in cases:
            print(c.name)
        return 0
    if not cases:
        print(f"no case name contains {args.substring!r}")
        print("0 passed, 0 failed")
        return 0

    progress = None
    if args.verbose:

        def progress(r: CaseResult) -> None:
            tail = f"  {r.reason}" if r.reason else ""
            print(f"{r.status:5s} {r.seconds:7.2f}s {r.name}{tail}", flush=True)

    results = run_cases(cases, args.runtime, providers, args.timeout, args.jobs, progress)
    elapsed = time.perf_counter() - t0

    passed = [r for r in results if r.status == "pass"]
    failed = [r for r in results if r.failed]
    skipped = [r for r in results if r.status == "skip"]

    if args.failures:
        for r in failed:
            print(f"{r.name}  {r.status}  {r.reason}")
        if failed:
            print()
    summary = summarize(results)
    if summary:
        print(summary)
        print()
    if args.update_expected:
        path = Path(args.expected) if args.expected else default_expected_path()
        keep = set()
        if args.substring:
            selected = {c.name for c in cases}
            keep = {n for n in read_expected(path) if n not in selected}
        p = write_expected(keep | {r.name for r in passed}, path)
        print(f"wrote {len(keep) + len(passed)} names to {p}")
    if skipped:
        print(f"{len(skipped)} skipped")
    print(
        f"runtime {args.runtime}: {len(results)} cases in {elapsed:.1f} s"
        f" ({t_collected - t0:.1f} s collecting, {elapsed - (t_collected - t0):.1f} s running)"
    )
    print(f"{len(passed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
