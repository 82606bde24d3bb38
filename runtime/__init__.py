"""onnxjit: ONNX models compiled into fused Numba code, behind ONNX Runtime's Python API.

    import onnxjit as ort
    sess = ort.InferenceSession("model.onnx")
    outputs = sess.run(None, {"input": x})
"""
from .errors import (EPFail, Fail, InvalidArgument, InvalidGraph, InvalidProtobuf, NoSuchFile,  # noqa: F401
                     NotImplemented, RuntimeException)
from .options import ExecutionMode, GraphOptimizationLevel, RunOptions, SessionOptions  # noqa: F401
from .providers import get_all_providers, get_available_providers  # noqa: F401
from .session import InferenceSession, NodeArg, Session  # noqa: F401
from .metadata import ModelMetadata  # noqa: F401

__version__ = "0.1.0"


def get_version_string() -> str:
    return __version__


def get_device() -> str:
    return "CPU"
