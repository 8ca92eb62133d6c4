"""The words, icons and meanings of statuses and verdicts: defined once, for the desk and the readers.

Every status and verdict is shown with its word and an icon, never by colour alone. No icon
means two things: a reader who learns that ± is "Mixed" never meets it meaning something else
on the desk. The colours live in static/css/app.css as custom properties (`--st-*`, `--v-*`);
the share cards need them outside a browser, so `VERDICTS` repeats the verdict colours and a
test holds the two to the same values.
"""

from dataclasses import dataclass

from .workflow import Status, Verdict


@dataclass(frozen=True)
class Label:
    value: str
    word: str
    icon: str
    meaning: str
    colour: str = ""  # the verdict's text colour, for images drawn outside the stylesheet


def _status(status: Status, icon: str, meaning: str) -> Label:
    return Label(status.value, status.label, icon, meaning)


def _verdict(verdict: Verdict, icon: str, colour: str, meaning: str) -> Label:
    return Label(verdict.value, verdict.label, icon, meaning, colour)


# The words are the choices' labels in workflow.py. Circles fill as the work goes on; the flag
# asks for an editor; ⊘ is set aside.
STATUSES: dict[str, Label] = {
    s.value: s
    for s in (
        _status(Status.UNREVIEWED, "○", "Nobody has started checking it."),
        _status(Status.IN_PROGRESS, "◐", "A fact-checker is working on it."),
        _status(Status.NEEDS_SIGNOFF, "⚑", "Checked; waiting for an editor to publish it."),
        _status(Status.PUBLISHED, "●", "Readers can see the verdict."),
        _status(Status.DISMISSED, "⊘", "Set aside: not check-worthy, a duplicate, or another reason."),
    )
}

# Best to worst, then the one that is not on the scale. Checks for true, crosses for false, boxed
# for "mostly"; ± for partly both; ? for a claim the evidence cannot settle.
VERDICTS: dict[str, Label] = {
    v.value: v
    for v in (
        _verdict(Verdict.TRUE, "✔", "#166534", "The claim is accurate and nothing important is missing."),
        _verdict(
            Verdict.MOSTLY_TRUE,
            "☑",
            "#3f6212",
            "The claim is accurate but needs clarification or extra information.",
        ),
        _verdict(Verdict.MIXED, "±", "#854d0e", "The claim is partly accurate and partly not."),
        _verdict(
            Verdict.MOSTLY_FALSE,
            "☒",
            "#9a3412",
            "The claim contains an element of truth but leaves out facts that would give a different "
            "impression.",
        ),
        _verdict(Verdict.FALSE, "✘", "#991b1b", "The claim is not accurate."),
        _verdict(
            Verdict.UNVERIFIABLE,
            "?",
            "#374151",
            "The evidence available does not allow us to say whether the claim is accurate.",
        ),
    )
}

NO_VERDICT = Label("", "No verdict", "–", "No verdict has been given yet.", "#374151")
UNKNOWN_STATUS = Label("", "Unknown", "•", "")


def status_label(value: str) -> Label:
    return STATUSES.get(value) or Label(value, value, UNKNOWN_STATUS.icon, "")


def verdict_label(value: str) -> Label:
    if not value:
        return NO_VERDICT
    return VERDICTS.get(value) or Label(value, value, NO_VERDICT.icon, "", NO_VERDICT.colour)
