"""A news app's prompts, flattened into a report's text: furniture wherever they stand."""

from __future__ import annotations

# A news app's prompts to install it or allow its notifications, flattened into the text: "Get the
# app", "Download the Courier News app for breaking news alerts", "Allow notifications", "Turn on
# push notifications", and the buttons under them ("Not now", "Open in app"). A prompt is a short
# line opening with one of these verbs, whose object (names, determiners and the filler words
# below) ends in an app, notifications or alerts, followed at most by a purpose ("for ...").
PROMPT_VERBS = frozenset(
    "get download install open try use update allow enable turn switch sign receive activate".split()
)
PROMPT_FILLERS = frozenset(
    "the our this a an free official mobile new latest on up for push breaking news browser email "
    "instant".split()
)
PROMPT_OBJECTS = frozenset({"app", "apps", "notifications", "notification", "alerts", "alert"})
PROMPT_FOLLOWERS = frozenset({"for", "to", "and", "on", "so", "with", "from", "now", "today", "here"})
PROMPT_BUTTONS = frozenset(
    {
        "not now",
        "no thanks",
        "maybe later",
        "allow",
        "block",
        "don't allow",
        "continue in browser",
        "open in app",
    }
)
APP_PROMPT_MAX_WORDS = 16


def is_app_prompt(line: str) -> bool:
    words = line.rstrip(".!?").replace("’", "'").split()
    low = [w.lower().strip(",:") for w in words]
    if not words or len(words) > APP_PROMPT_MAX_WORDS:
        return False
    if " ".join(low) in PROMPT_BUTTONS:
        return True
    if low[0] not in PROMPT_VERBS:
        return False
    for k in range(1, len(words)):
        if low[k] in PROMPT_OBJECTS:
            return k + 1 == len(words) or low[k + 1] in PROMPT_FOLLOWERS
        if not (words[k][:1].isupper() or low[k] in PROMPT_FILLERS):
            return False
    return False
