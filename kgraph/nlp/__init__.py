"""spaCy-based NLP."""
