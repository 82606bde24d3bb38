"""Conv [+ Add residual] [+ activation] -> com.microsoft FusedConv (onnxruntime's contrib op),
so the convolution kernel applies bias, residual and activation in one pass over its output.

The Add fuses when its other operand has exactly the Conv output's shape (a residual
branch); the activation when it is one FusedConv supports and its parameters are constant,
or SiLU written as Mul(x, Sigmoid(x)).  SiLU ("Silu") is an activation of onnxjit's kernel
only: onnxruntime's FusedConv does not have it, so an optimized model saved with it runs in
onnxjit alone (as one saved at ORT_ENABLE_ALL runs in onnxruntime alone, with its NCHWc ops).
Each intermediate must feed only the next node and not be a graph output.

A custom pointwise op written in Python (compiler/custom_ops.py) with one input also
fuses as the activation: the node becomes an `ai.onnxjit` FusedConv whose epilogue calls it.
"""
from __future__ import annotations

import numpy as np

from .. import custom_ops, ir


def _activation(graph: ir.Graph, node: ir.Node):
    """(name, params) for a fusable activation node, else None."""
    op = node.op_type
    if node.domain not in ("", "ai.onnx"):
        return None
    if op in ("Relu", "Sigmoid", "Tanh"):
        return op, []
    if op == "LeakyRelu":
        return op, [float(node.attrs.get("alpha", 0.01))]
    if op == "HardSigmoid":
        return op, [float(node.attrs.get("alpha", 0.2)), float(node.attrs.get("beta", 0.5))]
    if op == "HardSwish":
        return op, []
    if op == "Clip":
        if graph.opset() < 11:
            return op, [float(node.attrs.get("min", -3.4028234663852886e38)),
                        float(node.attrs.get("max", 3.4028234663852886e38))]
        bounds = []
        for k, default in ((1, -np.inf), (2, np.inf)):
            if len(node.inputs) > k and node.inputs[k]:
                v = graph.initializers.get(node.inputs[k])
                if v is None:
                    return None
                bounds.append(float(np.asarray(v).reshape(-1)[0]))
            else:
                bounds.append(default)
        return op, bounds
    return None


def _sole_consumer(graph, consumers, value):
    users = consumers.get(value, [])
    if len(users) != 1 or value in graph.outputs:
        return None
    return users[0]


def _silu(graph, consumers, value):
    """(sigmoid, mul) when `value` feeds exactly Sigmoid(value) and Mul(value, that sigmoid)
    (SiLU, YOLO's and EfficientNet's activation), else None."""
    users = consumers.get(value, [])
    if len(users) != 2 or value in graph.outputs:
        return None
    sg = next((u for u in users if u.op_type == "Sigmoid" and u.domain in ("", "ai.onnx")), None)
    mu = next((u for u in users if u.op_type == "Mul" and u.domain in ("", "ai.onnx")), None)
    if sg is None or mu is None or sorted(mu.inputs) != sorted([value, sg.outputs[0]]):
        return None
    if _sole_consumer(graph, consumers, sg.outputs[0]) is not mu:
        return None
    return sg, mu


def run(graph: ir.Graph) -> bool:
    changed = False
    consumers = None
    for conv in list(graph.nodes):
        if conv.op_type != "Conv" or conv.domain not in ("", "ai.onnx"):
            continue
        t = graph.types.get(conv.outputs[0])
        if t is None or t.shape is None or t.dtype.kind != "f":
            continue
        if consumers is None:
            consumers = graph.consumers()
        out = conv.outputs[0]
        removed = []
        z = None
        nxt = _sole_consumer(graph, consumers, out)
        if nxt is not None and nxt.op_type in ("Add", "Sum") and nxt.domain in ("", "ai.onnx") \
                and len(nxt.inputs) == 2:
            other = nxt.inputs[1] if nxt.inputs[0] == out else nxt.inputs[0]
            ot = graph.types.get(other)
            if other != out and ot is not None and ot.shape == t.shape and ot.dtype == t.dtype:
                z = other
                removed.append(nxt)
                out = nxt.outputs[0]
                nxt = _sole_consumer(graph, consumers, out)
        act = _activation(graph, nxt) if nxt is not None else None
        custom = custom_ops.conv_activation(graph, nxt) if nxt is not None and act is None else None
        silu = _silu(graph, consumers, out) if nxt is None else None
        if act is not None or custom is not None:
            removed.append(nxt)
            out = nxt.outputs[0]
        elif silu is not None:
            removed += list(silu)
            out = silu[1].outputs[0]
            act = ("Silu", [])
        if not removed:
            continue
        inputs = list(conv.inputs) + [""] * (3 - len(conv.inputs))
        if z is not None:
            inputs.append(z)
        attrs = dict(conv.attrs)
        if act is not None:
            attrs["activation"] = act[0]
            if act[1]:
                attrs["activation_params"] = act[1]
        conv.op_type, conv.domain = "FusedConv", "com.microsoft"
        if custom is not None:     # Conv + custom activation: onnxjit's own FusedConv
            attrs.update(custom)
            conv.domain = custom_ops.DOMAIN
            graph.opsets.setdefault(custom_ops.DOMAIN, 1)
        conv.inputs, conv.outputs, conv.attrs = inputs, [out], attrs
        # the fused node takes the place of the last node it absorbs: the residual's
        # producer may come after the Conv
        at = graph.nodes.index(removed[-1])
        graph.nodes[at] = conv
        del graph.nodes[graph.nodes.index(conv)]     # its old place, which comes first
        for n in removed[:-1]:
            graph.nodes.remove(n)
        graph.opsets.setdefault("com.microsoft", 1)
        changed = True
        # the map, updated rather than made again (once per fusion was quadratic: densenet121,
        # 120 Convs): the absorbed nodes read nothing now; the conv reads the residual
        for n in removed:
            for i in dict.fromkeys(n.inputs):
                if i in consumers:
                    consumers[i] = [u for u in consumers[i] if u is not n]
        if z is not None:
            consumers.setdefault(z, []).append(conv)
    return changed
