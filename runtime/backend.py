"""ONNX's backend API (onnx.backend.base.Backend) over onnxjit, so that ONNX's backend test
runner can drive it::

    import onnx.backend.test
    import onnxjit.backend
    globals().update(onnx.backend.test.BackendTest(onnxjit.backend, __name__).enable_report().test_cases)

as onnxruntime.backend does for onnxruntime.
"""
from __future__ import annotations

import os

import numpy as np
import onnx
from onnx import helper
from onnx.backend.base import Backend, BackendRep

from .options import SessionOptions
from .session import InferenceSession

_ALLOWED_SESSION_OPTIONS = frozenset({
    "enable_cpu_mem_arena", "enable_mem_pattern", "enable_mem_reuse", "execution_mode", "execution_order",
    "graph_optimization_level", "inter_op_num_threads", "intra_op_num_threads", "log_severity_level",
    "log_verbosity_level", "logid", "use_deterministic_compute", "use_per_session_threads"})


class OnnxJitBackendRep(BackendRep):
    """A prepared model: run(inputs) with a list (in input order), a dict or one array."""

    def __init__(self, session: InferenceSession):
        self._session = session

    @property
    def session(self) -> InferenceSession:
        return self._session

    def run(self, inputs, **kwargs):
        names = [i.name for i in self._session.get_inputs()]
        if isinstance(inputs, dict):
            feeds = dict(inputs)
        elif isinstance(inputs, (list, tuple)):
            if len(inputs) != len(names):
                raise RuntimeError(f"Model expects {len(names)} inputs, got {len(inputs)}")
            feeds = dict(zip(names, inputs))
        elif isinstance(inputs, np.ndarray) and len(names) == 1:
            feeds = {names[0]: inputs}
        else:
            raise RuntimeError(f"Unexpected input type {type(inputs).__name__}")
        outs = self._session.run(None, feeds)
        if isinstance(inputs, dict):
            return {o.name: v for o, v in zip(self._session.get_outputs(), outs)}
        return outs


class OnnxJitBackend(Backend):
    @classmethod
    def is_compatible(cls, model, device=None, **kwargs) -> bool:
        return cls.supports_device(device or "CPU")

    @classmethod
    def supports_device(cls, device: str) -> bool:
        return str(device).upper() == "CPU"

    @classmethod
    def prepare(cls, model, device=None, **kwargs) -> OnnxJitBackendRep:
        """`model`: a ModelProto, a path, serialized bytes, an InferenceSession or a prepared rep.
        Keyword arguments set SessionOptions attributes (onnxruntime.backend's allowed ones)."""
        if isinstance(model, OnnxJitBackendRep):
            return model
        if isinstance(model, InferenceSession):
            return OnnxJitBackendRep(model)
        if device is not None and not cls.supports_device(device):
            raise RuntimeError(f"Incompatible device expected '{device}', got 'CPU'")
        if isinstance(model, onnx.ModelProto):
            onnx.checker.check_model(model)
            model = model.SerializeToString()
        elif not isinstance(model, (str, bytes, os.PathLike)):
            raise TypeError(f"Unable to prepare a model from {type(model).__name__}")
        options = SessionOptions()
        for k, v in kwargs.items():
            if k in _ALLOWED_SESSION_OPTIONS:
                setattr(options, k, v)
            elif hasattr(options, k):
                raise RuntimeError(f"SessionOptions attribute '{k}' is not permitted via the backend API. "
                                   f"Allowed attributes: {', '.join(sorted(_ALLOWED_SESSION_OPTIONS))}")
        sess = InferenceSession(model, sess_options=options, providers=["CPUExecutionProvider"])
        sess.disable_fallback()
        return OnnxJitBackendRep(sess)

    @classmethod
    def run_model(cls, model, inputs, device=None, **kwargs):
        return cls.prepare(model, device, **kwargs).run(inputs)

    @classmethod
    def run_node(cls, node, inputs, device=None, outputs_info=None, **kwargs):
        """Run one NodeProto on `inputs` (a list in the node's input order, or a dict by name).
        `outputs_info`: (dtype, shape) per output when known; `opset_version` picks the opset."""
        if isinstance(inputs, dict):
            inputs = [inputs[n] for n in node.input if n]
        names = [n for n in node.input if n]
        vis = []
        for name, value in zip(names, inputs):
            arr = np.asarray(value)
            vis.append(helper.make_tensor_value_info(name, helper.np_dtype_to_tensor_dtype(arr.dtype), arr.shape))
        outs = []
        for k, name in enumerate(o for o in node.output if o):
            if outputs_info and k < len(outputs_info):
                dt, shape = outputs_info[k]
                outs.append(helper.make_tensor_value_info(name, helper.np_dtype_to_tensor_dtype(np.dtype(dt)), shape))
            else:
                outs.append(helper.make_empty_tensor_value_info(name))
        graph = helper.make_graph([node], f"run_node_{node.op_type}", vis, outs)
        opset = kwargs.pop("opset_version", None) or onnx.defs.onnx_opset_version()
        domain = node.domain if node.domain not in ("", "ai.onnx") else ""
        imports = [helper.make_opsetid("", opset)] + ([helper.make_opsetid(domain, 1)] if domain else [])
        model = helper.make_model(graph, opset_imports=imports)
        model.ir_version = min(model.ir_version, onnx.IR_VERSION)
        sess = InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
        return sess.run(None, dict(zip(names, [np.asarray(v) for v in inputs])))


is_compatible = OnnxJitBackend.is_compatible
prepare = OnnxJitBackend.prepare
run = OnnxJitBackend.run_model
run_model = OnnxJitBackend.run_model
run_node = OnnxJitBackend.run_node
supports_device = OnnxJitBackend.supports_device
