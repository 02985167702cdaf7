"""docs/schema.md is generated from the models and names what the migrations really create."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import Column, Integer, MetaData, Table, Text, UniqueConstraint, inspect

from provenance.db import NAMING_CONVENTION, Base, make_engine
from provenance.migrate import upgrade
from provenance.schema_docs import (
    SCHEMA_DOCS_PATH,
    render_schema_markdown,
    schema_docs_are_current,
    write_schema_docs,
)


@pytest.fixture(scope="module")
def rendered() -> str:
    return render_schema_markdown()


def _table_section(markdown: str, table: str) -> str:
    """The text of ``## table`` up to the next level-2 heading."""
    match = re.search(rf"^## {re.escape(table)}\n(.*?)(?=^## |\Z)", markdown, re.M | re.S)
    assert match, f"no section for table {table}"
    return match.group(1)


def test_committed_docs_are_current() -> None:
    if not schema_docs_are_current():
        pytest.fail(
            f"{SCHEMA_DOCS_PATH} is out of date: run `provenance schema-docs` to regenerate"
        )


def test_rendering_is_deterministic(rendered: str) -> None:
    assert render_schema_markdown() == rendered


def test_every_table_and_column_is_documented(rendered: str) -> None:
    for table in Base.metadata.tables.values():
        assert f"[`{table.name}`](#{table.name})" in rendered
        section = _table_section(rendered, table.name)
        for column in table.columns:
            assert f"| `{column.name}` |" in section, f"{table.name}.{column.name} missing"


def _throwaway_metadata(*, table_comment: str | None, column_comment: str | None) -> MetaData:
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    Table(
        "things",
        metadata,
        Column("id", Integer, primary_key=True, comment="Thing number."),
        Column("name", Text, comment=column_comment),
        comment=table_comment,
    )
    return metadata


def test_column_without_comment_is_an_error() -> None:
    metadata = _throwaway_metadata(table_comment="Things.", column_comment=None)
    with pytest.raises(ValueError, match=r"column things\.name"):
        render_schema_markdown(metadata)


def test_table_without_comment_is_an_error() -> None:
    metadata = _throwaway_metadata(table_comment="  ", column_comment="Its name.")
    with pytest.raises(ValueError, match=r"table things"):
        render_schema_markdown(metadata)


def test_names_postgresql_would_truncate_are_an_error() -> None:
    metadata = _throwaway_metadata(table_comment="Things.", column_comment="Its name.")
    long_name = "a_column_name_long_enough_to_overflow_identifiers"
    metadata.tables["things"].append_column(Column(long_name, Integer, comment="Long."))
    metadata.tables["things"].append_constraint(UniqueConstraint("name", long_name))
    with pytest.raises(ValueError, match="longer than 63"):
        render_schema_markdown(metadata)


def test_other_tables_follow_the_domain_order_alphabetically() -> None:
    metadata = _throwaway_metadata(table_comment="Things.", column_comment="Its name.")
    Table("apples", metadata, Column("id", Integer, primary_key=True, comment="N."), comment="A.")
    Table("users", metadata, Column("id", Integer, primary_key=True, comment="N."), comment="U.")
    headings = re.findall(r"^## (\w+)$", render_schema_markdown(metadata), re.M)
    assert headings == ["Tables", "users", "apples", "things", "Vocabularies"]


def test_docs_name_the_constraints_the_migration_creates(tmp_path: Path, rendered: str) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'schema.db'}")
    try:
        upgrade(engine)
        inspector = inspect(engine)
        for table in Base.metadata.tables:
            created = {inspector.get_pk_constraint(table)["name"]}
            for reflect in (
                inspector.get_check_constraints,
                inspector.get_unique_constraints,
                inspector.get_foreign_keys,
                inspector.get_indexes,
            ):
                created |= {item["name"] for item in reflect(table)}
            # Constraints and then indexes follow the column table; their rows start with a name.
            named = _table_section(rendered, table).split("\nConstraints:\n", 1)[1]
            documented = set(re.findall(r"^\| `(\w+)` \|", named, re.M))
            assert created == documented, table
    finally:
        engine.dispose()


def test_check_constraint_names_appear_in_docs(tmp_path: Path, rendered: str) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'schema.db'}")
    try:
        upgrade(engine)
        names = [c["name"] for c in inspect(engine).get_check_constraints("documents")]
    finally:
        engine.dispose()
    assert "ck_documents_kind_known" in names
    for name in names:
        assert f"`{name}`" in rendered


def test_statuses_and_vocabularies_are_listed(rendered: str) -> None:
    vocabularies = rendered.split("## Vocabularies", 1)[1]
    documents_kind = "| `documents.kind` | `ck_documents_kind_known` | `article`, `archive_page`,"
    assert documents_kind in vocabularies
    assert "| `corroborated` | Corroborated | true | 5 |" in vocabularies


def test_write_schema_docs_reports_changes(tmp_path: Path) -> None:
    path = tmp_path / "docs" / "schema.md"
    assert not schema_docs_are_current(path)
    assert write_schema_docs(path) is True
    assert write_schema_docs(path) is False
    assert schema_docs_are_current(path)
