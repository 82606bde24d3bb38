"""The `onnxjit` command: run, inspect, conformance."""
from __future__ import annotations

import argparse
import collections
import os
import sys
import time

import numpy as np

_NP_TYPES = {"tensor(float)": np.float32, "tensor(double)": np.float64, "tensor(int64)": np.int64,
             "tensor(int32)": np.int32, "tensor(int8)": np.int8, "tensor(uint8)": np.uint8,
             "tensor(bool)": np.bool_, "tensor(float16)": np.float16, "tensor(int16)": np.int16,
             "tensor(uint16)": np.uint16, "tensor(uint32)": np.uint32, "tensor(uint64)": np.uint64}


def default_model() -> str:
    import onnx
    return os.path.join(os.path.dirname(onnx.__file__), "backend", "test", "data", "light", "light_resnet50.onnx")


def make_feeds(sess, seed: int = 0, dims: dict | None = None) -> dict:
    """A deterministic input for every model input; symbolic dims take `dims[name]` or 1."""
    rng = np.random.default_rng(seed)
    feeds = {}
    for i in sess.get_inputs():
        shape = [d if isinstance(d, int) else (dims or {}).get(d, 1) for d in (i.shape or [])]
        dt = np.dtype(_NP_TYPES.get(i.type, np.float32))
        if dt.kind == "f":
            feeds[i.name] = rng.standard_normal(shape).astype(dt)
        elif dt.kind == "b":
            feeds[i.name] = rng.integers(0, 2, shape).astype(dt)
        else:
            feeds[i.name] = rng.integers(0, 10, shape).astype(dt)
    return feeds


def cmd_run(args) -> int:
    import onnxjit as ort
    path = args.model or default_model()
    print(f"model: {path}{'  (built-in default: ONNX light ResNet-50)' if not args.model else ''}")
    opts = ort.SessionOptions()
    if args.threads:
        opts.intra_op_num_threads = args.threads
    t0 = time.perf_counter()
    sess = ort.InferenceSession(path, opts)
    created = time.perf_counter() - t0
    prog = sess.program
    n_nodes = len(prog.graph.nodes)
    print(f"session created in {created:.2f} s (compile {sess.timings.get('compile', 0):.2f} s): "
          f"{n_nodes} nodes after optimization in {len(prog.steps)} step(s), "
          f"{sum(len(s.code.groups) for s in prog.compiled_steps())} fused groups")
    feeds = make_feeds(sess, args.seed)
    for name, a in feeds.items():
        print(f"input  {name}: {a.dtype}{list(a.shape)} (seeded random, seed {args.seed})")
    t0 = time.perf_counter()
    outs = sess.run(None, feeds)
    first = time.perf_counter() - t0
    times = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        outs = sess.run(None, feeds)
        times.append(time.perf_counter() - t0)
    for o, a in zip(sess.get_outputs(), outs):
        flat = np.asarray(a).reshape(-1)
        extra = f" argmax {int(np.argmax(flat))}" if flat.size and flat.dtype.kind == "f" else ""
        print(f"output {o.name}: {a.dtype}{list(a.shape)}{extra}")
    print(f"latency: first run {first * 1e3:.2f} ms, median of {args.runs} runs {np.median(times) * 1e3:.2f} ms")
    return 0


def cmd_inspect(args) -> int:
    import onnxjit as ort
    sess = ort.InferenceSession(args.model)
    prog = sess.program
    g = prog.graph
    ops = collections.Counter(n.op_type for n in g.nodes)
    print(f"== optimized graph '{g.name}': {len(g.nodes)} nodes, {len(g.initializers)} initializers")
    print("   passes: " + (", ".join(f"{k} x{v}" for k, v in sess.pass_stats) or "none"))
    print("   ops: " + ", ".join(f"{k} {v}" for k, v in ops.most_common()))
    from onnxjit.compiler.schedule import describe
    from .errors import OnnxJitError
    feeds = make_feeds(sess, 0)
    try:
        sess.run(None, feeds)      # steps of unknown rank are generated at their first run
    except OnnxJitError as e:
        print(f"(a run on generated inputs failed, so plans of later steps are missing: {type(e).__name__}: {e})")
    print("== partitions")
    for s in prog.steps:
        print(f"  {s.step.label}: inputs {len(s.step.inputs)}, outputs {len(s.step.outputs)}")
        if getattr(s, "lazy", False):
            print("      generated per input rank at run time")
        elif getattr(s, "code", None) is not None:
            print(describe(s.code.groups))
    steps = list(prog.compiled_steps())
    print("== memory plan (for the inputs " + ", ".join(f"{k}{list(v.shape)}" for k, v in feeds.items()) + ")")
    for s in steps:
        for plan in list(s._plans.values())[:1]:
            print(f"  {s.code.fn_name}: " + (plan.memory.summary() if args.verbose
                                             else plan.memory.summary().splitlines()[0]))
    print("== generated source")
    for s in steps:
        print(s.code.source)
    return 0


def cmd_compile(args) -> int:
    import time as _time

    from tqdm import tqdm

    import onnxjit as ort
    from . import artifact
    out = args.output or os.path.splitext(args.model)[0] + ".onnxjit"
    so = ort.SessionOptions()
    so.graph_optimization_level = ort.GraphOptimizationLevel(args.opt_level)
    stages = ["compiling", "collecting compiled code", "writing"]
    t0 = _time.perf_counter()
    with tqdm(total=len(stages), desc=f"onnxjit compile {os.path.basename(args.model)}", unit="stage",
              bar_format="{desc}: {bar} {n_fmt}/{total_fmt} {postfix}") as bar:
        def progress(stage):
            done = next((i for i, st in enumerate(stages) if stage.startswith(st)), 0)
            bar.update(done - bar.n)
            bar.set_postfix_str(stage)
        manifest = artifact.write(args.model, out, so, progress)
        bar.update(bar.total - bar.n)
    size = os.path.getsize(out)
    n_gen = sum(1 for f in manifest["files"] if f.startswith("gen/") and f.endswith(".py"))
    n_code = sum(1 for f in manifest["files"] if f.endswith(".nbc"))
    print(f"wrote {out}: {size / 2**20:.1f} MiB in {_time.perf_counter() - t0:.1f} s "
          f"({n_gen} generated module(s), {n_code} compiled functions, model sha256 {manifest['model_sha256'][:12]}; "
          f"for {manifest['host']['cpu']}, numba {manifest['host']['numba']})")
    print(f"load it with onnxjit.InferenceSession({out!r})")
    return 0


def cmd_ops(args) -> int:
    """The op registry: every op, its versions, and whether it compiles (Numba) or runs on
    the host (NumPy: strings, sequences, maps, data-dependent output sizes)."""
    from onnxjit.compiler.registry import HOST, all_ops
    table = all_ops()
    counts = collections.Counter()
    rows = []
    for (domain, op), defs in sorted(table.items()):
        if domain.startswith("onnxjit."):
            continue
        kinds = sorted({"host" if d.kind == HOST else "compiled" for d in defs})
        counts[(domain or "ai.onnx", "/".join(kinds))] += 1
        rows.append(f"{domain or 'ai.onnx':24s} {op:32s} {'/'.join(kinds):16s} since {', '.join(str(d.since) for d in defs)}")
    if not args.summary:
        print("\n".join(rows))
    for (domain, kind), n in sorted(counts.items()):
        print(f"{domain}: {n} ops {kind}")
    return 0


def main(argv=None) -> int:
    p = argparse.ArgumentParser(prog="onnxjit", description="Compile and run ONNX models with Numba.")
    sub = p.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run", help="compile and run a model (default: the ONNX light ResNet-50)")
    r.add_argument("model", nargs="?")
    r.add_argument("--runs", type=int, default=10)
    r.add_argument("--seed", type=int, default=0)
    r.add_argument("--threads", type=int, default=0)
    i = sub.add_parser("inspect", help="print the optimized graph, partitions, memory plan and generated source")
    i.add_argument("model")
    i.add_argument("-v", "--verbose", action="store_true")
    k = sub.add_parser("compile", help="write an AOT artifact that sessions load without compiling")
    k.add_argument("model")
    k.add_argument("-o", "--output", help="artifact path (default: MODEL with the .onnxjit suffix)")
    k.add_argument("--opt-level", type=int, default=99, choices=[0, 1, 2, 3, 99])
    o = sub.add_parser("ops", help="list the op registry: versions, compiled or host")
    o.add_argument("--summary", action="store_true", help="only the counts per domain")
    c = sub.add_parser("conformance", help="run ONNX's node conformance cases", add_help=False)
    args, rest = p.parse_known_args(argv)
    if args.cmd == "conformance":
        from onnxjit.conformance import main as conf_main
        return conf_main(rest)
    if rest:
        p.error(f"unrecognized arguments: {' '.join(rest)}")
    from .errors import OnnxJitError
    try:
        return {"run": cmd_run, "inspect": cmd_inspect, "compile": cmd_compile, "ops": cmd_ops}[args.cmd](args)
    except OnnxJitError as e:
        print(f"onnxjit {args.cmd}: {type(e).__name__}: {e}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
