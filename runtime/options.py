"""SessionOptions, RunOptions and the enums, with onnxruntime's names, defaults and values."""
from __future__ import annotations

import enum


class GraphOptimizationLevel(enum.IntEnum):
    ORT_DISABLE_ALL = 0
    ORT_ENABLE_BASIC = 1
    ORT_ENABLE_EXTENDED = 2
    ORT_ENABLE_LAYOUT = 3
    ORT_ENABLE_ALL = 99


class ExecutionMode(enum.IntEnum):
    ORT_SEQUENTIAL = 0
    ORT_PARALLEL = 1


class ExecutionOrder(enum.IntEnum):
    DEFAULT = 0
    PRIORITY_BASED = 1
    MEMORY_EFFICIENT = 2


def _str_pair(fn: str, key, value) -> None:
    if not isinstance(key, str) or not isinstance(value, str):
        raise TypeError(f"{fn}(): incompatible function arguments: key and value must be str, "
                        f"got {type(key).__name__} and {type(value).__name__}")


class SessionOptions:
    """What a session is created with.  Attributes onnxruntime has and onnxjit uses:
    graph_optimization_level, optimized_model_filepath, intra_op_num_threads (Numba and BLAS
    threads), enable_profiling and profile_file_prefix, log_severity_level/log_verbosity_level/
    logid, the config entries, add_initializer and the free-dimension overrides.  The others
    (execution_mode, inter_op_num_threads, the arena and memory-pattern switches,
    use_deterministic_compute: onnxjit's results are deterministic anyway) are kept and reported."""

    def __init__(self):
        self.graph_optimization_level = GraphOptimizationLevel.ORT_ENABLE_ALL
        self.optimized_model_filepath = ""
        self.intra_op_num_threads = 0
        self.inter_op_num_threads = 0
        self.execution_mode = ExecutionMode.ORT_SEQUENTIAL
        self.execution_order = ExecutionOrder.DEFAULT
        self.enable_profiling = False
        self.profile_file_prefix = "onnxruntime_profile_"
        self.log_severity_level = -1      # -1: the default logger's severity
        self.log_verbosity_level = 0
        self.logid = ""
        self.enable_mem_pattern = True
        self.enable_mem_reuse = True
        self.enable_cpu_mem_arena = True
        self.use_deterministic_compute = False
        self.use_per_session_threads = True
        self._config: dict[str, str] = {}
        self._initializers: dict = {}
        self._free_dims: dict[str, int] = {}
        self._free_denotations: dict[str, int] = {}

    def add_session_config_entry(self, key: str, value: str) -> None:
        """Set a single session configuration entry as a pair of strings."""
        _str_pair("add_session_config_entry", key, value)
        self._config[key] = value

    def get_session_config_entry(self, key: str) -> str:
        """Get a single session configuration value using the given configuration key."""
        if key not in self._config:
            from .errors import Fail
            raise Fail(f"SessionOptions does not have configuration with key: {key}")
        return self._config[key]

    def add_initializer(self, name: str, value) -> None:
        """An OrtValue that replaces the model's initializer `name` (ignored when the model has none
        of that name).  The OrtValue's buffer is used as it is when the session is created."""
        from .ortvalue import OrtValue
        if not isinstance(value, OrtValue):
            from .errors import RuntimeException
            raise RuntimeException("The provided Python object must be an OrtValue")
        self._initializers[str(name)] = value

    def add_external_initializers(self, names: list, values: list) -> None:
        if len(names) != len(values):
            from .errors import InvalidArgument
            raise InvalidArgument("add_external_initializers: names and values differ in length")
        for n, v in zip(names, values):
            self.add_initializer(n, v)

    def add_free_dimension_override_by_name(self, dim_name: str, dim_value: int) -> None:
        """Specify values of named dimensions within model inputs."""
        self._free_dims[str(dim_name)] = int(dim_value)

    def add_free_dimension_override_by_denotation(self, dim_denotation: str, dim_value: int) -> None:
        """Specify the dimension size for each denotation associated with an input's free dimension."""
        self._free_denotations[str(dim_denotation)] = int(dim_value)

    def has_providers(self) -> bool:
        return False


class RunOptions:
    """Options of one run.  `terminate = True` stops runs using this object (those in progress
    on other threads stop before their next step) with Fail; set it back to False to run again."""

    def __init__(self):
        self.log_severity_level = -1
        self.log_verbosity_level = 0
        self.logid = ""
        self.terminate = False
        self.only_execute_path_to_fetches = False
        self._config: dict[str, str] = {}

    def add_run_config_entry(self, key: str, value: str) -> None:
        """Set a single run configuration entry as a pair of strings."""
        _str_pair("add_run_config_entry", key, value)
        self._config[key] = value

    def get_run_config_entry(self, key: str) -> str:
        """Get a single run configuration value using the given configuration key."""
        if key not in self._config:
            from .errors import Fail
            raise Fail(f"RunOptions does not have configuration with key: {key}")
        return self._config[key]

    def add_active_adapter(self, adapter) -> None:
        from .errors import NotImplemented
        raise NotImplemented("LoRA adapters are not supported by onnxjit")
