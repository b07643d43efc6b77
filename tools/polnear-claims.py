#!/usr/bin/env python3
"""PolNeAR (converted gold in ../shared/data/attribution/polnear/*.gold.jsonl.gz) -> our gold format for claims only.

PolNeAR contents keep a leading "that"; ours start after it, so it is dropped. Writes the gold file and a docs file
(id, text) to run the CLI on; score with ../shared/eval/score.py (claims only: a check of cue coverage and boundaries).

usage (from the repo root):
  python3 tools/polnear-claims.py ../shared/data/attribution/polnear/dev.gold.jsonl.gz /tmp/pn.gold.jsonl /tmp/pn.docs.jsonl
  src/PoliticalNlp.Cli/bin/Release/net10.0/PoliticalNlp.Cli analyze --format jsonl < /tmp/pn.docs.jsonl > /tmp/pn.pred.jsonl
  python3 ../shared/eval/score.py /tmp/pn.gold.jsonl /tmp/pn.pred.jsonl
"""
import gzip
import json
import sys

src, gold_out, docs_out = sys.argv[1:4]
with gzip.open(src, 'rt', encoding='utf-8') as f, open(gold_out, 'w', encoding='utf-8') as g, open(docs_out, 'w', encoding='utf-8') as d:
    for line in f:
        doc = json.loads(line)
        text = doc['text']
        for c in doc['claims']:
            s, e = c['content']['start'], c['content']['end']
            for lead in ('that ', 'That '):
                if text.startswith(lead, s) and e - s > len(lead):
                    s += len(lead)
                    while s < e and text[s].isspace():
                        s += 1
            c['content'] = {'start': s, 'end': e, 'text': text[s:e]}
        g.write(json.dumps(doc, ensure_ascii=False) + '\n')
        d.write(json.dumps({'id': doc['id'], 'text': text}, ensure_ascii=False) + '\n')
