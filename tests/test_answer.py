"""answer.py: every sentence of an answer is quoted from a cited passage and marked [n];
out-of-corpus questions get the fixed abstention and no claim.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import DATA, write_document

from exorag import Answer, Assistant
from exorag.answer import _Candidate, _choose, side_by_side
from exorag.asks import expected_kind, is_record_line
from exorag.chunking import word_count
from exorag.types import ABSTENTION_TEXT, Citation

TKI_QUESTION = "What mechanisms cause resistance to tyrosine kinase inhibitors?"
DEV = [json.loads(line) for line in (DATA / "dev.jsonl").read_text().splitlines() if line]
_QUOTED = re.compile(r"(.+?) \[(\d+)\](?: |$)", re.DOTALL)


def quoted_sentences(answer: Answer) -> list[tuple[str, int]]:
    """(sentence, marker) pairs of an answer, checking that nothing else is in its text."""
    pairs = [(m.group(1), int(m.group(2))) for m in _QUOTED.finditer(answer.text)]
    assert " ".join(f"{s} [{n}]" for s, n in pairs) == answer.text
    return pairs


def assistant_over(tmp_path: Path, body: str) -> Assistant:
    """An assistant over a one-document corpus of ``body``, indexed."""
    corpus = tmp_path / "corpus"
    write_document(corpus, "doc.md", body)
    assistant = Assistant(index_dir=tmp_path / "index", corpus_dir=corpus)
    assistant.build_index()
    return assistant


def assert_quoted_and_cited(answer: Answer) -> None:
    """The contract of an extractive answer, as a reader would check it."""
    assert [c.n for c in answer.citations] == list(range(1, len(answer.citations) + 1))
    assert word_count(answer.text) <= 120
    if answer.abstained:
        assert answer.text == ABSTENTION_TEXT
        assert all(c.highlights == () for c in answer.citations)
        return
    pairs = quoted_sentences(answer)
    assert pairs
    for sentence, n in pairs:
        assert 1 <= n <= len(answer.citations), f"[{n}] resolves to no citation"
        citation = answer.citations[n - 1]
        assert sentence in citation.text
        assert sentence in [citation.text[a:b] for a, b in citation.highlights]
    assert len({s for s, _ in pairs}) == len(pairs)  # no sentence twice


@pytest.mark.parametrize("item", DEV, ids=[item["id"] for item in DEV])
def test_dev_answers_are_quoted_cited_and_short(assistant, item):
    assert_quoted_and_cited(assistant.ask(item["question"]))


def test_tki_resistance_is_answered_from_the_passage_that_names_the_mechanisms(assistant):
    answer = assistant.ask(TKI_QUESTION)
    assert not answer.abstained
    assert_quoted_and_cited(answer)
    assert "secondary mutation" in answer.text and "bypass signal" in answer.text
    first = answer.citations[0]
    assert first.doc_id == "fonc.2025.1539047"
    assert "secondary mutation" in first.text and "bypass signal" in first.text
    assert answer.text.endswith("[1]") or "[1] " in answer.text  # the first source is cited


@pytest.mark.parametrize(
    "question",
    [
        "What is the capital of France?",
        "Who won the 2018 football World Cup?",
        # Near the topic: a therapy the reviews never discuss, beside words they do use.
        "How do oncolytic viruses overcome drug resistance in NSCLC?",
        # Two technical terms that neither the corpus nor the glossary knows.
        "How do platelet-derived microparticles promote thrombosis in lung cancer?",
        # The reviews discuss therapies but never their side effects.
        "What are the side effects of exosome therapy in patients?",
        # Small cell lung cancer stands in the corpus only inside "non-small cell …" (非小细胞).
        "What is the role of exosomes in small cell lung cancer?",
        "外泌体在小细胞肺癌中的作用是什么？",
        # Names of letters and digits count as technical terms too ("G12C").
        "Do exosomes mediate resistance to the KRAS G12C inhibitor sotorasib in lung cancer?",
        # What patients ask beyond the science: the reviews say nothing of diet.
        "肺癌骨转移患者在饮食上需要注意什么？",
        # One drug the corpus never names, known as a drug by its international name's stem.
        "How do exosomes contribute to lorlatinib resistance in ALK-positive NSCLC?",
        # A microRNA the corpus never names, in any of its spellings.
        "外泌体中的 miR-21 能不能预测肺癌患者对顺铂耐药？",
        # A fold change wants a number about its subject; the reviews give none.
        "By how many fold were exosomal miRNA levels higher in resistant than sensitive cells?",
    ],
)
def test_out_of_corpus_questions_abstain_without_a_claim(assistant, question):
    answer = assistant.ask(question)
    assert answer.abstained is True
    assert answer.text == ABSTENTION_TEXT
    assert not re.search(r"\[\d+\]", answer.text)
    # The closest passages are still listed, so a reader can see what was considered.
    assert answer.citations
    assert all(c.highlights == () for c in answer.citations)
    # Closest first, by the score each shows.
    scores = [c.score for c in answer.citations]
    assert scores == sorted(scores, reverse=True), scores


def test_questions_name_what_the_corpus_never_mentions(assistant):
    foreign = assistant.ask("How do platelet-derived microparticles promote thrombopoiesis?")
    assert foreign.notice == "The corpus never mentions microparticles, thrombopoiesis."
    # One unknown technical word may be a paraphrase: "killer lymphocytes" are effector T cells.
    answer = assistant.ask("What happens to killer lymphocytes when checkpoint blockade fails?")
    assert not answer.abstained
    assert "effector T cell" in answer.text


@pytest.mark.parametrize(
    ("question", "named"),
    [
        # A symbol in capitals that no passage holds: a gene, a protein, a registry.
        ("Does the Frontiers review discuss exosomes in resistance to PARP inhibitors?", "parp"),
        ("What is Lingyun Ye's ORCID identifier?", "orcid"),
        ("这篇耐药综述里有没有讲外泌体来源的 tRNA 片段（tRF）介导耐药？", "trf"),
        # One tumour the corpus never names is enough, in English or in Chinese.
        ("Do exosomes promote bone metastasis in neuroblastoma?", "neuroblastoma"),
        # … or a process of cells named by its suffix.
        ("Does the Frontiers review connect exosomes to ferroptosis evasion?", "ferroptosis"),
        ("外泌体会促进肉瘤的骨转移吗？", "肉瘤"),
        # A close neighbour of the topic that the reviews never mention.
        ("中医药能不能通过抑制外泌体释放来治疗肺癌骨转移？", "traditional chinese medicine"),
        # 中 is also "in": a Chinese name of function characters is looked for as written.
        ("用中药能不能减少外泌体引起的肺癌耐药？", "traditional chinese medicine"),
        # A symbol before a hyphen, and one whose letters only stand inside words ("secreted").
        ("Do ALK-positive NSCLC patients also develop drug resistance through exosomes?", "alk"),
        ("RET 融合的肺癌耐药了，外泌体在里面起什么作用？", "ret"),
        # A drug named in Chinese by its stem, and a state of cells the reviews never discuss.
        ("安罗替尼耐药跟外泌体有没有关系？", "安罗替尼"),
        ("Do osteocyte exosomes keep lung cancer cells dormant in bone?", "dormant"),
        # "Colonization" is no colon.
        ("结直肠癌用奥沙利铂耐药，外泌体是怎么参与进去的？", "colorectal cancer"),
        # Care the reviews never discuss, asked in a family's words.
        ("我爸化疗期间白细胞很低，要不要打升白针？", "neutropenia"),
        ("What role do exosomes play in radioresistance of NSCLC?", "radiotherapy"),
        ("外泌體液態活檢喺香港邊度可以做？大概要幾錢？", "cost"),
        ("Can I buy exosome supplements or creams to help my dad?", "supplement"),
        ("上海市肺科医院叶凌云医生哪天出门诊？怎么挂号？", "appointment"),
        ("市面上的外泌体美容产品安全吗？", "supplement"),
        # Another site of spread, named by the organ alone.
        ("Do these bubbles also help lung cancer spread to the brain?", "brain metastasis"),
        ("Will chemo make her hair fall out?", "hair loss"),
        ("My father is 82. Is he too old to get immunotherapy?", "too old"),
        ("Can drinking green tea stop cancer cells from sending these bubbles?", "diet"),
        ("Is it safe to lift weights when lung cancer has spread to the bones?", "exercise"),
        ("Will my aunt get a skin rash from her targeted tablets?", "rash"),
        ("Which grade of peripheral neuropathy is most common with carboplatin?", "neuropathy"),
        ("Should he cut out sugar and dairy while on chemo?", "diet"),
        ("can i still go running with spine mets from lung cancer", "exercise"),
        ("Can I catch lung cancer from looking after my sister?", "person-to-person spread"),
        ("Is the radon gas in my basement a risk for lung cancer?", "radon"),
        ("Is it true that cannabis oil shrinks lung tumours?", "cannabis"),
        ("Do mobile phones cause lung cancer?", "mobile phone"),
        ("Can my dad still fly abroad on holiday if the cancer is in his spine?", "air travel"),
        ("Were any famous people known to have bone metastases?", "famous people"),
        ("Is the hearing loss some people get from cisplatin permanent?", "hearing loss"),
        ("ultracentrifuge to isolate exosome need how much g speed and time?", "isolation"),
        ("戒烟以后，肺癌发生骨转移的风险会不会降低？", "smoking"),
        ("針灸能不能緩解骨轉移引起的疼痛？", "acupuncture"),
        ("How often does immune checkpoint therapy cause pneumonitis?", "pneumonitis"),
        ("Do platelet-derived vesicles make blood clots more likely in lung cancer?", "thrombosis"),
        ("食靈芝孢子粉可唔可以防止化療耐藥？", "traditional chinese medicine"),
        ("Can exosomes from someone's lung tumour infect other people?", "person-to-person spread"),
        ("外泌体检测喺香港边度可以做？大概要几多钱？", "cost"),
        ("are those exosome facials for wrinkles actually legit or a scam?", "supplement"),
        (
            "What Mirels score should prompt prophylactic fixation of a femoral metastasis?",
            "surgery",
        ),
        (
            "exosome blood test for lung cancer already approve by FDA, which company make it?",
            "fda",
        ),
        ("What should I cook for my father while he is having chemotherapy?", "diet"),
        ("Ginger derived exosome-like nanoparticles can treat colitis, how they work?", "plant"),
        ("实验中常用于鉴定外泌体的蛋白标志物有哪些？", "tetraspanin"),
        ("新冠病毒会不会像特洛伊木马一样躲在外泌体里在人体内扩散？", "covid-19"),
        (
            "我爸爸是小细胞肺癌，化疗后效果很好。医生建议做预防性全脑放疗。请问预防性脑照射到底能不能"
            "延长生存？做完之后认知功能下降的几率有多大？",
            "cognitive decline",
        ),
        (
            "My oncologist wants me to start either zoledronic acid or denosumab because of my"
            " bone metastases. Which of the two is better at preventing fractures?",
            "zoledronic acid",
        ),
    ],
)
def test_one_name_the_corpus_never_mentions_is_enough_to_abstain(assistant, question, named):
    answer = assistant.ask(question)
    assert answer.abstained
    assert named in answer.notice


def test_which_bones_is_refused_where_no_passage_names_a_bone(assistant):
    # "Bone metastasis is a common form of spread" says nothing of the spine or the pelvis.
    answer = assistant.ask("Which bones does lung cancer reach most often, the spine or the hips?")
    assert answer.abstained
    assert "skeletal site" in answer.notice
    # Naming the spine in passing still asks what the corpus answers.
    events = assistant.ask("It has spread to my dad's spine. What problems can bone spread cause?")
    assert not events.abstained, events.notice


def test_a_lay_phrase_of_an_entry_is_not_said_by_the_one_word_left_of_it(assistant):
    # "kind of problems" is skeletal-related events; "an urgent problem" says no such thing.
    answer = assistant.ask(
        "my dad's lung cancer went into his bones, what kind of problems can that cause?"
    )
    assert "骨相关事件" in answer.text
    assert "urgent problem" not in answer.text


def test_a_class_the_corpus_names_only_by_its_kinds_is_no_other_subject(assistant):
    # Non-coding RNAs: the review names lncRNA and miRNA.
    answer = assistant.ask("Do any non-coding RNAs show up among the payloads exosomes ship?")
    assert "miRNA, lncRNA, and protein" in answer.text


def test_what_the_asker_sets_aside_names_no_other_subject(assistant):
    # "not just a marker": the reviews never say "biomarker", but the question is not about one.
    answer = assistant.ask(
        "As an orthopaedic surgeon I see a lot of spinal mets from lung primaries. Are exosomes"
        " being looked at as a treatment angle, not just a marker?"
    )
    assert not answer.abstained
    assert "engineered exosomes" in answer.text
    assert assistant.ask("Are exosomes being looked at as a biomarker?").abstained


def test_an_open_question_naming_two_members_of_a_class_asks_about_the_class(assistant):
    answer = assistant.ask("Why do patients stop responding to cisplatin or carboplatin?")
    assert "DNA damage repair" in answer.text


def test_a_choice_between_everyday_words_is_no_unknown_subject(assistant):
    everyday = assistant.ask(
        "When checkpoint drugs stop working, is the milieu boosting or dampening immunity?"
    )
    assert "immunosuppressive microenvironment" in everyday.text
    technical = assistant.ask("Which loading method suits exosomes, electroporation or sonication?")
    assert technical.abstained and "electroporation" in technical.notice


def test_a_statement_to_check_is_looked_up_whatever_symbols_it_uses(assistant):
    # A claim may name a thing in its writer's own terms; a question names what it asks about.
    claim = (
        "Exosomes transfer PARP-independent drug resistance signals between NSCLC cells via ABCB1."
    )
    assert not assistant.ask(claim).abstained
    assert assistant.ask(
        "Do exosomes transfer drug resistance between NSCLC cells via ABCB1?"
    ).abstained
    # A few words with no verb are a query, not a statement.
    assert assistant.ask("KRAS G12C inhibitor resistance").abstained


def test_names_the_corpus_holds_or_calls_otherwise_are_no_other_subject(assistant):
    # "RNA" stands inside miRNA and lncRNA.
    assert not assistant.ask("Which RNA species do exosomes transport in NSCLC?").abstained
    # An adenocarcinoma is a non-small cell lung cancer, which the review writes of.
    case = assistant.ask(
        "An EGFR-mutant adenocarcinoma came back with small-cell histology on a TKI: which"
        " resistance mechanism in the Frontiers abstract is that?"
    )
    assert "transformation of phenotype" in case.text
    # 对癌细胞 ("on cancer cells") names no tumour.
    assert not assistant.ask("在原发部位，exosome 对癌细胞有什么作用？").abstained


def test_a_finding_asked_of_one_paper_is_that_papers(assistant):
    answer = assistant.ask(
        "Does the bone metastasis paper present new experimental data, or a round-up of"
        " recent progress?"
    )
    assert {c.doc_id for c in answer.citations if c.highlights} == {"PMC12883948"}
    # After a question about one review, "the other review" names neither by itself.
    other = assistant.ask(
        "What about the other review?",
        history=["What does the bone metastasis review say exosomes carry?"],
    )
    assert "miRNA, lncRNA, and protein" in other.text


def test_the_chinese_passage_answers_an_english_question_in_its_own_language(assistant):
    answer = assistant.ask("What is the diameter of exosomes?")
    assert_quoted_and_cited(answer)
    assert "直径为40-160 nm" in answer.text
    cited = [c for c in answer.citations if c.highlights]
    assert cited and {c.language for c in cited} == {"zh"}
    assert cited[0].doc_id == "PMC12883948"


def test_a_class_word_before_a_name_the_corpus_knows_is_no_other_subject(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "glossary.yaml").write_text(
        "- en: [lncrna, lncrnas]\n  zh: [长链非编码RNA]\n- en: [breast cancer]\n  zh: [乳腺癌]\n",
        encoding="utf-8",
    )
    assistant = assistant_over(
        tmp_path, "## Findings\n\nMALAT1 promotes metastasis of glioblastoma cells in mice.\n"
    )
    # The corpus never says "lncRNA", but it names MALAT1: the name says what is asked.
    named = assistant.ask("Does lncRNA MALAT1 promote metastasis?")
    assert "MALAT1 promotes metastasis" in named.text
    # Without a name it knows, the class word still names what the corpus never mentions …
    unknown = assistant.ask("Does lncRNA HOTAIR promote metastasis?")
    assert unknown.abstained and "lncrna" in unknown.notice
    # … and a name beside another subject does not make that subject known.
    other = assistant.ask("Does MALAT1 promote breast cancer metastasis?")
    assert other.abstained and "breast cancer" in other.notice


def test_a_patients_own_words_find_the_term_the_review_uses(assistant):
    # "血钙偏高" (blood calcium is high) is the review's 高钙血症 (hypercalcaemia).
    answer = assistant.ask("我爸肺癌转移到脊椎了，最近抽血发现血钙偏高，这个跟骨转移有关系吗？")
    assert "高钙血症" in answer.text


def test_a_mixed_question_naming_a_drug_class_in_chinese_is_answered(assistant):
    # "PD-1 抑制剂" is the checkpoint inhibitors the review discusses, not PD-1 alone, which it
    # never names; "不管用了" (stopped working) is resistance.
    answer = assistant.ask(
        "PD-1 抑制剂用了一段时间就不管用了，这时候 effector T 细胞会出什么问题？"
    )
    assert not answer.abstained, answer.notice
    assert "impairment of effector T cell function" in answer.text


def test_the_english_passage_answers_a_chinese_question(assistant):
    # 信息 (information) and 传递 (transfer) reach the English sentence through the glossary;
    # 之间 ("between") is a function word, not a topic the Chinese abstract would win on.
    answer = assistant.ask("耐药信息是如何在肺癌细胞之间传递的？")
    assert_quoted_and_cited(answer)
    first, n = quoted_sentences(answer)[0]
    assert "from drug-resistant cells to sensitive cells" in first
    assert answer.citations[n - 1].language == "en"


def test_the_answering_sentence_is_chosen_not_the_first_of_its_passage(tmp_path):
    assistant = assistant_over(
        tmp_path,
        "## Findings\n\n"
        "Vesicles were studied in several cohorts. Samples were stored at minus eighty degrees. "
        "Zorblatt vesicles are shed by glimmer cells after hypoxia. Results were reproducible.\n",
    )
    answer = assistant.ask("Which cells shed zorblatt vesicles?")
    assert quoted_sentences(answer) == [
        ("Zorblatt vesicles are shed by glimmer cells after hypoxia.", 1)
    ]


def test_the_best_ranked_passage_that_answers_well_enough_is_quoted_first():
    # Retrieval ranked passage 0 first; passage 1 has three sentences that score a little
    # higher. All four are worth quoting, so passage 0 keeps its place as [1].
    candidates = [
        _Candidate(
            rank=1, start=0, end=10, text="Glimmer cells shed zorblatt vesicles.", score=1.0
        ),
        _Candidate(rank=1, start=11, end=20, text="Zorblatt vesicles carry flux.", score=0.95),
        _Candidate(rank=1, start=21, end=30, text="Hypoxia raises zorblatt output.", score=0.9),
        _Candidate(rank=0, start=0, end=10, text="Zorblatt vesicles are shed.", score=0.7),
        _Candidate(rank=2, start=0, end=10, text="Samples were frozen.", score=0.3),
    ]
    chosen = _choose(candidates, max_words=120, max_sentences=3)
    assert [(c.rank, c.score) for c in chosen] == [(0, 0.7), (1, 1.0), (1, 0.95)]
    # A passage whose best sentence is not good enough (below 0.6 of the best) is not.
    weak = [*candidates[:3], _Candidate(rank=0, start=0, end=10, text="Frozen.", score=0.5)]
    assert [c.rank for c in _choose(weak, max_words=120, max_sentences=3)] == [1, 1, 1]


def test_answer_with_its_markers_stays_within_120_words(tmp_path: Path):
    sections = []
    for part in range(4):
        filler = " ".join(f"w{part}x{i}" for i in range(34))
        sections.append(
            f"## Part {part}\n\nZorblatt vesicles shrink glimmer membranes {filler} now."
        )
    assistant = assistant_over(tmp_path, "\n\n".join(sections) + "\n")
    answer = assistant.ask("How do zorblatt vesicles shrink glimmer membranes?")
    # Three 40-word sentences and their markers would make 123 words: only two fit.
    assert len(quoted_sentences(answer)) == 2
    assert word_count(answer.text) <= 120


def test_a_sentence_that_refers_back_follows_the_one_it_continues(tmp_path):
    assistant = assistant_over(
        tmp_path,
        "## Findings\n\n"
        "Zorblatt resistance is poorly understood. "
        "Several glimmer cytokines take part in it by silencing effector cells. "
        "Samples were stored at minus eighty degrees.\n",
    )
    answer = assistant.ask("What is known about zorblatt resistance?")
    assert quoted_sentences(answer) == [
        ("Zorblatt resistance is poorly understood.", 1),
        ("Several glimmer cytokines take part in it by silencing effector cells.", 1),
    ]
    assert_quoted_and_cited(answer)


def test_a_qualification_follows_the_sentence_it_takes_back(tmp_path):
    assistant = assistant_over(
        tmp_path,
        "## Findings\n\n"
        "Zorblatt therapy has transformed the care of glimmer patients. "
        "However, the survival of advanced glimmer patients remains poor. "
        "Samples were stored at minus eighty degrees.\n",
    )
    answer = assistant.ask("Has zorblatt therapy transformed the care of glimmer patients?")
    assert quoted_sentences(answer) == [
        ("Zorblatt therapy has transformed the care of glimmer patients.", 1),
        ("However, the survival of advanced glimmer patients remains poor.", 1),
    ]


def test_a_qualification_quoted_without_what_it_qualifies_follows_its_passages_quotes(tmp_path):
    assistant = assistant_over(
        tmp_path,
        "## Findings\n\n"
        "Samples were stored at minus eighty degrees. "
        "However, glimmer tumours resist zorblatt therapy by pumping the drug out. "
        "Zorblatt therapy is given to glimmer tumours every week. "
        "The weather was fine.\n",
    )
    answer = assistant.ask("How do glimmer tumours resist zorblatt therapy?")
    assert quoted_sentences(answer) == [
        ("Zorblatt therapy is given to glimmer tumours every week.", 1),
        ("However, glimmer tumours resist zorblatt therapy by pumping the drug out.", 1),
    ]


def test_an_answer_does_not_open_with_a_qualification(assistant):
    # "However, the underling specific mechanisms need to be further explored …" scores
    # higher on 如何 … 耐药, but it qualifies the sentence before it, which answers.
    answer = assistant.ask("外泌体如何导致非小细胞肺癌耐药？")
    first, _ = quoted_sentences(answer)[0]
    assert "transfer drug resistance information" in first
    assert_quoted_and_cited(answer)


@pytest.mark.parametrize(
    ("question", "doc_id", "given"),
    [
        ("Can you give me the DOI of the bone metastasis review?", "PMC12883948", "10.3779/"),
        ("Who are the authors of the bone metastasis review?", "PMC12883948", "YUAN Yuan"),
        ("这篇骨转移综述发表在哪个期刊？", "PMC12883948", "Chinese Journal of Lung Cancer"),
        ("Who owns the copyright of the NSCLC drug resistance review?", "fonc.2025.1539047", "©"),
        ("Which index terms tag the drug resistance review?", "fonc.2025.1539047", "Keywords:"),
        (
            "Do the opinions in the Frontiers paper speak for the authors' employers?",
            "fonc.2025.1539047",
            "solely those of the authors",
        ),
        # A title is no heading's text alone: the chunker keeps it as a passage to quote.
        (
            "What is the full title of the Frontiers review by Ji, Zhang and Ye?",
            "fonc.2025.1539047",
            "Exosome, an important transmitter in the drug resistance",
        ),
        ("这篇骨转移综述的标题是什么？", "PMC12883948", "Mechanisms of Exosomes in Lung Cancer"),
    ],
)
def test_a_question_about_a_papers_record_is_answered_by_the_line_that_gives_it(
    assistant, question, doc_id, given
):
    answer = assistant.ask(question)
    assert_quoted_and_cited(answer)
    first_sentence, n = quoted_sentences(answer)[0]
    assert given in first_sentence
    assert answer.citations[n - 1].doc_id == doc_id


def test_findings_questions_are_not_given_lines_of_a_papers_record(assistant):
    findings = [q for q in DEV if q["answerable"] and not expected_kind(q["question"])]
    assert len(findings) >= 5
    for item in findings:
        top = assistant.ask(item["question"]).citations[:3]
        assert not [c.text for c in top if is_record_line(c.text, c.section)], item["question"]


@pytest.mark.parametrize(
    "question",
    [
        "Which cancer is the deadliest and most common?",  # not "Creative Commons"
        "What do exosomes do at the original tumour site?",  # not "the original author(s)"
        "Does the NSCLC review cover targeted therapy?",  # not "Keywords: … targeted therapy"
        "How is hypercalcaemia related to bone metastasis?",  # not "hypercalcemia (MESH:…)"
        # not "All claims expressed in this article are solely those of the authors"
        "Does the drug resistance review claim the underlying mechanisms are settled?",
    ],
)
def test_a_findings_answer_quotes_no_line_of_a_papers_record(assistant, question):
    answer = assistant.ask(question)
    assert_quoted_and_cited(answer)
    quoted = [sentence for sentence, _ in quoted_sentences(answer)]
    assert not [sentence for sentence in quoted if is_record_line(sentence)], quoted


def test_a_number_question_is_not_given_numbers_about_something_else(assistant):
    answer = assistant.ask("How many patients with bone metastases were in the meta-analysis?")
    for unrelated in ("40-160 nm", "67 references", "10.3779/"):
        assert unrelated not in answer.text
    # A number that is about the question's subject still answers it.
    assert "40-160 nm" in assistant.ask("How big are exosomes in nanometres?").text


def test_a_question_naming_both_papers_is_answered_from_both(assistant):
    answer = assistant.ask(
        "Which review was published later, the Frontiers one or the Chinese one?"
    )
    assert "2025-11-20" in answer.text  # the Chinese Journal of Lung Cancer review
    assert "28 Apr 2025" in answer.text  # the Frontiers review


@pytest.mark.parametrize(
    ("question", "answered_by"),
    [
        # "How much / how many / how long" is often answered in words or by a list.
        ("How much does bone metastasis affect quality of life?", "严重影响患者生活质量"),
        ("How many mechanisms of TKI resistance are there?", "secondary mutation"),
        ("How long do patients with bone metastases survive?", "生存期短"),
    ],
)
def test_a_count_question_may_be_answered_without_a_number(assistant, question, answered_by):
    answer = assistant.ask(question)
    assert not answer.abstained, answer.notice
    assert answered_by in answer.text


def test_a_record_question_is_answered_from_the_paper_it_names(assistant):
    one = assistant.ask("What is the DOI of the bone metastasis review?")
    assert "10.3779/j.issn.1009-3419.2025.101.22" in one.text
    assert "10.3389/" not in one.text  # the other review's DOI answers nothing here
    both = assistant.ask("What are the DOIs of the two reviews?")
    assert "10.3779/j.issn.1009-3419.2025.101.22" in both.text
    assert "10.3389/fonc.2025.1539047" in both.text


@pytest.mark.parametrize(
    ("question", "definition"),
    [
        ("What are exosomes?", "Exosomes are small molecules secreted by a variety of cells."),
        ("外泌体是什么？", "外泌体是由细胞内多囊泡体与细胞膜融合后"),
        ("What is drug resistance?", "Drug resistance is an urgent problem"),
    ],
)
def test_what_a_thing_is_is_answered_by_the_sentence_that_says_it(assistant, question, definition):
    answer = assistant.ask(question)
    assert_quoted_and_cited(answer)
    assert any(definition in sentence for sentence, _ in quoted_sentences(answer))


def test_a_definition_comes_from_the_paper_the_question_names(assistant):
    answer = assistant.ask("What are exosomes, according to the bone metastasis review?")
    sentences = quoted_sentences(answer)
    assert "细胞外囊泡" in sentences[0][0]
    assert {answer.citations[n - 1].doc_id for _, n in sentences} == {"PMC12883948"}


def test_a_record_line_the_corpus_lacks_is_said_to_be_missing_not_replaced(assistant):
    answer = assistant.ask("Who funded the bone metastasis review?")
    assert answer.abstained and answer.text == ABSTENTION_TEXT
    assert answer.notice == "No passage found gives the funding asked for."
    # The bone metastasis review gives its reference count; the drug resistance review not.
    count = assistant.ask("How many references are in the NSCLC drug resistance review?")
    assert count.abstained
    assert count.notice == "No passage found gives the reference count asked for."
    share = assistant.ask("What percentage of lung cancer patients develop bone metastases?")
    assert share.abstained
    assert share.notice == "No passage found gives the percentage asked for."
    # How long something takes wants a length of time; the reviews give none.
    wait = assistant.ask("How long does it take for transferred resistance to appear?")
    assert wait.abstained
    assert wait.notice == "No passage found gives the length of time asked for."
    # A date is a point in time: it answers no "how long" about something else …
    forming = assistant.ask("How long do exosomes take to form?")
    assert forming.notice == "No passage found gives the length of time asked for."
    # … and a statistic in a unit is not answered by "survival is short".
    median = assistant.ask("What is the median overall survival in months with bone metastases?")
    assert median.notice == "No passage found gives the figure asked for."
    # Without an article "median" is still the statistic, not a word to define.
    bare = assistant.ask(
        "What is median overall survival in months for NSCLC patient who have bone metastasis?"
    )
    assert bare.notice == "No passage found gives the figure asked for."
    # The bone review gives the day it was published, which is not the day it was submitted.
    submitted = assistant.ask("On what date was the bone metastasis review submitted?")
    assert submitted.notice == "No passage found gives the submission date asked for."
    assert "03 Dec 2024" in assistant.ask("When was the Frontiers review submitted?").text
    # "40-160 nm" is a number about exosomes, but no volume of blood.
    blood = assistant.ask("做外泌体检测查肺癌骨转移，需要抽多少毫升血？")
    assert blood.notice == "No passage found gives the volume asked for."
    pmid = assistant.ask("What is the PMID of the bone metastasis review?")
    assert pmid.notice == "No passage found gives the PubMed ID asked for."


def test_two_dates_of_a_papers_record_say_how_long_it_took(assistant):
    answer = assistant.ask("How long did the Frontiers paper take from submission to acceptance?")
    assert "Received: 03 Dec 2024; Accepted: 28 Apr 2025." in answer.text
    assert not assistant.ask("Under which licence is the drug resistance review?").abstained


def test_a_section_the_question_names_answers_it(assistant):
    answer = assistant.ask("Yuan & Tang 这篇综述的 Highlights 第一条讲的是什么？")
    assert_quoted_and_cited(answer)
    first, n = quoted_sentences(answer)[0]
    assert first.startswith("The research stage of exosomes")
    assert answer.citations[n - 1].section == "Highlights"
    # Named in other words: what a paper adds is its contribution.
    adds = assistant.ask("How does the bone paper characterise what it adds to the literature?")
    assert any(adds.citations[n - 1].section == "Contribution" for _, n in quoted_sentences(adds))


def test_what_the_question_sets_aside_does_not_answer_it(assistant):
    answer = assistant.ask("除了针对驱动基因的靶向治疗，还有哪一种治疗也算是 breakthrough？")
    assert_quoted_and_cited(answer)
    assert any(
        sentence.startswith("Immunotherapy (IO) is another breakthrough")
        for sentence, _ in quoted_sentences(answer)
    )


def test_a_question_in_traditional_chinese_is_read_as_simplified(assistant):
    answer = assistant.ask("這篇講肺癌耐藥的綜述說，外泌體裡面可以裝載哪些分子來傳遞訊息？")
    assert_quoted_and_cited(answer)
    assert "miRNA, lncRNA, and protein" in answer.text
    # The question is shown as asked.
    assert answer.question.startswith("這篇")


def test_a_paper_named_in_traditional_chinese_is_that_paper(assistant):
    answer = assistant.ask("這篇講肺癌耐藥的綜述說，外泌體裡面可以裝載哪些分子？")
    assert {answer.citations[n - 1].doc_id for _, n in quoted_sentences(answer)} == {
        "fonc.2025.1539047"
    }


def test_whether_something_is_settled_is_answered_by_what_remains_to_explore(assistant):
    # The question's words find the sentence on how exosomes pass resistance on; the answer
    # to "is it settled?" is the one that says it is not.
    answer = assistant.ask(
        "Have the scientists worked out exactly how these messengers pass on drug resistance,"
        " or is there still a lot they don't know?"
    )
    assert answer.text.startswith("However, the underling specific mechanisms need to be")


def test_how_the_asker_wants_to_be_told_asks_nothing(assistant):
    # "simple" would ask how complex something is, and "used to" of a use: the question asks
    # how exosomes make sensitive cells resistant.
    answer = assistant.ask(
        "In simple words, how can exosomes make cancer cells that used to respond to a drug"
        " stop responding?"
    )
    assert answer.text.startswith("More and more studies show that exosomes are important")


def test_answers_side_by_side_say_each_sentence_once_under_one_numbering():
    def cited(n: int, text: str, spans: tuple[tuple[int, int], ...]) -> Citation:
        return Citation(n, "doc", "Title", (), 2025, "Abstract", text, 0.5, "", highlights=spans)

    record = Citation(1, "doc", "Title", (), 2025, "Publication details", "Authors: A, B", 0.4, "")
    finding = cited(1, "Exosomes carry miRNA. They travel far.", ((0, 21),))
    first = Answer("q", "Authors: A, B [1]", (replace(record, highlights=((0, 13),)),), False)
    second = Answer(
        "q",
        "Exosomes carry miRNA. [1] Authors: A, B [2]",
        (finding, replace(record, n=2, highlights=((0, 13),))),
        False,
    )
    joined = side_by_side("both?", (first, second))
    assert joined.text == "Authors: A, B [1] Exosomes carry miRNA. [2]"
    assert [c.n for c in joined.citations] == [1, 2]
    assert joined.citations[0].section == "Publication details"
    assert joined.citations[1].highlights == ((0, 21),)
    assert joined.question == "both?"
