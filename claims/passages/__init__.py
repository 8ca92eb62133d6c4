"""The exact passage in each archived reference, beside the claim (issue 17).

engine/   passage finding on plain text (spaCy + bm25s, no Django)
models    stored results per (claim, capture), cached by (claim text, capture text) hashes;
          an attribution's evidence (the passage that confirms it, or why it is misattributed)
services  refresh after a capture or a text change; second looks after a page changed
tasks     the Celery task queued when a capture is stored
"""
