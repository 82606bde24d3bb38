"""ai.onnx.ml ops against onnxruntime: scikit-learn estimators converted with skl2onnx, and
hand-made models for the cases converters rarely write (binary scores, post transforms,
LabelEncoder versions, maps).

Tolerance: float outputs within atol 1e-5, rtol 1e-4 of onnxruntime (scores are summed in
float64 here, in float32 there); labels, strings and integers exactly.  Training data is
tiny, so the file runs in seconds once the kernels are in Numba's disk cache.
"""
from __future__ import annotations

import warnings

import numpy as np
import pytest
from onnx import TensorProto as T, helper

import onnxjit
from helpers import make_model, vi

sklearn = pytest.importorskip("sklearn")
skl2onnx = pytest.importorskip("skl2onnx")
onnxruntime = pytest.importorskip("onnxruntime")

ML = "ai.onnx.ml"
ATOL, RTOL = 1e-5, 1e-4


def _ref(model, feeds):
    data = model if isinstance(model, bytes) else model.SerializeToString()
    return onnxruntime.InferenceSession(data, providers=["CPUExecutionProvider"]).run(None, feeds)


def _mine(model, feeds):
    data = model if isinstance(model, bytes) else model.SerializeToString()
    return onnxjit.InferenceSession(data).run(None, feeds)


def _same(expected, got):
    assert len(expected) == len(got)
    for e, g in zip(expected, got):
        if isinstance(e, list):              # ZipMap: a list of dicts
            assert isinstance(g, list) and len(g) == len(e)
            for de, dg in zip(e, g):
                assert sorted(de) == sorted(dg)
                np.testing.assert_allclose([dg[k] for k in de], [de[k] for k in de], atol=ATOL, rtol=RTOL)
            continue
        g = np.asarray(g)
        assert g.shape == e.shape, (g.shape, e.shape)
        if e.dtype == object or e.dtype.kind in "iub":
            assert g.dtype == e.dtype
            np.testing.assert_array_equal(g, e)
        else:
            assert g.dtype == e.dtype
            np.testing.assert_allclose(g, e, atol=ATOL, rtol=RTOL)


def _check(model, feeds):
    _same(_ref(model, feeds), _mine(model, feeds))


# ---------------------------------------------------------------- scikit-learn models

def _data():
    rng = np.random.RandomState(0)
    X = rng.randn(40, 4).astype(np.float32)
    y2 = (X[:, 0] + X[:, 1] > 0).astype(np.int64)
    y3 = np.digitize(X[:, 0], [-0.5, 0.5]).astype(np.int64)
    yr = (X @ np.array([1.0, 2.0, -1.0, 0.5], np.float32) + 0.1).astype(np.float32)
    return X, y2, y3, yr


def _estimators():
    from sklearn.ensemble import (GradientBoostingClassifier, GradientBoostingRegressor,
                                  RandomForestClassifier, RandomForestRegressor)
    from sklearn.linear_model import LinearRegression, LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import Binarizer, Normalizer, StandardScaler
    from sklearn.svm import SVC, SVR, LinearSVC
    t = dict(n_estimators=3, max_depth=3, random_state=0)
    return {
        "logreg_binary": (lambda: LogisticRegression(), "y2"),
        "logreg_multi": (lambda: LogisticRegression(), "y3"),
        "linreg": (lambda: LinearRegression(), "yr"),
        "rf_classifier_binary": (lambda: RandomForestClassifier(**t), "y2"),
        "rf_classifier_multi": (lambda: RandomForestClassifier(**t), "y3"),
        "rf_regressor": (lambda: RandomForestRegressor(**t), "yr"),
        "gb_classifier_binary": (lambda: GradientBoostingClassifier(**t), "y2"),
        "gb_classifier_multi": (lambda: GradientBoostingClassifier(**t), "y3"),
        "gb_regressor": (lambda: GradientBoostingRegressor(**t), "yr"),
        "svc_linear": (lambda: SVC(kernel="linear"), "y2"),
        "svc_rbf_multi": (lambda: SVC(kernel="rbf"), "y3"),
        "svc_rbf_proba": (lambda: SVC(kernel="rbf", probability=True, random_state=0), "y2"),
        "svc_poly_proba_multi": (lambda: SVC(kernel="poly", probability=True, random_state=0), "y3"),
        "svc_sigmoid": (lambda: SVC(kernel="sigmoid"), "y3"),
        "linear_svc": (lambda: LinearSVC(), "y3"),
        "svr_rbf": (lambda: SVR(), "yr"),
        "svr_linear": (lambda: SVR(kernel="linear"), "yr"),
        "standard_scaler": (lambda: StandardScaler(), None),
        "normalizer_l2": (lambda: Normalizer(), None),
        "normalizer_l1": (lambda: Normalizer(norm="l1"), None),
        "normalizer_max": (lambda: Normalizer(norm="max"), None),
        "binarizer": (lambda: Binarizer(threshold=0.2), None),
        "pipeline": (lambda: make_pipeline(StandardScaler(), LogisticRegression()), "y3"),
    }


@pytest.mark.parametrize("name", sorted(_estimators()))
def test_sklearn_model(name):
    from skl2onnx import to_onnx
    X, y2, y3, yr = _data()
    make, target = _estimators()[name]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        est = make().fit(X, {"y2": y2, "y3": y3, "yr": yr}[target] if target else None)
        onx = to_onnx(est, X[:1])
    _check(onx.SerializeToString(), {onx.graph.input[0].name: X})


@pytest.mark.parametrize("dtype", [np.int64, object])
def test_sklearn_one_hot_encoder(dtype):
    from skl2onnx import to_onnx
    from sklearn.preprocessing import OneHotEncoder
    if dtype is object:
        fit = np.array([["a", "x"], ["b", "y"], ["c", "x"]], dtype=object)
        x = np.array([["a", "y"], ["c", "x"], ["b", "x"]], dtype=object)
    else:
        fit = np.array([[1, 5], [2, 6], [3, 5]], np.int64)
        x = np.array([[1, 6], [3, 5], [2, 5]], np.int64)
    onx = to_onnx(OneHotEncoder().fit(fit), fit[:1])
    _check(onx.SerializeToString(), {onx.graph.input[0].name: x})


def test_zipmap_output_is_list_of_dicts():
    from skl2onnx import to_onnx
    from sklearn.linear_model import LogisticRegression
    X, _, y3, _ = _data()
    onx = to_onnx(LogisticRegression().fit(X, y3), X[:1])
    s = onnxjit.InferenceSession(onx.SerializeToString())
    assert s.get_outputs()[1].type == "seq(map(int64,tensor(float)))"
    label, probs = s.run(None, {"X": X[:3]})
    assert isinstance(probs, list) and all(isinstance(d, dict) for d in probs)
    assert sorted(probs[0]) == [0, 1, 2]


# ---------------------------------------------------------------- hand-made models

def _ml_model(node, inputs, outputs, ml_opset=3, opset=17):
    return make_model([node], inputs, outputs, opsets={"": opset, ML: ml_opset})


X4 = np.array([[0.5, -1.0, 2.0, 0.0], [-0.3, 0.2, -1.5, 1.0], [1.5, 0.1, 0.0, -2.0]], np.float32)


@pytest.mark.parametrize("post", ["NONE", "LOGISTIC", "SOFTMAX", "SOFTMAX_ZERO", "PROBIT"])
@pytest.mark.parametrize("rows", [1, 3])
def test_linear_classifier(post, rows):
    coef = [0.2, -0.5, 0.1, 0.3] * rows
    node = helper.make_node("LinearClassifier", ["x"], ["y", "z"], domain=ML, coefficients=coef,
                            intercepts=[0.1 * (k + 1) for k in range(rows)], post_transform=post,
                            classlabels_strings=["a", "b"] if rows == 1 else ["a", "b", "c"])
    m = _ml_model(node, [vi("x", T.FLOAT, [None, 4])], [vi("y", T.STRING, [None]), vi("z", T.FLOAT, [None, None])], 1)
    if post == "PROBIT" and rows == 1:
        return      # onnxruntime writes one probit per row into the two-column output (garbage after)
    _check(m, {"x": X4 / 4 if post == "PROBIT" else X4})


@pytest.mark.parametrize("rows", [1, 3])
def test_linear_classifier_int_labels(rows):
    node = helper.make_node("LinearClassifier", ["x"], ["y", "z"], domain=ML, coefficients=[0.2, -0.5, 0.1, 0.3] * rows,
                            intercepts=[0.1] * rows, classlabels_ints=[3, 7] if rows == 1 else [3, 7, 9],
                            post_transform="LOGISTIC")
    m = _ml_model(node, [vi("x", T.FLOAT, [None, 4])], [vi("y", T.INT64, [None]), vi("z", T.FLOAT, [None, None])], 1)
    _check(m, {"x": X4 * np.array([1, 2, 3, 4], np.float32)})


@pytest.mark.parametrize("post", ["NONE", "LOGISTIC", "SOFTMAX"])
def test_linear_regressor(post):
    node = helper.make_node("LinearRegressor", ["x"], ["y"], domain=ML, coefficients=[0.2, -0.5, 0.1, 0.3, 1, 2, 3, 4],
                            intercepts=[0.5, -0.5], targets=2, post_transform=post)
    m = _ml_model(node, [vi("x", T.FLOAT, [None, 4])], [vi("y", T.FLOAT, [None, 2])], 1)
    _check(m, {"x": X4})


def _tree_attrs(prefix, ids, weights):
    """One depth-2 tree: node 0 splits feature 0 at 0.1, node 1 feature 2 at -1; leaves 2, 3, 4."""
    a = dict(nodes_treeids=[0] * 5, nodes_nodeids=[0, 1, 2, 3, 4], nodes_featureids=[0, 2, 0, 0, 0],
             nodes_values=[0.1, -1.0, 0, 0, 0], nodes_modes=["BRANCH_LEQ", "BRANCH_LT", "LEAF", "LEAF", "LEAF"],
             nodes_truenodeids=[1, 2, 0, 0, 0], nodes_falsenodeids=[4, 3, 0, 0, 0])
    leaves = [2, 3, 4]
    a[prefix + "_treeids"] = [0] * (len(ids) * 3)
    a[prefix + "_nodeids"] = [n for n in leaves for _ in ids]
    a[prefix + "_ids"] = [i for _ in leaves for i in ids]
    a[prefix + "_weights"] = weights
    return a


@pytest.mark.parametrize("case", ["one_class_positive", "class0_positive", "one_class_mixed", "two_classes",
                                  "three_classes", "base_values"])
@pytest.mark.parametrize("post", ["NONE", "LOGISTIC", "SOFTMAX"])
def test_tree_ensemble_classifier(case, post):
    if case == "one_class_positive":
        a, labels = _tree_attrs("class", [1], [0.2, 0.7, 0.9]), [0, 1]
    elif case == "class0_positive":
        a, labels = _tree_attrs("class", [0], [0.2, 0.7, 0.9]), [3, 7]
    elif case == "one_class_mixed":
        a, labels = _tree_attrs("class", [0], [-0.4, 0.7, 1.2]), [0, 1]
    elif case == "two_classes":
        a, labels = _tree_attrs("class", [0, 1], [0.2, 0.8, 0.6, 0.4, 0.1, 0.9]), [3, 7]
    elif case == "base_values":
        a, labels = _tree_attrs("class", [0], [-0.4, 0.7, 1.2]), [0, 1]
        a["base_values"] = [0.3]
    else:
        a, labels = _tree_attrs("class", [0, 1, 2], [0.1, 0.5, 0.4, 0.3, 0.3, 0.4, 0.9, 0.05, 0.05]), [0, 1, 2]
    node = helper.make_node("TreeEnsembleClassifier", ["x"], ["y", "z"], domain=ML, classlabels_int64s=labels,
                            post_transform=post, **a)
    m = _ml_model(node, [vi("x", T.FLOAT, [None, 4])], [vi("y", T.INT64, [None]), vi("z", T.FLOAT, [None, None])])
    _check(m, {"x": X4})


@pytest.mark.parametrize("agg", ["SUM", "AVERAGE", "MIN", "MAX"])
def test_tree_ensemble_regressor(agg):
    a = _tree_attrs("target", [0, 1], [0.2, 0.8, 0.6, 0.4, 0.1, 0.9])
    b = _tree_attrs("target", [0, 1], [1.0, 2.0, 3.0, 4.0, 5.0, 6.0])
    for k in a:            # a second tree, id 1
        a[k] = a[k] + (b[k] if not k.endswith("treeids") else [1] * len(b[k]))
    node = helper.make_node("TreeEnsembleRegressor", ["x"], ["y"], domain=ML, n_targets=2, aggregate_function=agg,
                            base_values=[0.5, -0.5], **a)
    m = _ml_model(node, [vi("x", T.DOUBLE, [None, 4])], [vi("y", T.FLOAT, [None, 2])])
    x = X4.astype(np.float64)
    x[1, 0] = np.nan
    _check(m, {"x": x})


def test_tree_ensemble_rejects_cycles():
    a = _tree_attrs("target", [0], [0.2, 0.8, 0.6])
    a["nodes_truenodeids"] = [1, 0, 0, 0, 0]       # node 1 branches back to the root
    node = helper.make_node("TreeEnsembleRegressor", ["x"], ["y"], domain=ML, n_targets=1, **a)
    m = _ml_model(node, [vi("x", T.FLOAT, [None, 4])], [vi("y", T.FLOAT, [None, 1])])
    with pytest.raises(Exception, match="not trees"):
        onnxjit.InferenceSession(m.SerializeToString()).run(None, {"x": X4})


def test_svm_classifier_binary_decision():
    from skl2onnx import to_onnx
    from sklearn.svm import SVC
    X, y2, _, _ = _data()
    onx = to_onnx(SVC(kernel="rbf").fit(X, y2), X[:1], options={"zipmap": False})
    _check(onx.SerializeToString(), {"X": X})


@pytest.mark.parametrize("version", [1, 2, 4])
def test_label_encoder_string_to_int(version):
    if version == 1:
        kw = dict(classes_strings=["a", "b", "c"], default_int64=-7)
    elif version == 2:
        kw = dict(keys_strings=["a", "b", "c"], values_int64s=[10, 20, 30], default_int64=-7)
    else:
        kw = dict(keys_tensor=helper.make_tensor("k", T.STRING, [3], [b"a", b"b", b"c"]),
                  values_tensor=helper.make_tensor("v", T.INT64, [3], [10, 20, 30]),
                  default_tensor=helper.make_tensor("d", T.INT64, [1], [-7]))
    node = helper.make_node("LabelEncoder", ["x"], ["y"], domain=ML, **kw)
    m = _ml_model(node, [vi("x", T.STRING, [None])], [vi("y", T.INT64, [None])], version)
    _check(m, {"x": np.array(["b", "zz", "a", "c"], dtype=object)})


@pytest.mark.parametrize("version", [1, 2])
def test_label_encoder_int_to_string(version):
    kw = dict(classes_strings=["a", "b", "c"], default_string="?") if version == 1 else \
        dict(keys_int64s=[5, 1, 9], values_strings=["a", "b", "c"], default_string="?")
    node = helper.make_node("LabelEncoder", ["x"], ["y"], domain=ML, **kw)
    m = _ml_model(node, [vi("x", T.INT64, [None])], [vi("y", T.STRING, [None])], version)
    _check(m, {"x": np.array([1, 2, 9, 5, 0], np.int64)})


def test_label_encoder_float_keys_with_nan():
    node = helper.make_node("LabelEncoder", ["x"], ["y"], domain=ML, keys_floats=[1.5, float("nan"), -2.0],
                            values_floats=[10.0, 20.0, 30.0], default_float=-1.0)
    m = _ml_model(node, [vi("x", T.FLOAT, [None])], [vi("y", T.FLOAT, [None])], 2)
    _check(m, {"x": np.array([1.5, np.nan, -2.0, 3.0], np.float32)})


def test_label_encoder_tensor_int64_to_double():
    node = helper.make_node("LabelEncoder", ["x"], ["y"], domain=ML,
                            keys_tensor=helper.make_tensor("k", T.INT64, [3], [3, 1, 2]),
                            values_tensor=helper.make_tensor("v", T.DOUBLE, [3], [0.5, 1.5, 2.5]),
                            default_tensor=helper.make_tensor("d", T.DOUBLE, [1], [9.0]))
    m = _ml_model(node, [vi("x", T.INT64, [2, 2])], [vi("y", T.DOUBLE, [2, 2])], 4)
    _check(m, {"x": np.array([[1, 2], [3, 4]], np.int64)})


def test_category_mapper_both_ways():
    node = helper.make_node("CategoryMapper", ["x"], ["y"], domain=ML, cats_strings=["a", "b"], cats_int64s=[4, 8],
                            default_int64=-1)
    m = _ml_model(node, [vi("x", T.STRING, [None])], [vi("y", T.INT64, [None])], 1)
    _check(m, {"x": np.array(["b", "q", "a"], dtype=object)})
    node = helper.make_node("CategoryMapper", ["x"], ["y"], domain=ML, cats_strings=["a", "b"], cats_int64s=[4, 8],
                            default_string="none")
    m = _ml_model(node, [vi("x", T.INT64, [None])], [vi("y", T.STRING, [None])], 1)
    _check(m, {"x": np.array([8, 5, 4], np.int64)})


def test_imputer_and_scaler_and_feature_vectorizer():
    node = helper.make_node("Imputer", ["x"], ["y"], domain=ML, imputed_value_floats=[1.0, 2.0, 3.0, 4.0],
                            replaced_value_float=float("nan"))
    m = _ml_model(node, [vi("x", T.FLOAT, [None, 4])], [vi("y", T.FLOAT, [None, 4])], 1)
    x = X4.copy()
    x[0, 1] = x[2, 3] = np.nan
    _check(m, {"x": x})
    node = helper.make_node("Scaler", ["x"], ["y"], domain=ML, offset=[0.5, 0, -1, 2], scale=[2.0, 1.0, 0.5, 3.0])
    m = _ml_model(node, [vi("x", T.DOUBLE, [None, 4])], [vi("y", T.FLOAT, [None, 4])], 1)
    _check(m, {"x": X4.astype(np.float64)})
    node = helper.make_node("FeatureVectorizer", ["a", "b"], ["y"], domain=ML, inputdimensions=[2, 3])
    m = _ml_model(node, [vi("a", T.INT64, [None, 2]), vi("b", T.INT64, [None, 4])], [vi("y", T.FLOAT, [None, 5])], 1)
    _check(m, {"a": np.array([[1, 2], [3, 4]], np.int64), "b": np.arange(8).reshape(2, 4)})


def test_array_feature_extractor_and_binarizer():
    node = helper.make_node("ArrayFeatureExtractor", ["x", "i"], ["y"], domain=ML)
    m = _ml_model(node, [vi("x", T.STRING, [None, 3]), vi("i", T.INT64, [None])], [vi("y", T.STRING, None)], 1)
    _check(m, {"x": np.array([["a", "b", "c"], ["d", "e", "f"]], dtype=object), "i": np.array([2, 0], np.int64)})
    m = _ml_model(node, [vi("x", T.FLOAT, [None, 4]), vi("i", T.INT64, [None])], [vi("y", T.FLOAT, None)], 1)
    _check(m, {"x": X4, "i": np.array([3, 1], np.int64)})
    with pytest.raises(Exception, match="out of range"):
        _mine(m, {"x": X4, "i": np.array([4], np.int64)})
    node = helper.make_node("Binarizer", ["x"], ["y"], domain=ML, threshold=0.1)
    m = _ml_model(node, [vi("x", T.FLOAT, [None, 4])], [vi("y", T.FLOAT, [None, 4])], 1)
    _check(m, {"x": X4})


def test_dict_vectorizer_takes_a_dict():
    map_t = helper.make_map_type_proto(T.STRING, helper.make_tensor_type_proto(T.FLOAT, []))
    node = helper.make_node("DictVectorizer", ["x"], ["y"], domain=ML, string_vocabulary=["a", "b", "c"])
    m = _ml_model(node, [helper.make_value_info("x", map_t)], [vi("y", T.FLOAT, [1, 3])], 1)
    feeds = {"x": {"c": 2.5, "a": 1.0, "z": 9.0}}
    _check(m, feeds)
    assert onnxjit.InferenceSession(m.SerializeToString()).get_inputs()[0].type == "map(string,tensor(float))"


def test_zipmap_string_labels():
    node = helper.make_node("ZipMap", ["x"], ["z"], domain=ML, classlabels_strings=["u", "v"])
    out_t = helper.make_sequence_type_proto(helper.make_map_type_proto(T.STRING, helper.make_tensor_type_proto(T.FLOAT, [])))
    m = _ml_model(node, [vi("x", T.FLOAT, [None, 2])], [helper.make_value_info("z", out_t)], 1)
    _check(m, {"x": np.array([[0.25, 0.75], [1.0, 0.0]], np.float32)})
