#!/usr/bin/env python3
"""VADER's accuracy on Rapport's labelled sentiment table (docs/sentiment-table.tsv).

VADER (PyPI `vaderSentiment`) is the general-purpose baseline docs/temperature.md compares
Rapport's trade lexicon with. It is not a dependency of Rapport; install it for this script only:

    python3 -m venv /tmp/vader && /tmp/vader/bin/pip install vaderSentiment
    /tmp/vader/bin/python scripts/vader-baseline.py [--misses] [TABLE]

Labels come from the standard compound thresholds: >= 0.05 positive, <= -0.05 negative,
neutral between (--threshold changes them, to compare at Rapport's own ±0.25). Prints accuracy (all, dev, holdout), the confusion matrix, and with
--misses every sentence VADER labels wrongly with its compound score.
"""
import argparse
import os
import sys

try:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
except ImportError:
    sys.exit("vaderSentiment is not installed: pip install vaderSentiment (in a venv, or with --user)")

LABELS = ("positive", "neutral", "negative")


def read_table(path):
    rows = []
    header_seen = False
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            if not header_seen:
                header_seen = True
                if fields == ["label", "set", "sentence"]:
                    continue
            if len(fields) != 3 or fields[0] not in LABELS:
                sys.exit(f"{path}:{number}: expected label<TAB>set<TAB>sentence, with label one of {', '.join(LABELS)}")
            rows.append(tuple(fields))
    return rows


def label(compound, threshold):
    if compound >= threshold:
        return "positive"
    if compound <= -threshold:
        return "negative"
    return "neutral"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("table", nargs="?", default=os.path.join(here, "..", "docs", "sentiment-table.tsv"))
    parser.add_argument("--misses", action="store_true", help="list the sentences labelled wrongly")
    parser.add_argument("--threshold", type=float, default=0.05,
                        help="compound score beyond which a sentence is positive or negative (VADER's standard: 0.05)")
    args = parser.parse_args()

    analyzer = SentimentIntensityAnalyzer()
    rows = read_table(args.table)
    results = []
    for expected, subset, sentence in rows:
        compound = analyzer.polarity_scores(sentence)["compound"]
        results.append((expected, subset, sentence, compound, label(compound, args.threshold)))

    def accuracy(subset):
        chosen = [r for r in results if subset is None or r[1] == subset]
        right = sum(1 for r in chosen if r[0] == r[4])
        return right, len(chosen)

    for name, subset in (("all", None), ("dev", "dev"), ("holdout", "holdout")):
        right, total = accuracy(subset)
        print(f"VADER {name}: {right}/{total} = {100.0 * right / total:.1f}%")
    print()
    print("expected \\ got   positive  neutral  negative")
    for expected in LABELS:
        counts = [sum(1 for r in results if r[0] == expected and r[4] == got) for got in LABELS]
        print(f"{expected:<16}" + "".join(f"{c:>9}" for c in counts))
    if args.misses:
        print()
        for expected, subset, sentence, compound, got in results:
            if expected != got:
                print(f"{compound:+.3f}  {expected} -> {got}  [{subset}]  {sentence}")


if __name__ == "__main__":
    main()
