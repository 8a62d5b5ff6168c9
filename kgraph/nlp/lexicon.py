"""Lexicon and cue lookup: known entity names and relation cue phrases.

Names containing an uppercase letter or a digit match case-sensitively
("SAM" does not match "sam"); all-lower-case names match case-insensitively
("continual learning" also finds "Continual Learning"). A task name matches
case-insensitively unless a word of it is an acronym or camel-case ("ZSL video
classification"): its capitals are those of a sentence or a title ("Test-time
adaptation", "Out-of-Distribution generalization", "3D human pose estimation"). One LOWER
PhraseMatcher pass finds both; case-sensitive hits are then checked against
the text (one matcher pass is cheaper than two). A model family followed by
a release number ("Pythia 410M", "Nemotron 3 Ultra") is one new MODEL name;
a case-sensitive name ending a compound ("FHIR-AgentBench") is not a hit; a one-word phenomenon name
(``phenomena`` in cues.json: "overfitting") is a hit only in the title or after an addressing verb
("mitigate overfitting", not "prone to overfitting"). A hyphenated name also matches written with spaces
("Arena-Hard" as "Arena Hard"; see :func:`spellings`). Each hit becomes a mention
``(start_char, end_char, type, canonical_name, confidence, "lex")`` appended
to the state's ``mentions`` (see kgraph.nlp.state).

The relation cue phrases of ``cues.json`` ("we propose", "outperforms",
"in terms of", ...; "we also propose" and the like from the
``proposing_adverbs``) ride on the case-insensitive matcher (one matcher pass
fewer per doc); they go to the state's ``cues`` as ``(end_char,
-start_char, cue_class)`` sorted by end, so the longest cue ending at a
place comes last. The naming and relation components read them. Phrase
head words (``phrase_heads``: "replay", "learning", "usage", ...) likewise
go to the state's ``heads`` as ``(start_char, end_char, type)`` for
kgraph.nlp.phrases, and the ``anchors`` words ("module", "using", ...) to
the state's ``anchors`` (anchor class -> ``[(start_char, end_char)]``), so
later patterns run only where such a word stands instead of scanning the
whole text.
"""

import functools
import re

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher

from kgraph.nlp.names import title_end
from kgraph.nlp.resources import read_cues, read_lexicon
from kgraph.nlp.state import state

LEXICON_CONFIDENCE = 0.9
_EDITION = re.compile(r" (?:(?:19|20)?\d\d(?=[,.;:)]|$| and | or )|I{1,3}V?\b)")  # "AIME 2025", "PKU-MMD II"
_VERSION = re.compile(r" (?:\d+(?:\.\d+)?[BMK]?|v\d+(?:\.\d+)?)(?: (?:Ultra|Pro|Max|Mini|Nano|Plus|Lite|Turbo|Flash|"
                      r"Chat|Instruct|Base|Large|Small|Medium|XL|\d+(?:\.\d+)?[BMK]))?(?![\w\-]|\.\w)")
# "establishes a new state-of-the-art, achieving ...", "new state-of-the-art results": a record, not a proposal
_NEW_RECORD = re.compile(r" (?:state-of-the-art|state of the art|SOTA)(?: \(SOTA\))?"
                         r"(?:[,.;:]| results?\b| performance\b| for\b| on\b)")
_RELEASE = {"MODEL": _VERSION, "DATASET": _EDITION}  # a version after a known name names a release
_ADDRESSING = re.compile(r"\b(?:mitigat|address|reduc|tackl|prevent|avoid|combat|alleviat|overcom|counter|eliminat"
                         r"|minimi|suppress|resist|handl|against|detect)\w*\W+(?:\w+\W+){0,2}$", re.I)


@Language.factory("kgraph_lexicon", default_config={"lexicon_path": None})
def make_lexicon_matcher(nlp, name, lexicon_path):
    """Pipeline component matching the lexicon at ``lexicon_path`` (packaged one when None)."""
    cues = read_cues()
    relation_cues = dict(cues["relation_cues"])
    relation_cues["PROPOSES"] = with_adverbs(relation_cues["PROPOSES"], cues["proposing_adverbs"])
    return LexiconMatcher(nlp, read_lexicon(lexicon_path), relation_cues, cues["phrase_heads"],
                          cues["anchors"], cues["phenomena"])


def with_adverbs(phrases, adverbs):
    """``phrases`` and, for each "we VERB" among them, "we ADVERB VERB" for every one of ``adverbs``.

    Writers put an adverb between "we" and the proposing verb ("we also
    propose", "we further introduce", "we then design"); listing the verbs
    and the adverbs once covers every such pair.

    >>> with_adverbs(["we propose", "is proposed"], ["also", "then"])
    ['we propose', 'is proposed', 'we also propose', 'we then propose']
    """
    return list(phrases) + [f"we {adverb} {phrase[3:]}" for phrase in phrases if phrase.startswith("we ")
                            for adverb in adverbs]


class LexiconMatcher:
    """Find lexicon names (canonical names and aliases) and cue phrases in a doc."""

    def __init__(self, nlp, rows, relation_cues, phrase_heads, anchors=None, phenomena=()):
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.phenomena = frozenset(phenomena)
        # match id -> ("lex", [(surface or None, type, name)]) | ("cue", class) | ("head", type) | ("anchor", class)
        self.targets = {}
        terms = {}
        for name, kind, aliases in rows:
            for surface in dict.fromkeys(spelling for written in (name, *aliases) for spelling in spellings(written)):
                exact = surface if _case_sensitive(surface, kind) else None
                candidates = terms.setdefault(surface.lower(), [])
                if all(exact != known for known, _, _ in candidates):
                    candidates.append((exact, kind, name))
        for doc, candidates in zip(pattern_docs(nlp, list(terms)), terms.values()):
            self._add(f"lex:{doc.text}", [doc], ("lex", candidates))
        for kind, phrases in relation_cues.items():
            self._add(f"cue:{kind}", pattern_docs(nlp, phrases), ("cue", kind))
        for kind, words in phrase_heads.items():
            self._add(f"head:{kind}", pattern_docs(nlp, words), ("head", kind))
        for kind, words in (anchors or {}).items():
            self._add(f"anchor:{kind}", pattern_docs(nlp, words), ("anchor", kind))

    def _add(self, key, docs, target):
        self.matcher.add(key, docs)
        self.targets[self.matcher.vocab.strings[key]] = target

    def __call__(self, doc):
        current = state(doc)
        text, mentions, cues, heads, anchors = current["text"], current["mentions"], [], [], {}
        targets = self.targets
        for match_id, start, end in self.matcher(doc):
            first = doc[start]
            last = first if end - start == 1 else doc[end - 1]
            start_char, end_char = first.idx, last.idx + len(last)
            role, value = targets[match_id]
            if role == "lex":
                entry = _entry(value, text[start_char:end_char])
                if entry is None or _continued(text, end_char) or (entry[0] and _inside(text, start_char)):
                    continue
                if entry[0] and entry[0] != text[start_char:end_char] and _after_capital(text, start_char):
                    continue  # "Integrated Brier Score": a longer name around "Brier score"
                if entry[2] in self.phenomena and not _addressed(text, start_char):
                    continue
                release = _RELEASE.get(entry[1])
                version = release.match(text, end_char) if release else None
                if version:  # "Pythia 410M", "Nemotron 3 Ultra", "AIME 2025": a release of a known name
                    mentions.append((start_char, version.end(), entry[1], None, LEXICON_CONFIDENCE, "lex"))
                else:
                    mentions.append((start_char, end_char, entry[1], entry[2], LEXICON_CONFIDENCE, "lex"))
            elif role == "cue":
                if value == "PROPOSES" and _NEW_RECORD.match(text, end_char):
                    continue  # "establishes a new state-of-the-art, achieving ...": a result, not a proposal
                cues.append((end_char, -start_char, value))
            elif role == "head":
                heads.append((start_char, end_char, value))
            else:
                anchors.setdefault(value, []).append((start_char, end_char))
        cues.sort()
        current["cues"] = cues
        current["heads"] = heads
        current["anchors"] = anchors
        return doc


def _addressed(text, start):
    """Whether a phenomenon name at ``start`` stands in the title or after an addressing verb ("mitigate X")."""
    return start < title_end(text) or bool(_ADDRESSING.search(text, max(0, start - 40), start))


def _continued(text, end):
    """Whether a name goes on past ``end`` as in "Adam-Mini" or "BERT-Large" (then "Adam" is not meant)."""
    return text.startswith("-", end) and end + 1 < len(text) and (text[end + 1].isupper() or text[end + 1].isdigit())


def _inside(text, start):
    """Whether a case-sensitive name starting at ``start`` ends a compound name ("FHIR-AgentBench")."""
    return start > 1 and text[start - 1] == "-" and text[start - 2].isalnum()


def _entry(candidates, surface):
    """The lexicon entry matching ``surface``: an exact-case name first, else a case-insensitive one.

    A lower-case name with a digit ("top-1") also matches with its first letter capitalised ("Top-1"). A
    name of plain capitalised words followed by lower-case ones ("Dice coefficient", "Bayesian optimization")
    is a common term named after someone; writers capitalise it in any way ("DICE coefficient", "Bayesian
    Optimization"), so it matches in any case, after the other entries.
    """
    folded = named = None
    for entry in candidates:
        exact = entry[0]
        if exact == surface or (exact is not None and exact.islower() and surface == exact[0].upper() + exact[1:]):
            return entry
        if exact is None:
            folded = entry
        elif _NAMED_TERM.fullmatch(exact):
            named = entry
    return folded or named


# capitalised words, then lower-case ones: "Dice coefficient", "Monte Carlo dropout", "Kullback-Leibler divergence"
_NAMED_TERM = re.compile(r"(?:[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)? )+[a-z][a-z'’-]*(?: [a-z][a-z'’-]*)*")
_CAPITAL_BEFORE = re.compile(r"(?<![^\s(])(?!(?:An?|The|This|These|That|Our|Its|Each|Both|Using|With|In|On|For|By)"
                             r" )[A-Z][\w'-]* $")


def _after_capital(text, start):
    """Whether a capitalised word stands right before ``start`` ("Integrated Brier Score": a longer name)."""
    return bool(_CAPITAL_BEFORE.search(text, max(0, start - 40), start))


_WORD_HYPHEN = re.compile(r"(?<=[^\W_])-(?=[^\W_])")


def spellings(name):
    """``name``, and if it has hyphens between words, the same name with spaces there.

    Names are often listed hyphenated and written with spaces ("PartNet-Mobility"
    as "PartNet Mobility", "expectation-maximization" as "expectation maximization").
    The other way round is not added: "decision-making" and "training-time" are
    mostly modifiers, not the names "decision making" and "training time".

    >>> spellings("Arena-Hard")
    ['Arena-Hard', 'Arena Hard']
    """
    spaced = _WORD_HYPHEN.sub(" ", name)
    return [name] if spaced == name else [name, spaced]


def pattern_docs(nlp, phrases):
    """Docs of ``phrases`` for PhraseMatcher patterns, made by a separate blank tokenizer.

    Tokenising thousands of names with the pipeline's own tokenizer fills its
    cache and vocab and makes it measurably slower on every later doc; token
    attribute ids are string hashes, so patterns from another vocab match alike.
    """
    return list(_pattern_tokenizer(nlp.lang).pipe(phrases))


# Short affix rules: brackets, quotes and sentence punctuation come off a word, words split at
# hyphens, slashes and the like between letters; spaCy's English rules (units, currencies,
# many scripts) cost about a third of the tokenizer's time and change no name or cue match.
# Every alternative starts with the character it consumes and checks the one before it after
# that ("%(?<=\d%)" rather than "(?<=\d)%"), so the regex engine only tries positions holding
# such a character: a third less time per infix search than with leading lookbehinds.
_PREFIX = re.compile(r"""^[(\[{"'“‘«<*$`]""")
_SUFFIX = re.compile(r"""(?:[)\]}"'”’»>,;:!?*$`]|\.|%(?<=\d%)|'s|’s|'S)$""")
_INFIX = re.compile(r"-(?<=[^\W_]-)-{0,2}(?=[^\W\d_])|[–—:<>=/](?<=[^\W_].)(?=[^\W\d_])"
                    r"|,(?<=[^\W\d_],)(?=[^\W\d_])|-(?<=\d-)(?=\d)|\.(?<=[a-z]\.)(?=[A-Z])|\.\.+|…")


def lean_tokenizer(tokenizer):
    """``tokenizer`` with short affix rules, no URL or email matching and no special cases (returned for chaining).

    Names and cues are matched on ordinary word tokens; skipping the URL
    pattern and spaCy's long English affix patterns saves regex work on
    every whitespace-separated chunk, and without the English special cases
    ("don't", "e.g.", ":)") no special-case pass runs over each doc. The
    pattern docs use the same settings, so names and cues split alike in
    patterns and texts.
    """
    tokenizer.url_match = None
    tokenizer.token_match = None
    tokenizer.rules = {}
    tokenizer.prefix_search = _PREFIX.search
    tokenizer.suffix_search = _SUFFIX.search
    tokenizer.infix_finditer = _INFIX.finditer
    return tokenizer


@functools.lru_cache(maxsize=None)
def _pattern_tokenizer(lang):
    return lean_tokenizer(spacy.blank(lang).tokenizer)


_ACRONYM_WORD = re.compile(r"[A-Z][a-z]*[A-Z]|[a-z][A-Z]")  # "ZSL", "RGB-D", "mmWave", "GANs"


def _case_sensitive(name, kind=None):
    """Names with an uppercase letter or a digit match case-sensitively; task names only with an acronym or
    camel-case word (see the module docstring)."""
    if kind == "TASK":
        return bool(_ACRONYM_WORD.search(name))
    return any(ch.isupper() or ch.isdigit() for ch in name)
