"""corpus.py: front matter is the public contract for documents; bad files say what is wrong."""

from __future__ import annotations

import hashlib

import pytest
from conftest import CORPUS, write_document

from exorag.corpus import full_text_path, list_documents, read_document
from exorag.errors import CorpusError, FrontMatterError

FULL_FRONT_MATTER = """---
id: fonc.2025.1539047
title: "Exosome, an important transmitter in the drug resistance of non-small cell lung cancer"
authors:
  - Hongzhi Ji
  - Li Zhang
journal: Frontiers in Oncology
date: "2025-04-28"
doi: 10.3389/fonc.2025.1539047
url: https://doi.org/10.3389/fonc.2025.1539047
full_text_url: ""
language: [en, zh]
license: CC BY 4.0
---

# Exosome, an important transmitter

Exosomes are small.
"""


def test_front_matter_fields_are_read(tmp_path):
    path = tmp_path / "review.md"
    path.write_text(FULL_FRONT_MATTER, encoding="utf-8")
    doc = read_document(path)
    assert doc.id == "fonc.2025.1539047"
    assert doc.title.startswith("Exosome, an important transmitter")
    assert doc.authors == ("Hongzhi Ji", "Li Zhang")
    assert doc.journal == "Frontiers in Oncology"
    assert (doc.date, doc.year) == ("2025-04-28", 2025)
    assert doc.doi == "10.3389/fonc.2025.1539047"
    assert doc.link == "https://doi.org/10.3389/fonc.2025.1539047"
    assert doc.full_text_url == ""
    assert doc.language == ("en", "zh")
    assert doc.license == "CC BY 4.0"
    assert doc.body.startswith("\n# Exosome, an important transmitter")
    assert doc.text == FULL_FRONT_MATTER
    assert doc.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_authors_and_languages_may_be_one_string(tmp_path):
    path = write_document(
        tmp_path, "a.md", "Body.", authors="Yuan Yuan; Hao Tang", language="en, zh"
    )
    doc = read_document(path)
    assert doc.authors == ("Yuan Yuan", "Hao Tang")
    assert doc.language == ("en", "zh")


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("2025-11-20", "2025-11-20"),  # unquoted: YAML reads a date
        ('"2025-11-20"', "2025-11-20"),
        ("2025-11-20 10:30:00", "2025-11-20"),  # YAML reads a datetime
        ("2025-11", "2025-11"),
        ("2025", "2025"),
    ],
)
def test_dates_become_iso_text(tmp_path, written, iso):
    path = tmp_path / "dated.md"
    path.write_text(f"---\ntitle: T\ndate: {written}\n---\nBody.\n", encoding="utf-8")
    doc = read_document(path)
    assert (doc.date, doc.year) == (iso, 2025)


def test_id_defaults_to_the_file_stem(tmp_path):
    path = tmp_path / "fonc.2025.1539047.md"
    path.write_text("---\ntitle: A review\n---\nBody.\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.id == "fonc.2025.1539047"
    assert (doc.authors, doc.date, doc.year, doc.language) == ((), "", None, ("en",))


def test_the_shipped_corpus_reads_cleanly():
    listing = list_documents(CORPUS)
    assert listing.skipped == ()
    assert [d.id for d in listing.documents] == ["PMC12883948", "fonc.2025.1539047"]
    for doc in listing.documents:
        assert doc.title and doc.authors and doc.year == 2025 and doc.doi and doc.url


@pytest.mark.parametrize(
    ("content", "error", "message"),
    [
        (b"# Just a heading\n\nNo front matter.\n", FrontMatterError, "has no front matter"),
        (b"---\ntitle: T\nNo closing line.\n", FrontMatterError, "has no front matter"),
        (
            b"---\ntitle: [unclosed\n---\nBody.\n",
            FrontMatterError,
            "front matter is not valid YAML at line 2",
        ),
        (b"---\njust a sentence\n---\nBody.\n", FrontMatterError, "must be YAML 'key: value'"),
        (b"---\nauthors: [A]\n---\nBody.\n", FrontMatterError, "needs a non-empty 'title'"),
        (b"---\ntitle: '  '\n---\nBody.\n", FrontMatterError, "needs a non-empty 'title'"),
        (
            b"---\nid: has space/slash\ntitle: T\n---\nBody.\n",
            FrontMatterError,
            "id 'has space/slash' must be letters, digits",
        ),
        (
            b"---\ntitle: T\ndate: yesterday\n---\nBody.\n",
            FrontMatterError,
            "'date' must be an ISO date",
        ),
        (
            b"---\ntitle: T\nauthors: {first: A}\n---\nBody.\n",
            FrontMatterError,
            "'authors' must be a list of names",
        ),
        (b"---\ntitle: T\n---\n\x00\x01\x02\x89PNG", CorpusError, "is a binary file"),
        ("---\ntitle: Café\n---\nBody.\n".encode("latin-1"), CorpusError, "is not UTF-8 text"),
    ],
    ids=[
        "no-front-matter",
        "unclosed",
        "invalid-yaml",
        "not-a-mapping",
        "no-title",
        "blank-title",
        "bad-id",
        "bad-date",
        "authors-mapping",
        "binary",
        "latin-1",
    ],
)
def test_unusable_files_are_refused_with_a_specific_message(tmp_path, content, error, message):
    path = tmp_path / "bad.md"
    path.write_bytes(content)
    with pytest.raises(error, match=message) as caught:
        read_document(path)
    assert str(caught.value).startswith(f"{path}: ")


def test_listing_skips_malformed_files_with_reasons_and_duplicate_ids(tmp_path):
    write_document(tmp_path, "a.md", "First.", id="shared")
    (tmp_path / "b.md").write_text("# No front matter\n", encoding="utf-8")
    write_document(tmp_path, "c.md", "Same id again.", id="shared")
    write_document(tmp_path, "d.md", "Fine.")
    listing = list_documents(tmp_path)
    assert [d.id for d in listing.documents] == ["shared", "d"]
    assert [(s.path.name, s.reason) for s in listing.skipped] == [
        (
            "b.md",
            "has no front matter; start the file with a '---' line, YAML fields "
            "(at least 'title'), and a closing '---' line",
        ),
        ("c.md", "duplicate id 'shared', already used by a.md"),
    ]


def test_full_texts_and_other_files_are_not_documents(tmp_path):
    summary = write_document(tmp_path, "a.md", "Summary.")
    assert full_text_path(summary) == tmp_path / "a.fulltext.md"
    full_text_path(summary).write_text("# Full text\n\nNo front matter here.\n", encoding="utf-8")
    (tmp_path / "glossary.yaml").write_text("- en: [exosome]\n  zh: [外泌体]\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not Markdown", encoding="utf-8")
    listing = list_documents(tmp_path)
    assert [d.id for d in listing.documents] == ["a"]
    assert listing.skipped == ()


def test_a_missing_corpus_folder_says_how_to_point_at_one(tmp_path):
    with pytest.raises(CorpusError, match="does not exist; pass --corpus DIR or set EXORAG_CORPUS"):
        list_documents(tmp_path / "nowhere")
