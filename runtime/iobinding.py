"""IOBinding: inputs and outputs bound to buffers ahead of a run.

A caller's output buffer (bind_output with a buffer_ptr, or bind_ortvalue_output) is written
in place: compiled steps write their results straight into it.  An output bound to a device
only is allocated by the run and read back with get_outputs() / copy_outputs_to_cpu().
"""
from __future__ import annotations

from typing import Optional

import numpy as np

from .errors import InvalidArgument, RuntimeException
from .ortvalue import OrtValue, array_at, check_device, element_dtype


class IOBinding:
    """Made by InferenceSession.io_binding()."""

    def __init__(self, session):
        self._session = session
        self._inputs: dict[str, np.ndarray] = {}
        self._outputs: dict[str, Optional[np.ndarray]] = {}   # None: the run allocates it
        self._numpy_obj_references: dict[str, object] = {}
        self._out_refs: dict[str, OrtValue] = {}
        self._results: list[OrtValue] = []

    # ---- inputs
    def _check_input_name(self, name: str) -> None:
        if name not in self._session._input_names and name not in self._session._overridable:
            raise RuntimeException(f"Error when binding input: Failed to find input name in the mapping: {name}")

    def bind_cpu_input(self, name: str, arr_on_cpu) -> None:
        """Bind an input to an array on the CPU (its memory, when C-contiguous)."""
        self._check_input_name(name)
        self._numpy_obj_references[name] = arr_on_cpu
        self._inputs[name] = np.asarray(arr_on_cpu)

    def bind_input(self, name: str, device_type, device_id, element_type, shape, buffer_ptr) -> None:
        """Bind an input to memory at `buffer_ptr` holding `shape` elements of `element_type`
        (a NumPy type or an ONNX element type) on `device_type` ('cpu')."""
        check_device(device_type, device_id)
        self._check_input_name(name)
        self._inputs[name] = array_at(buffer_ptr, shape, element_dtype(element_type))

    def bind_ortvalue_input(self, name: str, ortvalue: OrtValue) -> None:
        self._check_input_name(name)
        self._numpy_obj_references[name] = ortvalue
        self._inputs[name] = ortvalue.numpy()

    def synchronize_inputs(self) -> None:
        """Nothing to wait for: onnxjit's values are on the CPU."""

    def clear_binding_inputs(self) -> None:
        for name in self._inputs:
            self._numpy_obj_references.pop(name, None)
        self._inputs.clear()

    # ---- outputs
    def bind_output(self, name: str, device_type="cpu", device_id=0, element_type=None, shape=None,
                    buffer_ptr=None) -> None:
        """With `buffer_ptr` (and `element_type`, `shape`): runs write this output into that memory.
        Without: runs allocate it on `device_type`."""
        check_device(device_type, device_id)
        if buffer_ptr is None:
            self._outputs[name] = None
            return
        if element_type is None or shape is None:
            raise ValueError("`element_type` and `shape` are to be provided if pre-allocated memory is provided")
        self._outputs[name] = array_at(buffer_ptr, shape, element_dtype(element_type))

    def bind_ortvalue_output(self, name: str, ortvalue: OrtValue) -> None:
        self._outputs[name] = ortvalue.numpy()
        self._out_refs[name] = ortvalue

    def synchronize_outputs(self) -> None:
        """Nothing to wait for: onnxjit's values are on the CPU."""

    def clear_binding_outputs(self) -> None:
        self._outputs.clear()
        self._out_refs = {}
        self._results = []

    def get_outputs(self) -> list[OrtValue]:
        """The OrtValues of the bound outputs from the last run (a caller's buffer is its own memory)."""
        return list(self._results)

    def get_outputs_as_ortvaluevector(self) -> list[OrtValue]:
        return list(self._results)

    def copy_outputs_to_cpu(self) -> list[np.ndarray]:
        """The outputs of the last run as NumPy arrays (copies)."""
        return [v.numpy().copy() for v in self._results]

    # ---- the run (InferenceSession.run_with_iobinding)
    def _run(self, run_options=None) -> None:
        sess = self._session
        if not self._outputs:
            raise RuntimeException("Error in execution: At least one output should be requested.")
        for name in self._outputs:
            if name not in sess._output_names:
                raise RuntimeException(f"Error in execution: Invalid output name: {name}")
        for name, buf in self._outputs.items():
            t = sess._declared.get(name)
            if buf is not None and t is not None and buf.dtype != t.dtype:
                from .session import _ort_type
                raise RuntimeException(f"Error in execution: Unexpected output data type. Actual: "
                                       f"(tensor({_ort_type(buf.dtype)})) , expected: (tensor({_ort_type(t.dtype)}))")
        names = list(self._outputs)
        out = {n: b for n, b in self._outputs.items() if b is not None}
        try:
            results = sess._run(names, dict(self._inputs), run_options, out=out or None)
        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
        self._results = [self._out_refs[n] if n in self._out_refs else OrtValue(r) for n, r in zip(names, results)]
