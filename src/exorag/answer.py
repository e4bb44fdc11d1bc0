"""Ranked passages → ``Answer``: the sentences that answer, quoted verbatim, each with ``[n]``.

No language model: the answer is a selection, so it can only say what the corpus says.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from itertools import groupby, pairwise

from .asks import (
    asks_for_a_measure,
    asks_for_findings,
    counts_people,
    dates_a_step_of_the_record,
    granted,
    is_kind,
    is_record_line,
    is_record_or_people_line,
    is_record_part,
    of_its_paper,
    only_its_line,
    record_parts_asked,
    set_aside,
    states_the_reverse,
)
from .chunking import TITLE_SECTION, cjk_count, language_of, word_count
from .index import StoredPassage
from .lexical import terms
from .retrieve import (
    CONFIRMS_A_DETAIL,
    KIND_BONUS,
    THAT_PAPER,
    THE_OTHER_PAPER,
    Query,
    RankedPassage,
    Retriever,
    asks_of_each_paper,
)
from .types import ABSTENTION_TEXT, Answer, Citation

# A sentence joins the answer only if it scores at least this share of the best sentence.
_KEEP_RATIO = 0.6
# Kinds whose lines in one record are one fact: "Provisionally accepted" beside "The final,
# formatted version … will be published soon" is where the paper stands. An affiliation
# question is not answered by every author's department.
_READ_TOGETHER = frozenset({"publication status"})
_SENTENCE_MIN_COVERAGE = 0.2
# Sentences compared by meaning when none shares the question's words.
_PARAPHRASE_PASSAGES = 2
_PARAPHRASE_MIN_SIMILARITY = 0.4
# A section that stands for the whole paper when a question names it.
_WHOLE_PAPER = frozenset({"abstract"})
# Words for any paper's record, which name no one paper ("paper" and "review" are stop words).
_RECORD_WORDS = frozenset(terms("journal volume issue doi"))
# A sentence of an extractive answer and the number of the passage it cites: "… cells. [2]".
_CITED_SENTENCE = re.compile(r"(.+?) \[(\d+)\](?: |$)", re.S)
# A small lift for a sentence in the question's own language.
_LANGUAGE_BONUS = 0.05
# Words that point back to the sentence before, within a sentence's first words.
_EN_BACK_REFERENCES = frozenset("it its they their them this these those such another".split())
_ZH_BACK_REFERENCES = ("其", "该", "此", "这", "它")
# A sentence opening with a connective qualifies the one before it ("However, the mechanisms
# need to be further explored" follows what studies show), so it opens no answer.
_EN_CONNECTIVES = frozenset(
    "however therefore thus hence moreover furthermore additionally nevertheless nonetheless"
    " consequently meanwhile conversely similarly likewise besides".split()
)
_ZH_CONNECTIVES = ("但", "然而", "因此", "此外", "同时", "而")
_BACK_REFERENCE_WORDS = 12
_WORD = re.compile(r"[a-z]+")
# A follow-up that turns to the paper not yet asked about.
_OTHER_PAPER = re.compile(
    rf"\bother\b|\bsecond (?:one|paper|review)\b|{THE_OTHER_PAPER.pattern}", re.I
)
# A question that speaks of one paper: "the bone metastasis paper", "Frontiers 那篇", "the
# Frontiers authors".
_NAMES_A_PAPER = re.compile(
    r"\b(?:paper|review|article|study|abstract|summary|authors)\b|et al|那篇|这篇|综述|文章|一文",
    re.I,
)
# Where a paper is said to have appeared, to be confirmed: "… was published in the Journal
# of Thoracic Oncology, correct?", or before the question: "A reporter credited the review to
# the Journal of Thoracic Oncology. Which journal …?" names the journal asked about, not the
# paper.
_SAID_TO_APPEAR_IN = re.compile(
    rf"\b(?:published|appeared|came out|ran) in\b[^,?]*(?={CONFIRMS_A_DETAIL.pattern})"
    r"|\bto (?:the )?[^.?,]*\bjournal\b[^.?,]*(?=\.\s)",
    re.I,
)


@dataclass(frozen=True)
class _Candidate:
    rank: int
    start: int
    end: int
    text: str
    score: float


def compose_answer(
    query: Query,
    ranked: Sequence[RankedPassage],
    retriever: Retriever,
    min_relevance: float,
    max_words: int = 120,
    max_sentences: int = 3,
) -> Answer:
    """Pick the best-scoring sentences of the retrieved passages, or abstain.

    Each sentence is scored by how much of the question it covers (IDF-weighted, across
    languages), so it is chosen for what it says, not for its place in a passage.
    """
    if query.unmentioned:
        return _abstention(query, ranked, f"{_never_mentioned(query.unmentioned)}.")
    if not ranked or max(p.relevance for p in ranked) < min_relevance:
        return _abstention(query, ranked)
    expected = query.kind
    # Only a question of some kind looks for its line in the papers it names.
    named = _named_documents(query, ranked, retriever) if expected else set()
    # "Is the other paper in the same journal?" asks of the paper the question before did not
    # name.
    if named:
        named = _the_other_papers(query, ranked, retriever) or named
    if expected == "summary" and len(named) == 1:
        paper = [p for p in retriever.passages if p.metadata.get("doc_id") in named]
        if not _sums_itself_up(paper) and not _asks_of_a_part(query, retriever, paper):
            query, ranked = _as_its_title(query, ranked, retriever, paper)
            expected = query.kind
    asked_for = only_its_line(expected)
    if asked_for and not _named_papers_give(query, ranked, retriever, named):
        return _abstention(query, ranked, f"No passage found gives the {asked_for} asked for.")
    # The authors or affiliations of the paper a question names are not another paper's.
    people = of_its_paper(expected)
    if (
        people
        and named < {item.passage.metadata.get("doc_id") for item in ranked}
        and not _named_papers_give(query, ranked, retriever, named)
    ):
        notice = f"No passage found gives the {people} of the paper asked about."
        return _abstention(query, ranked, notice)

    candidates = _answering_sentences(query, ranked, retriever, named)
    # A finding asked of one paper ("Does the bone metastasis paper present new data?") is
    # that paper's, when it has a sentence to offer, by words or else by meaning. The question
    # alone names it: after a question about one review, "What about the other review?"
    # names neither. A follow-up that names no paper stays with the one the question before
    # it named ("Ji 那篇 …" then "除了这两条 …？"), unless its own topic is the other paper's.
    if asks_for_findings(expected):
        names_a_paper = _NAMES_A_PAPER.search(query.read) is not None
        follows_a_paper = bool(query.previous) and not _OTHER_PAPER.search(query.read)
        # "那另一篇呢？" after a question about one paper asks the same of the other.
        paper = _the_other_papers(query, ranked, retriever)
        if not paper and (names_a_paper or follows_a_paper):
            # The question read alone is the query itself when it follows none.
            alone = retriever.analyse(query.question) if query.previous else query
            topic = _named_documents(alone, ranked, retriever)
            # "In that review, …" points back to the paper the question before named.
            to_that_paper = follows_a_paper and THAT_PAPER.search(query.read) is not None
            if names_a_paper and len(topic) == 1 and not to_that_paper:
                paper = topic
            elif follows_a_paper:
                before = _the_paper_named(query.previous, ranked, retriever)
                paper = before if to_that_paper or len(topic) > 1 or topic == before else set()
        if paper:
            # By meaning costs a model call: only when its words found nothing there.
            candidates = (
                _in_documents(candidates, ranked, paper)
                or _in_documents(_paraphrase_candidates(query, ranked, retriever), ranked, paper)
                or candidates
            )
    chosen = _choose(candidates, max_words, max_sentences)
    # A sentence that leans on its pronoun's referent first; a qualification ("However, …")
    # with the words left.
    for leans_back in (_refers_back, _opens_with_connective):
        chosen = _with_continuations(chosen, ranked, retriever, max_words, leans_back)
    if not chosen:
        return _abstention(query, ranked)
    chosen = _with_other_parts_asked(query, chosen, ranked, retriever, named, max_words)
    # "from drug-resistant cells to sensitive cells" answers no question about the other way.
    if any(states_the_reverse(query.read, c.text) for c in chosen):
        return _abstention(query, ranked, "The passages found say it the other way round.")

    # Cited passages come first, in the order the answer cites them; the rest follow by rank.
    cited_ranks = list(dict.fromkeys(c.rank for c in chosen))
    order = cited_ranks + [r for r in range(len(ranked)) if r not in cited_ranks]
    reordered = [ranked[r] for r in order]
    number = {rank: n for n, rank in enumerate(order, start=1)}
    highlights: dict[int, list[tuple[int, int]]] = {}
    for c in chosen:
        highlights.setdefault(number[c.rank], []).append((c.start, c.end))
    text = " ".join(f"{c.text} [{number[c.rank]}]" for c in chosen)
    # "Could diet have played a role? And …?": the answer says which question it leaves.
    notice = (
        f"{_never_mentioned(query.passed_over)}: only the question it can answer is answered."
        if query.passed_over
        else f"{_never_mentioned(query.disputed)}: the answer gives what the papers say instead."
        if query.disputed
        else ""
    )
    return Answer(
        query.question, text, _citations(reordered, highlights), abstained=False, notice=notice
    )


def side_by_side(question: str, answers: Sequence[Answer]) -> Answer:
    """One answer to a message whose asks were answered apart ("What do exosomes do in drug
    resistance? And who wrote the review?"): the answers' sentences in the order given, each
    said once, under one numbering in which each passage is cited once, the cited ones first,
    with the sentences of every answer that used it highlighted."""
    passages: dict[tuple[str, str, str], list[Citation]] = {}
    said: list[tuple[str, tuple[str, str, str]]] = []

    def key(c: Citation) -> tuple[str, str, str]:
        return (c.doc_id, c.section, c.text)

    for answer in answers:
        by_number = {c.n: c for c in answer.citations}
        for c in answer.citations:
            passages.setdefault(key(c), []).append(c)
        for sentence, n in _CITED_SENTENCE.findall(answer.text):
            if (sentence, key(by_number[int(n)])) not in said:
                said.append((sentence, key(by_number[int(n)])))
    cited = list(dict.fromkeys(k for _, k in said))
    # As many passages as the longest answer showed, and every one cited.
    shown = max(len(answer.citations) for answer in answers)
    order = cited + [k for k in passages if k not in cited][: max(shown - len(cited), 0)]
    number = {k: n for n, k in enumerate(order, start=1)}
    citations = tuple(
        replace(
            passages[k][0],
            n=number[k],
            score=max(c.score for c in passages[k]),
            highlights=tuple(sorted({span for c in passages[k] for span in c.highlights})),
        )
        for k in order
    )
    return Answer(
        question,
        " ".join(f"{sentence} [{number[k]}]" for sentence, k in said),
        citations,
        abstained=False,
        dropped=sum(answer.dropped for answer in answers),
        notice=" ".join(answer.notice for answer in answers if answer.notice),
    )


def _with_other_parts_asked(
    query: Query,
    chosen: list[_Candidate],
    ranked: Sequence[RankedPassage],
    retriever: Retriever,
    named: set[str],
    max_words: int,
) -> list[_Candidate]:
    """``chosen``, the lines that give the part of a paper's record the question asks for
    first, with the line of each other part it asks for beside it, in the order asked: "Who
    wrote the review, and when was it published?" is answered by the authors and the date. Each
    other line comes from the paper the first one does, and a line that already gives a part
    (the date's line names the journal too) is not repeated."""
    parts = record_parts_asked(query.read)
    if query.kind not in parts:
        return chosen
    papers = {ranked[c.rank].passage.metadata.get("doc_id") for c in chosen}

    def gives(c: _Candidate, part: str) -> bool:
        return is_kind(c.text, part, section=ranked[c.rank].passage.section, asked=query.read)

    def paper_of(c: _Candidate) -> str | None:
        return ranked[c.rank].passage.metadata.get("doc_id")

    lines = {query.kind: chosen}
    others = [part for part in parts if part != query.kind]
    # The lines chosen may all give another part asked, whose words weigh more ("Where are the
    # first two authors based? Is it the same place as the corresponding author?"): the first
    # part's own lines then stand before them.
    if all(any(gives(c, part) for part in others) for c in chosen):
        own = [
            c
            for c in _candidates(query, ranked, retriever, query.kind, named)
            if gives(c, query.kind)
            and paper_of(c) in papers
            and not any(gives(c, part) for part in others)
        ]
        if own:
            top = max(c.score for c in own)
            kept = [c for c in own if c.score >= _KEEP_RATIO * top]
            lines[query.kind] = sorted(kept, key=lambda c: (c.rank, c.start))
    for part in parts:
        if part in lines:
            continue
        given = {
            paper_of(c) for lines_given in lines.values() for c in lines_given if gives(c, part)
        }
        # Each paper asked of gives its own: "the DOIs of both reviews, and when …".
        found = [
            c
            for c in _candidates(query, ranked, retriever, part, named)
            if gives(c, part) and paper_of(c) in papers - given
        ]
        # A part of one paper may take two lines ("where do they work?": each affiliation).
        top = {paper_of(c): c.score for c in sorted(found, key=lambda c: c.score)}
        kept = [c for c in found if c.score >= _KEEP_RATIO * top[paper_of(c)]]
        if kept:
            lines[part] = sorted(kept, key=lambda c: (c.rank, c.start))
    if len(lines) == 1:
        return chosen
    # Each part keeps its lines (a record line is short): only the word limit bounds them.
    answer: list[_Candidate] = []
    words = sum(word_count(c.text) + 1 for c in lines[query.kind])
    for part in parts:
        for c in lines.get(part, []):
            size = word_count(c.text) + 1
            if part != query.kind:
                if words + size > max_words:
                    continue
                words += size
            answer.append(c)
    return answer


def _sums_itself_up(paper: Sequence[StoredPassage]) -> bool:
    """Whether a paper (its passages) has a summary line: "This paper reviews …", 本文…."""
    return any(is_kind(p.text, "summary", section=p.section) for p in paper)


def _asks_of_a_part(query: Query, retriever: Retriever, paper: Sequence[StoredPassage]) -> bool:
    """Whether the question names something the paper says, beside the paper itself: "Sum up
    why checkpoint inhibitors stop working, per Ji et al." asks for that part of it."""
    record = retriever.document_terms(paper[0])
    said = frozenset().union(
        *(own for p in paper if p.section != TITLE_SECTION for *_, own in retriever.sentences(p))
    )
    # A follow-up's borrowed words are the question before's part, not this one's.
    own = tuple(c for c in query.concepts if c[0] not in query.borrowed)
    return retriever.coverage(replace(query, concepts=own), said - record) > 0


def _as_its_title(
    query: Query,
    ranked: Sequence[RankedPassage],
    retriever: Retriever,
    paper: Sequence[StoredPassage],
) -> tuple[Query, Sequence[RankedPassage]]:
    """ "What is the Frontiers review about?" of a paper that does not sum itself up: its
    passages and sentences nearest its title say what it is about (unless it has none)."""
    title = paper[0].metadata.get("title", "")
    if not title.strip():
        return query, ranked
    as_title = replace(retriever.analyse(title), question=query.question)
    return as_title, retriever.search(as_title, len(ranked), [paper[0].metadata["doc_id"]])


def _never_mentioned(names: Sequence[str]) -> str:
    return f"The corpus never mentions {', '.join(names)}"


def _abstention(query: Query, ranked: Sequence[RankedPassage], notice: str = "") -> Answer:
    # None answers, so the closest come in the order of the score each shows.
    closest = sorted(ranked, key=lambda item: item.relevance, reverse=True)
    return Answer(
        query.question, ABSTENTION_TEXT, _citations(closest, {}), abstained=True, notice=notice
    )


def _named_papers_give(
    query: Query, ranked: Sequence[RankedPassage], retriever: Retriever, named: set[str]
) -> bool:
    """Whether a sentence of the papers the question names gives the kind it asks for. A
    figure, a span or a share counts only when its sentence is about the question's subject."""
    return any(
        is_kind(
            text,
            query.kind,
            on_topic=retriever.coverage(query, own) > 0,
            section=item.passage.section,
            asked=query.read,
        )
        for item in ranked
        if item.passage.metadata.get("doc_id") in named
        for _, _, text, own in retriever.sentences(item.passage)
    )


def _named_documents(
    query: Query, ranked: Sequence[RankedPassage], retriever: Retriever
) -> set[str]:
    """The documents among ``ranked`` whose title, journal and authors cover the question
    best ("the DOI of the bone metastasis review"), and any that a word of the question names
    alone ("the Frontiers one or the Chinese one"): all of them when it names none."""
    # The words of the question before name a paper only when it spoke of one: "cancer
    # cells" share the words of one title, and are the subject of "how small are they?".
    if query.borrowed and not _NAMES_A_PAPER.search(query.previous):
        own = tuple(c for c in query.concepts if c[0] not in query.borrowed)
        query = replace(query, concepts=own)
    said = _SAID_TO_APPEAR_IN.search(query.read)
    if said:
        rest = set(terms(query.read[: said.start()] + query.read[said.end() :]))
        kept = tuple(c for c in query.concepts if any(p <= rest for p in c[0]))
        query = replace(query, concepts=kept or query.concepts)
    # "Journal" names no paper, though one journal's name holds the word.
    records = {
        item.passage.metadata.get("doc_id"): (
            retriever.document_terms(item.passage) - _RECORD_WORDS,
            retriever.naming_words(item.passage) - _RECORD_WORDS,
        )
        for item in ranked
    }

    def names(phrasings: frozenset[frozenset[str]], doc: str) -> bool:
        # A name of several words ("non-small cell lung cancer", "Chinese Journal of Lung
        # Cancer" less its "journal") is a name whole; one word must be a name of its own.
        whole, words = records[doc]
        return any(
            p <= words if len(p) == 1 else bool(p - _RECORD_WORDS) and p - _RECORD_WORDS <= whole
            for p in phrasings
        )

    total = sum(weight for _, weight in query.concepts) or 1.0
    shares = {
        doc: sum(weight for phrasings, weight in query.concepts if names(phrasings, doc)) / total
        for doc in records
    }
    best = max(shares.values(), default=0.0)
    named = {doc for doc, share in shares.items() if share >= best}
    for phrasings, _ in query.concepts:
        naming = [doc for doc in records if names(phrasings, doc)]
        if len(naming) == 1:
            named.add(naming[0])
    return named


def _answering_sentences(
    query: Query, ranked: Sequence[RankedPassage], retriever: Retriever, named: set[str]
) -> list[_Candidate]:
    """The sentences that may answer: by the question's words, else by meaning."""
    candidates = _candidates(query, ranked, retriever, query.kind, named)

    # A licence, a disclaimer or a keyword list shares words with many questions ("common",
    # "claim", "drug resistance") but states no finding: it answers one only when no other
    # sentence does, by words or by meaning.
    def is_record(c: _Candidate) -> bool:
        return is_record_line(c.text, ranked[c.rank].passage.section)

    if not asks_for_findings(query.kind):
        found = candidates or _paraphrase_candidates(query, ranked, retriever)
        if not asks_for_a_measure(query.kind):
            return found
        # A count or a measure is no record line's: "How many new lung cancer cases are there
        # in China?" is not answered by the affiliations' "China".
        measured = [
            c for c in found if not is_record_or_people_line(c.text, ranked[c.rank].passage.section)
        ]
        if not counts_people(query.read):
            return measured
        # "How many new cases are there each year?" only a number answers, and no date of
        # the paper's record: "… diagnosed in Quebec in 2024?" is not "Received: 03 Dec 2024".
        counted = [c for c in measured if not dates_a_step_of_the_record(c.text)]
        if not any(
            is_kind(c.text, query.kind, section=ranked[c.rank].passage.section) for c in counted
        ):
            return []
        return counted

    findings = [c for c in candidates if not is_record(c)]
    if findings:
        return findings
    by_meaning = _paraphrase_candidates(query, ranked, retriever)
    return [c for c in by_meaning if not is_record(c)] or candidates or by_meaning


def _candidates(
    query: Query,
    ranked: Sequence[RankedPassage],
    retriever: Retriever,
    expected: str,
    named: set[str],
) -> list[_Candidate]:
    candidates = []
    question_language = language_of(query.read)
    of_each_paper = asks_of_each_paper(query)
    # "Which of the two reviews came out first?" is answered by each paper's date, and "What
    # is the postal code?" by the line that has one, whatever words the question uses; as is
    # "Who wrote the review?", by each paper's authors, when the question names no paper.
    any_words = (
        of_each_paper
        or bool(only_its_line(expected))
        or (is_record_part(expected) and _NAMES_A_PAPER.search(query.read) is not None)
    )
    query = _without_what_is_not_asked(query)
    for rank, item in enumerate(ranked):
        passage = item.passage
        context = retriever.context_terms(passage)
        named_section = _named_section(passage.section, query)
        for start, end, text, own in retriever.sentences(passage):
            # "What is the first of the highlights?": the section the question names speaks
            # for each of its sentences.
            own = own | named_section
            # The sentence must itself speak to the question; its document and section may
            # supply the rest ("the DOI of the bone metastasis review").
            own_share = retriever.coverage(query, own)
            gives_kind = is_kind(
                text,
                expected,
                on_topic=own_share > 0 and query.speaks_of(own),
                section=passage.section,
                asked=query.read,
            )
            if own_share == 0 and not gives_kind:
                continue
            # A follow-up is answered by what it asks, not again by what the question before
            # it asked ("Why does it stop working?" after "What is the standard treatment?").
            if not gives_kind and not query.says_itself(own):
                continue
            share = retriever.coverage(query, own | context)
            if share < _SENTENCE_MIN_COVERAGE and not (gives_kind and (share or any_words)):
                continue
            score = (
                share
                + own_share
                + 0.5 * item.relevance
                + (KIND_BONUS if gives_kind else 0.0)
                + (_LANGUAGE_BONUS if language_of(text) == question_language else 0.0)
                + 0.02 * (len(ranked) - rank)
            )
            candidates.append(_Candidate(rank, start, end, text, score))
    # "When …?" is answered by a sentence with a date, if one of the documents the question
    # names has one: another paper's record line answers nothing.
    of_kind = [
        c
        for c in candidates
        if is_kind(c.text, expected, section=ranked[c.rank].passage.section, asked=query.read)
        and ranked[c.rank].passage.metadata.get("doc_id") in named
    ]
    if of_each_paper and of_kind:
        # Each paper's best line stands beside the other's, however its words score.
        top = max(c.score for c in of_kind)
        best: dict[str, _Candidate] = {}
        for c in sorted(of_kind, key=lambda c: -c.score):
            best.setdefault(ranked[c.rank].passage.metadata.get("doc_id", ""), c)
        lifted = {id(c) for c in best.values()}
        of_kind = [replace(c, score=top) if id(c) in lifted else c for c in of_kind]
    elif of_kind and expected in _READ_TOGETHER:
        best = max(of_kind, key=lambda c: c.score)
        floor = _KEEP_RATIO * best.score
        of_kind = [
            replace(c, score=floor) if c.rank == best.rank and c.score < floor else c
            for c in of_kind
        ]
    return of_kind or candidates


def _without_what_is_not_asked(query: Query) -> Query:
    """``query`` without the concepts only its "besides …" or "despite …" clause names: a
    sentence that says only what the asker already has does not answer "which other …?", nor
    "despite new drugs, how are patients faring?"."""
    aside, rest = set_aside(query.read)
    if not aside:
        aside, rest = granted(query.read)
    if not aside:
        return query
    aside_terms, rest_terms = set(terms(aside)), set(terms(rest))

    def in_rest(phrase: frozenset[str]) -> bool:
        # "铂耐药" holds 铂, though none of its bigrams is 铂.
        return phrase <= rest_terms or all(cjk_count(t) and t in rest for t in phrase)

    kept = tuple(
        (phrasings, weight)
        for phrasings, weight in query.concepts
        if not any(p <= aside_terms for p in phrasings) or any(in_rest(p) for p in phrasings)
    )
    return replace(query, concepts=kept) if kept else query


def _named_section(section: str, query: Query) -> frozenset[str]:
    """The terms of ``section`` when the question's concepts name all of it ("Highlights",
    "key findings", "what it adds to the literature" for Contribution); empty otherwise. "The
    abstract" names a whole paper, not a part of it."""
    heading = frozenset(terms(section.rsplit(">", 1)[-1]))
    if not heading or heading <= _WHOLE_PAPER:
        return frozenset()
    named = {t for phrasings, _ in query.concepts for p in phrasings if p <= heading for t in p}
    return heading if named == heading else frozenset()


def _the_paper_named(text: str, ranked: Sequence[RankedPassage], retriever: Retriever) -> set[str]:
    """The one paper ``text`` speaks of ("the bone metastasis paper", "Frontiers 那篇"), as a
    set of its id; empty when it names none, or more than one."""
    if not _NAMES_A_PAPER.search(text):
        return set()
    named = _named_documents(retriever.analyse(text), ranked, retriever)
    return named if len(named) == 1 else set()


def _the_other_papers(
    query: Query, ranked: Sequence[RankedPassage], retriever: Retriever
) -> set[str]:
    """The papers among ``ranked`` that the question before did not name, when this one asks
    about "the other paper" and that one named a paper; empty otherwise."""
    if not (query.previous and THE_OTHER_PAPER.search(query.read)):
        return set()
    before = _the_paper_named(query.previous, ranked, retriever)
    others = {item.passage.metadata.get("doc_id") for item in ranked} - before
    return others if before else set()


def _in_documents(
    candidates: list[_Candidate], ranked: Sequence[RankedPassage], documents: set[str]
) -> list[_Candidate]:
    return [c for c in candidates if ranked[c.rank].passage.metadata.get("doc_id") in documents]


def _paraphrase_candidates(
    query: Query, ranked: Sequence[RankedPassage], retriever: Retriever
) -> list[_Candidate]:
    """When no sentence shares the question's words, rank the best passages' sentences by
    meaning: their vectors beside the question's (a passage's are computed once, on its first
    use here, as they cost a model call).
    """
    question = retriever.vector(query.dense_text)
    candidates = []
    for rank, item in enumerate(ranked[:_PARAPHRASE_PASSAGES]):
        sentences = retriever.sentences(item.passage)
        vectors = retriever.sentence_vectors(item.passage)
        for (start, end, text, _), vector in zip(sentences, vectors, strict=True):
            similarity = float(question @ vector)
            if similarity >= _PARAPHRASE_MIN_SIMILARITY:
                candidates.append(_Candidate(rank, start, end, text, similarity))
    return candidates


def _choose(candidates: list[_Candidate], max_words: int, max_sentences: int) -> list[_Candidate]:
    if not candidates:
        return []
    best = max(c.score for c in candidates)
    # The best-ranked passage with a sentence good enough to quote is quoted first, so that
    # the answer's [1] is the passage retrieval put highest among those that answer.
    qualifying = [c for c in candidates if c.score >= _KEEP_RATIO * best]
    lead_rank = min(c.rank for c in qualifying)
    lead = max((c for c in qualifying if c.rank == lead_rank), key=lambda c: c.score)
    order = [lead, *(c for c in sorted(candidates, key=lambda c: -c.score) if c is not lead)]
    chosen: list[_Candidate] = []
    words = 0
    seen: set[frozenset[str]] = set()
    for c in order:
        if c.score < _KEEP_RATIO * best or len(chosen) == max_sentences:
            break
        size = word_count(c.text) + 1  # its [n] marker counts as a word too
        signature = frozenset(terms(c.text))
        if words + size > max_words or signature in seen:
            continue
        chosen.append(c)
        seen.add(signature)
        words += size
    # Passages in retrieval order, so that [1] is the best-ranked passage the answer quotes;
    # each passage's sentences in their own order, except that the answer opens with its
    # best sentence ("外泌体是怎么形成的？" is not answered first by "已形成晚期转移"), unless
    # that one leans on the sentence before it, by a pronoun or a connective.
    opens = not (_refers_back(lead.text) or _opens_with_connective(lead.text))
    ordered = sorted(chosen, key=lambda c: (c.rank, not (opens and c is lead), c.start))
    # A qualification ("However, the survival status … is still unsatisfactory.") quoted
    # without what it qualifies opens no passage's quotes: it follows them.
    result: list[_Candidate] = []
    for _, quoted in groupby(ordered, key=lambda c: c.rank):
        first, *rest = quoted
        result.extend([*rest, first] if _opens_with_connective(first.text) else [first, *rest])
    return result


def _with_continuations(
    chosen: list[_Candidate],
    ranked: Sequence[RankedPassage],
    retriever: Retriever,
    max_words: int,
    leans_back: Callable[[str], bool],
) -> list[_Candidate]:
    """Each chosen sentence followed by the next one of its passage when that one leans back
    on it ("… are complex. A variety of cells … participate in it"): the sentence that names
    the topic is often not the one that answers, and a "However" may take back what it says.
    """
    words = sum(word_count(c.text) + 1 for c in chosen)
    taken = {(c.rank, c.start) for c in chosen}
    result: list[_Candidate] = []
    for c in chosen:
        result.append(c)
        sentences = retriever.sentences(ranked[c.rank].passage)
        following = [after for before, after in pairwise(sentences) if before[0] == c.start]
        if not following:
            continue
        start, end, text, _ = following[0]
        size = word_count(text) + 1
        if (c.rank, start) in taken or words + size > max_words or not leans_back(text):
            continue
        result.append(_Candidate(c.rank, start, end, text, c.score))
        taken.add((c.rank, start))
        words += size
    return result


def _refers_back(sentence: str) -> bool:
    """Whether a sentence leans on the one before it: a pronoun early on, or 其/该/此 first."""
    if language_of(sentence) == "zh":
        return sentence.lstrip().startswith(_ZH_BACK_REFERENCES)
    opening = _WORD.findall(sentence.lower())[:_BACK_REFERENCE_WORDS]
    return not _EN_BACK_REFERENCES.isdisjoint(opening)


def _opens_with_connective(sentence: str) -> bool:
    if language_of(sentence) == "zh":
        return sentence.lstrip().startswith(_ZH_CONNECTIVES)
    opening = _WORD.findall(sentence.lower())[:1]
    return bool(opening) and opening[0] in _EN_CONNECTIVES


def _citations(
    ranked: Sequence[RankedPassage], highlights: dict[int, list[tuple[int, int]]]
) -> tuple[Citation, ...]:
    citations = []
    for n, item in enumerate(ranked, start=1):
        meta = item.passage.metadata
        date = str(meta.get("date", ""))
        citations.append(
            Citation(
                n=n,
                doc_id=str(meta.get("doc_id", "")),
                title=str(meta.get("title", "")),
                authors=item.passage.authors,
                year=int(date[:4]) if date[:4].isdigit() else None,
                section=str(meta.get("section", "")),
                text=item.passage.text,
                score=item.relevance,
                url=str(meta.get("url", "")),
                language=str(meta.get("language", "en")),
                source=str(meta.get("source", "summary")),
                journal=str(meta.get("journal", "")),
                doi=str(meta.get("doi", "")),
                highlights=tuple(sorted(highlights.get(n, []))),
            )
        )
    return tuple(citations)
