"""Vector loops written in LLVM IR (llvmlite, through Numba intrinsics) for float32.

Numba's loops cannot keep a set of vector accumulators in registers across an inner loop
whose trip count is only known at run time, and LLVM must assume arrays may overlap; these
helpers say exactly what to do with <8 x float> values.  Arguments are addresses (integers,
`array.ctypes.data`) and counts; the caller owns the bounds.
"""
from llvmlite import ir
from numba import types
from numba.extending import intrinsic, overload

_F32 = ir.FloatType()
_V8 = ir.VectorType(_F32, 8)
_I64 = ir.IntType(64)
_I32 = ir.IntType(32)


def _i64(v):
    return ir.Constant(_I64, v)


def _fma(builder):
    return builder.module.declare_intrinsic("llvm.fma.v8f32", (), ir.FunctionType(_V8, [_V8, _V8, _V8]))


def _splat(builder, x):
    undef = ir.Constant(_V8, ir.Undefined)
    return builder.shuffle_vector(builder.insert_element(undef, x, ir.Constant(_I32, 0)), undef,
                                  ir.Constant(ir.VectorType(_I32, 8), [0] * 8))


def _vector_loop(builder, count, nacc, body, init=None, start=0):
    """Emit `for t in range(start, count)` carrying nacc <8 x float> accumulators, zero at the
    start (or the values `init`): body(t, accs) returns their new values.  Returns the
    accumulators after the loop (their start values when count <= start), in registers
    throughout."""
    init = init or [ir.Constant(_V8, [0.0] * 8)] * nacc
    pre = builder.block
    loop = builder.append_basic_block("acc.loop")
    done = builder.append_basic_block("acc.done")
    builder.cbranch(builder.icmp_signed(">", count, _i64(start)), loop, done)
    builder.position_at_end(loop)
    t = builder.phi(_I64)
    t.add_incoming(_i64(start), pre)
    accs = [builder.phi(_V8) for _ in range(nacc)]
    for a, v in zip(accs, init):
        a.add_incoming(v, pre)
    new = body(t, accs)
    t1 = builder.add(t, _i64(1))
    t.add_incoming(t1, loop)
    for a, v in zip(accs, new):
        a.add_incoming(v, loop)
    builder.cbranch(builder.icmp_signed("<", t1, count), loop, done)
    builder.position_at_end(done)
    fin = []
    for v0, v in zip(init, new):
        ph = builder.phi(_V8)
        ph.add_incoming(v0, pre)
        ph.add_incoming(v, loop)
        fin.append(ph)
    return fin


def _taps_codegen(nv, lanes=False, rows=1):
    """y[0:8nv] = sum over t < ntaps of w[t] * x[off[t] : off[t] + 8nv]: nv accumulators of 8 floats
    held in registers across the taps (offsets in floats, int64).  lanes: a weight per lane
    instead, w[8t : 8t + 8], and accumulator h reads x[off[t] + h step :][:8] (a last argument).
    rows > 1: that many outputs from the same x, row r with weights w[rows t + r], stored at
    y + r ldy (a last argument): rows * nv accumulators."""
    def codegen(context, builder, sig, args):
        ntaps, off, w, x, y = args[:5]
        shifts = [builder.mul(args[5], _i64(h)) if lanes else _i64(8 * h) for h in range(nv)]
        fp, v8p, ip = _F32.as_pointer(), _V8.as_pointer(), _I64.as_pointer()
        offp, wp = builder.inttoptr(off, ip), builder.inttoptr(w, fp)
        xp, yp = builder.inttoptr(x, fp), builder.inttoptr(y, fp)
        fma = _fma(builder)

        def body(t, accs):
            o = builder.load(builder.gep(offp, [t]), align=8)
            xs = [builder.load(builder.bitcast(builder.gep(xp, [builder.add(o, shifts[h])]), v8p), align=4)
                  for h in range(nv)]
            new = []
            for r in range(rows):
                if lanes:
                    wv = builder.load(builder.bitcast(builder.gep(wp, [builder.mul(t, _i64(8))]), v8p), align=4)
                else:
                    wt = builder.add(builder.mul(t, _i64(rows)), _i64(r)) if rows > 1 else t
                    wv = _splat(builder, builder.load(builder.gep(wp, [wt]), align=4))
                new += [builder.call(fma, [wv, xs[h], accs[r * nv + h]]) for h in range(nv)]
            return new
        fin = _vector_loop(builder, ntaps, rows * nv, body)
        for r in range(rows):
            base = builder.mul(args[5], _i64(r)) if rows > 1 else _i64(0)
            for h in range(nv):
                at = builder.gep(yp, [builder.add(base, _i64(8 * h))])
                builder.store(fin[r * nv + h], builder.bitcast(at, v8p), align=4)
        return context.get_dummy_value()
    return codegen


_TAPS_SIG = types.void(types.intp, types.uintp, types.uintp, types.uintp, types.uintp)


@intrinsic
def taps64(typingctx, ntaps, off, w, x, y):
    """y[0:64] = sum_t w[t] * x[off[t]:off[t]+64] (float32; off int64, in elements): eight
    accumulators, enough to keep both FMA units busy through each FMA's latency."""
    return _TAPS_SIG, _taps_codegen(8)


@intrinsic
def taps32(typingctx, ntaps, off, w, x, y):
    """y[0:32] = sum_t w[t] * x[off[t]:off[t]+32] (float32; off int64, in elements)."""
    return _TAPS_SIG, _taps_codegen(4)


@intrinsic
def taps8(typingctx, ntaps, off, w, x, y):
    """y[0:8] = sum_t w[t] * x[off[t]:off[t]+8] (float32; off int64, in elements)."""
    return _TAPS_SIG, _taps_codegen(1)


# Positions (vectors of 8 channels) lane_taps holds in registers at most.
LANE_TAPS_MAX = 8


def _lane_taps_intrinsic(nv):
    def lane_taps(typingctx, ntaps, off, w, x, y, step):
        return types.void(types.intp, types.uintp, types.uintp, types.uintp, types.uintp, types.intp), \
            _taps_codegen(nv, lanes=True)
    lane_taps.__name__ = f"lane_taps{nv}"
    return intrinsic(lane_taps)


# lane_taps<nv>: y[8h:8h+8] = sum_t w[8t:8t+8] * x[off[t] + h step:][:8] for h < nv, lane by
# lane (float32; off int64 and step in elements): 8 channels (channel-last) at nv positions at
# once, one accumulator each (a depthwise conv's output row, up to LANE_TAPS_MAX positions a call:
# one or four accumulators a call left the FMAs waiting on each other on short rows).
_LANE_TAPS = [_lane_taps_intrinsic(nv) for nv in range(1, LANE_TAPS_MAX + 1)]
lane_taps1, lane_taps2, lane_taps3, lane_taps4, lane_taps5, lane_taps6, lane_taps7, lane_taps8 = _LANE_TAPS


# Rows and vectors of row_taps: 4 x 3 accumulators (with three x vectors and a broadcast, 16 of
# the 16 AVX registers).  Measured against 6 x 2, 3 x 4 and 2 x 6 on 3x3 convs (16 -> 64 on
# 55x55, 48 -> 192 on 13x13, 64 -> 64 on 56x56): 4 x 3 fastest on all, the others 1.01-1.38x
# its time.
ROW_TAPS_ROWS = 4
ROW_TAPS_COLS = 24


@intrinsic
def row_taps(typingctx, ntaps, off, w, x, y, ldy):
    """y[r ldy + j] = sum_t w[4t + r] * x[off[t] + j] for r < 4, j < 24 (float32; off int64, ldy
    in elements): four output rows at 24 positions from the same taps (a direct convolution's
    block: rows are output channels, x the padded input)."""
    return types.void(types.intp, types.uintp, types.uintp, types.uintp, types.uintp, types.intp), \
        _taps_codegen(ROW_TAPS_COLS // 8, rows=ROW_TAPS_ROWS)


def _panel_codegen(nc):
    """c[16j : 16j + 16] = sum over k < K of w[16k : 16k + 16] * b[6k + j] for j < nc: a 16 x nc
    block of a GEMM whose first operand is packed 16 rows at a time (element (i, k) at 16k + i)
    and whose second is packed 6 columns at a time (element (k, j) at 6k + j); 2 nc accumulators
    of 8 floats in registers across k (12 for nc = 6: with the two weight vectors and a
    broadcast, 15 of the 16 AVX registers)."""
    def codegen(context, builder, sig, args):
        K, w, b, c = args
        fp, v8p = _F32.as_pointer(), _V8.as_pointer()
        wp, bp, cp = builder.inttoptr(w, fp), builder.inttoptr(b, fp), builder.inttoptr(c, fp)
        fma = _fma(builder)

        def body(k, accs):
            wo = builder.mul(k, _i64(16))
            w0 = builder.load(builder.bitcast(builder.gep(wp, [wo]), v8p), align=4)
            w1 = builder.load(builder.bitcast(builder.gep(wp, [builder.add(wo, _i64(8))]), v8p), align=4)
            bo = builder.mul(k, _i64(PANEL_COLS))
            new = []
            for j in range(nc):
                bj = _splat(builder, builder.load(builder.gep(bp, [builder.add(bo, _i64(j))]), align=4))
                new.append(builder.call(fma, [w0, bj, accs[2 * j]]))
                new.append(builder.call(fma, [w1, bj, accs[2 * j + 1]]))
            return new
        for h, v in enumerate(_vector_loop(builder, K, 2 * nc, body)):
            builder.store(v, builder.bitcast(builder.gep(cp, [_i64(8 * h)]), v8p), align=4)
        return context.get_dummy_value()
    return codegen


# Columns of the second operand's packed panels (panel16's nc is at most this).
PANEL_COLS = 6
_PANEL_SIG = types.void(types.intp, types.uintp, types.uintp, types.uintp)


def _panel_intrinsic(nc):
    def panel(typingctx, K, w, b, c):
        return _PANEL_SIG, _panel_codegen(nc)
    panel.__name__ = f"panel16x{nc}"
    return intrinsic(panel)


_PANELS = [_panel_intrinsic(nc) for nc in range(1, PANEL_COLS + 1)]
panel16x1, panel16x2, panel16x3, panel16x4, panel16x5, panel16x6 = _PANELS


def _transpose8_codegen(context, builder, sig, args):
    """Load 8 rows of 8 floats (row r at src + r sstride), store their transpose (row c at
    dst + c dstride): three rounds of shuffles pairing rows (unpack, then pairs, then halves:
    what LLVM lowers to unpcklps/unpckhps, shufps and vperm2f128)."""
    src, sstride, dst, dstride = args
    fp, v8p = _F32.as_pointer(), _V8.as_pointer()
    sp, dp = builder.inttoptr(src, fp), builder.inttoptr(dst, fp)
    rows = [builder.load(builder.bitcast(builder.gep(sp, [builder.mul(sstride, _i64(r))]), v8p), align=4)
            for r in range(8)]

    def shuf(a, b, mask):
        return builder.shuffle_vector(a, b, ir.Constant(ir.VectorType(_I32, 8), mask))
    lo, hi = [0, 8, 1, 9, 4, 12, 5, 13], [2, 10, 3, 11, 6, 14, 7, 15]
    t = []
    for r in range(0, 8, 2):          # t[2k]: rows 2k, 2k+1 interleaved (lanes 0-1, 4-5)
        t += [shuf(rows[r], rows[r + 1], lo), shuf(rows[r], rows[r + 1], hi)]
    pl, phi = [0, 1, 8, 9, 4, 5, 12, 13], [2, 3, 10, 11, 6, 7, 14, 15]
    u = [shuf(t[0], t[2], pl), shuf(t[0], t[2], phi), shuf(t[1], t[3], pl), shuf(t[1], t[3], phi),
         shuf(t[4], t[6], pl), shuf(t[4], t[6], phi), shuf(t[5], t[7], pl), shuf(t[5], t[7], phi)]
    h0, h1 = [0, 1, 2, 3, 8, 9, 10, 11], [4, 5, 6, 7, 12, 13, 14, 15]
    out = [shuf(u[k], u[k + 4], h0) for k in range(4)] + [shuf(u[k], u[k + 4], h1) for k in range(4)]
    for c in range(8):
        builder.store(out[c], builder.bitcast(builder.gep(dp, [builder.mul(dstride, _i64(c))]), v8p), align=4)
    return context.get_dummy_value()


@intrinsic
def transpose8(typingctx, src, sstride, dst, dstride):
    """dst[c dstride + r] = src[r sstride + c] for r, c < 8 (float32; addresses, strides in
    elements): an 8 x 8 block transposed in registers (channel-last <-> channel-first copies)."""
    return types.void(types.uintp, types.intp, types.uintp, types.intp), _transpose8_codegen


def _max32_codegen(context, builder, sig, args):
    x, nblk = args
    fp, v8p = _F32.as_pointer(), _V8.as_pointer()
    xp = builder.inttoptr(x, fp)
    maxnum = builder.module.declare_intrinsic("llvm.maxnum.v8f32", (), ir.FunctionType(_V8, [_V8, _V8]))
    reduce = builder.module.declare_intrinsic("llvm.vector.reduce.fmax.v8f32", (), ir.FunctionType(_F32, [_V8]))

    def load(i):
        return builder.load(builder.bitcast(builder.gep(xp, [i]), v8p), align=4)
    init = [load(_i64(8 * h)) for h in range(4)]

    def body(t, accs):
        base = builder.mul(t, _i64(32))
        return [builder.call(maxnum, [acc, load(builder.add(base, _i64(8 * h)))]) for h, acc in enumerate(accs)]
    fin = _vector_loop(builder, nblk, 4, body, init=init, start=1)
    m = builder.call(maxnum, [builder.call(maxnum, fin[:2]), builder.call(maxnum, fin[2:])])
    return builder.call(reduce, [m])


@intrinsic
def max32(typingctx, x, nblk):
    """max of the float32 x[0 : 32 nblk] (an address; nblk >= 1): four accumulators of 8, NaNs
    skipped (llvm.maxnum, as np.fmax).  Numba's max() in a loop does not vectorize (0.43 ns an
    element on rows of 197; this: ~0.03)."""
    return types.float32(types.uintp, types.intp), _max32_codegen


def _pool_lanes_codegen(nv, op):
    """y[8h : 8h + 8] = op over t < ntaps of x[off[t] + h step :][:8], for h < nv, starting from
    the 8 floats at `init` (op "max": llvm.maxnum, which skips NaNs; "add": a sum): nv
    accumulators in registers across the taps (offsets and step in floats)."""
    def codegen(context, builder, sig, args):
        ntaps, off, x, y, step, init = args
        fp, v8p, ip = _F32.as_pointer(), _V8.as_pointer(), _I64.as_pointer()
        offp, xp, yp = builder.inttoptr(off, ip), builder.inttoptr(x, fp), builder.inttoptr(y, fp)
        start = builder.load(builder.bitcast(builder.inttoptr(init, fp), v8p), align=4)
        shifts = [builder.mul(step, _i64(h)) for h in range(nv)]
        if op == "max":
            fn = builder.module.declare_intrinsic("llvm.maxnum.v8f32", (), ir.FunctionType(_V8, [_V8, _V8]))

        def body(t, accs):
            o = builder.load(builder.gep(offp, [t]), align=8)
            xs = [builder.load(builder.bitcast(builder.gep(xp, [builder.add(o, shifts[h])]), v8p), align=4)
                  for h in range(nv)]
            if op == "max":
                return [builder.call(fn, [a, v]) for a, v in zip(accs, xs)]
            return [builder.fadd(a, v) for a, v in zip(accs, xs)]
        fin = _vector_loop(builder, ntaps, nv, body, init=[start] * nv)
        for h in range(nv):
            builder.store(fin[h], builder.bitcast(builder.gep(yp, [_i64(8 * h)]), v8p), align=4)
        return context.get_dummy_value()
    return codegen


def _pool_lanes_intrinsic(nv, op):
    def pool_lanes(typingctx, ntaps, off, x, y, step, init):
        return types.void(types.intp, types.uintp, types.uintp, types.uintp, types.intp, types.uintp), \
            _pool_lanes_codegen(nv, op)
    pool_lanes.__name__ = f"{op}_lanes{nv}"
    return intrinsic(pool_lanes)


# max_lanes<nv> / add_lanes<nv>(ntaps, off, x, y, step, init): eight channels (channel-last) at
# nv output positions, each the max (NaNs skipped) or sum of its window's ntaps vectors of 8
# (kernels/cpu/pool.py's pools of small planes).
max_lanes1, max_lanes4 = _pool_lanes_intrinsic(1, "max"), _pool_lanes_intrinsic(4, "max")
add_lanes1, add_lanes4 = _pool_lanes_intrinsic(1, "add"), _pool_lanes_intrinsic(4, "add")


def is_f32(a):
    """Whether array a holds float32 (a compile-time constant): the test that picks these paths."""
    raise NotImplementedError  # only callable from compiled code


@overload(is_f32)
def _is_f32_ov(a):
    f = a.dtype == types.float32
    return lambda a: f
