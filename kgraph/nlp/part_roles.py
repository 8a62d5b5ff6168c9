"""Parts of a proposed system, named as the object of the system's own verb, are proposed, not used.

"UniShield constructs a Face Attack Knowledge Graph (FAKG)", "MA-AFS introduces a lightweight neural
scheduler", "Unlike X, QueryGaussian employs an instance-level query mechanism": the subject is the system
the paper proposes, so the new methods its verb names are parts of the proposal, though "integrates" and
"employs" are using cues elsewhere. The verbs are the state's ``own`` anchors (cues.json ``anchors``, found
by the lexicon matcher), so nothing scans the text. Conversely, a name the background already uses is the
field's, not the paper's: a proposing cue does not make it proposed. A new name defined by a Title-Case long
form and acronym in a sentence about parts ("comprises the Multimodal Attention module (MANM)") is proposed too.
So are the new parts a proposal lists after "with" or "via", data listed after its proposing cue and a colon,
and a new method defined in brackets right after a proposing cue (see each ``propose_*`` function).
"""

import bisect
import re

from kgraph.nlp.cue_roles import CUE_CONFIDENCE, DEFAULT_CONFIDENCE, cue_shortly_before, used_right_before
from kgraph.nlp.state import span_index

_ADVERB = re.compile(r" (?:then|further|also|additionally|first) $")  # "CPPO then extends"
_SUBJECT_BEFORE = (". ", ", ", "\n\n")  # a subject starts a sentence or follows a clause ("Unlike X, FooNet ...")
# words between the verb and the part that start another clause or name a tool the part is used with
_GAP_STOP = re.compile(r"\b(?:which|that|where|uses|using|via|combined|coupled)\b")
PROPOSAL_PARTS = frozenset(("METHOD", "MODEL"))  # the types a paper proposes as parts
_EXISTING_BEFORE = ("pre-trained ", "pretrained ", "off-the-shelf ")  # an existing piece: "a pre-trained X model"
_EXISTING_AFTER = ("-based", ")-based")  # a piece the proposal is built on: "an optimal transport-based framework"
_MODIFIER_AFTER = ("-", "/")  # a name modifying a longer phrase: "an SA-1B-derived dataset", "C4/Gopher filters"
# "Frequency-domain Feature Interaction", "the Multimodal Attention module"
_TITLE_CASE_WORDS = re.compile(r"[A-Z]\w*(?:-\w+)*(?:\s+(?:of|for|and|with|in|on|the|a|to|[A-Z0-9]\w*(?:-\w+)*))*"
                               r"\s+[A-Z]\w*(?:-\w+)*"
                               r"(?: (?:module|block|unit|layer|network|mechanism|strategy|loss))?$")
_PART_WORDS = re.compile(r"\b(?:[Mm]odules?|[Bb]locks?|[Cc]omponents?|[Mm]echanisms?|comprises|comprising|consists|"
                         r"consisting|core|ideas?|innovation|introduces?|introducing|propose[sd]?|define[sd]?"
                         r"|features)\b")
_OUR_BEFORE = re.compile(r"\b[Oo]ur (?:proposed |new |novel )?$")  # "our FooNet method", "our proposed Foo model"
_DESCRIBED_AFTER = re.compile(r" (?:approach|method|framework|model|system|architecture|algorithm|network|pipeline"
                              r"|technique|strategy|scheme|module)s?\b")


def propose_own_parts(text, current, known, found):
    """Turn USES of a new method or model into PROPOSES when it follows, in its sentence, an ``own`` verb whose
    subject is a proposed name, with no clause or tool word between ("CPPO then extends the objective with a
    Contrastive Perception Loss (CPL)").

    ``found`` maps ``(relation, entity index)`` to ``(sent_start, sent_end, confidence)`` and is updated in
    place; ``known`` holds the indices of lexicon entities, which stay used.
    """
    verbs = current["anchors"].get("own")
    if not verbs:
        return
    verb_ends = [end for start, end in verbs if ("PROPOSES", _subject_index(text, current["spans"], start)) in found]
    if not verb_ends:
        return
    entities = current["entities"]
    for (relation, index), evidence in list(found.items()):
        verb_end = next((end for end in verb_ends if evidence[0] <= end < evidence[1]), None)
        if (relation == "USES" and verb_end is not None and index not in known and entities[index][1] in PROPOSAL_PARTS
                and any(verb_end <= start < evidence[1] and not _GAP_STOP.search(text, verb_end, start)
                        for start, _, i in current["spans"] if i == index)):
            found[("PROPOSES", index)] = evidence


def _subject_index(text, spans, verb_start):
    """The entity index of the mention right before the verb at ``verb_start`` (an adverb may stand between)
    when it starts a sentence or follows a comma, else None."""
    adverb = _ADVERB.search(text, max(0, verb_start - 16), verb_start)
    subject_end = adverb.start() if adverb else verb_start - 1
    at = bisect.bisect_left(spans, (subject_end,)) - 1
    if at < 0 or spans[at][1] != subject_end or text[spans[at][0] - 2:spans[at][0]] not in _SUBJECT_BEFORE:
        return None
    return spans[at][2]


def unpropose_background(entities, first_mention, background_end, found, default_roles):
    """Give a name the background already uses ("Open-vocabulary learning requires ...", "CFR is the dominant
    family ...") its default role (``default_roles``: entity type -> relation) instead of PROPOSES: a proposing
    cue later on ("we propose X for open-vocabulary learning") rarely makes the field's own name the paper's.
    ``first_mention`` maps an entity index to its first abstract sentence ``(start, end)``; the background ends
    at ``background_end``. Run before the title prefix ("FooNet: ...") is marked proposed.
    """
    for key in [key for key in found if key[0] == "PROPOSES" and first_mention[key[1]][0] < background_end]:
        found.setdefault((default_roles[entities[key[1]][1]], key[1]), found.pop(key))


def propose_defined_parts(text, current, known, found, background_end, cue_ends):
    """Turn USES of a new method or model the paper defines by a Title-Case long form and acronym into PROPOSES
    when a sentence about parts or ideas uses it ("FooNet consists of a Frequency-domain Feature Interaction (FFI)
    module", "The framework comprises the Multimodal Attention module (MANM)", "built on two ideas: ..."), unless
    a using cue stands right before it. ``current`` is the pipeline state (its ``acronyms``: ``(short_start,
    short_end, long_start, long_end)``); ``cue_ends`` are the ends of its cues; ``found`` is updated in place."""
    index_at = {(s, e): i for s, e, i in current["spans"]}
    entities, cues = current["entities"], current["cues"]
    for short_start, short_end, long_start, long_end in current.get("acronyms", ()):
        index = index_at.get((short_start, short_end), index_at.get((long_start, long_end)))
        if (index is None or index in known or entities[index][1] not in PROPOSAL_PARTS
                or min(short_start, long_start) < background_end or existing_piece(text, long_start, short_end)
                or not _TITLE_CASE_WORDS.match(text, long_start, long_end)):
            continue
        evidence = found.get(("USES", index))
        if (evidence is not None and _PART_WORDS.search(text, evidence[0], evidence[1])
                and not used_right_before(text, cues, cue_ends, min(short_start, long_start))):
            found[("PROPOSES", index)] = evidence


def propose_listed_parts(current, known, found):
    """A new part the paper introduces, though named after "with" or "via" ("equipped with a block-wise
    masking strategy"), is proposed, not used."""
    for span in current.get("parts", ()):
        index = span_index(current["spans"], span)
        evidence = found.get(("USES", index))
        if evidence is not None and index not in known:
            found[("PROPOSES", index)] = evidence


def propose_data_parts(current, found, proposal_ends):
    """Data listed after a proposing cue and a colon, following data its sentence proposes and with no cue of its
    own, is part of the proposal: "we construct FooSet, a dataset with two subsets: FooSet-A (...) and FooSet-B
    (...)", "we propose two benchmarks: FooBench, which ..., and BarBench"; not a name modifying a longer phrase
    ("an SA-1B-derived dataset", "C4/Gopher filters"). ``proposal_ends``: the ends of the proposing cues."""
    text, entities = current["text"], current["entities"]
    data = {index for relation, index in found if relation == "PROPOSES" and entities[index][1] == "DATASET"}
    if not data:
        return
    proposed = [start for start, _, index in current["spans"]
                if index in data and found[("PROPOSES", index)][0] <= start < found[("PROPOSES", index)][1]]
    for start, end, index in current["spans"] if proposed else ():
        evidence = found.get(("EVALUATED_ON", index))
        if (evidence is not None and evidence[2] == DEFAULT_CONFIDENCE and text[end:end + 1] not in _MODIFIER_AFTER
                and start < evidence[1] and any(evidence[0] <= earlier < start for earlier in proposed)
                and any(evidence[0] <= cue_end and ":" in text[cue_end:start] for cue_end in proposal_ends)):
            found[("PROPOSES", index)] = evidence


def propose_named_in_proposal(current, known, found, proposal_ends):
    """A new method named in parentheses after its long form, shortly after a proposing cue of its sentence
    ("we propose a Foo Bar model (FBM)", "we design cross-scale attention (CSA) modules"), is proposed, not used."""
    text, entities = current["text"], current["entities"]
    if not proposal_ends:
        return
    for start, index in [(start, index) for start, _, index in current["spans"] if text[start - 1:start] == "("]:
        if index in known or entities[index][1] not in PROPOSAL_PARTS:
            continue
        evidence = found.get(("USES", index))
        if evidence is not None and evidence[2] == DEFAULT_CONFIDENCE and \
                cue_shortly_before(text, proposal_ends, evidence[0], start - 1):
            found[("PROPOSES", index)] = evidence


def existing_piece(text, start, end):
    """Whether the name at ``text[start:end]`` (or its acronym in brackets) is marked as an existing piece the paper
    builds with, not a part it proposes: "a pre-trained Speech Autoencoder", "Unequal Error Protection (UEP)-based".
    """
    return text.endswith(_EXISTING_BEFORE, 0, start) or text.startswith(_EXISTING_AFTER, end)


def our_named(text, start, end):
    """Whether the name is the paper's own, described as such: "our PCD approach", "our proposed FooNet model"."""
    return bool(_OUR_BEFORE.search(text, max(0, start - 20), start) and _DESCRIBED_AFTER.match(text, end))


def propose_ours(ours, found):
    """A new name the paper calls its own ("our LookWhere method") is proposed, unless a cue elsewhere gives it
    another role ("leveraging DP tools ... our DP pipeline"). ``ours``: entity index -> sentence of that mention."""
    cued = {index for (relation, index), evidence in found.items() if evidence[2] == CUE_CONFIDENCE}
    for index, sentence in ours.items():
        if index not in cued:
            found[("PROPOSES", index)] = sentence + (CUE_CONFIDENCE,)
