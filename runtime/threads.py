"""intra_op_num_threads -> Numba's thread count and the BLAS library's thread pool.

Both pools are process-wide, as they are in any Python process: the last session created
with a non-zero intra_op_num_threads sets them.  threadpoolctl is the maintained way to
reach the OpenBLAS that NumPy/SciPy bundle (compiled GEMMs call SciPy's)."""
from __future__ import annotations

import functools
import os


def select_threading_layer() -> None:
    """Parallel kernels (prange) run on Numba's thread pool.  Its default order falls back to
    the 'workqueue' layer, which aborts the process when two threads launch parallel work at
    once (two sessions run from two threads, run_async): ask for a thread-safe layer (OpenMP,
    or TBB) instead, unless the user chose one with NUMBA_THREADING_LAYER.

    OpenMP's threads are made to sleep, not spin, when idle (OMP_WAIT_POLICY=PASSIVE, read
    when the OpenMP library loads, unless the user set it): the BLAS library keeps a pool of
    its own, and the two pools spinning against each other on 2 cores made a ReLU in a
    parallel loop after a threaded GEMM 10x slower (1.5 -> 14-30 ms; 1.5 ms with PASSIVE)."""
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    if "NUMBA_THREADING_LAYER" in os.environ:
        return
    import numba
    numba.config.THREADING_LAYER = "threadsafe"


@functools.cache
def _controller():
    try:
        import scipy.linalg.cython_blas  # noqa: F401  (load SciPy's BLAS so it can be found)
        from threadpoolctl import ThreadpoolController
        return ThreadpoolController()
    except Exception:  # no threadpoolctl or no BLAS found: leave the defaults
        return None


def set_intra_op_threads(n: int) -> None:
    if n <= 0:
        return
    import numba
    numba.set_num_threads(max(1, min(n, numba.config.NUMBA_NUM_THREADS)))
    ctl = _controller()
    if ctl is not None:
        ctl.limit(limits=n, user_api="blas")
