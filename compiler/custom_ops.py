"""Custom ops written in Python: one decorator registers an op in the registry.

    @onnxjit.custom_op("my.domain", "MySwish", since=1)
    def my_swish(x, beta=1.0):
        return x / (1.0 + math.exp(-beta * x))

The function is a Numba-compilable *scalar* function: its parameters without defaults
are the op's inputs, those with defaults its attributes (float, int or bool; the node's
attribute of that name, else the default).  It becomes a POINTWISE OpDef in that domain,
so it fuses into generated loops like a built-in op, and a Conv it follows becomes an
`ai.onnxjit` FusedConv whose epilogue applies it (passes/fuse_conv_epilogue.py).
`type_rule(*input_types, **attrs)` gives the output dtype (default: input 0's), or a
(dtype, shape) pair; the shape of a pointwise op is always the inputs' broadcast shape.

`kind="kernel"` registers a non-pointwise op instead: the function is an @njit function
taking (inputs..., outputs..., attrs...) as n-D arrays (outputs pre-allocated, to be fully
written); `type_rule` is then required and returns one (dtype, shape) pair per output.

Generated modules import the function by module and qualname (it must be defined at the
top level of an importable module; `__main__` and test modules count), and carry a hash
of its source (and of the simple constants it reads) as a code line, so editing the
function changes the compile-cache key.

The Conv epilogue is a function the generated module defines per activation (bias,
residual and activation per output row, after the conv kernel, which runs with no epilogue
of its own), calling the user's function as a global: Numba caches it on disk.  Passing the
activation as a first-class dispatcher argument to one shared epilogue kernel instead
costs ~0.65 s of compiling per activation in *every* process (Numba cannot cache functions
taking dispatchers), against ~0.3 s once for the generated one, then a disk-cache load.
"""
from __future__ import annotations

import dataclasses
import hashlib
import importlib
import inspect
import re
import sys
from typing import Any, Callable, Optional

import numpy as np

from onnxjit.errors import Fail, InvalidArgument, InvalidGraph
from . import ir
from .registry import FLOATS, KERNEL, POINTWISE, OpDef, broadcast_infer, broadcast_shapes, lit, lookup, register

DOMAIN = "ai.onnxjit"       # where the Conv + custom activation FusedConv lives
_RESERVED = ("", "ai.onnx", "com.microsoft", DOMAIN)


@dataclasses.dataclass
class CustomOp:
    domain: str
    op_type: str
    since: int
    kind: str
    func: Any                         # what was decorated (a function or a Numba dispatcher)
    inputs: list[str]                 # parameter names of the inputs (and outputs, for kernels)
    attrs: dict[str, Any]             # attribute name -> default
    type_rule: Optional[Callable]
    digest: str

    @property
    def pyfunc(self):
        return getattr(self.func, "py_func", self.func)

    @property
    def ident(self) -> str:
        """The name generated code calls it by."""
        return "cu_" + re.sub(r"\W", "_", f"{self.domain}_{self.op_type}_{self.since}") + "_" + self.digest[:10]

    def resolve(self) -> tuple[str, str]:
        """(module, qualname) that import the decorated function, checked now."""
        f = self.pyfunc
        mod, qual = f.__module__, f.__qualname__
        where = f"custom op {self.domain}:{self.op_type} ({mod}.{qual})"
        try:
            obj = sys.modules.get(mod) or importlib.import_module(mod)
            for part in qual.split("."):
                obj = getattr(obj, part)
        except Exception as e:
            raise Fail(f"{where}: generated code imports the function by module and qualname, and that failed "
                       f"({type(e).__name__}: {e}); define it at the top level of an importable module") from None
        if obj is not self.func and getattr(obj, "py_func", obj) is not f:
            raise Fail(f"{where}: {mod}.{qual} is not the decorated function (was it redefined or wrapped?)")
        return mod, qual

    def import_lines(self) -> list[str]:
        mod, qual = self.resolve()
        top, _, rest = qual.partition(".")
        alias = "_py" + self.ident[2:]
        return [f"from onnxjit.kernels.cpu import custom as k_custom",
                f"from {mod} import {top} as {alias}",
                f"{self.ident} = k_custom.jitted({alias}{'.' + rest if rest else ''}, {self.digest!r})"]

    def attr_values(self, node: ir.Node) -> dict[str, Any]:
        return {k: node.attrs.get(k, d) for k, d in self.attrs.items()}

    def attr_literals(self, values: dict[str, Any]) -> list[str]:
        out = []
        for k, d in self.attrs.items():
            v = values[k]
            dt = np.bool_ if isinstance(d, (bool, np.bool_)) else np.int64 if isinstance(d, (int, np.integer)) \
                else np.float64
            out.append(lit(v, dt))
        return out


_CUSTOM: dict[tuple[str, str], list[CustomOp]] = {}


def custom_op(domain: str, op_type: str, since: int = 1, *, kind: str = "pointwise",
              type_rule: Optional[Callable] = None):
    """Register the decorated function as op `op_type` of `domain` from opset `since` on
    (see the module docstring); returns the function unchanged."""
    if domain in _RESERVED:
        raise InvalidArgument(f"custom_op: domain {domain!r} is reserved; use a domain of your own (e.g. 'my.domain')")
    if kind not in ("pointwise", "kernel"):
        raise InvalidArgument(f"custom_op: kind must be 'pointwise' or 'kernel', got {kind!r}")
    if kind == "kernel" and type_rule is None:
        raise InvalidArgument(f"custom_op {domain}:{op_type}: a kernel op needs a type_rule giving its outputs")

    def deco(func):
        f = getattr(func, "py_func", func)
        if not inspect.isfunction(f):
            raise InvalidArgument(f"custom_op {domain}:{op_type}: decorate a Python function, got {type(func).__name__}")
        if "<locals>" in f.__qualname__ or "<lambda>" in f.__qualname__:
            raise InvalidArgument(f"custom_op {domain}:{op_type}: {f.__module__}.{f.__qualname__} is defined inside a "
                                  "function; generated code imports custom ops by module and qualname, so define it at "
                                  "the top level of a module")
        inputs, attrs = [], {}
        for p in inspect.signature(f).parameters.values():
            if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
                raise InvalidArgument(f"custom_op {domain}:{op_type}: *args/**kwargs are not supported")
            if p.default is p.empty:
                if attrs:
                    raise InvalidArgument(f"custom_op {domain}:{op_type}: input '{p.name}' after an attribute")
                inputs.append(p.name)
            elif isinstance(p.default, (bool, int, float, np.number, np.bool_)):
                attrs[p.name] = p.default
            else:
                raise InvalidArgument(f"custom_op {domain}:{op_type}: attribute '{p.name}' must default to a "
                                      f"float, int or bool, got {p.default!r}")
        op = CustomOp(domain, op_type, since, kind, func, inputs, attrs, type_rule, source_digest(f))
        versions = _CUSTOM.setdefault((domain, op_type), [])
        versions[:] = sorted([v for v in versions if v.since != since] + [op], key=lambda v: v.since)
        register(_pointwise_opdef(op) if kind == "pointwise" else _kernel_opdef(op))
        return func
    return deco


def find(domain: str, op_type: str, opset: int) -> Optional[CustomOp]:
    best = None
    for op in _CUSTOM.get((domain, op_type), []):
        if op.since <= opset:
            best = op
    return best


def source_digest(f) -> str:
    """sha256 of the function's source, and of the simple constants (numbers, strings) it
    reads from its module: what decides the code Numba compiles for it."""
    h = hashlib.sha256()
    try:
        h.update(inspect.getsource(f).encode())
    except (OSError, TypeError):
        h.update(f.__code__.co_code + repr(f.__code__.co_consts).encode())
    for name in sorted(set(f.__code__.co_names)):
        v = f.__globals__.get(name)
        if isinstance(v, (bool, int, float, str, np.number)):
            h.update(f"{name}={v!r};".encode())
    return h.hexdigest()


# ---------------------------------------------------------------- type rules

def _outputs(op: CustomOp, ctx, res) -> list[ir.TensorType]:
    """type_rule's answer -> output types: a dtype, a (dtype, shape) pair, a TensorType, or a list."""
    items = res if isinstance(res, list) else [res]
    out = []
    for r in items:
        if isinstance(r, ir.TensorType):
            out.append(r)
        elif isinstance(r, tuple) and len(r) == 2 and not isinstance(r[1], (str, int)):
            out.append(ir.TensorType(np.dtype(r[0]), None if r[1] is None else tuple(r[1])))
        else:
            out.append(ir.TensorType(np.dtype(r), None))
    return out


def _pointwise_infer(op: CustomOp):
    default = broadcast_infer()

    def infer(ctx):
        if len(ctx.node.inputs) != len(op.inputs):
            raise InvalidGraph(f"{ctx.label}: {op.domain}:{op.op_type} takes {len(op.inputs)} inputs "
                               f"({', '.join(op.inputs)}), got {len(ctx.node.inputs)}")
        t = default(ctx)[0]
        if op.type_rule is None:
            return [t]
        r = _outputs(op, ctx, op.type_rule(*ctx.inputs, **op.attr_values(ctx.node)))
        if len(r) != 1:
            raise InvalidGraph(f"{ctx.label}: a pointwise custom op has one output; type_rule gave {len(r)}")
        if r[0].shape is not None and t.shape is not None and r[0].shape != t.shape:
            raise InvalidGraph(f"{ctx.label}: type_rule gave shape {r[0].shape}, but a pointwise op's output has "
                               f"its inputs' broadcast shape {t.shape}")
        return [ir.TensorType(r[0].dtype, t.shape)]
    return infer


def _pointwise_opdef(op: CustomOp) -> OpDef:
    def expr(ctx, *args):
        return f"{op.ident}({', '.join(list(args) + op.attr_literals(op.attr_values(ctx.node)))})"

    def value(ctx, *arrays):
        dt = ctx.outputs[0].dtype if ctx.outputs and ctx.outputs[0] is not None else arrays[0].dtype
        return [np.asarray(np.vectorize(op.pyfunc, otypes=[dt])(*arrays, **op.attr_values(ctx.node)), dt)]

    d = OpDef(op.op_type, op.since, POINTWISE, _pointwise_infer(op), domain=op.domain, expr=expr, value=value)
    d.imports = op.import_lines       # codegen: lines the generated module needs (called once per use)
    return d


def _kernel_opdef(op: CustomOp) -> OpDef:
    def infer(ctx):
        r = _outputs(op, ctx, op.type_rule(*ctx.inputs, **op.attr_values(ctx.node)))
        n_out = len(op.inputs) - len(ctx.node.inputs)
        if len(r) != n_out or len(ctx.node.outputs) != n_out:
            raise InvalidGraph(f"{ctx.label}: {op.domain}:{op.op_type} takes (inputs..., outputs...) = "
                               f"({', '.join(op.inputs)}); the node has {len(ctx.node.inputs)} inputs and "
                               f"{len(ctx.node.outputs)} outputs, type_rule gave {len(r)} outputs")
        if any(t.shape is None for t in r):
            raise InvalidGraph(f"{ctx.label}: type_rule must give every output's shape")
        return r

    def emit(ctx, e):
        for line in op.import_lines():
            e.require(line)
        args = [e.arr(i) for i in range(len(ctx.node.inputs))] + [e.out(j) for j in range(len(ctx.node.outputs))]
        e.line(f"{op.ident}({', '.join(args + op.attr_literals(op.attr_values(ctx.node)))})")

    return OpDef(op.op_type, op.since, KERNEL, infer, domain=op.domain, emit=emit)


# ---------------------------------------------------------------- Conv + custom activation

def conv_activation(graph: ir.Graph, node: ir.Node) -> Optional[dict]:
    """FusedConv attributes for a custom pointwise op applied to a Conv output, else None."""
    op = find(node.domain, node.op_type, graph.opset(node.domain))
    if op is None or op.kind != "pointwise" or len(op.inputs) != 1 or len(node.inputs) != 1:
        return None
    tin, tout = graph.types.get(node.inputs[0]), graph.types.get(node.outputs[0])
    if tin is None or tout is None or tin.dtype != tout.dtype:     # the epilogue writes in place
        return None
    vals = op.attr_values(node)
    return {"activation": node.op_type, "activation_domain": node.domain,
            "activation_since": op.since, "activation_params": [float(vals[k]) for k in op.attrs]}


def _fused_op(ctx) -> CustomOp:
    a = ctx.node.attrs
    op = find(a.get("activation_domain", ""), a.get("activation", ""), int(a.get("activation_since", 1)))
    if op is None:
        raise InvalidGraph(f"{ctx.label}: custom activation {a.get('activation_domain')}:{a.get('activation')} "
                           "is not registered")
    return op


def _as_conv(ctx):
    """The node as nn.py's Conv rules see it (no epilogue of their own)."""
    from .registry import Ctx
    node = dataclasses.replace(ctx.node, op_type="Conv", domain="",
                               attrs={k: v for k, v in ctx.node.attrs.items() if not k.startswith("activation")})
    return Ctx(node, ctx.opset, ctx.inputs[:3], ctx.values[:3], ctx.outputs)


def _fc_params(ctx):
    from .ops import nn
    p = nn._conv_params(_as_conv(ctx))
    p[10] = 0              # the bias is added by the epilogue, with the residual and activation
    return p


def _fc_check(ctx):
    from .ops import nn
    if find(ctx.node.attrs.get("activation_domain", ""), ctx.node.attrs.get("activation", ""),
            int(ctx.node.attrs.get("activation_since", 1))) is None:
        return f"custom activation {ctx.node.attrs.get('activation')!r} is not registered"
    return nn._check_spatial(ctx)


EPILOGUE = '''\
@njit(cache=True, nogil=True, error_model='numpy')
def {name}(y, b, z{attr_params}):
    """y = act(y + b[m] + z) per output row (N, M, spatial), while the row is in cache."""
    N = y.shape[0]
    M = y.shape[1]
    S = y.size // max(N * M, 1)
    y3 = y.reshape((N, M, S))
    z3 = {z3}
    for n in range(N):
        for m in range(M):
            bv = {bv}
            yr = y3[n, m]
            zr = z3[n, m]
            for s in range(S):
                yr[s] = {act}(yr[s] + bv{zs}{attr_args})
'''


def _fc_emit(ctx, e):
    from .ops import nn
    op = _fused_op(ctx)
    dt = ctx.inputs[0].dtype
    has_b, has_z = e.has_input(2), e.has_input(3)
    for line in op.import_lines():
        e.require(line)
    name = f"epi{op.ident[2:]}_{'b' if has_b else ''}{'z' if has_z else ''}"
    attr_params = "".join(f", a{k}" for k in range(len(op.attrs)))
    e.define(name, EPILOGUE.format(name=name, attr_params=attr_params, act=op.ident,
                                   z3="z.reshape((N, M, S))" if has_z else "y3",
                                   bv="b[m]" if has_b else "y.dtype.type(0)", zs=" + zr[s]" if has_z else "",
                                   attr_args=attr_params))
    b = e.flat(2) if has_b else e.none(dt)
    z = nn._view5(e, None, 3) if has_z else e.none(dt, 5)
    y = nn._view5(e, None, 0, out=True)
    e.call("conv", nn.conv_kernel(ctx), nn._view5(e, None, 0), nn._view5(e, None, 1), b, e.none(dt, 5), y, e.params(13),
           lit(0.0, np.float64), lit(0.0, np.float64))
    params = dict(zip(op.attrs, ctx.node.attrs.get("activation_params", []) or []))
    vals = {k: params.get(k, d) for k, d in op.attrs.items()}
    e.line(f"{name}({', '.join([y, b, z] + op.attr_literals(vals))})")


def _fc_infer(ctx):
    from .ops import nn
    return nn._conv_infer(ctx)


# Conv [+ residual] + custom activation: made by passes/fuse_conv_epilogue.py
register(OpDef("FusedConv", 1, KERNEL, _fc_infer, domain=DOMAIN, emit=_fc_emit, params=_fc_params, dtypes=FLOATS,
               check=_fc_check))
