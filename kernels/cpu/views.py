"""Views made with no checks, for generated whole-step functions (compiler/codegen.py).

A step's bind_* function makes the views of the weights blob and the arena that its calls
pass, with NumPy, once per plan and arena: every range and every reshape is checked there.
The step's whole-step function, compiled, makes the same views on each call; NumPy's slicing,
`.view` and `.reshape` compiled by Numba carry their checks and error paths (silero-vad's
first step, its bind lines in a function of their own: 831 K characters of LLVM IR and 12.4 s
of compile with them, 416 K and 5.4 s with these) and cost compile time for nothing, since a whole-step function only ever runs with a plan and arena its bind_* function
checked first (CompiledStep.execute).  These two make the array structs directly, with one
test each that the view lies inside its array (an IndexError otherwise, never a read outside).
"""
from __future__ import annotations

from llvmlite import ir as llir
from numba import njit
from numba.core import cgutils, imputils, types
from numba.extending import intrinsic
from numba.np.arrayobj import populate_array


def _dtype(d):
    return getattr(d, "instance_type", None) or getattr(d, "dtype", None)


def _check(context, builder, bad, what: str) -> None:
    with cgutils.if_unlikely(builder, bad):
        context.call_conv.return_user_exc(builder, IndexError, (f"internal: a {what} outside its array",))


def _made(context, builder, rt, src, data, shape, strides, itemsize):
    out = context.make_array(rt)(context, builder)
    populate_array(out, data=data, shape=shape, strides=strides, itemsize=itemsize,
                   meminfo=src.meminfo, parent=cgutils.get_null_value(src.parent.type))
    return imputils.impl_ret_borrowed(context, builder, rt, out._getvalue())


@intrinsic
def view(typingctx, buf, lo, hi, dtype):
    """buf[lo:hi].view(dtype) of a 1-d C-contiguous array, lo and hi in elements of buf."""
    ty = _dtype(dtype)
    if not isinstance(buf, types.Array) or buf.ndim != 1 or buf.layout != "C" or not isinstance(ty, types.Type):
        return None
    rt = types.Array(ty, 1, "C")

    def codegen(context, builder, sig, args):
        src = context.make_array(buf)(context, builder, args[0])
        intp = context.get_value_type(types.intp)
        lo_, hi_ = (context.cast(builder, v, t, types.intp) for v, t in ((args[1], lo), (args[2], hi)))
        isz = context.get_abi_sizeof(context.get_data_type(buf.dtype))
        osz = llir.Constant(intp, context.get_abi_sizeof(context.get_data_type(ty)))
        zero = llir.Constant(intp, 0)
        _check(context, builder, builder.or_(builder.or_(builder.icmp_signed("<", lo_, zero), builder.icmp_signed("<", hi_, lo_)),
                                             builder.icmp_signed(">", hi_, src.nitems)), "view")
        data = builder.bitcast(builder.gep(src.data, [lo_]), context.get_data_type(ty).as_pointer())
        n = builder.sdiv(builder.mul(builder.sub(hi_, lo_), llir.Constant(intp, isz)), osz)
        return _made(context, builder, rt, src, data, [n], [osz], osz)

    return rt(buf, lo, hi, dtype), codegen


@intrinsic
def reshape(typingctx, a, shape):
    """a.reshape(shape) of a C-contiguous array, as a C-contiguous array."""
    if not isinstance(a, types.Array) or a.layout != "C" or not isinstance(shape, types.BaseTuple) \
            or not all(isinstance(d, types.Integer) for d in shape):
        return None
    nd = len(shape)
    rt = types.Array(a.dtype, nd, "C")

    def codegen(context, builder, sig, args):
        src = context.make_array(a)(context, builder, args[0])
        intp = context.get_value_type(types.intp)
        dims = [context.cast(builder, builder.extract_value(args[1], k), shape[k], types.intp) for k in range(nd)]
        isz = llir.Constant(intp, context.get_abi_sizeof(context.get_data_type(a.dtype)))
        size = llir.Constant(intp, 1)
        for d in dims:
            size = builder.mul(size, d)
        _check(context, builder, builder.icmp_signed("!=", size, src.nitems), "reshape")
        strides, s = [], isz
        for d in reversed(dims):
            strides.append(s)
            s = builder.mul(s, d)
        return _made(context, builder, rt, src, src.data, dims, strides[::-1], isz)

    return rt(a, shape), codegen


@njit(cache=True, nogil=True)
def copy(src, dst):
    """dst[:] = src of two 1-d arrays of one size (a step output that is a view of another value):
    Numba's slice assignment formats the shapes into its error message, and compiling that
    string code took 3 s of a whole-step function's 4."""
    n = dst.size
    if src.size != n:
        raise IndexError("internal: a copy between arrays of different sizes")
    for i in range(n):
        dst[i] = src[i]
