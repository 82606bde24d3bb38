"""The op registry: every ONNX op onnxjit knows is declared here once.

An `OpDef` says, for one (domain, op_type, since-version):
  * `infer(ctx) -> [TensorType]`: the type and shape rule (symbolic dims are strings);
  * how it lowers, by `kind`:
      POINTWISE  `expr(ctx, *args) -> str`, a scalar expression; chains fuse into one loop;
      VIEW       no code: the output aliases its input's buffer (Reshape, Squeeze, ...);
      STRIDED    a copy whose input is read through an affine index map
                 (`access(ctx) -> (offset, strides)`: Transpose, Slice, Expand, ...);
      KERNEL     `emit(ctx, e)` writes a call into kernels/cpu, whose integer parameters
                 `params(ctx) -> [int]` are computed per input-shape signature;
      HOST       `run(ctx, *arrays) -> [arrays]` in NumPy, for what cannot be compiled;
  * `value(ctx, *arrays) -> [arrays]`: optional NumPy evaluation used for constant folding
    and for propagating shape values (Shape -> Gather -> Concat -> Reshape) per signature;
  * `shape_inputs`: the inputs whose *values* the type rule needs (Reshape's shape...).
`lookup` picks the newest version <= the model's opset.  Which ops a provider supports
is read off this table; no other list exists.
"""
from __future__ import annotations

import dataclasses
import functools
from typing import Any, Callable, Optional, Sequence

import numpy as np
import onnx

from onnxjit.errors import InvalidGraph, NotImplemented as OpNotImplemented
from . import ir

POINTWISE = "pointwise"
VIEW = "view"
STRIDED = "strided"
KERNEL = "kernel"
HOST = "host"

FLOATS = (np.float32, np.float64)
SIGNED = (np.int8, np.int16, np.int32, np.int64)
UNSIGNED = (np.uint8, np.uint16, np.uint32, np.uint64)
INTS = SIGNED + UNSIGNED
NUMERIC = FLOATS + INTS
ALL = NUMERIC + (np.bool_,)


@dataclasses.dataclass
class OpDef:
    op_type: str
    since: int
    kind: str
    infer: Callable[["Ctx"], list[ir.TensorType]]
    domain: str = ""
    expr: Optional[Callable[..., str]] = None
    emit: Optional[Callable[["Ctx", Any], None]] = None
    params: Optional[Callable[["Ctx"], list[int]]] = None
    access: Optional[Callable[["Ctx"], tuple[int, list[int]]]] = None
    run: Optional[Callable[..., list[np.ndarray]]] = None
    # a HOST op's per-call shortcut, fast_run(host_step, arrays): its outputs, or None to take
    # run() (If: the branch it took before, found without building a Ctx)
    fast_run: Optional[Callable[..., Optional[list]]] = None
    value: Optional[Callable[..., list[np.ndarray]]] = None
    shape_inputs: tuple[int, ...] = ()
    dtypes: Optional[tuple] = None          # dtypes allowed for input 0 (None: any)
    check: Optional[Callable[["Ctx"], Optional[str]]] = None  # returns why a node is unsupported

    def supports(self, ctx: "Ctx") -> Optional[str]:
        """None when this op def can run the node, else the reason it cannot."""
        if self.dtypes is not None and ctx.inputs and ctx.inputs[0] is not None:
            if ctx.inputs[0].dtype not in [np.dtype(d) for d in self.dtypes]:
                return f"input dtype {ctx.inputs[0].dtype} is not one of {[np.dtype(d).name for d in self.dtypes]}"
        if self.check is not None:
            return self.check(ctx)
        return None


_TABLE: dict[tuple[str, str], list[OpDef]] = {}


def register(opdef: OpDef) -> OpDef:
    versions = _TABLE.setdefault((opdef.domain, opdef.op_type), [])
    versions[:] = [v for v in versions if v.since != opdef.since] + [opdef]
    versions.sort(key=lambda d: d.since)
    return opdef


def lookup(domain: str, op_type: str, opset: int) -> Optional[OpDef]:
    _load_ops()
    versions = _TABLE.get(("" if domain == "ai.onnx" else domain, op_type))
    if not versions:
        return None
    best = None
    for d in versions:
        if d.since <= opset:
            best = d
    return best


def all_ops() -> dict[tuple[str, str], list[OpDef]]:
    _load_ops()
    return _TABLE


@functools.cache
def _load_ops() -> None:
    from .ops import load_all
    load_all()


# ---------------------------------------------------------------- registration helpers

def same_as_input(i: int = 0):
    def infer(ctx: "Ctx"):
        return [ctx.inputs[i]]
    return infer


def broadcast_infer(out_dtype=None):
    """Numpy-style multidirectional broadcasting; out_dtype: None (input 0's), a dtype, or callable."""
    def infer(ctx: "Ctx"):
        ins = [t for t in ctx.inputs if t is not None]
        shape = broadcast_shapes([t.shape for t in ins], ctx)
        dt = ins[0].dtype if out_dtype is None else (out_dtype(ctx) if callable(out_dtype) else np.dtype(out_dtype))
        return [ir.TensorType(np.dtype(dt), shape)]
    return infer


def broadcast_shapes(shapes: Sequence[Optional[tuple]], ctx: "Ctx") -> Optional[tuple]:
    if any(s is None for s in shapes):
        return None
    rank = max((len(s) for s in shapes), default=0)
    out = []
    for k in range(rank):
        dims = []
        for s in shapes:
            j = k - (rank - len(s))
            if j >= 0:
                dims.append(s[j])
        concrete = {d for d in dims if isinstance(d, int) and d != 1}
        symbolic = [d for d in dims if not isinstance(d, int)]
        if len(concrete) > 1:
            raise InvalidGraph(f"{ctx.node.label}: cannot broadcast shapes {list(shapes)} (dimension {k})")
        if concrete:
            out.append(concrete.pop())
        elif symbolic:
            out.append(symbolic[0] if len(set(symbolic)) == 1 else ctx.fresh_dim())
        else:
            out.append(1)
    return tuple(out)


def pointwise(op_type: str, since: int = 1, *, dtypes=None, out_dtype=None, domain: str = "",
              value=None, check=None):
    """Declare a pointwise op from its scalar-expression function `f(ctx, *args) -> str`."""
    def deco(f):
        register(OpDef(op_type, since, POINTWISE, broadcast_infer(out_dtype), domain=domain, expr=f,
                       dtypes=dtypes, value=value, check=check))
        return f
    return deco


# ---------------------------------------------------------------- attributes from the schema

@functools.cache
def _schema(domain: str, op_type: str, opset: int):
    try:
        return onnx.defs.get_schema(op_type, opset, domain)
    except Exception:
        return None


def _attr_default(a: onnx.defs.OpSchema.Attribute):
    if a.default_value is None or a.default_value.type == 0:
        return None
    return onnx.helper.get_attribute_value(a.default_value)


# ---------------------------------------------------------------- the node context

class Ctx:
    """What an op's rules see of one node: attributes (with schema defaults), input types,
    input values when known (constants, or concrete shape values at plan time), and
    after inference the output types."""

    def __init__(self, node: ir.Node, opset: int, inputs: list[Optional[ir.TensorType]],
                 values: Optional[list[Optional[np.ndarray]]] = None,
                 outputs: Optional[list[ir.TensorType]] = None, fresh=None):
        self.node = node
        self.opset = opset
        self.inputs = inputs
        self.values = values if values is not None else [None] * len(inputs)
        self.outputs = outputs
        self._fresh = fresh

    @property
    def label(self) -> str:
        return self.node.label

    def fresh_dim(self) -> str:
        if self._fresh is not None:
            return self._fresh()
        return f"unk__{id(self)}"

    def attr(self, name: str, default: Any = None) -> Any:
        if name in self.node.attrs:
            return self.node.attrs[name]
        schema = _schema(self.node.domain, self.node.op_type, self.opset)
        if schema is not None and name in schema.attributes:
            d = _attr_default(schema.attributes[name])
            if d is not None:
                return d.decode() if isinstance(d, bytes) else d
        return default

    def required_attr(self, name: str) -> Any:
        if name not in self.node.attrs:
            raise InvalidGraph(f"{self.label}: required attribute '{name}' is missing")
        return self.node.attrs[name]

    def has_input(self, i: int) -> bool:
        return i < len(self.node.inputs) and bool(self.node.inputs[i])

    def value(self, i: int) -> Optional[np.ndarray]:
        return self.values[i] if i < len(self.values) else None

    def need_value(self, i: int) -> np.ndarray:
        v = self.value(i)
        if v is None:
            raise ShapeValueUnknown(self.node, i)
        return v

    def shape(self, i: int) -> tuple:
        t = self.inputs[i]
        if t is None or t.shape is None:
            raise ShapeUnknown(self.node, i)
        return t.shape

    def dtype(self, i: int) -> np.dtype:
        return self.inputs[i].dtype

    def out_shape(self, j: int = 0) -> tuple:
        return self.outputs[j].shape

    def out_dtype(self, j: int = 0) -> np.dtype:
        return self.outputs[j].dtype


class ShapeValueUnknown(Exception):
    """A type rule needs the value of an input that is not known before running."""

    def __init__(self, node, i):
        super().__init__(f"{node.label}: the value of input {i} ('{node.inputs[i]}') is needed to infer shapes")
        self.node, self.index = node, i


class ShapeUnknown(Exception):
    def __init__(self, node, i):
        super().__init__(f"{node.label}: the rank of input {i} ('{node.inputs[i]}') is unknown")
        self.node, self.index = node, i


def normalize_axis(ctx: Ctx, axis: int, rank: int) -> int:
    if not -rank <= axis < max(rank, 1):
        raise InvalidGraph(f"{ctx.label}: axis {axis} is out of range for rank {rank}")
    return axis + rank if axis < 0 else axis


def dim_op(ctx: Ctx, f: Callable[..., int], *dims) -> ir.Dim:
    """Apply integer arithmetic to dims; a symbolic operand gives a fresh symbol."""
    if all(isinstance(d, (int, np.integer)) for d in dims):
        return int(f(*[int(d) for d in dims]))
    return ctx.fresh_dim()


def unsupported(node: ir.Node, opset: int, why: str = "") -> OpNotImplemented:
    dom = node.domain or "ai.onnx"
    msg = (f"Could not find an implementation for {node.op_type}({opset}) node with name '{node.name}' "
           f"(domain '{dom}')")
    if not why and not any(d == node.domain for d, _ in all_ops()):
        why = (f"no op of domain '{dom}' is registered (ops written in Python are registered with "
               f"@onnxjit.custom_op('{dom}', '{node.op_type}'), before the session is created)")
    return OpNotImplemented(msg + (f": {why}" if why else ""))


# ---------------------------------------------------------------- literals for generated code

def np_name(dtype) -> str:
    dt = np.dtype(dtype)
    return "bool_" if dt == np.bool_ else dt.name


def lit(v, dtype) -> str:
    """A typed scalar literal for generated code: lit(0.5, float32) -> 'np.float32(0.5)'."""
    dt = np.dtype(dtype)
    if dt.kind == "f":
        v = float(v)
        if np.isnan(v):
            return f"np.{dt.name}(np.nan)"
        if np.isinf(v):
            return f"np.{dt.name}({'-' if v < 0 else ''}np.inf)"
        return f"np.{dt.name}({v!r})"
    if dt.kind == "b":
        return f"np.bool_({bool(v)})"
    return f"np.{dt.name}({int(v)})"


def cast(expr: str, dtype) -> str:
    return f"np.{np_name(dtype)}({expr})"
