"""Graph rewrites, gated by SessionOptions.graph_optimization_level.

Each pass is one module with one function `run(graph) -> bool` (True if it changed
anything).  `optimize` runs the passes of the requested level to a fixed point.
"""
from __future__ import annotations

from .. import ir
from ..infer import infer_graph
from . import (bn_affine, constant_folding, cse, dce, fuse_conv_affine, fuse_conv_bn, fuse_conv_epilogue, identity,
               if_inlining, matmul_transpose, packed_conv, shape_folding, winograd)

# onnxruntime's GraphOptimizationLevel values
DISABLE_ALL, ENABLE_BASIC, ENABLE_EXTENDED, ENABLE_LAYOUT, ENABLE_ALL = 0, 1, 2, 3, 99

BASIC = [identity.run, constant_folding.run, shape_folding.run, if_inlining.run, cse.run, dce.run]
EXTENDED = [fuse_conv_bn.run, bn_affine.run, fuse_conv_affine.run, fuse_conv_epilogue.run, matmul_transpose.run]
LAYOUT = [winograd.run, packed_conv.run]        # kernel-specific weight layouts (onnxruntime's NCHWc sits here)

# Passes after which the graph's types need no new inference: what they make keeps the names
# and types it replaces (a fused node writes the value its last absorbed node wrote) or is an
# initializer (typed by Graph.add_initializer).  Inference over the whole graph after each of
# them took 0.2 s of densenet121's creation; optimize() infers once at the end instead.
KEEPS_TYPES = {dce.run, fuse_conv_bn.run, fuse_conv_affine.run, fuse_conv_epilogue.run, winograd.run, packed_conv.run}


def optimize(graph: ir.Graph, level: int = ENABLE_ALL, log=None) -> list[tuple[str, int]]:
    """Run the passes of `level` until nothing changes; returns (pass name, times it changed)."""
    passes = []
    if level >= ENABLE_BASIC:
        passes += BASIC
    if level >= ENABLE_EXTENDED:
        passes += EXTENDED
    if level >= ENABLE_LAYOUT:
        passes += LAYOUT
    stats: dict[str, int] = {}
    stale = False
    for _ in range(10):
        changed = False
        for p in passes:
            if p(graph):
                changed = True
                stats[p.__module__.rsplit(".", 1)[-1]] = stats.get(p.__module__.rsplit(".", 1)[-1], 0) + 1
                if p not in KEEPS_TYPES:
                    infer_graph(graph)
                    stale = False
                else:
                    stale = True
        if not changed:
            break
    if stale:
        infer_graph(graph)
    return sorted(stats.items())
