// Quick, dependency-free experiments on the link model's candidate pairs, cross-validated by document (10 folds).
// Input: the pair table `links --experiment dump --cv PREFIX` writes (PREFIX.pipeline.pairs.tsv / PREFIX.gold.pairs.tsv).
// Figures are pair-level counter-link F1 at the best threshold (optimistic: the threshold is chosen on the same
// predictions), for comparing feature sets and learners against each other, not for reporting the model.
//   node tools/link-pairs-cv.js lr    PAIRS.tsv [L2]   binary logistic regression (counter vs not)
//   node tools/link-pairs-cv.js stack PAIRS.tsv [L2]   + a second stage over each pair's rank among its claims' pairs
//   node tools/link-pairs-cv.js clogit PAIRS.tsv [L2]  conditional logit over the pairs of each claim: precision at 1
//   node tools/link-pairs-cv.js kind  PAIRS.tsv [L2]   a kind classifier over the gold-linked pairs alone: accuracy
'use strict';
const fs = require('fs');
const [mode, path, l2arg] = process.argv.slice(2);
const l2 = +(l2arg || 30), FOLDS = 10, COUNTER = ['Denial', 'NotConfirmed', 'Contradiction', 'Reversal'];
// TARGET=support scores support links instead of counter-links.
const isCounter = process.env.TARGET === 'support' ? r => r.label === 'Support' : r => COUNTER.includes(r.label);

const lines = fs.readFileSync(path, 'utf8').trim().split('\n');
const names = lines[0].split('\t').slice(4);
const rows = lines.slice(1).map(l => { const f = l.split('\t'); return { doc: +f[0], x: +f[1], y: +f[2], label: f[3], f: Float64Array.from(f.slice(4).map(Number)) }; });
const docs = [...new Set(rows.map(r => r.doc))].sort((a, b) => a - b);
const fold = r => docs.indexOf(r.doc) % FOLDS;

// Softmax regression with Adam, full batch; classes.length == 1 means binary (sigmoid).
function train(X, y, classes, l2, iterations = 300) {
  const d = X[0].length, C = Math.max(classes, 2), W = Array.from({ length: C }, () => new Float64Array(d + 1));
  const M = W.map(() => new Float64Array(d + 1)), V = W.map(() => new Float64Array(d + 1));
  const scores = x => W.map(w => { let s = w[d]; for (let j = 0; j < d; j++) s += w[j] * x[j]; return s; });
  for (let t = 1; t <= iterations; t++) {
    const G = W.map(() => new Float64Array(d + 1));
    X.forEach((x, i) => {
      const z = scores(x), mx = Math.max(...z), e = z.map(v => Math.exp(v - mx)), S = e.reduce((a, b) => a + b);
      for (let c = 0; c < C; c++) { const g = e[c] / S - (y[i] === c ? 1 : 0); for (let j = 0; j < d; j++) if (x[j]) G[c][j] += g * x[j]; G[c][d] += g; }
    });
    for (let c = 0; c < C; c++) for (let j = 0; j <= d; j++) {
      const g = G[c][j] + (j < d ? l2 * W[c][j] : 0);
      M[c][j] = 0.9 * M[c][j] + 0.1 * g; V[c][j] = 0.999 * V[c][j] + 0.001 * g * g;
      W[c][j] -= 0.05 * (M[c][j] / (1 - 0.9 ** t)) / (Math.sqrt(V[c][j] / (1 - 0.999 ** t)) + 1e-8);
    }
  }
  return x => { const z = scores(x), mx = Math.max(...z), e = z.map(v => Math.exp(v - mx)), S = e.reduce((a, b) => a + b); return e.map(v => v / S); };
}

function bestF(scored) {
  const s = scored.slice().sort((a, b) => b.p - a.p), positives = s.filter(r => r.gold).length;
  let tp = 0, best = { f: 0, p: 0, r: 0 };
  s.forEach((r, i) => { if (r.gold) tp++; const f = 2 * tp / (i + 1 + positives); if (f > best.f) best = { f, p: tp / (i + 1), r: tp / positives }; });
  return `F ${best.f.toFixed(3)} (P ${best.p.toFixed(3)} R ${best.r.toFixed(3)}) over ${positives} linked pairs`;
}

function outOfFold(features) {
  const p = new Map();
  for (let k = 0; k < FOLDS; k++) {
    const tr = rows.filter(r => fold(r) !== k), model = train(tr.map(features), tr.map(r => isCounter(r) ? 1 : 0), 2, l2);
    rows.filter(r => fold(r) === k).forEach(r => p.set(r, model(features(r))[1]));
  }
  return p;
}

const byClaim = new Map();
for (const r of rows) for (const c of [r.x, r.y]) { const k = r.doc + ':' + c; if (!byClaim.has(k)) byClaim.set(k, []); byClaim.get(k).push(r); }

if (mode === 'lr' || mode === 'stack') {
  const p1 = outOfFold(r => r.f);
  console.log(`lr (L2 ${l2}): ${bestF(rows.map(r => ({ p: p1.get(r), gold: isCounter(r) })))}`);
  if (mode === 'stack') {
    for (const list of byClaim.values()) list.sort((a, b) => p1.get(b) - p1.get(a));
    const context = r => {
      const lx = byClaim.get(r.doc + ':' + r.x), ly = byClaim.get(r.doc + ':' + r.y), rx = lx.indexOf(r), ry = ly.indexOf(r), p = p1.get(r);
      return Float64Array.from([...r.f, Math.log(p / (1 - p)) / 5, +(rx === 0), +(ry === 0), +(rx <= 2), +(ry <= 2), p / p1.get(lx[0]), p / p1.get(ly[0])]);
    };
    const p2 = outOfFold(context);
    console.log(`stacked on per-claim ranks: ${bestF(rows.map(r => ({ p: p2.get(r), gold: isCounter(r) })))}`);
  }
} else if (mode === 'clogit') {
  const groups = [...byClaim.values()].filter(g => g.some(isCounter));
  const p1 = outOfFold(r => r.f);
  const at1 = score => groups.filter(g => isCounter(g.reduce((b, r) => score(r) > score(b) ? r : b))).length / groups.length;
  const d = names.length, score = new Map();
  for (let k = 0; k < FOLDS; k++) {
    const tr = groups.filter(g => fold(g[0]) !== k), w = new Float64Array(d), m = new Float64Array(d), v = new Float64Array(d);
    for (let t = 1; t <= 200; t++) {
      const grad = new Float64Array(d);
      for (const g of tr) {
        const z = g.map(r => r.f.reduce((s, x, j) => s + w[j] * x, 0)), mx = Math.max(...z), e = z.map(x => Math.exp(x - mx)), S = e.reduce((a, b) => a + b);
        const positives = g.filter(isCounter).length;
        g.forEach((r, i) => { const gg = e[i] / S - (isCounter(r) ? 1 / positives : 0); for (let j = 0; j < d; j++) if (r.f[j]) grad[j] += gg * r.f[j]; });
      }
      for (let j = 0; j < d; j++) { const g = grad[j] + l2 * w[j]; m[j] = 0.9 * m[j] + 0.1 * g; v[j] = 0.999 * v[j] + 0.001 * g * g; w[j] -= 0.05 * (m[j] / (1 - 0.9 ** t)) / (Math.sqrt(v[j] / (1 - 0.999 ** t)) + 1e-8); }
    }
    groups.filter(g => fold(g[0]) === k).forEach(g => g.forEach(r => score.set(r, r.f.reduce((s, x, j) => s + w[j] * x, 0))));
  }
  console.log(`claims with a linked pair: ${groups.length}; precision at 1: binary lr ${at1(r => p1.get(r)).toFixed(3)}, conditional logit (L2 ${l2}) ${at1(r => score.get(r)).toFixed(3)}`);
} else if (mode === 'kind') {
  const linked = rows.filter(isCounter);
  let right = 0;
  for (let k = 0; k < FOLDS; k++) {
    const tr = linked.filter(r => fold(r) !== k), model = train(tr.map(r => r.f), tr.map(r => COUNTER.indexOf(r.label)), COUNTER.length, l2);
    for (const r of linked.filter(r => fold(r) === k)) { const p = model(r.f); if (p.indexOf(Math.max(...p)) === COUNTER.indexOf(r.label)) right++; }
  }
  const majority = Math.max(...COUNTER.map(c => linked.filter(r => r.label === c).length));
  console.log(`kind over ${linked.length} linked pairs (L2 ${l2}): accuracy ${(right / linked.length).toFixed(3)}; the majority kind alone ${(majority / linked.length).toFixed(3)}`);
} else {
  console.error('usage: node tools/link-pairs-cv.js lr|stack|clogit|kind PAIRS.tsv [L2]');
  process.exit(2);
}
