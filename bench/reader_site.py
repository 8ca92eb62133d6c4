"""A small reader's site on the seed report, for the speed and Lighthouse scripts in bench/.

    from reader_site import setup_django, build_site
    setup_django()          # a throwaway SQLite database under a temporary VAR_DIR
    urls = build_site()     # {"home": "/", "claim": "/claims/.../", ...}

Three claims of the seed report, checked by one person and published by another editor:
one attributed to the Wall Street Journal citing officials and denied by the Kremlin's
spokesman, with an archived reference and one the site refused to let us archive.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "reports" / "fixtures" / "musk-putin-report.txt"


def setup_django(*, debug: bool = True) -> None:
    sys.path.insert(0, str(ROOT))
    os.environ["DEBUG"] = "1" if debug else "0"
    os.environ["VAR_DIR"] = tempfile.mkdtemp(prefix="claimcheck-bench-")
    os.environ.pop("DATABASE_URL", None)
    os.environ.pop("REDIS_URL", None)
    os.environ.setdefault("AXES_ENABLED", "0")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def _people():
    from django.contrib.auth.models import Group, User

    from claims.models import Byline

    checker = User.objects.create_user("bench-checker", password="x-long-bench-password-1")
    checker.groups.add(Group.objects.get(name="fact-checkers"))
    Byline.objects.create(user=checker, name="Ana Lopez")
    editor = User.objects.create_user(
        "bench-editor", password="x-long-bench-password-2", first_name="Sam", last_name="Okafor"
    )
    editor.groups.add(Group.objects.get(name="editors"))
    return checker, editor


def _claim(report, sentence: str, text: str, slug: str):
    from claims.models import Claim

    start = report.body.index(sentence)
    return Claim.objects.create(
        report=report, text=text, extracted_text=text, start=start, end=start + len(sentence), slug=slug
    )


def _sources(claim):
    from claims.models import Attribution
    from sources.models import Source

    wsj = Source.objects.create(name="The Wall Street Journal", slug="wsj", kind=Source.Kind.NEWS_ORG)
    officials = Source.objects.create(
        name="in-post and former US, European and Russian officials", slug="officials", kind=Source.Kind.GROUP
    )
    peskov = Source.objects.create(
        name="Dmitry Peskov", slug="peskov", kind=Source.Kind.PERSON, description="the Kremlin's spokesman"
    )
    top = Attribution.objects.create(claim=claim, source=wsj, role=Attribution.Role.REPORTED, is_primary=True)
    Attribution.objects.create(claim=claim, source=officials, role=Attribution.Role.CITED, parent=top)
    Attribution.objects.create(claim=claim, source=peskov, role=Attribution.Role.DENIED)


def _references(claim):
    from django.utils import timezone

    from sources.models import Reference, Snapshot

    archived = Reference.objects.create(
        title="Elon Musk's secret conversations with Vladimir Putin",
        publisher="The Wall Street Journal",
        kind=Reference.Kind.ARTICLE,
        url="https://www.wsj.com/world/russia/musk-putin-secret-conversations",
        capture_state=Reference.Capture.ARCHIVED,
    )
    Snapshot.objects.create(
        reference=archived,
        requested_url=archived.url,
        final_url=archived.url,
        ok=True,
        http_status=200,
        content_type="text/html",
        title=archived.title,
        text="Elon Musk has been in regular contact with Vladimir Putin since late 2022...",
        fetched_at=timezone.now(),
        task_id="bench-archived",
    )
    refused = Reference.objects.create(
        title="Kremlin says Putin and Musk spoke once",
        publisher="TASS",
        kind=Reference.Kind.STATEMENT,
        url="https://tass.com/politics/musk",
        capture_state=Reference.Capture.FAILED,
    )
    Snapshot.objects.create(
        reference=refused,
        requested_url=refused.url,
        ok=False,
        http_status=403,
        error="HTTP 403 Forbidden",
        error_class="HTTPFailure",
        fetched_at=timezone.now(),
        task_id="bench-refused",
    )
    for ref in (archived, refused):
        ref.claims.add(claim)


def _publish(claim, *, checker, editor, verdict: str, summary: str, evidence: str):
    from claims import services
    from claims.workflow import Status

    services.add_evidence(claim=claim, text=evidence, actor=checker)
    claim = services.change_status(claim=claim, to=Status.IN_PROGRESS, actor=checker)
    claim = services.set_verdict(claim=claim, verdict=verdict, summary=summary, actor=checker)
    claim = services.change_status(claim=claim, to=Status.NEEDS_SIGNOFF, actor=checker)
    return services.change_status(claim=claim, to=Status.PUBLISHED, actor=editor)


def build_site() -> dict[str, str]:
    """Publish three claims of the seed report; return the reader's pages to look at."""
    from datetime import date

    from django.urls import reverse

    from reports.services import import_report_file
    from sources.models import Snapshot

    report = import_report_file(
        SEED,
        title="Elon Musk has been in regular contact with Putin for two years, says report",
        publisher="The Guardian",
        url="https://www.theguardian.com/technology/2024/oct/25/elon-musk-putin-contact-report",
        published_on=date(2024, 10, 25),
    ).report
    checker, editor = _people()
    main = _claim(
        report,
        "has been in regular contact with Vladimir Putin for the past two years",
        "Elon Musk has been in regular contact with Vladimir Putin since late 2022.",
        "musk-putin-regular-contact",
    )
    _sources(main)
    _references(main)
    main = _publish(
        main,
        checker=checker,
        editor=editor,
        verdict="unverifiable",
        summary="The Journal's officials are unnamed, the Kremlin denies it, and no record of the calls "
        "is public. We could not confirm or rule out regular contact.",
        evidence="The Wall Street Journal's report rests on unnamed officials. https://www.wsj.com/",
    )
    for sentence, text, slug, verdict in [
        (
            "Elon Musk, the world’s richest man",
            "Elon Musk is the world's richest man.",
            "musk-richest",
            "true",
        ),
        (
            "his Starlink satellite communications system is critical to the war in Ukraine",
            "Starlink is critical to the war in Ukraine.",
            "starlink-ukraine",
            "mostly_true",
        ),
    ]:
        claim = _claim(report, sentence, text, slug)
        _publish(
            claim,
            checker=checker,
            editor=editor,
            verdict=verdict,
            summary="Forbes and Bloomberg rank him first; the figure moves with Tesla's share price.",
            evidence="Bloomberg Billionaires Index, October 2024.",
        )
    snapshot = Snapshot.objects.filter(ok=True).first()
    return {
        "home": "/",
        "claim": main.get_public_url(),
        "report": reverse("public:report", kwargs={"slug": report.slug}),
        "methodology": reverse("public:methodology"),
        "corrections": reverse("public:corrections"),
        "archive": reverse("archive:snapshot", kwargs={"pk": snapshot.pk}),
    }
