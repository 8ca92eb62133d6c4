"""Page furniture, line by line: the patterns and tests `clean` applies to each line of a report.

Furniture is a layout phenomenon, not a grammatical one, so it is recognised on lines of the raw text: site
chrome, bylines and date stamps, captions and picture credits, app and cookie prompts, the site talking to
its readers, lists of links and topics. Each pattern is a kind of line on news sites, not one report's words.
"""

from __future__ import annotations

import re

from .prompts import is_app_prompt
from .site_notes import BIO_LINE, DISCLAIMERS, is_sentence, is_site_action, is_site_note  # noqa: F401 (re-exported)
from .tickers import is_stamp_with_pipes, is_ticker_line

# Whole lines that are site chrome (share/reuse/comment widgets, section labels), matched whole.
CHROME_LINES = re.compile(
    r"^(share|share this|share on \w+|reuse this content|source|sources|leave a (comment|reply)|comments?"
    r"|\d+ comments?|view comments|show comments|advertisement|ad|sponsored|related|related articles?"
    r"|read more|read next|more on this story|most (read|viewed|popular)|topics|tags|sign up|subscribe"
    r"|newsletter|follow us|print|email|copy link|save|listen|skip advertisement|slideshow( \(\d+ images?\))?"
    r"|explore more on these topics|more on these topics|you might also like|recommended"
    r"|(sign up|subscribe|register) (for|to) [\w ]{0,40}|follow us on [\w ]{0,30}"
    r"|download (our|the) \w+ app|gift this article|print this page|share (this|full) (article|story|page)"
    r"|share page|share article via \w+|bookmark|accept all|manage preferences|skip to (main )?content"
    r"|support for [\w .'’&-]{1,40} comes from"
    r"|promoted content|supported by|get involved|key events|key points|pinned post|in short|what's next\??"
    r"|what you need to know|error\s*:\s*please\b.*|help us\b.{0,50}"
    r"|comments? \(?\d+\)?|\(?\d+\)? comments?|watch now|video \d+:\d+|from the section [\w ]{1,30}"
    r"|\d+[- ]min(ute)?s? read|click here\b.*|.{0,60}\(?please (check|select|tick) all that apply\)?"
    r"|you may also (like|want to (watch|read|see))\W*"
    r"|(estimated )?read(ing)? time\s*:?\s*[\d–-]+( ?(min(ute)?s?|mins?))?|\d{1,3} ?/ ?\d{1,3}"
    r"|loading\W*|already (a subscriber|registered|have an account)\b.*"
    # a press release's end matter and a photo viewer's buttons
    r"|#{3,}|-* ?ends ?-*|issued by( the)? [\w ]{1,40}|notes? to editors?"
    r"|(media|press) (contacts?|enquiries|inquiries)(\s*:.*)?"
    r"|for (more|further) information\b.*|forward-looking statements|key facts|enlarge this (image|photo)"
    r"|(toggle|hide|show) caption|open (image|photo) in (gallery|full ?screen)"
    # closed comments, section links, chart sources, market tickers, corrections' apologies
    r"|comments are (now )?(closed|disabled|turned off)\b.*|more [\w ]{1,20} news|sources?: [A-Z][^.]{0,60}"
    r"|.{0,40}\bmarket data (is )?delayed\b.*|we apologi[sz]e for (the|this|any) (error|mistake|confusion)\W*"
    # a newsletter's name and pitch: "Health Check: the week's most important health stories"
    r"|[\w ’']{1,30}: the (week|day)['’]s [\w ]{0,40}stor(y|ies)\b.*"
    # a video player's countdown, a paywall's counter, a weather widget, the page's clock, a live feed
    r"|the video will start in \d+ ?s(econds?)?( cancel)?|you have \S{0,4}/?\d+ (free )?articles? left\b.*"
    r"|\d+[- ]day forecast|all times (are )?(in )?(?-i:[A-Z]{2,4})\b.{0,20}|.{0,60}\btime to read\s*:.{0,20}"
    r"|to watch the (livestream|live stream|video)\b.{0,60}"
    r"|(in|on) this (article|story|page|post|episode)"  # (a label over a finance page's tags)
    r"|filed (in|under) [A-Z][\w&]*( ?[>|/›»] ?[A-Z][\w& ]*)+\.?"  # "Filed in Apple >Cellphones."
    r"|(log|sign) (in|out)|((top|main|primary|site|mobile) )?(menu|navigation)|[\w'’-]{1,20} logo"
    r"|you can (listen to|watch) it here)\s*:?$",
    re.IGNORECASE,
)

# Teasers for other articles: "Related: ...", "Read more: ...", "See also: ...".
TEASER_LINES = re.compile(
    r"^(related|read more|read next|also read|see also|more on this story|recommended|most viewed|watch"
    r"|listen|explore more|see more on|more on|more|topics?|tags|filed under"
    # (the same in the languages of sites that run English copy: "Baca juga:", "Lire aussi :")
    r"|baca juga|lire aussi|lesen sie auch|lees ook|leia também|lea también|lee también|leggi anche)\s*:",
    re.IGNORECASE,
)

# A link to a live page set in the story: "Politics live: Cameron admits PM faced 'tough crowd'" (no stop).
LIVE_TEASER = re.compile(r"^[A-Z][a-z]{2,20} live\s*:\s+\S")  # (a section's one word, not "Storm Edda live:")

# Age and date stamps the site adds ("This article is more than 1 month old", "Last modified on ...").
STAMP_LINES = re.compile(
    r"^(this article is more than \S+ \w+ old"
    r"|this (article |story |page |piece )?(was|is) (first )?published (more than )?\S+ \w+ ago"
    r"|(first published|last modified|last updated|updated|published)(:| on)? .{0,60}"
    r"|update ?: \d.{0,40}"  # "Update : 27 Mar 2019, 08:15 PM"
    r"|\w+ \d{1,2} \w+ \d{4} \d{1,2}\.\d{2} \w+"
    # "August 01, 2014 - 10:52:19 am"
    r"|[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4} [-—–|] \d{1,2}:\d{2}(:\d{2})? ?[ap]\.?m\.?( [A-Z]{2,4})?"
    r"|(\d+ (weeks?|days?|hours?|minutes?) ){1,4}ago\b.{0,160}"  # "1 week 6 days 10 hours ago Sunday, ..."
    r"|[A-Z]{3,}(?: [A-Z]{3,})? (?:[A-Z][a-z]{2} ){1,2}\d{1,2}, \d{4} \d{1,2}:\d{2} ?[ap]m( [A-Z]{2,4})?"
    r"|.{0,120}\b(published|updated|posted) \d[\d.:/, ]*\d( ?[ap]m)?)\s*$",
    re.IGNORECASE,
)

# Labels that open a list of topics or of links to other articles; the lines after them that are
# not sentences (bullets, topic names, teaser headlines, their timestamps) belong to the list.
TOPIC_LIST_OPENERS = re.compile(
    r"^(explore more on these topics|more on these topics|topics|tags|related topics|related"
    r"|related (articles|stories|content|coverage|news|posts|links|reads|videos)"
    r"|read next|read more|read also|also read|more on this story"
    r"|more from [\w ]{1,30}|most (read|viewed|popular)|you might also like|recommended"
    r"|top stories|also in [\w ]{1,30}|in other news|more about|related stories|related topics|watch now"
    r"|more [\w ]{1,20} news"
    r"|read next)\s*:?$",
    re.I,
)

# Bylines: "By Tom Ashdown and Priya Raman": only names (capitalised words, "and", commas) follow "By".
BYLINE_WORD = r"(?:[A-Z][\w.'’-]*|and|&|in|for|of|the)"
BYLINE_DATE = r"(?: [A-Z][a-z]+\.? \d{1,2},? \d{4})?"  # "By Sports Desk February 15, 2022"
# "By: The Associated Press June 19, 2018 0": a colon after "By", a comment count after the date
# ("Updates by Tinotenda Samukange, Ronald Magweta & Fidelity Mhlanga": a live page's writers)
BYLINE = re.compile(
    rf"^(?:(?:[Uu]pdates|[Rr]eporting|[Ww]ords|[Ss]tory) )?[Bb]y:? {BYLINE_WORD}(?:,? {BYLINE_WORD}){{0,9}}"
    rf"{BYLINE_DATE}(?: \d{{1,4}})?$"
)
# ... or with the reporter's job in front of the name: "By state political reporter Nathan Quaid".
JOB_BYLINE = re.compile(
    r"^by( [a-z]+){0,4} (correspondent|editor|reporter|writer|columnist)( [A-Z][\w.'’-]*){1,3}$",
    re.IGNORECASE,
)

# A reporter's job line under the byline: "Political correspondent, BBC News" (job noun, outlet).
JOB_LINE = re.compile(
    r"^[\w'’ -]{0,50}\b(correspondent|editor|reporter|writer|columnist|contributor|bureau chief|staff)"
    r"(,? (at|for|in)? ?[A-Z][\w' ]{0,40})?$",
    re.IGNORECASE,
)

# Lines that are only a date or time ("March 5, 2024 11:42 AM GMT", "Updated 4:17 PM EDT") or a
# relative age ("2 hours ago", "Published 3 days ago"): every word is one of these.
DATE_WORD = re.compile(
    r"^(\d{1,4}(st|nd|rd|th)?|\d{1,2}[:.]\d{2}(am|pm|a\.m\.|p\.m\.)?|\d+[smhd]|am|pm|a\.m\.|p\.m\.|\|"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}:\d{2}([+-]\d{2}(:?\d{2})?)?"  # ISO: "2024-03-05 06:42:41-04"
    r"|gmt|bst|utc|cet|cest|edt|est|et|pdt|pst|pt|mdt|mst|hst|aest|aedt|acst|awst|nzdt|nzst|ist|jst|sgt|eet"
    r"|cdt|cst|myt|wib|pht|hkt|kst|eat|wat|cat|sast|pkt|npt|msk|ict|gst|nzt"
    r"|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?"
    r"|nov(ember)?|dec(ember)?|mon(day)?|tue(s|sday)?|wed(nesday)?|thu(rs|rsday)?|fri(day)?|sat(urday)?"
    r"|sun(day)?|update|updated|published|posted|last|modified|on|at|ago|seconds?|minutes?|mins?|hours?|hrs?"
    r"|days?|weeks?|months?|years?|an?|just|now|yesterday|today)$",
    re.IGNORECASE,
)

# Picture captions: a label ("Image caption:", "FILE - ") or a credit ("(AP Photo/Name)", "Alamy").
# (a blog's caption shortcode left in the text: a "[caption id=...]" line, the caption ending "[/caption]")
CAPTION_OPENERS = re.compile(
    r"^(image caption|media caption|caption|image source|picture caption|file photo|file)\s*[:,\-–—]\s"
    r"|^\[caption\b[^\]]*\]\s*$|^(?!.*\[caption\b).*\[/caption\]\W*$",
    re.I,
)
AGENCY_CREDIT = re.compile(
    r"(\((AP|AFP|EPA|Reuters|REUTERS|Xinhua|dpa|PA) (Photo|Images?)[^)]*\)"
    r"|\b(REUTERS|AFP|EPA|ANADOLU|POOL)/\S.*"
    r"|(?<=[.!?] )(Getty|AFP|EPA|AP|Reuters|REUTERS|Xinhua)"  # "... in 2011. Getty": the bare credit
    r"|\b(via )?Getty Images|\bAlamy( Stock Photo)?|\bShutterstock|\bPurchase Licensing Rights"
    r"|\bPA (Media|Wire)"
    # "(Image: Getty Images)", "(Southern Cross News: Leah Munro)", "© Johan Sandvall/Bloomberg",
    # "Credit: Ilya Petrov for The Daily Meridian", "Photo by Cole Brantley / The Circuit"
    r"|\((Image|Photo|Picture|Credit)s?:[^)]{2,80}\)"
    r"|\([A-Z][\w ]{1,40}: [A-Z][\w.'’-]+( [A-Z][\w.'’-]+){1,3}\)"
    r"|©\s*(\d{4}\s+)?[A-Z][^.©]{2,60}"
    r"|\bCredit:\s*[A-Z][^.]{2,80}"
    r"|\b(Photo|Photograph|Picture|Image|Illustration|Graphic|Video)s? by [A-Z][^.]{2,80})\)?\s*$"
)

# Credits and notices at the foot of a story: "(Reporting by ...; Editing by ...)", "X contributed
# to this report", copyright lines, the outlet's standards notice, newsletter and privacy blurbs.
FOOTER_LINES = re.compile(
    r"^(\(?(additional )?(reporting|writing|editing|edited|compiled|research|graphics) by\b"
    r"|.{0,80}\bcontributed (reporting )?to this (report|story|article)"
    r"|copyright\b|©|.{0,60}\ball rights reserved|(• )?written by [A-Z].{0,120}|to read the full story"
    r"|our standards\s*:|privacy (notice|policy)\s*:|(sign up|subscribe)\b.{0,60}\bnewsletter"
    r"|(sign up|subscribe) (for|to)\b.{0,60}$|.{0,80}\b(straight|directly|delivered|sent) to your inbox\b.*"
    # the page's notes on itself: corrections, updates, who made its graphics, how to reach the writer
    r"|this (story|article|report|post|piece|page) (has been|was|is being) "
    r"(updated|amended|corrected|changed)\b"
    r"|(corrections?|clarifications?|editor'?s note|editor’s note)\s*:|an earlier version of this\b"
    r"|(produced|designed|illustrations?|design) by\b|posted by \S+( at .{0,20})?$"
    r"|(contact|email|write to|reach) (the (author|writer|reporter)s? )?.{0,40}\S+@\S+\.\w+"
    # "Contributing: Associated Press", "Contributors: Ana Ruiz, Tom Kell": who else worked on it
    r"|(contributing|contributors?)( writers?| reporters?)?\s*:\s*[A-Z][^.!?]{1,80}$"
    r"|(authors?|byline)\s*:\s*[A-Z][^.!?]{1,60}$"
    # "More details on the agreement to follow shortly"; a comment form's notes
    r"|more (details|information|updates)( on [^.]{1,60})? (to|will) follow\b[^.]{0,20}\.?$"
    r"|your email address will not be published\b.*|required fields are marked\b.*"
    r"|(confirm|prove|verify) (that )?you are (not a (spammer|robot|bot)|(a )?human)\b.{0,10}$)",
    re.IGNORECASE,
)

# A short caption points at its picture ("in this image", "pictured", "(left)"; not "X (pictured) said").
CAPTION_POINTERS = re.compile(
    r"\b(in|on) this (satellite |file |handout |undated )?(image|photo|photograph|picture|graphic|map|chart"
    r"|illustration|video still|screenshot|screen grab)\b|\b(is|are) shown (at|in|on|during)\b|^image shows\b"
    r"|\bthis (satellite |file |handout |undated )?(image|photo|photograph|picture|graphic|map|chart"
    r"|illustration|screenshot|screen grab) (shows|taken|released|provided|made available)\b"
    r"|\b(is|are|was|were) pictured\b|^pictured\b|\bin an? (\d{4} )?file (photo|image)\b"
    r"|[,(]\s*pictured\b(?!\)\s+(?:said|says|told|added|wrote|has|had|was|will|would)\b)"
    r"|\((left|right|centre|center|above|below|top|bottom)\)"
    r"|^(pictured )?(from )?(left to right|l-r)(:| are (?-i:[A-Z]))",
    re.IGNORECASE,
)
CAPTION_MAX_WORDS = 40

# An editor's note in brackets run into the story's first words: "[Editor's note: ...]The National"
EDITORS_NOTE = re.compile(r"^\[(editor(['’]?s)? note|update|updated|correction)\b[^\]]{0,200}\]\s*", re.I)

# The labels of an interview's questions and answers ("Q: ...", "A. ...", "Question: ...", "Answer: ...").
# ("Q1." / "A1.": numbered; a label alone on its line heads the paragraph under it)
QA_LABEL = re.compile(r"^(Q|A)(?:\d{1,2}(?=[.:]))?(?:\s*:|\.|(?<=Q)uestion\s*:|(?<=A)nswer\s*:)(?:\s+|$)")

# Section labels before a headline ("Exclusive: ...", "Analysis: ..."): not part of what it says.
HEADLINE_LABEL = re.compile(
    r"^(exclusive|breaking|analysis|explainer|live|update|watch|opinion)\s*:\s+", re.IGNORECASE
)

# A question-word heading opening a paragraph ("What they're saying: ...", "Why it matters: ...",
# "What's next: ..."): it labels a section of the page and says nothing itself.
SECTION_LABEL = re.compile(
    r"^(What|Why|How|Where|When|Who)\b[\w'’ ]{0,40}?:\s+(?=\S)"
    # a live page's time stamp opening an entry: "14:55 Ncube parades ...", "10.30am: The council ..."
    r"|^\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?:?\s+(?=[A-Z0-9])"
)

# A reporter's note on where the story was reported from, under the byline: "Reporting from Vienna".
REPORTING_FROM = re.compile(r"^(reporting|writing) from [A-Z][\w ,.'’-]{1,40}$", re.IGNORECASE)

# A live blog's framing of what follows ("Here's a summary of where things stand:", "This is part 2 of").
FRAMING_LINE = re.compile(
    r"^here(’|')?s\b.{0,100}:$|^here is\b.{0,100}:$|^here are (some )?(the )?key (details|points)\b.{0,60}$"
    r"|^this is part \d+ of (a|an|the|our) .{0,40}$",
    re.IGNORECASE,
)

# A social-media handle on a line of its own, under a byline ("@ana_ruiz").
HANDLE_LINE = re.compile(r"^@\w{2,30}$")

# Bullets used by list markup once flattened to text.
BULLET = re.compile(r"^\s*[•·▪◦■□●○►▶♦◆*\-–]\s+")

# Picture credits: a caption line ending "Photograph: Name/Agency". The whole line is a caption.
CREDIT = re.compile(
    r"\b(photograph|photo|picture|image|illustration|composite|video|graphic|footage)s?\s*[:|]\s*[^.!?]{2,80}$",
    re.IGNORECASE,
)


def lines_of(text: str) -> list[tuple[int, int]]:
    spans, at = [], 0
    for line in text.split("\n"):
        spans.append((at, at + len(line)))
        at += len(line) + 1
    return spans


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# "Episode Date: March 12, 2018", "Release date: 4 May 2021": a date under a label of its own
DATE_LABEL = re.compile(r"^(?:[A-Za-z]+ ){0,2}date\s*:\s*", re.IGNORECASE)


def is_date_line(line: str) -> bool:
    line = DATE_LABEL.sub("", line)
    words = [w.strip(",:") for w in line.replace("|", " ").split()]
    if len(words) > 2 and (re.fullmatch(r"[a-z]+(-[a-z]+)+", words[0]) or re.search(r"\b\d{4}$", line)):
        words = words[1:]  # "regular-article-logo Friday, 22 September 2023", "News 22 March 2017"
    if words[:1] == ["and"]:
        words = words[1:]  # "Posted at 10:22 PM, May 2\nand last updated ...": a stamp's second line
    return bool(words) and all(not w or DATE_WORD.match(w) for w in words) and any(c.isdigit() for c in line)


def is_name_line(line: str) -> bool:
    """ "Alys Pennant": two to four capitalised words and nothing else (a byline's name line)."""
    words = line.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)


def is_kicker(line: str, *, first: bool = False) -> bool:
    """ "HEALTH", "TECH / POLICY", "Hanna Ekdahl": a section label or author above a story (at most
    three capitalised words, no sentence); the first line only in capitals or as a list of sections."""
    words = [w for w in line.split() if w not in {"/", "|", "&", "-", "–"}]
    if not 0 < len(words) <= 3 or is_sentence(line) or not all(w[:1].isupper() for w in words):
        return False
    return not first or line.isupper() or "/" in line or "|" in line


def is_live_byline(line: str) -> bool:
    """ "Ellen Pryce (now) and Will Hardcastle (earlier)": a live blog's shifts of writers."""
    bare = re.sub(r"\((now|earlier|later)\)", "", line, flags=re.IGNORECASE)
    return bare != line and is_name_line(re.sub(r"\band\b|,", " ", bare))


# Labels after which what follows is the end matter of the page (links, topics, notices), never
# the story: "Most read", "More from ...", a copyright line. ("Related articles" and "Read next"
# also stand between paragraphs, so they only open a list.)
END_MATTER = re.compile(
    r"^(related topics|most (read|viewed|popular|shared)( in [\w ]{1,30})?|more from [\w ]{1,30}|explore more"
    r"|you might also like|recommended for you|\(end\)"  # (a wire's end mark: "(END)")
    # ("© Google Streetview image" under a picture at the top is its credit, not the page's end)
    r"|copyright\b.*|©\s*\d{4}.*|©(?!.*\b(images?|photos?|photograph|pictures?|streetview|getty|shutterstock)\b).*"
    r"|.{0,60}\ball rights reserved.*)\s*[:|]?$",
    re.IGNORECASE,
)
# In end matter, and in a list of links, a line of at most this many words is an item, sentence or not.
LIST_ITEM_MAX_WORDS = 20


# Separators of a site's navigation and breadcrumbs: "News › Crime & Courts", "UK news | Weather".
NAV_SEPARATORS = re.compile(r"\s+[|›»·>]\s+|\s*[|›»]\s*")
NAV_SEGMENT_MAX_WORDS = 4


def is_nav_line(line: str) -> bool:
    """ "Football | Transfers | Live Scores", "News › Crime & Courts", "12 min read · Published 3
    February 2027": short segments between separators, and no sentence."""
    segments = [seg for seg in NAV_SEPARATORS.split(line.strip()) if seg.strip()]
    return (
        len(segments) >= 2
        and not is_sentence(line)
        and all(len(seg.split()) <= NAV_SEGMENT_MAX_WORDS for seg in segments)
    )


# A picture's caption under a label in capitals: "COLDEST YET: Today will be the chilliest day"
# (initials, "ML: Fares will be frozen", label a transcript's speaker)
CAPTION_LABEL = re.compile(r"^(?=[A-Z’' -]{4,}:)[A-Z][A-Z’'-]+(?: [A-Z][A-Z’'-]+){0,3}: \S")


def is_furniture_line(line: str, bare: str, *, is_bullet: bool, is_headline: bool) -> bool:
    """Whether a line (and `bare`, the line without a bullet) is furniture wherever it stands."""
    return bool(
        CHROME_LINES.match(bare)
        or is_nav_line(bare)
        or is_ticker_line(bare)
        or is_stamp_with_pipes(bare)
        or is_app_prompt(bare)
        or is_site_action(bare)
        or is_site_note(bare)
        or DISCLAIMERS.match(bare)
        or STAMP_LINES.match(bare)
        or TEASER_LINES.match(bare)
        or CREDIT.search(line)
        or CAPTION_OPENERS.match(bare)
        or AGENCY_CREDIT.search(line)
        or (CAPTION_POINTERS.search(bare) and len(bare.split()) <= CAPTION_MAX_WORDS)
        or FOOTER_LINES.match(bare)
        or BYLINE.match(bare)
        or JOB_BYLINE.match(bare)
        or REPORTING_FROM.match(bare)
        or BIO_LINE.match(bare)
        or FRAMING_LINE.match(bare)
        or HANDLE_LINE.match(bare)
        or is_live_byline(bare)
        or (not is_headline and CAPTION_LABEL.match(bare) is not None and not is_sentence(bare))
        or (not is_headline and not is_sentence(bare) and JOB_LINE.match(bare))
        or (not is_headline and not is_sentence(bare) and LIVE_TEASER.match(bare))
        or is_date_line(bare)
        # a short bullet with no sentence punctuation is navigation, not reporting
        or (is_bullet and len(bare.split()) <= 4 and not bare.endswith((".", "!", "?")))
    )


# A speaker's heading: a name of two to four capitalised words alone on a line.
NAME_LINE = re.compile(r"^(?:[A-Z][\w.’'-]*\s){1,3}[A-Z][\w’'-]*$")
# A name with a short title after a comma: "Dr. Ana Obi, CEO - KHMH".
TITLED_HEADING = re.compile(r"^((?:[A-Z][\w.’'-]*\s){1,3}[A-Z][\w’'-]*), (?:[\w.&’'-]+ ?){1,6}$")


def speaker_headings(text: str, lines: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """ "Chester Vance" over a quotation, and again over the next answer: a page of quotations under
    their speakers' names prints a name each time that speaker speaks. Such a line printed more than
    once, over a quotation or over the same name with a title each time, is no block printed twice."""
    over: dict[str, list] = {}
    for line, after in zip(lines, lines[1:], strict=False):
        name, next_line = text[slice(*line)], text[slice(*after)]
        if (titled := TITLED_HEADING.match(name)) and next_line[:1] in '“"':
            name = titled.group(1)  # "Dr. Ana Obi, CEO - KHMH" over each of her answers
        if NAME_LINE.match(name):
            # over a quotation (True), over the same name with a title (None: "Chester Vance, Commissioner
            # of Police"), over anything else (False)
            quoted = True if next_line[:1] in '“"' else None if next_line.startswith(name + ",") else False
            over.setdefault(name, []).append((line, quoted))
    return {
        line
        for found in over.values()
        if len(found) > 1 and any(q for _, q in found) and all(q is not False for _, q in found)
        for line, _ in found
    }


# A heading that opens the readers' comments under the story: below it are the site's moderation
# notice and readers' words, long lines as well as short, never the story.
COMMENTS_HEADING = re.compile(
    r"^(comments|reader comments|join the (conversation|discussion)"
    r"|welcome to the discussion\.?)\s*:?$",
    re.IGNORECASE,
)


def comments_open(text: str, end: int, bare: str) -> bool:
    """A comments heading, not a toolbar's link: "Comments" over "Comments Print article" (not over
    "Print article" alone, under which readers' comments may follow)."""
    following = text[end:].lstrip().split("\n", 1)[0]
    return bool(COMMENTS_HEADING.match(bare)) and not TOOLBAR_WORD.match(following)


TOOLBAR_WORD = re.compile(r"comments?\b", re.IGNORECASE)  # (the toolbar names its link again)
