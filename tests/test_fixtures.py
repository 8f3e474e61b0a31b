"""Every fixture case: the source beside its expected output (Readability.js style).

``fixtures/<case>/`` holds ``source.html`` or ``source.txt``, ``expected.json`` (the
``Article.to_dict()`` we expect) and, for HTML, an optional ``url`` file. To review a change in
output, run ``python tests/update_fixtures.py`` and read the diff before committing it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsclean

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
CASES = sorted(p.name for p in FIXTURES.iterdir() if (p / "expected.json").exists())


def parse_case(case: Path) -> newsclean.Article:
    url_file = case / "url"
    url = url_file.read_text(encoding="utf-8").strip() if url_file.exists() else None
    if (case / "source.html").exists():
        return newsclean.parse((case / "source.html").read_bytes(), url=url)
    return newsclean.parse((case / "source.txt").read_text(encoding="utf-8"), url=url)


def test_there_are_fixture_cases() -> None:
    assert len(CASES) >= 1


@pytest.mark.parametrize("name", CASES)
def test_fixture_output_matches_expected(name: str) -> None:
    case = FIXTURES / name
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    assert parse_case(case).to_dict() == expected
