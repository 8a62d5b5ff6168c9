"""Checkpoint names of lexicon families (kgraph.nlp.variants) and their MODEL type in the extractor."""

import pytest

from kgraph.extract import Extractor
from kgraph.models import Paper
from kgraph.nlp.variants import family_stems, variant_of

STEMS = family_stems([("VGG", "METHOD", ("VGGNet",)), ("Swin Transformer", "METHOD", ("Swin",)),
                      ("DINO", "MODEL", ()), ("MoCo", "METHOD", ()), ("dropout", "METHOD", ()),
                      ("ImageNet", "DATASET", ())])


def test_family_stems_are_capitalised_single_words_of_models_and_methods():
    assert set(STEMS) == {"VGG", "VGGNet", "Swin", "DINO", "MoCo"}


@pytest.mark.parametrize("name", ["VGG19", "VGG-16", "VGGNet-19", "Swin-B", "Swin-L", "DINO-v3", "DINOv2"])
def test_sizes_of_any_family_and_versions_of_a_model_family_are_variants(name):
    assert variant_of(name, STEMS)


@pytest.mark.parametrize("name", ["VGG", "VGGT", "VGG-2", "MoCo-v3", "MoCo-V3", "Swin-Tiny", "Swinburne-B",
                                  "ImageNet-21", "dropout-12"])
def test_new_versions_other_words_and_data_names_are_not_variants(name):
    assert not variant_of(name, STEMS)


def test_extractor_types_a_family_checkpoint_as_a_model(tmp_path):
    lexicon = tmp_path / "lexicon.tsv"
    lexicon.write_text("name\ttype\taliases\tsource\nDenseNet\tMETHOD\t\ttest\n", encoding="utf-8")
    stopnames = tmp_path / "stopnames.txt"
    stopnames.write_text("", encoding="utf-8")
    extractor = Extractor(lexicon, stopnames)
    abstract = "Our detector builds on DenseNet-121. We compare it with FooNet-121."
    result = extractor.extract(Paper(id="p", title="A study", abstract=abstract)).to_json()
    types = {entity["name"]: entity["type"] for entity in result["entities"]}
    assert types["DenseNet-121"] == "MODEL"
    assert types.get("FooNet-121") != "MODEL"
