#!/usr/bin/env python3
"""Writes sample articles as JSONL for measuring `duiding ingest`, from the text in ../shared/data.

Run from the repository root: python3 Scripts/make_ingest_sample.py [COUNT] > /tmp/sample.jsonl
Each CoNLL-2002 document (De Morgen, 2000) becomes one article; then the UD Dutch treebanks' sentences,
three at a time, until COUNT articles (default 2000). Tokens are joined with spaces, as the files give them.
"""
import json
import os
import sys

DATA = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data")


def conll_documents(path):
    document, sentence = [], []
    with open(path, encoding="utf8") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if line.startswith("-DOCSTART-"):
                if sentence:
                    document.append(" ".join(sentence))
                if document:
                    yield document
                document, sentence = [], []
            elif not line:
                if sentence:
                    document.append(" ".join(sentence))
                sentence = []
            else:
                sentence.append(line.split(" ")[0])
    if sentence:
        document.append(" ".join(sentence))
    if document:
        yield document


def treebank_chunks(path, size=3):
    with open(path, encoding="utf8") as lines:
        sentences = [line[9:].rstrip("\n") for line in lines if line.startswith("# text = ")]
    for start in range(0, len(sentences), size):
        yield sentences[start : start + size]


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    written = 0
    sources = [("De Morgen", conll_documents(os.path.join(DATA, "conll2002-nl", name)))
               for name in ("ned.train", "ned.testa", "ned.testb")]
    sources += [("UD Dutch", treebank_chunks(os.path.join(DATA, "ud-nl", name)))
                for name in sorted(os.listdir(os.path.join(DATA, "ud-nl"))) if name.endswith(".conllu")]
    for source, documents in sources:
        for sentences in documents:
            if written >= count:
                return
            headline = sentences[0][:120]
            text = headline + "\n\n" + " ".join(sentences[1:]) if len(sentences) > 1 else headline
            print(json.dumps({"text": text, "headline": headline, "source": source}, ensure_ascii=False))
            written += 1


if __name__ == "__main__":
    main()
