"""Execution providers: which exist, which this machine can run, and argument normalization
(onnxruntime's check_and_normalize_provider_args, then the names this session can use)."""
from __future__ import annotations

import collections.abc
import warnings

from .errors import InvalidArgument

CPU = "CPUExecutionProvider"
CUDA = "CUDAExecutionProvider"
# onnxruntime's list (get_all_providers), in its order, CPU last: the names of 1.31 and 1.32 (its
# builds and releases differ; 1.32 dropped NvTensorRTRTX and ACL).
_ALL = ["NvTensorRTRTXExecutionProvider", "TensorrtExecutionProvider", CUDA, "MIGraphXExecutionProvider",
        "OpenVINOExecutionProvider", "DnnlExecutionProvider", "VitisAIExecutionProvider", "QNNExecutionProvider",
        "NnapiExecutionProvider", "VSINPUExecutionProvider", "JsExecutionProvider", "CoreMLExecutionProvider",
        "ACLExecutionProvider", "DmlExecutionProvider", "RknpuExecutionProvider", "WebNNExecutionProvider",
        "WebGpuExecutionProvider", "XnnpackExecutionProvider", "CANNExecutionProvider", "AzureExecutionProvider",
        CPU]


def get_all_providers() -> list[str]:
    """Every provider name onnxruntime knows of (the ones onnxjit can run: get_available_providers)."""
    return list(_ALL)


def get_available_providers() -> list[str]:
    return [CPU]


def check_and_normalize_provider_args(providers, provider_options, available_provider_names):
    """onnxruntime's: (names, options dicts with str keys and values), warning on names not
    available and on duplicates; ValueError on malformed arguments."""
    if providers is None:
        return [], []
    result: dict[str, dict] = {}

    def add(name, options):
        if name not in available_provider_names:
            warnings.warn("Specified provider '{}' is not in available provider names.Available providers: '{}'"
                          .format(name, ", ".join(available_provider_names)), stacklevel=4)
        if name in result:
            warnings.warn(f"Duplicate provider '{name}' encountered, ignoring.", stacklevel=4)
            return
        result[name] = {str(k): str(v) for k, v in options.items()}

    if not isinstance(providers, collections.abc.Sequence) or isinstance(providers, str):
        raise ValueError("'providers' should be a sequence.")
    if provider_options is not None:
        if not isinstance(provider_options, collections.abc.Sequence):
            raise ValueError("'provider_options' should be a sequence.")
        if len(providers) != len(provider_options):
            raise ValueError("'providers' and 'provider_options' should be the same length if both are given.")
        if not all(isinstance(p, str) for p in providers):
            raise ValueError("Only string values for 'providers' are supported if 'provider_options' is given.")
        if not all(isinstance(o, dict) for o in provider_options):
            raise ValueError("'provider_options' values must be dicts.")
        for name, options in zip(providers, provider_options):
            add(name, options)
    else:
        for p in providers:
            if isinstance(p, str):
                add(p, {})
            elif isinstance(p, tuple) and len(p) == 2 and isinstance(p[0], str) and isinstance(p[1], dict):
                add(p[0], p[1])
            else:
                raise ValueError("'providers' values must be either strings or (string, dict) tuples.")
    return list(result), list(result.values())


def normalize_providers(providers, provider_options=None, fallback: bool = True) -> tuple[list[str], list[dict]]:
    """Names or (name, options) tuples -> (names, options) this session runs with; CPU is always last.

    As onnxruntime: a known provider this machine cannot run is warned about and skipped.  An
    unknown name is warned about, then reported as onnxruntime's "EP Error" (through the
    `onnxjit` logger, not printed) and the session falls back to CPU; with fallback disabled
    (enable_fallback=0) it raises InvalidArgument "Unknown Provider Type: NAME"."""
    names, opts = check_and_normalize_provider_args(providers, provider_options, get_available_providers())
    if not names:
        return [CPU], [{}]
    keep_names, keep_opts = [], []
    for name, o in zip(names, opts):
        if name not in _ALL:
            if not fallback:
                raise InvalidArgument(f"Unknown Provider Type: {name}")
            import logging
            logging.getLogger("onnxjit").warning(
                "EP Error Unknown Provider Type: %s when using %s\nFalling back to ['%s'] and retrying.",
                name, names, CPU)
            continue
        if name in get_available_providers():
            keep_names.append(name)
            keep_opts.append(o)
    if CPU in keep_names:     # CPU runs what no other provider takes: last
        k = keep_names.index(CPU)
        keep_names.append(keep_names.pop(k))
        keep_opts.append(keep_opts.pop(k))
    else:
        keep_names.append(CPU)
        keep_opts.append({})
    return keep_names, keep_opts
