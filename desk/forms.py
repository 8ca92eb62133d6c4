"""Forms for the desk: input parsing only; the rules live in claims.services and claims.workflow.

Every form that changes a claim carries the hidden `version` the user read, passed to the
service as expected_version, so a second person's save is refused instead of lost.
"""

from django import forms
from django.contrib.auth import get_user_model

from claims.models import Attribution, Claim, ClaimRelation
from claims.workflow import DismissReason, Status, Verdict, targets_for
from core.permissions import staff_users
from sources.models import Reference, Source

# A save refused because someone else saved first, in the desk's words (no internal version numbers).
STALE = (
    "This claim was changed by someone else since you opened it. Nothing was saved: see what they "
    "changed, then save again."
)


class VersionedForm(forms.Form):
    # Several forms share one page; distinct ids keep every label pointing at its own field.
    id_prefix = "claim"

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", f"{self.id_prefix}-%s")
        super().__init__(*args, **kwargs)


class TextForm(VersionedForm):
    id_prefix = "text"

    text = forms.CharField(
        label="Claim text",
        widget=forms.Textarea(attrs={"rows": 4}),
        strip=True,
        error_messages={"required": "A claim needs some text."},
    )


class StatusForm(VersionedForm):
    id_prefix = "status"

    to = forms.ChoiceField(label="Move to")
    dismiss_reason = forms.ChoiceField(
        label="Reason for dismissing", required=False, choices=[("", "—")] + list(DismissReason.choices)
    )
    note = forms.CharField(
        label="Note",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Needed when sending back, unpublishing or dismissing for another reason.",
    )
    override_reason = forms.CharField(
        label="Publish over the checklist: why",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Editors only, when publishing while no reference can be followed; it is recorded.",
    )

    def __init__(self, *args, claim: Claim, user, **kwargs):
        super().__init__(*args, **kwargs)
        # Offer what the move table lets this user do next, but accept any status: the table's
        # own check then answers a move that is not allowed in words (or 403 for an editor-only one).
        self.fields["to"].choices = list(Status.choices)
        targets = targets_for(claim.status, user)
        self.fields["to"].widget.choices = [(t, Status(t).label) for t in targets] or list(Status.choices)


class VerdictForm(VersionedForm):
    id_prefix = "verdict"

    verdict = forms.ChoiceField(label="Verdict", choices=[("", "Choose a verdict")] + list(Verdict.choices))
    summary = forms.CharField(
        label="Summary (why)",
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text="A verdict needs a summary and at least one reference or evidence note.",
    )
    note = forms.CharField(
        label="Correction note",
        required=False,
        help_text="Only for correcting a published verdict; readers see it.",
    )


class AssignForm(VersionedForm):
    id_prefix = "assign"

    assignee = forms.ModelChoiceField(
        label="Assignee",
        queryset=get_user_model().objects.none(),
        required=False,
        empty_label="Unassigned",
        to_field_name="username",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = staff_users()


class NoteForm(VersionedForm):
    """An internal note: for the newsroom only, never shown to readers."""

    id_prefix = "note"

    text = forms.CharField(
        label="Internal note",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=20000,
        help_text="For the newsroom only; never shown to readers.",
        error_messages={"required": "A note needs some text."},
    )
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)


class EvidenceForm(VersionedForm):
    """Public evidence: shown to readers with the verdict once published."""

    id_prefix = "evidence"

    text = forms.CharField(
        label="Public evidence",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=20000,
        help_text="Shown to readers with the verdict once it is published. "
        "Plain text; web addresses become links.",
        error_messages={"required": "An evidence note needs some text."},
    )


def source_choices():
    return Source.objects.filter(merged_into__isnull=True).order_by("name")


class AttributionForm(VersionedForm):
    id_prefix = "attr"

    source = forms.ModelChoiceField(
        label="Source", queryset=Source.objects.none(), required=False, empty_label="— a new source —"
    )
    new_source = forms.CharField(label="…or a new source's name", required=False, max_length=300)
    new_source_kind = forms.ChoiceField(
        label="Kind of new source", choices=Source.Kind.choices, initial=Source.Kind.PERSON, required=False
    )
    role = forms.ChoiceField(label="Role", choices=Attribution.Role.choices, initial=Attribution.Role.SAID)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["source"].queryset = source_choices()

    def clean(self):
        data = super().clean()
        if not data.get("source") and not (data.get("new_source") or "").strip():
            raise forms.ValidationError("Choose a source or give a new source's name.")
        return data


class AttributionChangeForm(VersionedForm):
    id_prefix = "attrchg"

    source = forms.ModelChoiceField(label="Source", queryset=Source.objects.none())
    role = forms.ChoiceField(label="Role", choices=Attribution.Role.choices)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["source"].queryset = source_choices()


class MergeSourcesForm(VersionedForm):
    id_prefix = "merge"

    duplicate = forms.ModelChoiceField(label="Merge this source", queryset=Source.objects.none())
    keep = forms.ModelChoiceField(label="into this one (kept)", queryset=Source.objects.none())

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["duplicate"].queryset = source_choices()
        self.fields["keep"].queryset = source_choices()

    def clean(self):
        data = super().clean()
        if data.get("keep") and data.get("keep") == data.get("duplicate"):
            raise forms.ValidationError("Choose two different sources to merge.")
        return data


class RelationForm(VersionedForm):
    id_prefix = "rel"

    kind = forms.ChoiceField(label="Relation", choices=ClaimRelation.Kind.choices)
    to_claim = forms.ModelChoiceField(
        label="Claim number",
        queryset=Claim.objects.all(),
        widget=forms.NumberInput(attrs={"min": 1}),
        error_messages={"invalid_choice": "There is no claim with that number."},
    )


class ReferenceForm(VersionedForm):
    id_prefix = "ref"

    title = forms.CharField(label="Title", max_length=500)
    kind = forms.ChoiceField(label="Kind", choices=Reference.Kind.choices, initial=Reference.Kind.ARTICLE)
    publisher = forms.CharField(label="Publisher", max_length=300, required=False)
    url = forms.URLField(label="Web address", max_length=2000, required=False, assume_scheme="https")


class ReferenceUrlForm(VersionedForm):
    """A reference's web address, set from the claim desk (then archived)."""

    id_prefix = "refurl"

    url = forms.URLField(
        label="Web address",
        max_length=2000,
        assume_scheme="https",
        error_messages={"required": "Give the address readers can follow (http or https)."},
    )


class ClaimNumbers(forms.ModelMultipleChoiceField):
    """Ticked claims by number; a value that is no claim number at all (too big for the column,
    not a whole number) is refused like an unknown claim instead of reaching the database."""

    def _check_values(self, value):
        for pk in value:
            text = str(pk)
            if not (text.isascii() and text.isdigit() and int(text) < 2**63):
                raise forms.ValidationError(
                    self.error_messages["invalid_pk_value"], code="invalid_pk_value", params={"pk": text[:20]}
                )
        return super()._check_values(value)


class BulkForm(forms.Form):
    ACTIONS = [
        ("assign_me", "Assign to me"),
        ("assign", "Assign to…"),
        ("status", "Change status to…"),
        ("dismiss_duplicate", "Dismiss as duplicate"),
        ("dismiss_not_checkworthy", "Dismiss as not check-worthy"),
    ]
    claims = ClaimNumbers(
        queryset=Claim.objects.all(), error_messages={"required": "Tick at least one claim."}
    )
    action = forms.ChoiceField(label="With the ticked claims", choices=ACTIONS)
    assignee = forms.ModelChoiceField(
        label="Assignee",
        queryset=get_user_model().objects.none(),
        required=False,
        to_field_name="username",
        empty_label="Unassigned",
    )
    to = forms.ChoiceField(
        label="Status",
        required=False,
        choices=[("", "—")] + [(s, label) for s, label in Status.choices if s != Status.DISMISSED],
    )
    note = forms.CharField(label="Note", required=False)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "bulk-%s")
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = staff_users()
