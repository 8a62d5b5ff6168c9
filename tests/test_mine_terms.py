"""Tests of scripts/mine_terms.py on small hand-written texts and a SciREX-shaped fixture."""

import collections
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("mine_terms", ROOT / "scripts" / "mine_terms.py")
mine = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mine)


def test_runs_break_at_function_words_generic_adjectives_and_capitals():
    tokens, spans = mine.runs("We apply novel knowledge distillation to Image captioning models.")
    assert [" ".join(tokens[s:e]) for s, e in spans] == ["apply", "knowledge distillation", "captioning"]


def test_doc_frequency_counts_each_text_once():
    df = mine.doc_frequencies(["hill climbing and hill climbing", "using hill climbing"])
    assert df["hill climbing"] == 2 and df["climbing"] == 2 and df["using"] == 0


def test_left_cues_skip_determiners_and_read_in_terms_of():
    tokens, spans = mine.runs("results in terms of the mutual information")
    start = [s for s, e in spans if tokens[s] == "mutual"][0]
    assert mine._left_cue(tokens, start) == "METRIC"
    tokens, _ = mine.runs("we tackle the hallucination")
    assert mine._left_cue(tokens, tokens.index("hallucination")) == "TASK"


def _counter(n, whole, **cues):
    return collections.Counter(n=n, whole=whole, **cues)


def test_classify_types_by_head_word_unless_context_disagrees():
    assert mine.classify("image captioning", _counter(40, 30)) == "TASK"
    assert mine.classify("image captioning", _counter(40, 30, METHOD=20, TASK=1)) is None


def test_classify_headless_terms_need_agreeing_context():
    assert mine.classify("scaling laws", _counter(40, 30, METHOD=9, TASK=1)) == "METHOD"
    assert mine.classify("scaling laws", _counter(40, 30, METHOD=4, TASK=4)) is None
    assert mine.classify("real world", _counter(40, 30)) is None


def test_classify_rejects_fragments_and_non_whole_phrases():
    fragment = _counter(40, 30, **{"L:long": 35})
    assert mine.classify("short-term memory", fragment) is None
    assert mine.classify("image captioning", _counter(40, 5)) is None


def test_mine_corpus_finds_a_frequent_term(monkeypatch):
    monkeypatch.setattr(mine, "MIN_DF", 3)
    texts = ["We study image captioning.", "A model for image captioning.", "Image captioning is hard; "
             "image captioning matters."]
    terms, df = mine.mine_corpus(lambda: iter(texts), stop=set())
    assert ("image captioning", "TASK") in terms and df["image captioning"] == 3


def test_scirex_mentions_and_candidates():
    counts = mine.scirex_mentions([ROOT / "tests" / "data" / "lexicon" / "scirex_doc.json"] * 3)
    assert counts[("knowledge distillation", "METHOD")] == 3 and counts[("MS COCO", "DATASET")] == 3
    tripled = collections.Counter({key: 3 for key in counts})
    assert ("image captioning", "TASK") in set(mine.scirex_candidates(tripled))


def test_plain_term_rejects_vague_heads_and_type_clashes():
    assert mine.plain_term(["knowledge", "distillation"], "METHOD")
    assert not mine.plain_term(["softmax", "layer"], "METHOD")
    assert not mine.plain_term(["image", "captioning"], "METHOD")
    assert not mine.plain_term(["distillation"], "METHOD")
