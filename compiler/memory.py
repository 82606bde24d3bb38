"""memory: buffer lifetimes -> byte offsets in one arena, reusing memory.

Greedy by size (as TFLite's and onnxruntime's planners do): the largest buffer is
placed first, each at the lowest offset that no buffer with an overlapping lifetime
occupies.  Lifetimes are inclusive [first, last] step indices, so a kernel never
writes over a buffer it is still reading.
"""
from __future__ import annotations

import dataclasses

ALIGN = 64


@dataclasses.dataclass
class Buffer:
    name: str
    nbytes: int
    first: int
    last: int
    offset: int = -1


@dataclasses.dataclass
class MemoryPlan:
    buffers: list[Buffer]
    peak: int               # arena bytes

    @property
    def total(self) -> int:
        """Bytes if every buffer had its own (aligned) allocation."""
        return sum(_align(max(b.nbytes, 1)) for b in self.buffers)

    def offsets(self) -> dict[str, int]:
        return {b.name: b.offset for b in self.buffers}

    def summary(self) -> str:
        lines = [f"arena: {self.peak} bytes peak for {len(self.buffers)} buffers totalling {self.total} bytes"
                 + (f" (reuse saves {100 * (1 - self.peak / self.total):.0f}%)" if self.total else "")]
        for b in sorted(self.buffers, key=lambda b: (b.offset, b.first)):
            lines.append(f"  [{b.offset:>10}, {b.offset + b.nbytes:>10})  steps {b.first}-{b.last}  {b.name}")
        return "\n".join(lines)


def _align(n: int) -> int:
    return (n + ALIGN - 1) // ALIGN * ALIGN


def plan(buffers: list[Buffer]) -> MemoryPlan:
    placed: list[Buffer] = []
    for b in sorted(buffers, key=lambda b: (-b.nbytes, b.first, b.name)):
        size = _align(max(b.nbytes, 1))
        busy = sorted((p.offset, p.offset + _align(max(p.nbytes, 1))) for p in placed
                      if not (p.last < b.first or b.last < p.first))
        offset = 0
        for start, end in busy:
            if offset + size <= start:
                break
            offset = max(offset, end)
        b.offset = offset
        placed.append(b)
    peak = max((b.offset + _align(max(b.nbytes, 1)) for b in placed), default=0)
    return MemoryPlan(sorted(placed, key=lambda b: b.first), peak)
