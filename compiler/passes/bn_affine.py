"""Inference BatchNormalization that no Conv absorbed -> Mul and Add by per-channel constants.

    y = scale * (x - mean) / sqrt(var + eps) + B  =  x * s + t,
    s = scale / sqrt(var + eps),  t = B - mean * s      (shape (C, 1, .., 1): channel axis 1)

BatchNormalization lowers to a kernel call, a pass over its input of its own; as Mul and Add
it fuses with the pointwise ops around it into one loop.  Pre-activation networks normalize
a Concat's output before ReLU and the next Conv (densenet121: BatchNormalization, then a
per-channel Mul and Add, then Relu; one pass over the tensor where there were two).  Runs
after fuse_conv_bn, so a BatchNormalization after a Conv still folds into its weights, and
before fuse_conv_affine, which folds a Mul/Add pair that follows a Conv all the same.

Applies, at default-domain opset >= 7 (where Mul and Add broadcast), to inference BatchNormalization (one output, not training_mode, not opset-7
`spatial=0`) whose scale, B, mean and var are float constants (not overridable inputs) of
one dimension (the channel), on an input of known rank >= 2.  s and t are computed in
float64, then cast to the input's dtype.
"""
from __future__ import annotations

import numpy as np

from .. import ir


def run(graph: ir.Graph) -> bool:
    if graph.opset("") < 7:      # Mul and Add broadcast (numpy-style) from opset 7
        return False
    changed = False
    for bn in list(graph.nodes):
        if bn.op_type != "BatchNormalization" or bn.domain not in ("", "ai.onnx") or len(bn.inputs) != 5:
            continue
        if len([o for o in bn.outputs if o]) != 1 or not bn.outputs[0] or bn.attrs.get("training_mode", 0) \
                or bn.attrs.get("spatial", 1) != 1:
            continue
        t = graph.types.get(bn.inputs[0])
        if not isinstance(t, ir.TensorType) or t.shape is None or len(t.shape) < 2 or t.dtype.kind != "f":
            continue
        params = [graph.initializers.get(n) if n not in graph.inputs else None for n in bn.inputs[1:]]
        if any(p is None or p.ndim != 1 or p.dtype.kind != "f" for p in params):
            continue
        scale, bias, mean, var = (p.astype(np.float64) for p in params)
        if not (scale.shape == bias.shape == mean.shape == var.shape):
            continue
        c = scale.shape[0]
        if isinstance(t.shape[1], int) and t.shape[1] != c:
            continue
        s = scale / np.sqrt(var + float(bn.attrs.get("epsilon", 1e-5)))
        shape = (c,) + (1,) * (len(t.shape) - 2)
        sname = graph.add_initializer((bn.name or "bn") + "_scale", s.astype(t.dtype).reshape(shape))
        tname = graph.add_initializer((bn.name or "bn") + "_shift", (bias - mean * s).astype(t.dtype).reshape(shape))
        mid = graph.fresh_name((bn.name or "bn") + "_scaled")
        at = graph.nodes.index(bn)
        graph.nodes[at:at + 1] = [
            ir.Node("Mul", [bn.inputs[0], sname], [mid], name=(bn.name or "bn") + "_mul"),
            ir.Node("Add", [mid, tname], [bn.outputs[0]], name=(bn.name or "bn") + "_add")]
        graph.drop_unused_initializers(bn.inputs[1:])
        changed = True
    graph.flush_drops()       # the weights it replaced
    return changed
