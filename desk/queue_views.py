"""The queue's saved views (named sets of filters) and its filters as one line of chips.

A saved view is only a link: the filters live in the URL as always, so a view can be shared,
narrowed further or bookmarked. The view whose filters the page shows is marked current.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.urls import reverse

from claims.workflow import Status

OPEN_NOT_WAITING = [("status", Status.UNREVIEWED), ("status", Status.IN_PROGRESS)]


@dataclass(frozen=True)
class SavedView:
    key: str
    label: str
    params: tuple[tuple[str, str], ...]
    editors_only: bool = False

    @property
    def url(self) -> str:
        return f"{reverse('desk:queue')}?{urlencode(self.params)}" if self.params else reverse("desk:queue")


SAVED_VIEWS = (
    # Assigned to me and not waiting for sign-off (someone else's move then), sent back first.
    SavedView("mine", "Waiting on me", (("assignee", "me"), *OPEN_NOT_WAITING, ("sort", "sent_back"))),
    SavedView(
        "signoff", "Waiting for my sign-off", (("signoff", "1"), ("sort", "created")), editors_only=True
    ),
    SavedView(
        "unassigned",
        "Unassigned, most check-worthy",
        (("assignee", "none"), *OPEN_NOT_WAITING, ("duplicates", "0"), ("sort", "-checkworthiness")),
    ),
    SavedView("all", "All claims", ()),
)


def saved_views(kept: list[tuple[str, str]], *, editor: bool) -> list[dict]:
    """The views this person has, each with whether the page shows exactly its filters."""
    now = sorted(kept)
    return [
        {"view": v, "current": sorted(v.params) == now} for v in SAVED_VIEWS if editor or not v.editors_only
    ]


@dataclass(frozen=True)
class Chip:
    label: str  # "Status: In progress"
    remove_url: str  # the same page without this filter


def _value_label(field, value: str) -> str:
    choices = getattr(field, "choices", None)
    if choices:
        for key, label in choices:
            if str(key) == value:
                return str(label)
    return value


def filter_chips(form, kept: list[tuple[str, str]]) -> list[Chip]:
    """One chip per filter in force (the sort order too), each a link that takes it off."""
    chips = []
    for i, (name, value) in enumerate(kept):
        field = form.fields.get(name)
        if field is None:
            continue
        rest = kept[:i] + kept[i + 1 :]
        url = reverse("desk:queue") + (f"?{urlencode(rest)}" if rest else "")
        label = field.label or name
        shown = _value_label(field, value)
        if name == "signoff":
            shown = "yes"
        chips.append(Chip(label=f"{label}: {shown}", remove_url=url))
    return chips
