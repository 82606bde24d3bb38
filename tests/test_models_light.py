"""The nine ONNX "light" model-zoo architectures that ship with the onnx package, against
onnxruntime.  Tolerance: rtol 1e-4, atol 1e-5 on every output (the issue's bar)."""
import os

import numpy as np
import onnx
import pytest

import onnxjit

ort = pytest.importorskip("onnxruntime")

LIGHT = os.path.join(os.path.dirname(onnx.__file__), "backend", "test", "data", "light")
MODELS = ["resnet50", "densenet121", "inception_v1", "inception_v2", "shufflenet", "squeezenet", "vgg19",
          "bvlc_alexnet", "zfnet512"]


@pytest.mark.parametrize("name", MODELS)
def test_light_model_matches_onnxruntime(name):
    path = os.path.join(LIGHT, f"light_{name}.onnx")
    sess = onnxjit.InferenceSession(path)
    model = onnx.load(path)
    model.ir_version = min(model.ir_version, 10)
    ref = ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    feeds = {}
    rng = np.random.default_rng(0)
    for i in ref.get_inputs():
        if i.name in [x.name for x in sess.get_inputs()]:
            feeds[i.name] = rng.standard_normal([d if isinstance(d, int) else 1 for d in i.shape]).astype(np.float32)
    got = sess.run(None, feeds)
    want = ref.run(None, feeds)
    assert [o.name for o in sess.get_outputs()] == [o.name for o in ref.get_outputs()]
    for g, w in zip(got, want):
        assert g.dtype == w.dtype and g.shape == w.shape
        np.testing.assert_allclose(g, w, rtol=1e-4, atol=1e-5)
