"""The Gradient op (ai.onnx.preview.training): expanded at load into the backward graph.

Reverse-mode differentiation of the forward nodes between `xs`/`zs` and `y`, seeded with
ones: each supported op adds the nodes of its local derivative, and gradients reaching a
value along several paths are summed.  Supported: Add, Sub, Mul, Div, Neg, Identity, Relu,
Exp, Tanh, Sigmoid, on operands of one shape (broadcasting would need a reduction back to
each operand's shape: refused with a clear error).
"""
from __future__ import annotations

import itertools

import numpy as np

from onnxjit.errors import NotImplemented as OpNotImplemented
from . import ir

DOMAIN = "ai.onnx.preview.training"


def is_gradient(node: ir.Node) -> bool:
    return node.op_type == "Gradient" and node.domain == DOMAIN


def expand_gradient(graph: ir.Graph, node: ir.Node, types: dict) -> tuple[list[ir.Node], dict]:
    xs, y = list(node.attrs.get("xs", [])), node.attrs.get("y")
    producers = {o: n for n in graph.nodes if n is not node for o in n.outputs if o}
    needed, stack = set(), [y]
    while stack:
        n = producers.get(stack.pop())
        if n is not None and id(n) not in needed:
            needed.add(id(n))
            stack.extend(i for i in n.inputs if i)
    forward = [n for n in graph.nodes if id(n) in needed]
    counter = itertools.count()
    new: list[ir.Node] = []
    inits: dict[str, np.ndarray] = {}

    def fresh(base):
        return f"{node.name}::grad{next(counter)}_{base}"

    def emit(op, inputs, **attrs):
        out = fresh(op.lower())
        new.append(ir.Node(op, list(inputs), [out], attrs, name=out))
        return out

    def ones_like(v, value=1.0):
        t = types.get(v)
        const = fresh("one")
        inits[const] = np.array(value, dtype=t.dtype if t is not None else np.float32)
        return emit("Expand", [const, emit("Shape", [v])])

    grads: dict[str, str] = {y: ones_like(y)}

    def add(v, g):
        grads[v] = emit("Add", [grads[v], g]) if v in grads else g

    for n in reversed(forward):
        g = grads.get(n.outputs[0])
        if g is None:
            continue
        ins = n.inputs
        shapes = {types[i].shape for i in ins if i and types.get(i) is not None} | {types[n.outputs[0]].shape}
        if len(shapes) > 1:
            raise OpNotImplemented(f"Gradient '{node.name}': differentiating {n.label} through broadcasting "
                                   f"(shapes {sorted(map(str, shapes))}) is not supported")
        op = n.op_type
        if op == "Add":
            add(ins[0], g), add(ins[1], g)
        elif op == "Sub":
            add(ins[0], g), add(ins[1], emit("Neg", [g]))
        elif op == "Mul":
            add(ins[0], emit("Mul", [g, ins[1]])), add(ins[1], emit("Mul", [g, ins[0]]))
        elif op == "Div":
            add(ins[0], emit("Div", [g, ins[1]]))
            add(ins[1], emit("Neg", [emit("Div", [emit("Mul", [g, n.outputs[0]]), ins[1]])]))
        elif op == "Neg":
            add(ins[0], emit("Neg", [g]))
        elif op == "Identity":
            add(ins[0], g)
        elif op == "Relu":
            add(ins[0], emit("Where", [emit("Greater", [ins[0], ones_like(ins[0], 0.0)]), g, ones_like(g, 0.0)]))
        elif op == "Exp":
            add(ins[0], emit("Mul", [g, n.outputs[0]]))
        elif op == "Tanh":
            one = ones_like(n.outputs[0])
            add(ins[0], emit("Mul", [g, emit("Sub", [one, emit("Mul", [n.outputs[0], n.outputs[0]])])]))
        elif op == "Sigmoid":
            one = ones_like(n.outputs[0])
            add(ins[0], emit("Mul", [g, emit("Mul", [n.outputs[0], emit("Sub", [one, n.outputs[0]])])]))
        else:
            raise OpNotImplemented(f"Gradient '{node.name}': no derivative rule for {n.label}")
    for x, out in zip(xs, node.outputs):
        if out:
            src = grads.get(x) or ones_like(x, 0.0)
            new.append(ir.Node("Identity", [src], [out], name=fresh("out")))
    return new, inits
