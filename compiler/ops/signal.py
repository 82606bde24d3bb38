"""Signal-processing and linear-algebra ops, lowered to calls into kernels/cpu/signal.py.

DFT (17, 20), STFT, HannWindow / HammingWindow / BlackmanWindow, MelWeightMatrix, Det, Einsum,
BitCast, Col2Im.  One kernel per family, compiled once per dtype: every size, axis, DFT length
and einsum geometry is a plan-table parameter.

Einsum is decomposed per input-shape signature into a chain of pairwise contractions, left to
right; each is one call to `signal.einsum`, which reads both operands through per-label strides
(a repeated label is a diagonal, a size-1 dim under a bigger label broadcasts).  Labels that no
later operand and not the output use are summed in the step where they last appear.
"""
from __future__ import annotations

import ml_dtypes
import numpy as np
import onnx

from onnxjit.errors import InvalidArgument, InvalidGraph
from .. import ir
from ..registry import FLOATS, INTS, KERNEL, NUMERIC, OpDef, np_name, normalize_axis, register


def _t(dtype, shape):
    return ir.TensorType(np.dtype(dtype), None if shape is None else tuple(shape))


def _prod(dims):
    return int(np.prod([int(d) for d in dims], dtype=np.int64)) if dims else 1


def _is_int(*dims):
    return all(isinstance(d, (int, np.integer)) for d in dims)


def _scalar(ctx, i):
    """The value of scalar input i as a Python int/float, or None when not known yet."""
    v = ctx.value(i)
    if v is None:
        return None
    v = np.asarray(v).reshape(-1)
    if v.size != 1:
        raise InvalidArgument(f"{ctx.label}: input {i} must be a scalar, got {v.size} values")
    return v[0].item()


def _raise_if_bad(e, ctx, call: str, what: str):
    e.line(f"bad = {call}")
    e.line("if bad >= 0:")
    e.line(f"    raise IndexError({ctx.node.op_type + ' (' + ctx.node.name + '): ' + what!r})")


def _out_dtype(ctx, default=onnx.TensorProto.FLOAT):
    return np.dtype(onnx.helper.tensor_dtype_to_np_dtype(int(ctx.attr("output_datatype", default))))


def _plain_output(ctx):
    dt = _out_dtype(ctx)
    if ir.codec(dt) or dt == np.bool_ or dt.kind not in "iuf":
        return f"output type {dt} is not supported"
    return None


# ---------------------------------------------------------------- DFT

def _dft_conf(ctx):
    """(axis, n_in, L, n_out, c_out, inverse, onesided); entries None while input values are unknown."""
    x = ctx.shape(0)
    r = len(x)
    if r < 2:
        raise InvalidGraph(f"{ctx.label}: input must have rank >= 2 (the last dim holds real/imaginary parts)")
    if ctx.opset >= 20:
        axis = _scalar(ctx, 2) if ctx.has_input(2) else -2
    else:
        axis = int(ctx.attr("axis", 1))
    if axis is not None:
        axis = normalize_axis(ctx, int(axis), r)
        if axis == r - 1:
            raise InvalidArgument(f"{ctx.label}: axis {axis} is the real/imaginary dim")
    inverse = bool(ctx.attr("inverse", 0))
    onesided = bool(ctx.attr("onesided", 0))
    n_in = x[axis] if axis is not None else None
    if ctx.has_input(1):
        L = _scalar(ctx, 1)
        if L is not None and int(L) < 1:
            raise InvalidArgument(f"{ctx.label}: dft_length must be positive, got {L}")
    elif n_in is None or not _is_int(n_in):
        L = None
    else:
        L = 2 * (n_in - 1) if inverse and onesided else n_in
        if L < 1:
            raise InvalidArgument(f"{ctx.label}: the DFT length would be {L}")
    n_out = None if L is None else (int(L) // 2 + 1 if onesided and not inverse else int(L))
    c_out = 1 if inverse and onesided else 2
    return axis, n_in, L, n_out, c_out, inverse, onesided


def _dft_infer(ctx):
    x = ctx.shape(0)
    axis, n_in, L, n_out, c_out, inverse, onesided = _dft_conf(ctx)
    if isinstance(x[-1], int) and x[-1] not in (1, 2):
        raise InvalidGraph(f"{ctx.label}: the last dim must be 1 (real) or 2 (complex), got {x[-1]}")
    out = list(x[:-1]) + [c_out]
    if axis is None:
        if onesided or ctx.has_input(1):
            out = [ctx.fresh_dim() for _ in x[:-1]] + [c_out]
    else:
        out[axis] = n_out if n_out is not None else ctx.fresh_dim()
    return [_t(ctx.inputs[0].dtype, out)]


def _dft_params(ctx):
    x = ctx.shape(0)
    axis, n_in, L, n_out, c_out, inverse, onesided = _dft_conf(ctx)
    c_in = x[-1]
    if c_in not in (1, 2):
        raise InvalidArgument(f"{ctx.label}: the last dim must be 1 (real) or 2 (complex), got {c_in}")
    return [_prod(x[:axis]), n_in, _prod(x[axis + 1:-1]), c_in, n_out, c_out, int(L), int(inverse),
            int(inverse and onesided)]


def _dft_emit(ctx, e):
    e.call("signal", "dft", e.flat(0), e.flat_out(0), e.params(9))


register(OpDef("DFT", 17, KERNEL, _dft_infer, emit=_dft_emit, params=_dft_params, shape_inputs=(1,), dtypes=FLOATS))
register(OpDef("DFT", 20, KERNEL, _dft_infer, emit=_dft_emit, params=_dft_params, shape_inputs=(1, 2),
               dtypes=FLOATS))


# ---------------------------------------------------------------- STFT

def _stft_conf(ctx):
    x = ctx.shape(0)
    if len(x) != 3:
        raise InvalidGraph(f"{ctx.label}: signal must be [batch, length, 1 or 2], got {x}")
    step = _scalar(ctx, 1)
    if ctx.has_input(3):
        flen = _scalar(ctx, 3)
    elif ctx.has_input(2):
        flen = ctx.shape(2)[0] if len(ctx.shape(2)) == 1 else None
        if len(ctx.shape(2)) != 1:
            raise InvalidGraph(f"{ctx.label}: window must be 1-D")
    else:
        flen = x[1]
    frames = None
    if step is not None and flen is not None and _is_int(flen, x[1]):
        if step <= 0:
            raise InvalidArgument(f"{ctx.label}: frame_step must be positive, got {step}")
        if not 0 < flen <= x[1]:
            raise InvalidArgument(f"{ctx.label}: frame_length {flen} must be in [1, signal length {x[1]}]")
        frames = (x[1] - flen) // step + 1
    onesided = bool(ctx.attr("onesided", 1))
    bins = None if flen is None or not _is_int(flen) else (flen // 2 + 1 if onesided else flen)
    return step, flen, frames, bins


def _stft_infer(ctx):
    x = ctx.shape(0)
    step, flen, frames, bins = _stft_conf(ctx)
    f = lambda d: ctx.fresh_dim() if d is None else d
    return [_t(ctx.inputs[0].dtype, (x[0], f(frames), f(bins), 2))]


def _stft_params(ctx):
    x = ctx.shape(0)
    step, flen, frames, bins = _stft_conf(ctx)
    if x[2] not in (1, 2):
        raise InvalidArgument(f"{ctx.label}: the signal's last dim must be 1 or 2, got {x[2]}")
    has_w = ctx.has_input(2)
    if has_w and ctx.shape(2)[0] != flen:
        raise InvalidArgument(f"{ctx.label}: window length {ctx.shape(2)[0]} differs from frame_length {flen}")
    return [x[0], x[1], x[2], frames, int(step), int(flen), bins, int(has_w)]


def _stft_emit(ctx, e):
    w = e.flat(2) if e.has_input(2) else e.none(ir.compute_dtype(ctx.inputs[0].dtype))
    e.call("signal", "stft", e.flat(0), w, e.flat_out(0), e.params(8))


register(OpDef("STFT", 17, KERNEL, _stft_infer, emit=_stft_emit, params=_stft_params, shape_inputs=(1, 3),
               dtypes=FLOATS))


# ---------------------------------------------------------------- Hann / Hamming / Blackman windows

_WINDOWS = {"HannWindow": 0, "HammingWindow": 1, "BlackmanWindow": 2}


def _window_np(kind, n, periodic):
    k = np.arange(n, dtype=np.float64)
    denom = n if periodic else n - 1
    t = 2.0 * np.pi * k / denom if denom > 0 else np.zeros(n)
    if kind == 0:
        return 0.5 - 0.5 * np.cos(t)
    if kind == 1:
        return 25.0 / 46.0 - (21.0 / 46.0) * np.cos(t)
    return 0.42 - 0.5 * np.cos(t) + 0.08 * np.cos(2.0 * t)


def _window_size(ctx):
    n = _scalar(ctx, 0)
    if n is not None and n < 0:
        raise InvalidArgument(f"{ctx.label}: size must be >= 0, got {n}")
    return n


def _window_def(op, kind):
    def infer(ctx):
        n = _window_size(ctx)
        return [_t(_out_dtype(ctx), (ctx.fresh_dim() if n is None else int(n),))]

    def params(ctx):
        return [int(_window_size(ctx)), int(bool(ctx.attr("periodic", 1)))]

    def emit(ctx, e):
        e.call("signal", "window", e.flat_out(0), e.params(2), str(kind))

    def value(ctx, size):
        n = int(np.asarray(size).reshape(-1)[0])
        return [_window_np(kind, n, bool(ctx.attr("periodic", 1))).astype(_out_dtype(ctx))]

    register(OpDef(op, 17, KERNEL, infer, emit=emit, params=params, value=value, shape_inputs=(0,),
                   dtypes=(np.int32, np.int64), check=_plain_output))


for _op, _kind in _WINDOWS.items():
    _window_def(_op, _kind)


# ---------------------------------------------------------------- MelWeightMatrix

def _mel_infer(ctx):
    nmel, dftlen = _scalar(ctx, 0), _scalar(ctx, 1)
    if nmel is not None and nmel < 0:
        raise InvalidArgument(f"{ctx.label}: num_mel_bins must be >= 0, got {nmel}")
    if dftlen is not None and dftlen < 1:
        raise InvalidArgument(f"{ctx.label}: dft_length must be positive, got {dftlen}")
    rows = ctx.fresh_dim() if dftlen is None else int(dftlen) // 2 + 1
    cols = ctx.fresh_dim() if nmel is None else int(nmel)
    return [_t(_out_dtype(ctx), (rows, cols))]


def _mel_value(ctx, nmel, dftlen, sr, lo, hi):
    nmel, dftlen, sr = (int(np.asarray(v).reshape(-1)[0]) for v in (nmel, dftlen, sr))
    lo, hi = (float(np.asarray(v).astype(np.float64).reshape(-1)[0]) for v in (lo, hi))
    nspec = dftlen // 2 + 1
    lo_mel = 2595.0 * np.log1p(lo / 700.0) / np.log(10.0)
    hi_mel = 2595.0 * np.log1p(hi / 700.0) / np.log(10.0)
    step = (hi_mel - lo_mel) / (nmel + 2)
    f = 700.0 * np.expm1((np.arange(nmel + 2) * step + lo_mel) / 2595.0 * np.log(10.0))
    bins = np.floor((dftlen + 1) * f / sr).astype(np.int64)
    out = np.zeros((nspec, nmel))
    for i in range(nmel):
        left, center, right = bins[i], bins[i + 1], bins[i + 2]
        written = ([center] if center == left else list(range(left, center + 1))) + list(range(center, right))
        if any(j < 0 or j >= nspec for j in written):
            raise InvalidArgument(f"{ctx.label}: mel bin {i} falls outside the {nspec} spectrogram bins")
        if center == left:
            out[center, i] = 1
        else:
            for j in range(left, center + 1):
                out[j, i] = (j - left) / (center - left)
        for j in range(center, right):
            out[j, i] = (right - j) / (right - center)
    return [out.astype(_out_dtype(ctx))]


def _mel_emit(ctx, e):
    k = e.kernel("signal")
    _raise_if_bad(e, ctx, f"{k}.mel({e.flat(0)}, {e.flat(1)}, {e.flat(2)}, {e.flat(3)}, {e.flat(4)}, {e.flat_out(0)})",
                  "a mel bin falls outside the spectrogram bins")


def _mel_check(ctx):
    for i in (3, 4):
        t = ctx.inputs[i] if i < len(ctx.inputs) else None
        if t is not None and ir.codec(t.dtype):
            return f"input {i} of type {t.dtype} is only supported when constant"
    return _plain_output(ctx)


register(OpDef("MelWeightMatrix", 17, KERNEL, _mel_infer, emit=_mel_emit, value=_mel_value, shape_inputs=(0, 1),
               dtypes=(np.int32, np.int64), check=_mel_check))


# ---------------------------------------------------------------- Det

def _det_infer(ctx):
    x = ctx.shape(0)
    if len(x) < 2:
        raise InvalidGraph(f"{ctx.label}: input must have rank >= 2, got {x}")
    if _is_int(x[-1], x[-2]) and x[-1] != x[-2]:
        raise InvalidGraph(f"{ctx.label}: the last two dims must be equal, got {x}")
    return [_t(ctx.inputs[0].dtype, x[:-2])]


def _det_params(ctx):
    x = ctx.shape(0)
    if x[-1] != x[-2]:
        raise InvalidArgument(f"{ctx.label}: the last two dims must be equal, got {x}")
    return [_prod(x[:-2]), x[-1]]


register(OpDef("Det", 11, KERNEL, _det_infer, dtypes=FLOATS, params=_det_params,
               emit=lambda ctx, e: e.call("signal", "det", e.flat(0), e.flat_out(0), e.params(2)),
               value=lambda ctx, x: [np.linalg.det(x.astype(np.float64)).astype(x.dtype)]))


# ---------------------------------------------------------------- Einsum

def _einsum_parse(ctx, ranks):
    """-> (per-operand label lists, output labels).  Ellipsis dims get labels '0', '1', ...
    (right-aligned, shared across operands: they broadcast)."""
    eq = str(ctx.required_attr("equation"))
    eq = eq.replace(" ", "")
    if "->" in eq:
        lhs, rhs = eq.split("->", 1)
    else:
        lhs, rhs = eq, None
    terms = lhs.split(",")
    if len(terms) != len(ranks):
        raise InvalidGraph(f"{ctx.label}: equation '{eq}' has {len(terms)} terms for {len(ranks)} inputs")
    ops, n_ell = [], 0
    for t, r in zip(terms, ranks):
        if "..." in t:
            a, b = t.split("...", 1)
            if "..." in b:
                raise InvalidGraph(f"{ctx.label}: term '{t}' has more than one ellipsis")
            ne = r - len(a) - len(b)
            if ne < 0:
                raise InvalidGraph(f"{ctx.label}: term '{t}' has more labels than its input's rank {r}")
            n_ell = max(n_ell, ne)
            ops.append((list(a), ne, list(b)))
        else:
            if len(t) != r:
                raise InvalidGraph(f"{ctx.label}: term '{t}' does not match its input's rank {r}")
            ops.append((list(t), -1, []))
    for a, ne, b in ops:
        for c in a + b:
            if not c.isalpha():
                raise InvalidGraph(f"{ctx.label}: '{c}' is not a label (equation '{eq}')")
    ell = [str(k) for k in range(n_ell)]
    labels = [a + (ell[n_ell - ne:] if ne > 0 else []) + b for a, ne, b in ops]
    if rhs is None:
        counts = {}
        for a, _, b in ops:
            for c in a + b:
                counts[c] = counts.get(c, 0) + 1
        out = ell + sorted(c for c, n in counts.items() if n == 1)
    else:
        if rhs.count("...") > 1:
            raise InvalidGraph(f"{ctx.label}: the output term has more than one ellipsis")
        if "..." in rhs:
            a, b = rhs.split("...")
            out = list(a) + ell + list(b)
        else:
            out = list(rhs)
        seen = set()
        for c in out:
            if c in seen:
                raise InvalidGraph(f"{ctx.label}: output label '{c}' repeats")
            seen.add(c)
            if not any(c in ls for ls in labels):
                raise InvalidGraph(f"{ctx.label}: output label '{c}' is in no input")
    return labels, out


def _einsum_sizes(ctx, labels, shapes, strict):
    sizes = {}
    for ls, sh in zip(labels, shapes):
        for c, d in zip(ls, sh):
            cur = sizes.get(c)
            if cur is None or (_is_int(cur) and cur == 1):
                sizes[c] = d
            elif _is_int(cur, d) and d != 1 and d != cur:
                raise (InvalidArgument if strict else InvalidGraph)(
                    f"{ctx.label}: label '{c}' has sizes {cur} and {d}")
    return sizes


def _einsum_infer(ctx):
    shapes = [ctx.shape(i) for i in range(len(ctx.inputs))]
    labels, out = _einsum_parse(ctx, [len(s) for s in shapes])
    sizes = _einsum_sizes(ctx, labels, shapes, False)
    return [_t(ctx.inputs[0].dtype, [sizes[c] for c in out])]


def _einsum_steps(labels, out):
    """Pairwise contractions left to right: [(a labels, b labels or None, result labels)]."""
    n = len(labels)
    if n == 1:
        return [(labels[0], None, out)]
    steps = []
    cur = labels[0]
    for i in range(1, n):
        if i == n - 1:
            res = out
        else:
            needed = set(out).union(*[set(ls) for ls in labels[i + 1:]])
            res = []
            for c in cur + labels[i]:
                if c in needed and c not in res:
                    res.append(c)
        steps.append((cur, labels[i], res))
        cur = res
    return steps


def _einsum_mm(dtype, b):
    """Whether a step goes through BLAS (`einsum_mm`: two float operands) or the loop kernel."""
    return b is not None and ir.compute_dtype(dtype).kind == "f"


def _einsum_order(a, b, res, mm):
    """The step's labels in kernel order (-> (order, header)).  Loop kernel: output labels, then
    summed ones.  BLAS kernel: batch, m, n, k groups."""
    if not mm:
        summed = [c for c in dict.fromkeys(a + (b or [])) if c not in res]
        return list(res) + summed, [len(res) + len(summed), len(res)]
    allc = list(dict.fromkeys(a + b))
    gb = [c for c in res if c in a and c in b]
    gm = [c for c in res if c in a and c not in b]
    gn = [c for c in res if c in b and c not in a]
    gk = [c for c in allc if c not in res]
    return gb + gm + gn + gk, [len(allc), len(gb), len(gm), len(gn), len(gk)]


def _einsum_nparams(steps, dtype):
    total = len(steps) - 1          # sizes of the intermediates
    for a, b, res in steps:
        order, head = _einsum_order(a, b, res, _einsum_mm(dtype, b))
        total += len(head) + 4 * len(order)
    return total


def _label_strides(ls, shape, sizes):
    """Per-label element strides of a contiguous array of `shape` labelled `ls`."""
    st, acc = {}, 1
    for c, d in reversed(list(zip(ls, shape))):
        if not (d == 1 and sizes[c] != 1):       # a size-1 dim broadcasts: stride 0
            st[c] = st.get(c, 0) + acc
        acc *= d
    return st


def _einsum_params(ctx):
    shapes = [ctx.shape(i) for i in range(len(ctx.inputs))]
    labels, out = _einsum_parse(ctx, [len(s) for s in shapes])
    sizes = _einsum_sizes(ctx, labels, shapes, True)
    for ls, sh in zip(labels, shapes):
        for c, d in zip(ls, sh):
            if d != 1 and d != sizes[c]:
                raise InvalidArgument(f"{ctx.label}: label '{c}' has sizes {sizes[c]} and {d}")
    steps = _einsum_steps(labels, out)
    vals = [_prod([sizes[c] for c in res]) for _, _, res in steps[:-1]]
    a_shape = shapes[0]
    for k, (a, b, res) in enumerate(steps):
        b_shape = shapes[k + 1] if b is not None else ()
        order, head = _einsum_order(a, b, res, _einsum_mm(ctx.inputs[0].dtype, b))
        sa = _label_strides(a, a_shape, sizes)
        sb = _label_strides(b, b_shape, sizes) if b is not None else {}
        sy = _label_strides(res, [sizes[c] for c in res], sizes)
        vals += head + [sizes[c] for c in order] + [sa.get(c, 0) for c in order] \
            + [sb.get(c, 0) for c in order] + [sy.get(c, 0) for c in order]
        a_shape = [sizes[c] for c in res]
    return vals


def _einsum_emit(ctx, e):
    ranks = [len(t.shape) for t in ctx.inputs]
    labels, out = _einsum_parse(ctx, ranks)
    steps = _einsum_steps(labels, out)
    dt = ir.compute_dtype(ctx.outputs[0].dtype)
    zero = "np.float64(0.0)" if dt.kind == "f" else ("np.uint64(0)" if dt.kind == "u" else "np.int64(0)")
    p = e.params(_einsum_nparams(steps, dt))
    base = int(p[2:p.index(":")])
    pos = base + len(steps) - 1
    y = e.flat_out(0)
    cur = e.flat(0)
    for k, (a, b, res) in enumerate(steps):
        mm = _einsum_mm(dt, b)
        order, head = _einsum_order(a, b, res, mm)
        n = len(head) + 4 * len(order)
        if b is None:
            bv = f"es_{y}_one"
            e.line(f"{bv} = np.ones(1, np.{np_name(dt)})")
        else:
            bv = e.flat(k + 1)
        if k == len(steps) - 1:
            dst = y
        else:
            dst = f"es_{y}_{k}"
            e.line(f"{dst} = np.empty(P[{base + k}], np.{np_name(dt)})")
        if mm:
            e.call("signal", "einsum_mm", cur, bv, dst, f"P[{pos}:{pos + n}]")
        else:
            e.call("signal", "einsum", cur, bv, dst, zero, f"P[{pos}:{pos + n}]")
        pos += n
        cur = dst


def _einsum_check(ctx):
    for t in ctx.inputs:
        if t is None or t.shape is None:
            return "input ranks must be known"
        if t.dtype != ctx.inputs[0].dtype:
            return "inputs must share one type"
    return None


register(OpDef("Einsum", 12, KERNEL, _einsum_infer, emit=_einsum_emit, params=_einsum_params,
               dtypes=NUMERIC, check=_einsum_check))


# ---------------------------------------------------------------- BitCast

_SUB_BYTE_BITS = {"int4": 4, "uint4": 4, "float4_e2m1fn": 4, "int2": 2, "uint2": 2}


def _bits(dt) -> int:
    dt = np.dtype(dt)
    return _SUB_BYTE_BITS.get(dt.name, dt.itemsize * 8)


def _bitcast_to(ctx):
    return np.dtype(onnx.helper.tensor_dtype_to_np_dtype(int(ctx.required_attr("to"))))


def _bitcast_infer(ctx):
    src, dst = ctx.inputs[0].dtype, _bitcast_to(ctx)
    if _bits(src) != _bits(dst):
        raise InvalidGraph(f"{ctx.label}: cannot bit-cast {src} ({_bits(src)} bits) to {dst} ({_bits(dst)} bits)")
    return [_t(dst, ctx.inputs[0].shape)]


def _bitcast_check(ctx):
    try:
        dst = _bitcast_to(ctx)
    except Exception:
        return "unknown target type"
    for dt in (ctx.inputs[0].dtype, dst):
        if dt == object or dt.kind in "cUS":
            return f"type {dt} is not supported"
    return None


def _bitcast_emit(ctx, e):
    b = _bits(ctx.inputs[0].dtype)
    mask = (1 << b) - 1 if b < 8 else 255
    e.call("signal", "copy_bits", f"{e.flat(0)}.view(np.uint8)", f"{e.flat_out(0)}.view(np.uint8)", f"np.uint8({mask})")


def _bitcast_value(ctx, x):
    dst = _bitcast_to(ctx)
    b = _bits(dst)
    if b < 8:
        return [(x.view(np.uint8) & ((1 << b) - 1)).view(dst)]
    return [np.ascontiguousarray(x).view(dst).reshape(x.shape)]


register(OpDef("BitCast", 26, KERNEL, _bitcast_infer, emit=_bitcast_emit, check=_bitcast_check,
               value=_bitcast_value))


# ---------------------------------------------------------------- Col2Im

def _col2im_geom(ctx):
    x = ctx.shape(0)
    if len(x) != 3:
        raise InvalidGraph(f"{ctx.label}: input must be [N, C * prod(block_shape), L], got {x}")
    nd_shape = ctx.shape(1)
    if len(nd_shape) != 1 or not _is_int(nd_shape[0]):
        raise InvalidGraph(f"{ctx.label}: image_shape must be a 1-D tensor of known length")
    nd = int(nd_shape[0])
    img, blk = ctx.value(1), ctx.value(2)
    img = None if img is None else [int(v) for v in np.asarray(img).reshape(-1)]
    blk = None if blk is None else [int(v) for v in np.asarray(blk).reshape(-1)]
    for name, v in (("image_shape", img), ("block_shape", blk)):
        if v is not None and len(v) != nd:
            raise InvalidArgument(f"{ctx.label}: {name} has {len(v)} values, expected {nd}")
    strides = list(ctx.attr("strides") or [1] * nd)
    dil = list(ctx.attr("dilations") or [1] * nd)
    pads = list(ctx.attr("pads") or [0] * (2 * nd))
    if len(strides) != nd or len(dil) != nd or len(pads) != 2 * nd:
        raise InvalidGraph(f"{ctx.label}: strides, dilations and pads must have {nd}, {nd} and {2 * nd} values")
    return nd, img, blk, strides, dil, pads


def _col2im_infer(ctx):
    x = ctx.shape(0)
    nd, img, blk, *_ = _col2im_geom(ctx)
    c = ctx.fresh_dim()
    if blk is not None and _is_int(x[1]):
        b = _prod(blk)
        if b <= 0 or x[1] % b:
            raise InvalidArgument(f"{ctx.label}: input dim 1 ({x[1]}) is not a multiple of prod(block_shape) ({b})")
        c = x[1] // b
    spatial = [ctx.fresh_dim() for _ in range(nd)] if img is None else img
    return [_t(ctx.inputs[0].dtype, [x[0], c] + spatial)]


def _col2im_params(ctx):
    x = ctx.shape(0)
    nd, img, blk, strides, dil, pads = _col2im_geom(ctx)
    b = _prod(blk)
    geo, ncols = [], []
    for d in range(nd):
        eff = dil[d] * (blk[d] - 1) + 1
        if img[d] < 0 or blk[d] < 1 or strides[d] < 1 or dil[d] < 1:
            raise InvalidArgument(f"{ctx.label}: bad geometry in dim {d}")
        n = (img[d] + pads[d] + pads[nd + d] - eff) // strides[d] + 1
        if n < 0:
            n = 0
        ncols.append(n)
        geo += [img[d], blk[d], strides[d], pads[d], dil[d], n]
    if _prod(ncols) != x[2]:
        raise InvalidArgument(f"{ctx.label}: input has {x[2]} columns, the geometry gives {_prod(ncols)}")
    return [nd, x[0], x[1] // b, x[2], b] + geo


def _col2im_emit(ctx, e):
    nd = int(ctx.shape(1)[0])
    e.call("signal", "col2im", e.flat(0), e.flat_out(0), e.params(5 + 6 * nd))


register(OpDef("Col2Im", 18, KERNEL, _col2im_infer, emit=_col2im_emit, params=_col2im_params, shape_inputs=(1, 2),
               dtypes=NUMERIC))
