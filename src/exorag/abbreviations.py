"""Abbreviations the corpus defines ("tyrosine kinase inhibitors (TKIs)"): offline synonyms.

A question may say "interstitial lung disease" of a paper that writes only "ILD", or "TMZ" of
one that writes "temozolomide". Papers define their abbreviations once, in parentheses, and
any definition anywhere in the corpus bridges the two forms for every passage. The long form
is found as Schwartz and Hearst do (PSB 2003): the short form's letters and digits, read right
to left, matched in the words just before the parenthesis, the first one starting a word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# A parenthesis holding one token ("(EGFR)", "(TDP-43)", "(ILC2s)"), with what comes before it.
_DEFINED = re.compile(r"\(\s*([A-Za-z0-9][A-Za-z0-9\-/]{1,9})\s*\)")
# Where the long form cannot reach back past: a sentence or clause end, another parenthesis.
_CLAUSE_END = re.compile(r"[.;:!?()\[\]（）。；：]\s*|\n")
# An abbreviation with a plural s: TKIs, ILC2s, pDCs.
_PLURAL = re.compile(r"^([A-Za-z]*[A-Z][A-Za-z0-9]*)s$")
_WORD = re.compile(r"\S+")
# A word as a long form's first word is looked up: punctuation around it left out.
_FIRST_WORD = re.compile(r"[\w'’-]+")
# Words a long form may span beyond its short form's letters (Schwartz and Hearst's bound).
_EXTRA_WORDS = 5


class Abbreviations:
    """Short forms (as written, case kept) and the long forms (lower-cased) defined for them."""

    def __init__(self, long_forms: dict[str, frozenset[str]] | None = None) -> None:
        self.long_forms = long_forms or {}
        # Long forms by their first word: a question is searched only for those whose first
        # word it has (a corpus defines hundreds).
        self._by_first_word: dict[str, list[tuple[str, str]]] = {}
        for short, longs in self.long_forms.items():
            for long in longs:
                first = _FIRST_WORD.match(long)
                if first:
                    self._by_first_word.setdefault(first.group(), []).append((long, short))

    @classmethod
    def defined_in(cls, texts: Iterable[str]) -> Abbreviations:
        """Every abbreviation that one of ``texts`` defines, with all its long forms."""
        found: dict[str, set[str]] = {}
        for text in texts:
            for short, long in definitions(text):
                found.setdefault(short, set()).add(long.lower())
        return cls({short: frozenset(longs) for short, longs in found.items()})

    def named_in(self, text: str) -> list[tuple[str, ...]]:
        """The abbreviations ``text`` names, by either form: each its long forms, then its
        short form. A short form counts only as written (case kept): "ALL" is not "all"."""
        named = []
        lowered = text.lower()
        for short in _short_forms_in(text) & self.long_forms.keys():
            named.append((*sorted(self.long_forms[short]), short))
        for word in set(_FIRST_WORD.findall(lowered)) & self._by_first_word.keys():
            for long, short in self._by_first_word[word]:
                # The plain substring test first: most long forms under a word are absent.
                if long in lowered and re.search(
                    rf"(?<![\w-]){re.escape(long)}(?:e?s)?(?![\w-])", lowered
                ):
                    named.append((*sorted(self.long_forms[short]), short))
        return list(dict.fromkeys(named))


def definitions(text: str) -> list[tuple[str, str]]:
    """The (short form, long form) pairs that ``text`` defines, plural s taken off both."""
    pairs = []
    for match in _DEFINED.finditer(text):
        short = match.group(1)
        if not any(c.isupper() for c in short) or short.isdigit():
            continue
        plural = _PLURAL.match(short)
        short = plural.group(1) if plural else short
        clause = _CLAUSE_END.split(text[max(0, match.start() - 300) : match.start()])[-1]
        long = _long_form(short, clause)
        if long:
            if plural and long.endswith("s"):
                long = long[:-1]
            pairs.append((short, long))
    return pairs


def _long_form(short: str, before: str) -> str | None:
    """Schwartz and Hearst's match of ``short`` in the words just before its parenthesis."""
    characters = [c.lower() for c in short if c.isalnum()]
    words = _WORD.findall(before)
    candidate = " ".join(words[-min(len(characters) + _EXTRA_WORDS, len(characters) * 2) :])
    at = len(candidate) - 1
    for position in range(len(characters) - 1, -1, -1):
        wanted = characters[position]
        while at >= 0 and (
            candidate[at].lower() != wanted
            # The short form's first character must start a word of the long form.
            or (position == 0 and at > 0 and candidate[at - 1].isalnum())
        ):
            at -= 1
        if at < 0:
            return None
        at -= 1
    long = candidate[candidate.rfind(" ", 0, at + 1) + 1 :].strip(" ,\"'“”")
    if len(long) <= len(short) or short.lower() in long.lower().split():
        return None
    return long


def _short_forms_in(text: str) -> set[str]:
    tokens = set(re.findall(r"(?<![\w-])[A-Za-z0-9][A-Za-z0-9\-/]*(?![\w-])", text))
    return tokens | {m.group(1) for t in tokens if (m := _PLURAL.match(t))}
