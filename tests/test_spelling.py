"""spelling.py: a question's typing slips and run-together words are read as the corpus's words."""

from __future__ import annotations

import pytest

from exorag.spelling import Spelling

TEXT = (
    "Platinum based chemotherapy remains the standard treatment. Drug resistance is an urgent"
    " problem. Exosomes show potential for early diagnosis of lung cancer metastasis."
)


@pytest.fixture(scope="module")
def spelling() -> Spelling:
    return Spelling([TEXT], extra_words=["ontology", "egfr", "osimertinib", "doi"])


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("platnium resistnace", "platinum resistance"),  # two letters swapped
        ("exosmes", "exosomes"),  # one dropped
        ("chemotheraphy", "chemotherapy"),  # one added
        ("lungcancer earlydiagnosis", "lung cancer early diagnosis"),  # run together
        ("Platnium", "platinum"),
        ("exozomes metastisis", "exosomes metastasis"),  # spelt by ear, in a long word
        ("urgant", "urgent"),  # by ear, in a word of six letters or more
    ],
)
def test_a_slip_is_read_as_the_corpus_word(spelling, typed, meant):
    assert spelling.mend(typed) == meant


@pytest.mark.parametrize(
    "asked",
    [
        "What doses are used?",  # an everyday word, whole in the model's vocabulary
        "Which transporter lowers it?",  # one letter in place of another is another word
        "Is PARP or KRAS named?",  # symbols are the asker's own
        "Does exosome-based therapy work?",  # hyphenated words are left whole
        "Is sonication used?",  # no corpus word is one slip away
        "Is platinun used?",  # a letter for one that does not sound alike is no slip
    ],
)
def test_a_word_that_is_no_slip_is_left_as_asked(spelling, asked):
    assert spelling.mend(asked) == asked


@pytest.mark.parametrize(
    ("dictated", "meant"),
    [
        ("exo zomes and meta stasis?", "exosomes and metastasis?"),  # syllables, one misheard
        ("plat in um based", "platinum based"),  # a word in the middle is a syllable too
        ("e g f r, osi mer tinib.", "egfr, osimertinib."),  # letters spelt one by one
        ("whats the d o i for it", "whats the doi for it"),  # three letters make a word too
    ],
)
def test_a_word_dictated_in_pieces_is_read_whole(spelling, dictated, meant):
    assert spelling.joined(dictated) == meant


@pytest.mark.parametrize(
    "asked",
    [
        "Do exosomes do the same thing there?",  # words of their own, not a misheard one
        "osimertinib C797S",  # the last piece goes on as a name
        "lung cancer diagnosis",  # corpus words side by side
    ],
)
def test_words_that_are_no_pieces_of_one_are_left_apart(spelling, asked):
    assert spelling.joined(asked) == asked


def test_a_misspelt_question_is_answered_from_the_corpus(assistant):
    answer = assistant.ask("platnium chemo resistnace mechanisms nsclc")
    assert not answer.abstained
    assert "platinum resistance" in answer.text
    # The answer shows the question as it was asked.
    assert answer.question == "platnium chemo resistnace mechanisms nsclc"


def test_a_misspelt_question_word_no_paper_uses_is_read_as_asked(assistant):
    # "impact" and "percentage" are the kinds' words, not the corpus's: the question asks for
    # an impact factor and a share, which neither paper gives.
    for typed in (
        "what is the impakt factor of the Chinese Journal of Lung Cancr?",
        "what percentige of lung cancr pashents end up with bone metastisis?",
    ):
        answer = assistant.ask(typed)
        assert answer.abstained, answer.text
    authors = assistant.ask("who are the auther names on the frontiers reveiw about exsomes?")
    assert "Lingyun Ye" in authors.text


def test_a_word_questions_are_asked_in_mends_a_slip_but_splits_no_word():
    asked = Spelling(["particles of lung cancer"], asked_words=["micro", "impact"])
    assert asked.mend("impakt") == "impact"
    assert asked.mend("microparticles") == "microparticles"
