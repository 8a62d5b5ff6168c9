"""The ``kgraph`` command (filled in as stages land)."""

import click


@click.group()
def main():
    """kgraph: turn ML paper abstracts into a knowledge graph."""
