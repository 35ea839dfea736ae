"""The README's terminal walk-through must keep working exactly as written."""

from __future__ import annotations

import shlex
from pathlib import Path

from qa_desktop.cli import main

README = Path(__file__).resolve().parents[2] / "README.md"


def _walkthrough() -> list[list[str]]:
    text = README.read_text(encoding="utf-8")
    block = (
        text.split("A whole audit from a terminal", 1)[1].split("```bash", 1)[1].split("```", 1)[0]
    )
    commands = []
    for line in block.strip().splitlines():
        line = line.split("  #", 1)[0]
        for part in line.split(" && "):
            words = shlex.split(part)
            if words and words[0] == "qa-desktop":
                commands.append(words[1:])
    return commands


def test_the_readme_walkthrough_runs(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    commands = _walkthrough()
    assert len(commands) >= 20
    for words in commands:
        code = main(["--data-dir", str(tmp_path / "qa"), *words])
        _out, err = capsys.readouterr()
        assert code == 0, (words, err)
    assert main(["--data-dir", str(tmp_path / "qa"), "nc", "show", "NC-2025-001"]) == 0
    assert "已关闭" in capsys.readouterr().out
    assert (tmp_path / "qa-2025.sqlite3").exists()
    assert main(["--data-dir", str(tmp_path / "qa"), "check"]) == 0
