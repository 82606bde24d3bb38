"""String kernels in NumPy/Python (string tensors are numpy object arrays of str).

Numba cannot hold Python strings, so every op on string tensors runs here.  Numeric
work that happens to start from strings (TfIdfVectorizer, LabelEncoder...) maps the
strings to integer ids here and hands the ids to compiled kernels in kernels/cpu/ml.py.
"""
from __future__ import annotations

import re
from typing import Optional

import numpy as np


def as_str_array(x: np.ndarray) -> np.ndarray:
    """An object array of str (bytes are decoded as UTF-8, as onnxruntime reads them)."""
    out = np.empty(x.shape, dtype=object)
    flat_in, flat_out = x.reshape(-1), out.reshape(-1)
    for i in range(flat_in.size):
        v = flat_in[i]
        flat_out[i] = v.decode("utf-8", errors="replace") if isinstance(v, bytes) else str(v)
    return out


# ---------------------------------------------------------------- StringNormalizer

def normalize(x: np.ndarray, case: str, case_sensitive: bool, stopwords: list[str]) -> np.ndarray:
    """x: [C] or [1, C].  Elements in `stopwords` are dropped, the rest change case.
    When everything is dropped the output holds one empty string (onnxruntime)."""
    words = [str(w) for w in x.reshape(-1)]
    if stopwords:
        if case_sensitive:
            stops = set(stopwords)
            words = [w for w in words if w not in stops]
        else:
            stops = {s.lower() for s in stopwords}
            words = [w for w in words if w.lower() not in stops]
    if case == "LOWER":
        words = [w.lower() if w.isascii() else _per_char(w, str.lower) for w in words]
    elif case == "UPPER":
        words = [w.upper() if w.isascii() else _per_char(w, str.upper) for w in words]
    if not words and x.size > 0:
        words = [""]
    out = np.empty(len(words), dtype=object)
    out[:] = words
    return out.reshape(1, -1) if x.ndim == 2 else out


def _per_char(w: str, f) -> str:
    """Case change one character at a time, as onnxruntime's towupper/towlower: a character
    whose mapping is several characters (German sharp s) stays as it is."""
    out = []
    for c in w:
        m = f(c)
        out.append(m if len(m) == 1 else c)
    return "".join(out)


# ---------------------------------------------------------------- StringSplit

def split(x: np.ndarray, delimiter: Optional[str], maxsplit: Optional[int]) -> tuple[np.ndarray, np.ndarray]:
    """Y: x.shape + [most pieces], padded with ''; Z: the number of pieces of each element."""
    sep = delimiter if delimiter else None
    ms = -1 if maxsplit is None else int(maxsplit)
    flat = x.reshape(-1)
    # as onnxruntime: an empty string has no pieces; whitespace splitting strips the rest
    # that maxsplit leaves of its trailing whitespace
    parts = [[] if not str(s) else str(s).split(sep, ms) for s in flat]
    if sep is None and ms >= 0:
        for p in parts:
            if p:
                p[-1] = p[-1].rstrip()
    counts = np.array([len(p) for p in parts], dtype=np.int64).reshape(x.shape)
    width = max((len(p) for p in parts), default=0)
    y = np.empty((flat.size, width), dtype=object)
    y[...] = ""
    for i, p in enumerate(parts):
        y[i, :len(p)] = p
    return y.reshape(tuple(x.shape) + (width,)), counts


# ---------------------------------------------------------------- StringConcat / RegexFullMatch

def concat(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    bx, by = np.broadcast_arrays(x, y)
    out = np.empty(bx.shape, dtype=object)
    fo, fx, fy = out.reshape(-1), bx.reshape(-1), by.reshape(-1)
    for i in range(fo.size):
        fo[i] = str(fx[i]) + str(fy[i])
    return out


def compile_regex(pattern: str, label: str):
    try:
        return re.compile(pattern)
    except re.error as e:
        from onnxjit.errors import InvalidArgument
        raise InvalidArgument(f"{label}: invalid regular expression {pattern!r}: {e}") from None


def full_match(x: np.ndarray, regex) -> np.ndarray:
    out = np.empty(x.shape, dtype=np.bool_)
    fo, fx = out.reshape(-1), x.reshape(-1)
    for i in range(fo.size):
        fo[i] = regex.fullmatch(str(fx[i])) is not None
    return out


# ---------------------------------------------------------------- lookups

def to_ids(x: np.ndarray, table: dict, missing: int = -1) -> np.ndarray:
    """Each string of x -> table[string] (missing: `missing`), as int64."""
    flat = x.reshape(-1)
    out = np.empty(flat.size, dtype=np.int64)
    get = table.get
    for i in range(flat.size):
        out[i] = get(flat[i], missing)
    return out.reshape(x.shape)


def map_to_strings(x: np.ndarray, table: dict, default: str) -> np.ndarray:
    """Each element of x -> table[element] (else `default`), an object array of str."""
    flat = x.reshape(-1)
    out = np.empty(flat.size, dtype=object)
    get = table.get
    for i in range(flat.size):
        out[i] = get(flat[i].item() if hasattr(flat[i], "item") else flat[i], default)
    return out.reshape(x.shape)


def take_strings(values: np.ndarray, idx: np.ndarray, default: str) -> np.ndarray:
    """values[idx] for idx >= 0, `default` where idx < 0."""
    flat = idx.reshape(-1)
    out = np.empty(flat.size, dtype=object)
    for i in range(flat.size):
        k = flat[i]
        out[i] = values[k] if k >= 0 else default
    return out.reshape(idx.shape)
