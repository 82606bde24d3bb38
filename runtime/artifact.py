"""The ahead-of-time artifact: `onnxjit compile MODEL -o ARTIFACT`.

An artifact is a zip file holding the optimized graph (an ONNX model after the session's
passes: BatchNormalization folded, epilogues fused, convolution weights prepacked in their
Winograd or blocked layouts; the original model's interface and metadata), the session
options it was compiled with, the generated modules (whose functions have the memory plan
baked in) and Numba's compiled code for them and for every kernel they call; and, for a
model with overridable initializers, the source model too (a run that feeds one builds its
program from it, compiling as a session of the model would).  `InferenceSession(ARTIFACT)`
restores the compiled code into the compile cache and builds the session from the
optimized graph, running no pass and invoking no compiler.  Compiled code is only
valid for the same onnxjit/Numba/llvmlite/Python versions and the same CPU: a mismatch
is an error, or, when the session config entry "session.aot_allow_recompile" is "1", a
warning and an ordinary compile.
"""
from __future__ import annotations

import glob
import hashlib
import json
import os
import platform
import tempfile
import warnings
import zipfile
import zlib
from typing import NamedTuple, Optional

MAGIC = "onnxjit-aot"
FORMAT = 2      # 2: model.onnx is the optimized graph (1: the source model)


def host_signature() -> dict:
    import llvmlite
    import llvmlite.binding as llvm
    import numba
    from onnxjit.compiler import __version__
    from onnxjit.kernels.cpu import blas
    # compiled code calls its BLAS by symbol name: an artifact needs the same one
    return {"onnxjit": __version__, "numba": numba.__version__, "llvmlite": llvmlite.__version__,
            "blas": blas.BACKEND,
            "python": platform.python_version(), "machine": platform.machine(),
            "cpu": llvm.get_host_cpu_name(), "cpu_features": llvm.get_host_cpu_features().flatten()}


def is_artifact(path) -> bool:
    try:
        if not zipfile.is_zipfile(path):
            return False
        with zipfile.ZipFile(path) as z:
            return json.loads(z.read("manifest.json")).get("magic") == MAGIC
    except (OSError, KeyError, ValueError):
        return False


def _options_dict(so) -> dict:
    return {"graph_optimization_level": int(so.graph_optimization_level),
            "config": dict(getattr(so, "_config", {})),
            "free_dims": dict(getattr(so, "_free_dims", {}))}


def write(model, out_path: str, sess_options=None, progress=None) -> dict:
    """Compile `model` (path or bytes) and write the artifact; returns its manifest.
    progress(stage: str) is called as the work advances."""
    import onnx
    from .options import SessionOptions
    from .session import InferenceSession
    say = progress or (lambda stage: None)
    so = sess_options or SessionOptions()
    data = bytes(model) if isinstance(model, (bytes, bytearray)) else open(model, "rb").read()
    say("compiling")
    with tempfile.TemporaryDirectory() as tmp:
        # a session of the model writes its optimized graph ...
        saved, so.optimized_model_filepath = so.optimized_model_filepath, os.path.join(tmp, "optimized.onnx")
        try:
            sess = InferenceSession(model if isinstance(model, (str, os.PathLike)) else data, so)
        finally:
            so.optimized_model_filepath = saved
        optimized = _optimized_model(onnx.load(os.path.join(tmp, "optimized.onnx")),
                                     onnx.load_model_from_string(data), sess._model)
        manifest = {"magic": MAGIC, "format": FORMAT, "host": host_signature(), "optimized": True,
                    "model_sha256": hashlib.sha256(data).hexdigest(), "options": _options_dict(so), "files": []}
        entries = {"model.onnx": optimized.SerializeToString()}
        if sess._overridable:
            entries["source.onnx"] = data
        del sess, optimized
        # ... and the code to carry is what loading that graph makes: the artifact, without
        # its code yet, loaded as a user will load it
        bare = os.path.join(tmp, "bare.onnxjit")
        _write_zip(bare, manifest, entries, {})
        sess = InferenceSession(bare, so)
        # and the whole-step functions of the steps that may switch to theirs (compiler/
        # program.py, wants_whole), weighed on eight runs on random inputs (its fastest: a
        # machine busy with other work delays some), so that a session of the artifact loads
        # them; every step's would add seconds of compile for functions never run (bert's one
        # step: 16 s, ResNet-50's: 14 s)
        say("compiling: the whole-step functions of small steps")
        from .cli import make_feeds
        try:
            feeds = make_feeds(sess)
            for _ in range(8):
                sess.run(None, feeds)
        except Exception:       # inputs that random values do not suit: no step is weighed
            pass
        for step in sess.program.compiled_steps():
            if step.wants_whole():
                step.compile_whole()
        say("collecting compiled code")
        files = _compiled_files(sess)
        del sess
    manifest["files"] = sorted(files)
    say(f"writing {len(files)} files")
    _write_zip(out_path, manifest, entries, files)
    return manifest


def _optimized_model(optimized, original, meta):
    """The optimized graph as the artifact stores it: the source model's declared inputs
    (less its overridable initializers, constants here) and outputs, not the inferred
    ones, so that the session reports the model's interface; and the source's metadata."""
    inits = {t.name for t in original.graph.initializer}
    g = optimized.graph
    del g.input[:], g.output[:]
    g.input.extend(v for v in original.graph.input if v.name not in inits)
    g.output.extend(original.graph.output)
    g.name, g.doc_string = meta.graph.name, meta.graph.doc_string
    for field in ("producer_name", "producer_version", "domain", "model_version", "doc_string"):
        setattr(optimized, field, getattr(meta, field))
    del optimized.metadata_props[:]
    optimized.metadata_props.extend(meta.metadata_props)
    return optimized


def _compiled_files(sess) -> dict[str, str]:
    """arcname -> file on disk, for every generated module `sess` runs and its compiled code,
    and the compiled code of every kernel they call."""
    from onnxjit.kernels._numba_cache import kernel_cache_dir
    files: dict[str, str] = {}
    kernels: set[str] = set()
    for step in sess.program.compiled_steps():
        path = getattr(step, "module_file", None)
        if not path:
            continue
        folder, base = os.path.split(path)
        sub = os.path.basename(folder)
        files[f"gen/{sub}/{base}"] = path
        stem = os.path.splitext(base)[0]
        for f in glob.glob(os.path.join(folder, "__pycache__", stem + ".*")):
            files[f"gen/{sub}/__pycache__/{os.path.basename(f)}"] = f
        kernels.update(step.code.kernels)
        for line in step.code.source.splitlines():   # kernels the pointwise code calls by name
            if line.startswith("from onnxjit.kernels.cpu import "):
                kernels.add(line.split()[3])
    # and the modules of the helpers compiled code calls by symbol (kernels/linkage.py): a
    # caller loaded from the cache compiles them first, from their own cache files; views
    # (its copy), which every generated module imports by name
    kernels.update(_helper_modules())
    kernels.add("views")
    kdir = os.path.join(kernel_cache_dir(), "cpu")
    for k in sorted(kernels):
        for f in glob.glob(os.path.join(kdir, k + ".*")):
            files[f"kernels/cpu/{os.path.basename(f)}"] = f
    return files


def _write_zip(out_path: str, manifest: dict, entries: dict[str, bytes], files: dict[str, str]) -> None:
    tmp = out_path + ".tmp"
    # stored, not deflated: weights hardly compress, and inflating them took most of a load
    # (ResNet-50: 0.8 s of 2.3)
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_STORED) as z:
        z.writestr("manifest.json", json.dumps(manifest, indent=1))
        for arc, data in entries.items():
            z.writestr(arc, data)
        for arc, path in sorted(files.items()):
            z.write(path, arc)
    os.replace(tmp, out_path)


def _helper_modules() -> set[str]:
    """Names of the kernel modules (onnxjit.kernels.cpu.<name>) that hold a helper called by
    symbol."""
    from onnxjit.kernels.linkage import helper_modules
    prefix = "onnxjit.kernels.cpu."
    return {mod[len(prefix):] for mod in helper_modules() if mod.startswith(prefix)}


def _check_host(manifest: dict, path: str, allow_recompile: bool) -> bool:
    """True when the artifact's compiled code fits this machine."""
    from .errors import InvalidArgument
    want, have = manifest.get("host", {}), host_signature()
    diff = [f"{k}: artifact {want.get(k)!r}, here {have[k]!r}" for k in have
            if k != "cpu_features" and want.get(k) != have[k]]
    if want.get("cpu_features") != have["cpu_features"]:
        diff.append("cpu_features differ")
    if manifest.get("format") != FORMAT:
        diff.insert(0, f"format {manifest.get('format')} (this onnxjit reads {FORMAT})")
    if not diff:
        return True
    msg = f"The AOT artifact {path} was compiled for another machine or versions: " + "; ".join(diff)
    if not allow_recompile:
        raise InvalidArgument(msg + ". Recompile it with `onnxjit compile`, or set the session config "
                              "entry 'session.aot_allow_recompile' to '1' to compile here.")
    warnings.warn(msg + "; compiling here instead", RuntimeWarning, stacklevel=3)
    return False


def _same_file(dest: str, info: zipfile.ZipInfo) -> bool:
    """Whether dest already holds the entry `info` (same size and CRC-32): restoring it again
    would only rewrite it."""
    try:
        if os.path.getsize(dest) != info.file_size:
            return False
        with open(dest, "rb") as f:
            return zlib.crc32(f.read()) == info.CRC
    except OSError:
        return False


def model_bytes(path: str) -> bytes:
    """The model an artifact carries (what restore returns), without restoring its code."""
    with zipfile.ZipFile(path) as z:
        return z.read("model.onnx")


class Restored(NamedTuple):
    model: bytes              # the optimized graph (format 1: the source model)
    options: dict             # the session options it was compiled with
    optimized: bool           # whether `model` is optimized already
    source: Optional[bytes]   # the source model, where runs may feed overridable initializers


def restore(path: str, cache_dir: str, allow_recompile: bool = False) -> Restored:
    """Put the artifact's compiled code where the compile cache looks for it; returns what
    the session is built from."""
    from onnxjit.kernels._numba_cache import atomic_write, kernel_cache_dir
    with zipfile.ZipFile(path) as z:
        manifest = json.loads(z.read("manifest.json"))
        model = z.read("model.onnx")
        source = z.read("source.onnx") if "source.onnx" in z.namelist() else None
        if _check_host(manifest, path, allow_recompile):
            for arc in manifest["files"]:
                if arc.startswith("gen/"):
                    dest = os.path.join(cache_dir, *arc.split("/")[1:])
                elif arc.startswith("kernels/"):
                    dest = os.path.join(kernel_cache_dir(), *arc.split("/")[1:])
                else:
                    continue
                # a second load finds everything in place: nothing is rewritten (an index the
                # cache has changed since is, so the artifact's code is what it names)
                if not _same_file(dest, z.getinfo(arc)):
                    atomic_write(z.read(arc), dest)
    return Restored(model, manifest["options"], bool(manifest.get("optimized")), source)
