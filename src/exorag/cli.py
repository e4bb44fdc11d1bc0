"""The ``exorag`` command: a thin shell that parses options, calls the library, prints.

Library errors become one clean line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import gc
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from .config import Settings
from .errors import ExoragError

_dir_option = functools.partial(
    click.option, type=click.Path(file_okay=False, path_type=Path), default=None
)


def corpus_and_index(command: Callable[..., Any]) -> Callable[..., Any]:
    """Add --corpus, --index and --chroma-url (env EXORAG_CORPUS_DIR, EXORAG_INDEX_DIR,
    EXORAG_CHROMA_URL) to a command.
    """
    command = click.option(
        "--chroma-url",
        metavar="URL",
        default=None,
        help="Keep the index on this Chroma server (`chroma run`), e.g. http://host:8000, "
        "instead of in the index folder [env EXORAG_CHROMA_URL]",
    )(command)
    command = _dir_option(
        "--index", "index_dir", help="Index folder [env EXORAG_INDEX_DIR; default ./index]"
    )(command)
    return _dir_option(
        "--corpus", "corpus_dir", help="Corpus folder [env EXORAG_CORPUS_DIR; default ./corpus]"
    )(command)


def settings_from(corpus_dir: Path | None, index_dir: Path | None, **overrides: object) -> Settings:
    return Settings.from_env(corpus_dir=corpus_dir, index_dir=index_dir, **overrides)


def fail_cleanly(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turn an ``ExoragError`` into ``Error: …`` on stderr and exit status 1."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except ExoragError as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="exorag")
def main() -> None:
    """exorag: ask questions about the corpus's reviews; answers quote and cite passages."""
    # Python's last collection at exit walks every object the imports created, for objects
    # that end with the process all the same: 0.2 s once chromadb's client is imported (a
    # Chroma server's commands), a few hundredths otherwise.
    atexit.register(gc.freeze)


@main.command()
@corpus_and_index
@click.option("--rebuild", is_flag=True, help="Start over instead of updating what changed.")
@fail_cleanly
def index(
    corpus_dir: Path | None, index_dir: Path | None, chroma_url: str | None, rebuild: bool
) -> None:
    """Build or update the index from the corpus (only changed documents are embedded)."""
    from .index import build_index, index_location

    settings = settings_from(corpus_dir, index_dir, chroma_url=chroma_url)
    with _ProgressBar("Embedding passages") as progress:
        report = build_index(settings, rebuild=rebuild, progress=progress)
    for skipped in report.skipped:
        click.echo(f"skipped {skipped.path}: {skipped.reason}", err=True)
    if report.changed:
        click.echo(
            f"Indexed {index_location(settings)}: {len(report.added)} added, {len(report.updated)} "
            f"updated, {len(report.removed)} removed, {len(report.unchanged)} unchanged; "
            f"{report.passages} passages in {report.seconds:.1f} s."
        )
    else:
        click.echo(
            f"Index {index_location(settings)} is up to date: {len(report.unchanged)} documents, "
            f"{report.passages} passages."
        )
    if report.skipped:
        sys.exit(1)


@main.command()
@click.argument("question")
@corpus_and_index
@click.option("--json", "as_json", is_flag=True, help="Print Answer.to_dict() as JSON.")
@click.option("--top-k", default=5, show_default=True, type=click.IntRange(1, 50))
@click.option("--doc", "doc_ids", multiple=True, metavar="ID", help="Search only this document.")
@click.option(
    "--llm-url",
    metavar="URL",
    help="OpenAI-compatible server to phrase the answer, e.g. http://localhost:11434/v1 "
    "[env EXORAG_LLM_BASE_URL; default: none, answers are quoted]",
)
@click.option("--llm-model", metavar="NAME", help="Model on that server [env EXORAG_LLM_MODEL]")
@fail_cleanly
def ask(
    question: str,
    corpus_dir: Path | None,
    index_dir: Path | None,
    chroma_url: str | None,
    as_json: bool,
    top_k: int,
    doc_ids: tuple[str, ...],
    llm_url: str | None,
    llm_model: str | None,
) -> None:
    """Answer QUESTION with sentences quoted from the corpus, each cited as [n].

    With a language model (--llm-url), the answer is phrased by it instead, and a sentence is
    kept only if the passage it cites supports it.
    """
    from .api import Assistant

    settings = settings_from(
        corpus_dir, index_dir, chroma_url=chroma_url, llm_base_url=llm_url, llm_model=llm_model
    )
    answer = Assistant(settings=settings).ask(question, top_k=top_k, doc_ids=list(doc_ids) or None)
    if answer.notice:
        click.echo(answer.notice, err=True)
    if as_json:
        click.echo(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
        return
    click.echo(answer.text)
    if answer.mode == "generative":
        click.echo(
            f"(Phrased by {settings.llm_model}; every sentence checked against its source; "
            f"{answer.dropped} unsupported sentence{'s' * (answer.dropped != 1)} dropped.)"
        )
    click.echo()
    click.echo("Closest passages (none answers):" if answer.abstained else "Sources:")
    for c in answer.citations:
        authors = _short_authors(c.authors)
        click.echo(
            f"[{c.n}] {authors} ({c.year or 'n.d.'}). {c.title}. {c.section or 'Body'}"
            f" [{c.language}, {c.source}] score {c.score:.2f}"
        )
        click.echo(f"    {' '.join(c.text.split())}")
        if c.url:
            click.echo(f"    {c.url}")


@main.command()
@corpus_and_index
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@fail_cleanly
def docs(
    corpus_dir: Path | None, index_dir: Path | None, chroma_url: str | None, as_json: bool
) -> None:
    """List the indexed documents and their passage counts."""
    from .api import IndexStatus
    from .index import live_manifest

    settings = settings_from(corpus_dir, index_dir, chroma_url=chroma_url)
    status = IndexStatus.from_manifest(live_manifest(settings))
    if as_json:
        click.echo(json.dumps(status.to_dict(), ensure_ascii=False))
        return
    for doc_id, title, passages in status.document_list:
        click.echo(f"{doc_id}\t{passages} passages\t{title}")
    click.echo(f"{status.documents} documents, {status.passages} passages, model {status.model}")


@main.command(name="eval")
@click.argument("questions", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@corpus_and_index
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--top-k", default=5, show_default=True, type=click.IntRange(1, 50))
@fail_cleanly
def eval_command(
    questions: Path,
    corpus_dir: Path | None,
    index_dir: Path | None,
    chroma_url: str | None,
    as_json: bool,
    top_k: int,
) -> None:
    """Score the assistant on QUESTIONS (JSON lines: question, evidence, answerable; a
    follow-up may add its history, the questions before it)."""
    from .api import Assistant
    from .evaluate import TARGETS, evaluate, load_questions

    settings = settings_from(corpus_dir, index_dir, chroma_url=chroma_url)
    report = evaluate(Assistant(settings=settings), load_questions(questions), top_k)
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        counts = report.counts
        click.echo(
            f"{counts['questions']} questions: {counts['answerable']} answerable, "
            f"{counts['unanswerable']} out of corpus"
        )
        for name, value in report.metrics.items():
            target = TARGETS.get(name)
            verdict = "" if target is None else ("  ok" if value >= target else "  BELOW TARGET")
            floor = f" (target ≥ {target:.0%})" if target else ""
            click.echo(f"  {name:<20} {value:6.1%}{floor}{verdict}")
        click.echo(
            f"  latency              p50 {report.latency_ms['p50']:.0f} ms, "
            f"p95 {report.latency_ms['p95']:.0f} ms"
        )
        for miss in report.misses:
            click.echo(f"miss {miss['id']}: {miss['question']} — {'; '.join(miss['problems'])}")
    if report.failed_targets:
        sys.exit(1)


_corpus_option = _dir_option(
    "--corpus", "corpus_dir", help="Corpus folder [env EXORAG_CORPUS_DIR; default ./corpus]"
)


@main.command()
@_corpus_option
@click.option("--doc", "doc_ids", multiple=True, metavar="ID", help="Fetch only this document.")
@click.option("--force", is_flag=True, help="Rewrite full texts even when unchanged.")
@fail_cleanly
def fetch(corpus_dir: Path | None, doc_ids: tuple[str, ...], force: bool) -> None:
    """Download each document's full text (its full_text_url, else its DOI) into the corpus."""
    from .fetch import FetchResult, fetch_full_texts

    def report(result: FetchResult) -> None:
        click.echo(f"{result.doc_id}: {result.status}: {result.message}", err=result.failed)

    settings = settings_from(corpus_dir, None)
    results = fetch_full_texts(settings, list(doc_ids) or None, force=force, progress=report)
    failed = [r.doc_id for r in results if r.failed]
    if failed:
        raise click.ClickException(
            f"{len(failed)} of {len(results)} fetches failed ({', '.join(failed)}); "
            "full texts fetched before were kept"
        )


@main.command()
@click.argument("source", metavar="PATH_OR_URL")
@_corpus_option
@click.option("--title", help="Title [default: the file's own title or first heading]")
@click.option("--authors", metavar="'A; B'", help="Authors, separated by ';'.")
@click.option("--doi", help="The document's DOI.")
@click.option("--id", "doc_id", help="Document id and file name [default: from the file name]")
@fail_cleanly
def add(
    source: str,
    corpus_dir: Path | None,
    title: str | None,
    authors: str | None,
    doi: str | None,
    doc_id: str | None,
) -> None:
    """Add a Markdown, text, HTML or PDF file, or an http(s) URL, to the corpus."""
    from .add import add_document

    names = [name.strip() for name in (authors or "").split(";") if name.strip()]
    path = add_document(settings_from(corpus_dir, None), source, title, names or None, doi, doc_id)
    click.echo(f"Added {path}; run `exorag index` to make it searchable.")


@main.command()
@corpus_and_index
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port",
    default=7860,
    show_default=True,
    type=click.IntRange(1, 65535),
    envvar="GRADIO_SERVER_PORT",
    help="Port [env GRADIO_SERVER_PORT].",
)
@click.option(
    "--auth",
    metavar="USER:PASSWORD",
    envvar="EXORAG_AUTH",
    help="Ask for this login [env EXORAG_AUTH]; needed to serve beyond this machine.",
)
@fail_cleanly
def serve(
    corpus_dir: Path | None,
    index_dir: Path | None,
    chroma_url: str | None,
    host: str,
    port: int,
    auth: str | None,
) -> None:
    """Chat with the corpus in the browser at http://HOST:PORT (builds a missing index first)."""
    from .api import Assistant
    from .errors import IndexMissingError
    from .index import build_index, index_location, live_build_id
    from .ui import launch

    credentials = _credentials(auth)
    settings = settings_from(corpus_dir, index_dir, chroma_url=chroma_url)
    try:
        live_build_id(settings)
    except IndexMissingError:
        click.echo(f"No index at {index_location(settings)} yet: building it first.", err=True)
        with _ProgressBar("Embedding passages") as progress:
            build_index(settings, progress=progress)
    if credentials is None and not _is_loopback(host):
        click.echo(
            f"Warning: serving on {host} without --auth: anyone who can reach this machine "
            "can use the assistant. Set --auth USER:PASSWORD or EXORAG_AUTH.",
            err=True,
        )
    try:
        app = launch(Assistant(settings=settings), host, port, credentials)
    except OSError as exc:
        raise click.ClickException(f"cannot serve on {host}:{port}: {exc}") from exc
    click.echo(f"exorag is serving on http://{host}:{port} (Ctrl+C to stop)", err=True)
    app.block_thread()


def _credentials(auth: str | None) -> tuple[str, str] | None:
    if not auth:
        return None
    user, colon, password = auth.partition(":")
    if not (user and colon and password):
        raise click.BadParameter("expected USER:PASSWORD", param_hint="--auth")
    return user, password


def _is_loopback(host: str) -> bool:
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _short_authors(authors: tuple[str, ...]) -> str:
    if not authors:
        return "Anonymous"
    family = [a.split()[-1] for a in authors]
    return family[0] + (" et al." if len(family) > 2 else "".join(f" & {f}" for f in family[1:]))


class _ProgressBar:
    """A bar on stderr, created on the first report so no-op runs print nothing.

    click's own bar: tqdm's import alone is a twentieth of indexing the shipped corpus.
    """

    def __init__(self, label: str) -> None:
        self.label = label
        self._bar: Any = None
        self._open = contextlib.ExitStack()

    def __enter__(self) -> _ProgressBar:
        return self

    def __call__(self, done: int, total: int) -> None:
        if self._bar is None:
            bar = click.progressbar(length=total, label=self.label, file=sys.stderr, show_pos=True)
            self._bar = self._open.enter_context(bar)
        self._bar.update(done - self._bar.pos)

    def __exit__(self, *exc: object) -> None:
        self._open.close()
