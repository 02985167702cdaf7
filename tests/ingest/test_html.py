"""HTML pages keep their main text and title; navigation, scripts and footers go."""

from __future__ import annotations

import pytest

from provenance.ingest.errors import RefusedInput
from provenance.ingest.html import extract_main_text

PAGE = """<!doctype html><html><head><title>Iran: 1988 massacre</title>
<script>var tracking = "do not keep me";</script></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About us</a></nav>
<article><h1>Iran: 1988 massacre</h1>
<p>Between July and September 1988, an estimated 30,000 political prisoners were executed, according to the Iranian Resistance.</p>
<p>Amnesty International’s report speaks of “thousands” of prisoners who were forcibly disappeared and executed in secret.</p>
</article>
<footer>Copyright © 2020 Example Outlet. All Rights Reserved | Sitemap</footer></body></html>"""


def test_main_text_is_kept_and_chrome_dropped() -> None:
    page = extract_main_text(PAGE)
    assert "an estimated 30,000 political prisoners" in page.text
    assert "“thousands”" in page.text
    assert "do not keep me" not in page.text
    assert "About us" not in page.text
    assert page.title == "Iran: 1988 massacre"


def test_a_page_without_main_text_is_refused() -> None:
    with pytest.raises(RefusedInput, match="no main text"):
        extract_main_text("<html><head><title>x</title></head><body><script>track()</script></body></html>")
