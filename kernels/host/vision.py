"""NumPy NonMaxSuppression: its output size depends on the data."""
from __future__ import annotations

import numpy as np

from onnxjit.errors import InvalidArgument


def _scalar(a, default, dtype):
    if a is None or a.size == 0:
        return dtype(default)
    return dtype(np.asarray(a).reshape(-1)[0])


def non_max_suppression(boxes, scores, max_out, iou, score_th, center_point_box: int, label: str) -> np.ndarray:
    """ONNX NonMaxSuppression, as onnxruntime computes it: per (batch, class), candidates with
    score > score_threshold in descending score order (ties: lower box index first); a box is
    kept unless its IoU with a kept box exceeds iou_threshold.  -> (num_selected, 3) int64."""
    if boxes.ndim != 3 or boxes.shape[2] != 4:
        raise InvalidArgument(f"{label}: boxes must have shape [batch, spatial, 4], got {boxes.shape}")
    if scores.ndim != 3 or scores.shape[0] != boxes.shape[0] or scores.shape[2] != boxes.shape[1]:
        raise InvalidArgument(f"{label}: scores shape {scores.shape} does not match boxes {boxes.shape}")
    k = int(_scalar(max_out, 0, np.int64))
    ft = boxes.dtype.type if boxes.dtype.kind == "f" else np.float32
    iou_t = _scalar(iou, 0.0, ft)
    if not 0.0 <= iou_t <= 1.0:
        raise InvalidArgument(f"{label}: iou_threshold must be in [0, 1], got {iou_t}")
    has_score_th = score_th is not None and score_th.size > 0
    s_t = _scalar(score_th, 0.0, scores.dtype.type)
    out = []
    if k <= 0:
        return np.zeros((0, 3), np.int64)
    b = boxes.astype(ft, copy=False)
    if center_point_box:
        xc, yc, w, h = b[..., 0], b[..., 1], b[..., 2], b[..., 3]
        x1, x2 = xc - w / ft(2), xc + w / ft(2)
        y1, y2 = yc - h / ft(2), yc + h / ft(2)
    else:
        y1, x1, y2, x2 = b[..., 0], b[..., 1], b[..., 2], b[..., 3]
    xmin, xmax = np.minimum(x1, x2), np.maximum(x1, x2)
    ymin, ymax = np.minimum(y1, y2), np.maximum(y1, y2)
    area = (xmax - xmin) * (ymax - ymin)
    for bi in range(boxes.shape[0]):
        for ci in range(scores.shape[1]):
            sc = scores[bi, ci]
            cand = np.nonzero(sc > s_t)[0] if has_score_th else np.arange(sc.shape[0])
            order = cand[np.argsort(-sc[cand], kind="stable")]
            kept: list[int] = []
            for i in order:
                if len(kept) >= k:
                    break
                if kept:
                    j = np.asarray(kept)
                    iw = np.maximum(np.minimum(xmax[bi, i], xmax[bi, j]) - np.maximum(xmin[bi, i], xmin[bi, j]), ft(0))
                    ih = np.maximum(np.minimum(ymax[bi, i], ymax[bi, j]) - np.maximum(ymin[bi, i], ymin[bi, j]), ft(0))
                    inter = iw * ih
                    union = area[bi, i] + area[bi, j] - inter
                    ok = (inter > 0) & (area[bi, i] > 0) & (area[bi, j] > 0) & (union > 0)
                    with np.errstate(divide="ignore", invalid="ignore"):
                        ratio = np.where(ok, inter / np.where(ok, union, ft(1)), ft(0))
                    if np.any(ok & (ratio > iou_t)):
                        continue
                kept.append(int(i))
            out += [(bi, ci, i) for i in kept]
    return np.array(out, np.int64).reshape(-1, 3)
