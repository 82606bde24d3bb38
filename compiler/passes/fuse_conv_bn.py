"""Conv + BatchNormalization -> Conv with folded weights (inference).

    y = scale * (conv(x, W) + B - mean) / sqrt(var + eps) + bias
      = conv(x, W * s) + (B - mean) * s + bias,      s = scale / sqrt(var + eps)

Applies when the Conv output feeds only the BatchNormalization, and W, B and every
BatchNormalization parameter are constants.  `foldable_conv` and `fold_into_conv` are the
checks and the rewrite shared with fuse_conv_affine (Conv followed by Mul/Add).
"""
from __future__ import annotations

from typing import Optional

import numpy as np

from .. import ir


def foldable_conv(graph: ir.Graph, producers: dict, consumers: dict, value: str):
    """(conv, W, B or None) when `value` is the output of a plain Conv with constant float
    weights (and bias) that nothing else reads, so a following per-channel affine can fold
    into it; else None."""
    conv = producers.get(value)
    if conv is None or conv.op_type != "Conv" or conv.domain not in ("", "ai.onnx"):
        return None
    if len(consumers.get(conv.outputs[0], [])) != 1 or conv.outputs[0] in graph.outputs:
        return None
    w = graph.initializers.get(conv.inputs[1])
    has_b = len(conv.inputs) > 2 and bool(conv.inputs[2])
    b = graph.initializers.get(conv.inputs[2]) if has_b else None
    if w is None or (has_b and b is None) or w.dtype.kind != "f":
        return None
    return conv, w, b


def fold_into_conv(graph: ir.Graph, conv: ir.Node, w: np.ndarray, b: Optional[np.ndarray],
                   node: ir.Node, scale: Optional[np.ndarray], shift: np.ndarray) -> str:
    """Replace `node` (reading conv's output) by the conv itself, now computing
    conv(x, W * scale[m]) + B * scale + shift; scale None means 1 (the weights are kept).
    Returns the conv's former output."""
    b0 = b.astype(np.float64) if b is not None else np.zeros(w.shape[0])
    wn = conv.inputs[1]
    if scale is not None:
        # float32 weights times the float32-rounded scale (one product, correctly rounded: at
        # most an ulp from the float64 route, and 5x faster: ResNet-50's 53 folds took 130 ms)
        wide = np.float32 if w.dtype == np.float32 else np.float64
        s = scale.astype(wide).reshape((-1,) + (1,) * (w.ndim - 1))
        w2 = (w.astype(wide, copy=False) * s).astype(w.dtype, copy=False)
        wn = graph.add_initializer(conv.inputs[1] + "_fold", np.ascontiguousarray(w2))
        b0 = b0 * scale
    b2 = (b0 + shift).astype(w.dtype)
    bname = graph.add_initializer((node.name or conv.name or "conv") + "_bias", b2)
    old = conv.inputs[1:] + node.inputs[1:]
    out = conv.outputs[0]
    conv.inputs = [conv.inputs[0], wn, bname]
    conv.outputs = [node.outputs[0]]
    graph.nodes.remove(node)
    graph.drop_unused_initializers(old)
    return out


def folded_into(conv: ir.Node, consumers: dict, producers: dict, out: str) -> None:
    """Update the pass's consumers/producers maps after fold_into_conv (which returned the
    conv's former output `out`): the conv now produces what the folded node did.  (Rebuilding
    them after each fold was quadratic in the graph.)"""
    consumers.pop(out, None)
    producers.pop(out, None)
    producers[conv.outputs[0]] = conv


def run(graph: ir.Graph) -> bool:
    changed = False
    consumers = graph.consumers()
    producers = graph.producers()
    for bn in list(graph.nodes):
        if bn.op_type != "BatchNormalization" or bn.domain not in ("", "ai.onnx"):
            continue
        if len([o for o in bn.outputs if o]) != 1 or bn.attrs.get("training_mode", 0):
            continue
        found = foldable_conv(graph, producers, consumers, bn.inputs[0])
        params = [graph.initializers.get(n) for n in bn.inputs[1:5]]
        if found is None or any(p is None for p in params):
            continue
        conv, w, b = found
        scale, bias, mean, var = (p.astype(np.float64) for p in params)
        s = scale / np.sqrt(var + float(bn.attrs.get("epsilon", 1e-5)))
        folded_into(conv, consumers, producers, fold_into_conv(graph, conv, w, b, bn, s, bias - mean * s))
        changed = True
    graph.flush_drops()       # the weights it replaced
    return changed
