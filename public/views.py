"""The reader's pages: no sign-in, only published claims, cached and answering conditional requests.

Public templates extend templates/public/base.html, which never touches the session, the
signed-in user or the CSRF token, so one rendered page can be cached and served to everyone.
The server-side cache key carries the page's ETag (claim version, last change, references),
so a change to the claim makes a new key and the old page is simply never read again.
"""

from django.http import Http404, JsonResponse
from django.shortcuts import render
from django.template.defaultfilters import pluralize
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

from claims.models import Attribution, StatusChange
from claims.selectors import public as selectors
from claims.workflow import Status, Verdict, two_person_rule
from core.caching import cached_page

from .claimreview import absolute, claim_review, feed, json_ld_script

ROLE_WORDS = {
    Attribution.Role.SAID: "Said by",
    Attribution.Role.REPORTED: "Reported by",
    Attribution.Role.CLAIMED: "Claimed by",
    Attribution.Role.DENIED: "Denied by",
    Attribution.Role.ACCUSED: "An accusation made by",
    Attribution.Role.CITED: "Cited by",
    Attribution.Role.QUOTED: "Quoted from",
}


def archived_url(snapshot) -> str:
    return reverse("archive:snapshot", kwargs={"pk": snapshot.pk})


public_page = cached_page


def _site_freshness(**kwargs):
    return selectors.site_freshness()


def _history_entries(claim) -> list[dict]:
    """The public history in readers' words, newest first."""
    entries = []
    published_before = False
    for change in claim.public_history:
        if change.field == StatusChange.Field.STATUS and change.to_value == Status.PUBLISHED:
            what = "Republished" if published_before else "Published"
            kind = "update"
            published_before = True
        elif change.field == StatusChange.Field.STATUS and change.from_value == Status.PUBLISHED:
            what = "Withdrawn for correction"
            kind = "correction"
        elif change.field == StatusChange.Field.CORRECTION:
            old = Verdict(change.from_value).label if change.from_value in Verdict.values else "none"
            new = Verdict(change.to_value).label if change.to_value in Verdict.values else change.to_value
            what = f"Verdict corrected from “{old}” to “{new}”"
            if old == new:
                what = "Summary of the verdict corrected"
            kind = "correction"
        else:
            what, kind = change.get_field_display(), "update"
        entries.append({"at": change.at, "what": what, "note": change.note, "kind": kind})
    return entries[::-1]


def _attributions(claim) -> list[dict]:
    return [
        {
            "words": ROLE_WORDS.get(a.role, a.get_role_display()),
            "source": a.source,
            "kind": a.source.get_kind_display(),
            "primary": a.is_primary,
            "via": a.via,
            "cue": a.cue,
        }
        for a in claim.attributions
    ]


def _references(claim) -> list[dict]:
    return [
        {
            "ref": ref,
            "snapshot": ref.snapshot,
            "archived_url": archived_url(ref.snapshot) if ref.snapshot else None,
        }
        for ref in claim.references
    ]


def _description(claim) -> str:
    verdict = claim.get_verdict_display()
    summary = " ".join(claim.verdict_summary.split())
    text = f"{verdict}: {summary}" if summary else verdict
    return text if len(text) <= 280 else text[:279].rstrip() + "…"


def _claim_freshness(slug):
    return selectors.claim_freshness(slug)


@public_page(_claim_freshness, "claim")
def claim_page(request, slug):
    claim = selectors.public_claim(slug)
    if claim is None:
        raise Http404("No published claim here.")
    history = _history_entries(claim)
    modified = claim.public_history[-1].at if claim.public_history else None
    canonical = absolute(claim.get_public_url())
    return render(
        request,
        "public/claim.html",
        {
            "claim": claim,
            "report": claim.report,
            "passage": claim.passage,
            "attributions": _attributions(claim),
            "notes": claim.evidence,
            "references": _references(claim),
            "history": history,
            "corrections": [h for h in history if h["kind"] == "correction"],
            "canonical_url": canonical,
            "description": _description(claim),
            "json_ld": json_ld_script(claim_review(claim, date_modified=modified)),
            "report_url": reverse("public:report", kwargs={"slug": claim.report.slug}),
        },
    )


def _report_freshness(slug):
    return selectors.report_freshness(slug)


@public_page(_report_freshness, "report")
def report_page(request, slug):
    found = selectors.public_report(slug)
    if found is None:
        raise Http404("No published claims for this report.")
    report, claims = found
    return render(
        request,
        "public/report.html",
        {
            "report": report,
            "claims": claims,
            "canonical_url": absolute(reverse("public:report", kwargs={"slug": report.slug})),
            "description": f"{len(claims)} checked claim{pluralize(len(claims))} from “{report.title}”.",
        },
    )


@public_page(_site_freshness, "home")
def home(request):
    return render(
        request,
        "public/home.html",
        {"claims": selectors.recent_published(), "canonical_url": absolute("/")},
    )


@public_page(_site_freshness, "feed")
def claims_feed(request):
    return JsonResponse(
        feed(selectors.claims_for_feed()),
        json_dumps_params={"ensure_ascii": False},
        content_type="application/ld+json; charset=utf-8",
    )


@public_page(_site_freshness, "corrections")
def corrections(request):
    return render(
        request,
        "public/corrections.html",
        {
            "corrections": selectors.public_corrections(),
            "canonical_url": absolute(reverse("public:corrections")),
        },
    )


@require_safe
def methodology(request):
    context = {"canonical_url": absolute(reverse("public:methodology")), "two_person": two_person_rule()}
    response = render(request, "public/methodology.html", context)
    patch_cache_control(response, public=True, max_age=3600)
    return response
