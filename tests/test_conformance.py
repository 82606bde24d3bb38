"""ONNX node conformance: every case listed in conformance_expected_pass.txt must pass.

The cases come from the installed onnx package (``onnxjit.conformance``
collects them once per test session). The runtime under test is onnxjit;
set ``ONNXJIT_CONFORMANCE_RUNTIME=onnxruntime`` to check the harness itself
against onnxruntime, and ``ONNXJIT_CONFORMANCE_EXPECTED=path`` to use another
expected-pass list.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import numpy as np
import pytest

HERE = Path(__file__).resolve().parent


def _load_conformance():
    # The harness is importable without onnxjit itself working: fall back to
    # loading the source file directly when the package does not import.
    try:
        from onnxjit import conformance

        return conformance
    except Exception:  # noqa: BLE001 - a broken package must not hide the harness
        path = HERE.parent / "runtime" / "conformance.py"
        name = "_onnxjit_conformance_standalone"
        if name in sys.modules:
            return sys.modules[name]
        spec = importlib.util.spec_from_file_location(name, path)
        mod = importlib.util.module_from_spec(spec)
        sys.modules[name] = mod
        spec.loader.exec_module(mod)
        return mod


conformance = _load_conformance()

RUNTIME = os.environ.get("ONNXJIT_CONFORMANCE_RUNTIME", "onnxjit")
EXPECTED_PATH = Path(os.environ.get("ONNXJIT_CONFORMANCE_EXPECTED", HERE / conformance.EXPECTED_FILE_NAME))
EXPECTED = conformance.read_expected(EXPECTED_PATH)


if EXPECTED:

    @pytest.mark.parametrize("case_name", EXPECTED, ids=EXPECTED)
    def test_conformance_case(case_name):
        # conformance.cases_by_name() is functools.cache'd: the 1884 cases are
        # collected once per test session, on the first case that runs.
        result = conformance.run_case(case_name, runtime=RUNTIME)
        assert result.status == "pass", f"{result.status}: {result.reason}"

else:

    def test_conformance_case():
        pytest.skip(
            f"{EXPECTED_PATH.name} lists no case yet; generate it with"
            " `python -m onnxjit.conformance --update-expected`"
        )


# --------------------------------------------------------------------------- the comparison itself


def _similar(ref, out, rtol=1e-3, atol=1e-7):
    conformance.assert_similar_outputs(ref, out, rtol, atol)


def test_compare_detects_mismatch():
    ref = [np.array([1.0, 2.0, 3.0], dtype=np.float32)]
    _similar(ref, [np.array([1.0, 2.0005, 3.0], dtype=np.float32)])  # within rtol
    with pytest.raises(AssertionError, match="output 0"):
        _similar(ref, [np.array([1.0, 2.1, 3.0], dtype=np.float32)])


def test_compare_nan_equals_nan():
    ref = [np.array([np.nan, 1.0], dtype=np.float32)]
    _similar(ref, [np.array([np.nan, 1.0], dtype=np.float32)])
    with pytest.raises(AssertionError):
        _similar(ref, [np.array([0.0, 1.0], dtype=np.float32)])


def test_compare_dtype_and_shape_must_match():
    with pytest.raises(AssertionError, match="dtype"):
        _similar([np.array([1, 2], dtype=np.int64)], [np.array([1, 2], dtype=np.int32)])
    with pytest.raises(AssertionError, match="shape"):
        _similar([np.zeros((2, 3), np.float32)], [np.zeros((3, 2), np.float32)])
    with pytest.raises(AssertionError, match="outputs"):
        _similar([np.zeros(2, np.float32)], [])


def test_compare_strings_sequences_optionals():
    s = np.array(["a", "b"], dtype=object)
    _similar([s], [np.array(["a", "b"], dtype=object)])
    with pytest.raises(AssertionError, match="strings differ"):
        _similar([s], [np.array(["a", "c"], dtype=object)])
    seq = [np.zeros(2, np.float32), np.ones(3, np.float32)]
    _similar([seq], [[np.zeros(2, np.float32), np.ones(3, np.float32)]])
    with pytest.raises(AssertionError, match="sequence"):
        _similar([seq], [[np.zeros(2, np.float32)]])
    _similar([None], [None])
    with pytest.raises(AssertionError, match="None"):
        _similar([None], [np.zeros(1, np.float32)])
    # numpy scalars in expected outputs compare as 0-d arrays
    _similar([np.float32(2.0)], [np.array(2.0, dtype=np.float32)])


# --------------------------------------------------------------------------- running a case (onnxruntime stand-in)


def _abs_case(expected_scale=1.0):
    import onnx
    from onnx import TensorProto, helper
    from onnx.backend.test.case.test_case import TestCase

    node = helper.make_node("Abs", ["x"], ["y"])
    graph = helper.make_graph(
        [node],
        "abs",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [3])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [3])],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 11  # above what onnxruntime takes: the harness lowers it
    x = np.array([-1.0, 2.0, -3.0], dtype=np.float32)
    assert isinstance(model, onnx.ModelProto)
    return TestCase(
        name="test_harness_abs",
        model_name="test_harness_abs",
        url=None,
        model_dir=None,
        model=model,
        data_sets=[([x], [np.abs(x) * expected_scale])],
        kind="node",
        rtol=1e-3,
        atol=1e-7,
    )


def test_run_case_statuses_with_onnxruntime():
    pytest.importorskip("onnxruntime")
    ok = conformance.run_case(_abs_case(), runtime="onnxruntime")
    assert ok.status == "pass", ok.reason
    bad = conformance.run_case(_abs_case(expected_scale=2.0), runtime="onnxruntime")
    assert bad.status == "fail" and "output 0" in bad.reason
    broken = _abs_case()
    broken.model.graph.node[0].op_type = "NoSuchOp"
    err = conformance.run_case(broken, runtime="onnxruntime")
    assert err.status == "error" and err.reason


def test_every_case_is_expected_to_pass_or_listed_as_a_failure_with_a_reason():
    failures = {}
    for line in (HERE / "conformance_expected_failures.txt").read_text().splitlines():
        if line.startswith("test_"):
            name, _, reason = line.partition("\t")
            assert reason.strip(), f"{name}: an expected failure needs its reason"
            failures[name] = reason
    names = {c.name for c in conformance.collect_cases()}
    passing = set(conformance.read_expected(HERE / conformance.EXPECTED_FILE_NAME))
    assert not passing & set(failures), "listed both as passing and failing"
    assert names == passing | set(failures), (sorted(names - passing - set(failures))[:10],
                                               sorted((passing | set(failures)) - names)[:10])
