"""Title-Case names ending in a phrase head word (kgraph.nlp.headed_names)."""

import re

from kgraph.nlp.headed_names import headed_names

TITLE = "A title\n\n"


def _names(abstract, words=("Loss", "Guidance", "Detection", "Learning"), mentions=(), nouns=frozenset()):
    text = TITLE + abstract
    heads = [(m.start(), m.end(), "TASK" if m.group() in ("Detection", "Learning") else "METHOD")
             for m in re.finditer("|".join(words), text)]
    return [(text[s:e], kind) for s, e, kind, *_ in headed_names(text, heads, len(TITLE), 0.5, mentions, nouns)]


def test_capitalised_run_after_a_lower_case_word_is_typed_by_its_head():
    assert _names("It bridges the gap with Semantic Representation Guidance for latent learning.") == [
        ("Semantic Representation Guidance", "METHOD")]
    assert _names("We study three tasks: Sentiment Classification, Sexism Detection, and more.") == [
        ("Sexism Detection", "TASK")]


def test_sentence_starts_brackets_and_longer_names_are_left_out():
    assert _names("Dice Loss helps. We use Reinforcement Learning from Human Feedback here.") == []
    assert _names("We propose FL (Focal Loss) and use Dice Loss (DL) and Dice Loss-based terms.") == []


def test_noun_after_leaves_the_name_untyped_and_existing_mentions_win():
    text = "We add a Discrepancy Learning mechanism to it."
    assert _names(text, nouns=frozenset({"mechanism"})) == [("Discrepancy Learning", "")]
    start = len(TITLE) + text.index("Discrepancy")
    assert _names(text, mentions=[(start, start + 11, "METHOD", None, 0.5, "lex")]) == []
