"""Convolution kernels (ONNX Conv, ConvTranspose) for the CPU.

Every tensor is seen as 3-D spatial: the caller reshapes 1-D/2-D convolutions
to 5-D by inserting size-1 leading spatial dims (and size-1 kernel dims, unit
strides/dilations and zero pads for them).

    conv(x, w, b, z, y, p, alpha, beta)
        x (N, C, D, H, W), w (M, C//group, KD, KH, KW), b (M,) or length 0,
        z (residual, y's shape) or empty, y (N, M, OD, OH, OW) fully written;
        p[11:13] = [activation code, has_z] (FusedConv epilogue, see conv()).
    conv_transpose(x, w, b, y, p)
        x (N, C, D, H, W), w (C, M//group, KD, KH, KW), b (M,) or length 0,
        y (N, M, OD, OH, OW) fully written.

    p = [sd, sh, sw, pd0, ph0, pw0, dd, dh, dw, group, has_bias]
    (strides, begin pads, dilations, group, has_bias); end pads and
    output_padding are implied by y's shape.

Conv lowers to im2col + BLAS GEMM (blas.gemm: sgemm/dgemm on sub-blocks,
written straight into the output), tiled over output rows so the column workspace
stays cache-sized; 1x1 stride-1 unpadded convs skip im2col (conv_1x1), 2-D convs
with one input channel per group (depthwise) run a direct loop (conv_depthwise),
3x3 stride-1 convs can run as Winograd F(2x2, 3x3) (conv_winograd), and convs whose
weights were packed once when the graph was optimized run as a GEMM over packed panels
(conv_packed, small outputs) or directly from a zero-padded copy of the input
(conv_direct).
FusedConv's epilogue (bias, residual, activation) is applied to each output row
segment right after the GEMM or the depthwise plane that wrote it, while it is in
cache.  ConvTranspose is a GEMM (W^T X) followed by a col2im scatter.

Every conv entry splits its work into independent items (row tiles, channel or
position blocks, planes) run on Numba's threads, each making single-threaded BLAS
calls (runtime/threads.py): one thread pool.  Problems too small to pay for waking
the pool run on the calling thread.
"""
import numba
import numpy as np

from .epilogue import ACT_NONE, finish as _finish, finish_rows as _finish_rows
from .gemm import dot_block, dot_rows
from .simd import LANE_TAPS_MAX, ROW_TAPS_COLS, ROW_TAPS_ROWS, is_f32, row_taps, taps8, taps32, taps64, transpose8
from .simd import lane_taps1, lane_taps2, lane_taps3, lane_taps4, lane_taps5, lane_taps6, lane_taps7, lane_taps8
from .blas import gemm
from .packed import COLS as PANEL_COLS, ROWS as PANEL_ROWS, gemm_panels, pack_cols
from .parallel import PAR_MIN_ELEMS, PAR_MIN_MACS, PAR_MIN_WEIGHTS, blocks, row_tiles, threads_for, _0
from ..linkage import by_symbol

# Output positions (per tile) up to which conv() computes dot products instead of a GEMM.
FEW_POSITIONS = 8

# Column-workspace budget in elements (per tile): ~1 MiB of float32. Tiles hold
# whole output rows, so the real tile may be larger when one row exceeds it.
_COL_BUDGET = 1 << 18
# ...but a tile holds at least this many output positions (whole rows) where the output has
# them: each tile's GEMM packs all its weights (OpenBLAS, every call), and with a large inner
# dimension the budget alone made tiles of few columns (256 -> 256 3x3 stride 2 to 14x14: 8 of
# its 14 rows; paired, new/old, one thread 0.92, two 0.94; 96 -> 256 5x5 on 27x27 0.96).
_MIN_COLUMNS = 256

# Depthwise convs with at most this many outputs a plane run 8 channels at once (_dw_lanes),
# or, with unit strides, at most _DW_LANES_PLANE_S1; plane by plane otherwise.  Measured, one
# thread, lanes / planes: stride 2 to 7x7 (5x5 672 channels, 3x3 576) 0.60, 0.56; stride 2 to
# 14x14 0.78; unit stride on 7x7 0.84-0.91, on 14x14 1.06-1.43, on 28x28 0.99-1.13 (there the
# plane's taps run over whole blocks of 32 outputs).  Since lanes copy 8 channels a position
# and run up to 8 positions a call: stride 2 to 28x28 (72 channels, 5x5) 0.66, to 56x56 (64,
# 3x3) 0.83; unit stride on 14x14 1.02-1.03, on 28x28 1.15, on 56x56 1.74-1.89.
_DW_LANES_PLANE = 4096
_DW_LANES_PLANE_S1 = 64

# Output positions per thread below which conv() splits output channels over the threads
# rather than output rows.
_FEW_COLUMNS = 256

# Indexing with an unsigned integer skips Numba's negative-index wraparound
# select, which otherwise keeps LLVM from vectorizing inner copy loops (7x).
# Only use it on indices that are non-negative by construction.
U = np.uint64


@numba.njit(cache=True, nogil=True)
def tap_range(off, stride, n_in, n_out):
    """(lo, hi): the positions o in [0, n_out) whose input o * stride + off lies in [0, n_in),
    so a loop over range(lo, hi) needs no bounds test (hi >= lo)."""
    lo = min(max(-(off // stride), 0), n_out)           # ceil(-off / stride), clipped
    hi = min((n_in - 1 - off) // stride + 1, n_out)
    return lo, max(hi, lo)


@numba.njit(cache=True, nogil=True)
def _unpack(p):
    """conv()'s p as (sd, sh, sw, pd, ph, pw, dd, dh, dw, group, has_bias, act, has_z)."""
    return p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9], p[10] != 0, p[11], p[12] != 0


@numba.njit(cache=True, nogil=True)
def _unpack_packed(p):
    """conv_packed's and conv_direct's p: conv()'s (as _unpack), then (KD, KH, KW)."""
    sd, sh, sw, pd, ph, pw, dd, dh, dw, group, has_bias, act, has_z = _unpack(p)
    return sd, sh, sw, pd, ph, pw, dd, dh, dw, group, has_bias, act, has_z, p[13], p[14], p[15]


@numba.njit(cache=True, nogil=True)
def _im2col(x, n, c0, Cg, KD, KH, KW, OH, OW, q0, q1,
            sd, sh, sw, pd, ph, pw, dd, dh, dw, col):
    """col[(c,kd,kh,kw), (q-q0)*OW + ow] = x[n, c0+c, id, ih, iw] (0 if padded)
    for output rows q = od*OH + oh in [q0, q1). Flat indexing throughout."""
    D = x.shape[2]
    H = x.shape[3]
    W = x.shape[4]
    xf = x.reshape(x.size)
    cf = col.reshape(col.size)
    T = (q1 - q0) * OW
    HW = H * W
    KDH = KD * KH
    if W == 1 and OW == 1 and KW == 1 and pw == 0 and D == 1 and KD == 1 and pd == 0:
        # a conv along H of a one-column map (a 1-D conv laid out (H, 1), as Keras/TF export
        # it): each output row is one position, so the loops below would do one element per
        # pass (magika's 256 -> 512 channel, 5-tap conv on 512 rows: im2col 3.7 of 11 ms);
        # here each (channel, tap) row of col is one strided run of x's column
        for ckk in range(Cg * KH):
            c = ckk // KH
            kh = ckk - c * KH
            xbase = (n * x.shape[1] + c0 + c) * H
            rbase = ckk * T - q0
            off = kh * dh - ph
            lo, hi = tap_range(off, sh, H, OH)
            lo = min(max(lo, q0), q1)
            hi = max(min(hi, q1), lo)
            for q in range(q0, lo):
                cf[U(rbase + q)] = 0
            if sh == 1:
                for q in range(lo, hi):
                    cf[U(rbase + q)] = xf[U(xbase + q + off)]
            else:
                for q in range(lo, hi):
                    cf[U(rbase + q)] = xf[U(xbase + q * sh + off)]
            for q in range(hi, q1):
                cf[U(rbase + q)] = 0
        return
    for ckk in range(Cg * KDH):
        c = ckk // KDH
        kd = (ckk - c * KDH) // KH
        kh = ckk - c * KDH - kd * KH
        xbase = (n * x.shape[1] + c0 + c) * D * HW
        for kw in range(KW):
            rbase = (ckk * KW + kw) * T
            offw = kw * dw - pw
            # valid ow: 0 <= ow*sw + offw < W
            ow0, ow1 = tap_range(offw, sw, W, OW)
            od = q0 // OH
            oh = q0 - od * OH
            for q in range(q0, q1):
                base = rbase + (q - q0) * OW
                id_ = od * sd + kd * dd - pd
                ih = oh * sh + kh * dh - ph
                oh += 1
                if oh == OH:
                    oh = 0
                    od += 1
                if id_ < 0 or id_ >= D or ih < 0 or ih >= H:
                    for ow in range(OW):
                        cf[U(base + ow)] = 0
                    continue
                src = xbase + id_ * HW + ih * W + offw
                for ow in range(ow0):
                    cf[U(base + ow)] = 0
                if sw == 1:
                    for ow in range(ow0, ow1):
                        cf[U(base + ow)] = xf[U(src + ow)]
                else:
                    for ow in range(ow0, ow1):
                        cf[U(base + ow)] = xf[U(src + ow * sw)]
                for ow in range(ow1, OW):
                    cf[U(base + ow)] = 0


@numba.njit(cache=True, nogil=True)
def _patches(x, n, c0, Cg, KD, KH, KW, OH, OW, q0, q1,
             sd, sh, sw, pd, ph, pw, dd, dh, dw, colt):
    """colt[t, (c,kd,kh,kw)] = x[n, c0+c, id, ih, iw] (0 if padded) for the output positions
    t = (q - q0) * OW + ow of rows q in [q0, q1): im2col transposed, each position's patch one
    contiguous row (conv's few-positions path; the column layout would need a transpose)."""
    D = x.shape[2]
    H = x.shape[3]
    W = x.shape[4]
    T = (q1 - q0) * OW
    for t in range(T):
        q = q0 + t // OW
        ow = t - (q - q0) * OW
        od = q // OH
        oh = q - od * OH
        row = colt[t]
        j = 0
        for c in range(Cg):
            xc = x[n, c0 + c]
            for kd in range(KD):
                id_ = od * sd + kd * dd - pd
                for kh in range(KH):
                    ih = oh * sh + kh * dh - ph
                    inside = 0 <= id_ < D and 0 <= ih < H
                    for kw in range(KW):
                        iw = ow * sw + kw * dw - pw
                        row[j] = xc[id_, ih, iw] if inside and 0 <= iw < W else 0
                        j += 1


@numba.njit(cache=True, nogil=True)
def _epilogue(y3, b, has_bias, z3, has_z, act, alpha, beta):
    """y = act(y + b[m] + z) in place on y3 (N, M, S), z3 y3's shape (read only if has_z)."""
    N, M, S = y3.shape
    for nm in range(N * M):
        n = nm // M
        m = nm - n * M
        bv = b[m] if has_bias else y3.dtype.type(0)
        _finish(y3[n, m], bv, z3[n, m], has_z, act, alpha, beta)


@numba.njit(cache=True, nogil=True, error_model="numpy")
def _dw_planes(x, w, b, has_bias, z3, has_z, y3, act, alpha, beta, nm0, nm1, Mg, KH, KW, OH, OW,
               sh, sw, ph, pw, dh, dw):
    """Output planes nm in [nm0, nm1) (nm = n * M + m) of a depthwise 2-D conv (D = 1), each
    finished (bias, residual, activation).

    Each input plane is copied into a zero-padded buffer split into sh x sw phases (phase
    (fr, fc) holds padded rows fr, fr + sh, ... and columns fc, fc + sw, ...), so that every
    kernel tap reads a unit-stride run of one phase, with no bounds test: output (oh, ow) of tap
    (kh, kw) reads phase ((kh dh) % sh, (kw dw) % sw) at row oh + (kh dh) // sh, column
    ow + (kw dw) // sw.  A tap is then one long loop over the whole output plane on the phase
    width Wq (the extra columns are dropped at the end), for every stride: planes of 7x7 to
    28x28 made one short loop per output row far slower (672 channels, 5x5 stride 2 to 7x7:
    1.04 ms by rows, 0.56 whole).  For float32 the taps run over blocks of 32 outputs whose
    accumulators stay in registers (simd.taps32: that conv 0.56 -> 0.36 ms; 960 channels, 5x5
    stride 1 on 7x7, 0.48 -> 0.28 ms); now blocks of 64 first (simd.taps64: eight accumulators,
    both FMA units busy through each FMA's latency; paired, unit stride: 120 channels 5x5 on
    28x28 0.89, 3x3 on 14x14 to 112x112 0.93-0.98).
    The buffers serve all planes of the range: their padding stays zero."""
    H = x.shape[3]
    W = x.shape[4]
    M = y3.shape[1]
    Hp = (OH - 1) * sh + (KH - 1) * dh + 1
    Wp = (OW - 1) * sw + (KW - 1) * dw + 1
    Wq = (Wp + sw - 1) // sw                          # padded columns per phase (>= OW)
    Hq = OH + (KH - 1) * dh // sh + 1                 # phase rows a tap may read, and one spare
    L = OH * Wq
    L8 = (L + 7) // 8                                 # the float32 taps run in blocks of 8 outputs
    # (a spare row for the last row's extra columns, and the last block's overhang)
    xph = np.zeros((sh * sw, Hq * Wq + Wq + 8), x.dtype)
    acc = np.empty(L8 * 8, x.dtype)
    xflat = xph.reshape(xph.size)
    toff = np.empty(KH * KW, np.int64)                # each tap's first element in xflat
    for kh in range(KH):
        for kw in range(KW):
            toff[kh * KW + kw] = (((kh * dh) % sh) * sw + (kw * dw) % sw) * xph.shape[1] + \
                ((kh * dh) // sh) * Wq + (kw * dw) // sw
    lo, hi = tap_range(-pw, 1, W, Wp)                 # padded columns q holding input column q - pw
    # Which phase rows and columns hold input, computed once for all planes: per row of a
    # plane, the divisions and row views took more time than the taps (480 channels 3x3 on
    # 14x14, one thread: 244 ns a plane, 131 without the copy).  Phase (fr, fc) row i is padded
    # row i sh + fr, column c padded column c sw + fc.
    ph_r0 = np.empty(sh, np.int64)
    ph_r1 = np.empty(sh, np.int64)
    for fr in range(sh):
        ph_r0[fr] = max(min(max(ph, 0), Hp) - fr + sh - 1, 0) // sh
        ph_r1[fr] = max(min(H + ph, Hp) - fr + sh - 1, 0) // sh
    ph_c0 = np.empty(sw, np.int64)
    ph_c1 = np.empty(sw, np.int64)
    for fc in range(sw):
        ph_c0[fc] = max(lo - fc + sw - 1, 0) // sw
        ph_c1[fc] = max(hi - fc + sw - 1, 0) // sw
    xin = x.reshape(x.size)
    HW = H * W
    C = x.shape[1]
    for nm in range(nm0, nm1):
        n = nm // M
        m = nm - n * M
        pb = (n * C + m // Mg) * HW                   # the input plane, flat
        for fr in range(sh):
            for fc in range(sw):
                xf = xph[fr * sw + fc]
                c0 = ph_c0[fc]
                c1 = ph_c1[fc]
                for i in range(ph_r0[fr], ph_r1[fr]):
                    base = i * Wq
                    src = pb + (i * sh + fr - ph) * W + fc - pw
                    if sw == 1:
                        for c in range(c0, c1):
                            xf[U(base + c)] = xin[U(src + c)]
                    else:
                        for c in range(c0, c1):
                            xf[U(base + c)] = xin[U(src + c * sw)]
        wm = w[m, 0, 0]
        yp = y3[n, m]
        bv = b[m] if has_bias else y3.dtype.type(0)
        if is_f32(x):
            # blocks of 64 (then 32, then 8) outputs, their accumulators in registers across the taps
            wa = wm.ctypes.data
            for c in range(0, L8 - 7, 8):
                taps64(KH * KW, toff.ctypes.data, wa, xph.ctypes.data + c * 32, acc.ctypes.data + c * 32)
            for c in range(L8 // 8 * 8, L8 - 3, 4):
                taps32(KH * KW, toff.ctypes.data, wa, xph.ctypes.data + c * 32, acc.ctypes.data + c * 32)
            for c in range(L8 // 8 * 8 + (L8 % 8) // 4 * 4, L8):
                taps8(KH * KW, toff.ctypes.data, wa, xph.ctypes.data + c * 32, acc.ctypes.data + c * 32)
        else:
            acc[:] = 0
            for kh in range(KH):
                for kw in range(KW):
                    wv = wm[kh, kw]
                    src = toff[kh * KW + kw]
                    for i in range(L):
                        acc[U(i)] += wv * xflat[U(src + i)]
        for oh in range(OH):
            s0 = oh * OW
            a0 = oh * Wq
            for q in range(OW):
                yp[U(s0 + q)] = acc[U(a0 + q)]
        _finish(yp, bv, z3[n, m], has_z, act, alpha, beta)


@numba.njit(cache=True, nogil=True)
def _lane_taps(nv, ntaps, off, w, x, y, step):
    """simd.lane_taps<nv> (1 <= nv <= 8)."""
    if nv == 8:
        lane_taps8(ntaps, off, w, x, y, step)
    elif nv == 7:
        lane_taps7(ntaps, off, w, x, y, step)
    elif nv == 6:
        lane_taps6(ntaps, off, w, x, y, step)
    elif nv == 5:
        lane_taps5(ntaps, off, w, x, y, step)
    elif nv == 4:
        lane_taps4(ntaps, off, w, x, y, step)
    elif nv == 3:
        lane_taps3(ntaps, off, w, x, y, step)
    elif nv == 2:
        lane_taps2(ntaps, off, w, x, y, step)
    else:
        lane_taps1(ntaps, off, w, x, y, step)


@numba.njit(cache=True, nogil=True, error_model="numpy")
def _dw_lanes(x, w, b, has_bias, z3, has_z, y3, act, alpha, beta, it0, it1, Mg, KH, KW, OH, OW,
              sh, sw, ph, pw, dh, dw):
    """Items it in [it0, it1) (it = n * blocks + block) of a float32 depthwise 2-D conv (D = 1)
    on small planes, each a block of 8 output channels computed at once, channel-last: the
    block's input planes are copied into a zero-padded buffer holding 8 channels per position,
    and each output position is one vector of 8 accumulated over the taps (simd.lane_taps1-8:
    up to 8 positions of a row at once), then the planes are finished (bias, residual,
    activation).  Plane by plane (_dw_planes), a 7x7 plane is too short a loop to vectorize:
    672 channels 5x5 stride 2 from 14x14 took ~2.7x onnxruntime's time (which runs NCHWc, 8
    channels a vector, as here)."""
    H = x.shape[3]
    W = x.shape[4]
    M = y3.shape[1]
    nb = (M + 7) // 8
    Hp = (OH - 1) * sh + (KH - 1) * dh + 1
    Wp = (OW - 1) * sw + (KW - 1) * dw + 1
    xb = np.zeros(Hp * Wp * 8, np.float32)        # padding stays zero: the same for every block
    wb = np.empty(KH * KW * 8, np.float32)
    acc = np.empty(8 * LANE_TAPS_MAX, np.float32)
    S = OH * OW
    yf = y3.reshape(y3.size)
    C = x.shape[1]
    HW = H * W
    xf = x.reshape(x.size)
    xa = xf.ctypes.data
    xba = xb.ctypes.data
    ya = yf.ctypes.data
    toff = np.empty(KH * KW, np.int64)              # each tap's offset from an output's first input
    for kh in range(KH):
        for kw in range(KW):
            toff[kh * KW + kw] = ((kh * dh) * Wp + kw * dw) * 8
    r0 = min(max(ph, 0), Hp)
    r1 = max(min(H + ph, Hp), r0)
    q0 = min(max(pw, 0), Wp)
    q1 = max(min(W + pw, Wp), q0)
    for it in range(it0, it1):
        n = it // nb
        c0 = (it - n * nb) * 8
        nc = min(8, M - c0)
        if nc == 8 and Mg == 1:
            # 8 channels x 8 positions at a time transposed in registers (simd.transpose8),
            # the rest of a row position by position
            pb = (n * C + c0) * HW
            for r in range(r0, r1):
                rb = pb + (r - ph) * W - pw
                q = q0
                while q + 8 <= q1:
                    transpose8(xa + (rb + q) * 4, HW, xba + (r * Wp + q) * 32, 8)
                    q += 8
                for q in range(q, q1):
                    o = (r * Wp + q) * 8
                    for c in range(8):
                        xb[U(o + c)] = xf[U(rb + q + c * HW)]
        else:
            for c in range(nc):
                xin = x[n, (c0 + c) // Mg, 0]
                for r in range(r0, r1):
                    xr = xin[r - ph]
                    base = r * Wp * 8 + c
                    for q in range(q0, q1):
                        xb[U(base + q * 8)] = xr[U(q - pw)]
        for c in range(nc):
            wm = w[c0 + c, 0, 0]
            for kh in range(KH):
                for kw in range(KW):
                    wb[(kh * KW + kw) * 8 + c] = wm[kh, kw]
        for c in range(nc, 8):
            for t in range(KH * KW):
                wb[t * 8 + c] = 0
        yb = (n * M + c0) * S
        for oh in range(OH):
            # up to LANE_TAPS_MAX positions a call, an accumulator each
            for ow in range(0, OW, LANE_TAPS_MAX):
                nv = min(LANE_TAPS_MAX, OW - ow)
                _lane_taps(nv, KH * KW, toff.ctypes.data, wb.ctypes.data,
                           xb.ctypes.data + ((oh * sh) * Wp + ow * sw) * 32, acc.ctypes.data, sw * 8)
                s = yb + oh * OW + ow
                if nv == 8 and nc == 8:
                    transpose8(acc.ctypes.data, 8, ya + s * 4, S)
                else:
                    for c in range(nc):
                        for j in range(nv):
                            yf[U(s + c * S + j)] = acc[U(j * 8 + c)]
        for c in range(nc):
            m = c0 + c
            _finish(y3[n, m], b[m] if has_bias else y3.dtype.type(0), z3[n, m], has_z, act, alpha, beta)


@by_symbol
@numba.njit(cache=True, nogil=True)
def _gemm_1x1(x3, w2, b, has_bias, z3, has_z, y3, act, alpha, beta, n, g, Cg, Mg, m0, m1, s0, s1):
    """Output channels [m0, m1) x positions [s0, s1) of group g, image n, of a 1x1 stride-1
    conv: one GEMM from the input straight into the output (a matrix-vector product when the
    output has one position), then the epilogue."""
    c0 = g * Cg
    o0 = g * Mg + m0
    o1 = g * Mg + m1
    if y3.shape[2] == 1:     # one position: a matrix-vector product, the epilogue on the vector
        N, M, _ = y3.shape
        y2 = y3.reshape(N, M)
        dot_rows(w2[o0:o1], x3.reshape(N, x3.shape[1])[n, c0:c0 + Cg], y2[n, o0:o1], 0, o1 - o0)
        if has_bias:
            for m in range(o0, o1):
                y2[n, m] += b[m]
        _finish(y2[n, o0:o1], y3.dtype.type(0), z3.reshape(N, M)[n, o0:o1], has_z, act, alpha, beta)
        return
    gemm(w2[o0:o1], x3[n, c0:c0 + Cg, s0:s1], y3[n, o0:o1, s0:s1])
    _finish_rows(y3, z3, b, n, o0, o1, s0, s1, has_bias, has_z, act, alpha, beta)


@numba.njit(cache=True, nogil=True)
def _gemm_tile(x, w2, b, has_bias, z3, has_z, y3, act, alpha, beta, it, nt, R, nmb, MB, group, Cg, Mg,
               KD, KH, KW, OD, OH, OW, sd, sh, sw, pd, ph, pw, dd, dh, dw, few):
    """Work item `it` of conv(): output rows q in [q0, q1) (tile (it // nmb) % nt of R rows) and
    output channels [m0, m1) (block it % nmb of MB) of one image and group: im2col into a
    workspace of this call's own, one GEMM straight into the output, then the epilogue on those
    row segments.  few: conv()'s (None: no dot products)."""
    mb = it % nmb
    it = it // nmb
    ng = it // nt
    n = ng // group
    g = ng - n * group
    m0 = g * Mg + mb * MB
    m1 = min(m0 + MB, (g + 1) * Mg)
    q0 = (it - ng * nt) * R
    q1 = min(q0 + R, OD * OH)
    Kc = Cg * KD * KH * KW
    T = (q1 - q0) * OW
    s0 = q0 * OW
    use_gemm = True
    if few is not None:     # (a compile-time test: Numba prunes the branch for a None argument)
        if T <= FEW_POSITIONS:
            # a GEMM a few columns wide runs far below BLAS's peak (silero's 129 -> 128 channel
            # conv on 4 positions: 26 us as sgemm, 10 us so); as dot products, each position's
            # patch a contiguous row
            colt = np.empty((T, Kc), x.dtype)
            _patches(x, n, g * Cg, Cg, KD, KH, KW, OH, OW, q0, q1, sd, sh, sw, pd, ph, pw, dd, dh, dw, colt)
            dot_block(w2[m0:m1], colt, y3[n, m0:m1, s0:s0 + T])
            use_gemm = False
    if use_gemm:
        col = np.empty((Kc, T), x.dtype)
        _im2col(x, n, g * Cg, Cg, KD, KH, KW, OH, OW, q0, q1, sd, sh, sw, pd, ph, pw, dd, dh, dw, col)
        gemm(w2[m0:m1], col, y3[n, m0:m1, s0:s0 + T])
    _finish_rows(y3, z3, b, n, m0, m1, s0, s0 + T, has_bias, has_z, act, alpha, beta)


@numba.njit(cache=True, nogil=True, parallel=True)
def conv_1x1(x, w, b, z, y, p, alpha, beta):
    """conv() for 1x1 kernels, unit strides, no padding (the output has the input's spatial
    shape): GEMMs straight from the input into the output, per image, group, block of output
    channels and block of positions, the blocks on Numba's threads.  Output channels are split
    where there are enough of them; else positions (a GEMM with a handful of rows runs far
    below BLAS's peak; measured, 2 threads: 96->32 channels at 80x80 0.55 -> 0.44 ms).
    Splitting positions first measured slower on ResNet-50 at 2 threads (65 -> 70 ms)."""
    N = x.shape[0]
    C = x.shape[1]
    M = w.shape[0]
    Cg = w.shape[1]
    S = y.shape[2] * y.shape[3] * y.shape[4]
    group = p[9]
    has_bias = p[10] != 0
    act = p[11]
    has_z = p[12] != 0
    Mg = M // group
    y3 = y.reshape(N, M, S)
    if N == 0 or M == 0 or S == 0:
        return
    z3 = z.reshape(N, M, S) if has_z else y3
    x3 = x.reshape(N, C, S)
    w2 = w.reshape(M, Cg)
    # one position (a head or squeeze-excite conv on a 1x1 map): matrix-vector products, which
    # read each weight once: memory-bound, split from PAR_MIN_WEIGHTS weights (blocks of channels)
    nth = threads_for(N * M * S * Cg, PAR_MIN_MACS) if S > 1 else threads_for(N * M * Cg, PAR_MIN_WEIGHTS)
    per = max(1, -(-nth // (N * group)))          # blocks wanted per (image, group)
    if Mg >= 64 * per or S < 256 * per:
        MB = blocks(Mg, per, 8)    # enough output channels (or few positions): split channels
        SB = S
    else:
        MB = Mg                    # a handful of rows runs far below BLAS's peak: split positions
        SB = blocks(S, per, 256)
    nmb = (Mg + MB - 1) // MB
    nsb = (S + SB - 1) // SB
    nb = nmb * nsb
    items = N * group * nb
    if nth > 1 and items > 1:
        for it in numba.prange(items):
            ng = it // nb
            r = it - ng * nb
            m0 = (r // nsb) * MB
            s0 = (r % nsb) * SB
            _gemm_1x1(x3, w2, b, has_bias, z3, has_z, y3, act, alpha, beta, np.int64(ng // group),
                      np.int64(ng % group), Cg, Mg, np.int64(m0), min(m0 + MB, Mg), np.int64(s0), min(s0 + SB, S))
    else:
        for ng in range(N * group):
            _gemm_1x1(x3, w2, b, has_bias, z3, has_z, y3, act, alpha, beta, ng // group, ng % group, Cg, Mg,
                      _0, Mg, _0, S)


@numba.njit(cache=True, nogil=True, parallel=True)
def conv_depthwise(x, w, b, z, y, p, alpha, beta):
    """conv() for 2-D convs with one input channel per group (depthwise): the (n, m) output
    planes split into one range per thread (_dw_planes).  3-D depthwise convs take conv()."""
    N = x.shape[0]
    M = w.shape[0]
    KH = w.shape[3]
    KW = w.shape[4]
    OH = y.shape[3]
    OW = y.shape[4]
    if N == 0 or M == 0 or OH * OW == 0:
        return
    Mg = M // p[9]
    y3 = y.reshape(N, M, OH * OW)
    z3 = z.reshape(N, M, OH * OW) if p[12] != 0 else y3
    nth = threads_for(N * M * OH * OW * KH * KW, PAR_MIN_ELEMS)
    # small float32 planes: blocks of 8 channels (_dw_lanes)
    S = OH * OW
    lanes = is_f32(x) and (S <= _DW_LANES_PLANE_S1 or ((p[1] > 1 or p[2] > 1) and S <= _DW_LANES_PLANE))
    items = N * ((M + 7) // 8) if lanes else N * M
    B = blocks(items, nth, 1)
    nb = (items + B - 1) // B
    if nb > 1:
        for t in numba.prange(nb):
            _dw_items(lanes, x, w, b, p, z3, y3, alpha, beta, np.int64(t * B), np.int64(min(t * B + B, items)),
                      Mg, KH, KW, OH, OW)
    else:
        _dw_items(lanes, x, w, b, p, z3, y3, alpha, beta, _0, items, Mg, KH, KW, OH, OW)


@by_symbol
@numba.njit(cache=True, nogil=True)
def _dw_items(lanes, x, w, b, p, z3, y3, alpha, beta, i0, i1, Mg, KH, KW, OH, OW):
    """conv_depthwise's items [i0, i1): blocks of 8 channels (lanes) or planes."""
    if lanes:
        _dw_lanes(x, w, b, p[10] != 0, z3, p[12] != 0, y3, p[11], alpha, beta, i0, i1,
                  Mg, KH, KW, OH, OW, p[1], p[2], p[4], p[5], p[7], p[8])
    else:
        _dw_planes(x, w, b, p[10] != 0, z3, p[12] != 0, y3, p[11], alpha, beta, i0, i1,
                   Mg, KH, KW, OH, OW, p[1], p[2], p[4], p[5], p[7], p[8])


@by_symbol
@numba.njit(cache=True, nogil=True)
def _conv_item(shared, phase, o, it, col, CB, x, w2, b, has_bias, z3, has_z, y3, act, alpha, beta, nt, R, nmb, MB,
               group, Cg, Mg, KD, KH, KW, OD, OH, OW, sd, sh, sw, pd, ph, pw, dd, dh, dw, few):
    """Work item `it` of conv()'s parallel loop: a _gemm_tile, or where output channels are
    split with a shared im2col (`shared`), for image/group/tile `o`: phase 0 the im2col of input
    channel block `it` (of CB) into col, phase 1 the GEMM and epilogue of output channel block
    `it` (of MB)."""
    if not shared:
        _gemm_tile(x, w2, b, has_bias, z3, has_z, y3, act, alpha, beta, it, nt, R, nmb, MB, group,
                   Cg, Mg, KD, KH, KW, OD, OH, OW, sd, sh, sw, pd, ph, pw, dd, dh, dw, few)
        return
    ng = o // nt
    n = ng // group
    g = ng - n * group
    q0 = (o - ng * nt) * R
    q1 = min(q0 + R, OD * OH)
    if phase == 0:
        KK = KD * KH * KW
        c0 = it * CB
        c1 = min(c0 + CB, Cg)
        _im2col(x, n, g * Cg + c0, c1 - c0, KD, KH, KW, OH, OW, q0, q1, sd, sh, sw, pd, ph, pw, dd, dh, dw,
                col[c0 * KK:c1 * KK])
    else:
        s0 = q0 * OW
        s1 = q1 * OW
        m0 = g * Mg + it * MB
        m1 = min(m0 + MB, (g + 1) * Mg)
        gemm(w2[m0:m1], col, y3[n, m0:m1, s0:s1])
        _finish_rows(y3, z3, b, n, m0, m1, s0, s1, has_bias, has_z, act, alpha, beta)


@numba.njit(cache=True, nogil=True, parallel=True)
def conv(x, w, b, z, y, p, alpha, beta, few=True):
    """ONNX Conv on 5-D x/w/y, with FusedConv's epilogue y = act(conv + b + z): the general
    path, im2col + GEMM, any group, stride, dilation and padding; tiles of at most
    FEW_POSITIONS output positions as dot products instead, unless `few` is None (the code
    generator passes None where the output width is known to be larger: that path is then not
    compiled, ~2.7 s of cold compile).

    p = [sd, sh, sw, pd0, ph0, pw0, dd, dh, dw, group, has_bias, act, has_z]; z is the
    residual (y's shape) or an empty 5-D array; alpha/beta parameterize the activation.

    The work is split into independent items (images x groups x output-row tiles), run on
    Numba's threads, each making single-threaded BLAS calls (runtime/threads.py keeps the
    BLAS library at one thread): one thread pool, and im2col and the epilogue run in
    parallel with the GEMMs.  conv_1x1, conv_depthwise and conv_winograd take the same
    arguments (conv_winograd its own weights) for the cases they serve; the lowering picks
    one per node (compiler/ops/nn.py conv_kernel), so a model compiles only those it uses."""
    N = x.shape[0]
    M = w.shape[0]
    Cg = w.shape[1]
    KD = w.shape[2]
    KH = w.shape[3]
    KW = w.shape[4]
    OD = y.shape[2]
    OH = y.shape[3]
    OW = y.shape[4]
    sd, sh, sw, pd, ph, pw, dd, dh, dw, group, has_bias, act, has_z = _unpack(p)
    Mg = M // group
    S = OD * OH * OW
    y3 = y.reshape(N, M, S)
    if N == 0 or M == 0 or S == 0:
        return
    z3 = z.reshape(N, M, S) if has_z else y3
    Kc = Cg * KD * KH * KW
    w2 = w.reshape(M, Kc)
    nth = threads_for(N * M * S * Kc, PAR_MIN_MACS)
    per = -(-nth // (N * group))                  # work items wanted per (image, group)
    nmb = 1
    MB = Mg
    shared = False
    if nth > 1 and S < _FEW_COLUMNS * per and Mg >= 16 * per:
        # few output positions: split output channels, since splitting rows makes GEMMs too
        # narrow for BLAS, which also packs every weight once per call (512 -> 512 3x3 on 7x7,
        # 2 threads, with the shared im2col below: 2.3 -> 1.8 ms, paired medians)
        MB = blocks(Mg, per, 8)
        nmb = (Mg + MB - 1) // MB
        R, nt = row_tiles(OD * OH, Kc * OW, max(_COL_BUDGET, Kc * _MIN_COLUMNS), 1, 1)
        # where every tile takes the GEMM, its im2col is made once, by all threads (blocks of
        # input channels), before the channel blocks' GEMMs (an im2col per block: ~10% slower)
        shared = (OD * OH - (nt - 1) * R) * OW > FEW_POSITIONS
    else:
        # tiles of output rows: a cache-sized column workspace, enough tiles for every thread
        R, nt = row_tiles(OD * OH, Kc * OW, max(_COL_BUDGET, Kc * _MIN_COLUMNS), nth, N * group)
    CB = blocks(Cg, nth, 1)
    col = np.empty((0, 0), x.dtype)
    # one parallel loop site (each costs seconds of cold compile), run once, or per shared
    # im2col's tile twice: input channel blocks, then output channel blocks
    for o in range(N * group * nt if shared else 1):
        if shared:
            col = np.empty((Kc, (min((o % nt) * R + R, OD * OH) - (o % nt) * R) * OW), x.dtype)
        for phase in range(2 if shared else 1):
            items = ((Cg + CB - 1) // CB if phase == 0 else nmb) if shared else N * group * nt * nmb
            if nth > 1 and items > 1:
                for it in numba.prange(items):
                    _conv_item(shared, phase, o, np.int64(it), col, CB, x, w2, b, has_bias, z3, has_z, y3, act,
                               alpha, beta, nt, R, nmb, MB, group, Cg, Mg, KD, KH, KW, OD, OH, OW, sd, sh, sw,
                               pd, ph, pw, dd, dh, dw, few)
            else:
                for it in range(items):
                    _conv_item(shared, phase, o, it, col, CB, x, w2, b, has_bias, z3, has_z, y3, act,
                               alpha, beta, nt, R, nmb, MB, group, Cg, Mg, KD, KH, KW, OD, OH, OW, sd, sh, sw,
                               pd, ph, pw, dd, dh, dw, few)


@by_symbol
@numba.njit(cache=True, nogil=True)
def _packed_item(phase, it, n, q0, q1, s0, CB, PB, x, x3, wp, col, bp, b, has_bias, z3, has_z, y3, act,
                 alpha, beta, pointwise, KD, KH, KW, OH, OW, sd, sh, sw, pd, ph, pw, dd, dh, dw):
    """Work item `it` of conv_packed() for image n, output rows [q0, q1) (positions from s0):
    phase 0 packs the columns of input channel block `it` (of CB) into bp (through col's
    im2col unless the conv is pointwise), phase 1 multiplies row panel block `it` (of PB) into
    y3 and applies the epilogue to those rows."""
    T = (q1 - q0) * OW
    if phase == 0:
        KK = KD * KH * KW
        c0 = it * CB
        c1 = min(c0 + CB, x.shape[1])
        if pointwise:
            pack_cols(x3[n], c0, c1, s0, T, bp)
        else:
            _im2col(x, n, c0, c1 - c0, KD, KH, KW, OH, OW, q0, q1, sd, sh, sw, pd, ph, pw, dd, dh, dw,
                    col[c0 * KK:c1 * KK])
            pack_cols(col, c0 * KK, c1 * KK, 0, T, bp)
    else:
        M = y3.shape[1]
        p0 = it * PB
        p1 = min(p0 + PB, wp.shape[0])
        gemm_panels(wp, p0, p1, bp, T, y3.reshape(y3.size), n * M * y3.shape[2] + s0, y3.shape[2], M,
                    np.empty(PANEL_ROWS * PANEL_COLS, y3.dtype))
        _finish_rows(y3, z3, b, n, p0 * PANEL_ROWS, min(p1 * PANEL_ROWS, M), s0, s0 + T, has_bias, has_z,
                     act, alpha, beta)


@numba.njit(cache=True, nogil=True, parallel=True)
def conv_packed(x, wp, b, z, y, p, alpha, beta):
    """conv() for one group, float32, with weights packed once by packed.pack_weights: wp
    (ceil(M / 16), C * KD * KH * KW, 16) (compiler/passes/packed_conv.py chooses the convs).
    p = conv()'s p, then [KD, KH, KW].

    Per tile of output rows, all threads first pack the columns (the im2col, unless the conv
    is 1x1 with unit strides and no pads, then the 6-column panels; blocks of input channels),
    then multiply blocks of 16-row weight panels (packed.gemm_panels), each finishing its
    rows with the epilogue while they are in cache."""
    N = x.shape[0]
    C = x.shape[1]
    M = y.shape[1]
    OD = y.shape[2]
    OH = y.shape[3]
    OW = y.shape[4]
    sd, sh, sw, pd, ph, pw, dd, dh, dw, _, has_bias, act, has_z, KD, KH, KW = _unpack_packed(p)
    K = wp.shape[1]
    S = OD * OH * OW
    if N == 0 or M == 0 or S == 0:
        return
    if K != C * KD * KH * KW or wp.shape[0] * PANEL_ROWS < M:
        raise ValueError("conv_packed: packed weights do not match the input channels and kernel")
    y3 = y.reshape(N, M, S)
    z3 = z.reshape(N, M, S) if has_z else y3
    x3 = x.reshape(N, C, x.shape[2] * x.shape[3] * x.shape[4])
    pointwise = KD * KH * KW == 1 and sd == 1 and sh == 1 and sw == 1 and pd == 0 and ph == 0 and pw == 0 \
        and x3.shape[2] == S
    nth = threads_for(N * M * S * K, PAR_MIN_MACS)
    R, nt = row_tiles(OD * OH, K * OW, _COL_BUDGET, 1, 1)
    CB = blocks(C, nth, 1)
    PB = blocks(wp.shape[0], nth, 1)
    for o in range(N * nt):
        n = o // nt
        q0 = (o - n * nt) * R
        q1 = min(q0 + R, OD * OH)
        T = (q1 - q0) * OW
        s0 = q0 * OW
        bp = np.empty(((T + PANEL_COLS - 1) // PANEL_COLS, K, PANEL_COLS), x.dtype)
        col = np.empty((0 if pointwise else K, T), x.dtype)
        # one parallel loop site, run twice: column packing, then the weight panels
        for phase in range(2):
            items = (C + CB - 1) // CB if phase == 0 else (wp.shape[0] + PB - 1) // PB
            if nth > 1 and items > 1:
                for it in numba.prange(items):
                    _packed_item(phase, np.int64(it), n, q0, q1, s0, CB, PB, x, x3, wp, col, bp, b, has_bias,
                                 z3, has_z, y3, act, alpha, beta, pointwise, KD, KH, KW, OH, OW, sd, sh, sw,
                                 pd, ph, pw, dd, dh, dw)
            else:
                for it in range(items):
                    _packed_item(phase, it, n, q0, q1, s0, CB, PB, x, x3, wp, col, bp, b, has_bias, z3, has_z,
                                 y3, act, alpha, beta, pointwise, KD, KH, KW, OH, OW, sd, sh, sw, pd, ph, pw,
                                 dd, dh, dw)


# ---------------------------------------------------------------- direct
#
# A unit-stride conv reads, for tap (c, kh, kw), the input at a fixed offset from the output
# position.  On a zero-padded copy of the input whose rows are Wq = OW + (KW - 1) dw wide, an
# output position is q = oh Wq + ow (ow < OW; the last (KW - 1) dw columns of each row are
# computed and dropped) and tap t reads xq[off[t] + q], off[t] = c Hq Wq + kh dh Wq + kw dw: 24
# consecutive positions are three vector loads, with no im2col and no packing per call.
# simd.row_taps keeps four output channels x 24 positions in registers over all C KH KW taps
# (weights packed once, four rows at a time: packed.pack_weights(rows=4)).
# With strides (sh, sw) the padded input is split into sh x sw phase planes, plane (a, b)
# holding padded rows a, a + sh, ... and columns b, b + sw, ...: tap (kh, kw) reads plane
# (kh dh % sh, kw dw % sw) at a fixed offset (kh dh // sh, kw dw // sw) from the output
# position, so a strided conv is a unit-stride one over the phase planes, rows OW + (KW - 1)
# dw // sw wide.

# Workspace of one band of output rows (its rows' results before the epilogue), in elements.
_DIRECT_BUDGET = 1 << 15


@numba.njit(cache=True, nogil=True)
def _phase_planes(x, n, c0, c1, xq, Hq, Wq, sh, sw, ph, pw):
    """For channels c in [c0, c1): xq's plane ((c sh + a) sw + b) (Hq x Wq) holds the padded
    input's rows a + sh i and columns b + sw j, that is x[n, c, 0, sh i + a - ph, sw j + b - pw],
    zero where that is padding (or past the input)."""
    H = x.shape[3]
    W = x.shape[4]
    for c in range(c0, c1):
        o = c * sh * sw * Hq * Wq
        for a in range(sh):
            for b in range(sw):
                lo, hi = tap_range(b - pw, sw, W, Wq)
                for i in range(Hq):
                    h = sh * i + a - ph
                    if 0 <= h < H:
                        src = x[n, c, 0, h]
                        for j in range(lo):
                            xq[U(o + j)] = 0
                        if sw == 1:
                            for j in range(lo, hi):
                                xq[U(o + j)] = src[U(j + b - pw)]
                        else:
                            for j in range(lo, hi):
                                xq[U(o + j)] = src[U(sw * j + b - pw)]
                        for j in range(hi, Wq):
                            xq[U(o + j)] = 0
                    else:
                        for j in range(Wq):
                            xq[U(o + j)] = 0
                    o += Wq


@by_symbol
@numba.njit(cache=True, nogil=True)
def _direct_item(phase, it, n, CB, RB, PB, x, wp, off, xq, b, has_bias, z3, has_z, y3, act, alpha, beta,
                 OH, OW, Hq, Wq, sh, sw, ph, pw):
    """Work item `it` of conv_direct() for image n: phase 0 makes the phase planes of input
    channel block `it` (of CB) in xq, phase 1 computes a band of RB output rows for a block of
    PB row panels (band it // npb, block it % npb), in 4 x 24 blocks into a workspace, then
    copies their valid columns into y3 and applies the epilogue."""
    if phase == 0:
        _phase_planes(x, n, it * CB, min(it * CB + CB, x.shape[1]), xq, Hq, Wq, sh, sw, ph, pw)
        return
    P = wp.shape[0]
    npb = (P + PB - 1) // PB
    band = it // npb
    p0 = (it - band * npb) * PB
    p1 = min(p0 + PB, P)
    oh0 = band * RB
    oh1 = min(oh0 + RB, OH)
    K = wp.shape[1]
    m0 = p0 * ROW_TAPS_ROWS
    m1 = min(p1 * ROW_TAPS_ROWS, y3.shape[1])
    nq = ((oh1 - oh0) * Wq + ROW_TAPS_COLS - 1) // ROW_TAPS_COLS * ROW_TAPS_COLS
    ws = np.empty((p1 - p0) * ROW_TAPS_ROWS * nq, y3.dtype)
    sz = wp.itemsize
    wa = wp.ctypes.data
    xa = xq.ctypes.data + oh0 * Wq * sz
    wsa = ws.ctypes.data
    oa = off.ctypes.data
    for q in range(0, nq, ROW_TAPS_COLS):
        for pn in range(p0, p1):
            row_taps(K, oa, wa + pn * K * ROW_TAPS_ROWS * sz, xa + q * sz,
                     wsa + ((pn - p0) * ROW_TAPS_ROWS * nq + q) * sz, nq)
    for m in range(m0, m1):
        yr = y3[n, m]
        for oh in range(oh0, oh1):
            s = (m - m0) * nq + (oh - oh0) * Wq
            d = oh * OW
            for j in range(OW):
                yr[U(d + j)] = ws[U(s + j)]
    _finish_rows(y3, z3, b, n, m0, m1, oh0 * OW, oh1 * OW, has_bias, has_z, act, alpha, beta)


@numba.njit(cache=True, nogil=True, parallel=True)
def conv_direct(x, wp, b, z, y, p, alpha, beta):
    """conv() for one group, float32, no depth (D = KD = 1), with weights packed four output
    channels at a time by packed.pack_weights(w2, rows=4): wp (ceil(M / 4), C * KH * KW, 4)
    (compiler/passes/packed_conv.py chooses the convs).  p = conv()'s p, then [KD, KH, KW].

    Per image, all threads first copy blocks of input channels into the zero-padded phase
    planes, then compute bands of output rows (simd.row_taps), each finishing its band with
    the epilogue while it is in cache."""
    N = x.shape[0]
    C = x.shape[1]
    M = y.shape[1]
    OH = y.shape[3]
    OW = y.shape[4]
    sd, sh, sw, pd, ph, pw, dd, dh, dw, _, has_bias, act, has_z, KD, KH, KW = _unpack_packed(p)
    P = wp.shape[0]
    K = wp.shape[1]
    S = y.shape[2] * OH * OW
    if N == 0 or M == 0 or S == 0:
        return
    if K != C * KD * KH * KW or KD != 1 or x.shape[2] != 1 or y.shape[2] != 1 or wp.shape[2] != ROW_TAPS_ROWS \
            or P * ROW_TAPS_ROWS < M or sh < 1 or sw < 1:
        raise ValueError("conv_direct: packed weights do not match the input channels and kernel, or the "
                         "conv is not 2-D")
    y3 = y.reshape(N, M, S)
    z3 = z.reshape(N, M, S) if has_z else y3
    Hq = OH + (KH - 1) * dh // sh
    Wq = OW + (KW - 1) * dw // sw
    plane = Hq * Wq
    # the last band's last block reads up to ROW_TAPS_COLS - 1 positions past the planes
    xq = np.empty(C * sh * sw * plane + ROW_TAPS_COLS + (KW - 1) * dw // sw, x.dtype)
    xq[C * sh * sw * plane:] = 0
    off = np.empty(K, np.int64)
    t = 0
    for c in range(C):
        for kh in range(KH):
            for kw in range(KW):
                a = kh * dh
                bb = kw * dw
                off[t] = ((c * sh + a % sh) * sw + bb % sw) * plane + a // sh * Wq + bb // sw
                t += 1
    nth = threads_for(N * M * S * K, PAR_MIN_MACS)
    if nth > 1 and S < _FEW_COLUMNS * nth and N < nth:
        # few positions a thread: split output channels (a band of few rows is mostly the
        # rounding of its positions to blocks of 24, and the bands' work is uneven)
        PB = blocks(P, nth, 1)
        RB, nb = row_tiles(OH, PB * ROW_TAPS_ROWS * Wq, _DIRECT_BUDGET, 1, N)
    else:
        PB = P
        RB, nb = row_tiles(OH, P * ROW_TAPS_ROWS * Wq, _DIRECT_BUDGET, nth, N)
    nb *= (P + PB - 1) // PB
    CB = blocks(C, nth, 1)
    for n in range(N):
        # one parallel loop site, run twice: the phase planes, then the bands of output rows
        for phase in range(2):
            items = (C + CB - 1) // CB if phase == 0 else nb
            if nth > 1 and items > 1:
                for it in numba.prange(items):
                    _direct_item(phase, np.int64(it), n, CB, RB, PB, x, wp, off, xq, b, has_bias, z3, has_z, y3,
                                 act, alpha, beta, OH, OW, Hq, Wq, sh, sw, ph, pw)
            else:
                for it in range(items):
                    _direct_item(phase, it, n, CB, RB, PB, x, wp, off, xq, b, has_bias, z3, has_z, y3, act,
                                 alpha, beta, OH, OW, Hq, Wq, sh, sw, ph, pw)


# ---------------------------------------------------------------- Winograd F(2x2, 3x3)
#
# A 3x3 stride-1 convolution as Winograd's minimal filtering F(2x2, 3x3) (Lavin & Gray,
# "Fast Algorithms for Convolutional Neural Networks", 2015): each 2x2 output tile is
# A^T [ (G g G^T) . (B^T d B) ] A over the 4x4 input tile d, 16 multiplies where the direct
# form needs 36.  Over channels the 16 element-wise products become 16 GEMMs
# U[k] (M x C) @ V[k] (C x tiles).  U = G g G^T is computed once, when the graph is
# optimized (compiler/passes/winograd.py); the transforms of B and A below use only
# additions, so the result differs from the direct form by rounding alone.
#
#   B^T = [[1, 0, -1, 0], [0, 1, 1, 0], [0, -1, 1, 0], [0, 1, 0, -1]]
#   A^T = [[1, 1, 1, 0], [0, 1, -1, -1]]

# Workspace budget of one block of tile rows (V and the GEMM products), in elements; but a block
# holds at least _WINO_MIN_COLUMNS tiles (where the image has them), whatever the workspace:
# each of a block's 16 GEMMs packs its (M, C) weight matrix U[k] (OpenBLAS, every call), so
# blocks of few tiles packed 16 weight matrices per few columns.  By the budget alone, 512
# channels on 28x28 ran in blocks of one tile row (14 tiles); measured paired, one thread,
# against that: 512 -> 512 on 28x28 0.45 (128 tiles) / 0.40 (256), on 14x14 0.46; 256 -> 256 on
# 56x56 0.82 / 0.77, on 14x14 0.83.
_WINO_BUDGET = 1 << 18
_WINO_MIN_COLUMNS = 256


@numba.njit(cache=True, nogil=True, error_model="numpy")
def _wino_in_plane(x4, n, c, i0, i1, ph, pw, tw, v, pad, we, wo):
    """B^T d B for the tiles of tile rows [i0, i1), channel c of image n: v[k, c, p], tile
    p = (i - i0) tw + j.  First d B (along the columns) of every zero-padded input row the
    tiles read, row by row into we (even rows) and wo (odd rows), (4, (i1 - i0 + 1) tw) each;
    then B^T along the rows, over all the block's tiles in one pass: tile row i reads padded
    rows 2i .. 2i + 3, which are we/wo at p and p + tw.  (Tile row by tile row, the passes ran
    tw wide with stride-2 reads: 1.4-3x slower, 16 to 256 channels on 14x14 to 80x80.)
    pad: a row's 2 tw + 2 elements."""
    H = x4.shape[2]
    W = x4.shape[3]
    L = 2 * tw + 2
    lo, hi = tap_range(-pw, 1, W, L)
    for rr in range(2 * (i1 - i0) + 2):
        ih = 2 * i0 - ph + rr
        wb = we if rr % 2 == 0 else wo
        o = (rr // 2) * tw
        w0 = wb[0]
        w1 = wb[1]
        w2 = wb[2]
        w3 = wb[3]
        if ih < 0 or ih >= H:
            for j in range(tw):
                w0[U(o + j)] = 0
                w1[U(o + j)] = 0
                w2[U(o + j)] = 0
                w3[U(o + j)] = 0
            continue
        xr = x4[n, c, ih]
        for q in range(lo):
            pad[U(q)] = 0
        for q in range(lo, hi):
            pad[U(q)] = xr[U(q - pw)]
        for q in range(hi, L):
            pad[U(q)] = 0
        for j in range(tw):
            d0 = pad[U(2 * j)]
            d1 = pad[U(2 * j + 1)]
            d2 = pad[U(2 * j + 2)]
            d3 = pad[U(2 * j + 3)]
            w0[U(o + j)] = d0 - d2
            w1[U(o + j)] = d1 + d2
            w2[U(o + j)] = d2 - d1
            w3[U(o + j)] = d1 - d3
    for b in range(4):
        e = we[b]
        od = wo[b]
        v0 = v[b, c]
        v1 = v[4 + b, c]
        v2 = v[8 + b, c]
        v3 = v[12 + b, c]
        for p in range((i1 - i0) * tw):
            e0 = e[U(p)]
            e1 = e[U(p + tw)]
            o0 = od[U(p)]
            o1 = od[U(p + tw)]
            v0[U(p)] = e0 - e1
            v1[U(p)] = o0 + e1
            v2[U(p)] = e1 - o0
            v3[U(p)] = o0 - o1


@numba.njit(cache=True, nogil=True, error_model="numpy")
def _wino_out_plane(mm, m, tw, y4, z4, n, i0, i1, bv, has_z, act, alpha, beta, ys):
    """A^T m A for the tiles of tile rows [i0, i1), output channel m: the four outputs of
    every tile in one pass over the block's tiles into ys (4, (i1 - i0) tw), then
    interleaved into output rows 2i and 2i + 1 (the second only if it exists), each finished
    (bias, residual, activation)."""
    m0 = mm[0, m]
    m1 = mm[1, m]
    m2 = mm[2, m]
    m3 = mm[3, m]
    m4 = mm[4, m]
    m5 = mm[5, m]
    m6 = mm[6, m]
    m7 = mm[7, m]
    m8 = mm[8, m]
    m9 = mm[9, m]
    m10 = mm[10, m]
    m11 = mm[11, m]
    m12 = mm[12, m]
    m13 = mm[13, m]
    m14 = mm[14, m]
    m15 = mm[15, m]
    y00 = ys[0]
    y01 = ys[1]
    y10 = ys[2]
    y11 = ys[3]
    for p in range((i1 - i0) * tw):
        q = U(p)
        a0 = m0[q] + m1[q] + m2[q]             # m A, tile row a: columns 0 and 1
        b0 = m1[q] - m2[q] - m3[q]
        a1 = m4[q] + m5[q] + m6[q]
        b1 = m5[q] - m6[q] - m7[q]
        a2 = m8[q] + m9[q] + m10[q]
        b2 = m9[q] - m10[q] - m11[q]
        a3 = m12[q] + m13[q] + m14[q]
        b3 = m13[q] - m14[q] - m15[q]
        y00[q] = a0 + a1 + a2                   # A^T (m A)
        y01[q] = b0 + b1 + b2
        y10[q] = a1 - a2 - a3
        y11[q] = b1 - b2 - b3
    OH = y4.shape[2]
    OW = y4.shape[3]
    half = OW // 2
    for ir in range(i1 - i0):
        base = ir * tw
        for r in range(2):
            oh = 2 * (i0 + ir) + r
            if oh >= OH:
                break
            ya = ys[2 * r]
            yb = ys[2 * r + 1]
            yr = y4[n, m, oh]
            for j in range(half):
                yr[U(2 * j)] = ya[U(base + j)]
                yr[U(2 * j + 1)] = yb[U(base + j)]
            if OW % 2:
                yr[U(OW - 1)] = ya[U(base + half)]
            _finish(yr, bv, z4[n, m, oh], has_z, act, alpha, beta)


@numba.njit(cache=True, nogil=True)
def _wino_block(x4, u, b, has_bias, z4, has_z, y4, act, alpha, beta, it, nblk, R, nmb, MB, th, tw, ph, pw):
    """Work item `it` of conv_winograd(): tile rows [i0, i1) (block (it // nmb) % nblk of R
    rows) and output channels [m0, m1) (block it % nmb of MB) of one image: input transform,
    16 GEMMs, output transform, in a workspace of this call's own."""
    r = it // nmb
    n = r // nblk
    i0 = (r - n * nblk) * R
    i1 = min(i0 + R, th)
    M = u.shape[1]
    m0 = (it - r * nmb) * MB
    m1 = min(m0 + MB, M)
    C = x4.shape[1]
    P = (i1 - i0) * tw
    v = np.empty((16, C, P), x4.dtype)
    mm = np.empty((16, M, P), x4.dtype)
    _wino_ins(x4, n, _0, C, i0, i1, ph, pw, tw, v)
    _wino_outs(u, v, mm, b, has_bias, z4, has_z, y4, act, alpha, beta, n, m0, m1, i0, i1, tw)


@numba.njit(cache=True, nogil=True)
def _wino_ins(x4, n, c0, c1, i0, i1, ph, pw, tw, v):
    """The input transform of channels [c0, c1), tile rows [i0, i1) of image n into v."""
    pad = np.empty(2 * tw + 2, x4.dtype)
    we = np.empty((4, (i1 - i0 + 1) * tw), x4.dtype)
    wo = np.empty((4, (i1 - i0 + 1) * tw), x4.dtype)
    for c in range(c0, c1):
        _wino_in_plane(x4, n, c, i0, i1, ph, pw, tw, v, pad, we, wo)


@numba.njit(cache=True, nogil=True)
def _wino_outs(u, v, mm, b, has_bias, z4, has_z, y4, act, alpha, beta, n, m0, m1, i0, i1, tw):
    """Output channels [m0, m1) of tile rows [i0, i1) of image n from the transformed input v:
    the 16 GEMMs into mm, then the output transform and the epilogue into y4."""
    ys = np.empty((4, (i1 - i0) * tw), y4.dtype)
    for k in range(16):
        gemm(u[k, m0:m1], v[k], mm[k, m0:m1])
    for m in range(m0, m1):
        bv = b[m] if has_bias else y4.dtype.type(0)
        _wino_out_plane(mm, m, tw, y4, z4, n, i0, i1, bv, has_z, act, alpha, beta, ys)


@by_symbol
@numba.njit(cache=True, nogil=True)
def _wino_item(shared, phase, r, it, v, mm, CB, x4, u, b, has_bias, z4, has_z, y4, act, alpha, beta, nblk, R, nmb,
               MB, th, tw, ph, pw):
    """Work item `it` of conv_winograd()'s parallel loop: a _wino_block, or where output
    channels are split with a shared input transform (`shared`), for image/block of tile rows
    `r`: phase 0 the transform of input channel block `it` (of CB) into v, phase 1 the GEMMs
    (into mm) and output transform of output channel block `it` (of MB)."""
    if not shared:
        _wino_block(x4, u, b, has_bias, z4, has_z, y4, act, alpha, beta, it, nblk, R, nmb, MB, th, tw, ph, pw)
        return
    n = r // nblk
    i0 = (r - n * nblk) * R
    i1 = min(i0 + R, th)
    if phase == 0:
        c0 = it * CB
        _wino_ins(x4, n, c0, min(c0 + CB, u.shape[2]), i0, i1, ph, pw, tw, v)
    else:
        m0 = it * MB
        _wino_outs(u, v, mm, b, has_bias, z4, has_z, y4, act, alpha, beta, n, m0, min(m0 + MB, u.shape[1]),
                   i0, i1, tw)


# Below this many tiles per image and thread, conv_winograd's threads split output channels
# (the input transformed once, by all threads; then each its channels' GEMMs and output)
# instead of tile rows, whose GEMMs would be a few tiles wide: 128 -> 128 channels at 10x10
# (25 tiles) ran slower on 2 threads than on 1 by rows (0.42 vs 0.36 ms), 0.23 ms by
# channels; 256 -> 256 at 10x10 1.75 -> 0.83 ms.  From 8x8 tiles up rows win (16x16 output:
# 0.52 by rows, 0.63 by channels; measured when each thread transformed the whole input).
_WINO_FEW_TILES = 32


@numba.njit(cache=True, nogil=True, parallel=True)
def conv_winograd(x, u, b, z, y, p, alpha, beta):
    """3x3 stride-1 undilated ungrouped Conv, with FusedConv's epilogue, by Winograd F(2x2, 3x3).

    x (N, C, H, W), u (16, M, C) the transformed weights (G g G^T, element k = 4 * row +
    col of the 4x4 tile), b (M,) or empty, z y's shape or empty, y (N, M, OH, OW) with
    OH = H + pads - 2; p = [ph0, pw0, has_bias, act, has_z] (begin pads; end pads are implied
    by y's shape).  Blocks of tile rows (or, on images of few tiles, of output channels)
    run in parallel on Numba's threads."""
    N = x.shape[0]
    M = u.shape[1]
    C = u.shape[2]
    OH = y.shape[2]
    OW = y.shape[3]
    ph = p[0]
    pw = p[1]
    has_bias = p[2] != 0
    act = p[3]
    has_z = p[4] != 0
    if N == 0 or M == 0 or OH == 0 or OW == 0:
        return
    z4 = z if has_z else y
    th = (OH + 1) // 2
    tw = (OW + 1) // 2
    nth = threads_for(N * M * C * OH * OW * 4, PAR_MIN_MACS)
    nmb = 1
    MB = M
    if nth > 1 and th * tw < _WINO_FEW_TILES * nth and N < nth:
        MB = blocks(M, -(-nth // N), 16)           # a few tiles: split channels, not rows
        nmb = (M + MB - 1) // MB
        R, nblk = row_tiles(th, 16 * (C + M) * tw, max(_WINO_BUDGET, 16 * (C + M) * _WINO_MIN_COLUMNS), 1, N)
    else:
        R, nblk = row_tiles(th, 16 * (C + M) * tw, max(_WINO_BUDGET, 16 * (C + M) * _WINO_MIN_COLUMNS), nth, N)
    # as conv(): one parallel loop site; with channel blocks the input is transformed once per
    # block of tile rows, by all threads (blocks of input channels), before the blocks' GEMMs
    shared = nmb > 1
    CB = blocks(C, nth, 1)
    v = np.empty((0, 0, 0), x.dtype)
    mm = v
    for r in range(N * nblk if shared else 1):
        if shared:
            P = (min((r % nblk) * R + R, th) - (r % nblk) * R) * tw
            v = np.empty((16, C, P), x.dtype)
            mm = np.empty((16, M, P), x.dtype)
        for phase in range(2 if shared else 1):
            items = ((C + CB - 1) // CB if phase == 0 else nmb) if shared else N * nblk * nmb
            if nth > 1 and items > 1:
                for it in numba.prange(items):
                    _wino_item(shared, phase, r, np.int64(it), v, mm, CB, x, u, b, has_bias, z4, has_z, y, act,
                               alpha, beta, nblk, R, nmb, MB, th, tw, ph, pw)
            else:
                for it in range(items):
                    _wino_item(shared, phase, r, it, v, mm, CB, x, u, b, has_bias, z4, has_z, y, act,
                               alpha, beta, nblk, R, nmb, MB, th, tw, ph, pw)


@numba.njit(cache=True, nogil=True)
def conv_transpose(x, w, b, y, p):
    """ONNX ConvTranspose on 5-D x/w/y; see the module docstring for p.

    y[n, g*Mg+m, o] = sum_{c, i, k: o = i*s - pad + k*dil} x[n, g*Cg+c, i] * w[g*Cg+c, m, k]
    computed as col = W_g^T X_g (GEMM) then a col2im scatter-add.
    """
    N = x.shape[0]
    C = x.shape[1]
    D = x.shape[2]
    H = x.shape[3]
    W = x.shape[4]
    Mg = w.shape[1]
    KD = w.shape[2]
    KH = w.shape[3]
    KW = w.shape[4]
    M = y.shape[1]
    OD = y.shape[2]
    OH = y.shape[3]
    OW = y.shape[4]
    sd = p[0]
    sh = p[1]
    sw = p[2]
    pd = p[3]
    ph = p[4]
    pw = p[5]
    dd = p[6]
    dh = p[7]
    dw = p[8]
    group = p[9]
    has_bias = p[10]
    Cg = C // group
    K = KD * KH * KW
    S = D * H * W
    y3 = y.reshape(N, M, OD * OH * OW)
    y3[:] = 0
    if N == 0 or M == 0 or OD * OH * OW == 0:
        return
    x3 = x.reshape(N, C, S)
    w2 = w.reshape(C, Mg * K)
    col = np.empty((Mg * K, S), x.dtype)
    cf = col.reshape(col.size)
    yf = y.reshape(y.size)
    for n in range(N):
        for g in range(group):
            gemm(w2[g * Cg:(g + 1) * Cg].T, x3[n, g * Cg:(g + 1) * Cg], col)
            r = 0
            for m in range(Mg):
                yb = (n * M + g * Mg + m) * OD * OH * OW
                for kd in range(KD):
                    for kh in range(KH):
                        for kw in range(KW):
                            rb = r * S
                            r += 1
                            offw = kw * dw - pw
                            # valid iw: 0 <= iw*sw + offw < OW
                            iw0, iw1 = tap_range(offw, sw, OW, W)
                            for id_ in range(D):
                                od = id_ * sd + kd * dd - pd
                                if od < 0 or od >= OD:
                                    continue
                                for ih in range(H):
                                    oh = ih * sh + kh * dh - ph
                                    if oh < 0 or oh >= OH:
                                        continue
                                    dst = yb + (od * OH + oh) * OW + offw
                                    base = rb + (id_ * H + ih) * W
                                    for iw in range(iw0, iw1):
                                        yf[U(dst + iw * sw)] += cf[U(base + iw)]
    if has_bias != 0:
        _epilogue(y3, b, True, y3, False, ACT_NONE, 0.0, 0.0)
