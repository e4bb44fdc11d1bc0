"""add.py: a user's Markdown, text, HTML or PDF file (or URL) becomes a corpus document."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import FETCH_DATA, Publisher

from exorag import Assistant
from exorag.add import add_document
from exorag.cli import main
from exorag.config import Settings
from exorag.corpus import list_documents, read_document
from exorag.errors import ConversionError, CorpusError, DuplicateDocumentError
from exorag.index import build_index

PDF_LINES = [
    "Exosomal LUMIX-9 in lung adenocarcinoma",
    "The exosomal protein LUMIX-9 doubled the invasion of A549 cells in a transwell assay.",
    "Blocking exosome release with GW4869 removed this effect.",
]


def make_pdf(lines: list[str], title: str = "") -> bytes:
    """A minimal valid one-page PDF showing ``lines`` in Helvetica, with an optional /Title."""

    def literal(text: str) -> str:
        return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"

    content = "BT /F1 11 Tf 14 TL 72 720 Td " + " ".join(f"{literal(t)} Tj T*" for t in lines)
    content += " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        f"<< /Title {literal(title)} >>" if title else "<< >>",
    ]
    pdf = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(pdf)
    pdf += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    pdf += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    trailer = f"<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>"
    pdf += f"trailer\n{trailer}\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(pdf)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    corpus = tmp_path / "corpus"
    shutil.copytree(FETCH_DATA / "corpus", corpus)
    return Settings(corpus_dir=corpus, index_dir=tmp_path / "index")


def write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, str):
        content = content.encode()
    path.write_bytes(content)
    return path


def test_markdown_file_is_added_with_front_matter_and_its_heading_as_title(
    settings: Settings, tmp_path: Path
) -> None:
    source = write(
        tmp_path / "my notes.md", "Draft.\n\n# Notes on exosomes\n\nExosomes are small.\n"
    )

    added = add_document(settings, source, authors=["Ada Lovelace"], doi="10.1/notes")

    assert added == settings.corpus_dir / "my-notes.md"
    document = read_document(added)
    assert (document.id, document.title) == ("my-notes", "Notes on exosomes")
    assert (document.authors, document.doi) == (("Ada Lovelace",), "10.1/notes")
    assert document.body.strip() == source.read_text().strip()
    assert "my-notes" in {d.id for d in list_documents(settings.corpus_dir).documents}


def test_markdown_front_matter_is_kept_and_arguments_override_it(
    settings: Settings, tmp_path: Path
) -> None:
    source = write(
        tmp_path / "paper.md",
        "---\nid: own-id\ntitle: Own title\njournal: J\ndate: 2024-05-01\n---\n\nBody text.\n",
    )
    document = read_document(add_document(settings, source, title="Better title"))
    assert (document.id, document.title, document.journal, document.date) == (
        "own-id",
        "Better title",
        "J",
        "2024-05-01",
    )
    assert document.body.strip() == "Body text."


def test_html_file_is_converted_with_its_title_and_headings(
    settings: Settings, tmp_path: Path
) -> None:
    source = shutil.copy(FETCH_DATA / "article.html", tmp_path / "resistance.html")

    document = read_document(add_document(settings, source, doc_id="resistance"))

    assert document.title == "Exosomes and drug resistance | Example Journal"
    assert "## Transfer of resistance" in document.body
    assert "tracker" not in document.body


def test_plain_text_takes_its_first_line_as_title(settings: Settings, tmp_path: Path) -> None:
    source = write(tmp_path / "abstract.txt", "Exosomes in bone\n\nThey travel far.\n")
    assert read_document(add_document(settings, source)).title == "Exosomes in bone"


def test_pdf_is_added_with_its_metadata_title(settings: Settings, tmp_path: Path) -> None:
    source = write(tmp_path / "lumix.pdf", make_pdf(PDF_LINES, title="LUMIX-9 study"))

    document = read_document(add_document(settings, source))

    assert (document.id, document.title) == ("lumix", "LUMIX-9 study")
    assert "doubled the invasion of A549 cells" in " ".join(document.body.split())


def test_pdf_without_metadata_takes_its_first_line_as_title(
    settings: Settings, tmp_path: Path
) -> None:
    source = write(tmp_path / "untitled.pdf", make_pdf(PDF_LINES))
    assert read_document(add_document(settings, source)).title == PDF_LINES[0]


def test_url_is_downloaded_and_added(settings: Settings, publisher: Publisher) -> None:
    added = add_document(settings, f"{publisher.url}/article.html")

    document = read_document(added)
    assert added.name == "article.md"
    assert document.url == f"{publisher.url}/article.html"
    assert "Exosomal miR-7788" in document.body


def test_duplicates_are_refused(settings: Settings, tmp_path: Path) -> None:
    source = write(tmp_path / "notes.md", "# Notes\n\nExosomes are small.\n")
    add_document(settings, source)

    with pytest.raises(DuplicateDocumentError, match=r"id 'notes' is already used by notes\.md"):
        add_document(settings, source)
    with pytest.raises(DuplicateDocumentError, match="same text is already in the corpus"):
        add_document(settings, source, doc_id="other")
    rewrapped = write(tmp_path / "rewrapped.md", "# Notes\n\nExosomes\nare   small.\n")
    with pytest.raises(DuplicateDocumentError, match=r"as notes\.md"):
        add_document(settings, rewrapped)
    other = write(tmp_path / "new.md", "# New\n\nSomething else.\n")
    with pytest.raises(DuplicateDocumentError, match=r"'alpha' is already used by alpha\.md"):
        add_document(settings, other, doc_id="alpha")


@pytest.mark.parametrize(
    ("name", "content", "error", "reason"),
    [
        ("empty.txt", b"  \n\n", ConversionError, "holds no text"),
        ("binary.txt", b"\x00\x01\x02abc", ConversionError, "is a binary file"),
        ("latin1.md", "café".encode("latin-1"), ConversionError, "is not UTF-8 text"),
        ("broken.pdf", b"%PDF-1.4\nthis is no PDF", ConversionError, "is not a readable PDF"),
        ("blank.pdf", make_pdf([]), ConversionError, "holds no text"),
        ("paper.docx", b"PK\x03\x04", CorpusError, "cannot add a '.docx' file"),
        ("bad front.md", b"---\ntitle: [unclosed\n---\nText", CorpusError, "not valid YAML"),
    ],
)
def test_unreadable_files_are_refused_and_leave_no_trace(
    settings: Settings,
    tmp_path: Path,
    name: str,
    content: bytes,
    error: type[Exception],
    reason: str,
) -> None:
    before = sorted(settings.corpus_dir.iterdir())
    with pytest.raises(error, match=reason):
        add_document(settings, write(tmp_path / name, content))
    assert sorted(settings.corpus_dir.iterdir()) == before


def test_missing_files_and_bad_ids_are_refused(settings: Settings, tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="not found, or not a file"):
        add_document(settings, tmp_path / "nowhere.md")
    source = write(tmp_path / "ok.md", "# Fine\n\nText.\n")
    with pytest.raises(CorpusError, match="must be letters, digits"):
        add_document(settings, source, doc_id="no spaces")
    with pytest.raises(CorpusError, match="reserved for full texts"):
        add_document(settings, source, doc_id="alpha.fulltext")


def test_cli_add_then_refuse_the_same_file(settings: Settings, tmp_path: Path) -> None:
    source = write(tmp_path / "notes.md", "# Notes\n\nExosomes are small.\n")
    args = ["add", str(source), "--corpus", str(settings.corpus_dir), "--authors", "A One; B Two"]

    added = CliRunner().invoke(main, args)
    assert added.exit_code == 0, added.output
    assert "Added" in added.stdout and "exorag index" in added.stdout
    assert read_document(settings.corpus_dir / "notes.md").authors == ("A One", "B Two")

    again = CliRunner().invoke(main, args)
    assert again.exit_code == 1
    assert again.stderr == "Error: id 'notes' is already used by notes.md; pass another --id\n"


def test_added_pdf_is_answerable_after_indexing(settings: Settings, tmp_path: Path) -> None:
    source = write(tmp_path / "lumix.pdf", make_pdf(PDF_LINES, title="LUMIX-9 study"))
    add_document(settings, source, authors=["Cy Example"])

    report = build_index(settings)
    assert "lumix" in report.added
    answer = Assistant(settings=settings).ask("What did LUMIX-9 do to the invasion of A549 cells?")
    assert not answer.abstained
    assert "doubled the invasion" in answer.text
    assert answer.citations[0].doc_id == "lumix"
