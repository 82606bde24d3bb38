"""kernels/cpu/fastmath.py: float32 exp/tanh/sigmoid/erf against float64 NumPy/SciPy.

Tolerances are the ones the module's docstring promises, checked on a dense grid over the
whole float32 range where the function is not saturated, plus the special values."""
import math

import numpy as np
import pytest
from numba import njit

from onnxjit.kernels.cpu import fastmath as fm

scipy_special = pytest.importorskip("scipy.special")


@njit  # (not cache=True: Numba would not see fastmath.py change, only this file)
def _apply_all(x, out):
    for i in range(x.size):
        out[0, i] = fm.exp32(x[i])
        out[1, i] = fm.tanh32(x[i])
        out[2, i] = fm.sigmoid32(x[i])
        out[3, i] = fm.erf32(x[i])
        out[4, i] = fm.gelu32(x[i])
        out[5, i] = fm.gelu_tanh32(x[i])
        out[6, i] = fm.expneg32(x[i])


def _run(x):
    x = np.asarray(x, np.float32)
    out = np.empty((7, x.size), np.float32)
    _apply_all(x, out)
    return dict(zip(["exp", "tanh", "sigmoid", "erf", "gelu", "gelu_tanh", "expneg"], out))


GRID = np.concatenate([np.linspace(-100, 100, 400001), np.linspace(-3, 3, 200001),
                       np.float32(1e-30) * np.arange(-5, 6)]).astype(np.float32)


def _ulp_err(got, ref):
    ref32 = ref.astype(np.float32)
    return np.abs(got.astype(np.float64) - ref) / np.spacing(np.abs(ref32)).astype(np.float64)


def test_exp32_within_2_ulp_in_normal_range():
    got = _run(GRID)["exp"]
    ref = np.exp(GRID.astype(np.float64))
    normal = (GRID > -87.3) & (GRID < 88.7)
    assert _ulp_err(got[normal], ref[normal]).max() <= 2
    assert np.all(got[GRID > 88.73] == np.inf)
    assert np.all(got[GRID < -87.34] == 0)
    # expneg32 (x <= 0 only): exp32's results there
    neg = GRID <= 0
    got_neg = _run(GRID[neg])["expneg"]
    assert _ulp_err(got_neg[normal[neg]], ref[neg][normal[neg]]).max() <= 2
    assert np.all(got_neg[GRID[neg] < -87.34] == 0)


def test_tanh_sigmoid_erf_accuracy():
    r = _run(GRID)
    xd = GRID.astype(np.float64)
    assert np.abs(r["tanh"] - np.tanh(xd)).max() <= 4e-7
    assert np.abs(r["erf"] - scipy_special.erf(xd)).max() <= 3.5e-7
    sig = scipy_special.expit(xd)
    tiny = sig < 1.2e-38          # below float32's normal range: flushed to 0
    assert _ulp_err(r["sigmoid"][~tiny], sig[~tiny]).max() <= 3
    # x (1 + f(x)) / 2: f's absolute error scaled by |x| (1 + f cancels for large negative x)
    gelu = 0.5 * xd * (1 + scipy_special.erf(xd / math.sqrt(2)))
    tol = lambda ref: 1e-5 * np.abs(ref) + 5e-7 * np.maximum(1, np.abs(xd))
    assert np.all(np.abs(r["gelu"] - gelu) <= tol(gelu))
    k = math.sqrt(2 / math.pi)
    gelu_t = 0.5 * xd * (1 + np.tanh(k * (xd + 0.044715 * xd ** 3)))
    assert np.all(np.abs(r["gelu_tanh"] - gelu_t) <= tol(gelu_t))
    # odd functions stay odd, and tiny inputs keep their relative accuracy
    assert np.array_equal(r["tanh"][GRID < 0], -_run(-GRID[GRID < 0])["tanh"])
    t = np.float32(1e-30) * np.arange(1, 6)
    assert np.allclose(_run(t)["tanh"], t, rtol=1e-6) and np.allclose(_run(t)["erf"], t * 2 / math.sqrt(math.pi), rtol=1e-6)


def test_special_values():
    r = _run([np.nan, np.inf, -np.inf, 0.0])
    assert np.isnan(r["exp"][0]) and np.isnan(r["tanh"][0]) and np.isnan(r["sigmoid"][0]) and np.isnan(r["erf"][0])
    assert list(r["exp"][1:]) == [np.inf, 0.0, 1.0]
    assert np.isnan(r["expneg"][0]) and list(r["expneg"][2:]) == [0.0, 1.0]
    assert list(r["tanh"][1:]) == [1.0, -1.0, 0.0]
    assert list(r["sigmoid"][1:]) == [1.0, 0.0, 0.5]
    assert list(r["erf"][1:]) == [1.0, -1.0, 0.0]
