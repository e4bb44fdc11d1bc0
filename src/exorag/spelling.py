"""A question's misspelt, run-together or split words → the corpus's words ("platnium" →
"platinum", "lungcancer" → "lung cancer", "exo zomes" → "exosomes"), so that a typing slip does
not turn a question into one about something the corpus never mentions.

Only a word that neither the corpus nor the model's vocabulary holds whole is mended: an
everyday English word ("doses", "hour") is the asker's own, however close to a corpus word.
And only one slip of the fingers is undone, a letter too many, too few, or two swapped: a
letter in place of another is as often another word ("ontology", "oncology"), unless the two
sound alike in a word of six letters or more, as spelling by ear writes them ("exozomes",
"metastisis", "auther").
Dictation splits a long word into syllables ("meta stasis", "plat in um", "e g f r"): pieces
are joined when one of them is no corpus word and together they make one.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from .embeddings import word_pieces

_WORD = re.compile(r"(?<![A-Za-z0-9-])[A-Za-z]+(?![A-Za-z0-9-])")
# Shorter words have too many neighbours one slip away to tell which was meant.
_MIN_LENGTH = 5
# Each part of a run-together word is a word of its own, not a stray syllable.
_MIN_PART = 3
# Letters written for one another by ear: vowels, s and z, c and k, c and s.
_SOUND_ALIKE = (frozenset("aeiouy"), frozenset("sz"), frozenset("ck"), frozenset("cs"))
# A letter heard wrongly is taken for a slip only in a word this long.
_MIN_HEARD_LENGTH = 6
# Up to this many words in a row, letters spelt one by one included ("e g f r"), may be the
# syllables of one word.
_MOST_SYLLABLES = 4
# Syllables joined make a word at least this long; letters spelt one by one, an abbreviation.
_MIN_JOINED = 7
_MIN_SPELT = 3


class Spelling:
    """The corpus's words, and the mending of a question's words against them."""

    def __init__(
        self, texts: Iterable[str], extra_words: Iterable[str] = (), asked_words: Iterable[str] = ()
    ) -> None:
        counts: Counter[str] = Counter()
        for text in texts:
            counts.update(w.lower() for w in _WORD.findall(text))
        for word in extra_words:
            counts[word.lower()] += 1
        # The words questions are asked in ("author", "impact") mend a slip, but split no word:
        # "microparticles" is no "micro particles" because a question may say "micro".
        self._parts = frozenset(counts)
        for word in asked_words:
            counts[word.lower()] += 1
        self._counts = counts
        # Every word under itself and each of its one-letter deletions: a word one slip from
        # it shares a key with it (the "symmetric delete" way of finding them).
        self._by_deletion: dict[str, set[str]] = defaultdict(set)
        for word in counts:
            if len(word) >= _MIN_LENGTH - 1:
                for key in _deletions(word):
                    self._by_deletion[key].add(word)

    @property
    def words(self) -> frozenset[str]:
        """The corpus's words and the glossary's English ones, in lower case."""
        return self._parts

    def mend(self, question: str, kept: frozenset[str] = frozenset()) -> str:
        """``question`` with each unknown word split into two corpus words or replaced by the
        corpus word it most likely misspells; unchanged when nothing needs mending. A word in
        ``kept`` (lower case) is the asker's own, as written."""
        return _WORD.sub(
            lambda m: m.group() if m.group().lower() in kept else self._mended(m.group()),
            question,
        )

    def joined(self, question: str) -> str:
        """``question`` with a word dictated in pieces ("osi mer tinib", "e g f r") written
        whole; before texting shorthand is spelt out, which would read that "r" as "are"."""
        words = question.split(" ")
        out: list[str] = []
        i = 0
        while i < len(words):
            for count in range(min(_MOST_SYLLABLES, len(words) - i), 1, -1):
                whole = self._whole_word(words[i : i + count])
                if whole:
                    out.append(whole)
                    i += count
                    break
            else:
                out.append(words[i])
                i += 1
        return " ".join(out)

    def _whole_word(self, pieces: list[str]) -> str:
        """The corpus word ``pieces`` spell when joined ("", when none): every piece but the
        last all letters, one of them no corpus word, the whole long enough to be no accident."""
        *inner, last = pieces
        tail = re.match(r"[A-Za-z]*", last).group()
        # What follows the last piece is punctuation, not more of a name ("C797S").
        if not tail or not all(p.isalpha() for p in inner) or last[len(tail) :][:1].isalnum():
            return ""
        lowered = [p.lower() for p in (*inner, tail)]
        joined = "".join(lowered)
        spelt = all(len(p) == 1 for p in lowered)
        if len(joined) < (_MIN_SPELT if spelt else _MIN_JOINED) or all(
            p in self._counts for p in lowered
        ):
            return ""
        if joined in self._counts:
            return joined + last[len(tail) :]
        # Mended as well only when no piece is a word of its own: "same thing" is no
        # misheard "something".
        if any(self.is_a_word(p) for p in lowered if len(p) > _MIN_PART):
            return ""
        whole = self._nearest(joined)
        return whole + last[len(tail) :] if whole else ""

    def _mended(self, word: str) -> str:
        lowered = word.lower()
        if len(lowered) < _MIN_LENGTH or word.isupper() or self.is_a_word(lowered):
            return word
        return self._split(lowered) or self._nearest(lowered) or word

    def is_a_word(self, lowered: str) -> bool:
        """Whether a lower-cased word is one of its own: the corpus's, or whole in the model's
        vocabulary (an everyday word)."""
        return lowered in self._counts or word_pieces(lowered) < 2

    def _split(self, word: str) -> str:
        splits = [
            (word[:i], word[i:])
            for i in range(_MIN_PART, len(word) - _MIN_PART + 1)
            if word[:i] in self._parts and word[i:] in self._parts
        ]
        if not splits:
            return ""
        left, right = max(splits, key=lambda s: min(self._counts[s[0]], self._counts[s[1]]))
        return f"{left} {right}"

    def _nearest(self, word: str) -> str:
        candidates = {c for key in _deletions(word) for c in self._by_deletion.get(key, ())}
        near = [
            (-self._counts[c], c)
            for c in candidates
            # A slip rarely falls on the first letter, and a word's first letter rules out
            # most of its look-alikes.
            if c[0] == word[0] and _one_slip(word, c)
        ]
        return min(near)[1] if near else ""


def _deletions(word: str) -> set[str]:
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


def _one_slip(typed: str, word: str) -> bool:
    """Whether ``typed`` is ``word`` with one letter added, one dropped, two neighbouring
    letters swapped, or, in a long word, one letter written for another that sounds alike."""
    if len(typed) == len(word):
        differ = [i for i, (a, b) in enumerate(zip(typed, word, strict=True)) if a != b]
        if len(differ) == 1 and len(word) >= _MIN_HEARD_LENGTH:
            pair = {typed[differ[0]], word[differ[0]]}
            return any(pair <= letters for letters in _SOUND_ALIKE)
        return (
            len(differ) == 2
            and differ[1] == differ[0] + 1
            and typed[differ[0]] == word[differ[1]]
            and typed[differ[1]] == word[differ[0]]
        )
    shorter, longer = sorted((typed, word), key=len)
    return len(longer) == len(shorter) + 1 and any(
        longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer))
    )
