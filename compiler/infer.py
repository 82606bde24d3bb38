"""infer: dtype and shape of every value, by the registry's type rules.

Used twice: once statically over the optimized graph, where symbolic dims stay
names (`'batch'`, or a fresh `unk__N`), and again per input-shape signature at
run time (`ShapeEnv.run` with concrete feeds), where every dim becomes an int.
Type rules that need an input's *value* (Reshape's shape, Slice's starts...) get
it from `resolve`, which evaluates the producing nodes' NumPy `value` functions
lazily: only the values a type rule asks for are ever computed.
"""
from __future__ import annotations

import itertools
from typing import Optional

import numpy as np

from onnxjit.errors import InvalidGraph
from . import ir
from .registry import Ctx, ShapeUnknown, ShapeValueUnknown, lookup, unsupported


class ShapeEnv:
    """Types and (lazily) values of one graph's tensors."""

    def __init__(self, graph: ir.Graph, types: dict[str, ir.TensorType],
                 values: dict[str, np.ndarray], symbolic: bool, max_value_elems: int = 1 << 20):
        self.graph = graph
        self.types = types
        self.values = values
        self.symbolic = symbolic
        self.producer = graph.producers()
        self.max_value_elems = max_value_elems
        self._counter = itertools.count()
        self._failed: set[str] = set()

    def fresh_dim(self) -> str:
        while True:
            name = f"unk__{next(self._counter)}"
            if name not in self.graph.types:
                return name

    def ctx(self, node: ir.Node, with_outputs: bool = False) -> Ctx:
        ins = [self.types.get(i) if i else None for i in node.inputs]
        opdef = lookup(node.domain, node.op_type, self.graph.opset(node.domain))
        values: list[Optional[np.ndarray]] = [None] * len(ins)
        if opdef is not None:
            for i in opdef.shape_inputs:
                if i < len(node.inputs) and node.inputs[i]:
                    values[i] = self.resolve(node.inputs[i])
        outs = [self.types.get(o) for o in node.outputs] if with_outputs else None
        ctx = Ctx(node, self.graph.opset(node.domain), ins, values, outs, self.fresh_dim)
        ctx.env = self   # control-flow type rules infer their bodies with the enclosing types visible
        return ctx

    def resolve(self, name: str) -> Optional[np.ndarray]:
        """The value of `name` if it can be known without running compiled code."""
        if name in self.values:
            return self.values[name]
        if name in self._failed:
            return None
        node = self.producer.get(name)
        opdef = None if node is None else lookup(node.domain, node.op_type, self.graph.opset(node.domain))
        if node is None or opdef is None or opdef.value is None:
            self._failed.add(name)
            return None
        t = self.types.get(name)
        if not isinstance(t, (ir.TensorType, type(None))):
            self._failed.add(name)     # sequences and optionals have no constant value here
            return None
        if t is not None and t.is_static and int(np.prod(t.shape)) > self.max_value_elems:
            self._failed.add(name)
            return None
        ctx = self.ctx(node, with_outputs=True)
        needs = getattr(opdef, "value_inputs", None)
        args = []
        for i, x in enumerate(node.inputs):
            if not x:
                args.append(None)
            elif needs is not None and i not in needs:
                args.append(None)
            else:
                v = self.resolve(x)
                if v is None:
                    self._failed.add(name)
                    return None
                args.append(v)
        if needs is not None and any(self.types.get(x) is None or self.types[x].shape is None
                                     or not all(isinstance(d, int) for d in self.types[x].shape)
                                     for i, x in enumerate(node.inputs) if x and i not in needs):
            # value from shapes only (Shape, Size): those shapes must be concrete
            self._failed.add(name)
            return None
        try:
            outs = opdef.value(ctx, *args)
        except Exception:
            self._failed.add(name)
            return None
        for o, v in zip(node.outputs, outs):
            if o:
                self.values[o] = np.asarray(v)
        return self.values.get(name)

    def infer_node(self, node: ir.Node) -> list[ir.TensorType]:
        opset = self.graph.opset(node.domain)
        opdef = lookup(node.domain, node.op_type, opset)
        if opdef is None:
            raise unsupported(node, opset)
        ctx = self.ctx(node)
        try:
            outs = opdef.infer(ctx)
        except (ShapeValueUnknown, ShapeUnknown):
            if not self.symbolic:
                raise
            outs = [self.graph.types.get(o) or ir.TensorType(ctx.inputs[0].dtype if ctx.inputs and
                                                              isinstance(ctx.inputs[0], ir.TensorType)
                                                              else np.dtype(np.float32), None)
                    for o in node.outputs]
        except InvalidGraph:
            raise
        except (TypeError, ValueError, IndexError, KeyError) as e:
            raise InvalidGraph(f"Type/shape inference failed for node {node.label}: {e}") from None
        outs = list(outs)
        if len(outs) < len([o for o in node.outputs if o]):
            raise InvalidGraph(f"{node.label}: the type rule gave {len(outs)} outputs for {len(node.outputs)}")
        result = []
        for o, t in zip(node.outputs, outs):
            if not o:
                result.append(t)
                continue
            if self.symbolic:
                t = _merge_declared(t, self.graph.types.get(o))
            self.types[o] = t
            result.append(t)
        return result


def _merge_declared(inferred: ir.TensorType, declared: Optional[ir.TensorType]) -> ir.TensorType:
    """Prefer inferred concrete dims; keep declared names where inference only has a fresh symbol."""
    if not isinstance(inferred, ir.TensorType) or not isinstance(declared, ir.TensorType):
        return inferred if inferred is not None else declared   # sequence / optional types
    if declared is None or declared.shape is None:
        return inferred
    if inferred.shape is None:
        return ir.TensorType(inferred.dtype, declared.shape)
    if len(inferred.shape) != len(declared.shape):
        return inferred
    dims = []
    for a, b in zip(inferred.shape, declared.shape):
        if isinstance(a, int):
            dims.append(a)
        elif isinstance(b, int) or not str(a).startswith("unk__"):
            dims.append(b if isinstance(b, int) else a)
        else:
            dims.append(b)
    return ir.TensorType(inferred.dtype, tuple(dims))


def infer_graph(graph: ir.Graph, outer_types: Optional[dict[str, ir.TensorType]] = None) -> dict[str, ir.TensorType]:
    """Static inference: fills and returns graph.types for every value."""
    types: dict[str, ir.TensorType] = dict(outer_types or {})
    for name in graph.inputs + graph.overridable:
        if name not in graph.types:
            raise InvalidGraph(f"Graph input '{name}' has no tensor type")
        types[name] = graph.types[name]
    for name, arr in graph.initializers.items():
        types[name] = ir.TensorType(arr.dtype, tuple(arr.shape))
        if name in graph.overridable and name in graph.types:
            types[name] = graph.types[name]
    consts = {k: v for k, v in graph.initializers.items() if k not in graph.overridable}
    env = ShapeEnv(graph, types, consts, symbolic=True)
    k = 0
    while k < len(graph.nodes):
        node = graph.nodes[k]
        if lookup(node.domain, node.op_type, graph.opset(node.domain)) is None:
            from .functions import expand
            from .gradient import expand_gradient, is_gradient
            found = expand_gradient(graph, node, env.types) if is_gradient(node) else expand(graph, node, env.types)
            if found is not None:
                body, inits = found
                graph.nodes[k:k + 1] = body
                graph.initializers.update(inits)
                for name, arr in inits.items():
                    env.types[name] = ir.TensorType(arr.dtype, tuple(arr.shape))
                    env.values[name] = arr
                env.producer = graph.producers()
                continue
        env.infer_node(node)
        k += 1
    graph.types.update({k: v for k, v in env.types.items()})
    for o in graph.outputs:
        if o not in env.types:
            raise InvalidGraph(f"Graph output '{o}' has no type")
    return env.types
