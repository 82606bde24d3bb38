"""LSTM, GRU and RNN against onnxruntime, through onnxjit sessions.

All three ops share one kernel (kernels/cpu/rnn.py), compiled once per dtype, so these
models add little compile time.  onnxruntime rejects layout=1, so that case is checked
against our own layout=0 result, transposed.

Tolerance (float32): rtol=1e-4, atol=1e-5 (onnxruntime and onnxjit both use float32
approximations of sigmoid/tanh, and BLAS sums in different orders).
"""
import numpy as np
import pytest

pytest.importorskip("onnxruntime")
from onnx import TensorProto as T, helper, numpy_helper  # noqa: E402

import onnxjit  # noqa: E402
from helpers import ort_run  # noqa: E402

TOL = dict(rtol=1e-4, atol=1e-5)
GATES = {"RNN": 1, "GRU": 3, "LSTM": 4}


def _model(op, seq, batch, inp, hidden, *, direction="forward", layout=0, seq_lens=False, init_h=False,
           init_c=False, peep=False, attrs=None, opset=22, seed=0, n_out=None):
    """A one-node model: X (and sequence_lens / initial states when asked) are inputs; W, R, B
    and P are initializers.  `seq`/`batch` may be dim names.  Returns (model, feeds maker)."""
    rng = np.random.default_rng(seed)
    nd = 2 if direction == "bidirectional" else 1
    g = GATES[op]
    inits = [numpy_helper.from_array((rng.standard_normal((nd, g * hidden, inp)) * 0.4).astype(np.float32), "W"),
             numpy_helper.from_array((rng.standard_normal((nd, g * hidden, hidden)) * 0.4).astype(np.float32), "R"),
             numpy_helper.from_array(rng.standard_normal((nd, 2 * g * hidden)).astype(np.float32), "B")]
    names = ["X", "W", "R", "B", "sequence_lens" if seq_lens else "", "initial_h" if init_h else ""]
    xs = [batch, seq, inp] if layout else [seq, batch, inp]
    st = [batch, nd, hidden] if layout else [nd, batch, hidden]
    inputs = [helper.make_tensor_value_info("X", T.FLOAT, xs)]
    if seq_lens:
        inputs.append(helper.make_tensor_value_info("sequence_lens", T.INT32, [batch]))
    if init_h:
        inputs.append(helper.make_tensor_value_info("initial_h", T.FLOAT, st))
    if op == "LSTM":
        names += ["initial_c" if init_c else "", "P" if peep else ""]
        if init_c:
            inputs.append(helper.make_tensor_value_info("initial_c", T.FLOAT, st))
        if peep:
            inits.append(numpy_helper.from_array(rng.standard_normal((nd, 3 * hidden)).astype(np.float32), "P"))
    while names[-1] == "":
        names.pop()
    outs = ["Y", "Y_h", "Y_c"][:3 if op == "LSTM" else 2][:n_out]
    a = dict(hidden_size=hidden, direction=direction, **(attrs or {}))
    if layout:
        a["layout"] = layout
    node = helper.make_node(op, names, outs, name="rnn_node", **a)
    graph = helper.make_graph([node], "g", inputs, [helper.make_tensor_value_info(o, T.FLOAT, None) for o in outs],
                              initializer=inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)])
    model.ir_version = 10

    def feeds(s, b, lens=None, seed=1):
        r = np.random.default_rng(seed)
        f = {"X": r.standard_normal((b, s, inp) if layout else (s, b, inp)).astype(np.float32)}
        if seq_lens:
            f["sequence_lens"] = np.asarray(lens if lens is not None else [s] * b, np.int32)
        shp = (b, nd, hidden) if layout else (nd, b, hidden)
        if init_h:
            f["initial_h"] = r.standard_normal(shp).astype(np.float32)
        if init_c and op == "LSTM":
            f["initial_c"] = r.standard_normal(shp).astype(np.float32)
        return f
    return model, feeds


def _run(model, feeds):
    sess = onnxjit.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    return sess.run(None, feeds)


def _compare(model, feeds_list):
    sess = onnxjit.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    for feeds in feeds_list:
        want = ort_run(model, feeds)
        have = sess.run(None, feeds)
        assert len(have) == len(want)
        for k, (h, w) in enumerate(zip(have, want)):
            assert h.shape == w.shape, (k, h.shape, w.shape)
            np.testing.assert_allclose(h, w, **TOL, err_msg=f"output {k}")


def test_lstm_bidirectional_seq_lens_initial_states_peepholes():
    model, feeds = _model("LSTM", 5, 3, 4, 6, direction="bidirectional", seq_lens=True, init_h=True,
                          init_c=True, peep=True)
    # batch entry 1 stops after 2 steps, entry 2 after 0: Y is zero past each length, Y_h/Y_c
    # come from the last valid step (zeros for length 0, as onnxruntime)
    _compare(model, [feeds(5, 3, [5, 2, 0]), feeds(5, 3, [1, 5, 3], seed=2)])


@pytest.mark.parametrize("lbr", [0, 1])
def test_gru_linear_before_reset(lbr):
    model, feeds = _model("GRU", 4, 2, 3, 5, direction="bidirectional", seq_lens=True, init_h=True,
                          attrs=dict(linear_before_reset=lbr))
    _compare(model, [feeds(4, 2, [4, 3])])


def test_rnn_relu_reverse():
    model, feeds = _model("RNN", 4, 2, 3, 5, direction="reverse", init_h=True, seq_lens=True,
                          attrs=dict(activations=["Relu"]))
    _compare(model, [feeds(4, 2, [2, 4])])


def test_activations_alpha_beta_clip_input_forget():
    # alpha/beta lists are consumed in order by the activations that take them
    model, _ = _model("LSTM", 4, 2, 3, 5, attrs=dict(activations=["HardSigmoid", "ScaledTanh", "Softsign"],
                                                     activation_alpha=[0.3, 0.8], activation_beta=[0.4, 1.2],
                                                     clip=1.5, input_forget=1))
    _, feeds = _model("LSTM", 4, 2, 3, 5)
    _compare(model, [feeds(4, 2)])
    model, feeds = _model("GRU", 4, 2, 3, 5, attrs=dict(activations=["LeakyRelu", "Elu"],
                                                        activation_alpha=[0.2, 0.7]))
    _compare(model, [feeds(4, 2)])


def test_symbolic_seq_length_two_lengths():
    model, feeds = _model("LSTM", "S", "N", 8, 16, init_h=True, init_c=True)
    _compare(model, [feeds(3, 2), feeds(11, 1), feeds(1, 1)])


def test_optional_outputs_only_y_h():
    model, feeds = _model("LSTM", 3, 2, 4, 5, n_out=2)
    model.graph.node[0].output[0] = ""
    del model.graph.output[0]
    _compare(model, [feeds(3, 2)])


def test_layout_1_matches_layout_0():
    for op in ("LSTM", "GRU", "RNN"):
        m0, f0 = _model(op, 4, 3, 3, 5, direction="bidirectional", seq_lens=True, init_h=True, init_c=True,
                        seed=3)
        m1, f1 = _model(op, 4, 3, 3, 5, direction="bidirectional", seq_lens=True, init_h=True, init_c=True,
                        layout=1, seed=3)
        a = f0(4, 3, [4, 1, 3])
        b = {"X": a["X"].transpose(1, 0, 2).copy(), "sequence_lens": a["sequence_lens"],
             "initial_h": a["initial_h"].transpose(1, 0, 2).copy()}
        if op == "LSTM":
            b["initial_c"] = a["initial_c"].transpose(1, 0, 2).copy()
        r0, r1 = _run(m0, a), _run(m1, b)
        np.testing.assert_allclose(r1[0], r0[0].transpose(2, 0, 1, 3), **TOL)
        for s0, s1 in zip(r0[1:], r1[1:]):
            np.testing.assert_allclose(s1, s0.transpose(1, 0, 2), **TOL)


def test_bad_sequence_lens_is_an_error():
    model, feeds = _model("RNN", 3, 2, 3, 4, seq_lens=True)
    sess = onnxjit.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    with pytest.raises(Exception, match="sequence_lens"):
        sess.run(None, feeds(3, 2, [3, 4]))
