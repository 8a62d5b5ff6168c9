"""Lexicon and cue lookup: known entity names and relation cue phrases.

Names containing an uppercase letter or a digit match case-sensitively
(token ORTH, so "SAM" does not match "sam"); all-lower-case names match
case-insensitively (token LOWER, so "continual learning" also finds
"Continual Learning"). Each hit becomes a mention
``(start_char, end_char, type, canonical_name, confidence, "lex")`` appended
to the state's ``mentions`` (see kgraph.nlp.state).

The relation cue phrases of ``cues.json`` ("we propose", "outperforms",
"in terms of", ...) ride on the case-insensitive matcher (one matcher pass
fewer per doc); they go to the state's ``cues`` as ``(end_char,
-start_char, cue_class)`` sorted by end, so the longest cue ending at a
place comes last. The naming and relation components read them. Phrase
head words (``phrase_heads``: "replay", "learning", "usage", ...) likewise
go to the state's ``heads`` as ``(start_char, end_char, type)`` for
kgraph.nlp.phrases.
"""

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher

from kgraph.nlp.resources import read_cues, read_lexicon
from kgraph.nlp.state import state

LEXICON_CONFIDENCE = 0.9


@Language.factory("kgraph_lexicon", default_config={"lexicon_path": None})
def make_lexicon_matcher(nlp, name, lexicon_path):
    """Pipeline component matching the lexicon at ``lexicon_path`` (packaged one when None)."""
    cues = read_cues()
    return LexiconMatcher(nlp, read_lexicon(lexicon_path), cues["relation_cues"], cues["phrase_heads"])


class LexiconMatcher:
    """Find lexicon names (canonical names and aliases) and cue phrases in a doc."""

    def __init__(self, nlp, rows, relation_cues, phrase_heads):
        self.entries = []
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        exact_terms, folded_terms = {}, {}
        for name, kind, aliases in rows:
            for surface in (name, *aliases):
                table = exact_terms if _case_sensitive(surface) else folded_terms
                table.setdefault(surface if table is exact_terms else surface.lower(), (kind, name))
        for table, matcher in ((exact_terms, self.exact), (folded_terms, self.folded)):
            docs = pattern_docs(nlp, list(table))
            for doc, (kind, name) in zip(docs, table.values()):
                key = str(len(self.entries))
                self.entries.append((kind, name))
                matcher.add(key, [doc])
        for kind, phrases in relation_cues.items():
            self.folded.add(f"cue:{kind}", pattern_docs(nlp, phrases))
        for kind, words in phrase_heads.items():
            self.folded.add(f"head:{kind}", pattern_docs(nlp, words))
        self.cue_kinds = {nlp.vocab.strings[f"cue:{kind}"]: kind for kind in relation_cues}
        self.head_kinds = {nlp.vocab.strings[f"head:{kind}"]: kind for kind in phrase_heads}
        self.strings = nlp.vocab.strings

    def __call__(self, doc):
        current = state(doc)
        mentions, cues, heads = current["mentions"], [], []
        for matcher in (self.exact, self.folded):
            for match_id, start, end in matcher(doc):
                start_char, end_char = char_offsets(doc, start, end)
                cue = self.cue_kinds.get(match_id)
                if cue is not None:
                    cues.append((end_char, -start_char, cue))
                    continue
                head = self.head_kinds.get(match_id)
                if head is not None:
                    heads.append((start_char, end_char, head))
                    continue
                kind, name = self.entries[int(self.strings[match_id])]
                mentions.append((start_char, end_char, kind, name, LEXICON_CONFIDENCE, "lex"))
        cues.sort()
        current["cues"] = cues
        current["heads"] = heads
        return doc


def char_offsets(doc, start, end):
    """Character offsets of the token range ``[start, end)`` (cheaper than building a Span)."""
    last = doc[end - 1]
    return doc[start].idx, last.idx + len(last)


def pattern_docs(nlp, phrases):
    """Docs of ``phrases`` for PhraseMatcher patterns, made by a separate blank tokenizer.

    Tokenising thousands of names with the pipeline's own tokenizer fills its
    cache and vocab and makes it measurably slower on every later doc; token
    attribute ids are string hashes, so patterns from another vocab match alike.
    """
    return list(spacy.blank(nlp.lang).tokenizer.pipe(phrases))


def _case_sensitive(name):
    """Names with an uppercase letter or a digit match case-sensitively."""
    return any(ch.isupper() or ch.isdigit() for ch in name)
