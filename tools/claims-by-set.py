#!/usr/bin/env python3
"""Claim F1, speaker and kind accuracy per document set, with ../shared/eval/score.py's own matching.

usage (from the repo root):
  python3 tools/claims-by-set.py GOLD PRED            # one line over every document of GOLD
  python3 tools/claims-by-set.py GOLD PRED sets       # dev + t01-t40 (read), t41-t50 (held out), dev, train, all
GOLD is the train and dev all.gold.jsonl concatenated (or a PolNeAR gold from tools/polnear-claims.py); PRED the CLI's
`analyze --format jsonl` output on the same id/text lines.
"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'eval'))
import score  # noqa: E402


def load(path):
    with open(path, encoding='utf-8') as f:
        return {d['id']: d for d in map(json.loads, f)}


def run(gold, pred, ids):
    acc = {"claims": score.Counts(), "matched": 0, "speaker_ok": 0, "cue_ok": 0, "kind_ok": 0, "direct_ok": 0, "content_j": 0.0}
    for i in ids:
        score.score_doc_claims(gold[i], pred.get(i, {"claims": []}), acc)
    c = acc["claims"]
    p, r, f = score.prf(c.tp, c.fp, c.fn)
    m = max(acc["matched"], 1)
    return (f"F1 {f:.3f} (P {p:.3f} / R {r:.3f}) speaker {acc['speaker_ok'] / m:.3f} kind {acc['kind_ok'] / m:.3f}"
            f"  tp {c.tp} fp {c.fp} fn {c.fn}")


gold, pred = load(sys.argv[1]), load(sys.argv[2])
ids = list(gold)
if sys.argv[3:] == ['sets']:
    def train(a, b):
        return [f"train-t{n:02d}" for n in range(a, b + 1)]
    dev = [i for i in ids if not i.startswith('train-')]
    for name, s in [("dev + t01-t40 (read)", train(1, 40) + dev), ("t41-t50 (held out)", train(41, 50)), ("dev", dev),
                    ("train, all 50", train(1, 50)), ("all 60", ids)]:
        print(f"{name:22s} {run(gold, pred, s)}")
else:
    print(run(gold, pred, ids))
