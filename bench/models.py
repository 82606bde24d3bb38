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
    return cache_dir / f"{name}.v{PREP_VERSION}.seed{seed}.onnx"


def ensure_model(name: str, cache_dir: Path | None = None, seed: int = DEFAULT_SEED,
                 rebuild: bool = False) -> tuple[Path, bool]:
    """Path of the prepared model, building it if missing. Returns (path, built)."""
    if name not in MODELS:
        raise ValueError(f"unknown model {name!r}; choose from {', '.join(MODELS)}")
    path = model_path(name, cache_dir, seed)
    if path.exists() and not rebuild:
        return path, False
    path.parent.mkdir(parents=True, exist_ok=True)
    model = prepare(name, seed)
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
    ap = argparse.ArgumentParser(description="Prepare the light model-zoo benchmark models.")
    ap.add_argument("--models", default=",".join(MODELS), help="comma-separated subset")
    ap.add_argument("--cache-dir", type=Path, default=None, help=f"default {default_cache_dir()}")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--rebuild", action="store_true", help="rebuild even if cached")
    args = ap.parse_args(argv)
    for name in [m.strip() for m in args.models.split(",") if m.strip()]:
        path, built = ensure_model(name, args.cache_dir, args.seed, args.rebuild)
        size = path.stat().st_size / 2**20
        print(f"{name:14s} {'built ' if built else 'cached'} {size:8.1f} MiB  {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
