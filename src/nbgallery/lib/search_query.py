"""nbgallery's search query language, parsed into a structure the backends translate.

    sales "monthly report" -draft title:pandas owner:alice package:numpy
    created:>=2024-01-01 updated:2024-06-30 plots or charts

* Words and "quoted phrases" must all match (AND), unless ``or`` separates
  them: ``a b or c`` means (a AND b) OR c. ``and`` may be written, and is the
  default. Both are case-insensitive.
* ``-`` before a word, phrase or field term excludes what matches it.
* Field terms search one field: ``title:``, ``description:``, ``tag:``/``tags:``,
  ``lang:``/``language:``, ``owner:``, ``creator:``, ``updater:``, and ``user:``
  (owner, creator or updater). They take part in and/or like words.
* Filters apply to the whole query: ``package:x`` (exact, ``-package:x`` to
  exclude), ``created:`` and ``updated:`` with ``>``, ``<``, ``>=``, ``<=`` and a
  day ``YYYY-MM-DD``, or the day alone; ``active:true|false``.
* ``x:y`` with any other ``x`` is plain text.

Text is reduced to words (runs of letters and digits), so punctuation and the
syntax characters of FTS5 or tsquery (``* ^ ( ) : & | !`` ...) never reach a
database as syntax; a term of several words is matched as a phrase, which is
how ``pd.read_csv`` finds that call. Anything unreadable (an unclosed quote, a
lone ``or``, a bad date) makes the whole text a plain search for its words,
and ``notice`` says so. Nothing here raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MAX_QUERY_CHARS = 1000
MAX_TERMS = 30
MAX_WORDS_PER_TERM = 30

TEXT_FIELDS = {
    "title": ("title",),
    "description": ("description",),
    "tag": ("tags",),
    "tags": ("tags",),
    "lang": ("lang",),
    "language": ("lang",),
    "owner": ("owner",),
    "creator": ("creator",),
    "updater": ("updater",),
    "user": ("owner", "creator", "updater"),
}
DATE_FIELDS = {"created", "updated"}
FILTER_FIELDS = {"package", "active"} | DATE_FIELDS

_WORD = re.compile(r"[^\W_]+")
_FIELD = re.compile(r"([A-Za-z]+):(.*)", re.DOTALL)
_DATE = re.compile(r"(>=|<=|>|<|=)?(\d{4}-\d{2}-\d{2})")
_TRUE, _FALSE = {"true", "yes", "1"}, {"false", "no", "0"}


class Unreadable(ValueError):
    """The query cannot be read as the language; the message says why."""


@dataclass(frozen=True)
class Term:
    """Words that must appear next to each other, in ``fields`` (empty: anywhere)."""

    words: tuple[str, ...]
    fields: tuple[str, ...] = ()
    negated: bool = False

    @property
    def phrase(self) -> str:
        return " ".join(self.words)


@dataclass(frozen=True)
class DateFilter:
    field: str  # "created" or "updated"
    op: str  # ">", "<", ">=", "<=" or "=" (that day)
    day: date


@dataclass(frozen=True)
class PackageFilter:
    name: str  # lower case
    negated: bool = False


@dataclass(frozen=True)
class Query:
    """An OR of clauses, each an AND of terms, narrowed by the filters."""

    clauses: tuple[tuple[Term, ...], ...] = ()
    packages: tuple[PackageFilter, ...] = ()
    dates: tuple[DateFilter, ...] = ()
    active: bool | None = None  # True: only notebooks not deprecated; False: only deprecated
    notice: str = ""
    plain: bool = False  # the text could not be read and is searched as plain words

    @property
    def has_text(self) -> bool:
        return bool(self.clauses)

    @property
    def positive_terms(self) -> list[Term]:
        return [term for clause in self.clauses for term in clause if not term.negated]

    @property
    def words(self) -> list[str]:
        """Every word the results should show highlighted."""
        return [word for term in self.positive_terms for word in term.words]


def words_of(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text))


def parse_query(text: str) -> Query:
    """Parse ``text``; on anything unreadable, a plain search for its words with a notice."""
    notices = []
    # PostgreSQL refuses NUL in any string parameter (a package name would carry it).
    text = text.replace("\x00", " ")
    if len(text) > MAX_QUERY_CHARS:
        text = text[:MAX_QUERY_CHARS]
        notices.append(f"Only the first {MAX_QUERY_CHARS} characters of your query were used.")
    plain = False
    try:
        query = _parse(text)
    except Unreadable as problem:
        query, plain = plain_words(text), True
        notices.append(
            f"Part of your query could not be read ({problem}); searched for the words instead."
        )
    if sum(len(clause) for clause in query.clauses) > MAX_TERMS:
        query = _cap_terms(query)
        notices.append(f"Only the first {MAX_TERMS} words or phrases of your query were used.")
    searchable = query.clauses or query.packages or query.dates or query.active is not None
    if text.strip() and not searchable:
        notices.append("Your query has no words to search for; showing every notebook.")
    notices = [n for n in [query.notice, *notices] if n]
    return Query(query.clauses, query.packages, query.dates, query.active, " ".join(notices), plain)


def plain_words(text: str) -> Query:
    """Every word of the text, all required: the fallback for unreadable queries."""
    words = words_of(text)
    return Query(clauses=((tuple(Term(words=(word,)) for word in words),) if words else ()))


def _cap_terms(query: Query) -> Query:
    clauses, left = [], MAX_TERMS
    for clause in query.clauses:
        if left <= 0:
            break
        clauses.append(clause[:left])
        left -= len(clause[:left])
    return Query(tuple(clauses), query.packages, query.dates, query.active, query.notice)


def _tokens(text: str) -> list[tuple[str, bool]]:
    """Split on white space, keeping quoted parts whole: (token, whether it had quotes)."""
    tokens = []
    position, end = 0, len(text)
    while position < end:
        if text[position].isspace():
            position += 1
            continue
        start, quoted = position, False
        while position < end and not text[position].isspace():
            if text[position] == '"':
                closing = text.find('"', position + 1)
                if closing < 0:
                    raise Unreadable("a quote is not closed")
                position, quoted = closing + 1, True
            else:
                position += 1
        tokens.append((text[start:position], quoted))
    return tokens


def _parse(text: str) -> Query:
    clauses: list[list[Term]] = [[]]
    packages: list[PackageFilter] = []
    dates: list[DateFilter] = []
    active: bool | None = None
    previous_was_operator = True  # an operator may not come first
    saw_operator = False
    for token, quoted in _tokens(text):
        if not quoted and token.lower() in ("and", "or"):
            if previous_was_operator:
                raise Unreadable(f"“{token}” needs something on both sides")
            if token.lower() == "or":
                clauses.append([])
            previous_was_operator = saw_operator = True
            continue
        previous_was_operator = False
        negated = token.startswith("-")
        body = token[1:] if negated else token
        if not body:
            raise Unreadable("a lone “-” excludes nothing")
        found = _FIELD.fullmatch(body)
        name = found.group(1).lower() if found else ""
        if found and (name in TEXT_FIELDS or name in FILTER_FIELDS):
            value = _unquote(found.group(2))
            if not value.strip():
                raise Unreadable(f"“{name}:” needs a value")
            if name == "package":
                packages.append(PackageFilter(value.strip().lower(), negated))
            elif name in DATE_FIELDS:
                if negated:
                    raise Unreadable(f"“-{name}:” cannot be negated; use < or > instead")
                dates.append(_date_filter(name, value.strip()))
            elif name == "active":
                active = _boolean(value.strip(), negated)
            else:
                _add_term(clauses[-1], words_of(value), TEXT_FIELDS[name], negated)
        else:
            _add_term(clauses[-1], words_of(_unquote(body)), (), negated)
    if previous_was_operator and saw_operator:
        raise Unreadable("“and” or “or” at the end needs something after it")
    kept = tuple(tuple(clause) for clause in clauses if clause)
    return Query(kept, tuple(packages), tuple(dates), active)


def _add_term(clause: list[Term], words: tuple[str, ...], fields, negated: bool) -> None:
    # A term that is only punctuation (``*``, ``(``, ``&&``) has nothing to search for.
    if words:
        clause.append(Term(words[:MAX_WORDS_PER_TERM], tuple(fields), negated))


def _unquote(value: str) -> str:
    return value.replace('"', " ")


def _date_filter(name: str, value: str) -> DateFilter:
    found = _DATE.fullmatch(value)
    if not found:
        raise Unreadable(f"“{name}:{value}” is not a date like >2024-01-31")
    try:
        day = date.fromisoformat(found.group(2))
    except ValueError:
        raise Unreadable(f"{found.group(2)} is not a real day") from None
    return DateFilter(name, found.group(1) or "=", day)


def _boolean(value: str, negated: bool) -> bool:
    lowered = value.lower()
    if lowered not in _TRUE | _FALSE:
        raise Unreadable(f"“active:{value}” must be true or false")
    return (lowered in _TRUE) != negated


__all__ = [
    "DateFilter",
    "PackageFilter",
    "Query",
    "Term",
    "Unreadable",
    "parse_query",
    "plain_words",
    "words_of",
]
