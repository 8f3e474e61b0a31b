from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture
def seed_text() -> str:
    return (FIXTURES / "kerry-crimea" / "source.txt").read_text(encoding="utf-8")
