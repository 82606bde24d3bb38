"""3x3 stride-1 Conv/FusedConv -> WinogradConv with transformed weights (layout level).

Winograd's F(2x2, 3x3) computes a 2x2 output tile with 16 multiplies per input channel
where the direct form needs 36; the kernel (kernels/cpu/conv.py conv_winograd) does the
input and output transforms, this pass the weight transform, once:

    U[4a + b, m, c] = (G g[m, c] G^T)[a, b],  G = [[1, 0, 0], [1/2, 1/2, 1/2], [1/2, -1/2, 1/2], [0, 0, 1]]

computed in float64 and rounded once to float32.  Applies to float32 convs with constant
(M, C, 3, 3) weights, one group, unit strides and dilations, and at least MIN_CHANNELS input
and output channels; not where the output is known to be smaller than MIN_OUTPUT_PIXELS, where
the 16 GEMMs get too narrow to beat the direct form (measured on this machine, 1 thread:
64 channels at 56x56 3.2 -> 1.4 ms, 256 at 14x14 2.8 -> 1.5 ms, 512 at 7x7 3.5 ms either way);
and not where a conv from fewer than WIDE_INPUT_CHANNELS channels widens them more than
MAX_WIDENING times (SqueezeNet's expand convs, 16 -> 64 at 55x55): the 16 GEMMs then have
an inner dimension of C only, and the transforms dominate, while im2col's one GEMM (inner
dimension 9C, M rows) runs near BLAS's peak (measured, 1 / 2 threads, im2col vs Winograd:
16 -> 64 at 55x55 0.81 vs 0.96 / 0.46 vs 0.75 ms, 48 -> 192 at 13x13 0.37 vs 0.39 / 0.23 vs
0.30; Winograd keeps 64 -> 64 at 56x56, 2.2 vs 3.2 / 1.35 vs 1.74, and 16 -> 16 at 112x112).
The transformed weights are 16/9 the size of the originals, which the graph no longer needs.
"""
from __future__ import annotations

import numpy as np

from .. import ir
from ..ops.nn import LAYOUT_DOMAIN
from .conv_match import float32_conv

MIN_CHANNELS = 16
MIN_OUTPUT_PIXELS = 100
WIDE_INPUT_CHANNELS = 64
MAX_WIDENING = 2
NARROW_CHANNELS = 64
NARROW_MAX_PIXELS = 196

_G = np.array([[1.0, 0.0, 0.0], [0.5, 0.5, 0.5], [0.5, -0.5, 0.5], [0.0, 0.0, 1.0]])


# U[4a + b] = sum over k, l of G[a, k] G[b, l] w[k, l]: the 3x3 taps to the 4x4 transformed taps
_GG = np.kron(_G, _G)


def transform_weights(w: np.ndarray) -> np.ndarray:
    """(M, C, 3, 3) weights -> (16, M, C) Winograd F(2x2, 3x3) weights, in w's dtype (one
    matrix product: 4x faster than the einsum G w G^T, 54-65 -> 13-18 ms for 512 x 512)."""
    u = _GG @ w.reshape(-1, 9).astype(np.float64).T
    return u.astype(w.dtype).reshape(16, w.shape[0], w.shape[1])


def _pads(node: ir.Node):
    """[top, left, bottom, right] for a 3x3 stride-1 conv, or None if auto_pad is unknown."""
    auto = node.attrs.get("auto_pad", "NOTSET")
    if auto in ("SAME_UPPER", "SAME_LOWER"):
        return [1, 1, 1, 1]        # stride 1: a total of 2 per axis, split evenly
    if auto == "VALID":
        return [0, 0, 0, 0]
    if auto != "NOTSET":
        return None
    pads = list(node.attrs.get("pads") or [0, 0, 0, 0])
    return pads if len(pads) == 4 else None


def _eligible(graph: ir.Graph, node: ir.Node):
    """(U's source weights, pads) if `node` can become a WinogradConv, else None."""
    found = float32_conv(graph, node, (4,))
    if found is None or tuple(found[2].shape[2:]) != (3, 3):
        return None
    _, yt, w = found
    if node.attrs.get("group", 1) != 1 or list(node.attrs.get("kernel_shape") or [3, 3]) != [3, 3]:
        return None
    if any(v != 1 for v in node.attrs.get("strides") or [1, 1]) \
            or any(v != 1 for v in node.attrs.get("dilations") or [1, 1]):
        return None
    if w.shape[0] < MIN_CHANNELS or w.shape[1] < MIN_CHANNELS:
        return None
    if w.shape[1] < WIDE_INPUT_CHANNELS and w.shape[0] > MAX_WIDENING * w.shape[1]:
        return None
    if yt is not None and yt.shape is not None and all(isinstance(d, int) for d in yt.shape[2:]):
        pixels = yt.shape[2] * yt.shape[3]
        if pixels < MIN_OUTPUT_PIXELS or (pixels <= NARROW_MAX_PIXELS and w.shape[0] < NARROW_CHANNELS):
            return None
    pads = _pads(node)
    return None if pads is None else (w, pads)


def run(graph: ir.Graph) -> bool:
    changed = False
    for node in graph.nodes:
        found = _eligible(graph, node)
        if found is None:
            continue
        w, pads = found
        un = graph.add_initializer(node.inputs[1] + "_winograd", transform_weights(w))
        attrs = {"pads": pads}
        if node.op_type == "FusedConv":
            for k in ("activation", "activation_params"):
                if k in node.attrs:
                    attrs[k] = node.attrs[k]
        old = node.inputs[1]
        node.inputs = [node.inputs[0], un] + list(node.inputs[2:])
        graph.drop_unused_initializers([old])
        node.op_type, node.domain, node.attrs = "WinogradConv", LAYOUT_DOMAIN, attrs
        changed = True
    if changed:
        graph.opsets.setdefault(LAYOUT_DOMAIN, 1)      # so that the optimized model is valid ONNX
    graph.flush_drops()       # the weights it replaced
    return changed
