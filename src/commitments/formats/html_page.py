"""One self-contained HTML page: inline CSS, no script, nothing fetched.

Every piece of ledger text goes through ``esc`` (invisible characters made
visible, then HTML-escaped, quotes included), and a link only through ``href``,
which takes http and https alone. A Content-Security-Policy in the page forbids
scripts and fetches too, should anything ever slip through.
"""

from __future__ import annotations

import functools
import html
from typing import TextIO

from commitments import __version__
from commitments.model import url_problem
from commitments.text import in_its_own_encoding, visible, writes_utf8

COLOURS = {
    "overdue": "#c62828",
    "due-soon": "#e0a100",
    "open": "#1e63c4",
    "closed": "#9e9e9e",
    "today": "#8e24aa",
    "good": "#c8e6c9",
    "mid": "#fff1b8",
    "bad": "#f6c7c7",
}

CSS = f"""
:root {{ color-scheme: light; }}
* {{ box-sizing: border-box; print-color-adjust: exact; -webkit-print-color-adjust: exact; }}
body {{ margin: 0; background: #fff; color: #1d1d1f; overflow-wrap: anywhere;
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }}
main {{ max-width: 1100px; margin: 0 auto; padding: 24px 20px 40px; }}
h1 {{ font-size: 1.5rem; margin: 0 0 4px; }}
h2 {{ font-size: 1.15rem; margin: 28px 0 8px; }}
h3 {{ font-size: 1rem; margin: 16px 0 4px; }}
.meta, .legend, footer {{ color: #555; font-size: .9rem; }}
.scroll {{ overflow-x: auto; }}
table {{ border-collapse: collapse; margin: 8px 0; }}
th, td {{ padding: 5px 8px; border: 1px solid #d0d0d5; vertical-align: top; }}
thead th {{ background: #f2f2f5; text-align: center; }}
th.pledge {{ text-align: left; font-weight: normal; min-width: 14rem;
  position: sticky; left: 0; background: #fff; }}
thead th.pledge {{ background: #f2f2f5; }}
.nowrap {{ white-space: nowrap; }}
figure {{ margin: 0; }}
.id {{ font: 12px/1.3 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace;
  color: #444; display: block; }}
td.score {{ text-align: center; font-variant-numeric: tabular-nums; min-width: 3rem; }}
td.mean, tfoot td {{ font-weight: 600; text-align: center; }}
/* A number, a party code or a short heading is never broken inside: the matrix
   scrolls sideways instead (the body lets long ids and words break elsewhere). */
.matrix td, .matrix thead th, .matrix tfoot th {{ white-space: nowrap; overflow-wrap: normal; }}
tfoot th {{ text-align: left; }}
.good {{ background: {COLOURS["good"]}; color: #1b5e20; }}
.mid {{ background: {COLOURS["mid"]}; color: #6d4c00; }}
.bad {{ background: {COLOURS["bad"]}; color: #8b1a1a; }}
.swatch {{ display: inline-block; width: .9em; height: .9em; vertical-align: -.1em;
  border: 1px solid #888; margin: 0 .25em 0 .6em; }}
.evidence ul {{ margin: 4px 0 0; padding-left: 1.2rem; }}
.evidence li {{ margin: 2px 0; }}
svg {{ display: block; width: 100%; min-width: 820px; height: auto; }}
svg text {{ font-family: system-ui, sans-serif; }}
svg .mono {{ font-family: ui-monospace, Menlo, Consolas, monospace; }}
@media (max-width: 600px) {{
  body {{ font-size: 14px; }}
  main {{ padding: 14px 10px 30px; }}
  th, td {{ padding: 4px 5px; }}
  th.pledge {{ min-width: 10rem; }}
}}
@media print {{
  @page {{ size: A4 landscape; margin: 12mm; }}
  body {{ font-size: 10.5pt; }}
  main {{ max-width: none; padding: 0; }}
  .scroll {{ overflow: visible; }}
  svg {{ min-width: 0; }}
  tr, article, figure {{ break-inside: avoid; }}
  h2 {{ break-after: avoid; }}
}}
"""

# No script, no fetch, no form, no frame: the file is a document and nothing else.
_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'"


def esc(text: str) -> str:
    """Ledger text as HTML text or attribute value: never markup."""
    return html.escape(visible(text), quote=True)


@functools.lru_cache(maxsize=4096)  # a site shows one update's evidence on several pages
def href(url: str | None) -> str | None:
    """``url`` fit for an href (escaped), or None unless it is an address the ledger
    would take (the same rule: model.url_problem) and shows as it is."""
    if not url or url_problem(url) is not None or visible(url) != url:
        return None
    return html.escape(url, quote=True)


def page(title: str, body: str, *, head: str = "", nav: str = "", css: str = "") -> str:
    """A whole document around ``body`` (already HTML); ``title`` is plain text;
    ``head`` (links to feeds), ``nav`` and ``css`` (more rules) are HTML too."""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_POLICY}">\n'
        f'<meta name="generator" content="commitments {__version__}">\n'
        f"<title>{esc(title)}</title>\n{head}<style>{CSS}{css}</style>\n</head>\n"
        f"<body>\n{nav}<main>\n{body}"
        f"<footer><p>Made by commitments {__version__} from a hand-kept ledger."
        " Each score and date is the ledger's; check the sources it cites.</p></footer>\n"
        "</main>\n</body>\n</html>\n"
    )


def write_page(out: TextIO, document: str) -> None:
    """Write ``document`` to ``out``. The page says it is UTF-8, and so is the stream
    made; one that cannot be (a test's StringIO in another encoding) gets every
    character beyond ASCII as a character reference, which any encoding carries."""
    in_its_own_encoding(out, "utf-8")
    if not writes_utf8(out):
        document = document.encode("ascii", "xmlcharrefreplace").decode("ascii")
    out.write(document)
