"""One-group float32 Conv/FusedConv on a small output -> PackedConv with packed weights (layout level).

On a small feature map each weight of a conv is used by few output positions, and OpenBLAS's
sgemm packs the whole weight matrix on every call: for 7x7 maps that packing is a large share
of the call.  This pass packs the weights once (kernels/cpu/packed.py pack_weights: 16-row
panels, (ceil(M / 16), C * prod(kernel), 16)) and the kernel (kernels/cpu/conv.py conv_packed)
packs only the im2col columns per call.  Measured on this machine, one thread, paired, packed
GEMM / sgemm (M x K x positions): 2048 x 512 x 49 0.82, 512 x 4608 x 49 0.87, 320 x 1728 x 49
0.91, 128 x 1152 x 49 0.95; 160 x 1152 x 196 1.00 and 128 x 576 x 784 1.07, so only outputs of
at most MAX_POSITIONS positions; and 32 x 1152 x 49 1.13 (two row panels do not pay for
packing the columns), so only convs of at least MIN_CHANNELS output channels.  The output's
spatial dims must be static: the choice is made here, once.
"""
from __future__ import annotations

import numpy as np

from .. import ir
from ..ops.nn import LAYOUT_DOMAIN
from .conv_match import float32_conv

MAX_POSITIONS = 64
MIN_CHANNELS = 64


def _eligible(graph: ir.Graph, node: ir.Node):
    """The (M, C, *kernel) weights if `node` can become a PackedConv, else None."""
    found = float32_conv(graph, node, (3, 4, 5))
    if found is None or node.attrs.get("group", 1) != 1:
        return None
    _, yt, w = found
    kernel = list(node.attrs.get("kernel_shape") or w.shape[2:])
    if kernel != list(w.shape[2:]) or w.shape[0] < MIN_CHANNELS:
        return None
    if yt is None or yt.shape is None or not all(isinstance(d, int) for d in yt.shape[2:]) \
            or int(np.prod(yt.shape[2:])) > MAX_POSITIONS:
        return None
    return w


def run(graph: ir.Graph) -> bool:
    from onnxjit.kernels.cpu.packed import pack_weights
    changed = False
    for node in graph.nodes:
        w = _eligible(graph, node)
        if w is None:
            continue
        name = graph.add_initializer(node.inputs[1] + "_packed", pack_weights(w.reshape(w.shape[0], -1)))
        attrs = {k: v for k, v in node.attrs.items() if k != "group"}
        attrs["kernel_shape"] = list(w.shape[2:])
        attrs["channels"] = int(w.shape[0])
        node.inputs = [node.inputs[0], name] + list(node.inputs[2:])
        node.op_type, node.domain, node.attrs = "PackedConv", LAYOUT_DOMAIN, attrs
        changed = True
    return changed
