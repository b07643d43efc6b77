"""Adds sentence-encoder features to the link model's pair table, for tools/link-pairs-cv.js (an experiment).

  python3 tools/link-embedding-features.py PREFIX.pipeline.pairs.tsv PREFIX.pipeline.emb.tsv OUT.pairs.tsv

PAIRS come from `links --experiment dump --cv PREFIX`, EMB from tools/claim-embeddings. Features: the cosine of the two
contents, three bins of it, whether the pair is the most similar of each end's pairs or among either end's three most
similar, and its cosine minus the best of either end's. Prints the mean cosine by gold label.
"""
import sys, math, collections
pairs, emb, out = sys.argv[1:4]
E = {}
for l in open(emb):
    d, c, v = l.rstrip('\n').split('\t')
    v = [float(x) for x in v.split()]
    n = math.sqrt(sum(x*x for x in v)) or 1
    E[(int(d), int(c))] = [x/n for x in v]
lines = open(pairs).read().rstrip('\n').split('\n')
head = lines[0].split('\t'); rows = [l.split('\t') for l in lines[1:]]
cos = []
for r in rows:
    a = E[(int(r[0]), int(r[1]))]; b = E[(int(r[0]), int(r[2]))]
    cos.append(sum(x*y for x, y in zip(a, b)))
# rank of each pair's cosine among the pairs of each end
by = collections.defaultdict(list)
for i, r in enumerate(rows):
    by[(r[0], r[1])].append(i); by[(r[0], r[2])].append(i)
# rank[i] = (the pair's rank among its x end's pairs, among its y end's pairs), 0 = the most similar
rank_of = {}
for k, idx in by.items():
    for j, i in enumerate(sorted(idx, key=lambda i: -cos[i])): rank_of[(k, i)] = j
rank = {i: (rank_of[((r[0], r[1]), i)], rank_of[((r[0], r[2]), i)]) for i, r in enumerate(rows)}
extra = ['emb.cos', 'emb.cos.gt.5', 'emb.cos.gt.6', 'emb.cos.gt.7', 'emb.top1.x', 'emb.top1.y', 'emb.top3.either', 'emb.cos.minus.best']
best = {k: max(cos[i] for i in idx) for k, idx in by.items()}
with open(out, 'w') as w:
    w.write('\t'.join(head + extra) + '\n')
    for i, r in enumerate(rows):
        c = cos[i]; rk = rank[i]
        f = [c, c > .5, c > .6, c > .7, rk[0] == 0, rk[1] == 0, min(rk) <= 2,
             c - max(best[(r[0], r[1])], best[(r[0], r[2])])]
        w.write('\t'.join(r + [str(float(x)) for x in f]) + '\n')
# diagnostic: mean cosine by label
m = collections.defaultdict(list)
for i, r in enumerate(rows): m[r[3]].append(cos[i])
for k, v in sorted(m.items()): print(k, len(v), round(sum(v)/len(v), 3))
