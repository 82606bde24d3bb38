"""Common-subexpression elimination: nodes with the same op, inputs and attributes merge."""
from __future__ import annotations

import numpy as np

from .. import ir
from .identity import rename_uses

NONDETERMINISTIC = {"RandomNormal", "RandomUniform", "RandomNormalLike", "RandomUniformLike",
                    "Bernoulli", "Multinomial"}


def _key(node: ir.Node):
    if node.subgraphs or node.op_type in NONDETERMINISTIC:
        return None
    attrs = []
    for k, v in sorted(node.attrs.items()):
        if isinstance(v, np.ndarray):
            v = (v.dtype.str, v.shape, v.tobytes())
        elif isinstance(v, list):
            v = tuple(v)
        attrs.append((k, v))
    return (node.domain, node.op_type, tuple(node.inputs), tuple(attrs), len(node.outputs))


def run(graph: ir.Graph) -> bool:
    seen: dict = {}
    changed = False
    for node in list(graph.nodes):
        try:
            key = _key(node)
            hash(key)
        except TypeError:
            continue
        if key is None:
            continue
        other = seen.get(key)
        if other is None:
            seen[key] = node
            continue
        if any(o in graph.outputs for o in node.outputs):
            continue
        graph.nodes.remove(node)
        for mine, theirs in zip(node.outputs, other.outputs):
            if mine:
                rename_uses(graph, mine, theirs)
        changed = True
    return changed
