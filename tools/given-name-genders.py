#!/usr/bin/env python3
"""Mines the `male-given-name` and `female-given-name` lists of src/PoliticalNlp/Models/grammarwords.tsv from the allsides
political news articles: for each person the entity stage finds with a name of two words or more, the first pronoun of
he/his/him/himself or she/her/hers/herself within 250 characters after the mention, before the next entity mention, is
counted for the name's first word. A first word seen 8 times or more is listed as male when 3 in 4 of its pronouns are
male, as female when 3 in 5 are female (the news writes of men far more often, so the pronoun after a woman's name is
"he" about twice as often as the reverse: the shares were read off the names the given-name lexicon knows). A name the
1990 census lists for both sexes ("Kim", "Dana") is listed only for the sex whose census list ranks it higher, so the
news's one famous bearer does not decide the gender of everyone else of that name; one it lists for the other sex only is
left out ("Clinton", a man's first name there). A surname that opens a two-word name ("Trump", "Wasserman") stays: the
resolver reads it only for a person the document names by it. The speaker resolution reads the lists only where the given-name lexicon does not settle a gender (names it does
not hold, or holds as both), so that "she" is not resolved to "Barack Obama".

usage:
  zcat ../shared/data/raw-text/allsides-news/*.gz | python3 -c 'import json,sys; [print(json.dumps({"id": d["id"], "text": d["text"]})) for d in map(json.loads, sys.stdin)]' > docs.jsonl
  politicalnlp analyze --format jsonl docs.jsonl -o out.jsonl
  python3 tools/given-name-genders.py docs.jsonl out.jsonl > entries.tsv
"""
import collections, json, os, re, sys

MIN_COUNT, MALE_SHARE, FEMALE_SHARE, WINDOW = 8, 0.75, 0.6, 250
PRONOUN = re.compile(r"\b(he|his|him|himself)\b|\b(she|her|hers|herself)\b", re.I)

NAMES = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'data', 'gazetteers', 'person-names')


def ranks(file):
    with open(os.path.join(NAMES, file), encoding='utf-8', errors='replace') as f:
        return {line.strip().lower(): i for i, line in enumerate(f) if line.strip()}


male_rank, female_rank = ranks('census1990_first_male.txt'), ranks('census1990_first_female.txt')


def census_allows(name, sex):
    key = name.lower()
    if key in male_rank and key in female_rank:
        return (male_rank[key] < female_rank[key]) == (sex == 'male')
    return not (key in (female_rank if sex == 'male' else male_rank))


texts = {}
with open(sys.argv[1], encoding='utf-8') as f:
    for line in f:
        d = json.loads(line)
        texts[d['id']] = d['text']
counts = collections.defaultdict(lambda: [0, 0])
with open(sys.argv[2], encoding='utf-8') as f:
    for line in f:
        d = json.loads(line)
        text, entities = texts[d['id']], d['entities']
        for k, e in enumerate(entities):
            words = e['text'].split()
            if e['type'] != 'Person' or len(words) < 2 or not words[0].isalpha() or not words[0][0].isupper():
                continue
            stop = entities[k + 1]['start'] if k + 1 < len(entities) else len(text)
            m = PRONOUN.search(text, e['end'], min(stop, e['end'] + WINDOW))
            if m:
                counts[words[0]][0 if m.group(1) else 1] += 1
for name in sorted(counts):
    male, female = counts[name]
    if male + female < MIN_COUNT:
        continue
    if male / (male + female) >= MALE_SHARE and census_allows(name, 'male'):
        print(f"male-given-name\t{name}")
    elif female / (male + female) >= FEMALE_SHARE and census_allows(name, 'female'):
        print(f"female-given-name\t{name}")
