"""Distil the build-time NER model's predictions on the arXiv corpus into a gazetteer.

Usage: python scripts/mine_ner_terms.py [--model .cache/ner-model/model-best]
       [--limit N] [--min-df 10] [--min-kp 0.5] [--out kgraph/nlp/data/ner_terms.tsv]

Pass 1 runs the NER model (scripts/train_ner.py) over title + abstract of
the first ``--limit`` corpus records (all by default) and counts, per
normalised span text, the predicted mentions, the documents and the label
votes. Pass 2 counts every occurrence of the candidate strings in the same
texts with a PhraseMatcher (LOWER for lower-case terms, ORTH otherwise);
keyphraseness = predicted mentions / occurrences says how often the model
thinks the string is an entity when it appears. Both passes are cached in
``.cache/ner-stats.json`` (``--refresh`` recomputes) so thresholds can be
tuned without rerunning the model. Terms passing the thresholds and the
filters below are typed and written as a lexicon TSV (source ``ner-corpus``).
See scripts/NER_TERMS.md.
"""

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from itertools import islice
from pathlib import Path

CORPUS = "/work/shared/data/arxiv-cs-abstracts.jsonl.gz"
ROOT = Path(__file__).resolve().parents[1]
LABEL_TYPES = {"Task": "TASK", "Dataset": "DATASET", "Method": "METHOD"}
FUNCTION_WORDS = frozenset(
    "a an the this that these those our their its his her we it they and or but nor of for in on at to by "
    "with from into via as than then such both either each all any some most more less many much few "
    "is are was were be been being has have had do does can could may might will would should "
    "which who whom whose what where when how while using based over under between among within "
    "without about across through also not no only very well new".split())
GENERIC_WORDS = frozenset(
    "method approach framework model system algorithm technique network architecture task dataset data "
    "benchmark module pipeline paradigm strategy scheme mechanism solution tool baseline learning "
    "large language deep neural machine artificial intelligence ai llm lm vlm mllm dnn generative "
    "foundation multimodal vision pretrained pre-trained proposed novel existing previous traditional "
    "conventional standard current recent popular various different other state-of-the-art sota "
    "efficient effective simple general end-to-end based".split())
METRIC_HEADS = frozenset(
    "accuracy error score rate precision recall f1 f1-score f-score f-measure bleu rouge meteor cider "
    "perplexity latency throughput auc auroc auprc roc mae mse rmse psnr ssim lpips fid iou miou ndcg "
    "mrr wer cer ece similarity distance divergence coefficient regret correlation speedup".split()) | {"mAP", "AP"}
GENERIC_HEADS = frozenset(
    "method approach framework model system module block layer strategy strategie algorithm technique task "
    "pipeline scheme mechanism paradigm tool solution setting llm lm agent variant design".split())
ACRONYM = re.compile(r"^[A-Z][A-Z\-]{0,5}s?$")
TITLE_COMPOUND = re.compile(r"^[A-Z][a-z]+(?:-[A-Z][a-z]+)+$")
NOT_METRIC = frozenset({"learning rate", "dropout rate", "sampling rate", "frame rate", "loss function"})
MODEL_FAMILY = re.compile(
    r"^(?:GPT|Llama|LLaMA|Qwen|Mistral|Mixtral|Gemma|Phi|Claude|Gemini|PaLM|T5|Flan-T5|BLOOM|Falcon|"
    r"Vicuna|Alpaca|DeepSeek|InternLM|InternVL|Baichuan|ChatGLM|GLM|OPT|Pythia|OLMo|StarCoder|"
    r"CodeLlama|Code Llama|LLaVA|MiniGPT|BLIP|Stable Diffusion|DALL-E|Whisper|Yi|o\d)(?![a-z])", re.IGNORECASE)


def normalise(text):
    """The key text of a span: whitespace collapsed; lower-cased unless a word has
    an inner capital or a digit.

    >>> normalise("Knowledge  Distillation"), normalise("MS COCO"), normalise("Llama 2")
    ('knowledge distillation', 'MS COCO', 'Llama 2')
    """
    words = text.split()
    keep = any(ch.isdigit() for ch in text) or any(any(c.isupper() for c in w[1:]) for w in words)
    joined = " ".join(words)
    return joined if keep else joined.lower()


def is_case_sensitive(term):
    """Whether ``term`` must be counted case-sensitively (it kept capitals or digits)."""
    return term != term.lower()


def rejection(term, stopnames):
    """Why ``term`` is not a usable name (a short reason), or None when it is.

    >>> rejection("the model", frozenset()), rejection("knowledge distillation", frozenset())
    ('function word at edge', None)
    """
    words = term.split()
    lowered = [w.lower() for w in words]
    if not 1 <= len(words) <= 5:
        return "length"
    if term.lower() in stopnames:
        return "stopname"
    if lowered[0] in FUNCTION_WORDS or lowered[-1] in FUNCTION_WORDS:
        return "function word at edge"
    if all(w.rstrip("s") in GENERIC_WORDS or w in GENERIC_WORDS for w in lowered):
        return "vague"
    if lowered[-1].rstrip("s") in GENERIC_HEADS:
        return "generic head"
    if ACRONYM.match(term):
        return "short acronym"
    if not any(c.isalpha() for c in term) or len(term) < 2:
        return "no letters"
    if any(c in term for c in "()[]{}$\\=<>;\"") or term[0] in "-'.,:/" or term[-1] in "-'.,:/":
        return "punctuation"
    if len(words) == 1 and (term == term.lower() or TITLE_COMPOUND.match(term)):
        return "single modifier-like word"
    return None


def keyphraseness(predicted, occurrences):
    """Share of a string's occurrences that the model predicted as an entity (capped at 1).

    >>> keyphraseness(3, 4), keyphraseness(2, 0)
    (0.75, 1.0)
    """
    return min(1.0, predicted / occurrences) if occurrences else 1.0


def entity_type(term, votes, head_types=None):
    """The kgraph type of ``term`` given its SciER label ``votes`` (a Counter).

    Metric heads win over the votes, then model-release names, then the
    type kgraph's own phrase rules give the head word (``head_types``: word
    -> type, from cues.json ``phrase_heads``; "continual learning" is a
    TASK there, a Method in SciER); otherwise the majority SciER label.

    >>> entity_type("top-1 accuracy", Counter(Method=2)), entity_type("Qwen2.5-7B", Counter(Method=5))
    ('METRIC', 'MODEL')
    >>> entity_type("action quality assessment", Counter(Method=2), {"assessment": "TASK"})
    'TASK'
    """
    head = term.split()[-1]
    heads = {head, head.lower(), head.split("-")[0].lower()}
    if term.lower() not in NOT_METRIC and heads & METRIC_HEADS:
        return "METRIC"
    if MODEL_FAMILY.match(term) and any(c.isdigit() for c in term) or term == "ChatGPT":
        return "MODEL"
    if head.lower() in (head_types or {}):
        return head_types[head.lower()]
    label = max(sorted(votes), key=votes.__getitem__)
    return LABEL_TYPES[label]


def select_terms(stats, occurrences, stopnames, min_df, min_kp, head_types=None):
    """``[(name, type)]`` of the candidates passing the thresholds and filters.

    ``stats`` maps a normalised term to ``{"count", "df", "votes"}``;
    ``occurrences`` maps it to its count of exact-string occurrences;
    ``head_types`` is passed to :func:`entity_type`. Terms
    sharing a kgraph entity key keep the most predicted spelling.
    """
    from kgraph.resolve import entity_key

    best = {}
    for term, s in stats.items():
        if s["df"] < min_df or keyphraseness(s["count"], occurrences.get(term, 0)) < min_kp:
            continue
        if rejection(term, stopnames):
            continue
        key = entity_key(term)
        if key not in best or s["count"] > stats[best[key]]["count"]:
            best[key] = term
    return sorted(((t, entity_type(t, Counter(stats[t]["votes"]), head_types)) for t in best.values()),
                  key=lambda row: (entity_key(row[0]), row[0]))


def format_tsv(rows):
    """Lexicon TSV lines (header first) for ``(name, type)`` rows."""
    return ["name\ttype\taliases\tsource"] + [f"{name}\t{kind}\t\tner-corpus" for name, kind in rows]


def read_texts(path, limit):
    """Title + abstract of the first ``limit`` records (all when None)."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return [f"{r['title']}. {r['abstract']}" for r in map(json.loads, islice(handle, limit))]


def predict(model, texts, n_process):
    """Pass 1: per normalised span, predicted count, document frequency and label votes."""
    import spacy

    nlp = spacy.load(model)
    stats = {}
    for doc in nlp.pipe(texts, batch_size=256, n_process=n_process):
        seen = set()
        for ent in doc.ents:
            term = normalise(ent.text)
            s = stats.setdefault(term, {"count": 0, "df": 0, "votes": {}})
            s["count"] += 1
            s["votes"][ent.label_] = s["votes"].get(ent.label_, 0) + 1
            if term not in seen:
                seen.add(term)
                s["df"] += 1
    return stats


def count_occurrences(terms, texts):
    """Pass 2: occurrences of each term in ``texts`` (LOWER or ORTH PhraseMatcher)."""
    import spacy
    from spacy.matcher import PhraseMatcher

    nlp = spacy.blank("en")
    matchers = {"LOWER": PhraseMatcher(nlp.vocab, attr="LOWER"), "ORTH": PhraseMatcher(nlp.vocab, attr="ORTH")}
    for term, doc in zip(terms, nlp.tokenizer.pipe(terms)):
        matchers["ORTH" if is_case_sensitive(term) else "LOWER"].add(term, [doc])
    counts = Counter()
    for doc in nlp.tokenizer.pipe(texts, batch_size=256):
        for matcher in matchers.values():
            for match_id, _, _ in matcher(doc):
                counts[nlp.vocab.strings[match_id]] += 1
    return counts


def load_stats(args):
    """Cached (stats, occurrences, info), computed when missing or ``--refresh``."""
    if args.cache.exists() and not args.refresh:
        return json.loads(args.cache.read_text())
    began = time.perf_counter()
    texts = read_texts(args.corpus, args.limit)
    stats = predict(args.model, texts, args.n_process)
    predicted_at = time.perf_counter()
    candidates = [t for t, s in stats.items() if s["df"] >= 2]
    occurrences = count_occurrences(candidates, texts)
    info = {"abstracts": len(texts), "predict_seconds": round(predicted_at - began),
            "count_seconds": round(time.perf_counter() - predicted_at)}
    stats = {t: stats[t] for t in candidates}
    args.cache.parent.mkdir(parents=True, exist_ok=True)
    args.cache.write_text(json.dumps([stats, occurrences, info]))
    return stats, occurrences, info


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=".cache/ner-model/model-best")
    parser.add_argument("--corpus", default=CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="first N corpus records (default all)")
    parser.add_argument("--n-process", type=int, default=2)
    parser.add_argument("--cache", type=Path, default=Path(".cache/ner-stats.json"))
    parser.add_argument("--refresh", action="store_true")
    parser.add_argument("--min-df", type=int, default=10)
    parser.add_argument("--min-kp", type=float, default=0.5)
    parser.add_argument("--out", type=Path, default=ROOT / "kgraph/nlp/data/ner_terms.tsv")
    args = parser.parse_args()
    from kgraph.nlp.resources import read_cues, read_stopnames

    stats, occurrences, info = load_stats(args)
    head_types = {word: kind for kind, words in read_cues()["phrase_heads"].items() for word in words}
    rows = select_terms(stats, occurrences, read_stopnames(), args.min_df, args.min_kp, head_types)
    args.out.write_text("\n".join(format_tsv(rows)) + "\n", encoding="utf-8")
    by_type = Counter(kind for _, kind in rows)
    print(f"{info['abstracts']} abstracts (NER {info['predict_seconds']} s, counting {info['count_seconds']} s); "
          f"{len(stats)} candidates with df >= 2; {len(rows)} terms (df >= {args.min_df}, "
          f"keyphraseness >= {args.min_kp}): " + ", ".join(f"{k} {v}" for k, v in sorted(by_type.items())),
          file=sys.stderr)


if __name__ == "__main__":
    main()
