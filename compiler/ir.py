"""The intermediate representation: a small, mutable graph of ONNX nodes.

A `Graph` keeps ONNX's value naming: every tensor is a name; `values` maps a
name to its `TensorType` (dtype + shape, symbolic dims as strings); nodes list
input names ('' for an omitted optional input) and output names.  Subgraphs of
control-flow nodes stay `Graph`s inside `Node.subgraphs`.
"""
from __future__ import annotations

import copy
import dataclasses
import itertools
from typing import Any, Optional, Union

import ml_dtypes
import numpy as np
from onnx import TensorProto

Dim = Union[int, str]

# ONNX element type <-> numpy dtype.  Strings are numpy object arrays, as in onnxruntime.
_ONNX_TO_NP = {
    TensorProto.FLOAT: np.dtype(np.float32),
    TensorProto.DOUBLE: np.dtype(np.float64),
    TensorProto.FLOAT16: np.dtype(np.float16),
    TensorProto.INT8: np.dtype(np.int8),
    TensorProto.INT16: np.dtype(np.int16),
    TensorProto.INT32: np.dtype(np.int32),
    TensorProto.INT64: np.dtype(np.int64),
    TensorProto.UINT8: np.dtype(np.uint8),
    TensorProto.UINT16: np.dtype(np.uint16),
    TensorProto.UINT32: np.dtype(np.uint32),
    TensorProto.UINT64: np.dtype(np.uint64),
    TensorProto.BOOL: np.dtype(np.bool_),
    TensorProto.STRING: np.dtype(object),
    TensorProto.COMPLEX64: np.dtype(np.complex64),
    TensorProto.COMPLEX128: np.dtype(np.complex128),
    TensorProto.BFLOAT16: np.dtype(ml_dtypes.bfloat16),
    TensorProto.FLOAT8E4M3FN: np.dtype(ml_dtypes.float8_e4m3fn),
    TensorProto.FLOAT8E4M3FNUZ: np.dtype(ml_dtypes.float8_e4m3fnuz),
    TensorProto.FLOAT8E5M2: np.dtype(ml_dtypes.float8_e5m2),
    TensorProto.FLOAT8E5M2FNUZ: np.dtype(ml_dtypes.float8_e5m2fnuz),
    TensorProto.FLOAT8E8M0: np.dtype(ml_dtypes.float8_e8m0fnu),
    TensorProto.FLOAT4E2M1: np.dtype(ml_dtypes.float4_e2m1fn),
    TensorProto.INT4: np.dtype(ml_dtypes.int4),
    TensorProto.UINT4: np.dtype(ml_dtypes.uint4),
    TensorProto.INT2: np.dtype(ml_dtypes.int2),
    TensorProto.UINT2: np.dtype(ml_dtypes.uint2),
}
_NP_TO_ONNX = {v: k for k, v in _ONNX_TO_NP.items()}

# The type strings onnxruntime prints in NodeArg.type.
_ORT_TYPE_NAMES = {
    TensorProto.FLOAT: "float", TensorProto.DOUBLE: "double", TensorProto.FLOAT16: "float16",
    TensorProto.BFLOAT16: "bfloat16", TensorProto.INT8: "int8", TensorProto.INT16: "int16",
    TensorProto.INT32: "int32", TensorProto.INT64: "int64", TensorProto.UINT8: "uint8",
    TensorProto.UINT16: "uint16", TensorProto.UINT32: "uint32", TensorProto.UINT64: "uint64",
    TensorProto.BOOL: "bool", TensorProto.STRING: "string", TensorProto.COMPLEX64: "complex64",
    TensorProto.COMPLEX128: "complex128", TensorProto.FLOAT8E4M3FN: "float8e4m3fn",
    TensorProto.FLOAT8E4M3FNUZ: "float8e4m3fnuz", TensorProto.FLOAT8E5M2: "float8e5m2",
    TensorProto.FLOAT8E5M2FNUZ: "float8e5m2fnuz", TensorProto.FLOAT8E8M0: "float8e8m0",
    TensorProto.FLOAT4E2M1: "float4e2m1", TensorProto.INT4: "int4", TensorProto.UINT4: "uint4",
    TensorProto.INT2: "int2", TensorProto.UINT2: "uint2",
}

# Types Numba cannot hold.  Compiled code keeps them as their bit pattern (`storage`),
# computes on them as `compute` after `ks.dec_<codec>`, rounds each node's result back
# onto the type's value set with `ks.rnd_<codec>` and stores with `ks.enc_<codec>`.
# ml_dtypes keeps the 4- and 2-bit types one element per byte, in the low bits.
_EXOTIC = {
    np.dtype(np.float16): ("uint16", "float32", "f16"),
    np.dtype(ml_dtypes.bfloat16): ("uint16", "float32", "bf16"),
    np.dtype(ml_dtypes.float8_e4m3fn): ("uint8", "float32", "e4m3fn"),
    np.dtype(ml_dtypes.float8_e4m3fnuz): ("uint8", "float32", "e4m3fnuz"),
    np.dtype(ml_dtypes.float8_e5m2): ("uint8", "float32", "e5m2"),
    np.dtype(ml_dtypes.float8_e5m2fnuz): ("uint8", "float32", "e5m2fnuz"),
    np.dtype(ml_dtypes.float8_e8m0fnu): ("uint8", "float32", "e8m0"),
    np.dtype(ml_dtypes.float4_e2m1fn): ("uint8", "float32", "e2m1"),
    np.dtype(ml_dtypes.int4): ("uint8", "int8", "i4"),
    np.dtype(ml_dtypes.uint4): ("uint8", "uint8", "u4"),
    np.dtype(ml_dtypes.int2): ("uint8", "int8", "i2"),
    np.dtype(ml_dtypes.uint2): ("uint8", "uint8", "u2"),
}


_EXOTIC_BY_NAME = {k.name: (k, v) for k, v in _EXOTIC.items()}


def _exotic(dtype):
    # by name, then checked equal: some ml_dtypes hash alike, so not a lookup by dtype
    dt = np.dtype(dtype)
    kv = _EXOTIC_BY_NAME.get(dt.name)
    return kv[1] if kv is not None and kv[0] == dt else None


def codec(dtype) -> Optional[str]:
    """The ks.dec_/enc_/rnd_ suffix of a type compiled code holds as bits, else None."""
    e = _exotic(dtype)
    return e[2] if e else None


def storage_dtype(dtype) -> np.dtype:
    """The dtype compiled code sees an array of `dtype` as (its bit pattern for exotic types)."""
    e = _exotic(dtype)
    return np.dtype(e[0]) if e else np.dtype(dtype)


def compute_dtype(dtype) -> np.dtype:
    """The scalar dtype generated code computes a value of `dtype` in."""
    e = _exotic(dtype)
    return np.dtype(e[1]) if e else np.dtype(dtype)


def as_storage(a: np.ndarray) -> np.ndarray:
    """A view of `a` as compiled code takes it."""
    e = _exotic(a.dtype)
    return a.view(e[0]) if e else a


def is_float(dtype) -> bool:
    """float32/64, float16, bfloat16, float8 and float4 types."""
    dt = np.dtype(dtype)
    return dt.kind == "f" or compute_dtype(dt).kind == "f"


def np_dtype(elem_type: int) -> np.dtype:
    try:
        return _ONNX_TO_NP[elem_type]
    except KeyError:
        name = TensorProto.DataType.Name(elem_type) if elem_type in TensorProto.DataType.values() else elem_type
        raise TypeError(f"ONNX element type {name} is not supported") from None


def onnx_elem_type(dtype) -> int:
    dt = np.dtype(dtype)
    for k, v in _NP_TO_ONNX.items():
        if k == dt and k.name == dt.name:
            return v
    raise KeyError(dt)


def ort_type_name(dtype) -> str:
    return _ORT_TYPE_NAMES[onnx_elem_type(dtype)]


@dataclasses.dataclass(frozen=True)
class TensorType:
    """dtype and shape of a tensor; `shape` is None when even the rank is unknown."""

    dtype: np.dtype
    shape: Optional[tuple[Dim, ...]]

    @property
    def rank(self) -> Optional[int]:
        return None if self.shape is None else len(self.shape)

    @property
    def is_static(self) -> bool:
        return self.shape is not None and all(isinstance(d, int) for d in self.shape)

    def __str__(self):
        s = "?" if self.shape is None else "x".join(str(d) for d in self.shape) or "scalar"
        return f"{self.dtype.name}[{s}]"


# ---- non-tensor values (control flow, sequences, optionals): only HOST ops see them.
# At run time a sequence is a Python list of arrays and an empty optional is None.

@dataclasses.dataclass(frozen=True)
class SequenceType:
    """seq(elem); `elem` is a TensorType (or None when not even the element type is known)."""

    elem: Optional[Any]

    def __str__(self):
        return f"seq({self.elem})"


@dataclasses.dataclass(frozen=True)
class OptionalType:
    """optional(elem); `elem` is a TensorType or a SequenceType (None: unknown)."""

    elem: Optional[Any]

    def __str__(self):
        return f"optional({self.elem})"


@dataclasses.dataclass(frozen=True)
class MapType:
    """map(key, value) (ai.onnx.ml): a Python dict at run time.  `key` is a numpy dtype
    (int64, or object for strings); `value` a TensorType (or None when unknown)."""

    key: np.dtype
    value: Optional[Any]

    def __str__(self):
        return f"map({self.key.name},{self.value})"


def is_tensor_type(t) -> bool:
    return isinstance(t, TensorType)


def type_string(t) -> str:
    """The type as onnxruntime's NodeArg.type prints it: tensor(float), seq(tensor(float)), ..."""
    if isinstance(t, TensorType):
        return f"tensor({ort_type_name(t.dtype)})"
    if isinstance(t, SequenceType):
        return f"seq({type_string(t.elem)})"
    if isinstance(t, OptionalType):
        return f"optional({type_string(t.elem)})"
    if isinstance(t, MapType):
        return f"map({ort_type_name(t.key)},{type_string(t.value)})"
    return "unknown"


@dataclasses.dataclass(eq=False)
class Node:
    """A node; two nodes are equal only if they are the same object (passes find and remove
    nodes in lists: a field-by-field comparison made that quadratic in the graph)."""
    op_type: str
    inputs: list[str]
    outputs: list[str]
    attrs: dict[str, Any] = dataclasses.field(default_factory=dict)
    name: str = ""
    domain: str = ""
    subgraphs: dict[str, "Graph"] = dataclasses.field(default_factory=dict)

    def __repr__(self):
        return f"Node({self.name!r}: {self.op_type}({', '.join(self.inputs)}) -> {', '.join(self.outputs)})"

    @property
    def label(self) -> str:
        """How messages and generated-code comments name this node."""
        return f"{self.name or self.outputs[0]} ({self.op_type})"


# Bytes of replaced weights Graph.drop_unused_initializers lets wait before it looks for their
# readers.  ResNet-50's creation peaked at 347 MB RSS dropping each at once, 350 with 4 MiB
# batches, 385 with 16 MiB and 410 with 64 MiB (one process each, /tmp/w/rss.py).
DROP_BATCH = 4 << 20


@dataclasses.dataclass
class Graph:
    name: str = "graph"
    nodes: list[Node] = dataclasses.field(default_factory=list)
    inputs: list[str] = dataclasses.field(default_factory=list)        # real graph inputs (feeds)
    outputs: list[str] = dataclasses.field(default_factory=list)
    initializers: dict[str, np.ndarray] = dataclasses.field(default_factory=dict)
    overridable: list[str] = dataclasses.field(default_factory=list)   # initializers also listed as inputs
    types: dict[str, TensorType] = dataclasses.field(default_factory=dict)
    opsets: dict[str, int] = dataclasses.field(default_factory=dict)
    doc_string: str = ""
    outer_scope: list[str] = dataclasses.field(default_factory=list)   # names a subgraph reads from its parent

    _counter: itertools.count = dataclasses.field(default_factory=itertools.count, repr=False)
    _drops: dict = dataclasses.field(default_factory=dict, repr=False)     # drop_unused_initializers' queue

    def clone(self) -> "Graph":
        """A copy that passes may rewrite freely: nodes, lists and dicts are new, while the
        (never mutated in place) initializer arrays and attribute values are shared, so
        cloning a model with large weights costs no memory."""
        g = self.shallow_copy()
        g.nodes = [dataclasses.replace(n, inputs=list(n.inputs), outputs=list(n.outputs), attrs=dict(n.attrs),
                                       subgraphs={k: sg.clone() for k, sg in n.subgraphs.items()})
                   for n in self.nodes]
        return g

    def shallow_copy(self) -> "Graph":
        """A copy with new lists and dicts but the same Node objects: for work that adds types
        and initializers and replaces nodes in the list but never edits a node (inference of a
        body's types: infer_body).  silero-vad's warm creation cloned its 300-node branches
        ~450 times for that, 0.2 s of 0.4."""
        g = dataclasses.replace(self)
        g.nodes, g.inputs, g.outputs = list(self.nodes), list(self.inputs), list(self.outputs)
        g.initializers, g.types, g.opsets = dict(self.initializers), dict(self.types), dict(self.opsets)
        g.overridable, g.outer_scope = list(self.overridable), list(self.outer_scope)
        g._drops = dict(self._drops)
        g._counter = itertools.count(next(copy.copy(self._counter)))
        return g

    def opset(self, domain: str = "") -> int:
        return self.opsets.get(domain, self.opsets.get("ai.onnx", 1) if domain == "" else 1)

    def fresh_name(self, base: str) -> str:
        """`base`__N, N from the graph's counter, naming nothing yet."""
        while True:
            name = f"{base}__{next(self._counter)}"
            if not self.has_name(name):
                return name

    def add_initializer(self, base: str, array: np.ndarray) -> str:
        """A new initializer holding `array`, under a fresh name made from `base`, with its type."""
        name = self.fresh_name(base)
        self.initializers[name] = array
        self.types[name] = TensorType(array.dtype, tuple(array.shape))
        return name

    def drop_unused_initializers(self, names) -> None:
        """Delete those initializers of `names` that no node reads and that are neither graph
        outputs nor overridable.  A pass that replaces a weight (folded, packed) calls this on
        the old one, so the weights are not held twice until dce: ResNet-50's creation peaked
        90 MB higher.  Knowing that a weight is unused takes a look at every node, so the names
        wait in a queue, looked at together once DROP_BATCH bytes of weights wait, and by
        flush_drops(), which each pass that replaces weights calls before it returns (a look
        per weight made densenet121's folds quadratic: 0.1 s of its creation)."""
        for n in names:
            a = self.initializers.get(n)
            if a is not None and n not in self._drops:
                self._drops[n] = a.nbytes
        if sum(self._drops.values()) >= DROP_BATCH:
            self.flush_drops()

    def flush_drops(self) -> None:
        """Delete the unused initializers drop_unused_initializers queued."""
        unused = {n for n in self._drops if n in self.initializers and n not in self.overridable
                  and n not in self.outputs}
        self._drops.clear()
        for node in self.nodes:
            if not unused:
                return
            unused.difference_update(node.inputs)
            if node.subgraphs:
                unused.difference_update(sub_outer_inputs(node))
        for n in unused:
            del self.initializers[n]

    def has_name(self, name: str) -> bool:
        """Whether `name` is a graph input, an initializer, a typed value or a node's output
        (looked up, not a set of every name built: passes ask once per new weight)."""
        return name in self.types or name in self.initializers or name in self.inputs \
            or any(name in n.outputs for n in self.nodes)

    def producers(self) -> dict[str, Node]:
        return {o: n for n in self.nodes for o in n.outputs if o}

    def consumers(self) -> dict[str, list[Node]]:
        """Value -> the nodes that read it (each once, in graph order)."""
        out: dict[str, list[Node]] = {}
        for n in self.nodes:
            names = n.inputs if not n.subgraphs else n.inputs + sub_outer_inputs(n)
            for i in (dict.fromkeys(names) if len(names) > 1 else names):
                if i:
                    out.setdefault(i, []).append(n)
        return out


def sub_outer_inputs(node: Node) -> list[str]:
    """Names that a node's subgraphs read from the enclosing scope."""
    names: list[str] = []
    for g in node.subgraphs.values():
        names.extend(g.outer_scope)
    return names
