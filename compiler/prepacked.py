"""Packed weights shared between sessions (onnxruntime's PrepackedWeightsContainer).

    container = onnxjit.PrepackedWeightsContainer()
    a = onnxjit.InferenceSession("model.onnx", prepacked_weights_container=container)
    b = onnxjit.InferenceSession("model.onnx", prepacked_weights_container=container)

Every compiled program packs the initializers its code reads into one aligned blob
(program.Weights).  With a container the blob is content-addressed: its key is a hash of
the layout (offsets, dtypes, shapes) and of every initializer's bytes, so sessions of the
same model (or of models with the same weights) get the *same* read-only numpy buffer.
Entries live as long as the container, and the sessions' initializers become views of
them (program.pack_into), so a weight is held once however many sessions use it.
"""
from __future__ import annotations

import hashlib
import threading
from typing import Sequence

import numpy as np

from . import ir


class PrepackedWeightsContainer:
    """Content-addressed store of packed weight blobs, shared by the sessions given it."""

    def __init__(self):
        self._blobs: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()
        self.hits = 0            # packs served from the container
        self.shared_bytes = 0    # bytes those hits did not allocate

    def __len__(self) -> int:
        return len(self._blobs)

    @property
    def nbytes(self) -> int:
        """Bytes held (each blob once)."""
        return sum(b.nbytes for b in self._blobs.values())

    def pack(self, graph: ir.Graph, offsets: dict[str, int], total: int, align: int,
             share: Sequence[dict] = ()) -> np.ndarray:
        """The blob holding `graph.initializers[n]` at `offsets[n]` (read-only, shared); the
        initializers become views of it (program.pack_into)."""
        from .program import pack_into
        key = _layout_key(graph, offsets, total, align)
        with self._lock:
            blob = self._blobs.get(key)
            if blob is None:
                blob = np.zeros(max(total, align), np.uint8)
                pack_into(blob, graph, offsets, share)
                blob.flags.writeable = False
                self._blobs[key] = blob
                return blob
            self.hits += 1
            self.shared_bytes += blob.nbytes
        pack_into(blob, graph, offsets, share, copy=False)
        return blob


def _layout_key(graph: ir.Graph, offsets: dict[str, int], total: int, align: int) -> str:
    h = hashlib.blake2b(digest_size=32)
    h.update(f"{total}:{align};".encode())
    for n, off in offsets.items():      # names do not matter, only where what bytes go
        a = np.ascontiguousarray(graph.initializers[n])
        h.update(f"{off}:{a.dtype.str}:{a.shape};".encode())
        h.update(memoryview(a.reshape(-1).view(np.uint8)))
    return h.hexdigest()
