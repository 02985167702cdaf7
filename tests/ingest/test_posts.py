"""Archive pages are cut into posts at verified boundaries, never approximated."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.ingest.errors import RefusedInput
from provenance.ingest.manifest import load_manifest
from provenance.ingest.posts import PostSpec, split_posts

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
ARCHIVE = SEEDS / "001_99bd5d0d72e50914.txt"


def test_the_seed_archive_page_holds_ten_posts_at_exact_offsets() -> None:
    metadata = load_manifest(SEEDS / "manifest.toml")[ARCHIVE.resolve()]
    text = ARCHIVE.read_text(encoding="utf-8")
    posts = split_posts(text, list(metadata.posts), "Continue Reading")
    assert len(posts) == 10
    for post in posts:
        body = text[post.start : post.end]
        assert body.startswith(post.spec.first_line + "\n")
        assert body.endswith("Staff writer")
        assert post.spec.title in body
        assert text[post.end :].lstrip().startswith("Continue Reading")
    starts = [post.start for post in posts]
    assert starts == sorted(starts)
    assert all(a.end < b.start for a, b in zip(posts, posts[1:]))
    # The page repeats one post with small differences: two posts, same title, different text.
    titles = [post.spec.title for post in posts]
    repeated = [t for t in titles if titles.count(t) == 2]
    assert repeated and len(set(repeated)) == 1
    first, second = (text[p.start : p.end] for p in posts if p.spec.title == repeated[0])
    assert first != second


TEXT = "tags,a\nTitle One\nbody one\nContinue Reading\n\ntags,b\nTitle Two\nbody two\nContinue Reading\n"


def test_posts_run_from_their_first_line_to_the_end_marker() -> None:
    posts = split_posts(TEXT, [PostSpec("Title One", "tags,a"), PostSpec("Title Two", "tags,b")], "Continue Reading")
    assert [TEXT[p.start : p.end] for p in posts] == ["tags,a\nTitle One\nbody one", "tags,b\nTitle Two\nbody two"]


@pytest.mark.parametrize(
    ("specs", "message"),
    [
        ([PostSpec("Title One", "tags,zzz")], "first line"),
        ([PostSpec("Title Two", "tags,a")], "title"),
        ([PostSpec("Title One", "tags")], "first line"),  # a prefix of a line is not the line
        ([PostSpec("Title Two", "tags,b"), PostSpec("Title One", "tags,a")], "first line"),  # out of order
    ],
)
def test_boundaries_that_do_not_match_the_text_are_refused(specs: list[PostSpec], message: str) -> None:
    with pytest.raises(RefusedInput, match=message):
        split_posts(TEXT, specs, "Continue Reading")


def test_a_post_without_its_end_marker_is_refused() -> None:
    with pytest.raises(RefusedInput, match="no 'The End' line"):
        split_posts(TEXT, [PostSpec("Title One", "tags,a")], "The End")
