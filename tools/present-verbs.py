"""Mines the `present-verb` list of src/PoliticalNlp/Models/grammarwords.tsv from GMB train's POS tags: lower-case words
GMB train tags VBZ (third-person present) at least 4 times in 5, seen 5 times or more (the method of the finite-verb
list's irregular past tenses). The claim rules' clause checks knew past tenses and modals only, so "warned that Clinton
opposes the plan" held no verb for them.

usage: python3 tools/present-verbs.py [../shared/data/ner/gmb/gmb_kaggle_train.iob2.tsv] > entries.tsv
"""
import collections, os, sys

MIN_COUNT, MIN_SHARE = 5, 0.8
path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', '..', 'shared', 'data', 'ner', 'gmb', 'gmb_kaggle_train.iob2.tsv')
tags = collections.defaultdict(collections.Counter)
with open(path, encoding='utf-8') as f:
    for line in f:
        parts = line.rstrip('\n').split('\t')
        if len(parts) >= 2 and parts[0].isalpha() and parts[0].islower():
            tags[parts[0]][parts[1]] += 1
for word in sorted(tags):
    counts = tags[word]
    total = sum(counts.values())
    if total >= MIN_COUNT and counts['VBZ'] / total >= MIN_SHARE:
        print(f'present-verb\t{word}')
