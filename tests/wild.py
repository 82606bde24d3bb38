"""Real ONNX models shipped inside PyPI wheels (silero-vad, magika, nudenet...), for tests that
compare onnxjit with onnxruntime on models from the wild.

`wheel_models(package)` runs `pip download --no-deps --only-binary=:all: PACKAGE` into a cache
outside the repository (ONNXJIT_WILD_CACHE, default ~/.cache/onnxjit-wild), reusing a wheel already
there, unzips it once and returns {path inside the wheel: absolute path of the .onnx file}.
When pip cannot reach the registry it raises `Unavailable` (tests turn that into a skip).
"""
from __future__ import annotations

import glob
import os
import subprocess
import sys
import zipfile

CACHE = os.environ.get("ONNXJIT_WILD_CACHE", os.path.join(os.path.expanduser("~"), ".cache", "onnxjit-wild"))


class Unavailable(Exception):
    """The package's wheel could not be fetched (no network, registry down, no such wheel)."""


def _norm(name: str) -> str:
    return name.lower().replace("-", "_")


def _cached(package: str) -> list[str]:
    return sorted(f for f in glob.glob(os.path.join(CACHE, "*.whl"))
                  if _norm(os.path.basename(f).split("-")[0]) == _norm(package))


def wheel_path(package: str) -> str:
    os.makedirs(CACHE, exist_ok=True)
    found = _cached(package)
    if found:
        return found[-1]
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:", "--disable-pip-version-check",
           "--quiet", package, "-d", CACHE]
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as err:
        raise Unavailable(f"pip download {package} failed: {err}") from None
    found = _cached(package)
    if r.returncode != 0 or not found:
        tail = (r.stderr or r.stdout).strip().splitlines()[-3:]
        raise Unavailable(f"pip download {package} failed (the package registry may be unreachable): "
                          + " | ".join(tail))
    return found[-1]


def wheel_dir(package: str) -> str:
    whl = wheel_path(package)
    out = os.path.join(CACHE, "unpacked", os.path.basename(whl)[:-4])
    done = os.path.join(out, ".unpacked")
    if not os.path.exists(done):
        with zipfile.ZipFile(whl) as z:
            z.extractall(out)
        open(done, "w").close()
    return out


def wheel_models(package: str) -> dict[str, str]:
    root = wheel_dir(package)
    return {os.path.relpath(p, root): p
            for p in sorted(glob.glob(os.path.join(root, "**", "*.onnx"), recursive=True))}
