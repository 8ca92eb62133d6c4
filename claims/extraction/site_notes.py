"""The site talking to its readers about itself, in lines of the page: widgets' imperatives ("Gift
this article", "Sign up here"), notes on cookies, newsletters, tips and comments, pointers to what
is embedded or follows below. `furniture` drops such lines."""

from __future__ import annotations

import re


def is_sentence(line: str) -> bool:
    return line.rstrip("”\"'’)").endswith((".", "!", "?"))


# Imperatives of a site's widgets and promotions: "Gift this article", "Follow us on WhatsApp for
# the latest health news", "Join our commenting forum", "Unlock the Editor's Digest for free",
# "Sign up here". A short line opening with one of them and not ending a sentence is chrome.
SITE_ACTIONS = frozenset(
    "share print gift save follow join see read sign subscribe skip show order unlock support become "
    "get download install allow watch listen comment explore discover bookmark copy email manage accept "
    "reuse register log view".split()
)
SITE_ACTION_MAX_WORDS = 14

# The site talking to its readers about itself: cookies and consent, newsletters and sign-ups,
# notifications, memberships, tips, corrections of format ("This interview has been edited and
# condensed"), print editions, compilation notes, market-data disclaimers. A line with one of these
# and a word addressing the reader or naming the page is furniture.
SITE_TERMS = re.compile(
    r"\b(cookies?|consent(ed)?|privacy (policy|notice|settings|statement|centre|center)"
    r"|newsletters?|sign-?ups?|sign up|subscri(be|bers?|ption)|javascript"
    r"|notifications?|earn a commission|reprints?|commenting|get in touch|news tips?|become a member"
    r"|journalism|edited and condensed|in print|compiled by|times are local|delayed at least"
    r"|real-time snapshot|latest (news|updates|stories)|biggest (daily )?stories|edited for (length|clarity)"
    r"|free bets?|new customers|t&cs apply|begambleaware|(be|become) an? (\w+ ){0,2}supporter|donate now"
    # a widget's notices: "this feature is currently unavailable", "Please try again later"
    r"|browser (preferences|settings|version)|try again later|supported version|non-commercial use"
    r"|another browser"
    r"|archived (news )?(stor(y|ies)|articles?)|republication|may be outdated|more coverage"
    r"|(feature|content|video|service) is (currently |temporarily )?unavailable"
    # region blocks, and pointers to pages: "For advice, visit: www...", "keep up to date ... on Twitter"
    r"|not available in your (region|country)|visit:? (www\.|https?://)|keep up to date with"
    r"|(twitter|facebook|instagram) (page|group)|letters for publication"
    # tips and regions asked of the reader, the comment policy
    r"|story ideas|primary region|stories that matter to you|comment on our (stories|articles)"
    r"|our comments|its sponsors|reader support|donat(e|es|ions?)"
    # a form's data-protection notes: "By submitting this form you agree ...", "opt out at any time"
    r"|data (protection|privacy) policy|this form"
    # a player loading, a login asked, an old browser, the site naming itself: "You're reading X"
    r"|audio player|logged in to (post|comment|reply)|no longer supported|you're reading)\b",
    re.IGNORECASE,
)
READER_WORDS = re.compile(
    # (contractions with their apostrophe only: "were" and "well" are no "we're" and "we'll")
    r"\b(we|we'd|we'll|we're|we've|our|(?-i:us)|you|your|you'll|you're)\b"
    r"|\bthis (article|page|story|interview|feature|site|live blog)\b|\bthe following stories\b",
    re.IGNORECASE,
)
SITE_NOTE_MAX_WORDS = 60
QUOTED_SPEECH = re.compile(
    r"\b(said|says|told|added|stated)\b,?:? [“\"]|[”\"],? (?:[\w’'-]+ ){0,4}(said|says|added|told)\b"
)


def is_site_action(line: str) -> bool:
    words = line.replace("’", "'").split()
    if not words or len(words) > SITE_ACTION_MAX_WORDS or is_sentence(line):
        return False
    first = words[0].lower().strip(",:")
    return first in SITE_ACTIONS or " ".join(w.lower() for w in words[:2]) == "don't miss"


# Notes that say on their own what the page is doing: "Powered by Frankly", "Compiled from Times
# wires", "Live updates below", "Her Twitter stream is embedded below", "Here is an interactive map
# of ...", "A brief summary of some of this week's news", "August 13, 1985|by ANA RUIZ, The Call".
PAGE_NOTES = re.compile(
    r"^(powered by [\w .]{1,30}|compiled from [\w ]{0,20}(wires?|wire reports|reports)|live updates below"
    r"|.{0,80}\b(is|are) embedded below|here is an interactive map\b.*"
    r"|an? (brief )?summary of (some of )?(this|the|last) week[`'’]s news.*"
    r"|[A-Z][a-z]+\.? \d{1,2}, \d{4} ?\| ?by [A-Z].*"
    r"|(ie|internet explorer)( \d+)? is not supported\b.*|.{0,100}\(all times (are )?local\)"
    # "(Click) to enlarge: opens in new window", "Blog 2 Comments", "Auto Added by WPeMatico", "For more
    # about the band, visit band.com", "Road closure information is available at road511.org"
    r"|.{0,100}\bopens in (a )?new (window|tab)|(\w+ )?\d+ comments?|auto[- ]added by \w+"
    r"|for more( information| details| about .{1,40})?,? (visit|see|go to) [\w.-]+\.[a-z]{2,}\S*"
    r"|.{0,60}\b(information|details) (is|are) available (at|on|from) [\w.-]+\.[a-z]{2,}\S*"
    # "Posted by Gold FM: Source media releases", "Reading time 2 min", "To support the appeal please visit
    # www.x.org/appeal", "A list of the areas can be found here"
    r"|posted by (?-i:[A-Z])[^,.:]{1,60}(: source\b[^.]{0,60})?|(estimated )?reading time:? \d+ min(ute)?s?"
    r"|\d+ min(ute)? read|((to|for) [^.,]{0,100} )?(please )?(visit|go to) (www\.|https?://)\S+"
    r"|(a (full )?list|(full |more )?details|the full \w+) of [^.,]{0,80}\bcan be (found|seen|read) here"
    # "Courtesy Vance Vredenburg", "Here's the full text of Jobs' statement", "11.11.2009 see also ..."
    r"|((photo|image|picture) )?courtesy( of)? (?-i:[A-Z])[\w'’.-]*( (?-i:[A-Z])[\w'’.-]*){0,4}"
    r"|here['’]?s (the )?(full )?(text|transcript) of [^.,]{0,60}|[\d./]{0,12} ?see also\b[^.]{0,80})\W*$",
    re.IGNORECASE,
)


# A finance page's disclaimer ("This article does not provide any financial advice ...", "Past
# performance is not an indicator of future performance"), and where a reposted story first ran
# ("Originally published by ...", "This story first appeared in ..."): the line opening so is furniture.
DISCLAIMERS = re.compile(
    # (not "Past performance is no guarantee, the regulator warned", nor "First posted on TikTok, the video
    # shows ...": a speech tag, or a clause after a comma, makes it a sentence of the story)
    r"^(?!.*\b(said|says|warned|warns|told|added|according to)\b)(?!.*, (the|a|an|his|her|its|their|this) )"
    r"(this (article|content|post|page|information|material|site|website) (does not|doesn['’]t|is not"
    r"|isn['’]t|should not|shall not|must not) (\w+ ){0,4}(advice|recommendation)\b"
    r"|past performance is (not|no) (an? )?(indicat\w+|guarantee|guide)\b"
    r"|(this (article|story|post|piece|report) (was )?)?(originally|first) (published|appeared|ran|posted)"
    r" (by|in|on|at) [A-Z])",
    re.IGNORECASE,
)


# A writer's bio line: "The writer is a contributing editor at ...", "Ana Ruiz is the bureau chief
# ...", "Lisa M. Collins is a Metro Times staff writer. E-mail ..." (the outlet before the job).
BIO_LINE = re.compile(
    r"^((?i:the (writer|author|columnist)s? (is|are))\b"
    r"|[A-Z][\w'’-]+( [A-Z][\w'’-]+){1,2} (is|are) (a|an|the) [^.]{0,60}\b"
    r"(correspondent|reporter|editor|columnist|writer|bureau chief|journalist)s? "
    r"((for|at|of|with) [A-Z]|(covering|who covers|based in) \w)"
    r"|[A-Z][\w'’-]+( [A-Z][\w.'’-]*){1,2} is an? ([A-Z][\w.'’&-]* ){1,4}staff (writer|reporter)"
    r"\.?(\s+(?i:e-?mail|contact|reach|follow)\b.*)?$)"
)


def is_site_note(line: str) -> bool:
    """ "We use cookies ...", "Got a news tip? We want to hear from you.", "we may earn a commission"."""
    text = line.replace("’", "'")
    if PAGE_NOTES.match(text.strip()):
        return True
    if len(text.split()) > SITE_NOTE_MAX_WORDS or QUOTED_SPEECH.search(text):
        return False  # ('Chief Inspector Ana Obi said: “... our communities ...': a speaker's words)
    terms = len(SITE_TERMS.findall(text))
    return terms > 1 or (
        terms == 1
        and bool(READER_WORDS.search(text) or any(is_site_action(part.strip()) for part in text.split(".")))
    )
