"""compiler.codegen (and cache): generated source is readable, compiles, and is shape-generic.

Numba compilations are counted with numba.core.event's "numba:compile" event, which fires
only for a real compilation (not for a signature already compiled, nor a disk-cache load)."""
import ast
import contextlib

import numpy as np
import numba
import numba.core.event as ev
from onnx import TensorProto as T, helper

import onnxjit
from onnxjit.compiler import cache, passes
from onnxjit.compiler.program import Program
from helpers import CPU, init, loaded, make_model, pointwise_model, pointwise_ref, vi


class CompileCounter(ev.Listener):
    def __init__(self):
        self.compiled = []

    def on_start(self, event):
        pass

    def on_end(self, event):
        self.compiled.append(event.data["dispatcher"].py_func.__name__)


@contextlib.contextmanager
def count_compiles():
    c = CompileCounter()
    with ev.install_listener("numba:compile", c):
        yield c


def source_of(model):
    g = loaded(model)
    passes.optimize(g)
    prog = Program(g, CPU)
    assert len(prog.steps) == 1
    return prog.steps[0].code


def test_source_names_the_onnx_nodes_and_parses():
    code = source_of(pointwise_model())
    src = code.source
    ast.parse(src)
    assert "# group 0: add_node (Add), relu_node (Relu), mul_node (Mul)" in src
    for label in ("add_node (Add)", "relu_node (Relu)", "mul_node (Mul)"):
        assert f"# {label}" in src.replace("  # ", "# ")           # each expression line names its node
    assert "# in0: input 'x' float32[Nx4]" in src and "# out0: output 'y' float32[Nx4]" in src
    assert "def fused_add_relu_mul_0(" in src and f"def {code.fn_name}(" in src


def test_source_compiles_and_computes(tmp_path):
    code = source_of(pointwise_model())
    mod = cache.load_source(code.source, str(tmp_path))
    assert callable(getattr(mod, code.fn_name))
    fused = [getattr(mod, n) for n in dir(mod) if n.startswith("fused_")]
    assert len(fused) == 1 and isinstance(fused[0], numba.core.registry.CPUDispatcher)
    # the module was written under the given cache folder, named by the source hash
    key = cache.source_key(code.source)
    assert (tmp_path / key[:2] / f"m{key[:40]}.py").read_text() == code.source
    # and it runs through a session too
    sess = onnxjit.InferenceSession(pointwise_model().SerializeToString())
    x = np.linspace(-2, 2, 12, dtype=np.float32).reshape(3, 4)
    b = np.float32([0.5, -0.5, 1, -1])
    np.testing.assert_allclose(sess.run(None, {"x": x, "b": b})[0], pointwise_ref(x, b), rtol=1e-6)


def test_source_is_identical_for_models_differing_only_in_input_sizes():
    # the code is identical; only comments (which print the declared shapes) differ, and
    # the cache key leaves comments out, so both models share one compiled module
    a = source_of(pointwise_model(n=2, width=4)).source
    b = source_of(pointwise_model(n=7, width=5)).source
    assert cache.strip_comments(a) == cache.strip_comments(b)
    assert cache.source_key(a) == cache.source_key(b)


def _fresh_cache(path):
    """Session options with an empty compile cache: Numba's disk cache cannot hide a compilation."""
    so = onnxjit.SessionOptions()
    so.add_session_config_entry("session.compile_cache_dir", str(path))
    return so


def test_static_size_change_reuses_the_compiled_function(tmp_path):
    x2 = np.ones((2, 4), np.float32)
    b4 = np.ones(4, np.float32)
    so = _fresh_cache(tmp_path)
    onnxjit.InferenceSession(pointwise_model(n=2).SerializeToString(), so).run(None, {"x": x2, "b": b4})
    with count_compiles() as c:
        sess = onnxjit.InferenceSession(pointwise_model(n=9, width=3).SerializeToString(), so)
        x = np.arange(27, dtype=np.float32).reshape(9, 3) - 10
        b = np.float32([1, -3, 0])
        y = sess.run(None, {"x": x, "b": b})[0]
    assert c.compiled == []
    np.testing.assert_allclose(y, pointwise_ref(x, b), rtol=1e-6)


def test_dynamic_batch_runs_at_three_sizes_without_compiling(tmp_path):
    sess = onnxjit.InferenceSession(pointwise_model().SerializeToString(), _fresh_cache(tmp_path))
    rng = np.random.default_rng(0)
    b = rng.standard_normal(4).astype(np.float32)
    sess.run(None, {"x": rng.standard_normal((1, 4)).astype(np.float32), "b": b})   # first run
    with count_compiles() as c:
        for n in (3, 17, 64):
            x = rng.standard_normal((n, 4)).astype(np.float32)
            (y,) = sess.run(None, {"x": x, "b": b})
            assert y.shape == (n, 4)
            np.testing.assert_allclose(y, pointwise_ref(x, b), rtol=1e-6)
    assert c.compiled == []
    # one plan per input-shape signature, one compiled function for all of them
    step = sess.program.steps[0]
    assert len(step._plans) == 4


def test_counter_sees_a_real_compilation():
    """The listener works: a fresh njit function is counted (guards the tests above)."""
    @numba.njit
    def fresh_function_for_the_counter(a):
        return a + 1

    with count_compiles() as c:
        fresh_function_for_the_counter(1)
    assert c.compiled == ["fresh_function_for_the_counter"]


def test_identical_fused_groups_share_one_function():
    # two Relu->Neg chains over different inputs: one fused function serves both groups
    nodes = [helper.make_node("Relu", ["x"], ["r1"]), helper.make_node("Neg", ["r1"], ["y1"]),
             helper.make_node("Relu", ["z"], ["r2"]), helper.make_node("Neg", ["r2"], ["y2"])]
    model = make_model(nodes, [vi("x", T.FLOAT, [4]), vi("z", T.FLOAT, [6])],
                       [vi("y1", T.FLOAT, [4]), vi("y2", T.FLOAT, [6])])
    code = source_of(model)
    assert len(code.groups) == 2
    assert code.source.count("def fused_") == 1


def test_names_from_the_model_cannot_inject_code(tmp_path):
    """Graph, node, value and dim names go into comments of the generated source; a line
    break in one must not end the comment (that would run the model's code at import)."""
    import builtins
    payload = "\nimport builtins; builtins.ONNXJIT_INJECTED = True\n#"
    nodes = [helper.make_node("Relu", ["x" + payload], ["r" + payload], name="relu" + payload),
             helper.make_node("Neg", ["r" + payload], ["y"], name="    neg\n    " + payload)]
    model = make_model(nodes, [vi("x" + payload, T.FLOAT, ["N" + payload, 3])], [vi("y", T.FLOAT, None)],
                       name="graph" + payload)
    so = onnxjit.SessionOptions()
    so.add_session_config_entry("session.compile_cache_dir", str(tmp_path))
    sess = onnxjit.InferenceSession(model.SerializeToString(), so)
    (y,) = sess.run(None, {"x" + payload: np.float32([[-1, 2, -3]])})
    assert not getattr(builtins, "ONNXJIT_INJECTED", False)
    np.testing.assert_array_equal(y, [[0, -2, 0]])
    src = sess.program.steps[0].code.source
    assert "ONNXJIT_INJECTED" in src                                 # it is there, escaped
    assert all(ln.lstrip().startswith("#") or "  # " in ln for ln in src.splitlines() if "ONNXJIT" in ln)
    ast.parse(src)


def test_cnn_and_attention_run_at_ten_shapes_with_one_compile():
    """Dynamic batch, height and width (so a dynamic sequence length after the reshape): a
    conv stage feeding self-attention runs at ten input shapes, matching onnxruntime, with no
    Numba compilation after the first run."""
    rng = np.random.default_rng(1)
    w = (rng.standard_normal((8, 3, 3, 3)) * 0.3).astype(np.float32)
    nodes = [helper.make_node("Conv", ["x", "w"], ["c"], pads=[1, 1, 1, 1]),
             helper.make_node("Relu", ["c"], ["r"]),
             helper.make_node("MaxPool", ["r"], ["p"], kernel_shape=[2, 2], strides=[2, 2]),
             helper.make_node("Reshape", ["p", "shape"], ["s"]),               # [N, 8, S]
             helper.make_node("Transpose", ["s"], ["q"], perm=[0, 2, 1]),    # [N, S, 8]
             helper.make_node("MatMul", ["q", "s"], ["att"]),                # [N, S, S]
             helper.make_node("Softmax", ["att"], ["prob"], axis=-1),
             helper.make_node("MatMul", ["prob", "q"], ["ctx"]),             # [N, S, 8]
             helper.make_node("ReduceMean", ["ctx", "axes"], ["y"], keepdims=0)]
    model = make_model(nodes, [vi("x", T.FLOAT, ["N", 3, "H", "W"])], [vi("y", T.FLOAT, ["N", 8])],
                       [init("w", w), init("shape", np.array([0, 8, -1], np.int64)),
                        init("axes", np.array([1], np.int64))], opset=18)
    data = model.SerializeToString()
    import onnxruntime
    ref = onnxruntime.InferenceSession(data, providers=CPU)
    sess = onnxjit.InferenceSession(data, providers=CPU)
    shapes = [(1, 8, 8), (2, 8, 8), (1, 16, 12), (3, 10, 14), (1, 32, 32), (2, 6, 20), (4, 12, 12),
              (1, 2, 2), (5, 18, 8), (2, 40, 24)]
    sess.run(None, {"x": rng.standard_normal((1, 3, 4, 4)).astype(np.float32)})    # first run
    with count_compiles() as c:
        for n, h, wd in shapes:
            x = rng.standard_normal((n, 3, h, wd)).astype(np.float32)
            (got,) = sess.run(None, {"x": x})
            (want,) = ref.run(None, {"x": x})
            np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-5)
    assert c.compiled == []


def test_costly_loop_over_a_batch_of_one_splits_its_first_two_dims():
    # an Erf-Gelu after an add broadcast along (batch, hidden) over (batch, seq, hidden): no dims
    # merge, and with batch 1 (vit, bert at batch 1) the parallel wrapper must split rows over
    # (batch, seq), not the batch alone; results match float64 (erf32: abs error <= 3.5e-7) at
    # batch 1 and 3, the split of 1031 rows not a multiple of the threads.
    nodes = [helper.make_node("Add", ["x", "b"], ["t"]), helper.make_node("Div", ["t", "r2"], ["u"]),
             helper.make_node("Erf", ["u"], ["e"]), helper.make_node("Add", ["e", "one"], ["f"]),
             helper.make_node("Mul", ["t", "f"], ["g"]), helper.make_node("Mul", ["g", "half"], ["y"])]
    model = make_model(nodes, [vi("x", T.FLOAT, ["B", "S", 96]), vi("b", T.FLOAT, ["S", 1])], [vi("y", T.FLOAT, None)],
                       [init("r2", np.float32(np.sqrt(2))), init("one", np.float32(1)), init("half", np.float32(0.5))])
    src = source_of(model).source
    assert "for r in range(lo, hi):" in src and "n = d[1] * d[2]" in src
    sess = onnxjit.InferenceSession(model.SerializeToString(), providers=CPU)
    rng = np.random.default_rng(0)
    from math import erf
    verf = np.vectorize(erf)
    for shape in ((1, 1031, 96), (3, 7, 96), (1, 1, 96)):
        x = rng.standard_normal(shape).astype(np.float32) * 3
        b = rng.standard_normal((shape[1], 1)).astype(np.float32)
        t = x.astype(np.float64) + b
        ref = 0.5 * t * (1 + verf(t / np.sqrt(2)))
        np.testing.assert_allclose(sess.run(None, {"x": x, "b": b})[0], ref, rtol=1e-5, atol=1e-5)


def test_strided_copy_loops_collapse():
    """A strided copy's loops are collapsed at run time (program.collapse_copy): size-1 dims
    dropped, dims the input steps over contiguously merged, right-aligned."""
    from onnxjit.compiler.program import collapse_copy
    # a full-range Slice of (2, 512, 508, 1): one loop over everything
    assert collapse_copy((2, 512, 508, 1), [260096, 508, 1, 1]) == ([1, 1, 1, 520192], [0, 0, 0, 1])
    # a Slice keeping every other row: rows stay a loop, each row's columns merge with nothing
    assert collapse_copy((3, 4, 5), [40, 10, 1]) == ([1, 12, 5], [0, 10, 1])
    # a transpose (0, 2, 1) of (2, 3, 4): nothing merges; size-1 dims anywhere go
    assert collapse_copy((2, 4, 3), [12, 1, 4]) == ([2, 4, 3], [12, 1, 4])
    assert collapse_copy((1, 4, 1, 3), [0, 1, 7, 4]) == ([1, 1, 4, 3], [0, 0, 1, 4])
    assert collapse_copy((0, 4), [4, 1]) == ([0, 4], [4, 1])


def test_strided_copies_with_unit_dims_match_numpy():
    """Slice and Transpose of layouts with size-1 dims (a 1-D signal laid out (N, C, L, 1), as
    Keras/TF export it), at two sizes of the dynamic dims: collapsed loops read the right
    elements."""
    nodes = [helper.make_node("Slice", ["x", "st", "en", "ax", "sp"], ["s"]),
             helper.make_node("Transpose", ["s"], ["t"], perm=[0, 2, 1, 3]),
             helper.make_node("Slice", ["x", "st2", "en2", "ax2"], ["u"])]
    inits = [init("st", np.array([0, 1], np.int64)), init("en", np.array([1000, 1000], np.int64)),
             init("ax", np.array([1, 2], np.int64)), init("sp", np.array([1, 2], np.int64)),
             init("st2", np.array([0], np.int64)), init("en2", np.array([1 << 40], np.int64)),
             init("ax2", np.array([2], np.int64))]
    m = make_model(nodes, [vi("x", T.FLOAT, ["N", "C", "L", 1])],
                   [vi("t", T.FLOAT, None), vi("u", T.FLOAT, None)], inits=inits)
    s = onnxjit.InferenceSession(m.SerializeToString())
    for shape in ((2, 6, 9, 1), (1, 3, 20, 1)):
        x = np.random.default_rng(0).standard_normal(shape).astype(np.float32)
        t, u = s.run(None, {"x": x})
        np.testing.assert_array_equal(t, x[:, :, 1::2].transpose(0, 2, 1, 3))
        np.testing.assert_array_equal(u, x)


# ---- Concat in place: its inputs computed inside its output (compared with onnxruntime, rtol 1e-6)

def _concat_model(batch=1, axis=1, extra_outputs=(), twice=False):
    """a = Relu(x), b = Sigmoid(x), c = Concat(a, b), d = Tanh(c), e = Concat(c, d) (c and d inside
    e, a and b inside c), y = e * 2.  A step output (extra_outputs) is not computed inside a
    Concat, nor is a Concat's output when it is one.  twice: a third Concat(a, d), whose inputs
    are inside the others already, copies."""
    nodes = [helper.make_node("Relu", ["x"], ["a"]), helper.make_node("Sigmoid", ["x"], ["b"]),
             helper.make_node("Concat", ["a", "b"], ["c"], axis=axis), helper.make_node("Tanh", ["c"], ["d"]),
             helper.make_node("Concat", ["c", "d"], ["e"], axis=axis),
             helper.make_node("Mul", ["e", "two"], ["y"])]
    outs = [vi("y", T.FLOAT, None)] + [vi(o, T.FLOAT, None) for o in extra_outputs]
    if twice:
        nodes.append(helper.make_node("Concat", ["a", "d"], ["f"], axis=axis))
        outs.append(vi("f", T.FLOAT, None))
    shape = [batch, 3, 4, 5] if axis == 1 else [batch, 1, 3, 5]
    return make_model(nodes, [vi("x", T.FLOAT, shape)], outs, inits=[init("two", np.array(2, np.float32))])


def _step_source(step) -> str:
    """The step function of a generated module (not its whole-step twin, which repeats it)."""
    src = step.code.source
    return src[src.index(f"\ndef {step.code.fn_name}("):]


def _in_place(session) -> int:
    return sum(_step_source(s).count("computed in place") for s in session.program.compiled_steps())


def test_concat_inputs_are_computed_in_place_and_results_match():
    from helpers import ort_run
    rng = np.random.default_rng(0)
    # (model, Concats computed in place, Concats whose plan decides: a dynamic batch of 1 or not)
    cases = [(dict(), 2, 0), (dict(axis=2), 2, 0), (dict(batch="N"), 0, 2), (dict(extra_outputs=("c",)), 0, 0),
             (dict(extra_outputs=("a",)), 1, 0), (dict(twice=True), 2, 0)]
    for kwargs, want_in_place, want_guarded in cases:
        m = _concat_model(**kwargs)
        s = onnxjit.InferenceSession(m.SerializeToString())
        assert _in_place(s) == want_in_place, kwargs
        assert sum(_step_source(st).count("the inputs are not inside") for st in s.program.compiled_steps()) \
            == want_guarded, kwargs
        for n in ((1, 3, 1) if kwargs.get("batch") == "N" else (1,)):
            x = rng.standard_normal([n] + [d.dim_value for d in m.graph.input[0].type.tensor_type.shape.dim[1:]])
            feeds = {"x": x.astype(np.float32)}
            got, want = s.run(None, feeds), ort_run(m, feeds)
            for g, w in zip(got, want):
                np.testing.assert_allclose(g, w, rtol=1e-6, atol=1e-7)
            again = s.run(None, feeds)      # outputs of a run are never overwritten by the next
            for g, a in zip(got, again):
                np.testing.assert_array_equal(g, a)


def test_concat_in_place_plan_puts_inputs_inside_the_output():
    s = onnxjit.InferenceSession(_concat_model().SerializeToString())
    s.run(None, {"x": np.ones((1, 3, 4, 5), np.float32)})
    (step,) = [st for st in s.program.compiled_steps() if "c" in st.code.inside]
    (plan,) = step._plans.values()
    off = {b.name: b.offset for b in plan.memory.buffers}
    assert "c" not in off and "a" not in off and "e" in off      # one buffer holds e, c, a and b
    P = plan.P
    ranges = {s_.args[1]: (P[s_.base], P[s_.base + 1]) for s_ in step.code.slots
              if s_.kind == "range" and s_.args[0] == "A"}
    n = 3 * 4 * 5 * 4
    e0 = ranges["e"][0]
    assert ranges["c"] == (e0, e0 + 2 * n) and ranges["a"] == (e0, e0 + n) and ranges["b"] == (e0 + n, e0 + 2 * n)
    assert ranges["d"] == (e0 + 2 * n, e0 + 4 * n) and ranges["e"] == (e0, e0 + 4 * n)


def test_concat_with_a_dynamic_batch_is_in_place_for_a_batch_of_one():
    s = onnxjit.InferenceSession(_concat_model(batch="N").SerializeToString())
    (step,) = [st for st in s.program.compiled_steps() if "c" in st.code.inside]
    for n in (1, 2):
        s.run(None, {"x": np.ones((n, 3, 4, 5), np.float32)})
    plans = {key[0][0]: p for key, p in step._plans.items()}
    for n, p in plans.items():
        flags = [p.P[s_.base] for s_ in step.code.slots if s_.kind == "in_place"]
        own = {b.name for b in p.memory.buffers}      # values with buffers of their own
        assert flags == ([1, 1] if n == 1 else [0, 0]), n
        assert (own & {"a", "b", "c", "d"}) == (set() if n == 1 else {"a", "b", "c", "d"}), n
