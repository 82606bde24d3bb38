"""Exception classes, named as onnxruntime's (onnxruntime.capi.onnxruntime_pybind11_state).

This is the one leaf module of the runtime that the compiler may import.
"""


class OnnxJitError(Exception):
    """Base class of every error onnxjit raises on purpose."""


class Fail(OnnxJitError, RuntimeError):
    pass


class InvalidArgument(OnnxJitError, ValueError):
    """A feed, an option or an argument is wrong (name, dtype, rank, dim...)."""


class NoSuchFile(OnnxJitError, FileNotFoundError):
    pass


class NoModel(OnnxJitError):
    pass


class InvalidProtobuf(OnnxJitError, ValueError):
    """The model bytes do not parse as an ONNX ModelProto."""


class InvalidGraph(OnnxJitError, ValueError):
    """The graph is malformed: undefined inputs, cycles, bad attributes, failed inference."""


class NotImplemented(OnnxJitError, NotImplementedError):  # noqa: A001 - onnxruntime's name
    """No provider supports an op (domain, type, opset) or a dtype of it."""


class RuntimeException(OnnxJitError, RuntimeError):
    """A failure while running: an index out of range, a terminated run..."""


class EPFail(OnnxJitError, RuntimeError):
    pass


class ModelLoaded(OnnxJitError):
    pass


UnsupportedOp = NotImplemented


class NotFound(OnnxJitError, LookupError):
    pass


class EngineError(OnnxJitError, RuntimeError):
    pass


class ModelLoadCanceled(OnnxJitError):
    pass


class ModelRequiresCompilation(OnnxJitError):
    pass


class DeviceReset(OnnxJitError, RuntimeError):
    pass


# Every class onnxruntime.capi.onnxruntime_pybind11_state defines, by its name.
ORT_ERRORS = ("DeviceReset", "EPFail", "EngineError", "Fail", "InvalidArgument", "InvalidGraph", "InvalidProtobuf",
              "ModelLoadCanceled", "ModelLoaded", "ModelRequiresCompilation", "NoModel", "NoSuchFile", "NotFound",
              "NotImplemented", "RuntimeException")
