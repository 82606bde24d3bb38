"""The model tests that ship in the onnx package's backend test data (`simple`,
`pytorch-converted`, `pytorch-operator`): each model with its input/output .pb files, compared
with the case's tolerances (rtol 1e-3, atol 1e-7) by the conformance comparison rules."""
import glob
import os

import onnx
import pytest
from onnx import numpy_helper
from onnx.backend.test.loader import load_model_tests

import onnxjit
from onnxjit import conformance

KINDS = ["simple", "pytorch-converted", "pytorch-operator"]
CASES = [c for kind in KINDS for c in load_model_tests(kind=kind)]


def _read_pb(path):
    """A TensorProto, SequenceProto or OptionalProto file as numpy / list / None."""
    data = open(path, "rb").read()
    for proto_type, convert in ((onnx.TensorProto, numpy_helper.to_array),
                                (onnx.SequenceProto, numpy_helper.to_list),
                                (onnx.OptionalProto, numpy_helper.to_optional)):
        p = proto_type()
        try:
            p.ParseFromString(data)
        except Exception:
            continue
        if proto_type is onnx.TensorProto and (p.dims or p.raw_data or p.float_data or p.int64_data
                                               or p.int32_data or p.string_data or p.double_data):
            return convert(p)
        if proto_type is onnx.SequenceProto and p.elem_type:
            return convert(p)
        if proto_type is onnx.OptionalProto and p.elem_type:
            return convert(p)
    return numpy_helper.to_array(onnx.TensorProto.FromString(data))


@pytest.mark.parametrize("case", CASES, ids=[f"{os.path.basename(os.path.dirname(c.model_dir))}/{c.name}"
                                              for c in CASES])
def test_onnx_model_test(case):
    model_path = os.path.join(case.model_dir, "model.onnx")
    model = onnx.load(model_path)
    sess = onnxjit.InferenceSession(model_path)
    feeds_names = [i.name for i in model.graph.input if i.name not in {t.name for t in model.graph.initializer}]
    for ds in sorted(glob.glob(os.path.join(case.model_dir, "test_data_set_*"))):
        inputs = [_read_pb(p) for p in sorted(glob.glob(os.path.join(ds, "input_*.pb")),
                                             key=lambda p: int(p.rsplit("_", 1)[1][:-3]))]
        outputs = [_read_pb(p) for p in sorted(glob.glob(os.path.join(ds, "output_*.pb")),
                                              key=lambda p: int(p.rsplit("_", 1)[1][:-3]))]
        got = sess.run(None, dict(zip(feeds_names, inputs)))
        conformance.assert_similar_outputs(outputs, list(got), case.rtol, case.atol,
                                           names=[o.name for o in model.graph.output])
