"""Execution providers: which exist, which this machine can run, and argument normalization."""
from __future__ import annotations

from .errors import InvalidArgument

CPU = "CPUExecutionProvider"
CUDA = "CUDAExecutionProvider"
_ALL = [CUDA, CPU]


def get_all_providers() -> list[str]:
    return list(_ALL)


def get_available_providers() -> list[str]:
    return [CPU]


def normalize_providers(providers, provider_options=None) -> tuple[list[str], list[dict]]:
    """Names or (name, options) tuples -> (names, options); CPU is always last."""
    if not providers:
        return [CPU], [{}]
    names, opts = [], []
    for k, p in enumerate(providers):
        if isinstance(p, (tuple, list)):
            name, o = p[0], dict(p[1]) if len(p) > 1 else {}
        else:
            name, o = p, (dict(provider_options[k]) if provider_options and k < len(provider_options) else {})
        if name not in _ALL:
            raise InvalidArgument(f"Unknown Provider Type: {name}")
        if name not in get_available_providers():
            import warnings
            warnings.warn(f"Specified provider '{name}' is not in available provider names. "
                          f"Available providers: '{', '.join(get_available_providers())}'")
            continue
        names.append(name)
        opts.append(o)
    if CPU not in names:
        names.append(CPU)
        opts.append({})
    return names, opts
