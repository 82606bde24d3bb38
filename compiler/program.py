"""program: the product of compiling one graph, and how it runs.

`build(graph, providers)` partitions the graph into steps, schedules and generates
code for each compiled step, packs the weights into one blob and compiles.  At run
time each compiled step derives, once per input-shape signature, its *plan*:
concrete shapes, the memory plan (arena offsets) and the plan table P that the one
compiled function reads every dim, offset, stride and kernel parameter from.
"""
from __future__ import annotations

import copy
import dataclasses
import os
import threading
import time
from typing import Optional, Sequence

import numpy as np

from onnxjit.errors import Fail, InvalidArgument, InvalidGraph, RuntimeException
from . import ir, memory
from .cache import load_source
from .codegen import StepCode, generate
from .infer import ShapeEnv
from .partition import Step, partition, unknown_rank
from .registry import STRIDED, Ctx, ShapeValueUnknown
from .schedule import Group, schedule
from .trace import Tracer, tls as _trace

ALIGN = 64
_MISSING = object()
_KNOWN_MAX_ELEMS = 4096     # outputs up to this size may be computed at plan time (CompiledStep._known_outputs)
DEFAULT_MEMORY_CAP = 64 << 30


def _whole_after_default() -> int:
    """$ONNXJIT_WHOLE_STEP_AFTER (WHOLE_AFTER below), 32 when unset or not a number."""
    try:
        return max(0, int(os.environ.get("ONNXJIT_WHOLE_STEP_AFTER", "32")))
    except ValueError:
        return 32


# A step's whole-step function (codegen, whole_source) runs in place of its Python function
# once the step has run WHOLE_AFTER times, if the Python between its compiled calls then looks
# worth saving: CALL_COST a call (unboxing its arrays; 1-3 us measured) at least WHOLE_SHARE of
# the step's fastest call (a mean would count the calls another process or thread delayed).
# Not at creation: it is a compile (0.3-3 s, then cached) that a session run a few times
# would not earn back.
WHOLE_AFTER = _whole_after_default()
WHOLE_SHARE = 0.02
CALL_COST = 1.5e-6


def default_memory_limit() -> int:
    """The most bytes one plan (a step's outputs and arena) may take: min(available memory, 64 GiB).
    SessionOptions config entry "session.memory_limit_bytes" overrides it."""
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemAvailable:"):
                    return min(int(line.split()[1]) * 1024, DEFAULT_MEMORY_CAP)
    except (OSError, ValueError, IndexError):
        pass
    return DEFAULT_MEMORY_CAP


class _RunState(threading.local):
    """Per thread: what the run in progress asked for.  Class attributes are the defaults, so
    reading an unset one is an attribute lookup, not a caught AttributeError (getattr with a
    default on a bare threading.local: ~0.5 us, twice per step of every run)."""
    run_options = None    # RunOptions of the run in progress on this thread
    group_hook = None     # the profiler's per-group callback (runtime/profiling.py)
    dry = False           # shapes only (dry_run)


_tls = _RunState()


def is_dry() -> bool:
    """Whether this thread makes a dry run (dry_run)."""
    return _tls.dry


class dry_run:
    """While active (on this thread), compiled steps are specialized and planned but not run:
    their outputs are zeros of the planned shapes (or the values the plan knows).  A session's
    warm-up makes such a run first, so that the steps it specializes (ranks known only while
    running, control-flow bodies) are compiled by precompile's workers, in parallel, rather
    than one after another by the real warm-up run.  The values are wrong where they depend
    on data; only the code the run asks for matters."""

    def __enter__(self):
        self.prev = _tls.dry
        _tls.dry = True

    def __exit__(self, *exc):
        _tls.dry = self.prev


def check_terminate() -> None:
    """Stop the run in progress on this thread if its RunOptions.terminate is set: long host ops
    (Loop) call this every iteration, as Program.run does between steps."""
    ro = _tls.run_options
    if ro is not None and ro.terminate:
        raise Fail("Exiting due to terminate flag being set to true.")


def group_checks() -> bool:
    """Whether a generated step function calls after_group after each group: in a run with
    RunOptions (terminate may be set from another thread) or a profiled one.  Asked once per
    step call, so the common run pays no call per group."""
    return _tls.run_options is not None or _tls.group_hook is not None


def after_group(gi: int) -> None:
    """Called by generated step functions after each group: honours RunOptions.terminate and,
    when the run is profiled, reports the group (`_tls.group_hook(gi)`)."""
    ro = _tls.run_options
    if ro is not None and ro.terminate:
        raise Fail("Exiting due to terminate flag being set to true.")
    hook = _tls.group_hook
    if hook is not None:
        hook(gi)


def check_memory(what: str, nbytes_: int, limit: Optional[int]) -> None:
    """Fail fast, before allocating, when a run would need more than the session's memory limit."""
    limit = default_memory_limit() if limit is None else limit
    if nbytes_ > limit:
        raise RuntimeException(f"{what} needs {nbytes_} bytes, above the session's memory limit of {limit} bytes "
                               "(SessionOptions config entry 'session.memory_limit_bytes')")


def collapse_copy(shape, strides) -> tuple[list[int], list[int]]:
    """(dims, input strides) of a strided copy (Slice, Transpose...) into a dense output of
    `shape`, its loops collapsed: dims of size 1 dropped, and a dim merged into the one before
    it where the input steps over it contiguously (the outer stride is the inner one times the
    inner size); right-aligned to the output's rank with leading 1s.  The copy's innermost loop
    is then as long as the layout allows: magika's (N, 512, 508, 1) Slice of a conv output ran
    one element per innermost loop (0.5 ms for 1 MB, now one loop over all of it)."""
    r = len(shape)
    if any(n == 0 for n in shape):
        return list(shape), list(strides)
    merged: list[list[int]] = []
    for n, st in zip(shape, strides):
        if n == 1:
            continue
        if merged and merged[-1][1] == st * n:
            merged[-1] = [merged[-1][0] * n, st]
        else:
            merged.append([n, st])
    pad = r - len(merged)
    return [1] * pad + [m[0] for m in merged], [0] * pad + [m[1] for m in merged]


@dataclasses.dataclass
class Plan:
    P: np.ndarray
    types: dict[str, ir.TensorType]
    out_shapes: list[tuple]
    memory: memory.MemoryPlan
    known: Optional[list] = None      # the outputs, when the plan's key decides them
    some_known: Optional[list] = None  # per output: its value when the key decides it, else None
    _arenas: list = dataclasses.field(default_factory=list)

    def take_arena(self, bind, W: np.ndarray):
        """(arena, bind(W, arena, P)): a free arena of this plan with the step's arguments made
        of it, or a new one (runs on several threads at once each take their own: list.pop and
        list.append are atomic, so the pool needs no lock)."""
        try:
            return self._arenas.pop()
        except IndexError:
            arena = np.empty(max(self.memory.peak, ALIGN), np.uint8)
            return arena, bind(W, arena, self.P)

    def give_arena(self, taken) -> None:
        self._arenas.append(taken)


class CompiledStep:
    memory_limit: Optional[int] = None     # bytes; None: default_memory_limit()
    whole_after: int = WHOLE_AFTER         # calls before the whole-step function is weighed; 0: never

    def __init__(self, step: Step, graph: ir.Graph, opdefs, weights: "Weights", cache_dir):
        self.step = step
        self.graph = graph
        self.opdefs = opdefs
        self.weights = weights
        types = graph.types
        self.cache_dir = cache_dir
        # A step reading a tensor of unknown rank is generated per rank signature at run time.
        self.lazy = any(unknown_rank(graph, n) for n in step.nodes)
        self._specialized: dict = {}
        self._dims_decide_ranks = False
        self.code: Optional[StepCode] = None
        if not self.lazy:
            groups = schedule(step.nodes, opdefs, types, set(step.outputs))
            self.code = generate(f"step_{step.index}", groups, graph, types, opdefs,
                                 step.inputs, step.outputs, set(weights.offsets))
        self.fn = self.bind = None
        self._plans: dict = {}
        self._lock = threading.Lock()
        self.value_inputs = self._shape_relevant_inputs()
        self._fed = [v for v in step.inputs if v not in weights.offsets]    # inputs not packed as weights
        self._store = None
        self.whole = None           # the whole-step function, once chosen (_weigh_whole)
        self._fast = None           # the same, where execute's fast path may call it
        self._whole_fn = None
        self._whole_ok = None       # whether it compiled (None: not tried)
        self._calls, self._fastest = 0, float("inf")     # calls so far, the fastest (s)

    def compile(self) -> float:
        """Import the generated module.  Its fused functions and the kernels it calls are
        compiled (or loaded from Numba's disk cache) at their first call, which
        InferenceSession makes happen at creation with a warm-up run."""
        t0 = time.perf_counter()
        if self.lazy:
            return 0.0
        mod = load_source(self.code.source, self.cache_dir)
        self.fn = getattr(mod, self.code.fn_name)
        self.bind = getattr(mod, "bind_" + self.code.fn_name)
        self._whole_fn = getattr(mod, "whole_" + self.code.fn_name, None)
        self.module_file = mod.__file__
        return time.perf_counter() - t0

    def _shape_relevant_inputs(self) -> list[str]:
        """Step inputs whose values (not only shapes) decide the plan."""
        producer = {o: n for n in self.step.nodes for o in n.outputs if o}
        todo = []
        for n in self.step.nodes:
            for i in self.opdefs[id(n)].shape_inputs:
                if i < len(n.inputs) and n.inputs[i]:
                    todo.append(n.inputs[i])
        seen, result = set(), []
        while todo:
            v = todo.pop()
            if v in seen:
                continue
            seen.add(v)
            node = producer.get(v)
            if node is None:
                if v in self.step.inputs and v not in self.weights.offsets:
                    result.append(v)
                continue
            opdef = self.opdefs[id(node)]
            needs = getattr(opdef, "value_inputs", None)
            todo.extend(x for i, x in enumerate(node.inputs) if x and (needs is None or i in needs))
        return sorted(result)

    def specialize(self, arrays: dict[str, np.ndarray]) -> "CompiledStep":
        """The step generated and compiled for the ranks and dtypes of these inputs.  Dims stay
        symbolic, so the code serves every size of those ranks, unless a rank depends on an
        input's dims (GatherND's indices), when the code is made for the concrete shapes."""
        ins = [v for v in self._fed if v in arrays]
        key = tuple([(v, a.dtype, a.ndim) if type(a) is np.ndarray else (v, np.asarray(a).dtype, np.ndim(a))
                     for v, a in zip(ins, [arrays[v] for v in ins])])
        # inputs whose values decide shapes (and so maybe ranks) are part of the key
        if self.value_inputs:
            key += tuple(np.asarray(arrays[v]).tobytes() for v in self.value_inputs if v in arrays)
        if self._dims_decide_ranks:
            key += tuple(np.shape(arrays[v]) for v in ins)
        spec = self._specialized.get(key)
        if spec is not None:
            return spec
        with self._lock:
            spec = self._specialized.get(key)
            if spec is None:
                spec = self._build_specialized(arrays, concrete=self._dims_decide_ranks)
                if spec.lazy and not self._dims_decide_ranks:
                    self._dims_decide_ranks = True
                    key += tuple(np.shape(arrays[v]) for v in ins)
                    spec = self._build_specialized(arrays, concrete=True)
                if spec.lazy:
                    g = spec.graph
                    bad = [v for n in self.step.nodes for v in n.inputs + n.outputs
                           if v and isinstance(g.types.get(v), ir.TensorType) and g.types[v].shape is None]
                    raise RuntimeException(f"the rank of '{bad[0] if bad else '?'}' cannot be inferred even with "
                                           "the inputs in hand; this step cannot be compiled")
                spec.compile()
                self._specialized[key] = spec
        return spec

    def _build_specialized(self, arrays, concrete: bool) -> "CompiledStep":
        g = copy.copy(self.graph)
        g.types = dict(self.graph.types)
        types = {}
        for v in self.step.inputs:
            if v in g.initializers:
                a = g.initializers[v]
                types[v] = ir.TensorType(a.dtype, tuple(a.shape))
            elif v in arrays and isinstance(arrays[v], np.ndarray):
                a = arrays[v]
                dims = tuple(a.shape) if concrete else tuple(f"{v}__dim{k}" for k in range(a.ndim))
                types[v] = ir.TensorType(a.dtype, dims)
        values = dict(g.initializers)
        values.update({v: arrays[v] for v in self.value_inputs if v in arrays})
        env = ShapeEnv(g, types, values, symbolic=True)
        for node in self.step.nodes:
            env.infer_node(node)
        g.types.update(env.types)
        from .partition import opdef_for
        for node in self.step.nodes:
            opdef_for(g, node)            # the checks deferred for want of ranks
        spec = CompiledStep(self.step, g, self.opdefs, self.weights, self.cache_dir)
        spec.memory_limit = self.memory_limit
        spec.whole_after = self.whole_after
        return spec

    def plan(self, arrays: dict[str, np.ndarray]) -> Plan:
        key = tuple([arrays[v].shape for v in self.code.inputs])
        if self.value_inputs:
            key += tuple([arrays[v].tobytes() for v in self.value_inputs])
        p = self._plans.get(key)
        if p is None:
            with self._lock:
                p = self._plans.get(key)
                if p is None:
                    p = self._make_plan(arrays)
                    self._plans[key] = p
        return p

    def _make_plan(self, arrays: dict[str, np.ndarray]) -> Plan:
        g = self.graph
        types = {v: ir.TensorType(a.dtype, tuple(a.shape)) for v, a in arrays.items()}
        for w in self.code.weights:
            a = g.initializers[w]
            types[w] = ir.TensorType(a.dtype, tuple(a.shape))
        values = dict(g.initializers)
        values.update(arrays)
        env = ShapeEnv(g, types, values, symbolic=False)
        limit = default_memory_limit() if self.memory_limit is None else self.memory_limit
        for node in self.step.nodes:
            try:
                env.infer_node(node)
            except ShapeValueUnknown as e:
                raise RuntimeException(f"{e}: its value is only known while running") from None
            except InvalidGraph as e:    # shapes or values from this run's inputs are wrong
                raise RuntimeException(f"Non-zero status code returned while running {node.label}: {e}") from None
            for o in node.outputs:
                t = env.types.get(o) if o else None
                if t is not None and t.shape is not None and any(d < 0 for d in t.shape):
                    raise InvalidArgument(f"{node.label}: output '{o}' would have a negative dim {t.shape}")
                if isinstance(t, ir.TensorType) and t.shape is not None:
                    size = nbytes(t)
                    check_memory(f"{node.label}: output '{o}' of shape {t.shape}", size, limit)
        types = env.types
        code = self.code
        # memory plan: lifetimes over group indices, of the buffers views and in-place Concat
        # inputs live in (a Concat's output lives from its first input's group to its last use)
        inside = {x: yb for x, yb in code.inside.items() if in_place(types, yb[0], code.concat_axis[yb[0]])}

        def root(v: str) -> str:
            v = code.alias.get(v, v)
            while v in inside:
                v = inside[v][0]
            return v
        first: dict[str, int] = {}
        last: dict[str, int] = {}
        for gi, grp in enumerate(code.groups):
            for o in grp.outputs:
                r = root(o)
                first.setdefault(r, gi)
                last[r] = max(last.get(r, gi), gi)
            for x in grp.inputs:
                r = root(x)
                last[r] = max(last.get(r, gi), gi)
        buffers = [memory.Buffer(v, nbytes(types[v]), first[v], last[v]) for v in code.arena if v not in inside]
        mplan = memory.plan(buffers)
        out_bytes = sum(nbytes(types[o]) for o in code.outputs if isinstance(types.get(o), ir.TensorType))
        check_memory(f"step {self.step.index} ({', '.join(n.label for n in self.step.nodes[:3])}"
                     f"{', ...' if len(self.step.nodes) > 3 else ''}): its outputs and working memory",
                     out_bytes + mplan.peak, limit)
        offsets = mplan.offsets()

        def place(v: str) -> int:      # an in-place Concat input: after the inputs before it
            if v not in offsets:
                y, before = inside[v]
                offsets[v] = place(y) + sum(nbytes(types[x]) for x in before)
            return offsets[v]
        for v in inside:
            place(v)
        P = np.zeros(max(code.n_params, 1), np.int64)
        for s in code.slots:
            try:
                vals = self._fill(s, types, env, offsets)
            except InvalidGraph as e:    # an attribute or value from this run is out of range
                raise RuntimeException(f"Non-zero status code returned while running the model: {e}") from None
            if len(vals) != s.n:
                raise RuntimeException(f"internal: plan slot {s.kind} {s.args[:1]} gave {len(vals)} values "
                                       f"for {s.n}")
            P[s.base:s.base + s.n] = vals
        out_shapes = [types[o].shape for o in code.outputs]
        some = self._known_outputs(env)
        return Plan(P, types, out_shapes, mplan, None if any(v is None for v in some) else some, some)

    def _known_outputs(self, env: ShapeEnv) -> list:
        """Per output, its value when the plan's key alone decides it (small values computed from
        shapes, constants and the inputs whose values are in the key: silero-vad's
        Shape -> Gather -> Equal steps that feed an If), else None.  When all are known, run()
        returns copies of these instead of calling compiled code; a dry run uses any."""
        g = self.graph
        values = dict(g.initializers)
        values.update({v: env.values[v] for v in self.value_inputs if v in env.values})
        known = ShapeEnv(g, env.types, values, symbolic=False, max_value_elems=_KNOWN_MAX_ELEMS)
        outs = []
        for o in self.code.outputs:
            t = env.types.get(o)
            v = None
            if isinstance(t, ir.TensorType) and t.is_static and not ir.codec(t.dtype):
                v = known.resolve(o)
                if v is not None and (v.dtype != t.dtype or v.shape != tuple(t.shape)):
                    v = None
            outs.append(v)
        return outs

    def _copy_access(self, grp, env: ShapeEnv) -> tuple[int, list[int]]:
        """(offset, strides in elements) through which a strided copy reads its input."""
        node = grp.nodes[0]
        off, strides = self.opdefs[id(node)].access(env.ctx(node, with_outputs=True))
        return int(off), [int(x) for x in strides]

    def _fill(self, s, types, env: ShapeEnv, offsets) -> list[int]:
        if s.kind == "range":
            blob, v = s.args
            off = self.weights.offsets[v] if blob == "W" else offsets[v]
            return [off, off + nbytes(types[v])]
        if s.kind == "dims":
            return list(types[s.args[0]].shape)
        if s.kind == "in_place":
            return [int(in_place(types, *s.args))]
        if s.kind == "iter" and len(s.args) == 2 and isinstance(s.args[1], Group):    # a strided copy
            shape = types[s.args[0]].shape
            dims, _ = collapse_copy(shape, self._copy_access(s.args[1], env)[1])
            return [int(np.prod(shape, dtype=np.int64))] + dims
        if s.kind == "iter":
            shape = types[s.args[0]].shape
            dims = list(shape) if len(s.args) == 1 else [int(np.prod([shape[k] for k in grp], dtype=np.int64))
                                                         for grp in s.args[1]]
            return [int(np.prod(shape, dtype=np.int64))] + dims
        if s.kind == "access":
            grp, modes = s.args[:2]
            merged = s.args[2] if len(s.args) > 2 else None
            out_shape = types[grp.outputs[0]].shape
            vals: list[int] = []
            if grp.kind == STRIDED:
                off, strides = self._copy_access(grp, env)
                return [off] + collapse_copy(out_shape, strides)[1]
            for x, m in zip(grp.inputs, modes):
                if m == "strided":
                    st = broadcast_strides(types[x].shape, out_shape)
                    # merged dims: a group steps like its innermost dim of size > 1 (dims of
                    # size 1 are never stepped, and may carry a broadcast stride of 0)
                    vals += [0] + (st if merged is None else
                                   [next((st[k] for k in reversed(g) if out_shape[k] != 1), 0) for g in merged])
            return vals
        if s.kind == "params":
            node, n = s.args
            ctx = env.ctx(node, with_outputs=True)
            return [int(v) for v in self.opdefs[id(node)].params(ctx)]
        raise RuntimeException(f"internal: unknown slot kind {s.kind}")

    def run(self, arrays: dict[str, np.ndarray], out: Optional[dict[str, np.ndarray]] = None) -> list[np.ndarray]:
        """`out` (IOBinding): caller buffers for some step outputs, written in place."""
        if self.lazy:
            return self.specialize(arrays).run(arrays, out)
        plan = self.plan(arrays)
        if plan.known is not None and not out and _tls.group_hook is None:
            outs = [v.copy() for v in plan.known]
            if _trace.rec is not None:
                _trace.rec.known(self, arrays, outs)
            return outs
        if _tls.dry:
            return [np.zeros(shape, self.graph.types[v].dtype) if k is None else k.copy()
                    for v, shape, k in zip(self.code.outputs, plan.out_shapes, plan.some_known)]
        ins = [arrays[v] for v in self.code.inputs]
        outs = self.execute(plan, ins, out)
        if _trace.rec is not None:
            _trace.rec.call(self, plan, arrays, ins, outs)
        return outs

    def execute(self, plan: Plan, ins: list, out: Optional[dict[str, np.ndarray]] = None) -> list[np.ndarray]:
        """Call the compiled function with `plan` on `ins` (arrays, in code.inputs order): its
        outputs, fresh (or the caller's buffers in `out`)."""
        fast = self._fast
        if fast is not None and not out and _tls.run_options is None and _tls.group_hook is None:
            # the common call of a step that runs whole (a small model's every step): no caller
            # buffers, no bit-pattern dtypes, one Python frame
            outs = [np.empty(shape, dt) for shape, dt in zip(plan.out_shapes, self._store[2])]
            taken = plan.take_arena(self.bind, self.weights.blob)
            try:
                flat = [a.reshape(-1) for a in ins] + [o.reshape(-1) for o in outs]
                try:
                    fast(*flat, self.weights.blob, taken[0], plan.P)
                except Exception:       # the Python step raises it again, with its full message
                    self.fn(*flat, taken[1])
            finally:
                plan._arenas.append(taken)
            return outs
        if self._store is None:     # dtypes compiled code sees as bit patterns (float16...)
            types = self.graph.types
            in_store = [ir.storage_dtype(types[v].dtype) if ir.codec(types[v].dtype) else None
                        for v in self.code.inputs]
            out_store = [ir.storage_dtype(types[v].dtype) if ir.codec(types[v].dtype) else None
                         for v in self.code.outputs]
            self._store = (in_store if any(in_store) else None, out_store if any(out_store) else None,
                           [types[v].dtype for v in self.code.outputs])
        in_store, out_store, out_dtypes = self._store
        ins = [a.reshape(-1) for a in ins]
        if out:
            outs = [np.empty(shape, dt) if o not in out else _check_out(o, out[o], shape, dt)
                    for o, shape, dt in zip(self.code.outputs, plan.out_shapes, out_dtypes)]
        else:
            outs = [np.empty(shape, dt) for shape, dt in zip(plan.out_shapes, out_dtypes)]
        flat_outs = [o.reshape(-1) for o in outs]
        if in_store is not None:
            ins = [a if sd is None else a.view(sd) for a, sd in zip(ins, in_store)]
        if out_store is not None:
            flat_outs = [a if sd is None else a.view(sd) for a, sd in zip(flat_outs, out_store)]
        taken = plan.take_arena(self.bind, self.weights.blob)
        try:
            if self.whole is not None and _tls.run_options is None and _tls.group_hook is None:
                try:
                    self.whole(*ins, *flat_outs, self.weights.blob, taken[0], plan.P)
                except Exception:
                    self.fn(*ins, *flat_outs, taken[1])
            elif self._calls < self.whole_after:
                t0 = time.perf_counter()
                self.fn(*ins, *flat_outs, taken[1])
                if self._calls:     # (not the first call: it compiles or loads the kernels)
                    self._fastest = min(self._fastest, time.perf_counter() - t0)
                self._calls += 1
                if self._calls == self.whole_after:
                    self._weigh_whole()
            else:
                self.fn(*ins, *flat_outs, taken[1])
        finally:
            plan.give_arena(taken)
        return outs

    def whole_calls(self) -> int:
        """How many compiled calls one run of the step makes from Python."""
        return self.code.source.count("_call(")

    def wants_whole(self) -> bool:
        """Whether the Python between this step's compiled calls is a share of its time worth
        the whole-step function's compile, as far as its calls so far tell (with fewer than
        two timed, nothing tells it is not)."""
        return self.whole_calls() * CALL_COST >= WHOLE_SHARE * (self._fastest if self._calls > 1 else 0.0)

    def _weigh_whole(self) -> None:
        """Use the whole-step function from now on if the step wants it (runs with RunOptions
        or profiled keep the Python one, which reports each group).  A function Numba cannot
        compile leaves the step as it was."""
        if self.wants_whole():
            self.make_whole()

    def compile_whole(self) -> bool:
        """Compile (or load from the cache) the whole-step function for the arguments execute
        passes it: flat C-contiguous arrays in their storage dtypes, W, A and P.  False where
        Numba cannot compile it (a construct the Python step allows and nopython mode not)."""
        if self._whole_fn is None:
            return False
        if self._whole_ok is None:
            from numba import from_dtype, types
            flat = lambda dt: types.Array(from_dtype(np.dtype(dt)), 1, "C")
            sig = [flat(ir.storage_dtype(self.graph.types[v].dtype)) for v in self.code.inputs + self.code.outputs]
            try:
                self._whole_fn.compile(tuple(sig + [flat(np.uint8), flat(np.uint8), flat(np.int64)]))
                self._whole_ok = True
            except Exception as e:
                import logging
                logging.getLogger("onnxjit").info("step %s keeps its Python function: %s", self.code.fn_name,
                                                  str(e).splitlines()[0] if str(e) else type(e).__name__)
                self._whole_ok = False
        return self._whole_ok

    def make_whole(self) -> bool:
        """Run the whole-step function from now on (compiling it first); False, and nothing
        changed, where it cannot be compiled."""
        if not self.compile_whole():
            return False
        self.whole = self._whole_fn
        if self._store is not None and self._store[0] is None and self._store[1] is None:
            self._fast = self.whole
        return True


def in_place(types: dict, y: str, axis: int) -> bool:
    """Whether a Concat's inputs are placed inside its output y (codegen.in_place_concats): where
    each dim before the axis is 1, so each input is one contiguous run of y."""
    return all(d == 1 for d in types[y].shape[:axis])


def _check_out(name: str, buf: np.ndarray, shape: tuple, dtype) -> np.ndarray:
    if tuple(buf.shape) != tuple(shape):
        raise InvalidArgument(f"The output buffer provided for output '{name}' has shape {tuple(buf.shape)} "
                              f"but the computed output shape for this run is {tuple(shape)}.")
    if buf.dtype != dtype or not buf.flags.c_contiguous or not buf.flags.writeable:
        raise InvalidArgument(f"The output buffer provided for output '{name}' must be a writeable C-contiguous "
                              f"{np.dtype(dtype).name} array, got {buf.dtype.name}")
    return buf


def nbytes(t: ir.TensorType) -> int:
    n = 1
    for d in t.shape:     # Python ints: no silent int64 overflow on absurd shapes
        n *= int(d)
    return n * t.dtype.itemsize


def broadcast_strides(shape: tuple, out_shape: tuple) -> list[int]:
    """Element strides of a C-contiguous `shape` read over `out_shape` (0 on broadcast dims)."""
    r, rx = len(out_shape), len(shape)
    strides = [0] * r
    acc = 1
    for k in range(rx - 1, -1, -1):
        if shape[k] != 1:
            strides[r - rx + k] = acc
        acc *= shape[k]
    return strides


class Weights:
    """Every initializer compiled code reads, packed into one aligned uint8 blob.
    `container` (prepacked.PrepackedWeightsContainer): share the blob, read-only, with every
    program packing the same bytes the same way.  Once packed, the graph's initializers (and
    the same arrays in each dict of `share`) are views of the blob: each weight is held once."""

    def __init__(self, graph: ir.Graph, names: list[str], container=None, share: Sequence[dict] = ()):
        self.offsets: dict[str, int] = {}
        total = 0
        for n in names:
            a = graph.initializers[n]
            if a.dtype == object:
                continue
            self.offsets[n] = total
            total += (a.nbytes + ALIGN - 1) // ALIGN * ALIGN
        if container is not None:
            self.blob = container.pack(graph, self.offsets, total, ALIGN, share)
            return
        self.blob = np.zeros(max(total, ALIGN), np.uint8)
        pack_into(self.blob, graph, self.offsets, share)


def pack_into(blob: np.ndarray, graph: ir.Graph, offsets: dict[str, int], share: Sequence[dict] = (),
              copy: bool = True) -> None:
    """Copy each graph.initializers[n] into blob at offsets[n] (copy=False: the blob holds them
    already) and put a view of the blob in its place, in the graph and in each dict of `share`
    that holds the same array.  One weight at a time, so each original can be freed as soon as
    it is copied: creation's peak memory stays near one copy of the weights, not two."""
    for n, off in offsets.items():
        a = graph.initializers[n]
        if copy:
            blob[off:off + a.nbytes] = np.ascontiguousarray(a).reshape(-1).view(np.uint8)
        if a.nbytes == 0:
            continue
        view = blob[off:off + a.nbytes].view(a.dtype).reshape(a.shape)
        for d in share:
            if d.get(n) is a:
                d[n] = view
        graph.initializers[n] = view
        del a


class HostStep:
    memory_limit: Optional[int] = None     # bytes (Loop's scan outputs...); None: default_memory_limit()

    def __init__(self, step: Step, graph: ir.Graph, opdefs, providers=None, cache_dir="default"):
        self.step = step
        self.graph = graph
        self.node = step.nodes[0]
        self.opdef = opdefs[id(self.node)]
        # control flow (ops/control.py) compiles each body into its own Program, lazily, once
        # per body and input signature; it keeps them here with what building them needs
        self.providers, self.cache_dir = providers, cache_dir
        self.subprograms: dict = {}
        self.runners: dict = {}     # ops/control.py's per-call memo: (body, dtypes, shapes) -> program
        self.view_bodies: dict = {}     # ops/control.py: bodies that only reshape, run in NumPy
        self.shortcuts: dict = {}       # the op's fast_run state (If: branch -> how it ran)
        self.explored: set = set()      # If: (branch, dry, warm-up run) explored, untaken (exploring_branches)

    def run(self, arrays: dict[str, np.ndarray]) -> list[np.ndarray]:
        rec = _trace.rec
        if rec is not None:      # an If's branch is recorded as it runs; other host ops are not followed
            if self.node.op_type == "If" and self.node.domain in ("", "ai.onnx") and self.node.inputs \
                    and isinstance(arrays.get(self.node.inputs[0]), np.ndarray):
                rec.decide(arrays[self.node.inputs[0]])
            else:
                rec.abandon(f"host op {self.node.op_type} ({self.node.label})")
        fast = self.opdef.fast_run
        if fast is not None:
            outs = fast(self, arrays)
            if outs is not None:
                return outs
        g = self.graph
        node = self.node
        ins = [arrays.get(i) if i else None for i in node.inputs]
        ctx = Ctx(node, g.opset(node.domain),
                  [ir.TensorType(a.dtype, tuple(a.shape)) if isinstance(a, np.ndarray) else None for a in ins],
                  ins, [g.types.get(o) if o else None for o in node.outputs])
        ctx.scope, ctx.host = arrays, self   # outer-scope values that subgraphs read; sub-program cache
        outs = self.opdef.run(ctx, *ins)
        return [o for o, name in zip(outs, node.outputs)]


class Program:
    """A compiled graph: steps in order, the weights blob, and how to run them."""

    def __init__(self, graph: ir.Graph, providers: list[str], cache_dir="default", memory_limit: Optional[int] = None,
                 weights_container=None, share_weights: Sequence[dict] = (), trace: bool = False,
                 whole_after: int = WHOLE_AFTER):
        self.graph = graph
        self.memory_limit = memory_limit
        self.steps_ir, self.opdefs = partition(graph, providers)
        used = sorted({i for s in self.steps_ir if s.kind == "compiled" for i in s.inputs if i in graph.initializers})
        self.weights = Weights(graph, used, weights_container, share_weights)
        self.steps: list = []
        for s in self.steps_ir:
            if s.kind == "compiled":
                self.steps.append(CompiledStep(s, graph, self.opdefs, self.weights, cache_dir))
            else:
                self.steps.append(HostStep(s, graph, self.opdefs, providers, cache_dir))
            self.steps[-1].memory_limit = memory_limit
            if isinstance(self.steps[-1], CompiledStep):
                self.steps[-1].whole_after = whole_after
        self.compile_seconds = 0.0
        self._order = None     # run_plain's per step: (step, constant inputs, [(input, initializer or None)], outputs)
        # records and replays runs (run_plain) where a run decides things in Python: Ifs, steps
        # specialized to ranks.  Not where a replay could only repeat the plain loop (steps all
        # compiled for known ranks) or would always be dropped (another host op).
        hosts = [s.node.op_type for s in self.steps if isinstance(s, HostStep)]
        self.tracer = Tracer() if trace and all(op == "If" for op in hosts) and (
            hosts or any(s.lazy for s in self.steps)) else None

    def compiled_steps(self):
        """Every CompiledStep, including those of control-flow bodies built so far."""
        for s in self.steps:
            if isinstance(s, CompiledStep):
                yield from (s._specialized.values() if s.lazy else [s])
            else:
                for body in getattr(s, "subprograms", {}).values():
                    prog = getattr(body, "program", None)
                    if prog is not None:
                        yield from prog.compiled_steps()

    def has_run_time_code(self) -> bool:
        """Whether a run makes code that creation could not: steps specialized to the ranks of
        the values they get, or control-flow bodies."""
        return any(s.lazy if isinstance(s, CompiledStep) else bool(s.node.subgraphs) for s in self.steps)

    def compile(self) -> float:
        t = 0.0
        for s in self.steps:
            if isinstance(s, CompiledStep):
                t += s.compile()
        self.compile_seconds = t
        return t

    def run(self, feeds: dict[str, np.ndarray], outputs: list[str], out: Optional[dict[str, np.ndarray]] = None,
            hook=None, prune: bool = False) -> list[np.ndarray]:
        """Run the steps in order.  `out`: caller buffers for graph outputs (compiled steps write
        straight into them; other outputs are copied in).  `hook(index, step, starting)` is called
        around each step (profiling; it may raise to stop a run).  `prune`: run only the steps
        the requested outputs depend on."""
        if hook is None and not out and not prune:
            return self.run_plain(feeds, outputs)
        ro = getattr(hook, "run_options", None)
        if ro is None:
            return self._run(feeds, outputs, out, hook, prune)
        prev = _tls.run_options
        _tls.run_options = ro
        try:
            return self._run(feeds, outputs, out, hook, prune)
        finally:
            _tls.run_options = prev

    def run_plain(self, feeds: dict[str, np.ndarray], outputs: list[str]) -> list[np.ndarray]:
        """run() with no caller buffers, hook or pruning (what run() does then): the common call.
        A session's program replays the run recorded for these feeds' signature (trace.py)."""
        if self.tracer is not None:
            result = self.tracer.run(self, feeds, outputs, _tls)
            if result is not None:
                return result
        return self._run_steps(feeds, outputs)

    def _run_steps(self, feeds: dict[str, np.ndarray], outputs: list[str]) -> list[np.ndarray]:
        """The steps in order, with what each reads and writes listed once (a small model's
        per-call overhead is this loop)."""
        order = self._order
        if order is None:     # per step: the constants it reads, the other inputs, its outputs
            g = self.graph
            fixed = set(g.initializers) - set(g.overridable) - set(g.inputs)
            order = self._order = [(s, {v: g.initializers[v] for v in s.step.inputs if v in fixed},
                                    [(v, g.initializers.get(v)) for v in s.step.inputs if v not in fixed],
                                    s.step.outputs if isinstance(s, CompiledStep) else s.node.outputs)
                                   for s in self.steps]
        env = dict(feeds)
        rec = _trace.rec
        for s, consts, ins, outs in order:
            arrays = consts.copy()
            for v, init in ins:
                a = env.get(v, _MISSING)
                if a is not _MISSING:
                    arrays[v] = a
                elif init is not None:
                    arrays[v] = init
                    if rec is not None:
                        rec.const(init)
            if rec is not None:
                for a in consts.values():
                    rec.const(a)
            for name, arr in zip(outs, s.run(arrays)):
                if name:
                    env[name] = arr
        result = []
        for o in outputs:
            a = env.get(o, _MISSING)
            if a is _MISSING:
                a = self.graph.initializers.get(o)
                if a is None:
                    raise RuntimeException(f"internal: output '{o}' was not computed")
                a = a.copy()
            elif o in feeds and isinstance(a, np.ndarray):
                a = a.copy()
            result.append(a)
        return result

    def _run(self, feeds, outputs, out, hook, prune) -> list[np.ndarray]:
        env: dict[str, np.ndarray] = dict(feeds)
        g = self.graph
        needed = self._needed_steps(tuple(outputs)) if prune else None
        for k, s in enumerate(self.steps):
            if needed is not None and k not in needed:
                continue
            if hook is not None:
                hook(k, s, True)
            arrays = {v: env[v] if v in env else g.initializers[v]
                      for v in s.step.inputs if v in env or v in g.initializers}
            results = s.run(arrays, out) if out and isinstance(s, CompiledStep) else s.run(arrays)
            for name, arr in zip(s.step.outputs if isinstance(s, CompiledStep) else s.node.outputs, results):
                if name:
                    env[name] = arr
            if hook is not None:
                hook(k, s, False)
        result = []
        for o in outputs:
            if o in env:
                a = env[o]
                a = a.copy() if o in feeds and isinstance(a, np.ndarray) else a   # (lists, None)
            elif o in g.initializers:
                a = g.initializers[o].copy()
            else:
                raise RuntimeException(f"internal: output '{o}' was not computed")
            if out and o in out and a is not out[o]:   # not written by a compiled step: copy in
                buf = _check_out(o, out[o], a.shape, a.dtype)
                buf[...] = a
                a = buf
            result.append(a)
        return result

    def _needed_steps(self, outputs: tuple) -> set[int]:
        """Indices of the steps that `outputs` depend on (RunOptions.only_execute_path_to_fetches)."""
        needed, want = set(), set(outputs)
        for k in range(len(self.steps) - 1, -1, -1):
            s = self.steps[k]
            produced = s.step.outputs if isinstance(s, CompiledStep) else s.node.outputs
            if want.intersection(produced):
                needed.add(k)
                want.update(s.step.inputs)
        return needed
