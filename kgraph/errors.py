"""The error tree of kgraph.

Library code raises these; only the CLI turns them into one-line messages
(exit code 2). Messages are written for the user: they say what went wrong
and, where possible, what to do.
"""


class KGraphError(Exception):
    """Base of every error kgraph reports to the user."""


class InputError(KGraphError):
    """An input file cannot be read at all, or a bad record under --strict."""


class StoreError(KGraphError):
    """The graph store cannot be opened, read or written."""


class UnknownEntityError(KGraphError):
    """A name matches no entity; the message lists close matches."""


class QueryError(KGraphError):
    """An unknown named query, or missing or malformed parameters."""
