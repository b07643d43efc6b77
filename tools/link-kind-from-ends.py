"""Rewrites the counter-link kinds of an analysis (JSON Lines) from the kinds of the claims each link joins, so that
score.py can tell whether the ends' kinds alone would name the link better than the link model does (docs/models.md,
"Retrained in stop 43"). Reversal and NotConfirmed links keep their kind; links to a narrated statement are left alone.

  python3 tools/link-kind-from-ends.py IN.jsonl OUT.jsonl to       # Denial when the answering claim (`to`) is a Denial
  python3 tools/link-kind-from-ends.py IN.jsonl OUT.jsonl either   # Denial when either end is a Denial
Every other counter-link becomes a Contradiction.
"""
import json
import sys


def main(argv):
    if len(argv) != 4 or argv[3] not in ("to", "either"):
        print(__doc__, file=sys.stderr)
        return 2
    source, target, mode = argv[1:4]
    with open(source, encoding="utf-8") as lines, open(target, "w", encoding="utf-8") as out:
        for line in lines:
            doc = json.loads(line)
            claims = {c["id"]: c for c in doc.get("claims", [])}
            for link in doc.get("links", []):
                if link["kind"] in ("Support", "Reversal", "NotConfirmed") or not link.get("to"):
                    continue
                ends = [claims[link["to"]]["kind"]] if mode == "to" else [claims[link["from"]]["kind"], claims[link["to"]]["kind"]]
                link["kind"] = "Denial" if "Denial" in ends else "Contradiction"
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
