"""intra_op_num_threads -> Numba's thread count; the BLAS that compiled code calls runs one thread.

Numba's pool is process-wide, as any Python process's is: the last session created sets its
size.  Compiled GEMMs call onnxjit's own OpenBLAS (kernels/cpu/blas.py), which nothing else in
the process uses; without it they call SciPy's, reached through threadpoolctl (the
maintained way to find the OpenBLAS that SciPy bundles)."""
from __future__ import annotations

import functools
import os


def select_threading_layer() -> None:
    """Parallel kernels (prange) run on Numba's thread pool.  Its default order falls back to
    the 'workqueue' layer, which aborts the process when two threads launch parallel work at
    once (two sessions run from two threads, run_async): ask for a thread-safe layer (OpenMP,
    or TBB) instead, unless the user chose one with NUMBA_THREADING_LAYER.

    OpenMP's idle threads spin for a bounded time after each parallel loop, then sleep
    (GOMP_SPINCOUNT=10000: ~0.3 ms here), unless the user set OMP_WAIT_POLICY or
    GOMP_SPINCOUNT.  During a run kernels follow each other closely, so a parallel loop
    starts in ~3 us instead of the ~90 us it takes to wake sleeping threads
    (OMP_WAIT_POLICY=PASSIVE, what this set first: inception_v1 at 2 threads 52-73 ms, 44-49
    spinning).  Not longer: a loop's work is split evenly, so when another process takes a
    core from one of the threads, the other waits for it at the loop's end, spinning, and
    the waiting thread's core is not free for the one descheduled.  With a busy process on
    the second of 2 cores, mobilenet (2 threads) took 83-252 ms a run at 100000 (~3 ms of
    spinning; onnxruntime 5-10 ms), 36-40 ms at 10000; idle, 10000 and 100000 ran every
    bench model tried (mobilenet, bert, squeezenet, inception_v1, resnet50) in the same time,
    paired.  Spinning used to hurt beside a threaded BLAS (a ReLU after a GEMM took 14-30 ms);
    compiled code's BLAS runs one thread now (set_intra_op_threads)."""
    if "OMP_WAIT_POLICY" not in os.environ:
        os.environ.setdefault("GOMP_SPINCOUNT", "10000")
    if "NUMBA_THREADING_LAYER" in os.environ:
        return
    import numba
    numba.config.THREADING_LAYER = "threadsafe"


@functools.cache
def _scipy_blas():
    """threadpoolctl's controllers of SciPy's BLAS, which compiled code calls where onnxjit's
    own is not installed (kernels/cpu/blas.py): Numba's np.dot calls
    SciPy's cython_blas, which in the wheels is SciPy's own OpenBLAS (under scipy.libs); a
    SciPy built against a system or conda BLAS shares it with NumPy, and then that one."""
    try:
        import scipy
        import scipy.linalg.cython_blas  # noqa: F401  (loads SciPy's BLAS so it can be found)
        from threadpoolctl import ThreadpoolController
        libs = ThreadpoolController().select(user_api="blas").lib_controllers
        prefix = os.path.realpath(os.path.dirname(scipy.__file__))   # .../scipy, .../scipy.libs
        own = [lib for lib in libs if os.path.realpath(lib.filepath).startswith(prefix)]
        return own or libs
    except Exception:  # no SciPy BLAS or no threadpoolctl: leave the defaults
        return []


def set_intra_op_threads(n: int) -> None:
    """Numba's pool runs n threads (n <= 0: all of them) and compiled code's BLAS runs one.

    Every kernel that calls BLAS (conv, Gemm, MatMul, ...) splits its work over Numba's
    threads itself, each making single-threaded calls: one pool.  BLAS's own pool would
    otherwise spin for a while after each call (OpenBLAS's workers busy-wait) and take the
    cores from the parallel loop that follows; and a BLAS call from a parallel loop while BLAS
    is threaded oversubscribes (measured: a ResNet 3x3 conv split over 2 threads, 1.5 ms with
    single-threaded BLAS, 8 ms with BLAS at 2 threads).  That BLAS is onnxjit's own, so the
    user's NumPy and SciPy keep their threads; only where it is not installed does SciPy's BLAS
    (which compiled code then calls) stay single-threaded once a session exists, process-wide,
    as threadpoolctl's limits are."""
    import numba
    if n > 0:
        numba.set_num_threads(max(1, min(n, numba.config.NUMBA_NUM_THREADS)))
    else:
        numba.set_num_threads(numba.config.NUMBA_NUM_THREADS)
    from onnxjit.kernels.cpu import blas
    if blas.keep_single_threaded():
        return
    for lib in _scipy_blas():
        if lib.num_threads != 1:
            lib.set_num_threads(1)
