"""Mines the `ly-non-adverb` list of src/PoliticalNlp/Models/grammarwords.tsv from the allsides raw news: a lower-case
word in -ly (family, rally, ally, supply) whose -ies plural or third-person form (families, rallies, supplies) the
news also writes is a noun or verb, not an adverb, though it ends like one. The claim rules skip adverbs between a
speaker and its cue ("Ann Lee repeatedly said"); read as an adverb, "The family said" lost its noun.

usage: python3 tools/ly-non-adverbs.py [../shared/data/raw-text/allsides-news] > entries.tsv
"""
import collections, glob, gzip, json, os, re, sys

MIN_WORD, MIN_PLURAL = 5, 3
root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', '..', 'shared', 'data', 'raw-text', 'allsides-news')
counts = collections.Counter()
word = re.compile(r"(?<![A-Za-z'’-])[a-z][a-z-]*(?![A-Za-z])")
for path in sorted(glob.glob(os.path.join(root, '*.jsonl.gz'))):
    with gzip.open(path, 'rt', encoding='utf-8') as f:
        for line in f:
            counts.update(word.findall(json.loads(line).get('text') or ''))
for w in sorted(counts):
    if len(w) > 3 and w.endswith('ly') and counts[w] >= MIN_WORD and counts[w[:-1] + 'ies'] >= MIN_PLURAL:
        print(f'ly-non-adverb\t{w}')
