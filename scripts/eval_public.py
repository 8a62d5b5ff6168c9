"""Score kgraph's entity extraction on public annotated test splits (SciER, SciERC, GSAP-NER).

Usage: python scripts/eval_public.py [--shared PATH]

``--shared`` is the shared data folder (default: ``shared`` beside the
repository, i.e. ``/work/shared``); the files read are under its
``eval-data/``. Each dataset's test documents become gold records in the
extract format (``id``, empty ``title``, ``abstract``, ``entities``, no
relations), kgraph extracts from the same text (empty title), and
:func:`kgraph.evaluate.score` compares them. Only entities are reported:
the datasets' relation schemes are not ours.

Label mapping (dataset label -> kgraph type; labels not listed are skipped):

=========  ==================  ==========================================
dataset    label               kgraph type
=========  ==================  ==========================================
SciER      Method              METHOD
SciER      Dataset             DATASET
SciER      Task                TASK
SciERC     Method              METHOD
SciERC     Task                TASK
SciERC     Metric              METRIC
SciERC     Material            DATASET (approximate: also covers corpora,
                               languages, images... not only data sets)
SciERC     OtherScientificTerm skipped
SciERC     Generic             skipped
GSAP-NER   MLModel             MODEL
GSAP-NER   ModelArchitecture   METHOD
GSAP-NER   Method              METHOD
GSAP-NER   Dataset             DATASET
GSAP-NER   Task                TASK
GSAP-NER   MLModelGeneric, DatasetGeneric, Datasource, URL, ReferenceLink:
           skipped
=========  ==================  ==========================================

Predictions are restricted to the types a dataset annotates (the right-hand
column for that dataset) before scoring, so that e.g. a METRIC found in a
SciER document, which SciER never labels, is not a false positive.

Gold entities are per document: repeated mentions collapse to one entity per
(:func:`kgraph.resolve.entity_key`, type). A name annotated with two types
(GSAP-NER labels XNLI both Dataset and Task) stays two gold entities.

Text: SciER sentences of one ``doc_id`` are joined with spaces (already
tokenised: "state - of - the - art"); SciERC tokens are joined with spaces,
PTB bracket tokens (-LRB- ...) turned back into brackets; GSAP-NER text is
used as is, entity names cut from it by character span.
"""

import argparse
import json
import sys
from pathlib import Path

from kgraph.evaluate import score
from kgraph.extract import Extractor
from kgraph.models import Paper
from kgraph.resolve import entity_key

SHARED = Path(__file__).resolve().parents[2] / "shared"

SCIER_TYPES = {"Method": "METHOD", "Dataset": "DATASET", "Task": "TASK"}
SCIERC_TYPES = {"Method": "METHOD", "Task": "TASK", "Metric": "METRIC", "Material": "DATASET"}
GSAP_TYPES = {"MLModel": "MODEL", "ModelArchitecture": "METHOD", "Method": "METHOD",
              "Dataset": "DATASET", "Task": "TASK"}
# GSAP-NER's integer labels index its "stacked_label" class names (README beside the file).
GSAP_LABELS = ("MLModel", "ModelArchitecture", "Datasource", "Dataset", "Task", "Method", "URL",
               "ReferenceLink", "MLModelGeneric", "DatasetGeneric")
PTB_BRACKETS = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}"}


def gold_record(doc_id, text, mentions, type_map):
    """A gold record from (surface text, dataset label) mentions; one entity per (key, type).

    >>> gold_record("d", "BERT on SQuAD", [("BERT", "Method"), ("bert", "Method")],
    ...             {"Method": "METHOD"})["entities"]
    [{'name': 'BERT', 'type': 'METHOD', 'aliases': []}]
    """
    entities, seen = [], set()
    for name, label in mentions:
        kind = type_map.get(label)
        key = (entity_key(name), kind)
        if kind is None or not key[0] or key in seen:
            continue
        seen.add(key)
        entities.append({"name": name, "type": kind, "aliases": []})
    return {"id": doc_id, "title": "", "abstract": text, "entities": entities, "relations": []}


def scier_docs(lines):
    """SciER sentence records (JSON lines) -> gold records, sentences grouped by ``doc_id``."""
    sentences, mentions = {}, {}
    for line in filter(str.strip, lines):
        record = json.loads(line)
        doc_id = str(record["doc_id"])
        sentences.setdefault(doc_id, []).append(record["sentence"])
        mentions.setdefault(doc_id, []).extend(tuple(pair) for pair in record["ner"])
    return [gold_record(d, " ".join(sentences[d]), mentions[d], SCIER_TYPES) for d in sentences]


def scierc_doc(record):
    """One SciERC document -> gold record; spans are inclusive document-level token offsets."""
    tokens = [PTB_BRACKETS.get(t, t) for sentence in record["sentences"] for t in sentence]
    mentions = [(" ".join(tokens[start:end + 1]), label)
                for sentence in record["ner"] for start, end, label in sentence]
    return gold_record(record["doc_key"], " ".join(tokens), mentions, SCIERC_TYPES)


def scierc_docs(lines):
    """SciERC JSON lines (one document a line) -> gold records."""
    return [scierc_doc(json.loads(line)) for line in filter(str.strip, lines)]


def gsap_docs(lines):
    """GSAP-NER JSON lines (``text`` with character-span ``entities``) -> gold records."""
    docs = []
    for line in filter(str.strip, lines):
        record = json.loads(line)
        text = record["text"]
        mentions = [(text[e["start"]:e["end"]], GSAP_LABELS[e["label"]]) for e in record["entities"]]
        docs.append(gold_record(record["id"], text, mentions, GSAP_TYPES))
    return docs


def restrict(predicted, types):
    """Predicted records keeping only entities of ``types`` (relations dropped: not scored)."""
    return [{**record, "entities": [e for e in record["entities"] if e["type"] in types],
             "relations": []} for record in predicted]


def evaluate(gold, types, extractor):
    """Extract from each gold record's text (empty title) and score against it, restricted to ``types``."""
    papers = [Paper(record["id"], "", record["abstract"]) for record in gold]
    predicted = [extraction.to_json() for extraction in extractor.extract_many(papers)]
    return score(gold, restrict(predicted, types))


DATASETS = (
    ("SciER", "eval-data/scier/LLM/test.jsonl", scier_docs, SCIER_TYPES),
    ("SciERC", "eval-data/scierc/test.json", scierc_docs, SCIERC_TYPES),
    ("GSAP-NER", "eval-data/gsap-ner-abstracts.jsonl", gsap_docs, GSAP_TYPES),
)


def _prf(counts):
    return f"{counts.precision:.3f} {counts.recall:.3f} {counts.f1:.3f}"


def table_row(name, report, types):
    """One Markdown table row: docs, typed and untyped P R F1, F1 per annotated type."""
    per_type = " ".join(f"{t} {report.by_entity_type[t].f1:.3f}" for t in sorted(set(types.values())))
    return (f"| {name} | {report.gold_papers} | {_prf(report.entities)} | "
            f"{_prf(report.entities_untyped)} | {per_type} |")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED, help="shared data folder")
    args = parser.parse_args(argv)
    for name, relative, _, _ in DATASETS:
        if not (args.shared / relative).is_file():
            parser.error(f"{name} test split not found: {args.shared / relative}")
    print("$ python scripts/eval_public.py" + ("" if args.shared == SHARED else f" --shared {args.shared}"))
    print("| dataset (test) | docs | entities typed P R F1 | untyped P R F1 | F1 per type |")
    print("|---|---|---|---|---|")
    extractor = Extractor()
    for name, relative, convert, type_map in DATASETS:
        with open(args.shared / relative, encoding="utf-8") as handle:
            gold = convert(handle)
        print(table_row(name, evaluate(gold, set(type_map.values()), extractor), type_map))
    return 0


if __name__ == "__main__":
    sys.exit(main())
