#!/usr/bin/env python3
"""PolNeAR (converted gold in ../shared/data/attribution/polnear/*.gold.jsonl.gz) -> our gold format for claims only.

PolNeAR contents keep a leading "that"; ours start after it, so it is dropped. Writes the gold file and a docs file
(id, text) to run the CLI on; score with ../shared/eval/score.py (claims only: a check of cue coverage and boundaries).

usage (from the repo root):
  python3 tools/polnear-claims.py ../shared/data/attribution/polnear/dev.gold.jsonl.gz /tmp/pn.gold.jsonl /tmp/pn.docs.jsonl
  [--split-interrupted-quotes]
  src/PoliticalNlp.Cli/bin/Release/net10.0/PoliticalNlp.Cli analyze --format jsonl < /tmp/pn.docs.jsonl > /tmp/pn.pred.jsonl
  python3 ../shared/eval/score.py /tmp/pn.gold.jsonl /tmp/pn.pred.jsonl

With --split-interrupted-quotes (a diagnostic, not the figure issue 8's bar is measured by): PolNeAR writes a quotation
interrupted by its attribution (`"A," X said. "B."`) as one content with the cue inside it; spec section 4 makes the
part after the attribution a claim of its own with a null cue. Such a content is split at the quote marks around the
attribution into the part before (with the cue) and the part after (cue null, same speaker). Contents with no quote
mark right before and after the attribution are left whole.
"""
import gzip
import json
import sys

QUOTES = ('"', '\u201c', "''")


def split_interrupted(text, c):
    """[c] or, for an interrupted quotation, its two parts."""
    cue, content, speaker = c.get('cue'), c['content'], c.get('speaker')
    s, e = content['start'], content['end']
    if not cue or not (s < cue['start'] and cue['end'] < e):
        return [c]
    mid_start, mid_end = cue['start'], cue['end']
    if speaker and s < speaker['start'] < e:
        mid_start, mid_end = min(mid_start, speaker['start']), max(mid_end, speaker['end'])
    i = mid_start
    while i > s and (text[i - 1].isspace() or text[i - 1] in ',\u2014\u2013-'):
        i -= 1
    if i <= s or not (text[i - 1] in '"\u201d' or text[i - 2:i] == "''"):
        return [c]
    end1 = i - 1
    while end1 > s and (text[end1 - 1] in '"\u201d\'\u2019' or text[end1 - 1].isspace()):
        end1 -= 1
    opening = min([k for k in (text.find(q, mid_end) for q in QUOTES) if k >= 0] + [len(text)])
    if opening >= e - 1 or opening - mid_end > 200:
        return [c]
    start2 = opening + 1
    while start2 < e and (text[start2].isspace() or text[start2] in '"\u201c\''):
        start2 += 1
    if end1 - s < 2 or e - start2 < 2:
        return [c]
    first, second = dict(c), dict(c)
    first['content'] = {'start': s, 'end': end1, 'text': text[s:end1]}
    second['content'] = {'start': start2, 'end': e, 'text': text[start2:e]}
    second['cue'] = None
    second['id'] = f"{c.get('id')}b"
    return [first, second]


args = [a for a in sys.argv[1:] if not a.startswith('--')]
split = '--split-interrupted-quotes' in sys.argv[1:]
src, gold_out, docs_out = args[:3]
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
        if split:
            doc['claims'] = [part for c in doc['claims'] for part in split_interrupted(text, c)]
        g.write(json.dumps(doc, ensure_ascii=False) + '\n')
        d.write(json.dumps({'id': doc['id'], 'text': text}, ensure_ascii=False) + '\n')
