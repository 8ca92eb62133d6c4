"""A wire dateline opening a report's first line: "LONDON, March 5 (Reuters) - ", "PARIS — ",
"Nairobi, May 3, 2020 - "; furniture, never a claim or a speaker."""

import re

# A wire dateline: "LONDON, March 5 (Reuters) - ", "PARIS — ", "(Reuters) - "; a byline or a stamp first.
_NAME = r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}"
_BY = rf"(?:Date:? \d{{4}}-\d\d-\d\d\s+)?(?:By {_NAME}(?: and {_NAME})? (?=[A-Z]{{2}}))?"
DATELINE = re.compile(
    # ("KINGSTON, Jamaica, July 21, 2016 (CMC) –": up to three commas before the agency)
    r"^" + _BY + r"([A-Z][A-Z.'’/ -]{2,40}(?: \([A-Z][\w .]{1,30}\))?(,( [A-Z]?[\w.]+){1,3}){0,3}\s*"
    # ("RICHMOND, Virginia - The")
    r"(\([A-Z0-9][\w.&'/, -]{0,24}\)\s*[-—–]+|—|–|--|(?<=[a-z.] )-(?= [A-Z]))"
    # "(Reuters) -", "Jan. 24 (Bloomberg) --", "January 23, 2014 (ADDIS ABABA) –"
    r"|(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})? )?\([A-Z0-9][\w.&'/, -]{0,24}\)\s*[-—–]+"
    # "Brussels, June 29 (IANS) The", "Bratislava, January 27 (TASR) – The"
    r"|[A-Z][a-z]+, [A-Z][a-z]{2,8}\.? \d{1,2} \([A-Z]{2,8}\)(?: [-—–]+)?(?= [A-Z])"
    # "Margao (Goa) [India], February 8 (ANI): After ..."
    r"|[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2}(?: \([A-Z][\w ]{1,30}\))?(?: \[[A-Z][\w ]{1,30}\])?"
    r", [A-Z][a-z]{2,8}\.? \d{1,2} \([A-Z]{2,8}\):(?= [A-Z])"
    r"|[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2} \([A-Z][A-Za-z.&]{1,11}\)\s*[-—–]+"  # "N’Djamena (AFP) –"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+)? \((PTI|AFP|ANI|IANS|Xinhua|Bernama)\):(?= [A-Z])"
    # "NEW DELHI (PTI): Defence Minister ...": capitals, an agency's bracket and a colon (not a transcript's
    # "ANA OBI (HWA): Yes")
    r"|[A-Z][A-Z.'’ -]{2,40} \((PTI|AFP|ANI|IANS|UNI|APP|Xinhua|Bernama|IRNA|Reuters|AP)\):(?= [A-Z])"
    # "Nairobi, May 3, 2020 - Kenya", "Berlin, Jan. 12, 2021 (Reuters) – The": a place, a date and a dash
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+)?(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?)?"
    r", [A-Z][a-z]{2,8}\.? \d{1,2}(?:,? \d{4})?"
    r"(?: \([A-Z][\w.&'/ -]{0,24}\))? ?[-—–]+(?= [A-Z])"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2} -(?= [A-Z])"  # "Johannesburg - Electricity utility ..."
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+)?, [A-Z][a-z]+(?: [A-Z][a-z]+)? [-—–](?= [A-Z])"  # "Cairo, Egypt – The"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2} \| [A-Z][\w.]+(?: [A-Z][\w.]+)? [—–-]+"  # "Chicago | Reuters —"
    r"|[A-Z][A-Z.'’]{2,}(?: [A-Z][A-Z.'’]+){0,2} -(?= [A-Z])"  # "BERLIN - More than 30,000 ..."
    r"|[A-Z][A-Z.'’]{2,}(?: [A-Z][A-Z.'’]+){0,2} \|(?= [A-Z])"  # a round-up's "NEW YORK | Police say"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+)?, [A-Z][a-z]{2,8}\.? \d{1,2} ?:(?= [A-Z])"  # "Male, Sep 29: The ..."
    # a date with the day first: "BALI, 09 July 2022, (TON): ", "Lagos, 3 May 2021 - "
    r"|(?!The )[A-Z][A-Za-z.'’ -]{1,40}, \d{1,2} [A-Z][a-z]{2,8}\.?(?:,? \d{4})?"
    r"(?:,? \([A-Z][\w.&'/ -]{0,24}\))?\s*(?::|[-—–]+)(?= [A-Z])"
    r"|UPDATE \([^)]{1,30}\)\s*[-—–]+"  # a live page's "UPDATE (11:30 a.m. MST) - "
    r"|[A-Z][\w.'’ -]{1,40}?, [A-Z][a-z]{2,8}\.? \d{1,2}, \d{4} /[A-Z][\w-]{2,30}/\s*[-—–]+"
    # "NEW YORK, March 7, 2011 /PRNewswire-Asia/ --", "MOSCOW, July 02. /TASS/.", "SEOUL, August 5th. /tass/."
    r"|[A-Z]{3,}(?: [A-Z]{3,})?(?:, [A-Z][a-z]+\.? \d{1,2}(?:st|nd|rd|th)?)?\. /[A-Za-z][\w-]+/\."
    r"|\([A-Z][A-Za-z.&]{1,11}\)(?=[A-Z][a-z]))"  # "(CNN)As the world battles ...": no space, no dash
    r"(?:\s+|(?<=[-—–)])(?=[A-Z]))"  # "(Reuters) -Mexico's inflation": the space after the dash lost
)


DATELINE_CLOSERS = frozenset({"(", "-", "–", "—", ":"})


def date_closes_a_dateline(doc, at: int) -> bool:
    """After "Place, Month Day": a year may follow ("Arusha, April 30, 2010 (FH) -"), and then only an
    agency's bracket or a dash ends a dateline; "Iran, Jan. 5, 2020, announced" is Iran speaking, as is
    "Russia, March 3, said"."""
    after = doc[at : at + 3]
    if len(after) < 2:
        return False
    year = 1 if after[0].like_num and len(after[0]) == 4 else 0
    year = year or (2 if after[0].text == "," and after[1].like_num and len(after[1]) == 4 else 0)
    if year:
        # (or the story's first word: "Dhaka, July 14, 2021 Bangladesh's disaster ministry said")
        after_year = doc[at + year] if at + year < len(doc) else None
        opens = (
            after_year is not None
            and after_year.text[:1].isupper()
            and after_year.pos_ not in {"VERB", "AUX"}
        )
        return after_year is not None and (after_year.text in DATELINE_CLOSERS or opens)
    return after[0].text != ","


# "London– Britain's financial regulator": a place and a dash with no space before it, only above the
# story's body (not "Biden— Putin talks ended" in a later paragraph).
TIGHT_DATELINE = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}[–—](?= [A-Z])")
