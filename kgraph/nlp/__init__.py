"""spaCy-based NLP: rule-based components on ``spacy.blank("en")``.

Pipeline order (built by :func:`kgraph.extract.build_pipeline`), all sharing
one per-doc state dict (:mod:`kgraph.nlp.state`):

1. ``kgraph_sentences`` (:mod:`.sentences`): sentence spans;
2. ``kgraph_lexicon`` (:mod:`.lexicon`): lexicon names, relation cue phrases, phrase heads;
3. ``kgraph_shapes`` (:mod:`.shapes`): CamelCase / versioned / acronym names, acronym definitions;
4. ``kgraph_phrases`` (:mod:`.phrases`): lower-case technique, task and metric phrases;
5. ``kgraph_names`` (:mod:`.names`): title prefixes and names after "we propose", "named";
6. ``kgraph_parts`` (:mod:`.parts`): the parts a paper introduces or uses ("a temporal fusion module");
7. ``kgraph_entities`` (:mod:`.entities`, typing in :mod:`.context`): merged, typed entities;
8. ``kgraph_relations`` (:mod:`.relations`): paper-level relations with evidence sentences;
9. ``kgraph_cleanup`` (:mod:`.state`): drop working values.

Data files (lexicon, stop names, cue lists, name patterns) live in ``data/``
and are read by :mod:`.resources`.
"""
