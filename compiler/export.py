"""Write an optimized ir.Graph back out as a valid ONNX model (SessionOptions.optimized_model_filepath)."""
from __future__ import annotations

import numpy as np
import onnx
from onnx import helper, numpy_helper

from . import ir


def _type_proto(t) -> onnx.TypeProto:
    """seq(...) / optional(...) / tensor types as a TypeProto."""
    if isinstance(t, ir.SequenceType):
        return helper.make_sequence_type_proto(_type_proto(t.elem))
    if isinstance(t, ir.OptionalType):
        return helper.make_optional_type_proto(_type_proto(t.elem))
    if t is None:
        return onnx.TypeProto()
    shape = None if t.shape is None else [d if isinstance(d, int) else str(d) for d in t.shape]
    return helper.make_tensor_type_proto(ir.onnx_elem_type(t.dtype), shape)


def _value_info(name: str, t) -> onnx.ValueInfoProto:
    if t is None:
        return helper.make_empty_tensor_value_info(name)
    if not isinstance(t, ir.TensorType):
        return helper.make_value_info(name, _type_proto(t))
    shape = None if t.shape is None else [d if isinstance(d, int) else str(d) for d in t.shape]
    return helper.make_tensor_value_info(name, ir.onnx_elem_type(t.dtype), shape)


def graph_to_proto(g: ir.Graph) -> onnx.GraphProto:
    nodes = []
    for n in g.nodes:
        attrs = dict(n.attrs)
        for k, sg in n.subgraphs.items():
            attrs[k] = graph_to_proto(sg)
        proto = helper.make_node(n.op_type, n.inputs, n.outputs, name=n.name, domain=n.domain or None)
        for k, v in attrs.items():
            if isinstance(v, np.ndarray):
                proto.attribute.append(helper.make_attribute(k, numpy_helper.from_array(v)))
            else:
                proto.attribute.append(helper.make_attribute(k, v))
        nodes.append(proto)
    inits = [numpy_helper.from_array(np.asarray(v), k) for k, v in g.initializers.items()]
    inputs = [_value_info(n, g.types.get(n)) for n in g.inputs + g.overridable]
    outputs = [_value_info(n, g.types.get(n)) for n in g.outputs]
    produced = {o for n in g.nodes for o in n.outputs}
    vinfo = [_value_info(k, t) for k, t in g.types.items()
             if k in produced and k not in g.outputs]
    return helper.make_graph(nodes, g.name, inputs, outputs, inits, value_info=vinfo)


def save_graph(g: ir.Graph, original: onnx.ModelProto, path: str) -> None:
    model = helper.make_model(graph_to_proto(g), opset_imports=[helper.make_opsetid(d, v) for d, v in g.opsets.items()],
                              producer_name="onnxjit")
    # IR < 4 required every initializer to be a graph input; the optimized graph keeps
    # constants out of the inputs
    model.ir_version = max(original.ir_version, 4)
    onnx.save(model, path)
