"""Real models from PyPI wheels (tests/wild.py fetches them) run through onnxjit and onnxruntime.

* silero-vad: every .onnx variant the wheel ships, streamed the way silero's OnnxWrapper feeds it:
  chunks of 512 samples at 16 kHz with 64 samples of context (576 inputs), the recurrent state
  (`state`, or `h`/`c` for the sequence model) fed back from one chunk to the next.
  Tolerance: atol 1e-4 on probabilities and states (float32 LSTM over several chunks).
* magika: byte features as magika prepares them (first and last 1024 bytes, padding token 256),
  int32 (N, 2048).  Tolerance: atol 1e-4 on the softmax scores.
* nudenet: the YOLOv8n-style 320x320 detector on a smooth synthetic image.  Tolerance: atol 2e-3
  on box coordinates (pixels, up to 320) and class scores, rtol 1e-4.

When pip cannot reach the registry the tests skip.  Each test prints the max abs difference.
"""
from __future__ import annotations

import numpy as np
import pytest

ort = pytest.importorskip("onnxruntime")

import onnxjit  # noqa: E402
from wild import Unavailable, magika_features, smooth_image, speech, wheel_models  # noqa: E402

CPU = ["CPUExecutionProvider"]


def _models(package):
    try:
        return wheel_models(package), None
    except Unavailable as err:
        return {}, str(err)


def _params(package):
    models, why = _models(package)
    if why:
        return [pytest.param(None, marks=pytest.mark.skip(reason=why), id="unavailable")]
    return [pytest.param(p, id=name.split("/")[-1][:-5], marks=[pytest.mark.xfail(reason=KNOWN[n], strict=False)]
                         if (n := name.split("/")[-1][:-5]) in KNOWN else [])
            for name, p in models.items()]


# Models that do not run yet, and why (remove an entry when it passes).
KNOWN: dict[str, str] = {}


def _max_diff(want, have, names, rtol, atol):
    worst = 0.0
    for n, w, h in zip(names, want, have):
        assert h.dtype == w.dtype, n
        assert h.shape == w.shape, (n, h.shape, w.shape)
        if w.size:
            worst = max(worst, float(np.max(np.abs(h.astype(np.float64) - w.astype(np.float64)))))
        np.testing.assert_allclose(h, w, rtol=rtol, atol=atol, err_msg=n)
    return worst


# ---------------------------------------------------------------- silero-vad

FEEDBACK = {"stateN": "state", "hn": "h", "cn": "c"}


@pytest.mark.parametrize("path", _params("silero-vad"))
def test_silero_vad(path):
    ref = ort.InferenceSession(path, providers=CPU)
    got = onnxjit.InferenceSession(path, providers=CPU)
    ins = {i.name: i for i in ref.get_inputs()}
    names = [o.name for o in ref.get_outputs()]
    chunk, ctx = 512, 64
    seq = "h" in ins        # silero_vad_16k_sequence: (frames, 576) per call, LSTM state h, c
    frames = 3 if seq else 1
    audio = speech(chunk * frames * 4 + ctx)
    state = {}
    if "state" in ins:
        state["state"] = np.zeros((2, 1, 128), np.float32)
    if seq:
        state["h"] = np.zeros((1, 1, 128), np.float32)
        state["c"] = np.zeros((1, 1, 128), np.float32)
    worst = 0.0
    for step in range(4):
        start = step * chunk * frames
        x = np.stack([audio[start + f * chunk: start + f * chunk + chunk + ctx] for f in range(frames)])
        feeds = {"input": x, **state}
        if "sr" in ins:
            feeds["sr"] = np.array(16000, np.int64)
        want = ref.run(None, feeds)
        have = got.run(None, feeds)
        worst = max(worst, _max_diff(want, have, names, rtol=1e-4, atol=1e-4))
        state = {FEEDBACK[n]: w for n, w in zip(names, want) if n in FEEDBACK}
    print(f"\n{path.split('/')[-1]}: max abs diff {worst:.3g}")


# ---------------------------------------------------------------- magika

@pytest.mark.parametrize("path", _params("magika"))
def test_magika(path):
    ref = ort.InferenceSession(path, providers=CPU)
    got = onnxjit.InferenceSession(path, providers=CPU)
    name = ref.get_inputs()[0].name
    rng = np.random.default_rng(1)
    samples = [open(__file__, "rb").read(), b"%PDF-1.4\n" + bytes(rng.integers(0, 256, 3000, dtype=np.uint8)),
               b'{"a": 1, "b": [1, 2, 3]}\n' * 3]
    x = np.stack([magika_features(s) for s in samples])
    names = [o.name for o in ref.get_outputs()]
    worst = 0.0
    for feats in (x, x[:1]):
        worst = max(worst, _max_diff(ref.run(None, {name: feats}), got.run(None, {name: feats}), names,
                                     rtol=1e-4, atol=1e-4))
    print(f"\nmagika {path.split('/')[-1]}: max abs diff {worst:.3g}")


# ---------------------------------------------------------------- nudenet

@pytest.mark.parametrize("path", _params("nudenet"))
def test_nudenet(path):
    ref = ort.InferenceSession(path, providers=CPU)
    got = onnxjit.InferenceSession(path, providers=CPU)
    name = ref.get_inputs()[0].name
    x = smooth_image(320, 320)
    names = [o.name for o in ref.get_outputs()]
    worst = _max_diff(ref.run(None, {name: x}), got.run(None, {name: x}), names, rtol=1e-4, atol=2e-3)
    print(f"\nnudenet {path.split('/')[-1]}: max abs diff {worst:.3g}")
