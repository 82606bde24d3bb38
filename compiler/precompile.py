"""precompile: compile a program's functions in worker processes before its first run.

Numba compiles a function at its first call, and a session's warm-up run makes those calls
one after another, so cold session creation is the sum of every compile (ResNet-50 on 2
cores: ~45 s, of which the kernels with parallel entries take 4-12 s each).  The argument
types of every call are known before anything runs: a step's bind_* function builds its
arguments from the weights, the arena and the plan table, and on an empty plan table (all
zeros) it builds zero-size arrays of exactly the same types.  So, at session creation:

1. for each compiled step, the calls its generated function makes (kernels and fused loops)
   are read from its source and their arguments evaluated on that empty plan: each call's
   Numba signature;
2. a signature compiled in this process already is skipped, and one in Numba's disk cache is
   loaded now (the warm-up would load it anyway);
3. the rest, when they are worth it (parallel kernels: seconds each), are shared out over
   worker processes (`python -c`, so a user's script is never re-imported) that compile them
   into Numba's disk cache, longest first; the warm-up run then loads them.

Anything unusual (a call whose arguments cannot be built, a worker that fails) only leaves
that function to be compiled by the warm-up run, as before.  Workers: the environment
variable ONNXJIT_COMPILE_WORKERS or the session config entry "session.compile_workers"
(default: the CPU count, at most 4; 0 turns this off).
"""
from __future__ import annotations

import importlib
import importlib.util
import os
import pickle
import re
import subprocess
import sys
import time
from typing import Optional

import numpy as np

# A worker process costs ~2 s to start (importing Numba and onnxjit): only worth it when the
# compiles it takes over are longer.  Estimated seconds per compile of generated functions
# (a parallel one, a plain one); kernels are estimated from their code (_kernel_cost).
_COST_PARALLEL, _COST_GENERATED = 1.0, 0.3
_MIN_TOTAL = 6.0
# Seconds of cold compile per byte of bytecode of a kernel and the njit functions it reaches
# (ResNet-50's kernels measured 0.6-1.1 s per kB on 2 cores, Numba 0.68).
_SECONDS_PER_BYTE = 1e-3

_CALL = re.compile(r"^\s+(?:\w+(?:, \w+)* = )?([A-Za-z_]\w*(?:\.\w+)?)\((.*)\)\s*$")


def default_workers(config: Optional[dict] = None) -> int:
    v = (config or {}).get("session.compile_workers", os.environ.get("ONNXJIT_COMPILE_WORKERS"))
    if v is not None:
        try:
            return max(0, int(v))
        except ValueError:
            return 0
    return min(os.cpu_count() or 1, 4)


def _step_calls(step) -> list:
    """(dispatcher, args) for each call of a compiled step's generated function, its arguments
    built on an all-zero plan table (zero-size arrays of the real types)."""
    import numba
    code, fn = step.code, step.fn
    src = code.source
    body = src[src.index(f"def {code.fn_name}("):]
    g = dict(fn.__globals__)
    unpack = re.search(r"^\s+\((.*)\) = B$", body, re.M)
    if unpack is not None:
        P0 = np.zeros(max(code.n_params, 1), np.int64)
        with np.errstate(all="ignore"):     # (dims divided by zero dims: reshapes to size 0 anyway)
            try:
                B = step.bind(step.weights.blob, np.zeros(64, np.uint8), P0)
            except ValueError:      # a reshape to a static shape (1, 1, 1) of a view empty here
                B = _bind_by_line(src, code.fn_name, g, step.weights.blob, P0)
        g.update(zip([n.strip() for n in unpack.group(1).split(",")], B))
    types = step.graph.types
    from . import ir
    for k, v in enumerate(code.inputs):
        g[f"in{k}"] = np.zeros(0, ir.storage_dtype(types[v].dtype))
    for k, v in enumerate(code.outputs):
        g[f"out{k}"] = np.zeros(0, ir.storage_dtype(types[v].dtype))
    g["P"] = np.zeros(max(code.n_params, 1), np.int64)
    calls = []
    for line in body.splitlines()[1:]:
        m = _CALL.match(line)
        if m is None:
            continue
        try:
            disp = eval(m.group(1), g)
            if not isinstance(disp, numba.core.registry.CPUDispatcher):
                continue
            with np.errstate(all="ignore"):
                args = eval(f"({m.group(2)},)", g)
        except Exception:
            continue
        calls.append((disp, args))
    return calls


def _call_sig(disp, args) -> tuple:
    """The Numba signature a call of `disp` with `args` compiles: the arguments' types, then
    Omitted(default) for each parameter left to its default (conv's `few`), as the dispatcher
    types a call; a signature without them would be compiled and cached as another one."""
    from onnxjit.kernels.linkage import _fold_defaults
    return _fold_defaults(disp, [_typeof(a) for a in args])


_ARRAY_TYPES: dict = {}


def _typeof(a):
    """numba.typeof, memoized for arrays on what their Numba type depends on (dtype, rank,
    layout flags, writeable, aligned): typeof cost ~0.13 ms an array, 70 ms of a warm session
    creation over its calls."""
    import numba
    if type(a) is not np.ndarray:
        return numba.typeof(a)
    f = a.flags
    key = (a.dtype, a.ndim, f.c_contiguous, f.f_contiguous, f.writeable, f.aligned)
    t = _ARRAY_TYPES.get(key)
    if t is None:
        t = _ARRAY_TYPES[key] = numba.typeof(a)
    return t


def _kernel_cost(disp) -> float:
    """Estimated seconds to compile kernel `disp` from an empty cache: the bytecode size of it
    and of every njit function it reaches through its module's globals, parallel ones counted
    twice (Numba compiles each prange body once more as a gufunc).  A kernel's compile is that
    of its whole call tree (Numba links each callee's code into its caller and optimizes it
    again; helpers called by symbol, kernels/linkage.py, are compiled once, but within the job
    that first needs them): what matters here is only that the longest jobs start first and the
    shares balance."""
    from numba.core.registry import CPUDispatcher
    seen, todo = {}, [disp]
    while todo:
        d = todo.pop()
        if id(d) in seen:
            continue
        seen[id(d)] = d
        code = d.py_func.__code__
        names = set(code.co_names)
        for c in code.co_consts:
            if hasattr(c, "co_names"):
                names.update(c.co_names)
        todo.extend(v for v in map(d.py_func.__globals__.get, names) if isinstance(v, CPUDispatcher))
    return _SECONDS_PER_BYTE * sum(len(d.py_func.__code__.co_code) * (2 if d.targetoptions.get("parallel") else 1)
                                   for d in seen.values())


_RESHAPE = re.compile(r"^\s+(\w+) = (\w+)\.reshape\((\(.*\))\)$")


def _bind_by_line(src: str, fn_name: str, module_globals: dict, W, P) -> tuple:
    """What bind_<fn_name> returns, its lines run one at a time (in its module's globals): a
    reshape of a view that is empty on the zero plan to a static shape gives an empty array of
    that rank instead (the same Numba type), any other failure is raised."""
    lines = src[src.index(f"def bind_{fn_name}("):].splitlines()[1:]
    ns = dict(module_globals, W=W, A=np.zeros(64, np.uint8), P=P)
    for line in lines:
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        if text.startswith("return "):
            return eval(text[len("return "):], ns)
        try:
            exec(text, ns)
        except ValueError:
            m = _RESHAPE.match(line)
            if m is None:
                raise
            ns[m.group(1)] = np.zeros((0,) * len(eval(m.group(3), ns)), ns[m.group(2)].dtype)
    raise ValueError(f"bind_{fn_name} has no return")


def _from_cache(disp, sig) -> bool:
    """Load signature `sig` of `disp` from Numba's disk cache if it is there (what the
    dispatcher's compile does first; its internals, so any surprise means 'not cached')."""
    try:
        from numba.core.compiler_lock import global_compiler_lock
        with global_compiler_lock:
            if tuple(sig) in disp.overloads:
                return True
            cres = disp._cache.load_overload(sig, disp.targetctx)
            if cres is None:
                return False
            if not cres.objectmode:
                disp.targetctx.insert_user_function(cres.entry_point, cres.fndesc, [cres.library])
            disp.add_overload(cres)
            return True
    except Exception:
        return False


def jobs_for(program, unresolved: Optional[list] = None) -> list:
    """The compiles a program's warm-up would make that are neither done nor cached:
    (estimated seconds, module name, source file, function name, args).  `unresolved` (a
    list) gets one entry for each compiled step or call whose signature could not be found:
    code only a run would compile."""
    import numba
    from .program import CompiledStep
    jobs, seen = [], set()
    missed = unresolved if unresolved is not None else []
    for s in program.compiled_steps():      # control-flow bodies built so far included
        if not isinstance(s, CompiledStep) or s.lazy or s.fn is None:
            missed.append(s)
            continue
        try:
            calls = _step_calls(s)
        except Exception:
            missed.append(s)
            continue
        for disp, args in calls:
            try:
                sig = _call_sig(disp, args)
            except Exception:
                missed.append(disp)
                continue
            key = (id(disp), sig)
            if key in seen:
                continue
            seen.add(key)
            if disp._can_compile is False or _from_cache(disp, sig):
                continue
            py = disp.py_func
            module = py.__module__
            if module.startswith("onnxjit."):
                cost = _kernel_cost(disp)
            else:
                cost = _COST_PARALLEL if disp.targetoptions.get("parallel") else _COST_GENERATED
            jobs.append((cost, module, py.__code__.co_filename, py.__name__, args, disp, sig))
    return jobs


def precompile(program, workers: int, finish: bool = False) -> dict:
    """Compile `program`'s uncached functions in `workers` processes (see the module doc).
    finish: then load or compile every one of them in this process too (for code that no run
    about to happen would compile: bodies of control flow that the warm-up did not run, or a
    program whose warm-up run is skipped).  Returns what it did: {"jobs": n, "workers": w,
    "seconds": s, "unresolved": u}, u the steps and calls whose signatures it could not find
    (code that only a run compiles)."""
    t0 = time.perf_counter()
    if workers <= 0 or not os.path.basename(sys.executable or "").lower().startswith("python"):
        workers = 0      # (an embedding host is not a Python to run)
    missed: list = []
    jobs = jobs_for(program, missed) if workers or finish else []
    jobs.sort(key=lambda j: -j[0])
    used = _run_workers(jobs, workers) if workers and len(jobs) >= 2 and sum(j[0] for j in jobs) >= _MIN_TOTAL else 0
    if finish:
        for job in jobs:
            try:
                job[5].compile(job[6])      # from the disk cache when a worker made it
            except Exception:
                pass                        # (left to the first run, which reports the error)
    return {"jobs": len(jobs), "workers": used, "seconds": time.perf_counter() - t0,
            "unresolved": len(missed) if workers or finish else None}


def _run_workers(jobs: list, workers: int) -> int:
    """Share `jobs` (longest first) out over `workers` worker processes and wait for them;
    the number of processes started."""
    n = min(workers, len(jobs))
    shares: list[list] = [[] for _ in range(n)]
    load = [0.0] * n
    for j in jobs:                       # longest first, each to the least loaded worker
        k = load.index(min(load))
        shares[k].append(j[1:5])
        load[k] += j[0]
    procs = []
    for share in shares:
        try:
            p = subprocess.Popen([sys.executable, "-c", "from onnxjit.compiler.precompile import _worker; _worker()"],
                                 stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            p.stdin.write(pickle.dumps(share))
            p.stdin.close()
            procs.append(p)
        except (OSError, pickle.PicklingError):
            pass
    for p in procs:
        p.wait()
    return len(procs)


def _worker() -> None:
    """A worker process: compile the jobs pickled on stdin into Numba's disk cache."""
    import numba
    import onnxjit  # noqa: F401  (environment, cache locators)
    share = pickle.loads(sys.stdin.buffer.read())
    for module, path, name, args in share:
        try:
            mod = sys.modules.get(module)
            if mod is None:
                if module.startswith("onnxjit."):
                    mod = importlib.import_module(module)
                else:
                    spec = importlib.util.spec_from_file_location(module, path)
                    mod = importlib.util.module_from_spec(spec)
                    sys.modules[module] = mod
                    spec.loader.exec_module(mod)
            disp = getattr(mod, name)
            disp.compile(_call_sig(disp, args))
        except Exception:
            continue
