"""Op declarations, one module per family.  Importing a module registers its ops."""
import importlib

FAMILIES = ["elementwise", "quant", "tensor", "indexing", "host", "nn", "normalization", "reduce", "rnn",
            "control", "sequence", "contrib", "random", "training", "attention_ext", "signal", "strings", "ml",
            "vision", "image"]

# fp16 extends every registered float32 kernel op to float16/bfloat16/float8: it runs after
# all families, whatever is added to FAMILIES.
LAST = ["fp16"]


def load_all() -> None:
    for name in FAMILIES + LAST:
        importlib.import_module(f"{__name__}.{name}")
