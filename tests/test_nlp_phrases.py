"""Modifier + head phrases (kgraph.nlp.phrases)."""

import re

import pytest

from kgraph.nlp.phrases import PhraseFinder, reported_measures

STOP = ["the", "our", "novel", "reduces", "a"]


@pytest.mark.parametrize("text, head, expected", [
    ("we apply experience replay here", "replay", "experience replay"),
    ("in class-incremental continual learning", "learning", "class-incremental continual learning"),
    ("the novel learning", "learning", "learning"),
    ("it reduces memory usage", "usage", "memory usage"),
    ("quickly learning", "learning", "learning"),
    ("Although learning", "learning", "learning"),
    ("the critic's plasticity loss", "loss", "plasticity loss"),
    ("it reformulates classification", "classification", "classification"),
    ("which formalizes retrieval", "retrieval", "retrieval"),
    ("pre- and post- generation", "generation", "generation"),
    ("the candidate generation", "generation", "candidate generation"),
    ("on 16 syllogistic reasoning tasks", "reasoning", "syllogistic reasoning"),
    ("here we revisit model merging", "merging", "model merging"),
    ("the agent can adopt tree search", "search", "tree search"),
    ("the revisit consistency", "consistency", "revisit consistency"),
    ("we reformulate open-ended referring segmentation", "segmentation", "open-ended referring segmentation"),
])
def test_phrase_start(text, head, expected):
    head_start = text.rindex(head)
    start = PhraseFinder(STOP).phrase_start(text, head_start)
    assert text[start:head_start + len(head)] == expected


def test_training_is_a_modifier_but_other_gerunds_are_not():
    text = "a 2x training speedup while reducing memory"
    finder = PhraseFinder(STOP)
    assert text[finder.phrase_start(text, text.index("speedup")):text.index(" while")] == "training speedup"
    assert finder.phrase_start(text, text.index("memory")) == text.index("memory")


@pytest.mark.parametrize("title, head, expected", [
    ("Learning Diagnostic Reasoning for Toxicology", "Reasoning", "Diagnostic Reasoning"),  # a verb opening a title
    ("Scaling Video Pretraining for Surgery", "Pretraining", "Video Pretraining"),
    ("Referring Image Segmentation in Scenes", "Segmentation", "Referring Image Segmentation"),  # a noun modifier
])
def test_gerund_opening_a_title_is_a_verb(title, head, expected):
    head_start = title.index(head)
    start = PhraseFinder(STOP).phrase_start(title, head_start, 3, titled=True)
    assert title[start:head_start + len(head)] == expected


def test_title_case_words_are_modifiers_only_in_a_titled_task_phrase():
    text = "LookOut: Real-World Egocentric Robot Navigation"
    head_start = text.index("Navigation")
    finder = PhraseFinder(STOP)
    assert finder.phrase_start(text, head_start) == head_start
    assert text[finder.phrase_start(text, head_start, titled=True):] == "Egocentric Robot Navigation"


def test_open_world_is_a_kind_of_task_not_a_setting_qualifier():
    text = "Unlocking Open-World Object Detection"
    head_start = text.index("Detection")
    assert text[PhraseFinder(STOP).phrase_start(text, head_start, titled=True):] == "Open-World Object Detection"


def test_hyphenated_ing_word_is_a_modifier_only_in_a_titled_task_phrase():
    text = "Beyond our Autonomous-Driving Segmentation"
    head_start = text.index("Segmentation")
    finder = PhraseFinder(STOP)
    assert text[finder.phrase_start(text, head_start, titled=True):] == "Autonomous-Driving Segmentation"
    assert finder.phrase_start(text.lower(), head_start) == head_start


@pytest.mark.parametrize("text, names", [
    ("Skills are rewritten using hill climbing and tree search.", ["hill climbing"]),
    ("It forms a hierarchy via low-pass filtering. Then", ["low-pass filtering"]),
    ("Tokens are pooled through attention pooling into one vector.", ["attention pooling"]),
    ("The two streams are combined via softmax-gated fusion, which weights them.", ["softmax-gated fusion"]),
    ("We study it through the lens of representation engineering, testing a claim.", ["representation engineering"]),
    ("The generator leverages latent-augmented conditioning to refine shapes.", ["latent-augmented conditioning"]),
    ("We split samples using recursively decoupling and merging.", []),
    ("We rank answers through reflection, re-planning and voting.", []),
    ("It is trained using the attention mechanism.", []),
    ("Our method incorporates prompt clustering and self-training.", ["prompt clustering"]),
    ("A framework integrating physics simulation with video generation.", ["physics simulation"]),
    ("Adding combines to the model forms.", []),
    ("A refinement step uses optimal transport to correct errors.", ["optimal transport"]),
    ("We study them through the lens of evolutionary game theory.", ["evolutionary game theory"]),
])
def test_process_phrases_after_a_verb_of_use_are_used_techniques(text, names, anchors):
    finder = PhraseFinder(["the", "novel"])
    mentions = finder.used_techniques(text, [start for start, _ in anchors(text, "use")])
    assert [text[start:end] for start, end, *_ in mentions] == names
    assert all(kind == "METHOD" for _, _, kind, *_ in mentions)


@pytest.mark.parametrize("text, reported", [
    ("metrics such as precision, recall and F1", True),
    ("with precision, recall, and F1 scores above 0.9", True),
    ("(97.2% precision, 206 detected credentials)", True),
    ("with a precision of 0.999", True),
    ("as measured by precision, recall, and accuracy", True),
    ("demonstrated high precision, recall, and F1-score metrics", True),
    ("a frozen higher precision teacher", False),
    ("improves F1 by 8pp and precision by $+12.5$pp", True),
    ("combines the precision of rule-based systems", False),
    ("encoded using full codebook precision, whereas", False),
    ("ergonomic optimization, and precision medical diagnostics", False),
    ("Precision, Recall", False),
])
def test_reported_measures(text, reported):
    start = text.lower().index("precision")
    found = reported_measures(text, [(start, start + len("precision"))])
    assert bool(found) is reported
    assert all(m[2] == "METRIC" for m in found)


@pytest.mark.parametrize("abstract, expected", [
    ("Story rewriting aims to adapt narratives.", "Story rewriting"),
    ("Off-policy learning in constrained MDPs is hard.", "Off-policy learning"),
    ("Alignment is crucial for assistants.", "Alignment"),
    ("Learning rate schedules are tuned by hand.", None),
    ("Quickly rewriting stories is hard.", None),
    ("The story rewriting aims to adapt.", None),
])
def test_opening_task_phrase_needs_a_verb_after_it(abstract, expected):
    text = "Title\n\n" + abstract
    heads = [(m.start(), m.end(), "TASK") for m in re.finditer(r"\b(?:rewriting|learning|Learning|Alignment)\b", text)]
    found = PhraseFinder(STOP).opening_task(text, heads, len("Title\n\n"))
    assert (text[found[0]:found[1]] if found else None) == expected
