"""Train the build-time NER selector on the SciER train split (CPU, one thread).

Usage: python scripts/train_ner.py [--scier DIR] [--out .cache/ner-model] [--max-steps N]

SciER sentences come pre-tokenized with spaces ("top - left", "4 2 . 2 %")
and their entities as bare strings. This script rebuilds a natural text
from the tokens (hyphens, digits and punctuation re-attached, as in the
arXiv abstracts the model will read), finds each entity as a token sequence
in the sentence (all non-overlapping occurrences, longest entity first),
converts token positions to char offsets of the rebuilt text, and writes
spaCy DocBin files. It then runs ``spacy train`` with ``scripts/ner.cfg``
(early stopping on SciER dev) and prints the dev P/R/F1 of the best model.

Only train.jsonl (training) and dev.jsonl (early stopping, scores) are
read; the test splits are never touched. The model is a build-time tool
for scripts/mine_ner_terms.py and is not shipped (``.cache/`` is ignored).
"""

import argparse
import json
from pathlib import Path

import spacy
from spacy.cli.train import train
from spacy.tokens import DocBin

SCIER = Path("/work/shared/eval-data/scier/LLM")
HERE = Path(__file__).resolve().parent
NO_SPACE_BEFORE = {",", ".", ")", "]", "%", ":", ";", "?", "!", "'s", "'", "n't"}
NO_SPACE_AFTER = {"(", "["}


def _glued(prev, token, nxt):
    """Whether ``token`` attaches to ``prev`` without a space in natural text."""
    if token == "-" or prev == "-" or prev in NO_SPACE_AFTER:
        return True
    if token == "." and prev.isdigit():
        return nxt.isdigit()
    if token.isdigit() and (prev.isdigit() or prev == "."):
        return True
    return token in NO_SPACE_BEFORE


def detokenize(tokens):
    """The text of ``tokens`` with natural spacing, and each token's (start, end).

    >>> detokenize("a 4 2 . 2 % top - left ( x )".split())[0]
    'a 42.2% top-left (x)'
    """
    text, offsets = "", []
    for i, token in enumerate(tokens):
        prev = tokens[i - 1] if i else ""
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if i and not _glued(prev, token, nxt):
            text += " "
        offsets.append((len(text), len(text) + len(token)))
        text += token
    return text, offsets


def entity_token_spans(tokens, entities):
    """Non-overlapping ``(first, last_exclusive, label)`` token spans of the entities.

    Every occurrence of an entity's token sequence is labelled; longer
    entities claim tokens first.

    >>> entity_token_spans("the BERT model and BERT".split(), [["BERT", "Method"], ["BERT model", "Method"]])
    [(1, 3, 'Method'), (4, 5, 'Method')]
    """
    taken, spans = set(), []
    for name, label in sorted(entities, key=lambda e: -len(e[0].split())):
        words = name.split()
        for i in range(len(tokens) - len(words) + 1):
            span = range(i, i + len(words))
            if tokens[i:i + len(words)] == words and not taken.intersection(span):
                taken.update(span)
                spans.append((i, i + len(words), label))
    return sorted(spans)


def to_docs(nlp, lines):
    """spaCy docs with gold entities from SciER JSONL lines; also the count of spans lost."""
    docs, lost = [], 0
    for line in lines:
        record = json.loads(line)
        tokens = record["sentence"].split()
        text, offsets = detokenize(tokens)
        doc = nlp.make_doc(text)
        ents = []
        for first, last, label in entity_token_spans(tokens, record["ner"]):
            start, end = offsets[first][0], offsets[last - 1][1]
            span = doc.char_span(start, end, label=label) or doc.char_span(
                start, end, label=label, alignment_mode="expand")
            if span is None or any(span.start < e.end and e.start < span.end for e in ents):
                lost += 1
                continue
            ents.append(span)
        doc.ents = ents
        docs.append(doc)
    return docs, lost


def write_docbin(nlp, source, target):
    """Convert one SciER split to a DocBin file; return (docs, lost spans)."""
    with open(source, encoding="utf-8") as handle:
        docs, lost = to_docs(nlp, handle)
    DocBin(docs=docs).to_disk(target)
    return len(docs), lost


def dev_scores(model_dir, dev_path):
    """Entity P/R/F1 (overall and per label) of the saved model on the dev DocBin."""
    from spacy.training import Example

    nlp = spacy.load(model_dir)
    gold = list(DocBin().from_disk(dev_path).get_docs(nlp.vocab))
    examples = [Example(nlp(g.text), g) for g in gold]
    return nlp.get_pipe("ner").score(examples)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scier", type=Path, default=SCIER)
    parser.add_argument("--out", type=Path, default=Path(".cache/ner-model"))
    parser.add_argument("--max-steps", type=int, default=4000)
    args = parser.parse_args()
    data = args.out / "data"
    data.mkdir(parents=True, exist_ok=True)
    blank = spacy.blank("en")
    for split in ("train", "dev"):
        count, lost = write_docbin(blank, args.scier / f"{split}.jsonl", data / f"{split}.spacy")
        print(f"{split}: {count} sentences, {lost} entity spans not aligned")
    overrides = {"paths.train": str(data / "train.spacy"), "paths.dev": str(data / "dev.spacy"),
                 "training.max_steps": args.max_steps}
    train(HERE / "ner.cfg", args.out, use_gpu=-1, overrides=overrides)
    scores = dev_scores(args.out / "model-best", data / "dev.spacy")
    print(f"dev P {scores['ents_p']:.3f} R {scores['ents_r']:.3f} F1 {scores['ents_f']:.3f}")
    for label, s in sorted(scores["ents_per_type"].items()):
        print(f"  {label:8} P {s['p']:.3f} R {s['r']:.3f} F1 {s['f']:.3f}")


if __name__ == "__main__":
    main()
