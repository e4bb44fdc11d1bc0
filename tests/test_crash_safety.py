"""Crash safety: ``kill -9`` at any moment of ``exorag index``, two writers at once, damaged
index folders, and readers that keep answering while builds are swapped in and pruned.
"""

from __future__ import annotations

import fcntl
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import TINY_CORPUS, shown, write_document

from exorag import Answer, Assistant
from exorag.cli import main
from exorag.config import Settings
from exorag.errors import IndexCorruptError, IndexMismatchError, IndexStateError
from exorag.index import IndexReader, build_index, live_build_id

EXORAG = Path(sys.executable).with_name("exorag")
ENV = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
QUESTION = "What is the diameter of exosomes?"
SEED = int(os.environ.get("EXORAG_TEST_SEED", time.time_ns() % 100_000))
# The kill moments are random: a failure prints the seed to reproduce it with.
RANDOM = random.Random(SEED)


def builds(settings: Settings) -> set[str]:
    return {p.name for p in (settings.index_dir / "builds").iterdir()}


def partial_builds(settings: Settings) -> list[Path]:
    return list((settings.index_dir / "builds").glob(".*.partial"))


def lock_is_free(index_dir: Path) -> bool:
    """Whether the write lock can be taken now: the kernel drops a dead holder's flock."""
    with open(index_dir / ".write.lock", "rb") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        fcntl.flock(handle, fcntl.LOCK_UN)
        return True


def start_index(settings: Settings, *options: str) -> subprocess.Popen[str]:
    places = ["--corpus", settings.corpus_dir, "--index", settings.index_dir]
    return subprocess.Popen(
        [EXORAG, "index", *places, *options],
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_until(condition: Callable[[], bool], writer: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 180
    while not condition():
        assert writer.poll() is None, f"the writer ended first: {writer.communicate()}"
        assert time.monotonic() < deadline, "timed out waiting for the writer"
        time.sleep(0.01)


class Users:
    """Threads asking ``reader`` the same question until the block ends, as users meanwhile
    would; each answer must look as the first did (``view`` says what counts).
    """

    def __init__(
        self,
        reader: Assistant,
        view: Callable[[Answer], object] = shown,
        threads: int = 1,
        pause: float = 0.2,
    ) -> None:
        self.reader, self.view, self.pause = reader, view, pause
        self.expected = view(reader.ask(QUESTION))
        self.answered = 0
        self.failures: list[BaseException] = []
        self._done = threading.Event()
        self._threads = [threading.Thread(target=self._keep_asking) for _ in range(threads)]

    def _keep_asking(self) -> None:
        while not self._done.wait(self.pause):
            try:
                assert self.view(self.reader.ask(QUESTION)) == self.expected
                self.answered += 1
            except BaseException as exc:
                self.failures.append(exc)

    def __enter__(self) -> Users:
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        for thread in self._threads:
            thread.join()


def add_marker(settings: Settings, marker: str) -> str:
    """Add a section naming ``marker`` to a document; return a question it answers."""
    path = settings.corpus_dir / "bone.md"
    section = f"\n## {marker}\n\nThe marker {marker} was added to test rebuilds.\n"
    path.write_text(path.read_text(encoding="utf-8") + section, encoding="utf-8")
    return f"What is the marker {marker}?"


@pytest.fixture(scope="module")
def crash_index(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The tiny corpus and eight generated studies (55 passages), indexed: a rebuild spends
    long enough loading the model and embedding to be killed while it writes.
    """
    root = tmp_path_factory.mktemp("crash")
    shutil.copytree(TINY_CORPUS, root / "corpus")
    for n in range(8):
        body = "".join(
            f"## Finding {k}\n\nIn study {n}, vesicles from cell line {n * 10 + k} carried "
            f"marker protein P{n}{k} and microRNA miR-{n}{k}.\n\n"
            for k in range(6)
        )
        write_document(root / "corpus", f"study-{n}.md", f"# Study {n}\n\n{body}")
    settings = Settings(corpus_dir=root / "corpus", index_dir=root / "index")
    build_index(settings)
    return settings


@pytest.fixture(scope="module")
def reader(crash_index: Settings) -> Assistant:
    """A long-lived reader, as the UI is: it must keep answering whatever the writers do."""
    return Assistant(settings=crash_index)


def after(seconds: float) -> Callable[[subprocess.Popen[str], Settings], None]:
    def wait(writer: subprocess.Popen[str], settings: Settings) -> None:
        time.sleep(seconds * RANDOM.uniform(0.75, 1.25))

    return wait


def building(extra: tuple[float, float]) -> Callable[[subprocess.Popen[str], Settings], None]:
    """Once the writer holds the lock and has started its build aside, and ``extra`` later."""

    def wait(writer: subprocess.Popen[str], settings: Settings) -> None:
        wait_until(lambda: bool(partial_builds(settings)), writer)
        assert not lock_is_free(settings.index_dir), "the writer should hold the lock"
        time.sleep(RANDOM.uniform(*extra))

    return wait


KILL_MOMENTS = {
    "after 0.5 s": after(0.5),
    "after 2 s": after(2),
    "after 5 s": after(5),
    "as its build starts": building((0.0, 0.3)),
    "while loading the model or embedding": building((0.5, 4.0)),
}


@pytest.mark.parametrize("moment", KILL_MOMENTS)
def test_kill_9_of_a_rebuild_leaves_the_previous_index_answering(
    crash_index: Settings, reader: Assistant, moment: str
) -> None:
    print(f"EXORAG_TEST_SEED={SEED}")
    settings = crash_index
    before = shown(reader.ask(QUESTION))
    writer = start_index(settings, "--rebuild")
    try:
        KILL_MOMENTS[moment](writer, settings)
        writer.send_signal(signal.SIGKILL)
    finally:
        writer.kill()
        writer.communicate()
    # Killed mid-build nothing changed; killed after the swap the new build is complete.
    assert writer.returncode in {-signal.SIGKILL, 0}
    assert shown(reader.ask(QUESTION)) == before
    opened = IndexReader(settings)
    assert len(opened.passages()) == opened.manifest.passages

    # The lock file is still there, but the kernel released the dead writer's lock on it.
    assert lock_is_free(settings.index_dir)
    marker = f"KILLED{list(KILL_MOMENTS).index(moment)}"
    question = add_marker(settings, marker)
    assert build_index(settings).updated == ("bone",)
    assert not partial_builds(settings)
    assert len(builds(settings)) == 2
    assert marker in reader.ask(question).text


def test_a_second_writer_is_refused_while_the_first_builds_and_readers_keep_answering(
    crash_index: Settings, reader: Assistant
) -> None:
    settings = crash_index
    live = live_build_id(settings)
    first = start_index(settings, "--rebuild")
    try:
        with Users(reader) as users:
            wait_until(lambda: bool(partial_builds(settings)), first)
            places = ["--corpus", settings.corpus_dir, "--index", settings.index_dir]
            second = subprocess.run(
                [EXORAG, "index", *places], env=ENV, capture_output=True, text=True, timeout=300
            )
            assert first.poll() is None, "the first writer should still be building"
            err = first.communicate(timeout=300)[1]
    finally:
        first.kill()
        first.wait()
    assert second.returncode == 1
    assert second.stderr == (
        f"Error: another `exorag index` is writing {settings.index_dir}; "
        "wait for it to finish and retry\n"
    )
    assert first.returncode == 0, err
    assert "Traceback" not in err
    assert live_build_id(settings) != live
    assert users.failures == []
    assert users.answered > 0
    assert shown(reader.ask(QUESTION)) == users.expected
    assert builds(settings) == {live, live_build_id(settings)}


def _live(settings: Settings) -> Path:
    return settings.index_dir / "builds" / live_build_id(settings)


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _older_format(path: Path) -> None:
    path.write_text(json.dumps({**json.loads(path.read_text()), "format": 1}))


def _foreign(settings: Settings) -> None:
    (settings.index_dir / "CURRENT").unlink()
    (settings.index_dir / "notes.txt").write_bytes(os.urandom(100))


DAMAGE: dict[str, tuple[Callable[[Settings], None], type[IndexStateError]]] = {
    "garbage CURRENT": (
        lambda s: (s.index_dir / "CURRENT").write_bytes(os.urandom(40)),
        IndexCorruptError,
    ),
    "CURRENT pointing outside": (
        lambda s: (s.index_dir / "CURRENT").write_text("../../../etc\n"),
        IndexCorruptError,
    ),
    "live build deleted": (lambda s: shutil.rmtree(_live(s)), IndexCorruptError),
    "truncated manifest": (lambda s: _truncate(_live(s) / "manifest.json"), IndexCorruptError),
    "manifest of an older exorag": (
        lambda s: _older_format(_live(s) / "manifest.json"),
        IndexMismatchError,
    ),
    "garbage database": (
        lambda s: (_live(s) / "chroma" / "chroma.sqlite3").write_bytes(os.urandom(8192)),
        IndexCorruptError,
    ),
    "CURRENT lost among random files": (_foreign, IndexCorruptError),
}


@pytest.mark.parametrize("damage", DAMAGE)
def test_a_damaged_index_is_named_clearly_and_rebuild_recovers(
    tiny_corpus: Path, tmp_path: Path, damage: str
) -> None:
    settings = Settings(corpus_dir=tiny_corpus, index_dir=tmp_path / "index")
    build_index(settings)
    do_damage, error = DAMAGE[damage]
    do_damage(settings)

    with pytest.raises(error, match=r"[Rr]un `exorag index --rebuild`\.$"):
        Assistant(settings=settings).ask(QUESTION)
    runner = CliRunner()
    places = ["--corpus", str(tiny_corpus), "--index", str(settings.index_dir)]
    for command in (["ask", QUESTION], ["index"]):
        refused = runner.invoke(main, [*command, *places])
        assert refused.exit_code == 1, refused.output
        assert refused.output.startswith("Error: ")
        assert "--rebuild" in refused.output
        assert "Traceback" not in refused.output
    rebuilt = runner.invoke(main, ["index", "--rebuild", *places])
    assert rebuilt.exit_code == 0, rebuilt.output
    assert Assistant(settings=settings).ask(QUESTION).citations[0].doc_id == "vesicles"


def test_a_build_that_never_went_live_and_a_killed_swap_are_ignored_then_pruned(
    tiny_corpus: Path, tmp_path: Path
) -> None:
    settings = Settings(corpus_dir=tiny_corpus, index_dir=tmp_path / "index")
    build_index(settings)
    live = live_build_id(settings)
    before = shown(Assistant(settings=settings).ask(QUESTION))
    # What a writer killed between finishing its build and swapping it in leaves behind.
    shutil.copytree(_live(settings), settings.index_dir / "builds" / "29991231T235959-x-1-ffffff")
    (settings.index_dir / "builds" / ".29991231T235959-x-2-eeeeee.partial").mkdir()
    (settings.index_dir / ".CURRENT.2.tmp").write_text("29991231T235959-x-1-ffffff\n")

    assert live_build_id(settings) == live
    assert shown(Assistant(settings=settings).ask(QUESTION)) == before
    add_marker(settings, "PRUNED")
    build_index(settings)
    assert builds(settings) == {live, live_build_id(settings)}
    assert not list(settings.index_dir.glob(".CURRENT.*"))


def test_a_reader_survives_rebuilds_that_prune_the_build_it_opened(
    tiny_corpus: Path, tmp_path: Path
) -> None:
    settings = Settings(corpus_dir=tiny_corpus, index_dir=tmp_path / "index")
    build_index(settings)
    reader = Assistant(settings=settings)
    opened = _live(settings)
    # Only the answer's text: the closest passages listed with it change as passages are added.
    with Users(reader, view=lambda answer: answer.text, threads=2, pause=0.05) as users:
        for n in range(3):
            question = add_marker(settings, f"REBUILT{n}")
            build_index(settings)
    assert users.failures == []
    assert users.answered > 0
    assert not opened.exists()
    assert "REBUILT2" in reader.ask(question).text
