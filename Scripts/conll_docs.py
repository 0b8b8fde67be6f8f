#!/usr/bin/env python3
"""Renders the documents of a CoNLL-2002 file as text for gold annotation: one line per sentence, tokens joined by
spacing rules only (never a word changed), `-DOCSTART-` lines as document breaks, metadata-only sentences kept (the
annotator drops what is no article text).

usage: conll_docs.py ned.testa OUTDIR [PREFIX]   → OUTDIR/PREFIX-N.txt (N from 1), one per document
"""
import os
import sys

NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "...", "…"}
NO_SPACE_AFTER = {"(", "[", "{"}
MARKS = {'"', "'"}


def render(tokens):
    out = ""
    open_marks = {m: False for m in MARKS}
    glue_next = False
    for i, token in enumerate(tokens):
        space = bool(out) and not glue_next
        if token in MARKS:
            following = tokens[i + 1] if i + 1 < len(tokens) else None
            # A mark that ends the line or comes before punctuation, or one left open, closes; else it opens.
            closes = open_marks[token] or following is None or following in NO_SPACE_BEFORE
            if closes:
                out += token
                open_marks[token] = False
                glue_next = False
            else:
                out += (" " if space else "") + token
                open_marks[token] = True
                glue_next = True
            continue
        if token in NO_SPACE_BEFORE:
            space = False
        out += (" " if space else "") + token
        glue_next = token in NO_SPACE_AFTER
    return out


def main():
    source, outdir = sys.argv[1], sys.argv[2]
    prefix = sys.argv[3] if len(sys.argv) > 3 else "doc"
    os.makedirs(outdir, exist_ok=True)
    documents, sentences, tokens = [], [], []
    for line in open(source, encoding="utf-8"):
        fields = line.split()
        if not fields:
            if tokens:
                sentences.append(tokens)
                tokens = []
            continue
        if fields[0] == "-DOCSTART-":
            if tokens:
                sentences.append(tokens)
                tokens = []
            if sentences:
                documents.append(sentences)
            sentences = []
            continue
        tokens.append(fields[0])
    if tokens:
        sentences.append(tokens)
    if sentences:
        documents.append(sentences)
    for number, document in enumerate(documents, 1):
        with open(os.path.join(outdir, f"{prefix}-{number}.txt"), "w", encoding="utf-8") as out:
            out.write("\n".join(render(s) for s in document) + "\n")
    print(f"{len(documents)} documents to {outdir}")


if __name__ == "__main__":
    main()
