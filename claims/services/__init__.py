"""Every write to a claim that matters, as plain functions by subject, with history in the same
transaction. Views, the API, the admin, bulk actions, commands and tasks call these; none
repeats the rules. Each takes `expected_version` and checks it under the row lock.
"""

from core.errors import NotAllowed, Refused, StaleVersion
from sources.registry import source_named

from ._base import record
from .assignment import assign
from .attributions import add_attribution, change_attribution, merge_sources, remove_attribution
from .bulk import BulkResult, bulk_assign, bulk_change_status, bulk_dismiss
from .bylines import set_byline
from .inbox import mark_inbox_seen
from .notes import add_evidence, add_note
from .publication import facts, has_evidence, public_content, unpublished_changes
from .references import add_reference, update_reference_url
from .relations import add_relation, remove_relation, review_relation
from .status import change_status
from .text import edit_text
from .verdict import set_verdict
from .verification import ask_second_look, confirm_attribution, misattribute

__all__ = [
    "BulkResult",
    "NotAllowed",
    "Refused",
    "StaleVersion",
    "add_attribution",
    "ask_second_look",
    "add_evidence",
    "add_note",
    "add_reference",
    "add_relation",
    "assign",
    "bulk_assign",
    "bulk_change_status",
    "bulk_dismiss",
    "change_attribution",
    "change_status",
    "confirm_attribution",
    "edit_text",
    "facts",
    "has_evidence",
    "mark_inbox_seen",
    "merge_sources",
    "misattribute",
    "set_byline",
    "public_content",
    "record",
    "remove_attribution",
    "remove_relation",
    "review_relation",
    "set_verdict",
    "source_named",
    "unpublished_changes",
    "update_reference_url",
]
