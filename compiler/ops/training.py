"""Optimizer ops of the ai.onnx.preview.training domain: Adagrad, Momentum, Adam.

Inputs are R (learning rate), T (update count), then n tensors X, n gradients G and n
of each optimizer state (Adagrad: H; Momentum: V; Adam: V, H); outputs are the n new
X, then the n new states.  Each tensor is one call to kernels/cpu/training.py.
"""
from __future__ import annotations

import numpy as np

from onnxjit.errors import InvalidGraph
from ..registry import FLOATS, KERNEL, OpDef, lit, register

DOMAIN = "ai.onnx.preview.training"
_STATES = {"Adagrad": 1, "Momentum": 1, "Adam": 2}


def _n(ctx):
    k = 2 + _STATES[ctx.node.op_type]
    m = len(ctx.node.inputs) - 2
    if m <= 0 or m % k:
        raise InvalidGraph(f"{ctx.label}: expected R, T and {k} inputs per optimized tensor, "
                           f"got {len(ctx.node.inputs)} inputs")
    return m // k


def _source(ctx, j):
    """The input whose type output j has: X_i for the new X, the state for a new state."""
    n = _n(ctx)
    grp, i = divmod(j, n)
    return 2 + i if grp == 0 else 2 + (grp + 1) * n + i


def _infer(ctx):
    return [ctx.inputs[_source(ctx, j)] for j in range(len(ctx.node.outputs))]


def _check(ctx):
    try:
        n = _n(ctx)
    except InvalidGraph as err:
        return str(err)
    if len(ctx.node.outputs) != n * (1 + _STATES[ctx.node.op_type]):
        return "every new X and state output must be listed"
    for t in ctx.inputs[2:]:
        if t is None or t.dtype not in [np.dtype(d) for d in FLOATS]:
            return "optimized tensors must be float32 or float64"
    return None


def _emit(ctx, e):
    n = _n(ctx)
    op = ctx.node.op_type
    f = lambda name, d: lit(ctx.attr(name, d), np.float64)
    for i in range(n):
        x, g = e.flat(2 + i), e.flat(2 + n + i)
        states = [e.flat(2 + (2 + s) * n + i) for s in range(_STATES[op])]
        outs = [e.flat_out(i)] + [e.flat_out((1 + s) * n + i) for s in range(_STATES[op])]
        if op == "Adagrad":
            attrs = [f("norm_coefficient", 0.0), f("decay_factor", 0.0), f("epsilon", 1e-6)]
            e.call("training", "adagrad", e.flat(0), e.flat(1), x, g, *states, *outs, *attrs)
        elif op == "Momentum":
            mode = ctx.attr("mode", "standard")
            attrs = [f("norm_coefficient", 0.0), f("alpha", 0.0), f("beta", 0.0),
                     str(mode == "nesterov")]
            e.call("training", "momentum", e.flat(0), e.flat(1), x, g, *states, *outs, *attrs)
        else:
            attrs = [f("norm_coefficient", 0.0), f("norm_coefficient_post", 0.0), f("alpha", 0.9),
                     f("beta", 0.999), f("epsilon", 1e-6)]
            e.call("training", "adam", e.flat(0), e.flat(1), x, g, *states, *outs, *attrs)


for _op in _STATES:
    register(OpDef(_op, 1, KERNEL, _infer, domain=DOMAIN, emit=_emit, dtypes=FLOATS, check=_check))
