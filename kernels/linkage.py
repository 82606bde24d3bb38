"""Calls by symbol: kernels that call a large helper without compiling its code again.

Numba links the LLVM IR of every njit function a function calls into the caller's module and
optimizes and emits the whole of it again.  A kernel with a prange loop is built as four such
modules (the loop body's gufunc, two wrappers around it, the kernel), so a helper called from
the loop was optimized four times more, and once more in every kernel and generated function
that calls it: conv_1x1 with its GEMM helper took 6.6 s of cold compile, the same body without
the prange 1.6 s.

`@by_symbol` (outside `@njit`) marks such a helper: its callers declare it and call its
compiled code by its symbol in Numba's JIT, which resolves it against the helper's own module,
compiled (or loaded from the cache) once.  What that needs:

- the helper is compiled before any caller's code is loaded: a caller's compile types the
  call, which compiles the helper; a caller loaded from Numba's disk cache first runs its
  entry's `reload_init` list (Numba's own hook, run before the code is loaded), to which the
  call adds "compile the helper for these types" (from the cache too, so an AOT artifact
  still loads without compiling).  Callers of callers inherit the list (Numba merges the
  lists of linked libraries; `_carry_reload_init` keeps it on libraries loaded from cache).
- the symbol is the same in every process: Numba's names carry a per-process counter, so a
  helper compiled again (by a compile worker, or after its cache entry was lost) would be
  another symbol than the one its cached callers call.  A marked helper takes the fixed
  counter value 0 (Numba's counter starts at 1) in its name instead.
- a reference that still cannot be resolved would make the code jump to address 0:
  `_check_declarations` refuses such code before it reaches the JIT, and onnxjit's cache hooks
  (kernels/_numba_cache.py) turn that into a cache miss: the caller is compiled again.

The cost is one call that cannot be inlined per work item of the kernel (the helpers marked
are a block of a GEMM, a plane range of a pooling: microseconds of work each); squeezenet at
one thread ran 8.68-8.82 ms with them, 8.75-8.99 ms without (four runs each)."""
from __future__ import annotations

import functools
import importlib

# Numba's (Itanium) mangled names: what a call by symbol declares.  Numba itself leaves no
# such declaration in a module (it links every callee's code in).
_MANGLED = "_ZN"
# (module, qualname) -> the function object whose compiles get the fixed symbol names: the
# first one marked (a second function of that name, a module reloaded, keeps Numba's counter,
# so that two different codes never share a symbol).
_FIXED: dict = {}
_FIXED_UID = 0


def helper_modules() -> set[str]:
    """The modules holding a helper marked @by_symbol (what an AOT artifact must carry the
    cache files of, besides its callers')."""
    return {module for module, _ in _FIXED}


def _compile_helper(module: str, qualname: str, args: tuple) -> None:
    """A caller's reload_init entry: compile (or load from the cache) the helper it calls."""
    obj = importlib.import_module(module)
    for part in qualname.split("."):
        obj = getattr(obj, part)
    obj.compile(args)


def _call_impl(fndesc, reload):
    """Lowering of a call of the helper compiled as `fndesc`: as Numba's own user_function,
    less the linking of its library, plus the reload_init entry."""
    from numba.core import cgutils, imputils

    def imp(context, builder, sig, args):
        fn = context.declare_function(builder.module, fndesc)
        status, ret = context.call_conv.call_function(builder, fn, fndesc.restype, fndesc.argtypes, args)
        with cgutils.if_unlikely(builder, status.is_error):
            context.call_conv.return_status_propagate(builder, status)
        ret = imputils.fix_returning_optional(context, builder, sig, status, ret)
        context.active_code_library._reload_init.add(reload)
        return imputils.impl_ret_new_ref(context, builder, fndesc.restype, ret)

    imp.signature = fndesc.argtypes
    imp.libs = ()
    return imp


def by_symbol(disp):
    """Mark njit dispatcher `disp` as called by symbol (see the module doc); returns it.

    Each overload, compiled or loaded from the cache, is registered with Numba's target context
    (as every dispatcher's is) and then that registration is replaced by one whose calls do not
    link its library.  Where Numba's internals did not take the hooks (INSTALLED false),
    calls link the helper as usual."""
    from numba.core.base import OverloadSelector

    if not INSTALLED:
        return disp
    add = disp.add_overload
    py = disp.py_func
    _FIXED.setdefault((py.__module__, py.__qualname__), py)

    def add_overload(cres):
        add(cres)
        if cres.objectmode:
            return
        reload = functools.partial(_compile_helper, py.__module__, py.__qualname__, tuple(cres.signature.args))
        sel = OverloadSelector()
        sel.append(_call_impl(cres.fndesc, reload), cres.fndesc.argtypes)
        disp.targetctx._defns[cres.entry_point] = sel

    disp.add_overload = add_overload
    return disp


def _any_layout_typer(typingctx, x):
    from numba.core import imputils, types
    if not isinstance(x, types.Array):
        return None
    rt = x.copy(layout="A")

    def codegen(context, builder, sig, args):
        # one data model for every layout: the same value, typed with unknown strides
        return imputils.impl_ret_borrowed(context, builder, rt, args[0])

    return rt(x), codegen


def any_layout(x):
    """Array `x` typed with layout 'A' (compiled code only): what a caller passes a helper
    called by symbol that reads strides anyway, so that one compile of the helper serves
    C-contiguous, Fortran-ordered and strided arguments alike."""
    raise NotImplementedError


def _register_any_layout() -> None:
    from numba.core import types
    from numba.extending import intrinsic, overload

    cast = intrinsic(_any_layout_typer)

    @overload(any_layout, inline="always")
    def _any_layout_ov(x):
        if isinstance(x, types.Array):
            if x.layout == "A":
                return lambda x: x
            return lambda x: cast(x)


def _install() -> bool:
    try:
        from numba.core import bytecode, caching, codegen
        load = caching.Cache._load_overload
        verify = codegen.CPUCodeLibrary._verify_declare_only_symbols
        identity = bytecode.FunctionIdentity.from_function.__func__
    except (ImportError, AttributeError):
        return False
    if getattr(verify, "_onnxjit", False):
        return True

    def _from_function(cls, pyfunc):
        self = identity(cls, pyfunc)
        if _FIXED.get((self.modname, self.func_qualname)) is self.func:
            self.unique_id = _FIXED_UID
            self.unique_name = f"{self.func_qualname}${_FIXED_UID}"
        return self

    def _carry_reload_init(self, sig, target_context):
        # A library loaded from the cache starts with an empty reload_init; a function
        # compiled later that links it must still inherit "compile the helpers first".
        cres = load(self, sig, target_context)
        if cres is not None and getattr(cres, "reload_init", None):
            cres.library._reload_init.update(cres.reload_init)
        return cres

    def _check_declarations(self):
        verify(self)
        from llvmlite import binding as ll
        engine = self._codegen._engine
        # code loaded from the cache is object code: its declarations are in the bitcode kept
        # for linking it into later callers
        # (or, loaded by kernels/_numba_cache.py, the object file's undefined symbols)
        names = getattr(self, "_onnxjit_undefined", None)
        if names is None:
            module = getattr(self, "_shared_module", None) or self._final_module
            names = [fn.name for fn in module.functions if fn.is_declaration]
        for name in names:
            if name.startswith(_MANGLED) and not engine.is_symbol_defined(name) and not ll.address_of_symbol(name):
                raise RuntimeError(f"compiled code calls {name}, which is not loaded "
                                   "(a cache entry older than the helper it calls)")

    _check_declarations._onnxjit = True
    bytecode.FunctionIdentity.from_function = classmethod(_from_function)
    caching.Cache._load_overload = _carry_reload_init
    codegen.CPUCodeLibrary._verify_declare_only_symbols = _check_declarations
    return True


INSTALLED = _install()
_register_any_layout()


def _fold_defaults(disp, argtys: list) -> tuple:
    """The signature a call with `argtys` compiles: Omitted(default) for each parameter left
    to its default, as Numba's dispatcher types a call; a signature without them would be
    compiled (and cached) as another one."""
    from numba.core import types
    for default in _defaults(disp.py_func)[len(argtys):]:
        if default is _NO_DEFAULT:
            break
        argtys.append(types.Omitted(default))
    return tuple(argtys)


_NO_DEFAULT = object()


@functools.lru_cache(maxsize=None)
def _defaults(py_func) -> tuple:
    """Each parameter's default (_NO_DEFAULT where it has none), once per function:
    inspect.signature cost ~0.1 ms a call, 60 ms of a warm session creation over its calls."""
    import inspect
    return tuple(_NO_DEFAULT if p.default is inspect.Parameter.empty else p.default
                 for p in inspect.signature(py_func).parameters.values())


def _call_typer(typingctx, fn, *args):
    from numba.core import types
    if not isinstance(fn, types.Dispatcher):
        return None
    disp = fn.dispatcher
    sig = _fold_defaults(disp, [types.unliteral(a) for a in args])
    cres = disp.overloads.get(sig)
    if cres is None:        # compiled, or loaded from the cache, now
        disp.compile(sig)
        cres = disp.overloads[sig]
    if cres.objectmode:
        return None
    fndesc = cres.fndesc
    py = disp.py_func
    reload = functools.partial(_compile_helper, py.__module__, py.__qualname__, sig)
    impl = _call_impl(fndesc, reload)

    def codegen(context, builder, signature, llargs):
        vals = [context.cast(builder, builder.extract_value(llargs[1], k), a, t)
                for k, (a, t) in enumerate(zip(args, fndesc.argtypes))]
        vals += [context.get_dummy_value()] * (len(fndesc.argtypes) - len(args))   # the Omitted
        return impl(context, builder, fndesc.restype(*fndesc.argtypes), vals)

    return fndesc.restype(fn, types.StarArgTuple.from_types(args)), codegen


def _make_call():
    from numba.extending import intrinsic
    intrin = intrinsic(_call_typer)
    intrin.__doc__ = """call(fn, *args): `fn(*args)` in compiled code, `fn` an njit dispatcher called by
    its symbol: the call of `@by_symbol` for one call site rather than for every caller of `fn`.
    Generated whole-step functions call their kernels so (compiler/codegen.py): such a function
    compiles in a fraction of a second, where each linked call compiles the kernel's code once
    more (a function calling conv alone: 4.6 s)."""
    return intrin


call = _make_call()
