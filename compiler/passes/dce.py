"""Dead-code elimination: drop nodes none of whose outputs reach a graph output."""
from __future__ import annotations

from .. import ir

# ops with an effect beyond their outputs: none in the default domain at inference time


def run(graph: ir.Graph) -> bool:
    live = set(graph.outputs)
    kept: list[ir.Node] = []
    for node in reversed(graph.nodes):
        if any(o and o in live for o in node.outputs):
            kept.append(node)
            live.update(i for i in node.inputs if i)
            live.update(ir.sub_outer_inputs(node))
    kept.reverse()
    changed = len(kept) != len(graph.nodes)
    graph.nodes = kept
    n = len(graph.initializers)
    graph.drop_unused_initializers(list(graph.initializers))
    graph.flush_drops()
    return changed or len(graph.initializers) != n
