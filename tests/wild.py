"""Real ONNX models shipped inside PyPI wheels (silero-vad, magika, nudenet...), for tests that
compare onnxjit with onnxruntime on models from the wild.

`wheel_models(package)` runs `pip download --no-deps --only-binary=:all: PACKAGE` into a cache
outside the repository (ONNXJIT_WILD_CACHE, default ~/.cache/onnxjit-wild), reusing a wheel already
there, unzips it once and returns {path inside the wheel: absolute path of the .onnx file}.
When pip cannot reach the registry it raises `Unavailable` (tests turn that into a skip).
Several processes may ask at once (pytest-xdist's workers): the wheel and its unpacked folder
are made in private temporary places and renamed into the cache, so none reads half of one.
"""
from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys
import tempfile
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
    tmp = tempfile.mkdtemp(dir=CACHE, prefix=".download-")
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:", "--disable-pip-version-check",
           "--quiet", package, "-d", tmp]
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
        for whl in glob.glob(os.path.join(tmp, "*.whl")):
            os.replace(whl, os.path.join(CACHE, os.path.basename(whl)))
    except (OSError, subprocess.TimeoutExpired) as err:
        raise Unavailable(f"pip download {package} failed: {err}") from None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
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
    for _ in range(2):
        if os.path.exists(done):
            return out
        os.makedirs(os.path.dirname(out), exist_ok=True)
        tmp = tempfile.mkdtemp(dir=os.path.dirname(out), prefix=".unpack-")
        with zipfile.ZipFile(whl) as z:
            z.extractall(tmp)
        open(os.path.join(tmp, ".unpacked"), "w").close()
        try:
            os.rename(tmp, out)
        except OSError:         # there already: another process's, or a partial one left by a crash
            shutil.rmtree(tmp, ignore_errors=True)
            if not os.path.exists(done):
                shutil.rmtree(out, ignore_errors=True)
    return out


def wheel_models(package: str) -> dict[str, str]:
    root = wheel_dir(package)
    return {os.path.relpath(p, root): p
            for p in sorted(glob.glob(os.path.join(root, "**", "*.onnx"), recursive=True))}


# ---------------------------------------------------------------- realistic inputs (tests and bench/)

def speech(n: int, sr: int = 16000, seed: int = 0):
    """Speech-like audio for silero-vad: a voiced harmonic tone with a syllable envelope, then
    silence, plus noise; float32 [n]."""
    import numpy as np
    rng = np.random.default_rng(seed)
    t = np.arange(n) / sr
    f0 = 140 + 30 * np.sin(2 * np.pi * 3 * t)
    phase = 2 * np.pi * np.cumsum(f0) / sr
    voiced = sum(np.sin(k * phase) / k for k in range(1, 8))
    env = np.clip(np.sin(2 * np.pi * 4 * t), 0, None) * (t < n / sr * 0.6)
    return (0.3 * voiced * env + 0.01 * rng.standard_normal(n)).astype(np.float32)


def magika_features(data: bytes, beg: int = 1024, end: int = 1024, pad: int = 256):
    """magika's model input for one file: its first and last 1024 bytes (stripped), padded with 256."""
    import numpy as np
    data = data.strip()
    b = list(data[:beg]) + [pad] * max(0, beg - len(data))
    e = [pad] * max(0, end - len(data)) + list(data[-end:] if data else [])
    return np.array(b + e[-end:], np.int32)


def smooth_image(h: int, w: int):
    """A smooth synthetic RGB image in [0, 1] with one bright block: 1x3xHxW float32 (nudenet)."""
    import numpy as np
    yy, xx = np.mgrid[0:h, 0:w] / max(h, w)
    img = np.stack([0.5 + 0.4 * np.sin(6 * xx + 2 * c) * np.cos(4 * yy - c) for c in range(3)])
    img[:, h // 4: h // 2, w // 3: 2 * w // 3] = [[[0.9]], [[0.7]], [[0.6]]]
    return img[None].astype(np.float32)
