"""compiler.memory: the arena planner (pure Python, no compilation)."""
import random

import pytest


from onnxjit.compiler.memory import ALIGN, Buffer, plan


def _aligned(n):
    return (max(n, 1) + ALIGN - 1) // ALIGN * ALIGN


def _overlap_in_time(a, b):
    return not (a.last < b.first or b.last < a.first)


def _overlap_in_space(a, b):
    return a.offset < b.offset + _aligned(b.nbytes) and b.offset < a.offset + _aligned(a.nbytes)


def _check(p, buffers):
    assert len(p.buffers) == len(buffers)
    for b in p.buffers:
        assert b.offset >= 0 and b.offset % ALIGN == 0, b
        assert b.offset + b.nbytes <= p.peak
    for i, a in enumerate(p.buffers):
        for b in p.buffers[i + 1:]:
            if _overlap_in_time(a, b):
                assert not _overlap_in_space(a, b), (a, b)
    assert p.peak <= p.total
    assert p.peak >= max((_aligned(b.nbytes) for b in buffers), default=0)


def test_alignment_is_64():
    assert ALIGN == 64


@pytest.mark.parametrize("seed", range(40))
def test_random_plans_never_overlap_live_buffers(seed):
    rng = random.Random(seed)
    n = rng.randint(1, 40)
    steps = rng.randint(1, 30)
    buffers = []
    for k in range(n):
        first = rng.randrange(steps)
        last = rng.randint(first, min(steps - 1, first + rng.randint(0, 8)))
        size = rng.choice([0, 1, 4, 63, 64, 65, 100, 256, 1000, rng.randint(1, 5000)])
        buffers.append(Buffer(f"b{k}", size, first, last))
    p = plan(buffers)
    _check(p, buffers)
    # at each step the live buffers fit; the arena is no bigger than needed for all at once
    for s in range(steps):
        live = [b for b in p.buffers if b.first <= s <= b.last]
        assert sum(_aligned(b.nbytes) for b in live) <= p.peak or not live


def test_disjoint_lifetimes_reuse_memory():
    buffers = [Buffer("a", 1000, 0, 1), Buffer("b", 1000, 2, 3), Buffer("c", 1000, 4, 5)]
    p = plan(buffers)
    _check(p, buffers)
    assert len(set(p.offsets().values())) == 1
    assert p.peak == _aligned(1000) < p.total


def test_chain_reuses_every_other_buffer():
    # a pipeline t0 -> t1 -> t2 -> t3: each buffer lives from its producer to its consumer
    buffers = [Buffer(f"t{k}", 512, k, k + 1) for k in range(4)]
    p = plan(buffers)
    _check(p, buffers)
    assert p.peak == 2 * 512
    off = p.offsets()
    assert off["t0"] == off["t2"] and off["t1"] == off["t3"] and off["t0"] != off["t1"]


def test_inclusive_lifetimes_touching_at_one_step_do_not_share():
    # a is read by the step that writes b: they must not share bytes
    buffers = [Buffer("a", 256, 0, 2), Buffer("b", 256, 2, 3)]
    p = plan(buffers)
    _check(p, buffers)
    assert p.offsets()["a"] != p.offsets()["b"]


def test_small_buffer_fills_a_gap():
    buffers = [Buffer("big1", 1024, 0, 1), Buffer("big2", 1024, 0, 5), Buffer("later", 512, 2, 5)]
    p = plan(buffers)
    _check(p, buffers)
    assert p.offsets()["later"] == p.offsets()["big1"]
    assert p.peak == 2048


def test_empty_and_zero_size():
    p = plan([])
    assert p.peak == 0 and p.buffers == [] and p.total == 0
    buffers = [Buffer("z", 0, 0, 0), Buffer("w", 0, 0, 0)]
    p = plan(buffers)
    _check(p, buffers)


def test_summary_reports_the_saving():
    p = plan([Buffer("a", 128, 0, 0), Buffer("b", 128, 1, 1)])
    s = p.summary()
    assert "128 bytes peak" in s and "2 buffers" in s and "saves 50%" in s
