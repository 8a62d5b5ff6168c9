"""Merge mentions into typed, filtered entities.

Input: the state's ``mentions`` (from the lexicon, shape, acronym and naming
components) and ``acronyms`` (see kgraph.nlp.state). Output: ``entities``, a list
of ``[name, type, aliases, confidence]``, ``spans``, the
kept mentions ``(start, end, entity_index)`` in text order, and ``known``,
the indices of entities found in the lexicon.

Steps: overlapping mentions keep the longest (a lexicon entry wins ties); vague
names (stop names, generic acronyms) are dropped, except training stages named
as a pair (kgraph.nlp.phrases); each mention is typed from the lexicon or its
shape (but "Foo-1M, a ... dataset" is data, kgraph.nlp.appositives), the head
of its acronym long form (a definition in the text wins over a lexicon entry of the same
letters, kgraph.nlp.redefinitions), the words around it, its own dataset or metric head
noun ("Open Korean Historical Corpus"), then its list neighbours
(kgraph.nlp.context), where capitalised words listed after a mention ("GaLore
and Fira") become mentions too, as do the siblings named by dangling hyphens ("class-, task-, and
domain-incremental learning"; "image and video generation" when "image generation" is a lexicon name,
kgraph.nlp.ellipsis); mentions sharing an entity key, a lexicon entry
or an acronym definition form one entity. A bare acronym with no other support
is not an entity, nor is a plural one defined as a class of models ("Large
Foundation Models (LFMs)"), nor an untyped definition whose long form names a
thing ("Unmanned Aerial Vehicles (UAVs)") or only describes one ("autoregressive
(AR)"), nor a group that kgraph.nlp.vague finds too vague or partial (a task
phrase outside a task context, "explicit supervision", "and Point Transformer", ...).
"""

import functools
import operator
import re

from spacy.language import Language

from kgraph.nlp.appositives import data_appositive_type
from kgraph.nlp.acronym_types import definition_type, names_no_entity
from kgraph.nlp.context import ContextTyper, join_name_words, listed_names, spread_list_types
from kgraph.nlp.ellipsis import ellipsis_mentions, lexicon_keys
from kgraph.nlp.entity_rows import PLURAL_ACRONYM, entity_row
from kgraph.nlp.names import title_end
from kgraph.nlp.redefinitions import entry_forms, prefer_definitions
from kgraph.nlp.resources import read_cues, read_lexicon, read_stopnames
from kgraph.nlp.shapes import GENERIC_ACRONYMS, is_adjective
from kgraph.nlp.state import state
from kgraph.nlp.usage_types import improved_type, used_type
from kgraph.nlp.vague import DocFacts, VagueFilter
from kgraph.resolve import entity_key

_SPAN = operator.itemgetter(0, 1)
_PLURAL_WORD = re.compile(r"[a-z][a-rt-z]s$")  # "Frankentexts", "rates": a lower-case plural ending, not "-S" or "loss"
_SUPPORT = frozenset(("lex", "acr", "title", "cue", "versioned", "camel", "phrase", "context", "list", "stage",
                      "purpose", "measure", "task", "caps"))
_KEPT_VAGUE = frozenset(("stage", "measure"))  # sources of mentions kept although stop names
_OWN_HEAD_TYPES = frozenset(("DATASET", "METRIC"))
_BRACKETED = re.compile(r" \([^()]*\)")  # "Preterm birth (PTB) prediction" is also "Preterm birth prediction"
LIST_CONFIDENCE = 0.4


@Language.factory("kgraph_entities", default_config={"stopnames_path": None, "lexicon_path": None})
def make_entity_merger(nlp, name, stopnames_path, lexicon_path):
    """Pipeline component turning mentions into entities (stop names from ``stopnames_path``, lexicon entries
    that acronym definitions may override from ``lexicon_path``)."""
    cues, rows = read_cues(), read_lexicon(lexicon_path)
    return EntityMerger(read_stopnames(stopnames_path), cues["head_nouns"], cues["figure_heads"],
                        cues["vague_method_heads"], cues["ability_heads"], cues["problem_heads"],
                        cues["phrase_heads"]["TASK"], cues["thing_heads"], cues["description_heads"],
                        cues["loose_task_heads"], cues["activity_heads"], entry_forms(rows),
                        cues["phrase_heads"]["TASK"] + cues["phrase_heads"]["METHOD"], lexicon_keys(rows))


class EntityMerger:
    """Select, type, filter and group mentions; see the module docstring."""

    def __init__(self, stopnames, head_nouns, figure_heads=(), vague_method_heads=(), ability_heads=(),
                 problem_heads=(), task_heads=(), thing_heads=(), description_heads=(), loose_task_heads=(),
                 activity_heads=(), forms=None, ellipsis_heads=(), lexicon_keys=()):
        self.stopnames = stopnames
        self.entry_forms = forms or {}
        self.lexicon_keys = frozenset(lexicon_keys)
        self.vague_filter = VagueFilter(figure_heads, vague_method_heads, ability_heads, description_heads,
                                        loose_task_heads, activity_heads)
        self.typer = ContextTyper(head_nouns)
        self.problem_heads = frozenset(problem_heads)
        self.task_heads = frozenset(task_heads)
        self.ellipsis_heads = frozenset(ellipsis_heads)
        self.thing_heads = frozenset(thing_heads)
        self._vague_cache = {}

    def __call__(self, doc):
        current = state(doc)
        text = current["text"]
        mentions = self._select(current["mentions"], text)
        unlisted = [m for m in mentions if "purpose" not in m[5]]  # "for Domain Knowledge and Technical ..."
        listed = listed_names(text, unlisted, LIST_CONFIDENCE)
        if listed:
            mentions = sorted(mentions + [m for m in listed if not (self._vague(text[m[0]:m[1]], None)
                                                                     or is_adjective(text[m[0]:m[1]]))])
        long_types, links, generic, task_worded = self._definitions(text, current.get("acronyms", ()), mentions)
        task_links = [(m[3], _BRACKETED.sub("", text[m[0]:m[1]])) for m in mentions if "task" in m[5]]
        if generic:
            names = {text[start:end] for start, end in generic}
            mentions = [m for m in mentions if text[m[0]:m[1]] not in names]
        typed = [[start, end, data_appositive_type(text, start, end, kind) or long_types.get((start, end))
                  or self.typer.type_at(text, start, end) or self._own_head_type(text[start:end]), canonical, conf,
                  sources]
                 for start, end, kind, canonical, conf, sources in mentions]
        if links:
            prefer_definitions(typed, dict(links), text, self.entry_forms)
        for mention in typed if task_worded else ():
            if (mention[0], mention[1]) in task_worded:
                mention[5].add("task")
        spread_list_types(text, typed)
        typed = join_name_words(text, typed)
        for mention in typed:
            first = text[mention[0]]
            if (mention[2] == "TASK" and not first.isupper()) or (mention[2] == "METHOD" and first.islower()):
                mention[2] = self._use_type(text, mention)
            if mention[2] and "lex" not in mention[5]:
                mention[5].add("context")
        typed += ellipsis_mentions(text, typed, {long for _, long in links}, self.ellipsis_heads, self.lexicon_keys)
        current["entities"], current["spans"], current["known"] = self._group(
            typed, links + task_links, text, current.get("sents", ()), current.get("background", (0, 0)))
        return doc

    def _definitions(self, text, pairs, mentions):
        """``(long_types, links, generic, task_worded)`` of the acronym definitions ``pairs``: each form span's type,
        the ``(short, long)`` name links, the spans naming no entity and the spans worded as a task."""
        long_types, links, generic, task_worded = {}, [], set(), set()
        for pair in pairs:
            forms = ((pair[0], pair[1]), (pair[2], pair[3]))
            model_class = text.startswith("odels", pair[3] - 5) and text[pair[1] - 1] == "s"  # "... Models (LFMs)"
            kind, worded = ("", False) if model_class else definition_type(text, pair, self.typer, self.problem_heads)
            if model_class or not kind and names_no_entity(text, pair, self.typer, self.thing_heads, mentions):
                generic.update(forms)
                continue
            long_types[forms[0]] = long_types[forms[1]] = kind
            if worded:
                task_worded.update(forms)
            links.append((text[pair[0]:pair[1]], text[pair[2]:pair[3]]))
        return long_types, links, generic, task_worded

    def _use_type(self, text, mention):
        """METHOD or TASK for a lower-case METHOD or TASK phrase from how it is used (kgraph.nlp.usage_types).
        A technique noun after a new phrase with a task head names a technique for that task ("bias mitigation
        strategies"), so only the words before it count then."""
        start, end = mention[0], mention[1]
        if mention[2] == "METHOD":
            return improved_type(text, start)
        task_headed = "lex" in mention[5] or text[start:end].rsplit(None, 1)[-1].lower() in self.task_heads
        return used_type(text, start, None if task_headed else end, end)

    def _own_head_type(self, name):
        """DATASET or METRIC when a multi-word name ends in such a head noun ("Open Korean Historical Corpus")."""
        kind = self.typer.head_type(name) if " " in name else ""
        return kind if kind in _OWN_HEAD_TYPES else ""

    def _select(self, mentions, text):
        """Non-overlapping mentions, the longest where they overlap; vague names removed.

        Mentions of the same span merge their sources, keeping a lexicon entry or a type when one has it.
        """
        kept = []
        for start, end, kind, canonical, conf, source in sorted(mentions, key=_SPAN):
            if kept and start < kept[-1][1]:
                last = kept[-1]
                if start == last[0] and end == last[1]:
                    if (canonical is not None and last[3] is None) or (kind and not last[2]):
                        last = (start, end, kind, canonical)
                    kept[-1] = (*last[:4], max(conf, kept[-1][4]), kept[-1][5] | {source})
                elif end - start > last[1] - last[0]:
                    kept[-1] = (start, end, kind, canonical, conf, {source})
                continue
            kept.append((start, end, kind, canonical, conf, {source}))
        cache = self._vague_cache
        selected = []
        for mention in kept:
            surface = text[mention[0]:mention[1]]
            vague = cache.get((surface, mention[3]))
            if (not (self._vague(surface, mention[3]) if vague is None else vague)
                    or not _KEPT_VAGUE.isdisjoint(mention[5])):
                selected.append(mention)
        return selected

    def _vague(self, surface, canonical):
        """Whether a mention is a vague name (stop name, generic acronym or one letter: "experiments (A, B, and C)",
        "features (K, V)"; not "P" in "ImageNet-C/P", which names ImageNet-P); cached per surface."""
        found = self._vague_cache.get((surface, canonical))
        if found is None:
            lower = surface.lower()
            found = ((len(surface) == 1 and canonical is None) or surface in GENERIC_ACRONYMS
                     or lower in self.stopnames or lower.rstrip("s") in self.stopnames
                     or (canonical is not None and canonical.lower() in self.stopnames)
                     or (canonical is None and _tail(lower) in self.stopnames))
            if len(self._vague_cache) > 1 << 16:
                self._vague_cache.clear()
            self._vague_cache[(surface, canonical)] = found
        return found

    def _group(self, mentions, links, text, sents, background):
        """Group mentions into entities by key, lexicon entry and acronym definition.

        Returns (entities, spans, indices of the entities found in the lexicon).
        """
        keys = [_key(text[m[0]:m[1]]) for m in mentions]
        edges = [(key, _key(m[3])) for key, m in zip(keys, mentions) if m[3] is not None]
        edges += [(_key(short), _key(long)) for short, long in links]
        edges += _plural_edges(keys, mentions, text)
        parent = {}
        for a, b in edges:
            a, b = _root(parent, a), _root(parent, b)
            if a != b:
                parent[a] = b
        groups = {}
        for key, mention in zip(keys, mentions):
            groups.setdefault(_root(parent, key) if parent else key, []).append(mention)
        entities, spans, known = [], [], set()
        shorts = {short for short, _ in links}
        facts = DocFacts(text, sents, background, title_end(text), frozenset(long for _, long in links))
        for members in groups.values():
            sources = members[0][5] if len(members) == 1 else set().union(*[member[5] for member in members])
            if sources.isdisjoint(_SUPPORT):
                continue
            entity = entity_row(members, sources, shorts, text)
            if self.vague_filter.dropped(entity, members, sources, facts):
                continue
            index = len(entities)
            if "lex" in sources:
                known.add(index)
            entities.append(entity)
            for member in members:
                spans.append((member[0], member[1], index))
        spans.sort()
        return entities, spans, known


def _tail(phrase):
    """``"... " + the last two words`` of a phrase: stop names of that form ("... learning rate") end no name."""
    words = phrase.rstrip("s").rsplit(" ", 2)
    return "... " + " ".join(words[-2:]) if len(words) == 3 else ""


def _plural_edges(keys, mentions, text):
    """Merge edges from a plural word form to its singular when both were found ("embeddings" and "embedding")."""
    found = set(keys)
    return [(key, key[:-1]) for key, m in zip(keys, mentions)
            if key[-1:] == "s" and key[:-1] in found and _PLURAL_WORD.search(text, m[0], m[1])]


def _root(parent, key):
    while key in parent:
        key = parent[key]
    return key


@functools.lru_cache(maxsize=1 << 16)
def _key(surface):
    """Entity key of a surface form; "MLPs" meets "MLP" (cached: names recur across abstracts)."""
    if surface[-1] == "s" and PLURAL_ACRONYM.match(surface):
        surface = surface[:-1]
    return entity_key(surface)
