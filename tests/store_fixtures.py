"""Hand-built PaperExtractions shared by the store, query and compare tests.

Four papers: GaLore (compared with LoRA on C4, perplexity), Fira (names
GaLore only by its long form "gradient low-rank projection", compares with
it and with LoRA), a paper using LoRA (typed MODEL there) on "CIFAR10", and a
ViT-Adapter paper on "CIFAR-10" and ImageNet compared with LoRA, mentioning
Adam only in the background (no relation).
"""

from kgraph.models import Entity, Paper, PaperExtraction, Relation


def _extraction(pid, date, title, entities, relations):
    abstract = " ".join(sentence for _, _, sentence in relations)
    rels, pos = [], 0
    for rel_type, target, sentence in relations:
        start = abstract.index(sentence, pos)
        rels.append(Relation(rel_type, target, sentence, start, start + len(sentence)))
    paper = Paper(pid, title, abstract, url=f"https://arxiv.org/abs/{pid}", date=date, authors=["A. Author"])
    return PaperExtraction(paper, [Entity(n, t, list(a)) for n, t, *a in entities], rels)


GALORE_SENT = "We propose GaLore, Gradient Low-Rank Projection, a memory-efficient training strategy."
GALORE_VS_LORA = "GaLore reduces memory by 65% compared with LoRA."
FIRA_VS_GALORE = "Fira outperforms gradient low-rank projection and LoRA."


def papers():
    """The four extractions, in build order."""
    return [
        _extraction("2403.03507", "2024-03-06", "GaLore: Memory-Efficient LLM Training", [
            ("GaLore", "METHOD", "Gradient Low-Rank Projection"), ("LoRA", "METHOD"), ("C4", "DATASET"),
            ("perplexity", "METRIC"), ("LLM pre-training", "TASK"), ("LLaMA", "MODEL"),
        ], [
            ("PROPOSES", "GaLore", GALORE_SENT), ("COMPARED_WITH", "LoRA", GALORE_VS_LORA),
            ("EVALUATED_ON", "C4", "We pre-train LLaMA models on C4."), ("USES", "LLaMA", "LLaMA 7B fits on one GPU."),
            ("MEASURES", "perplexity", "Perplexity matches full-rank training."),
            ("ADDRESSES", "LLM pre-training", "LLM pre-training is memory bound."),
        ]),
        _extraction("2410.01623", "2024-10-16", "Fira: Can We Achieve Full-rank Training of LLMs?", [
            ("Fira", "METHOD"), ("gradient low-rank projection", "METHOD"), ("LoRA", "METHOD"),
            ("C4", "DATASET"), ("perplexity", "METRIC"), ("LLM pre-training", "TASK"),
        ], [
            ("PROPOSES", "Fira", "We propose Fira, a plug-and-play training framework."),
            ("COMPARED_WITH", "gradient low-rank projection", FIRA_VS_GALORE),
            ("COMPARED_WITH", "LoRA", FIRA_VS_GALORE),
            ("EVALUATED_ON", "C4", "Experiments on C4 confirm it."),
            ("MEASURES", "perplexity", "Fira lowers perplexity."),
            ("ADDRESSES", "LLM pre-training", "Fira targets LLM pre-training."),
        ]),
        _extraction("2305.00001", "2023-05-01", "Low-rank adapters for image classification", [
            ("LoRA", "MODEL"), ("CIFAR10", "DATASET"), ("accuracy", "METRIC"), ("image classification", "TASK"),
        ], [
            ("USES", "LoRA", "We fine-tune with LoRA."), ("EVALUATED_ON", "CIFAR10", "We test on CIFAR10."),
            ("MEASURES", "accuracy", "Accuracy improves by 2 points."),
            ("ADDRESSES", "image classification", "Image classification benefits."),
        ]),
        _extraction("2301.00002", "2023-01-01", "ViT-Adapter for vision transformers", [
            ("ViT-Adapter", "METHOD"), ("CIFAR-10", "DATASET"), ("ImageNet", "DATASET"), ("LoRA", "METHOD"),
            ("accuracy", "METRIC"), ("Adam", "METHOD"),
        ], [
            ("PROPOSES", "ViT-Adapter", "We propose ViT-Adapter."),
            ("EVALUATED_ON", "CIFAR-10", "It is evaluated on CIFAR-10 and ImageNet."),
            ("EVALUATED_ON", "ImageNet", "It is evaluated on CIFAR-10 and ImageNet."),
            ("COMPARED_WITH", "LoRA", "ViT-Adapter beats LoRA."),
            ("MEASURES", "accuracy", "Top-1 accuracy rises."),
        ]),
    ]


def build(path, extractions=None):
    """A store at ``path`` built from ``extractions`` (default: all four papers)."""
    from kgraph.store import EmbeddedStore

    with EmbeddedStore.open(path, create=True) as store:
        return store.add(papers() if extractions is None else extractions)
