"""Signal-processing and linear-algebra ops (compiler/ops/signal.py) through onnxjit sessions.

Oracles and tolerances:
  * DFT / STFT: NumPy's float64 FFT (the definition; onnxruntime computes in float32 and is
    off by ~1e-4 on these sizes).  onnxjit computes in float64 and rounds once:
    float32 outputs rtol=1e-5, atol=1e-4 (absolute: sums of up to 64 terms of size ~1).
  * Einsum, Det, Col2Im, windows, MelWeightMatrix, BitCast: onnxruntime; float rtol=1e-5,
    atol=1e-5 (Det: rtol=1e-4), integers and bit casts exact.
Models use symbolic dims and run at two sizes: one compiled kernel per dtype serves both.
"""
import numpy as np
import pytest

onnx = pytest.importorskip("onnx")
ort = pytest.importorskip("onnxruntime")
from onnx import TensorProto as T, helper  # noqa: E402

import onnxjit  # noqa: E402

rng = np.random.default_rng(5)
CPU = ["CPUExecutionProvider"]


def _model(nodes, inputs, outputs, opset):
    graph = helper.make_graph(nodes, "g", inputs, outputs)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)])
    model.ir_version = 10  # onnxruntime refuses newer IR versions
    return model.SerializeToString()


def _vi(name, elem, shape):
    return helper.make_tensor_value_info(name, elem, shape)


def _compare_ort(model, feeds_list, rtol=1e-5, atol=1e-5):
    ref = ort.InferenceSession(model, providers=CPU)
    got = onnxjit.InferenceSession(model, providers=CPU)
    for feeds in feeds_list:
        for w, h in zip(ref.run(None, feeds), got.run(None, feeds)):
            assert h.dtype == w.dtype and h.shape == w.shape, (h.dtype, h.shape, w.dtype, w.shape)
            if h.dtype.kind in "iub":
                np.testing.assert_array_equal(h, w)
            else:
                np.testing.assert_allclose(h, w, rtol=rtol, atol=atol)


def _complex(x):
    return x[..., 0].astype(np.float64) + (1j * x[..., 1] if x.shape[-1] == 2 else 0)


def _as_pairs(z):
    return np.stack([z.real, z.imag], -1)


# ---------------------------------------------------------------- DFT

@pytest.mark.parametrize("inverse,onesided,c_in", [(0, 0, 1), (0, 0, 2), (1, 0, 2), (0, 1, 1), (1, 1, 2)])
def test_dft_opset20_axis_and_length_inputs(inverse, onesided, c_in):
    node = helper.make_node("DFT", ["x", "n", "axis"], ["y"], inverse=inverse, onesided=onesided)
    model = _model([node], [_vi("x", T.FLOAT, ["A", "B", "C", c_in]), _vi("n", T.INT64, []),
                            _vi("axis", T.INT64, [])], [_vi("y", T.FLOAT, None)], 20)
    sess = onnxjit.InferenceSession(model, providers=CPU)
    for shape, axis, n in [((2, 7, 3), 1, 7), ((3, 4, 9), -2, 12), ((2, 5, 6), 0, 3)]:
        x = rng.standard_normal(shape + (c_in,)).astype(np.float32)
        y, = sess.run(None, {"x": x, "n": np.array(n), "axis": np.array(axis)})
        z = _complex(x)
        ax = axis if axis >= 0 else axis + 4   # rank 4 counting the real/imaginary dim
        if inverse and onesided:
            want = np.fft.irfft(z, n=n, axis=ax)[..., None]
        elif inverse:
            want = _as_pairs(np.fft.ifft(z, n=n, axis=ax))
        else:
            want = _as_pairs(np.fft.fft(z, n=n, axis=ax))
            if onesided:
                want = np.take(want, np.arange(n // 2 + 1), axis=ax)
        assert y.shape == want.shape and y.dtype == np.float32
        np.testing.assert_allclose(y, want, rtol=1e-5, atol=1e-4)


def test_dft_opset17_attr_axis_float64():
    node = helper.make_node("DFT", ["x"], ["y"], axis=2)
    model = _model([node], [_vi("x", T.DOUBLE, ["A", 4, "C", 2])], [_vi("y", T.DOUBLE, None)], 17)
    sess = onnxjit.InferenceSession(model, providers=CPU)
    for c in (5, 16):
        x = rng.standard_normal((2, 4, c, 2))
        y, = sess.run(None, {"x": x})
        np.testing.assert_allclose(y, _as_pairs(np.fft.fft(_complex(x), axis=2)), rtol=1e-12, atol=1e-12)


def test_dft_bad_length_raises():
    node = helper.make_node("DFT", ["x", "n"], ["y"])
    model = _model([node], [_vi("x", T.FLOAT, [2, 3, 1]), _vi("n", T.INT64, [])], [_vi("y", T.FLOAT, None)], 20)
    sess = onnxjit.InferenceSession(model, providers=CPU)
    with pytest.raises(Exception, match="dft_length"):
        sess.run(None, {"x": np.ones((2, 3, 1), np.float32), "n": np.array(0)})


# ---------------------------------------------------------------- STFT

def test_stft_window_and_frame_length():
    nodes = [helper.make_node("STFT", ["x", "step", "w"], ["y1"]),
             helper.make_node("STFT", ["x", "step", "", "flen"], ["y2"], onesided=0)]
    model = _model(nodes, [_vi("x", T.FLOAT, ["B", "N", 1]), _vi("step", T.INT64, []), _vi("w", T.FLOAT, ["F"]),
                           _vi("flen", T.INT64, [])], [_vi("y1", T.FLOAT, None), _vi("y2", T.FLOAT, None)], 17)
    sess = onnxjit.InferenceSession(model, providers=CPU)
    for b, n, step, f in [(1, 64, 8, 16), (2, 50, 5, 12)]:
        x = rng.standard_normal((b, n, 1)).astype(np.float32)
        w = np.hanning(f).astype(np.float32)
        y1, y2 = sess.run(None, {"x": x, "step": np.array(step), "w": w, "flen": np.array(f)})
        frames = (n - f) // step + 1
        fr = np.stack([x[:, k * step:k * step + f, 0].astype(np.float64) for k in range(frames)], 1)
        np.testing.assert_allclose(y1, _as_pairs(np.fft.rfft(fr * w, axis=-1)), rtol=1e-5, atol=1e-4)
        np.testing.assert_allclose(y2, _as_pairs(np.fft.fft(fr, axis=-1)), rtol=1e-5, atol=1e-4)


# ---------------------------------------------------------------- windows, MelWeightMatrix

def test_windows_and_mel_against_ort():
    nodes = [helper.make_node("HannWindow", ["n"], ["h"]),
             helper.make_node("HammingWindow", ["n"], ["m"], periodic=0, output_datatype=T.DOUBLE),
             helper.make_node("BlackmanWindow", ["n"], ["b"]),
             helper.make_node("MelWeightMatrix", ["bins", "dl", "sr", "lo", "hi"], ["mel"])]
    model = _model(nodes, [_vi("n", T.INT64, []), _vi("bins", T.INT64, []), _vi("dl", T.INT64, []),
                           _vi("sr", T.INT64, []), _vi("lo", T.FLOAT, []), _vi("hi", T.FLOAT, [])],
                   [_vi(o, T.FLOAT if o != "m" else T.DOUBLE, None) for o in ("h", "m", "b", "mel")], 17)
    feeds = [dict(n=np.array(n), bins=np.array(b), dl=np.array(d), sr=np.array(8000),
                  lo=np.array(0, np.float32), hi=np.array(4000, np.float32))
             for n, b, d in [(10, 8, 64), (33, 12, 128)]]
    _compare_ort(model, feeds)


# ---------------------------------------------------------------- Det

def test_det_batched_and_singular():
    model = _model([helper.make_node("Det", ["x"], ["y"])], [_vi("x", T.FLOAT, ["B", "N", "N"])],
                   [_vi("y", T.FLOAT, None)], 22)
    x = rng.standard_normal((4, 5, 5)).astype(np.float32)
    x[1, 3] = x[1, 0]                       # singular
    x2 = rng.standard_normal((2, 1, 1)).astype(np.float32)
    _compare_ort(model, [{"x": x}, {"x": x2}], rtol=1e-4, atol=1e-5)


# ---------------------------------------------------------------- Einsum

@pytest.mark.parametrize("eq,shapes", [
    ("bij,bjk->bik", [(3, 2, 4), (3, 4, 5)]),
    ("ij,jk", [(3, 4), (4, 2)]),
    ("...ii->...i", [(2, 3, 4, 4)]),
    ("ii", [(5, 5)]),
    ("i,i", [(7,), (7,)]),
    ("ij,jk,kl->il", [(2, 3), (3, 4), (4, 5)]),
    ("...ij,...jk->...ik", [(2, 1, 3, 4), (1, 5, 4, 2)]),
    ("abc->cba", [(2, 3, 4)]),
    ("i,j->ij", [(3,), (4,)]),
    ("bhqd,bhkd->bhqk", [(2, 3, 4, 8), (2, 3, 5, 8)]),
    ("ij->", [(3, 4)]),
])
def test_einsum_against_ort(eq, shapes):
    ins = [_vi(f"x{k}", T.FLOAT, [f"d{k}_{j}" for j in range(len(s))]) for k, s in enumerate(shapes)]
    model = _model([helper.make_node("Einsum", [f"x{k}" for k in range(len(shapes))], ["y"], equation=eq)],
                   ins, [_vi("y", T.FLOAT, None)], 12)
    feeds = {f"x{k}": rng.standard_normal(s).astype(np.float32) for k, s in enumerate(shapes)}
    _compare_ort(model, [feeds])
    want = np.einsum(eq, *[feeds[f"x{k}"].astype(np.float64) for k in range(len(shapes))])
    got, = onnxjit.InferenceSession(model, providers=CPU).run(None, feeds)
    np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-5)


def test_einsum_int_and_two_sizes():
    model = _model([helper.make_node("Einsum", ["a", "b"], ["y"], equation="ij,kj->ik")],
                   [_vi("a", T.INT32, ["M", "K"]), _vi("b", T.INT32, ["N", "K"])], [_vi("y", T.INT32, None)], 12)
    feeds = [{"a": rng.integers(-9, 9, (m, k)).astype(np.int32), "b": rng.integers(-9, 9, (n, k)).astype(np.int32)}
             for m, k, n in [(3, 4, 5), (6, 2, 1)]]
    _compare_ort(model, feeds)


# ---------------------------------------------------------------- BitCast

@pytest.mark.parametrize("src,dst,to", [(np.float32, np.int32, T.INT32), (np.int64, np.float64, T.DOUBLE),
                                        (np.int8, np.uint8, T.UINT8), (np.bool_, np.uint8, T.UINT8),
                                        (np.uint16, np.float16, T.FLOAT16)])
def test_bitcast(src, dst, to):
    model = helper.make_model(helper.make_graph(
        [helper.make_node("BitCast", ["x"], ["y"], to=to)], "g",
        [_vi("x", helper.np_dtype_to_tensor_dtype(np.dtype(src)), ["N"])], [_vi("y", to, None)]),
        opset_imports=[helper.make_opsetid("", 26)])
    sess = onnxjit.InferenceSession(model.SerializeToString(), providers=CPU)
    for n in (4, 9):
        x = (rng.integers(0, 2, n).astype(bool) if src is np.bool_ else
             rng.integers(-100, 100, n).astype(src) if np.dtype(src).kind in "iu" else
             rng.standard_normal(n).astype(src))
        y, = sess.run(None, {"x": x})
        assert y.dtype == np.dtype(dst)
        np.testing.assert_array_equal(y.view(np.uint8), x.view(np.uint8))


def test_bitcast_width_mismatch_rejected():
    model = helper.make_model(helper.make_graph(
        [helper.make_node("BitCast", ["x"], ["y"], to=T.INT64)], "g",
        [_vi("x", T.FLOAT, [3])], [_vi("y", T.INT64, None)]), opset_imports=[helper.make_opsetid("", 26)])
    with pytest.raises(Exception, match="bit"):
        onnxjit.InferenceSession(model.SerializeToString(), providers=CPU)


# ---------------------------------------------------------------- Col2Im

@pytest.mark.parametrize("img,blk,attrs", [
    ((5, 5), (2, 3), {}),
    ((6, 7), (3, 2), {"strides": [2, 1], "pads": [1, 0, 1, 2], "dilations": [1, 2]}),
    ((3, 4, 5), (1, 2, 2), {"strides": [1, 2, 1]}),
])
def test_col2im_against_ort(img, blk, attrs):
    nd = len(img)
    node = helper.make_node("Col2Im", ["x", "img", "blk"], ["y"], **attrs)
    model = _model([node], [_vi("x", T.FLOAT, ["N", "CB", "L"]), _vi("img", T.INT64, [nd]),
                            _vi("blk", T.INT64, [nd])], [_vi("y", T.FLOAT, None)], 18)
    s = attrs.get("strides", [1] * nd)
    d = attrs.get("dilations", [1] * nd)
    p = attrs.get("pads", [0] * 2 * nd)
    L = int(np.prod([(img[k] + p[k] + p[nd + k] - d[k] * (blk[k] - 1) - 1) // s[k] + 1 for k in range(nd)]))
    feeds = [{"x": rng.standard_normal((n, c * int(np.prod(blk)), L)).astype(np.float32),
              "img": np.array(img, np.int64), "blk": np.array(blk, np.int64)} for n, c in [(1, 1), (2, 3)]]
    _compare_ort(model, feeds)


def test_col2im_wrong_column_count_raises():
    node = helper.make_node("Col2Im", ["x", "img", "blk"], ["y"])
    model = _model([node], [_vi("x", T.FLOAT, [1, 4, "L"]), _vi("img", T.INT64, [2]), _vi("blk", T.INT64, [2])],
                   [_vi("y", T.FLOAT, None)], 18)
    sess = onnxjit.InferenceSession(model, providers=CPU)
    with pytest.raises(Exception, match="columns"):
        sess.run(None, {"x": np.ones((1, 4, 5), np.float32), "img": np.array([3, 3]), "blk": np.array([2, 2])})
