"""onnxjit: ONNX models compiled into fused Numba code, behind ONNX Runtime's Python API.

    import onnxjit as ort
    sess = ort.InferenceSession("model.onnx")
    outputs = sess.run(None, {"input": x})
"""
from .threads import select_threading_layer as _select_threading_layer
from .errors import (DeviceReset, EngineError, EPFail, Fail, InvalidArgument, InvalidGraph,  # noqa: F401
                     InvalidProtobuf, ModelLoadCanceled, ModelLoaded, ModelRequiresCompilation, NoModel,
                     NoSuchFile, NotFound, NotImplemented, RuntimeException)
from .environment import (get_seed, set_default_logger_severity, set_default_logger_verbosity,  # noqa: F401
                          set_seed)
from .options import ExecutionMode, ExecutionOrder, GraphOptimizationLevel, RunOptions, SessionOptions  # noqa: F401
from .providers import get_all_providers, get_available_providers  # noqa: F401
from .session import InferenceSession, NodeArg, Session  # noqa: F401
from .metadata import ModelMetadata  # noqa: F401
from .ortvalue import OrtValue  # noqa: F401
from .iobinding import IOBinding  # noqa: F401
# beyond onnxruntime: custom ops written in Python; packed weights shared between sessions
from onnxjit.compiler.custom_ops import custom_op  # noqa: F401
from onnxjit.compiler.prepacked import PrepackedWeightsContainer  # noqa: F401

__version__ = "0.1.0"
_select_threading_layer()


def get_version_string() -> str:
    return __version__


def get_device() -> str:
    """The device this build runs on: 'CPU' (onnxruntime's answer for a CPU build)."""
    return "CPU"


def get_build_info() -> str:
    import numba
    return f"onnxjit {__version__}, numba {numba.__version__}"
