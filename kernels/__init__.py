"""What generated code calls: Numba kernels (cpu/), NumPy host code (host/)."""
from . import _numba_cache  # noqa: F401  (kernels cache under onnxjit's cache directory)
from . import linkage  # noqa: F401  (calls by symbol: kernels/linkage.py)
