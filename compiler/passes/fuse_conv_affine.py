"""Conv followed by Mul or Add of a per-channel constant -> Conv with folded weights.

    conv(x, W) + B  then  * s   ->  conv(x, W * s[m]) + B * s
    conv(x, W) + B  then  + c   ->  conv(x, W) + (B + c)

Some exporters write an inference BatchNormalization as Mul and Add by per-output-channel
constants (inception_v2 of the model zoo: 69 such pairs), which fuse_conv_bn does not see.
Applies when the Conv output feeds only the Mul/Add and is not a graph output; W, B and the
other operand are constants (not overridable graph inputs) of the Conv's float dtype; and
the operand broadcasts along the output channel alone (shape (M, 1, ..), (1, M, 1, ..) or
one element), so the result keeps the Conv output's shape.
"""
from __future__ import annotations

from typing import Optional

import numpy as np

from .. import ir


def _per_channel(c: np.ndarray, rank: int, m: int) -> Optional[np.ndarray]:
    """c as a length-m vector over the output channel (axis 1 of a rank-`rank` output), or
    None when c broadcasts along any other axis or would change the output's rank."""
    if c.ndim > rank:
        return None
    if c.size == 1:
        return np.full(m, c.reshape(-1)[0])
    shape = (1,) * (rank - c.ndim) + tuple(c.shape)
    if shape[1] != m or any(d != 1 for k, d in enumerate(shape) if k != 1):
        return None
    return c.reshape(m)


def run(graph: ir.Graph) -> bool:
    changed = False
    consumers = graph.consumers()
    producers = graph.producers()
    for op in list(graph.nodes):
        if op.op_type not in ("Mul", "Add") or op.domain not in ("", "ai.onnx") or len(op.inputs) != 2:
            continue
        for k in (0, 1):
            conv = producers.get(op.inputs[k])
            other = op.inputs[1 - k]
            if conv is not None and conv.op_type == "Conv" and conv.domain in ("", "ai.onnx"):
                break
        else:
            continue
        if len(consumers.get(conv.outputs[0], [])) != 1 or conv.outputs[0] in graph.outputs:
            continue
        c = graph.initializers.get(other)
        w = graph.initializers.get(conv.inputs[1])
        has_b = len(conv.inputs) > 2 and bool(conv.inputs[2])
        b = graph.initializers.get(conv.inputs[2]) if has_b else None
        if (c is None or other in graph.inputs or w is None or (has_b and b is None)
                or w.dtype.kind != "f" or c.dtype != w.dtype):
            continue
        v = _per_channel(c, w.ndim, w.shape[0])
        if v is None:
            continue
        v = v.astype(np.float64)
        b0 = b.astype(np.float64) if b is not None else np.zeros(w.shape[0])
        if op.op_type == "Mul":
            w2 = (w.astype(np.float64) * v.reshape((-1,) + (1,) * (w.ndim - 1))).astype(w.dtype)
            b2 = (b0 * v).astype(w.dtype)
        else:
            w2, b2 = w, (b0 + v).astype(w.dtype)
        if w2 is not w:
            wn = graph.fresh_name(conv.inputs[1] + "_fold")
            graph.initializers[wn] = np.ascontiguousarray(w2)
            graph.types[wn] = ir.TensorType(w2.dtype, tuple(w2.shape))
        else:
            wn = conv.inputs[1]
        bname = graph.fresh_name(op.name + "_bias" if op.name else "conv_fold_bias")
        graph.initializers[bname] = b2
        graph.types[bname] = ir.TensorType(b2.dtype, tuple(b2.shape))
        conv.inputs = [conv.inputs[0], wn, bname]
        conv.outputs = [op.outputs[0]]
        graph.nodes.remove(op)
        consumers = graph.consumers()
        producers = graph.producers()
        changed = True
    return changed
