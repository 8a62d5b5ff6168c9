from kgraph.models import Entity
from kgraph.resolve import EntityRecord, Resolver, entity_key


def test_keys_ignore_case_hyphens_dots_and_spaces():
    assert entity_key("CIFAR-10") == entity_key("cifar10") == entity_key("Cifar 10") == entity_key("cifar.10")
    assert entity_key("GPT-4") != entity_key("GPT-4o")


def test_acronym_long_form_meets_across_papers():
    r = Resolver()
    r.resolve_paper([Entity("GaLore", "METHOD", ["Gradient Low-Rank Projection"])])
    local = r.resolve_paper([Entity("gradient low rank projection", "METHOD")])
    assert local == {"gradientlowrankprojection": "galore"}
    record = r.records["galore"]
    assert record.paper_count == 2
    assert record.aliases == ["Gradient Low-Rank Projection", "gradient low rank projection"]


def test_alias_seen_first_then_defined():
    r = Resolver()
    r.resolve_paper([Entity("Gradient Low-Rank Projection", "METHOD")])
    r.resolve_paper([Entity("GaLore", "METHOD", ["Gradient Low-Rank Projection"])])
    assert list(r.records) == ["gradientlowrankprojection"]
    assert r.lookup("galore") == "gradientlowrankprojection"


def test_type_and_name_majority_ties_go_to_first_seen():
    r = Resolver()
    r.resolve_paper([Entity("LoRA", "MODEL")])
    r.resolve_paper([Entity("lora", "METHOD")])
    record = r.records["lora"]
    assert (record.name, record.type) == ("LoRA", "MODEL")
    r.resolve_paper([Entity("lora", "METHOD")])
    assert (record.name, record.type) == ("lora", "METHOD")
    assert record.aliases == ["LoRA"]


def test_short_aliases_never_merge():
    r = Resolver()
    r.resolve_paper([Entity("Reformer", "METHOD", ["R"])])
    r.resolve_paper([Entity("Rainbow", "METHOD", ["R"])])
    assert set(r.records) == {"reformer", "rainbow"}
    assert r.lookup("R") is None


def test_no_chain_merge_of_two_known_entities():
    r = Resolver()
    r.resolve_paper([Entity("BERT", "MODEL")])
    r.resolve_paper([Entity("GPT", "MODEL")])
    r.resolve_paper([Entity("BERT", "MODEL", ["GPT"])])
    assert r.lookup("GPT") == "gpt" and r.records["bert"].aliases == []


def test_paper_counted_once_per_entity():
    r = Resolver()
    r.resolve_paper([Entity("Adam", "METHOD"), Entity("ADAM", "METHOD")])
    assert r.records["adam"].paper_count == 1


def test_empty_keys_are_ignored():
    assert Resolver().resolve_paper([Entity("--", "METHOD")]) == {}


def test_records_round_trip_through_votes():
    r = Resolver()
    r.resolve_paper([Entity("GaLore", "METHOD", ["Gradient Low-Rank Projection"])])
    saved = r.records["galore"]
    again = Resolver([EntityRecord.from_votes("galore", saved.votes(), saved.paper_count)])
    assert again.lookup("gradient-low-rank projection") == "galore"
    assert again.records["galore"] == saved
