"""The tasks listed as examples after "tasks such as" (kgraph.nlp.task_examples)."""

import pytest

from kgraph.nlp.task_examples import task_examples


@pytest.mark.parametrize("text, tasks", [
    ("It helps tasks such as image captioning, VQA, and text-to-image generation in the wild.",
     ["image captioning", "VQA", "text-to-image generation"]),
    ("Downstream tasks, including summarization or translation.", ["summarization", "translation"]),
    ("Tasks such as the ones we list.", []),
    ("We use methods such as pruning.", []),
    ("Given subtasks such as segmentation or disease prediction, they typically operate apart.",
     ["segmentation", "disease prediction"]),
    ("Models for tasks such as disaster monitoring and road inspection requires small models.",
     ["disaster monitoring", "road inspection"]),
    ("LLMs excel at tasks such as text generation, yet they are slow.", ["text generation"]),
    ("Results on tasks such as retrieval, show that it wins.", ["retrieval"]),
    ("It solves tasks such as literature retrieval, limiting their abilities.", ["literature retrieval"]),
    ("It solves tasks such as writing, captioning and translation.", ["writing", "captioning", "translation"]),
    ("Across tasks such as mathematics, dialogue, medical QA and surveys, etc.", ["dialogue", "medical QA"]),
    ("Robots need tasks like pressing buttons, visual reasoning or turning faucets.", ["visual reasoning"]),
    ("Writing tasks such as drafting emails and machine translation.", ["machine translation"]),
    ("Agents for subtasks such as planning, coding, reasoning, and captioning.", ["captioning"]),
    ("Gains on tasks such as segmentation, likely due to depth cues.", ["segmentation"]),
    ("Unlike tasks such as denoising, resulting in new errors.", ["denoising"]),
])
def test_examples_listed_after_tasks_such_as_are_tasks(text, tasks):
    assert [text[start:end] for start, end in task_examples(text)] == tasks
