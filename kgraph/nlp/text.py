"""Keep the raw text on each doc so components need not rebuild it.

``Doc.text`` joins every token's text on each access (tens of microseconds
per abstract); the kgraph components read the text several times per doc,
so the tokenizer wrapper stores the input string in ``doc.user_data`` once.
"""

TEXT_KEY = "kg_text"


class TextKeepingTokenizer:
    """Wrap a spaCy tokenizer; the docs it makes remember their input text."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __call__(self, text):
        doc = self.tokenizer(text)
        doc.user_data[TEXT_KEY] = text
        return doc


def doc_text(doc):
    """The doc's text, from the stored copy when there is one."""
    text = doc.user_data.get(TEXT_KEY)
    return doc.text if text is None else text


def forget_text(doc):
    """Drop the stored copy (it is not needed once extraction is done)."""
    doc.user_data.pop(TEXT_KEY, None)
