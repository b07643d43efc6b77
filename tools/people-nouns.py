"""Mines the `people-noun` list of src/PoliticalNlp/Models/grammarwords.tsv from the allsides raw news: a lower-case noun
after an article that a relative clause follows with "who" far more often than with "which" (`an epidemiologist who`,
`the aides who`), names people. Words of the file's other lists are left out (function words, and titles, which name the person they title: `the
president` is read back to the one named so), and so is a word that never follows `a`
or `an` in the singular (`the ones who`, `someone who`: pronouns, no nouns). The speaker resolver reads a description headed by such a noun as unnamed people of the
body it names (`a Harvard epidemiologist said` is no speech of Harvard's; spec section 4, gold t10, t11, news-01).

usage: python3 tools/people-nouns.py [../shared/data/raw-text/allsides-news] > entries.tsv
"""
import collections, glob, gzip, json, os, re, sys

MIN_WHO, MIN_SHARE, MIN_INDEFINITE = 5, 0.9, 3
root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', '..', 'shared', 'data', 'raw-text', 'allsides-news')
relative = re.compile(r"(?<![A-Za-z'’-])(?:a|an|the)\s+(?:[a-z][a-z-]*\s+){0,2}([a-z][a-z-]{2,})\s*,?\s+(who|whom|whose|which)\b")
grammar = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'PoliticalNlp', 'Models', 'grammarwords.tsv')
with open(grammar, encoding='utf-8') as f:
    listed = {line.split('\t')[1].strip().lower() for line in f
              if '\t' in line and not line.startswith(('#', 'person-noun\t', 'people-noun\t'))}
indefinite = re.compile(r"(?<![A-Za-z'’-])(?:a|an)\s+([a-z][a-z-]{2,})\b")
who, which, after_a = collections.Counter(), collections.Counter(), collections.Counter()
for path in sorted(glob.glob(os.path.join(root, '*.jsonl.gz'))):
    with gzip.open(path, 'rt', encoding='utf-8') as f:
        for line in f:
            text = json.loads(line).get('text') or ''
            for m in relative.finditer(text):
                (which if m.group(2) == 'which' else who)[m.group(1)] += 1
            after_a.update(m.group(1) for m in indefinite.finditer(text))


def singular(w):
    if w.endswith('men'):
        return w[:-3] + 'man'
    if w.endswith('ies'):
        return w[:-3] + 'y'
    return w[:-1] if w.endswith('s') and not w.endswith('ss') else w


for w in sorted(who):
    if who[w] >= MIN_WHO and who[w] / (who[w] + which[w]) >= MIN_SHARE and w not in listed and after_a[singular(w)] >= MIN_INDEFINITE:
        print(f'people-noun\t{w}')
