"""The README is part of the product: its commands, settings and CI must not drift."""

from __future__ import annotations

import re
from pathlib import Path

from provenance.cli import cli
from provenance.config import DEFAULTS

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def quick_start_commands() -> list[str]:
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_quick_start_has_exactly_two_commands() -> None:
    run, test = quick_start_commands()
    assert "provenance seed" in run
    assert "pytest" in test


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    _, test = quick_start_commands()
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test in ci_lines


def test_every_command_is_documented() -> None:
    for name in cli.commands:
        assert f"`provenance {name}" in README, name


def test_every_setting_is_documented() -> None:
    for name in DEFAULTS:
        assert f"`{name}`" in README, name
