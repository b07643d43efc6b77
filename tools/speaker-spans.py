"""How often the speaker span is exactly the gold's, among the claims score.py matches (overlap-based speaker accuracy
counts a span that runs on into the verb, "The ministry issued a statement", as right; this counts it wrong).

usage: python3 tools/speaker-spans.py GOLD.jsonl OUT.jsonl [OUT2.jsonl ...]
"""
import json, sys
import os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..', 'shared', 'eval')); import score
gold={json.loads(l)['id']:json.loads(l) for l in open(sys.argv[1])}
for path in sys.argv[2:]:
    pred={json.loads(l)['id']:json.loads(l) for l in open(path)}
    n=ex=0
    for i,g in gold.items():
        p=pred.get(i); 
        if not p: continue
        g2p,_=score.match_claims(g['claims'],p['claims'])
        for gi,pi in g2p.items():
            gs=g['claims'][gi].get('speaker'); ps=p['claims'][pi].get('speaker')
            if not gs: continue
            n+=1; ex+= bool(ps) and gs['start']==ps['start'] and gs['end']==ps['end']
    print(path, f'exact speaker spans {ex}/{n} = {ex/n:.4f}')
