"""Partial-shape folding: the static dims of a tensor whose shape is not all static.

constant_folding folds Shape only when every dim is known.  Exporters (PyTorch's above all)
read single dims instead: `x.size(0) == 2` becomes Gather(Shape(x), 0) -> Equal, and
`x.shape[1:]` Slice(Shape(x), 1, INT_MAX).  When the dims read are static, the Gather or
Slice becomes an initializer even though the shape holds a symbolic dim (a batch or sequence
length); constant_folding then folds what follows, and an If on such a condition is inlined
(if_inlining).  silero-vad's decoder tests its state's first dim (2) this way: one of its
Ifs a call goes (the others test the time dim, or the rank of an If's output).
"""
from __future__ import annotations

import numpy as np

from .. import ir
from ..ops.tensor import _shape_range
from ..registry import Ctx

_ONNX = ("", "ai.onnx")


def _shape_dims(graph: ir.Graph, node: ir.Node):
    """The dims a Shape node outputs (ints or symbols), or None if its input's rank is unknown."""
    t = graph.types.get(node.inputs[0])
    if not isinstance(t, ir.TensorType) or t.shape is None:
        return None
    ctx = Ctx(node, graph.opset(node.domain), [t], [None], [graph.types.get(node.outputs[0])])
    start, end = _shape_range(ctx, len(t.shape))
    return list(t.shape[start:end])


def _gathered(dims: list, node: ir.Node, idx: np.ndarray):
    if node.attrs.get("axis", 0) not in (0, -1) or idx.dtype.kind not in "iu":
        return None
    n = len(dims)
    flat = [int(i) for i in idx.reshape(-1)]
    if any(i < -n or i >= n for i in flat):
        return None                           # out of range: left for the kernel to report
    return [dims[i] for i in flat], idx.shape


def _sliced(dims: list, graph: ir.Graph, node: ir.Node, consts: set):
    args = [graph.initializers[x] if x in consts else None for x in node.inputs[1:]]
    if len(args) < 2 or any(a is None for a in args) or any(a.size != 1 for a in args):
        return None
    starts, ends = int(args[0].reshape(-1)[0]), int(args[1].reshape(-1)[0])
    if len(args) > 2 and int(args[2].reshape(-1)[0]) not in (0, -1):
        return None
    step = int(args[3].reshape(-1)[0]) if len(args) > 3 else 1
    if step <= 0:
        return None
    part = dims[starts:ends:step]             # ONNX's clamping for a positive step is Python's
    return part, (len(part),)


def run(graph: ir.Graph) -> bool:
    consts = {k for k in graph.initializers if k not in graph.overridable}
    producers = graph.producers()
    kept = []
    changed = False
    for node in graph.nodes:
        src = producers.get(node.inputs[0]) if node.inputs else None
        got = None
        if (node.domain in _ONNX and node.op_type in ("Gather", "Slice") and src is not None
                and src.op_type == "Shape" and src.domain in _ONNX and node.outputs[0] not in graph.outputs):
            dims = _shape_dims(graph, src)
            if dims is not None:
                if node.op_type == "Gather":
                    if len(node.inputs) > 1 and node.inputs[1] in consts:
                        got = _gathered(dims, node, graph.initializers[node.inputs[1]])
                else:
                    got = _sliced(dims, graph, node, consts)
        if got is None or not all(isinstance(d, int) for d in got[0]):
            kept.append(node)
            continue
        vals, shape = got
        out = node.outputs[0]
        graph.initializers[out] = np.array(vals, np.int64).reshape(shape)
        graph.types[out] = ir.TensorType(np.dtype(np.int64), tuple(shape))
        consts.add(out)
        changed = True
    graph.nodes = kept
    return changed
