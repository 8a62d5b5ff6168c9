"""Tasks a title names that the abstract repeats (kgraph.nlp.title_tasks)."""

import pytest

from kgraph.nlp.title_tasks import title_task_echoes


@pytest.mark.parametrize("text, tasks", [
    ("Generative LLMs in Content Analysis: A Practical Guide\n\nWe review content analysis, and more.",
     ["content analysis"]),
    ("Computational Models of Metaphor Comprehension\n\nMetaphor comprehension is hard.", ["Metaphor comprehension"]),
    ("SetCon: Towards Referring Segmentation via Concepts\n\nWe study referring segmentation.",
     ["referring segmentation"]),
    # after "with" the part names a means, not a problem; the abstract must repeat the phrase as whole words
    ("Detection with Residual Skill Optimization\n\nWe use residual skill optimization.", []),
    ("Fast Graph Partition Estimation\n\nWe study graph partition estimations.", []),
    # capitalised in the abstract it names a contribution; a tail ending in a gerund is no task noun
    ("Scale Space Diffusion Generation\n\nOur proposed Scale Space Diffusion Generation works.", []),
    ("Robust Video Reasoning\n\nWe study video reasoning.", []),
])
def test_title_task_echoes_are_task_phrases_the_abstract_repeats(text, tasks):
    assert [text[start:end] for start, end in title_task_echoes(text, text.find("\n\n"))] == tasks
