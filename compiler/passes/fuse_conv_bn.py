"""Conv + BatchNormalization -> Conv with folded weights (inference).

    y = scale * (conv(x, W) + B - mean) / sqrt(var + eps) + bias
      = conv(x, W * s) + (B - mean) * s + bias,      s = scale / sqrt(var + eps)

Applies when the Conv output feeds only the BatchNormalization, and W, B and every
BatchNormalization parameter are constants.
"""
from __future__ import annotations

import numpy as np

from .. import ir


def run(graph: ir.Graph) -> bool:
    changed = False
    consumers = graph.consumers()
    producers = graph.producers()
    for bn in list(graph.nodes):
        if bn.op_type != "BatchNormalization" or bn.domain not in ("", "ai.onnx"):
            continue
        if len([o for o in bn.outputs if o]) != 1 or bn.attrs.get("training_mode", 0):
            continue
        conv = producers.get(bn.inputs[0])
        if conv is None or conv.op_type != "Conv" or conv.domain not in ("", "ai.onnx"):
            continue
        if len(consumers.get(conv.outputs[0], [])) != 1 or conv.outputs[0] in graph.outputs:
            continue
        params = [graph.initializers.get(n) for n in bn.inputs[1:5]]
        w = graph.initializers.get(conv.inputs[1])
        has_b = len(conv.inputs) > 2 and bool(conv.inputs[2])
        b = graph.initializers.get(conv.inputs[2]) if has_b else None
        if any(p is None for p in params) or w is None or (has_b and b is None) or w.dtype.kind != "f":
            continue
        scale, bias, mean, var = (p.astype(np.float64) for p in params)
        eps = float(bn.attrs.get("epsilon", 1e-5))
        s = scale / np.sqrt(var + eps)
        w2 = (w.astype(np.float64) * s.reshape((-1,) + (1,) * (w.ndim - 1))).astype(w.dtype)
        b0 = b.astype(np.float64) if b is not None else np.zeros_like(s)
        b2 = ((b0 - mean) * s + bias).astype(w.dtype)
        wn, bname = graph.fresh_name(conv.inputs[1] + "_bnfold"), graph.fresh_name(bn.name + "_bias")
        graph.initializers[wn] = np.ascontiguousarray(w2)
        graph.initializers[bname] = b2
        graph.types[wn] = ir.TensorType(w2.dtype, tuple(w2.shape))
        graph.types[bname] = ir.TensorType(b2.dtype, tuple(b2.shape))
        conv.inputs = [conv.inputs[0], wn, bname]
        conv.outputs = [bn.outputs[0]]
        graph.nodes.remove(bn)
        consumers = graph.consumers()
        producers = graph.producers()
        changed = True
    return changed
