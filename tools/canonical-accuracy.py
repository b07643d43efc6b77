#!/usr/bin/env python3
"""How often a claim's speakerCanonical names the gold's entity, per document set (score.py's speaker accuracy counts an
overlapping speaker span as right whatever the canonical name; this counts the name users group claims by).

usage (from the repo root):
  python3 tools/canonical-accuracy.py GOLD PRED
GOLD is the train and dev all.gold.jsonl concatenated; PRED the CLI's `analyze --format jsonl` output on the same id/text
lines. Over the required gold claims score.py matches: of those whose gold has a canonical name, how many predictions
name it (score.py's suffix rule: "Lukashenko" names "Alexander Lukashenko"), name another, or name none; and how many
predictions name someone where the gold names no one.
"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'eval'))
import score  # noqa: E402


def load(path):
    with open(path, encoding='utf-8') as f:
        return {d['id']: d for d in map(json.loads, f)}


def same(a, b):
    a, b = (a or '').strip().lower(), (b or '').strip().lower()
    return bool(a) and bool(b) and (a == b or a.endswith(' ' + b) or b.endswith(' ' + a))


def held_out(doc_id):
    return doc_id.startswith('train-t') and int(doc_id[7:]) > 40


def run(gold, pred, keep):
    total = right = other = missing = spurious = 0
    for doc_id, g in gold.items():
        if not keep(doc_id):
            continue
        p = pred.get(doc_id, {'claims': []})
        g2p, _ = score.match_claims(g['claims'], p['claims'])
        for gi, pi in g2p.items():
            gc, pc = g['claims'][gi], p['claims'][pi]
            if gc.get('optional'):
                continue
            want, got = gc.get('speakerCanonical'), pc.get('speakerCanonical')
            if want:
                total += 1
                right += same(want, got)
                other += bool(got) and not same(want, got)
                missing += not got
            elif got:
                spurious += 1
    return (f"canonical right {right} of {total} ({right / max(1, total):.3f}), another name {other}, none {missing}; "
            f"a name where the gold has none {spurious}")


def main():
    gold, pred = load(sys.argv[1]), load(sys.argv[2])
    print(f"{'dev + t01-t40 (read)':22s} {run(gold, pred, lambda i: not held_out(i))}")
    print(f"{'t41-t50 (held out)':22s} {run(gold, pred, held_out)}")


if __name__ == '__main__':
    main()
