"""A faster tokenizer loop for Pygments' RegexLexer, with exactly its results.

Pygments tries a state's rules one ``re.match`` call at a time: for Python
code that is some forty calls from Python per token, and most of the time a
large notebook takes to render. Here each state's rules are joined into one
alternation, so the regex engine tries them in the same order in C; Python
only learns which rule matched (its wrapping group is the last group closed,
``lastindex``) and then does what Pygments does. Callbacks get a match from
the rule's own pattern, so their group numbers are the ones they expect.

A state whose rules cannot be joined safely (back-references, inline flags,
clashing group names) keeps the rule-by-rule loop. Lexers that tokenize in
their own way are left alone altogether. A test compares the output with
Pygments' own on the corpus.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from pygments.lexer import Lexer, RegexLexer
from pygments.token import Error, Whitespace, _TokenType

Rule = tuple[Callable[..., Any], Any, Any]
# Group references would point elsewhere once the patterns share one numbering.
_UNSAFE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


_GLOBAL_FLAGS = re.compile(r"\(\?([imsx]+)\)")


def _scoped(pattern: str) -> str:
    # "(?i)abc" only works at the very start of a pattern; "(?i:abc)" works anywhere.
    flags = _GLOBAL_FLAGS.match(pattern)
    if flags is None:
        return pattern
    return f"(?{flags.group(1)}:{pattern[flags.end() :]})"


def _join(rules: Sequence[Rule], flags: int) -> tuple[re.Pattern[str], dict[int, Rule]] | None:
    expected = re.compile("", flags).flags
    parts = []
    by_group: dict[int, Rule] = {}
    group = 1
    for rule in rules:
        pattern = getattr(rule[0], "__self__", None)
        if not isinstance(pattern, re.Pattern) or _UNSAFE.search(pattern.pattern):
            return None
        # Every rule must have been compiled with the lexer's flags, give or take
        # a leading "(?i)" that _scoped keeps to the rule's own part (flags do not
        # matter to the empty pattern of a ``default`` rule).
        if (
            pattern.pattern
            and pattern.flags != expected
            and not _GLOBAL_FLAGS.match(pattern.pattern)
        ):
            return None
        parts.append(f"({_scoped(pattern.pattern)})")
        by_group[group] = rule
        group += pattern.groups + 1
    try:
        joined = re.compile("|".join(parts), flags)
    except (re.error, RecursionError, OverflowError):
        return None
    return joined, by_group


def _new_state(statestack: list[str], new_state: Any) -> None:
    # Pygments' own state transition (pygments.lexer.RegexLexer).
    if isinstance(new_state, tuple):
        for state in new_state:
            if state == "#pop":
                if len(statestack) > 1:
                    statestack.pop()
            elif state == "#push":
                statestack.append(statestack[-1])
            else:
                statestack.append(state)
    elif isinstance(new_state, int):
        if abs(new_state) >= len(statestack):
            del statestack[1:]
        else:
            del statestack[new_state:]
    elif new_state == "#push":
        statestack.append(statestack[-1])
    else:
        raise ValueError(f"wrong state def: {new_state!r}")


def speed_up(lexer: Lexer) -> Lexer:
    """The same lexer instance, tokenizing with joined patterns where it safely can."""
    if not isinstance(lexer, RegexLexer) or (
        type(lexer).get_tokens_unprocessed is not RegexLexer.get_tokens_unprocessed
    ):
        return lexer
    tokendefs: dict[str, list[Rule]] = lexer._tokens  # type: ignore[attr-defined]
    flags = getattr(lexer, "flags", re.MULTILINE)
    joined = {state: _join(rules, flags) for state, rules in tokendefs.items()}

    def get_tokens_unprocessed(text: str, stack: Sequence[str] = ("root",)) -> Iterator[Any]:
        pos = 0
        statestack = list(stack)
        state = statestack[-1]
        while True:
            rule: Rule | None = None
            fast = joined[state]
            if fast is not None:
                m = fast[0].match(text, pos)
                if m is not None:
                    rule = fast[1][m.lastindex]  # type: ignore[index]
                    rexmatch, action, new_state = rule
                    if action is not None:
                        if type(action) is _TokenType:
                            yield pos, action, m.group()
                        else:
                            yield from action(lexer, rexmatch(text, pos))
                    pos = m.end()
            else:
                for rexmatch, action, new_state in tokendefs[state]:
                    m = rexmatch(text, pos)
                    if m:
                        rule = (rexmatch, action, new_state)
                        if action is not None:
                            if type(action) is _TokenType:
                                yield pos, action, m.group()
                            else:
                                yield from action(lexer, m)
                        pos = m.end()
                        break
            if rule is not None:
                if new_state is not None:
                    _new_state(statestack, new_state)
                    state = statestack[-1]
                continue
            # No rule matched: Pygments' recovery, one character at a time.
            if pos >= len(text):
                break
            if text[pos] == "\n":
                statestack = ["root"]
                state = "root"
                yield pos, Whitespace, "\n"
            else:
                yield pos, Error, text[pos]
            pos += 1

    lexer.get_tokens_unprocessed = get_tokens_unprocessed  # type: ignore[method-assign]
    return lexer
