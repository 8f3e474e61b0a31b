"""Rewrite every ``fixtures/<case>/expected.json`` from the current output.

    python tests/update_fixtures.py [CASE ...]

Review ``git diff fixtures/`` afterwards: the point of a fixture is that a person read it.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_fixtures import FIXTURES, parse_case


def main(names: list[str]) -> None:
    cases = [FIXTURES / n for n in names] or sorted(
        p for p in FIXTURES.iterdir() if (p / "source.html").exists() or (p / "source.txt").exists()
    )
    for case in cases:
        (case / "expected.json").write_text(parse_case(case).to_json() + "\n", encoding="utf-8")
        print(f"wrote {case / 'expected.json'}")


if __name__ == "__main__":
    main(sys.argv[1:])
