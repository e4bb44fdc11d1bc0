"""other_languages.py: questions asked in Spanish, Portuguese, French, German, Italian, Dutch or
Catalan around English terms, read with their question words in English."""

from __future__ import annotations

import pytest

from exorag.lexical import unaccented
from exorag.other_languages import (
    Cognates,
    english_read_in,
    language_asked_in,
    own_words_in,
    with_compounds_parted,
    with_english_question_words,
    with_umlauts_unspelt,
)


@pytest.mark.parametrize(
    ("question", "read"),
    [
        # Spanish, which "¿" opens; its articles and prepositions stay.
        (
            "¿cuando recibieron el manuscript y cuando lo aceptaron?",
            "¿when received el manuscript y when lo accepted?",
        ),
        ("¿Quienes son los authors del review?", "¿who are los authors del review?"),
        # Wholly in Spanish: the record's words, and which abstract, read in English.
        (
            "¿Quien es el autor de correspondencia segun el resumen en chino?",
            "¿who is el corresponding author segun el Chinese abstract?",
        ),
        (
            "¿Bajo que licencia se distribuye la revision?",
            "¿Bajo what licence se distribuye la review?",
        ),
        # Portuguese, by two of its own words.
        (
            "Quando o manuscrito foi received? Preciso das datas.",
            "when o manuscrito was received? Preciso das dates.",
        ),
        # French and German.
        (
            "Les deux premiers auteurs, ils bossent dans quel hopital?",
            "Les deux premiers authors, ils work dans which hospital?",
        ),
        (
            "Wer sind die Autoren von dem Review bei Lungenkrebs?",
            "who are die authors von dem Review bei Lungenkrebs?",
        ),
        # Wholly in French.
        (
            "Qui est l'auteur a contacter selon le resume chinois, par exemple pour les EV?",
            "who is corresponding author selon le Chinese abstract, for example pour les EV?",
        ),
        # Italian "secondo": according to, or second.
        (
            "Chi e il secondo autore, secondo il testo della rivista?",
            "who e il second author, according to il testo della journal?",
        ),
        # Italian and Dutch.
        (
            "Con che licenza e uscita la review, posso riusare le figure se cito gli autori?",
            "Con what licence was published la review, posso riusare le figure se cito gli"
            " authors?",
        ),
        (
            "In welke sectie is dat stuk verschenen, weet je dat?",
            "In which section is that article appeared, weet je dat?",
        ),
        # French's euphonic "t" is no word (read, it would ask of T cells).
        (
            "Dans quelle rubrique ce travail a-t-il ete classe, existe-t-elle en ligne?",
            "Dans which section ce travail a-il ete classe, existe-elle en ligne?",
        ),
        # "Wer hat … geschrieben?" is "who has … written?"; "wie heißt" asks for a name.
        (
            "Wer hat den Artikel geschrieben, wie heisst die Zeitschrift?",
            "who has den article written, what is the name of die journal?",
        ),
        (
            "¿Como se llama el articulo y que pueden llevar adentro los exosomas?",
            "¿what is the name of el article y what pueden carry inside los exosomas?",
        ),
        # Everyday words of questions the papers do not answer, read so that they are seen
        # to be about what the papers never mention.
        (
            "Quelle est l'incidence annuelle au Maroc, et le risque pour les hommes?",
            "which is annual incidence au Morocco, et le risk pour les men?",
        ),
        # Dutch "bijdragen" split around its subject is to contribute, not to carry.
        (
            "Hoe dragen exosomen bij aan de verspreiding, en welke stoffen dragen ze bij zich?",
            "how contribute exosomen bij aan de spread, en which substances carry ze bij zich?",
        ),
        # German's verb comes last: read beside the resistance it spreads.
        (
            "Wie sollen Exosomen die Resistenz innerhalb eines Tumors ausbreiten?",
            "how sollen Exosomen die spread resistance innerhalb eines Tumors?",
        ),
        # Spanish "median" the verb (mediate), beside the median of a survival; "en cuanto a"
        # is regarding, not how much.
        (
            "¿Que procesos median los exosomas en cuanto a la colonizacion y la median survival?",
            "¿what procesos mediate los exosomas regarding la colonizacion y la median survival?",
        ),
        # French sets a space before its question mark; a compound's first part, whose rest
        # the next compound gives, is read as a word of its own.
        (
            "La survie globale a 5 ans des patients du CBNPC stade IV sous immunotherapie, quel"
            " chiffre ?",
            "La survival globale at 5 years des patients du CBNPC stage IV sous immunotherapie,"
            " what number?",
        ),
        (
            "Ist die Neuerkrankungs- und Sterberate hoch, oder Knochen- oder Lebermetastasen?",
            "is die Neuerkrankung und Sterberate hoch, oder bone oder Lebermetastasen?",
        ),
        # English words that are another language's too stay in an English question.
        (
            "Is the son of a patient at risk, de novo, and was it published?",
            "Is the son of a patient at risk, de novo, and was it published?",
        ),
        # A record's part named in another language inside an English question is read; a
        # summary ("resumo") or data are no part of it.
        (
            "In which Zeitschrift and on which Datum is it published? Who are the Autoren?",
            "In which journal and on which date is it published? Who are the authors?",
        ),
        (
            "how is the exosome formed? resumo rapido, with data",
            "how is the exosome formed? resumo rapido, with data",
        ),
    ],
)
def test_a_question_is_read_with_english_question_words(question: str, read: str) -> None:
    assert with_english_question_words(question, language_asked_in(question)) == read


def test_another_languages_own_words_are_told_apart() -> None:
    french = "Quels types de cargo les exosomes portent-ils d'une cellule a l'autre?"
    assert own_words_in(french, language_asked_in(french)) == {"les", "d'une", "l'autre"}
    english = "What cargo do exosomes carry between cells?"
    assert own_words_in(english, language_asked_in(english)) == frozenset()
    # Wholly German or Portuguese questions, by their own function words.
    assert language_asked_in("Unter welcher Lizenz darf ich die Ubersicht weiterverwenden?") == (
        "german"
    )
    assert language_asked_in("Quem ficou como autor correspondente naquela revisao sobre") == (
        "portuguese"
    )
    assert language_asked_in("Nella rassegna cinese sulle metastasi ossee, che diametro?") == (
        "italian"
    )
    assert language_asked_in("Op hoeveel literatuurverwijzingen steunt het overzicht?") == "dutch"


def test_the_language_a_question_is_asked_in() -> None:
    assert language_asked_in("¿when received the manuscript?") == "spanish"
    assert language_asked_in("why os TKIs param de funcionar?") == "portuguese"
    assert language_asked_in("Les exosomes, ils transportent quel genre de cargo?") == "french"
    assert language_asked_in("Welche Rolle spielen Exosomen bei der Resistenz?") == "german"
    assert language_asked_in("Come si formano gli esosomi, secondo il testo?") == "italian"
    assert language_asked_in("Wat voor lading kunnen exosomes meenemen tussen cellen?") == "dutch"
    # "la … en" is Spanish as much as "par … ne" is French.
    platinum = "Pourquoi la chimio finit-elle par ne plus marcher, en termes simples ?"
    assert language_asked_in(platinum) == "french"
    # "la … con" is Spanish as much as "dei … anni" is Italian: the words to read decide.
    survival = "Qual e la sopravvivenza a cinque anni dei pazienti con NSCLC, in percentuale?"
    assert language_asked_in(survival) == "italian"
    # ".com" is no Portuguese "com", and one word of a language is no question in it.
    assert language_asked_in("Is the DOI on frontiersin.com, de novo?") is None
    assert language_asked_in("What does the review say about the exosome der Wert?") is None
    # Portuguese typed without its tilde and cedilla still ends words as only it does.
    suppressed = "Os exossomos explicam a resistencia a quimioterapia e a imunossupressao?"
    assert language_asked_in(suppressed) == "portuguese"
    # A verb only Portuguese writes so, though the English title outweighs its letters.
    titled = "quem escreveu o artigo Mechanisms of Exosomes in Lung Cancer Bone Metastasis?"
    assert language_asked_in(titled) == "portuguese"


def test_a_question_with_too_few_own_words_is_told_by_its_letters() -> None:
    # One Spanish own word ("y"), none of French: the letters tell, given a word to read.
    spanish = "cuando lo recibieron y cuando lo aceptaron al articulo de resistencia y exosomas??"
    assert language_asked_in(spanish) == "spanish"
    french = "Combien de références bibliographiques compte la revue de Yuan et Tang?"
    assert language_asked_in(french) == "french"
    # Read without its accents, the question is told by the letters it was written in.
    portuguese = "Quantas referências bibliográficas tem a revisão sobre metástases ósseas?"
    assert language_asked_in(unaccented(portuguese), portuguese) == "portuguese"
    # Rated Dutch by its letters, but it holds no Dutch word.
    steering = "Who's steering the ship? Which author is named for correspondence?"
    assert language_asked_in(steering) is None
    assert language_asked_in("What cargo do exosomes carry between cells?") is None
    assert language_asked_in("外泌体携带哪些物质？") is None


def test_catalan_is_told_from_the_spanish_whose_articles_it_shares() -> None:
    # More Spanish articles and prepositions ("el", "la", "en", "sobre") than Catalan words.
    authors = (
        "Qui són els autors de la revisió de Frontiers sobre exosomes i resistència en el CPNM?"
    )
    assert language_asked_in(unaccented(authors), authors) == "catalan"
    trial = "hi ha algun assaig clinic en fase 3 amb exosomas enginyerits pa cancer de pulmo?"
    assert language_asked_in(trial) == "catalan"
    dates = "Quan es va rebre i quan es va acceptar el paper de Ji, Zhang i Ye?"
    assert language_asked_in(dates) == "catalan"
    assert with_english_question_words(dates, "catalan") == (
        "when was received i when was accepted el paper de Ji, Zhang i Ye?"
    )
    # Spanish with a Catalan word dropped in stays Spanish.
    licence = (
        "Bon dia, amb quina llicencia esta publicada la revisión de exosomas y drug resistance?"
    )
    assert language_asked_in(unaccented(licence), licence) == "spanish"


def test_german_typed_without_umlauts_is_read_as_with_them() -> None:
    def is_a_word(word: str) -> bool:
        return word in {"ubertragen", "neue"}

    question = "Koennen Exosomen das uebertragen, was ist die uebliche Behandlung, Koeffizient?"
    # "ubertragen" is a word known, "ubliche" one read here; "Koeffizient" has no umlaut, and
    # "konnen" is no word known.
    assert with_umlauts_unspelt(question, "german", is_a_word) == (
        "Koennen Exosomen das ubertragen, was ist die ubliche Behandlung, Koeffizient?"
    )
    assert with_umlauts_unspelt("Neue Frauen?", "german", is_a_word) == "Neue Frauen?"
    # Each part of a compound joined by hyphens on its own.
    assert with_umlauts_unspelt("Fuenf-Jahres-Ueberlebensrate", "german", is_a_word) == (
        "Funf-Jahres-Uberlebensrate"
    )
    # Only German writes its umlauts so.
    assert with_umlauts_unspelt("la uebliche", "spanish", is_a_word) == "la uebliche"


def test_german_and_dutch_compounds_are_parted_where_a_part_is_known() -> None:
    def is_a_word(word: str) -> bool:
        return word in {"resistenz", "overleving", "borstkanker", "behandlung", "tumorzellen"}

    # The longest part known wins; the other need not be known.
    assert with_compounds_parted(
        "Gibt es Resistenzeigenschaften bei Tumorzellen?", "german", is_a_word
    ) == ("Gibt es Resistenz eigenschaften bei Tumorzellen?")
    assert with_compounds_parted(
        "Wat is de 5-jaarsoverleving van borstkankerpatienten?", "dutch", is_a_word
    ) == ("Wat is de 5-jaars overleving van borstkanker patienten?")
    # The "s" that joins a noun in "-ung" to the next belongs to neither.
    assert with_compounds_parted("Behandlungsmoglichkeiten", "german", is_a_word) == (
        "Behandlung moglichkeiten"
    )
    # A word joined by a hyphen to one it is known with stays as it is.
    assert (
        with_compounds_parted(
            "Beim nicht-kleinzelligen Lungenkrebs",
            "german",
            lambda word: word in {"nicht-kleinzelligen", "zelligen", "lungenkrebs"},
        )
        == "Beim nicht-kleinzelligen Lungenkrebs"
    )
    # A short known part beside an unknown one is often an ending's stem: "Patient enplasma".
    assert with_compounds_parted("Patientenplasma", "german", lambda word: word == "patient") == (
        "Patientenplasma"
    )
    # A word with no known part, and the other languages' long words, stay whole.
    assert with_compounds_parted("Schwierigkeiten", "german", is_a_word) == "Schwierigkeiten"
    assert with_compounds_parted("resistenzeigenschaften", "italian", is_a_word) == (
        "resistenzeigenschaften"
    )


ENGLISH_WORDS = ("mechanisms", "patients", "osteoclasts", "metastasis", "tyrosine", "marker")


@pytest.fixture(scope="module")
def cognates() -> Cognates:
    return Cognates(ENGLISH_WORDS, lambda word: word in ENGLISH_WORDS)


@pytest.mark.parametrize(
    ("question", "read"),
    [
        (
            "¿Que mecanismos describen para los pacientes?",
            "¿Que mechanisms describen para los patients?",
        ),
        # German writes "k" where English writes "c"; the stem "metastasi" is "Metastas-".
        (
            "Welche Rolle spielen Osteoklasten bei der Metastasierung?",
            "Welche Rolle spielen osteoclasts bei der metastasis?",
        ),
        ("¿Y los inhibidores de tirosina?", "¿Y los inhibidores de tyrosine?"),
        # An everyday word that English spells alike but says otherwise is left: "marcher"
        # ends no stem of "marker".
        ("pourquoi les TKI arretent de marcher", "pourquoi les TKI arretent de marcher"),
        # An English question is no other language's.
        ("What mecanismos do the pacientes show?", "What mecanismos do the pacientes show?"),
    ],
)
def test_learned_words_of_another_language_are_read_as_their_english(cognates, question, read):
    assert cognates.read(question, language_asked_in(question)) == read


def test_english_a_reading_wrote_is_not_read_again() -> None:
    cognates = Cognates(("oncology",), lambda word: word == "oncology")
    # "oncologist", which the French reading wrote for "oncologue", is no learned French word.
    read = "quel traitement should I ask his oncologist for"
    assert cognates.read(read, "french") == read
    # The asker's own learned word still is.
    assert cognates.read("le service d'oncologie", "french") == "le service d'oncology"
    # What the reading writes counts as English even where it is the word as written.
    assert english_read_in("je mets dans quel tube", "french") == "which tube"
    assert english_read_in("which tube", None) == ""
