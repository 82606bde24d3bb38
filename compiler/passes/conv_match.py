"""What the layout passes (winograd, packed_conv) ask of a node before rewriting a convolution."""
from __future__ import annotations

import numpy as np

from .. import ir


def float32_conv(graph: ir.Graph, node: ir.Node, ranks):
    """(input type, output type, weights) of a Conv or FusedConv whose input is float32 of a
    known rank in `ranks` and whose weights are a float32 initializer of that rank; else None."""
    if not ((node.op_type == "Conv" and node.domain in ("", "ai.onnx"))
            or (node.op_type == "FusedConv" and node.domain == "com.microsoft")):
        return None
    xt = graph.types.get(node.inputs[0])
    w = graph.initializers.get(node.inputs[1])
    if xt is None or xt.shape is None or len(xt.shape) not in ranks or xt.dtype != np.float32:
        return None
    if w is None or w.dtype != np.float32 or w.ndim != len(xt.shape):
        return None
    return xt, graph.types.get(node.outputs[0]), w
