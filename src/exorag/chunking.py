"""Split a document into citable passages: by Markdown section, then by sentence (EN + ZH).

Every span indexes into the source file, so a passage is always quoted verbatim.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass

from .types import Chunk, Document

TITLE_SECTION = "Title"
# Bump when chunk boundaries change: an index built by another version is refused.
CHUNKER_VERSION = "3"

_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t#]*$")
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+")
_LIST_NUMBER = re.compile(r"[ \t]*\d{1,3}\.")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Units an over-long sentence may be cut between: a Chinese character or a run of non-space.
_TOKEN = re.compile(
    r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[^\s\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+"
)
_LATIN_WORD = re.compile(r"[A-Za-z0-9]+(?:[-'’./][A-Za-z0-9]+)*")
# An English sentence ends at . ! ? (plus closing quotes/brackets) before a space and a
# capital, digit or opening mark; a Chinese one right after 。！？；.
_EN_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9\u4e00-\u9fff])")
_ZH_END = re.compile(r"[。！？；][”’」』）]*")
_ABBREVIATIONS = frozenset(
    "e.g i.e et al fig figs vs dr mr ms prof no vol etc approx ca cf sec ref refs eq resp".split()
    # Words of abbreviated journal titles ("Front. Oncol.", "J. Clin. Oncol.", "Nat. Rev.").
    + "front oncol clin biol biochem pharmacol immunol natl acad proc lett sci rev nat ther"
    " int mol exp transl".split()
)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int


def cjk_count(text: str) -> int:
    return len(_CJK.findall(text))


def word_count(text: str) -> int:
    """Words in mixed text: Latin words, plus one per two Chinese characters (the length
    of a typical Chinese word), rounded up.
    """
    return len(_LATIN_WORD.findall(text)) + (cjk_count(text) + 1) // 2


def language_of(text: str) -> str:
    cjk = cjk_count(text)
    latin = len(_LATIN_WORD.findall(text))
    return "zh" if cjk and cjk >= latin else "en"


def split_sentences(text: str, offset: int = 0) -> list[Sentence]:
    """Sentence spans in ``text`` (shifted by ``offset``), trimmed of surrounding space.

    List items and blank-line separated blocks always end a sentence.
    """
    sentences: list[Sentence] = []
    for block_start, block_end in _blocks(text):
        cut = block_start
        for end in _sentence_ends(text, block_start, block_end):
            sentences.extend(_trimmed(text, cut, end, offset))
            cut = end
        sentences.extend(_trimmed(text, cut, block_end, offset))
    return sentences


def chunk_document(
    document: Document,
    max_words: int = 80,
    max_cjk_chars: int = 200,
    text: str | None = None,
    body_start: int | None = None,
    source: str = "summary",
) -> list[Chunk]:
    """Passages of at most about ``max_words`` words or ``max_cjk_chars`` Chinese characters.

    ``text``/``body_start`` default to the document's own file; the fetched full text is
    chunked through the same path with ``source="full_text"``.
    """
    text = document.text if text is None else text
    body_start = document.body_start if body_start is None else body_start
    chunks: list[Chunk] = []
    for section, start, end in _sections(text, body_start):
        pieces = _pieces(split_sentences(text[start:end], start), text, max_words, max_cjk_chars)
        for group in _pack(pieces, text, max_words, max_cjk_chars):
            span_start, span_end = group[0].start, group[-1].end
            passage = text[span_start:span_end]
            digest = hashlib.sha1(passage.encode("utf-8")).hexdigest()[:10]
            chunks.append(
                Chunk(
                    id=f"{document.id}:{source}:{span_start}-{span_end}:{digest}",
                    doc_id=document.id,
                    text=passage,
                    section=section,
                    start=span_start,
                    end=span_end,
                    language=language_of(passage),
                    source=source,
                )
            )
    return chunks


def _sections(text: str, body_start: int) -> Iterator[tuple[str, int, int]]:
    """(section path, start, end) for the text under each heading. The H1 title is no level of
    the path; its own text is a passage, in section "Title", so that "What is the paper's
    title?" is answered by a quote, as every answer is."""
    path: list[tuple[int, str]] = []
    section_start = body_start
    position = body_start
    current = ""
    for line in text[body_start:].splitlines(keepends=True):
        heading = _HEADING.match(line.rstrip("\r\n"))
        if heading:
            if position > section_start:
                yield current, section_start, position
            level, title = len(heading.group(1)), heading.group(2).strip()
            if level == 1:
                yield TITLE_SECTION, position + heading.start(2), position + heading.end(2)
            path = [(lvl, name) for lvl, name in path if lvl < level]
            if level > 1:
                path.append((level, title))
            current = " > ".join(name for _, name in path)
            section_start = position + len(line)
        position += len(line)
    if position > section_start:
        yield current, section_start, position


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    """Paragraphs and list items: the units a sentence never crosses."""
    block_start = None
    position = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if not stripped or _LIST_ITEM.match(line) or stripped.startswith("|"):
            if block_start is not None:
                yield block_start, position
                block_start = None
            if stripped:
                block_start = position
        elif block_start is None:
            block_start = position
        position += len(line)
    if block_start is not None:
        yield block_start, position


def _sentence_ends(text: str, start: int, end: int) -> Iterator[int]:
    ends: set[int] = set()
    for match in _ZH_END.finditer(text, start, end):
        ends.add(match.end())
    for match in _EN_END.finditer(text, start, end):
        word = re.search(r"([A-Za-z.]+)\.?$", text[max(start, match.start() - 12) : match.start()])
        if word and word.group(1).lower().rstrip(".") in _ABBREVIATIONS:
            continue
        initial = (
            match.start() > start
            and text[match.start() - 1].isupper()
            and match.group() == "."
            and (match.start() - 1 == start or not text[match.start() - 2].isalnum())
        )
        if initial:
            continue  # such as "J. Smith"
        line_start = max(start, text.rfind("\n", start, match.start()) + 1)
        if _LIST_NUMBER.fullmatch(text, line_start, match.end()):
            continue  # the number of a list item ("1. Department of …"), not a sentence
        ends.add(match.end())
    yield from sorted(e for e in ends if start < e < end)


def _trimmed(text: str, start: int, end: int, offset: int) -> list[Sentence]:
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped or not any(ch.isalnum() for ch in stripped):
        return []
    # A list item's bullet or number is layout, not part of what it says.
    marker = _LIST_ITEM.match(stripped)
    if marker and marker.end() < len(stripped):
        stripped = stripped[marker.end() :]
    lead = len(piece) - len(piece.lstrip())
    lead += len(piece.strip()) - len(stripped)
    return [Sentence(offset + start + lead, offset + start + lead + len(stripped))]


def _size(text: str, max_words: int, max_cjk_chars: int) -> float:
    """Fraction of a passage's budget that ``text`` uses (English words and Chinese chars)."""
    return len(_LATIN_WORD.findall(text)) / max_words + cjk_count(text) / max_cjk_chars


def _pieces(
    sentences: list[Sentence], text: str, max_words: int, max_cjk_chars: int
) -> list[Sentence]:
    """Sentences, with any single one over budget cut at word boundaries."""
    pieces: list[Sentence] = []
    for sentence in sentences:
        if _size(text[sentence.start : sentence.end], max_words, max_cjk_chars) <= 1.0:
            pieces.append(sentence)
            continue
        tokens = list(_TOKEN.finditer(text[sentence.start : sentence.end]))
        cut = 0
        for index, token in enumerate(tokens):
            piece = text[sentence.start + tokens[cut].start() : sentence.start + token.end()]
            if index > cut and _size(piece, max_words, max_cjk_chars) > 1.0:
                pieces.append(
                    Sentence(
                        sentence.start + tokens[cut].start(),
                        sentence.start + tokens[index - 1].end(),
                    )
                )
                cut = index
        pieces.append(Sentence(sentence.start + tokens[cut].start(), sentence.end))
    return pieces


def _pack(
    pieces: list[Sentence], text: str, max_words: int, max_cjk_chars: int
) -> Iterator[list[Sentence]]:
    group: list[Sentence] = []
    for piece in pieces:
        if group and _size(text[group[0].start : piece.end], max_words, max_cjk_chars) > 1.0:
            yield group
            group = []
        group.append(piece)
    if group:
        yield group
