"""Issue 16: a search that does not scan, and an index behind every queue sort.

On PostgreSQL the claim text gets a stored generated ``tsvector`` (the database keeps it up to date
on every insert and update, Django never writes it) with a GIN index, so a search reads the index
instead of running ``to_tsvector`` over every row. SQLite has no such column; its search is a plain
``icontains`` (claims/selectors/queue.py).

Each queue sort (claims/selectors/queue.py SORTS) has a B-tree index in its exact column order and
directions, so ``ORDER BY ... LIMIT 25`` walks the index instead of sorting the whole table.
"""

from django.db import migrations, models

SEARCH_COLUMN = [
    "ALTER TABLE claims_claim ADD COLUMN search_vector tsvector GENERATED ALWAYS AS"
    " (to_tsvector('english'::regconfig, coalesce(text, ''))) STORED",
    "CREATE INDEX claims_claim_search_gin ON claims_claim USING gin (search_vector)",
]
DROP_SEARCH_COLUMN = [
    "DROP INDEX IF EXISTS claims_claim_search_gin",
    "ALTER TABLE claims_claim DROP COLUMN IF EXISTS search_vector",
]


def add_search_column(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in SEARCH_COLUMN:
            schema_editor.execute(statement)


def drop_search_column(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in DROP_SEARCH_COLUMN:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("claims", "0011_dashboard_indexes")]

    operations = [
        migrations.RunPython(add_search_column, drop_search_column, elidable=False),
        migrations.AddIndex(
            model_name="claim",
            index=models.Index(fields=["-checkworthiness", "report", "start"], name="claim_sort_cw_desc"),
        ),
        migrations.AddIndex(
            model_name="claim",
            index=models.Index(fields=["checkworthiness", "report", "start"], name="claim_sort_cw_asc"),
        ),
        migrations.AddIndex(
            model_name="claim", index=models.Index(fields=["created_at", "id"], name="claim_sort_created")
        ),
        migrations.AddIndex(
            model_name="claim", index=models.Index(fields=["updated_at", "id"], name="claim_sort_updated")
        ),
        migrations.AddIndex(
            model_name="claim",
            index=models.Index(fields=["report", "start", "id"], name="claim_sort_reading"),
        ),
    ]
