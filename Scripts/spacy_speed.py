#!/usr/bin/env python3
"""Times spaCy on the texts `duiding bench pipeline` uses, for the speed comparison in the README.

Needs spaCy 3.8 from PyPI (not a dependency of Duiding), for example in a virtual environment:
    python3 -m venv /tmp/spacyenv && /tmp/spacyenv/bin/pip install 'spacy==3.8.*'
    OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 /tmp/spacyenv/bin/python Scripts/spacy_speed.py --repeats 3
Run from the repository root. It builds spaCy's CPU "efficiency" pipeline for Dutch (tagger,
morphologizer, trainable lemmatizer, parser, NER), initialises it on the Alpino dev treebank and trains
it for one pass, so that it has weights; its speed does not depend on how well it is trained. It then
runs nlp.pipe over the same paragraphs as `duiding bench pipeline` (UD Alpino and LassySmall test text,
five sentences a paragraph, and ned.testb) and prints the median of the timed runs.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

DATA = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data")


def paragraphs(path):
    sentences = []
    with open(path, encoding="utf8") as lines:
        if path.endswith(".conllu"):
            sentences = [line[9:].rstrip("\n") for line in lines if line.startswith("# text = ")]
        else:
            words = []
            for line in lines:
                line = line.rstrip("\n")
                if not line or line.startswith("-DOCSTART-"):
                    if words:
                        sentences.append(" ".join(words))
                    words = []
                else:
                    words.append(line.split(" ")[0])
            if words:
                sentences.append(" ".join(words))
    return [" ".join(sentences[i : i + 5]) for i in range(0, len(sentences), 5)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    import spacy
    from spacy.tokens import DocBin
    from spacy.training import Example
    from thinc.api import Config

    work = tempfile.mkdtemp()
    treebank = os.path.join(DATA, "ud-nl", "nl_alpino-ud-dev.conllu")
    subprocess.run([sys.executable, "-m", "spacy", "convert", treebank, work, "-c", "conllu", "-n", "10"],
                   check=True, capture_output=True)
    config = os.path.join(work, "config.cfg")
    subprocess.run([sys.executable, "-m", "spacy", "init", "config", "-l", "nl", "-p",
                    "tagger,morphologizer,trainable_lemmatizer,parser,ner", "-o", "efficiency", config],
                   check=True, capture_output=True)
    nlp = spacy.util.load_model_from_config(Config().from_disk(config), auto_fill=True, validate=True)
    docs = list(DocBin().from_disk(os.path.join(work, "nl_alpino-ud-dev.spacy")).get_docs(nlp.vocab))
    examples = [Example(nlp.make_doc(doc.text), doc) for doc in docs]
    for label in ["PER", "LOC", "ORG", "MISC"]:
        nlp.get_pipe("ner").add_label(label)
    nlp.initialize(lambda: examples)
    optimizer = nlp.resume_training()
    for start in range(0, len(examples), 16):
        nlp.update(examples[start : start + 16], sgd=optimizer)

    texts = (paragraphs(os.path.join(DATA, "ud-nl", "nl_alpino-ud-test.conllu"))
             + paragraphs(os.path.join(DATA, "ud-nl", "nl_lassysmall-ud-test.conllu"))
             + paragraphs(os.path.join(DATA, "conll2002-nl", "ned.testb")))
    times = []
    tokens = 0
    for _ in range(max(args.repeats, 1)):
        start = time.perf_counter()
        tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=64))
        times.append(time.perf_counter() - start)
    median = sorted(times)[len(times) // 2]
    print(f"spaCy {spacy.__version__} efficiency pipeline: {tokens} tokens, median {median:.2f} s "
          f"over {len(times)} runs -> {tokens / median:.0f} tokens/s (one core)")


if __name__ == "__main__":
    main()
