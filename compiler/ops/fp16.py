"""float16 / bfloat16 (and float8) for the float32 KERNEL ops, without new kernel variants.

Compiled code holds these types as their bit patterns (ir.storage_dtype).  A wrapped
op's emit writes, around the unchanged float32 kernel call:

    h0 = k_fp16.dec_f16(in0)                  # every such input -> a float32 temporary
    h1 = np.empty(out0.size, np.float32)      # every such output -> a float32 temporary
    <the float32 kernel call, reading h0 and writing h1>
    k_fp16.enc_f16(h1, out0)                  # rounded back to the type (nearest even)

so every op registered with float32 in its `dtypes` gains these types: Conv, Gemm,
MatMul, pools, Softmax, Layer/Group/RMS normalization, Attention...  Results are
computed in float32 and rounded once, as onnxruntime's CPU provider does for most of
them.  This module wraps the table when it loads, so ops/__init__.py loads it after every family.
"""
from __future__ import annotations

import dataclasses

import ml_dtypes
import numpy as np

from .. import ir
from ..registry import KERNEL, _TABLE

HALF = (np.dtype(np.float16), np.dtype(ml_dtypes.bfloat16))
_FLOAT_CODECS = ("f16", "bf16", "e4m3fn", "e4m3fnuz", "e5m2", "e5m2fnuz", "e2m1", "e8m0")


def _codec(t):
    if t is None:
        return None
    c = ir.codec(t.dtype)
    return c if c in _FLOAT_CODECS else None


class _HalfEmitter:
    """A KernelEmitter whose inputs and outputs of types held as bits read as float32 temporaries."""

    def __init__(self, e, tin: dict, tout: dict):
        self._e, self._tin, self._tout = e, tin, tout

    def __getattr__(self, name):
        return getattr(self._e, name)

    @staticmethod
    def _nd(var, dims):
        if not dims:
            return f"{var}[:1]"
        return f"{var}.reshape(({', '.join(dims)}{',' if len(dims) == 1 else ''}))"

    def flat(self, i):
        return self._tin[i] if i in self._tin else self._e.flat(i)

    def flat_out(self, j=0):
        return self._tout[j] if j in self._tout else self._e.flat_out(j)

    def arr(self, i, shape=None):
        if i not in self._tin:
            return self._e.arr(i, shape)
        return self._nd(self._tin[i], self._e.dims(i) if shape is None else shape)

    def out(self, j=0, shape=None):
        if j not in self._tout:
            return self._e.out(j, shape)
        return self._nd(self._tout[j], self._e.out_dims(j) if shape is None else shape)

    def none(self, dtype, ndim=1):
        return self._e.none(ir.compute_dtype(dtype), ndim)


def half_emit(emit):
    """Wrap a float32 op's emit so that it runs on types held as bits via float32 temporaries."""
    def wrapped(ctx, e):
        ins = {i: _codec(t) for i, t in enumerate(ctx.inputs) if e.has_input(i) and _codec(t)}
        outs = {j: _codec(t) for j, t in enumerate(ctx.outputs or []) if t is not None
                and j < len(ctx.node.outputs) and ctx.node.outputs[j] and _codec(t)}
        if not ins and not outs:
            return emit(ctx, e)
        from ..codegen import compute_ctx
        k = e.kernel("fp16")
        # names unique in the step and stable across sessions (the step source is cached by hash)
        n = e.flat_out(next(j for j, o in enumerate(ctx.node.outputs) if o))
        tin, tout = {}, {}
        for i, c in ins.items():
            tin[i] = f"h_{n}_i{i}"
            e.line(f"{tin[i]} = {k}.dec_{c}({e.flat(i)})")
        for j in outs:
            tout[j] = f"h_{n}_o{j}"
            e.line(f"{tout[j]} = np.empty({e.flat_out(j)}.size, np.float32)")
        emit(compute_ctx(ctx), _HalfEmitter(e, tin, tout))
        for j, c in outs.items():
            e.line(f"{k}.enc_{c}({tout[j]}, {e.flat_out(j)})")
    wrapped.__wrapped_half__ = True
    return wrapped


def extend(opdef):
    """float16/bfloat16 for one float32 KERNEL op def (in place)."""
    if opdef.kind != KERNEL or opdef.emit is None or getattr(opdef.emit, "__wrapped_half__", False):
        return
    if opdef.dtypes is None:
        return
    dts = [np.dtype(d) for d in opdef.dtypes]
    if np.dtype(np.float32) not in dts or any(d.name in ("float16", "bfloat16") for d in dts):
        return
    opdef.dtypes = tuple(opdef.dtypes) + HALF
    opdef.emit = half_emit(opdef.emit)


def extend_all() -> None:
    for versions in list(_TABLE.values()):
        for d in versions:
            extend(d)


extend_all()
