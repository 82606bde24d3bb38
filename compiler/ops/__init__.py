"""Op declarations, one module per family.  Importing a module registers its ops."""
import importlib

FAMILIES = ["elementwise", "quant", "tensor", "indexing", "host", "nn", "normalization", "reduce", "rnn", "control", "sequence", "contrib", "random", "training", "attention_ext", "signal", "strings", "ml", "vision", "image", "fp16"]


def load_all() -> None:
    for name in FAMILIES:
        importlib.import_module(f"{__name__}.{name}")
