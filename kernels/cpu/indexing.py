"""Indexing and data-movement kernels: gathers and scatters with data-driven indices,
one-hot, triangles, ranges, top-k, padding, sequence reversal, strided copies, resize.

Every kernel is rank-generic: shapes and strides come in the int64 parameter vector `p`
(or as 2-D/3-D views chosen by the caller), so one compiled function per dtype serves
every rank and size.  Indices that come from data are bounds-checked: a kernel returns
the flat position of the first bad index (or -1) and the generated code raises."""
import math

import numpy as np
from numba import njit

_opts = dict(cache=True, nogil=True, error_model="numpy")

# reductions of ScatterElements / ScatterND
RED_NONE, RED_ADD, RED_MUL, RED_MAX, RED_MIN = 0, 1, 2, 3, 4


@njit(**_opts)
def _combine(old, new, red):
    if red == 1:
        return old + new
    if red == 2:
        return old * new
    if red == 3:
        return new if new > old else old
    if red == 4:
        return new if new < old else old
    return new


# ---------------------------------------------------------------- element gathers / scatters

@njit(**_opts)
def _elements_offset(i, p, idx):
    """p = [r, axis, idims(r), xdims(r)]: the flat x offset for the i-th index element, or -1."""
    r = p[0]
    axis = p[1]
    rem = i
    off = 0
    stride = 1
    for k in range(r - 1, -1, -1):
        idim = p[2 + k]
        xdim = p[2 + r + k]
        ik = rem % idim
        rem //= idim
        if k == axis:
            j = np.int64(idx[i])
            if j < -xdim or j >= xdim:
                return -1
            if j < 0:
                j += xdim
            ik = j
        off += ik * stride
        stride *= xdim
    return off


@njit(**_opts)
def gather_elements(x, idx, y, p):
    """GatherElements: y[i...] = x[i... with idx[i...] on `axis`]; -1 or the first bad position."""
    for i in range(idx.size):
        off = _elements_offset(i, p, idx)
        if off < 0:
            return i
        y[i] = x[off]
    return -1


@njit(**_opts)
def scatter_elements(y, idx, upd, p, red):
    """ScatterElements (y already holds a copy of data): y[idx position] (red)= upd[i]."""
    for i in range(idx.size):
        if _elements_offset(i, p, idx) < 0:
            return i
    for i in range(idx.size):
        off = _elements_offset(i, p, idx)
        y[off] = _combine(y[off], upd[i], red)
    return -1


@njit(**_opts)
def _nd_offset(idx, base, p, K):
    """p = [B, N, K, inner, M, dims(K)]: the row (in units of inner) the K indices at idx[base:] name."""
    off = 0
    for k in range(K):
        d = p[5 + k]
        j = np.int64(idx[base + k])
        if j < -d or j >= d:
            return -1
        if j < 0:
            j += d
        off = off * d + j
    return off


@njit(**_opts)
def gather_nd(x, idx, y, p):
    """GatherND with batch dims: x (B, M*inner), idx (B, N, K), y (B, N, inner), all flat."""
    B, N, K, inner, M = p[0], p[1], p[2], p[3], p[4]
    for b in range(B):
        for n in range(N):
            row = b * N + n
            off = _nd_offset(idx, row * K, p, K)
            if off < 0:
                return row
            src = (b * M + off) * inner
            dst = row * inner
            for c in range(inner):
                y[dst + c] = x[src + c]
    return -1


@njit(**_opts)
def scatter_nd(y, idx, upd, p, red):
    """ScatterND (y already holds a copy of data): y rows named by idx (red)= upd rows."""
    N, K, inner = p[1], p[2], p[3]
    for n in range(N):
        if _nd_offset(idx, n * K, p, K) < 0:
            return n
    for n in range(N):
        dst = _nd_offset(idx, n * K, p, K) * inner
        src = n * inner
        for c in range(inner):
            y[dst + c] = _combine(y[dst + c], upd[src + c], red)
    return -1


# ---------------------------------------------------------------- one-hot, triangles, ranges, eye

@njit(**_opts)
def one_hot(idx, vals, y):
    """OneHot: idx (outer, inner), vals [off, on], y (outer, depth, inner).  Indices outside
    [-depth, depth) give an all-off row, as the spec says."""
    n0, depth, n2 = y.shape
    off = vals[0]
    on = vals[1]
    for a in range(n0):
        for b in range(depth):
            for c in range(n2):
                y[a, b, c] = off
    for a in range(n0):
        for c in range(n2):
            v = idx[a, c]
            if v != v:
                continue
            k = np.int64(v)
            if k < 0:
                k += depth
            if 0 <= k < depth:
                y[a, k, c] = on


@njit(**_opts)
def trilu(x, y, karr, upper):
    """Trilu over (B, N, M) views; k from karr[0] (0 when absent)."""
    k = np.int64(karr[0]) if karr.size > 0 else np.int64(0)
    B, N, M = x.shape
    for b in range(B):
        for i in range(N):
            for j in range(M):
                keep = (j - i >= k) if upper else (j - i <= k)
                y[b, i, j] = x[b, i, j] if keep else 0


@njit(**_opts)
def range_fill(start, delta, y):
    s = start[0]
    d = delta[0]
    for i in range(y.size):
        y[i] = s + i * d


@njit(**_opts)
def eye(y, k, one, zero):
    """EyeLike over a (N, M) view; one and zero as y holds them."""
    N, M = y.shape
    for i in range(N):
        for j in range(M):
            y[i, j] = one if j - i == k else zero


# ---------------------------------------------------------------- top-k

@njit(**_opts)
def _merge_sort(col, order, tmp, largest):
    """Stable bottom-up merge sort of the positions `order` by col[...] (descending when largest)."""
    n = order.size
    width = 1
    while width < n:
        for lo in range(0, n, 2 * width):
            mid = min(lo + width, n)
            hi = min(lo + 2 * width, n)
            i = lo
            j = mid
            k = lo
            while i < mid and j < hi:
                a = col[order[i]]
                b = col[order[j]]
                if (b > a) if largest else (b < a):
                    tmp[k] = order[j]
                    j += 1
                else:
                    tmp[k] = order[i]
                    i += 1
                k += 1
            while i < mid:
                tmp[k] = order[i]
                i += 1
                k += 1
            while j < hi:
                tmp[k] = order[j]
                j += 1
                k += 1
        for q in range(n):
            order[q] = tmp[q]
        width *= 2


@njit(**_opts)
def top_k(x, vals, inds, largest):
    """TopK along the middle axis of (outer, n, inner) views; ties go to the lower index."""
    n0, n, n2 = x.shape
    k = vals.shape[1]
    col = np.empty(n, x.dtype)
    order = np.empty(n, np.int64)
    tmp = np.empty(n, np.int64)
    for a in range(n0):
        for c in range(n2):
            for j in range(n):
                col[j] = x[a, j, c]
                order[j] = j
            _merge_sort(col, order, tmp, largest)
            for j in range(k):
                vals[a, j, c] = col[order[j]]
                inds[a, j, c] = order[j]


# ---------------------------------------------------------------- strided copy, pad, reverse

@njit(**_opts)
def strided_copy(x, y, p):
    """y[i] = x[off + sum(i_k * stride_k)] over y's dims: p = [r, off, dims(r), strides(r)]."""
    r = p[0]
    for i in range(y.size):
        rem = i
        src = p[1]
        for k in range(r - 1, -1, -1):
            d = p[2 + k]
            ik = rem % d
            rem //= d
            src += ik * p[2 + r + k]
        y[i] = x[src]


@njit(**_opts)
def _pad_src(j, n, mode):
    """The input coordinate output coordinate j (already shifted by the begin pad) reads,
    or -1 for the constant value.  mode: 0 constant, 1 reflect, 2 edge, 3 wrap."""
    if 0 <= j < n:
        return j
    if mode == 0 or n == 0:
        return -1
    if mode == 1:
        if n == 1:
            return 0
        period = 2 * (n - 1)
        m = j % period
        if m < 0:
            m += period
        return period - m if m >= n else m
    if mode == 2:
        return 0 if j < 0 else n - 1
    m = j % n
    return m + n if m < 0 else m


@njit(**_opts)
def pad(x, y, cv, cv_default, p):
    """Pad: p = [r, mode, xdims(r), ydims(r), begin(r)] (begin may be negative: a crop).
    The constant is cv[0] when cv is not empty, else cv_default."""
    r = p[0]
    mode = p[1]
    c = cv[0] if cv.size > 0 else cv_default
    if y.size == 0:
        return
    if r == 0:
        y[0] = x[0]
        return
    xl = p[2 + r - 1]
    yl = p[2 + 2 * r - 1]
    bl = p[2 + 3 * r - 1]
    rows = y.size // yl
    for row in range(rows):
        rem = row
        src = 0
        stride = xl
        outside = False
        for k in range(r - 2, -1, -1):
            yd = p[2 + r + k]
            xd = p[2 + k]
            ok = rem % yd
            rem //= yd
            j = _pad_src(ok - p[2 + 2 * r + k], xd, mode)
            if j < 0:
                outside = True
                break
            src += j * stride
            stride *= xd
        base = row * yl
        if outside:
            for o in range(yl):
                y[base + o] = c
            continue
        for o in range(yl):
            j = _pad_src(o - bl, xl, mode)
            y[base + o] = c if j < 0 else x[src + j]


@njit(**_opts)
def reverse_sequence(x, y, lens, batch_axis):
    """ReverseSequence over (d0, d1, inner) views, batch and time being axes 0 and 1 in some
    order.  Returns -1, or the batch whose length is out of [0, T]."""
    d0, d1, inner = x.shape
    B = d0 if batch_axis == 0 else d1
    T = d1 if batch_axis == 0 else d0
    for b in range(B):
        if lens[b] < 0 or lens[b] > T:
            return b
    for a in range(d0):
        for t in range(d1):
            b = a if batch_axis == 0 else t
            tt = t if batch_axis == 0 else a
            L = lens[b]
            src = L - 1 - tt if tt < L else tt
            if batch_axis == 0:
                for c in range(inner):
                    y[a, t, c] = x[a, src, c]
            else:
                for c in range(inner):
                    y[a, t, c] = x[src, t, c]
    return -1


# ---------------------------------------------------------------- resize

# mode: 0 nearest, 1 linear, 2 cubic
# coordinate transformation: 0 half_pixel, 1 half_pixel_symmetric, 2 pytorch_half_pixel,
#   3 align_corners, 4 asymmetric, 5 tf_crop_and_resize
# nearest mode: 0 round_prefer_floor, 1 round_prefer_ceil, 2 floor, 3 ceil, 4 simple (opset 10)


@njit(**_opts)
def _cubic(x, A):
    x = abs(x)
    x2 = x * x
    x3 = x * x2
    if x <= 1:
        return (A + 2) * x3 - (A + 3) * x2 + 1
    if x < 2:
        return A * x3 - 5 * A * x2 + 8 * A * x - 4 * A
    return 0.0


@njit(**_opts)
def _n_taps(mode, antialias, scale):
    if mode == 0:
        return 2
    s = min(scale, 1.0)
    if mode == 1:
        if antialias:
            start = int(math.floor(-1.0 / s) + 1)
            return 2 - 2 * start
        return 2
    if antialias:
        i_start = int(math.floor(-2.0 / s) + 1)
        return 2 - 2 * i_start
    return 4


@njit(**_opts)
def _coeffs(mode, nmode, antialias, ratio, scale, A, out):
    n = out.size
    if mode == 0:
        if ratio == 1.0 or ratio == 0.0:
            out[0] = 0.0
            out[1] = 1.0
            return
        if nmode == 4:
            nmode = 3 if scale < 1.0 else 2
        if nmode == 0:
            up = ratio > 0.5
        elif nmode == 1:
            up = ratio >= 0.5
        elif nmode == 2:
            up = False
        else:
            up = True
        out[0] = 0.0 if up else 1.0
        out[1] = 1.0 if up else 0.0
        return
    if mode == 1:
        if antialias:
            s = min(scale, 1.0)
            start = int(math.floor(-1.0 / s) + 1)
            tot = 0.0
            for j in range(n):
                v = 1.0 - abs((start + j - ratio) * s)
                v = min(max(v, 0.0), 1.0)
                out[j] = v
                tot += v
            for j in range(n):
                out[j] /= tot
            return
        out[0] = 1.0 - ratio
        out[1] = ratio
        return
    if antialias:
        s = min(scale, 1.0)
        i_start = int(math.floor(-2.0 / s) + 1)
        tot = 0.0
        for j in range(n):
            v = _cubic(s * (i_start + j - ratio), A)
            out[j] = v
            tot += v
        for j in range(n):
            out[j] /= tot
        return
    r1 = ratio + 1.0
    q = 1.0 - ratio
    q1 = q + 1.0
    out[0] = ((A * r1 - 5 * A) * r1 + 8 * A) * r1 - 4 * A
    out[1] = ((A + 2) * ratio - (A + 3)) * ratio * ratio + 1
    out[2] = ((A + 2) * q - (A + 3)) * q * q + 1
    out[3] = ((A * q1 - 5 * A) * q1 + 8 * A) * q1 - 4 * A


@njit(**_opts)
def _axis_table(in_w, out_w, scale, roi0, roi1, ctm, mode, nmode, A, exclude, antialias):
    """Per output coordinate: the taps' (clamped) input indices and weights, and whether
    the coordinate falls outside the input (tf_crop_and_resize: extrapolation value)."""
    n = _n_taps(mode, antialias, scale)
    idx = np.zeros((out_w, n), np.int64)
    w = np.zeros((out_w, n), np.float64)
    extrap = np.zeros(out_w, np.bool_)
    out_f = scale * in_w
    c = np.empty(n, np.float64)
    pad_w = (n + 1) // 2
    for o in range(out_w):
        y = float(o)
        if ctm == 3:
            x = 0.0 if out_f == 1.0 else y * (in_w - 1) / (out_f - 1)
        elif ctm == 4:
            x = y / scale
        elif ctm == 5:
            if out_f == 1.0:
                x = (roi1 - roi0) * (in_w - 1) / 2
            else:
                x = y * (roi1 - roi0) * (in_w - 1) / (out_f - 1)
            x = x + roi0 * (in_w - 1)
            if x < 0 or x > in_w - 1:
                extrap[o] = True
        elif ctm == 2:
            x = -0.5 if out_f == 1.0 else (y + 0.5) / scale - 0.5
        elif ctm == 1:
            adjustment = out_w / out_f
            center = in_w / 2
            x = center * (1 - adjustment) + (y + 0.5) / scale - 0.5
        else:
            x = (y + 0.5) / scale - 0.5
        xi = math.floor(x)
        ratio = 1.0 if x == xi else x - xi
        _coeffs(mode, nmode, antialias, ratio, scale, A, c)
        xp = x + pad_w
        pp = math.floor(xp)
        frac = xp - pp
        if n % 2 == 0:
            offs = -(n // 2) if frac == 0 else -(n // 2) + 1
        else:
            base = -((n - 1) // 2)
            offs = base if frac <= 0.5 else base + 1
        start = int(pp) + offs - pad_w
        tot = 0.0
        for j in range(n):
            t = start + j
            cj = c[j]
            if exclude and (t < 0 or t >= in_w):
                cj = 0.0
            tot += cj
            w[o, j] = cj
            idx[o, j] = min(max(t, 0), in_w - 1)
        if exclude:
            if tot == 0.0:
                tot = 1.0
            for j in range(n):
                w[o, j] /= tot
    return idx, w, extrap


@njit(**_opts)
def _resize_f64(cur, p):
    """The float64 passes of resize (one compiled function for every dtype)."""
    r = p[0]
    mode, ctm, nmode, exclude, antialias = p[1], p[2], p[3], p[4] != 0, p[5] != 0
    f = p.view(np.float64)
    A = f[6]
    extrapolation = f[7]
    dims = np.empty(r, np.int64)
    for k in range(r):
        dims[k] = p[11 + 6 * k]
    for k in range(r):
        b = 11 + 6 * k
        in_w, out_w, skip = p[b], p[b + 1], p[b + 2]
        if skip:
            continue
        scale, roi0, roi1 = f[b + 3], f[b + 4], f[b + 5]
        idx, w, extrap = _axis_table(in_w, out_w, scale, roi0, roi1, ctm, mode, nmode, A, exclude, antialias)
        outer = 1
        for q in range(k):
            outer *= dims[q]
        inner = 1
        for q in range(k + 1, r):
            inner *= dims[q]
        n = w.shape[1]
        nxt = np.empty(outer * out_w * inner, np.float64)
        src3 = cur.reshape((outer, in_w, inner))
        dst3 = nxt.reshape((outer, out_w, inner))
        for a in range(outer):
            for o in range(out_w):
                if extrap[o]:
                    for c in range(inner):
                        dst3[a, o, c] = extrapolation
                    continue
                for c in range(inner):
                    acc = 0.0
                    for j in range(n):
                        acc += w[o, j] * src3[a, idx[o, j], c]
                    dst3[a, o, c] = acc
        cur = nxt
        dims[k] = out_w
    if p[8]:
        lo = f[9]
        hi = f[10]
        for i in range(cur.size):
            cur[i] = min(max(np.round(cur[i]), lo), hi)
    return cur


@njit(**_opts)
def resize_nearest(x, y, p):
    """Resize with mode nearest: every output element is one input element (or the
    extrapolation value), copied in x's dtype.  Per axis, the table of the input index each
    output index reads (the axis tables' tap of weight 1; -1: extrapolate; -2: no tap, 0);
    then rows of the last axis gathered from the input.  (The separable float64 passes cost
    2 ms on nudenet's two 2x upsamples, and multiplied the unpicked neighbour by 0, which
    turned an inf beside the picked value into NaN.)"""
    r = p[0]
    mode, ctm, nmode, exclude, antialias = p[1], p[2], p[3], p[4] != 0, p[5] != 0
    f = p.view(np.float64)
    A = f[6]
    ev = f[7]
    if p[8]:
        ev = min(max(np.round(ev), f[9]), f[10])
    fill = y.dtype.type(ev)
    din = np.empty(r, np.int64)
    dout = np.empty(r, np.int64)
    width = 1
    for k in range(r):
        din[k] = p[11 + 6 * k]
        dout[k] = p[12 + 6 * k]
        width = max(width, dout[k])
    tab = np.empty((r, width), np.int64)
    for k in range(r):
        b = 11 + 6 * k
        in_w, out_w, skip = p[b], p[b + 1], p[b + 2]
        if skip:
            for o in range(out_w):
                tab[k, o] = o
            continue
        idx, w, extrap = _axis_table(in_w, out_w, f[b + 3], f[b + 4], f[b + 5], ctm, mode, nmode, A, exclude,
                                     antialias)
        for o in range(out_w):
            if extrap[o]:
                tab[k, o] = -1
                continue
            j = 0
            for q in range(w.shape[1]):
                if w[o, q] > w[o, j]:
                    j = q
            tab[k, o] = idx[o, j] if w[o, j] != 0 else -2
    stride = np.empty(r, np.int64)
    s = 1
    for k in range(r - 1, -1, -1):
        stride[k] = s
        s *= din[k]
    if y.size == 0:
        return
    last = tab[r - 1]
    L = dout[r - 1]
    pos = np.zeros(r, np.int64)                 # odometer over the outer axes
    rows = y.size // L
    for row in range(rows):
        base = 0
        flag = 0
        for k in range(r - 1):
            t = tab[k, pos[k]]
            if t < 0:
                flag = t                        # (the last such axis decides, as in the passes)
            else:
                base += t * stride[k]
        o0 = row * L
        if flag != 0:
            v = fill if flag == -1 else y.dtype.type(0)
            for o in range(L):
                y[o0 + o] = v
        else:
            for o in range(L):
                t = last[o]
                y[o0 + o] = x[base + t] if t >= 0 else (fill if t == -1 else y.dtype.type(0))
        k = r - 2
        while k >= 0:
            pos[k] += 1
            if pos[k] < dout[k]:
                break
            pos[k] = 0
            k -= 1


@njit(**_opts)
def resize(x, y, p):
    """Resize, one separable pass per resized axis, in float64 (as ONNX's reference); mode
    nearest copies elements instead (resize_nearest).
    p = [r, mode, ctm, nearest_mode, exclude_outside, antialias, bits(cubic_a), bits(extrapolation),
         rnd, bits(lo), bits(hi), then per axis: in, out, skip, bits(scale), bits(roi_start),
         bits(roi_end)].  rnd: round half to even and saturate to [lo, hi] (integer outputs)."""
    if p[1] == 0:
        resize_nearest(x, y, p)
        return
    cur = np.empty(x.size, np.float64)
    for i in range(x.size):
        cur[i] = x[i]
    out = _resize_f64(cur, p)
    for i in range(y.size):
        y[i] = out[i]


# ---------------------------------------------------------------- TensorScatter

@njit(**_opts)
def tensor_scatter(y, upd, widx, circular):
    """TensorScatter (y already holds a copy of the cache): y (B, P, Smax, inner) and upd
    (B, P, S, inner) views; widx per batch (empty: 0).  Returns -1, or the batch whose write
    index does not fit (linear mode)."""
    B, P, smax, inner = y.shape
    S = upd.shape[2]
    for b in range(B):
        w = widx[b] if widx.size > 0 else 0
        if not circular and (w < 0 or w + S > smax):
            return b
        if circular and smax == 0 and S > 0:
            return b
    for b in range(B):
        w = widx[b] if widx.size > 0 else 0
        for q in range(P):
            for s in range(S):
                t = w + s
                if circular:
                    t %= smax
                for c in range(inner):
                    y[b, q, t, c] = upd[b, q, s, c]
    return -1
