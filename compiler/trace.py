"""trace: a run recorded once per input signature, then replayed.

A small model's call is mostly Python between its compiled calls: If nodes that decide on
shapes or on a small input (silero-vad's sample rate picks a branch, and seven Ifs inside it
decide on shapes), steps specialized to ranks, one plan lookup per step, the branch bodies'
own step loops.  For one *signature* of the feeds -- every feed's name, shape and dtype, and
the values of the few small feeds that a decision read -- all of that comes out the same on
every call: the same compiled functions run with the same plans, in the same order, each
reading values made by the same earlier calls.  So the first run with a signature is recorded
(`Recorder`, fed by CompiledStep.run, HostStep.run, the If branches and Program._run_steps
while `tls.rec` is set) and later runs replay it (`Trace.replay`): the compiled calls over a
list of slots, without the Ifs, the lookups or the calls whose results only fed a decision.

A recording is dropped, and its signature always runs the ordinary way, when a decision
depends on the values of a feed too large to be part of the signature (an If on a model's
output score), or when the run does something the recorder does not follow: a host op other
than If (Loop, Scan, sequences...), or a value it did not see made.  Replaying it would
then be wrong for some inputs, so the recorder refuses rather than guesses.
"""
from __future__ import annotations

import threading
from typing import Optional

import numpy as np

# Integer or bool feeds of at most this many elements may be part of a signature by value (a
# sample rate, a flag, a step count, a target shape); a decision read from any other feed
# makes the run untraceable.
SMALL_FEED = 64
# Signatures kept per program; a program that fills them this many times over (shapes or
# small values that keep changing) stops recording and runs the ordinary way.
MAX_TRACES = 64
MAX_REFILLS = 4

_CALL, _RESHAPE = 0, 1


class _Recording(threading.local):
    rec = None      # the Recorder of the run this thread is recording


tls = _Recording()


class Untraceable(Exception):
    """Raised inside Recorder methods; the recording is dropped."""


class Recorder:
    """What a run did, in terms of slots: one per value (feed, constant, or made by the run)."""

    def __init__(self, feeds: dict):
        self.slot: dict[int, int] = {}     # id(array) -> slot; the arrays are held in `keep`
        self.keep: list = []
        self.kind: list[str] = []           # per slot: "feed", "const", "made"
        self.deps: list[frozenset] = []     # per slot: the feeds whose values it depends on
        self.value: dict[int, object] = {}   # slot -> what replays read, where not the array seen
        self.ops: list[tuple] = []
        self.feed_slots: list[tuple[str, int]] = []
        self.small = {n for n, a in feeds.items() if a.size <= SMALL_FEED and a.dtype.kind in "biu"}
        self.decided: set[str] = set()      # small feeds whose values a decision read
        self.why: Optional[str] = None      # set when the recording is dropped
        for name, a in feeds.items():
            self.feed_slots.append((name, self._new(a, "feed", frozenset([name]))))

    # -- slots
    def _new(self, a, kind: str, deps: frozenset) -> int:
        k = len(self.kind)
        self.slot[id(a)] = k
        self.keep.append(a)
        self.kind.append(kind)
        self.deps.append(deps)
        return k

    def const(self, a) -> None:
        """`a` is a constant of the program (an initializer): the same object on every run."""
        if id(a) not in self.slot:
            self._new(a, "const", frozenset())

    def _of(self, a) -> int:
        k = self.slot.get(id(a))
        if k is None:
            raise Untraceable(f"a value of type {type(a).__name__} the recorder did not see made")
        return k

    def _decide(self, slots) -> None:
        for k in slots:
            deps = self.deps[k]
            if not deps <= self.small:
                raise Untraceable(f"a decision reads the values of {sorted(deps - self.small)}, which are not small "
                                  f"feeds")
            self.decided |= deps

    # -- events: what the run did, each noted unless the recording is dropped already
    def abandon(self, why: str) -> None:
        if self.why is None:
            self.why = why

    def _guard(self, f, *args) -> None:
        if self.why is not None:
            return
        try:
            f(*args)
        except Untraceable as e:
            self.abandon(str(e))

    def call(self, step, plan, arrays: dict, ins: list, outs: list) -> None:
        """A compiled step given `arrays` ran with `plan` on `ins` (its code.inputs) and made `outs`."""
        self._guard(self._call, step, plan, arrays, ins, outs)

    def _value_inputs(self, step, arrays) -> list[int]:
        """The slots of the inputs whose values chose `step`'s plan (and specialization): decided."""
        vi = [self._of(arrays[v]) for v in step.value_inputs if v in arrays]
        self._decide(vi)
        return vi

    def _call(self, step, plan, arrays, ins, outs) -> None:
        in_slots = [self._of(a) for a in ins]
        vi = self._value_inputs(step, arrays)
        all_deps = frozenset().union(*[self.deps[k] for k in in_slots])
        key_deps = frozenset().union(*[self.deps[k] for k in vi])
        some = plan.some_known or [None] * len(outs)
        out_slots = [self._new(o, "made", key_deps if known is not None else all_deps) for o, known in zip(outs, some)]
        self.ops.append((_CALL, step, plan, in_slots, out_slots))

    def known(self, step, arrays: dict, outs: list) -> None:
        """A compiled step's outputs came from its plan, with no call: constants of the signature."""
        self._guard(self._known, step, arrays, outs)

    def _known(self, step, arrays, outs) -> None:
        self._value_inputs(step, arrays)
        for o in outs:     # replays read a copy: the run hands `o` on, maybe to its caller
            self.value[self._new(o, "const", frozenset())] = o.copy()

    def reshape(self, src, dst, const: bool) -> None:
        """dst is a fresh copy of src in another shape (an If branch that only reshapes; a
        replay makes a view instead, Trace); `const`: src is a constant of the branch."""
        self._guard(self._reshape, src, dst, const)

    def _reshape(self, src, dst, const) -> None:
        if const:
            self.const(src)
        k = self._of(src)
        self.ops.append((_RESHAPE, k, dst.shape, self._new(dst, "made", self.deps[k])))

    def decide(self, a) -> None:
        """An If chose its branch by `a`."""
        self._guard(lambda: self._decide([self._of(a)]))

    def finish(self, result: list) -> Optional["Trace"]:
        """The Trace of this run, given what it returned; None if the recording was dropped."""
        if self.why is not None:
            return None
        try:
            outs = [self._of(a) for a in result]
        except Untraceable as e:
            self.abandon(str(e))
            return None
        return Trace(self, outs)


class Trace:
    """A recorded run, pruned to what makes its outputs, ready to replay."""

    def __init__(self, rec: Recorder, outs: list[int]):
        # keep only the ops that make what later ops or the outputs read
        need = set(outs)
        ops = []
        for op in reversed(rec.ops):
            if op[0] == _CALL:
                if need.intersection(op[4]):
                    ops.append(op)
                    need.update(op[3])
            elif op[-1] in need:
                ops.append(op)
                need.add(op[1])
        ops.reverse()
        self.ops = ops
        self.n = len(rec.kind)
        self.init = [rec.value.get(k, a) if kind == "const" and k in need else None
                     for k, (a, kind) in enumerate(zip(rec.keep, rec.kind))]
        self.feeds = [(name, k) for name, k in rec.feed_slots if k in need]
        # A reshape is replayed as a view (a run's reshape copies, but nothing a replay makes is
        # written again), so an output is copied where it is, or is a view of, a value not made
        # by this run (a constant, a feed; as a run copies them) or of another output.
        root = list(range(self.n))
        for op in ops:
            if op[0] == _RESHAPE:
                root[op[3]] = root[op[1]]
        seen: set = set()
        self.outs = []
        for k in outs:
            r = root[k]
            self.outs.append((k, rec.kind[r] != "made" or r in seen))
            seen.add(r)
        self.calls = sum(op[0] == _CALL for op in ops)

    def replay(self, feeds: dict) -> list:
        vals = self.init.copy()
        for name, k in self.feeds:
            vals[k] = feeds[name]
        for op in self.ops:
            if op[0] == _CALL:
                _, step, plan, ins, outs = op
                for k, a in zip(outs, step.execute(plan, [vals[i] for i in ins])):
                    vals[k] = a
            else:       # _RESHAPE
                vals[op[3]] = vals[op[1]].reshape(op[2])
        return [vals[k].copy() if copy else vals[k] for k, copy in self.outs]


class Tracer:
    """A program's traces, by signature.  `run` replays one, records one, or says to run the
    ordinary way (None)."""

    def __init__(self):
        from .ops.control import _EXPLORE
        self._explore = _EXPLORE
        self.traces: dict = {}
        self.value_feeds: tuple = ()       # names of the small feeds whose values are in signatures
        self.dropped: Optional[str] = None     # why the last recording was dropped (tests, debugging)
        self.refills = 0
        self._lock = threading.Lock()

    def signature(self, feeds: dict, outputs: list):
        try:
            key = (*outputs, *[(n, a.shape, a.dtype) for n, a in feeds.items()])
            if self.value_feeds:
                key += (self.value_feeds,) + tuple([feeds[n].tobytes() for n in self.value_feeds if n in feeds])
        except AttributeError:       # not an array: sequences, optional values
            return None
        return key

    def run(self, program, feeds: dict, outputs: list, state) -> Optional[list]:
        """`state`: program._tls, the run in progress on this thread (runs with options, profiled
        or dry are not traced)."""
        if state.dry or self._explore.on or tls.rec is not None or state.run_options is not None \
                or state.group_hook is not None or self.refills > MAX_REFILLS:
            return None
        key = self.signature(feeds, outputs)
        if key is None:
            return None
        t = self.traces.get(key, False)
        if t is not False:
            return None if t is None else t.replay(feeds)
        if len({id(a) for a in feeds.values()}) < len(feeds):
            return None     # one array fed twice: the recorder could not tell which feed a step read
        rec = Recorder(feeds)
        tls.rec = rec
        try:
            result = program._run_steps(feeds, outputs)
        finally:
            tls.rec = None
        trace = rec.finish(result)
        self.dropped = rec.why
        with self._lock:
            new = tuple(sorted(set(self.value_feeds) | rec.decided))
            if new != self.value_feeds:      # signatures now carry more values: the old keys are stale
                self.value_feeds = new
                self.traces.clear()
            if len(self.traces) >= MAX_TRACES:
                self.traces.clear()
                self.refills += 1
            self.traces[self.signature(feeds, outputs)] = trace
        return result
