"""Splitting kernel work over Numba's threads.

Kernels that call BLAS split their work into independent items themselves and run them in
a prange, each making single-threaded BLAS calls (runtime/threads.py keeps the BLAS library
at one thread): one thread pool for everything."""
import numba
import numpy as np
from numba.np.ufunc import parallel as _parallel

# Below this many multiply-adds a GEMM-based kernel runs on the calling thread alone (~40 us
# of work); below PAR_MIN_ELEMS element operations (compares, adds: ~25 us) a memory-bound
# kernel does.  Starting a parallel loop costs ~3 us while the pool's threads still spin
# after the last one (runtime/threads.py), ~90 us once they sleep.
PAR_MIN_MACS = 1 << 21
PAR_MIN_ELEMS = 1 << 18
# A matrix-vector product reads each weight once; inside a model its weights come from L3 or
# memory, where a second thread's loads pay sooner than for an element-wise pass: split from
# this many weights.  mobilenet's squeeze-excite convs (960 -> 240, 672 -> 168 on a 1x1 map) took
# ~100 us in the model on one thread, 19 us alone (weights in cache).
PAR_MIN_WEIGHTS = 1 << 16

# Pass _0, not a literal 0, where a kernel's serial branch calls the helper its prange branch
# calls with computed (int64) bounds: a literal argument is typed Literal[int](0) and Numba
# compiles the helper a second time for it (a prange index is uint64: cast it, np.int64(it),
# for the same reason).  Each duplicate cost 0.5-4 s of cold compile (ResNet-50: ~10 s).
_0 = np.int64(0)

# The pool is started (and its C functions registered with LLVM under their names) before
# any compiled kernel that asks for its size is loaded from the cache.
_parallel._launch_threads()


@numba.njit(cache=True, nogil=True)
def num_threads():
    """numba.get_num_threads() for compiled code that is cached: Numba's own version calls
    through a ctypes pointer, which its cache refuses; this one calls the threading layer's
    C function by symbol name."""
    return _parallel._iget_num_threads()


@numba.njit(cache=True, nogil=True)
def threads_for(work, min_work):
    """The threads a kernel splits `work` over: all of the pool's, or 1 below `min_work`."""
    return num_threads() if work >= min_work else 1


@numba.njit(cache=True, nogil=True)
def loop_blocks(total, outer):
    """Blocks to split `outer` iterations into, for `total` elements that each cost a function
    call or a few passes (~10 ns: fused loops calling exp/erf, Softmax, LayerNormalization):
    one per thread when there is enough work, else 1."""
    return max(1, min(outer, threads_for(total, PAR_MIN_ELEMS // 4)))


@numba.njit(cache=True, nogil=True)
def blocks(total, nth, min_block):
    """Block size splitting `total` units into at most `nth` near-equal blocks of at least
    `min_block` units (fewer, larger blocks when `total` is small)."""
    nb = max(1, min(nth, total // max(min_block, 1)))
    return (total + nb - 1) // nb


@numba.njit(cache=True, nogil=True)
def row_tiles(total, per_row, budget, nth, outer):
    """(rows per tile, tile count) splitting `total` rows whose workspace costs `per_row`
    elements each: tiles within `budget` elements, and, when `nth` threads share the work with
    `outer` independent outer items (images, groups), enough tiles for every thread, their
    total count rounded up to a multiple of `nth` so the threads end together."""
    R = max(1, min(total, budget // max(per_row, 1)))
    nt = (total + R - 1) // R
    if nth > 1:
        per = -(-nth // max(outer, 1))               # tiles wanted per outer item
        if nt < per:
            nt = min(total, per)
        else:
            nt = min(total, -(-nt // nth) * nth)
    R = (total + nt - 1) // nt
    return R, (total + R - 1) // R
