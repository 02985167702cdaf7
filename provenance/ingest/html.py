"""The main text of a captured HTML page, without navigation, adverts and comments.

trafilatura (Apache-2.0) is the maintained extractor that scores best in published
main-text-extraction comparisons; its output is plain text with one paragraph per line.
"""

from __future__ import annotations

from dataclasses import dataclass

from provenance.ingest.errors import RefusedInput


@dataclass(frozen=True)
class HtmlMainText:
    text: str
    title: str | None


def extract_main_text(html: str) -> HtmlMainText:
    """The page's main text and its title; refuses a page with no main text.

    trafilatura (and lxml under it) is imported on the first HTML page, not with the module:
    most ingests read plain text, and every ingest worker process imports this module.
    """
    import trafilatura

    document = trafilatura.bare_extraction(
        html,
        include_comments=False,
        include_tables=True,
        favor_recall=True,
        with_metadata=True,
    )
    text = (document.text if document is not None else None) or ""
    if not text.strip():
        raise RefusedInput("empty: the HTML page has no main text to keep")
    title = (document.title or None) if document is not None else None
    return HtmlMainText(text=text, title=title)
