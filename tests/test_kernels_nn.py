"""Heavy CPU kernels (conv, pools, LRN, Gemm, MatMul) against onnxruntime.

Each case builds a one-node ONNX model, runs it in onnxruntime (the oracle)
and calls the kernel directly the way generated code does: 1-D/2-D spatial
tensors reshaped to 5-D, shape-dependent integers in an int64 parameter
array, a preallocated output (pre-filled with garbage to prove every element
is written).

Tolerance: float32 rtol=1e-4, atol=1e-5; float64 rtol=1e-10, atol=1e-12;
integer results exact.

Compile time is the cost here, so inputs are small and nearly every call is
float32 with the same array ranks (one compiled specialization per kernel).
"""
import numpy as np
import pytest

onnx = pytest.importorskip("onnx")
ort = pytest.importorskip("onnxruntime")
from onnx import TensorProto, helper  # noqa: E402

from onnxjit.kernels.cpu import conv as K  # noqa: E402
from onnxjit.kernels.cpu import gemm as G  # noqa: E402
from onnxjit.kernels.cpu import pool as P  # noqa: E402

RTOL32, ATOL32 = 1e-4, 1e-5
RTOL64, ATOL64 = 1e-10, 1e-12

rng = np.random.default_rng(1234)


def run_ort(op, inputs, attrs, out_types=None, opset=22):
    """Run one ONNX node in onnxruntime; None inputs are omitted (empty name)."""
    names = [f"i{k}" if v is not None else "" for k, v in enumerate(inputs)]
    out_types = out_types or [helper.np_dtype_to_tensor_dtype(inputs[0].dtype)]
    outs = [f"o{k}" for k in range(len(out_types))]
    node = helper.make_node(op, names, outs, **attrs)
    graph = helper.make_graph(
        [node], "g",
        [helper.make_tensor_value_info(nm, helper.np_dtype_to_tensor_dtype(v.dtype), v.shape)
         for nm, v in zip(names, inputs) if v is not None],
        [helper.make_tensor_value_info(o, t, None) for o, t in zip(outs, out_types)])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)])
    model.ir_version = 10  # onnxruntime refuses newer IR versions
    sess = ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    return sess.run(None, {nm: v for nm, v in zip(names, inputs) if v is not None})


def to5(a):
    """(N, C, *spatial) -> (N, C, 1.., *spatial) with 3 spatial dims."""
    nd = a.ndim - 2
    return a.reshape(a.shape[:2] + (1,) * (3 - nd) + a.shape[2:])


def lead(v, nd, fill):
    return [fill] * (3 - nd) + list(v)


def close(got, ref):
    if got.dtype == np.float64:
        np.testing.assert_allclose(got, ref, rtol=RTOL64, atol=ATOL64)
    elif got.dtype == np.float32:
        np.testing.assert_allclose(got, ref, rtol=RTOL32, atol=ATOL32)
    else:
        np.testing.assert_array_equal(got, ref)


def garbage(shape, dtype):
    if np.issubdtype(dtype, np.floating):
        return np.full(shape, np.nan, dtype)
    return np.full(shape, 77, dtype)


# --------------------------------------------------------------------- Conv

CONV_CASES = [
    # x shape, w shape, strides, pads (begin..., end...), dilations, group, bias
    ((2, 4, 9, 10), (6, 2, 3, 3), [1, 2], [1, 0, 2, 1], [1, 1], 2, True),
    ((1, 3, 9, 10), (5, 3, 3, 2), [2, 1], [0, 1, 1, 0], [2, 1], 1, False),
    ((1, 3, 12, 11), (4, 3, 5, 5), [3, 2], [2, 2, 2, 2], [1, 2], 1, True),
    ((2, 3, 11), (4, 3, 3), [2], [1, 2], [2], 1, True),                          # 1-D
    ((1, 2, 5, 6, 7), (4, 2, 2, 3, 2), [1, 2, 1], [1, 0, 1, 0, 1, 1], [1, 1, 2], 1, True),  # 3-D
    ((1, 6, 8, 8), (6, 1, 3, 3), [1, 1], [1, 1, 1, 1], [1, 1], 6, True),         # depthwise
    ((1, 6, 9, 8), (12, 1, 3, 3), [2, 2], [1, 1, 0, 0], [1, 2], 6, False),       # depthwise x2
    ((2, 5, 7, 7), (5, 1, 5, 5), [1, 1], [2, 2, 2, 2], [1, 1], 5, True),         # depthwise 5x5, N=2
    ((1, 4, 9, 10), (4, 1, 3, 3), [1, 1], [0, 1, 2, 0], [2, 2], 4, True),        # depthwise dilated
    ((1, 4, 13, 12), (4, 1, 3, 3), [1, 3], [1, 2, 0, 1], [1, 1], 4, False),      # column stride only
    ((1, 4, 12, 13), (4, 1, 3, 3), [3, 1], [2, 0, 1, 1], [1, 1], 4, True),       # row stride only
    ((1, 2, 3, 6, 6), (2, 1, 2, 3, 3), [1, 1, 1], [0, 1, 1, 1, 1, 1], [1, 1, 1], 2, True),  # 3-D depthwise
    ((1, 3, 30, 31), (16, 3, 3, 3), [2, 2], [1, 1, 1, 1], [1, 1], 1, True),      # 3-channel stride-2 stem
    ((2, 8, 5, 5), (6, 4, 1, 1), [1, 1], [0, 0, 0, 0], [1, 1], 2, True),         # 1x1 fast path
    ((1, 8, 5, 5), (6, 8, 1, 1), [2, 2], [0, 0, 0, 0], [1, 1], 1, True),         # 1x1 strided
    ((1, 32, 64, 65), (16, 32, 1, 1), [1, 1], [0, 0, 0, 0], [1, 1], 1, True),    # 1x1 in parallel, positions split
    ((2, 64, 16, 17), (256, 64, 1, 1), [1, 1], [0, 0, 0, 0], [1, 1], 1, False),  # 1x1 in parallel, channels split
    ((1, 16, 60, 61), (24, 16, 3, 3), [2, 2], [1, 1, 1, 1], [1, 1], 1, True),    # im2col in parallel, row tiles
    ((1, 1, 7, 7), (3, 1, 3, 3), [1, 1], [0, 0, 0, 0], [1, 1], 1, True),         # one channel
    ((1, 16, 40, 40), (8, 16, 3, 3), [1, 1], [1, 1, 1, 1], [1, 1], 1, True),     # >1 im2col tile
    # few positions for the threads: output channels split over them (an odd count), rows whole
    ((1, 16, 14, 14), (83, 16, 3, 3), [1, 1], [1, 1, 1, 1], [1, 1], 1, True),
    ((1, 64, 8), (2400, 64, 2), [1], [0, 0], [1], 1, False),                     # ... as dot products
    ((1, 16, 4), (8, 16, 3), [1], [1, 1], [1], 1, True),                         # 4 positions: dot products
    # few positions (<= 8 a tile): patches as rows and 2x4 dot-product blocks, with remainders
    ((1, 129, 4), (128, 129, 3), [1], [1, 1], [1], 1, True),                     # silero-vad's encoder conv
    ((1, 1, 576), (7, 1, 256), [128], [0, 0], [1], 1, False),                    # STFT-like: long stride
    ((2, 6, 5, 4), (10, 3, 3, 3), [2, 2], [1, 2, 0, 1], [1, 2], 2, True),        # odd M per group, padded, dilated
    ((1, 4, 3, 4, 5), (5, 4, 2, 3, 3), [2, 2, 2], [1, 1, 1, 0, 1, 1], [1, 1, 2], 1, True),  # 3-D, 8 positions
    # depthwise, channel multiplier 2, 124 channels (blocks of 8 and a partial one), on threads
    ((2, 62, 14, 14), (124, 1, 5, 5), [2, 2], [2, 2, 2, 2], [1, 1], 62, True),
    ((1, 24, 10, 10), (24, 1, 3, 3), [1, 1], [1, 1, 1, 1], [1, 1], 24, False),   # unit stride, 100 a plane: planes
    # depthwise strided on larger planes: 8 channels a position (rows of 8 + 7), a partial block
    ((2, 20, 30, 29), (20, 1, 3, 3), [2, 2], [1, 0, 1, 1], [1, 1], 20, True),
    ((1, 16, 23, 23), (16, 1, 5, 5), [2, 2], [2, 2, 2, 2], [2, 1], 16, True),     # dilated, 5x5
    # depthwise plane by plane with strides (2, 3), uneven pads, dilation, channel multiplier 2
    ((1, 3, 181, 160), (6, 1, 3, 5), [2, 3], [1, 2, 0, 1], [2, 1], 3, True),
    ((1, 5, 7), (3, 5, 2), [1], [0, 0], [1], 1, True),                           # 6 positions, M = 3
    ((2, 8, 1, 1), (6, 4, 1, 1), [1, 1], [0, 0, 0, 0], [1, 1], 2, True),         # 1x1 on one position: gemv
    ((1, 512, 1, 1), (4096, 512, 1, 1), [1, 1], [0, 0, 0, 0], [1, 1], 1, True),  # a larger matrix-vector product
    # a 1-D conv laid out (H, 1) (magika): im2col's column-run path, tiles over rows of one position
    ((2, 24, 70, 1), (32, 24, 5, 1), [1, 1], [2, 0, 1, 0], [1, 1], 1, True),
    ((1, 8, 41, 1), (6, 4, 3, 1), [2, 1], [1, 0, 0, 0], [2, 1], 2, False),    # strided, dilated, grouped
]


def _conv_params(nd, strides, pads, dil, group, bias):
    return np.array(lead(strides, nd, 1) + lead(pads[:nd], nd, 0) + lead(dil, nd, 1)
                    + [group, int(bias), 0, 0], np.int64)


@pytest.mark.parametrize("xs,ws,strides,pads,dil,group,bias", CONV_CASES)
def test_conv(xs, ws, strides, pads, dil, group, bias):
    nd = len(xs) - 2
    x = rng.standard_normal(xs).astype(np.float32)
    w = rng.standard_normal(ws).astype(np.float32)
    b = rng.standard_normal(ws[0]).astype(np.float32) if bias else None
    (ref,) = run_ort("Conv", [x, w, b], dict(strides=strides, pads=pads, dilations=dil, group=group))
    # the general kernel serves every case; the specialized entries the cases they are chosen for
    kernels = [K.conv]
    if nd == 2 and group > 1 and ws[1] == 1:
        kernels.append(K.conv_depthwise)
    if all(k == 1 for k in ws[2:]) and all(s == 1 for s in strides) and not any(pads):
        kernels.append(K.conv_1x1)
    for kernel in kernels:
        y = garbage(to5(ref).shape, np.float32)
        kernel(to5(x), to5(w), b if bias else np.zeros(0, np.float32), np.zeros((0,) * 5, np.float32), y,
               _conv_params(nd, strides, pads, dil, group, bias), 0.0, 0.0)
        close(y.reshape(ref.shape), ref)
    if ref.shape[-1] > K.FEW_POSITIONS:     # rows wider than the dot-product path's limit: the
        y = garbage(to5(ref).shape, np.float32)     # code generator's few=None, im2col only
        K.conv(to5(x), to5(w), b if bias else np.zeros(0, np.float32), np.zeros((0,) * 5, np.float32), y,
               _conv_params(nd, strides, pads, dil, group, bias), 0.0, 0.0, None)
        close(y.reshape(ref.shape), ref)


@pytest.mark.parametrize("hw", [(1, 1), (5, 6)])
def test_conv_1x1_epilogue(hw):
    # FusedConv's epilogue: bias, residual, then ReLU (numpy from float64 as the oracle)
    x = rng.standard_normal((2, 16) + hw).astype(np.float32)
    w = rng.standard_normal((8, 16, 1, 1)).astype(np.float32)
    b = rng.standard_normal(8).astype(np.float32)
    z = rng.standard_normal((2, 8) + hw).astype(np.float32)
    ref = np.einsum("mc,nchw->nmhw", w[:, :, 0, 0].astype(np.float64), x) + b[:, None, None] + z
    ref = np.maximum(ref, 0)
    p = _conv_params(2, [1, 1], [0, 0, 0, 0], [1, 1], 1, True)
    p[11], p[12] = 1, 1          # ACT_RELU, has residual
    for kernel in (K.conv, K.conv_1x1):
        y = garbage(to5(ref).shape, np.float32)
        kernel(to5(x), to5(w), b, to5(z), y, p, 0.0, 0.0)
        close(y.reshape(ref.shape), ref)


@pytest.mark.parametrize("hw", [(7, 7), (17, 17)])
def test_conv_depthwise_epilogue(hw):
    # FusedConv's epilogue on the depthwise paths (8 channels at once on small planes, plane
    # by plane on larger ones): bias, residual, then ReLU (numpy from float64 as the oracle)
    C = 13
    x = rng.standard_normal((2, C) + hw).astype(np.float32)
    w = rng.standard_normal((C, 1, 3, 3)).astype(np.float32)
    b = rng.standard_normal(C).astype(np.float32)
    z = rng.standard_normal((2, C) + hw).astype(np.float32)
    xp = np.pad(x.astype(np.float64), ((0, 0), (0, 0), (1, 1), (1, 1)))
    ref = sum(w[None, :, 0, i, j, None, None] * xp[:, :, i:i + hw[0], j:j + hw[1]]
              for i in range(3) for j in range(3)) + b[:, None, None] + z
    ref = np.maximum(ref, 0)
    p = _conv_params(2, [1, 1], [1, 1, 1, 1], [1, 1], C, True)
    p[11], p[12] = 1, 1          # ACT_RELU, has residual
    y = garbage(to5(ref).shape, np.float32)
    K.conv_depthwise(to5(x), to5(w), b, to5(z), y, p, 0.0, 0.0)
    close(y.reshape(ref.shape), ref)


def test_conv_float64():
    # onnxruntime has no float64 Conv: onnx's reference evaluator is the oracle
    from onnx.reference import ReferenceEvaluator
    x = rng.standard_normal((1, 4, 7, 6))
    w = rng.standard_normal((4, 2, 3, 3))
    b = rng.standard_normal(4)
    node = helper.make_node("Conv", ["x", "w", "b"], ["y"], strides=[2, 1], pads=[1, 1, 0, 1], group=2)
    (ref,) = ReferenceEvaluator(node).run(None, {"x": x, "w": w, "b": b})
    y = garbage(to5(ref).shape, np.float64)
    K.conv(to5(x), to5(w), b, np.zeros((0,) * 5), y, _conv_params(2, [2, 1], [1, 1, 0, 1], [1, 1], 2, True),
           0.0, 0.0)
    close(y.reshape(ref.shape), ref)


CONVT_CASES = [
    # x shape, w shape (C, M/group, k...), strides, pads, dilations, group, output_padding, bias
    ((1, 3, 5, 4), (3, 2, 3, 3), [1, 1], [0, 0, 0, 0], [1, 1], 1, None, True),
    ((2, 4, 5, 4), (4, 3, 3, 2), [2, 3], [1, 0, 0, 1], [1, 1], 2, [1, 0], True),
    ((1, 2, 6, 5), (2, 2, 3, 3), [2, 2], [1, 1, 1, 1], [2, 1], 1, [1, 1], False),
    ((1, 3, 7), (3, 2, 4), [3], [1, 2], [1], 1, [2], True),                     # 1-D
    ((1, 2, 3, 4, 3), (2, 2, 2, 3, 2), [2, 1, 2], [0, 1, 1, 1, 0, 0], [1, 2, 1], 1, None, True),  # 3-D
]


@pytest.mark.parametrize("xs,ws,strides,pads,dil,group,outpad,bias", CONVT_CASES)
def test_conv_transpose(xs, ws, strides, pads, dil, group, outpad, bias):
    nd = len(xs) - 2
    x = rng.standard_normal(xs).astype(np.float32)
    w = rng.standard_normal(ws).astype(np.float32)
    M = ws[1] * group
    b = rng.standard_normal(M).astype(np.float32) if bias else None
    attrs = dict(strides=strides, pads=pads, dilations=dil, group=group)
    if outpad:
        attrs["output_padding"] = outpad
    (ref,) = run_ort("ConvTranspose", [x, w, b], attrs)
    y = garbage(to5(ref).shape, np.float32)
    K.conv_transpose(to5(x), to5(w), b if bias else np.zeros(0, np.float32), y,
                     _conv_params(nd, strides, pads, dil, group, bias))
    close(y.reshape(ref.shape), ref)


# ------------------------------------------------------------------ MaxPool

IND_NONE = np.zeros((0, 0, 0, 0, 0), np.int64)

MAXPOOL_CASES = [
    # x shape, kernel, strides, pads, dilations, ceil_mode, storage_order
    ((2, 3, 9, 10), [3, 3], [2, 2], [1, 1, 1, 1], None, 0, 0),
    ((1, 2, 10, 11), [3, 2], [2, 3], [1, 0, 0, 1], None, 1, 0),
    ((1, 2, 10, 11), [3, 3], [1, 2], [1, 1, 1, 1], [2, 2], 0, 0),
    ((1, 2, 10, 11), [2, 3], [2, 1], [0, 1, 1, 0], None, 0, 1),
    ((2, 64, 40, 41), [3, 3], [2, 2], [0, 0, 0, 0], None, 0, 0),     # no padding: read in place; parallel
    ((1, 3, 8, 9), [1, 3], [1, 1], [0, 0, 0, 0], None, 0, 0),        # one kernel row
    ((1, 3, 8, 9), [3, 1], [1, 1], [1, 0, 1, 0], None, 0, 0),        # one kernel column
    ((1, 3, 8, 9), [2, 2], [2, 2], [0, 0, 0, 0], None, 0, 0),                     # windows inside: no copy
    ((1, 96, 28, 28), [3, 3], [2, 2], [1, 1, 1, 1], None, 0, 0),                  # shufflenet's, on threads
    ((1, 2, 9), [3], [2], [1, 1], None, 1, 1),                                    # 1-D
    ((1, 2, 5, 6, 7), [2, 3, 2], [2, 1, 2], [0, 1, 1, 1, 0, 1], None, 0, 1),      # 3-D
    ((1, 2, 5, 6, 7), [2, 3, 2], [2, 1, 2], [0, 1, 1, 1, 0, 1], [1, 2, 1], 1, 0),
]


@pytest.mark.parametrize("xs,k,s,pads,dil,ceil,order", MAXPOOL_CASES)
def test_maxpool(xs, k, s, pads, dil, ceil, order):
    nd = len(xs) - 2
    dil = dil or [1] * nd
    x = rng.standard_normal(xs).astype(np.float32)
    ref, ref_ind = run_ort("MaxPool", [x], dict(kernel_shape=k, strides=s, pads=pads, dilations=dil,
                                                ceil_mode=ceil, storage_order=order),
                           out_types=[TensorProto.FLOAT, TensorProto.INT64])
    y = garbage(to5(ref).shape, np.float32)
    ind = np.full(y.shape, -7, np.int64)
    p = np.array(lead(k, nd, 1) + lead(s, nd, 1) + lead(pads[:nd], nd, 0) + lead(dil, nd, 1)
                 + [order, 1, nd], np.int64)
    P.maxpool(to5(x), y, ind, p)
    close(y.reshape(ref.shape), ref)
    np.testing.assert_array_equal(ind.reshape(ref.shape), ref_ind)
    # without indices (a length-0 5-D int64 array, same specialization)
    y2 = garbage(y.shape, np.float32)
    p[13] = 0
    P.maxpool(to5(x), y2, IND_NONE, p)
    close(y2, y)
    if nd <= 2:     # the whole-plane kernel the code generator picks for these
        y3 = garbage(y.shape, np.float32)
        P.maxpool_2d(to5(x), y3, p)
        close(y3, y)


@pytest.mark.parametrize("xs,k,s,pads,dil", [
    ((2, 64, 40, 41), [3, 3], [2, 2], [0, 0, 0, 0], None),      # strided columns, unrolled
    ((1, 3, 12, 12), [2, 2], [2, 2], [0, 0, 0, 0], None),
    ((1, 3, 9, 10), [3, 3], [2, 2], [1, 1, 1, 1], None),        # strided: clipped border windows
    ((1, 3, 9, 10), [3, 3], [1, 1], [1, 1, 1, 1], None),        # unit strides: padded copy, whole-plane passes
    ((1, 3, 10, 11), [3, 2], [1, 3], [1, 0, 0, 1], [2, 2]),     # dilated, generic column loop
    ((1, 2, 6, 7), [3, 1], [1, 1], [0, 0, 2, 0], None),          # padding after the NaNs
])
def test_maxpool_2d_nan(xs, k, s, pads, dil):
    # NaNs are skipped: onnxruntime on the input with each NaN made -inf is the oracle (the
    # passes take maxima with vmaxps, which is not NaN-safe: with unit strides a plane with a NaN
    # goes through a cleaned copy, strided pools redo a row that met one element by element;
    # here some planes have none and some have many)
    nd = len(xs) - 2
    dil = dil or [1] * nd
    x = rng.standard_normal(xs).astype(np.float32)
    x[rng.random(xs) < 0.15] = np.nan
    x[0, 0] = rng.standard_normal(xs[2:])
    attrs = dict(kernel_shape=k, strides=s, pads=pads, dilations=dil)
    (ref,) = run_ort("MaxPool", [np.where(np.isnan(x), -np.inf, x).astype(np.float32)], attrs)
    y = garbage(to5(ref).shape, np.float32)
    p = np.array(lead(k, nd, 1) + lead(s, nd, 1) + lead(pads[:nd], nd, 0) + lead(dil, nd, 1)
                 + [0, 0, nd], np.int64)
    P.maxpool_2d(to5(x), y, p)
    np.testing.assert_array_equal(y.reshape(ref.shape), ref)


@pytest.mark.parametrize("dtype", [np.int8, np.uint8])
def test_maxpool_int8(dtype):
    info = np.iinfo(dtype)
    x = rng.integers(info.min, info.max, (1, 2, 9, 10), endpoint=True).astype(dtype)
    k, s, pads = [3, 3], [2, 2], [1, 1, 1, 1]
    (ref,) = run_ort("MaxPool", [x], dict(kernel_shape=k, strides=s, pads=pads, ceil_mode=1))
    y = garbage(to5(ref).shape, dtype)
    p = np.array([1] + k + [1] + s + [0] + pads[:2] + [1, 1, 1, 0, 0, 2], np.int64)
    P.maxpool(to5(x), y, IND_NONE, p)
    close(y.reshape(ref.shape), ref)
    y2 = garbage(y.shape, dtype)
    P.maxpool_2d(to5(x), y2, p)
    close(y2.reshape(ref.shape), ref)


# ------------------------------------------------------- AveragePool, LpPool

AVG_CASES = [
    # x shape, kernel, strides, pads, dilations, ceil_mode, count_include_pad
    ((2, 3, 9, 10), [3, 3], [2, 2], [1, 1, 1, 1], None, 0, 0),
    ((2, 3, 9, 10), [3, 3], [2, 2], [1, 1, 1, 1], None, 0, 1),
    ((1, 2, 10, 11), [3, 2], [2, 3], [1, 0, 0, 1], None, 1, 1),
    ((1, 2, 10, 11), [3, 2], [2, 3], [1, 0, 0, 1], None, 1, 0),
    ((1, 2, 10, 11), [3, 3], [2, 2], [2, 1, 1, 2], None, 1, 1),
    ((1, 2, 10, 11), [3, 3], [1, 2], [1, 1, 1, 1], [2, 2], 0, 1),
    ((1, 2, 12, 11), [3, 3], [2, 2], [1, 1, 1, 1], [2, 2], 1, 1),
    ((1, 3, 8, 9), [2, 2], [2, 2], [0, 0, 0, 0], None, 0, 0),                     # windows inside: no copy
    ((1, 96, 28, 28), [3, 3], [2, 2], [1, 1, 1, 1], None, 0, 0),                  # shufflenet's, on threads
    ((1, 2, 9), [3], [2], [1, 1], None, 1, 1),                                    # 1-D
    ((1, 2, 5, 6, 7), [2, 3, 2], [2, 1, 2], [0, 1, 1, 1, 0, 1], None, 1, 1),      # 3-D
    ((1, 2, 5, 6, 7), [2, 3, 2], [2, 1, 2], [0, 1, 1, 1, 0, 1], None, 0, 0),
]


def _pool_params(nd, k, s, pads, dil):
    return (lead(k, nd, 1) + lead(s, nd, 1) + lead(pads[:nd], nd, 0) + lead(pads[nd:], nd, 0)
            + lead(dil, nd, 1))


@pytest.mark.parametrize("xs,k,s,pads,dil,ceil,cip", AVG_CASES)
def test_avgpool(xs, k, s, pads, dil, ceil, cip):
    nd = len(xs) - 2
    dil = dil or [1] * nd
    x = rng.standard_normal(xs).astype(np.float32)
    (ref,) = run_ort("AveragePool", [x], dict(kernel_shape=k, strides=s, pads=pads, dilations=dil,
                                              ceil_mode=ceil, count_include_pad=cip))
    p = np.array(_pool_params(nd, k, s, pads, dil) + [cip], np.int64)
    y = garbage(to5(ref).shape, np.float32)
    P.avgpool(to5(x), y, p)
    close(y.reshape(ref.shape), ref)
    if nd <= 2:     # the whole-plane kernel the code generator picks for these
        y2 = garbage(y.shape, np.float32)
        P.avgpool_2d(to5(x), y2, p)
        close(y2.reshape(ref.shape), ref)


LP_CASES = [
    # x shape, kernel, strides, pads, dilations, ceil_mode, p
    ((2, 3, 9, 10), [3, 3], [2, 2], [1, 1, 1, 1], None, 0, 2),
    ((2, 3, 9, 10), [3, 2], [2, 1], [1, 0, 1, 1], None, 0, 3),
    ((2, 3, 9, 10), [3, 2], [2, 1], [1, 0, 1, 1], None, 0, 1),
    ((2, 3, 9, 10), [3, 3], [1, 2], [1, 1, 1, 1], [2, 1], 0, 2),
    ((2, 3, 9, 10), [3, 3], [2, 2], [1, 1, 1, 1], None, 1, 2),
    ((1, 2, 9), [3], [2], [1, 0], None, 0, 2),                                    # 1-D
]


@pytest.mark.parametrize("xs,k,s,pads,dil,ceil,pn", LP_CASES)
def test_lppool(xs, k, s, pads, dil, ceil, pn):
    nd = len(xs) - 2
    dil = dil or [1] * nd
    x = rng.standard_normal(xs).astype(np.float32)
    (ref,) = run_ort("LpPool", [x], dict(kernel_shape=k, strides=s, pads=pads, dilations=dil,
                                         ceil_mode=ceil, p=pn))
    y = garbage(to5(ref).shape, np.float32)
    # lppool's params: kernel, strides, begin pads, dilations (end pads are implied by y)
    p = lead(k, nd, 1) + lead(s, nd, 1) + lead(pads[:nd], nd, 0) + lead(dil, nd, 1)
    P.lppool(to5(x), y, np.array(p, np.int64), pn)
    close(y.reshape(ref.shape), ref)


@pytest.mark.parametrize("xs", [(2, 3, 5, 6), (1, 4, 7), (1, 2, 3, 4, 5)])
def test_global_pools(xs):
    x = rng.standard_normal(xs).astype(np.float32)
    for op, fn in (("GlobalAveragePool", P.global_avgpool), ("GlobalMaxPool", P.global_maxpool)):
        (ref,) = run_ort(op, [x], {})
        y = garbage(xs[:2], np.float32)
        fn(x.reshape(xs[0], xs[1], -1), y)
        close(y, ref.reshape(xs[:2]))


@pytest.mark.parametrize("xs,size,alpha,beta,bias", [
    ((2, 7, 4, 5), 3, 1e-4, 0.75, 1.0),
    ((1, 5, 6, 1), 7, 0.1, 1.0, 1.5),     # window larger than C
    ((1, 6, 3, 3), 4, 0.5, 0.6, 2.0),     # even size: asymmetric window (onnxruntime refuses it)
    ((2, 24, 40, 40), 5, 1e-3, 0.75, 1.0),  # position blocks on threads
])
def test_lrn(xs, size, alpha, beta, bias):
    x = rng.standard_normal(xs).astype(np.float32)
    attrs = dict(size=size, alpha=alpha, beta=beta, bias=bias)
    if size % 2:
        (ref,) = run_ort("LRN", [x], attrs)
    else:
        # numpy from the spec text (onnx's reference LRN loops over the batch
        # axis instead of channels, so it is no oracle here)
        lo, hi = (size - 1) // 2, -(-(size - 1) // 2)
        x64 = x.astype(np.float64)
        sq = np.stack([(x64[:, max(0, c - lo):min(xs[1] - 1, c + hi) + 1] ** 2).sum(1)
                       for c in range(xs[1])], 1)
        ref = (x64 / (bias + alpha / size * sq) ** beta).astype(np.float32)
    y = garbage((xs[0], xs[1], int(np.prod(xs[2:]))), np.float32)
    # attributes are float32 in the model; the caller passes their float64 value
    P.lrn(x.reshape(y.shape), y, size, float(np.float32(alpha)), float(np.float32(beta)),
          float(np.float32(bias)))
    close(y.reshape(ref.shape), ref)


# ---------------------------------------------------------------- Gemm, MatMul

GEMM_CASES = [
    # M, K, N, transA, transB, C shape (None: no C), alpha, beta
    (5, 7, 6, 0, 0, (5, 6), 1.0, 1.0),
    (5, 7, 6, 1, 0, (6,), 0.5, 2.0),
    (5, 7, 6, 0, 1, (5, 1), 1.0, 0.0),
    (5, 7, 6, 1, 1, None, 1.5, 1.0),
    (1, 7, 6, 0, 1, (1,), 1.0, 0.5),
    (4, 0, 3, 0, 0, (1, 3), 1.0, 1.0),     # K == 0
    (33, 65, 17, 0, 1, (17,), 1.0, 1.0),
    (1, 7, 6, 0, 0, (6,), 1.0, 1.0),                # one row: vector @ matrix
    (1, 128, 17000, 0, 1, (17000,), 1.0, 1.0),      # one row, transB: row dot products, in parallel
    (1, 128, 17000, 0, 0, None, 2.0, 1.0),          # one row, a longer one
]


def _gemm_inputs(M, K, N, ta, tb, cshape, dtype):
    # data of its own, from the case: the module's generator would give a case other data
    # whenever a test before it changes, or when it runs alone (-k)
    rng = np.random.default_rng([M, K, N, ta, tb, *(cshape or ()), np.dtype(dtype).num])
    if np.issubdtype(dtype, np.integer):
        def gen(shape):
            return rng.integers(-9, 10, shape).astype(dtype)
    else:
        def gen(shape):
            return rng.standard_normal(shape).astype(dtype)
    a = gen((K, M) if ta else (M, K))
    b = gen((N, K) if tb else (K, N))
    c = gen(cshape) if cshape is not None else None
    return a, b, c


def _call_gemm(a, b, c, ta, tb, alpha, beta, M, N, dtype):
    y = garbage((M, N), dtype)
    c2 = np.zeros((0, 0), dtype) if c is None else c.reshape((1,) * (2 - c.ndim) + c.shape)
    p = np.array([ta, tb, int(c is not None)], np.int64)
    G.gemm(a, b, c2, y, p, alpha, beta)
    if M == 1 and ta == 0 and np.dtype(dtype).kind == "f":     # the code generator's pick for one row
        y1 = garbage((M, N), dtype)
        G.gemm_row(a, b, c2, y1, p, alpha, beta)
        np.testing.assert_array_equal(y1, y)
    return y


@pytest.mark.parametrize("M,K,N,ta,tb,cshape,alpha,beta", GEMM_CASES)
def test_gemm(M, K, N, ta, tb, cshape, alpha, beta):
    a, b, c = _gemm_inputs(M, K, N, ta, tb, cshape, np.float32)
    (ref,) = run_ort("Gemm", [a, b, c], dict(transA=ta, transB=tb, alpha=alpha, beta=beta))
    close(_call_gemm(a, b, c, ta, tb, alpha, beta, M, N, np.float32), ref)


def test_gemm_float64():
    a, b, c = _gemm_inputs(6, 9, 4, 1, 1, (4,), np.float64)
    (ref,) = run_ort("Gemm", [a, b, c], dict(transA=1, transB=1, alpha=0.7, beta=1.3))
    # alpha/beta are float32 attributes: the caller passes their float64 value
    alpha, beta = float(np.float32(0.7)), float(np.float32(1.3))
    close(_call_gemm(a, b, c, 1, 1, alpha, beta, 6, 4, np.float64), ref)


@pytest.mark.parametrize("ta,tb,cshape,alpha,beta", [
    (0, 0, (5, 6), 1.0, 1.0), (1, 1, (6,), 1.0, 1.0), (0, 1, None, 1.0, 1.0), (1, 0, (5, 1), 2.0, 3.0),
])
def test_gemm_int32(ta, tb, cshape, alpha, beta):
    # onnxruntime has no integer Gemm kernel: numpy (int64, exact) is the oracle
    M, K, N = 5, 7, 6
    a, b, c = _gemm_inputs(M, K, N, ta, tb, cshape, np.int32)
    ab = (a.T if ta else a).astype(np.int64) @ (b.T if tb else b).astype(np.int64)
    ref = (alpha * ab + (beta * c if c is not None else 0)).astype(np.int32)
    close(_call_gemm(a, b, c, ta, tb, alpha, beta, M, N, np.int32), ref)


def _batch_index(shape, bshape):
    n = int(np.prod(shape, dtype=np.int64))
    return np.broadcast_to(np.arange(n).reshape(shape), bshape).reshape(-1).astype(np.int64)


MATMUL_CASES = [
    ((2, 3, 4, 5), (3, 5, 6)),
    ((2, 1, 1, 5), (3, 5, 6)),      # M == 1, broadcast a
    ((2, 3, 4, 5), (1, 5, 1)),      # N == 1, broadcast b
    ((4, 5), (5, 3)),
    ((1, 64), (64, 40)),
    ((3, 0), (0, 2)),               # K == 0
]


def _call_matmul(a, b, dtype):
    bs = np.broadcast_shapes(a.shape[:-2], b.shape[:-2])
    By = int(np.prod(bs, dtype=np.int64))
    y = garbage((By, a.shape[-2], b.shape[-1]), dtype)
    a3 = a.reshape((int(np.prod(a.shape[:-2], dtype=np.int64)),) + a.shape[-2:])
    b3 = b.reshape((int(np.prod(b.shape[:-2], dtype=np.int64)),) + b.shape[-2:])
    G.matmul(a3, b3, y,
             _batch_index(a.shape[:-2], bs), _batch_index(b.shape[:-2], bs))
    return y.reshape(bs + (a.shape[-2], b.shape[-1]))


@pytest.mark.parametrize("ash,bsh", MATMUL_CASES)
def test_matmul(ash, bsh):
    a = rng.standard_normal(ash).astype(np.float32)
    b = rng.standard_normal(bsh).astype(np.float32)
    (ref,) = run_ort("MatMul", [a, b], {})
    close(_call_matmul(a, b, np.float32), ref)


def test_matmul_int32():
    a = rng.integers(-50, 50, (2, 3, 4, 5)).astype(np.int32)
    b = rng.integers(-50, 50, (3, 5, 6)).astype(np.int32)
    (ref,) = run_ort("MatMul", [a, b], {})
    close(_call_matmul(a, b, np.int32), ref)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_global_maxpool_row_max(dtype):
    # norm.row_max (float32: blocks of 32 in vector registers, then one by one) through
    # global_maxpool, at lengths around the block size; NaNs are skipped wherever they are
    from onnxjit.kernels.cpu import norm  # noqa: F401  (row_max's home)
    for S in (1, 7, 31, 32, 33, 64, 95, 197):
        x = rng.standard_normal((2, 3, S)).astype(dtype)
        if S > 2:
            x[0, 0, 0] = np.nan
            x[0, 1, S // 2] = np.nan
            x[1, 2, S - 1] = np.nan
        y = garbage((2, 3), dtype)
        P.global_maxpool(x, y)
        np.testing.assert_array_equal(y, np.nanmax(x, axis=2))
        xs = np.repeat(x, 2, axis=2)[:, :, ::2]             # rows not unit-stride: no vector path
        y = garbage((2, 3), dtype)
        P.global_maxpool(xs, y)
        np.testing.assert_array_equal(y, np.nanmax(x, axis=2))
