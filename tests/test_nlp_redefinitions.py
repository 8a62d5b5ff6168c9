"""Acronyms the text defines win over lexicon entries of the same letters (kgraph.nlp.redefinitions)."""

import pytest

from kgraph.extract import Extractor
from kgraph.models import Paper
from kgraph.nlp.redefinitions import entry_forms, expands, redefines

_FORMS = entry_forms([("PPO", "METHOD", ("proximal policy optimization",)),
                      ("LLM", "MODEL", ("large language model",)),
                      ("optical character recognition", "TASK", ("OCR",)),
                      ("speech recognition", "TASK", ("automatic speech recognition", "ASR")),
                      ("CL", "TASK", ("continual learning",)), ("BERT", "MODEL", ()),
                      ("AUROC", "METRIC", ("area under the ROC curve",)),
                      ("RLVR", "METHOD", ("reinforcement learning with verifiable rewards",)),
                      ("SFT", "METHOD", ("supervised fine-tuning",))])


@pytest.mark.parametrize("short, long_form, name, redefined", [
    ("PPO", "Proximal Policy Optimisation", "PPO", False),
    ("PPO", "Policy Optimization, Proximal", "PPO", False),
    ("LLMs", "Large Language Models", "LLM", False),
    ("LLM", "large-language model", "LLM", False),
    ("OCR", "Optical Character Recognition", "optical character recognition", False),
    ("OCR", "object contextual representation", "optical character recognition", True),
    ("PPO", "Preference Policy Ordering", "PPO", True),
    ("ASR", "attack success rates", "speech recognition", True),
    ("ASR", "automatic speech processing", "speech recognition", False),
    ("CL", "contrastive learning", "CL", True),
    ("RLVR", "reinforcement learning frameworks utilizing verifiable rewards", "RLVR", False),
    ("SFT", "supervised finetuning", "SFT", False),
    # a loose definition, or an entry with no spelled-out form, shows nothing
    ("OCR", "of the region", "optical character recognition", False),
    ("AUROC", "area under the receiver operating characteristic", "AUROC", False),
    ("BERT", "Bidirectional Encoder Representations from Transformers", "BERT", False),
])
def test_redefines(short, long_form, name, redefined):
    assert redefines(short, long_form, _FORMS.get(name, ())) is redefined


def test_expands():
    assert expands("mAP", "Maximum a Posterior") and expands("VLN", "vision-and-language navigation")
    assert not expands("mIoU", "methods in both pixel-level accuracy")


def _entities(abstract):
    paper = Paper(id="1", title="Segmentation", abstract=abstract)
    return {e.name: e.type for e in Extractor().extract(paper).entities}


def test_definition_in_the_text_overrides_the_lexicon_entry_of_the_same_letters():
    entities = _entities("We propose object contextual representation (OCR) for semantic segmentation. "
                         "OCR improves mIoU on Cityscapes.")
    assert entities.get("OCR") == "METHOD"
    assert "optical character recognition" not in entities


def test_definition_spelling_the_lexicon_entry_keeps_it():
    entities = _entities("We study Optical Character Recognition (OCR) of scanned pages. OCR reaches high accuracy.")
    assert entities.get("optical character recognition") == "TASK"


def test_entry_known_only_by_its_acronym_stays():
    entities = _entities("We fine-tune bidirectional encoder representations from transformers (BERT) on reviews.")
    assert entities.get("BERT") == "MODEL"
