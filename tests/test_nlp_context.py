"""Types from surrounding words (kgraph.nlp.context)."""

from kgraph.nlp.context import ContextTyper, join_name_words, spread_list_types

HEADS = {"DATASET": ["benchmark", "benchmarks", "dataset"], "MODEL": ["model"], "METHOD": ["optimizers", "network"]}


def _type(text, name):
    start = text.index(name)
    return ContextTyper(HEADS).type_at(text, start, start + len(name))


def test_word_after_appositive_and_words_before():
    assert _type("results on the Foo benchmark show", "Foo") == "DATASET"
    assert _type("We introduce Bar, a new challenge benchmark for search.", "Bar") == "DATASET"
    assert _type("the open-source model Baz-7B is used", "Baz-7B") == "MODEL"
    assert _type("memory-efficient optimizers such as Qux and more", "Qux") == "METHOD"
    assert _type("We like Quux a lot.", "Quux") == ""
    assert _type("Experiments on Corge show gains", "Corge") == "DATASET"
    assert _type("a method based on Grault works", "Grault") == ""


def test_data_set_after_a_name_even_a_starred_variant_names_data():
    heads = dict(HEADS, DATASET=HEADS["DATASET"] + ["data set", "data sets"])
    text = "gains on the Foo data set and on the perturbed Bar-8* data sets"
    spans = [(text.index(name), text.index(name) + len(name)) for name in ("Foo", "Bar-8")]
    assert [ContextTyper(heads).type_at(text, start, end) for start, end in spans] == ["DATASET", "DATASET"]


def test_head_type_of_long_form():
    assert ContextTyper(HEADS).head_type("Kolmogorov-Arnold Network") == "METHOD"
    assert ContextTyper(HEADS).head_type("something else") == ""


def test_list_neighbours_share_types_but_not_across_clauses():
    text = "tasks: Alpha, Beta and Gamma. Then Delta"
    mentions = [[7, 12, "DATASET"], [14, 18, ""], [23, 28, ""], [35, 40, ""]]
    spread_list_types(text, mentions)
    assert [m[2] for m in mentions] == ["DATASET", "DATASET", "DATASET", ""]


def test_name_after_naming_word_typed_by_the_noun_before():
    assert _type("we distil a small student model (termed Foo) from a teacher", "Foo") == "MODEL"
    assert _type("two optimizers named Bar and Baz", "Bar") == "METHOD"
    assert _type("a new loop closure dataset, coined Qux, which", "Qux") == "DATASET"
    assert _type("the knowledge benchmark (i.e., Quux) and more", "Quux") == "DATASET"


def test_name_after_fine_tuned_or_pretrained_is_a_model():
    assert _type("with this protocol, a fine-tuned Grault201 with attention wins", "Grault201") == "MODEL"
    assert _type("features of a pretrained Garply encoder", "Garply") == "MODEL"


def test_task_type_does_not_spread_to_list_neighbours():
    text = "goals: image generation, FooNet and BarNet"
    mentions = [[7, 23, "TASK"], [25, 31, ""], [36, 42, ""]]
    spread_list_types(text, mentions)
    assert [m[2] for m in mentions] == ["TASK", "", ""]


def test_head_of_a_long_form_is_the_word_before_a_preposition():
    typer = ContextTyper({"METRIC": ["metric"], "METHOD": ["optimization", "network"]})
    assert typer.head_type("Metric for Image and Latent-space Optimization") == "METRIC"
    assert typer.head_type("Deep Residual Network") == "METHOD"


def test_model_head_needs_a_version_or_family_and_brackets_open_lists():
    assert _type("we train the FooNet model on", "FooNet") == "METHOD"
    assert _type("we train the Foo-7B model on", "Foo-7B") == "MODEL"
    assert _type("we train the LLaMa model on", "LLaMa") == "MODEL"
    assert _type("three benchmarks (Alpha, Beta and Gamma) show", "Alpha") == "DATASET"


def test_parameter_count_in_brackets_marks_a_model():
    assert _type("results on Corge (500M) and more", "Corge") == "MODEL"
    assert _type("results on Corge (see above) and more", "Corge") == "DATASET"


def test_appositive_head_noun_even_when_the_phrase_runs_on():
    typer = ContextTyper({"DATASET": ["benchmark"], "METHOD": ["method"]})
    text = "We introduce FooNet-F, a large-scale benchmark curated from web images."
    start = text.index("FooNet-F")
    assert typer.type_at(text, start, start + len("FooNet-F")) == "DATASET"
    text = "We introduce BarX, a newly collected benchmark."
    start = text.index("BarX")
    assert typer.type_at(text, start, start + 4) == "DATASET"


def test_name_given_a_value_is_a_metric():
    assert _type("a Quadratic Weighted Kappa (QWK) score of 0.9019", "QWK") == "METRIC"
    assert _type("cross-correlation (CC) of 0.78 and more", "CC") == "METRIC"
    assert _type("an IS of 305.9 on ImageNet", "IS") == "METRIC"
    assert _type("the Foo of the paper", "Foo") == ""


def test_name_followed_by_a_decimal_value_is_a_metric_but_a_version_is_not():
    assert _type("it achieves RMSE 0.048, SSIM 0.3397, and CC 0.2466, indicating", "CC") == "METRIC"
    assert _type("We present FooGPT 2.0, a decoder", "FooGPT") == ""


def test_acronym_at_a_high_or_low_level_ending_its_phrase_is_a_metric():
    assert _type("with consistently high ACC and low HTER. These", "HTER") == "METRIC"
    assert _type("at higher KL budgets, the methods", "KL") == ""
    assert _type("establishing a new state of the art, achieving 91.1 PQ, with gains", "PQ") == "METRIC"
    assert _type("it processes over 200,000 PDFs, 25 videos", "PDFs") == ""


def test_name_given_a_value_by_a_sign_or_as_a_bound_or_gain_is_a_metric():
    assert _type("retrieval reaches MedR=1 on all sizes", "MedR") == "METRIC"
    assert _type("a typical case (dNL ~= 14) shows", "dNL") == "METRIC"
    assert _type("a tight PoA bound of 2 for the mechanism", "PoA") == "METRIC"
    assert _type("absolute F0.5 gains of +9.9 points", "F0.5") == "METRIC"


def _joined(text, spans):
    mentions = [[text.index(name), text.index(name) + len(name), kind, "lex"] for name, kind in spans]
    return [(text[m[0]:m[1]], m[3]) for m in join_name_words(text, mentions)]


def test_data_name_takes_the_capitalised_word_after_it():
    assert _joined("validation on MAN TruckScenes shows", [("MAN", "DATASET"), ("TruckScenes", "")]) == [
        ("MAN TruckScenes", None)]
    assert _joined("scores on UC Merced.", [("UC", "DATASET")]) == [("UC Merced", None)]


def test_data_name_keeps_its_end_before_lower_case_words_numbers_and_for_other_types():
    assert _joined("on S3DIS Area 5 and ImageNet data", [("S3DIS", "DATASET"), ("ImageNet", "DATASET")]) == [
        ("S3DIS", "lex"), ("ImageNet", "lex")]
    assert _joined("with LoRA Adapters.", [("LoRA", "METHOD")]) == [("LoRA", "lex")]
    assert _joined("on Foo-Bench Hard-Split tasks", [("Foo-Bench", "DATASET"), ("Hard-Split tasks", "TASK")]) == [
        ("Foo-Bench", "lex"), ("Hard-Split tasks", "lex")]


def test_appositive_head_noun_ends_before_a_participle_clause_but_not_a_participle_modifier():
    typer = ContextTyper({"MODEL": ["model", "llm"], "METHOD": ["framework", "fine-tuning"]})
    text = "and FooWriter, a two-stage rewriting model combining supervised fine-tuning."
    start = text.index("FooWriter")
    assert typer.type_at(text, start, start + len("FooWriter")) == "MODEL"
    text = "We present BarMem, a novel LLM training framework designed for memory."
    start = text.index("BarMem")
    assert typer.type_at(text, start, start + len("BarMem")) == "METHOD"


def test_a_sentence_opening_phrase_and_the_subject_after_its_comma_are_no_list():
    text = "Results. On Foo40, BarNet-S reaches 93%. On Foo40, Baz40, and Qux we test."
    mentions = [[12, 17, "DATASET"], [19, 27, ""], [44, 49, "DATASET"], [51, 56, ""], [62, 65, ""]]
    spread_list_types(text, mentions)
    assert [m[2] for m in mentions] == ["DATASET", "", "DATASET", "DATASET", "DATASET"]


def test_appositive_after_a_name_and_its_bracketed_long_form_or_acronym():
    assert _type("we present FooR (Foo-aware Representation), a comprehensive dataset of scans", "FooR") == "DATASET"
    assert _type("we present Bar Set (BS), a comprehensive dataset of scans", "BS") == "DATASET"


def test_appositive_head_noun_after_a_bracketed_acronym():
    typer = ContextTyper({"METHOD": ["framework"], "TASK": ["learning", "captioning"], "MODEL": ["model"]})
    text = ("we present Foo-R1, the first reinforcement learning (RL) framework for agents, and BarCap, a video "
            "captioning multi-modal large language model (MLLM) with motion-detail balance")
    spans = [(text.index(name), text.index(name) + len(name)) for name in ("Foo-R1", "BarCap")]
    assert [typer.type_at(text, start, end) for start, end in spans] == ["METHOD", "MODEL"]


def test_head_noun_ending_an_opening_phrase_does_not_type_the_subject():
    assert _type("On the held-out benchmark, BarNet reaches the best score.", "BarNet") == ""
    assert _type("We release a new benchmark, BarSet.", "BarSet") == "DATASET"


def test_appositive_after_a_name_in_latex_markup():
    assert _type("we introduce \\textit{FooFeedback}, a synthetic preference dataset", "FooFeedback") == "DATASET"
    assert _type("we propose \\textbf{\\emph{BarNet}}, a compact network", "BarNet") == "METHOD"


def test_technique_or_data_word_after_the_bracket_holding_a_name_types_it_but_a_model_class_does_not():
    typer = ContextTyper(dict(HEADS, METHOD=["optimizers", "network", "algorithm"]))
    text = "using the Point Drift++ (FooPD++) algorithm; text-to-image (T2I) model; the Bar Scans (BaS) dataset"
    spans = [(text.index(name), text.index(name) + len(name)) for name in ("FooPD++", "T2I", "BaS")]
    assert [typer.type_at(text, start, end) for start, end in spans] == ["METHOD", "", "DATASET"]


def test_names_marked_with_an_asterisk_still_form_a_list():
    text = "gains on the perturbed Foo-19*, Bar-14*, and Baz-8* data set"
    mentions = [[text.index(n), text.index(n) + len(n), kind] for n, kind in
                (("Foo-19", ""), ("Bar-14", ""), ("Baz-8", "DATASET"))]
    spread_list_types(text, mentions)
    assert [m[2] for m in mentions] == ["DATASET", "DATASET", "DATASET"]


def test_a_short_bracketed_note_after_a_name_still_forms_a_list():
    text = "with two subsets: Foo-A (short samples) and Foo-B (long, noisy samples). Then Bar (a note) came"
    mentions = [[text.index(n), text.index(n) + len(n), kind] for n, kind in
                (("Foo-A", "DATASET"), ("Foo-B", ""), ("Bar", ""))]
    spread_list_types(text, mentions)
    assert [m[2] for m in mentions] == ["DATASET", "DATASET", ""]


def test_title_name_of_a_technical_report_is_a_model():
    assert _type("Foo Technical Report\n\nWe present Foo, an agent.", "Foo") == "MODEL"
    assert _type("Foo Technical Report for the Bar Challenge\n\nWe rank first.", "Foo") != "MODEL"
    assert _type("Foo Technical Report: A Tool-Use Dataset\n\nWe collect data.", "Foo") != "MODEL"
    assert _type("We read the Foo Technical Report.", "Foo") != "MODEL"


def test_models_a_title_gerund_acts_on_do_not_type_the_title_name():
    heads = dict(HEADS, MODEL=["model", "models"])
    typer = ContextTyper(heads)
    assert typer.title_type("Foo: Taming Large Language Models for Search", 3) == ""
    assert typer.title_type("Foo: A Large Language Model for Search", 3) == "MODEL"
    assert typer.title_type("Foo: Benchmarking Vision Models", 3) == "DATASET"
