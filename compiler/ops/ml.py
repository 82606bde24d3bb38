"""ai.onnx.ml ops."""
