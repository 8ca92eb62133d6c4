"""The shape of the code, held in CI: layers one way (lint-imports), small modules, short functions.

ruff's C901 (max 12) holds cyclomatic complexity; these hold size, which ruff does not measure.
"""

import ast
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ["config", "core", "reports", "sources", "claims", "desk", "public", "api"]
MAX_FUNCTION_LINES = 60
MAX_MODULE_LINES = 400


def our_modules():
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" not in path.parts:
                yield path


def test_no_function_is_over_60_lines():
    long = []
    for path in our_modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = node.end_lineno - node.lineno + 1
                if lines > MAX_FUNCTION_LINES:
                    long.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name} ({lines} lines)")
    assert long == []


def test_no_module_is_over_400_lines():
    big = [
        f"{path.relative_to(ROOT)} ({n} lines)"
        for path in our_modules()
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    ]
    assert big == []


def test_the_import_layers_hold():
    """import-linter's layers contract in pyproject.toml: domain apps never import the surfaces."""
    command = shutil.which("lint-imports", path=str(Path(__file__).resolve().parents[2] / ".venv" / "bin"))
    command = command or shutil.which("lint-imports")
    if command is None:
        pytest.skip("import-linter is not installed here.")
    run = subprocess.run([command], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout[-3000:]
