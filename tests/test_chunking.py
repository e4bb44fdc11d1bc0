"""chunking.py: a document becomes citable passages, by section and by sentence, EN and ZH."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from conftest import CORPUS, write_document

from exorag.chunking import CHUNKER_VERSION, chunk_document, cjk_count, split_sentences, word_count
from exorag.corpus import read_document
from exorag.types import Document


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


def english_words(text: str) -> int:
    return len(re.findall(r"[A-Za-z0-9]+(?:[-'’./][A-Za-z0-9]+)*", text))


def document(tmp_path: Path, body: str, name: str = "paper.md") -> Document:
    return read_document(write_document(tmp_path, name, body))


def test_english_sentences_survive_abbreviations_decimals_and_dois():
    text = (
        "Exosomes carry cargo, e.g. miRNA and proteins. Smith et al. showed this in 2020. "
        "The mean size was 3.5 nm, i.e. small. See doi 10.3389/fonc.2025.1539047 for details. "
        "Fig. 2 shows it vs. controls. Is it real? Yes!"
    )
    assert sentences(text) == [
        "Exosomes carry cargo, e.g. miRNA and proteins.",
        "Smith et al. showed this in 2020.",
        "The mean size was 3.5 nm, i.e. small.",
        "See doi 10.3389/fonc.2025.1539047 for details.",
        "Fig. 2 shows it vs. controls.",
        "Is it real?",
        "Yes!",
    ]


def test_an_abbreviated_journal_title_is_not_cut_into_sentences():
    # An answer once quoted "Front." and "Oncol." as two sentences of their own.
    text = "Front. Oncol. (Frontiers in Oncology) — Sec. Thoracic Oncology. J. Clin. Oncol. agrees."
    assert sentences(text) == [
        "Front. Oncol. (Frontiers in Oncology) — Sec. Thoracic Oncology.",
        "J. Clin. Oncol. agrees.",
    ]


def test_chinese_sentences_end_at_full_width_marks():
    text = "外泌体是细胞外囊泡。它们携带蛋白质！是否有用？是的；确实如此。"
    assert sentences(text) == [
        "外泌体是细胞外囊泡。",
        "它们携带蛋白质！",
        "是否有用？",
        "是的；",
        "确实如此。",
    ]


def test_mixed_languages_split_at_each_language_s_own_ends():
    text = "Exosomes are small. 外泌体的直径为40-160 nm。They form in MVBs."
    assert sentences(text) == [
        "Exosomes are small.",
        "外泌体的直径为40-160 nm。",
        "They form in MVBs.",
    ]


def test_list_items_and_paragraphs_are_sentence_boundaries():
    text = (
        "- Exosomes mediate tumor-stroma interactions\n"
        "- Exosomes influence energy metabolism. They shape the niche.\n"
        "1. numbered item\n"
        "2) another item\n"
        "\n"
        "A paragraph without a full stop\n"
        "\n"
        "A paragraph that wraps\nonto a second line."
    )
    assert sentences(text) == [
        "Exosomes mediate tumor-stroma interactions",
        "Exosomes influence energy metabolism.",
        "They shape the niche.",
        "numbered item",
        "another item",
        "A paragraph without a full stop",
        "A paragraph that wraps\nonto a second line.",
    ]


def test_sections_are_heading_paths_below_the_title_which_is_a_passage_of_its_own(tmp_path):
    body = (
        "# The paper's title\n\nIntroductory sentence.\n\n"
        "## Results\n\nResults open here.\n\n"
        "### Size\n\nExosomes are 40-160 nm.\n\n"
        "#### Method\n\nMeasured by NTA.\n\n"
        "## Discussion\n\nIt matters.\n"
    )
    chunks = chunk_document(document(tmp_path, body))
    assert [(c.section, c.text) for c in chunks] == [
        ("Title", "The paper's title"),
        ("", "Introductory sentence."),
        ("Results", "Results open here."),
        ("Results > Size", "Exosomes are 40-160 nm."),
        ("Results > Size > Method", "Measured by NTA."),
        ("Discussion", "It matters."),
    ]


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.md")), ids=lambda p: p.name)
def test_shipped_passages_are_exact_spans_of_their_file(path):
    doc = read_document(path)
    chunks = chunk_document(doc)
    raw = path.read_bytes().decode("utf-8")
    assert chunks
    for chunk in chunks:
        assert chunk.text == raw[chunk.start : chunk.end]
        assert chunk.start >= doc.body_start
        assert chunk.doc_id == doc.id
    starts = [c.start for c in chunks]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in itertools.pairwise(chunks))


def test_no_text_is_lost_between_passages(tmp_path):
    body = (
        "# Title\n\n## Abstract\n\n"
        + "Exosomes carry proteins. " * 30
        + "\n\n外泌体携带蛋白质、脂质和核酸等物质。"
        + "\n\n## Keywords\n\n- exosome\n- bone metastasis\n"
    )
    doc = document(tmp_path, body)
    # Headings name sections; only the H1 title is a passage of its own.
    prose = "\n".join(line for line in doc.body.splitlines() if not line.startswith("##"))
    chunks = chunk_document(doc)
    assert sum(english_words(c.text) for c in chunks) == english_words(prose)
    assert sum(cjk_count(c.text) for c in chunks) == cjk_count(prose)


def test_crlf_files_are_spanned_as_written(tmp_path):
    path = tmp_path / "crlf.md"
    path.write_bytes(b"---\r\ntitle: T\r\n---\r\n## Size\r\n\r\nExosomes are small.\r\nVery.\r\n")
    chunks = chunk_document(read_document(path))
    raw = path.read_bytes().decode("utf-8")
    assert [(c.section, raw[c.start : c.end]) for c in chunks] == [
        ("Size", "Exosomes are small.\r\nVery.")
    ]


def test_passages_fit_the_size_limits(tmp_path):
    body = (
        "## Prose\n\n"
        + "Exosomes are released by many kinds of cells in the body. " * 30
        + "\n\n## 中文\n\n"
        + "外泌体是由细胞内多囊泡体与细胞膜融合后释放到细胞外的囊泡。" * 20
        + "\n\n## One long English sentence\n\n"
        + " ".join(f"word{i}" for i in range(250))
        + ".\n\n## One long Chinese sentence\n\n"
        + "骨转移" * 150
        + "。\n"
    )
    doc = document(tmp_path, body)
    chunks = chunk_document(doc)
    for chunk in chunks:
        assert english_words(chunk.text) <= 80, chunk.text
        assert cjk_count(chunk.text) <= 200, chunk.text
        assert chunk.text == doc.text[chunk.start : chunk.end]
    by_section = {s: [c for c in chunks if c.section == s] for s in {c.section for c in chunks}}
    assert len(by_section["Prose"]) >= 300 // 80
    assert len(by_section["中文"]) >= 20 * 29 // 200
    # An over-long sentence is cut into several passages, at word boundaries.
    long_english = by_section["One long English sentence"]
    assert len(long_english) == 4
    assert [english_words(c.text) for c in long_english] == [80, 80, 80, 10]
    assert all(re.fullmatch(r"word\d+( word\d+)*\.?", c.text) for c in long_english)
    assert len(by_section["One long Chinese sentence"]) == 3


def test_smaller_limits_give_smaller_passages(tmp_path):
    doc = document(tmp_path, "## A\n\n" + "One two three four five. " * 12)
    assert all(word_count(c.text) <= 10 for c in chunk_document(doc, max_words=10))
    assert len(chunk_document(doc, max_words=10)) == 6


def test_chunk_ids_are_doc_source_span_and_content_hash(tmp_path):
    doc = document(tmp_path, "## A\n\nFirst passage.\n\n## B\n\nSecond passage.\n")
    chunks = chunk_document(doc)
    assert [c.id for c in chunks] == [c.id for c in chunk_document(doc)]
    for chunk in chunks:
        assert re.fullmatch(rf"paper:summary:{chunk.start}-{chunk.end}:[0-9a-f]{{10}}", chunk.id)
    assert len({c.id for c in chunks}) == len(chunks)
    assert CHUNKER_VERSION


def test_an_edit_changes_only_the_ids_it_touches(tmp_path):
    original = "## A\n\nExosomes are small.\n\n## B\n\nThey carry protein.\n\n## C\n\nThe end.\n"
    before = chunk_document(document(tmp_path, original))
    appended = chunk_document(document(tmp_path, original + "\n## D\n\nA new finding.\n"))
    assert [c.id for c in appended[:3]] == [c.id for c in before]
    # Same length, other words: the span is the same, the content hash is not.
    edited = chunk_document(document(tmp_path, original.replace("protein", "lectins")))
    assert [c.id == b.id for c, b in zip(edited, before, strict=True)] == [True, False, True]
    # A longer edit moves every later span, so later ids change too (their text does not).
    longer = chunk_document(document(tmp_path, original.replace("small", "very small")))
    assert [c.text for c in longer[1:]] == [c.text for c in before[1:]]
    assert all(c.id != b.id for c, b in zip(longer, before, strict=True))


def test_passages_are_labelled_with_their_language(tmp_path):
    body = (
        "## Abstract\n\n外泌体是由细胞内多囊泡体与细胞膜融合后，释放到细胞外形成的直径为40-160 nm的"
        "细胞外囊泡。\n\n## Summary\n\nExosomes are 40-160 nm vesicles (外泌体).\n"
    )
    chunks = chunk_document(document(tmp_path, body))
    assert [(c.section, c.language) for c in chunks] == [("Abstract", "zh"), ("Summary", "en")]


def test_the_shipped_chinese_abstract_is_labelled_zh():
    chunks = chunk_document(read_document(CORPUS / "PMC12883948.md"))
    abstract = [c for c in chunks if c.section == "Abstract"]
    assert abstract
    assert {c.language for c in abstract} == {"zh"}
    assert any("直径为40-160 nm" in c.text for c in abstract)
    assert {c.language for c in chunks if c.section == "TL;DR"} == {"en"}


def test_word_count_counts_latin_words_and_chinese_words_of_two_characters():
    assert word_count("Exosomes are 40-160 nm") == 4
    assert word_count("外泌体") == 2  # three characters, rounded up to two words
    assert word_count("外泌体 are miR-21 carriers") == 5
    assert word_count("") == 0


def test_a_list_items_number_is_no_sentence_of_its_own():
    # A number before a capital ends no sentence: "1." is layout, "Department …" the item.
    text = "Affiliations:\n1. Department of Respiratory, Weifang, China\n2. Department of Oncology"
    assert sentences(text) == [
        "Affiliations:",
        "Department of Respiratory, Weifang, China",
        "Department of Oncology",
    ]
