"""Constant folding: a node whose inputs are all constants becomes an initializer.

Constants are initializers that are not graph inputs (an overridable initializer may
change at run time), Constant nodes, and Shape/Size of tensors whose shape is static.
Ops fold through their registry `value` function (NumPy); ops without one stay.
"""
from __future__ import annotations

import numpy as np

from .. import ir
from ..registry import Ctx, lookup

NEVER_FOLD = {"RandomNormal", "RandomUniform", "RandomNormalLike", "RandomUniformLike",
              "Bernoulli", "Multinomial"}


def run(graph: ir.Graph) -> bool:
    changed = False
    consts = {k for k in graph.initializers if k not in graph.overridable}
    kept = []
    for node in graph.nodes:
        opdef = lookup(node.domain, node.op_type, graph.opset(node.domain))
        if (opdef is None or opdef.value is None or node.subgraphs or node.op_type in NEVER_FOLD
                or any(o in graph.outputs for o in node.outputs)):
            kept.append(node)
            continue
        needs = getattr(opdef, "value_inputs", None)
        ok = True
        args = []
        for i, x in enumerate(node.inputs):
            if not x:
                args.append(None)
            elif needs is not None and i not in needs:
                t = graph.types.get(x)
                ok = ok and t is not None and t.is_static
                args.append(None)
            elif x in consts:
                args.append(graph.initializers[x])
            else:
                ok = False
        if not ok:
            kept.append(node)
            continue
        ins = [graph.types.get(i) if i else None for i in node.inputs]
        outs = [graph.types.get(o) for o in node.outputs]
        ctx = Ctx(node, graph.opset(node.domain), ins, args, outs)
        try:
            values = opdef.value(ctx, *args)
        except Exception:
            kept.append(node)
            continue
        for o, v in zip(node.outputs, values):
            if o:
                v = np.asarray(v, order="C")   # (ascontiguousarray would make a 0-d value 1-d)
                declared = graph.types.get(o)
                if declared is not None and declared.dtype != v.dtype:
                    v = v.astype(declared.dtype)
                graph.initializers[o] = v
                graph.types[o] = ir.TensorType(v.dtype, tuple(v.shape))
                consts.add(o)
        changed = True
    graph.nodes = kept
    return changed
