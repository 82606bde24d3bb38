"""ImageDecoder (opset 20): encoded bytes -> an (H, W, C) uint8 image, on the host.

Decoding JPEG/PNG/BMP/TIFF/WebP/JPEG 2000/PNM is the work of an image codec library,
not of generated loops: Pillow (the library ONNX's reference implementation uses) does it.
The output size depends on the data, which is what host ops are for.
"""
from __future__ import annotations

import io

import numpy as np

from onnxjit.errors import InvalidArgument
from .. import ir
from ..registry import HOST, OpDef, register

_CHANNELS = {"RGB": 3, "BGR": 3, "Grayscale": 1}


def _infer(ctx):
    fmt = ctx.attr("pixel_format", "RGB")
    if fmt not in _CHANNELS:
        raise InvalidArgument(f"{ctx.label}: pixel_format {fmt!r} is not one of {sorted(_CHANNELS)}")
    return [ir.TensorType(np.dtype(np.uint8), (ctx.fresh_dim(), ctx.fresh_dim(), _CHANNELS[fmt]))]


def _run(ctx, encoded):
    try:
        import PIL.Image
    except ImportError:  # pragma: no cover - Pillow is a dependency
        raise InvalidArgument(f"{ctx.label}: ImageDecoder needs the Pillow package") from None
    fmt = ctx.attr("pixel_format", "RGB")
    try:
        img = PIL.Image.open(io.BytesIO(np.ascontiguousarray(encoded).tobytes()))
        img = img.convert("L" if fmt == "Grayscale" else "RGB")
    except Exception as e:
        raise InvalidArgument(f"{ctx.label}: the input is not an image Pillow can decode: {e}") from None
    out = np.asarray(img, dtype=np.uint8)
    if fmt == "Grayscale":
        out = out[:, :, None]
    elif fmt == "BGR":
        out = out[:, :, ::-1]
    return [np.ascontiguousarray(out)]


register(OpDef("ImageDecoder", 20, HOST, _infer, run=_run, dtypes=(np.uint8,)))
