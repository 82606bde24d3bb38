"""If with a constant condition -> the nodes of the branch it takes, in the enclosing graph.

What onnxruntime's constant folding does to an If whose condition is an initializer.  Exported
models test static facts at run time (a dim, a rank, an option: shape_folding makes many of
them constants); inlined, the branch's nodes join the graph's compiled partitions instead of
running as a subgraph program on every call (silero-vad: seven Ifs a call, ~3 us each, plus
the step boundaries around them).

The branch's own values (its initializers and node outputs) are renamed to fresh names of the
enclosing graph, except that each branch output produced by a branch node takes the If's
output name; other outputs (an outer value, a branch initializer, one value output twice) go
through Identity, which the identity pass removes where it can.  Subgraphs of the inlined
nodes that read a renamed value from their enclosing scope are renamed to match.
"""
from __future__ import annotations

import dataclasses

from .. import ir

_ONNX = ("", "ai.onnx")


def _rename_outer(g: ir.Graph, mapping: dict) -> ir.Graph:
    """A copy of subgraph g in which names it reads from enclosing scopes are renamed."""
    defined = set(g.inputs) | set(g.initializers) | {o for n in g.nodes for o in n.outputs}
    m = {k: v for k, v in mapping.items() if k not in defined}
    g = g.clone()
    if not m:
        return g
    for n in g.nodes:
        n.inputs = [m.get(x, x) for x in n.inputs]
        n.subgraphs = {k: _rename_outer(sg, m) for k, sg in n.subgraphs.items()}
    g.outputs = [m.get(x, x) for x in g.outputs]
    g.outer_scope = [m.get(x, x) for x in g.outer_scope]
    g.types = {m.get(k, k): t for k, t in g.types.items()}
    return g


def _inline(graph: ir.Graph, node: ir.Node, branch: ir.Graph) -> list[ir.Node]:
    produced = [o for n in branch.nodes for o in n.outputs if o]
    local = list(branch.initializers) + produced
    mapping = {}
    identities = []
    for bo, io in zip(branch.outputs, node.outputs):
        if not io:
            continue
        if bo in produced and bo not in mapping:
            mapping[bo] = io
        else:
            identities.append((bo, io))
    for name in local:
        if name not in mapping:
            mapping[name] = graph.fresh_name(name)
    for k, v in branch.initializers.items():
        graph.initializers[mapping[k]] = v
    for k, t in branch.types.items():
        if k in mapping:
            graph.types[mapping[k]] = t
    prefix = node.name or node.outputs[0]
    nodes = [dataclasses.replace(n, name=f"{prefix}/{n.name}", inputs=[mapping.get(x, x) for x in n.inputs],
                                 outputs=[mapping.get(x, x) for x in n.outputs], attrs=dict(n.attrs),
                                 subgraphs={k: _rename_outer(sg, mapping) for k, sg in n.subgraphs.items()})
             for n in branch.nodes]
    for bo, io in identities:
        nodes.append(ir.Node("Identity", [mapping.get(bo, bo)], [io], name=f"{prefix}/{io}"))
    return nodes


def run(graph: ir.Graph) -> bool:
    consts = {k for k in graph.initializers if k not in graph.overridable}
    kept = []
    changed = False
    for node in graph.nodes:
        cond = graph.initializers.get(node.inputs[0]) if node.inputs and node.inputs[0] in consts else None
        if node.op_type != "If" or node.domain not in _ONNX or cond is None or cond.size != 1:
            kept.append(node)
            continue
        branch = node.subgraphs.get("then_branch" if bool(cond.reshape(-1)[0]) else "else_branch")
        if branch is None or branch.inputs or len(branch.outputs) != len(node.outputs):
            kept.append(node)
            continue
        kept.extend(_inline(graph, node, branch))
        changed = True
    graph.nodes = kept
    return changed
