"""One-group float32 Conv/FusedConv -> PackedConv with weights packed once (layout level).

Two layouts, two kernels (kernels/cpu/conv.py), both with weights packed here
(kernels/cpu/packed.py pack_weights):

- 16-row panels, (ceil(M / 16), C * prod(kernel), 16), for small outputs: conv_packed packs
  only the im2col columns per call.  On a small feature map each weight of a conv is used by
  few output positions, and OpenBLAS's sgemm packs the whole weight matrix on every call: for
  7x7 maps that packing is a large share of the call.  Measured on this machine, one thread,
  paired, packed GEMM / sgemm (M x K x positions): 2048 x 512 x 49 0.82, 512 x 4608 x 49 0.87,
  320 x 1728 x 49 0.91, 128 x 1152 x 49 0.95; 160 x 1152 x 196 1.00 and 128 x 576 x 784 1.07,
  so only outputs of at most MAX_POSITIONS positions (static); and 32 x 1152 x 49 1.13 (two row
  panels do not pay for packing the columns), so only convs of at least MIN_CHANNELS output
  channels.  Not one position (a conv on a 1x1 map): a matrix-vector product, memory-bound,
  which conv_1x1 splits by output channels over the threads (960 -> 1280 channels, two
  threads: 0.042 ms, 0.072 ms packed).
- 4-row panels, (ceil(M / 4), C * KH * KW, 4), for the other 2-D convs with a kernel larger
  than 1x1 (Winograd's pass, before this one, has taken the 3x3 convs it wins): conv_direct
  reads the taps straight from a zero-padded copy of the input (split into phase planes by
  the strides), no im2col.  Paired, pass on / off (im2col + sgemm), 1 / 2 threads: 16 -> 64
  3x3 on 55x55 0.84 / 0.86, 32 -> 128 on 27x27 0.98 / 0.86, 48 -> 192 on 13x13 1.00 / 0.69,
  16 -> 32 5x5 on 28x28 0.68 / 0.72, 32 -> 96 5x5 on 14x14 0.93 / 0.46, 128 -> 32 3x3 on 7x7
  0.54 / 0.56, 80 -> 128 5x5 on 27x27 (2000 taps) 0.97 / 0.96; but 96 -> 256 5x5 on 27x27
  (2400 taps) 1.07 / 1.22, where sgemm runs near peak and the direct kernel computes the
  (KW - 1) padding columns of every row too: only up to MAX_DIRECT_TAPS taps (C KH KW); and
  magika's 256 -> 512 (5, 1) conv on 512 x 1 (1280 taps, no padding columns) 1.04 / 1.06: a
  large GEMM, sgemm's best case, so only up to MAX_DIRECT_WEIGHTS weights (M C KH KW).
  Strided, the stems win (3 -> 64 3x3 stride 2 from 224x224 0.92 / 0.81, 3 -> 64 7x7 0.81 /
  0.81, 3 -> 16 3x3 from 320x320 0.56 / 0.68, 16 -> 32 from 160x160 0.85 / 0.83) and wider
  convs do not (32 -> 64 from 80x80, 288 taps, 1.00 / 1.01; 128 -> 256 from 20x20 1.04 /
  1.20): strided, only up to MAX_STRIDED_DIRECT_TAPS taps.  The output's dims may be dynamic.
"""
from __future__ import annotations

import numpy as np

from .. import ir
from ..ops.nn import LAYOUT_DOMAIN
from .conv_match import float32_conv
from onnxjit.kernels.cpu.packed import ROWS as PANEL_ROWS, pack_weights
from onnxjit.kernels.cpu.simd import ROW_TAPS_ROWS

MAX_POSITIONS = 64
MIN_CHANNELS = 64
MAX_DIRECT_TAPS = 2048
MAX_DIRECT_WEIGHTS = 1 << 19
MAX_STRIDED_DIRECT_TAPS = 256


def _layout(graph: ir.Graph, node: ir.Node):
    """(weights (M, C, *kernel), rows per panel) if `node` can become a PackedConv, else None."""
    found = float32_conv(graph, node, (3, 4, 5))
    if found is None or node.attrs.get("group", 1) != 1:
        return None
    xt, yt, w = found
    kernel = list(node.attrs.get("kernel_shape") or w.shape[2:])
    if kernel != list(w.shape[2:]):
        return None
    static = yt is not None and yt.shape is not None and all(isinstance(d, int) for d in yt.shape[2:])
    if static and 1 < int(np.prod(yt.shape[2:])) <= MAX_POSITIONS and w.shape[0] >= MIN_CHANNELS:
        return w, PANEL_ROWS
    strided = any(v != 1 for v in node.attrs.get("strides") or [1])
    if len(xt.shape) == 4 and int(np.prod(kernel)) > 1 and w.size <= MAX_DIRECT_WEIGHTS \
            and w[0].size <= (MAX_STRIDED_DIRECT_TAPS if strided else MAX_DIRECT_TAPS):
        return w, ROW_TAPS_ROWS
    return None


def run(graph: ir.Graph) -> bool:
    changed = False
    for node in graph.nodes:
        found = _layout(graph, node)
        if found is None:
            continue
        w, rows = found
        name = graph.add_initializer(node.inputs[1] + "_packed", pack_weights(w.reshape(w.shape[0], -1), rows))
        attrs = {k: v for k, v in node.attrs.items() if k != "group"}
        attrs["kernel_shape"] = list(w.shape[2:])
        attrs["channels"] = int(w.shape[0])
        old = node.inputs[1]
        node.inputs = [node.inputs[0], name] + list(node.inputs[2:])
        graph.drop_unused_initializers([old])
        node.op_type, node.domain, node.attrs = "PackedConv", LAYOUT_DOMAIN, attrs
        changed = True
    if changed:
        graph.opsets.setdefault(LAYOUT_DOMAIN, 1)      # so that the optimized model is valid ONNX
    graph.flush_drops()       # the weights it replaced
    return changed
