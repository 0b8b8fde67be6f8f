#!/usr/bin/env python3
"""List the names tagged in a CoNLL-2002 file that the knowledge base has no label for, most frequent first.

Used to decide which entities the curated knowledge base should gain next (Resources/knowledge/README.md): the names
that a training corpus of the product's kind of text mentions in several documents. Reads only the file given (use a
training file, never a test file) and the knowledge base's TSV files.

    python3 Scripts/kb_missing_names.py ../shared/data/conll2002-nl/ned.train --min-docs 2 > missing.tsv

Output: documents, mentions, type, name (tab-separated). A name counts as known when it equals a label or country
name (case-insensitive), or, for a one- or two-word name, when a person's label ends with it (`Verhofstadt`).
"""
import argparse
import collections
import glob
import os
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Resources", "knowledge")


def known_labels():
    labels, surnames = set(), set()
    for path in sorted(glob.glob(os.path.join(ROOT, "entities", "*.tsv")) + glob.glob(os.path.join(ROOT, "gazetteer", "*.tsv"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                cols = line.rstrip("\n").split("\t")
                if len(cols) < 6:
                    continue
                for field in (cols[4], cols[5]):
                    for label in field.split(" | "):
                        label = label.strip().lower()
                        if label and label != "-":
                            labels.add(label)
                            if cols[1] == "PER":
                                words = label.split()
                                for n in (1, 2):
                                    if len(words) > n:
                                        surnames.add(" ".join(words[-n:]))
    with open(os.path.join(ROOT, "countries.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            for field in line.rstrip("\n").split("\t")[2:]:
                for label in field.split(" | "):
                    if label.strip() and label.strip() != "-":
                        labels.add(label.strip().lower())
    return labels, surnames


def names(path):
    doc = 0
    current, kind = [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts or parts[0] == "-DOCSTART-":
                if parts and parts[0] == "-DOCSTART-":
                    doc += 1
                if current:
                    yield doc, kind, " ".join(current)
                current, kind = [], None
                continue
            tag = parts[-1]
            if tag.startswith("B-") or (tag.startswith("I-") and kind != tag[2:]):
                if current:
                    yield doc, kind, " ".join(current)
                current, kind = [parts[0]], tag[2:]
            elif tag.startswith("I-"):
                current.append(parts[0])
            else:
                if current:
                    yield doc, kind, " ".join(current)
                current, kind = [], None
    if current:
        yield doc, kind, " ".join(current)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("conll", help="a CoNLL-2002 training file")
    parser.add_argument("--min-docs", type=int, default=2, help="keep names found in at least this many documents")
    args = parser.parse_args()
    labels, surnames = known_labels()
    docs, mentions, kinds = collections.defaultdict(set), collections.Counter(), {}
    for doc, kind, name in names(args.conll):
        docs[name].add(doc)
        mentions[name] += 1
        kinds.setdefault(name, collections.Counter())[kind] += 1
    rows = []
    for name, found in docs.items():
        key = name.lower()
        if len(found) < args.min_docs or key in labels or (len(name.split()) <= 2 and key in surnames):
            continue
        rows.append((len(found), mentions[name], kinds[name].most_common(1)[0][0], name))
    for row in sorted(rows, key=lambda r: (-r[0], -r[1], r[3])):
        print("\t".join(str(v) for v in row))


if __name__ == "__main__":
    sys.exit(main())
