"""What the batch, CLI and WARC tests share: a small news page and the command run as a user."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

HTML = (
    "<html><head><title>Floods close the coast road</title></head><body><article>"
    "<h1>Floods close the coast road</h1>"
    "<p>Heavy rain closed the coast road on Tuesday, and officials said it would stay shut "
    "until the water went down and engineers had checked the bridges along the route.</p>"
    "<p>Drivers were told to use the inland route, which adds about forty minutes to the "
    "journey between the two towns, according to the regional transport office.</p>"
    "</article></body></html>"
)


def run_cli(
    *args: str, stdin: bytes | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m newsclean ARGS`` in a subprocess, with this checkout on the path."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "newsclean", *args],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=cwd,
        timeout=300,
        check=False,
    )
