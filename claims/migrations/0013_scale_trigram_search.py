"""Issue 16, optional part: misspelt names. On PostgreSQL, pg_trgm and a trigram GIN index on claim
text, so a search that finds nothing as typed can look for words like it ("Peskow" finds "Peskov").

pg_trgm is a trusted extension (PostgreSQL 13+): a database owner may create it. Where it cannot be
created, the migration leaves it out and the search simply has no fuzzy fallback
(claims/selectors/queue.py asks the database whether the extension is there). SQLite: nothing.
"""

import logging

from django.db import DatabaseError, migrations, transaction

log = logging.getLogger(__name__)


def add_trigrams(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    try:
        with transaction.atomic(using=schema_editor.connection.alias):
            schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except DatabaseError as exc:
        log.warning("pg_trgm could not be created (%s); search will have no fuzzy fallback", exc)
        return
    schema_editor.execute(
        "CREATE INDEX IF NOT EXISTS claims_claim_text_trgm ON claims_claim USING gin (text gin_trgm_ops)"
    )


def drop_trigrams(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS claims_claim_text_trgm")


class Migration(migrations.Migration):
    dependencies = [("claims", "0012_scale_search_and_sort_indexes")]

    operations = [migrations.RunPython(add_trigrams, drop_trigrams, elidable=False)]
