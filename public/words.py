"""What the readers' pages say, in plain words, built from the published version.

Who said a claim reads as sentences ("The Wall Street Journal reported this, citing in-post and
former US, European and Russian officials.") built from each attribution's role, its nesting
and the source's description, never the desk's categories. References say where their archived
copy is, or why there is none.
"""

from dataclasses import dataclass

from django.urls import reverse

from claims.labels import verdict_label
from claims.models import Attribution, StatusChange
from claims.selectors.public import PublicAttribution, PublicClaim, PublicReference
from claims.services.publication import PART_LABELS
from claims.who_said import Said, citing_verb, listed, tree
from claims.workflow import Status
from core.validation import is_web_url
from sources.models import Reference

# What a top-level source did, as the end of "<Source> … ."
DID = {
    Attribution.Role.REPORTED: "reported this",
    Attribution.Role.SAID: "said this",
    Attribution.Role.CLAIMED: "made this claim",
    Attribution.Role.DENIED: "denied it",
    Attribution.Role.ACCUSED: "made this accusation",
    Attribution.Role.CITED: "was cited as the source of this",
    Attribution.Role.QUOTED: "was quoted saying this",
}
# A nested source that pushes back (denied, accused) gets a sentence of its own, "According to
# <parent>, <source> denied it." (claims/who_said.py sorts the nested sources once for every surface.)

# Why a reference has no archived copy: the fetcher's error classes (sources/fetching/errors.py).
FAILURE_WORDS = {
    "FetchTimeout": "the site took too long to answer",
    "ConnectionFailed": "we could not reach the site",
    "BlockedAddress": "the address is not on the public web",
    "TooLarge": "the page is too large to keep",
    "TLSFailure": "the site's secure connection failed",
    "TooManyRedirects": "the site redirected us too many times",
    "InvalidURL": "the web address is not one we can archive",
    "UnsupportedScheme": "the web address is not one we can archive",
}
REFUSED_STATUSES = {401, 403, 429, 451}
GONE_STATUSES = {404, 410}
IN_PROGRESS = {Reference.Capture.QUEUED, Reference.Capture.FETCHING, Reference.Capture.RETRYING}


def safe_href(url: str) -> str:
    """The URL if it is a well-formed http(s) address (core.validation, the one rule for URLs), else
    '': nothing else is ever rendered as a link, whatever was stored before validation existed."""
    url = (url or "").strip()
    return url if is_web_url(url) else ""


def sentence(text: str) -> str:
    """Whitespace collapsed and one closing full stop, so "reason." never becomes "reason.."."""
    text = " ".join((text or "").split())
    if text and text[-1] not in '.!?…"”’)':
        text += "."
    return text


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _subject(a: PublicAttribution, *, described: bool = True) -> str:
    description = a.source.description.strip().rstrip(".,")
    return f"{a.source.name}, {description}," if described and description else a.source.name


def _nested_sentences(parent: PublicAttribution, said: Said) -> tuple[str, list[str]]:
    """(", citing X and Y" for the sources the parent relies on, [sentences for those pushing back])."""
    clause = ""
    if said.backing:
        names = [_subject(c, described=len(said.backing) == 1).rstrip(",") for c in said.backing]
        clause = f", {citing_verb(said.backing)} {listed(names)}"
    own = [f"According to {parent.source.name}, {_subject(c)} {DID[c.role]}." for c in said.pushing]
    return clause, own


def attribution_sentences(claim: PublicClaim) -> list[str]:
    """Who said the claim, one sentence per source the report names, nested sources folded in."""
    sentences = []
    for said in tree(claim.attributions):
        a = said.attribution
        if said.nested:
            if said.children:  # a nested source that itself cites others
                sentences.append(
                    f"{_capitalised(a.source.name)} cited {listed([k.source.name for k in said.children])}."
                )
            continue
        clause, own = _nested_sentences(a, said)
        subject = _capitalised(_subject(a))
        if clause:
            subject = subject.rstrip(",")
        sentences.append(f"{subject} {DID.get(a.role, 'said this')}{clause}.")
        if a.verification == Attribution.Verification.MISATTRIBUTED:
            sentences.append(f"We found that this attribution to {a.source.name} is wrong.")
        sentences += own
    return sentences


def own_voice_sentence(report) -> str:
    """For a claim the report makes itself, naming no source."""
    who = report.publisher or "The report"
    return f"{who} stated this in its own voice, without attributing it to anyone."


@dataclass(frozen=True)
class ReferenceRow:
    ref: PublicReference
    href: str  # the original, when it is an http(s) address
    archived_url: str
    note: str  # why there is no archived copy, or that the original no longer loads


def _failure_words(ref: PublicReference) -> str:
    failure = ref.failure
    if failure is None:
        return "the capture failed"
    if failure.error_class == "HTTPFailure" or failure.http_status:
        status = failure.http_status or 0
        if status in REFUSED_STATUSES:
            return "the site refused automated access"
        if status in GONE_STATUSES:
            return "the site said the page does not exist"
        if status >= 500:
            return "the site was failing when we tried"
        return f"the site answered with an error ({status})" if status else "the site answered with an error"
    return FAILURE_WORDS.get(failure.error_class, "the capture failed")


def no_copy_reason(ref: PublicReference) -> str:
    """Why readers get no archived copy of this reference, in a sentence."""
    if not ref.url:
        return "This document has no web address, so there is no archived copy."
    if not safe_href(ref.url):
        return "The page could not be archived: the web address is not one we can archive."
    if ref.capture_state in IN_PROGRESS:
        return "An archived copy is being made."
    if ref.capture_state == Reference.Capture.FAILED:
        return f"The page could not be archived: {_failure_words(ref)}."
    return "There is no archived copy yet."


def reference_rows(claim: PublicClaim) -> list[ReferenceRow]:
    rows = []
    for ref in claim.references:
        snapshot = ref.snapshot
        archived = reverse("archive:snapshot", kwargs={"pk": snapshot.pk}) if snapshot else ""
        if snapshot is None:
            note = no_copy_reason(ref)
        elif ref.link_rot:
            note = "The original page no longer loads; the archived copy shows it as we saw it."
        else:
            note = ""
        rows.append(ReferenceRow(ref=ref, href=safe_href(ref.url), archived_url=archived, note=note))
    return rows


@dataclass(frozen=True)
class HistoryEntry:
    at: object
    what: str  # a sentence
    reason: str  # a sentence, or ''
    kind: str  # "publication", "update" or "correction"


def _correction_words(change: StatusChange) -> str:
    old, new = verdict_label(change.from_value).word, verdict_label(change.to_value).word
    if change.from_value == change.to_value:
        return "The summary of the verdict was corrected."
    return f"The verdict was corrected from “{old}” to “{new}”."


def history_entries(claim: PublicClaim) -> list[HistoryEntry]:
    """The public history in readers' words, newest first."""
    entries = []
    published_before = False
    for change in claim.public_history:
        is_status = change.field == StatusChange.Field.STATUS
        if is_status and change.to_value == Status.PUBLISHED:
            what = "Published again after correction." if published_before else "Published."
            kind = "update" if published_before else "publication"
            published_before = True
        elif is_status and change.from_value == Status.PUBLISHED:
            what, kind = "Withdrawn for correction.", "correction"
        elif change.field == StatusChange.Field.CORRECTION:
            what, kind = _correction_words(change), "correction"
        else:
            parts = [PART_LABELS.get(p.strip(), p.strip()) for p in change.to_value.split(",") if p.strip()]
            what = f"Updated: {listed(parts)}." if parts else "Updated."
            kind = "update"
        entries.append(HistoryEntry(at=change.at, what=what, reason=sentence(change.note), kind=kind))
    return entries[::-1]


def description(claim: PublicClaim, limit: int = 200) -> str:
    """The page's meta description: the verdict and why, in one short paragraph."""
    word = verdict_label(claim.verdict).word
    text = " ".join(
        f"Our verdict: {word}. {sentence(claim.verdict_summary)} The claim: “{claim.text}”".split()
    )
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
