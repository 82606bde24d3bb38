"""OrtValue: a tensor and the device it lives on (onnxjit's values live on the CPU).

As onnxruntime's, an OrtValue made from a NumPy array on the CPU shares its memory
(`numpy()` returns a view of it, `data_ptr()` is the array's address), and
`update_inplace` writes into that memory.
"""
from __future__ import annotations

import ctypes
from typing import Sequence

import numpy as np

from onnxjit.compiler import ir
from .errors import InvalidArgument, RuntimeException

_DEVICES = ("cpu", "cuda", "cann", "dml", "gpu", "npu", "webgpu")


def element_dtype(element_type) -> np.dtype:
    """A NumPy type or an ONNX TensorProto element type -> the NumPy dtype."""
    if isinstance(element_type, (int, np.integer)) and not isinstance(element_type, bool):
        try:
            return ir.np_dtype(int(element_type))
        except TypeError as e:
            raise InvalidArgument(str(e)) from None
    try:
        return np.dtype(element_type)
    except TypeError:
        raise InvalidArgument(f"Unsupported element type {element_type!r}") from None


def check_device(device_type: str, device_id: int = 0) -> str:
    d = str(device_type).lower()
    if d == "cpu":
        return d
    if d not in _DEVICES:
        raise InvalidArgument(f"Unsupported device type: {device_type}")
    raise RuntimeException("Can't allocate memory on the device using this package of onnxjit: "
                           f"only the cpu device is available (asked for {device_type}:{device_id}).")


def array_at(ptr: int, shape: Sequence[int], dtype) -> np.ndarray:
    """A C-contiguous array over caller memory at address `ptr` (no copy)."""
    dtype = np.dtype(dtype)
    shape = tuple(int(d) for d in shape)
    n = int(np.prod(shape, dtype=np.int64)) * dtype.itemsize
    if n == 0:
        return np.empty(shape, dtype)
    if not ptr:
        raise InvalidArgument("buffer_ptr is null")
    buf = (ctypes.c_char * n).from_address(int(ptr))
    return np.frombuffer(buf, dtype=dtype).reshape(shape)


class OrtValue:
    """A tensor value on a device.  Build one with the static factories."""

    def __init__(self, array: np.ndarray, device_type: str = "cpu", device_id: int = 0, owner=None):
        if not isinstance(array, np.ndarray):
            raise ValueError("`Provided ortvalue` needs to wrap a numpy.ndarray")
        self._array = array
        self._device = (device_type, int(device_id))
        self._owner = owner        # keeps the memory alive (the numpy object or the caller's buffer)

    # ---- factories
    @classmethod
    def ortvalue_from_numpy(cls, numpy_obj: np.ndarray, /, device_type="cpu", device_id=0, vendor_id=-1) -> "OrtValue":
        """An OrtValue over `numpy_obj` (its memory, when on the CPU and C-contiguous)."""
        check_device(device_type, device_id)
        arr = numpy_obj if isinstance(numpy_obj, np.ndarray) else np.asarray(numpy_obj)
        if not arr.flags.c_contiguous:
            arr = np.ascontiguousarray(arr)
        return cls(arr, "cpu", device_id, owner=numpy_obj)

    @classmethod
    def ortvalue_from_numpy_with_onnx_type(cls, data: np.ndarray, /, onnx_element_type: int) -> "OrtValue":
        """An OrtValue over `data`'s memory, read as ONNX type `onnx_element_type` (same item size)."""
        dt = element_dtype(onnx_element_type)
        if dt.itemsize != data.dtype.itemsize:
            raise InvalidArgument(f"Element size mismatch: {data.dtype} ({data.dtype.itemsize} bytes) cannot be "
                                  f"read as {dt} ({dt.itemsize} bytes)")
        return cls(np.ascontiguousarray(data).view(dt), "cpu", 0, owner=data)

    @classmethod
    def ortvalue_from_shape_and_type(cls, shape: Sequence[int], element_type, device_type: str = "cpu",
                                     device_id: int = 0, vendor_id: int = -1, memory_info=None) -> "OrtValue":
        """A new tensor of `shape` and `element_type` (a NumPy type or an ONNX element type)."""
        check_device(device_type, device_id)
        if any(int(d) < 0 for d in shape):
            raise InvalidArgument(f"Invalid shape {list(shape)}: dims must be >= 0")
        return cls(np.empty(tuple(int(d) for d in shape), element_dtype(element_type)), "cpu", device_id)

    @classmethod
    def from_dlpack(cls, data, /) -> "OrtValue":
        return cls(np.from_dlpack(data), "cpu", 0, owner=data)

    # ---- accessors
    def data_ptr(self) -> int:
        """The address of the first element of the data buffer."""
        return int(self._array.ctypes.data)

    def device_name(self) -> str:
        return self._device[0]

    def shape(self) -> list[int]:
        return list(self._array.shape)

    def data_type(self) -> str:
        """E.g. 'tensor(float)'."""
        try:
            return f"tensor({ir.ort_type_name(self._array.dtype)})"
        except KeyError:
            return f"tensor({self._array.dtype})"

    def element_type(self) -> int:
        """The ONNX TensorProto element type."""
        return ir.onnx_elem_type(self._array.dtype)

    def tensor_size_in_bytes(self) -> int:
        return int(self._array.nbytes)

    def has_value(self) -> bool:
        return True

    def is_tensor(self) -> bool:
        return True

    def is_sparse_tensor(self) -> bool:
        return False

    def is_tensor_sequence(self) -> bool:
        return False

    def numpy(self) -> np.ndarray:
        """The tensor as a NumPy array (a view of this OrtValue's memory)."""
        return self._array

    def __array__(self, dtype=None, copy=None) -> np.ndarray:
        arr = self._array
        if copy is not None:
            return np.array(arr, dtype=dtype, copy=copy)
        return arr if dtype is None else np.asarray(arr, dtype=dtype)

    def __dlpack__(self, *, stream=None):
        return self._array.__dlpack__()

    def __dlpack_device__(self):
        return self._array.__dlpack_device__()

    def update_inplace(self, data) -> None:
        """Copy `data` (a NumPy array or an OrtValue of as many elements) into this value's memory."""
        if isinstance(data, OrtValue):
            data = data._array
        if not isinstance(data, np.ndarray):
            raise TypeError("data must be a numpy.ndarray or an OrtValue.")
        if data.size != self._array.size or data.dtype.itemsize != self._array.dtype.itemsize:
            raise RuntimeException("The input size of numpy arrays does not match the size of the OrtValue.")
        if data.dtype == self._array.dtype:
            self._array[...] = data.reshape(self._array.shape)
        else:   # same item size, another type: the bytes, as onnxruntime copies them
            self._array[...] = np.ascontiguousarray(data).view(self._array.dtype).reshape(self._array.shape)

    def __repr__(self):
        return f"OrtValue({self.data_type()}, shape={self.shape()}, device={self._device[0]})"
