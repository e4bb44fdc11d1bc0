"""Abbreviations the corpus defines bridge a question's wording and a passage's."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import write_document

from exorag import Assistant
from exorag.abbreviations import Abbreviations, definitions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Temporal lobe epilepsy (TLE) remains", [("TLE", "Temporal lobe epilepsy")]),
        ("tyrosine kinase inhibitors (TKIs) such as", [("TKI", "tyrosine kinase inhibitor")]),
        ("TAR DNA-binding protein 43 (TDP-43) is", [("TDP-43", "TAR DNA-binding protein 43")]),
        ("cancer. Non-small cell lung cancer (NSCLC)", [("NSCLC", "Non-small cell lung cancer")]),
        # Not definitions: a count, a figure, a lower-case aside, letters out of order.
        ("in mice (n = 12)", []),
        ("the miR-21 (Fig. 2) level", []),
        ("exosomes (small vesicles) carry", []),
        ("bone metastasis (EGFR) is", []),
    ],
)
def test_definitions_are_found_as_schwartz_and_hearst_do(text, expected):
    assert definitions(text) == expected


def test_a_question_names_an_abbreviation_by_either_form():
    known = Abbreviations.defined_in(
        ["Interstitial lung disease (ILD) was seen.", "Acute lymphoblastic leukaemia (ALL) is rare"]
    )
    assert known.named_in("Did ILD occur?") == [("interstitial lung disease", "ILD")]
    assert known.named_in("Rates of interstitial lung diseases") == [
        ("interstitial lung disease", "ILD")
    ]
    # A short form counts only as written: "all" is a word, not the leukaemia.
    assert known.named_in("Do all patients relapse?") == []
    assert known.named_in("Do ALL patients relapse?") == [("acute lymphoblastic leukaemia", "ALL")]


def test_a_long_form_finds_a_passage_that_writes_only_the_short_form(tmp_path: Path):
    corpus = tmp_path / "corpus"
    write_document(
        corpus,
        "pneumonitis.md",
        "Trastuzumab deruxtecan can cause interstitial lung disease (ILD), a scarring of the "
        "lungs seen in breast cancer trials.\n",
    )
    write_document(
        corpus,
        "olaparib-trial.md",
        "Anaemia was the most common adverse event of olaparib, and nausea the second. In the "
        "olaparib arm, ILD was seen in a few women.\n",
    )
    write_document(
        corpus,
        "survey.md",
        "Olaparib is taken as tablets twice a day, and chronic lung disease does not change "
        "its dose.\n",
    )
    assistant = Assistant(index_dir=tmp_path / "index", corpus_dir=corpus)
    assistant.build_index()

    answer = assistant.ask("Was interstitial lung disease seen with olaparib?")

    assert not answer.abstained
    assert answer.citations[0].doc_id == "olaparib-trial"
    assert "ILD was seen in a few women" in answer.text
