"""Highlighted excerpts for search results: escaped text, with only <mark> added.

One routine for both databases, over the stored document text, so that an
excerpt looks the same whichever backend found it, and so that escaping is
done here, once, by code we control.
"""

from __future__ import annotations

import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

WINDOW = 90  # characters either side of the first match


def distinct_words(words: list[str]) -> list[str]:
    """Lower-cased, longest first (the alternatives' order), at most 50."""
    return sorted({word.lower() for word in words if word}, key=len, reverse=True)[:50]


def pattern_for(words: list[str]) -> re.Pattern[str] | None:
    unique = distinct_words(words)
    if not unique:
        return None
    alternatives = "|".join(re.escape(word) for word in unique)
    # Whole words only, as the full-text search matches them.
    return re.compile(rf"(?<![^\W_])(?:{alternatives})(?![^\W_])", re.IGNORECASE)


def first_match(text: str, pattern: re.Pattern[str], words: list[str]) -> re.Match[str] | None:
    """``pattern.search(text)``, found faster in long texts.

    The regex tries every position of a cell text of tens of kilobytes;
    ``str.find`` jumps to each word's occurrences, and the regex then only
    checks those (it still sees the characters before each). A text whose
    lower case changes its length falls back to the plain search.
    """
    lowered = text.lower()
    if len(lowered) != len(text):
        return pattern.search(text)
    leftmost: re.Match[str] | None = None
    for word in words:
        at = lowered.find(word)
        while at != -1 and (leftmost is None or at < leftmost.start()):
            found = pattern.match(text, at)
            if found is not None:
                leftmost = found
                break
            at = lowered.find(word, at + 1)
    return leftmost


def excerpt(texts: list[str], words: list[str]) -> SafeString:
    """Around the first match in the first text that has one; "" if none."""
    pattern = pattern_for(words)
    if pattern is None:
        return mark_safe("")  # noqa: S308 (empty)
    unique = distinct_words(words)
    for text in texts:
        found = first_match(text, pattern, unique)
        if found is None:
            continue
        start = max(0, found.start() - WINDOW)
        end = min(len(text), found.end() + WINDOW)
        window = " ".join(text[start:end].split())
        marked = highlight(window, pattern)
        prefix = "… " if start > 0 else ""
        suffix = " …" if end < len(text) else ""
        return mark_safe(escape(prefix) + marked + escape(suffix))  # noqa: S308 (escaped)
    return mark_safe("")  # noqa: S308 (empty)


def highlight(text: str, pattern: re.Pattern[str]) -> str:
    """Escape ``text`` and wrap every match in <mark>."""
    parts: list[str] = []
    position = 0
    for found in pattern.finditer(text):
        parts.append(escape(text[position : found.start()]))
        parts.append("<mark>" + escape(found.group()) + "</mark>")
        position = found.end()
    parts.append(escape(text[position:]))
    return "".join(parts)
