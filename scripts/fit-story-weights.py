#!/usr/bin/env python3
# Licensed under the Apache License, Version 2.0.
"""Refits the story pair margins (dev.newsbridge.story.internal.Similarity) from the CSV that
`newsbridge bench stories --corpus DIR --pair-features FILE` writes.

Model: logistic regression over the square roots of the features (as Similarity.margin applies
them), weights constrained to be non-negative (a feature whose weight would be negative is dropped
and the rest refitted), light L2. A feature whose name ends in "_against" counts against the
decision: its weight is constrained to be non-positive instead. Prints the 5-fold cross-validated accuracy (the figure to expect
on new data; folds interleaved by line) and the weights fitted on all pairs, rounded to two
decimals as they are written into Similarity. Needs only numpy.

Usage: scripts/fit-story-weights.py pair-features.csv
"""
import csv
import sys

import numpy as np


def fit(x, y, l2=1e-2):
    x = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(x.shape[1])
    reg = np.r_[np.ones(len(w) - 1), 0]
    for _ in range(50):  # Newton steps
        p = 1 / (1 + np.exp(-x @ w))
        g = x.T @ (p - y) + l2 * reg * w
        h = (x * (p * (1 - p))[:, None]).T @ x + l2 * np.diag(reg)
        w -= np.linalg.solve(h, g)
    return w


def fit_non_negative(x, y):
    kept = list(range(x.shape[1]))
    while True:
        w = fit(x[:, kept], y)
        negative = [k for k in range(len(kept)) if w[k] < 0]
        if not negative:
            break
        kept.pop(min(negative, key=lambda k: w[k]))
    out = np.zeros(x.shape[1] + 1)
    out[kept] = w[:-1]
    out[-1] = w[-1]
    return out


def margin(w, x):
    return np.hstack([x, np.ones((len(x), 1))]) @ w


def main(path):
    rows = list(csv.DictReader(open(path, encoding="utf-8")))
    relation = np.array([r["relation"] for r in rows])
    for task, label, prefix in [("event", "label", "event_"), ("story", "story_label", "story_")]:
        names = [n for n in rows[0] if n.startswith(prefix) and n != label]
        x = np.sqrt(np.maximum(np.array([[float(r[n]) for n in names] for r in rows]), 0))
        sign = np.array([-1.0 if n.endswith("_against") else 1.0 for n in names])
        x = x * sign
        y = np.array([float(r[label]) for r in rows])
        fold = np.arange(len(y)) % 5
        m = np.zeros(len(y))
        for f in range(5):
            m[fold == f] = margin(fit_non_negative(x[fold != f], y[fold != f]), x[fold == f])
        per = {r: ((m[relation == r] >= 0) == y[relation == r]).mean() for r in sorted(set(relation))}
        w = np.round(fit_non_negative(x, y), 2)
        x = x * sign
        w[:-1] = w[:-1] * sign
        print(f"{task}: 5-fold CV accuracy {((m >= 0) == y).mean():.3f}; "
              + ", ".join(f"{r} {a:.3f}" for r, a in per.items()))
        print(f"  weights ({', '.join(names)}): {', '.join(f'{v:.2f}' for v in w[:-1])}; "
              f"bias {w[-1]:.2f}; in-sample accuracy {((margin(w, x) >= 0) == y).mean():.3f}")


if __name__ == "__main__":
    main(sys.argv[1])
