"""EXTRACT stage: typed entities and paper-level relations with evidence.

:class:`Extractor` runs ``spacy.blank("en")`` plus the rule-based components
of :mod:`kgraph.nlp` (no statistical model) over ``title + "\\n\\n" +
abstract`` and turns the result into :class:`~kgraph.models.PaperExtraction`.

Evidence is always one whole sentence of the abstract, with character
offsets in ``paper.abstract`` (``paper.abstract[start:end] == evidence``).
The one exception is a contribution named only in the title prefix
("SPAM: ...") and never in the abstract: its PROPOSES evidence is the title
with ``start == end == -1``, as in the gold annotation guidelines.

>>> extractor = Extractor()                                    # doctest: +SKIP
>>> result = extractor.extract(Paper("p1", "GaLore: ...", "We propose GaLore."))  # doctest: +SKIP
>>> [(r.type, r.target) for r in result.relations]            # doctest: +SKIP
[('PROPOSES', 'GaLore')]
"""

import collections
import contextlib
import gc
import itertools
import multiprocessing
import os

import spacy
from spacy.attrs import LOWER

import kgraph.nlp.entities  # noqa: F401  (registers the spaCy factories)
import kgraph.nlp.lexicon  # noqa: F401
import kgraph.nlp.names  # noqa: F401
import kgraph.nlp.parts  # noqa: F401
import kgraph.nlp.phrases  # noqa: F401
import kgraph.nlp.relations  # noqa: F401
import kgraph.nlp.sentences  # noqa: F401
import kgraph.nlp.shapes  # noqa: F401
from kgraph.models import Entity, PaperExtraction, Relation
from kgraph.nlp.lexicon import lean_tokenizer
from kgraph.nlp.names import TITLE_SEPARATOR
from kgraph.nlp.state import TextKeepingTokenizer, state

PIPELINE = ("kgraph_sentences", "kgraph_lexicon", "kgraph_shapes", "kgraph_phrases", "kgraph_names", "kgraph_parts",
            "kgraph_entities", "kgraph_relations")


def build_pipeline(lexicon_path=None, stopnames_path=None):
    """``spacy.blank("en")`` with the kgraph components (packaged data files when paths are None).

    The components read only the text and the lower-case form of tokens (the lexicon matcher matches on
    LOWER), so new vocabulary entries get only that attribute: spaCy otherwise computes some twenty
    lexical attributes (shape, stop word, number-likeness, ...) in Python for every word it has not seen.
    """
    nlp = spacy.blank("en")
    nlp.vocab.lex_attr_getters = {LOWER: nlp.vocab.lex_attr_getters[LOWER]}
    nlp.tokenizer = TextKeepingTokenizer(lean_tokenizer(nlp.tokenizer))
    for name in PIPELINE:
        config = {}
        if name in ("kgraph_lexicon", "kgraph_shapes"):
            config = {"lexicon_path": None if lexicon_path is None else str(lexicon_path)}
        elif name == "kgraph_entities":
            config = {"stopnames_path": None if stopnames_path is None else str(stopnames_path),
                      "lexicon_path": None if lexicon_path is None else str(lexicon_path)}
        nlp.add_pipe(name, config=config)
    nlp.add_pipe("kgraph_cleanup")
    return nlp


def paper_text(paper):
    """The text the pipeline reads: title, blank line, abstract (both stripped)."""
    return paper.title.strip() + TITLE_SEPARATOR + paper.abstract.strip()


class Extractor:
    """Extract entities and relations from papers with a rule-based spaCy pipeline.

    ``lexicon_path`` overrides the packaged ``kgraph/nlp/data/lexicon.tsv``
    (``stopnames_path`` likewise ``stopnames.txt``).
    """

    def __init__(self, lexicon_path=None, stopnames_path=None):
        self.paths = (lexicon_path, stopnames_path)
        self.nlp = build_pipeline(lexicon_path, stopnames_path)

    def extract(self, paper):
        """The :class:`PaperExtraction` of one :class:`~kgraph.models.Paper`."""
        return to_extraction(paper, self.nlp(paper_text(paper)))

    def extract_many(self, papers, n_process=1, batch_size=64):
        """Extractions of ``papers`` in input order.

        Papers go through the pipeline in batches of ``batch_size`` (see
        ``_extract_serially``). ``n_process > 1`` (or -1 for one per CPU)
        runs worker processes, each with its own pipeline, on such batches. Workers
        send back the small PaperExtraction objects rather than spaCy docs:
        ``nlp.pipe(n_process=...)`` serialises every doc, which costs more
        than this whole pipeline.
        """
        if n_process == 1:
            yield from self._extract_serially(papers, batch_size)
            return
        processes = os.cpu_count() or 1 if n_process < 1 else n_process
        sent = collections.deque()
        batches = _batches(papers, batch_size, sent)
        global _worker_extractor
        _worker_extractor = self  # inherited as is by forked workers; others build their own
        try:
            with multiprocessing.Pool(processes, initializer=_start_worker, initargs=self.paths) as pool:
                _worker_extractor = None
                for results in pool.imap(_extract_batch, batches):
                    for paper, (entities, relations) in zip(sent.popleft(), results):
                        yield PaperExtraction(paper, entities, relations)
        finally:
            _worker_extractor = None

    def _extract_serially(self, papers, batch_size):
        """Run the components directly on batches of ``batch_size`` docs, one component over a whole batch
        before the next.

        Same result as ``nlp.pipe`` (the components keep nothing from one doc
        for the next but memo caches). Its chain of per-component generators
        costs about 5% of this pipeline's time; and one component's code and
        regexes stay in the CPU caches over a batch, which makes the
        pipeline some 12% faster than taking each doc through all components.
        """
        make_doc, components = self.nlp.make_doc, [proc for _, proc in self.nlp.pipeline]
        for batch in _chunks(papers, batch_size):
            with _collector_paused():
                docs = [make_doc(paper_text(paper)) for paper in batch]
                for component in components:
                    docs = [component(doc) for doc in docs]
                extractions = list(map(to_extraction, batch, docs))
            yield from extractions


_worker_extractor = None


@contextlib.contextmanager
def _collector_paused():
    """Pause Python's cyclic garbage collector for one batch, if it is running.

    The components allocate many small lists, tuples and sets that die within the batch by reference
    counting; the collector's scans of them while the batch runs found nothing and cost about 10% of the
    pipeline's time. It runs again, catching up, once the batch is done.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _start_worker(lexicon_path, stopnames_path):
    """Pool initializer: a worker's pipeline (the parent's when forked, else built once here)."""
    global _worker_extractor
    if _worker_extractor is None:
        _worker_extractor = Extractor(lexicon_path, stopnames_path)


def _extract_batch(papers):
    """Entities and relations of each paper (the papers themselves stay in the parent)."""
    return [(e.entities, e.relations) for e in _worker_extractor.extract_many(papers)]


def _chunks(items, size):
    """Lists of up to ``size`` consecutive items."""
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def _batches(items, size, sent):
    """Lists of up to ``size`` consecutive items, each also appended to the deque ``sent``."""
    for batch in _chunks(items, size):
        sent.append(batch)
        yield batch


def to_extraction(paper, doc):
    """Convert a processed doc into a :class:`PaperExtraction` with abstract offsets."""
    result = state(doc)
    raw = result["entities"]
    entities = [Entity(name, kind, list(aliases), confidence) for name, kind, aliases, confidence in raw]
    text = paper_text(paper)
    offset = len(paper.title.strip()) + len(TITLE_SEPARATOR)
    abstract = paper.abstract
    shift = offset - (len(abstract) - len(abstract.lstrip()))
    relations = []
    for kind, index, start, end, confidence in result["relations"]:
        if start < 0:
            relations.append(Relation(kind, raw[index][0], paper.title.strip(), -1, -1, confidence))
        else:
            relations.append(Relation(kind, raw[index][0], text[start:end], start - shift, end - shift, confidence))
    relations.sort(key=lambda r: (r.start, r.type))
    return PaperExtraction(paper, entities, relations)
