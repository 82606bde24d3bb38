"""kernels/cpu/blas.gemm, the GEMM every compiled kernel calls, against NumPy in float64: operands
whose rows or columns are unit-stride (read in place), neither or reversed (copied), outputs
that are strided blocks or transposed views, one row or column (gemv), degenerate sizes; with onnxjit's own OpenBLAS and
with the SciPy fallback (ONNXJIT_BLAS=scipy, in a subprocess)."""
import os
import subprocess
import sys

import pytest

CHECK = r'''
import itertools, numba, numpy as np
from onnxjit.kernels.cpu import blas


@numba.njit
def _view(base, p):
    v = base[p[0]:p[1]:p[2], p[3]:p[4]:p[5]]
    return v.T if p[6] else v


@numba.njit
def run(ba, pa, bb, pb, bc, pc):
    # slices of 2-D arrays are typed 'A' whatever their strides: one signature per dtype
    blas.gemm(_view(ba, pa), _view(bb, pb), _view(bc, pc))


def operand(r, c, kind, dt, rng):
    """(base array, slice parameters) of an r x c operand: rows unit-stride, columns
    unit-stride (the transpose of a row block), every element apart, or rows reversed."""
    if kind == "cols":
        base = rng.standard_normal((c + 2, r + 3)).astype(dt)
        return base, np.array([1, c + 1, 1, 2, r + 2, 1, 1])
    base = rng.standard_normal((2 * r + 3, 2 * c + 3)).astype(dt)
    if kind == "rows":
        return base, np.array([1, r + 1, 1, 2, c + 2, 1, 0])
    if kind == "apart":
        return base, np.array([0, 2 * r, 2, 1, 2 * c + 1, 2, 0])
    return base, np.array([r, 0, -1, 0, c, 1, 0]) if r else np.array([0, 0, 1, 0, c, 1, 0])


def view(base, p):
    v = base[p[0]:p[1]:p[2], p[3]:p[4]:p[5]]
    return v.T if p[6] else v


rng = np.random.default_rng(0)
bad = cases = 0
for dt, tol in ((np.float32, 1e-4), (np.float64, 1e-12)):
    for M, K, N in ((5, 7, 3), (1, 4, 6), (6, 1, 1), (3, 5, 1), (1, 1, 1), (4, 0, 3), (0, 3, 2), (33, 17, 65),
                    (1, 40, 70), (50, 30, 1)):     # one row or column: gemv
        for ka, kb, kc in itertools.product(("rows", "cols", "apart", "reversed"), repeat=3):
            (ba, pa), (bb, pb), (bc, pc) = operand(M, K, ka, dt, rng), operand(K, N, kb, dt, rng), operand(M, N, kc, dt, rng)
            a, b = view(ba, pa).astype(np.float64), view(bb, pb).astype(np.float64)
            assert a.shape == (M, K) and b.shape == (K, N) and view(bc, pc).shape == (M, N)
            outside = bc.copy()
            run(ba, pa, bb, pb, bc, pc)
            mask = np.ones(bc.shape, bool)
            view(mask, pc)[...] = False                     # elements outside c are untouched
            cases += 1
            if not (np.allclose(view(bc, pc), a @ b, rtol=tol, atol=tol) and (bc[mask] == outside[mask]).all()):
                bad += 1
                print("mismatch", dt.__name__, M, K, N, ka, kb, kc)


@numba.njit
def run_c(a, b, c):
    blas.gemm(a, b, c)


for dt in (np.float32, np.float64):     # C-contiguous and Fortran-ordered operands
    a, b = rng.standard_normal((3, 4)).astype(dt), rng.standard_normal((4, 5)).astype(dt)
    for bb in (b, np.asfortranarray(b)):
        c = np.empty((3, 5), dt)
        run_c(a, bb, c)
        cases += 1
        bad += not np.allclose(c, a.astype(np.float64) @ b, rtol=1e-4, atol=1e-4)
# every layout calls one compile of the helper per dtype (kernels/linkage.any_layout)
print(f"backend: {blas.BACKEND}; signatures: {len(run.signatures)}; "
      f"helper compiles: {len(blas._gemm_any.signatures)}; cases: {cases}; mismatches: {bad}")
'''


@pytest.mark.parametrize("backend", ["default", "scipy"])
def test_gemm_layouts(backend, tmp_path):
    env = dict(os.environ, ONNXJIT_CACHE_DIR=str(tmp_path))
    if backend == "scipy":
        env["ONNXJIT_BLAS"] = "scipy"
    r = subprocess.run([sys.executable, "-c", CHECK], env=env, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-3000:]
    last = r.stdout.strip().splitlines()[-1]
    assert last.endswith("cases: 1284; mismatches: 0"), r.stdout[-3000:]
    assert ("scipy-openblas64" in last) == (backend == "default"), last
    assert "signatures: 2;" in last and "helper compiles: 2;" in last, last


def test_own_blas_single_threaded():
    """The session's BLAS runs one thread (kernels split work over Numba's threads)."""
    from onnxjit import threads
    from onnxjit.kernels.cpu import blas
    threads.set_intra_op_threads(2)
    if blas._SET_THREADS is None:
        pytest.skip("scipy-openblas64 not installed")
    from threadpoolctl import threadpool_info
    own = [i for i in threadpool_info() if "scipy_openblas64" in i["filepath"].replace("-", "_")
           and "numpy" not in i["filepath"]]
    assert own and all(i["num_threads"] == 1 for i in own), own


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="dlopen namespaces")
def test_own_blas_leaks_no_symbols():
    """Our OpenBLAS is loaded RTLD_LOCAL: its unprefixed ILP64 LAPACK helpers (droundup_lwork_)
    must not take the place of SciPy's LP64 ones (scipy.linalg.lstsq read a garbage workspace
    size when the package's own import loaded it RTLD_GLOBAL)."""
    code = ("import ctypes, numpy as np, scipy.linalg\n"
            "from onnxjit.kernels.cpu import blas\n"
            "assert blas._SET_THREADS is not None, blas.BACKEND\n"
            "assert not hasattr(ctypes.CDLL(None), 'droundup_lwork_')\n"
            "a = np.random.default_rng(0).random((20, 3))\n"
            "x = scipy.linalg.lstsq(a, a @ [1.0, 2.0, 3.0])[0]\n"
            "assert np.allclose(x, [1, 2, 3]), x\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    if "AssertionError: numba np.dot" in r.stderr:
        pytest.skip("scipy-openblas64 not installed")
    assert r.returncode == 0, r.stderr[-3000:]
