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
from .fuse_conv_bn import fold_into_conv, foldable_conv, folded_into


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
            found = foldable_conv(graph, producers, consumers, op.inputs[k])
            if found is not None:
                other = op.inputs[1 - k]
                break
        else:
            continue
        conv, w, b = found
        c = graph.initializers.get(other)
        if c is None or other in graph.inputs or c.dtype != w.dtype:
            continue
        v = _per_channel(c, w.ndim, w.shape[0])
        if v is None:
            continue
        v = v.astype(np.float64)
        if op.op_type == "Mul":
            out = fold_into_conv(graph, conv, w, b, op, v, np.zeros_like(v))
        else:
            out = fold_into_conv(graph, conv, w, b, op, None, v)
        folded_into(conv, consumers, producers, out)
        changed = True
    graph.flush_drops()       # the weights it replaced
    return changed
