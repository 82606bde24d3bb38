"""onnxruntime.capi's layout, for code that imports the exception classes from there:
``from onnxjit.capi.onnxruntime_pybind11_state import Fail, InvalidArgument``."""
