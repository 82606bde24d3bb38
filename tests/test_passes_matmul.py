"""passes/matmul_transpose.py: MatMul(A, Transpose(X)) -> FusedMatMul(A, X', transB=1), the
graph before and after, the rewritten graph run by onnxruntime (its optimizations off) against
the original (rtol 1e-5: the same products, summed in another order), and FusedMatMul run by
onnxjit sessions against onnxruntime (rtol 1e-4, atol 1e-5)."""
import copy

import numpy as np
import onnxruntime
import pytest
from onnx import TensorProto as T, helper

import onnxjit
from onnxjit.compiler import infer
from onnxjit.compiler.passes import matmul_transpose
from helpers import graph_op_types, graph_to_model, loaded, make_model, ort_run, vi

OFF = onnxruntime.GraphOptimizationLevel.ORT_DISABLE_ALL
rng = np.random.default_rng(5)


def _attention_scores(perm, extra_consumer=False):
    """q (B, H, S, D) @ Transpose(k) with k (B, S, H, D): the keys of attention."""
    nodes = [helper.make_node("Transpose", ["k"], ["kt"], perm=list(perm)),
             helper.make_node("MatMul", ["q", "kt"], ["y"])]
    outs = [vi("y", T.FLOAT, None)]
    if extra_consumer:
        nodes.append(helper.make_node("Neg", ["kt"], ["z"]))
        outs.append(vi("z", T.FLOAT, None))
    return make_model(nodes, [vi("q", T.FLOAT, ["B", 4, 5, 8]), vi("k", T.FLOAT, ["B", 5, 4, 8])], outs)


def _apply(model):
    before = loaded(model)
    after = copy.deepcopy(before)
    changed = matmul_transpose.run(after)
    infer.infer_graph(after)
    return before, after, changed


def _feeds(batch=2):
    return {"q": rng.standard_normal((batch, 4, 5, 8)).astype(np.float32),
            "k": rng.standard_normal((batch, 5, 4, 8)).astype(np.float32)}


def test_keys_transpose_keeps_the_inner_dim_and_the_matmul_reads_it_transposed():
    model = _attention_scores((0, 2, 3, 1))
    before, after, changed = _apply(model)
    assert changed
    assert graph_op_types(before) == ["Transpose", "MatMul"]
    assert graph_op_types(after) == ["Transpose", "FusedMatMul"]
    t, mm = after.nodes
    assert t.attrs["perm"] == [0, 2, 1, 3]
    assert mm.domain == "com.microsoft" and mm.attrs == {"transB": 1} and mm.inputs[1] == t.outputs[0]
    feeds = _feeds()
    rewritten = graph_to_model(after, model)
    for got, want in zip(ort_run(rewritten, feeds, OFF), ort_run(model, feeds, OFF)):
        np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-6)


def test_a_transpose_of_the_last_two_dims_only_goes_away():
    model = make_model([helper.make_node("Transpose", ["w"], ["wt"], perm=[1, 0]),
                        helper.make_node("MatMul", ["a", "wt"], ["y"])],
                       [vi("a", T.FLOAT, [3, 6]), vi("w", T.FLOAT, [7, 6])], [vi("y", T.FLOAT, None)])
    _, after, changed = _apply(model)
    assert changed and graph_op_types(after) == ["FusedMatMul"]
    assert after.nodes[0].inputs == ["a", "w"]
    feeds = {"a": rng.standard_normal((3, 6)).astype(np.float32), "w": rng.standard_normal((7, 6)).astype(np.float32)}
    np.testing.assert_allclose(ort_run(graph_to_model(after, model), feeds, OFF)[0], ort_run(model, feeds, OFF)[0],
                               rtol=1e-5, atol=1e-6)


def test_left_alone():
    # the transpose's output is read twice
    _, after, changed = _apply(_attention_scores((0, 2, 3, 1), extra_consumer=True))
    assert not changed and "FusedMatMul" not in graph_op_types(after)
    # attention's values, (0, 2, 1, 3): the inner dim stays inner, nothing to gain
    model = make_model([helper.make_node("Transpose", ["v"], ["vt"], perm=[0, 2, 1, 3]),
                        helper.make_node("MatMul", ["p", "vt"], ["y"])],
                       [vi("p", T.FLOAT, ["B", 4, 5, 5]), vi("v", T.FLOAT, ["B", 5, 4, 8])], [vi("y", T.FLOAT, None)])
    _, after, changed = _apply(model)
    assert not changed and graph_op_types(after) == ["Transpose", "MatMul"]


@pytest.mark.parametrize("threads", [1, 2])
def test_sessions_match_onnxruntime(threads):
    """The optimized session (FusedMatMul, gemm.matmul_tb) at two batch sizes, and a
    FusedMatMul written in the model with B broadcast over A's batch."""
    so = onnxjit.SessionOptions()
    so.intra_op_num_threads = threads
    model = _attention_scores((0, 2, 3, 1)).SerializeToString()
    sess = onnxjit.InferenceSession(model, so)
    assert "FusedMatMul" in graph_op_types(sess._program.graph)
    for batch in (1, 3):
        feeds = _feeds(batch)
        np.testing.assert_allclose(sess.run(None, feeds)[0], ort_run(model, feeds)[0], rtol=1e-4, atol=1e-5)
    fm = make_model([helper.make_node("FusedMatMul", ["a", "b"], ["y"], domain="com.microsoft", transB=1)],
                    [vi("a", T.FLOAT, [2, 3, 33, 20]), vi("b", T.FLOAT, [40, 20])], [vi("y", T.FLOAT, None)],
                    opsets={"": 17, "com.microsoft": 1}).SerializeToString()
    feeds = {"a": rng.standard_normal((2, 3, 33, 20)).astype(np.float32),
             "b": rng.standard_normal((40, 20)).astype(np.float32)}
    got = onnxjit.InferenceSession(fm, so).run(None, feeds)[0]
    np.testing.assert_allclose(got, feeds["a"] @ feeds["b"].T, rtol=1e-4, atol=1e-5)


def test_unsupported_attributes_are_refused():
    fm = make_model([helper.make_node("FusedMatMul", ["a", "b"], ["y"], domain="com.microsoft", transB=1,
                                      alpha=0.5)],
                    [vi("a", T.FLOAT, [3, 4]), vi("b", T.FLOAT, [5, 4])], [vi("y", T.FLOAT, None)],
                    opsets={"": 17, "com.microsoft": 1}).SerializeToString()
    with pytest.raises(Exception, match="FusedMatMul is supported with transB only"):
        onnxjit.InferenceSession(fm).run(None, {"a": np.ones((3, 4), np.float32), "b": np.ones((5, 4), np.float32)})
