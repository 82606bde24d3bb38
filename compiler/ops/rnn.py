"""Recurrent ops (RNN, GRU, LSTM), all lowered to the one kernel kernels/cpu/rnn.py:rnn.

Every shape, flag and activation choice is a plan-table parameter, so one compiled kernel
per dtype serves the three ops, every direction, layout, sequence length and batch size;
the activations' alpha/beta and the clip are float literals in the generated call.
"""
from __future__ import annotations

import numpy as np

from onnxjit.errors import InvalidGraph
from onnxjit.kernels.cpu.rnn import ACTIVATIONS
from .. import ir
from ..registry import FLOATS, KERNEL, OpDef, register

# op -> (kind code, gates G, activations per direction, default activations)
_OPS = {
    "RNN": (0, 1, 1, ["Tanh"]),
    "GRU": (1, 3, 2, ["Sigmoid", "Tanh"]),
    "LSTM": (2, 4, 3, ["Sigmoid", "Tanh", "Tanh"]),
}
_DIRECTIONS = {"forward": 0, "reverse": 1, "bidirectional": 2}
N_PARAMS = 24


def _direction(ctx) -> int:
    d = ctx.attr("direction", "forward")
    d = d.decode() if isinstance(d, bytes) else d
    if d not in _DIRECTIONS:
        raise InvalidGraph(f"{ctx.label}: direction must be forward, reverse or bidirectional, got {d!r}")
    return _DIRECTIONS[d]


def _activations(ctx):
    """[(code, alpha, beta)] for every direction, per the spec (alpha/beta lists consumed in
    order by the activations that take them, defaults where they run out)."""
    _, _, na, default = _OPS[ctx.node.op_type]
    nd = 2 if _direction(ctx) == 2 else 1
    names = ctx.node.attrs.get("activations")     # (the schema's RNN default lists two)
    names = [n.decode() if isinstance(n, bytes) else n for n in names] if names else default * nd
    if len(names) == na and nd == 2:
        names = names * 2
    if nd == 1 and len(names) == 2 * na:             # a second direction's set, unused
        names = names[:na]
    if len(names) != na * nd:
        raise InvalidGraph(f"{ctx.label}: {len(names)} activations given, {na * nd} expected")
    alphas = list(ctx.attr("activation_alpha") or [])
    betas = list(ctx.attr("activation_beta") or [])
    out = []
    for n in names:
        spec = ACTIVATIONS.get(n.lower())
        if spec is None:
            raise InvalidGraph(f"{ctx.label}: unknown activation {n!r}")
        code, da, db, ua, ub = spec
        a, b = da, db
        if ua and alphas:
            a = float(alphas.pop(0))
        if ub and betas:
            b = float(betas.pop(0))
        out.append((code, a, b))
    return out


def _hidden(ctx):
    hs = ctx.attr("hidden_size")
    if hs is not None:
        return int(hs)
    r = ctx.shape(2)
    return r[2] if len(r) == 3 else ctx.fresh_dim()


def _infer(ctx):
    x, w = ctx.shape(0), ctx.shape(1)
    if len(x) != 3 or len(w) != 3:
        raise InvalidGraph(f"{ctx.label}: X and W must be 3-D, got {x} and {w}")
    nd = 2 if _direction(ctx) == 2 else 1
    if isinstance(w[0], int) and w[0] != nd:
        raise InvalidGraph(f"{ctx.label}: W has {w[0]} directions, direction attribute needs {nd}")
    _, g, _, _ = _OPS[ctx.node.op_type]
    hsz = _hidden(ctx)
    if isinstance(hsz, int) and isinstance(w[1], int) and w[1] != g * hsz:
        raise InvalidGraph(f"{ctx.label}: W has {w[1]} rows, expected {g} x hidden_size {hsz}")
    layout = ctx.attr("layout", 0) or 0
    seq, batch = (x[1], x[0]) if layout else (x[0], x[1])
    dt = ctx.inputs[0].dtype
    if layout:
        y, state = (batch, seq, nd, hsz), (batch, nd, hsz)
    else:
        y, state = (seq, nd, batch, hsz), (nd, batch, hsz)
    outs = [ir.TensorType(dt, y), ir.TensorType(dt, state)]
    if ctx.node.op_type == "LSTM":
        outs.append(ir.TensorType(dt, state))
    return outs


def _has_out(ctx, j):
    return j < len(ctx.node.outputs) and bool(ctx.node.outputs[j])


def _params(ctx):
    op = ctx.node.op_type
    kind, g, na, _ = _OPS[op]
    x = ctx.shape(0)
    layout = ctx.attr("layout", 0) or 0
    seq, batch = (x[1], x[0]) if layout else (x[0], x[1])
    hsz = _hidden(ctx)
    nd = 2 if _direction(ctx) == 2 else 1

    def need(i, shape, what):
        if ctx.has_input(i) and tuple(ctx.shape(i)) != tuple(shape):
            raise InvalidGraph(f"{ctx.label}: {what} has shape {tuple(ctx.shape(i))}, expected {tuple(shape)}")

    state = (batch, nd, hsz) if layout else (nd, batch, hsz)
    need(1, (nd, g * hsz, x[2]), "W")
    need(2, (nd, g * hsz, hsz), "R")
    need(3, (nd, 2 * g * hsz), "B")
    need(4, (batch,), "sequence_lens")
    need(5, state, "initial_h")
    lstm = op == "LSTM"
    if lstm:
        need(6, state, "initial_c")
        need(7, (nd, 3 * hsz), "P")
    flag = ctx.attr("input_forget", 0) if lstm else (ctx.attr("linear_before_reset", 0) if op == "GRU" else 0)
    acts = [a[0] for a in _activations(ctx)]
    codes = acts + [0] * (6 - len(acts))
    return [kind, seq, batch, x[2], hsz, nd, _direction(ctx), layout,
            int(ctx.has_input(3)), int(ctx.has_input(4)), int(ctx.has_input(5)),
            int(lstm and ctx.has_input(6)), int(lstm and ctx.has_input(7)), int(bool(flag)),
            int(ctx.attr("clip") is not None), int(_has_out(ctx, 0)), int(_has_out(ctx, 1)),
            int(lstm and _has_out(ctx, 2))] + codes


def _flit(v) -> str:
    v = float(v)
    if not np.isfinite(v):
        return f"float({str(v)!r})"
    return repr(v)


def _emit(ctx, e):
    dt = ctx.inputs[0].dtype
    lstm = ctx.node.op_type == "LSTM"

    def opt(i, dtype):
        return e.flat(i) if e.has_input(i) else e.none(dtype)

    def out(j):
        return e.flat_out(j) if _has_out(ctx, j) else e.none(dt)

    acts = _activations(ctx)
    alphas = [a[1] for a in acts] + [0.0] * (6 - len(acts))
    betas = [a[2] for a in acts] + [0.0] * (6 - len(acts))
    clip = ctx.attr("clip")
    e.call("rnn", "rnn", e.flat(0), e.flat(1), e.flat(2), opt(3, dt), opt(4, np.int32), opt(5, dt),
           opt(6, dt) if lstm else e.none(dt), opt(7, dt) if lstm else e.none(dt),
           out(0), out(1), out(2) if lstm else e.none(dt), e.params(N_PARAMS),
           *[_flit(a) for a in alphas], *[_flit(b) for b in betas], _flit(0.0 if clip is None else clip))


def _check(ctx):
    try:
        _direction(ctx)
        _activations(ctx)
    except InvalidGraph as ex:
        return str(ex)
    if ctx.has_input(4) and ctx.inputs[4] is not None and ctx.inputs[4].dtype != np.dtype(np.int32):
        return "sequence_lens must be int32"
    return None


for _op in _OPS:
    register(OpDef(_op, 1, KERNEL, _infer, emit=_emit, params=_params, dtypes=FLOATS, check=_check))
