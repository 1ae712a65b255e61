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


def pattern_for(words: list[str]) -> re.Pattern[str] | None:
    unique = sorted({word.lower() for word in words if word}, key=len, reverse=True)
    if not unique:
        return None
    alternatives = "|".join(re.escape(word) for word in unique[:50])
    # Whole words only, as the full-text search matches them.
    return re.compile(rf"(?<![^\W_])(?:{alternatives})(?![^\W_])", re.IGNORECASE)


def excerpt(texts: list[str], words: list[str]) -> SafeString:
    """Around the first match in the first text that has one; "" if none."""
    pattern = pattern_for(words)
    if pattern is None:
        return mark_safe("")  # noqa: S308 (empty)
    for text in texts:
        found = pattern.search(text)
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
