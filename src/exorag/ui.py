"""The browser UI: a Gradio chat over ``Assistant`` that shows the sources of every answer.

Everything from the corpus or the user reaches the page as escaped text inside HTML built
here: the Chatbot renders no Markdown and no LaTeX, so a passage cannot inject a tag, a
script or a link. Answer markers ``[n]`` link to the source cards (``#t<turn>-src<n>``).
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from .errors import ExoragError
from .types import Answer, Citation

if TYPE_CHECKING:
    import gradio as gr

    from .api import Assistant, IndexStatus

logger = logging.getLogger(__name__)

EXAMPLES = (
    "What are the mechanisms of TKI resistance?",
    "外泌体的直径是多少？",
    "What bone-related events does bone metastasis cause?",
    "外泌体如何促进肺癌骨转移？",
)
# Several users at once, but no more than two cores can usefully embed; the Assistant
# serialises the model itself, so this bounds memory and queueing rather than CPU.
CONCURRENCY = 4
_MAX_SHOWN_QUESTION = 500

_LANGUAGES = {"en": "English", "zh": "中文"}
_SOURCES = {"summary": "summary", "full_text": "full text"}
_EMPTY_SOURCES = '<p class="empty">The passages behind each answer appear here.</p>'
_MARKER = re.compile(r" \[(\d+)\](?= |$)")
_FONTS = (
    "system-ui",
    "Segoe UI",
    "Roboto",
    "Noto Sans",
    "Noto Sans CJK SC",
    "PingFang SC",
    "Microsoft YaHei",
    "sans-serif",
)
_MONO_FONTS = ("ui-monospace", "DejaVu Sans Mono", "Noto Sans Mono CJK SC", "monospace")

CSS = """
.gradio-container { max-width: 1400px !important; }
#exorag-header h1 { font-size: 1.5rem; margin: 0; }
#exorag-header p { margin: 0.2rem 0 0; color: var(--body-text-color-subdued); }
#exorag-status { font-size: 0.85rem; color: var(--body-text-color-subdued); }
#exorag-status .error, #exorag-chat .error { color: var(--error-text-color); }
#exorag-chat .answer-text { line-height: 1.6; }
#exorag-chat a.marker, #exorag-sources a.marker {
  text-decoration: none; font-weight: 600; font-size: 0.8em; vertical-align: super;
  color: var(--color-accent); padding: 0 0.1em;
}
#exorag-chat .meta { font-size: 0.8rem; color: var(--body-text-color-subdued); margin-top: 0.4rem; }
#exorag-chat .abstained { font-style: italic; }
#exorag-sources { max-height: 78vh; overflow-y: auto; padding-right: 0.25rem; }
#exorag-sources .empty { color: var(--body-text-color-subdued); }
#exorag-sources details { margin-bottom: 0.75rem; }
#exorag-sources summary { cursor: pointer; font-weight: 600; margin-bottom: 0.5rem; }
#exorag-sources .turn-note { font-size: 0.8rem; color: var(--body-text-color-subdued); }
#exorag-sources .source {
  border: 1px solid var(--border-color-primary); border-radius: 8px;
  padding: 0.6rem 0.8rem; margin: 0 0 0.6rem; background: var(--background-fill-primary);
  scroll-margin-top: 0.5rem;
}
#exorag-sources .source.unused { opacity: 0.8; }
#exorag-sources .source:target { outline: 2px solid var(--color-accent); }
#exorag-sources .source h3 { font-size: 0.95rem; margin: 0 0 0.2rem; line-height: 1.35; }
#exorag-sources .num {
  display: inline-block; min-width: 1.5em; text-align: center; border-radius: 4px;
  background: var(--color-accent); color: white; font-size: 0.8rem; margin-right: 0.3rem;
}
#exorag-sources .byline, #exorag-sources .facts {
  font-size: 0.8rem; color: var(--body-text-color-subdued); margin: 0.1rem 0;
}
#exorag-sources .tag {
  display: inline-block; border: 1px solid var(--border-color-primary); border-radius: 999px;
  padding: 0 0.45rem; margin: 0.1rem 0.25rem 0.1rem 0;
}
#exorag-sources .tag.quoted { background: #fef3c7; border-color: #f59e0b; color: #92400e; }
#exorag-sources .passage {
  white-space: pre-wrap; font-size: 0.85rem; line-height: 1.55; margin: 0.4rem 0 0;
  padding-left: 0.6rem; border-left: 3px solid var(--border-color-primary);
}
#exorag-sources mark { background: #fde68a; color: #1f2937; padding: 0 0.1em; }
"""


def build_app(assistant: Assistant) -> gr.Blocks:
    """The chat UI for ``assistant``, with a named ``/ask`` API endpoint.

    The theme and stylesheet are applied at launch (Gradio 6): serve it with `launch`.
    """
    import gradio as gr

    with gr.Blocks(title="exorag", analytics_enabled=False) as app:
        asked = gr.State([])  # the questions answered so far, oldest first: follow-up context
        turns = gr.State([])  # (question, sources HTML) per answered question, oldest first
        known_docs = gr.State([])
        pending = gr.State("")
        gr.HTML(
            "<h1>exorag</h1><p>Answers quoted from two reviews on exosomes in lung cancer; "
            "every sentence cites the passage it comes from.</p>",
            elem_id="exorag-header",
            js_on_load=None,
        )
        status = gr.HTML("<p>Loading the index…</p>", elem_id="exorag-status", js_on_load=None)
        with gr.Row(equal_height=False):
            with gr.Column(scale=3):
                chatbot = gr.Chatbot(
                    elem_id="exorag-chat",
                    label="Chat",
                    # The floating label would sit over the messages once they scroll.
                    show_label=False,
                    height=520,
                    render_markdown=False,
                    sanitize_html=True,
                    allow_tags=False,
                    latex_delimiters=[],
                    buttons=[],
                    feedback_options=None,
                    placeholder="Ask a question in English or Chinese.",
                )
                with gr.Row():
                    question = gr.Textbox(
                        elem_id="exorag-question",
                        show_label=False,
                        placeholder="Ask about the reviews… (English or 中文)",
                        scale=6,
                        max_lines=6,
                    )
                    ask = gr.Button("Ask", variant="primary", scale=1, elem_id="exorag-ask")
                gr.Examples([[e] for e in EXAMPLES], inputs=question, label="Examples")
                with gr.Row():
                    documents = gr.CheckboxGroup(
                        label="Documents to search", elem_id="exorag-documents", scale=3
                    )
                    top_k = gr.Slider(
                        1, 20, value=5, step=1, label="Passages", elem_id="exorag-top-k", scale=1
                    )
                with gr.Accordion("Copy as Markdown", open=False):
                    markdown = gr.Code(
                        language="markdown",
                        wrap_lines=True,
                        buttons=["copy"],
                        interactive=False,
                        show_label=False,
                        elem_id="exorag-markdown",
                    )
            with gr.Column(scale=2):
                sources = gr.HTML(
                    _EMPTY_SOURCES,
                    label="Sources",
                    elem_id="exorag-sources",
                    js_on_load=None,
                )

        def load_status() -> tuple[str, Any, list[str]]:
            try:
                index = assistant.status()
            except ExoragError as exc:
                return _error_html(exc), gr.CheckboxGroup(choices=[], value=[]), []
            ids = [doc_id for doc_id, _, _ in index.document_list]
            choices = [(title or doc_id, doc_id) for doc_id, title, _ in index.document_list]
            return render_status(index), gr.CheckboxGroup(choices=choices, value=ids), ids

        def start(text: str, messages: list[dict]) -> tuple[Any, ...]:
            shown = text.strip()
            if len(shown) > _MAX_SHOWN_QUESTION:
                shown = shown[:_MAX_SHOWN_QUESTION] + "…"
            if shown:
                messages = [*messages, {"role": "user", "content": _text_html(shown)}]
            busy = gr.Button(value="Answering…", interactive=False)
            return gr.Textbox(value="", interactive=False), messages, text, busy

        def respond(
            text: str,
            messages: list[dict],
            history: list[str],
            done: list[tuple[str, str]],
            doc_ids: list[str],
            k: float,
            known: list[str],
        ) -> Iterator[tuple[Any, ...]]:
            """Answer, showing a generative answer's verified sentences as they arrive."""

            def refuse(reason: Exception | str) -> tuple[Any, ...]:
                return [*messages, _bot_message(_error_html(reason))], *(gr.skip(),) * 4

            if known and not doc_ids:
                yield refuse("Choose at least one document to search.")
                return
            answer = None
            try:
                stream = assistant.ask_stream(
                    text, top_k=int(k), doc_ids=doc_ids or None, history=history
                )
                for item in stream:
                    if isinstance(item, Answer):
                        answer = item
                    else:
                        draft = f'<p class="answer-text draft">{_text_html(item)} …</p>'
                        yield [*messages, _bot_message(draft)], *(gr.skip(),) * 4
            except ExoragError as exc:
                yield refuse(exc)
                return
            except Exception:  # the page must stay usable; the log has the details
                logger.exception("answering %r failed", text)
                yield refuse("Something went wrong while answering; see the server log.")
                return
            if answer is None:
                yield refuse("No answer came back; see the server log.")
                return
            turn = len(history) + 1
            done = [*done, (answer.question, render_sources(answer, turn))]
            yield (
                [*messages, _bot_message(render_answer(answer, turn))],
                [*history, answer.question],
                done,
                _sources_panel(done),
                answer_markdown(answer),
            )

        def finish() -> tuple[Any, Any]:
            return gr.Textbox(interactive=True), gr.Button(value="Ask", interactive=True)

        def ask_api(question: str, top_k: int = 5) -> dict[str, Any]:
            """Answer a question from the corpus: Answer.to_dict(), or an error message."""
            try:
                return assistant.ask(question, top_k=int(top_k)).to_dict()
            except ExoragError as exc:
                raise gr.Error(str(exc), print_exception=False) from exc

        app.load(load_status, outputs=[status, documents, known_docs], api_visibility="private")
        gr.on(
            [question.submit, ask.click],
            start,
            inputs=[question, chatbot],
            outputs=[question, chatbot, pending, ask],
            queue=False,
            api_visibility="private",
        ).then(
            respond,
            inputs=[pending, chatbot, asked, turns, documents, top_k, known_docs],
            outputs=[chatbot, asked, turns, sources, markdown],
            show_progress="minimal",
            show_progress_on=[chatbot, sources],
            api_visibility="private",
        ).then(finish, outputs=[question, ask], queue=False, api_visibility="private")
        chatbot.clear(
            lambda: ([], [], _EMPTY_SOURCES, ""),
            outputs=[asked, turns, sources, markdown],
            queue=False,
            api_visibility="private",
        )
        gr.api(ask_api, api_name="ask")
    return app


def launch(
    assistant: Assistant,
    host: str = "127.0.0.1",
    port: int = 7860,
    auth: tuple[str, str] | None = None,
) -> gr.Blocks:
    """Serve the UI on ``host:port`` (never a share link) and return the running app.

    The server runs in a background thread: ``app.block_thread()`` waits on it (Ctrl+C stops
    it), ``app.close()`` stops it. ``OSError`` when the port cannot be opened.
    """
    import gradio as gr

    app = build_app(assistant)
    app.queue(default_concurrency_limit=CONCURRENCY)
    app.launch(
        server_name=host,
        server_port=port,
        auth=auth,
        share=False,
        prevent_thread_lock=True,
        # The app takes no uploads: refuse anything but a token-sized file.
        max_file_size="1kb",
        show_error=False,
        quiet=True,
        footer_links=["api"],
        ssr_mode=False,
        theme=gr.themes.Default(
            primary_hue="teal",
            neutral_hue="slate",
            font=[gr.themes.Font(f) for f in _FONTS],
            font_mono=[gr.themes.Font(f) for f in _MONO_FONTS],
        ),
        css=CSS,
    )
    return app


def render_answer(answer: Answer, turn: int) -> str:
    """The chat message for ``answer``: escaped sentences, each marker a link to its source."""
    if answer.abstained:
        body = f'<p class="abstained">{_text_html(answer.text)}</p>'
        meta = "The closest passages are listed under Sources; none of them answers it."
    else:
        numbers = {c.n: c for c in answer.citations}
        parts = _MARKER.split(answer.text)
        pieces = [_text_html(parts[0])]
        for number, rest in zip(parts[1::2], parts[2::2], strict=True):
            cited = numbers.get(int(number))
            pieces.append(_marker_html(cited, turn) if cited else _text_html(f" [{number}]"))
            pieces.append(_text_html(rest))
        body = f'<p class="answer-text">{"".join(pieces)}</p>'
        used = sum(1 for c in answer.citations if c.highlights)
        meta = f"{answer.mode} answer · {used} passage{'s' * (used != 1)} cited"
        if answer.dropped:
            meta += f" · {answer.dropped} unsupported sentence{'s' * (answer.dropped != 1)} dropped"
    notice = f'<p class="meta">{_text_html(answer.notice)}</p>' if answer.notice else ""
    return f'<div class="answer">{body}<p class="meta">{html.escape(meta)}</p>{notice}</div>'


def render_sources(answer: Answer, turn: int) -> str:
    """The source cards for ``answer``: one per citation, with the quoted sentences marked."""
    if not answer.citations:
        return '<p class="turn-note">No passages were retrieved.</p>'
    note = (
        "Closest passages — none answers the question."
        if answer.abstained
        else "Highlighted sentences are quoted in the answer."
    )
    cards = "".join(_source_card(c, turn, answer.abstained) for c in answer.citations)
    return f'<p class="turn-note">{note}</p>{cards}'


def render_status(status: IndexStatus) -> str:
    """The index status line: documents, passages, model and build time."""
    model = status.model.rsplit("/", 1)[-1]
    built = status.built_at.replace("T", " ")[:16]  # ISO 8601: date and minutes suffice
    return (
        f"<p>Index: {status.documents} document{'s' * (status.documents != 1)} · "
        f"{status.passages} passages · model {html.escape(model)} · "
        f"built {html.escape(built)}</p>"
    )


def answer_markdown(answer: Answer) -> str:
    """``answer`` as Markdown: the question, the text and a reference list of its sources."""
    if answer.abstained:
        heading = "Closest passages (none answers the question)"
        cited: Sequence[Citation] = answer.citations
    else:
        heading = "References"
        cited = [c for c in answer.citations if c.highlights]
    lines = [f"**Q:** {answer.question}", "", answer.text, "", f"**{heading}**", ""]
    for c in cited:
        authors = ", ".join(c.authors) or "Unknown authors"
        year = f" ({c.year})" if c.year else ""
        journal = f" *{c.journal}*." if c.journal else ""
        doi = f" https://doi.org/{c.doi}" if c.doi else (f" {c.url}" if c.url else "")
        lines.append(f"{c.n}. {authors}{year}. {c.title}.{journal}{doi} — {c.section}")
    return "\n".join(lines)


def _sources_panel(turns: Sequence[tuple[str, str]]) -> str:
    """All answers' sources, newest first and open; older ones folded (anchors still work)."""
    sections = []
    for i, (question, cards) in reversed(list(enumerate(turns, start=1))):
        is_open = " open" if i == len(turns) else ""
        sections.append(
            f"<details{is_open}><summary>Sources for “{_text_html(question)}”</summary>"
            f"{cards}</details>"
        )
    return "".join(sections)


def _source_card(c: Citation, turn: int, abstained: bool) -> str:
    facts = [
        f"§ {c.section}" if c.section else "",
        _LANGUAGES.get(c.language, c.language),
        _SOURCES.get(c.source, c.source),
        f"relevance {c.score:.2f}",
    ]
    tags = "".join(f'<span class="tag">{html.escape(f)}</span>' for f in facts if f)
    if c.highlights:
        tags = f'<span class="tag quoted">quoted in the answer</span>{tags}'
    link = _link_html(c)
    byline = " · ".join(x for x in (", ".join(c.authors), str(c.year or ""), c.journal) if x)
    used = "" if c.highlights or abstained else " unused"
    return (
        f'<article class="source{used}" id="t{turn}-src{c.n}">'
        f'<h3><span class="num">{c.n}</span>{html.escape(c.title)}</h3>'
        f'<p class="byline">{html.escape(byline)}</p>'
        f'<p class="facts">{tags}{link}</p>'
        f'<div class="passage" lang="{html.escape(c.language)}">'
        f"{_passage_html(c.text, c.highlights)}</div></article>"
    )


def _passage_html(text: str, highlights: Sequence[tuple[int, int]]) -> str:
    """``text`` escaped, with the highlighted spans (merged, clipped) wrapped in ``<mark>``."""
    out, at = [], 0
    for start, end in sorted(highlights):
        start, end = max(start, at), min(end, len(text))
        if start >= end:
            continue
        out += [html.escape(text[at:start]), f"<mark>{html.escape(text[start:end])}</mark>"]
        at = end
    out.append(html.escape(text[at:]))
    return "".join(out)


def _link_html(c: Citation) -> str:
    if not c.url.lower().startswith(("https://", "http://")):
        return ""
    label = f"doi:{c.doi}" if c.doi and "doi.org/" in c.url else "full text"
    return (
        f'<a href="{html.escape(c.url, quote=True)}" target="_blank" '
        f'rel="noopener noreferrer">{html.escape(label)}</a>'
    )


def _marker_html(c: Citation, turn: int) -> str:
    title = html.escape(f"Source {c.n}: {c.title} — {c.section}", quote=True)
    return f' <a class="marker" href="#t{turn}-src{c.n}" title="{title}">[{c.n}]</a>'


def _text_html(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _error_html(error: Exception | str) -> str:
    message = str(error)
    return f'<p class="error">⚠ {html.escape(message[:1].upper() + message[1:])}</p>'


def _bot_message(content: str) -> dict[str, str]:
    return {"role": "assistant", "content": content}
