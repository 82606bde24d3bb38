"""load: a path, bytes or ModelProto -> ir.Graph.

Keeps the opset of every domain, subgraphs of control-flow nodes (with the
outer-scope names they read) and external data files beside the model.
"""
from __future__ import annotations

import os
from typing import Optional, Union

import numpy as np
import onnx
import onnx.inliner
from onnx import numpy_helper

from onnxjit.errors import InvalidGraph, InvalidProtobuf, NoSuchFile
from . import ir, rawdata

ModelSource = Union[str, os.PathLike, bytes, onnx.ModelProto]


def read_model(source: ModelSource) -> tuple[onnx.ModelProto, str | None, Optional[rawdata.RawData]]:
    """Parse the model; returns it with the directory external data is resolved against and
    the main graph's large initializer bytes, left out of the parsed message (rawdata.py;
    None: nothing was cut out).  The caller takes the arrays (RawData.array) and closes it."""
    if isinstance(source, onnx.ModelProto):
        return source, None, None
    if isinstance(source, (bytes, bytearray, memoryview)):
        found = rawdata.split(memoryview(source))
        data, raw = found if found is not None else (bytes(source), None)
        try:
            model = onnx.ModelProto()
            model.ParseFromString(data)
        except Exception as e:  # protobuf's DecodeError
            raise InvalidProtobuf(f"Failed to parse the model bytes as an ONNX ModelProto: {e}") from None
        if len(source) == 0:
            raise InvalidProtobuf("The model bytes are empty: not an ONNX model")
        if not model.graph.node and not model.graph.output:
            raise InvalidProtobuf("The model bytes parse to an empty ModelProto: not an ONNX model")
        return model, None, raw
    path = os.fspath(source)
    if not os.path.isfile(path):
        raise NoSuchFile(f"Load model from {path} failed: File doesn't exist")
    found = rawdata.split_file(path)
    if found is not None:
        data, raw = found
    else:
        raw = None
        with open(path, "rb") as f:
            data = f.read()
    try:
        model = onnx.ModelProto()
        model.ParseFromString(data)
    except Exception as e:
        if raw is not None:
            raw.close()
        raise InvalidProtobuf(f"Load model from {path} failed: protobuf parsing failed: {e}") from None
    return model, os.path.dirname(os.path.abspath(path)), raw


def _external_path(tensor: onnx.TensorProto, base_dir: str | None) -> tuple[str, int, int | None]:
    info = {e.key: e.value for e in tensor.external_data}
    location = info.get("location", "")
    if base_dir is None:
        base_dir = os.getcwd()
    if os.path.isabs(location) or ".." in location.replace("\\", "/").split("/"):
        raise InvalidGraph(
            f"External data location '{location}' of initializer '{tensor.name}' must be a relative "
            "path inside the model's directory")
    path = os.path.realpath(os.path.join(base_dir, location))
    if not path.startswith(os.path.realpath(base_dir) + os.sep):
        raise InvalidGraph(f"External data location '{location}' of '{tensor.name}' resolves outside "
                           "the model's directory")
    if not os.path.isfile(path):
        raise NoSuchFile(f"External data file '{location}' of initializer '{tensor.name}' not found "
                         f"in {base_dir}")
    offset = int(info.get("offset", 0))
    length = int(info["length"]) if "length" in info else None
    return path, offset, length


def tensor_to_array(t: onnx.TensorProto, base_dir: str | None) -> np.ndarray:
    if t.data_location == onnx.TensorProto.EXTERNAL:
        path, offset, length = _external_path(t, base_dir)
        size = os.path.getsize(path)
        if offset > size or (length is not None and offset + length > size):
            raise InvalidGraph(f"External data of '{t.name}' (offset {offset}, length {length}) runs "
                               f"past the end of {os.path.basename(path)} ({size} bytes)")
        with open(path, "rb") as f:
            f.seek(offset)
            raw = f.read(length if length is not None else -1)
        t = onnx.TensorProto.FromString(t.SerializeToString())
        del t.external_data[:]
        t.data_location = onnx.TensorProto.DEFAULT
        t.raw_data = raw
    try:
        arr = numpy_helper.to_array(t)
    except Exception as e:
        raise InvalidGraph(f"Initializer '{t.name}' cannot be read: {e}") from None
    if arr.dtype.kind == "U":
        arr = arr.astype(object)
    return np.ascontiguousarray(arr).reshape(arr.shape)   # ascontiguousarray makes 0-d arrays 1-d


def _type_of(vi: onnx.ValueInfoProto) -> ir.TensorType | None:
    t = vi.type
    if t.WhichOneof("value") in ("sequence_type", "optional_type"):
        return _non_tensor_type(vi)
    if t.WhichOneof("value") == "map_type":     # ai.onnx.ml maps: Python dicts at run time
        try:
            key = ir.np_dtype(t.map_type.key_type)
        except TypeError:
            return None
        vt = t.map_type.value_type
        return ir.MapType(key, _type_of(onnx.helper.make_value_info(vi.name, vt)) if vt.WhichOneof("value") else None)
    if t.WhichOneof("value") != "tensor_type":
        return None
    tt = t.tensor_type
    try:
        dtype = ir.np_dtype(tt.elem_type)
    except TypeError:
        return None
    if not tt.HasField("shape"):
        return ir.TensorType(dtype, None)
    dims: list[ir.Dim] = []
    for i, d in enumerate(tt.shape.dim):
        if d.HasField("dim_value"):
            dims.append(int(d.dim_value))
        elif d.HasField("dim_param") and d.dim_param:
            dims.append(d.dim_param)
        else:
            dims.append(f"unk__{vi.name}_dim{i}")  # unnamed: shown as None, like onnxruntime
    return ir.TensorType(dtype, tuple(dims))


def _non_tensor_type(vi: onnx.ValueInfoProto):
    """seq(...) and optional(...) types (their values only ever reach HOST ops)."""
    kind = vi.type.WhichOneof("value")
    inner = vi.type.sequence_type.elem_type if kind == "sequence_type" else vi.type.optional_type.elem_type
    elem = _type_of(onnx.helper.make_value_info(vi.name, inner)) if inner.WhichOneof("value") else None
    return ir.SequenceType(elem) if kind == "sequence_type" else ir.OptionalType(elem)


def _attr_value(a: onnx.AttributeProto, base_dir: str | None, opsets):
    from onnx import AttributeProto as A
    if a.type == A.TENSOR:
        return tensor_to_array(a.t, base_dir)
    if a.type == A.GRAPH:
        return convert_graph(a.g, base_dir, opsets, subgraph=True)
    if a.type == A.GRAPHS:
        return [convert_graph(g, base_dir, opsets, subgraph=True) for g in a.graphs]
    if a.type == A.TENSORS:
        return [tensor_to_array(t, base_dir) for t in a.tensors]
    if a.type == A.STRING:
        return a.s.decode("utf-8", errors="replace")
    if a.type == A.STRINGS:
        return [s.decode("utf-8", errors="replace") for s in a.strings]
    if a.type == A.SPARSE_TENSOR:
        return numpy_helper.to_array(a.sparse_tensor.values)
    if a.type == A.UNDEFINED:
        raise InvalidGraph(f"Attribute '{a.name}' has no type")
    return onnx.helper.get_attribute_value(a)


def convert_graph(g: onnx.GraphProto, base_dir: str | None, opsets: dict[str, int],
                  subgraph: bool = False, raw: Optional[rawdata.RawData] = None) -> ir.Graph:
    """`raw`: the initializers' bytes cut out of `g` (read_model)."""
    graph = ir.Graph(name=g.name or "graph", opsets=dict(opsets), doc_string=g.doc_string)
    for k, t in enumerate(g.initializer):
        a = raw.array(k, t, base_dir) if raw is not None else None
        graph.initializers[t.name] = a if a is not None else tensor_to_array(t, base_dir)
    for st in g.sparse_initializer:
        dense = numpy_helper.to_array(st.values)
        full = np.zeros(tuple(st.dims), dtype=dense.dtype)
        idx = numpy_helper.to_array(st.indices)
        if idx.ndim == 1:
            full.reshape(-1)[idx] = dense
        else:
            full[tuple(idx.T)] = dense
        graph.initializers[st.values.name] = full
    for vi in list(g.input) + list(g.output) + list(g.value_info):
        t = _type_of(vi)
        if t is not None:
            graph.types[vi.name] = t
    for vi in g.input:
        if vi.name in graph.initializers:
            graph.overridable.append(vi.name)
        else:
            graph.inputs.append(vi.name)
    graph.outputs = [vi.name for vi in g.output]
    for i, n in enumerate(g.node):
        attrs = {}
        subgraphs = {}
        _check_schema(n, n.name or f"{n.op_type}_{i}", opsets)
        for a in n.attribute:
            if a.ref_attr_name:
                raise InvalidGraph(f"Node '{n.name}' ({n.op_type}) uses a reference attribute outside a function")
            v = _attr_value(a, base_dir, opsets)
            if isinstance(v, ir.Graph):
                subgraphs[a.name] = v
            else:
                attrs[a.name] = v
        graph.nodes.append(ir.Node(op_type=n.op_type, inputs=list(n.input), outputs=list(n.output),
                                   attrs=attrs, name=n.name or f"{n.op_type}_{i}", domain=n.domain,
                                   subgraphs=subgraphs))
    # Constant nodes become initializers, as onnxruntime does at load
    for node in [n for n in graph.nodes if n.op_type == "Constant" and n.domain in ("", "ai.onnx")]:
        graph.initializers[node.outputs[0]] = constant_value(node)
        graph.nodes.remove(node)
    for name, t in graph.initializers.items():
        graph.types.setdefault(name, ir.TensorType(t.dtype, tuple(t.shape)))
    if subgraph:
        defined = set(graph.inputs) | set(graph.initializers)
        outer: list[str] = []
        for n in graph.nodes:
            for x in list(n.inputs) + ir.sub_outer_inputs(n):
                if x and x not in defined and x not in outer:
                    outer.append(x)
            defined.update(n.outputs)
        for o in graph.outputs:
            if o not in defined and o not in outer:
                outer.append(o)
        graph.outer_scope = outer
    return graph


def _check_schema(n: onnx.NodeProto, name: str, opsets: dict[str, int]) -> None:
    """What ONNX's schema of a standard op says of a node: how many inputs and outputs, the
    type of each attribute it sets, the attributes it must set."""
    domain = n.domain if n.domain != "ai.onnx" else ""
    if domain not in _SCHEMA_DOMAINS or domain not in opsets:
        return
    try:
        schema = onnx.defs.get_schema(n.op_type, opsets[domain], domain)
    except Exception:   # no such op (or not yet at this opset): partitioning names it
        return
    label = f"Node '{name}' ({n.op_type}, opset {opsets[domain]})"
    if not schema.min_input <= len(n.input) <= schema.max_input:
        raise InvalidGraph(f"{label} has {len(n.input)} inputs; its schema takes {schema.min_input} to "
                           f"{schema.max_input}")
    if len(n.output) > schema.max_output or len(n.output) < schema.min_output:
        raise InvalidGraph(f"{label} has {len(n.output)} outputs; its schema gives {schema.min_output} to "
                           f"{schema.max_output}")
    given = {}
    for a in n.attribute:
        spec = schema.attributes.get(a.name)
        given[a.name] = a
        if spec is None or a.ref_attr_name:
            continue
        if int(a.type) != int(spec.type):
            got = onnx.AttributeProto.AttributeType.Name(a.type)
            raise InvalidGraph(f"{label}: attribute '{a.name}' has type {got}, expected "
                               f"{onnx.AttributeProto.AttributeType.Name(int(spec.type))}")
    for aname, spec in schema.attributes.items():
        if spec.required and aname not in given:
            raise InvalidGraph(f"{label}: required attribute '{aname}' is missing")


_SCHEMA_DOMAINS = ("", "ai.onnx.ml")


def load(source: ModelSource) -> tuple[ir.Graph, onnx.ModelProto]:
    """Parse and convert a model; returns the graph and the ModelProto (for metadata)."""
    model, base_dir, raw = read_model(source)
    try:
        return _load(model, base_dir, raw)
    finally:
        if raw is not None:
            raw.close()


def _load(model: onnx.ModelProto, base_dir: str | None, raw: Optional[rawdata.RawData]):
    if model.ir_version < 3 and not model.opset_import:
        raise InvalidGraph(f"Model IR version {model.ir_version} is too old: no opset_import")
    if model.ir_version > onnx.IR_VERSION:
        raise InvalidGraph(f"Unsupported model IR version: {model.ir_version}, max supported IR version: "
                           f"{onnx.IR_VERSION}")
    opsets = {(o.domain if o.domain != "ai.onnx" else ""): o.version for o in model.opset_import}
    if not opsets:
        opsets[""] = 1
    known = onnx.defs.C.schema_version_map()
    for domain, version in opsets.items():
        if domain in known and not known[domain][0] <= version <= known[domain][1]:
            raise InvalidGraph(f"Unsupported opset {version} for domain '{domain or 'ai.onnx'}': this runtime "
                               f"supports opsets {known[domain][0]} to {known[domain][1]} of it")
    if model.functions:
        try:
            model = onnx.inliner.inline_local_functions(model)
        except Exception as e:
            raise InvalidGraph(f"Failed to inline the model's local functions: {e}") from None
    graph = convert_graph(model.graph, base_dir, opsets, raw=raw)
    _check_graph(graph)
    return graph, model


def _check_graph(graph: ir.Graph) -> None:
    """Structural checks: every input defined, every name defined once, no cycles (toposort)."""
    defined = set(graph.inputs) | set(graph.initializers) | set(graph.outer_scope)
    for name in graph.inputs:
        if name in graph.initializers and name not in graph.overridable:
            raise InvalidGraph(f"Duplicate definition of '{name}'")
    producers: dict[str, ir.Node] = {}
    for n in graph.nodes:
        for o in n.outputs:
            if not o:
                continue
            if o in producers or o in graph.inputs or o in graph.initializers:
                raise InvalidGraph(f"Duplicate definition of value '{o}' by node '{n.name}' ({n.op_type})")
            producers[o] = n
    order = toposort(graph.nodes, defined, graph.name)
    graph.nodes = order
    available = defined | set(producers)
    for o in graph.outputs:
        if o not in available:
            raise InvalidGraph(f"Graph output '{o}' is not produced by any node nor is a graph input")


def toposort(nodes: list[ir.Node], defined: set[str], graph_name: str = "graph") -> list[ir.Node]:
    """Kahn's algorithm, stable with respect to the given order; errors name what is missing."""
    producers = {o: n for n in nodes for o in n.outputs if o}
    deps: dict[int, set[str]] = {}
    for n in nodes:
        need = {i for i in list(n.inputs) + ir.sub_outer_inputs(n) if i and i not in defined}
        for i in need:
            if i not in producers:
                raise InvalidGraph(f"Node '{n.name}' ({n.op_type}) input '{i}' is not a graph input, "
                                   f"initializer, or output of a previous node in graph '{graph_name}'")
        deps[id(n)] = need
    ready = set(defined)
    order: list[ir.Node] = []
    pending = list(nodes)
    while pending:
        progressed = []
        rest = []
        for n in pending:
            if deps[id(n)] <= ready:
                progressed.append(n)
                ready.update(o for o in n.outputs if o)
            else:
                rest.append(n)
        if not progressed:
            names = ", ".join(f"'{n.name}' ({n.op_type})" for n in rest[:5])
            raise InvalidGraph(f"The graph '{graph_name}' has a cycle involving nodes {names}")
        order.extend(progressed)
        pending = rest
    return order


def constant_value(node: ir.Node) -> np.ndarray:
    a = node.attrs
    for key, dtype in (("value", None), ("value_float", np.float32), ("value_floats", np.float32),
                       ("value_int", np.int64), ("value_ints", np.int64), ("value_string", object),
                       ("value_strings", object)):
        if key in a:
            return np.asarray(a[key]) if dtype is None else np.array(a[key], dtype=dtype)
    raise InvalidGraph(f"{node.label}: Constant has no value attribute")
