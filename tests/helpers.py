"""Small ONNX models shared by the pipeline-stage tests (test_load, test_infer, test_passes,
test_partition_schedule, test_memory, test_codegen, test_session, test_cli).

Numba compilation is the cold-start cost of the suite, so tests reuse a few models: the
generated source is content-addressed, and sessions of one model (or of models that differ
only in input sizes) share one compiled module within the process.
"""
from __future__ import annotations

import copy

import numpy as np
import onnx
from onnx import TensorProto as T, helper, numpy_helper

OPSET = 17
CPU = ["CPUExecutionProvider"]


def vi(name, elem=T.FLOAT, shape=None):
    return helper.make_tensor_value_info(name, elem, shape)


def init(name, array):
    return numpy_helper.from_array(np.asarray(array), name)


def make_model(nodes, inputs, outputs, inits=(), opset=OPSET, name="g", value_info=(), opsets=None):
    """A ModelProto (ir_version 10, so that onnxruntime takes it), not checked."""
    g = helper.make_graph(nodes, name, inputs, outputs, initializer=list(inits), value_info=list(value_info))
    imports = [helper.make_opsetid(d, v) for d, v in (opsets or {"": opset}).items()]
    m = helper.make_model(g, opset_imports=imports)
    m.ir_version = 10
    return m


def pointwise_model(n="N", width=4):
    """y = Relu(x + b) * x; x float32 [n, width], b float32 [width] (a broadcast input).

    Add -> Relu -> Mul fuse into one pointwise loop; the default (n='N') is the model most
    tests run, so it compiles once for the whole suite."""
    nodes = [helper.make_node("Add", ["x", "b"], ["a"], name="add_node"),
             helper.make_node("Relu", ["a"], ["r"], name="relu_node"),
             helper.make_node("Mul", ["r", "x"], ["y"], name="mul_node")]
    return make_model(nodes, [vi("x", T.FLOAT, [n, width]), vi("b", T.FLOAT, [width])],
                      [vi("y", T.FLOAT, [n, width])])


def if_on_sum_model(then_g, else_g):
    """y = If(ReduceSum(x) > 0, then_g, else_g); x float32 [N, 4], and the branches may read
    the initializers w = [1, 2, 3, 4] and zero from the enclosing graph."""
    nodes = [helper.make_node("ReduceSum", ["x"], ["s"], keepdims=0),
             helper.make_node("Greater", ["s", "zero"], ["c"]),
             helper.make_node("If", ["c"], ["y"], then_branch=then_g, else_branch=else_g)]
    return make_model(nodes, [vi("x", T.FLOAT, ["N", 4])], [vi("y", T.FLOAT, None)],
                      [init("w", np.float32([1, 2, 3, 4])), init("zero", np.float32(0))])


def pointwise_ref(x, b):
    return np.maximum(x + b, 0) * x


def ort_run(model, feeds, level=None):
    """onnxruntime's outputs (the oracle); level: an onnxruntime GraphOptimizationLevel or None."""
    import onnxruntime
    so = onnxruntime.SessionOptions()
    if level is not None:
        so.graph_optimization_level = level
    data = model if isinstance(model, (bytes, str)) else model.SerializeToString()
    return onnxruntime.InferenceSession(data, so, providers=CPU).run(None, feeds)


def graph_op_types(graph):
    return [n.op_type for n in graph.nodes]


def loaded(model):
    """load + static inference, as a session does before optimizing."""
    from onnxjit.compiler import infer, load
    graph, _ = load.load(copy.deepcopy(model))
    infer.infer_graph(graph)
    return graph


def optimized(model, level=None):
    """loaded(model), then the graph passes of `level` (default: every level, ORT_ENABLE_ALL)."""
    from onnxjit.compiler import passes
    graph = loaded(model)
    passes.optimize(graph, passes.ENABLE_ALL if level is None else level)
    return graph


def graph_to_model(graph, original):
    """The ir.Graph written back as a ModelProto (what optimized_model_filepath writes)."""
    from onnxjit.compiler.export import graph_to_proto
    m = helper.make_model(graph_to_proto(graph),
                          opset_imports=[helper.make_opsetid(d, v) for d, v in graph.opsets.items()])
    m.ir_version = original.ir_version
    return m


def compare_with_onnxruntime(model_bytes, feeds_list, check):
    """Run one onnxjit and one onnxruntime session of the model on each feed dict; every output
    must have onnxruntime's dtype and shape, and `check(name, have, want)` compares the values."""
    import onnxruntime

    import onnxjit
    ref = onnxruntime.InferenceSession(model_bytes, providers=CPU)
    got = onnxjit.InferenceSession(model_bytes, providers=CPU)
    names = [o.name for o in ref.get_outputs()]
    for feeds in feeds_list:
        for name, w, h in zip(names, ref.run(None, feeds), got.run(None, feeds)):
            assert h.dtype == w.dtype, name
            assert h.shape == w.shape, (name, h.shape, w.shape)
            check(name, h, w)
