"""The onnxjit compiler: ONNX -> IR -> passes -> partitions -> fused groups -> memory plan
-> generated source -> compiled functions.  Takes plain values, never runtime objects."""
__version__ = "0.1.0"
