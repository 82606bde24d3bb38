"""String ops (StringNormalizer, StringSplit, StringConcat, RegexFullMatch, TfIdfVectorizer)
and string tensors through data-movement ops, against onnxruntime.  Strings compare
exactly; TfIdfVectorizer's float32 output within atol 1e-6."""
from __future__ import annotations

import numpy as np
import pytest
from onnx import TensorProto as T, helper

import onnxjit
from helpers import make_model, vi

onnxruntime = pytest.importorskip("onnxruntime")


def _run_both(model, feeds):
    data = model.SerializeToString()
    exp = onnxruntime.InferenceSession(data, providers=["CPUExecutionProvider"]).run(None, feeds)
    got = onnxjit.InferenceSession(data).run(None, feeds)
    return exp, got


def _check(model, feeds, atol=1e-6):
    exp, got = _run_both(model, feeds)
    for e, g in zip(exp, got):
        assert g.shape == e.shape, (g.shape, e.shape)
        assert g.dtype == e.dtype, (g.dtype, e.dtype)
        if e.dtype == object or e.dtype.kind in "iub":
            np.testing.assert_array_equal(g, e)
        else:
            np.testing.assert_allclose(g, e, atol=atol)


def _model(node, inputs, outputs, opset=20):
    return make_model([node], inputs, outputs, opset=opset)


WORDS = np.array(["Monday", "tuesday", "WEDNESDAY", "monday", "Thursday"], dtype=object)


# onnxruntime needs the locale installed to run StringNormalizer (en_US.UTF-8 by default) and
# many machines lack it, so these compare with the outputs onnxruntime gives where it has it.

def _normalize(x, **attrs):
    node = helper.make_node("StringNormalizer", ["x"], ["y"], **attrs)
    shape = [1, None] if x.ndim == 2 else [None]
    m = _model(node, [vi("x", T.STRING, shape)], [vi("y", T.STRING, shape)])
    y, = onnxjit.InferenceSession(m.SerializeToString()).run(None, {"x": x})
    assert y.dtype == object and y.ndim == x.ndim
    return y.reshape(-1).tolist()


@pytest.mark.parametrize("two_dim", [False, True])
def test_string_normalizer(two_dim):
    x = WORDS.reshape(1, -1) if two_dim else WORDS
    stops = ["monday", "thursday"]
    assert _normalize(x, case_change_action="NONE") == WORDS.tolist()
    assert _normalize(x, case_change_action="LOWER", stopwords=stops, is_case_sensitive=1) == \
        ["monday", "tuesday", "wednesday", "thursday"]
    assert _normalize(x, case_change_action="UPPER", stopwords=stops) == ["TUESDAY", "WEDNESDAY"]
    assert _normalize(x, stopwords=stops) == ["tuesday", "WEDNESDAY"]


def test_string_normalizer_everything_removed_and_locale():
    assert _normalize(np.array(["A", "b"], dtype=object), case_change_action="LOWER", stopwords=["a", "b"],
                      locale="en_US") == [""]
    # a locale this machine may not have is not an error: case maps are Unicode's, one
    # character at a time (as towupper: sharp s has no one-character upper case)
    assert _normalize(np.array(["straße", "ab", "éÀ"], dtype=object), case_change_action="UPPER",
                      locale="xx_NOPE") == ["STRAßE", "AB", "ÉÀ"]


@pytest.mark.parametrize("kw", [{}, {"delimiter": ","}, {"delimiter": ",", "maxsplit": 1}, {"maxsplit": 1},
                                {"delimiter": "--"}])
def test_string_split(kw):
    node = helper.make_node("StringSplit", ["x"], ["y", "z"], **kw)
    m = _model(node, [vi("x", T.STRING, [None, 2])], [vi("y", T.STRING, None), vi("z", T.INT64, None)])
    x = np.array([["a,b,,c", "  one two  "], ["", "x--y--z,w"]], dtype=object)
    _check(m, {"x": x})


def test_string_concat_and_regex():
    node = helper.make_node("StringConcat", ["x", "y"], ["z"])
    m = _model(node, [vi("x", T.STRING, [None, 2]), vi("y", T.STRING, [2])], [vi("z", T.STRING, None)])
    _check(m, {"x": np.array([["a", "é"], ["", "c"]], dtype=object), "y": np.array(["1", "ü"], dtype=object)})
    node = helper.make_node("RegexFullMatch", ["x"], ["y"], pattern=r"[a-z0-9._%+-]+@(gmail|yahoo)\.com")
    m = _model(node, [vi("x", T.STRING, [None])], [vi("y", T.BOOL, [None])])
    _check(m, {"x": np.array(["me@gmail.com", "x@hotmail.com", "", "a@yahoo.com.au"], dtype=object)})


def test_regex_bad_pattern_fails_at_creation():
    node = helper.make_node("RegexFullMatch", ["x"], ["y"], pattern="(unclosed")
    m = _model(node, [vi("x", T.STRING, [None])], [vi("y", T.BOOL, [None])])
    with pytest.raises(Exception, match="regular expression"):
        onnxjit.InferenceSession(m.SerializeToString())


def _tfidf(mode, strings, weights=True, **kw):
    pool = dict(pool_strings=["a", "b", "c", "d", "a", "b", "b", "c", "c", "d"]) if strings else \
        dict(pool_int64s=[2, 3, 5, 4, 5, 6, 7, 8, 6, 7])
    attrs = dict(mode=mode, min_gram_length=kw.get("min_n", 1), max_gram_length=kw.get("max_n", 2),
                 max_skip_count=kw.get("skip", 0), ngram_counts=[0, 4], ngram_indexes=[0, 1, 2, 3, 4, 5, 6])
    if weights:
        attrs["weights"] = [0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5]
    return helper.make_node("TfIdfVectorizer", ["x"], ["y"], **attrs, **pool)


@pytest.mark.parametrize("mode", ["TF", "IDF", "TFIDF"])
@pytest.mark.parametrize("strings", [False, True])
@pytest.mark.parametrize("skip", [0, 2])
def test_tfidf_vectorizer(mode, strings, skip):
    node = _tfidf(mode, strings, min_n=1, max_n=2, skip=skip)
    if strings:
        x = np.array([["a", "b", "c", "a", "b", "b"], ["d", "c", "c", "d", "a", "x"]], dtype=object)
        m = _model(node, [vi("x", T.STRING, [None, 6])], [vi("y", T.FLOAT, None)], opset=17)
    else:
        x = np.array([[2, 3, 5, 4, 5, 6], [7, 8, 6, 7, 4, 5]], np.int64)
        m = _model(node, [vi("x", T.INT64, [None, 6])], [vi("y", T.FLOAT, None)], opset=17)
    _check(m, {"x": x})
    _check(m, {"x": x[:1]})


def test_tfidf_vectorizer_1d_int32_bigrams_only():
    node = _tfidf("TF", False, weights=False, min_n=2, max_n=2, skip=1)
    m = _model(node, [vi("x", T.INT32, [None])], [vi("y", T.FLOAT, None)], opset=17)
    _check(m, {"x": np.array([5, 6, 7, 8, 6, 7, 5, 4], np.int32)})


def test_strings_through_data_movement_ops():
    """Gather / Reshape / Concat / Transpose on string tensors run on the host."""
    nodes = [helper.make_node("Gather", ["x", "i"], ["g"], axis=1),
             helper.make_node("Concat", ["g", "g"], ["c"], axis=1),
             helper.make_node("Transpose", ["c"], ["t"]),
             helper.make_node("Reshape", ["t", "s"], ["y"])]
    m = make_model(nodes, [vi("x", T.STRING, [2, 3])], [vi("y", T.STRING, None)],
                   inits=[helper.make_tensor("i", T.INT64, [2], [2, 0]), helper.make_tensor("s", T.INT64, [1], [-1])],
                   opset=17)
    _check(m, {"x": np.array([["a", "b", "c"], ["d", "e", "f"]], dtype=object)})
