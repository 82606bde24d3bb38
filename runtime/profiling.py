"""Profiling (SessionOptions.enable_profiling): a Chrome-trace JSON file, as onnxruntime writes.

Events are complete events (ph "X") with ts and dur in microseconds from the session's
profiling start: the session's creation stages (cat "Session": model_loading_*, optimize,
codegen, compile, session_initialization), each run (cat "Session", "model_run") and each
step of a run (cat "Node", named by the ONNX nodes it contains, "<node>_kernel_time" for a
one-node step as onnxruntime names a kernel).  Load the file in chrome://tracing or Perfetto.
"""
from __future__ import annotations

import datetime
import json
import os
import threading
import time
from typing import Optional

STAGES = ("load", "optimize", "codegen", "compile")


def step_event_name(nodes) -> str:
    names = [n.name or (n.outputs[0] if n.outputs else n.op_type) for n in nodes]
    if len(names) > 6:
        names = names[:3] + [f"...{len(names) - 5} more..."] + names[-2:]
    return "+".join(names) + "_kernel_time"


class Profiler:
    def __init__(self, prefix: str, start_ns: Optional[int] = None):
        self.prefix = prefix
        self.start_ns = time.time_ns() if start_ns is None else start_ns
        self._start_perf = time.perf_counter() - (time.time_ns() - self.start_ns) / 1e9
        self.events: list[dict] = []
        self.enabled = True
        self._lock = threading.Lock()
        self.pid = os.getpid()

    def now_us(self) -> float:
        return (time.perf_counter() - self._start_perf) * 1e6

    def add(self, name: str, cat: str, ts_us: float, dur_us: float, args: Optional[dict] = None) -> None:
        if not self.enabled:
            return
        ev = {"cat": cat, "pid": self.pid, "tid": threading.get_native_id(), "dur": int(round(dur_us)),
              "ts": int(round(ts_us)), "ph": "X", "name": name, "args": args or {}}
        with self._lock:
            self.events.append(ev)

    def session_events(self, timings: dict, from_bytes: bool) -> None:
        """The creation stages, laid end to end from the profiling start (they ran in this order)."""
        t = 0.0
        for stage in STAGES:
            dur = timings.get(stage, 0.0) * 1e6
            name = ("model_loading_array" if from_bytes else "model_loading_uri") if stage == "load" else stage
            self.add(name, "Session", t, dur, {"stage": stage})
            t += dur
        total = timings.get("total", t / 1e6) * 1e6
        self.add("session_initialization", "Session", 0.0, total, {})

    def end(self) -> str:
        """Write the trace file and stop profiling; the file's path ('' once ended)."""
        if not self.enabled:
            return ""
        self.enabled = False
        stamp = datetime.datetime.now().strftime("%Y-%m-%d_%H-%M-%S")
        path = f"{self.prefix}_{stamp}.json"
        with self._lock:
            events = sorted(self.events, key=lambda e: e["ts"])
        d = os.path.dirname(path)
        if d:
            os.makedirs(d, exist_ok=True)
        with open(path, "w") as f:
            f.write("[\n")
            f.write(",\n".join(json.dumps(e) for e in events))
            f.write("\n]\n")
        return path


class RunRecorder:
    """The hook Program.run calls around each step: times the steps for the profiler and stops
    the run when its RunOptions.terminate is set."""

    def __init__(self, profiler: Optional[Profiler], run_options, providers: list[str]):
        self.profiler = profiler if profiler is not None and profiler.enabled else None
        self.run_options = run_options
        self._t0 = 0.0

    def _group(self, gi: int) -> None:
        """One fused group of the compiled step in progress finished: an event named by its nodes."""
        code = getattr(self._step, "code", None)
        t1 = self.profiler.now_us()
        if code is not None and gi < len(code.groups):
            g = code.groups[gi]
            self.profiler.add("+".join(n.name for n in g.nodes) + "_group", "Node", self._tg, t1 - self._tg, {
                "op_name": "+".join(n.op_type for n in g.nodes), "node_names": [n.name for n in g.nodes],
                "group_kind": g.kind, "group_index": str(gi), "step": code.fn_name})
        self._tg = t1

    def __call__(self, index: int, step, starting: bool) -> None:
        from onnxjit.compiler import program
        if starting:
            if self.run_options is not None and self.run_options.terminate:
                from .errors import Fail
                raise Fail("Exiting due to terminate flag being set to true.")
            if self.profiler is not None:
                self._t0 = self._tg = self.profiler.now_us()
                self._step = step
                program._tls.group_hook = self._group
            return
        if self.profiler is not None:
            program._tls.group_hook = None
            t1 = self.profiler.now_us()
            ir_step = step.step
            nodes = ir_step.nodes
            self.profiler.add(step_event_name(nodes), "Node", self._t0, t1 - self._t0, {
                "op_name": "+".join(n.op_type for n in nodes),
                "node_names": [n.name for n in nodes],
                "op_types": [n.op_type for n in nodes],
                "node_index": str(index),
                "step_kind": ir_step.kind,
                "provider": ir_step.provider,
            })
