"""Lexicon files and matching (kgraph.nlp.resources, kgraph.nlp.lexicon)."""

import pytest
import spacy

from kgraph.errors import InputError
from kgraph.nlp.lexicon import LexiconMatcher, lean_tokenizer
from kgraph.nlp.resources import parse_lexicon, read_cues, read_lexicon, read_stopnames
from kgraph.nlp.state import TextKeepingTokenizer


def _matcher(rows, cues=None):
    nlp = spacy.blank("en")
    nlp.tokenizer = TextKeepingTokenizer(nlp.tokenizer)
    return nlp, LexiconMatcher(nlp, rows, cues or {"COMPARED_WITH": ["outperforms"]}, {"METHOD": ["replay"]})


def test_parse_lexicon_skips_header_bad_types_and_empty_aliases():
    lines = ["name\ttype\taliases\tsource", "LoRA\tMETHOD\tLow-Rank Adaptation|\tpwc", "x\tTHING\t\ts", "\tMETHOD\t\ts"]
    assert parse_lexicon(lines) == [("LoRA", "METHOD", ("Low-Rank Adaptation",))]


def test_missing_explicit_files_raise_input_error(tmp_path):
    with pytest.raises(InputError):
        read_lexicon(tmp_path / "nope.tsv")
    with pytest.raises(InputError):
        read_stopnames(tmp_path / "nope.txt")


def test_packaged_files_are_read_once_and_cannot_be_changed():
    cues = read_cues()
    assert read_cues() is cues and read_lexicon() is read_lexicon() and read_stopnames() is read_stopnames()
    with pytest.raises(TypeError):
        cues["head_nouns"]["METHOD"] = ()
    with pytest.raises(AttributeError):
        cues["modifier_stop"].append("model")
    assert isinstance(read_lexicon(), tuple)


def test_explicit_paths_are_read_afresh(tmp_path):
    path = tmp_path / "lexicon.tsv"
    path.write_text("name\ttype\taliases\tsource\nLoRA\tMETHOD\t\tpwc\n", encoding="utf-8")
    assert read_lexicon(path) == (("LoRA", "METHOD", ()),)
    path.write_text("name\ttype\taliases\tsource\nSAM\tMODEL\t\tpwc\n", encoding="utf-8")
    assert read_lexicon(path) == (("SAM", "MODEL", ()),)


def test_case_rules_aliases_and_cues():
    rows = [("SAM", "MODEL", ()), ("continual learning", "TASK", ()), ("LoRA", "METHOD", ("Low-Rank Adaptation",))]
    nlp, matcher = _matcher(rows)
    doc = matcher(nlp("Sam studies Continual Learning; SAM with Low-Rank Adaptation outperforms experience replay."))
    state = doc.user_data["kgraph"]
    found = {state["text"][s:e]: (kind, name) for s, e, kind, name, _, _ in state["mentions"]}
    assert found == {"Continual Learning": ("TASK", "continual learning"), "SAM": ("MODEL", "SAM"),
                     "Low-Rank Adaptation": ("METHOD", "LoRA")}
    assert [(state["text"][-s:e], kind) for e, s, kind in state["cues"]] == [("outperforms", "COMPARED_WITH")]
    assert [state["text"][s:e] for s, e, _ in state["heads"]] == ["replay"]


def test_name_continued_by_a_hyphenated_part_is_not_matched():
    nlp, matcher = _matcher([("Adam", "METHOD", ())])
    state = matcher(nlp("Adam-Mini beats Adam and Adam-based tuning.")).user_data["kgraph"]
    assert [state["text"][s:e] + f"@{s}" for s, e, *_ in state["mentions"]] == ["Adam@16", "Adam@25"]


def test_hyphenated_names_also_match_written_with_spaces_but_not_the_other_way():
    rows = [("Arena-Hard", "DATASET", ()), ("expectation-maximization", "METHOD", ()), ("decision making", "TASK", ())]
    nlp, matcher = _matcher(rows)
    state = matcher(nlp("On Arena Hard, expectation maximization aids decision-making.")).user_data["kgraph"]
    assert [(state["text"][s:e], name) for s, e, _, name, *_ in state["mentions"]] == [
        ("Arena Hard", "Arena-Hard"), ("expectation maximization", "expectation-maximization")]


@pytest.mark.parametrize("text, tokens", [
    ("(FooNet-2B), bar.", ["(", "FooNet-2B", ")", ",", "bar", "."]),
    ("meta-reinforcement learning", ["meta", "-", "reinforcement", "learning"]),
    ("Foo-Bar's gains: 3.5% at 1-2 steps", ["Foo", "-", "Bar", "'s", "gains", ":", "3.5", "%", "at", "1", "-", "2", "steps"]),
    ("\"quoted\" text.Next", ['"', "quoted", '"', "text", ".", "Next"]),
])
def test_lean_tokenizer_splits_brackets_punctuation_and_hyphens(text, tokens):
    tokenizer = lean_tokenizer(spacy.blank("en").tokenizer)
    assert [t.text for t in tokenizer(text)] == tokens


def test_lower_case_names_with_digits_match_capitalised_but_not_upper_case():
    nlp, matcher = _matcher([("top-1", "METRIC", ())])
    doc = matcher(nlp("Top-1 rises; TOP-1 and top-1 too."))
    state = doc.user_data["kgraph"]
    assert [state["text"][s:e] for s, e, *_ in state["mentions"]] == ["Top-1", "top-1"]


def test_dataset_editions_extend_the_name_but_counts_and_metric_values_do_not():
    rows = [("AIME", "DATASET", ()), ("MNIST", "DATASET", ()), ("BLEU", "METRIC", ())]
    nlp, matcher = _matcher(rows)
    doc = matcher(nlp("We use AIME 2025, AIME 24 and MNIST 10 classes; BLEU 32."))
    state = doc.user_data["kgraph"]
    assert [state["text"][s:e] for s, e, *_ in state["mentions"]] == ["AIME 2025", "AIME 24", "MNIST", "BLEU"]


def test_anchor_words_are_recorded_by_place_and_class(anchors):
    text = "We use a fusion module, two heads and, using replay, a Strategy."
    assert [text[s:e] for s, e in anchors(text, "part")] == ["module", "Strategy"]
    assert [text[s:e] for s, e in anchors(text, "use")] == ["use", "using"]


def test_task_names_match_in_any_case_unless_they_hold_an_acronym():
    rows = [("Test-time adaptation", "TASK", ()), ("Out-of-Distribution generalization", "TASK", ()),
            ("ZSL video classification", "TASK", ()), ("Ghost Batch", "METHOD", ())]
    nlp, matcher = _matcher(rows)
    doc = matcher(nlp("test-time adaptation and out-of-distribution generalization; zsl video classification "
                      "with ghost batch"))
    state = doc.user_data["kgraph"]
    assert {state["text"][s:e] for s, e, *_ in state["mentions"]} == {
        "test-time adaptation", "out-of-distribution generalization"}


def test_terms_named_after_someone_match_in_any_case_unless_a_longer_name_holds_them():
    rows = [("Dice coefficient", "METRIC", ()), ("Brier score", "METRIC", ()), ("Who-did-What", "DATASET", ()),
            ("Segment Anything", "MODEL", ())]
    nlp, matcher = _matcher(rows)
    doc = matcher(nlp("The DICE coefficient, dice coefficient and Integrated Brier Score, not who did what; "
                      "A Brier Score and segment anything."))
    state = doc.user_data["kgraph"]
    found = [(state["text"][s:e], name) for s, e, _, name, _, _ in state["mentions"]]
    assert found == [("DICE coefficient", "Dice coefficient"), ("dice coefficient", "Dice coefficient"),
                     ("Brier Score", "Brier score")]


def test_phenomenon_counts_only_in_the_title_or_when_addressed():
    nlp = spacy.blank("en")
    nlp.tokenizer = TextKeepingTokenizer(nlp.tokenizer)
    matcher = LexiconMatcher(nlp, [("overfitting", "TASK", ())], {}, {}, phenomena=["overfitting"])

    def found(text):
        state = matcher(nlp(text)).user_data["kgraph"]
        return [state["text"][s:e] for s, e, *_ in state["mentions"]]

    assert found("Adapters\n\nThey are prone to overfitting and costly.") == []
    assert found("Adapters\n\nWe mitigate the overfitting of adapters.") == ["overfitting"]
    assert found("Overfitting in adapters\n\nAdapters suffer from overfitting.") == ["Overfitting"]
    assert found("Adapters\n\nThey are prone to overfitting.\n\nWe add noise.") == []  # a blank line in the abstract


def test_packaged_proposing_cues_allow_an_adverb_after_we():
    nlp = spacy.blank("en")
    nlp.tokenizer = TextKeepingTokenizer(nlp.tokenizer)
    nlp.add_pipe("kgraph_lexicon", config={"lexicon_path": None})
    state = nlp("We carefully construct a set. We further put forward a rule. We often propose.").user_data["kgraph"]
    proposing = [state["text"][-s:e] for e, s, kind in state["cues"] if kind == "PROPOSES"]
    assert proposing == ["We carefully construct", "We further put forward"]
