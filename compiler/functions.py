"""Ops defined as ONNX functions are expanded into their bodies.

Model-local functions are inlined at load (onnx.inliner).  An op with no registry entry
whose schema has a function body (or a context-dependent one, built from the node's input
types) is replaced by that body during inference, so e.g. an op added to ONNX as a
composition of older ops runs without a dedicated kernel.
"""
from __future__ import annotations

from typing import Optional

import onnx
import onnx.inliner
from onnx import helper

from . import ir

EXPAND_DOMAIN = "onnxjit.expand"


def _schema(node: ir.Node, opset: int):
    try:
        return onnx.defs.get_schema(node.op_type, opset, node.domain)
    except Exception:
        return None


def _node_proto(node: ir.Node, domain: str) -> onnx.NodeProto:
    from .export import graph_to_proto  # reuses the attribute conversion
    g = ir.Graph(nodes=[ir.Node(node.op_type, node.inputs, node.outputs, dict(node.attrs), node.name, domain,
                                node.subgraphs)])
    return graph_to_proto(g).node[0]


def _type_proto(t: Optional[ir.TensorType]) -> onnx.TypeProto:
    if t is None:
        return onnx.TypeProto()
    shape = None if t.shape is None else [d if isinstance(d, int) else str(d) for d in t.shape]
    return helper.make_tensor_type_proto(ir.onnx_elem_type(t.dtype), shape)


def function_body(node: ir.Node, opset: int, types: dict) -> Optional[onnx.FunctionProto]:
    schema = _schema(node, opset)
    if schema is None:
        return None
    proto = _node_proto(node, node.domain)
    for name, a in schema.attributes.items():   # defaults, as the function body may reference them
        if name not in node.attrs and a.default_value is not None and a.default_value.type:
            proto.attribute.append(a.default_value)
    fp = onnx.FunctionProto()
    versions = [v for v in schema.function_opset_versions if v <= opset]
    if versions:
        fp.ParseFromString(schema.get_function_with_opset_version(max(versions)))
        return fp, proto
    versions = [v for v in schema.context_dependent_function_opset_versions if v <= opset]
    if versions:
        if any(i and types.get(i) is None for i in node.inputs):
            return None
        in_types = [_type_proto(types.get(i)).SerializeToString() for i in node.inputs]
        try:
            fp.ParseFromString(schema.get_context_dependent_function_with_opset_version(
                max(versions), proto.SerializeToString(), in_types))
        except Exception:
            return None
        return fp, proto
    return None


def expand(graph: ir.Graph, node: ir.Node, types: dict) -> Optional[tuple[list[ir.Node], dict]]:
    """The body of `node` as ir nodes (internal names prefixed by the node's name), plus the
    initializers its Constant nodes became; None when the op has no function body."""
    from .load import convert_graph
    opset = graph.opset(node.domain)
    found = function_body(node, opset, types)
    if found is None:
        return None
    fp, call = found
    fp.name, fp.domain = node.op_type, EXPAND_DOMAIN
    call.domain = EXPAND_DOMAIN
    ins = [helper.make_value_info(i, _type_proto(types.get(i))) for i in node.inputs if i]
    outs = [helper.make_empty_tensor_value_info(o) for o in node.outputs if o]
    g = helper.make_graph([call], "expand", ins, outs)
    opsets = dict(graph.opsets)
    for o in fp.opset_import:
        opsets.setdefault(o.domain, o.version)
    opsets[EXPAND_DOMAIN] = 1
    model = helper.make_model(g, opset_imports=[helper.make_opsetid(d, v) for d, v in opsets.items()],
                              functions=[fp])
    model.ir_version = onnx.IR_VERSION
    inlined = onnx.inliner.inline_local_functions(model)
    sub = convert_graph(inlined.graph, None, graph.opsets, subgraph=True)
    keep = set(node.inputs) | set(node.outputs)
    prefix = f"{node.name}::"
    rename = {}
    for n in sub.nodes:
        for o in n.outputs:
            if o and o not in keep:
                rename[o] = prefix + o
    for k in sub.initializers:
        if k not in keep:
            rename[k] = prefix + k
    new_nodes = []
    for n in sub.nodes:
        n.inputs = [rename.get(i, i) for i in n.inputs]
        n.outputs = [rename.get(o, o) for o in n.outputs]
        n.name = prefix + n.name
        new_nodes.append(n)
    inits = {rename.get(k, k): v for k, v in sub.initializers.items()}
    return new_nodes, inits
