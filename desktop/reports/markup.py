"""Safe rich text for the summary: every string escaped, every script in its font.

Message text, names and notes come from chats, so they are escaped before
they enter the document: a message can never add markup. Each run of one
script gets the family `FontPlan` chose for it, and each paragraph reads in
its own direction (an Arabic message right to left, its German neighbour
left to right).
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

from moddesk.reports.fonts import FontPlan
from moddesk.reports.scripts import is_rtl, runs

STYLE = """
body { color: #1d2125; }
h1 { font-size: 17pt; font-weight: 600; color: #14283c; margin-top: 2px; margin-bottom: 2px; }
h2 { font-size: 12.5pt; font-weight: 600; color: #14283c; margin-top: 20px; margin-bottom: 6px; }
h3 { font-size: 10pt; font-weight: 600; color: #14283c; margin-top: 14px; margin-bottom: 4px; }
p { margin-top: 0px; margin-bottom: 5px; }
.overline { font-size: 8.5pt; color: #5b6670; letter-spacing: 1px; margin-bottom: 0px; }
.muted { color: #6b7378; }
.small { font-size: 8pt; }
.legend { font-size: 8pt; color: #6b7378; margin-bottom: 3px; }
.text { white-space: pre-wrap; }
.mono { font-size: 8pt; }
th { background-color: #eef1f4; color: #2c3a46; font-weight: 600; text-align: left; }
td.key { color: #5b6670; font-weight: 600; }
tr.context td { color: #6b7378; }
tr.evidence td { background-color: #fff3c4; color: #111111; }
td.alert { background-color: #fdecea; color: #7a1c12; }
td.caution { background-color: #fff6e0; color: #5c4208; }
td.about { background-color: #f3f6f9; color: #26323c; }
"""


class Markup:
    """Builds escaped rich text with explicit fonts; `FontPlan` says which."""

    def __init__(self, fonts: FontPlan) -> None:
        self.fonts = fonts

    def text(self, value: str | None) -> str:
        """`value` escaped, runs of each script in their family, newlines kept."""
        if not value:
            return ""
        out = []
        for script, piece in runs(value):
            escaped = html.escape(piece, quote=False).replace("\n", "<br/>")
            family = self.fonts.family(script) if script != "latin" else None
            out.append(f"<span style=\"font-family:'{family}'\">{escaped}</span>" if family
                       else escaped)
        return "".join(out)

    def mono(self, value: str) -> str:
        """`value` (hashes, file names) in the fixed-width family."""
        family = self.fonts.mono[0] if self.fonts.mono else "monospace"
        return f"<span class=\"mono\" style=\"font-family:'{family}'\">{self.text(value)}</span>"

    def para(self, value: str | None, cls: str = "", *, raw: str | None = None) -> str:
        """One paragraph reading in the direction of its own text."""
        direction = "rtl" if is_rtl(value or "") else "ltr"
        body = raw if raw is not None else self.text(value)
        return f"<p dir=\"{direction}\" class=\"{cls}\">{body}</p>"

    def table(self, headers: Sequence[str], rows: Iterable[Sequence[str]], *,
              widths: Sequence[int] = (), row_classes: Sequence[str] = ()) -> str:
        """A full-width table; `headers` plain (escaped here), cells already marked up."""
        padded = [*widths, *[0] * (len(headers) - len(widths))]
        cols = "".join(f"<th width=\"{w}%\">{self.text(h)}</th>" if w else f"<th>{self.text(h)}</th>"
                       for h, w in zip(headers, padded, strict=True))
        body = "".join(
            f"<tr class=\"{(row_classes[i] if i < len(row_classes) else '')}\">"
            + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>"
            for i, row in enumerate(rows))
        head = f"<thead><tr>{cols}</tr></thead>" if headers else ""
        return (f"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" border=\"0.5\" "
                f"style=\"border-collapse: collapse; border-color: #c9d0d6;\">{head}{body}</table>")

    def heading(self, title: str, anchor: str, level: int = 2) -> str:
        """A heading that starts a unit `pages.keep_together` keeps from breaking badly.

        `anchor` is "head:NAME" (a section: never in the last lines of a page)
        or "keep:NAME" (kept on one page with what follows, up to the next unit).
        """
        return f"<h{level}><a name=\"{anchor}\"></a>{self.text(title)}</h{level}>"

    def box(self, cls: str, inner: str) -> str:
        """A shaded, full-width box (alerts, notes about the copy)."""
        return (f"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" border=\"0\" "
                f"style=\"margin-top: 8px; margin-bottom: 4px;\"><tr><td class=\"{cls}\">"
                f"{inner}</td></tr></table>")


def when(iso: str | None) -> str:
    """An ISO time as "2024-03-12 21:14": unambiguous in every country, unlike local formats."""
    if not iso:
        return ""
    return iso.replace("T", " ")[:16]
