"""kernels/linkage.py: helpers called by symbol, across processes and Numba's disk cache.

Each scenario runs in fresh processes (what is loaded in a process is the point), on a small
module of its own: `leaf` is called by symbol from `mid`, which `top` calls as usual (links).
An unresolved call by symbol would jump to address 0: a crash shows as the subprocess's
return code."""
import json
import subprocess
import sys
import textwrap

import pytest

MODULE = textwrap.dedent('''
    import numba
    import numpy as np
    from onnxjit.kernels.linkage import by_symbol

    @by_symbol
    @numba.njit(cache=True)
    def leaf(a, i):
        if a[i] < 0:
            raise ValueError("negative entry")
        return a[i] * 2.0

    @numba.njit(cache=True)
    def mid(a, out):
        for i in range(a.shape[0]):
            out[i] = leaf(a, np.int64(i))

    @numba.njit(cache=True)
    def top(a, out):
        mid(a, out)
        out[0] += 1.0
''')

DRIVER = textwrap.dedent('''
    import json, sys
    import numba
    import numpy as np
    sys.path.insert(0, sys.argv[1])
    for k in range(int(sys.argv[3])):      # shift Numba's per-process function counter
        numba.njit(lambda x, k=k: x + k)(1)
    import linkmod
    fn = getattr(linkmod, sys.argv[2])
    a = np.arange(5, dtype=np.float64)
    out = np.zeros(5)
    fn(a, out)
    a[3] = -1.0
    try:
        fn(a, np.zeros(5))
        raised = ""
    except ValueError as e:
        raised = str(e)
    stats = {n: [sum(d.stats.cache_hits.values()), sum(d.stats.cache_misses.values())]
             for n, d in (("leaf", linkmod.leaf), ("mid", linkmod.mid), ("top", linkmod.top))}
    leaf = [c.fndesc.mangled_name for c in linkmod.leaf.overloads.values()]
    print("RESULT " + json.dumps({"out": out.tolist(), "raised": raised, "stats": stats, "leaf": leaf}))
''')


@pytest.fixture()
def run(tmp_path):
    (tmp_path / "linkmod.py").write_text(MODULE)
    driver = tmp_path / "driver.py"
    driver.write_text(DRIVER)

    def call(name, shift=0):
        r = subprocess.run([sys.executable, str(driver), str(tmp_path), name, str(shift)],
                           capture_output=True, text=True, timeout=300)
        assert r.returncode == 0, f"{name}: exit {r.returncode}\n{r.stderr[-2000:]}"
        res = json.loads(next(ln for ln in r.stdout.splitlines() if ln.startswith("RESULT "))[7:])
        assert res["raised"] == "negative entry"      # the helper's exception reaches the caller
        return res

    return call


def test_by_symbol_callers_load_from_cache(run):
    first = run("mid")                    # compiles mid and leaf
    assert first["out"] == [0.0, 2.0, 4.0, 6.0, 8.0]
    assert first["stats"]["mid"] == [0, 1] and first["stats"]["leaf"] == [0, 1]
    second = run("top")                   # top compiled, linking mid loaded from the cache
    assert second["out"] == [1.0, 2.0, 4.0, 6.0, 8.0]
    assert second["stats"]["top"] == [0, 1] and second["stats"]["mid"] == [1, 0]
    # top alone from the cache: its code calls leaf by symbol, and mid is never loaded;
    # leaf must be loaded first (top inherits mid's "load leaf first")
    third = run("top")
    assert third["out"] == [1.0, 2.0, 4.0, 6.0, 8.0]
    assert third["stats"]["top"] == [1, 0] and third["stats"]["leaf"] == [1, 0]
    assert third["stats"]["mid"] == [0, 0]


def test_helper_compiled_again_keeps_its_symbol(run, tmp_path):
    first = run("mid")
    for f in (tmp_path / "__pycache__").glob("linkmod.leaf-*"):
        f.unlink()                        # leaf compiles again (Numba's counter shifted)
    second = run("mid", shift=7)
    assert second["leaf"] == first["leaf"]
    # so mid's cache entry still calls it
    assert second["stats"]["mid"] == [1, 0] and second["stats"]["leaf"] == [0, 1]
    assert second["out"] == [0.0, 2.0, 4.0, 6.0, 8.0]


def test_unresolved_call_by_symbol_is_refused():
    """Code calling a symbol the JIT does not have is refused before it is loaded (onnxjit's
    cache hooks make that a cache miss), never run to jump to address 0."""
    from numba.core.compiler_lock import global_compiler_lock
    from numba.core.registry import cpu_target

    import onnxjit.kernels.linkage  # noqa: F401
    codegen = cpu_target.target_context.codegen()
    lib = codegen.create_library("onnxjit_test_unresolved")
    lib.add_ir_module(_unresolved_ir("onnxjit_test_unresolved", "_ZN4test7missingE"))
    with global_compiler_lock, pytest.raises(RuntimeError, match="_ZN4test7missingE"):
        lib.finalize()


def _unresolved_ir(name: str, missing_symbol: str):
    """An LLVM module whose one function calls `missing_symbol`, defined nowhere."""
    import llvmlite.ir as lir
    mod = lir.Module(name)
    fnty = lir.FunctionType(lir.IntType(64), [])
    missing = lir.Function(mod, fnty, missing_symbol)
    caller = lir.Function(mod, fnty, name + "_caller")
    b = lir.IRBuilder(caller.append_basic_block())
    b.ret(b.call(missing, []))
    return mod


def test_cached_object_symbols_come_from_its_symbol_table():
    """kernels/_numba_cache.py loads cached code without parsing its bitcode: the object file's
    symbol table gives what it defines and calls, the same names as the bitcode's module."""
    import numba
    import numpy as np

    from onnxjit.kernels._numba_cache import elf_symbols

    @numba.njit
    def f(a):
        return np.sin(a).sum() + a.max()

    f(np.ones(3))
    lib = f.overloads[f.signatures[0]].library
    # what a cache entry holds: the object code of the final module, and the module for linking
    obj = lib.codegen._tm.emit_object(lib._final_module)
    mod = lib._get_module_for_linking()
    syms = elf_symbols(obj)
    if syms is None:
        pytest.skip("not an ELF platform")
    want = {g.name for gs in (mod.functions, mod.global_variables) for g in gs if not g.is_declaration}
    assert set(syms[0]) == want and f.overloads[f.signatures[0]].fndesc.mangled_name in want
    calls = {g.name for g in mod.functions if g.is_declaration and not g.name.startswith("llvm.")}
    assert calls <= set(syms[1])
    assert elf_symbols(b"not an object file") is None and elf_symbols(obj[:40]) is None


def test_cached_object_calling_an_unloaded_symbol_is_refused():
    """The same refusal as test_unresolved_call_by_symbol_is_refused for code loaded from the
    cache by its symbol table (no bitcode parsed)."""
    import llvmlite.binding as ll
    from numba.core.compiler_lock import global_compiler_lock
    from numba.core.registry import cpu_target

    import onnxjit.kernels.linkage  # noqa: F401
    from onnxjit.kernels._numba_cache import elf_symbols
    codegen = cpu_target.target_context.codegen()
    module = ll.parse_assembly(str(_unresolved_ir("onnxjit_test_unresolved_obj", "_ZN4test8missing2E")))
    obj = codegen._tm.emit_object(module)
    if elf_symbols(obj) is None:
        pytest.skip("not an ELF platform")
    cls = type(codegen.create_library("x"))
    assert getattr(cls._unserialize.__func__, "_onnxjit", False)     # onnxjit's loading is installed
    state = ("onnxjit_test_unresolved_obj", "object", (obj, module.as_bitcode()))
    with global_compiler_lock, pytest.raises(RuntimeError, match="_ZN4test8missing2E"):
        cls._unserialize(codegen, state)


NRT_DRIVER = textwrap.dedent('''
    import json
    import onnxjit.kernels          # installs the cache hooks
    from numba.core.runtime import nrtdynmod
    built = []
    create = nrtdynmod.create_nrt_module
    nrtdynmod.create_nrt_module = lambda ctx: built.append(1) or create(ctx)
    import numba
    import numpy as np

    @numba.njit
    def f(n):                       # compiled here: links the runtime library, allocates, frees
        a = np.empty(n)
        a[:] = 2.0
        return a[1:].sum()

    print("RESULT " + json.dumps({"sum": f(10), "built": len(built)}))
''')


def test_runtime_library_is_built_once_then_loaded_from_the_cache(tmp_path):
    """Numba's runtime helpers (NRT_incref, NRT_decref...) are built with LLVM by the first
    process and loaded from the kernel cache by the next, which still compiles, links and runs
    code that allocates; a truncated entry is rebuilt."""
    import glob
    import os
    env = dict(os.environ, ONNXJIT_CACHE_DIR=str(tmp_path / "cache"))

    def run():
        r = subprocess.run([sys.executable, "-c", NRT_DRIVER], env=env, capture_output=True, text=True, timeout=300)
        assert r.returncode == 0, r.stderr[-2000:]
        return json.loads(next(ln for ln in r.stdout.splitlines() if ln.startswith("RESULT "))[7:])

    assert run() == {"sum": 18.0, "built": 1}
    (entry,) = glob.glob(str(tmp_path / "cache" / "kernels" / "*" / "nrt-*.bin"))
    size = os.path.getsize(entry)
    assert run() == {"sum": 18.0, "built": 0}
    with open(entry, "r+b") as f:
        f.truncate(size // 2)
    assert run() == {"sum": 18.0, "built": 1}
    assert os.path.getsize(entry) == size
