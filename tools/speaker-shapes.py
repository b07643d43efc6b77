"""Speaker spans of a shape no noun phrase has, counted without gold: a check of speaker precision on text nobody
annotated (the allsides articles). A speaker is counted when its first word is a lower-case preposition, auxiliary or
coordinator, or its last word is a preposition, coordinator or subject relative pronoun (the word lists are read from
src/PoliticalNlp/Models/grammarwords.tsv, so the check and the library agree on what those words are). It finds junk,
not every wrong speaker: a well-formed phrase that is the wrong one passes.

usage: python3 tools/speaker-shapes.py OUT.jsonl [OUT2.jsonl ...]   (the CLI's JSON Lines, plain text)
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = {'opening-preposition', 'noun-preposition', 'other-preposition', 'auxiliary', 'coordinator', 'subject-relative-pronoun'}
words = collections.defaultdict(set)
with open(os.path.join(HERE, '..', 'src', 'PoliticalNlp', 'Models', 'grammarwords.tsv'), encoding='utf-8') as f:
    for line in f:
        if line.startswith('#') or '\t' not in line:
            continue
        name, word = line.rstrip('\n').split('\t')[:2]
        if name in LISTS:
            words[name].add(word)
prepositions = words['noun-preposition'] | words['other-preposition'] | {'on', 'in', 'at', 'after', 'before', 'during'}


def shape(first, last):
    if first[:1].islower() and (first in prepositions or first in words['auxiliary'] or first in words['coordinator']):
        return 'opens with ' + first
    if last in prepositions or last in words['coordinator']:
        return 'ends with ' + last
    if last in words['subject-relative-pronoun']:
        return 'ends with ' + last
    return None


for path in sys.argv[1:]:
    speakers = odd = 0
    kinds = collections.Counter()
    with open(path, encoding='utf-8') as f:
        for line in f:
            for claim in json.loads(line)['claims']:
                span = claim.get('speaker')
                if not span or not span['text'].split():
                    continue
                speakers += 1
                ws = span['text'].split()
                k = shape(ws[0], ws[-1])
                if k:
                    odd += 1
                    kinds[k.split(' ')[0] + ' ' + k.split(' ')[1]] += 1
    print(f'{path}: {odd} of {speakers} speakers ({odd / max(1, speakers):.2%}) open or end like no noun phrase '
          f'({", ".join(f"{k} {v}" for k, v in kinds.most_common())})')
