"""Plain-text and Markdown formatting of query results, comparisons and entity cards.

Library functions return data; these turn it into text for the terminal or
for a Markdown file. Nothing here prints.
"""

MAX_CELL = 60
SHOWN_PAPERS = 5


def _cell(value, width=MAX_CELL):
    """A value as one table cell: lists comma-joined, None empty, long text cut with an ellipsis."""
    if isinstance(value, (list, tuple)):
        value = ", ".join(map(str, value))
    text = " ".join(str("" if value is None else value).split())
    return text if len(text) <= width else text[:width - 1] + "…"


def format_table(columns, rows, max_width=MAX_CELL):
    """An aligned plain-text table; numbers right-aligned, cells cut at ``max_width``.

    >>> print(format_table(["method", "papers"], [["GaLore", 2], ["LoRA", 12]]))
    method  papers
    ------  ------
    GaLore       2
    LoRA        12
    """
    if not rows:
        return "(no rows)"
    cells = [[_cell(v, max_width) for v in row] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    numeric = [all(isinstance(row[i], (int, float)) for row in rows) for i in range(len(columns))]

    def line(values):
        return "  ".join(v.rjust(w) if num else v.ljust(w)
                         for v, w, num in zip(values, widths, numeric)).rstrip()

    return "\n".join([line(columns), line(["-" * w for w in widths]), *map(line, cells)])


def _ref(paper_id, date):
    """``[paper id, date]``, or ``[paper id]`` when the date is unknown."""
    return f"[{paper_id}, {date}]" if date else f"[{paper_id}]"


def _comparison_rows(c):
    rows = [["type", *(e["type"] for e in c.entities)],
            ["aliases", *(e["aliases"] for e in c.entities)],
            ["papers", *(len(e["papers"]) for e in c.entities)]]
    return rows + [[prop, *(e[prop] for e in c.entities)] for prop in ("tasks", "datasets", "metrics", "baselines")]


def _differences(c):
    """(label, values) lines: what all share and what only one has, per property."""
    lines = [(f"shared {prop}", values) for prop, values in c.shared.items() if values]
    for prop, per_entity in c.only.items():
        lines += [(f"only {name}: {prop}", values) for name, values in per_entity.items() if values]
    return lines


def format_comparison_text(c):
    """The comparison as terminal text: side-by-side table, differences, evidence."""
    names = [e["name"] for e in c.entities]
    parts = [" vs ".join(names), "", format_table(["", *names], _comparison_rows(c)), ""]
    parts += [f"{label}: {', '.join(values)}" for label, values in _differences(c)]
    parts += ["", "evidence:" if c.evidence else "evidence: no paper compares them"]
    for item in c.evidence:
        parts += [f"  {_ref(item['paper'], item['date'])} {item['title']}",
                  f"    {' / '.join(item['compared'])}: \"{item['evidence']}\""]
    return "\n".join(parts).rstrip()


def _md(value):
    return _cell(value, width=10_000).replace("|", "\\|")


def format_comparison_markdown(c):
    """The comparison as a Markdown document: a table, differences and evidence quotes."""
    names = [e["name"] for e in c.entities]
    lines = [f"## {' vs '.join(names)}", "", f"| | {' | '.join(map(_md, names))} |",
             "|---" * (len(names) + 1) + "|"]
    lines += [f"| {' | '.join(map(_md, row))} |" for row in _comparison_rows(c)]
    differences = _differences(c)
    if differences:
        lines += ["", *(f"- **{label}**: {_md(values)}" for label, values in differences)]
    lines += ["", "### Evidence", ""]
    lines += [f"- **{_md(' / '.join(item['compared']))}** in *{_md(item['title'])}* "
              f"{_ref(item['paper'], item['date'])}: \"{_md(item['evidence'])}\""
              for item in c.evidence] or ["No paper compares them."]
    return "\n".join(lines)


def format_card(card):
    """An entity card as terminal text."""
    lines = [f"{card.name} ({card.type}), {card.paper_count} paper(s)"]
    if card.aliases:
        lines.append(f"aliases: {', '.join(card.aliases)}")
    for label, names in (("compared with", card.baselines), ("compared against by", card.compared_against)):
        if names:
            lines.append(f"{label}: {', '.join(names)}")
    for relation, items in card.relations.items():
        lines += ["", f"{relation} ({len(items)}):"]
        lines += [f"  {_ref(i['paper'], i['date'])} {_cell(i['title'])}\n    \"{i['evidence']}\"" for i in items]
    if card.related:
        lines += ["", "often mentioned with:", format_table(["entity", "type", "papers"], card.related)]
    shown = card.papers[:SHOWN_PAPERS]
    lines += ["", f"papers (newest {len(shown)} of {len(card.papers)}):"]
    lines += [f"  {_ref(p['id'], p['date'])} {_cell(p['title'])}" for p in shown]
    return "\n".join(lines)
