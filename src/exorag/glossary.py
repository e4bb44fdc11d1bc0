"""The English↔Chinese domain glossary (``corpus/glossary.yaml``): offline cross-lingual bridges."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from .corpus import parse_yaml
from .errors import CorpusError
from .lexical import simplified

GLOSSARY_FILE = "glossary.yaml"
# The words of a lower-cased text, as a glossary term's boundaries see them.
_WORDS = re.compile(r"[a-z0-9]+")
# A negating prefix just before a term ("non-small cell …").
_NEGATED_EN = re.compile(r"\bnon[- ]?$")
# The particle that ends a two-word phrasal verb.
_PHRASAL = re.compile(r" (out|off|on|along)$")
# Two words before the one they both qualify: "histologic or phenotypic switching".
_SHARED_LAST_WORD = re.compile(r"\b([a-z][a-z-]*) (and|or) ([a-z][a-z-]*) ([a-z][a-z-]*)\b", re.I)


@dataclass(frozen=True)
class Glossary:
    """Pairs of English and Chinese term lists; ``sha256`` identifies the file's content.

    ``includes`` names, per entry, the entries whose things it covers (by their first English
    term): in these reviews the vesicles are exosomes, so a question about vesicles is
    answered by passages about exosomes too, while one about exosomes is not widened.
    """

    entries: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()
    sha256: str = ""
    includes: tuple[tuple[str, ...], ...] = ()

    def phrases_of(self, entry: tuple[tuple[str, ...], tuple[str, ...]]) -> tuple[str, ...]:
        """An entry's own terms, then those of the entries it includes."""
        phrases = [*entry[0], *entry[1]]
        number = self._numbers[entry]
        for name in self.includes[number] if number < len(self.includes) else ():
            included = self.entries[self._numbers_by_name[name]]
            phrases += [*included[0], *included[1]]
        return tuple(phrases)

    def english_for(self, text: str) -> list[str]:
        """The English of every Chinese term in ``text``, in the order they occur: a rough
        word-by-word gloss that the English-only model can read.
        """
        text = simplified(text)
        found = []
        for en, zh in self.entries:
            positions = [text.find(t) for t in zh if t in text]
            if positions:
                found.append((min(positions), -max(len(t) for t in zh if t in text), en[0]))
        return _unique(term for _, _, term in sorted(found))

    def matches(self, text: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
        """Entries named in ``text`` (an English term as whole words, or a Chinese term),
        leaving out one named only inside another's words ("EGFR" in "EGFR inhibitors").
        """
        numbers = sorted({number for _, _, number in self._named_spans(text)})
        return [self.entries[number] for number in numbers]

    def without(self, text: str, names: Collection[str]) -> str:
        """``text`` with every place it names an entry whose first English term is one of
        ``names`` blanked out, found as ``matches`` finds them (plurals, Chinese terms between
        other characters)."""
        numbers = {self._numbers_by_name[name] for name in names if name in self._numbers_by_name}
        spans = sorted(
            ((start, end) for start, end, number in self._named_spans(text) if number in numbers),
            reverse=True,
        )
        for start, end in spans:
            text = text[:start] + " " + text[end:]
        return text

    def with_shared_words_repeated(self, text: str) -> str:
        """``text`` with a word two others qualify written after each, where both pairs are
        terms and the first word alone is none: "histologic or phenotypic switching" names
        histologic switching as well, and "targeted and immune therapies" targeted therapies
        ("tumour and bone cells" names tumours already)."""

        def repeated(found: re.Match[str]) -> str:
            first, joined, second, shared = found.groups()
            pairs = (f"{first} {shared}", f"{second} {shared}")
            if not self._is_a_term(first) and all(self._is_a_term(pair) for pair in pairs):
                return f" {joined} ".join(pairs)
            return found.group()

        return _SHARED_LAST_WORD.sub(repeated, text)

    def spans(self, text: str) -> list[tuple[int, int, int]]:
        """Where ``text`` names each entry: (start, end, entry number), in order of place, but
        for a name inside a longer one (铂 in 顺铂)."""
        named = self._named_spans(text)
        return sorted(
            (start, end, number)
            for start, end, number in named
            if not any(s <= start and end <= e and (s, e) != (start, end) for s, e, _ in named)
        )

    def _is_a_term(self, phrase: str) -> bool:
        return any(end - start == len(phrase) for start, end, _ in self._named_spans(phrase))

    def _named_spans(self, text: str) -> list[tuple[int, int, int]]:
        """Where ``text`` names each entry (start, end, entry number), but for a name inside a
        longer name of another entry."""
        lowered = text.lower()
        spaced = lowered.replace("-", " ")
        found: list[tuple[int, int, int]] = []
        for number in self._candidates(lowered, text):
            zh = self.entries[number][1]
            pattern = self._english_patterns[number]
            # A plain substring test first: most entries are absent, and it is far cheaper.
            present = _any_in(self._anchors[number], spaced)
            spans = [m.span() for m in pattern.finditer(lowered)] if present else []
            spans += [(i, i + len(t)) for t in zh for i in _occurrences(text, t)]
            found += [(start, end, number) for start, end in spans]
        return [
            (start, end, number)
            for start, end, number in found
            if not any(
                s <= start and end <= e and (e - s) > (end - start) and n != number
                for s, e, n in found
            )
        ]

    def straddles(
        self, text: str, entries: list[tuple[tuple[str, ...], tuple[str, ...]]] | None = None
    ) -> frozenset[str]:
        """Two characters of ``text`` that end one Chinese term of the glossary and begin the
        next ("癌骨" in 肺癌骨转移): a seam between two words, no word itself. ``entries`` are
        the glossary's matches in ``text`` (or in a text that holds it), when already found."""
        found = self.matches(text) if entries is None else entries
        chinese = [t for _, zh in found for t in zh]
        spans = [(i, i + len(t)) for t in chinese for i in _occurrences(text, t)]
        covered = {i for start, end in spans for i in range(start, end)}
        return frozenset(
            text[i : i + 2]
            for i in range(len(text) - 1)
            if i in covered
            and i + 1 in covered
            and not any(start <= i and i + 2 <= end for start, end in spans)
        )

    def only_negated(self, entry: tuple[tuple[str, ...], tuple[str, ...]], text: str) -> bool:
        """Whether every time ``text`` names the entry it follows "non-" or 非: the text is
        about its opposite ("small cell lung cancer" in "non-small cell lung cancer", 小细胞肺癌
        in 非小细胞肺癌)."""
        lowered = text.lower()
        starts = [
            m.start() for m in self._english_patterns[self.entries.index(entry)].finditer(lowered)
        ]
        negated = [_NEGATED_EN.search(lowered, 0, start) is not None for start in starts]
        for term in entry[1]:
            negated += [text[:i].endswith("非") for i in _occurrences(text, term)]
        return bool(negated) and all(negated)

    def _candidates(self, lowered: str, text: str) -> list[int]:
        """The entries that may be named in the text: those with a term whose first word is
        one of the text's words, or whose first character is in it (Chinese). Only these are
        searched; a question names a handful of the glossary's hundreds of entries."""
        first_words, first_chars = self._first_parts
        numbers = set(first_words.get("", ()))
        words = set(_WORDS.findall(lowered))
        words |= {w[: -len(end)] for w in words for end in ("s", "es") if w.endswith(end)}
        for word in words & first_words.keys():
            numbers |= first_words[word]
        for char in set(text) & first_chars.keys():
            numbers |= first_chars[char]
        return sorted(numbers)

    @cached_property
    def _first_parts(self) -> tuple[dict[str, set[int]], dict[str, set[int]]]:
        first_words: dict[str, set[int]] = {}
        first_chars: dict[str, set[int]] = {}
        for number, (en, zh) in enumerate(self.entries):
            for term in en:
                words = _WORDS.findall(term)
                # A term with no letter or digit ("" here) is searched for in every text.
                first_words.setdefault(words[0] if words else "", set()).add(number)
            for term in zh:
                first_chars.setdefault(term[0], set()).add(number)
        return first_words, first_chars

    @cached_property
    def _numbers(self) -> dict[tuple[tuple[str, ...], tuple[str, ...]], int]:
        return {entry: number for number, entry in enumerate(self.entries)}

    @cached_property
    def _numbers_by_name(self) -> dict[str, int]:
        return {en[0]: number for number, (en, _) in enumerate(self.entries)}

    @cached_property
    def _english_patterns(self) -> list[re.Pattern[str]]:
        # Longest first: "prognostic markers" is one term, not "prognostic" before "markers".
        return [
            re.compile("|".join(map(_english_pattern, sorted(en, key=len, reverse=True))))
            for en, _ in self.entries
        ]

    @cached_property
    def _anchors(self) -> list[tuple[str, ...]]:
        """Per entry, a text that each of its English terms holds wherever it is named, once
        hyphens are read as spaces: the term, or a phrasal verb's verb, whose object may stand
        before its particle. Only a first sift: the term's pattern decides."""
        return [tuple(_PHRASAL.sub("", t).replace("-", " ") for t in en) for en, _ in self.entries]


def load_glossary(corpus_dir: Path) -> Glossary:
    """Read ``glossary.yaml`` from the corpus folder; an absent file is an empty glossary."""
    path = corpus_dir / GLOSSARY_FILE
    if not path.exists():
        return Glossary()
    import yaml

    raw = path.read_bytes()
    try:
        data = parse_yaml(raw.decode("utf-8"))
    except (UnicodeDecodeError, yaml.YAMLError) as exc:
        raise CorpusError(f"{path}: is not a readable YAML glossary ({exc})") from exc
    if not isinstance(data, list):
        raise CorpusError(f"{path}: must be a YAML list of {{en: [...], zh: [...]}} entries")
    entries = []
    includes = []
    for number, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            raise CorpusError(f"{path}: entry {number} must have 'en' and 'zh' lists")
        en, zh = _terms(item.get("en")), _terms(item.get("zh"))
        if not en or not zh:
            raise CorpusError(f"{path}: entry {number} needs both 'en' and 'zh' terms")
        entries.append((tuple(t.lower() for t in en), zh))
        includes.append(tuple(t.lower() for t in _terms(item.get("includes"))))
    first_terms = {en[0]: number for number, (en, _) in enumerate(entries)}
    named = {term: first_terms[en[0]] for en, _ in entries for term in en}
    for number, names in enumerate(includes):
        for name in names:
            if named.get(name, number) == number:
                raise CorpusError(
                    f"{path}: entry {number + 1} includes '{name}', which names no other entry"
                )
    # Kept by each included entry's first English term, as the manifest stores them.
    resolved = tuple(tuple(entries[named[n]][0][0] for n in names) for names in includes)
    return Glossary(tuple(entries), hashlib.sha256(raw).hexdigest(), resolved)


def _terms(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return ()
    return tuple(str(v).strip() for v in value if str(v).strip())


# A term's last word, and the words after which it is part of an idiom that means something
# else: a cancer that comes back recurs, a reader "keeps coming back to" a review; food is
# eaten, but a complication "eats into" quality of life; a frail patient falls, but a review
# "falls under" a section.
_IDIOM_AFTER = {
    "back": "to",
    "eat": "into|away",
    "eating": "into|away",
    "falls": "under|into|within|in|short|apart",
}


def _english_pattern(term: str) -> str:
    """A term as whole words. A plural the entry does not list is still the term ("circRNAs");
    a phrasal verb may hold its object between verb and particle ("let it out", "pass that
    trick on")."""
    phrasal = _PHRASAL.search(term)
    if phrasal and " " not in term[: phrasal.start()]:
        verb = re.escape(term[: phrasal.start()])
        words = r"(?:\s+[a-z'’-]+){0,2}"
        # Only the verb is the match, so that the object stays a term of its own.
        return rf"(?<![a-z0-9]){verb}(?:e?s|e?d|ing)?(?={words}\s+{phrasal.group(1)}(?![a-z0-9]))"
    # "small-cell-lung-cancer" names small cell lung cancer: a hyphen joins words as a space
    # parts them. Not the other way: "go to the emergency room" is no "go-to" treatment.
    words = r"[\s-]+".join(map(re.escape, term.split()))
    idiom = _IDIOM_AFTER.get(term.split()[-1])
    not_idiom = rf"(?!\s+(?:{idiom})\b)" if idiom else ""
    return rf"(?<![a-z0-9]){words}(?:e?s)?(?![a-z0-9]){not_idiom}"


def _any_in(terms: tuple[str, ...], text: str) -> bool:
    return any(term in text for term in terms)


def _occurrences(text: str, term: str) -> list[int]:
    if term not in text:  # most of the glossary is absent from any one text
        return []
    return [m.start() for m in re.finditer(re.escape(term), text)]


def _unique(items) -> list[str]:
    return list(dict.fromkeys(items))
