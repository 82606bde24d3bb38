"""Reductions (filled in by the reduce family work)."""
