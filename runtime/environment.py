"""Process-wide settings, as onnxruntime's module functions set them: the default logger's
severity and verbosity, and the seed random ops start from.

Logs go through Python's `logging`, logger "onnxjit".  onnxruntime's severities map
0 VERBOSE -> DEBUG, 1 INFO -> INFO, 2 WARNING -> WARNING, 3 ERROR -> ERROR, 4 FATAL -> CRITICAL.
A session's (or a run's) log_severity_level, when >= 0, overrides the default for its own
messages, which carry its logid.
"""
from __future__ import annotations

import logging
from typing import Optional

LOGGER = logging.getLogger("onnxjit")
LEVELS = {0: logging.DEBUG, 1: logging.INFO, 2: logging.WARNING, 3: logging.ERROR, 4: logging.CRITICAL}

_state = {"severity": 2, "verbosity": 0, "seed": None}
LOGGER.setLevel(LEVELS[2])


def _severity(level) -> int:
    level = int(level)
    if level not in LEVELS:
        from .errors import RuntimeException
        raise RuntimeException(f"Invalid logging severity {level}. 0:Verbose, 1:Info, 2:Warning, 3:Error, 4:Fatal")
    return level


def set_default_logger_severity(level: int) -> None:
    """Sets the default logging severity. 0:Verbose, 1:Info, 2:Warning, 3:Error, 4:Fatal"""
    _state["severity"] = _severity(level)
    LOGGER.setLevel(LEVELS[_state["severity"]])
    if _state["severity"] < 2 and not LOGGER.handlers and not logging.getLogger().handlers:
        # below WARNING nothing would show without a handler (logging's last resort stops at WARNING)
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s [%(levelname)s:onnxjit] %(message)s"))
        LOGGER.addHandler(handler)


def set_default_logger_verbosity(level: int) -> None:
    """Sets the default logging verbosity level; verbose messages at or below it are shown when
    the severity is 0 (Verbose)."""
    _state["verbosity"] = int(level)


def get_default_logger_severity() -> int:
    return _state["severity"]


def set_seed(seed: int) -> None:
    """Sets the seed used for random number generation (RandomNormal, RandomUniform, Multinomial,
    Dropout in training mode... when the node has no seed attribute)."""
    _state["seed"] = int(seed)


def get_seed() -> Optional[int]:
    """The seed set by set_seed, or None."""
    return _state["seed"]


class SessionLogger:
    """Messages of one session or run: filtered by its own severity (when >= 0, else the default's),
    prefixed with its logid."""

    def __init__(self, logid: str = "", severity: int = -1, verbosity: int = 0):
        self.logid = logid or ""
        self.severity = int(severity) if severity is not None else -1
        self.verbosity = int(verbosity or 0)

    def enabled(self, severity: int, verbosity: int = 0) -> bool:
        if severity == 0 and verbosity > max(self.verbosity, _state["verbosity"]):
            return False
        if self.severity >= 0:
            return severity >= self.severity
        return LOGGER.isEnabledFor(LEVELS[severity])

    def log(self, severity: int, msg: str, *args, verbosity: int = 0) -> None:
        if not self.enabled(severity, verbosity):
            return
        if self.logid:
            msg = f"[{self.logid}] {msg}"
        # the session's own severity decides, not the logger's level: hand the record on directly
        record = LOGGER.makeRecord(LOGGER.name, LEVELS[severity], "(onnxjit)", 0, msg, args, None)
        LOGGER.handle(record)

    def verbose(self, msg, *args, verbosity: int = 0):
        self.log(0, msg, *args, verbosity=verbosity)

    def info(self, msg, *args):
        self.log(1, msg, *args)

    def warning(self, msg, *args):
        self.log(2, msg, *args)

    def error(self, msg, *args):
        self.log(3, msg, *args)
