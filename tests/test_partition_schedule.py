"""compiler.partition and compiler.schedule: steps and fused groups of small graphs.

Building a Program partitions, schedules and generates source but compiles nothing, so
these tests cost no Numba time; plans (per input-shape signature) are also pure Python.
One test runs a two-step model end to end against onnxruntime (exact: a copy)."""
import numpy as np
import pytest
from onnx import TensorProto as T, helper

import onnxjit
from onnxjit.compiler import passes, registry
from onnxjit.compiler.partition import partition
from onnxjit.compiler.program import Program, broadcast_strides
from onnxjit.compiler.schedule import describe
from helpers import CPU, init, loaded, make_model, ort_run, pointwise_model, vi


def program(model, optimize=True, level=passes.ENABLE_ALL):
    g = loaded(model)
    if optimize:
        passes.optimize(g, level)
    return Program(g, CPU)


def test_add_relu_mul_fuse_into_one_pointwise_group():
    prog = program(pointwise_model())
    assert len(prog.steps) == 1
    step = prog.steps[0]
    assert step.step.kind == "compiled" and step.step.provider == "CPUExecutionProvider"
    assert step.step.inputs == ["x", "b"] and step.step.outputs == ["y"]
    groups = step.code.groups
    assert len(groups) == 1
    (g,) = groups
    assert g.kind == registry.POINTWISE
    assert [n.op_type for n in g.nodes] == ["Add", "Relu", "Mul"]
    assert g.inputs == ["x", "b"] and g.outputs == ["y"]
    # the intermediates a and r never touch memory
    assert step.code.arena == []
    assert g.shape == ("N", 4)


def test_broadcast_input_is_read_with_stride_zero():
    prog = program(pointwise_model())
    step = prog.steps[0]
    plan = step.plan({"x": np.zeros((3, 4), np.float32), "b": np.zeros(4, np.float32)})
    (access,) = [s for s in step.code.slots if s.kind == "access"]
    grp, modes = access.args[:2]
    assert dict(zip(grp.inputs, modes)) == {"x": "full", "b": "strided"}
    # broadcasting is known statically here: no dims merge (b is dense on columns, broadcast on rows)
    assert access.args[2] == ((0,), (1,))
    assert "x1[U(p1_0 + i1)]" in step.code.source   # b read at stride 1 in the inner loop
    # b: offset 0, stride 0 along the rows, 1 along the columns
    assert list(plan.P[access.base:access.base + access.n]) == [0, 0, 1]
    (it,) = [s for s in step.code.slots if s.kind == "iter"]
    assert list(plan.P[it.base:it.base + it.n]) == [12, 3, 4]


@pytest.mark.parametrize("shape,out,expected", [
    ((4,), (3, 4), [0, 1]),
    ((3, 1), (3, 5), [1, 0]),
    ((1, 1), (2, 3), [0, 0]),
    ((2, 1, 4), (2, 3, 4), [4, 0, 1]),
    ((5,), (2, 3, 5), [0, 0, 1]),
])
def test_broadcast_strides(shape, out, expected):
    assert broadcast_strides(shape, out) == expected


def conv_model():
    nodes = [helper.make_node("Conv", ["x", "w"], ["c"], name="conv", pads=[1, 1, 1, 1]),
             helper.make_node("Relu", ["c"], ["r"], name="relu"),
             helper.make_node("Reshape", ["r", "shp"], ["f"], name="flatten_reshape"),
             helper.make_node("Add", ["f", "f"], ["y"], name="double")]
    return make_model(nodes, [vi("x", T.FLOAT, ["N", 2, 4, 4])], [vi("y", T.FLOAT, ["N", 48])],
                      inits=[init("w", np.ones((3, 2, 3, 3), np.float32)), init("shp", np.int64([0, -1]))])


def test_conv_is_a_kernel_group_and_reshape_a_view():
    # basic level: at extended and above the Relu would fuse into the Conv (FusedConv)
    prog = program(conv_model(), level=passes.ENABLE_BASIC)
    assert len(prog.steps) == 1
    code = prog.steps[0].code
    kinds = [(g.kind, [n.name for n in g.nodes]) for g in code.groups]
    assert kinds[0] == (registry.KERNEL, ["conv"])
    assert (registry.VIEW, ["flatten_reshape"]) in kinds
    # the view has no code and no storage of its own: it aliases the Relu's buffer
    assert code.alias == {"f": "r"}
    assert "f" not in code.arena and "r" in code.arena and "c" in code.arena
    assert "# f is a view of r: no code" in code.source
    assert "k_conv." in code.source and "conv" in code.kernels
    # the memory plan: c and r are both live at the Relu, so they cannot share bytes
    plan = prog.steps[0].plan({"x": np.zeros((2, 2, 4, 4), np.float32)})
    off = plan.memory.offsets()
    c_end = off["c"] + 2 * 3 * 4 * 4 * 4
    r_end = off["r"] + 2 * 3 * 4 * 4 * 4
    assert c_end <= off["r"] or r_end <= off["c"]


def test_fusion_refusal_is_recorded_with_its_reason():
    # the Add broadcasts to another shape than the Relu before it: two groups
    model = make_model([helper.make_node("Relu", ["x"], ["r"], name="relu"),
                        helper.make_node("Add", ["r", "z"], ["y"], name="widen")],
                       [vi("x", T.FLOAT, [3, 1]), vi("z", T.FLOAT, [3, 5])], [vi("y", T.FLOAT, [3, 5])])
    code = program(model).steps[0].code
    assert [[n.name for n in g.nodes] for g in code.groups] == [["relu"], ["widen"]]
    assert "widen" in describe(code.groups) and "not fused" in describe(code.groups)


def computed_shape_model():
    """y = Reshape(x, Cast(LeakyRelu(v))): the target shape is computed by compiled code."""
    nodes = [helper.make_node("LeakyRelu", ["v"], ["lv"], name="leaky"),
             helper.make_node("Cast", ["lv"], ["shp"], name="to_int", to=T.INT64),
             helper.make_node("Reshape", ["x", "shp"], ["y"], name="late_reshape")]
    return make_model(nodes, [vi("x", T.FLOAT, [12]), vi("v", T.FLOAT, [2])], [vi("y", T.FLOAT, None)])


def test_node_needing_a_computed_value_starts_a_new_step():
    g = loaded(computed_shape_model())
    steps, _ = partition(g, CPU)
    assert [[n.name for n in s.nodes] for s in steps] == [["leaky", "to_int"], ["late_reshape"]]
    assert [s.kind for s in steps] == ["compiled", "compiled"]
    assert steps[0].outputs == ["shp"]
    assert steps[1].inputs == ["x", "shp"]


def test_shape_values_from_numpy_do_not_split_steps():
    # Shape -> Gather -> Concat -> Reshape on a symbolic input: the values are known from shapes
    nodes = [helper.make_node("Shape", ["x"], ["s"]),
             helper.make_node("Gather", ["s", "i0"], ["d0"], axis=0),
             helper.make_node("Concat", ["d0", "m1"], ["shp"], axis=0),
             helper.make_node("Reshape", ["x", "shp"], ["y"])]
    model = make_model(nodes, [vi("x", T.FLOAT, ["N", 3, 4])], [vi("y", T.FLOAT, None)],
                       inits=[init("i0", np.int64([0])), init("m1", np.int64([-1]))])
    steps, _ = partition(loaded(model), CPU)
    assert len(steps) == 1


def test_host_op_is_its_own_step():
    nodes = [helper.make_node("Relu", ["x"], ["r"]), helper.make_node("NonZero", ["r"], ["nz"]),
             helper.make_node("Cast", ["nz"], ["y"], to=T.FLOAT)]
    model = make_model(nodes, [vi("x", T.FLOAT, [5])], [vi("y", T.FLOAT, None)])
    steps, _ = partition(loaded(model), CPU)
    assert [(s.kind, [n.op_type for n in s.nodes]) for s in steps] == [
        ("compiled", ["Relu"]), ("host", ["NonZero"]), ("compiled", ["Cast"])]
    assert steps[0].outputs == ["r"] and steps[1].outputs == ["nz"]


def test_unsupported_op_raises_not_implemented_naming_it():
    model = make_model([helper.make_node("NoSuchOp", ["x"], ["y"], name="weird", domain="")],
                       [vi("x", T.FLOAT, [2])], [vi("y", T.FLOAT, [2])])
    from onnxjit.compiler import load
    g, _ = load.load(model)
    with pytest.raises((onnxjit.NotImplemented, onnxjit.InvalidGraph)) as e:
        from onnxjit.compiler import infer
        infer.infer_graph(g)
        partition(g, CPU)
    assert "NoSuchOp" in str(e.value)


def test_two_step_model_runs_like_onnxruntime():
    model = computed_shape_model()
    x = np.arange(12, dtype=np.float32)
    sess = onnxjit.InferenceSession(model.SerializeToString())
    for v in (np.float32([3, 4]), np.float32([2, 6]), np.float32([12, 1])):   # one plan per shape value
        (y,) = sess.run(None, {"x": x, "v": v})
        (e,) = ort_run(model, {"x": x, "v": v})
        assert y.shape == e.shape == tuple(int(k) for k in v)
        np.testing.assert_array_equal(y, e)


def test_channel_broadcast_merges_spatial_dims_and_hoists_the_scale():
    """x (N, C, H, W) * s (C, 1, 1) + b (C, 1, 1): H and W merge into one loop, and the scale and
    shift are loaded once per row, outside the innermost loop (results vs NumPy, rtol 1e-6)."""
    nodes = [helper.make_node("Mul", ["x", "s"], ["m"]), helper.make_node("Add", ["m", "b"], ["y"])]
    model = make_model(nodes, [vi("x", T.FLOAT, ["N", 3, 4, 5]), vi("s", T.FLOAT, [3, 1, 1]),
                               vi("b", T.FLOAT, [3, 1, 1])], [vi("y", T.FLOAT, ["N", 3, 4, 5])])
    prog = program(model)
    step = prog.steps[0]
    (access,) = [s for s in step.code.slots if s.kind == "access"]
    assert access.args[2] == ((0,), (1,), (2, 3))
    src = step.code.source
    assert "for i2 in range(n2):" in src and "for i3" not in src
    x = np.random.default_rng(0).standard_normal((2, 3, 4, 5)).astype(np.float32)
    s_ = np.float32([1, 2, 3]).reshape(3, 1, 1)
    b = np.float32([-1, 0, 1]).reshape(3, 1, 1)
    prog.compile()
    (y,) = prog.run({"x": x, "s": s_, "b": b}, ["y"])
    np.testing.assert_allclose(y, x * s_ + b, rtol=1e-6)
