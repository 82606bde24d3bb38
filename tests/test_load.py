"""compiler.load: a path, bytes or ModelProto -> ir.Graph (no Numba compilation here)."""
import os

import numpy as np
import onnx
import pytest
from onnx import TensorProto as T, helper, numpy_helper

import onnxjit
from onnxjit.compiler import load
from helpers import init, make_model, vi


def _weighted_model():
    """y = x * w + c, with w and c initializers (w large enough to go to external data)."""
    w = np.arange(64, dtype=np.float32).reshape(16, 4)
    c = np.float32([1, 2, 3, 4])
    nodes = [helper.make_node("Mul", ["x", "w"], ["m"]), helper.make_node("Add", ["m", "c"], ["y"])]
    return make_model(nodes, [vi("x", T.FLOAT, [16, 4])], [vi("y", T.FLOAT, [16, 4])],
                      inits=[init("w", w), init("c", c)]), w, c


@pytest.mark.parametrize("kind", ["path", "pathlike", "bytes", "proto"])
def test_load_path_bytes_and_proto_give_the_same_graph(tmp_path, kind):
    model, w, c = _weighted_model()
    p = tmp_path / "m.onnx"
    onnx.save_model(model, str(p))
    source = {"path": str(p), "pathlike": p, "bytes": model.SerializeToString(), "proto": model}[kind]
    graph, proto = load.load(source)
    assert isinstance(proto, onnx.ModelProto)
    assert graph.inputs == ["x"] and graph.outputs == ["y"]
    assert [n.op_type for n in graph.nodes] == ["Mul", "Add"]
    np.testing.assert_array_equal(graph.initializers["w"], w)
    np.testing.assert_array_equal(graph.initializers["c"], c)
    assert graph.types["x"].shape == (16, 4) and graph.types["x"].dtype == np.float32


def test_external_data_beside_the_model_is_loaded(tmp_path):
    model, w, c = _weighted_model()
    path = tmp_path / "ext.onnx"
    onnx.save_model(model, str(path), save_as_external_data=True, all_tensors_to_one_file=True,
                    location="weights.bin", size_threshold=0)
    assert (tmp_path / "weights.bin").exists()
    # the .onnx file really refers to the data file (no raw data left inside)
    raw = onnx.load(str(path), load_external_data=False)
    assert all(t.data_location == T.EXTERNAL for t in raw.graph.initializer)
    graph, _ = load.load(str(path))
    np.testing.assert_array_equal(graph.initializers["w"], w)
    np.testing.assert_array_equal(graph.initializers["c"], c)
    # loaded from another working directory too: resolved against the model's folder
    cwd = os.getcwd()
    try:
        os.chdir("/")
        graph, _ = load.load(str(path))
    finally:
        os.chdir(cwd)
    np.testing.assert_array_equal(graph.initializers["w"], w)


def _external_model(location: str) -> onnx.ModelProto:
    t = numpy_helper.from_array(np.zeros(4, np.float32), "w")
    t.ClearField("raw_data")
    t.data_location = T.EXTERNAL
    for k, v in (("location", location), ("offset", "0"), ("length", "16")):
        e = t.external_data.add()
        e.key, e.value = k, v
    return make_model([helper.make_node("Add", ["x", "w"], ["y"])], [vi("x", T.FLOAT, [4])],
                      [vi("y", T.FLOAT, [4])], inits=[t])


@pytest.mark.parametrize("where", ["dotdot", "absolute", "dotdot_inside"])
def test_external_data_outside_the_model_folder_is_refused(tmp_path, where):
    folder = tmp_path / "model"
    folder.mkdir()
    secret = tmp_path / "secret.bin"            # exists, so a refusal is not just "file missing"
    secret.write_bytes(np.ones(4, np.float32).tobytes())
    location = {"dotdot": "../secret.bin", "absolute": str(secret),
                "dotdot_inside": "sub/../../secret.bin"}[where]
    path = folder / "m.onnx"
    with open(path, "wb") as f:
        f.write(_external_model(location).SerializeToString())
    with pytest.raises(onnxjit.InvalidGraph) as e:
        load.load(str(path))
    assert "secret.bin" in str(e.value) and "'w'" in str(e.value)


def test_opsets_are_kept_per_domain():
    model = make_model([helper.make_node("Relu", ["x"], ["y"])], [vi("x", T.FLOAT, [2])], [vi("y", T.FLOAT, [2])],
                       opsets={"": 15, "ai.onnx.ml": 3, "com.microsoft": 1})
    graph, _ = load.load(model)
    assert graph.opsets == {"": 15, "ai.onnx.ml": 3, "com.microsoft": 1}
    assert graph.opset("") == 15 and graph.opset("ai.onnx.ml") == 3
    # "ai.onnx" is the default domain under another spelling
    model = make_model([helper.make_node("Relu", ["x"], ["y"])], [vi("x", T.FLOAT, [2])], [vi("y", T.FLOAT, [2])],
                       opsets={"ai.onnx": 13})
    assert load.load(model)[0].opset("") == 13


def _if_model():
    """z = If(cond) { x + t } else { Neg(t) }, where t = Relu(x) is computed in the outer graph.

    The If node is listed *before* the Relu that produces the outer-scope value it reads, so
    loading must order nodes by subgraph dependencies too."""
    then_g = helper.make_graph([helper.make_node("Add", ["x", "t"], ["then_out"])], "then_g", [],
                               [vi("then_out", T.FLOAT, [3])])
    else_g = helper.make_graph([helper.make_node("Neg", ["t"], ["else_out"])], "else_g", [],
                               [vi("else_out", T.FLOAT, [3])])
    nodes = [helper.make_node("If", ["cond"], ["z"], name="the_if", then_branch=then_g, else_branch=else_g),
             helper.make_node("Relu", ["x"], ["t"], name="the_relu")]
    return make_model(nodes, [vi("cond", T.BOOL, []), vi("x", T.FLOAT, [3])], [vi("z", T.FLOAT, [3])])


def test_subgraphs_are_kept_with_their_outer_scope_names():
    graph, _ = load.load(_if_model())
    assert [n.name for n in graph.nodes] == ["the_relu", "the_if"]     # toposorted through the subgraph
    node = graph.nodes[1]
    assert set(node.subgraphs) == {"then_branch", "else_branch"}
    then_g, else_g = node.subgraphs["then_branch"], node.subgraphs["else_branch"]
    assert [n.op_type for n in then_g.nodes] == ["Add"] and then_g.outputs == ["then_out"]
    assert [n.op_type for n in else_g.nodes] == ["Neg"]
    assert then_g.outer_scope == ["x", "t"]
    assert else_g.outer_scope == ["t"]
    # the parent's consumer map counts the subgraph's reads
    assert node in graph.consumers()["t"]


def test_garbage_bytes_raise_invalid_protobuf():
    with pytest.raises(onnxjit.InvalidProtobuf):
        load.load(b"not an onnx model at all")
    with pytest.raises(onnxjit.InvalidProtobuf):
        onnxjit.InferenceSession(b"\x08\x07garbage\xff\xff\xff")


def test_garbage_file_raises_invalid_protobuf(tmp_path):
    p = tmp_path / "bad.onnx"
    p.write_bytes(b"not an onnx model at all")
    with pytest.raises(onnxjit.InvalidProtobuf) as e:
        load.load(str(p))
    assert "bad.onnx" in str(e.value)


def test_missing_file_raises_no_such_file(tmp_path):
    p = str(tmp_path / "nowhere.onnx")
    with pytest.raises(onnxjit.NoSuchFile) as e:
        load.load(p)
    assert "nowhere.onnx" in str(e.value)
    with pytest.raises(onnxjit.NoSuchFile):
        onnxjit.InferenceSession(p)


def test_undefined_node_input_names_the_node():
    model = make_model([helper.make_node("Relu", ["x"], ["r"], name="fine"),
                        helper.make_node("Add", ["r", "ghost"], ["y"], name="needs_ghost")],
                       [vi("x", T.FLOAT, [2])], [vi("y", T.FLOAT, [2])])
    with pytest.raises(onnxjit.InvalidGraph) as e:
        load.load(model)
    assert "needs_ghost" in str(e.value) and "ghost" in str(e.value)


def test_cycle_names_the_nodes():
    model = make_model([helper.make_node("Add", ["x", "b"], ["a"], name="cyc_a"),
                        helper.make_node("Relu", ["a"], ["b"], name="cyc_b"),
                        helper.make_node("Neg", ["a"], ["y"], name="after")],
                       [vi("x", T.FLOAT, [2])], [vi("y", T.FLOAT, [2])])
    with pytest.raises(onnxjit.InvalidGraph) as e:
        load.load(model)
    msg = str(e.value)
    assert "cycle" in msg and "cyc_a" in msg and "cyc_b" in msg


def test_duplicate_definition_is_refused():
    model = make_model([helper.make_node("Relu", ["x"], ["y"], name="one"),
                        helper.make_node("Neg", ["x"], ["y"], name="two")],
                       [vi("x", T.FLOAT, [2])], [vi("y", T.FLOAT, [2])])
    with pytest.raises(onnxjit.InvalidGraph) as e:
        load.load(model)
    assert "'y'" in str(e.value) and "two" in str(e.value)


@pytest.mark.parametrize("node, expect", [
    (helper.make_node("Relu", ["x", "x"], ["y"], name="two_in"), "'two_in' (Relu, opset"),
    (helper.make_node("Relu", ["x"], ["y", "z"], name="two_out"), "has 2 outputs"),
    (helper.make_node("LeakyRelu", ["x"], ["y"], name="int_alpha", alpha=1), "attribute 'alpha' has type INT, expected FLOAT"),
    (helper.make_node("Cast", ["x"], ["y"], name="no_to"), "required attribute 'to' is missing"),
])
def test_nodes_that_break_their_schema_are_refused(node, expect):
    # each schema is read once and kept (load._schema_rule): the second load checks the same
    model = make_model([node], [vi("x", T.FLOAT, [2])], [vi("y", T.FLOAT, [2])])
    for _ in range(2):
        with pytest.raises(onnxjit.InvalidGraph) as e:
            load.load(model)
        assert expect in str(e.value) and node.name in str(e.value)
    ok = make_model([helper.make_node("LeakyRelu", ["x"], ["y"], alpha=0.5)], [vi("x", T.FLOAT, [2])],
                    [vi("y", T.FLOAT, [2])])
    load.load(ok)


def test_constant_nodes_become_initializers():
    tensor = numpy_helper.from_array(np.float32([[1, 2], [3, 4]]), "unused_name")
    nodes = [helper.make_node("Constant", [], ["k_tensor"], value=tensor),
             helper.make_node("Constant", [], ["k_float"], value_float=2.5),
             helper.make_node("Constant", [], ["k_ints"], value_ints=[3, 4]),
             helper.make_node("Add", ["x", "k_tensor"], ["s"]),
             helper.make_node("Mul", ["s", "k_float"], ["y"]),
             helper.make_node("Reshape", ["y", "k_ints"], ["z"])]
    model = make_model(nodes, [vi("x", T.FLOAT, [2, 2])], [vi("z", T.FLOAT, None)])
    graph, _ = load.load(model)
    assert [n.op_type for n in graph.nodes] == ["Add", "Mul", "Reshape"]
    np.testing.assert_array_equal(graph.initializers["k_tensor"], [[1, 2], [3, 4]])
    assert graph.initializers["k_tensor"].dtype == np.float32
    assert graph.initializers["k_float"].dtype == np.float32 and graph.initializers["k_float"].shape == ()
    assert float(graph.initializers["k_float"]) == 2.5
    assert graph.initializers["k_ints"].dtype == np.int64
    np.testing.assert_array_equal(graph.initializers["k_ints"], [3, 4])
    assert graph.types["k_ints"].shape == (2,)


def test_initializer_listed_as_input_is_overridable_not_a_feed():
    model = make_model([helper.make_node("Add", ["x", "w"], ["y"])],
                       [vi("x", T.FLOAT, [2]), vi("w", T.FLOAT, [2])], [vi("y", T.FLOAT, [2])],
                       inits=[init("w", np.float32([1, 2]))])
    graph, _ = load.load(model)
    assert graph.inputs == ["x"] and graph.overridable == ["w"]


# ---- large initializers copied straight out of the serialized model (compiler/rawdata.py)

def _many_dtypes_model():
    """Identity outputs of large initializers of several element types (one bfloat16, which
    the plain copy leaves to numpy_helper), and one small enough to stay in the message."""
    rng = np.random.default_rng(0)
    arrays = {
        "f32": rng.standard_normal((33, 65)).astype(np.float32),
        "f16": rng.standard_normal((4099,)).astype(np.float16),
        "f64": rng.standard_normal((3, 700)),
        "i64": rng.integers(-2**40, 2**40, (2, 600)),
        "u8": rng.integers(0, 255, (5000,), dtype=np.uint8),
        "b": rng.integers(0, 2, (4500,)).astype(bool),
        "small": np.float32([1, 2, 3]),
    }
    inits = [init(n, a) for n, a in arrays.items()]
    bits = (np.arange(3000, dtype=np.float32) / 7).view(np.uint32) >> 16     # bfloat16: the high halves
    bf = helper.make_tensor("bf16", T.BFLOAT16, [3000], bits.astype("<u2").tobytes(), raw=True)
    inits.append(bf)
    names = list(arrays) + ["bf16"]
    nodes = [helper.make_node("Identity", [n], [f"y_{n}"]) for n in names]
    outs = [vi(f"y_{n}", t.data_type, list(t.dims)) for n, t in zip(names, inits)]
    return make_model(nodes, [], outs, inits=inits), names


@pytest.mark.parametrize("kind", ["path", "bytes"])
def test_large_initializers_are_copied_out_of_the_serialized_model(tmp_path, kind):
    from onnxjit.compiler import rawdata
    model, names = _many_dtypes_model()
    data = model.SerializeToString()
    cut = rawdata.split(memoryview(data))
    assert cut is not None
    stripped = onnx.ModelProto.FromString(cut[0])
    assert sorted(cut[1].spans) == [0, 1, 2, 3, 4, 5, 7]      # all but "small" (index 6)
    assert [t.HasField("raw_data") for t in stripped.graph.initializer] == [False] * 6 + [True, False]
    p = tmp_path / "m.onnx"
    p.write_bytes(data)
    graph, _ = load.load(str(p) if kind == "path" else data)
    for t in model.graph.initializer:
        want, got = numpy_helper.to_array(t), graph.initializers[t.name]
        assert got.dtype == want.dtype and got.shape == want.shape, t.name
        np.testing.assert_array_equal(got, want, err_msg=t.name)
        assert not got.flags.writeable, t.name      # as protobuf's raw_data bytes give them
    # the cut-out bytes put back give the whole message again
    for k, t in enumerate(stripped.graph.initializer):
        if k in cut[1].spans:
            off, n = cut[1].spans[k]
            t.raw_data = data[off:off + n]
    assert stripped.SerializeToString() == data


def test_raw_data_of_the_wrong_length_names_the_initializer(tmp_path):
    t = numpy_helper.from_array(np.zeros((64, 64), np.float32), "w")
    t.dims[:] = [64, 65]
    model = make_model([helper.make_node("Identity", ["w"], ["y"])], [], [vi("y", T.FLOAT, [64, 65])], inits=[t])
    p = tmp_path / "bad.onnx"
    onnx.save_model(model, str(p))
    with pytest.raises(onnxjit.InvalidGraph, match="'w'.*16384 bytes"):
        load.load(str(p))


@pytest.mark.parametrize("cut", [10, 200, 9000, -3])
def test_truncated_model_file_raises_invalid_protobuf(tmp_path, cut):
    model, _ = _many_dtypes_model()
    data = model.SerializeToString()
    p = tmp_path / "cut.onnx"
    p.write_bytes(data[:cut])
    with pytest.raises((onnxjit.InvalidProtobuf, onnxjit.InvalidGraph)):
        load.load(str(p))


def test_the_wire_walk_gives_up_on_what_it_does_not_expect():
    from onnxjit.compiler import rawdata
    assert rawdata.split(memoryview(b"\x0b\x01\x02")) is None        # a group
    assert rawdata.split(memoryview(b"\x3a\xff\xff\x01\x00")) is None  # graph longer than the bytes
    assert rawdata.split(memoryview(_weighted_model()[0].SerializeToString())) is None   # nothing large


def test_the_wire_walk_follows_protobufs_merging_rules():
    """A message field given twice is merged (ModelProto.graph: initializer lists concatenate)
    and the last raw_data of a tensor is the one kept: the arrays are protobuf's."""
    model, _ = _many_dtypes_model()
    extra = onnx.ModelProto(graph=onnx.GraphProto(initializer=[init("more", np.arange(2048, dtype=np.float32))]))
    small = init("w", np.float32([1, 2, 3, 4]))
    shadowed = b"\x4a\x80\x40" + b"\x07" * 8192 + small.SerializeToString()    # raw_data 8 KiB, then 16 bytes
    data = model.SerializeToString() + extra.SerializeToString()
    data += onnx.ModelProto(graph=onnx.GraphProto(initializer=[onnx.TensorProto.FromString(shadowed)])).SerializeToString()
    want = onnx.ModelProto.FromString(data)
    assert [t.name for t in want.graph.initializer][-2:] == ["more", "w"]
    graph, _ = load.load(data)
    for t in want.graph.initializer:
        np.testing.assert_array_equal(graph.initializers[t.name], numpy_helper.to_array(t), err_msg=t.name)
