"""The `onnxjit` command (runtime/cli.py), called in-process through main([...])."""
import re

import onnx
import pytest

from onnxjit import cli
from helpers import pointwise_model


@pytest.fixture(scope="module")
def model_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "tiny.onnx"
    onnx.save_model(pointwise_model(), str(path))
    return str(path)


def test_run_prints_compile_time_and_latency(model_path, capsys):
    assert cli.main(["run", model_path, "--runs", "3", "--seed", "1"]) == 0
    out = capsys.readouterr().out
    assert f"model: {model_path}" in out
    m = re.search(r"session created in (\d+\.\d+) s \(compile (\d+\.\d+) s\): 3 nodes after optimization "
                  r"in 1 step\(s\), 1 fused groups", out)
    assert m, out
    assert float(m.group(2)) <= float(m.group(1))
    assert "input  x: float32[1, 4] (seeded random, seed 1)" in out
    assert "output y: float32[1, 4]" in out
    assert re.search(r"latency: first run \d+\.\d+ ms, median of 3 runs \d+\.\d+ ms", out), out


def test_inspect_prints_the_sections(model_path, capsys):
    assert cli.main(["inspect", model_path, "-v"]) == 0
    out = capsys.readouterr().out
    sections = ["== optimized graph", "== partitions", "== memory plan", "== generated source"]
    positions = [out.find(s) for s in sections]
    assert all(p >= 0 for p in positions) and positions == sorted(positions), out
    assert "3 nodes" in out and "ops: Add 1, Relu 1, Mul 1" in out
    assert "step 0 [compiled, CPUExecutionProvider] 3 nodes" in out
    assert "group 0 [pointwise] add_node (Add), relu_node (Relu), mul_node (Mul)" in out
    assert "arena:" in out
    assert "def step_0(" in out and "# add_node (Add)" in out


def test_missing_model_file_fails_with_a_message_not_a_traceback(tmp_path, capsys):
    assert cli.main(["run", str(tmp_path / "missing.onnx"), "--runs", "1"]) == 1
    err = capsys.readouterr().err
    assert "NoSuchFile" in err and "missing.onnx" in err and "Traceback" not in err


def test_unknown_command_exits_with_usage(capsys):
    with pytest.raises(SystemExit) as e:
        cli.main(["frobnicate"])
    assert e.value.code == 2
    assert "usage: onnxjit" in capsys.readouterr().err
