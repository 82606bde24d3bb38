"""partition: every node -> a provider, and the node list -> steps run in order.

A step is a *compiled* partition (one generated function) or a *host* op (NumPy).
A compiled step also ends where a node's type rule needs the value of a tensor that
only running code can produce (Reshape to a computed shape): the next step is then
planned with that value in hand.  Values whose type-rule needs are met by NumPy
`value` functions (Shape -> Gather -> Concat chains) do not split anything.
"""
from __future__ import annotations

import dataclasses

import numpy as np

from . import ir
from .registry import HOST, OpDef, lookup, unsupported, Ctx

HOST_VARIANTS = "onnxjit.host"   # registry domain of host versions of ops for non-tensor values
CPU = "CPUExecutionProvider"
CUDA = "CUDAExecutionProvider"


@dataclasses.dataclass
class Step:
    index: int
    kind: str                     # 'compiled' | 'host'
    provider: str
    nodes: list[ir.Node]
    inputs: list[str] = dataclasses.field(default_factory=list)
    outputs: list[str] = dataclasses.field(default_factory=list)

    @property
    def label(self) -> str:
        return f"step {self.index} [{self.kind}, {self.provider}] {len(self.nodes)} nodes"


def opdef_for(graph: ir.Graph, node: ir.Node) -> OpDef:
    opset = graph.opset(node.domain)
    opdef = lookup(node.domain, node.op_type, opset)
    if opdef is None:
        raise unsupported(node, opset)
    ctx = Ctx(node, opset, [graph.types.get(i) if i else None for i in node.inputs], None,
              [graph.types.get(o) if o else None for o in node.outputs])
    select = getattr(opdef, "select", None)     # another lowering for some dtypes (Cast to string)
    if select is not None:
        opdef = select(ctx) or opdef
    if opdef.kind != HOST and any(t is not None and not isinstance(t, ir.TensorType)
                                  for t in ctx.inputs + ctx.outputs):
        # sequences / optionals exist only on the host: a generic op (Identity...) on one
        # runs as its host variant, registered in the HOST_VARIANTS domain (ops/sequence.py)
        opdef = lookup(HOST_VARIANTS, node.op_type, 1)
        if opdef is None:
            raise unsupported(node, opset, "sequence and optional values are only supported by host ops")
    if opdef.kind != HOST and any(isinstance(t, ir.TensorType) and t.dtype == object
                                  for t in ctx.inputs + ctx.outputs if t is not None):
        # string tensors exist only on the host: data movement on them (Gather, Reshape,
        # Concat... in converted scikit-learn pipelines) runs the op's NumPy `value` function
        host = lookup(HOST_VARIANTS, node.op_type, 1) or _host_from_value(opdef)
        if host is not None and (opdef.dtypes is None or not ctx.inputs or ctx.inputs[0] is None
                                 or object in [np.dtype(d) for d in opdef.dtypes]):   # (Relu on strings: no)
            return host
    why = opdef.supports(ctx)
    if why:
        if opdef.kind != HOST and unknown_rank(graph, node):
            return opdef    # checked again when the step is specialized to the ranks it runs with
        raise unsupported(node, opset, why)
    return opdef


_HOST_FROM_VALUE: dict[int, OpDef] = {}


def _host_from_value(opdef: OpDef):
    """A HOST op running `opdef.value` (its NumPy evaluation), for string tensors."""
    if opdef.value is None:
        return None
    h = _HOST_FROM_VALUE.get(id(opdef))
    if h is None:
        h = _HOST_FROM_VALUE[id(opdef)] = OpDef(opdef.op_type, opdef.since, HOST, opdef.infer, domain=opdef.domain,
                                                run=opdef.value, value=opdef.value, shape_inputs=opdef.shape_inputs)
    return h


def unknown_rank(graph: ir.Graph, node: ir.Node) -> bool:
    """Some tensor the node reads or writes has no known rank (after an If whose branches
    differ, say): its step is generated once the ranks are seen at run time."""
    for v in list(node.inputs) + list(node.outputs):
        t = graph.types.get(v) if v else None
        if v and (t is None or (isinstance(t, ir.TensorType) and t.shape is None)):
            return True
    return False


def plan_known(graph: ir.Graph, opdefs: dict[int, OpDef]) -> set[str]:
    """Values that can be known before running compiled code (for type rules)."""
    known = set(graph.initializers) | set(graph.inputs)
    for node in graph.nodes:
        opdef = opdefs[id(node)]
        if opdef.value is None:
            continue
        needs = getattr(opdef, "value_inputs", None)
        if all(not x or (needs is not None and i not in needs) or x in known
               for i, x in enumerate(node.inputs)):
            known.update(o for o in node.outputs if o)
    return known


def partition(graph: ir.Graph, providers: list[str]) -> tuple[list[Step], dict[int, OpDef]]:
    opdefs = {id(n): opdef_for(graph, n) for n in graph.nodes}
    known = plan_known(graph, opdefs)
    steps: list[Step] = []
    current: list[ir.Node] = []
    made_here: set[str] = set()

    def close():
        nonlocal current, made_here
        if current:
            steps.append(Step(len(steps), "compiled", CPU, current))
        current, made_here = [], set()

    for node in graph.nodes:
        opdef = opdefs[id(node)]
        if opdef.kind == HOST:
            close()
            steps.append(Step(len(steps), "host", CPU, [node]))
            continue
        needs_data = [node.inputs[i] for i in opdef.shape_inputs
                      if i < len(node.inputs) and node.inputs[i] and node.inputs[i] not in known]
        if any(x in made_here for x in needs_data):
            close()
        current.append(node)
        made_here.update(o for o in node.outputs if o)
    close()
    # step inputs and outputs
    used_later: dict[str, int] = {}
    for s in steps:
        for n in s.nodes:
            for i in list(n.inputs) + ir.sub_outer_inputs(n):
                if i:
                    used_later[i] = max(used_later.get(i, -1), s.index)
    for s in steps:
        made = {o for n in s.nodes for o in n.outputs if o}
        for n in s.nodes:
            for i in list(n.inputs) + ir.sub_outer_inputs(n):
                if i and i not in made and i not in s.inputs:
                    s.inputs.append(i)
        for n in s.nodes:
            for o in n.outputs:
                if o and (o in graph.outputs or used_later.get(o, -1) > s.index) and o not in s.outputs:
                    s.outputs.append(o)
    return steps, opdefs
