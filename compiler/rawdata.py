"""Initializer bytes read straight out of the serialized model, without protobuf holding them.

Parsing a model with protobuf copies every initializer's raw_data into the parsed message,
and reading `TensorProto.raw_data` copies it again into a bytes object: with the file read,
three copies of the weights (ResNet-50: 3 x 100 MB, 0.35 s of a 1.1 s first session
creation, most of it the page faults of fresh memory).  Here the protobuf wire format is
walked as far as the main graph's initializers (ModelProto.graph -> GraphProto.initializer
-> TensorProto.raw_data), large raw_data fields are cut out of the bytes that protobuf then
parses, and each is copied once, from the file's pages, into the array that holds it.

Anything unexpected in the wire format (a group, a length past the end) only means the
model is parsed whole, as before: protobuf then reports what is wrong with it.
"""
from __future__ import annotations

import mmap
import sys
from typing import Optional

import numpy as np
import onnx

from onnxjit.errors import InvalidGraph
from . import ir

_GRAPH = onnx.ModelProto.DESCRIPTOR.fields_by_name["graph"].number
_FUNCTIONS = onnx.ModelProto.DESCRIPTOR.fields_by_name["functions"].number
_INITIALIZER = onnx.GraphProto.DESCRIPTOR.fields_by_name["initializer"].number
_RAW = onnx.TensorProto.DESCRIPTOR.fields_by_name["raw_data"].number
_LEN = 2                    # wire type of bytes and sub-messages
MIN_BYTES = 1 << 12         # smaller raw_data stays in the message: not worth a cut
# element types whose raw_data is the array's bytes as NumPy lays them out (little-endian)
_PLAIN = {getattr(onnx.TensorProto, n) for n in (
    "FLOAT", "DOUBLE", "FLOAT16", "INT8", "INT16", "INT32", "INT64", "UINT8", "UINT16", "UINT32", "UINT64",
    "BOOL")}


class _Malformed(Exception):
    pass


def _varint(buf, pos: int, end: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        if pos >= end or shift > 63:
            raise _Malformed
        b = buf[pos]
        pos += 1
        value |= (b & 0x7F) << shift
        if b < 0x80:
            return value, pos
        shift += 7


def _encode_varint(n: int) -> bytes:
    out = bytearray()
    while n >= 0x80:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)
    return bytes(out)


def _fields(buf, pos: int, end: int):
    """(field number, wire type, field start, value start, field end) of a message's fields."""
    while pos < end:
        start = pos
        key, pos = _varint(buf, pos, end)
        number, wire = key >> 3, key & 7
        if wire == 0:
            value = pos
            _, pos = _varint(buf, pos, end)
        elif wire == 1:
            value, pos = pos, pos + 8
        elif wire == _LEN:
            n, value = _varint(buf, pos, end)
            pos = value + n
        elif wire == 5:
            value, pos = pos, pos + 4
        else:                   # groups (deprecated), or not a protobuf
            raise _Malformed
        if pos > end:
            raise _Malformed
        yield number, wire, start, value, pos


def _submessage(number: int, parts: list) -> list:
    """Parts of a length-delimited field `number` whose value is the bytes of `parts`."""
    n = sum(len(p) for p in parts)
    return [_encode_varint(number << 3 | _LEN), _encode_varint(n)] + parts


class RawData:
    """The cut-out raw_data of the main graph's initializers: `spans[k]` = (offset, length)
    in `buf` of initializer k's bytes.  close() releases the file mapping."""

    def __init__(self, buf, spans: dict, owner=None):
        self.buf, self.spans, self._owner = buf, spans, owner

    def array(self, k: int, t: onnx.TensorProto, base_dir: Optional[str]) -> Optional[np.ndarray]:
        """Initializer k (TensorProto `t`, its raw_data cut out) as an array, or None when
        its raw_data was left in the message."""
        span = self.spans.get(k)
        if span is None:
            return None
        off, n = span
        if t.data_type not in _PLAIN or t.HasField("segment") or t.data_location == onnx.TensorProto.EXTERNAL:
            # what the plain copy below does not handle: the tensor as protobuf would have it
            from .load import tensor_to_array
            t.raw_data = bytes(self.buf[off:off + n])
            return tensor_to_array(t, base_dir)
        dtype = ir.np_dtype(t.data_type)
        shape = tuple(int(d) for d in t.dims)
        count = 1
        for d in shape:
            count *= d
        if any(d < 0 for d in shape) or count * dtype.itemsize != n:
            raise InvalidGraph(f"Initializer '{t.name}' cannot be read: its raw_data holds {n} bytes, its dims "
                               f"{list(shape)} of {dtype.name} need {count * dtype.itemsize}")
        arr = np.empty(shape, dtype)
        arr.reshape(-1).view(np.uint8)[:] = np.frombuffer(self.buf, np.uint8, n, off)
        arr.flags.writeable = False      # as protobuf's bytes give it
        return arr

    def close(self) -> None:
        buf, owner, self.buf, self._owner = self.buf, self._owner, None, None
        try:
            if isinstance(buf, memoryview):
                buf.release()
            if owner is not None:
                owner.close()
        except BufferError:     # a view still exported: the mapping goes when it does
            pass


def split(buf, owner=None) -> Optional[tuple[bytes, RawData]]:
    """(the model's bytes without its large initializer raw_data, RawData of them), or None
    when there is nothing to cut out or the bytes are not what this walk expects."""
    if sys.byteorder != "little":
        return None
    end = len(buf)
    try:
        top = list(_fields(buf, 0, end))
        if any(f[0] == _FUNCTIONS for f in top):
            return None         # local functions are inlined from the whole message (load.py)
        spans: dict = {}
        parts = []
        k = 0       # initializer index (a graph field given twice is merged: its lists concatenate)
        for number, wire, start, value, stop in top:
            if number != _GRAPH or wire != _LEN:
                parts.append(buf[start:stop])
                continue
            graph_parts = []
            for gnum, gwire, gstart, gvalue, gstop in _fields(buf, value, stop):
                if gnum != _INITIALIZER or gwire != _LEN:
                    graph_parts.append(buf[gstart:gstop])
                    continue
                fields = list(_fields(buf, gvalue, gstop))
                raws = [f for f in fields if f[0] == _RAW and f[1] == _LEN]
                last = raws[-1] if raws else None        # the one protobuf keeps
                if last is None or last[4] - last[3] < MIN_BYTES:
                    graph_parts.append(buf[gstart:gstop])
                else:
                    spans[k] = (last[3], last[4] - last[3])
                    graph_parts += _submessage(_INITIALIZER, [buf[f[2]:f[4]] for f in fields if f not in raws])
                k += 1
            parts += _submessage(_GRAPH, graph_parts)
    except _Malformed:
        return None
    if not spans:
        return None
    return b"".join(parts), RawData(buf, spans, owner)


def split_file(path: str) -> Optional[tuple[bytes, RawData]]:
    """split() of a model file, mapped rather than read: the weights are copied once, from
    the file's pages into their arrays."""
    with open(path, "rb") as f:
        try:
            m = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        except (ValueError, OSError):    # empty, or not a regular file
            return None
    found = split(memoryview(m), m)
    if found is None:
        m.close()
    return found
