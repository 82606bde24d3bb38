"""Benchmark graphs built here with onnx.helper, shaped like real exported models.

Four models, each with seeded random weights (``numpy.random.default_rng(seed)``,
drawn in construction order, so a graph is identical from machine to machine):

* ``bert``: a BERT-style encoder as PyTorch exports it. ``input_ids`` and
  ``attention_mask`` (int64, 2x128) -> token + position embeddings
  (``Gather``, ``Add``) -> ``LayerNormalization`` -> 4 post-LN layers of
  multi-head self-attention (hidden 256, 4 heads of 64: ``MatMul``+``Add``
  projections, ``Reshape``/``Transpose`` to heads, ``MatMul`` Q.K^T, ``Div``
  by sqrt(64), the additive mask ``(1 - mask) * -10000`` built in-graph with
  ``Cast``/``Sub``/``Mul``/``Unsqueeze``, ``Softmax``, ``MatMul`` with V) and
  an FFN 256 -> 1024 -> 256 with the exact GELU ``x * 0.5 * (1 + erf(x /
  sqrt 2))``; output the last hidden state (2, 128, 256).
* ``gpt``: a GPT-2-style decoder stack, same sizes: pre-LN blocks, one fused
  QKV projection split with ``Split``, a causal mask applied with ``Where``
  (a constant lower-triangular bool buffer sliced to the sequence length, as
  GPT-2 exports do), the tanh GELU (``Pow``, ``Tanh``), a final
  ``LayerNormalization``; ``input_ids`` (2, 128) -> hidden state (2, 128, 256).
* ``mobilenet``: a MobileNetV3-Large-style CNN at 1x3x224x224: inverted
  residual blocks (1x1 expand ``Conv``, depthwise kxk ``Conv`` with
  ``group`` = channels, squeeze-excite with ``HardSigmoid`` in some blocks,
  1x1 project ``Conv``, residual ``Add``), each ``Conv`` followed by its own
  ``BatchNormalization`` (not folded) and ``Relu`` or ``HardSwish``; head
  ``GlobalAveragePool`` -> 1x1 ``Conv`` 1280 -> ``HardSwish`` -> ``Flatten``
  -> ``Gemm`` 1000 (logits).
* ``vit``: a ViT-style encoder at 1x3x224x224: ``Conv`` 16x16 stride 16
  patchify to 256 channels (14x14 = 196 patches), ``Reshape``/``Transpose``
  to tokens, a class token (``Concat``), position embeddings, 4 pre-LN
  transformer layers (hidden 256, 4 heads, FFN 1024, erf GELU, no mask),
  final ``LayerNormalization``, the class token (``Gather``) -> ``Gemm`` 1000.

Opset 17 (``LayerNormalization``), IR version 8. Every graph passes
``onnx.checker`` (full check, with shape inference) and is run once in
onnxruntime when built (``build``); the classifier of ``mobilenet`` and ``vit``
is scaled so the logits have a std of about 3 on the benchmark input.

Weights: projections ``normal * 1/sqrt(fan_in)`` (so attention scores have a
std near 1 and the softmax is neither flat nor one-hot), biases ``0.02 *
normal``, embeddings ``normal``, LayerNorm gamma ``uniform(0.8, 1.2)`` and beta
``0.05 * normal``; convolutions He-scaled, BatchNormalization as in
``models.py`` (scale ``uniform(0.5, 1.5)``, ``uniform(0.1, 0.3)`` on the BN
that closes a residual branch, variance ``uniform(0.5, 1.5)``).
"""
from __future__ import annotations

import math

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

GRAPHS = ["bert", "gpt", "mobilenet", "vit"]
GRAPHS_VERSION = 1
OPSET = 17
IR_VERSION = 8
BATCH, SEQ, HIDDEN, HEADS, LAYERS, FFN = 2, 128, 256, 4, 4, 1024
VOCAB = 8192  # kept small: the embedding table would otherwise dominate the file, not the run
LOGIT_STD = 3.0


class _Builder:
    """Collects nodes and initializers; names are unique and readable."""

    def __init__(self, rng: np.random.Generator):
        self.rng = rng
        self.nodes: list[onnx.NodeProto] = []
        self.inits: list[onnx.TensorProto] = []
        self.count: dict[str, int] = {}
        self.literals: dict[str, str] = {}

    def name(self, base: str) -> str:
        k = self.count.get(base, 0)
        self.count[base] = k + 1
        return f"{base}_{k}" if k else base

    def lit(self, base: str, arr) -> str:
        """A literal constant (a scalar, a shape), shared by every node that uses it."""
        if base not in self.literals:
            self.literals[base] = self.const(base, arr)
        return self.literals[base]

    def const(self, base: str, arr) -> str:
        n = self.name(base)
        self.inits.append(numpy_helper.from_array(np.asarray(arr), name=n))
        return n

    def op(self, op_type: str, inputs, base: str | None = None, n_out: int = 1, **attrs):
        base = base or op_type.lower()
        outs = [self.name(f"{base}_out") if n_out == 1 else self.name(f"{base}_out{i}") for i in range(n_out)]
        self.nodes.append(helper.make_node(op_type, list(inputs), outs, name=self.name(base), **attrs))
        return outs[0] if n_out == 1 else outs

    # random tensors ------------------------------------------------------
    def normal(self, shape, std):
        return (self.rng.standard_normal(shape, dtype=np.float32) * np.float32(std)).astype(np.float32)

    def uniform(self, shape, lo, hi):
        return self.rng.uniform(lo, hi, size=shape).astype(np.float32)

    # layers --------------------------------------------------------------
    def linear(self, x: str, d_in: int, d_out: int, base: str) -> str:
        w = self.const(f"{base}.weight", self.normal((d_in, d_out), 1.0 / math.sqrt(d_in)))
        b = self.const(f"{base}.bias", self.normal((d_out,), 0.02))
        return self.op("Add", [self.op("MatMul", [x, w], f"{base}.matmul"), b], f"{base}.add")

    def layer_norm(self, x: str, d: int, base: str) -> str:
        g = self.const(f"{base}.gamma", self.uniform((d,), 0.8, 1.2))
        b = self.const(f"{base}.beta", self.normal((d,), 0.05))
        return self.op("LayerNormalization", [x, g, b], base, axis=-1, epsilon=1e-5)

    def gelu_erf(self, x: str, base: str) -> str:
        d = self.op("Div", [x, self.lit("sqrt2", np.array(math.sqrt(2.0), np.float32))], f"{base}.div")
        e = self.op("Add", [self.op("Erf", [d], f"{base}.erf"), self.lit("one", np.array(1.0, np.float32))],
                    f"{base}.add")
        m = self.op("Mul", [x, e], f"{base}.mul")
        return self.op("Mul", [m, self.lit("half", np.array(0.5, np.float32))], f"{base}.mul_half")

    def gelu_tanh(self, x: str, base: str) -> str:
        p = self.op("Pow", [x, self.lit("three", np.array(3.0, np.float32))], f"{base}.pow")
        p = self.op("Mul", [p, self.lit("c044715", np.array(0.044715, np.float32))], f"{base}.mul_c")
        s = self.op("Add", [x, p], f"{base}.add_cube")
        s = self.op("Mul", [s, self.lit("sqrt_2_pi", np.array(math.sqrt(2.0 / math.pi), np.float32))],
                    f"{base}.mul_k")
        t = self.op("Add", [self.op("Tanh", [s], f"{base}.tanh"), self.lit("one", np.array(1.0, np.float32))],
                    f"{base}.add_one")
        m = self.op("Mul", [x, t], f"{base}.mul")
        return self.op("Mul", [m, self.lit("half", np.array(0.5, np.float32))], f"{base}.mul_half")

    def heads(self, x: str, base: str, perm) -> str:
        r = self.op("Reshape", [x, self.lit("heads_shape", np.array([0, 0, HEADS, HIDDEN // HEADS], np.int64))],
                    f"{base}.reshape")
        return self.op("Transpose", [r], f"{base}.transpose", perm=list(perm))

    def attention_core(self, q: str, k: str, v: str, base: str, mask_add: str | None = None,
                       causal: str | None = None) -> str:
        qh = self.heads(q, f"{base}.q", (0, 2, 1, 3))     # B, H, S, D
        kh = self.heads(k, f"{base}.k", (0, 2, 3, 1))     # B, H, D, S
        vh = self.heads(v, f"{base}.v", (0, 2, 1, 3))
        s = self.op("MatMul", [qh, kh], f"{base}.scores")
        s = self.op("Div", [s, self.lit("sqrt_dk", np.array(math.sqrt(HIDDEN // HEADS), np.float32))],
                    f"{base}.scale")
        if mask_add is not None:
            s = self.op("Add", [s, mask_add], f"{base}.mask")
        if causal is not None:
            s = self.op("Where", [causal, s, self.lit("masked_bias", np.array(-10000.0, np.float32))],
                        f"{base}.causal")
        p = self.op("Softmax", [s], f"{base}.softmax", axis=-1)
        c = self.op("MatMul", [p, vh], f"{base}.context")
        c = self.op("Transpose", [c], f"{base}.merge", perm=[0, 2, 1, 3])
        return self.op("Reshape", [c, self.lit("merge_shape", np.array([0, 0, HIDDEN], np.int64))],
                       f"{base}.merge_reshape")

    def conv(self, x: str, c_in: int, c_out: int, k: int, stride: int, base: str, group: int = 1,
             bias: bool = False) -> str:
        fan_in = (c_in // group) * k * k
        w = self.const(f"{base}.weight", self.normal((c_out, c_in // group, k, k), math.sqrt(2.0 / fan_in)))
        ins = [x, w] + ([self.const(f"{base}.bias", self.normal((c_out,), 0.05))] if bias else [])
        return self.op("Conv", ins, base, kernel_shape=[k, k], strides=[stride, stride],
                       pads=[k // 2] * 4, group=group)

    def batch_norm(self, x: str, c: int, base: str, damp: bool = False) -> str:
        scale = self.uniform((c,), 0.1, 0.3) if damp else self.uniform((c,), 0.5, 1.5)
        ins = [x, self.const(f"{base}.scale", scale), self.const(f"{base}.bias", self.normal((c,), 0.1)),
               self.const(f"{base}.mean", self.normal((c,), 0.1)), self.const(f"{base}.var", self.uniform((c,), 0.5, 1.5))]
        return self.op("BatchNormalization", ins, base, epsilon=1e-5)

    def model(self, inputs, outputs, name: str, doc: str) -> onnx.ModelProto:
        g = helper.make_graph(self.nodes, name, inputs, outputs, initializer=self.inits)
        m = helper.make_model(g, opset_imports=[helper.make_opsetid("", OPSET)], producer_name="onnxjit-bench")
        m.ir_version = IR_VERSION
        m.doc_string = doc
        return m


def _token_inputs(b: _Builder, with_mask: bool):
    ids = helper.make_tensor_value_info("input_ids", TensorProto.INT64, [BATCH, SEQ])
    ins = [ids]
    if with_mask:
        ins.append(helper.make_tensor_value_info("attention_mask", TensorProto.INT64, [BATCH, SEQ]))
    tok = b.const("embeddings.word", b.normal((VOCAB, HIDDEN), 1.0))
    pos = b.const("embeddings.position", b.normal((1, SEQ, HIDDEN), 0.5))
    x = b.op("Gather", [tok, "input_ids"], "embeddings.gather", axis=0)
    return ins, b.op("Add", [x, pos], "embeddings.add_pos")


def bert(seed: int) -> onnx.ModelProto:
    b = _Builder(np.random.default_rng(seed))
    ins, x = _token_inputs(b, with_mask=True)
    x = b.layer_norm(x, HIDDEN, "embeddings.ln")
    # extended attention mask, as transformers exports it: (1 - mask[:, None, None, :]) * -10000
    m = b.op("Unsqueeze", ["attention_mask", b.lit("axes_1_2", np.array([1, 2], np.int64))], "mask.unsqueeze")
    m = b.op("Cast", [m], "mask.cast", to=TensorProto.FLOAT)
    m = b.op("Sub", [b.lit("one", np.array(1.0, np.float32)), m], "mask.sub")
    mask_add = b.op("Mul", [m, b.lit("mask_value", np.array(-10000.0, np.float32))], "mask.mul")
    for i in range(LAYERS):
        p = f"layer{i}"
        q = b.linear(x, HIDDEN, HIDDEN, f"{p}.attn.q")
        k = b.linear(x, HIDDEN, HIDDEN, f"{p}.attn.k")
        v = b.linear(x, HIDDEN, HIDDEN, f"{p}.attn.v")
        c = b.attention_core(q, k, v, f"{p}.attn", mask_add=mask_add)
        o = b.linear(c, HIDDEN, HIDDEN, f"{p}.attn.out")
        x = b.layer_norm(b.op("Add", [o, x], f"{p}.attn.residual"), HIDDEN, f"{p}.attn.ln")
        h = b.gelu_erf(b.linear(x, HIDDEN, FFN, f"{p}.ffn.up"), f"{p}.ffn.gelu")
        h = b.linear(h, FFN, HIDDEN, f"{p}.ffn.down")
        x = b.layer_norm(b.op("Add", [h, x], f"{p}.ffn.residual"), HIDDEN, f"{p}.ffn.ln")
    x = b.op("Identity", [x], "last_hidden_state")
    out = helper.make_tensor_value_info(x, TensorProto.FLOAT, [BATCH, SEQ, HIDDEN])
    return b.model(ins, [out], "bert_encoder",
                   f"onnxjit bench: BERT-style encoder, {LAYERS} layers, hidden {HIDDEN}, {HEADS} heads, "
                   f"FFN {FFN}, batch {BATCH}, seq {SEQ} (graphs v{GRAPHS_VERSION}, seed {seed})")


def gpt(seed: int) -> onnx.ModelProto:
    b = _Builder(np.random.default_rng(seed))
    ins, x = _token_inputs(b, with_mask=False)
    # GPT-2's registered causal buffer (1, 1, n_ctx, n_ctx), sliced to the sequence length
    n_ctx = 2 * SEQ
    buf = b.const("causal_buffer", np.tril(np.ones((n_ctx, n_ctx), bool))[None, None])
    causal = b.op("Slice", [buf, b.lit("zeros2", np.array([0, 0], np.int64)),
                            b.lit("seq2", np.array([SEQ, SEQ], np.int64)),
                            b.lit("axes23", np.array([2, 3], np.int64))], "causal.slice")
    for i in range(LAYERS):
        p = f"h{i}"
        a = b.layer_norm(x, HIDDEN, f"{p}.ln_1")
        qkv = b.linear(a, HIDDEN, 3 * HIDDEN, f"{p}.attn.c_attn")
        q, k, v = b.op("Split", [qkv, b.lit("split3", np.array([HIDDEN] * 3, np.int64))], f"{p}.attn.split",
                       n_out=3, axis=2)
        c = b.attention_core(q, k, v, f"{p}.attn", causal=causal)
        x = b.op("Add", [x, b.linear(c, HIDDEN, HIDDEN, f"{p}.attn.c_proj")], f"{p}.attn.residual")
        a = b.layer_norm(x, HIDDEN, f"{p}.ln_2")
        h = b.gelu_tanh(b.linear(a, HIDDEN, FFN, f"{p}.mlp.c_fc"), f"{p}.mlp.gelu")
        x = b.op("Add", [x, b.linear(h, FFN, HIDDEN, f"{p}.mlp.c_proj")], f"{p}.mlp.residual")
    x = b.layer_norm(x, HIDDEN, "ln_f")
    out = helper.make_tensor_value_info(x, TensorProto.FLOAT, [BATCH, SEQ, HIDDEN])
    return b.model(ins, [out], "gpt_decoder",
                   f"onnxjit bench: GPT-2-style decoder, {LAYERS} blocks, hidden {HIDDEN}, {HEADS} heads, "
                   f"FFN {FFN}, causal mask, batch {BATCH}, seq {SEQ} (graphs v{GRAPHS_VERSION}, seed {seed})")


# MobileNetV3-Large: kernel, expanded channels, out channels, squeeze-excite, activation, stride
_MBV3 = [
    (3, 16, 16, False, "RE", 1), (3, 64, 24, False, "RE", 2), (3, 72, 24, False, "RE", 1),
    (5, 72, 40, True, "RE", 2), (5, 120, 40, True, "RE", 1), (5, 120, 40, True, "RE", 1),
    (3, 240, 80, False, "HS", 2), (3, 200, 80, False, "HS", 1), (3, 184, 80, False, "HS", 1),
    (3, 184, 80, False, "HS", 1), (3, 480, 112, True, "HS", 1), (3, 672, 112, True, "HS", 1),
    (5, 672, 160, True, "HS", 2), (5, 960, 160, True, "HS", 1), (5, 960, 160, True, "HS", 1),
]


def _div8(v: float) -> int:
    return max(8, int(v + 4) // 8 * 8)


def mobilenet(seed: int) -> onnx.ModelProto:
    b = _Builder(np.random.default_rng(seed))
    image = helper.make_tensor_value_info("image", TensorProto.FLOAT, [1, 3, 224, 224])

    def act(x, kind, base):
        return b.op("HardSwish" if kind == "HS" else "Relu", [x], f"{base}.{kind.lower()}")

    x = act(b.batch_norm(b.conv("image", 3, 16, 3, 2, "stem.conv"), 16, "stem.bn"), "HS", "stem")
    c = 16
    for i, (k, exp, out, se, nl, s) in enumerate(_MBV3):
        p = f"block{i}"
        y = x
        if exp != c:
            y = act(b.batch_norm(b.conv(y, c, exp, 1, 1, f"{p}.expand"), exp, f"{p}.expand_bn"), nl, f"{p}.expand")
        y = act(b.batch_norm(b.conv(y, exp, exp, k, s, f"{p}.dw", group=exp), exp, f"{p}.dw_bn"), nl, f"{p}.dw")
        if se:
            sq = _div8(exp / 4)
            z = b.op("GlobalAveragePool", [y], f"{p}.se.pool")
            z = b.op("Relu", [b.conv(z, exp, sq, 1, 1, f"{p}.se.fc1", bias=True)], f"{p}.se.relu")
            z = b.op("HardSigmoid", [b.conv(z, sq, exp, 1, 1, f"{p}.se.fc2", bias=True)], f"{p}.se.hsig",
                     alpha=1.0 / 6, beta=0.5)
            y = b.op("Mul", [y, z], f"{p}.se.scale")
        residual = s == 1 and c == out
        y = b.batch_norm(b.conv(y, exp, out, 1, 1, f"{p}.project"), out, f"{p}.project_bn", damp=residual)
        x = b.op("Add", [x, y], f"{p}.residual") if residual else y
        c = out
    x = act(b.batch_norm(b.conv(x, c, 960, 1, 1, "head.conv"), 960, "head.bn"), "HS", "head")
    x = b.op("GlobalAveragePool", [x], "head.pool")
    x = act(b.conv(x, 960, 1280, 1, 1, "head.fc1", bias=True), "HS", "head.fc1")
    x = b.op("Flatten", [x], "head.flatten", axis=1)
    w = b.const("classifier.weight", b.normal((1000, 1280), math.sqrt(1.0 / 1280)))
    x = b.op("Gemm", [x, w, b.const("classifier.bias", b.normal((1000,), 0.02))], "classifier", transB=1)
    out = helper.make_tensor_value_info(x, TensorProto.FLOAT, [1, 1000])
    return b.model([image], [out], "mobilenet_v3_style",
                   f"onnxjit bench: MobileNetV3-Large-style CNN, depthwise convs, BN, HardSwish, SE, "
                   f"1x3x224x224 (graphs v{GRAPHS_VERSION}, seed {seed})")


def vit(seed: int) -> onnx.ModelProto:
    b = _Builder(np.random.default_rng(seed))
    image = helper.make_tensor_value_info("image", TensorProto.FLOAT, [1, 3, 224, 224])
    patch, n_patch = 16, (224 // 16) ** 2
    x = b.conv("image", 3, HIDDEN, patch, patch, "patch_embed", bias=True)
    # Conv with kernel 16, stride 16, no padding
    b.nodes[-1].ClearField("attribute")
    b.nodes[-1].attribute.extend([helper.make_attribute("kernel_shape", [patch, patch]),
                                  helper.make_attribute("strides", [patch, patch])])
    x = b.op("Reshape", [x, b.lit("flat_shape", np.array([0, HIDDEN, n_patch], np.int64))], "patch_flatten")
    x = b.op("Transpose", [x], "patch_tokens", perm=[0, 2, 1])                      # 1, 196, 256
    cls = b.const("cls_token", b.normal((1, 1, HIDDEN), 0.5))
    x = b.op("Concat", [cls, x], "concat_cls", axis=1)                                # 1, 197, 256
    x = b.op("Add", [x, b.const("pos_embed", b.normal((1, n_patch + 1, HIDDEN), 0.5))], "add_pos")
    for i in range(LAYERS):
        p = f"blocks{i}"
        a = b.layer_norm(x, HIDDEN, f"{p}.norm1")
        q = b.linear(a, HIDDEN, HIDDEN, f"{p}.attn.q")
        k = b.linear(a, HIDDEN, HIDDEN, f"{p}.attn.k")
        v = b.linear(a, HIDDEN, HIDDEN, f"{p}.attn.v")
        c = b.attention_core(q, k, v, f"{p}.attn")
        x = b.op("Add", [x, b.linear(c, HIDDEN, HIDDEN, f"{p}.attn.proj")], f"{p}.attn.residual")
        a = b.layer_norm(x, HIDDEN, f"{p}.norm2")
        h = b.gelu_erf(b.linear(a, HIDDEN, FFN, f"{p}.mlp.fc1"), f"{p}.mlp.gelu")
        x = b.op("Add", [x, b.linear(h, FFN, HIDDEN, f"{p}.mlp.fc2")], f"{p}.mlp.residual")
    x = b.layer_norm(x, HIDDEN, "norm")
    x = b.op("Gather", [x, b.lit("cls_index", np.array(0, np.int64))], "cls_select", axis=1)  # 1, 256
    w = b.const("head.weight", b.normal((1000, HIDDEN), 1.0 / math.sqrt(HIDDEN)))
    x = b.op("Gemm", [x, w, b.const("head.bias", b.normal((1000,), 0.02))], "head", transB=1)
    out = helper.make_tensor_value_info(x, TensorProto.FLOAT, [1, 1000])
    return b.model([image], [out], "vit_style",
                   f"onnxjit bench: ViT-style encoder, 16x16 patches on 224x224, {LAYERS} layers, hidden {HIDDEN}, "
                   f"{HEADS} heads, FFN {FFN} (graphs v{GRAPHS_VERSION}, seed {seed})")


_BUILDERS = {"bert": bert, "gpt": gpt, "mobilenet": mobilenet, "vit": vit}


def make_feeds(name: str, seed: int) -> dict[str, np.ndarray]:
    """The benchmark input of a graph: token ids (the second sequence padded by 32 for bert) or an image."""
    rng = np.random.default_rng(seed + 1)
    if name in ("bert", "gpt"):
        feeds = {"input_ids": rng.integers(0, VOCAB, size=(BATCH, SEQ)).astype(np.int64)}
        if name == "bert":
            mask = np.ones((BATCH, SEQ), np.int64)
            mask[1, SEQ - 32:] = 0
            feeds["attention_mask"] = mask
        return feeds
    return {"image": rng.standard_normal((1, 3, 224, 224)).astype(np.float32)}


def _ort_session(model: onnx.ModelProto):
    import onnxruntime
    so = onnxruntime.SessionOptions()
    so.log_severity_level = 3
    return onnxruntime.InferenceSession(model.SerializeToString(), so, providers=["CPUExecutionProvider"])


def build(name: str, seed: int) -> onnx.ModelProto:
    """Build, check (onnx.checker, full), run once in onnxruntime (finite outputs), calibrate the logits."""
    if name not in _BUILDERS:
        raise ValueError(f"unknown graph {name!r}; choose from {', '.join(GRAPHS)}")
    model = _BUILDERS[name](seed)
    onnx.checker.check_model(model, full_check=True)
    feeds = make_feeds(name, seed)
    out = _ort_session(model).run(None, feeds)[0]
    if not np.all(np.isfinite(out)):
        raise ValueError(f"{name}: onnxruntime gives non-finite outputs")
    std = float(np.std(out))
    if name in ("mobilenet", "vit"):
        # scale the classifier (the final Gemm) so the logits have std ~LOGIT_STD
        factor = float(f"{LOGIT_STD / std:.2g}")
        gemm = model.graph.node[-1]
        inits = {t.name: t for t in model.graph.initializer}
        for t_name in gemm.input[1:3]:
            t = inits[t_name]
            t.CopyFrom(numpy_helper.from_array(numpy_helper.to_array(t) * np.float32(factor), name=t_name))
        model.doc_string += f"; classifier scaled by {factor:g} (logit std {std:.3g} -> ~{LOGIT_STD:g})"
        onnx.checker.check_model(model, full_check=True)
        out = _ort_session(model).run(None, feeds)[0]
        std = float(np.std(out))
    model.doc_string += f"; onnxruntime output std {std:.3g}"
    return model


if __name__ == "__main__":
    import sys
    for n in sys.argv[1:] or GRAPHS:
        m = build(n, 0)
        ops: dict[str, int] = {}
        for node in m.graph.node:
            ops[node.op_type] = ops.get(node.op_type, 0) + 1
        print(f"{n}: {len(m.graph.node)} nodes, {m.ByteSize() / 2**20:.1f} MiB; {m.doc_string}")
        print("   ", dict(sorted(ops.items(), key=lambda kv: -kv[1])))
