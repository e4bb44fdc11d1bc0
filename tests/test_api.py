"""The Python API: ``from exorag import Assistant``; ``Assistant.ask`` → ``Answer``."""

from __future__ import annotations

import json
import re
from concurrent.futures import ThreadPoolExecutor

import pytest
from conftest import write_document

import exorag
from exorag import Answer, Assistant, Citation
from exorag.chunking import word_count
from exorag.errors import ExoragError, IndexMissingError, QuestionError, UnknownDocumentError

TKI_QUESTION = "What mechanisms cause resistance to tyrosine kinase inhibitors?"
ANSWER_KEYS = {"question", "answer", "abstained", "citations"}
CITATION_KEYS = {"n", "doc_id", "title", "authors", "year", "section", "text", "score", "url"}


def test_the_package_root_is_the_api():
    assert {"Assistant", "Answer", "Citation", "ask"} <= set(exorag.__all__)
    assert exorag.Assistant is Assistant


def test_ask_answers_with_numbered_citations(assistant):
    answer = assistant.ask(TKI_QUESTION)
    assert isinstance(answer, Answer)
    assert answer.question == TKI_QUESTION
    assert answer.abstained is False
    assert "[1]" in answer.text
    assert all(isinstance(c, Citation) for c in answer.citations)
    assert 1 <= len(answer.citations) <= 5
    top3 = " ".join(c.text for c in answer.citations[:3])
    assert "secondary mutation" in top3 and "bypass signal" in top3
    first = answer.citations[0]
    assert first.title.startswith("Exosome, an important transmitter")
    assert (first.authors, first.year) == (("Hongzhi Ji", "Li Zhang", "Lingyun Ye"), 2025)
    assert first.section == "Abstract"
    assert first.url == "https://doi.org/10.3389/fonc.2025.1539047"
    assert 0 < first.score <= 1


def test_top_k_bounds_the_citations(assistant):
    assert len(assistant.ask(TKI_QUESTION, top_k=2).citations) == 2
    assert len(assistant.ask(TKI_QUESTION, top_k=8).citations) == 8


def test_to_dict_is_the_json_contract(assistant):
    data = assistant.ask(TKI_QUESTION).to_dict()
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data
    assert set(data) >= ANSWER_KEYS
    assert (data["question"], data["abstained"]) == (TKI_QUESTION, False)
    assert isinstance(data["answer"], str) and data["answer"]
    for n, citation in enumerate(data["citations"], start=1):
        assert set(citation) >= CITATION_KEYS
        assert citation["n"] == n
        assert isinstance(citation["authors"], list)
        assert isinstance(citation["year"], int)
        assert isinstance(citation["score"], float)


def test_doc_ids_restrict_the_citations(assistant):
    answer = assistant.ask(TKI_QUESTION, doc_ids=["PMC12883948"])
    assert answer.citations
    assert {c.doc_id for c in answer.citations} == {"PMC12883948"}
    only_fonc = assistant.ask("What is the diameter of exosomes?", doc_ids=["fonc.2025.1539047"])
    assert {c.doc_id for c in only_fonc.citations} == {"fonc.2025.1539047"}
    assert "40-160 nm" not in only_fonc.text


def test_an_unknown_doc_id_is_refused_with_the_known_ones(assistant):
    with pytest.raises(UnknownDocumentError) as caught:
        assistant.ask(TKI_QUESTION, doc_ids=["PMC12883948", "nope"])
    assert isinstance(caught.value, ExoragError)
    assert str(caught.value) == (
        "unknown document id 'nope'; indexed documents: PMC12883948, fonc.2025.1539047"
    )


@pytest.mark.parametrize(
    ("question", "message"),
    [
        ("", "the question is empty"),
        ("   \n\t ", "the question is empty"),
        ("\x00\x07", "the question is empty"),
        ("x" * 2001, "the question is 2001 characters long; the limit is 2000"),
        ("why " * 600, "the question is 2399 characters long; the limit is 2000"),
    ],
    ids=["empty", "whitespace", "control-characters", "2001-chars", "long-words"],
)
def test_unusable_questions_are_refused(assistant, question, message):
    with pytest.raises(QuestionError, match=message):
        assistant.ask(question)


def test_a_question_of_exactly_2000_characters_is_asked(assistant):
    question = ("What is the diameter of exosomes? " * 60)[:2000]
    assert isinstance(assistant.ask(question), Answer)


@pytest.mark.parametrize("top_k", [0, 51])
def test_top_k_out_of_range_is_refused(assistant, top_k):
    with pytest.raises(QuestionError, match="top_k must be between 1 and 50"):
        assistant.ask(TKI_QUESTION, top_k=top_k)


def test_a_follow_up_is_read_with_the_question_before_it(assistant):
    answer = assistant.ask(
        "and how are they formed?", history=["What is the diameter of exosomes?"]
    )
    assert not answer.abstained
    assert "多囊泡体与细胞膜融合" in answer.text  # formed from multivesicular bodies
    assert any("多囊泡体" in c.text for c in answer.citations[:3])


@pytest.mark.parametrize(
    ("earlier", "follow_up", "answered_by"),
    [
        # "they" are the authors just asked about, so this asks for their affiliation.
        ("Who wrote the drug resistance review?", "Where do they work?", "Department of"),
        # The topic is only in the question before: bone metastasis causes bone pain (骨痛).
        ("What is bone metastasis?", "What symptoms does it cause?", "骨痛"),
        # A follow-up that names its own topic keeps to it, not to what exosomes carry.
        (
            "What do exosomes carry?",
            "How do they spread drug resistance?",
            "from drug-resistant cells to sensitive cells",
        ),
    ],
)
def test_a_follow_up_is_answered_about_what_it_refers_to(
    assistant, earlier, follow_up, answered_by
):
    answer = assistant.ask(follow_up, history=[earlier])
    assert not answer.abstained
    first_sentence = answer.text.split(" [", 1)[0]
    assert answered_by in first_sentence, answer.text


def test_a_question_that_names_its_own_topic_is_read_without_the_one_before(assistant):
    # "these vesicles" reads like a follow-up, but the question names its topic (vesicles,
    # cells, bone): the unrelated question before must not change its answer.
    question = "Do these vesicles change how cells fuel themselves once in bone?"
    alone = assistant.ask(question)
    after = assistant.ask(question, history=["外泌体在肺癌耐药中起什么作用？"])
    assert after.text == alone.text
    assert [c.text for c in after.citations] == [c.text for c in alone.citations]


def test_a_follow_up_pointing_back_at_a_treatment_is_read_with_its_question(assistant):
    # "those drugs" names the targeted therapy of the question before: TKIs, whose resistance
    # mechanisms answer, though the follow-up names tumours and resistance itself.
    answer = assistant.ask(
        "How do tumors become resistant to those drugs?",
        history=["Which targeted therapy does the Frontiers review mention for NSCLC?"],
    )
    assert "secondary mutation" in answer.text


def test_a_follow_up_whose_subject_is_a_pronoun_borrows_the_earlier_topic(assistant):
    # "they" are the exosomes of the question before; read alone, "resistance spread through
    # a tumour" found metastasis (转移) in the Chinese abstract.
    answer = assistant.ask(
        "So how exactly do they help resistance spread through a tumour?",
        history=["What role does the Frontiers paper assign to exosomes in lung cancer cells?"],
    )
    assert "from drug-resistant cells to sensitive cells" in answer.text


def test_a_follow_up_is_not_answered_again_by_the_earlier_questions_answer(assistant):
    answer = assistant.ask(
        "Why does it stop working?",
        history=["What is the standard treatment for driver gene negative advanced NSCLC?"],
    )
    assert "standard treatment" not in answer.text
    assert "platinum resistance" in answer.text


def test_what_the_asker_needs_it_for_is_no_part_of_the_question(assistant):
    # A grant is what the asker writes, not funding asked about; a biomarker aim is theirs.
    cited = assistant.ask(
        "写基金本子要引一句：晚期非小细胞肺癌病人现在活得怎么样，Ji 那篇摘要是怎么评价的？"
    )
    assert "still unsatisfactory" in cited.text
    uses = assistant.ask(
        "For a biomarker grant aim: which clinical uses does the bone review see for exosomes?"
    )
    assert not uses.abstained, uses.notice


def test_a_follow_up_stays_with_the_paper_the_question_before_it_named(assistant):
    # "除了这两条" (besides these two) points back; the paper is the one just named, not the
    # Chinese abstract that also speaks of signalling.
    answer = assistant.ask(
        "除了这两条，信号链条更下游出了问题也算一种吗？",
        history=["Frontiers 那篇讲 TKI 耐药，提到了继发突变和旁路信号激活。"],
    )
    assert "abnormality of downstream signal pathways" in answer.text
    cited = {c.doc_id for c in answer.citations if c.highlights}
    assert cited == {"fonc.2025.1539047"}


def test_a_follow_up_that_stands_alone_keeps_to_no_paper_the_question_before_named(assistant):
    # The EGFR question named "the review" (the Frontiers one), whose "to form an
    # immunosuppressive microenvironment" says "form"; how exosomes form is the other paper's.
    for earlier, question, given in (
        (
            "My EGFR patients always seem to outwit the TKI by month eighteen or so. How does the"
            " review say the cancer cells manage that?",
            "外泌体是怎么形成的？",
            "多囊泡体与细胞膜融合",
        ),
        (
            "What does the Frontiers review say about immunotherapy resistance?",
            "How do exosomes come into being?",
            "多囊泡体与细胞膜融合",
        ),
        (
            "What does the bone metastasis review say about osteoclasts?",
            "外泌体携带哪些信息分子？",
            "miRNA, lncRNA, and protein",
        ),
    ):
        answer = assistant.ask(question, history=[earlier])
        assert given in answer.text, (question, answer.text)


def test_an_elliptical_follow_up_asks_for_what_the_question_before_it_did(assistant):
    answer = assistant.ask(
        "and for the Chinese Journal of Lung Cancer one?",
        history=["What's the DOI for the Ji et al. exosome resistance review?"],
    )
    assert "10.3779/j.issn.1009-3419.2025.101.22" in answer.text


def test_two_short_lines_under_one_title_are_not_duplicates(assistant):
    # "67 references — full list in the complete paper: <link>" and "1 figure with captions
    # in the complete paper: <link>" share their paper's title and a link, not what they say.
    answer = assistant.ask("How many works does the bone-metastasis exosome review cite?")
    assert "67 references" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "我在做 EV 分离，想确认一下这篇骨转移综述给外泌体定的粒径区间是多少？",
        "I'm working on EV isolation, so what size range does the bone review give for exosomes?",
    ],
)
def test_what_the_asker_says_of_their_own_work_is_not_what_they_ask_about(assistant, question):
    # EV isolation is a subject the corpus never mentions; here it is only the asker's work.
    answer = assistant.ask(question)
    assert "40-160 nm" in answer.text


def test_a_subject_the_corpus_never_mentions_is_still_refused_inside_the_question(assistant):
    question = "What size range does the bone review give for exosomes after EV isolation?"
    assert assistant.ask(question).abstained


def test_the_people_of_one_paper_are_not_anothers(assistant):
    # Only the Frontiers review lists affiliations: the bone metastasis review's are not its.
    answer = assistant.ask("Where do the authors of the bone metastasis review work?")
    assert answer.abstained
    assert "affiliations of the paper asked about" in answer.notice
    follow_up = assistant.ask(
        "Which university or hospital are those two authors from?",
        history=["外泌体与肺癌骨转移机制这篇综述是谁写的？"],
    )
    assert follow_up.abstained
    frontiers = assistant.ask("Where do the authors of the Frontiers review work?")
    assert "Shanghai Pulmonary Hospital" in frontiers.text


def test_a_drug_named_as_an_example_of_its_class_asks_about_the_class(assistant):
    # PD-1 itself is in no passage; "PD-1这类药" (drugs of the PD-1 kind) are checkpoint
    # inhibitors, which the Frontiers review does explain.
    answer = assistant.ask("免疫检查点抑制剂（PD-1这类药）为什么会失效？")
    assert "impairment of effector T cell function" in answer.text
    assert assistant.ask("PD-1为什么会失效？").abstained


def test_a_question_word_in_chinese_is_no_topic_of_the_question(assistant):
    # 综述 is "review", a word English questions ask with; no passage writes it, so as a
    # topic it would weigh most and cover nothing.
    answer = assistant.ask("NSCLC 病人用 TKI 之后耐药，综述里总结了哪几种 resistance mechanism？")
    assert "secondary mutation" in answer.text


def test_a_chinese_word_for_an_english_question_word_weighs_no_more_than_the_topics(assistant):
    # 导致 is "cause": a passage writes it (常引起骨痛), but exosomes and drug resistance say
    # which sentence answers, not a sentence about what else causes what.
    answer = assistant.ask("外泌体如何导致非小细胞肺癌耐药？")
    assert "transfer drug resistance information" in answer.text
    assert "骨相关事件" not in answer.text


def test_a_question_asking_for_advice_is_answered_only_by_a_recommendation(assistant):
    answer = assistant.ask("As a nurse, how should I manage hypercalcaemia in bone metastasis?")
    assert answer.abstained
    assert "recommendation" in answer.notice


def test_a_relation_asked_the_other_way_round_is_not_answered_with_the_stated_one(assistant):
    reverse = assistant.ask(
        "Can exosomes released by drug-sensitive NSCLC cells restore drug sensitivity in "
        "resistant cells?"
    )
    assert reverse.abstained
    assert "other way round" in reverse.notice
    stated = assistant.ask(
        "Do exosomes from drug-resistant cells pass resistance to sensitive cells?"
    )
    assert "from drug-resistant cells to sensitive cells" in stated.text


def test_a_choice_between_names_the_corpus_writes_only_as_their_class_is_refused(assistant):
    # The Frontiers review writes "platinum", never cisplatin or carboplatin.
    choice = assistant.ask("Is cisplatin or carboplatin more affected by exosome transfer?")
    assert choice.abstained
    assert "cisplatin" in choice.notice
    # A choice between things the corpus does write is answered.
    papers = assistant.ask(
        "Which review was published later, the Frontiers one or the Chinese one?"
    )
    assert not papers.abstained
    # Names in a statement before the question offer no choice: it asks about the class.
    listed = assistant.ask(
        "Patients on cisplatin or carboplatin stop responding after a while. What reasons"
        " does the review give for resistance to those platinum drugs?"
    )
    assert not listed.abstained
    assert "DNA damage repair" in listed.text
    # "Which" asking about something else, the names after a preposition: both are meant.
    changes = assistant.ask(
        "Which cellular changes does the Frontiers review blame for tumours becoming"
        " refractory to cisplatin or carboplatin?"
    )
    assert "DNA damage repair" in changes.text
    named = assistant.ask("Which is affected by exosomes, cisplatin or carboplatin?")
    assert named.abstained


def test_a_follow_up_about_the_other_paper_asks_of_the_paper_not_yet_named(assistant):
    answer = assistant.ask(
        "And the other review's DOI?",
        history=["What is the DOI of the bone metastasis review?"],
    )
    assert "10.3389/fonc.2025.1539047" in answer.text
    assert "10.3779" not in answer.text
    # "The other two authors" are no other paper.
    authors = assistant.ask(
        "What about the other two authors — where are they affiliated?",
        history=["Who is the corresponding author of the Frontiers review?"],
    )
    assert "Shandong" in authors.text or "SHANDONG" in authors.text
    # A finding asked again of the other paper is that paper's alone.
    payload = assistant.ask("那另一篇呢？", history=["外泌体里装的啥 骨转移那篇"])
    assert "miRNA, lncRNA, and protein" in payload.text
    assert "蛋白质、脂质和核酸" not in payload.text


def test_a_record_question_about_two_papers_is_answered_from_each(assistant):
    # Its words find only the Frontiers review's lines; each paper's date answers it.
    dates = assistant.ask("Which of the two reviews came out more recently?")
    assert "2025-11-20" in dates.text
    assert "28 Apr 2025" in dates.text
    journals = assistant.ask("Are both reviews in the same journal?")
    assert "Chinese Journal of Lung Cancer" in journals.text
    assert "Frontiers in Oncology" in journals.text
    # One paper's record is that paper's alone, and "the other paper" is the other one's.
    one = assistant.ask("In which journal did the bone metastasis review appear?")
    assert "Frontiers" not in one.text
    other = assistant.ask(
        "Is the other paper in the same journal?",
        history=["Which journal published the paper about lung cancer spreading to bone?"],
    )
    assert "Frontiers in Oncology" in other.text
    assert "Chinese Journal of Lung Cancer" not in other.text


def test_spoken_chinese_asks_what_written_chinese_asks(assistant):
    # 啥 is 什么: a definition, and a date, not the papers' summaries.
    assert "40-160 nm" in assistant.ask("外泌体是啥？").text
    assert "2025" in assistant.ask("骨转移那篇啥时候发表的？").text


def test_one_assistant_serves_several_threads(assistant):
    questions = [
        TKI_QUESTION,
        "What is the diameter of exosomes?",
        "What is the capital of France?",
    ]
    alone = [assistant.ask(q).to_dict() for q in questions]
    with ThreadPoolExecutor(max_workers=3) as pool:
        together = list(pool.map(lambda q: assistant.ask(q).to_dict(), questions * 2))
    assert together == alone * 2


def test_status_lists_the_indexed_documents(assistant):
    status = assistant.status()
    assert status.documents == 2
    assert [doc_id for doc_id, _, _ in status.document_list] == [
        "PMC12883948",
        "fonc.2025.1539047",
    ]
    assert sum(passages for _, _, passages in status.document_list) == status.passages
    assert status.to_dict()["documents"][0]["doc_id"] == "PMC12883948"


def test_a_missing_index_says_how_to_build_it(tmp_path):
    assistant = Assistant(index_dir=tmp_path / "index", corpus_dir=tmp_path)
    with pytest.raises(IndexMissingError, match="Run `exorag index` to build it"):
        assistant.ask(TKI_QUESTION)


def test_build_index_then_ask_and_a_new_build_is_used_by_the_next_question(tmp_path):
    corpus = tmp_path / "corpus"
    write_document(corpus, "vesicles.md", "## Findings\n\nZorblatt vesicles carry glimmerin.\n")
    assistant = Assistant(index_dir=tmp_path / "index", corpus_dir=corpus)
    assert assistant.build_index().added == ("vesicles",)
    assert assistant.ask("What do zorblatt vesicles carry?").text == (
        "Zorblatt vesicles carry glimmerin. [1]"
    )
    write_document(corpus, "vesicles.md", "## Findings\n\nZorblatt vesicles carry shimmerin.\n")
    assert assistant.build_index().updated == ("vesicles",)
    assert assistant.ask("What do zorblatt vesicles carry?").text == (
        "Zorblatt vesicles carry shimmerin. [1]"
    )


def test_exorag_ask_uses_the_index_named_by_the_environment(shipped_index, monkeypatch):
    monkeypatch.setenv("EXORAG_INDEX_DIR", str(shipped_index.index_dir))
    monkeypatch.setenv("EXORAG_CORPUS_DIR", str(shipped_index.corpus_dir))
    monkeypatch.setattr(exorag, "_default", None)
    answer = exorag.ask(TKI_QUESTION)
    assert "secondary mutation" in answer.text
    default = exorag._default
    assert exorag.ask("What is the diameter of exosomes?").citations
    assert exorag._default is default  # created once, then reused


def test_a_follow_up_to_a_follow_up_that_names_nothing_reads_the_question_before_it(assistant):
    history = ["骨转移综述里的外泌体是多大的？", "它们是怎么产生的？"]
    answer = assistant.ask("到了骨里面，它们又干了什么？", history=history)
    assert not answer.abstained, answer.notice
    assert "bone metastasis" in answer.text or "骨转移" in answer.text
    # Without the first question "它们" is nothing the corpus can place.
    assert assistant.ask("到了骨里面，它们又干了什么？", history=history[1:]).abstained


def test_the_word_journal_names_no_paper(assistant):
    # "Chinese Journal of Lung Cancer" holds the word; the Frontiers review is a journal's too.
    answer = assistant.ask(
        "Give me the citation details for that paper: journal, volume and DOI.",
        history=["Which review discusses exosomes passing drug resistance between NSCLC cells?"],
    )
    assert "10.3389/fonc.2025.1539047" in answer.text


def test_a_line_of_the_form_asked_for_answers_whatever_words_it_shares(assistant):
    # "postal", "code" and "lead" are in no passage; the address line has the code.
    answer = assistant.ask("What postal code is given for contacting the lead contact?")
    assert "200433" in answer.text
    # The bone metastasis review gives no address, so no postal code.
    assert assistant.ask("What is the postal code of YUAN Yuan's hospital?").abstained


def test_non_small_cell_typed_without_its_hyphen_is_the_reviews_subject(assistant):
    # Read as "small cell lung cancer", the question was refused as about another cancer.
    answer = assistant.ask(
        "my wife's advanced non small cell lung cancer has no driver mutation, what treatment"
        " do doctors usually start with?"
    )
    assert not answer.abstained, answer.notice
    assert "platinum based chemotherapy" in answer.text


def test_a_follow_up_borrows_its_subject_not_a_paper_from_the_question_before(assistant):
    # "cancer cells" shares its words with the Frontiers title alone; the size is the other
    # paper's, and "they" are the bubbles, not that paper.
    answer = assistant.ask(
        "and how big are they in real numbers?",
        history=["cancer cells send out tiny bubbles, where are those made?"],
    )
    assert "40-160 nm" in answer.text


def test_a_sentence_offering_another_follows_the_one_it_adds_to(assistant):
    # The sentence on targeted therapy shares the question's words; the one after it, which
    # adds immunotherapy, shares none but leans on it.
    answer = assistant.ask(
        "Other than drugs for driver mutations, what else has made a difference for NSCLC patients?"
    )
    assert "Immunotherapy (IO) is another breakthrough" in answer.text


def test_that_review_is_the_one_the_question_before_named(assistant):
    # Read alone, "cells" would name the Frontiers review, whose title holds the word.
    answer = assistant.ask(
        "In that review, which cells and compartments do exosomes connect tumour cells with?",
        history=["What is an exosome, according to the review on lung cancer bone metastasis?"],
    )
    cited = {
        answer.citations[n - 1].doc_id for n in map(int, re.findall(r"\[(\d+)\]", answer.text))
    }
    assert cited == {"PMC12883948"}


def test_a_word_inside_one_title_names_no_paper_when_both_use_it(assistant):
    # "cells" stands in the Frontiers title only inside "non-small cell lung cancer", and both
    # papers speak of cells; the size is the bone metastasis review's.
    answer = assistant.ask("I picture exosomes as parcels that cells post. How small are they?")
    assert "40-160 nm" in answer.text
    # A name of several words still names its paper.
    standard = assistant.ask("Which treatment does the NSCLC review call the standard of care?")
    assert "platinum based chemotherapy" in standard.text


def test_a_translator_asking_for_the_english_term_is_given_the_english_line(assistant):
    answer = assistant.ask(
        "Which English term does the bone metastasis review pair with 病理性骨折?"
    )
    assert "pathological fractures" in answer.text
    assert "病理性骨折" not in answer.text


def test_a_story_told_before_a_question_that_stands_alone_names_no_subject_of_it(assistant):
    told = assistant.ask(
        "My father smoked for 40 years and has just been diagnosed with lung cancer."
        " Is lung cancer really one of the deadliest cancers?"
    )
    assert not told.abstained, told.notice
    assert "死亡率最高" in told.text
    # A question that leans on its story ("there") asks of what the story names.
    leaning = assistant.ask(
        "My mother's breast cancer has spread to her bones. Do exosomes play the same role there?"
    )
    assert leaning.abstained
    assert "breast cancer" in leaning.notice


def test_a_chinese_follow_up_opening_on_what_was_said_reads_the_question_before(assistant):
    # "那么…" (so then …) leans on the bone metastasis question before it; read alone,
    # "strategies based on exosomes" found the resistance review's outlook.
    answer = assistant.ask(
        "那么文章在治疗上提出了哪些基于外泌体的策略？",
        history=["外泌体在肺癌骨转移的转移前微环境形成中起什么作用？"],
    )
    assert "engineered exosomes" in answer.text


def test_found_is_diagnosed_and_fen_lan_is_the_journals_section(assistant):
    # "only found once they have spread": found is diagnosed (诊断时通常已形成晚期转移).
    found = assistant.ask(
        "Is it true that most lung cancers are only found once they have already spread?"
    )
    assert "诊断时通常已形成晚期转移" in found.text
    # 分栏 is the journal's section.
    section = assistant.ask("这篇关于外泌体和耐药的文章属于 Frontiers in Oncology 的哪个分栏？")
    assert "Sec. Thoracic Oncology" in section.text


def test_a_follow_up_naming_only_what_it_sets_aside_asks_about_the_question_before(assistant):
    # Read alone, "besides new mutations, what other reasons are given?" names no subject.
    answer = assistant.ask(
        "Besides new mutations appearing, what other reasons are given?",
        history=["In simple words, why do tumors stop responding to TKI pills?"],
    )
    assert "bypass signal pathways" in answer.text


def test_a_chinese_term_of_function_characters_names_its_entry(assistant):
    # 装了 (carries) is written with 了, which names no topic alone.
    answer = assistant.ask(
        "那它肚子里头都装了些啥玩意？", history=["骨转移那篇说外泌体是咋生出来的呀？"]
    )
    assert "蛋白质、脂质和核酸" in answer.text


def test_words_the_asker_glosses_in_the_corpus_terms_name_nothing_else(assistant):
    answer = assistant.ask(
        "who is tongxun zuozhe (corresponding author) for the NSCLC resistance review?"
    )
    assert "Lingyun Ye" in answer.text
    # A gloss the corpus does not know leaves the name unknown.
    other = assistant.ask(
        "Does the bone metastasis review implicate exosomal PTHrP (parathyroid hormone-related"
        " protein) in causing hypercalcemia?"
    )
    assert other.abstained
    # A bracket of stop words glosses nothing.
    unglossed = assistant.ask("Does the Frontiers review connect exosomes to ferroptosis (or not)?")
    assert unglossed.abstained


def test_two_targets_before_one_drug_class_name_that_class(assistant):
    answer = assistant.ask(
        "When patients become resistant to PD-1/PD-L1 blockers, what happens to their T cells?"
    )
    assert "impairment of effector T cell function" in answer.text


def test_a_record_question_gets_the_line_its_topic_words_rank_below_the_findings(assistant):
    # Its topic's words rank the bone review's findings first; the journal line is added.
    answer = assistant.ask("这篇讨论外泌体促进肺癌骨转移机制的综述刊登在哪本期刊上？")
    assert "Chinese Journal of Lung Cancer" in answer.text
    # No record here gives an issue or its pages.
    pages = assistant.ask("这篇肺癌骨转移综述刊登在该刊第几期，起止页码是多少？")
    assert pages.abstained
    assert "issue or page range" in pages.notice


def test_a_neighbouring_fields_words_for_the_reviews_terms(assistant):
    # "Metabolic rewiring" of "disseminated" cells is the review's energy metabolic
    # reprogramming in bone metastasis, not two unknown subjects.
    answer = assistant.ask(
        "Do the authors link EVs to metabolic rewiring of disseminated lung cancer cells"
        " colonising bone?"
    )
    assert not answer.abstained, answer.notice
    assert "能量代谢重编程" in answer.text or "energy metabolism" in answer.text


def test_cells_that_responded_before_are_the_sensitive_cells(assistant):
    answer = assistant.ask(
        "How can exosomes make previously responsive lung cancer cells resistant?"
    )
    assert "from drug-resistant cells to sensitive cells" in answer.text


def test_what_the_asker_believed_said_after_the_question_names_no_subject(assistant):
    answer = assistant.ask(
        "Is spread to the bones actually unusual for lung cancer? I thought it mostly went to"
        " the brain."
    )
    assert not answer.abstained, answer.notice
    assert "常见的转移形式" in answer.text


def test_a_power_plant_in_a_lay_image_is_the_cells_energy(assistant):
    answer = assistant.ask(
        "Once the cancer cells have squatted in the bone like a crew moving into an abandoned"
        " power plant, how do exosomes help them keep the generators running?"
    )
    assert not answer.abstained, answer.notice


def test_a_follow_up_opening_with_and_reads_the_question_before(assistant):
    answer = assistant.ask(
        "And what do the authors say still has to be done?",
        history=["What is the main point of the exosome drug-resistance review?"],
    )
    assert "need to be further explored" in answer.text


def test_what_an_image_names_is_not_what_the_question_asks_about(assistant):
    # "a fledgling's first flight" asks nothing about air travel.
    answer = assistant.ask(
        "How does the NSCLC drug-resistance review describe the arrival of immunotherapy: a"
        " small hop or a big leap, like a fledgling's first flight?"
    )
    assert not answer.abstained, answer.notice
    assert "Immunotherapy (IO) is another breakthrough" in answer.text
    # An example after "like" without an article is still asked about.
    example = assistant.ask(
        "Can foods like green tea stop cancer cells from sending these bubbles?"
    )
    assert example.abstained


def test_a_name_before_deng_is_an_example_of_the_class_after_it(assistant):
    # "EGFR等TKI": EGFR and other TKIs, which the review discusses as a class.
    answer = assistant.ask("除了继发突变，EGFR等TKI耐药还有哪些机制？")
    assert not answer.abstained, answer.notice
    assert "bypass signal pathways" in answer.text


def test_a_study_design_asked_about_the_paper_is_its_article_type(assistant):
    answer = assistant.ask(
        "Was this an original clinical trial that tested exosomes in patients?",
        history=["Who wrote the Frontiers paper on exosomes and NSCLC drug resistance?"],
    )
    assert not answer.abstained, answer.notice
    assert "REVIEW article" in answer.text


def test_another_fields_names_for_phenotype_transformation(assistant):
    answer = assistant.ask(
        "Does lineage switching or histologic change figure among them?",
        history=["Which processes let NSCLC cells escape tyrosine kinase inhibitor therapy?"],
    )
    assert "transformation of phenotype" in answer.text


def test_a_name_before_nazhong_is_an_example_of_the_class_too(assistant):
    # "免疫针（PD-1那种）": immunotherapy of the PD-1 kind, which the review discusses as ICIs.
    answer = assistant.ask(
        "我妈打免疫针（PD-1那种）后来没效果了，医生讲是肿瘤周围形成了一种压着免疫的环境，"
        "T细胞不干活了，那篇耐药综述里咋解释的啊？"
    )
    assert not answer.abstained, answer.notice
    assert "immunosuppressive microenvironment" in answer.text


def test_a_common_word_holding_a_neighbours_name_names_no_neighbour(assistant):
    # 大麻烦 (a big problem) holds 大麻 (cannabis), which the corpus never mentions.
    answer = assistant.ask(
        "那为啥好多晚期病人最后还是活不长呢？耐药是不是个大麻烦哦？",
        history=["免疫治疗对肺癌到底有没有用啊，医生说效果挺好的？"],
    )
    assert not answer.abstained, answer.notice
    assert "urgent problem to be solved" in answer.text
    assert assistant.ask("吃大麻油能治肺癌骨转移吗？").abstained


def test_texting_shorthand_asks_as_its_words_spelt_out(assistant):
    authors = assistant.ask("who r the authors of the bone metastisis exosome paper")
    assert "YUAN Yuan, TANG Hao" in authors.text
    affiliations = assistant.ask(
        "where r the first 2 authors of the nsclc drug resistance review from"
    )
    assert "Weifang, China" in affiliations.text
    # A list item's number is no sentence to quote.
    assert "2. [" not in affiliations.text


def test_where_a_paper_stands_is_told_by_all_of_its_status_lines(assistant):
    answer = assistant.ask(
        "Is that Frontiers 耐药 review already the final published version, or is it still"
        " some kind of preliminary one?"
    )
    assert "Provisionally accepted" in answer.text
    assert "will be published soon" in answer.text
    # An affiliation question is not answered by every author's department.
    affiliation = assistant.ask("Hongzhi Ji affiliation?")
    assert "Shanghai Pulmonary Hospital, Shanghai, China [" not in affiliation.text


def test_lay_words_for_colonisation_and_the_primary_tumour(assistant):
    landed = assistant.ask(
        "Once lung cancer cells land in the bone, what do exosomes help with there, according"
        " to the bone metastasis review?"
    )
    assert "能量代谢重编程" in landed.text or "energy metabolism" in landed.text
    primary = assistant.ask(
        "那在原来长肿瘤的肺里头呢，外泌体又干了些啥子坏事？",
        history=["外泌体在肺癌骨转移里头到底起啥作用啊？"],
    )
    assert "促进肿瘤细胞增殖" in primary.text


def test_which_companies_sell_a_test_is_not_answered(assistant):
    answer = assistant.ask(
        "Which companies already sell blood tests based on exosomes for lung cancer screening?"
    )
    assert answer.abstained


def test_what_the_asker_tells_around_a_question_that_stands_alone_names_no_subject(assistant):
    # After the question: the asker's plans name no subject of it.
    after = assistant.ask(
        "All I remember is that it was in a Chinese lung cancer journal near the end of 2025."
        " Who wrote it? I'd like to print it and bring it to my next appointment."
    )
    assert "YUAN Yuan, TANG Hao" in after.text
    # "Is it common for …" points at nothing told before it.
    empty_it = assistant.ask(
        "I quit smoking ten years ago and still got told I have stage 4 lung cancer. Is it"
        " actually common for lung cancer to already be advanced by the time it's diagnosed?"
    )
    assert "诊断时通常已形成晚期转移" in empty_it.text
    # "them" after "exosomes" in the question stands for the exosomes, not the radiation told.
    named_before = assistant.ask(
        "I finished radiation to my hip two weeks ago. Are researchers actually looking at"
        " exosomes as a way to treat lung cancer in the bone, for example by blocking them?"
    )
    assert not named_before.abstained, named_before.notice
    # Who said what the question asks about is no subject of it.
    reported = assistant.ask(
        "Someone in my support group said lung cancer is the one that kills the most people."
        " Is that actually true?"
    )
    assert "死亡率最高" in reported.text
    # A question that leans on the story still reads it.
    leaning = assistant.ask(
        "My mother's breast cancer has spread to her bones. Do exosomes play the same role there?"
    )
    assert leaning.abstained
    # An unmarked question after the last question mark is still asked.
    assert assistant.ask("外泌体是怎么提取的？超速离心吗").abstained


def test_a_formation_process_asked_in_exam_chinese(assistant):
    answer = assistant.ask("简述外泌体的来源与形成过程。")
    assert "多囊泡体与细胞膜融合" in answer.text


def test_future_research_directions_asked_in_chinese(assistant):
    answer = assistant.ask("作者认为今后关于外泌体介导NSCLC耐药的研究应朝什么方向努力？")
    assert "need to be further explored" in answer.text


def test_refractory_and_efflux_are_resistance_and_drug_accumulation(assistant):
    answer = assistant.ask(
        "Which cell-intrinsic mechanisms make NSCLC cells refractory to cisplatin-type agents,"
        " like reduced uptake or enhanced efflux?"
    )
    assert not answer.abstained, answer.notice
    assert "reduction of intracellular accumulation" in answer.text


def test_a_question_that_names_its_topic_says_itself_what_it_asks(assistant):
    # "I don't really know what I agreed to" in the story asks no open question.
    answer = assistant.ask(
        "After my biopsy a research nurse asked if I'd give extra blood for a study on exosomes."
        " I don't really know what I agreed to. Where do these exosomes actually come from"
        " inside a cell, how does a cell make and let them out?"
    )
    assert "多囊泡体与细胞膜融合" in answer.text
    # A vague question leaves it to the story: reprinting asks for the licence.
    licence = assistant.ask(
        "I'd like to reprint a few lines from the lung cancer drug resistance review in our"
        " parish newsletter. What do I have to do?"
    )
    assert "Creative Commons" in licence.text


def test_a_request_after_the_question_is_still_asked(assistant):
    answer = assistant.ask(
        "那加上 PD-1 抑制剂联合用能逆转吗？给点具体用药建议。",
        history=["Ji 那篇说铂类耐药跟 DNA 损伤修复增强有关。"],
    )
    assert answer.abstained


def test_a_chinese_pronoun_after_a_name_in_the_question_stands_for_it(assistant):
    # 骨扫描 (a bone scan) is told, not asked: "那里" follows the tumour the question names,
    # and two questions may close the message.
    answer = assistant.ask(
        "我妈妈是肺癌，现在还没有发现骨转移，但医生让我们定期复查骨扫描。请问文章里说外泌体在原来的"
        "肺部肿瘤那里起什么作用？会不会让肿瘤长得更快、更容易扩散？"
    )
    assert not answer.abstained, answer.notice
    assert "促进肿瘤细胞增殖" in answer.text


def test_other_fields_names_for_effector_t_cells_and_a_changed_type(assistant):
    killers = assistant.ask(
        "Why does immune checkpoint blockade eventually fail in NSCLC, and what happens to the"
        " cytotoxic T lymphocytes?"
    )
    assert "impairment of effector T cell function" in killers.text
    changed = assistant.ask(
        "My brother's oncologist said his tumour may have 'changed its type' after two years on"
        " the pills. Is that kind of change listed in that article as one of the reasons?"
    )
    assert "transformation of phenotype" in changed.text


def test_a_name_before_type_is_an_example_of_the_class_after_it(assistant):
    answer = assistant.ask(
        "I recall the Frontiers paper naming only secondary mutations as the reason EGFR-type"
        " TKIs stop working. Does it mention anything else?"
    )
    assert not answer.abstained, answer.notice
    assert "bypass signal pathways" in answer.text


def test_old_fashioned_words_for_the_reviews_concepts(assistant):
    energy = assistant.ask(
        "Once the wandering cells have reached a distant bone, what alteration in the manner by"
        " which they obtain and spend their vital energy do these vesicles bring about, as the"
        " review upon skeletal spread describes it?"
    )
    assert not energy.abstained, energy.notice
    assert "能量代谢重编程" in energy.text or "energy metabolism" in energy.text
    passed_on = assistant.ask(
        "I should be grateful to know in what way these little vesicles are thought to pass the"
        " stubbornness of hardened cancer cells on to their more yielding neighbours in the lung."
    )
    assert "from drug-resistant cells to sensitive cells" in passed_on.text
    milieu = assistant.ask(
        "Beyond tumour cells, which classes of mediators are said to build the suppressive milieu"
        " underlying ICI failure?"
    )
    assert "cells, cytokines and metabolites" in milieu.text


def test_what_exosomes_hold_asked_in_forum_slang(assistant):
    answer = assistant.ask("骨转移那篇综述里说外泌体肚子里都装些啥东东？")
    assert "携带蛋白质、脂质和核酸" in answer.text


def test_a_glossary_term_is_matched_whole_before_its_first_word(assistant):
    # "prognostic markers" is prognosis, which the review discusses, not "markers" alone.
    answer = assistant.ask("Does the bone-mets review also assess EVs as prognostic markers?")
    assert not answer.abstained, answer.notice
    assert "预后" in answer.text


def test_more_cantonese_asks_as_mandarin(assistant):
    cargo = assistant.ask("啲外泌体入面装住啲咩嘢？")
    assert "携带蛋白质、脂质和核酸" in cargo.text
    drugs = assistant.ask("食靶向药食到唔work，一般系咩原因导致？")
    assert not drugs.abstained, drugs.notice
    assert "bypass signal pathways" in drugs.text


def test_everyday_images_name_what_the_reviews_call_them(assistant):
    alarm = assistant.ask(
        "Could these parcels work like a smoke alarm, warning doctors early that lung cancer is"
        " heading for the bones?"
    )
    assert "early diagnosis" in alarm.text or "早期诊断" in alarm.text
    disguise = assistant.ask(
        "And can the cancer cells also change their whole costume, like a spy slipping into a"
        " disguise?",
        history=["How does the NSCLC resistance review explain why pills like TKIs stop working?"],
    )
    assert "transformation of phenotype" in disguise.text
    trojan = assistant.ask(
        "Is it fair to call exosomes Trojan horses that sneak drug resistance from hardened"
        " cancer cells into cells that were still responding to treatment?"
    )
    assert "from drug-resistant cells to sensitive cells" in trojan.text
    # Spinning blood to isolate vesicles is a method neither review describes.
    assert assistant.ask(
        "How do labs fish exosomes out of a blood sample - do they spin it like a salad spinner?"
    ).abstained


def test_traditional_characters_and_lab_shorthand_find_their_terms(assistant):
    section = assistant.ask("這篇抗藥性文章被歸在Frontiers in Oncology的哪個專欄？")
    assert "Sec. Thoracic Oncology" in section.text
    assert assistant.ask("外泌體可以用來早期診斷阿茲海默症嗎？").abstained
    assert assistant.ask("食煙或者飲酒會唔會增加肺癌骨轉移嘅風險？").abstained
    niche = assistant.ask(
        "Are sEVs implicated in conditioning the bone niche before lung tumour cells arrive?"
    )
    assert not niche.abstained, niche.notice
    assert "转移前微环境" in niche.text or "pre-metastatic niche" in niche.text


def test_names_listed_before_zhexie_are_examples_of_the_class(assistant):
    # "EGFR、ALK这些啥突变都没查出来": no driver mutation such as EGFR or ALK, the class the
    # review discusses, though it names neither.
    answer = assistant.ask(
        "我公公肺癌晚期，做了好几个基因检测，EGFR、ALK这些啥突变都没查出来，靶向药用不上。"
        "想问问，这种没有驱动基因突变的晚期非小细胞肺癌，现在标准的治疗还是化疗吗？"
    )
    assert not answer.abstained, answer.notice
    assert "platinum based chemotherapy remains the standard treatment" in answer.text


def test_a_claim_told_before_is_checked_when_the_question_points_at_it(assistant):
    # "Do these reviews back that up?" asks about the claim: breast cancer, integrins.
    assert assistant.ask(
        "A science writer claims breast cancer exosomes steer metastasis to the lungs through"
        " integrins. Do these reviews back that up?"
    ).abstained
    # What is set aside ("rather than osteolytic") takes no more than its own words with it.
    assert assistant.ask(
        "How do tumour exosomes drive osteoblastic rather than osteolytic lesions in prostate"
        " cancer bone metastasis?"
    ).abstained
    # A full stop inside a name ends no story: "Ji et al." is part of the question.
    licence = assistant.ask("Under what license can I reuse the Ji et al. exosome review?")
    assert "CC BY" in licence.text


def test_researchers_shorthand_and_plain_words_for_formation(assistant):
    made = assistant.ask("How exosome is being made inside cell, from which structure it come out?")
    assert "多囊泡体与细胞膜融合" in made.text
    mets = assistant.ask(
        "For liquid-biopsy biomarker work: does the bone mets review consider circulating EVs"
        " useful for detecting skeletal spread early or for prognostication?"
    )
    assert not mets.abstained, mets.notice
    stage = assistant.ask(
        "A fact sheet claims most lung cancers are caught before they have spread. What does the"
        " bone-metastasis review say about stage at diagnosis?"
    )
    assert "诊断时通常已形成晚期转移" in stage.text


def test_an_image_ends_where_its_clause_does(assistant):
    # "when pancreatic cancer spreads to the liver" is asked, not part of the image.
    assert assistant.ask(
        "Do exosomes behave like a virus on a hard drive when pancreatic cancer spreads to the"
        " liver?"
    ).abstained


def test_wrong_options_of_a_multiple_choice_question_name_no_subject(assistant):
    answer = assistant.ask(
        "选择题：下列哪一项不属于肺癌骨转移引起的 skeletal-related events？"
        "A. 神经压迫 B. 高钙血症 C. 病理性骨折 D. 肺间质纤维化"
    )
    assert not answer.abstained, answer.notice
    assert "神经压迫" in answer.text
    # No option the corpus names: nothing to choose by.
    assert assistant.ask(
        "选择题：以下哪种药治疗肺癌骨转移最好？A. 地舒单抗 B. 唑来膦酸 C. 帕博利珠单抗"
    ).abstained


def test_passing_on_is_transfer_and_passing_down_is_inheritance(assistant):
    direction = assistant.ask(
        "In which direction do exosomes pass treatment resistance between lung cancer cells?"
    )
    assert "from drug-resistant cells to sensitive cells" in direction.text
    essay = assistant.ask(
        "Discuss how exosomes may spread a drug-resistant phenotype among lung cancer cells."
    )
    assert "transfer drug resistance information" in essay.text
    assert assistant.ask(
        "Lung cancer runs in our family, my dad and his brother both had it. Is it passed down"
        " and should me and my kids get tested?"
    ).abstained
    assert assistant.ask(
        "I still smoke a few a day. If I quit now, would it slow down the cancer growing in my"
        " bones?"
    ).abstained


def test_are_there_points_at_no_place_in_the_story(assistant):
    # "Are there treatment ideas …?" leans on nothing told: the "cure" the family was told
    # there is none of is no subject.
    answer = assistant.ask(
        "We were told there is no cure for my aunt's lung cancer now that it's in her hip and"
        " ribs. Are there treatment ideas being explored, like stopping the cancer from"
        " releasing them or designing special ones in the lab? Even a glimmer would help us."
    )
    assert not answer.abstained, answer.notice
    assert "Inhibiting the release of metastasis-promoting exosomes" in answer.text
    forum = assistant.ask("有没有大佬说下，想从外泌体下手治肺癌骨转移，目前有啥思路？")
    assert "engineered exosomes" in forum.text


def test_a_cancer_named_as_carcinoma_of_an_organ_is_another_subject(assistant):
    assert assistant.ask(
        "Pray tell, what do the reviews relate of exosomes in carcinoma of the prostate"
        " spreading to the skeleton?"
    ).abstained
    assert assistant.ask(
        "Kindly inform me of the usual first treatment given for small cell carcinoma of the lung."
    ).abstained


def test_a_clause_that_names_something_may_describe_the_name_after_zhe(assistant):
    # "这种没有驱动基因突变的晚期非小细胞肺癌" names what 这种 points at, so the side effects and
    # the genes told in the story before it are no subject of the question.
    answer = assistant.ask(
        "我爸确诊是肺腺癌晚期，EGFR、ALK这些都是阴性。医生建议打含铂的化疗，我们总觉得副作用又大。"
        "我想问一下：像我爸这种没有驱动基因突变的晚期非小细胞肺癌，含铂化疗现在还算是标准治疗吗？"
    )
    assert not answer.abstained, answer.notice
    assert "platinum based chemotherapy remains the standard treatment" in answer.text
    # "这种病的骨转移": the clause before 的 names nothing, so 这种 points at the story's cancer.
    assert assistant.ask("我妈得了乳腺癌，转移到骨头了。这种病的骨转移是外泌体引起的吗？").abstained


def test_chat_shorthand_and_everyday_images_name_no_unknown_subject(assistant):
    formed = assistant.ask("exosome是咋产生的？从细胞里哪个结构出来的，有人能ELI5一下吗")
    assert "多囊泡体与细胞膜融合" in formed.text, formed.notice
    guards = assistant.ask(
        "Do these tiny messengers also get chatting with the body's security guards and the"
        " support cells that live in the bone?"
    )
    assert "免疫" in guards.text, guards.notice


def test_refs_milligrams_and_which_drug_is_used(assistant):
    refs = assistant.ask("那个骨转移的paper引了多少篇refs啊？想follow up读原文")
    assert "67 references" in refs.text, refs.notice
    assert assistant.ask(
        "How many milligrams of the metal-based cancer drug do they usually put in each drip"
        " session for lung cancer?"
    ).abstained
    # "用啥药" asks which drug is used, not which the asker should take.
    used = assistant.ask("NSCLC没有driver mutation的话，现在standard治疗还是化疗吗？用啥药")
    assert "platinum based chemotherapy remains the standard treatment" in used.text, used.notice


def test_a_when_clause_before_the_question_asks_no_date(assistant):
    answer = assistant.ask("when lung cancer gets in the bones what problems does it cause?")
    assert "病理性骨折、神经压迫和高钙血症" in answer.text, answer.notice
    pills = assistant.ask("why do the target pills stop working after a while?")
    assert "the activation of bypass signal pathways" in pills.text, pills.notice
    soc = assistant.ask("What's still SOC for driver-negative advanced NSCLC, per the review?")
    assert "platinum based chemotherapy remains the standard treatment" in soc.text, soc.notice


def test_cantonese_and_taiwanese_words_for_which_breast_cancer_and_survival(assistant):
    # 邊幾種 asks which kinds, not how many: the answer lists them, it gives no number.
    kinds = assistant.ask("癌細胞去到骨頭度落地生根嗰陣，外泌體會參與邊幾種機制？")
    assert "能量代谢重编程" in kinds.text, kinds.notice
    assert assistant.ask("我阿姨係乳癌骨轉移，佢嘅骨轉移係咪都係同外泌體有關？").abstained
    assert assistant.ask("肺癌骨轉移嘅病人，五年存活率大概係幾多？").abstained


def test_seeding_the_bone_and_establishing_itself_are_colonisation(assistant):
    answer = assistant.ask(
        "Once lung cancer cells seed the bone, which processes are exosomes involved in while the"
        " metastasis establishes itself there?"
    )
    assert "能量代谢重编程" in answer.text, answer.notice


def test_clinical_applications_are_diagnosis_treatment_and_prognosis(assistant):
    answer = assistant.ask(
        "I suspect the exosome–bone metastasis work is all bench science with no clinical angle."
        " Which clinical applications does the review actually discuss?"
    )
    assert "potential for early diagnosis and treatment of bone metastasis" in answer.text


def test_what_the_question_grants_is_not_what_it_asks(assistant):
    # The treatments named after "despite" are the asker's premise: the answer is the
    # survival sentence, not the sentences that praise those treatments.
    for question in (
        "Notwithstanding advances in targeted agents and immunotherapy, how do the authors"
        " assess outcomes for patients with advanced NSCLC?",
        "尽管有了靶向药和免疫治疗，晚期NSCLC病人现在活得怎么样？",
    ):
        answer = assistant.ask(question)
        assert "survival status of advanced NSCLC patients is still unsatisfactory" in (
            answer.text
        ), answer.notice
    # "it" after the clause asks about what the clause grants.
    platinum = assistant.ask(
        "Despite platinum being the standard treatment, why does it stop working?"
    )
    assert "all lead to platinum resistance" in platinum.text, platinum.notice


def test_shares_out_of_a_hundred_and_shipping_departments(assistant):
    assert_refuses(
        assistant,
        "Out of every hundred people with lung cancer, how many end up with it spreading to"
        " their bones?",
        naming="percentage",
    )
    # A cell's "shipping department" is an image, not an affiliation.
    shipping = assistant.ask(
        "Could doctors fight bone spread by shutting down the cancer's shipping department so"
        " it can't send out its harmful packages?"
    )
    assert "Inhibiting the release of metastasis-promoting exosomes" in shipping.text
    department = assistant.ask("Which department is the corresponding author in?")
    assert "Department of Oncology, Shanghai Pulmonary Hospital" in department.text


def test_bench_shorthand_for_niches_platinum_and_repair(assistant):
    niche = assistant.ask("PMN formation by tumor exos in LC bone mets - covered?")
    assert "pre-metastatic niche formation" in niche.text, niche.notice
    platinum = assistant.ask(
        "Pt-resistance in NSCLC - which mechs get listed? less drug uptake, DDR, etc?"
    )
    assert "DNA damage repair" in platinum.text, platinum.notice


def test_in_one_line_before_a_question_asks_for_that_not_a_summary(assistant):
    made = assistant.ask("In one line, how does a cell make and release an exosome?")
    assert "由细胞内多囊泡体与细胞膜融合后" in made.text, made.notice
    about = assistant.ask("In one sentence, what is the Yuan & Tang article about?")
    assert "本文旨在总结并梳理外泌体促进肺癌骨转移的最新研究进展" in about.text, about.notice


def test_a_microrna_written_against_chinese_characters_is_looked_up(assistant):
    assert_refuses(assistant, "外泌体miR-21是怎么导致顺铂耐药的？", naming="miR-21")


def test_an_image_of_doing_after_a_comma_is_not_the_subject(assistant):
    termites = assistant.ask(
        "When lung cancer gets into the bones, what kind of trouble does it cause, like termites"
        " eating away at the wooden beams of a house?"
    )
    assert "病理性骨折、神经压迫和高钙血症" in termites.text, termites.notice
    # Without the comma the "image" is what is asked about.
    tau = assistant.ask(
        "Do exosomes released by nerve cells act like couriers spreading the misfolded tau"
        " protein through the brain in Alzheimer's disease?"
    )
    assert tau.abstained


def test_the_order_of_the_authors(assistant):
    answer = assistant.ask(
        "In what sequence are the three contributors credited on the Frontiers review about"
        " exosomes and NSCLC drug resistance?"
    )
    assert "Hongzhi Ji (1), Li Zhang (1), Lingyun Ye" in answer.text, answer.notice


def test_a_paper_with_no_summary_line_is_summed_up_by_what_is_nearest_its_title(assistant):
    for question in ("What is the Frontiers review about?", "TL;DR of the Frontiers review?"):
        answer = assistant.ask(question)
        assert "exosomes are important transmitters in lung cancer cells" in answer.text, (
            question,
            answer.notice,
        )
        assert "This paper reviews" not in answer.text
    # Asked after a question on platinum, it is still the whole paper's summary.
    follow_up = assistant.ask(
        "Ji那篇综述主要内容是什么？",
        history=["What happens inside cancer cells that makes platinum drugs stop working?"],
    )
    assert "exosomes are important transmitters in lung cancer cells" in follow_up.text
    # A summary of one part of it is that part.
    part = assistant.ask(
        "Sum up for a general audience why platinum chemo stops working, according to the"
        " Frontiers authors."
    )
    assert "all lead to platinum resistance" in part.text, part.notice


def test_a_set_aside_chinese_clause_keeps_the_drug_the_rest_names(assistant):
    # 铂耐药 names platinum again, though no bigram of it is 铂.
    answer = assistant.ask("除了铂类药物在细胞内积累减少之外，铂耐药还有哪些不同的机制？")
    assert "DNA damage repair" in answer.text, answer.notice


def test_detected_and_first_seen_ask_about_diagnosis(assistant):
    answer = assistant.ask(
        "True or false: most lung cancers are detected before any advanced metastasis has"
        " developed."
    )
    assert "诊断时通常已形成晚期转移" in answer.text, answer.notice


def test_an_aside_the_corpus_cannot_answer_leaves_the_last_question_answered(assistant):
    answer = assistant.ask(
        "My uncle was on immunotherapy and it stopped working after eight months. Does smoking"
        " history change how well immunotherapy works? And when checkpoint inhibitors fail,"
        " what happens to the T cells that are supposed to attack the cancer?"
    )
    assert not answer.abstained, answer.notice
    assert "impairment of effector T cell function" in answer.text
    # The answer says which question it leaves.
    assert "smoking" in answer.notice
    # A last question that leans on the one before it is not answered alone.
    for question in (
        "What is the survival rate for breast cancer bone metastasis? And how is it treated?",
        "外泌体中的miR-21是不是通过PTEN/PI3K/AKT通路导致奥希替尼耐药？耐药细胞分泌的量是多少？",
        "Apoptotic bodies 和 microvesicles 的直徑大概各是多少？跟外泌體差在哪？",
        # "there" is the place the question before named.
        "Apoptotic bodies of 1-5 micrometres carry cisplatin resistance in small cell lung"
        " cancer, don't they? Which vesicle type is most important there?",
    ):
        assert assistant.ask(question).abstained, question


def test_a_first_question_is_answered_when_those_after_it_are_not(assistant):
    message = (
        "Why does checkpoint immunotherapy eventually stop working for some lung cancer"
        " patients? Which biomarkers could flag that early on?"
    )
    answer = assistant.ask(message)
    assert not answer.abstained
    assert "impairment of effector T cell function" in answer.text
    assert answer.question == message
    assert "Which biomarkers could flag that early on?" in answer.notice
    # A short first question, a story before it, or a detail to confirm asks for what follows.
    for question in (
        "现在医院有没有抽血查外泌体来筛查肺癌的项目？大概要花多少钱？",
        "The doctor said my husband's tumour has an ALK rearrangement and he's on alectinib."
        " How long do people usually stay on it? And what role do exosomes play in resistance"
        " to lorlatinib in ALK-positive patients?",
        "Exosomes for these studies were isolated at 100,000 g for 70 minutes, right? What"
        " isolation protocol was used?",
    ):
        assert assistant.ask(question).abstained, question


def test_clinical_shorthand_and_the_askers_purpose(assistant):
    assert_refuses(assistant, "What % of NSCLC pts have bone mets at Dx?", naming="percentage")
    quality = assistant.ask("QoL and Px in lung ca pts with bone mets?")
    assert "严重影响患者生活质量且预后极差" in quality.text, quality.notice
    # What the asker needs the answer for names no subject of it.
    size = assistant.ask(
        "For defining our vesicle isolation criteria, what diameter range does the bone"
        " metastasis review assign to exosomes?"
    )
    assert "40-160 nm" in size.text, size.notice


def test_a_question_after_a_story_says_what_kind_of_answer_it_wants(assistant):
    authors = assistant.ask(
        "I'm updating our department's citation database. The PMC ID is 12883948 but the"
        " author field is blank. Who wrote it?"
    )
    assert "YUAN Yuan" in authors.text, authors.notice
    # A question naming its own topics after a story that names the journal asks of them.
    uses = assistant.ask(
        "我们在网上看到一篇中国肺癌杂志的综述。请问这篇文章认为外泌体在肺癌骨转移的哪些临床方面有"
        "应用潜力？"
    )
    assert "早期诊断、治疗及预后" in uses.text, uses.notice
    # Drugs and scans told in a story are no subject when the question names its own place.
    settle = assistant.ask(
        "My uncle's lung cancer spread to his pelvis after surgery. He had palliative radiation,"
        " then immunotherapy. Once tumor cells reach the bone, what do exosomes do there to help"
        " them settle in?"
    )
    assert "能量代谢重编程" in settle.text, settle.notice


def test_names_written_only_as_examples_or_inside_known_terms_are_no_other_subject(assistant):
    # "lineage plasticity or histologic switching" are words of known terms, not a choice.
    phenotype = assistant.ask(
        "Is lineage plasticity or histologic switching listed among TKI resistance mechanisms"
        " in NSCLC?"
    )
    assert "the transformation of phenotype" in phenotype.text, phenotype.notice
    # An example set off by "e.g." illustrates the class asked about.
    uses = assistant.ask(
        "What translational applications of exosomes, e.g. as liquid biopsy markers, does the"
        " bone-metastasis review evaluate?"
    )
    assert not uses.abstained, uses.notice
    # Two options after "for example" are still a choice the corpus cannot make.
    method = assistant.ask(
        "Which method should students use to isolate exosomes from blood, for example"
        " ultracentrifugation or size-exclusion chromatography?"
    )
    assert method.abstained
    # A capitalised word of a phrase the question writes is stress, not a gene symbol.
    stressed = assistant.ask("why does platinum chemo just STOP working after a while")
    assert "DNA damage repair" in stressed.text, stressed.notice
    # Cantonese 係 is "is", not the 系 of 细胞系 (cell line); a bracket names which drug.
    cantonese = assistant.ask("點解順鉑嗰類化療藥用咗一排就唔再有效？細胞係點樣抵抗佢㗎？")
    assert "DNA damage repair" in cantonese.text, cantonese.notice
    bracket = assistant.ask("打免疫針(PD-1)冇反應，係咪因為腫瘤周圍啲環境令T細胞做唔到嘢？")
    assert "impairment of effector T cell function" in bracket.text, bracket.notice
    signed = assistant.ask(
        "How does the review characterize ICI resistance at the level of the TME and CD8+"
        " effector cells?"
    )
    assert "impairment of effector T cell function" in signed.text, signed.notice


def test_everyday_words_find_their_terms(assistant):
    standard = assistant.ask(
        "My uncle's chest illness has no special gene fault for the doctors to aim at. What's"
        " the ordinary go-to medicine they still start people like him on?"
    )
    assert "platinum based chemotherapy remains the standard treatment" in standard.text
    shorthand = assistant.ask("pt driver-neg adv NSCLC - what's still std 1L tx?")
    assert "platinum based chemotherapy remains the standard treatment" in shorthand.text
    dates = assistant.ask("Front Oncol exo NSCLC resistance review - recv/accept dates?")
    assert "Received: 03 Dec 2024" in dates.text, dates.notice
    # A dose in micrograms is a dose, which the corpus never gives.
    assert_refuses(
        assistant,
        "The engineered exosome therapy for bone metastasis used 100 µg per mouse, right?",
        naming="dose",
    )
    notes = assistant.ask("ICI resistance NSCLC - why? immunosupp TME -> T cell dysfxn?")
    assert "impairment of effector T cell function" in notes.text, notes.notice
    contact = assistant.ask("corr author affil for Front Oncol exo NSCLC drug res review?")
    assert "Department of Oncology, Shanghai Pulmonary Hospital" in contact.text
    primary = assistant.ask(
        "Back at the home plot where the tumor first started, what do these bubbles do to the"
        " cancer cells there?"
    )
    assert "在原发灶促进肿瘤细胞增殖和侵袭转移" in primary.text


def test_other_cancers_in_a_rank_are_what_lung_cancer_is_ranked_against(assistant):
    belief = assistant.ask("我一直以为肝癌、胃癌更凶，肺癌在所有恶性肿瘤里发病和死亡到底排第几啊？")
    assert "肺癌是发病率和死亡率最高的恶性肿瘤" in belief.text, belief.notice
    # Another cancer's own rank is not lung cancer's.
    assert_refuses(
        assistant,
        "Where does pancreatic cancer rank among cancers in deaths?",
        naming="pancreatic cancer",
    )


def test_drugs_listed_after_their_class_ask_about_the_class(assistant):
    tkis = assistant.ask(
        "How does the review explain acquired resistance to EGFR TKIs like Tagrisso or Iressa?"
    )
    assert "the emergence of secondary mutation" in tkis.text, tkis.notice
    icis = assistant.ask("Why do patients progress on checkpoint inhibitors like Keytruda?")
    assert "impairment of effector T cell function" in icis.text, icis.notice
    targets = assistant.ask("Which resistance mechanisms to EGFR/ALK tyrosine kinase inhibitors?")
    assert "the emergence of secondary mutation" in targets.text, targets.notice
    # One drug after "a … like" is what the question asks about.
    assert_refuses(
        assistant,
        "How long does a targeted pill like osimertinib usually keep working?",
        naming="osimertinib",
    )
    # "those other vesicles" are the ones told before the question.
    others = assistant.ask(
        "My doctor also mentioned apoptotic bodies and microvesicles. How big are those other"
        " vesicles compared with exosomes?"
    )
    assert others.abstained, others.text
    highlights = assistant.ask("该综述的亮点部分提到了哪些治疗思路？")
    assert "utilizing engineered exosomes" in highlights.text


def test_options_listed_after_a_colon_may_hold_wrong_answers(assistant):
    cargo = assistant.ask(
        "Which cargo types are mentioned for exosomes: miRNA, lncRNA, or circRNA?"
    )
    assert "miRNA, lncRNA, and protein" in cargo.text, cargo.notice
    # None of them named: the question is about what the corpus never mentions.
    assert_refuses(
        assistant,
        "Which of these does the review discuss: osimertinib, gefitinib, or erlotinib?",
        naming="osimertinib",
    )
    cantonese = assistant.ask("EGFR 呢類標靶藥（TKI）食食下失效，機制主要有邊啲？")
    assert "the emergence of secondary mutation" in cantonese.text, cantonese.notice


def test_a_question_asking_what_is_so_sets_the_askers_belief_aside(assistant):
    journal = assistant.ask(
        "This NSCLC exosome review ran in Frontiers in Pharmacology, I believe — which section"
        " of which journal did it actually appear in?"
    )
    assert "Sec. Thoracic Oncology" in journal.text, journal.notice
    processes = assistant.ask(
        "The review says exosomes help lung cancer colonize bone mainly by promoting"
        " angiogenesis — which processes at the distant bone site does it really describe?"
    )
    assert "能量代谢重编程" in processes.text, processes.notice
    # A name in the question that asks is still looked up.
    assert_refuses(
        assistant,
        "Does the review discuss it? What does it actually say about osimertinib?",
        naming="osimertinib",
    )


def test_a_comparison_with_one_named_molecule_names_it(assistant):
    mutation = assistant.ask(
        "Which exact mutation (like the T790M one) lets tumours get past the targeted pills?"
    )
    assert mutation.abstained and "t790m" in mutation.notice.lower(), mutation.text
    # An image is still set aside.
    image = assistant.ask(
        "Can the cancer cell change its whole look to dodge the targeted pills, like termites"
        " turning into something else entirely?"
    )
    assert "the transformation of phenotype" in image.text, image.notice


def test_a_relative_clause_asks_for_no_name(assistant):
    routes = assistant.ask(
        "Does the Frontiers review count phenotypic switching among the routes by which"
        " tumors escape kinase inhibitors?"
    )
    assert "the transformation of phenotype" in routes.text, routes.notice


def test_the_authors_typed_into_a_search_box_and_whose_view_is_asked(assistant):
    authors = assistant.ask("bone metastasis exosome review authors")
    assert "YUAN Yuan" in authors.text, authors.notice
    view = assistant.ask("What do exosomes do according to the authors")
    assert not view.abstained and "Disclaimer" not in view.text, view.text


def test_doses_and_drug_generations_are_details_the_reviews_never_give(assistant):
    for question in (
        "Which dosis of cisplatin per metro quadrado is recommended in the first line of NSCLC?",
        "What gene change lets the tumour survive the third-generation blocker?",
    ):
        reply = assistant.ask(question)
        assert reply.abstained, (question, reply.text)


def test_a_wrong_detail_to_confirm_is_corrected_by_what_the_paper_says(assistant):
    rank = assistant.ask(
        "The bone metastasis review says lung cancer ranks second after breast cancer in"
        " incidence and mortality, isn't it?"
    )
    assert "肺癌是发病率和死亡率最高的恶性肿瘤" in rank.text, rank.notice
    assert "breast cancer" in rank.notice
    plural = assistant.ask(
        "The bone metastasis review says lung cancer ranks second after breast cancers in"
        " incidence and mortality, isn't it?"
    )
    assert "肺癌是发病率和死亡率最高的恶性肿瘤" in plural.text, plural.notice
    # A signalling route the papers never name is a detail they do not give.
    pathway = assistant.ask("文中说肺癌外泌体通过Wnt/β-catenin通路激活成骨细胞，对吧？")
    assert pathway.abstained, pathway.text
    # A molecule the papers never name is a detail they do not give.
    molecule = assistant.ask(
        "The Frontiers review says exosomal miR-21 drives osimertinib resistance through PTEN"
        " loss — true?"
    )
    assert molecule.abstained, molecule.text
    # So is a subject of its own.
    prostate = assistant.ask("Prostate cancer bone metastases are mostly osteolytic, aren't they?")
    assert prostate.abstained, prostate.text


def test_brand_names_called_by_their_class_and_words_spelt_by_ear(assistant):
    brands = assistant.ask(
        "We fill a lot of Tagrisso and Tarceva — how do lung tumors end up becoming resistant"
        " to these EGFR TKIs?"
    )
    assert "the emergence of secondary mutation" in brands.text, brands.notice
    negative = assistant.ask(
        "For a driver-negative advanced NSCLC patient with no EGFR or ALK target, is a"
        " cisplatin or carboplatin-based regimen still considered first-line standard of care?"
    )
    assert "platinum based chemotherapy remains the standard" in negative.text, negative.notice
    by_ear = assistant.ask("How big are exozomes in lung cancer bone metastisis?")
    assert "40-160 nm" in by_ear.text, by_ear.notice


def test_treatments_told_before_a_dash_are_the_askers_story(assistant):
    story = assistant.ask(
        "My brother is on Alecensa and his bone scan lit up — what kinds of material does the"
        " review say exosomes ferry between tumor and bone cells?"
    )
    assert "携带蛋白质、脂质和核酸" in story.text, story.notice
    # A cancer told before the semicolon is what the question asks of.
    cancer = assistant.ask(
        "My neighbour's small cell lung cancer came back a few months after etoposide and"
        " carboplatin; which second-line drug do doctors usually switch to?"
    )
    assert cancer.abstained, cancer.text


def test_a_statement_put_to_judge_is_checked_against_the_corpus(assistant):
    # The statement after "对还是错？" is what is asked, not an aside.
    unsaid = assistant.ask("判断题：对还是错？超速离心一直被认为是分离外泌体的“金标准”。")
    assert unsaid.abstained, unsaid.text
    said = assistant.ask("判断题：对还是错？外泌体的直径为40-160 nm。")
    assert "40-160 nm" in said.text, said.notice


def test_the_askers_own_work_told_before_a_dash_is_no_subject(assistant):
    vet = assistant.ask(
        "I mostly treat dogs and cats, but I'm reading this human NSCLC exosome review — who's"
        " listed as the corresponding author?"
    )
    assert "Lingyun Ye" in vet.text, vet.notice
    # "there too" asks of the place the story named.
    melanoma = assistant.ask("I treat melanoma patients — do exosomes drive resistance there too?")
    assert melanoma.abstained, melanoma.text


def test_a_paper_called_by_its_journal_and_its_dates_asked_plainly(assistant):
    article = assistant.ask(
        "My neighbour says lung cancer kills more people than any other cancer and is usually"
        " found late. Is that what the Chinese lung cancer journal article says too?"
    )
    assert "肺癌是发病率和死亡率最高的恶性肿瘤" in article.text, article.notice
    dates = assistant.ask(
        "When was the Frontiers paper first sent in to the journal, and when did they say yes?"
    )
    assert "Received: 03 Dec 2024" in dates.text, dates.notice


def test_a_postal_code_is_no_figure(assistant):
    deaths = assistant.ask("How many people die of lung cancer in China each year?")
    assert deaths.abstained, deaths.text
    # A count of cases is a number: a sentence on lung cancer without one does not answer it.
    for cases in (
        "How many new lung cancer cases are there in China every year?",
        "我国每年新发肺癌病例大约有多少万？",
    ):
        assert assistant.ask(cases).abstained, cases
    postal = assistant.ask("What is the postal code of the corresponding author?")
    assert "200433" in postal.text, postal.notice


def test_dictated_formal_and_plain_spoken_questions_find_their_sentences(assistant):
    dictated = assistant.ask(
        "how do exo zomes form inside the cell is it multi vesicular bodies fusing with the"
        " membrane"
    )
    assert "多囊泡体与细胞膜融合" in dictated.text, dictated.notice
    formal = assistant.ask(
        "Which molecular mechanisms underlie acquired refractoriness to tyrosine kinase"
        " inhibitors, in particular compensatory signalling?"
    )
    assert "the activation of bypass signal pathways" in formal.text, formal.notice
    # Instruments carried are an image of cargo, not a question about lab methods.
    carried = assistant.ask(
        "What instruments are the exosomes carrying between cells in the bone metastasis paper?"
    )
    assert "其携带蛋白质、脂质和核酸" in carried.text, carried.notice
    no_mutation = assistant.ask("我爸是肺癌晚期，检查说没有基因突变，一般用什么药？")
    assert "platinum based chemotherapy remains the standard" in no_mutation.text, (
        no_mutation.notice
    )


def test_misheard_latinate_and_ranking_words_keep_their_meaning(assistant):
    misheard = assistant.ask(
        "what goes wrong with the tea cells when checkpoint drugs stop working"
    )
    assert "the impairment of effector T cell function" in misheard.text, misheard.notice
    latinate = assistant.ask(
        "Which skeletal complications accompany osseous dissemination of pulmonary carcinoma?"
    )
    assert "病理性骨折" in latinate.text, latinate.notice
    # "死亡人数最多" asks for a rank, not for a count.
    rank = assistant.ask("肺癌在所有癌症里是不是最常见、死亡人数最多的？")
    assert "肺癌是发病率和死亡率最高的恶性肿瘤" in rank.text, rank.notice
    # How sensitive a test is asks for a figure, which the papers do not give.
    accuracy = assistant.ask("How sensitive and specific is an exosome blood test for bone spread?")
    assert accuracy.abstained, accuracy.text


def test_record_rank_and_figure_questions_in_everyday_wording(assistant):
    journal = assistant.ask(
        "The review on exosomes in lung cancer bone metastasis was published in the Journal of"
        " Thoracic Oncology, correct?"
    )
    # The journal to confirm names no paper: the paper's own record answers.
    assert "Chinese Journal of Lung Cancer" in journal.text, journal.notice
    assert "Thoracic Oncology" not in journal.text
    dated = assistant.ask("On what exact date did the bone metastasis exosome review come out?")
    assert "2025-11-20" in dated.text, dated.notice
    section = assistant.ask(
        "Which division of Frontiers in Oncology does the NSCLC exosome review sit in?"
    )
    assert "Sec. Thoracic Oncology" in section.text, section.notice
    league = assistant.ask(
        "Where does lung cancer sit in the league table for how many deaths it causes?"
    )
    assert "肺癌是发病率和死亡率最高的恶性肿瘤" in league.text, league.notice
    # "I mean survival" asks for no mean.
    survival = assistant.ask("How's the outlook, I mean survival, for advanced NSCLC patients?")
    assert "survival status of advanced NSCLC patients is still unsatisfactory" in survival.text
    spanish = assistant.ask("Which mechanisms of resistencia to platino drugs are described?")
    assert "reduction of intracellular accumulation of platinum drugs" in spanish.text
    # A percentage to confirm that the papers never give.
    share = assistant.ask("肺癌骨转移患者里大约70%会发生骨相关事件，是这个比例吗？")
    assert share.abstained, share.text


def test_a_librarians_record_fields_in_other_words(assistant):
    subjects = assistant.ask(
        "What subject terms were supplied for the NSCLC drug resistance review?"
    )
    assert "Keywords: Drug Resistance" in subjects.text, subjects.notice
    sources = assistant.ask("How many cited works does the bone metastasis review have?")
    assert "67 references" in sources.text, sources.notice
    share = assistant.ask("How much percent of lung cancer patients develop bone metastasis?")
    assert share.abstained, share.text


def test_what_a_thing_is_pictured_as_is_an_image_of_it(assistant):
    packets = assistant.ask(
        "Think of exosomes as seed packets blowing between plants — what cargo do they carry in"
        " the NSCLC drug-resistance paper?"
    )
    assert "miRNA, lncRNA, and protein" in packets.text, packets.notice
    # What is pictured stays the subject: the papers never mention radiotherapy.
    airstrike = assistant.ask(
        "Think of radiotherapy as an airstrike: what schedule is recommended for spinal metastases?"
    )
    assert airstrike.abstained, airstrike.text
    quit_helping = assistant.ask("Why do the targeted pills quit helping after a while?")
    assert "the emergence of secondary mutation" in quit_helping.text, quit_helping.notice


def test_the_purpose_an_asker_adds_is_passed_over(assistant):
    payload = assistant.ask(
        "What kinds of molecular payload do these vesicles ferry between cells — could that be a"
        " biomarker opportunity?"
    )
    assert "miRNA, lncRNA, and protein" in payload.text, payload.notice
    assert "biomarker" in payload.notice
    # A purpose the papers do speak of is part of the question.
    spread = assistant.ask("What cargo do exosomes carry, relevant to drug resistance?")
    assert not spread.notice, spread.notice
    # The market is no physical size.
    market = assistant.ask("What is the projected global market size for exosome therapeutics?")
    assert market.abstained, market.text


def test_a_question_about_the_things_the_one_before_named_leans_on_it(assistant):
    sizes = assistant.ask(
        "外泌体和微囊泡（microvesicles）、凋亡小体在粒径上分别是什么范围？中文里通常怎么区分这三个词？"
    )
    assert sizes.abstained, sizes.text
    # A fee to publish is a cost the papers never state.
    fee = assistant.ask("在Frontiers in Oncology发表一篇综述需要支付多少文章处理费？")
    assert fee.abstained, fee.text
    # A review the asker keeps coming back to is no cancer that came back.
    dates = assistant.ask(
        "There's a Frontiers review on exosomes and drug resistance I keep coming back to. When"
        " was it first submitted to the journal, and when did they accept it?"
    )
    assert "Received: 03 Dec 2024" in dates.text, dates.notice


def test_other_languages_and_a_clinic_doctors_questions(assistant):
    dates = assistant.ask(
        "Quick question: ¿cuándo recibieron el manuscript del review de NSCLC drug resistance y"
        " cuándo lo aceptaron?"
    )
    assert "Received: 03 Dec 2024" in dates.text, dates.notice
    share = assistant.ask(
        "¿Qué porcentaje exacto de pacientes con lung cancer terminan con bone metastasis?"
    )
    assert share.abstained, share.text
    # Portuguese: its question words in English, its own words no technical terms.
    section = assistant.ask(
        "Esse paper da Frontiers in Oncology saiu em qual section da revista, tipo qual área"
        " temática?"
    )
    assert "Sec. Thoracic Oncology" in section.text, section.notice
    listed = assistant.ask(
        "Me explica rapidinho: por que os TKIs param de funcionar? Quais mechanisms de"
        " resistance eles listam?"
    )
    assert "the emergence of secondary mutation" in listed.text, listed.notice
    # French and German, with the domain's words in the glossary.
    cargo = assistant.ask("Les exosomes, ils transportent quel genre de cargo d'après la review?")
    assert "miRNA, lncRNA, and protein" in cargo.text, cargo.notice
    authors = assistant.ask(
        "Wer sind die Autoren von dem Review zu exosome mechanisms bei"
        " Lungenkrebs-Knochenmetastasen?"
    )
    assert "YUAN Yuan, TANG Hao" in authors.text, authors.notice
    survival = assistant.ask(
        "Wie hoch ist die 5-Jahres-Überlebensrate bei stage IV NSCLC, hast du da eine konkrete"
        " Zahl?"
    )
    assert survival.abstained, survival.text
    formed = assistant.ask("Come si formano gli esosomi, secondo il testo in cinese?")
    assert "由细胞内多囊泡体与细胞膜融合后" in formed.text, formed.notice
    events = assistant.ask(
        "Welke skeletgerelateerde klachten of events krijgen longkankerpatiënten met"
        " botuitzaaiingen, zoals genoemd in die Chinese abstract?"
    )
    assert "骨痛、病理性骨折、神经压迫和高钙血症" in events.text, events.notice
    # Where the asker works (门诊) is no appointment asked about.
    journal = assistant.ask(
        "我在门诊想给病人家属推荐那篇讲非小细胞肺癌耐药跟外泌体的综述，它到底登在哪本杂志、哪个栏目？"
    )
    assert "Sec. Thoracic Oncology" in journal.text, journal.notice
    phone = assistant.ask(
        "我手上是一篇关于外泌体与肺癌骨转移机制及临床进展的综述，可是我在手机上翻来翻去找不到那串"
        "号码。这篇文章的DOI是多少？"
    )
    assert "10.3779/j.issn.1009-3419.2025.101.22" in phone.text, phone.notice
    cargo = assistant.ask("exosome 载什么")
    assert "miRNA, lncRNA, and protein" in cargo.text, cargo.notice
    out_of_cells = assistant.ask("外泌体是咋从细胞里出来的？那篇骨转移的文章怎么讲它的来源？")
    assert "由细胞内多囊泡体与细胞膜融合后" in out_of_cells.text, out_of_cells.notice


def test_a_letter_a_dictated_doi_and_a_question_wholly_in_spanish(assistant):
    # A letter's greeting and closing are no part of what it asks.
    volume = assistant.ask(
        "Hello Thomas,\nI'm completing the reference entry for the Frontiers review on exosomes"
        " in NSCLC resistance. Which journal volume does it belong to?\nKind regards,\nAnneliese"
    )
    assert "Volume 15 - 2025" in volume.text, volume.notice
    cargo = assistant.ask(
        "Dear Kenji,\nQuick question while I'm writing the intro of our grant. What kinds of"
        " cargo does the Frontiers review say exosomes can carry between cells?\nAll the best,"
        "\nNadia"
    )
    assert "miRNA, lncRNA, and protein" in cargo.text, cargo.notice
    # "Which one" is one of the drugs the story named, which the papers never do.
    choice = assistant.ask(
        "Hello, my doctor wants to give me zoledronic acid or denosumab injections for my lung"
        " cancer bone spots. Which one works better and how often are they given? Many thanks"
        " for your patience."
    )
    assert choice.abstained, choice.text
    # Options lettered (a), (b) …: the one the papers name answers "Which one?".
    standard = assistant.ask(
        "Multiple choice: For advanced NSCLC with no driver gene alteration, the current"
        " standard first treatment is (a) immunotherapy alone (b) platinum-based chemotherapy"
        " (c) EGFR TKIs (d) radiotherapy. Which one?"
    )
    assert "platinum based chemotherapy remains the standard" in standard.text, standard.notice
    doi = assistant.ask(
        "whats the d o i for the ji zhang and ye review on exo zomes and resistance"
    )
    assert "10.3389/fonc.2025.1539047" in doi.text, doi.notice
    diameter = assistant.ask(
        "En la revisión china sobre metástasis ósea del cáncer de pulmón, ¿qué diámetro tienen"
        " los exosomas?"
    )
    assert "40-160 nm" in diameter.text, diameter.notice
    licence = assistant.ask(
        "¿Bajo qué licencia se distribuye el artículo de Frontiers sobre exosomas y"
        " farmacorresistencia?"
    )
    assert "Creative Commons Attribution License" in licence.text, licence.notice
    events = assistant.ask(
        "¿Qué eventos relacionados con el esqueleto provoca la metástasis ósea del cáncer de"
        " pulmón según ese trabajo?"
    )
    assert "骨痛、病理性骨折、神经压迫和高钙血症" in events.text, events.notice
    other_vesicles = assistant.ask(
        "¿Qué tamaño tienen los cuerpos apoptóticos en comparación con las microvesículas?"
    )
    assert other_vesicles.abstained, other_vesicles.text
    # Another cancer, a price and a trial, in Spanish and French, are none of the papers'.
    for elsewhere in (
        "y en cancer de mama que se va al hueso, los exosomas hacen lo mismo que en el de pulmon?",
        "Et pour le cancer du sein, les exosomes font pareil avec les métastases aux os ?",
        "cuanto cuesta en Mexico una biopsia liquida de exosomas para ver si hay metastasis?",
        "ya hay algun ensayo clinico aprobado que use exosomas como tratamiento en pacientes?",
    ):
        assert assistant.ask(elsewhere).abstained, elsewhere
    authors = assistant.ask(
        "quienes escribieron la revision sobre exosomas y metastasis a hueso en cancer de pulmon?"
    )
    assert "YUAN Yuan, TANG Hao" in authors.text, authors.notice


def test_a_question_wholly_in_french_and_an_analysts_and_a_librarians(assistant):
    # French: its elided articles, its own words no topic, its record words in English.
    contact = assistant.ask(
        "Qui est l'auteur à contacter pour l'article sur exosomes et résistance dans le NSCLC, et"
        " dans quel établissement exerce-t-il ?"
    )
    assert "Shanghai Pulmonary Hospital" in contact.text, contact.notice
    cargo = assistant.ask(
        "Quels types de cargaisons moléculaires les exosomes véhiculent-ils d'une cellule à"
        " l'autre selon la synthèse de Frontiers ?"
    )
    assert "miRNA, lncRNA, and protein" in cargo.text, cargo.notice
    escape = assistant.ask(
        "Quels sont les grands mécanismes d'échappement aux TKI évoqués dans le résumé, par"
        " exemple chez mes patients EGFR muté ?"
    )
    assert "the emergence of secondary mutation" in escape.text, escape.notice
    # "Which reasons" asks for many things of both drugs, not which of the two.
    platinum = assistant.ask(
        "Cisplatin or carboplatin resistance, in the review which reasons are mentioned? Please"
        " tell me main mechanisms."
    )
    assert "DNA damage repair" in platinum.text, platinum.notice
    # A citation style, an analyst's KOL and an idiom with "eating" name no subject.
    apa = assistant.ask(
        "For an APA reference to the Frontiers review on exosomes and drug resistance in NSCLC,"
        " what are the authors' names in the order they should be listed?"
    )
    assert "Hongzhi Ji (1), Li Zhang (1), Lingyun Ye" in apa.text, apa.notice
    kol = assistant.ask(
        "If I want to get a KOL call with the team behind the Frontiers review on exosomes and"
        " NSCLC drug resistance, who's the corresponding author I should be reaching out to?"
    )
    assert "Lingyun Ye" in kol.text, kol.notice
    events = assistant.ask(
        "Help me size the bone-met problem: which skeletal complications does the"
        " Chinese-language abstract flag as eating into patients' quality of life?"
    )
    assert "骨痛、病理性骨折、神经压迫和高钙血症" in events.text, events.notice


def test_questions_wholly_in_german_and_portuguese_and_a_fact_checkers(assistant):
    licence = assistant.ask(
        "Unter welcher Lizenz darf ich die Übersicht von Ji et al. zur NSCLC-Resistenz"
        " weiterverwenden?"
    )
    assert "Creative Commons Attribution License" in licence.text, licence.notice
    diameter = assistant.ask(
        "Welchen Durchmesser haben Exosomen laut der chinesischen Übersicht zu Knochenmetastasen"
        " beim Lungenkarzinom?"
    )
    assert "40-160 nm" in diameter.text, diameter.notice
    other_cancer = assistant.ask(
        "Welche Rolle spielen exosomale miRNAs bei der Cisplatin-Resistenz des Ovarialkarzinoms?"
    )
    assert other_cancer.abstained, other_cancer.text
    share = assistant.ask(
        "Bei wie viel Prozent der Patienten mit Lungenkarzinom treten im Verlauf"
        " Knochenmetastasen auf?"
    )
    assert share.abstained, share.text
    contact = assistant.ask(
        "Quem ficou como autor correspondente naquela revisão sobre exossomos e resistência a"
        " drogas no NSCLC?"
    )
    assert "Lingyun Ye" in contact.text, contact.notice
    formed = assistant.ask(
        "Como os exossomos são gerados dentro da célula, conforme o resumo em chinês do artigo"
        " de Yuan e Tang?"
    )
    assert "由细胞内多囊泡体与细胞膜融合后" in formed.text, formed.notice
    # Italian and Dutch, wholly.
    diameter_it = assistant.ask(
        "Nella rassegna cinese sulle metastasi ossee da tumore polmonare, che diametro viene"
        " attribuito agli esosomi?"
    )
    assert "40-160 nm" in diameter_it.text, diameter_it.notice
    dates = assistant.ask(
        "Op welke data werd het Frontiers-artikel over exosomen en NSCLC-resistentie ingediend"
        " en vervolgens goedgekeurd?"
    )
    assert "Received: 03 Dec 2024" in dates.text, dates.notice
    # A review "falls under" a section: no fall of a frail patient.
    section = assistant.ask(
        "Is it correct that the Frontiers review on exosome-mediated NSCLC drug resistance falls"
        " under the journal's Thoracic Oncology section?"
    )
    assert "Sec. Thoracic Oncology" in section.text, section.notice


def test_a_question_in_another_language_is_not_outweighed_by_its_own_words(assistant):
    # "smette di funzionare", "nennen", "Kernaussagen": words of the question's language that
    # no passage has weigh nothing; "therapeutischen Strategien" are therapeutic strategies.
    platinum = assistant.ask(
        "Perché a un certo punto il cisplatino smette di funzionare nei pazienti con tumore del"
        " polmone?"
    )
    assert "reduction of intracellular accumulation of platinum drugs" in platinum.text
    strategies = assistant.ask(
        "Welche therapeutischen Strategien nennen die Kernaussagen der Übersicht zu"
        " Knochenmetastasen?"
    )
    assert "utilizing engineered exosomes" in strategies.text, strategies.notice
    # CPCNP is Spanish for NSCLC; "Nutzungslizenz" a licence to use; "fator de impacto" the
    # impact factor no paper gives.
    standard = assistant.ask(
        "¿Cuál sigue siendo el tratamiento estándar del CPCNP avanzado sin mutaciones conductoras?"
    )
    assert "platinum based chemotherapy remains the standard treatment" in standard.text
    licence = assistant.ask("Unter welcher Nutzungslizenz steht die Frontiers-Übersicht?")
    assert "Creative Commons Attribution License" in licence.text, licence.notice
    impact = assistant.ask("Qual é o fator de impacto atual da Frontiers in Oncology?")
    assert impact.abstained, impact.text
    # A survival "a cinque anni" asks a figure no paper gives, as "5-year survival" does.
    survival = assistant.ask(
        "Qual è la sopravvivenza a cinque anni, in percentuale, dei pazienti con NSCLC in"
        " stadio IV?"
    )
    assert survival.abstained, survival.text


def test_a_question_keeps_its_language_once_its_words_are_read_in_english(assistant):
    # "resumo em chinês" read as "Chinese abstract" leaves one Portuguese word ("de"): the
    # language was told before, so "faixa" and "atribui" are Portuguese, no unknown subject.
    size = assistant.ask(
        "Qual faixa de diâmetro o resumo em chinês atribui às vesículas exossômicas?"
    )
    assert "40-160 nm" in size.text, size.notice
    # "Qual a proporção …" asks a share, which no paper gives.
    share = assistant.ask(
        "Qual a proporção de pacientes com câncer de pulmão que desenvolvem metástases ósseas?"
    )
    assert share.abstained, share.text
    # German puts the verb last: "Wer hat … verfasst?" asks who wrote it.
    authors = assistant.ask(
        "Wer hat die Übersicht zu den Mechanismen der Exosomen bei Skelettmetastasen verfasst?"
    )
    assert "YUAN Yuan" in authors.text, authors.notice


def test_a_patients_gene_or_the_local_name_of_nsclc_is_no_unknown_subject(assistant):
    # The review never writes EGFR or ALK: here they say whose TKIs stopped working.
    tki = assistant.ask(
        "When EGFR/ALK pts stop responding to TKIs, what resistance mechanisms does the"
        " Frontiers NSCLC review list?"
    )
    assert "the emergence of secondary mutation" in tki.text, tki.notice
    # "carcinoma polmonare non microcitoma" is NSCLC, its "microcitoma" no other cancer.
    platinum = assistant.ask(
        "Quali meccanismi cellulari vengono indicati come responsabili della platino-resistenza"
        " nel carcinoma polmonare non microcitoma?"
    )
    assert "reduction of intracellular accumulation of platinum drugs" in platinum.text
    # Portuguese "os" is the article, French "os" a bone: neither is overall survival.
    spread = assistant.ask(
        "Como os exossomos contribuiriam para disseminar o fenótipo de resistência entre as"
        " células tumorais pulmonares, segundo Ji e colaboradores?"
    )
    assert "from drug-resistant cells to sensitive cells" in spread.text, spread.notice
    incidence = assistant.ask("Wat is de jaarlijkse incidentie van longkanker in Nederland?")
    assert incidence.abstained, incidence.text
    # CPNM is Spain's NSCLC; a "supervivencia global a cinco años" a figure no paper gives.
    section = assistant.ask(
        "¿En qué sección de Frontiers in Oncology se encuadra la revisión de los exosomas y la"
        " farmacorresistencia en el CPNM?"
    )
    assert "Sec. Thoracic Oncology" in section.text, section.notice
    survival = assistant.ask(
        "¿Qué supervivencia global a cinco años tienen en España los pacientes con CPNM en"
        " estadio IV?"
    )
    assert survival.abstained, survival.text
    # Whom the asker shares it with is no subject of the question.
    licence = assistant.ask(
        "Can I reuse bits of the drug-resistance review in a newsletter for our support group?"
    )
    assert "Creative Commons Attribution License" in licence.text, licence.notice


def assert_answers(assistant, question: str, given: str) -> None:
    """The answer to ``question`` quotes ``given``."""
    answer = assistant.ask(question)
    assert given in answer.text, (question, answer.text)


def assert_refuses(assistant, question: str, naming: str = "") -> None:
    """``question`` is refused: the corpus does not answer it, and the notice says ``naming``
    (what the corpus never mentions, or the kind of answer no passage gives)."""
    answer = assistant.ask(question)
    assert answer.abstained, (question, answer.text)
    assert naming in answer.notice, (question, answer.notice)


def test_questions_told_by_their_letters_and_counts_no_record_gives(assistant):
    # Too few own words to tell the language by: its letters tell it.
    submitted = assistant.ask("J'aimerais savoir quand le manuscrit a été soumis puis accepté.")
    assert "Received: 03 Dec 2024" in submitted.text, submitted.notice
    european = assistant.ask("Quando é que a revisão foi submetida e quando foi aceite?")
    assert "Received: 03 Dec 2024" in european.text, european.notice
    dutch = assistant.ask("Wie hebben het overzicht over exosomen bij botmetastasen geschreven?")
    assert "YUAN Yuan" in dutch.text, dutch.notice
    # "questi tumori" leans on the first question, about cancers the corpus never names.
    prostate = assistant.ask(
        "Gli esosomi hanno lo stesso ruolo nelle metastasi ossee del tumore della prostata?"
        " Ci sono differenze nei meccanismi per questi tumori?"
    )
    assert prostate.abstained, prostate.text
    # A count of patients is no date of the paper's record ("Received: 03 Dec 2024").
    for count in (
        "How many new lung cancer cases were diagnosed in Manitoba in 2024?",
        "Combien de nouveaux cas de cancer du poumon au Manitoba en 2024?",
    ):
        assert_refuses(assistant, count)
    approved = assistant.ask("Gibt es schon einen zugelassenen Exosomen-Bluttest?")
    assert approved.abstained, approved.text
    cycles = assistant.ask("顺铂化疗一般要打几个周期？")
    assert cycles.abstained, cycles.text
    # Cycles the asker's father had are the story, not the subject.
    story = assistant.ask("我爸化疗了四个疗程，医生说铂类开始耐药了，为啥会耐药？")
    assert "reduction of intracellular accumulation of platinum drugs" in story.text


def test_dutch_portuguese_german_and_cantonese_readers_of_one_held_out_round(assistant):
    contact = assistant.ask(
        "Wie is de contactpersoon voor correspondentie bij het Frontiers-overzicht over exosomen?"
    )
    assert "Lingyun Ye" in contact.text, contact.notice
    inside = assistant.ask("Wat zit er in die blaasjes volgens de Chinese tekst over bot?")
    assert "其携带蛋白质、脂质和核酸等物质" in inside.text, inside.notice
    # Brazilian Portuguese without its accents: "pass on", "what type of problems".
    passed = assistant.ask(
        "Entao uma celula que ja ta resistente pode passar essa resistencia pra outra?"
    )
    assert "from drug-resistant cells to sensitive cells" in passed.text, passed.notice
    problems = assistant.ask("Que tipo de problema nos ossos a metastase costuma dar?")
    assert "骨痛、病理性骨折" in problems.text, problems.notice
    # Approval by a regulator, and a share in percent: neither paper gives one.
    for refused in (
        "Ja tem algum exame de exossomo aprovado pela Anvisa pra achar metastase no osso?",
        "Wie hoch ist der Anteil der NSCLC-Patienten mit Knochenmetastasen, in Prozent?",
        "Bij welk toerental moet je ultracentrifugeren om exosomen te isoleren?",
    ):
        assert_refuses(assistant, refused)
    # Cantonese "載住" carries; a review's "重點提到" is its highlights, not its focus.
    cargo = assistant.ask("外泌體入面會載住啲咩嘢？")
    assert "携带蛋白质" in cargo.text or "miRNA, lncRNA, and protein" in cargo.text
    highlights = assistant.ask("骨轉移 review 嘅重點提到點樣利用外泌體治療骨轉移？")
    assert "utilizing engineered exosomes" in highlights.text, highlights.notice


def test_portuguese_italian_dutch_and_german_readers_of_a_third_held_out_round(assistant):
    for question, given in (
        ("Quem escreveu a revisão sobre exossomas nas metástases ósseas?", "YUAN Yuan"),
        ("Chi l'ha scritta la review sugli esosomi nelle metastasi ossee?", "YUAN Yuan"),
        ("Wie hebben dat overzichtsstuk over exosomen en longkanker geschreven?", "Hongzhi Ji"),
        ("Quante voci di bibliografia ha la review di Yuan e Tang sugli esosomi?", "67 references"),
        (
            "Como é que uma célula que já resiste ao remédio pode tornar outra célula resistente?",
            "from drug-resistant cells to sensitive cells",
        ),
        (
            "Ik heb geen gekende mutatie. Wat blijft de gewone behandeling bij gevorderde vorm?",
            "platinum based chemotherapy remains the standard treatment",
        ),
        (
            "Aus welchen Gründen werden Tumoren gegen Tyrosinkinase-Inhibitoren unempfindlich?",
            "the emergence of secondary mutation",
        ),
    ):
        assert_answers(assistant, question, given)
    for refused in (
        "Quem descobriu os exossomas pela primeira vez e em que ano?",
        "Welcher prozentuale Anteil der Patienten mit Lungenkarzinom entwickelt Skelettmetastasen?",
        "Helpt bestraling tegen de pijn van botuitzaaiingen, hoeveel sessies zijn nodig?",
        "¿Qué sensibilidad y especificidad tienen los miRNA exosomales para metástasis óseas?",
    ):
        assert_refuses(assistant, refused)


def test_french_german_italian_and_dutch_readers_of_a_fourth_held_out_round(assistant):
    for question, given in (
        ("Une revue chinoise sur les exosomes et l'os : qui l'a écrite, au juste ?", "YUAN Yuan"),
        ("Wie werden Exosomen gemäss dem Review gebildet und freigesetzt?", "多囊泡体与细胞膜融合"),
        (
            "Come s'intitola esattamente la review di Frontiers in Oncology sugli esosomi?",
            "Exosome, an important transmitter in the drug resistance",
        ),
        (
            "Waarom gaan checkpointremmers vaak niet meer werken, wat is de uitleg?",
            "immunosuppressive microenvironment",
        ),
        ("Hoe worden exosomen gevormd volgens de Chinese samenvatting?", "多囊泡体与细胞膜融合"),
    ):
        assert_answers(assistant, question, given)
    for refused in (
        "Um wie viel senkt Zoledronsäure das Risiko skelettaler Ereignisse?",
        "Hoe hoog is de vijfjaarsoverleving bij gevorderd NSCLC tegenwoordig?",
    ):
        assert_refuses(assistant, refused)


def test_german_without_umlauts_and_a_question_after_what_the_asker_tells(assistant):
    for question, given in (
        (
            "Mein Vater hat Lungenkrebs. Wer hat den Artikel ueber Exosomen und Resistenz"
            " eigentlich geschrieben?",
            "Hongzhi Ji",
        ),
        ("Wann wurde die Arbeit zur Resistenz eingereicht und wann angenommen?", "03 Dec 2024"),
        (
            "Und warum spricht die Immuntherapie irgendwann nicht mehr an, was laeuft da schief?",
            "immunosuppressive microenvironment",
        ),
        ("¿Cómo se llama el artículo de revisión sobre exosomas y resistencia?", "an important"),
        ("¿Qué llevan adentro los exosomas según la revisión de resistencia?", "lncRNA"),
        ("Via welk proces komen exosomen tot stand volgens de Chinese samenvatting?", "多囊泡体"),
        ("骨转移那篇综述里，外泌体的生成过程是怎么写的？", "多囊泡体与细胞膜融合"),
    ):
        assert_answers(assistant, question, given)
    for refused in (
        "Quelle est l'incidence annuelle du cancer du poumon en Algérie ?",
        "Qual é a taxa de sobrevida em cinco anos do câncer de pulmão em estágio IV?",
        "Per quanto tempo bisogna fare l'ultracentrifugazione degli esosomi?",
        "¿Cuántos exosomas hay por mililitro de sangre en una persona sana?",
    ):
        assert_refuses(assistant, refused)


def test_lay_and_exam_questions_of_a_sixth_held_out_round(assistant):
    for question, given in (
        ("Contenu moléculaire des exosomes selon le résumé chinois ?", "蛋白质、脂质和核酸"),
        (
            "Au-delà des interactions tumeur-stroma, sur quoi d'autre agissent les exosomes selon"
            " les résultats clés ?",
            "pre-metastatic niche formation",
        ),
        (
            "Mia madre ha dolore alle ossa: quali problemi alle ossa dà il tumore al polmone"
            " quando si sposta?",
            "病理性骨折",
        ),
        ("Quando è uscito di preciso lo studio sulle ossa e gli esosomi?", "2025-11-20"),
        ("È vero che il tumore al polmone è quello che fa morire più gente?", "死亡率最高"),
        ("Waardoor worden kankercellen ongevoelig voor platinapreparaten?", "DNA damage repair"),
        (
            "Welke stoffen dragen exosomen met zich mee volgens de Chinese samenvatting?",
            "蛋白质、脂质和核酸",
        ),
        ("外泌體裡面會裝哪些分子？", "miRNA, lncRNA, and protein"),
        ("骨轉移那篇的重點摘要裡，提出了哪些治療方向？", "engineered exosomes"),
    ):
        assert_answers(assistant, question, given)
    assert_refuses(assistant, "Quanto sangue serve per isolare gli esosomi?")


def test_record_words_shorthand_and_lay_words_of_a_seventh_held_out_round(assistant):
    for question, given in (
        ("Fechas de recepción y aceptación del review de Front Oncol sobre exosomas?", "03 Dec"),
        ("Qué eventos relacionados con el esqueleto cita la revisión sobre las MTS óseas?", "骨折"),
        (
            "D'après la revue, quel traitement reste la référence quand il n'y a pas de mutation"
            " particulière ?",
            "platinum based chemotherapy",
        ),
        ("Come si intitola di preciso la rassegna di Frontiers sugli esosomi?", "an important"),
        (
            "In che giorno la rivista ha dato il via libera al lavoro sulla resistenza ai farmaci?",
            "28 Apr 2025",
        ),
        ("Posso riprendere brani dell'articolo di Frontiers? Con quale licenza è uscito?", "CC BY"),
        (
            "nos principais achados do artigo de metastase ossea, além da interação com o estroma,"
            " o q mais os exossomos influenciam?",
            "energy metabolism",
        ),
        (
            "Spelen exosomen een rol in de stofwisseling en het klaarzetten van de bodem vóór de"
            " uitzaaiing?",
            "pre-metastatic niche",
        ),
        ("First two authors of the Frontiers review - which hosp are they from?", "SHANDONG"),
    ):
        assert_answers(assistant, question, given)
    assert_refuses(assistant, "qtos % dos pacientes com cancer de pulmao tem metastase ossea?")


def test_contacts_compounds_and_citations_of_an_eighth_held_out_round(assistant):
    for question, given in (
        ("Chi è l'autore da contattare per la rassegna sugli esosomi e la resistenza?", "Ye"),
        ("Quem é o autor de contacto na revisão sobre exossomas e resistência?", "Lingyun Ye"),
        (
            "Per un malato senza mutazioni, qual è ancora oggi la cura di base?",
            "platinum based chemotherapy",
        ),
        (
            "Quali disturbi alle ossa colpiscono chi ha un tumore al polmone diffuso allo"
            " scheletro?",
            "病理性骨折",
        ),
        (
            "Graag had ik geweten in welke afdeling van Frontiers in Oncology het overzichtsartikel"
            " over exosomen en resistentie bij niet-kleincellig longcarcinoom werd ondergebracht.",
            "Thoracic Oncology",
        ),
        (
            "外泌体到底系点样喺细胞入面整出嚟、再放出去嘅？骨转移嗰篇文章点解释？",
            "多囊泡体与细胞膜融合",
        ),
        (
            "Could you confirm the volume and year for the Frontiers in Oncology exosome"
            " resistance article so I can finish the citation?",
            "Volume 15",
        ),
        ("Was packen Exosomen an Molekuelen ein, laut dem chinesischen Abstract?", "脂质和核酸"),
    ):
        assert_answers(assistant, question, given)
    for refused in (
        "Wie hoch ist die Fuenf-Jahres-Ueberlebensrate bei NSCLC heute?",
        "Spielen Exosomen bei Knochenmetastasen von Brust- oder Prostatakrebs dieselbe Rolle?",
        "Chi ha scoperto per primo gli esosomi?",
    ):
        assert_refuses(assistant, refused)


def test_compounds_separable_verbs_and_set_phrases_of_a_ninth_held_out_round(assistant):
    transfer = "from drug-resistant cells to sensitive cells"
    for question, given in (
        # A German compound whose first part is a known word; a Dutch verb split around its
        # subject ("dragen … bij": contribute, not carry).
        (
            "Welche Rolle schreiben die Autoren den Exosomen bei der Weitergabe von"
            " Resistenzeigenschaften zwischen Tumorzellen in der Lunge zu?",
            transfer,
        ),
        (
            "Hoe dragen exosomen bij aan de verspreiding van resistentie tussen longkankercellen?",
            transfer,
        ),
        (
            "A ver si entendí bien: ¿los exosomas pueden pasar la resistencia de una célula"
            " tumoral a otra que todavía respondía al medicamento?",
            transfer,
        ),
        # "en cuanto a" is regarding, not "how much"; "comparado con" compares.
        (
            "En el artículo chino de metástasis ósea, ¿cómo describen al cáncer de pulmón en"
            " cuanto a cuántos casos y muertes causa comparado con otros tumores?",
            "发病率和死亡率最高",
        ),
        # "secondo quanto" is according to what, not "how much".
        (
            "Durante la fase di colonizzazione a distanza nello scheletro, su quali processi"
            " metabolici e di preparazione del terreno metastatico intervengono gli esosomi,"
            " secondo quanto sintetizzato dagli autori?",
            "能量代谢重编程",
        ),
        # Whom to write to, asked before saying the asker wants to email them.
        (
            "Exosome drug resistance 那篇 review 的 corresponding author 是谁啊？我要 email 问"
            " question lah",
            "Lingyun Ye",
        ),
    ):
        assert_answers(assistant, question, given)
    for refused in (
        "Wat is de 5-jaarsoverleving van patiënten met stadium IV NSCLC?",
        "Hoe vaak krijgen borstkankerpatiënten botmetastasen?",
        # Small cell lung cancer, radiotherapy, kidney damage and a price: none in the papers.
        "Geben beim kleinzelligen Lungenkrebs die Exosomen auch die Resistenz gegen Etoposid"
        " weiter, oder betrifft das nur den nicht-kleinzelligen?",
        "Mit wie viel Gray bestrahlt man normalerweise eine schmerzhafte Knochenmetastase an der"
        " Wirbelsäule, und wie oft muss man dafür hin?",
        "Which accompanying measures are recommended to prevent cisplatin-induced kidney damage?",
        "¿Cuánto sale en Argentina una biopsia líquida basada en exosomas?",
        "Gibt es bereits einen in der EU zugelassenen exosomenbasierten Flüssigbiopsietest zur"
        " Früherkennung von Knochenmetastasen beim Lungenkrebs?",
        "L'acide zolédronique pour les mets osseuses, on le passe toutes les 4 semaines ou toutes"
        " les 12 ? Et il faut surveiller la fonction rénale ?",
        "Welchen Journal-Impact-Factor hatte Frontiers in Oncology im Erscheinungsjahr des"
        " Resistenz-Reviews?",
        "Is er al een bloedtest met exosomen die in studies getest is, en hoe vaak pikt die test"
        " botuitzaaiingen echt goed op, in procenten?",
        "Bei welcher Temperatur und wie lange sollten Plasmaproben für Exosomenuntersuchungen"
        " gelagert werden, damit die Vesikelintegrität erhalten bleibt?",
        "Ab welchem Serumkalziumspiegel spricht man von einer behandlungsbedürftigen"
        " tumorinduzierten Hyperkalzämie?",
    ):
        assert_refuses(assistant, refused)
    for question, given in (
        (
            "Ich würd gern wissen, wer da eigentlich der Hauptansprechpartner unter den Autoren"
            " des Artikels über Exosomen und Resistenz beim nicht-kleinzelligen Lungenkrebs ist?",
            "Lingyun Ye",
        ),
        (
            "Wer fungiert bei der Übersichtsarbeit über Exosomen und Arzneimittelresistenz beim"
            " nichtkleinzelligen Lungenkarzinom als korrespondierende Autorenperson?",
            "Lingyun Ye (2, corresponding author)",
        ),
        (
            "Estou a confirmar a ficha técnica da revisão sobre exossomas e resistência a fármacos"
            " no cancro do pulmão de não pequenas células: quem figura como autor para"
            " correspondência?",
            "Lingyun Ye (2, corresponding author)",
        ),
        (
            "Wat zitten er allemaal in exosomen volgens het abstract van het botmetastase-artikel,"
            " welke soorten moleculen?",
            "携带蛋白质、脂质和核酸等物质",
        ),
        (
            "Wie sollen Exosomen nach Ansicht der Autoren die Resistenz innerhalb eines"
            " Lungentumors ausbreiten?",
            "from drug-resistant cells to sensitive cells",
        ),
        (
            "Raga, quand'è che la rivista ha ricevuto il manoscritto sulla resistenza nel polmone"
            " non a piccole cellule?",
            "Received: 03 Dec 2024",
        ),
        (
            "Mijn vader heeft longkanker en de dokter noemde een overzichtsartikel over die kleine"
            " blaasjes en resistentie tegen medicijnen, hoe heet dat stuk eigenlijk precies?",
            "Exosome, an important transmitter in the drug resistance",
        ),
        (
            "Wie is bij dat artikel over resistentie de schrijver die je moet mailen als je vragen"
            " hebt?",
            "Lingyun Ye (2, corresponding author)",
        ),
        (
            "Staat er in dat Chinese overzicht iets over hoe vaak longkanker voorkomt en hoeveel"
            " mensen eraan overlijden vergeleken met andere soorten kanker?",
            "发病率和死亡率最高",
        ),
        (
            "Hoeveel bronnen of verwijzingen heeft dat overzicht over exosomen en botuitzaaiingen"
            " gebruikt?",
            "67 references",
        ),
        ("Welche Rolle spielt die Hyperkalzämie bei Knochenmetastasen?", "高钙血症"),
    ):
        assert_answers(assistant, question, given)


def test_titles_quoted_options_named_twice_and_shares_asked_in_percent(assistant):
    for question, given in (
        # A title quoted in English does not hide the language the question is asked in.
        (
            "Quem assina a review 'Mechanisms of Exosomes in Lung Cancer Bone Metastasis' e"
            " quando ela saiu?",
            "2025-11-20",
        ),
        # "Rubrik bzw. Sektion", read "section or section", offers no choice.
        (
            "In welcher Rubrik bzw. Sektion der Zeitschrift und in welchem Jahrgangsband steckt"
            " der NSCLC-Resistenzartikel?",
            "Volume 15",
        ),
        (
            "Welche zwei Leute haben den Überblicksartikel zu Exosomen und Knochenmetastasierung"
            " beim Lungenkrebs verfasst?",
            "YUAN Yuan",
        ),
        ("Which two people wrote the review on exosomes and bone metastasis?", "YUAN Yuan"),
        ("Wie zijn de twee auteurs van het overzicht over exosomen bij botmetastasen?", "TANG Hao"),
        ("阿拉老爸肺癌耐药，我看到一篇讲外泌体跟耐药的综述，是哪几个医生写的啊？", "Hongzhi Ji"),
        (
            "Una paziente mi ha portato la stampa di una rassegna sugli esosomi e la resistenza ai"
            " farmaci: chi è l'autore a cui si scrive per la corrispondenza?",
            "Lingyun Ye (2, corresponding author)",
        ),
        (
            "Como os autores explicam a falha dos immune checkpoint inhibitors? Tem a ver com o"
            " microambiente tumoral?",
            "form an immunosuppressive microenvironment",
        ),
        (
            "Welke behandelstrategieën tegen botuitzaaiingen worden in de Engelstalige hoofdpunten"
            " van het stuk van Yuan en Tang genoemd?",
            "utilizing engineered exosomes",
        ),
        ("癌细胞跑到骨头里定居的辰光，外泌体参与了哪些过程？", "能量代谢重编程"),
    ):
        assert_answers(assistant, question, given)
    for refused in (
        "Qual a prevalência de metástase óssea em pacientes com NSCLC no momento do diagnóstico,"
        " em porcentagem?",
        "Qual a sensibilidade e especificidade de uma biópsia líquida baseada em exossomos pra"
        " detectar metástase óssea precoce?",
    ):
        assert_refuses(assistant, refused)


def test_whose_patients_a_gene_names_and_a_fifth_round_of_stop_42(assistant):
    for question, given in (
        # "My EGFR patients" says which patients, not a gene the papers would have to discuss.
        (
            "My EGFR patients always seem to outwit the TKI by month eighteen or so. How does the"
            " review say the cancer cells manage that?",
            "the emergence of secondary mutation",
        ),
        (
            "Right, before I go pestering anybody about this NSCLC resistance review — which o'"
            " the three authors is the one ye're meant to write to?",
            "Lingyun Ye (2, corresponding author)",
        ),
        (
            "Dans quel périodique la revue de Ji et al. sur les exosomes et la chimiorésistance du"
            " CBNPC est-elle parue ?",
            "Frontiers in Oncology",
        ),
        (
            "An welchem Spital arbeitet der Hauptverantwortliche dieser Resistenz-Übersicht?",
            "Shanghai Pulmonary Hospital",
        ),
        (
            "How does an exosome come into being at all, according to the Chinese summary of the"
            " bone metastasis paper? Where's it budding off from?",
            "多囊泡体与细胞膜融合后",
        ),
    ):
        assert_answers(assistant, question, given)
    for refused in (
        "How do EGFR-mutant patients respond to osimertinib?",
        # Only a gene symbol says whose patients: breast cancer patients are another disease's.
        "Do exosomes also drive tamoxifen resistance in breast cancer patients?",
        "Quantos por cento dos doentes com CPNPC avancado estao vivos ao fim de 5 anos?",
        "Welk % NSCLC-pt ontwikkelt botmeta's in het beloop?",
        "Mechanismen van exo's bij botmeta's van mammaca of prostaatca?",
        # "t.o.v." (compared with) ends no sentence: denosumab stays part of the question.
        "Hoeveel % SRE-reductie geeft denosumab t.o.v. zoledroninezuur bij longca met botmeta's?",
    ):
        assert_refuses(assistant, refused)


def test_english_words_a_reading_writes_and_a_first_round_of_stop_43(assistant):
    for question, given in (
        # "Neuerkrankungs- und Sterberate": the first compound's rest is the second's.
        (
            "Stimmt es eigentlich, dass Lungenkrebs die bösartige Krebsart mit der höchsten"
            " Neuerkrankungs- und Sterberate ist? Im chinesischen Abstract von dem"
            " Knochenmetastasen-Review steht doch sowas am Anfang.",
            "肺癌是发病率和死亡率最高的恶性肿瘤",
        ),
        (
            "a papà il tumore è andato alle ossa, che problemi può dare la metastasi ossea?"
            " dolore, fratture...?",
            "病理性骨折",
        ),
        (
            "Kurze Frage zur Quellenlage: wie viele Literaturverweise hat der Artikel von Yuan"
            " Yuan und Tang Hao über Exosomen bei Lungenkrebs-Knochenmetastasen?",
            "67 references",
        ),
        (
            "quantas referencias tem o review do Chinese Journal of Lung Cancer sobre exossomas"
            " e metástase óssea?",
            "67 references",
        ),
        (
            "Nella review sulle mets ossee da polmone, che idee di tx propongono usando gli"
            " esosomi?",
            "utilizing engineered exosomes",
        ),
    ):
        assert_answers(assistant, question, given)
    for refused in (
        # "esame del sangue" read as "blood test": words the papers never use, as in English.
        "esiste un esame del sangue sugli esosomi che si puo fare in Italia? quanto costa e dove"
        " lo fanno",
        # French sets a space before "?": "quel chiffre ?" still asks a number.
        "Survie globale à 5 ans du CBNPC stade IV sous immunothérapie, quel chiffre ?",
        "que sensibilidade e especificidade tem o miRNA exossomal para diagnosticar metastases"
        " osseas precocemente?",
        "Welke dosering zoledroninezuur wordt aanbevolen bij botmetastasen van NSCLC?",
    ):
        assert_refuses(assistant, refused)


def test_stressed_negations_bracketed_question_marks_and_a_second_round_of_stop_43(
    assistant,
):
    for question, given in (
        # "NON" stressed in capitals is "not", no gene's symbol the papers never name.
        (
            "Buongiorno, sto preparando un pezzo sul tumore al polmone non a piccole cellule e mi"
            " sono persa un attimo: per i pazienti in fase avanzata che NON hanno mutazioni dei"
            " geni driver, qual è ancora oggi la terapia standard secondo quella review di"
            " Frontiers sugli esosomi?",
            "platinum based chemotherapy remains the standard treatment",
        ),
        (
            "Per la cronologia del mio articolo mi serve sapere quando è stata ricevuta e quando"
            " accettata la review di Frontiers in Oncology sugli esosomi come trasmettitori della"
            " resistenza nel tumore polmonare, le date precise insomma",
            "Received: 03 Dec 2024",
        ),
        ("Wieviele Referenzen hat die Review von Yuan und Tang ungefähr?", "67 references"),
        (
            "q tipo de info llevan los exosomas segun el articulo de resistencia en cancer de"
            " pulmon no microcitico",
            "miRNA, lncRNA, and protein",
        ),
        (
            "da pra usar exossomo pra descobrir cedo a metastase nos ossos?",
            "potential for early diagnosis and treatment of bone metastasis",
        ),
    ):
        assert_answers(assistant, question, given)
    for refused in (
        # A question mark inside brackets ends no question: the isolation method is asked.
        "Mit welcher Methode (Ultrazentrifugation, SEC?) wurden die Exosomen in den zitierten"
        " Studien isoliert?",
        "What role do exosomes play in the resistance of small cell lung carcinoma to"
        " lurbinectedin?",
        "Welche Rolle spielen Exosomen bei der Resistenz des kleinzelligen Lungenkarzinoms gegen"
        " Lurbinectedin?",
        "Welche Sensitivität und Spezifität hat exosomale miRNA zur Früherkennung von"
        " Knochenmetastasen?",
        "q porcentaje de pacientes con cancer de pulmon hacen mets oseas al dx?",
        "tem algum estudo clinico com terapia de exossomo recrutando paciente aqui em recife ou"
        " no nordeste?",
        "ja existe exame de sangue de exossomo pra fazer em laboratorio aqui? quanto sai",
    ):
        assert_refuses(assistant, refused)


def test_keywords_in_traditional_chinese_and_a_third_round_of_stop_43(assistant):
    # 關鍵字 (simplified 关键字) is another way to write 关键词, the keywords.
    assert_answers(
        assistant,
        "該文所列的關鍵字有哪些？想用來做文獻檢索策略。",
        "Drug Resistance, Exosomes, chemotherapy",
    )
    for refused in (
        "is er een klinische studie waar ik aan kan meedoen met die engineered exosomen? liefst"
        " in Belgie",
        "Mio padre fa cisplatino per un adenocarcinoma polmonare, ha senso chiedere un"
        " integratore o farmaco che blocchi gli esosomi per evitare la resistenza?",
    ):
        assert_refuses(assistant, refused)


def test_what_the_asker_means_to_do_after_the_question_asks_nothing(assistant):
    # With or without a full stop after it, the asker's plan is no part of the question.
    for question in (
        "Which hospital is the corresponding author at? I want to book an appointment",
        "那篇外泌体耐药综述的通讯作者是哪个医院的？想看看能不能去挂号",
    ):
        assert_answers(assistant, question, "Shanghai Pulmonary Hospital")
    # Wanting to know is asking.
    assert_refuses(assistant, "通讯作者在哪个医院？想知道能不能挂号")


def test_a_first_round_of_stop_44(assistant):
    for question, given in (
        (
            "O que os exossomos carregam que medeia a comunicacao entre tumor, estroma e"
            " microambiente osseo?",
            "其携带蛋白质、脂质和核酸等物质",
        ),
        (
            "Nei key findings della review cinese, gli esosomi mediano interazioni tra tumore e"
            " quali componenti nella metastasi ossea?",
            "tumor-stroma and immune interactions",
        ),
        (
            "Wie definiert die chinesische Übersichtsarbeit zur Knochenmetastasierung Exosomen"
            " hinsichtlich ihrer Entstehung und ihres Durchmessers?",
            "直径为40-160 nm的细胞外囊泡",
        ),
        (
            "aparte de la comunicacion con celulas inmunes, q otra cosa hacen los exosomas en la"
            " metastasis a hueso? algo de metabolismo creo",
            "influence energy metabolism",
        ),
    ):
        assert_answers(assistant, question, given)
    for refused in (
        "q le recomiendo comer a un paciente en quimio con platino para q no le de tanta nausea",
        "Kann ich mit meiner Oberstufenklasse im Schullabor ein einfaches Experiment zum Nachweis"
        " extrazellulärer Vesikel durchführen, und welche Sicherheitsstufe bräuchte man dafür?",
        "Ressonancia de corpo inteiro com difusao eh melhor que TC pra seguir metastase ossea de"
        " pulmao em tratamento com imunoterapia?",
    ):
        assert_refuses(assistant, refused)


def test_a_second_round_of_stop_44(assistant):
    for question, given in (
        # German writes every noun with a capital: "Teile" is no name the corpus lacks.
        (
            "Darf ich aus dem Frontiers-Paper über Exosomen und NSCLC-Resistenz einfach zitieren"
            " bzw. Teile übernehmen? Unter welcher Lizenz steht das?",
            "Creative Commons Attribution License (CC BY)",
        ),
        (
            "Unter welchen Schlagworten ist die Übersicht zu Exosomen und Arzneimittelresistenz"
            " beim Lungenkrebs verschlagwortet?",
            "Drug Resistance, Exosomes, chemotherapy",
        ),
        (
            "Stimmt es, dass das Frontiers-Paper eine eigene Originalstudie mit Patientendaten ist"
            " und schon in der endgültigen Fassung vorliegt?",
            "will be published soon",
        ),
        # "Only as markers, or also as therapy?" asks about therapy.
        (
            "Wollen die Autoren Exosomen bei Knochenmetastasen eigentlich nur als Marker nutzen,"
            " oder denken sie auch an Therapie – etwa mit künstlich veränderten Exosomen?",
            "utilizing engineered exosomes for the treatment",
        ),
        (
            "su che rivista è uscito Yuan Tang 2025 esosomi bone mets? e data",
            "Chinese Journal of Lung Cancer · 2025-11-20",
        ),
    ):
        assert_answers(assistant, question, given)
    for refused in (
        "Mon oncle a des métastases osseuses d'un cancer pulmonaire et on cherche des essais"
        " cliniques. Y a-t-il un essai en cours en Belgique ou en Europe avec des exosomes"
        " modifiés comme traitement, et comment s'y inscrire ?",
        "Ma soeur est sous pembrolizumab pour son CBNPC et elle est épuisée ; elle se demande si"
        " elle doit arrêter l'immunothérapie. Qu'est ce que vous lui conseilleriez de faire,"
        " continuer ou faire une pause ?",
        "Mon père a un cancer du poumon et il a lu sur internet que certains compléments"
        " alimentaires ou un régime particulier peuvent diminuer la production d'exosomes par la"
        " tumeur. Lesquels et est-ce que c'est prouvé ?",
        "Wie viele Patienten wurden bisher in klinischen Studien mit engineerten Exosomen gegen"
        " Knochenmetastasen behandelt?",
        "Wer hat die Frontiers-Übersicht zu Exosomen und Resistenz eigentlich finanziert – gibts"
        " da Pharmagelder?",
        "esosomi e mts ossee nel ca mammella HR+: stessi meccanismi che nel polmone?",
        "Como devo gerir na prática uma hipercalcemia num doente com metástases ósseas — que"
        " hidratação e que medicação se costuma usar?",
        "No cancro do pulmão de pequenas células, os exossomas também explicam a resistência ao"
        " etoposido?",
    ):
        assert_refuses(assistant, refused)


def test_whether_to_be_tested_or_to_stop_a_treatment_asks_for_advice(assistant):
    # The papers say what exosomes might one day diagnose, not whom to test, nor when.
    for refused in (
        "My uncle has NSCLC with bone metastases - should he get an exosome test now?",
        "爸爸骨转移了，要不要去做个外泌体检测？",
        "mi abuelo tiene cancer de pulmon con dolor en la cadera, deberia pedirle al oncologo un"
        " analisis de exosomas?",
        "mijn vader heeft NSCLC met een EGFR mutatie, moet hij zijn bloed laten testen op"
        " exosomen om resistentie op tijd te zien?",
        "My pt on cisplatin has developed hypercalcemia, should i stop the chemo or continue?",
        "Aan welke klachten herken je hypercalciemie thuis en wanneer moet een patient de"
        " afdeling bellen?",
    ):
        answer = assistant.ask(refused)
        assert answer.abstained, (refused, answer.text)
        assert "recommendation" in answer.notice, answer.notice
    # Whom to write to about a paper is its record, not advice.
    assert_answers(
        assistant,
        "Who should I contact about the Frontiers review on exosomes and NSCLC drug resistance?",
        "Lingyun Ye",
    )


def test_a_third_round_of_stop_44(assistant):
    for question, given in (
        (
            "quem escreveu o artigo Mechanisms of Exosomes in Lung Cancer Bone Metastasis?",
            "Authors: YUAN Yuan, TANG Hao",
        ),
        (
            "Wat voor 'boodschappen' kunnen exosomen meenemen van de ene cel naar de andere? Voor"
            " een folder over NSCLC.",
            "carry information such as miRNA, lncRNA, and protein",
        ),
        (
            "Naast tumor-stroma interactie, op welke processen hebben exosomen invloed bij"
            " botmetastase volgens de belangrijkste bevindingen?",
            "influence energy metabolism and pre-metastatic niche",
        ),
        (
            "kann man mit exosomen knochenmetastasen frueher erkennen? gibt es da hoffnung",
            "potential for early diagnosis and treatment",
        ),
        (
            "Ist Lungenkrebs wirklich der Krebs mit den meisten Erkrankungen und Todesfaellen?"
            " Steht das so im Abstract von dem Knochenmetastasen Artikel?",
            "发病率和死亡率最高的恶性肿瘤",
        ),
        # The asker's confusion, told after the question, asks nothing ("几个" is "several").
        (
            "癌细胞跑到骨头上去“安家”的时候，外泌体都在里面起啥作用？中国肺癌杂志那篇讲了几个方面"
            "我没看懂",
            "能量代谢重编程、转移前微环境塑造",
        ),
        (
            "Le texte intégral de l'article sur les exosomes et la résistance aux traitements du"
            " cancer du poumon est dispo dans la base, ou seulement le résumé ?",
            "The full text is not included",
        ),
    ):
        assert_answers(assistant, question, given)
    for refused in (
        "gibt es eine klinische studie in koeln oder nrw wo man mit engineerten exosomen"
        " behandelt wird, wo kann ich mich melden",
        "qual a sensibilidade e especificidade do miRNA exossomal pra diagnosticar metastase"
        " ossea no pulmao?",
        "minha avo tem cancer de pulmao e ta com mta dor nos ossos, q remedio vc recomenda pra"
        " dor?",
        "Is er in Nederland al een exosomen-bloedtest voor longkanker te krijgen en wat kost zo'n"
        " test ongeveer?",
        "Welke fase 3 studie met gemanipuleerde exosomen bij longkanker loopt er nu en kunnen mijn"
        " patienten daaraan meedoen?",
    ):
        assert_refuses(assistant, refused)


def test_a_fourth_round_of_stop_44(assistant):
    for question, given in (
        # What the asker tells after the question, a subject and its verb, asks nothing.
        (
            "Can you explain like I'm 12 what an exosome actually is? The lung cancer drug"
            " resistance review says something about them being little messengers from cells",
            "Exosomes are small molecules secreted",
        ),
        (
            "Why do platinum chemo drugs stop working in lung cancer? Simple reasons please, I"
            " teach GCSE not uni",
            "reduction of intracellular accumulation of platinum drugs",
        ),
        # A pinyin keyboard's 做者 is 作者.
        ("外泌体NSCLC耐药那篇通讯做者是谁啊", "Lingyun Ye (2, corresponding author)"),
        ("中国肺癌杂志那篇外泌体骨转移的作者叫什么", "Authors: YUAN Yuan, TANG Hao"),
        ("外泌体在骨那边定值的时候参与哪些过程？", "能量代谢重编程、转移前微环境塑造"),
        (
            "q cosas transportan adentro los exosomas? tipo ARN, proteinas... quiero decirlo bien"
            " en la charla",
            "carry information such as miRNA, lncRNA, and protein",
        ),
        (
            "quels types de cargo les exosomes transportent selon Ji et al. (miARN, lncARN, autre"
            " chose ?)",
            "miRNA, lncRNA, and protein",
        ),
        # A word in quotes is read as any other.
        (
            "Es cierto que los exosomas pueden 'contagiar' la resistencia a los remedios de una"
            " célula a otra? cómo lo plantea el paper de Frontiers",
            "transfer drug resistance information from drug-resistant cells",
        ),
        (
            "Welche Molekülklassen tragen Exosomen laut chinesischem Abstract von Yuan/Tang mit"
            " sich?",
            "携带蛋白质、脂质和核酸等物质",
        ),
        # "il mondo" (the world) is no MONDO identifier.
        (
            "Ciao a tutti, mio marito prendeva una pastiglia, un inibitore della tirosin chinasi"
            " (TKI), e dopo un anno e mezzo il tumore è ripartito... il medico ha parlato di"
            ' "resistenza" e io mi sento crollare il mondo addosso. Secondo quell\'articolo sugli'
            " esosomi nel cancro al polmone, per quali meccanismi si sviluppa la resistenza ai TKI?"
            " mutazioni secondarie o cosa?",
            "the activation of bypass signal pathways",
        ),
    ):
        assert_answers(assistant, question, given)
    for refused in (
        "Cómo acompaño desde lo psicológico a un paciente con dolor óseo por metástasis? algún"
        " consejo práctico",
        # "bzgl." ends no sentence.
        "Denosumab oder Zoledronat bei ossär metastasiertem NSCLC – was ist wirksamer bzgl."
        " skelettaler Ereignisse?",
        "Mein Patient hat eine Hyperkalzämie bei Knochenmetastasen, soll ich die"
        " Calcium-Supplemente sofort absetzen und wie hydrieren?",
        "What second-line drugs are used afterwards?",
    ):
        assert_refuses(assistant, refused)


def test_an_aside_an_imaging_reader_adds_and_a_figure_asked_back(assistant):
    events = assistant.ask(
        "Which skeletal-related events does the bone metastasis paper list as the typical"
        " complications of lung cancer spreading to bone — the kind of things we try to"
        " anticipate on imaging?"
    )
    assert "骨痛、病理性骨折、神经压迫和高钙血症" in events.text, events.notice
    # "The real figure" of a number the asker misremembers is no figure of the paper's.
    survival = assistant.ask(
        "I remember FLAURA giving first-line osimertinib a median progression-free survival of"
        " about 12 months. What was the real figure?"
    )
    assert survival.abstained, survival.text
    really = assistant.ask(
        "I thought the five-year survival for stage IV NSCLC was around 40%. What is it really?"
    )
    assert really.abstained, really.text
    unsettled = assistant.ask(
        "Do the authors of the NSCLC review concede that the mechanistic basis of"
        " exosome-mediated resistance remains unsettled?"
    )
    assert "specific mechanisms need to be further explored" in unsettled.text, unsettled.notice


def test_a_name_written_with_hyphens_is_the_name(assistant):
    answer = assistant.ask(
        "Transfer also the exosomes in the small-cell-lung-cancer the etoposide-resistance between"
        " the tumor cells?"
    )
    assert answer.abstained, answer.text
    assert "small cell lung cancer" in answer.notice
    # A journal the question credits the paper to names no paper.
    credited = assistant.ask(
        "A reporter credited the exosome bone-metastasis review to the Journal of Thoracic"
        " Oncology. Which journal actually published it?"
    )
    assert "Chinese Journal of Lung Cancer" in credited.text, credited.notice


def test_a_peer_reviewers_and_a_translators_questions(assistant):
    switching = assistant.ask(
        "Does the review invoke histologic or phenotypic switching as a TKI escape route?"
    )
    assert "the transformation of phenotype" in switching.text, switching.notice
    titled = assistant.ask(
        "The title calls 外泌体 a 'transmitter' — how is 耐药信息 passed between 耐药细胞 and"
        " 敏感细胞?"
    )
    assert "from drug-resistant cells to sensitive cells" in titled.text, titled.notice
    linked = assistant.ask(
        "Which metabolic process does the review link to exosomes during colonization of distant"
        " bone sites?"
    )
    assert "能量代谢重编程" in linked.text, linked.notice


def test_a_question_typed_in_capitals_with_slips_is_answered(assistant):
    cargo = assistant.ask("WHAT KIND OF CARGO DO EXOSOMS CARRY IN THE NSCLC DRUG RESISTNCE REVIEW")
    assert "miRNA, lncRNA, and protein" in cargo.text, cargo.notice
    rankl = assistant.ask("DOES EXOSOMAL RANKL ACTIVATE OSTEOCLASTS THRU NF-KB IN LUNG CANCER")
    assert rankl.abstained, rankl.text


def test_a_retired_physicians_and_a_compliance_officers_words(assistant):
    troubles = assistant.ask(
        "What troubles do secondaries in the bones from a lung primary bring upon the patient?"
    )
    assert "骨痛、病理性骨折、神经压迫和高钙血症" in troubles.text, troubles.notice
    one_line = assistant.ask(
        "Name the mechanisms behind cisplatin/platinum resistance in NSCLC — need them in one line."
    )
    assert "all lead to platinum resistance" in one_line.text, one_line.notice
    ethics = assistant.ask(
        "Is there a data availability statement or ethics approval number for the bone metastasis"
        " review?"
    )
    assert ethics.abstained, ethics.text


def test_words_a_voice_typist_hears_alike(assistant):
    small_sell = assistant.ask(
        "does pembro plus chemo improve overall survival in small sell lung cancer"
    )
    assert small_sell.abstained, small_sell.text
    assert "small cell lung cancer" in small_sell.notice
    tea_sells = assistant.ask(
        "why do immune check point blockers stop working, something about tea sells not doing"
        " there job"
    )
    assert "impairment of effector T cell function" in tea_sells.text, tea_sells.notice
    grounds = assistant.ask(
        "What kinds of change does the review posit as the grounds on which kinase-blocking drugs"
        " lose their force?"
    )
    assert "the emergence of secondary mutation" in grounds.text, grounds.notice


def test_a_biology_teachers_and_a_citation_checkers_questions(assistant):
    breakthrough = assistant.ask(
        "Besides targeted therapy, which newer treatment approach has given impressive clinical"
        " results in non-small cell lung cancer?"
    )
    assert "Immunotherapy (IO) is another breakthrough" in breakthrough.text, breakthrough.notice
    byline = assistant.ask(
        "How are the author names formatted in the byline of the lung cancer bone metastasis"
        " exosome article?"
    )
    assert "YUAN Yuan, TANG Hao" in byline.text, byline.notice
    sensitivity = assistant.ask(
        "I think exosome-based tests detect lung cancer bone metastasis with over 90% sensitivity"
        " — am I off on the number?"
    )
    assert sensitivity.abstained, sensitivity.text


def test_a_request_after_a_hook_and_a_question_pointing_at_its_story(assistant):
    authors = assistant.ask(
        "Who's tracking the bone couriers? Name the authors of the review on exosome mechanisms"
        " in lung cancer bone metastasis."
    )
    assert "YUAN Yuan, TANG Hao" in authors.text, authors.notice
    doi = assistant.ask(
        "I need the DOI for the Ji, Zhang and Ye review so the link resolver works. What is it?"
    )
    assert "doi: 10.3389/fonc.2025.1539047" in doi.text, doi.notice
    contact = assistant.ask(
        "my oncologist printed me a paper about exits homes and drug resistant lung cancer and"
        " whos the main contact person i might want to email them"
    )
    assert "corresponding author" in contact.text, contact.notice
    treatment = assistant.ask("针对肺癌骨转移，这篇综述提到的exosome相关治疗思路是什么？")
    assert "utilizing engineered exosomes for the treatment" in treatment.text, treatment.notice
    share = assistant.ask(
        "Of every hundred patients with lung cancer, how many end up with metastasis in the"
        " bones, what is the actual percentage?"
    )
    assert share.abstained, share.text
    assert "percentage" in share.notice


def test_an_enumerating_chemist_and_a_dictating_surgeon(assistant):
    categories = assistant.ask(
        "What mechanistic categories does the NSCLC review enumerate for acquired resistance to"
        " tyrosine kinase inhibitors?"
    )
    assert "the activation of bypass signal pathways" in categories.text, categories.notice
    standard = assistant.ask(
        "still standard first line for driver negative advanced nsclc per exosome review"
    )
    assert "platinum based chemotherapy remains the standard treatment" in standard.text
    hand_off = assistant.ask(
        "Do they really claim that these exosome particles can hand off resistance from cells"
        " that no longer respond to drugs over to cells that still do?"
    )
    assert "from drug-resistant cells to sensitive cells" in hand_off.text, hand_off.notice


def test_a_when_of_biology_is_no_papers_date(assistant):
    released = assistant.ask("When are exosomes released?")
    assert "Received" not in released.text, released.text
    assert "释放到细胞外" in released.text, released.notice
    accepted = assistant.ask(
        "那它啥时候被人家收下的嘞？", history=["讲耐药的那篇啥时候投给杂志的呀？"]
    )
    assert "Accepted: 28 Apr 2025" in accepted.text, accepted.notice
    copyright_year = assistant.ask(
        "Who holds the copyright on the Frontiers review, and in what year?"
    )
    assert "© 2025 Ji, Zhang and Ye" in copyright_year.text, copyright_year.notice


def test_the_clinical_domains_of_translational_worth_are_listed(assistant):
    domains = assistant.ask(
        "In which clinical domains does the review claim the vesicles may have translational worth?"
    )
    assert "早期诊断、治疗及预后" in domains.text, domains.notice


def test_what_else_is_answered_beside_what_the_question_sets_aside(assistant):
    for question in (
        "Besides the immune interactions, what else do exosomes influence in bone metastasis?",
        "除了介导肿瘤与基质、免疫细胞的交流外，外泌体在骨转移中还被认为影响什么过程？想确认是否涉及代谢。",
    ):
        answer = assistant.ask(question)
        assert "energy metabolism and pre-metastatic niche formation" in answer.text, question
        assert "immune interactions" not in answer.text, answer.text


def test_pinyin_and_time_spent_between_submission_and_acceptance(assistant):
    size = assistant.ask("waimiti size in nm?? lung ca gu zhuanyi review says how big exosomes r")
    assert "40-160 nm" in size.text, size.notice
    dates = assistant.ask(
        "How long did the Frontiers review on exosomes and resistance spend between submission"
        " and acceptance, i.e. what are its received and accepted dates?"
    )
    assert "Received: 03 Dec 2024" in dates.text, dates.notice


def test_malay_mixed_in_and_a_voice_typists_lung_cants_her(assistant):
    mechanisms = assistant.ask(
        "TKI resistance tu berlaku macam mana ah, ada berapa jenis mechanism dia list?"
    )
    assert "the emergence of secondary mutation" in mechanisms.text, mechanisms.notice
    strategy = assistant.ask(
        "Highlight dia cakap treatment strategy apa untuk bone metastasis guna exosome?"
    )
    assert "utilizing engineered exosomes for the treatment" in strategy.text, strategy.notice
    authors = assistant.ask(
        "who wrote that paper about exosomes making lung cants her drugs stop working"
    )
    assert "Hongzhi Ji" in authors.text, authors.notice


def test_a_question_in_another_language_is_no_question_about_technical_terms(assistant):
    # Tagalog's short words are unknown to the corpus as a technical question's never are, so
    # its long ones ("tumitigil", "dahilan") do not make it a question about something else.
    reasons = assistant.ask(
        "Sa mga naka-TKI po na pasyente, ano ba yung mga dahilan kung bakit tumitigil gumana"
        " yung gamot, ayon sa review?"
    )
    assert "the emergence of secondary mutation" in reasons.text, reasons.notice
    sucrose = assistant.ask("What buoyant density do exosomes band at in a sucrose gradient?")
    assert sucrose.abstained, sucrose.text


def test_accented_words_are_read_as_the_corpus_writes_them(assistant):
    # "métastases" once split at its accent into "m" and "tastases", which the corpus never
    # mentions, and the question was refused.
    size = assistant.ask(
        "The exosomes in the lung cancer with métastases osseuses, which size they have,"
        " the diameter in nanometres?"
    )
    assert "40-160 nm" in size.text, size.notice
    received = assistant.ask(
        "And the manuscript of Ji, Zhang and Ye, the date of réception, it was when?"
    )
    assert "Received: 03 Dec 2024" in received.text, received.notice


def test_a_described_process_and_homely_chinese_are_answered_by_what_they_ask(assistant):
    passed_on = assistant.ask(
        "Is it true that cancer cells that have stopped responding to treatment can somehow"
        " pass that on to other cancer cells? How does the exosome review describe this"
        " happening?"
    )
    assert "from drug-resistant cells to sensitive cells" in passed_on.text, passed_on.notice
    engineered = assistant.ask("那篇骨转移综述的要点里，是不是提到了改造过的外泌体？")
    assert "utilizing engineered exosomes" in engineered.text, engineered.notice


def test_neighbouring_cells_made_resistant_are_the_sensitive_cells(assistant):
    answer = assistant.ask(
        "How can vesicles released by tumour cells make neighbouring lung cancer cells"
        " resistant to drugs?"
    )
    assert "from drug-resistant cells to sensitive cells" in answer.text, answer.notice


def test_a_title_word_both_papers_use_names_neither(assistant):
    # 机制 and 治疗 stand in the bone review's titles, but the Frontiers review's abstract
    # speaks of mechanisms and treatment as much: "the review" here is not the bone review.
    platinum = assistant.ask("综述中提到导致铂类耐药(platinum resistance)的既往机制有哪些？")
    assert "reduction of intracellular accumulation" in platinum.text, platinum.notice
    standard = assistant.ask(
        "我家老人没查出驱动基因突变，已经晚期了，文章里说这种情况现在标准的治疗还是用啥？"
    )
    assert "platinum based chemotherapy remains the standard" in standard.text, standard.notice


def test_a_count_is_not_answered_by_a_record_line(assistant):
    # The affiliations end in "China" and hold a postal code; they count no patients.
    cases = assistant.ask("咱们中国一年新得肺癌的有多少万人")
    assert cases.abstained, cases.text


def test_the_authors_of_a_named_journal_name_its_paper(assistant):
    # "The Frontiers authors" speak of the Frontiers review: the bone review's "关键机制" (key
    # mechanisms) answers nothing about them.
    role = assistant.ask(
        "What's the key role the Frontiers authors attribute to exosomes when it comes to"
        " resistance spreading within a lung tumour?"
    )
    assert "from drug-resistant cells to sensitive cells" in role.text, role.notice


def test_uptake_and_build_up_are_the_drugs_accumulation(assistant):
    platinum = assistant.ask(
        "Is lower uptake or build-up of cisplatin-type drugs inside the tumour cell named as a"
        " cause of platinum resistance?"
    )
    assert "reduction of intracellular accumulation" in platinum.text, platinum.notice


def test_what_the_asker_tells_after_the_question_does_not_steer_the_answer(assistant):
    # The told-after statement names drug resistance, which "Drug resistance is an urgent
    # problem" defines; the question asks what an exosome is.
    definition = assistant.ask(
        "Can you explain like I'm 12 what an exosome actually is? The lung cancer drug"
        " resistance review says something about them being little messengers from cells"
    )
    assert definition.text.startswith("Exosomes are small molecules secreted"), definition.text
    # Whom the answer is for ("跟病人解释") is no topic: "patients" sentences do not answer.
    spread = assistant.ask("外泌体是咋个让敏感的癌细胞也变耐药的嘛，怎么跟病人解释比较好")
    assert "from drug-resistant cells to sensitive cells" in spread.text, spread.notice
    # A question without its mark after the first one is asked, not told.
    immune = assistant.ask(
        "Why checkpoint inhibitor therapy stops working in lung cancer patients? What is the"
        " reason for this resistance, kindly explain."
    )
    assert "immunosuppressive microenvironment" in immune.text, immune.notice


def test_a_paper_is_named_by_its_id(assistant):
    authors = assistant.ask("Who wrote PMC12883948?")
    assert "YUAN Yuan" in authors.text and "Hongzhi Ji" not in authors.text, authors.text
    date = assistant.ask("When was PMC12883948 published?")
    assert "2025-11-20" in date.text, date.text
    # Its licence is not in the corpus; the other paper's CC BY is not its licence.
    licence = assistant.ask("Is a licence stated for the PMC12883948 review, or is it unclear?")
    assert licence.abstained, licence.text


def test_other_languages_name_symptoms_dna_platinum_and_the_two_options(assistant):
    symptoms = assistant.ask(
        "En el artículo chino sobre exosomas y metástasis ósea, ¿qué complicaciones o síntomas"
        " dicen que suele causar la metástasis en el hueso? quiero estar preparada"
    )
    assert "骨痛、病理性骨折" in symptoms.text, symptoms.notice
    platinum = assistant.ask(
        "Quels mécanismes de résistance aux sels de platine sont cités (accumulation"
        " intracellulaire, réparation ADN, détox...) ?"
    )
    assert "DNA damage repair" in platinum.text, platinum.notice
    german = assistant.ask("welche mechanismen führen zur platin-resistenz beim NSCLC? bitte kurz")
    assert "DNA damage repair" in german.text, german.notice
    published = assistant.ask(
        "Elle est sortie quand, la revue de Yuan et Tang? J'ai besoin de la date exacte pour ma"
        " bibliographie."
    )
    assert "2025-11-20" in published.text, published.notice
    # "¿Cuál de los dos …?" asks of the two drugs the story names, which no passage mentions.
    assert_refuses(
        assistant,
        "A mi padre con metástasis ósea de cáncer de pulmón le van a poner ácido zoledrónico o"
        " denosumab cada mes. ¿Cuál de los dos es mejor para evitar fracturas y cuál tiene"
        " menos efectos en el riñón? él ya tiene la creatinina un poco alta",
        naming="denosumab",
    )


def test_a_reference_count_asked_in_the_singular_and_advice_in_traditional_chinese(assistant):
    references = assistant.ask("how many reference in exosome lung cancer bone metastasis review?")
    assert "67 references" in references.text, references.text
    advice = assistant.ask(
        "家父為肺腺癌合併骨轉移，請問是否建議自費接受外泌體療法？有何風險需留意？"
    )
    assert advice.abstained, advice.text


def test_a_chinese_choice_between_two_members_the_corpus_names_only_as_their_class(assistant):
    for question in (
        "顺铂和卡铂哪个更容易耐药？",
        "cisplatin 同 carboplatin 邊隻比較易出現 resistance？臨床上點揀",
    ):
        assert_refuses(assistant, question, naming="never mentions")
    # An example given with 例如 stands for its class, which the corpus discusses.
    assert_answers(
        assistant,
        "ICI 例如 PD-1 抗體 resistance 係點形成嘅？同 T cell 有咩關係",
        "immunosuppressive microenvironment",
    )


def test_worth_and_median_survival_in_other_languages_are_not_answered_by_findings(assistant):
    for question in (
        "vale a pena fazer doutorado em exossomos durante a residencia de onco? como vcs"
        " conseguiram bolsa?",
        "Is it worth doing a PhD on exosomes during my oncology residency?",
        "Qual è la sopravvivenza media in mesi per chi ha un tumore al polmone con metastasi"
        " ossee? ho bisogno di sapere quanto tempo ci resta con la mamma, scusate",
        "¿Cuánto tiempo de vida media tiene un paciente de cáncer de pulmón con metástasis en"
        " los huesos? necesito saber un número aproximado en meses",
        # Italian "io" is "I", not immunotherapy's IO: nothing is left to answer.
        "Quanto costa in Italia un test sugli esosomi nel sangue per vedere se le metastasi"
        " ossee stanno arrivando? la mutua lo passa o devo pagarlo io per mio padre?",
    ):
        assert_refuses(assistant, question)


def test_since_when_in_italian_asks_no_date(assistant):
    assert_answers(
        assistant,
        "Vorrei stampare e distribuire questo articolo sugli esosomi e il NSCLC all'associazione"
        " pazienti che seguo da quando è morta mia sorella, con che licenza è pubblicato?",
        "Creative Commons Attribution License",
    )


def test_austrian_german_record_questions(assistant):
    assert_answers(
        assistant,
        "Weißt du wann des Paper vom Ji und Kollegen eingreicht und wann's angnommen wurd?",
        "Received: 03 Dec 2024",
    )
    assert_answers(
        assistant,
        "wie viele literaturangaben hat des chinesische review zu knochenmetastasen eigentlich",
        "67 references",
    )
    assert_answers(
        assistant,
        "hat des knochenmetastasen-exosomen paper eigentlich abbildungen drin oder is des nur"
        " text?",
        "1 figure with captions",
    )
    assert_answers(
        assistant,
        "Em que secção da Frontiers in Oncology saiu o artigo sobre exossomas e resistência no"
        " cancro do pulmão?",
        "Sec. Thoracic Oncology",
    )


def test_what_to_give_a_patient_trials_and_isolation_are_not_in_the_papers(assistant):
    for question in (
        "mi pte con mets oseas tiene hipercalcemia de 13, cuanto suero y furosemida le pongo?",
        "My patient has bone pain at night, may I give him a hot water bottle or is that bad"
        " with metastases?",
        "Mei Patient hat so Knochenschmerzen in da Nacht, darf i eahm a Wärmflaschn gebn oder is"
        " des bei Metastasen schlecht?",
        "gibts scho a phase-3 studie mit engineered exosomen bei lungenkrebs? wär leiwand zum"
        " wissen",
        "Wie isoliert ma Exosomen im Labor, mit welcher Ultrazentrifugationsgschwindigkeit?",
    ):
        assert_refuses(assistant, question)


def test_keywords_in_german_a_summary_asked_for_and_colorectal_cancer_in_spanish(assistant):
    assert_answers(
        assistant,
        "Mit welchen Schlüsselwörtern ist der Übersichtsartikel zu Exosomen und"
        " NSCLC-Therapieresistenz indexiert?",
        "Drug Resistance, Exosomes, chemotherapy",
    )
    # "summarise" asks, as "describe" does; the Hindi "chahiye" alone names nothing else.
    assert_answers(
        assistant,
        "Kindly summarise mechanisms of TKI resistance mentioned in the NSCLC exosome paper -"
        " secondary mutation, bypass etc, full list chahiye",
        "the emergence of secondary mutation",
    )
    assert_refuses(
        assistant,
        "Hay datos de exosomas mediando resistencia a oxaliplatino en cáncer colorrectal?",
        naming="colorectal cancer",
    )


def test_a_journal_names_its_paper_for_its_licence(assistant):
    # The only licence in the corpus is the Frontiers review's; the bone review states none.
    for question in (
        "What licence is the Chinese Journal of Lung Cancer review under?",
        "¿Consta la licencia de la revisión del Chinese Journal of Lung Cancer sobre exosomas?",
    ):
        assert_refuses(assistant, question, naming="licence")
    assert_answers(
        assistant,
        "What licence is the Frontiers in Oncology review under?",
        "Creative Commons Attribution License",
    )
    # "Consta" asks whether it is stated, not what it costs.
    assert_answers(assistant, "¿Consta en el artículo el tamaño de los exosomas?", "40-160 nm")


def test_spanish_and_french_questions_on_mediation_micrornas_and_translation(assistant):
    assert_answers(
        assistant,
        "¿Qué tipo de cargas transportan los exosomas, de acuerdo con el resumen chino del"
        " artículo sobre metástasis ósea, y entre qué células median la comunicación?",
        "蛋白质、脂质和核酸",
    )
    for question in (
        "¿Qué microARN específico transfiere la resistencia al cisplatino de una célula"
        " resistente a una sensible en el CPCNP?",
        "Quel microARN spécifique transfère la résistance au cisplatine dans le CBNPC ?",
    ):
        assert_refuses(assistant, question)
    assert_answers(
        assistant,
        "Pour quels volets cliniques la revue chinoise estime-t-elle que les exosomes ont une"
        " valeur de transfert potentielle dans les métastases osseuses du poumon ?",
        "早期诊断、治疗及预后",
    )


def test_what_the_asker_means_to_do_after_the_question_in_portuguese_and_english(assistant):
    author = assistant.ask(
        "quem é o autor correspondente do artigo Exosome, an important transmitter in the drug"
        " resistance...? preciso mandar email"
    )
    assert "Lingyun Ye" in author.text and not author.notice, (author.text, author.notice)
    assert_answers(
        assistant,
        "Preciso do DOI do artigo do Ji, Zhang e Ye para pôr na bibliografia, qual é?",
        "10.3389/fonc.2025.1539047",
    )
    # "tend to get" writes one word of "get ready", which only the told-after "prepare" named.
    events = assistant.ask(
        "Which bone-related problems do lung cancer patients with bone metastasis tend to get?"
        " Want to prepare my patient's relatives"
    )
    assert "病理性骨折" in events.text.split("[1]")[0], events.text


def test_hospitals_asked_in_german_and_choices_in_other_languages(assistant):
    assert_answers(
        assistant,
        "aus welchen kliniken kommen die autoren vom exosomen-resistenz artikel? sind das"
        " chinesische unis?",
        "Shanghai Pulmonary Hospital",
    )
    for question in (
        "cisplatina ou carboplatina: qual dá menos resistência no CPNPC?",
        "Welches macht weniger Resistenz, Cisplatin oder Carboplatin?",
        "Les exosomes dérivés de cancers du sein jouent-ils le même rôle dans la formation de"
        " la niche prémétastatique osseuse que ceux du cancer pulmonaire ?",
    ):
        assert_refuses(assistant, question)
    epidemiology = assistant.ask(
        "Wie wird die epidemiologische Bedeutung des Lungenkarzinoms in der Einleitung des"
        " Abstracts zur Knochenmetastasierung charakterisiert?"
    )
    assert "发病率和死亡率最高" in epidemiology.text.split("[1]")[0], epidemiology.text


def test_chilean_spanish_cantonese_byline_and_a_homophone_slip(assistant):
    assert_answers(
        assistant,
        "que cosas llevan adentro los exosomas po? tipo info, arn o proteinas, no cacho nada",
        "miRNA, lncRNA, and protein",
    )
    assert_answers(
        assistant,
        "cuando lo recibieron y cuando lo aceptaron al paper de Ji, Zhang y Ye? pa saber si es"
        " nuevo o viejo po",
        "Received: 03 Dec 2024",
    )
    assert_answers(
        assistant,
        "肺癌骨轉移外泌體嗰篇 review 嘅 authors 係邊個? 想 email 問",
        "YUAN Yuan, TANG Hao",
    )
    assert_answers(
        assistant, "第一作者Hongzhi Ji是那个医院的？", "SHANDONG SECOND MEDICAL UNIVERSITY"
    )
    assert_answers(
        assistant,
        "how many figs in the exosomes lung ca bone mets review?",
        "1 figure with captions",
    )
    assert_refuses(
        assistant,
        "Já existe alguma análise ao sangue com exossomas disponível nos hospitais portugueses"
        " para vigiar a recidiva?",
        naming="recurrence",
    )


def test_why_it_matters_and_what_the_asker_will_do_are_told_not_asked(assistant):
    assert_answers(
        assistant,
        "肺癌外泌体能带哪些货物（cargo）？是不是真的能把耐药性从耐药细胞传给敏感细胞，"
        "这个逻辑对液体活检赛道很关键",
        "transfer drug resistance information",
    )
    assert_answers(
        assistant,
        "who's the corresponding author on the exosome / NSCLC drug resistance review, want to"
        " flick them an email",
        "Correspondence: Lingyun Ye",
    )
    assert_answers(
        assistant,
        "Qué llevan dentro los exosomas exactamente? me suena que miRNA pero no sé qué más",
        "miRNA, lncRNA, and protein",
    )
    assert_answers(
        assistant,
        "les keywords de la review 'Exosome, an important transmitter...' c'est quoi? je dois"
        " les mettre dans mon Zotero",
        "Drug Resistance, Exosomes, chemotherapy",
    )
    assert_answers(
        assistant,
        "combien de refs il y a dans la review sur exosomes et bone metastasis? pour savoir si"
        " ça vaut le coup de la lire en entier",
        "67 references",
    )


def test_texted_french_italian_references_german_diagnosis_and_key_findings(assistant):
    assert_answers(
        assistant,
        "c qui les auteurs du papier du Chinese Journal of Lung Cancer sur exosomes et mets"
        " osseuses ?",
        "YUAN Yuan, TANG Hao",
    )
    assert_answers(
        assistant,
        "Quante voci bibliografiche ha la review cinese su esosomi e metastasi ossee del polmone?",
        "67 references",
    )
    assert_answers(
        assistant,
        "Stimmt es, dass Lungenkrebs meistens erst entdeckt wird wenn er schon gestreut hat, so"
        " war es bei meinem Bruder leider auch, steht das so in der Zusammenfassung von der"
        " Arbeit über die Knochenmetastasen?",
        "诊断时通常已形成晚期转移",
    )
    assert_answers(
        assistant,
        "外泌體對骨轉移的早期診斷有沒有幫助啦？那篇的重點發現怎麼說",
        "potential for early diagnosis and treatment",
    )
    for question in (
        "Cómo manejamos en planta una hipercalcemia tumoral? sueroterapia, bifosfonatos, qué"
        " protocolo seguís vosotros",
        "Nach wie vielen Monaten Behandlung werden die Tumorzellen typischerweise gegen die"
        " Platin-Chemo resistent, gibt es da einen Durchschnittswert, mein Bruder ist jetzt im"
        " vierten Monat.",
        "Qual è esattamente il miRNA esosomiale che trasmette la resistenza al cisplatino nelle"
        " cellule di adenocarcinoma? Ne viene indicato uno specifico?",
    ):
        assert_refuses(assistant, question)


def test_negated_drivers_italian_bylines_and_advice_asked_without_a_subject(assistant):
    assert_answers(
        assistant,
        "What is the standard treatment for patients without EGFR or ALK mutations?",
        "platinum based chemotherapy remains the standard treatment",
    )
    assert_answers(
        assistant,
        "chi l ha scritta la review sugli esosomi e la resistenza ai farmaci nel nsclc e chi e l"
        " autore di riferimento",
        "Lingyun Ye (2, corresponding author)",
    )
    for question in (
        "Quel organisme de financement et quel numéro de subvention ont soutenu la revue de Ji,"
        " Zhang et Ye ? Nécessaire pour l'exercice de traçabilité des fonds.",
        "mio zio ha un tumore al polmone con dolore alle ossa cosa gli posso dare a casa per il"
        " dolore di notte",
        "exosome also important in breast ca bone mets? want compare with lung lah",
        "my uncle on carboplatin already 4 cycle, should switch to immunotherapy or not? boleh"
        " advise",
    ):
        assert_refuses(assistant, question)


def test_a_question_pointed_back_at_catalan_words_and_lay_words_of_an_irish_nurse(assistant):
    # "Are they all the same thing really?" asks of the vesicles the question before named.
    assert_refuses(
        assistant,
        "What's the difference between exosomes and microvesicles or apoptotic bodies? Are they"
        " all the same thing really?",
        naming="microvesicle",
    )
    # A belief before a dash is still no subject, whatever "they" points at.
    assert_answers(
        assistant,
        "This review ran in Frontiers in Pharmacology, I believe — which journal did they"
        " actually publish it in?",
        "Frontiers in Oncology",
    )
    assert_refuses(
        assistant,
        "A son wants to give his dad turmeric to stop the chemo resistance — is there anything"
        " to that at all, God love him?",
        naming="turmeric",
    )
    assert_answers(
        assistant,
        "I read something about exosomes getting the bone ready before the cancer even arrives."
        " Is that in the bone metastasis review?",
        "pre-metastatic niche formation",
    )
    assert_answers(
        assistant,
        "Bon dia, amb quina llicencia esta publicada la revisión de exosomas y drug resistance"
        " en NSCLC de Frontiers? puedo reutilizar figuras?",
        "Creative Commons Attribution License",
    )
    assert_refuses(
        assistant, "Quin factor d'impacte tiene el Chinese Journal of Lung Cancer este año?"
    )


def test_a_drug_class_named_before_its_target_or_member(assistant):
    # "TKI pour EGFR" is the class of EGFR TKIs, which the review discusses; "免疫治疗那个PD-1"
    # the immunotherapy it calls immune checkpoint inhibitors.
    for question in (
        "Tsé les TKI pour EGFR, comment la tumeur finit par résister?",
        "How do tumours end up resisting TKIs against EGFR?",
    ):
        assert_answers(assistant, question, "emergence of secondary mutation")
    assert_answers(
        assistant,
        "免疫治疗那个PD-1打久了也会耐药吗？文章怎么解释免疫检查点抑制剂耐药的",
        "immunosuppressive microenvironment",
    )
    # One drug the corpus never names stays a subject of its own.
    assert_refuses(assistant, "What does the review say about osimertinib for EGFR?")


def test_what_to_recommend_whether_to_raise_a_treatment_and_named_members(assistant):
    for question in (
        "Tengo una paciente con metástasis óseas, ¿qué le puedo recomendar para manejar la"
        " angustia mientras espera?",
        "my dad's EGFR pill stopped working, should he ask his onc about an exosome-based therapy?",
        "骨转移病人疼得厉害，护理上咋整？",
        "外泌体传递耐药的时候，有没有具体的微小RNA被报道？",
        "wifie on pembro wants her exosomes checked to see if it has stopped working",
        "Any data on exosomes and chemo resistance in small cell lung ca, e.g. to etoposide?",
        "Can stress or anxiety change the exosomes that tumour cells release?",
        "一般用药多少个月后出现耐药？",
    ):
        assert_refuses(assistant, question)
    # Whose case it is, told after a comma, names no subject of the question.
    assert_answers(
        assistant,
        "Kindly explain what leads to platinum resistance, my pt on pemetrexed progressed and"
        " the consultant asked why",
        "DNA damage repair",
    )


def test_chat_italian_texted_french_and_dutch_spanish_words(assistant):
    assert_answers(
        assistant,
        "nonna ha metastasi alle ossa, ke problemi può dare? solo dolore?",
        "病理性骨折",
    )
    assert_answers(assistant, "c quoi les mots cles de la revue de Ji ?", "Keywords:")
    assert_answers(
        assistant,
        "est ce que les exosomes pourraient servir a depister tot les metas osseuses ?",
        "early diagnosis",
    )
    for question in (
        "la survie a 5 ans d'un cbnpc stade IV c combien en pourcentage ?",
        "quanti anni di sopravvivenza ci sono con NSCLC avanzato? ditemi i numeri",
        "wat is de sensitiviteit en specificiteit van een exosomaal miRNA panel?",
        "el estrés o la ansiedad pueden cambiar los exosomas de las celulas tumorales?",
    ):
        assert_refuses(assistant, question)


def test_proportions_asked_in_french_and_bavarian_and_what_the_papers_never_discuss(assistant):
    for question in (
        "Quelle est la proportion exacte de patients atteints de CBNPC qui ont des métastases"
        " osseuses ?",
        "wie viel prozent von de lungenkrebspatienten kriegn überhaupt knochenmetastasen?",
        "Dad worked down the pit for years. Does coal dust make the cancer go resistant to chemo?",
        "muss i beim anhängen von cisplatin doppelte handschuh tragn?",
    ):
        assert_refuses(assistant, question)
    # "the Chinese journal" names the paper asked about, not what is asked.
    assert_answers(
        assistant,
        "cuantas referencias tiene la review de exosomas del Chinese journal?",
        "67 references",
    )
    assert_answers(
        assistant,
        "welche knochenbezogenen ereignisse macht eine knochenmetastase beim lungenkrebs?",
        "病理性骨折",
    )


def test_advice_and_figures_asked_in_five_languages_and_polite_or_dialect_words(assistant):
    for question in (
        "mon oncle a des metastases aux os, je peux lui conseiller quoi comme antalgique ?",
        "q le puedo dar pa el dolor y cada cuanto?",
        "O meu cunhado tem dores nos ossos. Que medicamento me aconselha a comprar para ele?",
        "il existe deja un test sanguin base sur les exosomes approuve pour le cancer du poumon ?",
        "q porciento de sobrevida a los 5 años tienen los pacientes con cancer de pulmon?",
        "a partir de q valor de calcio en sangre se considera hipercalcemia?",
        "Como se isolam os exossomas no laboratório? Gostaria de conhecer o protocolo.",
        "what percent of advanced NSCLC patients survive five year after immunotherapy?",
        "which specific EGFR TKIs like osimertinib have the highest resistance rates?",
    ):
        assert_refuses(assistant, question)
    # "Com licença" is excuse me, "嘛时候" Tianjin's when, and PubMed where the asker will
    # search; "quante refs" asks how many references.
    assert_answers(
        assistant,
        "Com licença, quais são os mecanismos de resistência aos inibidores de tirosina quinase?",
        "emergence of secondary mutation",
    )
    assert_answers(assistant, "那个外泌体耐药的文章嘛时候投的稿？", "Received: 03 Dec 2024")
    assert_answers(
        assistant,
        "cuales son las palabras clave del paper de frontiers, pa buscarlo en pubmed",
        "Keywords:",
    )
    assert_answers(assistant, "quante refs ha la review Yuan & Tang su exosomes?", "67 references")


def test_a_daughters_plain_italian_and_a_nurses_german_and_chongqing_questions(assistant):
    assert_answers(
        assistant,
        "quando l'hanno ricevuto l'articolo sugli esosomi e le cure che non funzionano?",
        "Received: 03 Dec 2024",
    )
    assert_answers(assistant, "Quanto sono piccoli gli esosomi?", "40-160 nm")
    # Reusing figures asks under which licence, not how many figures there are.
    assert_answers(
        assistant,
        "Posso reutilizar figuras da revisão da Frontiers? Gostaria de saber sob que licença está"
        " publicada.",
        "Creative Commons Attribution License",
    )
    assert_answers(
        assistant,
        "Waarom werken immuuncheckpointinhibitoren soms niet meer bij NSCLC?",
        "immunosuppressive microenvironment",
    )
    for question in (
        "Welche pflegerischen Maßnahmen werden bei tumorinduzierter Hyperkalzämie empfohlen?",
        "骨转移了还吃得辣不，喝得酒不嘛",
    ):
        assert_refuses(assistant, question)


def test_roman_italian_cologne_and_viennese_german_valencian_spanish_and_asked_for_figures(
    assistant,
):
    assert_answers(
        assistant,
        "papà c'ha le metastasi all'osso, quali problemi je possono venì? ossa rotte, dolori...?",
        "病理性骨折",
    )
    assert_answers(
        assistant,
        "nell'articolo cinese sulle metastasi ossee, che sostanze dicono che stanno dentro agli"
        " esosomi?",
        "蛋白质、脂质和核酸",
    )
    assert_answers(
        assistant,
        "secondo l'abstract in cinese, cosa trasportano gli esosomi e tra chi mediano la"
        " comunicazione?",
        "蛋白质、脂质和核酸",
    )
    assert_answers(
        assistant, "quante referenze ha il paper di Yuan Yuan e Tang Hao?", "67 references"
    )
    # Why one writes to the author is not what one asks.
    assert_answers(
        assistant,
        "who's the corresponding author on the exosome drug resistance in NSCLC paper, want to"
        " ping them re: licensing",
        "Lingyun Ye (2, corresponding author)",
    )
    assert_answers(
        assistant,
        "Papa hat jetz knochenmetastasen vom lungenkrebs. Wat für probleme kann dat machen, außer"
        " schmerzen? hab schiss vor brüchen",
        "病理性骨折",
    )
    # "salen" and "me pareció" are not the cost words an English spelling reads them as.
    assert_answers(
        assistant,
        "Que propuestas de tratamiento salen en los highlights? algo de exosomas"
        " modificados/ingenierizados me parecio leer",
        "utilizing engineered exosomes",
    )
    assert_answers(
        assistant,
        "Do they say exosomes have a role in the pre-metastatic niche or metabolism in bone mets?"
        " just trying to get the gist",
        "pre-metastatic niche formation",
    )
    for question in (
        "Wie viele Leut in Österreich kriegen jährlich Lungenkrebs mit Knochenmetastasen?",
        # A span asked for as a figure: "survival is short" does not give it.
        "wie lange lebt man im schnitt noch mit knochenmetastasen bei NSCLC, gibts da zahlen?",
        "how long does one live on average with bone metastases in NSCLC, are there figures?",
    ):
        assert_refuses(assistant, question, naming="figure")
    assert_refuses(
        assistant,
        "mio zio ha metastasi ossee da adenocarcinoma polmonare, ha senso chiedere all'oncologo"
        " una terapia con esosomi ingegnerizzati in Italia?",
        naming="recommendation",
    )
    assert_refuses(
        assistant,
        "Un patient me demande s'il devrait arrêter sa chimio pour passer à l'immunothérapie vu"
        " ces résultats, que lui conseiller ?",
        naming="recommendation",
    )
    assert_refuses(
        assistant,
        "ce sta qualche sperimentazione in Italia con esosomi ingegnerizzati dove posso iscrive"
        " mio padre?",
        naming="clinical trial",
    )
    assert_refuses(
        assistant,
        "papà deve mangià qualcosa de particolare pe aiutà le ossa co' le metastasi? latte,"
        " calcio, integratori?",
        naming="diet",
    )


def test_questions_wholly_in_catalan(assistant):
    assert_answers(
        assistant,
        "Qui són els autors de la revisió de Frontiers in Oncology sobre exosomes i resistència a"
        " fàrmacs en el CPNM?",
        "Hongzhi Ji",
    )
    assert_answers(
        assistant,
        "Quan es va rebre i quan es va acceptar el paper de Ji, Zhang i Ye?",
        "Received: 03 Dec 2024",
    )
    assert_answers(
        assistant,
        "quines paraules clau té la revisió sobre exosomes i farmacoresistència al pulmó (la de"
        " Frontiers)?",
        "Keywords:",
    )
    assert_answers(
        assistant,
        "Quins esdeveniments ossis associats a la metàstasi òssia del càncer de pulmó esmenta el"
        " resum en xinès?",
        "神经压迫和高钙血症",
    )
    assert_answers(
        assistant,
        "A part de la interaccio amb estroma i sistema inmune, que mes influencien els exosomas en"
        " la metastasi ossea?",
        "energy metabolism and pre-metastatic niche formation",
    )
    assert_refuses(
        assistant,
        "quin percentatge de supervivencia a 5 anys tenen els pacients amb NSCLC avanzat?",
        naming="percentage",
    )
    assert_refuses(
        assistant,
        "hi ha algun assaig clinic en fase 3 amb exosomas enginyerits pa cancer de pulmo?",
        naming="clinical trial",
    )
    assert_refuses(
        assistant,
        "El meu pare té càncer de pulmó amb dolor ossi, li haurien de fer una anàlisi d'exosomes"
        " en sang per detectar metàstasi? on la demano a Barcelona?",
        naming="recommendation",
    )


def test_where_to_be_tested_or_treated_is_not_where_the_authors_work(assistant):
    for question in (
        "高雄有哪幾家醫院可以驗血看外泌體的？我想帶我先生去",
        "which hospitals in Kaohsiung can test blood for exosomes? I want to take my husband",
        "Is there an exosome blood test a family could actually ask for in an Irish hospital?",
        "Que escala de dor devo usar pra avaliar os meus doentes com metastases osseas?",
    ):
        assert_refuses(assistant, question, naming="recommendation")
    assert_refuses(
        assistant,
        "que exercicios de fisioterapia são seguros pra doente com metastase na coluna?",
        naming="exercise",
    )
    for question in (
        "Which hospital do the authors work in?",
        # Where the asker could go after, and Cantonese 做嘢 (to work), ask where they work.
        "where are the authors of the frontier exits homes paper from like which hospitals i live"
        " in china and maybe i could get a second opinion at one of them",
        "頭兩位作者 Hongzhi Ji 同 Li Zhang 係喺邊間醫院做嘢㗎？",
    ):
        assert_answers(assistant, question, "SHANDONG SECOND MEDICAL UNIVERSITY")


def test_catalan_chat_a_reviews_study_selection_and_the_clinic_as_a_setting(assistant):
    assert_answers(
        assistant,
        "que porten a dins els exosomes? m'ho va preguntar una companya i no sabia q dirli",
        "miRNA, lncRNA, and protein",
    )
    for question in (
        "com es diuen els autors de la review xinesa sobre exosomes en metastasi ossia de pulmo?",
        "what are the names of the authors of the Chinese review on exosomes in bone metastasis?",
    ):
        assert_answers(assistant, question, "YUAN Yuan, TANG Hao")
    # Where the asker works is no appointment asked for.
    assert_answers(
        assistant,
        "门诊好多晚期肺腺癌病人基因检测啥突变都没有，现在西医那边首选还是铂类化疗吗？",
        "platinum based chemotherapy remains the standard treatment",
    )
    assert_answers(
        assistant,
        "Waardoor worden tumorcellen ongevoelig voor platinamiddelen volgens die review?",
        "DNA damage repair",
    )
    assert_answers(
        assistant,
        "Quelles pistes thérapeutiques les faits saillants de cette revue sur les métastases"
        " osseuses proposent-ils ?",
        "utilizing engineered exosomes",
    )
    assert_refuses(
        assistant,
        "ei, els exosomes tambe tenen paper en la resistencia a la quimio del cancer de colon?",
        naming="colorectal cancer",
    )
    for question in (
        "How many studies were included in the review on exosomes and resistance in NSCLC?",
        "这篇综述纳入了多少篇研究？",
    ):
        assert_refuses(assistant, question, naming="selection of the reviewed studies")
    assert_refuses(
        assistant,
        "Quel est le nom du lncRNA exosomal qui confère la résistance au cisplatine ?",
        naming="specific name",
    )
    for question in (
        "wie lagere ich einen patienten mit pathologischer fraktur der wirbelsäule richtig?",
        "Mio suocero lamenta dolori alle ossa: quali esami dovrebbe richiedere al medico?",
    ):
        assert_refuses(assistant, question, naming="recommendation")
    assert_refuses(
        assistant,
        "黄芪、人参这些补气药的提取物能不能抑制肿瘤外泌体分泌？",
        naming="traditional chinese medicine",
    )


def test_balearic_catalan_swabian_german_and_where_a_test_can_be_done(assistant):
    assert_answers(
        assistant,
        "Quan el varen rebre i quan el varen acceptar, es paper de Ji, Zhang i Ye?",
        "Received: 03 Dec 2024",
    )
    # "essent" is being, not the German "essen" (to eat) a spelling mend made it.
    assert_answers(
        assistant,
        "Idò, en un pacient amb NSCLC avançat sense mutació driver, quin tractament diuen que"
        " segueix essent s'estàndard?",
        "platinum based chemotherapy remains the standard treatment",
    )
    assert_answers(
        assistant,
        "isch der Review zu Exosomen bei NSCLC schon fertig veröffentlicht oder bloß vorläufig?",
        "Provisionally accepted",
    )
    assert_answers(
        assistant,
        "Was schleppen die Exosomen laut dem Yuan/Tang-Artikel mit, Eiweiß, Fett, Erbgut?",
        "蛋白质、脂质和核酸",
    )
    # A Kurzfassung is the abstract, not a summary asked for.
    assert_answers(
        assistant,
        "Welche knochenbezogenen Ereignisse – also so Komplikationen wie Schmerzen oder Brüche –"
        " nennt die chinesische Kurzfassung bei Knochenmetastasen vom Lungenkrebs?",
        "病理性骨折",
    )
    for question in (
        "hay algun analisis de sangre con exosomas que se pueda hacer aca en Mendoza para ver si"
        " hay metastasis osea?",
        "como devo hidratar um utente com hipercalcemia por metastases ósseas, quantos litros de"
        " soro por dia?",
    ):
        assert_refuses(assistant, question, naming="recommendation")


def test_a_word_ending_as_only_catalan_does_and_another_languages_word_kept_unmended(assistant):
    # "secció" is Catalan's own by its ending: with "quina" it outweighs the English journal name.
    assert_answers(
        assistant,
        "A quina secció de Frontiers in Oncology surt l'article d'exosomes i CPCNP?",
        "Sec. Thoracic Oncology",
    )
    assert_answers(
        assistant,
        "Els exosomes poden passar la resistència d'unes cèl·lules tumorals a unes altres de"
        " sensibles?",
        "drug-resistant cells to sensitive cells",
    )
    # Portuguese "preciso" (I need) is no slip for the Spanish "precio" (price).
    assert_answers(
        assistant,
        "preciso do DOI do artigo Mechanisms of Exosomes in Lung Cancer Bone Metastasis and"
        " Related Clinical Advances",
        "10.3779/j.issn.1009-3419.2025.101.22",
    )
    assert_answers(
        assistant, "這篇 NSCLC exosome 抗藥的文章關鍵字有哪些", "Drug Resistance, Exosomes"
    )
    assert_answers(
        assistant,
        "In che ospedali lavorano chi ha scritto la review sugli esosomi e la resistenza? so'"
        " cinesi?",
        "Shanghai Pulmonary Hospital",
    )
    # Where the asker was told is no topic of the question.
    assert_answers(
        assistant,
        "è vero che il cancro al polmone è quello che fa più morti di tutti? me l'hanno detto in"
        " ospedale e nun ci volevo credere",
        "发病率和死亡率最高",
    )
    assert_answers(
        assistant,
        "les metastases osseuses du cancer du poumon ca donne quoi comme problemes? mon mari a"
        " tres mal au dos",
        "病理性骨折",
    )
    assert_refuses(
        assistant,
        "wie behandelt ma eine hyperkalzämie bei tumorpatienten akut, mit flüssigkeit und"
        " calcitonin?",
        naming="recommendation",
    )


def test_members_of_a_drug_class_listed_after_tipo_or_in_brackets_and_eighth_round_readings(
    assistant,
):
    # The drugs named are examples of the class the review discusses: it is asked about.
    assert_answers(
        assistant,
        "Una duda ahorita en el mostrador: por qué dejan de funcionar los TKIs tipo gefitinib u"
        " osimertinib, qué mecanismos de resistencia dice el paper de Frontiers?",
        "emergence of secondary mutation",
    )
    assert_answers(
        assistant,
        "y con los inhibidores de checkpoint (pembro, nivolumab y eso) como le hace el tumor para"
        " resistir segun esa revision?",
        "immunosuppressive microenvironment",
    )
    assert_answers(
        assistant,
        "Wer sind die Autoren vom Paper 'Mechanisms of Exosomes in Lung Cancer Bone Metastasis'?",
        "YUAN Yuan, TANG Hao",
    )
    assert_answers(
        assistant,
        "quines estrategies terapeutiques amb exosomes proposen pels pacients amb metastasi ossia",
        "utilizing engineered exosomes",
    )
    for question in (
        "Patient mit Knochenmetastasen fragt, ob er weiter joggen darf – was soll ich ihm raten?",
        "mio zio ha NSCLC con metastasi alle ossa, conviene chiedere all'oncologo un test sugli"
        " esosomi nel sangue? dove lo fanno a Milano?",
    ):
        assert_refuses(assistant, question, naming="recommendation")
    assert_refuses(
        assistant,
        "paciente com hipercalcemia por metastase ossea, quanto de soro fisiologico eu corro por"
        " hora?",
        naming="figure",
    )
    assert_refuses(
        assistant,
        "chi ha finanziato la review su exosomi e drug resistance, ci sono grant o conflitti di"
        " interesse dichiarati?",
        naming="competing interests",
    )


def test_andalusian_spanish_without_its_final_s_and_care_asked_in_three_languages(assistant):
    # "cuanto" is Spanish's own: with "en" it tells the language of a short question.
    assert_answers(
        assistant,
        "cuanto miden lo exosoma? en nanometro digo, que no me hago idea de lo chico que son",
        "40-160 nm",
    )
    assert_answers(
        assistant,
        "que palabra clave tiene la revision de ji, zhang y ye? pa buscar mas cosa parecia",
        "Drug Resistance, Exosomes",
    )
    assert_answers(
        assistant,
        "cuanta referencia bibliografica tiene la revision de yuan yuan y tang hao sobre exosoma"
        " y hueso",
        "67 references",
    )
    assert_answers(
        assistant,
        "el cancer de pulmon e el que mas gente mata de to lo cancere? lo pone el articulo chino"
        " ese de metastasi osea",
        "发病率和死亡率最高",
    )
    assert_answers(
        assistant,
        "quien e el autor principal o el de correspondencia del articulo de frontiers sobre"
        " exosoma y resistencia en pulmon",
        "Lingyun Ye (2, corresponding author)",
    )
    # A span asked in months wants a number, which "生存期短" (survival is short) does not give.
    assert_refuses(
        assistant,
        "cuanto tiempo de vida le dan a uno con cancer de pulmon y metastasi en lo hueso, en meses"
        " mas o menos?",
        naming="figure",
    )
    for question in (
        "bone mets pt有hypercalcemia，IV hydration同calcitonin應該點樣俾?",
        "ipercalcemia da metastasi ossee: sopra che valore di calcemia lo mando in PS e come la"
        " tratto a casa?",
    ):
        assert_refuses(assistant, question, naming="recommendation")
    assert_refuses(
        assistant,
        "Darf meine Frau mit Knochenmetastasen weiterhin Krankengymnastik und Spaziergänge"
        " machen, oder erhöht körperliche Belastung das Frakturrisiko?",
        naming="exercise",
    )


def test_an_initial_after_a_surname_ends_no_sentence_and_a_study_to_join_is_advice(assistant):
    # "Yuan Y. and Tang H. on …" is one sentence that asks for the DOI.
    assert_answers(
        assistant,
        "Pouvez vous me donner la revue et le DOI de l'article de Yuan Y. et Tang H. sur les"
        " exosomes dans les métastases osseuses du cancer pulmonaire ?",
        "10.3779/j.issn.1009-3419.2025.101.22",
    )
    for question in (
        "Is there a study in Berlin with exosome therapy that I can take part in?",
        "Jibt's ne Studie in Berlin mit Exosomen-Therapie wo ick mitmachen kann?",
        "Que manuais me recomendam para estudar vesículas extracelulares para o exame de"
        " Oncologia aqui em Coimbra?",
    ):
        assert_refuses(assistant, question, naming="recommendation")
    assert_answers(
        assistant,
        "wer hat'n det Review über Exosomen und Resistenz beim NSCLC eigentlich jeschrieben?"
        " namen bitte",
        "Hongzhi Ji (1), Li Zhang (1)",
    )
    assert_answers(
        assistant,
        "Det Review zu Knochenmetastasen und Exosomen – wo isn det rausjekommen und wann?",
        "Chinese Journal of Lung Cancer · 2025-11-20",
    )
    assert_answers(
        assistant,
        "免疫检查点抑制剂耐药，作者是哪能解释个？老早我读到过讲是微环境个问题，效应T细胞功能受损，是伐？",
        "impairment of effector T cell function",
    )
    assert_answers(
        assistant,
        "Segons l'article sobre resistència a la immunoteràpia, què acaba passant amb les"
        " cèl·lules T efectores quan es forma el microambient immunosupressor?",
        "impairment of effector T cell function",
    )
    assert_answers(
        assistant,
        "Lei que los exosomas preparan el terreno en el hueso antes de que lleguen las celulas"
        " del tumor, eso sale en los hallazgos principales? que mas hacen?",
        "pre-metastatic niche formation",
    )
    assert_refuses(
        assistant,
        "Gli esosomi fanno la stessa cosa anche nelle metastasi ossee del tumore alla mammella o"
        " alla prostata?",
        naming="breast cancer",
    )
    assert_refuses(
        assistant,
        "Quina sensibilitat té la biòpsia líquida basada en exosomes per detectar precoçment les"
        " metàstasis òssies en el càncer de pulmó?",
        naming="liquid biopsy",
    )
    assert_refuses(
        assistant,
        "Quin és el percentatge de pacients amb càncer de pulmó que acaben desenvolupant"
        " metàstasis òssies?",
        naming="percentage",
    )


def test_taiwanese_hokkien_and_venetian_italian(assistant):
    assert_answers(
        assistant,
        "Frontiers in Oncology 彼篇 exosome 抗藥的，是當時收件、當時接受的？",
        "Received: 03 Dec 2024",
    )
    assert_refuses(
        assistant, "台中佗位會當驗血液外泌體？驗一擺大概愛開偌濟", naming="recommendation"
    )
    assert_refuses(
        assistant, "骨轉移打保骨針(Xgeva抑是卓骨祂)有效無？愛打偌久一擺", naming="bisphosphonate"
    )
    assert_refuses(assistant, "做化療的時陣阮爸爸愛食啥物較好？高鈣的食物甘會使食", naming="diet")
    assert_answers(
        assistant,
        "Chi ga scrito quel articolo sui esosomi e le metastasi ale osse del tumor al polmon,"
        " quelo dela rivista cinese?",
        "YUAN Yuan, TANG Hao",
    )
    assert_answers(
        assistant,
        "Quando i lo ga ricevùo e quando i lo ga acetà, sto lavoro cinese su esosomi e farmaci"
        " nel polmon? Me serve le date",
        "Accepted: 28 Apr 2025",
    )
    assert_answers(
        assistant,
        "Chi xe l'autor de riferimento (quel che se scrive per la corispondensa) nela revision su"
        " esosomi e resistensa nel NSCLC?",
        "Lingyun Ye",
    )
    assert_refuses(
        assistant,
        "I esosomi i gà lo steso ruolo anca nel tumor al pancreas, o xe solo roba del polmon?",
        naming="pancreatic cancer",
    )
    # CBPNPC is a French abbreviation of NSCLC.
    assert_answers(
        assistant,
        "dis, pour le CBPNPC avancé sans mutation driver, c'est quoi encore le traitement"
        " standard? la chimio à base de platine ou bien?",
        "platinum based chemotherapy remains the standard treatment",
    )


def test_scots_swiss_german_and_valencian_and_which_treatment_a_person_should_choose(assistant):
    assert_refuses(
        assistant,
        "whit percentage o NSCLC patients end up wi bone mets, roughly?",
        naming="percentage",
    )
    for question in (
        "Is it safe tae dae chest physio or percussion on a patient wi rib metastases fae lung"
        " cancer?",
        "my grandpa has NSCLC, should he rather do immunotherapy or chemo?",
        "min grosspapi hät NSCLC, sött er lieber immuntherapie oder chemo mache? was würdeder"
        " empfehle",
    ):
        assert_refuses(assistant, question, naming="recommendation")
    assert_answers(
        assistant,
        "wie vill referenze hät de review über exosome und knochemetastase ungefähr?",
        "67 references",
    )
    assert_refuses(
        assistant,
        "spieled exosome au bi brustchrebs-knochemetastase e rolle, gits da ähnlichi mechanisme?",
        naming="breast cancer",
    )
    assert_answers(
        assistant,
        "en este article xinés diuen que el os és on més metastatitza el cancer de pulmó? és una"
        " forma comuna?",
        "骨转移是肺癌常见的转移形式",
    )
    # "Front Oncol" written without its stops names the journal, not a front and a word.
    assert_answers(
        assistant,
        "Bah, é verdade que exossomo consegue passar a resistência de uma celula tumoral pra"
        " outra? o que o artigo da Front Oncol afirma sobre isso",
        "from drug-resistant cells to sensitive cells",
    )
    # "À part" sets the immune interactions aside: the answer goes on to what else they do.
    assert_answers(
        assistant,
        "A part l'interaction avec les cellules immunitaires, les exosomes jouent sur quoi"
        " d'autre dans les métastases osseuses selon les principaux résultats?",
        "influence energy metabolism and pre-metastatic niche formation",
    )
    assert_refuses(
        assistant,
        "Pour envoyer un prélèvement d'exosomes au labo, je mets dans quel tube et je conserve à"
        " quelle température dêh?",
        naming="sample handling",
    )


def test_hessian_german_is_not_french_and_seventh_round_readings(assistant):
    # "des" and "un" are French too; "wann" and "hat" tell German.
    assert_answers(
        assistant,
        "wann wurd des Exosomen-NSCLC-Review eingereicht un wann angenomme?",
        "Received: 03 Dec 2024",
    )
    assert_answers(
        assistant,
        "Wieviele Literaturstelle hat des Paper von Yuan Yuan un Tang Hao?",
        "67 references",
    )
    # Italian "mediano" (they mediate) is no median asked for.
    assert_answers(
        assistant,
        "Nella review di Yuan e Tang, quali molecole trasportano gli esosomi e tra quali cellule"
        " mediano lo scambio di informazioni?",
        "其携带蛋白质、脂质和核酸等物质",
    )
    # Catalan "consta" (is listed) is no slip for the Spanish "costa" (costs).
    assert_answers(
        assistant,
        "Qui consta com a autor de correspondència a la revisió de Frontiers in Oncology sobre"
        " exosomes i resistència farmacològica en el càncer de pulmó de cèl·lules no petites?",
        "Lingyun Ye (2, corresponding author)",
    )
    assert_refuses(
        assistant,
        "Quin factor d'impacte té actualment el Chinese Journal of Lung Cancer?",
        naming="impact factor",
    )
    assert_refuses(
        assistant,
        "Cardiomyocyte derived exosomes - do they have any role in post MI remodelling? Kindly do"
        " the needful",
        naming="cardiomyocyte",
    )
    assert_refuses(assistant, "化療之後白血球好低，屋企人可以煲啲乜嘢湯俾佢補下？", naming="diet")
    for question in (
        "los exosomas tambien hacen que el cancer de seno se vaya a los huesos? mi comadre tiene"
        " eso",
        "Gli esosomi hanno un ruolo analogo anche nelle metastasi ossee del carcinoma mammario o"
        " prostatico? ci sono differenze di meccanismo rispetto al polmone?",
    ):
        assert_refuses(assistant, question, naming="breast cancer")


def test_western_catalan_chti_french_and_the_askers_own_page(assistant):
    # "eixes", "coses", "ho" are Catalan's own; ARN and ADN are RNA and DNA.
    assert_answers(
        assistant,
        "que porten a dins eixes exosomes? he vist que porten coses tipo ARN pero no ho entenc be",
        "其携带蛋白质、脂质和核酸等物质",
    )
    assert_answers(
        assistant,
        "per que el platino deixa de funcionar? al article de les exosomes diu algo de la"
        " reparacio del ADN no?",
        "DNA damage repair",
    )
    assert_answers(
        assistant,
        "en quina revista va sortir lo paper de Yuan Yuan i Tang Hao?",
        "Chinese Journal of Lung Cancer",
    )
    assert_answers(
        assistant,
        "que fan les exosomes abans que arribe lo tumor a l'os? lo del nínxol eixe",
        "pre-metastatic niche formation",
    )
    # "non à petites cellules" keeps its "à": no "non-a" prefix is made of it.
    assert_answers(
        assistant,
        "bonjour, j'ai un cancer du poumon non a petites cellules sans mutation, ch'est quo le"
        " traitement de base qu'on donne d'habitude ?",
        "platinum based chemotherapy remains the standard treatment",
    )
    assert_answers(
        assistant,
        "Y a moyen de soigner les metastases aux os avec ces exosomes? j'ai lu un truc sur des"
        " exosomes trafiqués",
        "utilizing engineered exosomes",
    )
    for question in (
        "J'peux boire min biere le dimanche pendant la chimio au platine ou ch'est interdit ?",
        "que ha de menjar ma mare durant la quimio pa no perdre tant pes?",
    ):
        assert_refuses(assistant, question, naming="diet")
    # The asker's own landing page asks for no link.
    assert_answers(
        assistant,
        "Welche Keywords hat das Paper zu Exosom-vermittelter Drug Resistance im NSCLC? Brauche"
        " die fürs SEO von unserer Landing Page",
        "Drug Resistance, Exosomes, chemotherapy",
    )
    assert_answers(
        assistant,
        "Hongzhi Ji e Li Zhang da che istituto vengono?",
        "AFFILIATED HOSPITAL OF SHANDONG SECOND MEDICAL UNIVERSITY",
    )
    # "the other vesicles" leans on the question that named them.
    assert_refuses(
        assistant,
        "qual a diferença entre exossomo, microvesicula e corpo apoptotico? o tamanho das outras"
        " vesiculas é qual?",
        naming="microvesicle",
    )


def test_italian_non_is_no_prefix_and_what_to_do_for_a_patient_is_advice(assistant):
    # "non ci capisco niente" (I understand nothing) makes no "non-ci" and no concept "non".
    assert_answers(
        assistant,
        "quanto sono grandi sti esosomi? in nanometri intendo, ajò che non ci capisco niente",
        "40-160 nm",
    )
    for question in (
        "pt with known lung ca bone mets, confused, query hypercalcaemia - what should we be"
        " doing prehospital? fluids?",
        "我老舅肺癌骨转移疼得睡不着觉，在家咋整能缓解点",
        "Mon beau-père a un cancer du poumon avec des métastases aux os, quel traitement je"
        " devrais demander à son oncologue ?",
        "Gibts in Dresden an der Uniklinik Studien mit Exosomen-Therapie, wo meine Mutter"
        " mitmachen könnt?",
        "esiste un esame del sangue per misurare gli esosomi che si puo fare all ospedale Businco?",
    ):
        assert_refuses(assistant, question, naming="recommendation")
    # PubMed, where the asker means to search, is no PubMed ID asked for.
    assert_answers(
        assistant,
        "keywords del article d'exosomes i drug resistance NSCLC? les necessito pa buscar mas en"
        " pubmed",
        "Drug Resistance, Exosomes",
    )
    assert_answers(
        assistant,
        "puc fer servir figures o text del review de Frontiers per una presentació al servei? que"
        " licencia tiene",
        "Creative Commons Attribution License",
    )


def test_a_quoted_reference_holds_no_statement_and_readings_keep_their_neighbours(assistant):
    # The full stops inside the quoted reference end no statement before the question.
    assert_refuses(
        assistant,
        'Could you give me the PubMed ID (PMID) for "Ji H, Zhang L, Ye L. Exosome, an important'
        ' transmitter in the drug resistance of non-small cell lung cancer. Front Oncol. 2025"? I'
        " need it for the PubMed link in our guide.",
        naming="PubMed ID",
    )
    # Hokkien 啥物 (what) is not the 啥 before 物质 (substances).
    assert_answers(assistant, "骨转移那篇里说外泌体身上带哩都是些啥物质？", "蛋白质、脂质和核酸")
    # An abstract that walks through the therapies asks nothing about walks.
    assert_answers(
        assistant,
        "List the three families of anticancer therapy whose resistance mechanisms the Frontiers"
        " abstract walks through.",
        "Drug resistance is an urgent problem",
    )


def test_the_patient_with_a_gene_and_tenth_round_readings(assistant):
    # "paziente con EGFR" says whose patient, as "EGFR patients" does: the gene is no topic.
    assert_answers(
        assistant,
        "ol paziente con EGFR dopo un po non risponde piu al TKI... quali sono i meccanismi di"
        " resistenza ai TKI che elencano?",
        "emergence of secondary mutation",
    )
    assert_refuses(
        assistant, "有没有哪个外泌体药物已经进三期临床了？叫嘛名字", naming="clinical trial"
    )
    assert_refuses(
        assistant,
        "Nha tio tem cancro do pulmao e dores nos ossos, onde e que ele pode fazer tratamento aqui"
        " na Praia?",
        naming="recommendation",
    )
    assert_answers(
        assistant,
        "Diu el paper que el cancer de pulmó es el que més gent mata? ho vaig sentir a la tele",
        "发病率和死亡率最高",
    )
    assert_answers(
        assistant,
        "pota perchè sti pazienti col tumore al polmone arrivano quasi sempre tardi? cosa scrivono"
        " all inizio dell'abstract",
        "诊断时通常已形成晚期转移",
    )


def test_a_story_before_the_question_and_eleventh_round_readings(assistant):
    # "that Frontiers in Oncology review" names the paper: the story before the question, with
    # its EGFR and ALK, is no subject.
    assert_answers(
        assistant,
        "Hi, I'm helping a friend here in Brooklyn who has stage 4 NSCLC and her biomarker testing"
        " came back with no driver mutations (no EGFR, no ALK, nothing). Her oncologist wants to"
        " start chemo and I want to make sure thats actually the usual approach. According to"
        " that Frontiers in Oncology review on exosomes and drug resistance, what is still"
        " considered the standard treatment for advanced lung cancer patients who are driver"
        " gene negative?",
        "platinum based chemotherapy remains the standard treatment",
    )
    # A quote that closes with its full stop ends the story.
    assert_answers(
        assistant,
        "Hi - my friend (62, former smoker, lives in the Bronx) has NSCLC with bone mets and the"
        ' palliative team keeps mentioning "skeletal related events." In the review on exosomes'
        " in lung cancer bone metastasis, what bone-related problems do they say bone mets"
        " commonly cause?",
        "病理性骨折",
    )
    assert_answers(
        assistant,
        "Is the Ji et al exosome paper in Frontiers in Oncology an actual study with patients or"
        " is it a review article?",
        "REVIEW article",
    )
    assert_answers(
        assistant,
        "am I allowed to share the lung cancer exosome resistance article in me support group"
        " facebook page, what licence is it under",
        "Creative Commons Attribution License",
    )
    for question in (
        "家父肺腺癌伴多发骨转移，现在有必要去做外泌体检测吗？",
        "Mon père a un cancer du poumon avec métastases osseuses, est-ce qu'il devrait demander"
        " un test sanguin des exosomes à son oncologue ?",
    ):
        assert_refuses(assistant, question, naming="recommendation")
    assert_refuses(
        assistant,
        "i packed in the ciggies 3 year ago, does that lower the chance of lung cancer spreadin to"
        " me bones if i get it",
        naming="smoking",
    )


def test_sichuanese_voice_input_slips_and_a_wish_told_after_a_comma(assistant):
    assert_refuses(assistant, "医院有没得抽血查外泌体的检查，做一次要好多钱？", naming="cost")
    assert_refuses(assistant, "化疗期间屋头饭菜啷个安排，能不能吃火锅要得不？", naming="diet")
    # Wanting to book an appointment, told after a comma, asks nothing of appointments.
    assert_answers(
        assistant,
        "这篇非小细胞肺癌外必体耐药的综述通讯作者是谁，在哪个医院，想带我爸去挂号",
        "Department of Oncology, Shanghai Pulmonary Hospital",
    )


def test_spaced_options_of_a_chinese_question_and_thirteenth_round_readings(assistant):
    # "A … B … C … D …" set off by spaces: the wrong option (PD-L1) names nothing to refuse.
    assert_answers(
        assistant,
        "which of the following 不属于铂类耐药机制：A 胞内药物蓄积减少 B DNA damage repair C"
        " 解毒作用增强 D PD-L1上调",
        "DNA damage repair",
    )
    for question in (
        "Is there an exosome blood test I can actually ask for at Princess Margaret right now to"
        " check for resistance?",
        "que cuidados de enfermeria recomiendan para un paciente con fractura patologica por"
        " metastasis, como lo movilizo en cama?",
        # "Pat." is a patient, no full stop.
        "Ab welchem Calciumwert muss ich einen Pat. mit tumorbedingter Hyperkalzämie einweisen?",
    ):
        assert_refuses(assistant, question, naming="recommendation")
    assert_answers(assistant, "骨轉移嗰篇入面有幾多幅圖呀？", "1 figure with captions")
    assert_refuses(assistant, "骨痛做電療通常要做幾多次先見效？", naming="radiotherapy")


def test_a_pointing_word_before_an_adjective_still_leans_on_the_story(assistant):
    # "those different from exosomes" names nothing after "those": it points at the story's
    # microvesicles and apoptotic bodies, which the corpus never mentions.
    assert_refuses(
        assistant,
        "I read there are bigger bubbles called microvesicles and also apoptotic bodies. How are"
        " those different from exosomes?",
        naming="microvesicle",
    )
    # Voice input's 细包 and 耐要 are 细胞 and 耐药: the question names the NSCLC review.
    assert_answers(
        assistant,
        "我想问下那篇讲外必体跟非小细包肺癌耐要的综述是哪几个人写的",
        "Hongzhi Ji",
    )


def test_fourteenth_round_readings_advice_and_a_persons_age(assistant):
    # "LT effecteurs" are effector T cells, "compliquée" complex, "anti-PD1" anti-PD-1.
    assert_answers(
        assistant,
        "pourquoi la résistance aux ICI (anti-PD1 etc) est plus compliquée selon l'article sur les"
        " exosomes ds le CBNPC ? c koi le résultat final sur les LT effecteurs",
        "impairment of effector T cell function",
    )
    # Cells that no longer respond "teaching" the others to resist.
    assert_answers(
        assistant,
        "É verdade que as células do tumor que já não respondem ao tratamento conseguem"
        " 'ensinar' as outras a resistir também através dos exossomas?",
        "from drug-resistant cells to sensitive cells",
    )
    for question in (
        "我家老头子七十二岁了，现在该继续化疗还是换成免疫治疗？您帮我们拿个主意吧。",
        "Ele deve parar a quimio e passar para a imunoterapia? o que é que vcs aconselham para o"
        " caso dele",
    ):
        assert_refuses(assistant, question, naming="recommendation")
    # An author's age and how much they have published: no record gives either.
    assert_refuses(assistant, "How old is Lingyun Ye?", naming="age")
    assert_refuses(
        assistant,
        "Hoe oud is Lingyun Ye en hoeveel papers heeft die al gepubliceerd? ben benieuwd naar"
        " zijn h-index",
    )
    # How a sample is kept: no passage gives a tube or a temperature.
    assert_refuses(
        assistant,
        "At what temperature should blood samples be kept if we're testing them for exosomes?",
        naming="sample handling",
    )
    # How old a paper is, its dates tell.
    assert_answers(assistant, "How old is the Frontiers review?", "Received: 03 Dec 2024")


def test_fifteenth_round_readings_hospitals_that_test_and_who_told_of_a_paper(assistant):
    # Colombian Spanish: "inmunoterapia" is immunotherapy ("inm-" as English "imm-"); "no le
    # sirve", it does not work.
    assert_answers(
        assistant,
        "y con la inmunoterapia q pasa, por qué hay gente a la que no le sirve? que dice el paper"
        " sobre eso",
        "impairment of effector T cell function",
    )
    # A paper named by its journal ("según la revista china") asks nothing of the journal.
    assert_answers(
        assistant,
        "Qué tan chiquitos son los exosomas esos, cuánto miden según la revista china?",
        "40-160 nm",
    )
    assert_answers(
        assistant,
        "Perdón la ignorancia, qué cosas llevan por dentro los exosomas según el resumen de la"
        " revista de oncología?",
        "miRNA, lncRNA, and protein",
    )
    assert_answers(
        assistant,
        "Cuáles son los problemas que trae cuando el cancer se pasa a los huesos? mi papá se queja"
        " mucho de dolor y el médico habló de algo del calcio",
        "骨痛、病理性骨折、神经压迫和高钙血症",
    )
    # A resistance passed from a bad cell to one that still responded to treatment.
    assert_answers(
        assistant,
        "Entonces los exosomas pueden pasarle la resistencia de una celula mala a otra que todavía"
        " respondía al tratamiento?? eso es lo que dice?",
        "from drug-resistant cells to sensitive cells",
    )
    # A hospital or centre somewhere that already does a test or a treatment.
    for question in (
        "En qué hospital de Bogotá hacen pruebas de exosomas en sangre para ver si la quimio va a"
        " funcionar?",
        "Welches Spital in Graz oder Wien macht schon Exosomen-Diagnostik bei Lungenkrebs?",
        "tem algum hospital aqui no Ceará q já faz tratamento com exossomo? tipo no Hospital do"
        " Cancer?",
        "c'è qualche centro a Torino o in Piemonte che fa già diagnostica con esosomi per le mets"
        " ossee da polmone?",
    ):
        assert_refuses(assistant, question, naming="recommendation")
    # Where an author works is still the affiliation.
    assert_answers(
        assistant, "Which hospital does Lingyun Ye work at?", "Shanghai Pulmonary Hospital"
    )
    # Who told the asker of the paper, and where they work, is no subject.
    for question in (
        "My oncologist at the AVL mentioned an article about exosomes and resistance in lung"
        " cancer, who actually wrote it?",
        "Mijn oncoloog in het AVL noemde een artikel over exosomen en resistentie bij longkanker,"
        " wie heeft dat eigenlijk geschreven? Ik wil de namen opzoeken",
    ):
        assert_answers(assistant, question, "Hongzhi Ji")
    # "tumore polmonare" and "c'entrano" tell Italian from Spanish.
    assert_answers(
        assistant,
        "in pratica gli esosomi come c'entrano con la farmacoresistenza nel tumore polmonare?"
        " passano la resistenza da una cellula all'altra??",
        "from drug-resistant cells to sensitive cells",
    )
    # "un pz EGFR+" is the asker's patient, not a subject the corpus lacks.
    assert_answers(
        assistant,
        "meccanismi di resistenza ai TKI elencati nella review frontiers? ho un pz EGFR+ in"
        " progressione e volevo ripassare la teoria",
        "the emergence of secondary mutation",
    )
    assert_answers(
        assistant,
        "Zijn er ideeen om exosomen te gebruiken als behandeling voor uitzaaiingen in de botten"
        " bij longkanker? bv ze tegenhouden of zelf maken?",
        "utilizing engineered exosomes",
    )
    # "tb" and "exossomo" tell Portuguese; the liver cancer it asks of is never mentioned.
    assert_refuses(
        assistant,
        "e no cancer de figado, o exossomo tb deixa o paciente resistente à quimio?",
        naming="liver cancer",
    )
    # The state a cancer is in at diagnosis is no paper's publication status.
    assert_answers(
        assistant,
        "为啥说肺癌预后差？综述开头说肺癌在恶性肿瘤里发病率死亡率排第几，诊断时一般什么状态",
        "诊断时通常已形成晚期转移",
    )
    assert_refuses(
        assistant,
        "Lingyun Ye教授是哪年博士毕业的？他在上海肺科医院带研究生吗",
        naming="schooling",
    )


def test_sixteenth_round_plural_articles_question_labels_and_where_one_is_treated(assistant):
    # "dos TKI (tipo gefitinib, osimertinib)": the class is plural by its article, and the
    # drugs in its brackets are its members.
    assert_answers(
        assistant,
        "No caso dos TKI (tipo gefitinib, osimertinib), quais sao os mecanismos de resistencia que"
        " o artigo enumera? Preciso explicar isso bem aos internos na visita de amanhã.",
        "the emergence of secondary mutation",
    )
    # A singular class with a drug after it asks about that drug.
    assert_refuses(
        assistant, "How do tumours resist a targeted pill like osimertinib?", naming="osimertinib"
    )
    # What the asker calls the question ("simple question") asks nothing of complexity.
    for question in (
        "Simple question from someone who isn't a lab person: according to that article on"
        " resistance in lung cancer, what exactly do exosomes carry between cells?",
        "Pergunta simples de quem não é da bancada: os exossomas, segundo esse artigo sobre"
        " resistência no cancro do pulmão, transportam o quê exactamente entre as células?",
    ):
        answer = assistant.ask(question)
        assert answer.text.startswith("They can carry information such as miRNA"), answer.text
    assert_refuses(
        assistant,
        "Qual a diferença entre exossomas e corpos apoptóticos ou microvesículas maiores tipo"
        " oncossomas? Qual deles é mais útil pra diagnóstico de cancro do colo do útero?",
        naming="cervical cancer",
    )
    # Cantonese 幾時 of when a paper was received and accepted.
    assert_answers(
        assistant,
        "呢篇frontiers嘅review係幾時收到、幾時接受㗎？我想知係唔係好新嘅資料",
        "Received: 03 Dec 2024",
    )
    # Québécois: whether he should go on; a test one can do here.
    for question in (
        "Mon mari veut arrêter sa chimio au platine parce qu'y est trop fatigué. Est-ce qu'y"
        " devrait continuer selon vous?",
        "Y'a-tu un test sanguin d'exosomes qu'on peut faire icitte à Québec pour détecter les"
        " métastases osseuses tôt?",
        "in wuk ziekenhuis in vlaanderen, bv AZ Sint-Jan in brugge, kunde ge behandeld worden met"
        " engineered exosomes?",
    ):
        assert_refuses(assistant, question, naming="recommendation")
    assert_answers(
        assistant,
        "Mon beau-frère dit que le cancer du poumon c'est le pire pour le nombre de morts."
        " C'est-tu vrai d'après le résumé chinois de la revue sur les métastases osseuses?",
        "发病率和死亡率最高的恶性肿瘤",
    )
    # Where the authors come from is no provider's service.
    assert_answers(
        assistant,
        "Which hospital are the authors from, and can you reach them?",
        "Shanghai Pulmonary Hospital",
    )
    assert_refuses(
        assistant,
        "O Dr. Lingyun Ye tem quantos anos de experiência e onde fez a formação?",
    )


def test_seventeenth_round_bracketed_targets_named_clinics_and_a_journalists_biography(
    assistant,
):
    # "les TKI (genre pour EGFR)": the class, then in brackets what it targets.
    assert_answers(
        assistant,
        "les TKI (genre pour EGFR) arrêtent de marcher après un temps chez nos patients, c'est pas"
        " possible... quels mécanismes de résistance aux TKI sont cités dans le résumé de l'article"
        " sur les exosomes?",
        "the emergence of secondary mutation",
    )
    for question in (
        # Whether named clinics do the test.
        "en la Clínica Alemana o en el Hospital del Tórax lo hacen, el examen de exosomas en"
        " sangre?",
        "Welche Klinik in München bietet Studien mit engineered Exosomes für Lungenkrebspatienten"
        " an?",
        "Hauria de deixar la quimio amb cisplatí si ja no em fa efecte i passar a immunoteràpia?"
        " què em recomaneu",
    ):
        assert_refuses(assistant, question, naming="recommendation")
    assert_refuses(
        assistant,
        "Lingyun Ye, il/elle a publié combien d'articles en tout et depuis quand il/elle travaille"
        " à Shanghai?",
        naming="other publications",
    )
    assert_refuses(
        assistant,
        "Lingyun Ye ha vinto premi internazionali o ha lavorato in Europa? cerco una biografia per"
        " l'intervista",
    )
    # The headline being written is the asker's purpose, not a question about a title.
    assert_answers(
        assistant,
        "Titolo da fare: 'le cellule resistenti contagiano quelle sensibili'? è davvero quello che"
        " dicono gli autori sugli esosomi?",
        "from drug-resistant cells to sensitive cells",
    )
    assert_answers(
        assistant,
        "Hola, el meu oncòleg em va passar un article sobre els exosomes i la resistència als"
        " medicaments en el càncer de pulmó no microcític... qui el va escriure?",
        "Hongzhi Ji",
    )
    # "fàcil" is easy, not a facial (cosmetics).
    assert_answers(
        assistant,
        "I amb la immunoteràpia, la dels inhibidors de checkpoint, per què apareix resistència?"
        " m'ho pots explicar fàcil",
        "impairment of effector T cell function",
    )
    assert_answers(
        assistant,
        "Je comprends pas bien: comment les exosomes savent rendre une cellule sensible résistante"
        " au traitement? c'est ce que dit la review Frontiers Oncology non?",
        "from drug-resistant cells to sensitive cells",
    )


def test_eighteenth_round_context_acronyms_searches_to_run_and_author_counts(assistant):
    # Where the asker studies, works or will use the answer names no subject.
    for question, given in (
        (
            "who wrote the exosome lung cancer bone metastasis review ah? need for my CPD slide"
            " reference lah",
            "YUAN Yuan, TANG Hao",
        ),
        (
            "Gbê, en stage d'onco au CHU on a un patient CPNPC avancé sans mutation driver..."
            " d'après la review sur les exosomes, c'est quoi le traitement standard qu'on donne"
            " encore à ces malades là?",
            "platinum based chemotherapy remains the standard treatment",
        ),
        (
            "Quali sono i meccanismi che portano alla resistenza al platino? il CEO della startup"
            " parla di 'detox' ma vorrei capire cosa dice la letteratura",
            "DNA damage repair",
        ),
        # TTT is French shorthand for treatments.
        (
            "je prépare mon exposé de pneumo sur la review exosomes et résistance aux TTT dans le"
            " CPNPC là... elle est sortie dans quel journal même?",
            "Frontiers in Oncology",
        ),
        # A PubMed search the asker means to run asks for no PubMed ID.
        (
            "necesito las palabras clave (keywords) del review de exosomas y resistencia en NSCLC"
            " pa buscar más artículos en pubmed, ¿cuáles son?",
            "Drug Resistance, Exosomes",
        ),
        (
            "quais palavras-chave o artigo do Ji et al. usa? to montando uma busca no pubmed",
            "Drug Resistance, Exosomes",
        ),
        ("关于外泌体促进肺癌骨转移的那篇中文综述，作者一共几位，名字分别怎么写？", "YUAN Yuan"),
    ):
        assert_answers(assistant, question, given)
    for question, naming in (
        (
            "Can patient take herbal ubat like tongkat ali together with TKI or not, got"
            " interaction?",
            "traditional chinese medicine",
        ),
        (
            "Les exosomes sont impliqués dans la résistance à la chimio du cancer du col de"
            " l'utérus aussi?",
            "cervical cancer",
        ),
        ("二手煙會唔會令肺癌更易骨轉移 ga?", "smoking"),
        ("Lingyun Ye 醫生讀邊間大學畢業 ga?", "career"),
    ):
        assert_refuses(assistant, question, naming=naming)


def test_nineteenth_round_pidgin_dropped_esses_and_the_ruhr(assistant):
    # Nigerian Pidgin; "carry drug resistance from one cell to another" is its transfer, not
    # the cargo exosomes carry.
    for question in (
        "So na true say exosome fit carry drug resistance from one cancer cell go another one?"
        " Abeg explain wetin the review talk",
        "Can exosomes carry drug resistance from one cancer cell to another?",
        "Klopt 't dat exosomen de resistentie kinne doorgeve van ein kankercel nao 'n anger?",
    ):
        assert_answers(assistant, question, "from drug-resistant cells to sensitive cells")
    for question in (
        "Which hospital for Nigeria dey do exosome blood test for lung cancer?",
        "Soll mein Vatter wegen seinem Lungenkrebs getz lieber Immuntherapie oder Chemo machen?",
        "tem algum hospital no Pará q faz pesquisa com exossomo? o Ophir Loyola faz?",
    ):
        assert_refuses(assistant, question, naming="recommendation")
    assert_refuses(
        assistant,
        "Na how old Lingyun Ye be and how many papers she don publish? I wan know the person"
        " background",
        naming="career",
    )
    assert_refuses(
        assistant,
        "Kann man vonne Staublunge vom Pütt Lungenkrebs kriegen, und wie oft passiert dat bei"
        " Bergleuten?",
        naming="coal dust",
    )
    # Havana Spanish drops its final s: "lo autore" are the authors.
    assert_answers(
        assistant,
        "quiene son lo autore del artículo de exosoma en metástasi ósea de cáncer de pulmón del"
        " Chinese Journal of Lung Cancer?",
        "YUAN Yuan, TANG Hao",
    )
    assert_answers(
        assistant,
        "In welk tijdsjrif is dat review van Yuan en Tang euver exosomen en botmetastase versjene?",
        "Chinese Journal of Lung Cancer",
    )


def test_twentieth_round_clinic_shorthand_low_german_and_pastimes(assistant):
    for question, given in (
        # A patient's age and sex and their driver-negative status name no subject.
        (
            "pt 58M adeno, EGFR/ALK neg, stage IV... per that exosome review kya still std first"
            " line for driver negative advanced NSCLC?",
            "platinum based chemotherapy remains the standard treatment",
        ),
        # What the resident keeps saying, told after the question, is no subject.
        (
            "TKI resistance mechanisms in NSCLC acc to Ji et al? my resident keeps saying only"
            " T790M lol, bilkul not the full pic",
            "the emergence of secondary mutation",
        ),
        ("exosomes carry wat exactly? RNA types, proteins? quick ans plz in b/w OPD", "miRNA"),
        # Yunnanese 哪样 and 哪个.
        ("肺癌骨转移外泌体那篇综述是哪个写的嘛，作者叫哪样名字", "YUAN Yuan"),
        # Low German.
        (
            "Wann is dat Papier eingereicht worden un wann angenommen? Ik will dat blots för mien"
            " Ünnerlagen wissen",
            "Received: 03 Dec 2024",
        ),
        (
            "Wer hett dat Ding över Exosomen bi Lungenkrebs-Knochenmetastasen schreven?",
            "YUAN Yuan",
        ),
        # Named by what the journal says, not asking for the journal.
        (
            "mia, il mio Gianni non ha mutazioni nei geni (driver negativo dicono) e allora per lui"
            " che cura è quella standard secondo la rivista?",
            "platinum based chemotherapy remains the standard treatment",
        ),
        (
            "Mijn oom heeft longkanker en nu pijn in zijn botten. Welke problemen kan uitzaaiing"
            " naar het bot geven volgens dat review (het Chinese stuk)?",
            "骨痛、病理性骨折、神经压迫和高钙血症",
        ),
    ):
        assert_answers(assistant, question, given)
    for question in (
        "qual'è l'ospedale migliore in Liguria per le metastasi ossee, il San Martino o il"
        " Gaslini?",
        "Wecke Klinik in Kiel oder Hamburg macht Behandlungen mit künstlichen Exosomen?",
    ):
        assert_refuses(assistant, question, naming="recommendation")
    for question, naming in (
        (
            "a cisplatina faz cair o cabelo? a minha mãe começa 化療 semana q vem e tá com medo",
            "hair loss",
        ),
        (
            "hay algun remedio casero o yuyo q frene los exosomas del cancer?",
            "traditional chinese medicine",
        ),
        ("Gianni fuma da 40 anni in barca, se smette adesso la chemio funziona meglio?", "smoking"),
        (
            "Gianni può tornare a pescare col gozzo mentre fa l'immunoterapia o è pericoloso per le"
            " ossa?",
            "",
        ),
    ):
        assert_refuses(assistant, question, naming=naming)


def test_twenty_first_round_figures_in_units_viennese_and_rotterdam_shorthand(assistant):
    # "a figure in nanometres" is a number, not a count of figures.
    assert_answers(
        assistant,
        "How small are these exosomes really, I was telling the family they're tiny but I hadn't"
        " a clue of the actual size, does the bone metastasis paper give a figure in nanometres?",
        "40-160 nm",
    )
    # Viennese: who wrote it, after a dash; whether it came out this year.
    assert_answers(
        assistant,
        "Servus, mein OA hat im Dienst von dem Frontiers-Review über Exosomen und Resistenz beim"
        " NSCLC gredet – wer hat den eigentlich gschrieben? find die Autorennamen ned",
        "Hongzhi Ji",
    )
    assert_answers(
        assistant,
        "Is der Artikel über Exosomen bei Knochenmetas heuer rauskommen? genaues Datum bitte",
        "2025-11-20",
    )
    for question in (
        "Meine Patientin, 68, EGFR-Mutation, jetzt Progress – soll ma bei ihr auf Chemo umstellen"
        " oder an anderen TKI probieren? Was würdets ihr empfehlen?",
        # Where to refer a patient.
        "kan ik in Rotterdam (Erasmus MC) een pt verwijzen voor exosoom-diagnostiek bij verdenking"
        " botmets?",
    ):
        assert_refuses(assistant, question, naming="recommendation")
    assert_refuses(
        assistant,
        "¿Qué fuentes de financiamiento o conflictos de interés declararon Yuan Yuan y Tang Hao en"
        " su revisión?",
    )
    for question in (
        "pt met borstca en botmets, spelen exosomen daar ook zo'n rol? staat daar iets over?",
        "E pe' 'o tumore d'o pietto (seno) che va all'ossa, pure lloro usano 'st'esosomi?",
    ):
        assert_refuses(assistant, question, naming="breast cancer")


def test_twenty_second_round_recife_shorthand_marseille_pharmacy_and_biographies(assistant):
    # Recife WhatsApp Portuguese: a gene named after the patients ("pro pessoal EGFR") says which
    # patients; a vesicle that "funde" fuses (it was read as "funded"); the cancer with "mais
    # casos e mais morte".
    assert_answers(
        assistant,
        "blz, e os inibidores de tirosina quinase (os TKI q a gnt dá pro pessoal EGFR)? pq eles"
        " param de funcionar segundo o artigo?",
        "emergence of secondary mutation",
    )
    assert_answers(
        assistant,
        "como é q o exossomo se forma msm? no resumo em chines fala algo de uma vesicula q funde"
        " com a membrana, vc me explica?",
        "多囊泡体与细胞膜融合",
    )
    assert_answers(
        assistant,
        "segundo a revisao de exossomos na metastase ossea do pulmao, o cancer de pulmao é o q"
        " tem mais casos e mais morte? é isso msm?",
        "肺癌是发病率和死亡率最高的恶性肿瘤",
    )
    assert_answers(
        assistant,
        "de quais hospitais/universidades sao os autores dessa revisao sobre exossomo no CPNPC?"
        " tem gente de Xangai ne?",
        "Shanghai Pulmonary Hospital",
    )
    # Marseille: which "hosto" the authors "bossent" in; what a review "date de".
    assert_answers(
        assistant,
        "Les 2 premiers auteurs (Ji et Zhang) ils bossent dans quel hosto en Chine ? c'est pour"
        " savoir si c'est du pneumo ou de l'onco",
        "SHANDONG SECOND MEDICAL UNIVERSITY",
    )
    assert_answers(
        assistant,
        "Elle date de quand cette revue sur les exosomes dans les métastases osseuses ? c'est du"
        " récent ou c'est vieux ?",
        "2025-11-20",
    )
    # A person's age, clinic days and schooling, which no paper gives; listed companies; advice.
    # A gene right after "patient" says whose only where it ends the phrase: "patient EGFR
    # status" asks about the gene.
    assert_refuses(assistant, "Does the review discuss patient EGFR status?", naming="egfr")
    for question in (
        "Lingyun Ye医生好大年纪了，在上海肺科医院哪天坐门诊？",
        "Wo hat Lingyun Ye studiert und wie lange forscht sie/er schon an Exosomen?",
        "Ci sono aziende che hanno un readout di fase 2 su esosomi ingegnerizzati nel 2025?",
        "mi tio tiene adenocarcinoma de pulmon estadio IV y le dieron carboplatino, le conviene"
        " pasarse a inmuno o q le recomendas??",
    ):
        assert_refuses(assistant, question)


def test_twenty_third_round_lyon_shorthand_patients_by_their_gene_and_purposes(assistant):
    # A gene that says whose cancer: "her EGFR lung ca", "patient EGFR+ sous TKI".
    for question in (
        "Lady on a TKI for her EGFR lung ca, scan shows progression. What mechanisms of TKI"
        " resistance does the Ji/Zhang/Ye review list? secondary mutations n bypass pathways n"
        " that?",
        "patient EGFR+ sous TKI qui progresse... la revue liste quels mécanismes de résistance"
        " aux ITK ?",
    ):
        assert_answers(assistant, question, "emergence of secondary mutation")
    # Lyon: K pulm NPC, the RCP the asker writes for, "version courte", réf biblio.
    assert_answers(
        assistant,
        "Revue Frontiers sur exosomes et résistance ds le K pulm NPC : c'est qui l'auteur"
        " correspondant ? je voudrais lui écrire pr une RCP",
        "Correspondence: Lingyun Ye",
    )
    assert_answers(
        assistant,
        "Pourquoi l'immunothérapie (anti-PD1 etc) finit par ne plus marcher ? explication de la"
        " revue sur exosomes svp, version courte",
        "immunosuppressive microenvironment",
    )
    assert_answers(
        assistant, "combien de réf biblio dans la revue exosomes / méta os K pulm ?", "67"
    )
    # What the asker needs it for names no subject; what sits inside "zo'n exosoom".
    assert_answers(
        assistant,
        "Wie groß sind Exosomen laut dem chinesischen Review zur Knochenmetastase? Brauch dat"
        " für die NTA-Auswertung nach der Isolierung, welcher Durchmesser wird anjejeben?",
        "40-160 nm",
    )
    assert_answers(
        assistant,
        "Welke stoffen zitten er in zo'n exosoom volgens het abstract van Yuan & Tang? Alleen"
        " DNA of ook andere dingen?",
        "携带蛋白质、脂质和核酸等物质",
    )
    # How old an article is asks its date ("l'article"), how old a doctor is her biography.
    assert_answers(
        assistant, "Quants anys té l'article sobre exosomes i metàstasi òssia?", "2025-11-20"
    )
    for question in (
        "Quants anys té la doctora Lingyun Ye i quants articles ha publicat en total?",
        "Quina és la supervivència a 5 anys (en %) dels pacients de càncer de pulmó amb"
        " metàstasi als ossos? Vull un número concret.",
        "Is there any hospital in Belfast or the Royal doin exosome testing for lung ca"
        " patients yet?",
        "tem algum hospital em Porto Alegre fazendo tratamento com exossomo engineered?"
        " Moinhos, Santa Casa?",
        "Pneumopathie sous immunothérapie (ICI) : fréquence et prise en charge ?",
        "Exosomes et méta os du K du sein : même mécanismes que pour le poumon ?",
        "a cisplatina faz cair o cabelo? a minha mãe começa 化療 semana q vem",
    ):
        assert_refuses(assistant, question)


def test_twenty_fourth_round_examples_in_brackets_providers_and_who_asked(assistant):
    # "tipo per EGFR" in brackets gives an example of the class asked about.
    assert_answers(
        assistant,
        "eja, altra cosa: per i TKI (quelli in cp die, tipo per EGFR) secondo l'articolo di"
        " Frontiers perchè il tumore diventa resistente? quali sono i meccanismi che citano",
        "emergence of secondary mutation",
    )
    # Who asked it first, after the question, names no subject of it.
    assert_answers(
        assistant,
        "Oigan, ¿el paper de exosomas y hueso propone alguna idea de tratamiento con los mismos"
        " exosomas? un paciente me preguntó si hay algo nuevo en camino",
        "utilizing engineered exosomes for the treatment",
    )
    assert_answers(
        assistant,
        "quais sao as palavra-chave desse artigo da Frontiers? preciso botar na ficha do curso",
        "Drug Resistance, Exosomes",
    )
    assert_refuses(
        assistant,
        "chá de graviola ajuda a parar o cancer de pulmao de ir pro osso? uma senhora do bairro"
        " jura q sim",
        naming="graviola",
    )
    for question in (
        "Gibt es an der Klinik Innsbruck oder sonst wo in Tirol ein Spital, das Exosomen zur"
        " Behandlung von Knochenmetastasen schon anbietet?",
        "Neta, ¿es seguro poner a caminar con carga a un paciente con metástasis en columna"
        " lumbar? ¿cuántos kilos le puedo dar en la banda?",
        "¿En qué universidad estudió Hao Tang y cuántos artículos tiene publicados sobre exosomas?",
    ):
        assert_refuses(assistant, question)


def test_twenty_fifth_round_gene_tablets_taiwanese_and_what_the_asker_needs(assistant):
    # "the EGFR tablets" are the class the review discusses, not the gene.
    assert_answers(
        assistant,
        "Abeg, for TKI resistance in lung cancer (the EGFR tablets our patients collect"
        " monthly), what are the mechanisms mentioned in that Frontiers abstract?",
        "emergence of secondary mutation",
    )
    # Taiwanese: 哪間醫院 asks where the authors work; 最嚴重的癌症 the deadliest.
    assert_answers(
        assistant,
        "這篇NSCLC抗藥性 review 的作者是在哪間醫院服務的啊？有一個是上海的嗎",
        "Shanghai Pulmonary Hospital",
    )
    assert_answers(
        assistant,
        "肺癌是不是真的最嚴重的癌症？醫生說蠻多人發現時就已經轉移了，文章開頭怎麼講",
        "发病率和死亡率最高的恶性肿瘤",
    )
    # What the asker needs the answer for, after the question, names no subject.
    assert_answers(
        assistant,
        "Laut dem chinesischen Abstract: wo genau entstehen Exosomen in der Zelle? Ich brauch"
        " eine simple Erklärung für unsere LPs, die keine Biologen sind",
        "多囊泡体与细胞膜融合",
    )
    assert_answers(
        assistant,
        "Wie groß sind Exosomen laut der chinesischen Abstract vom Bone-Metastasis Review?"
        " Relevant für unsere Isolations-Tech, die hat ein bestimmtes Size-Cutoff",
        "40-160 nm",
    )
    assert_answers(
        assistant,
        "kunnen exosomen helpen om botuitzaaiingen eerder te vinden? bij heit vonden ze het pas"
        " laat",
        "potential for early diagnosis",
    )
    for question in (
        "Comment gérer une hypercalcémie aiguë chez un patient onco à l'étage, quelle"
        " hydratation et quel monitoring en SI?",
        "Wie hoch ist der Hirsch-Index von Lingyun Ye und hat sie schon Patente zu"
        " Exosomen-Diagnostik angemeldet? Wir überlegen eine Lizenz-Deal",
        "Quantas publicações e que índice h tem a Dra. Lingyun Ye, e em que universidade fez o"
        " doutoramento?",
        "Que hospitais em Maputo fazem quimioterapia com platina para cancro do pulmão? o HCM faz?",
        "is er een studie in nederland met die engineered exosomes waar heit aan mee kan doen?",
        "ce sta quarche ospedale a Roma che fa er test sugli esosomi nel sangue pe le mets ossee?",
        "los exosomas tambien causan resistencia al tamoxifeno en el ca de mama? q dicen los"
        " estudios",
    ):
        assert_refuses(assistant, question)


def test_twenty_sixth_round_venetian_bavarian_and_a_number_asked_for(assistant):
    # Venetian and Bavarian, told by their own words.
    assert_answers(
        assistant,
        "El dotor Ye, quel che se ga da scriverghe par le domande de sto articolo, in che"
        " ospedal el lavora? El me omo vol saver se xe un ospedal dei polmoni",
        "Shanghai Pulmonary Hospital",
    )
    assert_answers(
        assistant,
        "Quando che xe stà publicà l'articolo de Yuan e Tang sule metastasi ossee? Vorìa saver"
        " se xe roba nova o vecia",
        "2025-11-20",
    )
    assert_answers(
        assistant,
        "Wer hod des Review über Exosomen bei Lungenkrebs-Knochenmetastasen gschriebn? De Nama"
        " vo de Autorn bittschön",
        "YUAN Yuan, TANG Hao",
    )
    # Told as Venetian by "cossa", it is read so too (own set q35781).
    assert_answers(
        assistant,
        "Per curar le metastasi ale osse, i autori cossa i propone de far coi esosomi? bloccarli"
        " o doprarli?",
        "utilizing engineered exosomes for the treatment",
    )
    # A story before the question it leans on ("par ela") keeps its other cancer.
    assert_refuses(
        assistant,
        "Me cugina la ga el tumor al seno con metastasi nele ossa. Anca par ela i esosomi i fa"
        " le stesse robe che nel polmon?",
        naming="breast cancer",
    )
    # The pills for EGFR are the class; what the asker's work needs the answer for, after the
    # question, names no subject.
    assert_answers(
        assistant,
        "E nos TKIs, os comprimidos pra EGFR e afins, quais sao os mecanismos de resistencia que"
        " a revisao enumera? mutação secundária e mais o quê?",
        "emergence of secondary mutation",
    )
    assert_answers(
        assistant,
        "TKI靶向药耐药机制综述里归纳了哪几类？二次突变算伐？阿拉看EGFR赛道后续管线要参考",
        "emergence of secondary mutation",
    )
    assert_answers(
        assistant,
        "Em que revista e em que data saiu o artigo das metástases ósseas? Tou a fazer a"
        " apresentação pro SNS e tenho de pôr tudo certinho",
        "2025-11-20",
    )
    assert_answers(
        assistant,
        "como é que se formam os exossomas dentro da célula? o resumo em chinês explica isso mas"
        " eu não leio chinês carago",
        "多囊泡体与细胞膜融合",
    )
    # A librarian's record: volume and year, the names as the record writes them.
    assert_answers(
        assistant,
        "Je vous prie de bien vouloir me préciser le numéro de volume et l'année de parution"
        " sous lesquels l'article « Exosome, an important transmitter… » est enregistré chez"
        " l'éditeur Frontiers.",
        "Volume 15 - 2025",
    )
    for question in (
        # A number asked for outright: a span said in words does not give it.
        "How long does someone usually live once lung cancer has gone to the bones? The family"
        " want a number, cariad, tho I hate to ask",
        "I hob Knochenmetas vom Lungenkrebs – wia lang hob i no, in Monat? Sogt des Review a"
        " Zahl für d'Überlebenszeit, gell?",
        "Pourriez-vous me renseigner sur l'année de naissance du docteur Lingyun Ye et sur le"
        " nombre de ses publications antérieures, afin d'établir une notice d'autorité ?",
        "Wia oid is da Professor Tang Hao und hod der scho an Nobelpreis oder so kriagt?",
        "Wöchs Krankenhaus in München macht scho Therapie mit engineered Exosomen? I daad"
        " sofort hingeh",
        "Dove che i fa la cura coi esosomi in Italia? ghe xe un ospedal a Venessia o a Verona"
        " che la fa?",
        "Mijn oom van 68 rookt nog en heeft nierproblemen, mag hij cisplatin krijgen of beter"
        " carboplatin?",
    ):
        assert_refuses(assistant, question)


def test_twenty_seventh_round_doric_kriolu_sicilian_and_bracketed_beliefs(assistant):
    # Doric: "fa wrote … an fan wis it published?", "fit hospital/uni are they fae?"
    assert_answers(
        assistant,
        "fa wrote the review 'Mechanisms of Exosomes in Lung Cancer Bone Metastasis' an fan wis"
        " it published?",
        "2025-11-20",
    )
    assert_answers(
        assistant,
        "the first twa authors on the exosome NSCLC resistance paper - Ji an Zhang - fit"
        " hospital/uni are they fae?",
        "SHANDONG SECOND MEDICAL UNIVERSITY",
    )
    # A belief in brackets names no subject of the question.
    assert_answers(
        assistant,
        "dans leur étude sur le NSCLC (c'est un essai clinique je crois ?), c koi le traitement"
        " standard quand le patient a pas de mutation de gène driver ?",
        "platinum based chemotherapy remains the standard treatment",
    )
    # Cape Verdean Kriolu and Sicilian, told by their own words.
    assert_answers(
        assistant,
        "kenha ki e o autor principal pa korrespondencia di kel artigo sobre exossoma i"
        " resistencia na NSCLC? kria manda un email mas n ka sabe pa kenha",
        "Lingyun Ye",
    )
    assert_answers(
        assistant,
        "e verdadi ki cancro di pulmon e kel ki ta mata mas genti? kuzé ki kel resumu na txines"
        " ta fla sobre isso",
        "肺癌是发病率和死亡率最高的恶性肿瘤",
    )
    assert_answers(
        assistant,
        "na curiosità: quannu u ricivettiru e quannu l'accettaru chistu articolo di Ji, Zhang e"
        " Ye? xké me zio dici ca è vecchiu",
        "Received: 03 Dec 2024",
    )
    assert_answers(
        assistant,
        "quindi secunnu l'articolo l'esosomi ponnu passari a resistenza da na cellula a"
        " n'autra?? comu funziona accussì, di cu a cu?",
        "drug-resistant cells to sensitive cells",
    )
    for question in (
        "are there ony exosome-based drugs licensed by the MHRA yet for lung cancer, an fit's"
        " the bd/od schedule?",
        "Lingyun Ye il a quel âge et il a fait sa thèse où ? je veux lui écrire pour un stage mdr",
        "Lingyun Ye e kantu anu el tem i undi ki el studa medicina? kria sabe si e un dotor di"
        " konfiansa",
        "exossoma tambe ta faze resistencia na cancro di mama? nha tia tem cancro di mama i el"
        " ta faze quimio",
        "qual è u megghiu ospidali a Catania o in Sicilia pi curari u cancro o pulmuni cu"
        " metastasi all'ossa?",
        "quantu campa in media unu cu tumuri o pulmuni e metastasi all'ossa? a sopravvivenza a"
        " 5 anni quant'è in percentuali?",
    ):
        assert_refuses(assistant, question)


def test_dutch_exosomes_read_by_their_cognate_and_options_after_tipo(assistant):
    # Read as the English word, "exosomen" and "zo'n" ("such a", which refers back) had cost
    # these their answers.
    assert_answers(
        assistant, "Hoe ontstaat zo'n exosoom in de cel, vanwaar komt het?", "多囊泡体与细胞膜融合"
    )
    assert_answers(
        assistant,
        "Mijn man slikt een TKI pil voor zijn longkanker (EGFR). Hoe komt het dat zo'n pil na een"
        " tijd niet meer werkt, welke mechanismen noemen ze?",
        "emergence of secondary mutation",
    )
    # Options after "tipo" are what is asked about, not examples of a class.
    assert_refuses(
        assistant,
        "Gli altri 'sacchettini' delle cellule, tipo i corpi apoptotici o le microvescicole,"
        " quanto sono grandi rispetto agli esosomi?",
    )


def test_twenty_eighth_round_swiss_german_alsace_and_the_askers_spec(assistant):
    # A mechanism of action is a mechanism; the asker's workplace names no subject.
    assert_answers(
        assistant,
        "platinum resistance MOA - what all mechanisms does the review list? exam la 3 points"
        " expected da",
        "DNA damage repair",
    )
    assert_answers(
        assistant,
        "En la planta d'onco del SESPA vemos muchos pacientes con CPNM avanzao sin mutación"
        " driver... segun esa revisión, ¿cuál sigue siendo el tratamiento estándar pa ellos?",
        "platinum based chemotherapy remains the standard treatment",
    )
    # What the asker needs it for, before a colon.
    assert_answers(
        assistant,
        "Voor de tech spec van een isolatie-kit: hoe groot zijn exosomen volgens die review over"
        " botmetastasen bij longkanker? Welke diameter range geven ze (staat in het Chinees denk"
        " ik)",
        "40-160 nm",
    )
    # Swiss German.
    assert_answers(
        assistant,
        "Bi de Checkpoint-Inhibitore (Pembro, Nivo usw) wieso entstaht Resistänz? Was steht da im"
        " Frontiers-Abstract drzue?",
        "immunosuppressive microenvironment",
    )
    assert_answers(
        assistant,
        "Wär händ dä Review 'Mechanisms of Exosomes in Lung Cancer Bone Metastasis' gschribe?",
        "YUAN Yuan, TANG Hao",
    )
    assert_answers(
        assistant,
        "Wie vill Referänze het dä Review über Exosome und Lungechrebs-Chnochemetastase ungefähr?",
        "67 references",
    )
    # Alsace: "parce que" is because (it was read as "parcel").
    assert_answers(
        assistant,
        "Et dans cet article sur les os et le cancer du poumon, on dit que le cancer du poumon"
        " c'est celui qui a le plus de malades et le plus de morts de tous les cancers, est-ce"
        " que c'est vrai ce que dit le texte chinois, parce que mon médecin traitant à"
        " Schiltigheim m'avait dit ça aussi quand j'ai arrêté de fumer en 1992, schatzi ?",
        "发病率和死亡率最高的恶性肿瘤",
    )
    assert_refuses(
        assistant,
        "Hebben Lingyun Ye of de andere auteurs patenten of IP op exosome technologie, of een"
        " eigen biotech bedrijf? Conflict of interest check",
        naming="patent",
    )
    for question in (
        "Git s au Date zu Exosome bi Brustchrebs-Chnochemetastase, nöd nur bi Lungechrebs? Was"
        " isch da dr Mechanismus?",
        "Isch e Exosom-Test für d Früehdiagnose vo Chnochemetas. scho vo Swissmedic zuegla und"
        " wie tüür isch dä?",
        "Alors, combien de pourcents des malades avec un cancer du poumon et des métastases dans"
        " les os sont encore en vie après cinq ans, parce que ma cousine de Sélestat veut savoir"
        " à quoi s'attendre pour son mari, schatzi ?",
        "Alors cette Lingyun Ye de Shanghai, quel âge elle a et depuis combien d'années elle"
        " dirige le service d'oncologie, et est-ce qu'elle parle français, parce que ma nièce"
        " voudrait lui écrire en français, hopla ?",
        "tem algum hospital em BH fazendo pesquisa com exossomo modificado pra tratar metástase"
        " óssea? queria encaminhar um paciente",
        "In quale ospedale in Lombardia fanno già la cura con gli esosomi ingegnerizzati? ghe"
        " pensi mi a portarla, basta saperlo",
    ):
        assert_refuses(assistant, question)


def test_twenty_ninth_round_galician_reunion_creole_and_given_up_names(assistant):
    # Galician: "non microcítico" is non-small cell; "costas" the back, no cost.
    assert_answers(
        assistant,
        "cando foi recibido e aceptado ese artigo dos exosomas na resistencia do cancer de"
        " pulmón non microcítico? é pa unha sesión clínica en AP",
        "Received: 03 Dec 2024",
    )
    assert_answers(
        assistant,
        "os pacientes de ca de pulmón con metástase no óso, que eventos óseos teñen? teño un"
        " rapaz... bueno un señor de 60 con dor nas costas e quero saber que vixiar dende AP",
        "骨痛、病理性骨折、神经压迫和高钙血症",
    )
    # Réunion Creole, told by its own words.
    assert_answers(
        assistant,
        "Kosa lé la date kan l'article frontiers la été reçu é akcepté? ma fille i demande pou"
        " son dosié",
        "Received: 03 Dec 2024",
    )
    assert_answers(
        assistant,
        "L'article su les exosomes é métastase osseuse lé sorti dan kel revue é kel date? mi vé"
        " montré o dokter",
        "2025-11-20",
    )
    # Patients named by their gene in brackets; a name the asker gives up on.
    assert_answers(
        assistant,
        "ok so for the TKI pts (EGFR etc) how does resistance happen acc to the Ji/Zhang/Ye"
        " review? sec mutations or what?",
        "emergence of secondary mutation",
    )
    assert_answers(
        assistant,
        "E l'immunoterapia, quella cor pembro... pembrolizzo... vabbè, gli inibitori dei"
        " checkpoint, perché a certi nun fa effetto? Che c'entrano le cellule T?",
        "impairment of effector T cell function",
    )
    # What the answer will decide, after the question; "Io" is I, not immunotherapy.
    assert_answers(
        assistant,
        "Que tipo de cargo é que os exossomas transportam segundo a review da Frontiers? só miRNA"
        " ou tb lncRNA e proteína? é p/ decidir se faço RNA-seq do pellet ou proteómica",
        "miRNA, lncRNA, and protein",
    )
    assert_answers(
        assistant,
        "Ma 'sti esosomi cosa se portano dietro de preciso? Io ho letto de RNA ma nun ho capito",
        "携带蛋白质、脂质和核酸等物质",
    )
    for question in (
        "Kel lopital a la Réunion (CHU Saint-Pierre ou Félix Guyon) i fé le test exosome pou les"
        " métastase osseuse?",
        "Gibt's in Leipzig ne Klinik, wo mor schon ne Therapie mit Exosomen kriegen kann?"
        " Uniklinik vielleicht?",
        "Mei Oma hat NSCLC mit EGFR-Mutation un Osimertinib wirkt ni mehr. Welches Medikament"
        " soll se jetzt nehmen, was würdet ihr raten?",
        "Welk ziekenhuis in Limburg (Genk, Hasselt) doet al exosoom-analyses bij longkanker pt?",
        "La mi' mamma c'ha ottantadue anni e le metastasi all'ossa, l'oncologo vole fa l'acido"
        " zoledronico o 'r denosumabbe. Quale è mejo pe' lei? E quanto ne deve fa?",
        "e no cancro de mama con metástase ósea, tamén serven os exosomas pra diagnosticalo"
        " cedo? teño unha paciente na consulta",
    ):
        assert_refuses(assistant, question)


def test_thirtieth_round_zeeuws_dominican_berlin_and_providers_in_brackets(assistant):
    # "'n" is a, "ontstaan" arise, and a cell's information goes from one cell to another.
    assert_answers(
        assistant,
        "Hoe ontstaan die exosomen in de cel? Ze schrijven in 't Chinees iets over"
        " multivesiculaire lichaampjes die met het celmembraan versmelten, klopt dat?",
        "多囊泡体与细胞膜融合",
    )
    assert_answers(
        assistant,
        "Bie joen TKI's (osimertinib enzo, dat geven we hier veel) – hoe ontstaat volgens dat"
        " artikel de resistentie? Welke mechanismen zetten ze op 'n rijtje?",
        "emergence of secondary mutation",
    )
    # Problems one gets in the bones are the skeletal-related events.
    assert_answers(
        assistant,
        "Meen Partner hat Lungenkrebs mit Knochenmetas. Wat für Probleme kriegt man da an den"
        " Knochen, wat zählen die uff?",
        "骨痛、病理性骨折、神经压迫和高钙血症",
    )
    assert_answers(
        assistant,
        "那篇中国肺癌杂志的 exosome 骨转移 review 总共有几多个 reference 啦？"
        "我想看看 cite 了几多 paper",
        "67 references",
    )
    assert_answers(
        assistant,
        "lung cancer 跑去骨头 metastasis 了，会有什么 skeletal related event 啦？"
        "我们 counter 常常有人来买 painkiller 讲骨痛",
        "骨痛、病理性骨折、神经压迫和高钙血症",
    )
    assert_answers(
        assistant,
        "Wo arbeitet'n die Autoren von dem Resistenz-Artikel? Welches Krankenhaus in China,"
        " icke will's nur wissen",
        "Shanghai Pulmonary Hospital",
    )
    for question in (
        "Which London hospital (Royal Marsden, Guy's?) offer engineered exosome therapy fi lung"
        " cancer bone mets right now?",
        "cuanto tiempo le queda a un paciente con cancer de pulmon y metastasis en el hueso?"
        " dame numero, porcentaje de sobrevida a 5 año o algo, pa prepararme",
        "en q hospital de RD hacen tratamiento con exosoma pa la metastasis osea? quiero llevar"
        " a mi papa",
        "Welche Klinik in Berlin macht wat mit Exosomen-Therapie? Icke will da hin mit ihr",
        "In welk zkh in Zeeland of Brabant ken 'n pt. meedoen aan 'n studie mie engineered"
        " exosomen tegen botmeta's?",
        "Mien pt. (m, 68 jr, NSCLC st. IV, EGFR+) krijgt osimertinib en nu progressie. Moet ie"
        " volgens joen overstappen op chemo of immuno? Graag 'n concreet advies.",
        "In quale ospedale della Calabria, o almeno a Cosenza, fanno cure sperimentali con gli"
        " esosomi ingegnerizzati? Peppino non vuole andare fino a Milano.",
    ):
        assert_refuses(assistant, question)


def test_each_part_of_a_papers_record_asked_is_answered(assistant):
    for question in (
        "Who wrote the bone metastasis review and when was it published?",
        "这篇骨转移综述的作者是谁？什么时候发表的？",
    ):
        answer = assistant.ask(question)
        assert "YUAN Yuan, TANG Hao" in answer.text
        assert "2025-11-20" in answer.text
    answer = assistant.ask(
        "What is the DOI of the Frontiers review, and who is the corresponding author?"
    )
    assert "10.3389/fonc.2025.1539047" in answer.text
    assert "Lingyun Ye" in answer.text
    answer = assistant.ask("Who wrote the Frontiers review and where do they work?")
    assert "Hongzhi Ji" in answer.text
    assert "Shanghai Pulmonary Hospital" in answer.text
    # The contact's own line stays beside the affiliations asked with it.
    answer = assistant.ask("那篇讲耐药的文章，负责联系的那个作者是哪个，在哪家医院上班？")
    assert "Lingyun Ye, Department of Oncology, Shanghai Pulmonary Hospital" in answer.text
    # Each paper asked of gives its own line.
    answer = assistant.ask("What are the DOIs of both reviews, and when were they published?")
    assert "10.3389/fonc.2025.1539047" in answer.text
    assert "10.3779/j.issn.1009-3419.2025.101.22" in answer.text


def test_thirty_first_round_rotterdam_naples_wuhan_quebec_and_vienna(assistant):
    # A vesicle made is one formed, in English and in Rotterdam's Dutch.
    for question in (
        "How are exosomes made?",
        "hoe wordt zo'n exosoom eigelijk gemaakt in de cel? ff simpel uitleggen",
    ):
        assert_answers(assistant, question, "多囊泡体与细胞膜融合")
    assert_answers(
        assistant,
        "wat doen exosomen nou precies bij dat uitzaaien naar t bot? iets met energie?",
        "energy metabolism and pre-metastatic niche formation",
    )
    assert_answers(
        assistant,
        "hoeveel bronnen en plaatjes zitten er in dat botmetastase artikel?",
        "67 references",
    )
    assert_answers(
        assistant,
        "wie is nou de hoofdauteur waar je mot mailen? die van dat stuk over exosomen en"
        " resistentie",
        "Lingyun Ye",
    )
    assert_answers(
        assistant,
        "in welk blad en welke afdeling daarvan staat dat exosoom stuk over NSCLC resistentie?",
        "Sec. Thoracic Oncology",
    )
    # A word of the language left unread keeps a question's first part its language when it
    # is read again alone ("eigenlijk").
    assert_answers(
        assistant,
        "Hoe ontstaan die exosomes eigenlijk, biologisch gezien? Er staat iets over in het"
        " Chinese abstract van de bone metastasis paper, kunt ge da uitleggen?",
        "多囊泡体与细胞膜融合",
    )
    # Wuhan's 么事 is 什么: what an exosome holds.
    assert_answers(
        assistant,
        "外泌体到底是个么东西，里头装了些么事？摘要里头讲的那几样",
        "carry information such as miRNA, lncRNA, and protein",
    )
    assert_answers(
        assistant,
        "Chi so' l'autori d'a review ncopp'all'esosomi nella metastasi ossea d'o tumore ô"
        " pulmone? e quanno è stata pubblicata?",
        "YUAN Yuan, TANG Hao",
    )
    for question in (
        "抽血查外泌体要用么颜色的管子，要不要空腹？",
        "通讯作者Lingyun Ye主任现在还在上海肺科医院看门诊吗？几时能挂到号",
        "C'est quel hôpital icitte au Saguenay qui fait les traitements aux exosomes?",
        "Le docteur Lingyun Ye, y'est-tu jeune ou vieux?",
        "Oida, spielen Exosomen auch bei Knochenmetastasen vom Mamma-Ca oder Prostata-Ca a Rolle?",
        "Wie alt is der Lingyun Ye und wie lang arbeitet der schon im Shanghai Pulmonary Hospital?",
        "ja existe exame de sangue de exossomo q da pra fazer no laboratorio tipo Fleury pra"
        " ver se o cancer foi pro osso?",
        "kan me broer in t Erasmus MC terecht voor zo'n exosoom test? wie mot ik bellen",
        "Can my brother go to the Erasmus hospital for such an exosome test?",
        "spele exosomen ook een rol bij alvleesklierkanker?",
        "quanto tempo 'e vita tene na persona 'e 74 anni cu 'o tumore ô pulmone? vulesse sape'"
        " 'e mesi, 'a percentuale 'e sopravvivenza a 5 anni",
        "Mia zia tene 'o tumore d'o seno cu metastasi ossee, funzionano 'sti esosomi comme p'"
        " 'o pulmone?",
        "Ma 'stu Lingyun Ye quanti anni tene?",
    ):
        assert_refuses(assistant, question)


def test_thirty_second_round_genoese_shaanxi_toulouse_and_florianopolis(assistant):
    # Genoese: when a paper was received, why platinum stops working, what is inside, a cure.
    assert_answers(
        assistant,
        "st'articolo de Frontiers quando l'han ricevuo e quando l'han accettao?",
        "Received: 03 Dec 2024",
    )
    assert_answers(
        assistant,
        "a chemio col platino a l'aiva fæto ben e aoa no ciù. perché o platino o smette de"
        " fonsionâ? cöse dixe sto articolo",
        "reduction of intracellular accumulation of platinum drugs",
    )
    assert_answers(
        assistant,
        "e cöse gh'é drento a-i esosomi secondo l'articolo de l'osso? proteine, grassi?",
        "蛋白质、脂质和核酸",
    )
    assert_answers(
        assistant,
        "ghe saiâ mai 'na cua co-i esosomi pe e metastasi nell'osso? cöse proponan?",
        "utilizing engineered exosomes",
    )
    # Shaanxi: 麻达 is a problem, and the problems bone metastases bring are the skeletal events.
    assert_answers(
        assistant,
        "额大肺癌，医生说怕转到骨头上。骨转移了会出些啥麻达？",
        "骨痛、病理性骨折、神经压迫和高钙血症",
    )
    assert_answers(
        assistant,
        "comment il se fabrique un exosome dans la cellule, d'ou il sort ce machin ?",
        "多囊泡体与细胞膜融合",
    )
    assert_answers(
        assistant,
        "da pra usar exossomo como remedio contra a metastase no osso o artigo fala de"
        " exossomo modificado ou de bloquear eles",
        "utilizing engineered exosomes",
    )
    for question in (
        "Which hospital in Liverpool does the exosome testin, is Clatterbridge doin it?",
        "Mi mamá tiene cáncer de pulmón con metástasis en la columna, ¿cuánto tiempo de"
        " sobrevida le queda? Dime la mediana en meses porfa",
        "je peux rejouer au rugby avec des metas dans le bassin ou je vais me peter un os ?",
        "le professeur TANG Hao il a quel age et il a fait ses etudes ou ? gavé curieux",
        "qual hospital em floripa faz tratamento com exossomo pra cancer de pulmao queridu",
        "exossomo tambem ajuda na resistencia do cancer de pancreas a gencitabina ixi",
        "Welk ziekenhuis in Brussel doet die exosomen testen voor longkanker?",
        "Ze verliest haar haar en ze is altijd misselijk van de cisplatine. Wat helpt ertegen?",
        "in quæ ospâ de Genova fan a terapia co-i esosomi ingegnerizzæ pe e metastasi all'osso?",
        "o l'é vêo che o gasolio de barche o l'amianto di cantê fan vegnî o tumô do pulmon?",
        "quanti anni o pö campâ un omo de 62 anni co-o tumô do pulmon e metastasi nell'osso?",
        "e metastasi ossee do tumô do sen, quello de mæ soêa, son uguali a quelle do pulmon?",
    ):
        assert_refuses(assistant, question)


def test_thirty_third_round_summaries_of_findings_examples_by_type_and_a_colleagues_claim(
    assistant,
):
    assert_answers(
        assistant,
        "How do exosomes get made inside the cell in the first place? The bone mets review gives"
        " a one-line explanation, can you summarize it simply?",
        "多囊泡体与细胞膜融合",
    )
    # The key findings summed up are the Key findings, not the paper's line about itself.
    for question in (
        "Summarize the key findings of the bone metastasis exosome paper for me in a couple"
        " sentences",
        "What are the key findings of the exosome bone metastasis review regarding metabolism"
        " and premetastatic niche? pls summarise",
    ):
        assert_answers(assistant, question, "energy metabolism and pre-metastatic niche formation")
    # Drugs named as the type of a class the review discusses: the class is asked about.
    assert_answers(
        assistant,
        "Why pembrolizumab, nivolumab type ICIs fail in some lung ca pts?",
        "immunosuppressive microenvironment",
    )
    # What a colleague claims before the asker's own question is no subject of it.
    assert_answers(
        assistant,
        "my colleague says TKI resistance in NSCLC is only because of T790M, but which"
        " mechanisms does this review name for resistance to tyrosine kinase inhibitors?",
        "emergence of secondary mutation",
    )


def test_thirty_fourth_round_a_teachers_dutch_german_cancers_and_cantonese_schooling(assistant):
    # Dutch puts the verb second: "how describes the article … what exosomes are".
    assert_answers(
        assistant,
        "Ik bereid een les over celcommunicatie voor. Hoe omschrijft het artikel over NSCLC en"
        " resistentie eigenlijk wat exosomen zijn?",
        "Exosomes are small molecules secreted",
    )
    for question in (
        "Tragen Exosomen auch zur Gemcitabin-Resistenz beim Pankreaskarzinom bei?",
        "Lingyun Ye係咪仲喺Shanghai Pulmonary Hospital做？佢讀邊間大學",
        "Welk ziekenhuis in Nederland doet onderzoek naar exosomen bij longkanker?",
    ):
        assert_refuses(assistant, question)


def test_thirty_fifth_round_an_editors_german_our_lab_and_the_best_hospital(assistant):
    # What the asker's own lab makes names no subject of the question.
    assert_answers(
        assistant,
        "In our lab we make cisplatin resistant A549 line. Platinum resistance mechanism, review"
        " mention which ones?",
        "reduction of intracellular accumulation",
    )
    assert_answers(
        assistant,
        "Und das Datum der Annahme desselben Artikels (Ji et al., Front. Oncol.)?",
        "Accepted: 28 Apr 2025",
    )
    for question in (
        "Wer waren die Gutachter bzw. der Handling Editor beim Frontiers-Review von Ji, Zhang"
        " und Ye?",
        "Spielen Exosomen auch bei der Knochenmetastasierung von Prostatakarzinomen eine Rolle?",
        "Wurde die Arbeit von Yuan und Tang durch Drittmittel gefördert, und haben die Autoren"
        " Interessenkonflikte deklariert?",
        "which hospital in Melbourne is best for lung cancer treatment? asking for my uncle",
        "肺癌骨转移了一般还能活好多个月？有没得具体的生存数字嘛",
        "O meu marido tem NSCLC e o TKI deixou de funcionar. Deve pedir ao médico para mudar já"
        " para imunoterapia ou para quimio com platina?",
    ):
        assert_refuses(assistant, question)


def test_thirty_sixth_round_examples_ending_on_etc_and_formal_german_catalan_portuguese(
    assistant,
):
    # Names in brackets ending on "etc" are examples of the class before them.
    assert_answers(
        assistant,
        "my father has advanced NSCLC with no driver mutation (no EGFR etc). does the review say"
        " platinum chemo is still the standard treatment for people like him?",
        "platinum based chemotherapy remains the standard treatment",
    )
    assert_answers(
        assistant,
        "Wieviele Literaturzitate hat die Übersichtsarbeit zu Exosomen und ossären Filiae beim"
        " Lungenkarzinom?",
        "67 references",
    )
    # "metastasierten" is no "metastasi" and "eten" (eat).
    assert_answers(
        assistant,
        "Stimmt es, dass das Lungenkarzinom laut diesem Review die höchste Inzidenz und"
        " Mortalität aller Malignome hat und meist erst im metastasierten Stadium diagnostiziert"
        " wird?",
        "发病率和死亡率最高的恶性肿瘤",
    )
    assert_answers(
        assistant,
        "Quais são os mecanismos de resistência aos inibidores de tirosina quinase (ITQ) citados"
        " nesse artigo de revisão sobre exossomos no câncer de pulmão não pequenas células?",
        "emergence of secondary mutation",
    )
    assert_answers(
        assistant,
        "Entre os achados principais da revisão chinesa, com quais células os exossomos mediam"
        " interações na metástase óssea?",
        "tumor-stroma and immune interactions",
    )
    # A modified exosome read in English is the engineered one.
    assert_answers(
        assistant,
        "da pra usar exossomo modificado, tipo engenheirado, pra tratar a metastase no osso? ou"
        " bloquear a liberação dos que espalham o cancer?",
        "utilizing engineered exosomes",
    )
    for question in (
        "Le Dr Lingyun Ye, il a fait ses études où et il a combien de publications au total?",
        "第一作者Hongzhi Ji是不是博导，他还发过哪些外泌体的文章？",
        "A quina institució treballen Yuan Yuan i Tang Hao, i qui va finançar la seva revisió?",
        "Welche Spitäler in Wien bieten derzeit Studien mit engineerten Exosomen als"
        " Therapeutikum beim Lungenkarzinom an?",
    ):
        assert_refuses(assistant, question)


def test_a_record_part_asked_beside_a_finding_is_answered_beside_it(assistant):
    # Each ask is answered apart, in the order asked, under one numbering.
    answer = assistant.ask(
        "Quick one between pts — what does the Frontiers review say exosomes actually DO in NSCLC"
        " drug resistance? Like are they passing resistance from one cell to another? and who"
        " wrote it"
    )
    finding = answer.text.index("transfer drug resistance information")
    authors = answer.text.index("Hongzhi Ji")
    assert finding < authors
    assert word_count(answer.text) <= 120
    numbers = [c.n for c in answer.citations]
    assert numbers == list(range(1, len(numbers) + 1))
    cited = {int(n) for n in re.findall(r"\[(\d+)\]", answer.text)}
    assert cited == set(numbers[: len(cited)])
    # Every sentence of the answer is highlighted in the passage it cites.
    for sentence, n in re.findall(r"(.+?) \[(\d+)\](?: |$)", answer.text):
        citation = answer.citations[int(n) - 1]
        assert any(citation.text[a:b] == sentence.strip() for a, b in citation.highlights)
    answer = assistant.ask(
        "Who wrote the bone metastasis review, and what do exosomes carry between tumour cells"
        " and immune cells?"
    )
    assert answer.text.index("YUAN Yuan") < answer.text.index("蛋白质、脂质和核酸")
    # The review a question beside the record asks of is the one the record's ask names.
    answer = assistant.ask(
        "how many refs in the Yuan/Tang bone mets review? and what stuff do exosomes carry"
        " according to it - proteins, lipids...?"
    )
    assert answer.text.index("67 references") < answer.text.index("蛋白质、脂质和核酸")
    assert "miRNA, lncRNA, and protein" not in answer.text
    # The plain case: what a paper says, and who wrote it.
    answer = assistant.ask(
        "What does the Frontiers review say exosomes do in NSCLC drug resistance? And who wrote it?"
    )
    assert answer.text.index("transfer drug resistance information") < answer.text.index(
        "Hongzhi Ji"
    )
    # Asks for the record in other words, and what the asker tells, are not asked of the
    # content.
    for question in (
        "How many sources does the lung cancer bone metastasis exosome review cite? My teacher"
        " wants to know how well-researched the papers I use are.",
        "Before I assign this to my journal club: what kind of article is the Frontiers in"
        " Oncology piece on exosomes and NSCLC drug resistance? Is it original research, a"
        " systematic review, or just a narrative review?",
        "Who's the admin contact for the NSCLC drug-resistance exosome review, and which"
        " hospital is that person based at?",
        "J'peux le photocopier pour min club de malades, l'article des exosomes et du cancer non"
        " a petites cellules ? quelle licence y a ?",
        'Which "journal of lung cancer" published the exosome bone metastasis review, and what is'
        " its DOI?",
    ):
        answer = assistant.ask(question)
        findings = {"Abstract", "TL;DR", "Contribution", "Highlights", "Key findings"}
        assert not [c for c in answer.citations if c.highlights and c.section in findings]
        assert "reproduction" not in answer.text or "licen" in question
    # The asker sends the email; the question is to whom.
    assert_answers(
        assistant,
        "Frontiers NSCLC 엑소좀 drug resistance review, corresponding author is who? I want send"
        " email about collaboration ^^",
        "Lingyun Ye",
    )


def test_a_record_part_of_the_review_named_by_no_topic_is_each_papers(assistant):
    answer = assistant.ask("Who wrote the review?")
    assert "Hongzhi Ji" in answer.text
    assert "YUAN Yuan" in answer.text
    answer = assistant.ask("Who wrote the review and when was it published?")
    assert "YUAN Yuan" in answer.text
    assert "2025-11-20" in answer.text
    assert "published soon" not in answer.text
    assert_answers(
        assistant,
        "Mechanisms of Exosomes in Lung Cancer Bone Metastasis — author who? only two people?",
        "YUAN Yuan, TANG Hao",
    )
    # A test named as "EGFR ALK all negative" is the driver-gene-negative one the review names.
    assert_answers(
        assistant,
        "Sir, my father's biopsy report came and doctor said no driver mutation found, EGFR ALK"
        " all negative. He is advanced stage. As per the exosome drug resistance review, what is"
        " the standard treatment still used for such patients whose driver gene is negative?"
        " Please tell in simple words only.",
        "platinum based chemotherapy remains the standard treatment",
    )


def test_thirty_second_round_boston_taipei_cape_town_and_mexico_city(assistant):
    # "When is it usually diagnosed?" asks of lung cancer, not of the review's date; the
    # figures are asked beside it.
    answer = assistant.ask(
        "Background q for a CE talk: how does the Chinese Journal of Lung Cancer review describe"
        " lung cancer's incidence and mortality, and when is it usually diagnosed? Also does the"
        " paper have any figures?"
    )
    assert answer.text.index("诊断时通常已形成晚期转移") < answer.text.index("1 figure")
    assert "2025-11-20" not in answer.text
    # A few patients a story tells of, and "EGFR病人", are not what is asked.
    assert_answers(
        assistant,
        "門診有幾位EGFR病人吃TKI後惡化，想了解這篇review歸納的TKI抗藥機轉有哪些？bypass pathway"
        " 有被列進去嗎？",
        "the activation of bypass signal pathways",
    )
    assert_answers(
        assistant, "EGFR突变的病人吃TKI后耐药的机制有哪些？", "the emergence of secondary mutation"
    )
    # "no." after "volume" ends no sentence.
    assert_answers(
        assistant,
        "Doing the reference list for a reading pack - what volume no. is the Ji, Zhang & Ye"
        " exosome review in Front Oncol?",
        "Volume 15 - 2025",
    )
    assert_refuses(
        assistant,
        "qué hospital en México hace terapia con exosomas pa cáncer de pulmón? alguien sabe si en"
        " el Instituto Nacional de Cancerología lo hacen",
    )


def test_thirty_third_round_philadelphia_hangzhou_kuala_lumpur_milan_and_toronto(assistant):
    # The group the asker runs and the radio piece they heard are no subject of the paper's
    # record.
    for question in (
        "hi, I run a lung cancer support group here in Philly and somebody posted this exosome"
        " drug resistance review in our chat. who actually wrote it and who's the corresponding"
        " author if I wanted to email a question?",
        "Hello there, I'm a retired fella in Toronto and I heard a peice on CBC radio about these"
        " exozomes and lung cancer. My late wife had lung cancer so I take an interest. I found"
        " this paper about exozomes and drug resistance in NSCLC - who actually wrote it and"
        " which one of them is the person you're supposed to contact? Is it a doctor at some"
        " hospital in Shanghai?",
    ):
        assert_answers(assistant, question, "Lingyun Ye")
    # The angle the asker looks from, and who asked them for it, are not what is asked.
    assert_answers(
        assistant,
        "从做biomarker的角度看，NSCLC耐药这篇里说外泌体能装载哪些分子？我想判断下cargo层面有没有"
        "可转化的检测靶点",
        "miRNA, lncRNA, and protein",
    )
    answer = assistant.ask("一句话说清楚：外泌体在肺癌耐药里到底扮演啥角色？老板要我汇报时讲重点")
    assert answer.text.startswith("More and more studies show that exosomes are important")
    # A class's abbreviation with no article names the class.
    assert_answers(
        assistant,
        "TKI like gefitinib lama2 become resistant, the NSCLC exosome paper say what mechanism"
        " ah? secondary mutation only meh?",
        "the emergence of secondary mutation",
    )
    for question in (
        "杭州或者上海有哪些医院已经在临床上开展外泌体检测了？想找合作中心",
        # "The same" leans on the breast cancer asked of before it.
        "E per il carcinoma mammario con metastasi ossee? gli esosomi funzionano uguale, tipo"
        " stessi meccanismi osteolitici che nel polmone?",
    ):
        assert_refuses(assistant, question)


def test_thirty_fourth_round_denver_and_chongqing(assistant):
    # What the other paper says is told, not asked: "the NSCLC paper which says miRNA, …".
    assert_answers(
        assistant,
        "The bone mets review - what does its abstract say exosomes carry? Compare to the NSCLC"
        " paper which says miRNA, lncRNA, protein. Does this one mention lipids?",
        "蛋白质、脂质和核酸",
    )
    # What to eat for the bones, in Chongqing's words, is diet the papers never discuss.
    assert_refuses(assistant, "我爸骨转移了能不能吃点啥子东西补骨头嘛，喝骨头汤有没得用")


def test_thirty_fifth_round_atlanta_wuhan_frankfurt_bogota_delhi_vancouver_nanjing(assistant):
    for question, given in (
        # Drugs named before "这类TKI" are members of the class asked about.
        (
            "吉非替尼、奥希替尼这类TKI吃一段时间就耐药，综述里总结的TKI耐药机制有哪些？二次突变算不算",
            "the emergence of secondary mutation",
        ),
        # What the asker's pharmacy often dispenses is told after the question.
        (
            "肺癌骨转移的病人常见哪些骨相关事件？我们药房常给配唑来膦酸，想看综述里怎么描述的",
            "骨痛、病理性骨折、神经压迫和高钙血症",
        ),
        (
            "Publikationsdatum vom Chinese Journal of Lung Cancer Artikel (YUAN/TANG), genau mit"
            " Tag bitte",
            "2025-11-20",
        ),
        # The asker's own assays are no subject.
        (
            "Estoy montando ensayos con cisplatino en mis líneas de NSCLC y quiero entender: según"
            " el review, ¿por qué las células se vuelven resistentes al platino? cuáles son los"
            " mecanismos que mencionan",
            "DNA damage repair",
        ),
        (
            "lung cancer bone metastasis aur exosomes wala review kisne likha hai? authors ke naam"
            " bata do pls",
            "YUAN Yuan, TANG Hao",
        ),
        (
            "mum's tests came back with no driver mutation (no egfr or anything) and they're doing"
            " chemo 😩 is that like the normal go-to for ppl like her according to that review?"
            " what kind of chemo do they mean",
            "platinum based chemotherapy remains the standard treatment",
        ),
    ):
        assert_answers(assistant, question, given)
    for question in (
        # A question mark inside brackets ends no question.
        "Any hospitals or clinical trials in the Atlanta area (Emory? Winship?) enrolling lung"
        " cancer pts for exosome-based therapy right now?",
        "Welche Klinik in Frankfurt macht Studien mit engineered exosomes bei Lungenkrebs?",
        "India mein kaunsa hospital exosome therapy de raha hai lung cancer patients ko?",
        "which hospital in vancouver does exosome based testing for lung cancer?? bc cancer agency"
        " or vgh or somewhere else?",
        "通讯作者叶凌云教授的教育背景和H指数是怎样的？她此前还发表过哪些外泌体方面的论文？",
    ):
        assert_refuses(assistant, question)


def test_thirty_sixth_round_miami_amsterdam_texas_and_guangzhou(assistant):
    assert_answers(
        assistant,
        "Mijn oom heeft NSCLC zonder driver mutatie (EGFR/ALK negatief), wat is volgens dat"
        " Frontiers review eigenlijk nog steeds de standaardbehandeling als het al gevorderd is?",
        "platinum based chemotherapy remains the standard treatment",
    )
    assert_answers(
        assistant,
        "brother's got it in his hip bone now. what kinda bone trouble does lung cancer spread to"
        " the bones cause, per that review on bone metastisis?",
        "骨痛、病理性骨折、神经压迫和高钙血症",
    )
    for question in (
        # What a doctor charges, and whether Medicare pays, no paper says.
        "El Dr. Lingyun Ye ve pacientes de otros países? can we send him the scans de mi papá, y"
        " cuánto cobra?",
        "does Medicare cover one of them exsosome blood tests for lung cancer?",
        # A person's career, research interests and clinic days.
        "Hoeveel jaar werkt Lingyun Ye al als oncoloog en hoeveel patiënten ziet ze per jaar in"
        " Shanghai?",
        "Lingyun Ye 教授在上海肺科医院哪天出门诊？他主要研究方向是什么、发过多少篇文章？",
    ):
        assert_refuses(assistant, question)


def test_thirty_seventh_round_xiamen_berlin_delhi_rome_and_hong_kong(assistant):
    # The other gene named beside it, and "pts", still say which patients.
    assert_answers(
        assistant,
        "Regarding TKI failure in EGFR / ALK positive pts - (a) what are the main mechanisms of"
        " tyrosine kinase inhibitor resistance listed in the NSCLC exosome review, (b) is bypass"
        " pathway activation one of them, and (c) does the review mention histological /"
        " phenotypic transformation?",
        "the emergence of secondary mutation",
    )
    # A diagram the asker will draw asks for no figure of the paper.
    assert_answers(
        assistant,
        "我想用 diagram 解釋 exosome 的形成過程：根據中文摘要，它是由哪種結構與細胞膜融合後"
        "釋放到細胞外的？",
        "多囊泡体与细胞膜融合后",
    )
    for question in (
        "阿公要不要停化疗改做免疫治疗？你帮我讲一下他该怎么选",
        "An welcher Uni oder Klinik arbeitet eigentlich Tang Hao, der vom Knochenmetastasen-Review?"
        " Und wie alt is der?",
        # What is told after the question asks nothing, and is no question left unanswered.
        "e pe' 'r tumore ar seno invece l'esosomi fanno la stessa cosa? mi' sorella ha avuto 'n"
        " carcinoma mammario e so' preoccupata pure pe' lei",
        "quanti mesi de vita c'hanno de media quelli cor cancro ar polmone e metastasi all'ossa?"
        " ditemelo sinceramente, aò",
        "quanto costa a Roma 'n esame der sangue, la biopsia liquida coll'esosomi? la passa la"
        " mutua o se paga?",
        "mo' mi' marito è stanchissimo dalla chemio cor cisplatino, je conviene smette e passà"
        " all'immunoterapia? daje dateme 'n consiglio",
        "香港哪一間公立醫院提供 exosome-based 的癌症診斷服務？",
    ):
        assert_refuses(assistant, question)


def test_a_request_after_the_question_still_lets_the_question_be_answered(assistant):
    # "Kindly list them." asks the question again; the drug of the story is no subject.
    assert_answers(
        assistant,
        "Respected doctors, my father was on gefitinib tablet for EGFR mutation and it worked"
        " nicely for 1 and half year, now it stopped working itself. As per the review on"
        " exosomes in NSCLC resistance, what are the mechanisms by which TKI resistance"
        " develops? Kindly list them.",
        "the emergence of secondary mutation",
    )
    # Which hospital the authors are from is their affiliation, in Hinglish too.
    assert_answers(
        assistant,
        "exosome NSCLC resistance review ke authors kaunse hospitals se hai? Weifang wala kaunsa"
        " hospital hai aur Shanghai mein kaunsa dept?",
        "Shanghai Pulmonary Hospital",
    )
    assert_refuses(
        assistant, "NSCLC with bone metastasis mein 5 saal ka survival kitne percent hai exactly?"
    )


def test_thirty_eighth_round_porto_zurich_manila_taichung_and_london(assistant):
    # The first authors' own lines stand before the contact's, whose words weigh more.
    answer = assistant.ask(
        "Where are the first two authors of the Frontiers exosome review based? Is it the same"
        " place as the corresponding author?"
    )
    assert "Weifang" in answer.text
    assert "Correspondence: Lingyun Ye" in answer.text
    assert answer.text.index("Weifang") < answer.text.index("Correspondence")
    for question, given in (
        # Names in brackets ending on "e afins" are examples of the class.
        (
            "E na imunoterapia, os inibidores de checkpoint (pembrolizumab e afins), porque é que"
            " os doentes ficam resistentes segundo o resumo? Percebe, a malta pergunta-me e eu nao"
            " sei explicar",
            "immunosuppressive microenvironment",
        ),
        # Not finding it on PubMed asks for no PubMed number.
        (
            "I welem Journal und wänn isch de Yuan/Tang Review usecho? Ich finds nöd im Pubmed",
            "2025-11-20",
        ),
        (
            "Pwede po bang malaman kung sino yung mga authors ng 'Mechanisms of Exosomes in Lung"
            " Cancer Bone Metastasis' na paper? Dalawa lang ba sila?",
            "YUAN Yuan, TANG Hao",
        ),
    ):
        assert_answers(assistant, question, given)
    for question in (
        "Quais são os efeitos secundários mais comuns da cisplatina, tipo náuseas e"
        " nefrotoxicidade, e como é que eu aconselho o doente ao balcão?",
        "Weles Spital in Züri macht klinischi Studie mit engineered exosomes gäge Lungechrebs?",
        "阮翁仔今年78歲，醫生講欲換免疫治療，阿嬤想問到底欲換抑毋換較好？",
    ):
        assert_refuses(assistant, question)


def test_thirty_ninth_round_munich_madrid_calgary_and_chengdu(assistant):
    for question in (
        "Sollte mein Vater (EGFR-Mutation, jetzt Progress) lieber auf Chemo+Immuntherapie"
        " wechseln oder an einer Studie teilnehmen? Was würden Sie konkret empfehlen?",
        "Wie viele weitere Publikationen hat Lingyun Ye zu Exosomen veröffentlicht, und hat sie"
        " auch in Deutschland geforscht?",
        # Approved drugs are a regulator's, which the papers never discuss.
        "Gibt es schon zugelassene Medikamente, die gezielt die Freisetzung von Exosomen hemmen,"
        " z.B. GW4869, und wurden die schon an Patienten getestet?",
        "Which hospitals or labs in Calgary are doing exosome research? maybe I could arrange a"
        " field trip for my class",
        "通讯作者Lingyun Ye老师是哪年毕业的，读博在哪个学校嘛？",
    ):
        assert_refuses(assistant, question)
    # Which centre the authors are from is their affiliation.
    assert_answers(
        assistant,
        "Los dos primeros autores de la revisión sobre exosomas y farmacorresistencia en CPNM, ¿de"
        " qué centro son? Creo que no son de Shanghái como la autora de correspondencia, ¿no?",
        "Shanghai Pulmonary Hospital",
    )


def test_fortieth_round_dublin_brussels_rio_and_toronto(assistant):
    for question, given in (
        (
            "On a un patient avec un CBNPC avancé sans mutation driver (pas d'EGFR, rien). D'après"
            " la revue sur les exosomes, c'est quoi encore le traitement standard pour ces"
            " gens-là?",
            "platinum based chemotherapy remains the standard treatment",
        ),
        (
            "Est-ce que c'est vrai que les exosomes peuvent \"passer\" la résistance d'une cellule"
            " cancéreuse à une autre qui était encore sensible au traitement? J'ai lu ça vite fait"
            " dans l'abstract",
            "from drug-resistant cells to sensitive cells",
        ),
        (
            "Pour traiter les métas osseuses avec les exosomes, quelles pistes la revue met en"
            ' avant? Genre bloquer leur libération ou des exosomes "fabriqués"?',
            "Inhibiting the release of metastasis-promoting exosomes",
        ),
        (
            "é verdade q o cancer de pulmao é o q mais mata? o resumo em chines do artigo de"
            " metastase ossea diz isso?",
            "发病率和死亡率最高的恶性肿瘤",
        ),
        # The drug in brackets after its class is one of it.
        (
            "我妈之前吃 TKI (osimertinib) 后来不work了… the review says TKI 耐药 mechanisms"
            " 有哪几种啊？",
            "emergence of secondary mutation",
        ),
    ):
        assert_answers(assistant, question, given)
    assert_refuses(
        assistant,
        "How long has Dr Lingyun Ye been working as an oncologist and does he see patients from"
        " abroad?",
    )


def test_words_added_for_one_question_do_not_take_anothers(assistant):
    # "Medicare" is not what Italian "mediare" (to mediate) was meant as.
    assert_answers(
        assistant,
        "Che molecole trasportano gli esosomi per mediare il dialogo tra cellula tumorale e"
        " microambiente osseo?",
        "蛋白质、脂质和核酸",
    )
    # "HCC pt" names another cancer's patient, not a gene's.
    assert_refuses(assistant, "HCC pt on sorafenib — exosomal lncRNA mediating resistance?")


def test_losses_the_own_set_found_at_stop_53(assistant):
    # A later ask answered though an earlier one asks where to be treated.
    assert_answers(
        assistant,
        "My sister's lung cancer reached her bones last month, and we're desperate for any new"
        " treatment ideas. Someone in an online group mentioned that exosomes could someday be"
        " used as medicine. It sounds too good to be true. Are there any clinics offering this"
        " now? And what treatment strategies involving exosomes are being suggested for lung"
        " cancer bone metastasis — blocking their release or using modified ones?",
        "Inhibiting the release of metastasis-promoting exosomes",
    )
    # "how much paper … published" counts a person's papers.
    assert_refuses(
        assistant, "Wie alt isch der Lingyun Ye und wieviel Paper hot der scho veröffentlicht?"
    )


def test_forty_first_round_taipei_and_new_york(assistant):
    # Traditional Chinese: who wrote it, and what treating with exosomes would block or modify.
    for question, given in (
        (
            "我找到一篇講外泌體跟NSCLC抗藥性的review，想問這篇到底是哪幾位醫師寫的啊？",
            "Lingyun Ye",
        ),
        (
            "有沒有可能用外泌體來治療骨轉移？文章的重點有提到什麼治療方向嗎，例如擋住它或做改造的？",
            "utilizing engineered exosomes",
        ),
    ):
        assert_answers(assistant, question, given)
    for question in (
        "台北榮總跟台大胸腔內科，哪邊做肺癌骨轉移治療比較厲害？想帶我媽轉院",
        "我爸化療沒效了，是不是應該改打免疫治療吉舒達(Keytruda)？反應率有幾成",
        "Lingyun Ye 醫師有沒有在台灣看診？他是哪一年畢業的、專長是什麼",
        "Did Lingyun Ye train in the US, like at Memorial Sloan Kettering, before Shanghai"
        " Pulmonary Hospital?",
        "When was the drug approved?",
    ):
        assert_refuses(assistant, question)


def test_forty_second_round_wales_lyon_mumbai_and_munich(assistant):
    for question, given in (
        # A member in brackets after its class ("TKI (type EGFR)"), and a kind of phenotype
        # switch in brackets, are no subjects of their own.
        (
            "Pour les TKI (type EGFR), la revue parle de quels mécanismes de resistance ?"
            " mutation secondaire, bypass... j'aimerais la liste complète svp",
            "the emergence of secondary mutation",
        ),
        (
            "TKI resistance mechs listed in that frontiers review - secondary mut vs bypass"
            " activation vs phenotype switch (SCLC transformation types), all covered?",
            "transformation of phenotype",
        ),
        # The cells the asker keeps in a lab ask for no place to be tested.
        (
            "Our cisplatin-resistent cells we have in the lab... what are according to the review"
            " the reasons why NSCLC cells become resistent against Platin?",
            "DNA damage repair",
        ),
        # A record's parts named in German inside an English question.
        (
            "In which Zeitschrift and on which Datum is the review 'Mechanisms of Exosomes in"
            " Lung Cancer Bone Metastasis' published?",
            "Chinese Journal of Lung Cancer",
        ),
        (
            "Who are the Autoren of the review on exosomes in lung cancer bone metastasis?",
            "YUAN Yuan, TANG Hao",
        ),
    ):
        assert_answers(assistant, question, given)
    for question in (
        "Any hospital in Wales offering exosome-based tests for lung ca - Velindre maybe? or do"
        " we send to Bristol",
        "化療期間應該食咩補身？可唔可以飲湯水、食燕窩？",
    ):
        assert_refuses(assistant, question)
    # A quick summary asked for in Portuguese is no abstract.
    assert_answers(
        assistant,
        "como o exossomo e formado e liberado da celula? resumo rapido pfv",
        "多囊泡体与细胞膜融合",
    )


def test_forty_third_round_madrid_chicago_and_a_finding_beside_a_count(assistant):
    for question, given in (
        # "Sensible" is Spanish for sensitive.
        (
            "Explicádmelo fácil porfa: que papel tienen los exosomas en que una célula tumoral"
            " sensible se vuelva resistente al tratamiento?",
            "from drug-resistant cells to sensitive cells",
        ),
        # A blank in the title to fill asks for the title; "MCQ" names the asker's format.
        (
            "ok journal club quiz #1, fill in the blank: the Frontiers review title calls the"
            ' exosome "an important ______" in NSCLC drug resistance. what\'s the word?',
            "an important transmitter in the drug resistance",
        ),
        (
            "MCQ: which of these is NOT listed as a cause of platinum resistance in the NSCLC"
            " review? a) less platinum building up inside the cell b) DNA damage repair c)"
            " stronger detox d) phenotype transformation",
            "enhancement of detoxification effect",
        ),
    ):
        assert_answers(assistant, question, given)
    # What a paper says, asked beside a count of its references, is answered beside it.
    both = assistant.ask(
        "How many references does the bone metastasis review have, and what do exosomes carry"
        " according to it?"
    )
    assert "67 references" in both.text and "蛋白质、脂质和核酸" in both.text, both.text


def test_forty_fourth_round_lagos_hamburg_sydney_utrecht_and_texas(assistant):
    for question, given in (
        # Pidgin "dey kill pass": kills the most.
        (
            "E true say lung cancer na the cancer wey dey kill pass? wetin the Chinese abstract of"
            " the bone metastasis paper talk about am",
            "发病率和死亡率最高的恶性肿瘤",
        ),
        # "Vorbereitung der Nische": preparing the niche.
        (
            "Welche Rolle spielen Exosomen bei der Vorbereitung der 'Nische' im Knochen, bevor die"
            " Metastase ankommt? Steht dazu etwas in den Kernaussagen?",
            "pre-metastatic niche formation",
        ),
        # "Dept" is a department.
        (
            "Where are the first two authors (Hongzhi Ji and Li Zhang) from? Which dept and city?",
            "AFFILIATED HOSPITAL OF SHANDONG SECOND MEDICAL UNIVERSITY",
        ),
        # Dutch treatment ideas, and blocking them.
        (
            "Welke behandelideeen met exosomen noemen ze voor botuitzaaiingen van longkanker? kun"
            " je ze blokkeren of zo?",
            "Inhibiting the release of metastasis-promoting exosomes",
        ),
        # The problems bone metastasis causes are its skeletal-related events.
        (
            "my grandpa's friend had lung cancer that went to his bones, so like what problems"
            " does bone metastasis cause",
            "骨痛、病理性骨折、神经压迫和高钙血症",
        ),
    ):
        assert_answers(assistant, question, given)
    for question in (
        # "Prof." ends no sentence: the question asks a person's age.
        "Wie alt ist Prof. Lingyun Ye und seit wann leitet er die Onkologie am Shanghai Pulmonary"
        " Hospital?",
        # "Rauchstopp" is quitting smoking, which neither paper discusses.
        "Gibt es Daten dazu, ob Rauchstopp nach der Diagnose die Exosomen-Freisetzung senkt und die"
        " Prognose verbessert?",
    ):
        assert_refuses(assistant, question)


def test_forty_fifth_round_manchester_lisbon_kaohsiung_boston_and_amsterdam(assistant):
    for question in (
        # Two drugs to choose between, before a dash, are no belief the question corrects.
        "Denosumab vs zoledronic acid for lung cancer bone mets - which one actually cuts skeletal"
        " events more? numbers please",
        "A minha tia tem CPNPC com mutação EGFR e ficou resistente ao gefitinib. Deve mudar para"
        " imunoterapia ou fazer quimio com platina? O que me aconselham?",
        # An underactive thyroid, which neither paper mentions.
        "阿母做免疫治療了後甲狀腺低下，這佮外泌體有關係無？愛食藥食一世人嗎？",
    ):
        assert_refuses(assistant, question)
    for question, given in (
        # Markers for early diagnosis are what the review's early diagnosis is.
        (
            "is there any clinical upside flagged in the bone metastasis exosome review, like using"
            " them as early dx markers?",
            "early diagnosis and treatment of bone metastasis",
        ),
        # A PRISMA flowchart given as an example of a figure asks for the figures.
        (
            "does the lung cancer bone metastasis exosome paper include any figures, like a PRISMA"
            " flowchart or a mechanism diagram? how many",
            "1 figure with captions",
        ),
    ):
        assert_answers(assistant, question, given)


def test_forty_sixth_round_ohio_washington_and_naples(assistant):
    for question, given in (
        (
            "whos the author(s) on the Chinese Journal of Lung Cancer review about exosomes and"
            " lung cancer bone mets? need to cite properly",
            "YUAN Yuan, TANG Hao",
        ),
        # What the answer is for ("for a lay summary") is not what it asks.
        (
            "quick one for a lay summary: how big are exosomes according to the bone metastasis"
            " review? I think the size is only in the Chinese abstract",
            "40-160 nm",
        ),
        # Neapolitan "giurnale" is the journal.
        (
            "St'articolo ncopp'e metastasi all'osse, in quale giurnale è stato pubblicato e"
            " quanno? 'a data precisa pe piacere",
            "Chinese Journal of Lung Cancer",
        ),
    ):
        assert_answers(assistant, question, given)
    # What the asker was never told asks nothing of what is still open.
    assert_answers(
        assistant,
        "My chemo worked for a while and then it just... stopped working, and nobody really"
        " explained WHY to me in words I understood. The review on NSCLC drug resistance mentions"
        " platinum resistance - what does it say actually makes the cancer cells stop responding"
        " to the platinum drugs? I want to understand what happened inside me",
        "reduction of intracellular accumulation of platinum drugs",
    )
    for question in (
        # Whether a doctor takes patients, and by video, is no part of either paper.
        "Is Dr. Lingyun Ye taking new patients, and does he do video consults with Americans?"
        " Also how many years has he been practicing? I would love a second opinion from someone"
        " who studies this",
        # Neapolitan: the best hospital, a person's age, another cancer.
        "Qual'è 'o meglio ospedale a Napule, 'o Pascale o 'o Monaldi, pe curà 'e metastasi"
        " all'osse d'o polmone?",
        "'O professore Lingyun Ye quant'anne tene e riceve pazienti dall'Italia? se pò fa 'na"
        " visita a distanza?",
        "Pe 'o tumore d'a prostata d'o frate mio, che pure isso tene 'e metastasi all'osse,"
        " l'esosomi se ponno usà pe 'a diagnosi?",
    ):
        assert_refuses(assistant, question)


def test_forty_seventh_round_dallas_and_toronto(assistant):
    # The asker's support group and appointments are no subject of a record question.
    for question, given in (
        (
            "quick one — i'm trying to cite the Frontiers in Oncology review on exosomes & NSCLC"
            " drug resistance for a caregiver support group handout at our Toronto hospital. My"
            " friend said it was published in 2024 but I think thats just when it was sent in? when"
            " was it received and accepted?",
            "Received: 03 Dec 2024",
        ),
        (
            "Our support group wants to print a part of the exosome drug resistance paper (Ji et"
            " al, Front Oncol) for the binder. Someone said we cant bc journal articles are"
            " copyrighted and we'd need to pay. Is that true for this one? what licence is it"
            " under?",
            "Creative Commons Attribution License (CC BY)",
        ),
        (
            "I want to print the Yuan and Tang paper about exosomes and bone metastasis for my"
            " oncologist at my next appointment in March. What journal is it in and whats the DOI"
            " so she can pull it up herself?",
            "10.3779/j.issn.1009-3419.2025.101.22",
        ),
    ):
        assert_answers(assistant, question, given)
    assert_answers(
        assistant,
        "the review about exits homes in lung cancer bone meds what journal published it and what"
        " date i need it for my dads doctor appointment tomorrow",
        "Chinese Journal of Lung Cancer",
    )
    # A test to order somewhere is asked of a provider, as is support groups' existence.
    for question in (
        "is there an exosome blood test for NSCLC I can order here in Dallas? how much does it"
        " cost and does medicare cover it",
        "Are there support groups for lung cancer patients?",
    ):
        assert_refuses(assistant, question)


def test_forty_eighth_round_leeds_shenzhen_tianjin_and_warsaw(assistant):
    for question, given in (
        # What a thing has "to do with how much" of a drug gets in names a topic, no number.
        (
            "As a chemist I was dismayed to learn that tumours resist cisplatin. Which mechanisms"
            " does the review list as leading to platinum resistance -- I gather something to do"
            " with how much of the drug gets inside the cell?",
            "reduction of intracellular accumulation of platinum drugs",
        ),
        # Whose case it is, told after the question, names no subject of it.
        (
            "靶向药 TKI 耐药的机制 文章怎么总结的？我爸吃的EGFR的药 怕以后没用了",
            "emergence of secondary mutation",
        ),
        # How many mechanisms is answered by naming them.
        ("外泌体在骨转移定植的时候具体干了啥？有几个机制？", "能量代谢重编程"),
        # Tianjin and Beijing words: 大夫 are doctors, 关键的词儿 the keywords.
        (
            "那篇讲肺癌吃药吃着吃着不管用了的英文文章，是哪几位大夫写的啊？",
            "Hongzhi Ji",
        ),
        ("孙女说文章开头有几个关键的词儿，是哪几个啊，给我念念", "Drug Resistance, Exosomes"),
        # A hair is what the size is pictured against, not a subject.
        ("外泌体有多大个儿啊？比头发丝细多少我是不懂，就问问它直径是多少", "40-160 nm"),
    ):
        assert_answers(assistant, question, given)
    for question in (
        # Advice for one patient, asked without "do" or with "change".
        "My dziadek has NSCLC with EGFR mutation and now progression on TKI, should he change to"
        " chemotherapy or immunotherapy? what you recommend for him",
        "我老伴儿吃靶向药吃了一年多不管用了，下一步该换嘛药啊？您给拿个主意",
        # What brackets name after a description is the thing asked about, not an example.
        "除了外泌体，细胞还往外放那种大个儿的小泡泡（孙女说叫微囊泡），那玩意儿有嘛用？",
        "骨头上转移了疼得厉害，打那个治骨头的针（双膦酸盐）管不管用？",
    ):
        assert_refuses(assistant, question)
    # After a name the corpus knows, brackets still give its examples.
    assert_answers(
        assistant,
        "醫生說我爸沒有驅動基因突變(好像是EGFR陰性?)，那這種晚期的NSCLC現在標準治療還是什麼？",
        "platinum based chemotherapy remains the standard treatment",
    )


def test_forty_ninth_round_hangzhou_kunming_manila_and_auckland(assistant):
    for question, given in (
        # "从哪些方面下手" asks where to start, of no aspect.
        (
            "请问文章里提到，以后治疗肺癌骨转移可以从外泌体哪些方面下手？有没有什么新思路？",
            "engineered exosomes",
        ),
        # Yunnanese 些哪样 is 些什么: what things exosomes carry, what problems follow.
        (
            "外泌体这个东西我查了半天还是懵嘞，综述里头讲它可以带些哪样东西在细胞之间传来传去？",
            "蛋白质、脂质和核酸",
        ),
        (
            "老妈最近腰杆疼得很，医生说要查下有没有骨转移。文章里讲肺癌骨转移了会出现些哪样问题？",
            "骨痛、病理性骨折、神经压迫和高钙血症",
        ),
    ):
        assert_answers(assistant, question, given)
    for question in (
        # A place to be tested, left unnamed with guesses in brackets.
        "Is there anywhere in Auckland (Auckland City Hospital? a private clinic?) doing"
        " exosome-based tests for lung cancer patients?",
        # A share asked in Taglish, which neither review gives.
        "Ilang percent po ng lung cancer patients na may bone metastasis yung nabubuhay pa after"
        " 5 years?",
    ):
        assert_refuses(assistant, question)


def test_fiftieth_round_wuhan_porto_alegre_and_leipzig(assistant):
    for question, given in (
        # Drugs listed after 比如 or 像 are members of the class before them; a name's gloss
        # in brackets stands with it.
        (
            "EGFR-TKI比如gefitinib(吉非替尼)、osimertinib(奥希替尼)用久了会耐药，这篇综述把TKI"
            "耐药机制归成哪几类？",
            "emergence of secondary mutation",
        ),
        (
            "免疫检查点抑制剂(ICIs)像pembrolizumab帕博利珠单抗的耐药，review里怎么概括的？",
            "immunosuppressive microenvironment",
        ),
        # Where the asker is ("aqui em POA") is no subject.
        (
            "Oi, to montando uma aula pros residentes aqui em POA sobre exossomos e resistencia no"
            " NSCLC, quem é o corresponding author daquela review da Frontiers in Oncology?",
            "Lingyun Ye",
        ),
    ):
        assert_answers(assistant, question, given)
    for question in (
        "which US hospitals r best for lung cancer bone metastasis treatment? thinking abt where"
        " to shadow",
        "Que hospital em Porto Alegre ou São Paulo tem protocolo de pesquisa com exossomos em"
        " câncer de pulmão que eu possa encaminhar paciente?",
        "Mein Kollege hat NSCLC mit EGFR-Mutation, soll er lieber Immuntherapie oder TKI nehmen?"
        " Was würden Sie raten?",
    ):
        assert_refuses(assistant, question)


def test_fifty_first_round_tainan_valencia_and_a_press_release(assistant):
    for question in (
        # How to give a drug and what to watch for in nursing are advice.
        "高血鈣的病人除了打水以外，calcitonin要怎麼給？護理上要注意什麼",
        # Spain's vosotros asks for a recommendation too.
        "Mi cuñado tiene una mutación EGFR y está con osimertinib desde hace un año. ¿Debería"
        " cambiar ya a quimio con platino o esperar? ¿Qué le recomendaríais?",
        # "that figure" is the number told before, not one of a paper's figures.
        "Release says exosome-guided treatment improved 5-year survival by 20% in small cell lung"
        " cancer. Is that figure in either paper?",
    ):
        assert_refuses(assistant, question)
