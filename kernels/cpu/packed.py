"""GEMM with a prepacked first operand, for convolutions whose weights are constants.

OpenBLAS's sgemm packs both operands on every call.  A conv's weights are the same on every
call, and on small feature maps (7x7: 49 output positions) each packed weight is used by few
columns, so the packing is a large share of the call: 512 -> 2048 channels on 7x7 runs at
~60 GFLOP/s of this machine's ~90 (one thread).  Here the weights are packed once, when the
graph is optimized (compiler/passes/packed_conv.py): W (M, K) -> (P, K, 16), P = ceil(M / 16),
element (16p + i, k) at [p, k, i], rows past M zero.  Each call packs only the columns, B
(K, S) -> (Q, K, 6), Q = ceil(S / 6), and multiplies 16 x 6 blocks in registers
(simd.panel16x6: two weight vectors and six broadcast columns a step of k).
"""
import numba
import numpy as np

from .simd import PANEL_COLS, panel16x1, panel16x2, panel16x3, panel16x4, panel16x5, panel16x6

ROWS = 16
U = np.uint64     # unsigned indices: no negative-index wraparound test in the copy loops
COLS = PANEL_COLS


def pack_weights(w2: np.ndarray, rows: int = ROWS) -> np.ndarray:
    """(M, K) float32 weights -> (ceil(M / rows), K, rows), rows past M zero: 16 for
    gemm_panels, simd.ROW_TAPS_ROWS for conv.conv_direct."""
    M, K = w2.shape
    P = -(-M // rows)
    out = np.zeros((P * rows, K), w2.dtype)
    out[:M] = w2
    return np.ascontiguousarray(out.reshape(P, rows, K).transpose(0, 2, 1))


@numba.njit(cache=True, nogil=True)
def _panel(nc, K, w, b, c):
    if nc == 6:
        panel16x6(K, w, b, c)
    elif nc == 5:
        panel16x5(K, w, b, c)
    elif nc == 4:
        panel16x4(K, w, b, c)
    elif nc == 3:
        panel16x3(K, w, b, c)
    elif nc == 2:
        panel16x2(K, w, b, c)
    else:
        panel16x1(K, w, b, c)


@numba.njit(cache=True, nogil=True)
def pack_cols(src, k0, k1, s0, T, bp):
    """bp[q, k, j] = src[k, s0 + 6q + j] for k in [k0, k1) and 6q + j < T; bp is
    (ceil(T / 6), K, 6), its columns past T zero.  Row by row: each source row is read once,
    in order (a panel at a time, re-reading every row per panel, ran 3x slower)."""
    K = bp.shape[1]
    Q = bp.shape[0]
    full = T // COLS
    step = K * COLS
    bf = bp.reshape(bp.size)
    for k in range(k0, k1):
        row = src[k, s0:s0 + T]
        o = k * COLS
        for q in range(full):
            for j in range(COLS):
                bf[U(o + j)] = row[U(q * COLS + j)]
            o += step
        if full < Q:
            for j in range(COLS):
                bf[U(o + j)] = row[U(full * COLS + j)] if full * COLS + j < T else 0


@numba.njit(cache=True, nogil=True)
def gemm_panels(wp, p0, p1, bp, T, yf, ybase, ld, M, ct):
    """yf[ybase + (16p + i) ld + 6q + j] = sum_k wp[p, k, i] bp[q, k, j] for row panels p in
    [p0, p1), rows 16p + i < M, and columns 6q + j < T; yf is the output, flat; ct a scratch of
    16 * 6 floats.  (Addresses by arithmetic: array views and their .ctypes per 16 x 6 block
    cost more than the block's arithmetic on short inner dimensions.)"""
    K = wp.shape[1]
    Q = bp.shape[0]
    cta = ct.ctypes.data
    sz = wp.itemsize
    wa = wp.ctypes.data + p0 * K * ROWS * sz
    ba0 = bp.ctypes.data
    for p in range(p0, p1):
        i0 = p * ROWS
        nr = min(ROWS, M - i0)
        ba = ba0
        for q in range(Q):
            j0 = q * COLS
            nc = min(COLS, T - j0)
            _panel(nc, K, wa, ba, cta)
            o = ybase + i0 * ld + j0
            for i in range(nr):
                for j in range(nc):
                    yf[U(o + j)] = ct[U(j * ROWS + i)]
                o += ld
            ba += K * COLS * sz
        wa += K * ROWS * sz
