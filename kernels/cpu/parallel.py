"""Splitting kernel work over Numba's threads.

Kernels that call BLAS split their work into independent items themselves and run them in
a prange, each making single-threaded BLAS calls (runtime/threads.py keeps the BLAS library
at one thread): one thread pool for everything."""
import numba
from numba.np.ufunc import parallel as _parallel

# Below this many multiply-adds a kernel runs on the calling thread alone: waking the
# sleeping pool (OMP_WAIT_POLICY=PASSIVE) costs tens of microseconds.
PAR_MIN_MACS = 1 << 21

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
def blocks(total, nth, min_block):
    """Block size splitting `total` units into at most `nth` near-equal blocks of at least
    `min_block` units (fewer, larger blocks when `total` is small)."""
    nb = max(1, min(nth, total // max(min_block, 1)))
    return (total + nb - 1) // nb
