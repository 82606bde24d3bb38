"""Names as onnxruntime.capi.onnxruntime_pybind11_state exposes them: the exception classes
(defined in onnxjit.errors) and the API classes."""
from onnxjit.errors import (DeviceReset, EngineError, EPFail, Fail, InvalidArgument, InvalidGraph,  # noqa: F401
                            InvalidProtobuf, ModelLoadCanceled, ModelLoaded, ModelRequiresCompilation, NoModel,
                            NoSuchFile, NotFound, NotImplemented, RuntimeException)
from onnxjit.environment import (set_default_logger_severity, set_default_logger_verbosity,  # noqa: F401
                                 set_seed)
from onnxjit.metadata import ModelMetadata  # noqa: F401
from onnxjit.options import (ExecutionMode, ExecutionOrder, GraphOptimizationLevel, RunOptions,  # noqa: F401
                             SessionOptions)
from onnxjit.ortvalue import OrtValue  # noqa: F401
from onnxjit.providers import get_all_providers, get_available_providers  # noqa: F401
from onnxjit.session import InferenceSession, NodeArg  # noqa: F401


def get_device() -> str:
    return "CPU"


def get_version_string() -> str:
    import onnxjit
    return onnxjit.__version__
