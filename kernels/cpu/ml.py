"""Kernels of the ai.onnx.ml ops and TfIdfVectorizer: n-gram counting, tree ensembles,
SVMs, linear models and the small per-feature transforms.  Model constants (trees,
support vectors, coefficients) arrive as arrays prepared once per node
(compiler/ops/ml.py); every size is read off the arrays, so one compilation serves
every model and batch size."""
import numpy as np
from numba import njit

_opts = dict(cache=True, nogil=True, error_model="numpy")


# ---------------------------------------------------------------- TfIdfVectorizer

@njit(**_opts)
def _child(keys, first, count, node, key):
    """The child of trie `node` labelled `key` (binary search), or -1."""
    lo = first[node]
    hi = lo + count[node] - 1
    while lo <= hi:
        mid = (lo + hi) >> 1
        k = keys[mid]
        if k == key:
            return mid
        if k < key:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


@njit(**_opts)
def tfidf_count(x, keys, first, count, gram_id, ngram_indexes, min_n, max_n, max_skip, freq):
    """x: (rows, C) token ids; trie node 0 is the root; gram_id[node] is 1 + the n-gram's
    index in the pool (0: no n-gram ends here).  freq: (rows, out) counts, zeroed here."""
    rows, C = x.shape
    for r in range(rows):
        for j in range(freq.shape[1]):
            freq[r, j] = 0
    if count[0] == 0:
        return
    for r in range(rows):
        start_n = min_n
        for skip in range(1, max_skip + 2):
            s = 0
            while s < C:
                if s + skip * (start_n - 1) >= C:
                    break
                node = 0
                item = s
                n = 1
                while count[node] > 0 and n <= max_n and item < C:
                    c = _child(keys, first, count, node, x[r, item])
                    if c < 0:
                        break
                    g = gram_id[c]
                    if n >= start_n and g != 0:
                        freq[r, ngram_indexes[g - 1]] += 1
                    node = c
                    n += 1
                    item += skip
                s += 1
            if start_n == 1:
                start_n += 1
                if start_n > max_n:
                    break


@njit(**_opts)
def tfidf_weight(freq, weights, mode, y):
    """mode 0 TF, 1 IDF, 2 TFIDF; weights may be empty (then 1)."""
    rows, n = freq.shape
    has_w = weights.size > 0
    for r in range(rows):
        for j in range(n):
            f = freq[r, j]
            w = np.float32(weights[j]) if has_w else np.float32(1.0)
            if mode == 0:
                y[r, j] = np.float32(f)
            elif mode == 1:
                y[r, j] = w if f > 0 else np.float32(0.0)
            else:
                y[r, j] = w * np.float32(f)
