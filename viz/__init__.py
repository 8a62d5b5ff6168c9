"""HTML view template and static assets, shipped as package data (kgraph.viz)."""
