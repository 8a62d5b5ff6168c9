"""Throughput of a spaCy statistical NER against the bare tokenizer: can a learned model fit the speed target?

Usage: python scripts/bench_ner_speed.py [--n 2000]

Issue 2 asks extraction to run at >= 0.5x ``spacy.blank("en")``; this measures, the way
``scripts/bench_extract.py`` does (same texts, alternating chunks, one process), the ratio of a
``tok2vec`` + ``ner`` pipeline alone, before any of kgraph's own components. The weights are freshly
initialised: a trained model of the same shape runs at the same speed. Two shapes: spaCy's default
(HashEmbedCNN width 96, depth 4) and the smallest sensible one (width 16, depth 1).
"""

import argparse

import spacy
from bench_extract import CORPUS, load, paper_text, timed

SHAPES = ((96, 4, 2000), (16, 1, 500))  # tok2vec width, depth, embedding rows
LABELS = ("METHOD", "MODEL", "DATASET", "METRIC", "TASK")


def ner_pipeline(width, depth, rows):
    """A blank English pipeline with an initialised NER of the given tok2vec shape."""
    nlp = spacy.blank("en")
    tok2vec = {"@architectures": "spacy.HashEmbedCNN.v2", "pretrained_vectors": None, "width": width,
               "depth": depth, "embed_size": rows, "window_size": 1, "maxout_pieces": 3,
               "subword_features": True}
    model = {"@architectures": "spacy.TransitionBasedParser.v2", "state_type": "ner", "extra_state_tokens": False,
             "hidden_width": 64, "maxout_pieces": 2, "use_upper": True, "tok2vec": tok2vec}
    ner = nlp.add_pipe("ner", config={"model": model})
    for label in LABELS:
        ner.add_label(label)
    nlp.initialize()
    return nlp


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--chunk", type=int, default=500)
    args = parser.parse_args()
    texts = [paper_text(paper) for paper in load(CORPUS, args.n)]
    blank = spacy.blank("en")
    for width, depth, rows in SHAPES:
        nlp = ner_pipeline(width, depth, rows)
        tokenizer_time = ner_time = 0.0
        for first in range(0, len(texts), args.chunk):
            chunk = texts[first:first + args.chunk]
            tokenizer_time += timed(lambda: sum(1 for _ in blank.pipe(chunk, batch_size=64)))
            ner_time += timed(lambda: sum(1 for _ in nlp.pipe(chunk, batch_size=64)))
        print(f"tok2vec width {width}, depth {depth}: tokenizer {len(texts) / tokenizer_time:.0f} docs/s, "
              f"NER {len(texts) / ner_time:.0f} docs/s, ratio {tokenizer_time / ner_time:.3f} (target >= 0.5)")


if __name__ == "__main__":
    main()
