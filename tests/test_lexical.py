"""lexical.py: the terms BM25 and sentence scoring compare, in English, biomedicine and Chinese."""

from __future__ import annotations

import pytest

from exorag.lexical import (
    cjk_bigrams,
    simplified,
    spelt_out,
    terms,
    unaccented,
    unshouted,
    with_prefixes_joined,
    with_resistance_passed_on,
    with_the_statement_asked,
    with_vesicles_formed,
    without_letter_form,
    without_manner_of_telling,
    without_reciprocals,
    without_search_operators,
    written_chinese,
)


def test_biomedical_tokens_stay_whole_and_their_parts_match_too():
    found = terms("miR-21 promotes EGFR-TKI resistance")
    assert {"mir-21", "egfr-tki"} <= set(found)
    assert {"egfr", "tki"} <= set(found)  # so "EGFR" alone finds "EGFR-TKI"
    assert set(terms("EGFR")) <= set(found)
    assert terms("PD-L1") == ["pd-l1", "pd", "l1"]


def test_what_non_negates_is_not_named():
    # "How small are exosomes?" is not about every passage of a paper titled "… non-small cell
    # lung cancer".
    assert "small" not in terms("non-small cell lung cancer")
    assert "non-small" in terms("non-small cell lung cancer")
    assert "small" in terms("small molecules")


def test_sizes_and_decimals_stay_whole():
    assert terms("Exosomes are 40-160 nm in diameter") == [
        "exosom",
        "40-160",
        "40",
        "160",
        "nm",
        "diamet",
    ]
    assert terms("3.5 nm")[0] == "3.5"


def test_english_words_are_stemmed_and_stopwords_dropped():
    assert terms("The exosomes were secreted by the cells") == ["exosom", "secret", "cell"]
    assert terms("exosome") == terms("Exosomes") == terms("EXOSOMES")
    assert terms("What is the role of the paper?") == []


@pytest.mark.parametrize(
    ("british", "american"),
    [("hypercalcaemia", "hypercalcemia"), ("tumours", "tumors"), ("licence", "license")],
)
def test_british_and_american_spellings_meet(british, american):
    assert terms(british) == terms(american)


def test_acronym_plurals_meet_their_singular():
    assert terms("TKIs") == terms("TKI") == ["tki"]
    assert terms("ICIs and EVs") == ["ici", "ev"]


def test_chinese_becomes_character_bigrams():
    assert terms("外泌体") == ["外泌", "泌体"]
    assert terms("骨") == ["骨"]
    assert cjk_bigrams("骨转移") == ["骨转", "转移"]
    # A question and a passage share bigrams though neither is segmented into words.
    question = set(terms("外泌体的直径"))
    passage = set(terms("形成的直径为40-160 nm的细胞外囊泡"))
    assert "直径" in question & passage


def test_mixed_text_keeps_both_scripts_in_order():
    assert terms("外泌体 carry miR-21") == ["外泌", "泌体", "carri", "mir-21", "mir", "21"]


def test_an_english_clitic_is_part_of_no_term():
    # The "t" of "doesn't" would otherwise match the T of "T cell".
    assert terms("doesn't meet those terms") == ["meet", "term"]
    assert terms("the author's view") == ["author", "view"]
    assert terms("can't") == terms("won't") == []


def test_colonization_and_hospitalization_keep_their_own_stems():
    assert terms("colonization colonise") == ["coloniz", "coloniz"]
    assert "colon" not in terms("bone colonization")
    assert terms("hospitalization") != terms("hospital")


def test_traditional_chinese_meets_simplified():
    assert terms("外泌體") == terms("外泌体")
    assert simplified("這篇綜述 EGFR") == "这篇综述 EGFR"
    # 著 after a verb is the particle 着; in 著名 and 显著 it stays.
    assert simplified("帶著 著名 顯著") == "带着 著名 显著"


def test_words_naming_a_paper_are_stop_words_in_any_inflection():
    # "Both reviews …" had made "review" a rare topic that only a TL;DR sentence held.
    assert terms("both reviews, papers and articles") == []
    # "More and more studies show" is a body of work.
    assert terms("studies") == ["studi"]


def test_the_askers_own_voice_names_no_topic():
    # "Retired engineer here, trying to …": filler and the asker's family are not topics a
    # sentence must share.
    assert terms("my dad actually keeps trying, stuff like that") == ["like"]
    assert terms("Ji et al. report") == ["ji", "report"]
    assert terms("How, per Ji and colleagues, within a tumour?") == ["ji", "tumor"]
    # "previously responsive" is no "previous study".
    assert terms("previously responsive cells") == ["respons", "cell"]
    assert terms("among them") == []


def test_spoken_chinese_question_words_take_their_written_forms():
    assert written_chinese("外泌体是啥？咋形成的？") == "外泌体是什么？怎么形成的？"
    # Wuhan: 么 alone is 什么, 么样 怎么样; 什么, 怎么, 这么 and a closing 么 are left.
    assert (
        written_chinese("里头装了些么事？用么颜色的管子？") == "里头装了些什么？用什么颜色的管子？"
    )
    assert written_chinese("么样搞？冇得人晓得") == "怎么样搞？没有人晓得"
    assert written_chinese("这么多，怎么办，是什么？是么？") == "这么多，怎么办，是什么？是么？"
    # Cantonese, longest words first: 有冇 is 有没有, not 有没有 after 冇.
    assert written_chinese("有冇可能？佢哋喺边度？点解？") == "有没有可能？它们在哪里？为什么？"
    assert written_chinese("外泌体会参与边几种机制？边个？") == "外泌体会参与哪几种机制？哪个？"
    assert written_chinese("啲外泌体入面装住啲咩嘢？") == "些外泌体里面装着些什么东西？"
    assert written_chinese("Exosome 入面通常会带住啲咩嘢？") == "Exosome 里面通常会带着些什么东西？"
    # OpenCC writes 嗰 as 𠮶.
    assert written_chinese(simplified("嗰篇，作者系边两位？")) == "那篇，作者是哪两位？"
    assert written_chinese("一般系咩原因？嗰阵做咗啲咩？") == "一般是什么原因？那阵做了些什么？"
    # A pinyin keyboard's homophone slip.
    assert written_chinese("通讯做者是谁啊") == "通讯作者是谁啊"
    assert written_chinese("呢类药食食下失效，机制有边啲？") == "这类药吃着吃着失效，机制有哪些？"
    # Shanghainese and Henan: 啥辰光 (when), 啥人 (who) before 啥; 哩 is 的.
    assert written_chinese("搿篇是啥辰光投进去个？啥人写个？") == "这篇是什么时候投进去个？谁写个？"
    assert written_chinese("是哪俩人写哩？") == "是哪两个人写的？"
    # Sichuanese.
    assert written_chinese("外泌体是啥子东西？") == "外泌体是什么东西？"
    # Tianjin's 嘛 asks what only in its phrases; alone it is a particle.
    assert written_chinese("介样的人先用嘛法子治？那玩意儿有嘛用？") == (
        "这样的人先用什么法子治？那玩意儿有什么用？"
    )
    assert written_chinese("有没得具体的数字嘛") == "有没有具体的数字嘛"
    # Yunnanese 些哪样 asks what things.
    assert written_chinese("会出现些哪样问题？") == "会出现些什么问题？"
    # Chinese is written without spaces; a space beside a Latin word stays.
    assert written_chinese("exosome 里面 一般 装 了 哪些 molecules?") == (
        "exosome 里面一般装了哪些 molecules?"
    )


def test_from_one_to_another_names_no_other_thing():
    assert without_reciprocals("Can exosomes pass resistance from one tumour cell to another?") == (
        "Can exosomes pass resistance from tumour cell to tumour cell?"
    )
    assert without_reciprocals("Do cells talk to one another?") == "Do cells talk to each other?"
    # "Another" that names another thing stays.
    assert without_reciprocals("Is IO another breakthrough?") == "Is IO another breakthrough?"


def test_a_prefix_typed_apart_qualifies_the_word_after_it():
    joined = with_prefixes_joined("Is it non small cell lung cancer or NON SMALL cell?")
    assert joined == "Is it non-small cell lung cancer or NON-SMALL cell?"
    assert "small" not in terms(joined)
    # "Non" alone before no word is left as typed.
    assert with_prefixes_joined("yes or non?") == "yes or non?"


def test_the_askers_voice_typed_without_apostrophes_names_no_topic():
    assert terms("True or false: my husbands cells dont respond") == ["cell", "respond"]
    # "another" names no other thing: "from one population of cells to another".
    assert terms("another population") == ["popul"]


def test_how_the_asker_wants_to_be_told_is_no_part_of_the_question():
    assert (
        without_manner_of_telling("In simple words, what is an exosome?") == "what is an exosome?"
    )
    assert without_manner_of_telling("ELI5: what is it?") == "what is it?"
    assert without_manner_of_telling("用大白话讲一下外泌体是什么") == "外泌体是什么"
    # Slang asks the same: "what's the tea on" is "what is known about", "fr" is "for real".
    assert without_manner_of_telling("what's the tea on how tumors dodge TKIs fr") == (
        "how tumors dodge TKIs"
    )
    # "List them in Chinese" asks for no Chinese wording.
    assert without_manner_of_telling("把那几个原文用中文列一下") == "把那几个原文 列一下"
    # The habitual "used to" asks of no use; a use asked about stays.
    assert without_manner_of_telling("cells that used to respond") == "cells that respond"
    assert without_manner_of_telling("What are exosomes used to treat?") == (
        "What are exosomes used to treat?"
    )
    # Asking how simple something is stays.
    assert without_manner_of_telling("Is it simpler than TKI resistance?") == (
        "Is it simpler than TKI resistance?"
    )
    assert without_manner_of_telling("Name the mechanisms — need them in one line.") == (
        "Name the mechanisms ."
    )
    # The style a reference is written in, and a systematic reviewer's field label.
    assert without_manner_of_telling("For an APA reference, who are the authors?") == (
        "For an   reference, who are the authors?"
    )
    assert without_manner_of_telling("PICO: intervention strategies?") == (
        "intervention strategies?"
    )


def test_a_letters_greeting_and_closing_are_no_part_of_the_question():
    assert without_letter_form(
        "Dear Kenji,\nQuick question. Which volume is it in?\nAll the best,\nNadia"
    ) == ("Quick question. Which volume is it in?")
    assert without_letter_form("Hi Olga, which journal? Thanks a lot, Peter") == "which journal?"
    assert without_letter_form("王老师您好：外泌体的直径是多少？谢谢！") == "外泌体的直径是多少？"
    assert without_letter_form("Hola Juan, ¿quién es el autor?\nSaludos") == "¿quién es el autor?"
    # Words of a question that a letter also uses stay: a greeting opens, a closing ends.
    assert without_letter_form("Which treatment works best?") == "Which treatment works best?"
    assert without_letter_form("Are the best regards of 2025 cited?") == (
        "Are the best regards of 2025 cited?"
    )
    assert without_letter_form("Thanks!") == "Thanks!"


def test_texting_shorthand_is_spelt_out_in_lower_case_only():
    assert spelt_out("who r the authors, pls") == "who are the authors, please"
    assert spelt_out("what r u doing w/ them") == "what are you doing with them"
    # Capitals, parts of words and hyphenated words stay: "R" may be the language.
    assert spelt_out("R packages for u-shaped curves") == "R packages for u-shaped curves"
    assert spelt_out("the ur-cell") == "the ur-cell"


def test_a_question_typed_in_capitals_is_read_in_lower_case():
    assert unshouted("WHY DO TUMORS STOP RESPONDING TO CARBOPLATN") == (
        "why do tumors stop responding to carboplatn"
    )
    # A word with a digit names a molecule in any case.
    assert unshouted("DOES T790M OR PD-L1 MATTER HERE") == "does T790M or PD-L1 matter here"
    # A few capitals among other words are names, not shouting.
    assert unshouted("Is EGFR or ALK named in the NSCLC review?") == (
        "Is EGFR or ALK named in the NSCLC review?"
    )
    assert unshouted("EGFR TKI?") == "EGFR TKI?"


def test_a_web_search_is_read_as_the_words_it_searches_for():
    assert without_search_operators(
        '"checkpoint inhibitor" resistance NSCLC -melanoma site:frontiersin.org'
    ) == ("checkpoint inhibitor resistance NSCLC")
    assert without_search_operators('bypass OR "secondary mutation"') == "bypass secondary mutation"
    # A range, a hyphenated name and a dash between clauses are no operators, and a question
    # without operators keeps its quotes.
    for asked in (
        "Are exosomes 40-160 nm across?",
        "Does anti-PD-1 therapy fail — and why?",
        'What does "骨相关事件" mean?',
    ):
        assert without_search_operators(asked) == asked


def test_a_statement_to_judge_after_its_frame_is_the_question():
    assert with_the_statement_asked("判断题：对还是错？奥希替尼是第三代TKI。") == (
        "奥希替尼是第三代TKI，对吗？"
    )
    assert with_the_statement_asked("True or false? Exosomes are 40-160 nm across.") == (
        "True or false: Exosomes are 40-160 nm across?"
    )
    # A question after the frame asks for itself.
    asked = "对不对？外泌体有多大？"
    assert with_the_statement_asked(asked) == asked


def test_accented_latin_letters_are_read_without_their_accents():
    assert unaccented("la date de réception, les métastases osseuses") == (
        "la date de reception, les metastases osseuses"
    )
    # A word splits at no accent, and a name meets its unaccented spelling.
    assert terms("métastases") == terms("metastases")
    assert terms("Müller") == terms("Muller")
    # Chinese and Japanese, whose marks NFD also splits off, come back whole.
    assert unaccented("骨转移，が，ガ") == "骨转移，が，ガ"


def test_resistance_carried_from_cell_to_cell_is_passed_on():
    # Read after "from one X to another" has become "from X to X".
    read = with_resistance_passed_on(
        without_reciprocals("Can exosomes carry drug resistance from one cell to another?")
    )
    assert read == "Can exosomes transfer drug resistance from cell to cell?"
    # What exosomes carry is cargo.
    assert with_resistance_passed_on("What do exosomes carry?") == "What do exosomes carry?"


def test_a_vesicle_made_is_one_formed():
    assert with_vesicles_formed("How are exosomes made?") == "How are exosomes formed?"
    assert (
        with_vesicles_formed("how is zo'n exosoma actually made in de cell?")
        == "how is zo'n exosoma actually formed in de cell?"
    )
    assert with_vesicles_formed("How do exosomes get made?") == "How do exosomes get formed?"
    # What else is made is left: "made considerable progress".
    assert with_vesicles_formed("Has progress been made?") == "Has progress been made?"


def test_a_summary_asked_after_the_question_is_how_to_tell_it():
    assert (
        without_manner_of_telling("What are the key findings on metabolism? pls summarise")
        == "What are the key findings on metabolism?"
    )
    assert "summarize" not in without_manner_of_telling(
        "How are exosomes formed? The review gives a one-line explanation, can you summarize it"
        " simply?"
    )
    # A summary asked for itself is the question.
    assert without_manner_of_telling("Summarise the review.") == "Summarise the review."
