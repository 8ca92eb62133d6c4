"""Tallies of claims kept by PostgreSQL itself for the all-reports dashboard (issue 16).

Four small tables, kept right by statement-level triggers on claims_claim (so every write path counts:
the services, bulk_create, the admin, raw SQL), each statement adding its rows' net change with
INSERT ... ON CONFLICT DO UPDATE (in key order, so concurrent writers lock tally rows in one order):

- claims_tally_total (status, verdict) -> n: every claim;
- claims_tally_load (assignee_id, 0 for none, status) -> n: open claims that are not duplicates;
- claims_tally_created (status, day of created_at in UTC) -> n: the same, by day created;
- claims_tally_updated (status, day of updated_at in UTC) -> n: the same, by day last changed.

PostgreSQL only; SQLite has none of it (the dashboard counts live there). Rows may hold 0.
"""

from django.db import migrations

OPEN = "('unreviewed', 'in_progress', 'needs_signoff')"
BACKLOG = f"status IN {OPEN} AND duplicate_of_id IS NULL"
TABLES = {
    "claims_tally_total": ("status varchar(16)", "verdict varchar(16)"),
    "claims_tally_load": ("assignee_id integer", "status varchar(16)"),
    "claims_tally_created": ("status varchar(16)", "day date"),
    "claims_tally_updated": ("status varchar(16)", "day date"),
}
# What each tally groups by (a select list over claim rows) and which rows it counts.
KEYS = {
    "claims_tally_total": ("status, verdict", "TRUE"),
    "claims_tally_load": ("coalesce(assignee_id, 0), status", BACKLOG),
    "claims_tally_created": ("status, (created_at AT TIME ZONE 'UTC')::date", BACKLOG),
    "claims_tally_updated": ("status, (updated_at AT TIME ZONE 'UTC')::date", BACKLOG),
}
DELTAS = {
    "insert": "SELECT *, 1 AS d FROM new_rows",
    "delete": "SELECT *, -1 AS d FROM old_rows",
    "update": "SELECT *, -1 AS d FROM old_rows UNION ALL SELECT *, 1 AS d FROM new_rows",
}


def _columns(table: str) -> str:
    return ", ".join(col.split()[0] for col in TABLES[table])


def _upsert(table: str, source: str, amount: str) -> str:
    keys, where = KEYS[table]
    cols = _columns(table)
    return (
        f"INSERT INTO {table} ({cols}, n) SELECT {keys}, sum({amount}) FROM ({source}) AS rows "
        f"WHERE {where} GROUP BY 1, 2 HAVING sum({amount}) <> 0 ORDER BY 1, 2 "
        f"ON CONFLICT ({cols}) DO UPDATE SET n = {table}.n + excluded.n"
    )


def _function(op: str) -> str:
    body = ";\n".join(_upsert(table, DELTAS[op], "d") for table in TABLES)
    return (
        f"CREATE FUNCTION claims_tally_{op}() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        f"BEGIN\n{body};\nRETURN NULL;\nEND $$"
    )


TRIGGERS = {
    "insert": "AFTER INSERT ON claims_claim REFERENCING NEW TABLE AS new_rows",
    "delete": "AFTER DELETE ON claims_claim REFERENCING OLD TABLE AS old_rows",
    "update": "AFTER UPDATE ON claims_claim REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows",
}
TRUNCATE = ", ".join(TABLES)


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    run = schema_editor.execute
    run("LOCK TABLE claims_claim IN SHARE ROW EXCLUSIVE MODE")  # no write between backfill and trigger
    for table, cols in TABLES.items():
        run(f"CREATE TABLE {table} ({', '.join(cols)}, n bigint NOT NULL, PRIMARY KEY ({_columns(table)}))")
        run(_upsert(table, "SELECT *, 1 AS d FROM claims_claim", "d"))
    for op, when in TRIGGERS.items():
        run(_function(op))
        run(
            f"CREATE TRIGGER claims_tally_{op} {when} FOR EACH STATEMENT EXECUTE FUNCTION claims_tally_{op}()"
        )
    run(
        "CREATE FUNCTION claims_tally_truncate() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        f"BEGIN TRUNCATE {TRUNCATE}; RETURN NULL; END $$"
    )
    run(
        "CREATE TRIGGER claims_tally_truncate AFTER TRUNCATE ON claims_claim "
        "FOR EACH STATEMENT EXECUTE FUNCTION claims_tally_truncate()"
    )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for op in [*TRIGGERS, "truncate"]:
        schema_editor.execute(f"DROP TRIGGER IF EXISTS claims_tally_{op} ON claims_claim")
        schema_editor.execute(f"DROP FUNCTION IF EXISTS claims_tally_{op}()")
    schema_editor.execute(f"DROP TABLE IF EXISTS {TRUNCATE}")


class Migration(migrations.Migration):
    dependencies = [("claims", "0013_scale_trigram_search")]

    operations = [migrations.RunPython(create, drop)]
