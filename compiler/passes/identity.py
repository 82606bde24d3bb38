"""Identity and inference-mode Dropout removal: consumers read the input directly."""
from __future__ import annotations

import numpy as np

from .. import ir


def _is_passthrough(graph: ir.Graph, node: ir.Node) -> bool:
    if node.domain not in ("", "ai.onnx"):
        return False
    if node.op_type == "Identity":
        return graph.types.get(node.inputs[0]) is not None  # tensors only (not sequences)
    if node.op_type == "Dropout":
        if len(node.outputs) > 1 and node.outputs[1]:
            if node.outputs[1] in graph.outputs or node.outputs[1] in graph.consumers():
                return False  # the mask is used
            node.outputs = node.outputs[:1]
        if len(node.inputs) > 2 and node.inputs[2]:
            mode = graph.initializers.get(node.inputs[2])
            if mode is None or bool(np.asarray(mode).reshape(-1)[0]):
                return False  # training mode, or not known to be off
        return True
    return False


def rename_uses(graph: ir.Graph, old: str, new: str) -> None:
    for n in graph.nodes:
        n.inputs = [new if i == old else i for i in n.inputs]
        for g in n.subgraphs.values():
            _rename_in_subgraph(g, old, new)


def _rename_in_subgraph(g: ir.Graph, old: str, new: str) -> None:
    if old not in g.outer_scope:
        return
    g.outer_scope = [new if x == old else x for x in g.outer_scope]
    for n in g.nodes:
        n.inputs = [new if i == old else i for i in n.inputs]
        for sg in n.subgraphs.values():
            _rename_in_subgraph(sg, old, new)
    g.outputs = [new if o == old else o for o in g.outputs]


def run(graph: ir.Graph) -> bool:
    changed = False
    for node in list(graph.nodes):
        if not _is_passthrough(graph, node):
            continue
        src, dst = node.inputs[0], node.outputs[0]
        if dst not in graph.outputs:
            graph.nodes.remove(node)
            rename_uses(graph, dst, src)
            changed = True
            continue
        # dst is a graph output: rename src's producer output to dst, if src is a plain intermediate
        producer = graph.producers().get(src)
        if producer is None or src in graph.outputs:
            continue
        graph.nodes.remove(node)
        producer.outputs = [dst if o == src else o for o in producer.outputs]
        rename_uses(graph, src, dst)
        if src in graph.types:
            graph.types[dst] = graph.types[src]
        changed = True
    return changed
