"""schedule: inside a compiled step, nodes -> groups, each one unit of generated code.

  pointwise  a chain of pointwise nodes over one iteration shape (broadcast inputs),
             fused into one loop nest; values used only inside the group never touch memory
  strided    a copy whose input is read through an affine index map (Transpose, Slice...)
  kernel     one call into kernels/cpu (Conv, Gemm, pools, reductions...)
  view       no code: the output aliases its input's storage (Reshape, Squeeze...)

A pointwise node joins the group of one of its producers when it iterates over the
same (symbolic) shape and all its other inputs are ready before that group runs.
Every refusal to fuse is recorded with its reason (`Group.why_not`), for `inspect`.
"""
from __future__ import annotations

import dataclasses
from typing import Optional

from . import ir
from .registry import KERNEL, POINTWISE, STRIDED, VIEW, OpDef


@dataclasses.dataclass
class Group:
    kind: str
    nodes: list[ir.Node]
    shape: Optional[tuple] = None          # iteration shape of a pointwise group
    inputs: list[str] = dataclasses.field(default_factory=list)    # read from outside the group
    outputs: list[str] = dataclasses.field(default_factory=list)   # materialized values it writes
    why_not: list[str] = dataclasses.field(default_factory=list)

    @property
    def label(self) -> str:
        return ", ".join(n.label for n in self.nodes)

    @property
    def name(self) -> str:
        ops = []
        for n in self.nodes:
            op = n.op_type.lower()
            if op not in ops:
                ops.append(op)
        return "_".join(ops[:4]) + ("_etc" if len(ops) > 4 else "")


def schedule(nodes: list[ir.Node], opdefs: dict[int, OpDef], types: dict[str, ir.TensorType],
             step_outputs: set[str]) -> list[Group]:
    groups: list[Group] = []
    where: dict[str, int] = {}          # value -> index of the group producing it
    for node in nodes:
        opdef = opdefs[id(node)]
        kind = opdef.kind
        target = None
        if kind == POINTWISE:
            shape = types[node.outputs[0]].shape
            candidates = sorted({where[i] for i in node.inputs if i in where}, reverse=True)
            for gi in candidates:
                g = groups[gi]
                if g.kind != POINTWISE:
                    continue
                if g.shape != shape:
                    g.why_not.append(f"{node.label}: shape {shape} differs from the group's {g.shape}")
                    continue
                late = [i for i in node.inputs if i in where and where[i] > gi]
                if late:
                    g.why_not.append(f"{node.label}: input '{late[0]}' is computed after the group")
                    continue
                target = gi
                break
            if target is None:
                groups.append(Group(POINTWISE, [node], shape=shape))
                target = len(groups) - 1
            else:
                groups[target].nodes.append(node)
        else:
            groups.append(Group(kind, [node]))
            target = len(groups) - 1
        for o in node.outputs:
            if o:
                where[o] = target
    # inputs and materialized outputs of each group
    consumers: dict[str, set[int]] = {}
    for gi, g in enumerate(groups):
        for n in g.nodes:
            for i in n.inputs:
                if i:
                    consumers.setdefault(i, set()).add(gi)
    for gi, g in enumerate(groups):
        made = {o for n in g.nodes for o in n.outputs if o}
        if g.kind == STRIDED:       # only input 0 is read; the rest are plan-time values
            g.inputs.append(g.nodes[0].inputs[0])
        for n in ([] if g.kind == STRIDED else g.nodes):
            skip = getattr(opdefs[id(n)], "type_inputs", ())   # read for their type only (CastLike)
            for k, i in enumerate(n.inputs):
                if i and i not in made and i not in g.inputs and k not in skip:
                    g.inputs.append(i)
        for n in g.nodes:
            for o in n.outputs:
                if not o:
                    continue
                if g.kind != POINTWISE or o in step_outputs or consumers.get(o, set()) - {gi}:
                    g.outputs.append(o)
    return groups


def describe(groups: list[Group]) -> str:
    lines = []
    for gi, g in enumerate(groups):
        lines.append(f"  group {gi} [{g.kind}] {g.label}")
        for w in g.why_not[:3]:
            lines.append(f"      not fused: {w}")
    return "\n".join(lines)
