"""NumPy implementations of ops whose output size depends on the data."""
from __future__ import annotations

import numpy as np


def nonzero(x: np.ndarray) -> np.ndarray:
    if x.ndim == 0:
        return np.zeros((1, int(bool(x))), np.int64)
    return np.array(np.nonzero(x), dtype=np.int64).reshape(x.ndim, -1)


def compress(x: np.ndarray, cond: np.ndarray, axis, label: str = "Compress") -> np.ndarray:
    cond = np.asarray(cond, dtype=np.bool_).reshape(-1)
    n = x.size if axis is None else x.shape[axis]
    if cond.size > n:
        if cond[n:].any():
            raise IndexError(f"{label}: condition has {cond.size} entries for a dim of {n}")
        cond = cond[:n]
    return np.ascontiguousarray(np.compress(cond, x, axis=axis))


def unique(x: np.ndarray, axis, sorted_: bool):
    """(Y, indices, inverse_indices, counts), all int64 but Y; unsorted: by first occurrence."""
    if axis is None:
        flat = x.reshape(-1)
        y, idx, inv, cnt = np.unique(flat, return_index=True, return_inverse=True, return_counts=True)
    else:
        y, idx, inv, cnt = np.unique(x, return_index=True, return_inverse=True, return_counts=True, axis=axis)
        flat = x
    inv = inv.reshape(-1)
    if not sorted_:
        order = np.argsort(idx, kind="stable")
        rank = np.empty_like(order)
        rank[order] = np.arange(order.size)
        idx = idx[order]
        cnt = cnt[order]
        inv = rank[inv]
        y = np.take(flat, idx, axis=0 if axis is None else axis)
    return [np.ascontiguousarray(y), idx.astype(np.int64), inv.astype(np.int64), cnt.astype(np.int64)]
