"""glossary.py: the English↔Chinese domain glossary bridges questions and passages offline."""

from __future__ import annotations

import pytest
from conftest import CORPUS

from exorag.errors import CorpusError
from exorag.glossary import Glossary, load_glossary
from exorag.index import IndexReader

# The pairs issue 4 names, and the ones the shipped Chinese abstract needs.
PAIRS = [
    ("exosome", "外泌体"),
    ("bone metastasis", "骨转移"),
    ("osteoclast", "破骨细胞"),
    ("hypercalcaemia", "高钙血症"),
    ("hypercalcemia", "高钙血症"),
    ("diameter", "直径"),
    ("multivesicular body", "多囊泡体"),
    ("lipids", "脂质"),
]


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary(CORPUS)


@pytest.mark.parametrize(("english", "chinese"), PAIRS)
def test_terms_match_in_both_directions(glossary, english, chinese):
    assert any(chinese in zh for _, zh in glossary.matches(f"What about {english}?"))
    assert any(english in en for en, _ in glossary.matches(f"{chinese}是什么？"))


def test_english_terms_match_whole_words_in_any_case(glossary):
    assert glossary.matches("Are EVs the same as exosomes?")
    assert any("细胞外囊泡" in zh for _, zh in glossary.matches("Are EVs the same?"))
    assert not any("ev" in en for en, _ in glossary.matches("several events were seen"))


def test_words_joined_by_hyphens_name_a_term_written_with_spaces():
    glossary = Glossary(((("small cell lung cancer",), ("小细胞肺癌",)), (("go-to",), ("首选",))))
    found = glossary.matches("Is small-cell-lung-cancer covered?")
    assert [en[0] for en, _ in found] == ["small cell lung cancer"]
    # A term's own hyphen is no space: going to the emergency room is no go-to treatment.
    assert glossary.matches("When should I go to the emergency room?") == []
    assert [en[0] for en, _ in glossary.matches("the go-to drug")] == ["go-to"]


def test_a_word_two_others_qualify_is_repeated_after_each():
    glossary = Glossary(
        (
            (("histologic switching",), ("组织学转化",)),
            (("phenotypic switching",), ("表型转换",)),
            (("targeted therapy", "targeted therapies"), ("靶向治疗",)),
            (("tumor",), ("肿瘤",)),
            (("tumor cell",), ("肿瘤细胞",)),
            (("bone cell",), ("骨细胞",)),
        )
    )
    assert (
        glossary.with_shared_words_repeated("Is histologic or phenotypic switching named?")
        == "Is histologic switching or phenotypic switching named?"
    )
    # Only where both pairs are terms: "immune therapies" is none here.
    unchanged = "Despite targeted and immune therapies?"
    assert glossary.with_shared_words_repeated(unchanged) == unchanged
    # Nor where the first word is a term alone: "tumor and bone cells" names tumours already.
    named = "What passes between tumor and bone cells?"
    assert glossary.with_shared_words_repeated(named) == named


def test_a_term_is_found_wherever_its_words_stand():
    # Terms that start with punctuation, a Greek letter or a digit, or hold no letter at all.
    glossary = Glossary(
        (
            (("α-synuclein",), ("α-突触核蛋白",)),
            (("40-160 nm",), ("四十纳米",)),
            (("-",), ("连字符",)),
            (("lung cancer",), ("肺癌",)),
            (("cancer cell", "cancer cells"), ("癌细胞",)),
        )
    )
    found = glossary.matches("Do α-synuclein and lung cancer cells measure 40-160 nm?")
    # "-" stands only inside longer terms here, so it is left out.
    assert [en[0] for en, _ in found] == ["α-synuclein", "40-160 nm", "lung cancer", "cancer cell"]
    assert [en[0] for en, _ in glossary.matches("before - after")] == ["-"]
    assert glossary.matches("肺癌") == [(("lung cancer",), ("肺癌",))]
    assert glossary.matches("plain words") == []
    # A plural the entry does not list is the term still.
    assert [en[0] for en, _ in glossary.matches("Which α-synucleins?")] == ["α-synuclein"]
    assert glossary.matches("lung cancerous") == []


def test_a_phrasal_verb_may_hold_its_object_before_its_particle():
    glossary = Glossary(((("let out", "shrug off"), ("释放",)), (("drug resistance",), ("耐药",))))
    assert glossary.matches("How does a cell let it out?")
    assert glossary.matches("Do tumours shrug the drugs off?")
    # The object stays a term of its own, and three words apart is no phrasal verb.
    assert len(glossary.matches("Can cells shrug drug resistance off?")) == 2
    assert not glossary.matches("let the cells of the tumour out")
    assert not glossary.matches("a letter out of date")


def test_an_idiom_that_holds_a_term_does_not_name_it():
    glossary = Glossary(((("recurrence", "come back", "coming back"), ("复发",)),))
    assert glossary.matches("Will the cancer come back after surgery?")
    assert not glossary.matches("There's a review I keep coming back to.")
    diet = Glossary(((("diet", "eat", "eating"), ("饮食",)),))
    assert diet.matches("What should he be eating during chemo?")
    assert diet.matches("Foods to eat?")
    assert not diet.matches("complications eating into patients' quality of life")
    assert not diet.matches("tumour cells that eat away at bone")
    falls = Glossary(((("exercise", "falls"), ("运动",)),))
    assert falls.matches("How can he avoid falls at home?")
    assert not falls.matches("Does the review fall under Thoracic Oncology? It falls under it.")


def test_a_plural_the_glossary_does_not_list_names_its_entry(assistant):
    # "circRNA" is listed, "circRNAs" is not: a question about them is about another RNA.
    answer = assistant.ask("Can exosomal circRNAs predict response to immunotherapy?")
    assert answer.abstained
    assert "circrna" in answer.notice.lower()


def test_a_text_without_some_entries_loses_every_place_it_names_them(glossary):
    english = glossary.without(
        "Breast cancers and breast cancer, unlike lung cancer", ["breast cancer"]
    )
    assert "breast" not in english.lower()
    assert "lung cancer" in english
    chinese = glossary.without("文中说乳腺癌骨转移", ["breast cancer"])
    assert "乳腺癌" not in chinese
    assert "骨转移" in chinese


def test_a_term_after_non_names_its_opposite(glossary):
    sclc = next(e for e in glossary.entries if "small cell lung cancer" in e[0])
    assert glossary.only_negated(sclc, "Drug resistance in non-small cell lung cancer.")
    assert glossary.only_negated(sclc, "非小细胞肺癌的耐药")
    assert not glossary.only_negated(
        sclc, "Unlike NSCLC or non-small cell lung cancer, small cell lung cancer grows fast."
    )
    assert not glossary.only_negated(sclc, "小细胞肺癌恶性程度高")
    assert not glossary.only_negated(sclc, "No lung cancer of any kind here.")


def test_chinese_text_is_glossed_in_english_in_reading_order(glossary):
    gloss = glossary.english_for("外泌体是由细胞内多囊泡体与细胞膜融合后，释放到细胞外")
    assert gloss[0] == "exosome"
    assert gloss.index("multivesicular body") < gloss.index("cell membrane")
    assert glossary.english_for("No Chinese here.") == []


def test_the_seam_between_two_chinese_terms_is_no_word(glossary):
    # 肺癌 and 骨转移 side by side: "癌骨" ends one and begins the other.
    assert "癌骨" in glossary.straddles("外泌体如何促进肺癌骨转移？")
    assert "骨转" not in glossary.straddles("外泌体如何促进肺癌骨转移？")
    assert glossary.straddles("What are exosomes?") == frozenset()


def test_each_shipped_term_stands_in_one_entry_only(glossary):
    # A term in two entries would make a question name two concepts where it names one.
    seen: dict[str, int] = {}
    for number, (english, chinese) in enumerate(glossary.entries):
        for term in (*english, *chinese):
            assert seen.setdefault(term, number) == number, term


def test_a_missing_glossary_is_an_empty_one(tmp_path):
    empty = load_glossary(tmp_path)
    assert (empty.entries, empty.sha256) == ((), "")
    assert empty.matches("exosome 外泌体") == []


def test_the_glossary_is_identified_by_its_content(tmp_path):
    (tmp_path / "glossary.yaml").write_text("- en: [exosome]\n  zh: [外泌体]\n", encoding="utf-8")
    first = load_glossary(tmp_path)
    assert first.entries == ((("exosome",), ("外泌体",)),)
    (tmp_path / "glossary.yaml").write_text("- en: [Exosome]\n  zh: 外泌体\n", encoding="utf-8")
    second = load_glossary(tmp_path)
    assert second.entries == first.entries  # English is lower-cased, one term may be a string
    assert second.sha256 != first.sha256


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("en: exosome\n", "must be a YAML list"),
        ("- [exosome, 外泌体]\n", "entry 1 must have 'en' and 'zh' lists"),
        ("- en: [exosome]\n  zh: [外泌体]\n- en: [bone]\n", "entry 2 needs both 'en' and 'zh'"),
        ("- en: [unclosed\n", "is not a readable YAML glossary"),
        (
            "- en: [vesicle]\n  zh: [囊泡]\n  includes: [exosome]\n",
            "entry 1 includes 'exosome', which names no other entry",
        ),
        (
            "- en: [vesicle, vesicles]\n  zh: [囊泡]\n  includes: [vesicles]\n",
            "entry 1 includes 'vesicles', which names no other entry",
        ),
    ],
    ids=["mapping", "entry-list", "no-zh", "invalid-yaml", "unknown-include", "self-include"],
)
def test_a_malformed_glossary_is_refused(tmp_path, text, message):
    (tmp_path / "glossary.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(CorpusError, match=message):
        load_glossary(tmp_path)


def test_an_entry_covers_the_entries_it_includes_and_not_the_other_way(tmp_path):
    (tmp_path / "glossary.yaml").write_text(
        "- en: [exosome, exosomes]\n  zh: [外泌体]\n"
        "- en: [vesicle]\n  zh: [囊泡]\n  includes: [Exosomes]\n",
        encoding="utf-8",
    )
    glossary = load_glossary(tmp_path)
    exosome, vesicle = glossary.entries
    assert glossary.phrases_of(vesicle) == ("vesicle", "囊泡", "exosome", "exosomes", "外泌体")
    assert glossary.phrases_of(exosome) == ("exosome", "exosomes", "外泌体")


def test_a_question_about_vesicles_is_answered_by_the_exosome_passages(shipped_index, assistant):
    # The index keeps what each entry includes, so a client of the index widens the same way.
    assert IndexReader(shipped_index).glossary.includes == load_glossary(CORPUS).includes
    answer = assistant.ask("Do these vesicles change how cells fuel themselves once in bone?")
    assert "influence energy metabolism" in answer.text or "能量代谢重编程" in answer.text


def test_chinese_passages_are_indexed_with_their_english_terms(shipped_index):
    reader = IndexReader(shipped_index)
    chinese = [p for p in reader.passages() if p.metadata["language"] == "zh"]
    assert chinese
    size = next(p for p in chinese if "直径为40-160 nm" in p.text)
    for term in ("exosome", "multivesicular body", "diameter"):
        assert term in size.metadata["terms"]
    assert all(p.metadata["terms"] == "" for p in reader.passages() if p not in chinese)
    # The index keeps the glossary it was built with, so it answers without its corpus.
    assert reader.glossary.sha256 == load_glossary(CORPUS).sha256


def test_a_chinese_question_asking_for_a_role_is_about_its_topic(assistant):
    # 作用 asks for a role, as "role" does in English: it is no topic of the question.
    answer = assistant.ask("外泌体在肺癌耐药中起什么作用？")
    assert "important transmitters" in answer.text


def test_an_english_question_is_answered_from_the_chinese_abstract(assistant):
    answer = assistant.ask("What skeletal-related events does lung cancer bone metastasis cause?")
    assert not answer.abstained
    assert "高钙血症" in answer.text  # hypercalcaemia
    assert answer.citations[0].language == "zh"


def test_a_chinese_question_is_answered_from_an_english_passage(assistant):
    answer = assistant.ask("酪氨酸激酶抑制剂耐药的机制是什么？")  # TKI resistance mechanisms
    assert not answer.abstained
    assert "secondary mutation" in answer.text
    assert answer.citations[0].language == "en"


def test_a_chinese_question_finds_the_chinese_answer(assistant):
    answer = assistant.ask("外泌体的直径是多少？")
    assert "40-160 nm" in answer.text
