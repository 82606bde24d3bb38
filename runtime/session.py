"""InferenceSession: load -> optimize -> partition -> compile, then checked runs."""
from __future__ import annotations

import contextlib
import os
import threading
import time
from typing import Optional, Sequence

import numpy as np
import onnx

from onnxjit.compiler import infer, ir, load as load_mod, passes
from onnxjit.compiler.program import WHOLE_AFTER, CompiledStep, Program
from .errors import Fail, InvalidArgument, OnnxJitError, RuntimeException
from .options import GraphOptimizationLevel, RunOptions, SessionOptions
from .providers import normalize_providers
from .session_api import SessionAPI, apply_session_overrides


class NodeArg:
    """name, shape (ints; dim names as strings for symbolic dims) and type, as onnxruntime prints."""

    def __init__(self, name: str, t: Optional[ir.TensorType]):
        self.name = name
        if t is None:
            self.type = "unknown"
            self.shape = None
        elif not isinstance(t, ir.TensorType):   # seq(...), optional(...): shape [] unless optional(tensor)
            self.type = ir.type_string(t)
            inner = NodeArg(name, t.elem) if isinstance(t, ir.OptionalType) and isinstance(t.elem, ir.TensorType) \
                else None
            self.shape = inner.shape if inner is not None else []
        else:
            self.type = f"tensor({ir.ort_type_name(t.dtype)})"
            self.shape = None if t.shape is None else [d if isinstance(d, int) else (
                None if str(d).startswith("unk__") else d) for d in t.shape]

    def __repr__(self):
        return f"NodeArg(name='{self.name}', type='{self.type}', shape={self.shape})"


class Session(SessionAPI):
    """The shared base of InferenceSession (onnxruntime's Session)."""


class InferenceSession(Session):
    _pre_optimized = False     # the model is an artifact's optimized graph: no passes run on it

    def __init__(self, path_or_bytes, sess_options: Optional[SessionOptions] = None,
                 providers: Optional[Sequence] = None, provider_options=None, **kwargs):
        self._sess_options = sess_options or SessionOptions()
        self._weights_container = _weights_container(kwargs.pop("prepacked_weights_container", None))
        self._providers, self._provider_options = normalize_providers(
            providers, provider_options, fallback=int(kwargs.get("enable_fallback", 1)) == 1)
        self.timings: dict[str, float] = {}
        from .threads import set_intra_op_threads
        set_intra_op_threads(int(self._sess_options.intra_op_num_threads or 0))
        t0 = time.perf_counter()
        if isinstance(path_or_bytes, (str, os.PathLike)):
            self._model_path = os.fspath(path_or_bytes)
        else:
            self._model_path = None
        self.artifact = None
        source = None          # an artifact's source model, where runs may need it
        if self._model_path is not None and os.path.isfile(self._model_path):
            from . import artifact
            if artifact.is_artifact(self._model_path):   # AOT: restore compiled code, then build
                from onnxjit.compiler.cache import default_cache_dir
                cfg = self._sess_options._config
                allow = cfg.get("session.aot_allow_recompile", "0") == "1"
                cache_dir = cfg.get("session.compile_cache_dir") or default_cache_dir()
                restored = artifact.restore(self._model_path, cache_dir, allow)
                path_or_bytes, source = restored.model, restored.source
                opts = restored.options
                self._sess_options.graph_optimization_level = GraphOptimizationLevel(opts["graph_optimization_level"])
                for k, v in opts.get("free_dims", {}).items():
                    self._sess_options.add_free_dimension_override_by_name(k, v)
                self.artifact = self._model_path
                self._pre_optimized = restored.optimized
        graph, model = load_mod.load(path_or_bytes)
        apply_session_overrides(graph, model, self._sess_options)
        self._reload = _reloader(path_or_bytes, self.artifact)
        self._model = _metadata_only(model)    # the weights live in the graph: keep one copy
        del model
        # An artifact's graph is optimized already (its overridable initializers are constants
        # there): the interface, and the programs of runs that feed overridable initializers,
        # come from the source model it carries for those.
        interface = graph
        if source is not None:
            interface, src_model = load_mod.load(source)
            apply_session_overrides(interface, src_model, self._sess_options)
            del src_model
        self.timings["load"] = time.perf_counter() - t0
        # the declared interface, before any rewriting
        self._declared = {n: interface.types.get(n) for n in interface.inputs + interface.outputs + interface.overridable}
        self._input_names = list(interface.inputs)
        self._output_names = list(interface.outputs)
        self._overridable = list(interface.overridable)
        # The source graph is what programs are built from: another is built when a run feeds
        # overridable initializers, or for other providers (set_providers, fallback).  Passes
        # replace the weights they rewrite (Conv+BatchNormalization folding, packed layouts),
        # so keeping the source would hold those weights twice (ResNet-50: 90 MB).  Where no
        # run can need another program but set_providers, the first is built from the loaded
        # graph itself and a rebuild reads the model again, as onnxruntime's set_providers does.
        reuse = self._reload is not None and not self._overridable
        self._source_graph = None if reuse else interface
        self._programs: dict[frozenset, Program] = {}
        self._lock = threading.Lock()
        self._cache_dir = self._sess_options._config.get("session.compile_cache_dir", "default")
        if self._sess_options._config.get("session.disable_compile_cache", "0") == "1":
            self._cache_dir = None
        self._program = self._build(frozenset(), graph if reuse or interface is not graph else None)
        del graph, interface
        for name in self._output_names:   # undeclared output shapes: the inferred ones, as onnxruntime
            t = self._declared.get(name)
            if t is None or (isinstance(t, ir.TensorType) and t.shape is None):
                self._declared[name] = self._program.graph.types.get(name, t)
        self._fast_specs = self._feed_specs()
        t1 = time.perf_counter()
        self._warm_up()
        self.timings["compile"] += time.perf_counter() - t1
        self.timings["total"] = time.perf_counter() - t0
        self._init_api(kwargs)

    # Sizes the warm-up gives symbolic dims, tried in turn until a run succeeds: 1 first; a
    # model that rejects that (an audio model's reflect Pad and 256-tap STFT conv need a few
    # hundred samples: silero-vad) gets larger ones, while one input stays under _WARM_ELEMS.
    _WARM_DIMS = (1, 16, 256)
    _WARM_ELEMS = 1 << 22

    def _warm_up(self) -> None:
        """Compile (or load from the disk cache) every function a run calls, now rather than in
        the first real run.  A program of compiled steps alone, built whole at creation, needs
        no run for that: precompile finds every call's signature and loads it.  Others run once
        on zeros, after precompile has done what it could.  Symbolic dims take 1, or larger
        sizes if a run on 1 fails; every If runs both its branches (ops/control.py
        exploring_branches).  Where a run makes code that creation cannot (steps specialized
        to ranks, control-flow bodies), a dry run (shapes only, program.dry_run) finds that
        code first and precompile's workers compile it in parallel.  A failure of every try
        (a zero that is not a valid index, say) only means compiling lazily."""
        if self._sess_options._config.get("session.warm_up", "1") == "0":
            return
        # both branches of every If built (not run), then what runs will need compiled in
        # worker processes first (compiler/precompile.py)
        from onnxjit.compiler.ops.control import exploring_branches, prebuild_branches
        from onnxjit.compiler.precompile import default_workers, precompile
        from onnxjit.compiler.program import dry_run
        prebuild_branches(self._program)
        workers = default_workers(self._sess_options._config) if self._cache_dir is not None else 0
        self.precompile_stats = []
        types = [self._declared.get(name) for name in self._input_names]
        tries = []      # the input shapes of each try
        if all(isinstance(t, ir.TensorType) and t.shape is not None for t in types):
            symbolic = any(not isinstance(d, int) for t in types for d in t.shape)
            for fill in self._WARM_DIMS if symbolic else self._WARM_DIMS[:1]:
                shapes = [[d if isinstance(d, int) else fill for d in t.shape] for t in types]
                if fill > 1 and max((int(np.prod(sh)) for sh in shapes), default=0) > self._WARM_ELEMS:
                    break
                tries.append(shapes)
        dynamic = self._program.has_run_time_code()
        # A program of compiled steps alone, all built now, needs no run to find its code: once
        # precompile has loaded (or compiled) every call's signature, a run on zeros would only
        # compute (ResNet-50: ~0.1 s of a 0.55 s creation, VGG-19 0.24 s).
        plain = not dynamic and all(isinstance(s, CompiledStep) for s in self._program.steps)
        for k, shapes in enumerate(tries or [None]):
            feeds = None if shapes is None else {
                name: np.zeros(sh, dtype=t.dtype) if t.dtype != object else np.full(sh, "", dtype=object)
                for name, t, sh in zip(self._input_names, types, shapes)}
            if dynamic and feeds is not None:     # what only a run specializes: found first, shapes only
                try:
                    with exploring_branches(), dry_run():
                        self._program.run(feeds, list(self._output_names))
                except Exception:
                    pass
            if k == 0 or dynamic:       # compiled by the workers, in one batch with what creation knew
                stats = precompile(self._program, workers, finish=plain)
                self.precompile_stats.append(stats)
                if plain and stats["unresolved"] == 0:
                    return
            if feeds is None:
                break
            try:
                with exploring_branches():
                    self._program.run(feeds, list(self._output_names))
                break
            except Exception:
                pass
        # and the control-flow bodies the warm-up built but did not run, compiled now
        if any(getattr(s, "subprograms", None) for s in self._program.steps):
            self.precompile_stats.append(precompile(self._program, workers, finish=True))

    # ---- building
    def _source(self) -> tuple[ir.Graph, bool]:
        """A graph to build a program from (the passes rewrite it), and whether it is optimized
        already: a copy of the source graph, or, where the session did not keep one, the model
        loaded again (an artifact's: optimized)."""
        if self._source_graph is not None:
            return self._source_graph.clone(), False
        graph, model = load_mod.load(self._reload())
        apply_session_overrides(graph, model, self._sess_options)
        return graph, self._pre_optimized

    def _build(self, overridden: frozenset, graph: Optional[ir.Graph] = None) -> Program:
        """The program for a run that feeds the overridable initializers `overridden`, built
        from `graph` (which the passes rewrite; an artifact's optimized graph) or from
        self._source()."""
        t0 = time.perf_counter()
        g, optimized = (graph, self._pre_optimized) if graph is not None else self._source()
        # This program is specialized to which overridable initializers are fed: fed ones
        # become inputs, the others are constants (so ConstantOfShape weights fold).
        for name in overridden:
            g.inputs.append(name)
            g.initializers.pop(name, None)
        g.overridable = []
        infer.infer_graph(g)
        level = 0 if optimized else int(self._sess_options.graph_optimization_level)
        self.pass_stats = passes.optimize(g, level)
        self.timings["optimize"] = time.perf_counter() - t0
        if self._sess_options.optimized_model_filepath and not overridden:
            from onnxjit.compiler.export import save_graph
            save_graph(g, self._model, self._sess_options.optimized_model_filepath)
        t1 = time.perf_counter()
        program = Program(g, self._providers, self._cache_dir, memory_limit=self._memory_limit(),
                          weights_container=self._weights_container,
                          share_weights=[self._source_graph.initializers] if self._source_graph is not None else [],
                          trace=self._sess_options._config.get("session.replay_runs", "1") != "0",
                          whole_after=self._whole_after())
        self.timings["codegen"] = time.perf_counter() - t1
        self.timings["compile"] = program.compile()
        self._programs[overridden] = program
        return program

    def _whole_after(self) -> int:
        """SessionOptions config "session.whole_step_after": after how many calls a compiled step
        may switch to its whole-step function (compiler/program.py, WHOLE_AFTER); 0: never."""
        v = self._sess_options._config.get("session.whole_step_after")
        if v is None:
            return WHOLE_AFTER
        try:
            n = int(v)
        except ValueError:
            n = -1
        if n < 0:
            raise InvalidArgument(f"session.whole_step_after must be a count of calls (0: never), got {v!r}")
        return n

    def _memory_limit(self) -> Optional[int]:
        """SessionOptions config "session.memory_limit_bytes": the most bytes one compiled step's
        plan (outputs + arena) or a Loop's scan outputs may take; unset: min(available memory, 64 GiB)."""
        v = self._sess_options._config.get("session.memory_limit_bytes")
        if v is None or str(v).strip() in ("", "0"):
            return None
        try:
            limit = int(v)
        except ValueError:
            raise InvalidArgument(f"session.memory_limit_bytes must be a number of bytes, got {v!r}") from None
        if limit < 0:
            raise InvalidArgument(f"session.memory_limit_bytes must be positive, got {v!r}")
        return limit

    # ---- metadata
    def get_inputs(self) -> list[NodeArg]:
        return [NodeArg(n, self._declared[n]) for n in self._input_names]

    def get_outputs(self) -> list[NodeArg]:
        return [NodeArg(n, self._declared[n]) for n in self._output_names]

    def get_overridable_initializers(self) -> list[NodeArg]:
        return [NodeArg(n, self._declared[n]) for n in self._overridable]

    def get_providers(self) -> list[str]:
        return list(self._providers)

    def get_provider_options(self) -> dict:
        return {p: dict(o) for p, o in zip(self._providers, self._provider_options)}

    def get_session_options(self) -> SessionOptions:
        return self._sess_options

    def get_modelmeta(self):
        from .metadata import ModelMetadata
        return ModelMetadata(self._model)

    @property
    def program(self) -> Program:
        """The compiled program (partitions, groups, memory plan, generated source)."""
        return self._program

    # ---- running
    def _check_feeds(self, input_feed: dict) -> dict[str, np.ndarray]:
        if not isinstance(input_feed, dict):
            raise InvalidArgument(f"input_feed must be a dict of name -> array, got {type(input_feed).__name__}")
        feeds: dict[str, np.ndarray] = {}
        allowed = set(self._input_names) | set(self._overridable)
        for name, value in input_feed.items():
            if name not in allowed:
                raise InvalidArgument(f"Invalid input name: {name}. Expected one of: "
                                      f"{', '.join(self._input_names)}")
            feeds[name] = self._check_one(name, value)
        missing = [n for n in self._input_names if n not in feeds
                   and not isinstance(self._declared.get(n), ir.OptionalType)]   # an unfed optional is empty
        if missing:
            raise InvalidArgument(f"Required inputs ({missing}) are missing from input feed "
                                  f"({list(input_feed)}).")
        return feeds

    def _check_one(self, name: str, value) -> np.ndarray:
        t = self._declared[name]
        if t is not None and not isinstance(t, ir.TensorType):
            return self._check_non_tensor(name, t, value)
        if hasattr(value, "numpy") and not isinstance(value, np.ndarray):
            value = value.numpy()
        if not isinstance(value, np.ndarray):
            value = np.asarray(value, dtype=t.dtype if t is not None else None)
        if t is None:
            return value
        if value.dtype != t.dtype:
            raise InvalidArgument(f"Unexpected input data type for input '{name}'. Actual: "
                                  f"(tensor({_ort_type(value.dtype)})) , expected: (tensor({ir.ort_type_name(t.dtype)}))")
        if t.shape is not None:
            if value.ndim != len(t.shape):
                raise InvalidArgument(f"Invalid rank for input: {name} Got: {value.ndim} Expected: "
                                      f"{len(t.shape)} Please fix either the inputs/outputs or the model.")
            bad = [k for k, d in enumerate(t.shape) if isinstance(d, int) and value.shape[k] != d]
            if bad:
                lines = "\n".join(f" index: {k} Got: {value.shape[k]} Expected: {t.shape[k]}" for k in bad)
                raise InvalidArgument(f"Got invalid dimensions for input: {name} for the following indices\n{lines}\n"
                                      " Please fix either the inputs/outputs or the model.")
        if not value.flags.c_contiguous or not value.flags.writeable or not value.flags.aligned:
            value = np.array(value, order="C", copy=True)
        return value

    def _check_non_tensor(self, name: str, t, value):
        """A sequence input takes a list of arrays; an optional input takes None (empty) or its element."""
        if isinstance(t, ir.OptionalType):
            if value is None:
                return None
            return self._check_non_tensor(name, t.elem, value) if isinstance(t.elem, ir.SequenceType) \
                else self._check_tensor_as(name, t.elem, value)
        if isinstance(t, ir.SequenceType):
            if not isinstance(value, (list, tuple)):
                raise InvalidArgument(f"Input '{name}' is a sequence ({ir.type_string(t)}): feed a list of "
                                      f"arrays, got {type(value).__name__}")
            return [self._check_tensor_as(name, t.elem, v) for v in value]
        return value

    def _check_tensor_as(self, name: str, t, value) -> np.ndarray:
        if hasattr(value, "numpy") and not isinstance(value, np.ndarray):
            value = value.numpy()
        value = np.asarray(value, dtype=t.dtype if isinstance(t, ir.TensorType) and not isinstance(
            value, np.ndarray) else None)
        if isinstance(t, ir.TensorType) and value.dtype != t.dtype:
            raise InvalidArgument(f"Unexpected input data type for input '{name}'. Actual: "
                                  f"(tensor({_ort_type(value.dtype)})) , expected: (tensor({ir.ort_type_name(t.dtype)}))")
        return value if value.flags.c_contiguous else np.array(value, order="C")

    def run(self, output_names, input_feed, run_options: Optional[RunOptions] = None):
        # The common call (all outputs, plain C-contiguous arrays of the declared dtypes and
        # ranks, no run options, no profiling) skips the general checks: per-call overhead
        # is what small models pay.  Anything else takes the checked path.
        specs = self._fast_specs
        if (specs is not None and run_options is None and not output_names and type(input_feed) is dict
                and len(input_feed) == len(specs) and self._profiler is None):
            ok = True
            for name, dtype, rank, static in specs:
                v = input_feed.get(name)
                if (type(v) is not np.ndarray or v.dtype != dtype or v.ndim != rank
                        or not v.flags.c_contiguous or not v.flags.writeable):
                    ok = False
                    break
                if static:
                    shape = v.shape
                    for k, d in static:
                        if shape[k] != d:
                            ok = False
                    if not ok:
                        break
            if ok:
                try:        # (as _run_errors does: a context manager costs ~1 us a call)
                    return self._program.run_plain(input_feed, self._output_names)
                except OnnxJitError:
                    raise
                except _RUN_ERRORS as e:
                    raise RuntimeException(f"Non-zero status code returned while running the model: {e}") from None
        return self._run(output_names, input_feed, run_options)

    def _feed_specs(self):
        """(name, dtype, rank, [(axis, static dim)]) of every input, when all are tensors: what
        run()'s fast path checks."""
        specs = []
        for n in self._input_names:
            t = self._declared.get(n)
            if not isinstance(t, ir.TensorType) or t.shape is None:
                return None
            specs.append((n, t.dtype, len(t.shape), [(k, d) for k, d in enumerate(t.shape) if isinstance(d, int)]))
        return specs

    def _run(self, output_names, input_feed, run_options: Optional[RunOptions] = None, out=None):
        """run(); `out`: caller buffers for outputs (IOBinding), written in place."""
        if output_names is None or len(output_names) == 0:
            output_names = self._output_names
        else:
            for o in output_names:
                if o not in self._output_names:
                    raise InvalidArgument(f"Invalid output name: {o}. Expected one of: "
                                          f"{', '.join(self._output_names)}")
        if run_options is not None and run_options.terminate:
            raise Fail("Exiting due to terminate flag being set to true.")
        feeds = self._check_feeds(input_feed)
        overridden = frozenset(n for n in feeds if n in self._overridable)
        program = self._programs.get(overridden)
        if program is None:
            with self._lock:
                program = self._programs.get(overridden) or self._build(overridden)
        try:
            with _run_errors():
                return self._execute(program, feeds, list(output_names), run_options, out)
        except OnnxJitError as e:
            if self._fallback(e):
                return self._run(output_names, input_feed, run_options, out)
            raise


def _reloader(source, artifact_path: Optional[str]):
    """A function that gives the model source again (for InferenceSession._source), or None
    where reading it again could give another model (a ModelProto the caller may change):
    the path, the artifact's model, or the caller's bytes (held, as onnxruntime holds them)."""
    if artifact_path is not None:
        from . import artifact
        return lambda: artifact.model_bytes(artifact_path)
    if isinstance(source, (str, os.PathLike)):
        path = os.fspath(source)
        return lambda: path
    if isinstance(source, bytes):
        return lambda: source
    return None


_RUN_ERRORS = (IndexError, ValueError, ZeroDivisionError, TypeError, MemoryError)


@contextlib.contextmanager
def _run_errors():
    """Errors raised while running (an index out of range in a kernel...) as onnxruntime
    reports them: RuntimeException, "Non-zero status code returned while running the model"."""
    try:
        yield
    except OnnxJitError:
        raise
    except _RUN_ERRORS as e:
        raise RuntimeException(f"Non-zero status code returned while running the model: {e}") from None


def _weights_container(c):
    """InferenceSession(..., prepacked_weights_container=PrepackedWeightsContainer()): sessions given
    the same container share their packed weights (one read-only buffer per distinct content)."""
    from onnxjit.compiler.prepacked import PrepackedWeightsContainer
    if c is not None and not isinstance(c, PrepackedWeightsContainer):
        raise InvalidArgument(f"prepacked_weights_container must be an onnxjit.PrepackedWeightsContainer, "
                              f"got {type(c).__name__}")
    return c


def _ort_type(dtype) -> str:
    try:
        return ir.ort_type_name(dtype)
    except KeyError:
        return str(dtype)


def _metadata_only(model: onnx.ModelProto) -> onnx.ModelProto:
    """The model's metadata (what get_modelmeta and the optimized-model writer read), without
    its graph: holding the parsed ModelProto would keep a second copy of every weight."""
    meta = onnx.ModelProto(ir_version=model.ir_version, producer_name=model.producer_name,
                           producer_version=model.producer_version, domain=model.domain,
                           model_version=model.model_version, doc_string=model.doc_string)
    meta.opset_import.extend(model.opset_import)
    meta.metadata_props.extend(model.metadata_props)
    meta.graph.name = model.graph.name
    meta.graph.doc_string = model.graph.doc_string
    return meta
