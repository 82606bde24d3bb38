"""Control flow: If, Loop, Scan.  HOST ops whose bodies are compiled recursively.

Each body (a subgraph attribute) becomes its own `Program`, built lazily at the node's
first run and cached on its HostStep, once per *input signature* (dtype and rank of
every feed; dims are symbolic, so a loop whose carried state grows does not recompile).
A body Program's feeds are the body's formal inputs plus the outer-scope values it
reads; outer values that are constants of the enclosing graph become initializers of
the body (so its compiled code packs them as weights and constant-folds through them).
The host op's `run` drives the Program: picks a branch, iterates a loop body carrying
loop state and stacking scan outputs, or slices scan inputs along their axes.

Static inference infers each body on a copy, with the enclosing graph's types visible,
so the node gets output types (differing branch shapes merge into fresh symbolic dims;
loop-carried values are merged with what the body returns until they stop changing).
"""
from __future__ import annotations

import copy
import itertools
import threading
from typing import Optional

import numpy as np

from onnxjit.errors import InvalidArgument, InvalidGraph, NotImplemented as OpNotImplemented, RuntimeException
from .. import ir
from ..registry import HOST, VIEW, Ctx, OpDef, lookup, register
from ..trace import tls as _trace

_BUILD_LOCK = threading.RLock()


class _Exploring(threading.local):
    on = False      # this thread runs a session's warm-up (exploring_branches)
    passes = 0      # warm-up runs begun on this thread: an If explores once per run


_EXPLORE = _Exploring()


class exploring_branches:
    """While active (InferenceSession's warm-up run, on this thread), an If runs the branch its
    condition does not take too, once per node, its results dropped and its errors ignored:
    what that branch compiles (its steps specialized to ranks only known while running, the
    Ifs nested in it) is compiled at creation, not in the first real run that takes it
    (silero-vad's warm-up takes the 8 kHz branch; a 16 kHz first run compiled for ~30 s on an
    empty cache)."""

    def __enter__(self):
        self.prev = _EXPLORE.on
        _EXPLORE.on = True
        _EXPLORE.passes += 1

    def __exit__(self, *exc):
        _EXPLORE.on = self.prev


# ---------------------------------------------------------------- types

def merge_types(a, b, fresh):
    """The most specific type covering both (None: unknown).  Differing dims -> fresh symbols."""
    if a is None or b is None:
        return a if b is None else b
    if isinstance(a, ir.TensorType) and isinstance(b, ir.TensorType):
        if a.dtype != b.dtype:
            return a
        if a.shape is None or b.shape is None or len(a.shape) != len(b.shape):
            return ir.TensorType(a.dtype, None)
        return ir.TensorType(a.dtype, tuple(x if x == y else fresh() for x, y in zip(a.shape, b.shape)))
    if isinstance(a, ir.SequenceType) and isinstance(b, ir.SequenceType):
        return ir.SequenceType(merge_types(a.elem, b.elem, fresh))
    if isinstance(a, ir.OptionalType) or isinstance(b, ir.OptionalType):
        ea = a.elem if isinstance(a, ir.OptionalType) else a
        eb = b.elem if isinstance(b, ir.OptionalType) else b
        return ir.OptionalType(merge_types(ea, eb, fresh))
    return a


def value_type(v, declared=None, keep_dims: bool = False, tag: str = "v"):
    """The type a body is compiled for, given a runtime value.  Dims are symbolic, except
    (with keep_dims) where the declared type has the same int dim.  A declared optional
    type stays optional; an empty sequence takes the declared element type."""
    if isinstance(declared, ir.OptionalType) and v is not None:
        return ir.OptionalType(value_type(v, declared.elem, keep_dims, tag))
    if v is None:
        return declared if isinstance(declared, ir.OptionalType) else ir.OptionalType(
            declared.elem if isinstance(declared, ir.OptionalType) else declared)
    if isinstance(v, list):
        if not v:
            elem = declared.elem if isinstance(declared, ir.SequenceType) else None
            return ir.SequenceType(elem)
        dts = {a.dtype for a in v}
        ranks = {a.ndim for a in v}
        dt = v[0].dtype
        if len(dts) > 1:
            raise InvalidArgument(f"sequence '{tag}' holds tensors of different types {sorted(map(str, dts))}")
        if len(ranks) > 1:
            return ir.SequenceType(ir.TensorType(dt, None))
        return ir.SequenceType(ir.TensorType(dt, tuple(f"__{tag}_e{k}" for k in range(v[0].ndim))))
    v = np.asarray(v)
    dims = []
    for k, d in enumerate(v.shape):
        if (keep_dims and isinstance(declared, ir.TensorType) and declared.shape is not None
                and len(declared.shape) == v.ndim and declared.shape[k] == d):
            dims.append(int(d))
        else:
            dims.append(f"__{tag}_d{k}")
    return ir.TensorType(v.dtype, tuple(dims))


def _type_key(t):
    if isinstance(t, ir.TensorType):
        return ("t", t.dtype.str, t.dtype.name, None if t.shape is None else
                tuple(d if isinstance(d, int) else None for d in t.shape))
    if isinstance(t, ir.SequenceType):
        return ("s", _type_key(t.elem))
    if isinstance(t, ir.OptionalType):
        return ("o", _type_key(t.elem))
    return None


def infer_body(ctx, body: ir.Graph, formal: list) -> list:
    """Output types of `body` with its formal inputs typed `formal` (None: keep the declared
    type) and the enclosing graph's types visible.  Inferred on a copy: the body is left as
    it was loaded, to be compiled later for the actual input signature."""
    from ..infer import infer_graph
    if len(formal) != len(body.inputs):
        raise InvalidGraph(f"{ctx.label}: the body '{body.name}' has {len(body.inputs)} inputs, the node gives "
                           f"{len(formal)}")
    env = getattr(ctx, "env", None)
    consts = {}
    key = [tuple(formal)]
    for name in body.outer_scope:
        v = env.resolve(name) if env is not None else None
        if isinstance(v, np.ndarray):      # a constant of the enclosing graph (Unsqueeze axes...)
            consts[name] = v
            if key is not None and v.size <= 256:
                key.append((name, v.dtype.str, v.shape, tuple(v.reshape(-1).tolist()) if v.dtype == object
                            else v.tobytes()))
            else:
                key = None          # a large constant: not worth keying on its bytes
        elif key is not None:
            key.append((name, env.types.get(name) if env is not None else None))
    # The passes infer the enclosing graph again after each rewrite, and each time every If
    # and Loop body: silero-vad's warm creation inferred its two 300-node branches ~450 times
    # (0.3 s of 0.4).  The result depends on the body, the formal types, and the outer names'
    # types and constant values, all in the key; a body renamed in place (identity.rename_uses)
    # changes its outer_scope and so its key.
    memo = body.__dict__.setdefault("_infer_memo", {})
    key = tuple(key) if key is not None else None
    found = memo.get(key) if key is not None else None
    if found is None:
        g = body.shallow_copy()     # inference replaces nodes in the list, edits none
        for name, t in zip(g.inputs, formal):
            if t is not None:
                g.types[name] = t
            elif name not in g.types:
                g.types[name] = ir.TensorType(np.dtype(np.float32), None)
        outer = dict(env.types) if env is not None else {}
        for name in g.outer_scope:
            if name in consts:
                g.initializers[name] = consts[name]
            outer.setdefault(name, ir.TensorType(np.dtype(np.float32), None))
        types = infer_graph(g, outer)
        found = [types.get(o) for o in g.outputs]
        if key is not None:
            if len(memo) > 64:
                memo.clear()
            memo[key] = found
    # symbols the body made up are renamed into the enclosing graph's fresh dims
    rename: dict = {}
    known = _outer_dims(env)

    def fix(t):
        if isinstance(t, ir.TensorType) and t.shape is not None:
            return ir.TensorType(t.dtype, tuple(
                d if isinstance(d, int) or d in known else rename.setdefault(d, ctx.fresh_dim())
                for d in t.shape))
        if isinstance(t, ir.SequenceType):
            return ir.SequenceType(fix(t.elem))
        if isinstance(t, ir.OptionalType):
            return ir.OptionalType(fix(t.elem))
        return t
    return [fix(t) for t in found]


def _outer_dims(env) -> set:
    """The named dims of the enclosing graph's values (they mean the same inside a body).

    Kept on the enclosing graph's ShapeEnv and extended by the types added since the last
    call (its dict only grows while that graph is inferred): silero-vad's Ifs infer their
    bodies ~600 times over ~700 enclosing values, and scanning them all each time took 0.1 s
    of a 1 s warm session creation.  (A type replaced under an existing name adds no dims
    here: its new dims are then renamed to fresh ones, which only loses that they are equal.)"""
    if env is None:
        return set()
    seen, dims = getattr(env, "_named_dims", (0, None))
    if dims is None or seen > len(env.types):
        seen, dims = 0, set()
    for t in itertools.islice(env.types.values(), seen, None):
        while isinstance(t, (ir.SequenceType, ir.OptionalType)):
            t = t.elem
        if isinstance(t, ir.TensorType) and t.shape is not None:
            dims.update(d for d in t.shape if isinstance(d, str) and not d.startswith("unk__"))
    env._named_dims = (len(env.types), dims)
    return dims


# ---------------------------------------------------------------- running a body

class Body:
    """One body compiled for one input signature."""

    def __init__(self, program, feeds: list[str], outputs: list[str]):
        self.program, self.feeds, self.outputs = program, feeds, outputs

    def run(self, values: list) -> list:
        return self.program.run_plain(dict(zip(self.feeds, values)), self.outputs)


def body_runner(ctx, attr: str, formal_values: list, declared: Optional[list] = None):
    """A function formal_values -> body outputs for subgraph `attr` of the node, the body
    Program built (or taken from the HostStep's cache) for these values' signature."""
    node = ctx.node
    body = node.subgraphs.get(attr)
    if body is None:
        raise InvalidGraph(f"{ctx.label}: the '{attr}' graph attribute is missing")
    host = getattr(ctx, "host", None)
    scope = getattr(ctx, "scope", None) or {}
    parent = host.graph if host is not None else None
    consts = parent.initializers if parent is not None else {}
    # Per-call fast path (a small model's If runs every call: silero-vad has seven): when every
    # formal and outer value is an array, the body's signature follows from the formal values'
    # dtypes and ranks (their dims are symbolic) and the outer values' dtypes and shapes (dims
    # equal to the declared ones are kept), so that tuple finds the program built before.
    fast = None
    if host is not None and declared is None:
        outer = [scope.get(n, consts.get(n)) for n in body.outer_scope]
        if all(isinstance(v, np.ndarray) for v in formal_values) and all(isinstance(v, np.ndarray) for v in outer):
            fast = (attr, tuple((v.dtype, v.ndim) for v in formal_values), tuple((v.dtype, v.shape) for v in outer))
            b = host.runners.get(fast)
            if b is not None:     # the body's feeds: the formal inputs, then the outer values it reads
                fed = [scope.get(n, consts.get(n)) for n in b.feeds[len(formal_values):]]
                return lambda values: b.run(list(values) + fed)
    overridable = set(parent.overridable) if parent is not None else set()
    outer_vals = []
    outer_types = []
    for name in body.outer_scope:
        v = scope.get(name, consts.get(name))
        if name in consts and name not in overridable:
            outer_types.append(("const", name))
            continue
        static = parent.types.get(name) if parent is not None else None
        t = value_type(v, static, keep_dims=True, tag=f"o{len(outer_vals)}")
        outer_vals.append((name, v, t))
        outer_types.append(_type_key(t))
    if len(formal_values) != len(body.inputs):
        raise InvalidGraph(f"{ctx.label}: the body '{body.name}' has {len(body.inputs)} inputs, "
                           f"the node gives {len(formal_values)}")
    decl = declared or [body.types.get(n) for n in body.inputs]
    formal_types = [value_type(v, d, keep_dims=False, tag=f"f{k}")
                    for k, (v, d) in enumerate(zip(formal_values, decl))]
    key = (attr, tuple(_type_key(t) for t in formal_types), tuple(outer_types))
    cache = host.subprograms if host is not None else {}
    b = cache.get(key)
    if b is None:
        with _BUILD_LOCK:
            b = cache.get(key)
            if b is None:
                b = _build(ctx, body, formal_types, outer_vals, consts, host)
                cache[key] = b
    if fast is not None:
        if len(host.runners) > 1024:      # shapes that keep changing: keep the memo bounded
            host.runners.clear()
        host.runners[fast] = b
    outer_feed = [v for _, v, _ in outer_vals]

    def run(values: list) -> list:
        return b.run(list(values) + outer_feed)
    return run


def _build(ctx, body: ir.Graph, formal_types: list, outer_vals: list, consts: dict, host) -> Body:
    from ..infer import infer_graph
    from ..load import toposort
    from ..passes import optimize
    from ..program import Program
    g = body.clone()
    g.name = f"{ctx.node.name}.{body.name}"
    for name, t in zip(g.inputs, formal_types):
        g.types[name] = t
    for name in body.outer_scope:
        if name in consts and all(name != n for n, _, _ in outer_vals):
            g.initializers[name] = consts[name]
            g.types[name] = ir.TensorType(consts[name].dtype, tuple(consts[name].shape))
    for name, _, t in outer_vals:
        g.inputs.append(name)
        g.types[name] = t
    g.outer_scope = []
    g.nodes = toposort(g.nodes, set(g.inputs) | set(g.initializers), g.name)
    infer_graph(g)
    optimize(g)
    providers = host.providers if host is not None and host.providers else ["CPUExecutionProvider"]
    cache_dir = host.cache_dir if host is not None else "default"
    program = Program(g, providers, cache_dir, memory_limit=getattr(host, "memory_limit", None))
    program.compile()
    return Body(program, list(g.inputs), list(g.outputs))


def _scalar(v, what: str, ctx):
    a = np.asarray(v)
    if a.size != 1:
        raise InvalidArgument(f"{ctx.label}: {what} must hold one element, got shape {a.shape}")
    return a.reshape(-1)[0]


# ---------------------------------------------------------------- If

def _if_infer(ctx):
    then = infer_body(ctx, ctx.node.subgraphs["then_branch"], [])
    other = infer_body(ctx, ctx.node.subgraphs["else_branch"], [])
    if len(then) != len(other):
        raise InvalidGraph(f"{ctx.label}: then_branch gives {len(then)} outputs, else_branch {len(other)}")
    return [merge_types(a, b, ctx.fresh_dim) for a, b in zip(then, other)]


def _if_run(ctx, cond):
    if cond is None:
        raise InvalidArgument(f"{ctx.label}: the condition is missing")
    branch = "then_branch" if bool(_scalar(cond, "the condition", ctx)) else "else_branch"
    other = "else_branch" if branch == "then_branch" else "then_branch"
    host = getattr(ctx, "host", None)
    if host is None or _view_body(host, other, ctx.node.subgraphs.get(other)) is None:
        _prebuild(ctx, other, [])
    if _EXPLORE.on and host is not None:
        _explore(ctx, host, other)
    outs = _run_view_body(ctx, branch)
    if outs is None:
        outs = body_runner(ctx, branch, [])([])
    if host is not None and branch not in host.shortcuts:     # the other branch is built: _if_fast may run this one
        vb = _view_body(host, branch, None)
        host.shortcuts[branch] = (vb, ctx.node.subgraphs[branch])
    return outs


def _explore(ctx, host, attr: str) -> None:
    """Run the branch `attr` that the condition does not take, once per node and warm-up run
    (dry or not), its results dropped and its errors ignored (exploring_branches).  Before the
    branch taken, which may fail on the warm-up's zeros.  Once per run, not per session: a
    branch that failed on one try's sizes is explored again by the next, larger try
    (silero-vad's 16 kHz branch needs more samples than the first try's 1; explored on that
    try only, it compiled 8 functions in the first real run, ~2 s on an empty cache)."""
    from ..program import is_dry
    key = (attr, is_dry(), _EXPLORE.passes)
    if key in host.explored:
        return
    host.explored.add(key)
    try:
        if _run_view_body(ctx, attr) is None:
            body_runner(ctx, attr, [])([])
    except Exception:
        pass


def _if_fast(host, arrays: dict) -> Optional[list]:
    """If's per-call shortcut (HostStep.run), for a branch _if_run has run before: its view plan,
    or the program body_runner built for these values' dtypes and shapes, found without a Ctx
    (silero-vad runs seven Ifs a call, each ~12 us through _if_run).  None, whenever anything is
    new or unusual: _if_run then runs the node, and records what this path needs."""
    cond = arrays.get(host.node.inputs[0])
    if type(cond) is not np.ndarray or cond.size != 1 or _EXPLORE.on:
        return None
    attr = "then_branch" if cond.reshape(-1)[0] else "else_branch"
    ready = host.shortcuts.get(attr)
    if ready is None:
        return None
    vb, body = ready
    consts = host.graph.initializers
    if vb is not None:
        init = vb.body.initializers
        args = []
        for x in vb.sources:
            a = init[x] if x in init else (arrays[x] if x in arrays else consts.get(x))
            if type(a) is not np.ndarray:
                return None
            args.append(a)
        plan = vb.plans.get(tuple([a.shape for a in args]))
        if plan is None:
            return None
        return _view_outputs(vb, args, plan)
    outer = []
    for n in body.outer_scope:
        a = arrays[n] if n in arrays else consts.get(n)
        if type(a) is not np.ndarray:
            return None
        outer.append(a)
    b = host.runners.get((attr, (), tuple([(a.dtype, a.shape) for a in outer])))
    if b is None:
        return None
    return b.run([arrays[n] if n in arrays else consts.get(n) for n in b.feeds])


# Ops a branch may hold to run in NumPy, without a compiled Program: they only rename or
# reshape values (Squeeze, Unsqueeze, Reshape, Flatten: registry kind VIEW).
_VIEW_BODY_OPS = {"Identity"}


class _ViewBody:
    """A body whose every node is Identity or a VIEW op with constant shape inputs: each output
    is one value from outside the body (or an initializer) reshaped.  `plans` maps the shapes of
    those values to (which source, output shape) per output, found once by running the shape
    rules; later runs only reshape and copy."""

    def __init__(self, body: ir.Graph, steps: list, sources: list):
        self.body, self.steps, self.sources = body, steps, sources
        self.plans: dict = {}

    def derive(self, args: list) -> list:
        """Run the shape rules on source values `args`: [(source index, shape)] per output."""
        body = self.body
        vals = dict(zip(self.sources, args))
        root = {name: k for k, name in enumerate(self.sources)}
        for n, opdef in self.steps:
            ins = [(vals[x] if x in vals else body.initializers.get(x)) if x else None for x in n.inputs]
            if n.op_type in _VIEW_BODY_OPS:
                vals[n.outputs[0]] = ins[0]
            else:
                types = [None if v is None else ir.TensorType(v.dtype, tuple(v.shape)) for v in ins]
                c = Ctx(n, body.opset(n.domain), types, [ins[i] if i in opdef.shape_inputs else None
                                                         for i in range(len(ins))])
                c.outputs = opdef.infer(c)
                vals[n.outputs[0]] = opdef.value(c, *ins)[0]
            root[n.outputs[0]] = root[n.inputs[0]]
        return [(root[o], tuple(vals[o].shape)) for o in body.outputs]


def _view_body(host, attr: str, body: Optional[ir.Graph]) -> Optional[_ViewBody]:
    """The body as a _ViewBody (memoized on the HostStep), or None when it holds other ops, or
    reads a shape input (axes, target shape) that is not a constant."""
    memo = host.view_bodies
    if attr in memo:
        return memo[attr]
    if body is None:
        return None
    parent = host.graph
    consts = {k for k in parent.initializers if k not in parent.overridable}
    steps, sources, made = [], [], set()
    for n in body.nodes:
        opdef = lookup(n.domain, n.op_type, body.opset(n.domain))
        ok = (opdef is not None and not n.subgraphs and n.inputs and n.inputs[0] and len(n.outputs) == 1
              and (n.op_type in _VIEW_BODY_OPS or (opdef.kind == VIEW and opdef.value is not None))
              and all(not x or x in body.initializers or x in consts for x in n.inputs[1:]))
        if not ok:
            memo[attr] = None
            return None
        steps.append((n, opdef))
        made.add(n.outputs[0])
        x = n.inputs[0]
        if x not in made and x not in sources:
            sources.append(x)
    sources += [o for o in body.outputs if o not in made and o not in sources]
    memo[attr] = _ViewBody(body, steps, sources)
    return memo[attr]


def _run_view_body(ctx, attr: str) -> Optional[list]:
    """A branch that only renames or reshapes values (silero-vad's seven small Ifs: Squeeze
    or Identity on a value of the enclosing graph) run in NumPy, its outputs fresh copies:
    a compiled Program costs ~20 us a call for what is a reshape.  None when the branch holds
    other ops, or anything is unusual (a value missing or not an array, a shape rule that
    fails): the compiled path then runs it, and reports errors as it does."""
    host = getattr(ctx, "host", None)
    if host is None:
        return None
    vb = _view_body(host, attr, ctx.node.subgraphs.get(attr))
    if vb is None:
        return None
    scope = getattr(ctx, "scope", None) or {}
    consts = host.graph.initializers
    init = vb.body.initializers
    args = [init[x] if x in init else scope.get(x, consts.get(x)) for x in vb.sources]
    if not all(isinstance(a, np.ndarray) for a in args):
        return None
    key = tuple(a.shape for a in args)
    plan = vb.plans.get(key)
    if plan is None:
        try:
            plan = vb.derive(args)
        except Exception:
            return None
        if len(vb.plans) > 256:
            vb.plans.clear()
        vb.plans[key] = plan
    return _view_outputs(vb, args, plan)


def _view_outputs(vb: _ViewBody, args: list, plan: list) -> list:
    """A view body's outputs: fresh copies of its source values, reshaped (and, while a run is
    recorded, each noted as such: trace.py)."""
    outs = [np.array(args[k].reshape(shape)) for k, shape in plan]
    rec = _trace.rec
    if rec is not None:
        for (k, _), o in zip(plan, outs):
            rec.reshape(args[k], o, const=vb.sources[k] in vb.body.initializers)
    return outs


def _prebuild(ctx, attr: str, values: list, declared=None) -> None:
    """Compile a body that this run does not execute too (the other branch of an If, the body
    of a loop that ran no iteration), so that the session's warm-up run compiles it rather
    than a later run.  A body that cannot be built for these values is left for later; one
    built before, for any signature, is not looked up again (a small model's If runs every
    call, and the lookup cost as much as running a small branch)."""
    host = getattr(ctx, "host", None)
    if host is not None and any(k[0] == attr for k in host.subprograms):
        return
    try:
        body_runner(ctx, attr, values, declared)
    except Exception:
        pass


def prebuild_branches(program, _depth: int = 0) -> None:
    """Build every If branch of `program`, and of the branches' bodies in turn, from the
    declared types of the values they read, without running anything: session creation calls
    this before compiling, so the compile workers (compiler/precompile.py) take both branches'
    kernels with the rest, and no real run compiles a branch that the warm-up (zeros in, one
    branch taken) did not.  silero-vad's sample-rate If took the 8 kHz branch on zeros, and a
    16 kHz first run then compiled for ~15 s.

    Each branch is built as a real run would build it: body_runner on outer values that have
    the declared shapes (unknown dims 1), which give the same signature key as any real values
    of those declared shapes.  A branch that cannot be built so is left for its first run."""
    from ..program import HostStep
    if _depth > 8:
        return
    for step in program.steps:
        if not isinstance(step, HostStep):
            continue
        node = step.node
        if node.op_type == "If" and node.domain in ("", "ai.onnx"):
            g = step.graph
            for attr in ("then_branch", "else_branch"):
                body = node.subgraphs.get(attr)
                if body is None or _view_body(step, attr, body) is not None:
                    continue
                scope = {}
                for name in body.outer_scope:
                    if name in g.initializers:
                        continue
                    t = g.types.get(name)
                    if not isinstance(t, ir.TensorType) or t.shape is None or t.dtype == object:
                        break
                    scope[name] = np.zeros([d if isinstance(d, int) else 1 for d in t.shape], t.dtype)
                else:
                    ctx = Ctx(node, g.opset(node.domain), [None] * len(node.inputs), [None] * len(node.inputs),
                              [g.types.get(o) if o else None for o in node.outputs])
                    ctx.scope, ctx.host = scope, step
                    _prebuild(ctx, attr, [])
        for b in list(step.subprograms.values()):
            prog = getattr(b, "program", None)
            if prog is not None:
                prebuild_branches(prog, _depth + 1)


for _v in (1, 11, 13, 16, 19, 21, 23, 24, 25):
    register(OpDef("If", _v, HOST, _if_infer, run=_if_run, fast_run=_if_fast))


# ---------------------------------------------------------------- Loop

def _loop_infer(ctx):
    body = ctx.node.subgraphs["body"]
    n_carried = len(ctx.node.inputs) - 2
    carried = [ctx.inputs[2 + k] for k in range(n_carried)]
    i64, b = ir.TensorType(np.dtype(np.int64), ()), ir.TensorType(np.dtype(np.bool_), ())
    decl = [body.types.get(n) for n in body.inputs[2:]]
    state = [c if c is not None else d for c, d in zip(carried, decl)]
    for _ in range(3):
        outs = infer_body(ctx, body, [i64, b] + state)
        new = [merge_types(s, o, ctx.fresh_dim) for s, o in zip(state, outs[1:1 + n_carried])]
        if new == state:
            break
        state = new
    scans = []
    trip = ctx.fresh_dim()
    for t in outs[1 + n_carried:]:
        if isinstance(t, ir.TensorType):
            scans.append(ir.TensorType(t.dtype, None if t.shape is None else (trip,) + tuple(t.shape)))
        else:
            scans.append(t)
    return state + scans


def _loop_run(ctx, m=None, cond=None, *initial):
    from ..program import check_memory, check_terminate, default_memory_limit, is_dry
    body = ctx.node.subgraphs["body"]
    n = len(initial)
    n_scan = len(body.outputs) - 1 - n
    limit = getattr(ctx.host, "memory_limit", None) if n_scan > 0 else 0
    limit = default_memory_limit() if limit is None else limit
    if n_scan < 0:
        raise InvalidGraph(f"{ctx.label}: the body has {len(body.outputs)} outputs for {n} loop-carried values")
    trip = None if m is None else int(_scalar(m, "the trip count M", ctx))
    go = True if cond is None else bool(_scalar(cond, "the condition", ctx))
    state = list(initial)
    scans: list[list] = [[] for _ in range(n_scan)]
    decl = [body.types.get(x) for x in body.inputs]
    i = 0
    run = None
    sig = None
    dry = is_dry()
    while go and (trip is None or i < trip):
        if dry and i == 2:      # a dry run's values are zeros: its conditions mean nothing
            break
        vals = [np.array(i, np.int64), np.array(go, np.bool_)] + state
        s = tuple(_sig(v) for v in state)
        if s != sig:             # the signature (dtype, rank) changed: get the body for it
            run, sig = body_runner(ctx, "body", vals, decl), s
        check_terminate()
        outs = run(vals)
        go = bool(_scalar(outs[0], "the body's condition output", ctx))
        state = list(outs[1:1 + n])
        for k in range(n_scan):
            scans[k].append(outs[1 + n + k])
        if n_scan:     # fail fast when the stacked scan outputs would not fit the memory limit
            per_iter = sum(int(getattr(outs[1 + n + k], "nbytes", 0)) for k in range(n_scan))
            check_memory(f"{ctx.label}: scan outputs over {trip if trip is not None else i + 1} iterations",
                         per_iter * (trip if trip is not None else i + 1), limit)
        i += 1
    if run is None:
        _prebuild(ctx, "body", [np.array(0, np.int64), np.array(True)] + state, decl)
    stacked = []
    for k in range(n_scan):
        stacked.append(_stack(ctx, scans[k], 0, body.types.get(body.outputs[1 + n + k]), 0))
    return state + stacked


def _sig(v):
    if isinstance(v, np.ndarray):
        return (v.dtype, v.ndim)
    if isinstance(v, list):
        return ("s", len({a.dtype for a in v}), v[0].dtype if v else None, frozenset(a.ndim for a in v))
    return type(v).__name__


def _stack(ctx, items: list, axis: int, t, reverse: int):
    """Stack per-iteration scan outputs along `axis` (in reverse order when `reverse`).  With no
    iteration, the shape is the body output's declared one with 0 inserted, else (0,), as in
    onnxruntime."""
    if not items:
        if isinstance(t, ir.TensorType) and t.shape is not None:
            shape = [0 if not isinstance(d, int) else d for d in t.shape]
            shape.insert(axis if axis >= 0 else axis + len(shape) + 1, 0)
            return np.zeros(shape, t.dtype)
        return np.zeros((0,), t.dtype if isinstance(t, ir.TensorType) else np.float32)
    if reverse:
        items = items[::-1]
    shapes = {np.shape(a) for a in items}
    if len(shapes) > 1:
        raise RuntimeException(f"{ctx.label}: scan output shapes differ between iterations: {sorted(shapes)}")
    return np.stack([np.asarray(a) for a in items], axis=axis)


for _v in (1, 11, 13, 16, 19, 21, 23, 24, 25):
    register(OpDef("Loop", _v, HOST, _loop_infer, run=_loop_run))


# ---------------------------------------------------------------- Scan

def _axes(ctx, name, n, default=0):
    v = ctx.attr(name)
    v = [default] * n if v is None else list(v)
    if len(v) != n:
        raise InvalidGraph(f"{ctx.label}: attribute {name} has {len(v)} entries, expected {n}")
    return [int(x) for x in v]


def _norm(ctx, axis, rank, what):
    if not -rank <= axis < rank:
        raise InvalidGraph(f"{ctx.label}: {what} axis {axis} is out of range for rank {rank}")
    return axis + rank if axis < 0 else axis


def _scan_infer(ctx):
    body = ctx.node.subgraphs["body"]
    m = int(ctx.required_attr("num_scan_inputs"))
    v8 = ctx.opset < 9
    ins = ctx.inputs[1:] if v8 else ctx.inputs
    n = len(ins) - m
    state = list(ins[:n])
    xs = ins[n:]
    in_axes = [1] * m if v8 else _axes(ctx, "scan_input_axes", m)
    slices, seq = [], None
    for x, ax in zip(xs, in_axes):
        if x is None or x.shape is None:
            slices.append(None if x is None else ir.TensorType(x.dtype, None))
            continue
        ax = _norm(ctx, ax, len(x.shape), "scan input")
        seq = x.shape[ax] if seq is None else seq
        shape = list(x.shape)
        del shape[ax]
        if v8:
            del shape[0]
        slices.append(ir.TensorType(x.dtype, tuple(shape)))
    batch = None
    if v8:
        batch = next((t.shape[0] for t in ins if t is not None and t.shape), ctx.fresh_dim())
        state = [None if t is None or t.shape is None else ir.TensorType(t.dtype, tuple(t.shape[1:])) for t in state]
    seq = ctx.fresh_dim() if seq is None else seq
    for _ in range(3):
        outs = infer_body(ctx, body, state + slices)
        new = [merge_types(s, o, ctx.fresh_dim) for s, o in zip(state, outs[:n])]
        if new == state:
            break
        state = new
    k_out = len(outs) - n
    out_axes = [0] * k_out if v8 else _axes(ctx, "scan_output_axes", k_out)
    result = []
    for t in state:
        result.append(t if not v8 or t is None or t.shape is None else ir.TensorType(t.dtype, (batch,) + t.shape))
    for t, ax in zip(outs[n:], out_axes):
        if not isinstance(t, ir.TensorType) or t.shape is None:
            result.append(t)
            continue
        shape = list(t.shape)
        ax = _norm(ctx, ax, len(shape) + 1, "scan output")
        shape.insert(ax, seq)
        if v8:
            shape.insert(0, batch)
        result.append(ir.TensorType(t.dtype, tuple(shape)))
    return result


def _scan_loop(ctx, states, xs, in_axes, in_dirs, out_axes, out_dirs, length, out_types):
    n = len(states)
    lengths = {x.shape[ax] for x, ax in zip(xs, in_axes)}
    if len(lengths) > 1:
        raise InvalidArgument(f"{ctx.label}: scan inputs have different sequence lengths {sorted(lengths)}")
    seq = lengths.pop() if lengths else 0
    steps = seq if length is None else min(int(length), seq)
    body = ctx.node.subgraphs["body"]
    k_out = len(body.outputs) - n
    scans: list[list] = [[] for _ in range(k_out)]
    run, sig = None, None
    for t in range(steps):
        slices = []
        for x, ax, d in zip(xs, in_axes, in_dirs):
            idx = [slice(None)] * x.ndim
            idx[ax] = steps - 1 - t if d else t
            slices.append(np.array(x[tuple(idx)], copy=True))
        vals = list(states) + slices
        s = tuple(_sig(v) for v in states)
        if s != sig:
            run, sig = body_runner(ctx, "body", vals), s
        outs = run(vals)
        states = list(outs[:n])
        for k in range(k_out):
            scans[k].append(outs[n + k])
    outs = []
    for k in range(k_out):
        outs.append(_stack(ctx, scans[k], out_axes[k], out_types[k] if out_types else None, out_dirs[k]))
    return states, outs


def _scan_run(ctx, *inputs):
    m = int(ctx.required_attr("num_scan_inputs"))
    body = ctx.node.subgraphs["body"]
    if ctx.opset < 9:
        return _scan8_run(ctx, m, body, *inputs)
    n = len(inputs) - m
    xs = list(inputs[n:])
    in_axes = [_norm(ctx, a, x.ndim, "scan input") for a, x in zip(_axes(ctx, "scan_input_axes", m), xs)]
    in_dirs = _axes(ctx, "scan_input_directions", m)
    k_out = len(body.outputs) - n
    out_dirs = _axes(ctx, "scan_output_directions", k_out)
    out_types = ctx.outputs[n:] if ctx.outputs else None
    raw_axes = _axes(ctx, "scan_output_axes", k_out)
    out_axes = []
    for k, a in enumerate(raw_axes):
        t = out_types[k] if out_types else None
        r = t.rank if isinstance(t, ir.TensorType) and t.rank is not None else None
        out_axes.append(a if r is None else _norm(ctx, a, r, "scan output"))
    declared = [body.types.get(o) for o in body.outputs[n:]]
    states, outs = _scan_loop(ctx, list(inputs[:n]), xs, in_axes, in_dirs, out_axes, out_dirs, None, declared)
    return states + outs


def _scan8_run(ctx, m, body, seq_lens, *inputs):
    n = len(inputs) - m
    xs = list(inputs[n:])
    dirs = _axes(ctx, "directions", m)
    k_out = len(body.outputs) - n
    batch = (xs[0] if xs else inputs[0]).shape[0]
    states_out = [[] for _ in range(n)]
    scans_out = [[] for _ in range(k_out)]
    for b in range(batch):
        length = None if seq_lens is None else int(np.asarray(seq_lens).reshape(-1)[b])
        states, outs = _scan_loop(ctx, [np.array(s[b]) for s in inputs[:n]], [x[b] for x in xs], [0] * m, dirs,
                                  [0] * k_out, [0] * k_out, length, None)
        for k in range(n):
            states_out[k].append(states[k])
        for k in range(k_out):
            scans_out[k].append(outs[k])
    seq = xs[0].shape[1] if xs else 0
    padded = []
    for k in range(k_out):
        items = []
        for a in scans_out[k]:
            if a.shape[0] < seq:
                a = np.concatenate([a, np.zeros((seq - a.shape[0],) + a.shape[1:], a.dtype)])
            items.append(a)
        padded.append(np.stack(items))
    return [np.stack(s) for s in states_out] + padded


register(OpDef("Scan", 8, HOST, _scan_infer, run=_scan_run))
for _v in (9, 11, 16, 19, 21, 23, 24, 25):
    register(OpDef("Scan", _v, HOST, _scan_infer, run=_scan_run))
