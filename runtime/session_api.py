"""The parts of onnxruntime's Session API beyond run(): runs with OrtValues, IOBinding and
callbacks, RunOptions (terminate, only_execute_path_to_fetches, logging), profiling,
set_providers and fallback, and the SessionOptions that change the model before compiling
(add_initializer, free-dimension overrides).  InferenceSession's base class."""
from __future__ import annotations

import threading
import time
from typing import Optional

import numpy as np

from onnxjit.compiler import ir
from .environment import SessionLogger
from .errors import EPFail, InvalidArgument, RuntimeException
from .ortvalue import OrtValue
from .profiling import Profiler, RunRecorder


def apply_session_overrides(graph: ir.Graph, model, so) -> None:
    """SessionOptions.add_initializer and the free-dimension overrides, applied to the loaded
    graph before anything is inferred or compiled."""
    for name, value in so._initializers.items():
        if name in graph.initializers:     # onnxruntime ignores names the model does not have
            arr = np.array(value.numpy(), copy=True, order="C")
            graph.initializers[name] = arr
            graph.types[name] = ir.TensorType(arr.dtype, tuple(arr.shape))
    pins: dict[tuple[str, int], int] = {}
    if so._free_denotations:
        for vi in model.graph.input:
            if vi.type.HasField("tensor_type") and vi.type.tensor_type.HasField("shape"):
                for k, d in enumerate(vi.type.tensor_type.shape.dim):
                    if d.denotation in so._free_denotations and not d.HasField("dim_value"):
                        pins[(vi.name, k)] = so._free_denotations[d.denotation]
    if not so._free_dims and not pins:
        return
    for name, t in list(graph.types.items()):   # inputs, and outputs that share the dim name
        if t is None or t.shape is None:
            continue
        shape = tuple(pins.get((name, k), so._free_dims.get(str(d), d)) if not isinstance(d, int) else d
                      for k, d in enumerate(t.shape))
        if shape != t.shape:
            graph.types[name] = ir.TensorType(t.dtype, shape)


class SessionAPI:
    """Mixed into Session; expects `_run(output_names, feeds, run_options, out)`, `_build`,
    `_programs`, `_providers`, `timings`, `_sess_options` from InferenceSession."""

    _profiler: Optional[Profiler] = None
    _enable_fallback = True

    def _init_api(self, kwargs: dict) -> None:
        """Called at the end of InferenceSession.__init__."""
        so = self._sess_options
        self._enable_fallback = int(kwargs.get("enable_fallback", 1)) == 1
        self._log = SessionLogger(so.logid, so.log_severity_level, so.log_verbosity_level)
        total = self.timings.get("total", 0.0)
        self._profiling_start_ns = time.time_ns() - int(total * 1e9)
        if so.enable_profiling:
            self._profiler = Profiler(so.profile_file_prefix, self._profiling_start_ns)
            self._profiler.session_events(self.timings, getattr(self, "_model_path", None) is None)
        self._log.info("Session created: " + ", ".join(f"{k} {v * 1e3:.1f} ms" for k, v in self.timings.items()))
        for s in self.program.steps:
            self._log.verbose(s.step.label, verbosity=0)

    # ---- running
    def _execute(self, program, feeds: dict, output_names: list, run_options=None, out=None) -> list:
        """program.run with the run's hooks: terminate, profiling, pruning, logging."""
        ro = run_options
        prof = self._profiler if self._profiler is not None and self._profiler.enabled else None
        hook = RunRecorder(prof, ro, self._providers) if (prof is not None or ro is not None) else None
        prune = bool(ro is not None and ro.only_execute_path_to_fetches)
        t0 = prof.now_us() if prof is not None else 0.0
        t = time.perf_counter()
        result = program.run(feeds, output_names, out=out, hook=hook, prune=prune)
        if prof is not None:
            prof.add("model_run", "Session", t0, prof.now_us() - t0, {"run_logid": getattr(ro, "logid", "")})
        log = self._log if ro is None else SessionLogger(ro.logid or self._log.logid,
                                                         ro.log_severity_level if ro.log_severity_level >= 0
                                                         else self._log.severity, ro.log_verbosity_level)
        if log.enabled(0, 1):
            log.verbose(f"run: {len(program.steps)} steps in {(time.perf_counter() - t) * 1e3:.3f} ms", verbosity=1)
        return result

    def run_async(self, output_names, input_feed, callback, user_data, run_options=None) -> None:
        """Run on a worker thread; then `callback(results, user_data, err)` is called there, with
        err '' on success, else the error's message and results []."""
        if not isinstance(input_feed, dict):
            raise InvalidArgument(f"input_feed must be a dict of name -> array, got {type(input_feed).__name__}")
        missing = [n for n in self._input_names if n not in input_feed]
        if missing:
            raise ValueError(f"Required inputs ({missing}) are missing from input feed ({list(input_feed)}).")

        def work():
            try:
                results = self.run(output_names, input_feed, run_options)
            except Exception as e:     # reported to the callback, as onnxruntime does
                callback([], user_data, str(e))
                return
            callback(results, user_data, "")

        threading.Thread(target=work, name="onnxjit-run-async", daemon=True).start()

    def run_with_ort_values(self, output_names, input_dict_ort_values, run_options=None) -> list[OrtValue]:
        """run() with OrtValues in and out."""
        feeds = {n: (v.numpy() if isinstance(v, OrtValue) else v) for n, v in input_dict_ort_values.items()}
        return [OrtValue(r) for r in self.run(output_names, feeds, run_options)]

    def io_binding(self):
        from .iobinding import IOBinding
        return IOBinding(self)

    def run_with_iobinding(self, iobinding, run_options=None) -> None:
        if iobinding._session is not self:
            raise ValueError("IOBinding must be used with the session that created it.")
        iobinding._run(run_options)

    # ---- profiling
    def end_profiling(self) -> str:
        """Write the profile (SessionOptions.enable_profiling) and return its path; '' when not profiling."""
        if self._profiler is None:
            return ""
        return self._profiler.end()

    def get_profiling_start_time_ns(self) -> int:
        return self._profiling_start_ns

    # ---- providers
    def set_providers(self, providers=None, provider_options=None) -> None:
        """Recompile the session for these providers (None: every available one)."""
        from .providers import get_available_providers, normalize_providers
        if providers is None:
            providers = get_available_providers()
        try:
            names, opts = normalize_providers(providers, provider_options, fallback=False)
        except InvalidArgument as e:   # onnxruntime raises RuntimeError here
            raise RuntimeException(str(e)) from None
        with self._lock:
            self._providers, self._provider_options = names, opts
            self._programs = {}
            self._program = self._build(frozenset())
        warm = getattr(self, "_warm_up", None)
        if warm is not None:
            warm()

    def disable_fallback(self) -> None:
        """Disable session.run() fallback mechanism."""
        self._enable_fallback = False

    def enable_fallback(self) -> None:
        """Enable session.run() fallback: a run that fails in a provider (EPFail) is retried
        once with CPUExecutionProvider alone."""
        self._enable_fallback = True

    def _fallback(self, err: Exception) -> bool:
        """After an EPFail: switch to CPU alone (once) if fallback is on; whether to retry."""
        if not isinstance(err, EPFail) or not self._enable_fallback or self._providers == ["CPUExecutionProvider"]:
            return False
        self._log.warning(f"EP Error: {err} using {self._providers}; falling back to ['CPUExecutionProvider']")
        self.set_providers(["CPUExecutionProvider"])
        self.disable_fallback()
        return True


