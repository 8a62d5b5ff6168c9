"""Mine lower-case technical terms from unlabelled abstracts, and names from SciREX mentions.

Used by scripts/build_lexicon.py. Corpus mining, in two passes over the abstracts:

1. Document frequency of every 1-4 word n-gram inside a *run*: a maximal stretch of
   lower-case words with no function word, generic adjective or cue noun in it
   ("we apply [knowledge distillation] to [image captioning] models").
2. For the frequent n-grams only, termhood and type evidence: how often the n-gram is a
   whole run, the share of its most common neighbour inside runs (a high share means a
   fragment: "short-term memory" of "long short-term memory"), and its contexts when it
   is a whole run: after "using/via/apply" or before "method/algorithm" (METHOD), after
   "for/address/tackle" or before "task/problem" (TASK), after "in terms of" or before
   "metric" (METRIC).

A term is typed by its head (last) word when the head is a known type head, else only by
strong context evidence. Thresholds are the constants below; see LEXICON_SOURCES.md.
"""

import collections
import glob
import json
import re

WORD_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-']*[A-Za-z0-9]|[A-Za-z0-9]|[^\sA-Za-z0-9]")
FUNCTION = set("""a an the this that these those its it their our we they you he she his her them us i
and or but nor not no so yet if then than as at by for from in into of on onto to with within without
via over under about above below across after before between among through during against along upon
is are was were be been being has have had do does did can could may might must shall should will would
which who whom whose what when where while how why also both either neither each every all any some
such other another more most less least many much few several various very only just even still however
thus hence therefore moreover furthermore although though because since whether here there well
one two three four five six seven eight nine ten dozens hundreds thousands millions""".split())
GENERIC = set("""novel new proposed existing current previous prior recent recently standard conventional
traditional typical common popular different diverse specific general generic simple complex effective
efficient robust better improved superior strong strongest significant substantial extensive comprehensive
key main major important crucial critical large small high low higher lower good best first second third
last final same similar single multiple numerous whole entire overall additional further real world
based using used use uses show shows shown achieve achieves achieved demonstrate demonstrates propose proposes
introduce introduces present presents leverage leverages provide provides enable enables make makes
allow allows improve improves require requires remain remains perform performs outperform outperforms
yield yields obtain obtains suggest suggests reveal reveals consider considers study studies
paper work approach approaches method methods technique techniques algorithm algorithms framework frameworks
strategy strategies scheme schemes model models system systems task tasks problem problems
challenge challenges metric metrics benchmark benchmarks dataset datasets results experiments
performance state-of-the-art art sota accurate comparable competitive highest improving enhance enhancing
limited poor outperforming complementary remarkable promising reliable precise research""".split())
METHOD_LEFT = {"using", "use", "via", "apply", "applying", "applies", "employ", "employing", "employs",
               "leverage", "leveraging", "adopt", "adopting", "utilize", "utilizing", "incorporate",
               "incorporating", "combine", "combining", "integrate", "integrating"}
METHOD_RIGHT = {"method", "methods", "technique", "techniques", "algorithm", "algorithms",
                "scheme", "schemes", "strategy", "strategies", "module", "mechanism", "procedure"}
TASK_LEFT = {"address", "addressing", "addresses", "tackle", "tackling", "tackles", "solve",
             "solving", "solves", "of"}
TASK_RIGHT = {"task", "tasks", "problem", "problems"}
METRIC_RIGHT = {"metric", "metrics", "measure"}
SKIP_BACK = FUNCTION - {"via", "of", "in", "terms"} | GENERIC
HEADS = {
    "METHOD": """learning distillation regularization normalization pruning quantization augmentation
        sampling attention descent optimization parallelism checkpointing prompting
        fine-tuning finetuning tuning adaptation encoding embedding embeddings decoding search
        climbing annealing boosting bagging clustering dropout initialization propagation
        transformer transformers autoencoder autoencoders network networks convolution convolutions
        regression engineering matching filtering smoothing interpolation inference estimator
        decomposition factorization compression distillation merging routing caching scaling
        pre-training pretraining training alignment tokenization hashing ensembling ensemble
        programming planning replay rehearsal forests forest machines machine trees tree process processes
        model-based""".split(),
    "TASK": """detection classification segmentation recognition generation translation summarization
        captioning answering retrieval tracking parsing forecasting completion synthesis reconstruction
        enhancement restoration estimation prediction localization navigation manipulation
        verification understanding reasoning inpainting super-resolution deblurring denoising dehazing
        editing grounding labeling tagging extraction linking resolution identification diagnosis
        analysis mining discovery matching registration planning generalization""".split(),
    "METRIC": """accuracy score error rate precision recall divergence perplexity
        distance similarity correlation coefficient ratio likelihood latency throughput""".split(),
}
HEAD_TYPE = {word: etype for etype in ("METRIC", "TASK", "METHOD") for word in HEADS[etype]}
WEAK_HEADS = {  # heads too general to type a term alone: context must agree
    "analysis", "learning", "training", "information", "tree", "trees", "network", "networks",
             "process", "processes", "ensemble", "inference", "search", "understanding", "reasoning",
             "generation", "prediction", "estimation", "model-based", "resolution", "error", "score",
             "rate", "distance", "similarity", "attention", "planning", "discovery", "matching",
              "information", "improvement"}
NOT_ADVERB = ("ply", "aly", "ily", "bly", "oly")  # apply, anomaly, family, assembly, monopoly
MIN_DF = 25            # abstracts containing the n-gram
MIN_DF_SINGLE = 150    # single words need more support
MIN_WHOLE = 0.35       # share of occurrences that are a whole run
MAX_NEIGHBOUR = 0.45   # share of the most common in-run neighbour word
MIN_CUES = 6           # context cues needed when the head word gives no type
MIN_CUE_SHARE = 0.7    # share of those cues agreeing on one type
MIN_CUE_RATE = 0.12    # cues per whole-run occurrence, for head-less terms


def runs(text):
    """(tokens, [(start, end)]) where tokens[start:end] are maximal lower-case content-word runs."""
    tokens = WORD_RE.findall(text)
    spans, start = [], None
    for i, token in enumerate(tokens + ["."]):
        content = token.islower() and token[0].isalpha() and token not in FUNCTION and token not in GENERIC \
            and not (token.endswith("ly") and not token.endswith(NOT_ADVERB))
        if content and start is None:
            start = i
        elif not content and start is not None:
            spans.append((start, i))
            start = None
    return tokens, spans


def ngrams(tokens, start, end, size):
    """Start indices and n-grams of length `size` inside tokens[start:end]."""
    for i in range(start, end - size + 1):
        yield i, " ".join(tokens[i:i + size])


def doc_frequencies(texts):
    """Counter of n-grams (1-4 words inside runs) by number of texts containing them."""
    df = collections.Counter()
    for text in texts:
        tokens, spans = runs(text)
        seen = set()
        for start, end in spans:
            for size in range(1, min(4, end - start) + 1):
                seen.update(gram for _, gram in ngrams(tokens, start, end, size))
        df.update(seen)
    return df


def _left_cue(tokens, start):
    """Type cued by the words before a run starting at `start`, skipping determiners and adjectives."""
    i = start - 1
    while i >= 0 and i > start - 4 and tokens[i].lower() in SKIP_BACK:
        i -= 1
    word = tokens[i].lower() if i >= 0 else ""
    if word == "of" and i >= 2 and tokens[i - 1] == "terms" and tokens[i - 2].lower() == "in":
        return "METRIC"
    if word == "on" and i >= 1 and tokens[i - 1].lower() == "based":
        return "METHOD"
    if word in METHOD_LEFT:
        return "METHOD"
    if word == "of":
        return "TASK" if i >= 1 and tokens[i - 1].lower() in {"task", "problem"} else None
    return "TASK" if word in TASK_LEFT else None


def _right_cue(tokens, end):
    word = tokens[end].lower() if end < len(tokens) else ""
    for etype, words in (("METHOD", METHOD_RIGHT), ("TASK", TASK_RIGHT), ("METRIC", METRIC_RIGHT)):
        if word in words:
            return etype
    return None


def evidence(texts, candidates):
    """Per candidate: Counter with 'n', 'whole', neighbour shares ('L:w', 'R:w') and cue types."""
    stats = {gram: collections.Counter() for gram in candidates}
    for text in texts:
        tokens, spans = runs(text)
        for start, end in spans:
            for size in range(1, min(4, end - start) + 1):
                for i, gram in ngrams(tokens, start, end, size):
                    counter = stats.get(gram)
                    if counter is None:
                        continue
                    counter["n"] += 1
                    if i > start:
                        counter["L:" + tokens[i - 1]] += 1
                    if i + size < end:
                        counter["R:" + tokens[i + size]] += 1
                    if i == start and i + size == end:
                        counter["whole"] += 1
                        for cue in (_left_cue(tokens, start), _right_cue(tokens, end)):
                            if cue:
                                counter[cue] += 1
    return stats


def classify(gram, counter):
    """The type of a candidate n-gram from its evidence Counter, or None if it is not a term."""
    words = gram.split()
    n = counter["n"]
    if "'" in gram or words[-1].endswith("-based") or not n or counter["whole"] < MIN_WHOLE * n:
        return None
    neighbours = [v for k, v in counter.items() if k[:2] in ("L:", "R:")]
    if neighbours and max(neighbours) > MAX_NEIGHBOUR * n:
        return None
    cues = {t: counter[t] for t in ("METHOD", "TASK", "METRIC")}
    total = sum(cues.values())
    best = max(cues, key=cues.get)
    head = HEAD_TYPE.get(words[-1])
    if head and len(words) > 1 and words[-1] not in WEAK_HEADS:
        contradicted = total >= MIN_CUES and best != head and cues[best] > 3 * max(cues[head], 1)
        return None if contradicted else head
    if total < MIN_CUES or cues[best] < MIN_CUE_SHARE * total or total < MIN_CUE_RATE * counter["whole"]:
        return None
    return best if head == best or (head is None and len(words) > 1) else None


def mine_corpus(texts_factory, stop):
    """([(term, type)], document frequencies) mined from `texts_factory()` texts (read twice)."""
    df = doc_frequencies(texts_factory())
    candidates = {g for g, n in df.items()
                  if n >= (MIN_DF_SINGLE if " " not in g else MIN_DF) and g not in stop and len(g) > 3}
    stats = evidence(texts_factory(), candidates)
    found = ((gram, classify(gram, stats[gram])) for gram in sorted(candidates))
    return [(gram, etype) for gram, etype in found if etype], df


SCIREX_TYPES = {"Method": "METHOD", "Task": "TASK", "Metric": "METRIC", "Material": "DATASET"}


def detokenize(words):
    """SciREX tokens -> text: hyphens and slashes re-attached ("Full - Resolution" -> "Full-Resolution")."""
    return re.sub(r" ?([\-/]) ?", r"\1", " ".join(words))


def scirex_mentions(paths):
    """Counter of (mention text, kgraph type) by number of SciREX documents mentioning it."""
    counts = collections.Counter()
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            doc = json.load(handle)
        words = doc["words"]
        counts.update({(detokenize(words[s:e]), SCIREX_TYPES[label]) for s, e, label in doc["ner"]})
    return counts


def scirex_files(shared):
    """Sorted SciREX train document paths under the shared folder."""
    return sorted(glob.glob(f"{shared}/eval-data/scirex/train_docs/*.json"))


SCIREX_MIN_DOCS = 3      # SciREX documents mentioning a name
SCIREX_MIN_SHARE = 0.75  # share of those documents agreeing on its type
VAGUE_HEADS = {"layer", "layers", "function", "functions", "architecture", "architectures", "representation",
               "representations", "features", "feature", "time", "cost", "complexity", "size", "parameters",
               "set", "sets", "model", "models", "network", "networks", "data", "unit", "units", "vector",
               "vectors", "space", "step", "steps", "system", "systems", "gpu", "gpus", "method", "methods",
               "technique", "techniques", "problem", "problems", "applications", "application", "procedure",
               "solution", "speed", "truth", "fashion", "algorithm", "algorithms", "package", "design",
               "module", "modules", "framework", "approach", "approaches", "scheme", "task", "tasks"}


def scirex_candidates(counts):
    """(name, type) pairs from scirex_mentions counts: frequent, consistently typed names.

    Names are kept as written, in their most frequent spelling; build_lexicon cleans them.
    """
    docs, by_type = collections.Counter(), collections.defaultdict(collections.Counter)
    for (name, etype), n in counts.items():
        docs[name.lower()] += n
        by_type[name.lower()][(name, etype)] += n
    for lower, total in sorted(docs.items()):
        (name, etype), n = by_type[lower].most_common(1)[0]
        types = collections.Counter()
        for (_, other), m in by_type[lower].items():
            types[other] += m
        if total < SCIREX_MIN_DOCS or types[etype] < SCIREX_MIN_SHARE * total:
            continue
        yield name, etype


def plain_term(words, etype):
    """Whether lower-case `words` are 2-5 content words with a non-vague head ("softmax layer" is
    vague) whose type, if the head word has one here, is `etype`."""
    if not 2 <= len(words) <= 5 or words[0] in FUNCTION | GENERIC or words[-1] in VAGUE_HEADS:
        return False
    if any(not re.fullmatch(r"[a-z][a-z\-]*", w) or w in FUNCTION for w in words):
        return False
    return HEAD_TYPE.get(words[-1], etype) == etype and etype != "DATASET"
