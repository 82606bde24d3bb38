"""Pooling and LRN kernels for the CPU.

Spatial pools see every tensor as 3-D spatial: the caller reshapes 1-D/2-D
inputs to 5-D (N, C, D, H, W) by inserting size-1 leading spatial dims (with
kernel 1, stride 1, dilation 1 and zero pads for them).

    maxpool(x, y, ind, p)
        p = [kd, kh, kw, sd, sh, sw, pd0, ph0, pw0, dd, dh, dw,
             storage_order, has_ind, nspatial]
        ind: int64, y's shape (any shape of length 0 when has_ind == 0).
    maxpool_2d(x, y, p)           no indices, D == 1: whole-plane passes
    avgpool(x, y, p)
        p = [kd, kh, kw, sd, sh, sw, pd0, ph0, pw0, pd1, ph1, pw1,
             dd, dh, dw, count_include_pad]
    avgpool_2d(x, y, p)           float32/float64, D == 1: whole-plane passes
    lppool(x, y, p, pnorm)        p = [kd, kh, kw, sd, sh, sw, pd0, ph0, pw0, dd, dh, dw]
    global_avgpool(x, y)          x (N, C, S), y (N, C)
    global_maxpool(x, y)          x (N, C, S), y (N, C)
    lrn(x, y, size, alpha, beta, bias)   x, y (N, C, S)

Windows are clipped to the input up front (per-dimension kernel-index
ranges), so no test runs per window element and padding never wins a max.
The code generator calls the special kernel (_2d, or a global pool for a window that is
the whole input) where the node allows it: each kernel compiles only when a model uses it.
"""
import numba
import numpy as np
from numba import types
from numba.extending import overload

from .conv import tap_range
from .norm import row_max, row_sum
from .parallel import PAR_MIN_ELEMS, blocks, threads_for, _0
from .simd import add_lanes1, add_lanes4, is_f32, max_lanes1, max_lanes4, transpose8
from ..linkage import by_symbol

# Unsigned indices skip Numba's negative-index wraparound (which blocks
# vectorization); only for indices non-negative by construction.
U = np.uint64


@numba.njit(cache=True, nogil=True, inline="always")
def _krange(o, s, pad, k, d, L):
    """Kernel indices j in [j0, j1) with 0 <= o*s - pad + j*d < L; and start."""
    start = o * s - pad
    j0 = 0
    if start < 0:
        j0 = (-start + d - 1) // d
    j1 = (L - 1 - start) // d + 1 if L - 1 - start >= 0 else 0
    if j1 > k:
        j1 = k
    if j1 < j0:
        j1 = j0
    return start, j0, j1


@numba.njit(cache=True, nogil=True)
def _ranges(O, s, pad, k, d, L):
    """Per output position o < O: window start and clipped kernel range,
    precomputed once so the hot loops do no divisions."""
    r = np.empty((3, O), np.int64)
    for o in range(O):
        st, j0, j1 = _krange(o, s, pad, k, d, L)
        r[0, o] = st
        r[1, o] = j0
        r[2, o] = j1
    return r


def _lowest(x):
    """The smallest value of x's dtype (-inf for floats): what padding holds in a max."""
    raise NotImplementedError  # only callable from compiled code


@overload(_lowest)
def _lowest_ov(x):
    dt = x.dtype
    v = -np.inf if isinstance(dt, types.Float) else np.iinfo(np.dtype(str(dt))).min
    return lambda x: x.dtype.type(v)


@numba.njit(cache=True, nogil=True)
def _plane_layout(H, W, OH, OW, kh, kw, sh, sw, ph, pw, dh, dw):
    """(Hp, Wp, direct, Wq, L) of the whole-plane 2-D pool passes: the padded plane's size, whether
    every window lies inside the input (then the plane is read as it is, no padded copy), the
    row pitch of what the passes read, and the length of the pass over the kernel columns."""
    Hp = (OH - 1) * sh + (kh - 1) * dh + 1
    Wp = (OW - 1) * sw + (kw - 1) * dw + 1
    direct = ph <= 0 and pw <= 0 and Hp <= H and Wp <= W
    Wq = W if direct else Wp
    return Hp, Wp, direct, Wq, OH * Wq - (kw - 1) * dw


@numba.njit(cache=True, nogil=True)
def _fill_padded(S, P, H, W, Hp, Wp, ph, pw, nan_to=None):
    """Plane S (H x W, flat) into P (Hp x Wp, flat) at row ph, column pw; P's padding, set by the
    caller, is left as it is.  With nan_to (a value), NaNs are replaced by it."""
    c0 = max(pw, 0)
    c1 = min(W + pw, Wp)
    for r in range(max(ph, 0), min(H + ph, Hp)):
        src = (r - ph) * W - pw
        dst = r * Wp
        if nan_to is None:
            for c in range(c0, c1):
                P[U(dst + c)] = S[U(src + c)]
        else:
            for c in range(c0, c1):
                v = S[U(src + c)]
                P[U(dst + c)] = v if v == v else nan_to


@numba.njit(cache=True, nogil=True, inline="always")
def _max(a, b):
    """max(a, b) as x86's maxps computes it (b when either is NaN): `a > b` selecting, which
    LLVM turns into one vmaxps, where np.fmax (NaN-skipping) costs a compare, an unordered
    compare and a blend per element.  For NaN-free operands: the max pools redo what met a NaN
    (a plane from a copy without them, a row element by element)."""
    return a if a > b else b


@numba.njit(cache=True, nogil=True)
def _nan_to(S, D, n, v):
    """D[:n] = S[:n] with each NaN replaced by v."""
    for i in range(n):
        s = S[U(i)]
        D[U(i)] = s if s == s else v


@numba.njit(cache=True, nogil=True)
def _maxpool_planes_unit(x3, y3, nc0, nc1, H, W, OH, OW, kh, kw, ph, pw, dh, dw):
    """_maxpool_planes for unit strides (the same-size pools of inception modules, 3x3 pad 1
    on planes of 6x6 to 28x28).

    Each plane is copied into a buffer padded with the dtype's lowest value (set once: the
    padding is the same for every plane), so no window needs clipping (unless every window
    lies inside the input: then the plane is read as it is).  Separable: first the max over
    the kernel rows (V), as one long unit-stride loop over the plane; then over the kernel
    columns at every column of the plane (one long vectorized loop again), whence the outputs
    are copied (the row-by-row passes of _maxpool_planes took 2x as long on 512x13x13 and
    1024x7x7, 2.5x on 832x6x6: loops of a dozen elements).  The running maxima are stored whole
    (`v = a if a > v else v` in place would become a conditional store, vectorized with masked
    stores that AMD cores run ~10x slower than plain stores).

    NaNs are skipped (np.fmax's rule; a window of NaNs only gives the dtype's lowest value,
    -inf): the passes take maxima with one vmaxps each (_max), which is not NaN-safe, so the
    padded copy replaces NaNs by the lowest value as it copies, and a plane read in place whose
    row pass met a NaN is done again from such a copy (measured when strided pools took this
    path too: 64x111x111 k3 s2, one thread, 236 us with np.fmax, 200 so)."""
    Hp, Wp, direct, Wq, L = _plane_layout(H, W, OH, OW, kh, kw, 1, 1, ph, pw, dh, dw)
    low = x3.dtype.type(_lowest(x3))
    P = np.full(0 if direct else Hp * Wp, low)
    Q = np.empty(0, x3.dtype)
    V = np.empty(OH * Wq, x3.dtype)
    Z = np.empty(max(L, 1), x3.dtype)
    for nc in range(nc0, nc1):
        yp = y3[nc]
        S = x3[nc]
        if not direct:
            _fill_padded(S, P, H, W, Hp, Wp, ph, pw, low)
            S = P
        # over the kernel rows: the whole plane at once
        for again in range(2):
            bad = _rows_max(S, V, 0, OH * Wq, kh, dh * Wq)
            if not bad:
                break
            if Q.size == 0:
                Q = np.empty(H * W, x3.dtype)
            _nan_to(S, Q, H * W, low)
            S = Q
        # over the kernel columns at every column: one vectorized loop over the plane
        if kw == 1:
            for i in range(L):
                Z[U(i)] = V[U(i)]
        else:
            for i in range(L):
                Z[U(i)] = _max(V[U(i + dw)], V[U(i)])
        for k in range(2, kw):
            off = k * dw
            for i in range(L):
                Z[U(i)] = _max(V[U(i + off)], Z[U(i)])
        for oh in range(OH):
            for ow in range(OW):
                yp[U(oh * OW + ow)] = Z[U(oh * Wq + ow)]


@by_symbol
@numba.njit(cache=True, nogil=True)
def _maxpool_planes(x3, y3, rh, rw, nc0, nc1, H, W, OH, OW, kh, kw, sh, sw, ph, pw, dh, dw):
    """2-D MaxPool (no indices) of planes nc in [nc0, nc1) of x3 (NC, H*W) into y3 (NC, OH*OW);
    rh, rw: _ranges of the output rows and columns (window start, clipped kernel range).

    Strided pools go row by row, with no padded copy: for each output row the max over its
    window's rows that lie inside the input, at every column (V, one unit-stride vectorized
    pass), then over the columns: the unclipped windows in one loop (_max_cols), the clipped
    ones at the borders one at a time (kept apart: one loop over all columns that branched to
    the other kept LLVM from vectorizing it).  Windows of no input element are left to the
    caller.  Unit strides go to _maxpool_planes_unit.  Measured against the whole-plane passes
    through a padded copy that strided pools took before (one thread, same process): 3x3
    stride 2 on 64x111x111 374-399 -> 219-237 us, 64x112x112 pad 1 461 -> 262, 192x56x56 pad 1
    436 -> 312, 256x27x27 175-185 -> 113-119; but 2x2 stride 2 on 128x112x112 (VGG) 235-294 ->
    280-328, which the old passes did better and nothing here explains yet.

    NaNs are skipped as in _maxpool_planes_unit: the rows pass notes whether it read a NaN, and
    such an output row is computed again element by element, comparing with `>` (false for a
    NaN; a window of NaNs gives the dtype's lowest value)."""
    if sh == 1 and sw == 1:
        _maxpool_planes_unit(x3, y3, nc0, nc1, H, W, OH, OW, kh, kw, ph, pw, dh, dw)
        return
    low = x3.dtype.type(_lowest(x3))
    V = np.empty(W, x3.dtype)
    # unclipped output columns: a contiguous range [c0, c1) (windows move monotonically)
    c0 = 0
    while c0 < OW and (rw[1, c0] != 0 or rw[2, c0] != kw):
        c0 += 1
    c1 = c0
    while c1 < OW and rw[1, c1] == 0 and rw[2, c1] == kw:
        c1 += 1
    for nc in range(nc0, nc1):
        S = x3[nc]
        Y = y3[nc]
        for oh in range(OH):
            k0 = rh[1, oh]
            k1 = rh[2, oh]
            if k0 >= k1:
                continue
            yb = oh * OW
            if _rows_max(S, V, (rh[0, oh] + k0 * dh) * W, W, k1 - k0, dh * W):
                _slow_row(S, Y, oh, rh, rw, W, OW, dh, dw, low)
                continue
            if c1 > c0:
                _max_cols(V, rw[0, c0], Y, yb + c0, c1 - c0, kw, sw, dw)
            for ow in range(c0):
                _clipped_col(V, Y, yb, ow, rw, dw)
            for ow in range(c1, OW):
                _clipped_col(V, Y, yb, ow, rw, dw)


@numba.njit(cache=True, nogil=True, inline="always")
def _rows_max(S, V, sb, n, nk, step):
    """V[i] = max over k < nk of S[sb + i + k step] for i < n (unit stride, vectorized), from up
    to three rows at once (two, then V[i] = max(row, V[i]) in place for the third, took twice as
    long in _maxpool_planes, 64x111x111 k3 s2 ~400 us against ~190).  Returns whether it read
    a NaN."""
    bad = False
    if nk >= 3:
        for i in range(n):
            u, v, w = S[U(sb + i)], S[U(sb + step + i)], S[U(sb + 2 * step + i)]
            bad |= (u != u) | (v != v) | (w != w)
            V[U(i)] = _max(w, _max(v, u))
        for k in range(3, nk):
            a = sb + k * step
            for i in range(n):
                u = S[U(a + i)]
                bad |= u != u
                V[U(i)] = _max(u, V[U(i)])
    elif nk == 2:
        for i in range(n):
            u, v = S[U(sb + i)], S[U(sb + step + i)]
            bad |= (u != u) | (v != v)
            V[U(i)] = _max(v, u)
    else:
        for i in range(n):
            u = S[U(sb + i)]
            bad |= u != u
            V[U(i)] = u
    return bad


@numba.njit(cache=True, nogil=True, inline="always")
def _clipped_col(V, y, yb, o, rw, dw):
    """y[yb + o] = max over output column o's window clipped to the row V (none: left)."""
    j0 = rw[1, o]
    j1 = rw[2, o]
    if j0 < j1:
        st = rw[0, o]
        m = V[st + j0 * dw]
        for j in range(j0 + 1, j1):
            m = _max(V[st + j * dw], m)
        y[yb + o] = m


@numba.njit(cache=True, nogil=True)
def _slow_row(S, Y, oh, rh, rw, W, OW, dh, dw, low):
    """Output row oh element by element, skipping NaNs (`>` is false for them)."""
    for ow in range(OW):
        m = low
        for k in range(rh[1, oh], rh[2, oh]):
            rb = (rh[0, oh] + k * dh) * W + rw[0, ow]
            for j in range(rw[1, ow], rw[2, ow]):
                v = S[rb + j * dw]
                if v > m:
                    m = v
        Y[oh * OW + ow] = m


@numba.njit(cache=True, nogil=True, inline="always")
def _max_cols(V, vb, y, yb, OW, kw, sw, dw):
    """y[yb + ow] = max over k < kw of V[vb + ow*sw + k*dw], ow < OW: strided.  The common windows
    (3 or 2 wide, stride 2, no dilation) have constant offsets, which LLVM vectorizes with
    shuffles; the others (other strides, dilations) a scalar loop over k per output (as the
    common ones ran, 64x111x111 k3 s2 took 1.4x their time)."""
    if kw == 3 and sw == 2 and dw == 1:
        for ow in range(OW):
            j = vb + 2 * ow
            y[U(yb + ow)] = _max(V[U(j + 2)], _max(V[U(j + 1)], V[U(j)]))
    elif kw == 2 and sw == 2 and dw == 1:
        for ow in range(OW):
            j = vb + 2 * ow
            y[U(yb + ow)] = _max(V[U(j + 1)], V[U(j)])
    else:
        for ow in range(OW):
            j = vb + ow * sw
            m = V[U(j)]
            for k in range(1, kw):
                m = _max(V[U(j + k * dw)], m)
            y[U(yb + ow)] = m


# Float32 pools of at least eight planes of at most _LANES_MAX_PLANE elements take _pool_lanes:
# eight planes at a time, channel-last, each window a few 8-wide vector operations instead of
# the plane passes' loops over a few elements.  Measured against the plane passes (the kernel
# alone, one thread, paired calls): MaxPool 3x3 stride 2 on 576x14x14 0.29, 480x28x28 0.37-0.41,
# 192x56x56 0.44, 128x55x55 0.60, 64x111x111 0.98; 3x3 stride 1 on 1024x7x7 0.33-0.39, 832x14x14
# 0.56; AveragePool 3x3 stride 1 on 1024x7x7 0.34, 576x14x14 0.55, 192x28x28 0.76, 64x56x56
# 1.00, 2x2 stride 2 on 256x56x56 0.52; 2x2 stride 2 on 128x112x112 0.95.  Larger planes keep
# the plane passes (the channel-last buffer is 32 bytes a padded position).
LANES = 8
_LANES_MAX_PLANE = 1 << 14


@numba.njit(cache=True, nogil=True)
def _lanes_in(x3, nc0, T, H, W, Hp, Wp, ph, pw):
    """T[(r Wp + c) 8 + l] = x3[nc0 + l] at input row r - ph, column c - pw, for the window
    area's positions inside the input (float32, 8 columns at a time by simd.transpose8); the
    rest of T (its padding) is left as it is."""
    HW = H * W
    xa = x3.ctypes.data + nc0 * HW * 4
    ta = T.ctypes.data
    c0 = max(pw, 0)
    c1 = min(W + pw, Wp)
    for r in range(max(ph, 0), min(H + ph, Hp)):
        src = (r - ph) * W - pw
        c = c0
        while c + 8 <= c1:
            transpose8(xa + (src + c) * 4, HW, ta + (r * Wp + c) * 32, 8)
            c += 8
        for cc in range(c, c1):
            d = (r * Wp + cc) * LANES
            for l in range(LANES):
                T[U(d + l)] = x3[nc0 + l, src + cc]


@numba.njit(cache=True, nogil=True)
def _lanes_out(Z, y3, nc0, n):
    """y3[nc0 + l, q] = Z[8 q + l] for l < 8, q < n (float32, 8 positions at a time)."""
    za = Z.ctypes.data
    ya = y3.ctypes.data + nc0 * n * 4
    q = 0
    while q + 8 <= n:
        transpose8(za + q * 32, 8, ya + q * 4, n)
        q += 8
    for qq in range(q, n):
        for l in range(LANES):
            y3[nc0 + l, qq] = Z[U(qq * LANES + l)]


@by_symbol      # one compile for both pools' callers (_max_item, _avg_item): 2.9 s cold
@numba.njit(cache=True, nogil=True)
def _pool_lanes(is_max, x3, y3, cnt, b0, b1, H, W, OH, OW, kh, kw, sh, sw, ph, pw, dh, dw):
    """2-D MaxPool (is_max) or AveragePool of float32 planes [8 b0, 8 b1) of x3 (NC, H*W), C
    order, into y3 (NC, OH*OW), eight planes at a time: copied channel-last into a buffer
    padded with -inf (max) or zeros (sum), each output's eight maxima or sums over its window
    in registers (simd.max_lanes / add_lanes, four outputs a call: NaNs skipped by the max,
    as in _maxpool_planes), copied back channel-first; sums divided by cnt (as in
    _avgpool_planes).  Windows of no input element are left to the caller (max)."""
    Hp, Wp, _, _, _ = _plane_layout(H, W, OH, OW, kh, kw, sh, sw, ph, pw, dh, dw)
    start = np.float32(-np.inf) if is_max else np.float32(0)
    T = np.full(Hp * Wp * LANES, start)
    init = np.full(LANES, start)
    Z = np.empty(OH * OW * LANES, np.float32)
    off = np.empty(kh * kw, np.int64)
    for i in range(kh):
        for j in range(kw):
            off[i * kw + j] = (i * dh * Wp + j * dw) * LANES
    nt = kh * kw
    oa, ia, ta, za = off.ctypes.data, init.ctypes.data, T.ctypes.data, Z.ctypes.data
    step = sw * LANES
    for blk in range(b0, b1):
        nc0 = blk * LANES
        _lanes_in(x3, nc0, T, H, W, Hp, Wp, ph, pw)
        for oh in range(OH):
            xb = ta + oh * sh * Wp * LANES * 4
            q = oh * OW
            ow = 0
            while ow + 4 <= OW:
                if is_max:
                    max_lanes4(nt, oa, xb + ow * step * 4, za + (q + ow) * 32, step, ia)
                else:
                    add_lanes4(nt, oa, xb + ow * step * 4, za + (q + ow) * 32, step, ia)
                ow += 4
            for o in range(ow, OW):
                if is_max:
                    max_lanes1(nt, oa, xb + o * step * 4, za + (q + o) * 32, step, ia)
                else:
                    add_lanes1(nt, oa, xb + o * step * 4, za + (q + o) * 32, step, ia)
        _lanes_out(Z, y3, nc0, OH * OW)
        if not is_max:
            for l in range(LANES):
                yr = y3[nc0 + l]
                for qq in range(OH * OW):
                    c = cnt[qq]
                    yr[U(qq)] = yr[U(qq)] / c if c > 0 else np.float32(0)


def _pool_lanes_f32(is_max, x3, y3, cnt, b0, b1, H, W, OH, OW, kh, kw, sh, sw, ph, pw, dh, dw):
    """_pool_lanes for float32 x3; nothing for other dtypes (which _lanes_ok never sends
    there), so that a pool of another dtype does not compile _pool_lanes."""
    raise NotImplementedError  # only callable from compiled code


@overload(_pool_lanes_f32)
def _pool_lanes_f32_ov(is_max, x3, y3, cnt, b0, b1, H, W, OH, OW, kh, kw, sh, sw, ph, pw, dh, dw):
    if x3.dtype == types.float32 and y3.dtype == types.float32:
        def impl(is_max, x3, y3, cnt, b0, b1, H, W, OH, OW, kh, kw, sh, sw, ph, pw, dh, dw):
            _pool_lanes(is_max, x3, y3, cnt, b0, b1, H, W, OH, OW, kh, kw, sh, sw, ph, pw, dh, dw)
        return impl
    return lambda is_max, x3, y3, cnt, b0, b1, H, W, OH, OW, kh, kw, sh, sw, ph, pw, dh, dw: None


@numba.njit(cache=True, nogil=True, inline="always")
def _lanes_ok(x3, y3, H, W):
    """Whether the pool of x3 into y3 takes _pool_lanes: float32 (a compile-time constant), at
    least eight planes of at most _LANES_MAX_PLANE elements, each contiguous."""
    return is_f32(x3) and is_f32(y3) and H * W <= _LANES_MAX_PLANE and x3.shape[0] >= LANES \
        and x3.strides[1] == 4 and x3.strides[0] == 4 * H * W and y3.strides[1] == 4 \
        and y3.strides[0] == 4 * y3.shape[1]


@by_symbol
@numba.njit(cache=True, nogil=True)
def _max_item(lanes, x3, y3, rh, rw, u0, u1, H, W, OH, OW, kh, kw, sh, sw, ph, pw, dh, dw):
    """Units [u0, u1) of _maxpool_2d: blocks of eight planes (lanes) or planes."""
    if lanes:
        _pool_lanes_f32(True, x3, y3, rh[0, :0].astype(x3.dtype), u0, u1, H, W, OH, OW, kh, kw, sh, sw, ph, pw, dh, dw)
    else:
        _maxpool_planes(x3, y3, rh, rw, u0, u1, H, W, OH, OW, kh, kw, sh, sw, ph, pw, dh, dw)


@by_symbol
@numba.njit(cache=True, nogil=True)
def _avg_item(lanes, x3, y3, cnt, u0, u1, H, W, OH, OW, kh, kw, sh, sw, ph, pw, dh, dw):
    """Units [u0, u1) of _avgpool_2d: blocks of eight planes (lanes) or planes."""
    if lanes:
        _pool_lanes_f32(False, x3, y3, cnt, u0, u1, H, W, OH, OW, kh, kw, sh, sw, ph, pw, dh, dw)
    else:
        _avgpool_planes(x3, y3, cnt, u0, u1, H, W, OH, OW, kh, kw, sh, sw, ph, pw, dh, dw)


@numba.njit(cache=True, nogil=True, parallel=True)
def _maxpool_2d(x3, y3, rh, rw, H, W, OH, OW, kh, kw, sh, sw, ph, pw, dh, dw):
    """_maxpool_planes over all planes, one range of planes per thread when the pool is big
    enough to pay for waking them; windows entirely in padding (not for valid ONNX pads) give 0."""
    NC = x3.shape[0]
    nth = threads_for(NC * OH * OW * kh * kw, PAR_MIN_ELEMS)
    nl = NC // LANES if _lanes_ok(x3, y3, H, W) else 0      # blocks of eight planes
    units = nl if nl > 0 else NC
    B = blocks(units, nth, 1)
    nb = (units + B - 1) // B
    if nb > 1:
        for t in numba.prange(nb):
            _max_item(nl > 0, x3, y3, rh, rw, np.int64(t * B), np.int64(min(t * B + B, units)), H, W, OH, OW,
                      kh, kw, sh, sw, ph, pw, dh, dw)
    else:
        _max_item(nl > 0, x3, y3, rh, rw, _0, units, H, W, OH, OW, kh, kw, sh, sw, ph, pw, dh, dw)
    if nl > 0 and nl * LANES < NC:
        _maxpool_planes(x3, y3, rh, rw, nl * LANES, NC, H, W, OH, OW, kh, kw, sh, sw, ph, pw, dh, dw)
    for oh in range(OH):
        for ow in range(OW):
            if rh[1, oh] >= rh[2, oh] or rw[1, ow] >= rw[2, ow]:
                for nc in range(NC):
                    y3[nc, oh * OW + ow] = 0


@numba.njit(cache=True, nogil=True)
def maxpool_2d(x, y, p):
    """ONNX MaxPool without indices over 1 or 2 spatial dims (the 5-D view's D is 1): the
    whole-plane passes of _maxpool_2d.  p as maxpool's.  The code generator picks this or
    maxpool from the node's attributes and rank, so a model compiles only the one it uses."""
    N, C, _, H, W = x.shape
    OH = y.shape[3]
    OW = y.shape[4]
    kh, kw, sh, sw, ph, pw, dh, dw = p[1], p[2], p[4], p[5], p[7], p[8], p[10], p[11]
    rh = _ranges(OH, sh, ph, kh, dh, H)
    rw = _ranges(OW, sw, pw, kw, dw, W)
    _maxpool_2d(x.reshape(N * C, H * W), y.reshape(N * C, OH * OW), rh, rw,
                H, W, OH, OW, kh, kw, sh, sw, ph, pw, dh, dw)


@numba.njit(cache=True, nogil=True)
def maxpool(x, y, ind, p):
    """ONNX MaxPool (5-D view), every case: indices, 3 spatial dims, any dtype; one window at a
    time (maxpool_2d is the fast path for the common 2-D pool without indices). Indices: flat into x as (N, C, D, H, W),
    row-major (storage_order 0) or, with storage_order 1, column-major over
    the spatial dims, ``nc*DHW + d + h*D + w*D*H`` (what onnxruntime computes;
    onnx's reference evaluator differs for 3-D). Because the inserted leading
    dims have size 1 this equals column-major over the original spatial dims,
    so p[14] (original spatial rank) is accepted but not needed."""
    N = x.shape[0]
    C = x.shape[1]
    D = x.shape[2]
    H = x.shape[3]
    W = x.shape[4]
    OD = y.shape[2]
    OH = y.shape[3]
    OW = y.shape[4]
    kd = p[0]
    kh = p[1]
    kw = p[2]
    sd = p[3]
    sh = p[4]
    sw = p[5]
    pd = p[6]
    ph = p[7]
    pw = p[8]
    dd = p[9]
    dh = p[10]
    dw = p[11]
    order = p[12]
    has_ind = p[13]
    xf = x.reshape(x.size)
    yf = y.reshape(y.size)
    indf = ind.reshape(ind.size)
    HW = H * W
    DHW = D * HW
    rd = _ranges(OD, sd, pd, kd, dd, D)
    rh = _ranges(OH, sh, ph, kh, dh, H)
    rw = _ranges(OW, sw, pw, kw, dw, W)
    o = 0
    for nc in range(N * C):
        xb = nc * DHW
        for od in range(OD):
            ds = rd[0, od]
            jd0 = rd[1, od]
            jd1 = rd[2, od]
            for oh in range(OH):
                hs = rh[0, oh]
                jh0 = rh[1, oh]
                jh1 = rh[2, oh]
                for ow in range(OW):
                    ws = rw[0, ow]
                    jw0 = rw[1, ow]
                    jw1 = rw[2, ow]
                    if jd0 >= jd1 or jh0 >= jh1 or jw0 >= jw1:
                        # window entirely in padding (cannot happen for valid
                        # ONNX pads): write 0 and index -1
                        yf[o] = 0
                        if has_ind != 0:
                            indf[o] = -1
                        o += 1
                        continue
                    bi = xb + ((ds + jd0 * dd) * H + hs + jh0 * dh) * W + ws + jw0 * dw
                    best = xf[U(bi)]
                    for jd in range(jd0, jd1):
                        for jh in range(jh0, jh1):
                            rb = xb + ((ds + jd * dd) * H + hs + jh * dh) * W + ws
                            for jw in range(jw0, jw1):
                                v = xf[U(rb + jw * dw)]
                                if v > best:
                                    best = v
                                    bi = rb + jw * dw
                    yf[o] = best
                    if has_ind != 0:
                        if order == 0:
                            indf[o] = bi
                        else:
                            r = bi - xb
                            id_ = r // HW
                            r -= id_ * HW
                            ih = r // W
                            iw = r - ih * W
                            indf[o] = xb + id_ + ih * D + iw * D * H
                    o += 1


@numba.njit(cache=True, nogil=True)
def _count(o, s, pb, pe, k, d, L):
    """Window positions of output o that lie in [-pb, L + pe) (input plus
    explicit pads; not the ceil_mode overhang)."""
    start = o * s - pb
    c = 0
    for j in range(k):
        q = start + j * d
        if q >= -pb and q < L + pe:
            c += 1
    return c


@by_symbol
@numba.njit(cache=True, nogil=True)
def _avgpool_planes(x3, y3, cnt, nc0, nc1, H, W, OH, OW, kh, kw, sh, sw, ph, pw, dh, dw):
    """2-D AveragePool of planes nc in [nc0, nc1) of x3 (NC, H*W) into y3 (NC, OH*OW), as
    _maxpool_planes does MaxPool: each plane copied into a zero-padded buffer (or read as it is
    when every window lies inside it), then sums over the kernel rows and the kernel columns as
    long unit-stride loops over the plane, then every sw-th divided by the window's count
    (cnt[oh * OW + ow], 0: no position counts, the output is 0).  Sums in x's precision, in
    the order of the separable passes (_avgpool_rows: rows, then columns); shufflenet's
    136 planes 28x28, 3x3 stride 2: 0.17 ms by output rows."""
    Hp, Wp, direct, Wq, L = _plane_layout(H, W, OH, OW, kh, kw, sh, sw, ph, pw, dh, dw)
    z = x3.dtype.type(0)
    P = np.zeros(0 if direct else Hp * Wp, x3.dtype)
    V = np.empty(OH * Wq, x3.dtype)
    Z = np.empty(max(L, 1), x3.dtype)
    n = OH * Wq if sh == 1 else Wq
    for nc in range(nc0, nc1):
        yp = y3[nc]
        S = x3[nc]
        if not direct:
            _fill_padded(S, P, H, W, Hp, Wp, ph, pw)
            S = P
        for oh in range(OH if sh != 1 else 1):
            vb = oh * Wq
            sb = oh * sh * Wq
            for i in range(n):
                V[U(vb + i)] = S[U(sb + i)]
            for k in range(1, kh):
                off = sb + k * dh * Wq
                for i in range(n):
                    V[U(vb + i)] += S[U(off + i)]
        for i in range(L):
            Z[U(i)] = V[U(i)]
        for k in range(1, kw):
            off = k * dw
            for i in range(L):
                Z[U(i)] += V[U(i + off)]
        for oh in range(OH):
            for ow in range(OW):
                c = cnt[oh * OW + ow]
                yp[U(oh * OW + ow)] = Z[U(oh * Wq + ow * sw)] / c if c > 0 else z


@numba.njit(cache=True, nogil=True, parallel=True)
def _avgpool_2d(x3, y3, cnt, H, W, OH, OW, kh, kw, sh, sw, ph, pw, dh, dw):
    """_avgpool_planes over all planes, one range of planes per thread when there is enough
    work (~1 ns a tap: a lower bar than element-wise loops)."""
    NC = x3.shape[0]
    nth = threads_for(NC * OH * OW * kh * kw, PAR_MIN_ELEMS // 4)
    nl = NC // LANES if _lanes_ok(x3, y3, H, W) else 0      # blocks of eight planes
    units = nl if nl > 0 else NC
    B = blocks(units, nth, 1)
    nb = (units + B - 1) // B
    if nb > 1:
        for t in numba.prange(nb):
            _avg_item(nl > 0, x3, y3, cnt, np.int64(t * B), np.int64(min(t * B + B, units)), H, W, OH, OW, kh, kw,
                      sh, sw, ph, pw, dh, dw)
    else:
        _avg_item(nl > 0, x3, y3, cnt, _0, units, H, W, OH, OW, kh, kw, sh, sw, ph, pw, dh, dw)
    if nl > 0 and nl * LANES < NC:
        _avgpool_planes(x3, y3, cnt, nl * LANES, NC, H, W, OH, OW, kh, kw, sh, sw, ph, pw, dh, dw)


@numba.njit(cache=True, nogil=True, parallel=True)
def _avgpool_rows(x3, y3, rd, rh, rw, cw, H, W, OD, OH, OW, kw, sw, pw, dd, dh, dw,
                  sd, sh, pd, ph, pd1, ph1, kd, kh, D, include_pad):
    """AveragePool on planes x3 (NC, D*H*W) -> y3 (NC, OD*OH*OW), planes split over Numba's
    threads, separable: per output row, the window's valid
    input rows summed into a float64 row buffer (contiguous, vectorized), then each kernel
    column tap added into a float64 output row, divided by the window's count (cw: the
    count along W per output column when padding counts)."""
    for nc in numba.prange(x3.shape[0]):
        v = np.empty(W, np.float64)
        acc = np.empty(OW, np.float64)
        xr = x3[nc]
        yp = y3[nc]
        for od in range(OD):
            ds = rd[0, od]
            jd0 = rd[1, od]
            jd1 = rd[2, od]
            cd = _count(od, sd, pd, pd1, kd, dd, D)
            for oh in range(OH):
                hs = rh[0, oh]
                jh0 = rh[1, oh]
                jh1 = rh[2, oh]
                ch = _count(oh, sh, ph, ph1, kh, dh, H)
                yb = (od * OH + oh) * OW
                for i in range(W):
                    v[U(i)] = 0.0
                for jd in range(jd0, jd1):
                    for jh in range(jh0, jh1):
                        rb = ((ds + jd * dd) * H + hs + jh * dh) * W
                        for i in range(W):
                            v[U(i)] += xr[U(rb + i)]
                for ow in range(OW):
                    acc[U(ow)] = 0.0
                for j in range(kw):
                    off = j * dw - pw
                    # ow such that 0 <= ow * sw + off < W
                    ow0, ow1 = tap_range(off, sw, W, OW)
                    if sw == 1:
                        for ow in range(ow0, ow1):
                            acc[U(ow)] += v[U(ow + off)]
                    else:
                        for ow in range(ow0, ow1):
                            acc[U(ow)] += v[U(ow * sw + off)]
                rows = (jd1 - jd0) * (jh1 - jh0)
                for ow in range(OW):
                    cnt = cd * ch * cw[ow] if include_pad != 0 else rows * (rw[2, ow] - rw[1, ow])
                    yp[U(yb + ow)] = acc[U(ow)] / cnt if cnt > 0 else 0


@numba.njit(cache=True, nogil=True)
def avgpool_2d(x, y, p):
    """ONNX AveragePool over 1 or 2 spatial dims (the 5-D view's D is 1), float32/float64: the
    whole-plane passes of _avgpool_2d with a table of window sizes.  p as avgpool's; the code
    generator picks this or avgpool."""
    N, C, _, H, W = x.shape
    OH = y.shape[3]
    OW = y.shape[4]
    kh, kw, sh, sw, ph, pw, ph1, pw1, dh, dw = p[1], p[2], p[4], p[5], p[7], p[8], p[10], p[11], p[13], p[14]
    include_pad = p[15]
    rh = _ranges(OH, sh, ph, kh, dh, H)
    rw = _ranges(OW, sw, pw, kw, dw, W)
    cnt = np.empty(OH * OW, y.dtype)
    for oh in range(OH):
        ch = _count(oh, sh, ph, ph1, kh, dh, H)
        for ow in range(OW):
            if include_pad != 0:
                cnt[oh * OW + ow] = ch * _count(ow, sw, pw, pw1, kw, dw, W)
            else:
                cnt[oh * OW + ow] = (rh[2, oh] - rh[1, oh]) * (rw[2, ow] - rw[1, ow])
    _avgpool_2d(x.reshape(N * C, H * W), y.reshape(N * C, OH * OW), cnt, H, W, OH, OW, kh, kw, sh, sw, ph, pw,
                dh, dw)


@numba.njit(cache=True, nogil=True)
def avgpool(x, y, p):
    """ONNX AveragePool (5-D view), every case (3 spatial dims, float16); see module docstring
    for p.  Row by row over clipped windows (avgpool_2d is the fast path for 2-D)."""
    N = x.shape[0]
    C = x.shape[1]
    D = x.shape[2]
    H = x.shape[3]
    W = x.shape[4]
    OD = y.shape[2]
    OH = y.shape[3]
    OW = y.shape[4]
    kd = p[0]
    kh = p[1]
    kw = p[2]
    sd = p[3]
    sh = p[4]
    sw = p[5]
    pd = p[6]
    ph = p[7]
    pw = p[8]
    pd1 = p[9]
    ph1 = p[10]
    pw1 = p[11]
    dd = p[12]
    dh = p[13]
    dw = p[14]
    include_pad = p[15]
    cw = np.empty(OW, np.int64)
    for ow in range(OW):
        cw[ow] = _count(ow, sw, pw, pw1, kw, dw, W)
    DHW = D * H * W
    rd = _ranges(OD, sd, pd, kd, dd, D)
    rh = _ranges(OH, sh, ph, kh, dh, H)
    rw = _ranges(OW, sw, pw, kw, dw, W)
    _avgpool_rows(x.reshape(N * C, DHW), y.reshape(N * C, OD * OH * OW), rd, rh, rw, cw,
                  H, W, OD, OH, OW, kw, sw, pw, dd, dh, dw, sd, sh, pd, ph, pd1, ph1, kd, kh, D,
                  include_pad)


@numba.njit(cache=True, nogil=True)
def lppool(x, y, p, pnorm):
    """ONNX LpPool (5-D view): (sum |x|^pnorm)^(1/pnorm); padding counts 0."""
    N = x.shape[0]
    C = x.shape[1]
    D = x.shape[2]
    H = x.shape[3]
    W = x.shape[4]
    OD = y.shape[2]
    OH = y.shape[3]
    OW = y.shape[4]
    kd = p[0]
    kh = p[1]
    kw = p[2]
    sd = p[3]
    sh = p[4]
    sw = p[5]
    pd = p[6]
    ph = p[7]
    pw = p[8]
    dd = p[9]
    dh = p[10]
    dw = p[11]
    xf = x.reshape(x.size)
    yf = y.reshape(y.size)
    HW = H * W
    DHW = D * HW
    inv = 1.0 / pnorm
    rd = _ranges(OD, sd, pd, kd, dd, D)
    rh = _ranges(OH, sh, ph, kh, dh, H)
    rw = _ranges(OW, sw, pw, kw, dw, W)
    o = 0
    for nc in range(N * C):
        xb = nc * DHW
        for od in range(OD):
            ds = rd[0, od]
            jd0 = rd[1, od]
            jd1 = rd[2, od]
            for oh in range(OH):
                hs = rh[0, oh]
                jh0 = rh[1, oh]
                jh1 = rh[2, oh]
                for ow in range(OW):
                    ws = rw[0, ow]
                    jw0 = rw[1, ow]
                    jw1 = rw[2, ow]
                    acc = 0.0
                    for jd in range(jd0, jd1):
                        for jh in range(jh0, jh1):
                            rb = xb + ((ds + jd * dd) * H + hs + jh * dh) * W + ws
                            for jw in range(jw0, jw1):
                                v = abs(float(xf[U(rb + jw * dw)]))
                                if pnorm == 2:
                                    acc += v * v
                                elif pnorm == 1:
                                    acc += v
                                else:
                                    acc += v ** pnorm
                    if pnorm == 2:
                        yf[o] = np.sqrt(acc)
                    elif pnorm == 1:
                        yf[o] = acc
                    else:
                        yf[o] = acc ** inv
                    o += 1


@numba.njit(cache=True, nogil=True)
def global_avgpool(x, y):
    """x (N, C, S) -> y (N, C) mean over S (float64 sums in vector lanes: norm.row_sum)."""
    N, C, S = x.shape
    for n in range(N):
        for c in range(C):
            y[n, c] = row_sum(x[n, c]) / S if S > 0 else 0.0


@numba.njit(cache=True, nogil=True)
def global_maxpool(x, y):
    """x (N, C, S) -> y (N, C) max over S (norm.row_max, vectorized)."""
    N, C, S = x.shape
    for n in range(N):
        for c in range(C):
            y[n, c] = row_max(x[n, c])


@by_symbol
@numba.njit(cache=True, nogil=True, error_model="numpy")
def _lrn_block(x, y, n, s0, s1, size, alpha, beta, bias, acc):
    """LRN of image n at positions [s0, s1), every channel; acc: a float64 row of >= s1 - s0.
    beta = 0.75 (AlexNet's and GoogLeNet's) as d^-0.75 = 1 / sqrt(d * sqrt(d)): vectorized
    square roots instead of a scalar pow call per element (~8x faster)."""
    C = x.shape[1]
    T = s1 - s0
    lo = (size - 1) // 2
    hi = size - 1 - lo
    scale = alpha / size
    for c in range(C):
        for i in range(T):
            acc[U(i)] = 0.0
        for cc in range(max(c - lo, 0), min(c + hi, C - 1) + 1):
            xr = x[n, cc]
            for i in range(T):
                v = float(xr[U(s0 + i)])
                acc[U(i)] += v * v
        xr = x[n, c]
        yr = y[n, c]
        if beta == 0.75:
            for i in range(T):
                d = bias + scale * acc[U(i)]
                yr[U(s0 + i)] = xr[U(s0 + i)] / np.sqrt(d * np.sqrt(d))
        else:
            for i in range(T):
                yr[U(s0 + i)] = xr[U(s0 + i)] / (bias + scale * acc[U(i)]) ** beta


@numba.njit(cache=True, nogil=True, parallel=True)
def lrn(x, y, size, alpha, beta, bias):
    """ONNX LRN across channels on x, y (N, C, S):
    y = x / (bias + alpha/size * sum_{c' in window(c)} x[c']^2) ** beta,
    window(c) = [c - floor((size-1)/2), c + ceil((size-1)/2)] clipped.
    Blocks of positions (every channel of each), on Numba's threads when large enough."""
    N, C, S = x.shape
    if N * C * S == 0:
        return
    nth = threads_for(N * C * S * size, PAR_MIN_ELEMS)
    # blocks of positions: a cache-sized accumulator row, enough blocks for every thread
    SB = min(S, 1024, blocks(S, max(1, -(-nth // N)), 64))
    nb = (S + SB - 1) // SB
    if nth > 1 and N * nb > 1:
        for it in numba.prange(N * nb):
            n = it // nb
            s0 = (it - n * nb) * SB
            _lrn_block(x, y, np.int64(n), np.int64(s0), np.int64(min(s0 + SB, S)), size, alpha, beta, bias,
                       np.empty(SB, np.float64))
    else:
        acc = np.empty(SB, np.float64)
        for n in range(N):
            for s0 in range(0, S, SB):
                _lrn_block(x, y, n, s0, min(s0 + SB, S), size, alpha, beta, bias, acc)
