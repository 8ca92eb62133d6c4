"""schemathesis itself, as its command line runs it: every check (`--checks all`), positive and
negative data (`--mode all`), and every phase, stateful links included, against a live server
over a seeded database. Public operations run anonymously, desk operations with an editor's token.
"""

import subprocess
import sys
from pathlib import Path

import pytest

from .test_schemathesis import seed

SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")
CONFIG = Path(__file__).with_name("schemathesis.toml")
ARGS = ["--checks", "all", "--mode", "all", "--phases", "examples,coverage,fuzzing,stateful",
        "--max-examples", "25", "--seed", "20240501", "--suppress-health-check", "all",
        "--request-timeout", "60", "--no-color", "--output-truncate", "true"]  # fmt: skip


@pytest.fixture
def live_seed(transactional_db, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": None, "user": None},
    }
    return seed()


def run(live_server, tmp_path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(SCHEMATHESIS), "--config-file", str(CONFIG), "run", f"{live_server.url}/api/schema/",
         *ARGS, *extra],
        capture_output=True, text=True, timeout=1500, cwd=tmp_path,
    )  # fmt: skip


@pytest.mark.schemathesis
def test_public_operations_pass_every_check(live_server, live_seed, tmp_path):
    result = run(live_server, tmp_path, "--include-tag", "public")
    assert result.returncode == 0, result.stdout[-12000:] + result.stderr[-3000:]


@pytest.mark.schemathesis
def test_desk_operations_pass_every_check(live_server, live_seed, tmp_path):
    token = f"Authorization: Token {live_seed['token']}"
    result = run(live_server, tmp_path, "--include-tag", "desk", "-H", token)
    assert result.returncode == 0, result.stdout[-12000:] + result.stderr[-3000:]
