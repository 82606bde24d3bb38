"""Prepare the benchmark models: the ONNX "light" model-zoo architectures.

The onnx package ships nine model-zoo architectures in
``onnx/backend/test/data/light/light_<name>.onnx``. Their weights are not
stored: every weight is produced at run time by a ``ConstantOfShape`` node
(value 0.02) from an int64 shape initializer that is also a graph input.
Uniform weights make the outputs degenerate and would let a compiler fold
whole convolutions away, so for benchmarking each such weight is replaced by
a seeded random initializer of the same shape:

* Conv / Gemm weights: ``normal * sqrt(2 / fan_in)`` (He init, so activations
  neither vanish nor blow up through the ReLU stacks of vgg19 and friends);
* biases (Conv input 2, Gemm input 2) and additive per-channel terms:
  ``0.05 * normal``;
* BatchNormalization: scale ``uniform(0.5, 1.5)`` (``uniform(0.1, 0.3)``
  for the last BN of a residual branch, the one feeding ``Sum``), bias
  ``0.1 * normal``, mean ``0.1 * normal``, variance ``uniform(0.5, 1.5)``
  (always positive). The few BN parameters the files do store as real
  trained initializers (some variances ~1e-14) are replaced the same way;
* per-channel multipliers (``Unsqueeze -> Mul`` in densenet121 and
  inception_v2): ``uniform(0.5, 1.5)``.

The ``ConstantOfShape`` nodes and their shape initializers are removed. All
remaining initializers (the few real weights the files do carry, and the
int64 ``Reshape`` shapes) are taken out of the graph inputs, so the prepared
model has a single real input and constant weights: an initializer that is
also a graph input is overridable, and both onnxruntime and onnxjit must then
treat it (a Reshape shape, a BatchNormalization parameter) as unknown at
session creation, which blocks constant folding and Conv+BN fusion. The IR
version is raised to 8 (IR < 4 requires every initializer to be an input;
onnxruntime 1.31 refuses IR > 10); the opset (9) is unchanged.

Finally the classifier feeding Softmax is rescaled so the logits have a
standard deviation of about ``LOGIT_STD`` on the benchmark input (one
onnxruntime run; see ``_calibrate_logits``), so the output probabilities are
neither one-hot nor all ~1/1000 and a comparison of runtimes means something.

Everything is drawn from ``numpy.random.default_rng(seed)`` in graph order,
so a prepared model is identical from machine to machine. Prepared models are
written to a cache directory (default ``~/.cache/onnxjit-bench``, override
with ``$ONNXJIT_BENCH_CACHE`` or ``--cache-dir``) and rebuilt only when
missing; the file name carries ``PREP_VERSION`` so a change to the recipe
here never reuses a stale file.

Besides these nine (``LIGHT``), the benchmark set (``MODELS``) has

* the graphs ``bench/graphs.py`` builds with onnx.helper (``GRAPHS``: bert, gpt,
  mobilenet, vit), cached here the same way under ``<name>.g<GRAPHS_VERSION>``;
* real models shipped inside PyPI wheels (``WILD``: silero_vad, magika,
  nudenet), fetched and unpacked by ``tests/wild.py`` (imported by path, so the
  wheels are cached in one place, ``$ONNXJIT_WILD_CACHE`` or
  ``~/.cache/onnxjit-wild``) and used as they are, with realistic inputs
  (``wild_feeds``).

``count_flops`` counts a model's FLOPs for one run from its graph (see there).

Run ``python bench/models.py`` to prepare (and check) them all ahead of time.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

import numpy as np
import onnx

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))
from onnx import TensorProto, helper, numpy_helper

LIGHT = [
    "resnet50",
    "densenet121",
    "inception_v1",
    "inception_v2",
    "shufflenet",
    "squeezenet",
    "vgg19",
    "bvlc_alexnet",
    "zfnet512",
]

import graphs as _graphs  # noqa: E402  (bench/graphs.py)

GRAPHS = list(_graphs.GRAPHS)
WILD = ["silero_vad", "magika", "nudenet"]
MODELS = LIGHT + GRAPHS + WILD
# --quick: one of each source, small and fast (a light CNN, a transformer, a per-call-overhead model)
QUICK = ["squeezenet", "bert", "silero_vad"]

# comparison tolerances (rtol, atol) where the default does not suit the outputs
TOLERANCE = {"nudenet": (1e-4, 2e-3)}  # box coordinates in pixels (up to 320), as tests/test_models_wild.py

# Bump when the preparation recipe changes: old cache files are then ignored.
PREP_VERSION = 1
IR_VERSION = 8
DEFAULT_SEED = 0
LOGIT_STD = 3.0


def default_cache_dir() -> Path:
    env = os.environ.get("ONNXJIT_BENCH_CACHE")
    if env:
        return Path(env).expanduser()
    return Path("~/.cache/onnxjit-bench").expanduser()


def source_path(name: str) -> Path:
    """Path of the light model shipped inside the installed onnx package."""
    root = Path(onnx.__file__).resolve().parent / "backend" / "test" / "data" / "light"
    path = root / f"light_{name}.onnx"
    if not path.exists():
        raise FileNotFoundError(f"{path} not found (is this onnx build missing its backend test data?)")
    return path


def _attr(node: onnx.NodeProto, name: str, default):
    for a in node.attribute:
        if a.name == name:
            return helper.get_attribute_value(a)
    return default


def _consumers(graph: onnx.GraphProto) -> dict[str, list[tuple[onnx.NodeProto, int]]]:
    users: dict[str, list[tuple[onnx.NodeProto, int]]] = {}
    for node in graph.node:
        for k, name in enumerate(node.input):
            if name:
                users.setdefault(name, []).append((node, k))
    return users


def _random_weight(rng: np.random.Generator, shape: tuple[int, ...], users, all_users) -> np.ndarray:
    """A random tensor of `shape` whose distribution suits the way it is used."""
    shape = tuple(int(d) for d in shape)

    def normal(std: float) -> np.ndarray:
        return (rng.standard_normal(shape, dtype=np.float32) * np.float32(std)).astype(np.float32)

    def uniform(lo: float, hi: float) -> np.ndarray:
        return rng.uniform(lo, hi, size=shape).astype(np.float32)

    def he(fan_in: int) -> np.ndarray:
        return normal(float(np.sqrt(2.0 / max(int(fan_in), 1))))

    node, k = users[0] if users else (None, -1)
    op = node.op_type if node is not None else ""
    if op == "Conv" and k == 1:
        return he(int(np.prod(shape[1:])))
    if op == "Gemm" and k == 1:
        return he(shape[1] if _attr(node, "transB", 0) else shape[0])
    if op in ("Conv", "Gemm") and k == 2:
        return normal(0.05)
    if op == "BatchNormalization":
        if k == 1:  # scale
            out_users = all_users.get(node.output[0], [])
            if any(u.op_type == "Sum" for u, _ in out_users):
                # last BN of a residual branch: damp it, else the residual
                # sums double the variance block after block (resnet50,
                # shufflenet) and the softmax saturates.
                return uniform(0.1, 0.3)
            return uniform(0.5, 1.5)
        if k == 4:  # variance
            return uniform(0.5, 1.5)
        return normal(0.1)  # bias, mean
    if op == "Unsqueeze":
        # per-channel affine after BatchNormalization (densenet121, inception_v2)
        nxt = all_users.get(node.output[0], [])
        if nxt and nxt[0][0].op_type == "Mul":
            return uniform(0.5, 1.5)
        return normal(0.05)
    if op == "Reshape" and k == 0 and len(shape) >= 2:
        # inception_v1: the classifier weight [1,1,1000,1024] is reshaped to
        # [1000,1024] and fed to Gemm(transB=1): fan-in is the last dim.
        return he(shape[-1])
    if len(shape) >= 2:
        return he(int(np.prod(shape[1:])))
    return normal(0.05)


def prepare(name: str, seed: int = DEFAULT_SEED) -> onnx.ModelProto:
    """Load light_<name>.onnx and return the benchmark version (see module doc)."""
    model = onnx.load(str(source_path(name)))
    graph = model.graph
    rng = np.random.default_rng(seed)
    inits = {t.name: t for t in graph.initializer}
    users = _consumers(graph)

    new_weights: list[onnx.TensorProto] = []
    replaced: dict[str, onnx.TensorProto] = {}
    drop_nodes = set()
    shape_names = set()
    for i, node in enumerate(graph.node):
        if node.op_type != "ConstantOfShape":
            continue
        shape_name = node.input[0]
        if shape_name not in inits:
            raise ValueError(f"{name}: ConstantOfShape {node.name or node.output[0]} has a non-constant shape")
        shape = tuple(numpy_helper.to_array(inits[shape_name]).tolist())
        value = _attr(node, "value", None)
        dtype = TensorProto.FLOAT if value is None else value.data_type
        if dtype != TensorProto.FLOAT:
            raise ValueError(f"{name}: ConstantOfShape {node.output[0]} is not float32")
        out = node.output[0]
        arr = _random_weight(rng, shape, users.get(out, []), users)
        new_weights.append(numpy_helper.from_array(arr, name=out))
        drop_nodes.add(i)
        shape_names.add(shape_name)

    # The few BatchNormalization parameters the files do store are trained
    # values (some variances ~1e-14) that make no sense next to random
    # convolutions: replace them too, with the same recipe.
    for i, node in enumerate(graph.node):
        if node.op_type != "BatchNormalization":
            continue
        for k, pname in enumerate(node.input[1:5], start=1):
            t = inits.get(pname)
            if t is None or t.data_type != TensorProto.FLOAT or pname in replaced:
                continue
            arr = _random_weight(rng, tuple(t.dims), [(node, k)], users)
            replaced[pname] = numpy_helper.from_array(arr, name=pname)

    # Shape initializers still used by something else stay.
    still_used = {n for j, node in enumerate(graph.node) if j not in drop_nodes for n in node.input}
    shape_names -= still_used

    kept_nodes = [n for j, n in enumerate(graph.node) if j not in drop_nodes]
    # Initializers no node reads (resnet50 and shufflenet carry a stray
    # "imagenet1k_blobs_queue" one) are dropped.
    read = {n for node in kept_nodes for n in node.input}
    kept_inits = [replaced.get(t.name, t) for t in graph.initializer
                  if t.name not in shape_names and t.name in read] + new_weights
    init_names = {t.name for t in kept_inits}
    real_inputs = [vi for vi in graph.input if vi.name not in init_names and vi.name not in inits]

    del graph.node[:]
    graph.node.extend(kept_nodes)
    del graph.initializer[:]
    graph.initializer.extend(kept_inits)
    del graph.input[:]
    graph.input.extend(real_inputs)

    model.ir_version = IR_VERSION
    model.doc_string = (
        f"onnxjit bench: light_{name} with seeded random weights "
        f"(prep v{PREP_VERSION}, seed {seed}, onnx {onnx.__version__})"
    )
    onnx.checker.check_model(model)
    _calibrate_logits(model, name, make_feeds(model, seed))
    return model


_PASS_THROUGH = {"Reshape", "Flatten", "GlobalAveragePool", "AveragePool", "Relu", "Dropout", "Identity"}


def _calibrate_logits(model: onnx.ModelProto, name: str, feeds, target_std: float = LOGIT_STD) -> float:
    """Rescale the classifier so the logits entering Softmax have std ~target_std.

    With random weights the logit scale is arbitrary: too large and the
    softmax is one-hot (outputs no longer depend on the input, so comparing
    runtimes proves little); too small and every probability is ~1/1000,
    inside the comparison's atol. The classifier (the Conv or Gemm feeding
    Softmax through Reshape/pooling/ReLU, all positively homogeneous) gets its
    weight and bias multiplied by one factor, measured with onnxruntime on the
    benchmark feed and rounded to two significant digits. Returns the factor
    (1.0 when the model has no Softmax, e.g. densenet121).
    """
    graph = model.graph
    producer = {o: n for n in graph.node for o in n.output}
    inits = {t.name: t for t in graph.initializer}
    soft = [n for n in graph.node if n.op_type == "Softmax"]
    if not soft:
        return 1.0
    logits = soft[-1].input[0]
    node = producer.get(logits)
    while node is not None and node.op_type in _PASS_THROUGH:
        node = producer.get(node.input[0])
    if node is None or node.op_type not in ("Conv", "Gemm"):
        return 1.0
    w_name = node.input[1]
    if w_name not in inits and producer.get(w_name) is not None and producer[w_name].op_type == "Reshape":
        w_name = producer[w_name].input[0]  # inception_v1: Reshape(classifier_w) -> Gemm
    targets = [n for n in (w_name, node.input[2] if len(node.input) > 2 else "") if n in inits]
    if not targets:
        return 1.0

    import onnxruntime  # the benchmark needs it anyway

    probe = onnx.ModelProto()
    probe.CopyFrom(model)
    del probe.graph.output[:]
    probe.graph.output.extend([helper.make_empty_tensor_value_info(logits)])
    so = onnxruntime.SessionOptions()
    so.log_severity_level = 3
    sess = onnxruntime.InferenceSession(probe.SerializeToString(), so, providers=["CPUExecutionProvider"])
    std = float(np.std(sess.run(None, feeds)[0]))
    del sess, probe
    if not np.isfinite(std) or std == 0.0:
        raise ValueError(f"{name}: logits are degenerate (std {std})")
    factor = float(f"{target_std / std:.2g}")
    for t_name in targets:
        t = inits[t_name]
        t.CopyFrom(numpy_helper.from_array(numpy_helper.to_array(t) * np.float32(factor), name=t_name))
    model.doc_string += f"; classifier scaled by {factor:g} (logit std {std:.3g} -> ~{target_std:g})"
    return factor


def model_path(name: str, cache_dir: Path | None = None, seed: int = DEFAULT_SEED) -> Path:
    cache_dir = Path(cache_dir) if cache_dir else default_cache_dir()
    if name in GRAPHS:
        return cache_dir / f"{name}.g{_graphs.GRAPHS_VERSION}.seed{seed}.onnx"
    return cache_dir / f"{name}.v{PREP_VERSION}.seed{seed}.onnx"


def ensure_model(name: str, cache_dir: Path | None = None, seed: int = DEFAULT_SEED,
                 rebuild: bool = False) -> tuple[Path, bool]:
    """Path of the benchmark model, building it if missing. Returns (path, built).

    Light models and graphs are built into the cache; a wild model is the
    .onnx file inside its unpacked wheel (fetched on first use, ``built``
    then says whether this call fetched it)."""
    if name not in MODELS:
        raise ValueError(f"unknown model {name!r}; choose from {', '.join(MODELS)}")
    if name in WILD:
        return wild_model_path(name)
    path = model_path(name, cache_dir, seed)
    if path.exists() and not rebuild:
        return path, False
    path.parent.mkdir(parents=True, exist_ok=True)
    model = _graphs.build(name, seed) if name in GRAPHS else prepare(name, seed)
    # Write atomically so an interrupted build never leaves a truncated file.
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        onnx.save(model, tmp)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path, True


# --------------------------------------------------------------------------- wild models (PyPI wheels)

# model name -> (PyPI package, path of the .onnx inside the wheel)
WILD_SOURCES = {
    "silero_vad": ("silero-vad", "silero_vad/data/silero_vad.onnx"),
    "magika": ("magika", None),    # the one model the wheel ships (magika/models/<version>/model.onnx)
    "nudenet": ("nudenet", "nudenet/320n.onnx"),
}


def _wild_module():
    """tests/wild.py, imported by path (it is not a package)."""
    mod = sys.modules.get("onnxjit_bench_wild")
    if mod is None:
        import importlib.util
        spec = importlib.util.spec_from_file_location("onnxjit_bench_wild", REPO / "tests" / "wild.py")
        mod = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = mod
        spec.loader.exec_module(mod)
    return mod


def wild_model_path(name: str) -> tuple[Path, bool]:
    wild = _wild_module()
    package, inner = WILD_SOURCES[name]
    fetched = not wild._cached(package)
    models = wild.wheel_models(package)       # raises wild.Unavailable without the registry
    if inner is None:
        if len(models) != 1:
            raise ValueError(f"{package}: expected one .onnx in the wheel, found {sorted(models)}")
        return Path(next(iter(models.values()))), fetched
    if inner not in models:
        raise FileNotFoundError(f"{package}: no {inner} in the wheel (it has {sorted(models)})")
    return Path(models[inner]), fetched


def wild_feeds(name: str, path: Path, seed: int = DEFAULT_SEED) -> dict[str, np.ndarray]:
    """The inputs each wild model gets in real use.

    * silero_vad: one streaming call at 16 kHz, batch 1: 512 new samples with
      the 64 samples of context silero's OnnxWrapper prepends (input 1x576),
      ``sr`` = 16000, and the recurrent ``state`` (2x1x128) that onnxruntime
      returns after the previous chunk of the same speech-like audio;
    * magika: the byte features of one file (this script's own source),
      int32 1x2048;
    * nudenet: a smooth synthetic 1x3x320x320 image in [0, 1].
    """
    if name == "silero_vad":
        chunk, ctx = 512, 64
        audio = _wild_module().speech(2 * chunk + ctx, seed=seed)
        import onnxruntime
        so = onnxruntime.SessionOptions()
        so.log_severity_level = 3
        sess = onnxruntime.InferenceSession(str(path), so, providers=["CPUExecutionProvider"])
        sr = np.array(16000, np.int64)
        state = np.zeros((2, 1, 128), np.float32)
        _, state = sess.run(None, {"input": audio[None, : chunk + ctx], "state": state, "sr": sr})
        return {"input": audio[None, chunk: 2 * chunk + ctx].copy(), "state": np.asarray(state), "sr": sr}
    if name == "magika":
        sess_input = onnx.load(str(path), load_external_data=False).graph.input[0].name
        return {sess_input: _wild_module().magika_features(Path(__file__).read_bytes())[None]}
    if name == "nudenet":
        return {onnx.load(str(path), load_external_data=False).graph.input[0].name: _wild_module().smooth_image(320, 320)}
    raise ValueError(f"no feeds for wild model {name!r}")


def model_feeds(name: str, path: Path, seed: int = DEFAULT_SEED) -> dict[str, np.ndarray]:
    """The benchmark input of any model in MODELS."""
    if name in WILD:
        return wild_feeds(name, path, seed)
    if name in GRAPHS:
        return _graphs.make_feeds(name, seed)
    return make_feeds(path, seed)


# --------------------------------------------------------------------------- FLOPs

def _ort_values(model: onnx.ModelProto, names: list[str], feeds) -> dict[str, np.ndarray]:
    """The values `names` of the main graph on `feeds`, from one onnxruntime run (no optimizations)."""
    import onnxruntime
    probe = onnx.ModelProto()
    probe.CopyFrom(model)
    have = {o.name for o in probe.graph.output}
    probe.graph.output.extend([helper.make_empty_tensor_value_info(n) for n in names if n not in have])
    so = onnxruntime.SessionOptions()
    so.log_severity_level = 3
    so.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_DISABLE_ALL
    sess = onnxruntime.InferenceSession(probe.SerializeToString(), so, providers=["CPUExecutionProvider"])
    out_names = [o.name for o in sess.get_outputs()]
    return {n: np.asarray(v) for n, v in zip(out_names, sess.run(None, feeds)) if n in set(names)}


def _inline_taken_branches(m: onnx.ModelProto, feeds, rounds: int = 4) -> None:
    """Replace each main-graph If by the branch its condition selects on `feeds` (in place)."""
    for _ in range(rounds):
        ifs = [n for n in m.graph.node if n.op_type == "If"]
        if not ifs:
            return
        try:
            conds = _ort_values(m, sorted({n.input[0] for n in ifs}), feeds)
        except Exception:
            return
        nodes = []
        for node in m.graph.node:
            if node.op_type != "If" or node.input[0] not in conds:
                nodes.append(node)
                continue
            branch = _attr(node, "then_branch" if bool(conds[node.input[0]].reshape(-1)[0]) else "else_branch", None)
            nodes.extend(branch.node)
            for t in branch.initializer:
                m.graph.initializer.append(t)
            m.graph.value_info.extend(branch.value_info)
            for src, dst in zip(branch.output, node.output):
                nodes.append(helper.make_node("Identity", [src.name], [dst]))
        del m.graph.node[:]
        m.graph.node.extend(nodes)


FLOP_OPS = ("Conv", "ConvTranspose", "Gemm", "MatMul", "Einsum", "LSTM", "GRU", "RNN")


def count_flops(model: onnx.ModelProto | str | Path, feeds: dict[str, np.ndarray]) -> dict:
    """FLOPs of one run: 2 x multiply-accumulates of Conv, ConvTranspose, Gemm,
    MatMul (attention's Q.K^T and P.V included: they are MatMuls), two-operand
    Einsum and the gate matmuls of LSTM/GRU/RNN; every other op counts 0.

    Shapes come from ONNX shape inference with the graph inputs fixed to the
    feeds' shapes (``data_prop`` on); a main-graph value it cannot resolve is
    read off one onnxruntime run with that value exposed as an output. Inside
    an ``If``, the branch the feeds take counts (the condition is read off
    onnxruntime and the branch inlined, so its shapes resolve too); where that
    fails, the branch with more FLOPs. A ``Loop``/``Scan`` body counts once. Returns {"flops", "by_op", "unresolved"} (nodes skipped).
    """
    if not isinstance(model, onnx.ModelProto):
        model = onnx.load(str(model))
    m = onnx.ModelProto()
    m.CopyFrom(model)
    _inline_taken_branches(m, feeds)
    model = m
    m = onnx.ModelProto()
    m.CopyFrom(model)
    for vi in m.graph.input:
        if vi.name in feeds:
            tt = vi.type.tensor_type
            del tt.shape.dim[:]
            for d in np.asarray(feeds[vi.name]).shape:
                tt.shape.dim.add().dim_value = int(d)
    try:
        m = onnx.shape_inference.infer_shapes(m, data_prop=True)
    except Exception:
        pass
    shapes: dict[str, tuple] = {}

    def collect(g: onnx.GraphProto):
        for t in g.initializer:
            shapes[t.name] = tuple(t.dims)
        for vi in list(g.input) + list(g.output) + list(g.value_info):
            if vi.type.HasField("tensor_type") and vi.type.tensor_type.HasField("shape"):
                dims = vi.type.tensor_type.shape.dim
                if all(d.HasField("dim_value") for d in dims):
                    shapes[vi.name] = tuple(d.dim_value for d in dims)
        for node in g.node:
            if node.op_type == "Constant":
                for a in node.attribute:
                    if a.name == "value":
                        shapes[node.output[0]] = tuple(a.t.dims)
            for a in node.attribute:
                for sub in ([a.g] if a.type == onnx.AttributeProto.GRAPH else list(a.graphs)):
                    collect(sub)

    collect(m.graph)
    for k, v in feeds.items():
        shapes[k] = tuple(np.asarray(v).shape)

    def needed(node):
        if node.op_type not in FLOP_OPS:
            return []
        names = [n for n in list(node.input[:2]) + [node.output[0]] if n]
        return [n for n in names if n not in shapes]

    missing = sorted({n for node in m.graph.node for n in needed(node)})
    if missing:  # ask onnxruntime for the main graph's unresolved values
        try:
            shapes.update({n: tuple(v.shape) for n, v in _ort_values(model, missing, feeds).items()})
        except Exception:
            pass

    by_op: dict[str, int] = {}
    unresolved: list[str] = []

    def node_flops(node) -> int:
        s = [shapes.get(n) if n else None for n in node.input]
        out = shapes.get(node.output[0])
        op = node.op_type
        if op in ("Conv", "ConvTranspose"):
            x, w = s[0], s[1]
            if x is None or w is None or (op == "Conv" and out is None):
                return -1
            k = int(np.prod(w[2:]))
            if op == "Conv":  # out: N, Cout, spatial; w: Cout, Cin/group, k...
                return 2 * int(np.prod(out)) * w[1] * k
            return 2 * int(np.prod(x)) * w[1] * k   # ConvTranspose: w is Cin, Cout/group, k...
        if op == "Gemm":
            a, b = s[0], s[1]
            if a is None or b is None:
                return -1
            m_ = a[1] if _attr(node, "transA", 0) else a[0]
            k_ = a[0] if _attr(node, "transA", 0) else a[1]
            n_ = b[0] if _attr(node, "transB", 0) else b[1]
            return 2 * m_ * k_ * n_
        if op == "MatMul":
            a, b = s[0], s[1]
            if a is None or b is None or out is None:
                return -1
            k_ = a[-1] if len(a) >= 1 else 1
            return 2 * int(np.prod(out)) * k_
        if op == "Einsum":
            eq = _attr(node, "equation", b"")
            eq = eq.decode() if isinstance(eq, bytes) else eq
            lhs = eq.replace(" ", "").split("->")[0].split(",")
            if len(lhs) != 2 or any(x is None for x in s[:2]) or "." in eq:
                return -1
            dims = {}
            for term, shp in zip(lhs, s[:2]):
                for c, d in zip(term, shp):
                    dims[c] = max(dims.get(c, 1), d)
            return 2 * int(np.prod(list(dims.values())))
        if op in ("LSTM", "GRU", "RNN"):
            x, w, r = s[0], s[1], s[2] if len(s) > 2 else None
            if x is None or w is None or r is None:
                return -1
            seq, batch = (x[1], x[0]) if _attr(node, "layout", 0) else (x[0], x[1])
            # W: dirs, gates*H, I; R: dirs, gates*H, H
            return 2 * seq * batch * w[0] * w[1] * (w[2] + r[2])
        return 0

    def graph_flops(g: onnx.GraphProto, acc: dict) -> int:
        total = 0
        for node in g.node:
            if node.op_type == "If":
                best, best_acc = 0, {}
                for a in node.attribute:
                    if a.type == onnx.AttributeProto.GRAPH:
                        sub_acc: dict[str, int] = {}
                        f = graph_flops(a.g, sub_acc)
                        if f > best:
                            best, best_acc = f, sub_acc
                for k, v in best_acc.items():
                    acc[k] = acc.get(k, 0) + v
                total += best
                continue
            for a in node.attribute:  # Loop, Scan: the body once
                if a.type == onnx.AttributeProto.GRAPH:
                    total += graph_flops(a.g, acc)
            if node.op_type in FLOP_OPS:
                f = node_flops(node)
                if f < 0:
                    unresolved.append(node.name or node.output[0])
                    continue
                acc[node.op_type] = acc.get(node.op_type, 0) + f
                total += f
        return total

    total = graph_flops(m.graph, by_op)
    return {"flops": int(total), "by_op": by_op, "unresolved": unresolved}


_NP_DTYPE = {
    TensorProto.FLOAT: np.float32,
    TensorProto.DOUBLE: np.float64,
    TensorProto.FLOAT16: np.float16,
    TensorProto.INT64: np.int64,
    TensorProto.INT32: np.int32,
}


def make_feeds(model: onnx.ModelProto | str | Path, seed: int = DEFAULT_SEED) -> dict[str, np.ndarray]:
    """Deterministic random feeds for every real graph input (standard normal).

    Symbolic or unknown dimensions are set to 1.
    """
    if not isinstance(model, onnx.ModelProto):
        model = onnx.load(str(model), load_external_data=False)
    graph = model.graph
    inits = {t.name for t in graph.initializer}
    rng = np.random.default_rng(seed + 1)
    feeds = {}
    for vi in graph.input:
        if vi.name in inits:
            continue
        tt = vi.type.tensor_type
        shape = tuple(d.dim_value if d.HasField("dim_value") and d.dim_value > 0 else 1 for d in tt.shape.dim)
        dtype = _NP_DTYPE.get(tt.elem_type)
        if dtype is None:
            raise ValueError(f"input {vi.name}: unsupported element type {tt.elem_type}")
        if np.issubdtype(dtype, np.floating):
            feeds[vi.name] = rng.standard_normal(shape).astype(dtype)
        else:
            feeds[vi.name] = rng.integers(0, 10, size=shape).astype(dtype)
    return feeds


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Prepare the benchmark models (and count their FLOPs).")
    ap.add_argument("--models", default=",".join(MODELS), help="comma-separated subset of: " + ",".join(MODELS))
    ap.add_argument("--cache-dir", type=Path, default=None, help=f"default {default_cache_dir()}")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--rebuild", action="store_true", help="rebuild even if cached")
    args = ap.parse_args(argv)
    for name in [m.strip() for m in args.models.split(",") if m.strip()]:
        try:
            path, built = ensure_model(name, args.cache_dir, args.seed, args.rebuild)
        except Exception as e:
            print(f"{name:14s} UNAVAILABLE  {type(e).__name__}: {e}")
            continue
        size = path.stat().st_size / 2**20
        fl = count_flops(path, model_feeds(name, path, args.seed))
        extra = f"  (unresolved: {', '.join(fl['unresolved'][:3])})" if fl["unresolved"] else ""
        print(f"{name:14s} {'built ' if built else 'cached'} {size:8.1f} MiB {fl['flops'] / 1e9:8.3f} GFLOP  "
              f"{path}{extra}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
