"""Question → ranked passages: dense (Chroma) and lexical (BM25) lists, fused, de-duplicated.

The English-only embedding model cannot read Chinese, so the glossary bridges both ways:
a Chinese question is embedded through its English terms, and English questions gain the
Chinese terms for BM25 (Chinese passages were indexed with their English terms too).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache, partial
from itertools import pairwise

import numpy as np

from .abbreviations import Abbreviations
from .asks import (
    asked_words,
    asks_for_findings,
    expected_kind,
    is_kind,
    is_record_line,
    is_record_part,
    only_its_line,
    set_aside,
    wants_a_number,
)
from .chunking import language_of, split_sentences, word_count
from .config import Settings
from .embeddings import embed, word_pieces
from .glossary import Glossary
from .index import IndexReader, StoredPassage
from .lexical import (
    CJK_RUN_PATTERN,
    STOPWORDS,
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
from .other_languages import (
    FUNCTION_WORDS,
    NEGATIONS,
    Cognates,
    english_read_in,
    language_asked_in,
    own_words_in,
    with_compounds_parted,
    with_english_question_words,
    with_umlauts_unspelt,
)
from .pinyin import Pinyin
from .spelling import Spelling

# Reciprocal rank fusion constant: damps the difference between rank 1 and rank 2.
RRF_K = 10
COVERAGE_WEIGHT = 2.0
UNSEEN_WORD_WEIGHT = 0.5
CONTEXT_WEIGHT = 0.5
# Lift for a passage or sentence of the kind the question asks for (a date, a number).
KIND_BONUS = 0.3
# Chinese question words and particles: a bigram holding one carries no topic.
_ZH_FUNCTION_CHARS = frozenset("的是吗呢了么哪什啊吧和与及在有为中多少怎如何些其这那个之")
# Chinese words a question uses to ask, as English asks with "role" or "way" (stop words
# there): "起什么作用" is "what role does it play", not a topic; "形成过程" asks how it forms;
# "exosome相关治疗" is treatment related to exosomes, not a relation; "从哪些方面下手" asks
# where to start, of no aspect.
_ZH_ASKING_WORDS = frozenset({"作用", "方式", "过程", "相关", "方面"})
_DUPLICATE_JACCARD = 0.8
# Questions whose reading is remembered after they are read (a conversation's, an eval's).
_REMEMBERED_READINGS = 4096
# Up to three words and what the asker says they mean, in brackets after them.
_GLOSSED = re.compile(r"((?:[A-Za-z]+ ){0,2}[A-Za-z]+) [(（]([^()（）]{2,60})[)）]")
# "those drugs", "这些药": a treatment named only by pointing back at an earlier question, so a
# follow-up that says it is read with that question however many things it names itself.
_REFERS_TO_TREATMENT = re.compile(
    r"\b(?:th(?:ose|ese|is|at)|such)\s+(?:drugs?|treatments?|therap(?:y|ies)|medicines?"
    r"|medications?|inhibitors?|agents?|regimens?)\b|(?:这些|这种|这类|该)(?:药|治疗|疗法|抑制剂)",
    re.IGNORECASE,
)
# "In that review, …" is the paper just named; "this review" may be any the corpus holds.
THAT_PAPER = re.compile(r"\b(?:that|the same) (?:review|paper|article|study)\b|该综述|同一篇", re.I)
# A pronoun or a demonstrative that is not about a paper: the question leans on an earlier one.
_POINTS_BACK = re.compile(
    r"\b(?:it|its|they|them|their)\b|\b(?:th(?:ose|ese|is|at)|such)\s+(?!(?:review|paper"
    r"|article|study)\b)[a-z-]+\b|它们|它|这些|那些|这个|那个|这种|这类|该"
    # "除了这两条" (besides these two), "上述" (the above); "那为啥…" (so why …) opens on
    # what was said.
    rf"|[这那][两几三四][个条种类项点]|上述|前面(?:说|提)|^\W*那(?!篇)|{THAT_PAPER.pattern}"
    # "And what do the authors say …?", "So why …?" go on from what was said; "And for the
    # other one?" asks the same of another subject.
    r"|^\W*(?:and|so)\s(?!(?:for|the|that|this|what about|how about)\b)",
    re.IGNORECASE,
)
# A clause in which the asker tells of their own work before asking: "I'm working on EV
# isolation, …", "我在做 EV 分离，…".
_ASKER_SAYS = re.compile(
    r"^\W*(?:(?:i(?:'m| am)|we(?:'re| are)) (?:working on|doing|studying|running|setting up)"
    r"|i work on|(?:in )?(?:my|our) (?:lab|group|project|thesis)\b"
    r"|我(?:们)?(?:正)?在(?:做|研究|搞|开展)|我的(?:课题|项目|实验))[^,，;；。.?？]*[,，;；。.]\s*"
    # Where the asker works or looks, not what the question asks of: "我在门诊想给病人家属推荐
    # 那篇…", "我在手机上翻来翻去找不到".
    r"|我(?:们)?(?:平时)?在(?:门诊|病房|诊室|科室|社区|手机上|电脑上|网上)(?:上班|工作|坐诊)?"
    # What the asker needs it for: "For a biomarker grant aim: …", "Voor de tech spec van een
    # isolatie-kit: …", "写基金本子要引一句：…".
    r"|^\W*(?:for|voor|pour|fur) (?:(?:a|an|my|our) )?[^:：?？]{0,40}(?:grant|proposal|talk"
    r"|slides?|thesis|paper|report|lecture|presentation|journal club|work|project|headline|story"
    r"|article|piece|post|blog|spec|specs|datasheet|kit|memo|pitch)[^:：?？]{0,20}[:：]\s*"
    r"|^\W*写(?:基金|标书|本子|论文|综述|报告|PPT|标题|新闻|稿子|报道|文章|推文)[^:：?？]{0,20}[:：]\s*"
    # A name the asker gives up on: "quella cor pembro... pembrolizzo... vabbè, gli inibitori
    # dei checkpoint".
    r"|\b(?:quell[ao]|the one) (?:with|con|cor|col) [^?]{0,40}?\b(?:vabbe|vabbè|whatever"
    r"|never mind)\b,?\s*"
    # What the asker believes, in brackets: "(c'est un essai clinique je crois ?)".
    r"|\s*[(（][^()（）]{0,60}\b(?:je crois|i think|i believe|ich glaube|creo|acho|credo"
    r"|denk ik)\b[^()（）]{0,10}[)）]"
    # The asker's circle and visits, no subject: "for a caregiver support group handout", "at my
    # church support group", "the oncologist at our appt", "to take to my appointment".
    r"|\b(?:a|an|our|my|the) (?:[\w'’-]+ ){0,2}support group"
    r"(?:'s)?(?: (?:leader|handout|binder|meeting|members?|newsletter))?\b"
    r"|\b(?:at|for|to) (?:our|my|her|his|their|the|a) (?:[\w'’-]+ ){0,2}(?:appt|appointment)\b"
    # "For defining our vesicle isolation criteria, …"
    r"|^\W*for \w+ing (?:our|my) [^,，?？]{0,50}[,，]\s*"
    # "… Knochenmetastase? Brauch dat für die NTA-Auswertung nach der Isolierung, welcher …"
    r"|\b(?:i )?need (?:it|that|this|these) for\b[^,，?？]{0,60}[,，]\s*"
    # "…, so I can render it in English?"
    r"|[,，]\s*so (?:that )?(?:i|we) can\b[^?？]*(?=[?？])"
    # Whom the asker would pass it on to: "… share the article with my support group?"
    r"|\s(?:with|to|for|in|on) (?:my|our|me) (?:support group|patients|students|class|team"
    r"|colleagues|family|friends|readers|followers)\b"
    r"|(?:跟|给|向|对|和)(?:病人|患者|病友|家属|病人家属|患者家属|学生|同学|家人|孩子|老人)们?"
    r"(?=(?:听)?(?:解释|讲|说|介绍|讲解|科普|说明))"
    # Who told the asker of a paper, and where they work: "My oncologist at the AVL mentioned
    # an article about …, who wrote it?"
    r"|^\W*(?:my|our|his|her|their) (?:[\w-]+ )?(?:oncologists?|doctors?|gp|nurses?|physicians?"
    r"|consultants?|surgeons?|pharmacists?|professors?|supervisors?|colleagues?|friends?)"
    r"(?: (?:at|in|from) (?:the )?[\w-]+(?: [\w-]+)?)? (?:mentioned|recommended|brought up"
    r"|told (?:me|us) about)\b\s*"
    # What someone else claims before the asker's own question: "my colleague says TKI
    # resistance is only because of T790M, but which mechanisms does this review name?"
    r"|^\W*(?:my|our|a|his|her) (?:[\w-]+ )?(?:colleagues?|friends?|doctors?|oncologists?"
    r"|professors?|supervisors?|teachers?|boss|mentor)\s+(?:says?|said|thinks?|claims?)\b"
    r"[^?？]{0,120}?,\s*but\s+(?=(?:what|which|how|why|jakie|jaki)\b)"
    # The asker's own experiments, in Spanish, Portuguese or Italian: "Estoy montando ensayos
    # con cisplatino en mis líneas de NSCLC y quiero entender: …".
    r"|^\W*(?:estoy|estamos|estou|sto|stiamo) (?:montando|haciendo|preparando|corriendo"
    r"|fazendo|facendo) [^,;:.?¿]*?(?= (?:y|e) |[,;:.])"
    # The angle the asker looks from: "从做biomarker的角度看，…", "From a biomarker
    # perspective, …".
    r"|^\W*从[^，,。？?]{0,15}的?角度(?:来)?(?:看|讲|说|出发)?[，,]\s*"
    r"|^\W*from (?:a|an|the|my|our) [^,?]{0,30}(?:perspective|point of view|standpoint|angle)"
    r"[,:]\s*"
    # The group the asker runs, and where they heard of a paper: "I run a lung cancer support
    # group here in Philly", "I heard a piece on CBC radio about these exosomes".
    r"|\b(?:i|we) (?:run|lead|host|facilitate|organi[sz]e|moderate|attend|belong to)"
    r" (?:a |an |the |our |my )?(?:[\w-]+ ){0,4}?(?:support group|group|club|charity|forum)\b"
    r"|\b(?:heard|saw|read|caught) (?:a |an |the |this |something )?(?:[\w-]+ ){0,2}?(?:on|in)"
    r" (?:the )?(?:[\w-]+ ){0,2}?(?:radio|tv|television|podcast|news|newspaper)\b",
    re.IGNORECASE,
)
# A full stop that ends a sentence, not one inside a name or a number ("Ji et al. review",
# "Front. Oncol.", "e.g. immune evasion", "3.5", "einen Pat. mit …", the initial after a surname
# in "Yuan Y. and Tang H.").
_ABBREVIATIONS = (
    "al",
    "vs",
    "Dr",
    # "Wie alt ist Prof. Lingyun Ye …?"
    "Prof",
    "prof",
    "Mr",
    "Mrs",
    "Ms",
    "Front",
    "Oncol",
    "Fig",
    "No",
    # "what volume no. is the review in?"
    "volume no",
    "issue no",
    "vol no",
    "Vol",
    "Sec",
    "e.g",
    "i.e",
    "Pat",
    "pat",
    "pt",
)
_LONGEST_SURNAME = 12
_FULL_STOP = (
    "".join(rf"(?<!\b{re.escape(a)})" for a in _ABBREVIATIONS)
    + "".join(rf"(?<!\b[A-Z][a-z]{{{n}}} [A-Z])" for n in range(1, _LONGEST_SURNAME))
    + r"\.(?![0-9a-z])|[。]"
)
_IN_A_SENTENCE = rf"(?:[^.?!。？！]|(?!{_FULL_STOP})\.)"
# What the asker tells before a question that stands on its own: "My father smoked for 40
# years. Is lung cancer really one of the deadliest cancers?" asks nothing of smoking, while
# "My mother's breast cancer has spread to her bones. Do exosomes play the same role there?"
# asks of what it told.
_TOLD_BEFORE = re.compile(
    rf"^(?:{_IN_A_SENTENCE}+(?:{_FULL_STOP}|[!！])\s*)+(?=(?:{_IN_A_SENTENCE}+[?？]\s*)+$)"
)
# A question that only points at what the story before it named ("I need the DOI for the Ji
# review so the link resolver works. What is it?") asks for that: it defines nothing.
_ASKS_OF_THE_STORY = re.compile(
    r"\W*(?:so |and |then )?(?:what|which) (?:is|was|are|were) (?:it|that|this|they|those|these)"
    r"(?: really| actually| exactly)?\W*$|\W*(?:它|这|那)(?:个)?是(?:什么|多少|哪个)\W*$",
    re.IGNORECASE,
)
# A story told in the first clause of the sentence that asks, after a dash or a semicolon:
# "My brother is on Alecensa and his bone scan lit up — what kinds of material …?". Only the
# treatments and tests of the asker or the asker's people: "Keytruda dosing — what does the
# review say?" names what it asks about before the dash, and "My neighbour's small cell lung
# cancer came back …; which second-line drug …?" which cancer it asks of.
_TOLD_IN_A_CLAUSE = re.compile(
    r"^(?=[^?？—–;；]*\b(?:i|i'm|i've|my|we|our|he|she|his|her|mom|mum|dad|grandpa|grandma)\b)"
    r"(?=[^?？—–;；]*\b(?:(?:is|was|are|were|been) on|getting|got|gets|takes?|took|taking"
    r"|started|had|received|receiving|infusions?|shots?|scans?|ct|mri|pet|x-rays?"
    # Or the asker's own work: "I mostly treat dogs and cats, but …", "Imagine I'm counselling
    # a patient …", "We see cisplatin resistance in veterinary tumours as well".
    r"|treat|treating|see|counsell?ing|teach|teaching|imagine|suppose)\b)"
    r"[^?？—–;；]+(?:\s[—–]\s?|;|；)\s*(?=(?:what|which|why|how|when|where|who|is|are|does|do"
    r"|did|can|could|should|was|were)\b[^?？]*[?？]\s*$)",
    re.I,
)
# Where one question of a message ends and the next begins: not at a question mark inside
# brackets ("(Ultrazentrifugation, SEC?)").
_QUESTION_ENDS = re.compile(r"(?<=[?？])(?![)）\]])\s*")
# Words a last question needs to stand without the questions before it ("耐药细胞分泌的量是多
# 少？" after one on miR-21 asks how much of that is secreted).
_STANDS_ALONE_WORDS = 7
# Words of a first question that leads the questions after it (measured on own and held-out
# messages: shorter ones, "医院能做吗？", are asked for the detail that follows).
_LEADS_THE_MESSAGE_WORDS = 12
# A question asking to confirm what a paper says names that paper, at least this many things
# the corpus knows, and at most this many details it never mentions.
_SAYS_A_PAPER = re.compile(r"\b(?:review|paper|article)\b|综述|文中|文章", re.I)
_CONFIRMED_SUBJECTS = 3
_MOST_WRONG_DETAILS = 2
CONFIRMS_A_DETAIL = re.compile(
    r",?\s*(?:right|correct|isn't (?:it|that)|aren't they|is that so|true|doesn't it"
    r"|didn't it)\s*[?？]\s*$"
    r"|(?:对吧|对吗|是吗|是不是|没错吧)\s*[?？]\s*$",
    re.I,
)
# A signalling route is, like a molecule, a detail the papers never give: "通过Wnt/β-catenin通路"
# asks about the route itself, which no answer of theirs corrects.
_NAMES_A_PATHWAY = re.compile(r"\bpathways?\b|\bsignall?ing\b|\bcascades?\b|通路|信号", re.I)
# Things a question after a story names for it to be about them, not about what the story
# asked for.
_NAMES_ITS_OWN_TOPICS = 3
# Where one message's ask ends and another begins inside one sentence: "What do exosomes do
# in drug resistance, and who wrote the review?"
_ANOTHER_ASK = re.compile(
    r",?\s+(?:and|also|plus)\s+(?=(?:who|when|where|which|what|how|why)\b)", re.I
)
# An ask about where, when or by whom a paper appeared, or one confirming what the asker
# believes of it, which the kinds may not name alone ("Which \"journal of lung cancer\"
# published the review", "哪本中文刊物发的？", "… was in the Chinese Journal of Cancer, I
# think?"): no ask of the papers' content.
_OF_THE_RECORD = re.compile(
    r"\b(?:published|publish|appeared?|came out|wrote|written|authored|i think|i believe"
    r"|confirm|authors?|autor(?:es|a)?|auteurs?|autori|autore|university|hospital|based in"
    r"|work (?:at|in)|received|accepted|recu|accepte|when|quand|cuando|quando|wann|recent"
    r"|up-to-date|outlet|section"
    r"|sector|title|titre|titulo|code|sources?|sourced|referenc\w*|r[eé]f[eé]rences?"
    r"|right|don't they|isn't it|original research|systematic review|narrative review"
    r"|kind of article|type of article)\b|cite|\d{4}\s*年|\d+\s*月"
    r"|^\W*(?:who|whom|whose|who's)\b"
    # Whether the asker may reuse it: "Can I photocopy …?", "J'peux le photocopier …?"
    r"|^\W*(?:can|may|could) (?:i|we)\b|\b(?:am i|are we) allowed\b|\bje peux\b|\bj'peux\b"
    r"|\bai-je le droit\b|\b(?:posso|puedo|darf ich)\b|\bphotocop\w*|\bshare\b|\breuse\b"
    r"|转发|打印|复印|分享|可唔可以|可不可以|能不能用"
    r"|发表|出版|刊|上线|登的|作者|题目|原文|医院|大学|科室|呼吸科|什么时候|何时|几时|幾時|栏目"
    r"|好像|对吧|对不对|伐[？?]?$",
    re.I,
)
# Things the corpus knows, beyond the papers' record, that an ask beside a record part names
# for it to ask of the content (measured on the own set's messages that ask both).
_TOPICS_BESIDE_THE_RECORD = 2
# The words of a paper's record, which name no content: "the references", "its licence".
_RECORD_TERMS = frozenset(
    terms(
        "reference references licence license copyright figure figures doi journal volume issue"
        " keyword keywords author authors title published review paper article abstract"
    )
)
# An ask of what a paper says, or of how something works: "What does the Frontiers review say
# exosomes do …?", "how do they explain …?"
_ASKS_OF_THE_CONTENT = re.compile(
    r"\b(?:what|how|why) (?:does|do|did|is|are|can|could)\b[^?]*\b(?:say|says|said|explain"
    r"|explains|describe|describes|do|does|work|works|happen|happens|cause|causes|carry)\b"
    r"|\bwhat (?:are|is) the (?:mechanisms?|roles?|findings?|main findings)\b",
    re.I,
)
# What asks something, not tells it: its question mark, or the question word or verb it opens
# with ("… , and what do exosomes carry"); not "My teacher wants to know how well-researched
# the papers are."
_ASKS = re.compile(
    r"[?？]\s*$|^(?:[^:—–]{0,60}[:—–])?\W*(?:and |also |plus |so )?(?:what|how|why|which|who"
    r"|when|where|do|does|did|is|are|can|could)\b",
    re.I,
)
# A question that leans on the one beside it: "… breast cancer? And how is it treated?"
_LEANS_ON_ANOTHER = re.compile(
    r"\b(?:it|its|they|them|their|this|these|those|such|same|either|both|other)\b"
    r"|\bsay\W*$|它|这些|那些|这个|那个|这种|这类|该|其|怎么说"
    # "The same" in the other languages read: "gli esosomi funzionano uguale, tipo stessi
    # meccanismi …?"
    r"|\b(?:uguale|uguali|stess[oaie]|mism[oa]s?|mesm[oa]s?|m[eê]mes?|gleiche[nrs]?|dezelfde"
    r"|hetzelfde)\b|一样|同样|相同"
    # "这三个词", "那两种": the things the question before named.
    r"|[这那][两二三四五六七八九十几]+[个种类篇项条位]"
    # A comparison is with what the question before named.
    r"|\b(?:compare[sd]?|comparison|differ|differs|different|difference|versus|vs)\b"
    r"|不同|区别|差在|差别|相比|比较",
    re.I,
)
# "Which vesicle type is most important there?" leans on the place the question before named
# ("… in small cell lung cancer?"), unless this one names it ("once tumour cells reach the bone,
# what do exosomes do there?"); "Are there …?" points at no place.
_THERE = re.compile(
    r"(?<!is )(?<!are )(?<!was )(?<!were )\bthere\b(?! (?:is|are|was|were|be|been|any|some)\b)",
    re.I,
)
_NAMES_A_PLACE = re.compile(
    r"\b(?:in|at|into|inside|within|on|reach|reaches|reached|reaching)\s+"
    r"(?:the |a |an |its |their )?\w",
    re.I,
)
# "这个外泌体": a measure word between a demonstrative and the name it points at, and the
# longest Chinese name looked for after it.
_ZH_MEASURE_WORD = re.compile(r"^(?:[个种类些位篇项条]|一[个种类])")
_LONGEST_ZH_NAME = 8
_ZH_DESCRIBED = re.compile(r"([^，。？！,.?!的]{2,12})的")
_LEANS_ON_THE_STORY = re.compile(
    # "there" that points at a place, not "Are there …?"
    r"\b(?:(it|its|they|them|their|(?<!is )(?<!are )(?<!was )(?<!were )"
    r"there(?! (?:is|are|was|were|be|been|any|some)\b))|(this|that|these|those)"
    r"|such|same|he|she|him|her|his"
    r"|the (?:two|former|latter|other one)|both of them|either of them"
    # The same in the other languages: "¿Cuál de los dos …?", "quale dei due", "lequel des deux".
    r"|(?:de )?(?:los|las) dos|(?:dei|delle) due|des deux|(?:dos|das) (?:dois|duas)|der beiden"
    # "… zoledronic acid or denosumab … Which one works better?": one of the story's options.
    r"|which (?:one|ones)(?! of))\b"
    # "原来的肺部肿瘤那里": a Chinese pronoun after a name stands for it, as "it" does.
    # Not "为什么同样是肺癌，…" (though both are lung cancer).
    r"|(它|他|她|这|那|其)|同样(?!是)",
    re.IGNORECASE,
)
# "… there too?", "… them as well?": what the story named, beside what the question names.
_AS_WELL = re.compile(r"\s+(?:too|as well|also)\b", re.IGNORECASE)
# Who told the asker what the question leans on: "Someone in my support group said lung cancer
# is the deadliest cancer. Is that true?" asks about the claim, not the group.
_TOLD_BY = re.compile(
    r"(?:^|(?<=[.!。！]))[^.?!。？！]{0,80}?\b(?:said|says|told (?:me|us)|tells (?:me|us)|claims?"
    r"|claimed|insists?|insisted|swears|keeps? (?:saying|telling (?:me|us))|mentioned|mentions"
    r"|brought up|recommended)\b(?: that)?",
    re.IGNORECASE,
)
# "that" after a noun relates a clause to it ("cancer that has gone to the bone"); after a verb,
# a preposition or a question word it points back ("Is that true?").
_RELATIVE_THAT = re.compile(
    r"(?<!\S)(?!(?:is|was|are|were|do|does|did|can|could|will|would|should|about|of|in|on|for"
    r"|to|with|what|how|why|and|or|but|like|so|than|if|all|at|by)\b)[a-z][\w-]* that ?$",
    re.IGNORECASE,
)
# What ends the clause after a pointing "that" ("Do the reviews back that up?"), where a
# relating "that" opens one.
_CLAUSE_ENDS = re.compile(r"\s*(?:[?？.!,，;]|$|(?:up|out|down|off|over)\b)", re.IGNORECASE)
# "It" that stands for no thing: "Is it actually common for lung cancer to …?"
_EMPTY_IT = re.compile(
    r"\b(?:is|was|isn'?t|wasn'?t) it (?:\w+ )?(?:true|common|normal|usual|unusual|rare"
    r"|possible|likely|unlikely|typical|known|the case)\b|\bit(?:'s| is) (?:\w+ )?(?:true"
    r"|common|normal|usual|unusual|rare|possible|likely|unlikely|typical|known)\b",
    re.IGNORECASE,
)
# An image drawn with an article after "like", or with "the way": "like a flock of birds",
# "the way ants share food", or with a doing after a comma: ", like termites eating away at
# the beams"; not examples ("things like green tea"), nor what the question asks ("act like
# couriers spreading tau in Alzheimer's disease"). It ends where a clause
# does: "like a virus on a hard drive when pancreatic cancer spreads" asks of that cancer.
_IMAGE_ENDS = (
    r"[^,.;:?!—–]*?(?=\s(?:when|whenever|while|because|since|if|so that|but|whereas|although"
    r"|after|before|once|until|unless)\b|[,.;:?!—–]|$)"
)
_SIMILE = re.compile(
    r"\b(?:just |rather |a bit |sort of |kind of )?(?:like|as if|as though) (?:a|an|the|some)\b"
    rf"{_IMAGE_ENDS}|,\s*(?:just )?like (?:\w+s \w+ing|\w+ing (?:a|an|the|their|its|our|your|my))\b"
    rf"{_IMAGE_ENDS}|\bthe way (?:a|an|the|\w+s|we|you|they|i|one)\b{_IMAGE_ENDS}"
    # A size pictured against a thing: "比头发丝细多少" (how much thinner than a hair).
    r"|比[\u4e00-\u9fff]{1,6}?还?(?:细|粗|薄)",
    re.IGNORECASE,
)
# What something is pictured as: "Think of exosomes as seed packets blowing between plants —
# …" draws an image of exosomes, which stay the subject ("Think of radiotherapy as an
# airstrike: …" asks of radiotherapy).
_PICTURED_AS = re.compile(
    rf"\b((?:think of|picture|imagine) (?:[\w-]+ ){{1,3}})as\b{_IMAGE_ENDS}", re.IGNORECASE
)
# Wanting to know is asking: "…? I want to check whether metabolism is involved.",
# "…？想确认是否涉及代谢。"
_WANTS_TO_KNOW = (
    r"(?:(?:i|we)(?:'d| would)? (?:want|like|need) to (?:know|confirm|check|verify|make sure)\b)"
    r"|(?:i|we) (?:was |am |were |are )?wonder(?:ed|ing)?\b"
    r"|(?:我|我们)?(?:想|希望|需要)(?:知道|了解|确认|确定|核实|核对)"
)
# What the asker tells after the last question, which asks nothing: "…? I thought it mostly
# went to the brain.", "Who wrote it? I'd like to bring it to my next appointment."
_TOLD_AFTER = re.compile(
    # Not a request: "…？给点具体用药建议。", "…? Please list the doses." The request is
    # looked for at its first word: a space before it once let "…? Name the authors …" pass.
    # Nor a question without its mark: "…? What is the reason for this resistance, kindly
    # explain."
    r"(?<=[?？])(?:\s*(?=\S)(?!(?:please |pls |kindly )?(?:give|tell|list|explain|describe|name"
    r"|recommend|suggest|show|check|confirm|verify|what|why|how|which|who|when|where)\b|请|给|告诉"
    rf"|说说|列|推荐|{_WANTS_TO_KNOW})[^?？.。!！]+[.。!！])+\s*$"
    # What someone keeps saying: "…? my resident keeps saying only T790M lol".
    r"|(?<=[?？])\s*(?:my|our|his|her|their) [\w-]+ (?:keeps? saying|says|said|thinks|told me)"
    r"\b[^?？]*$"
    # The kind of answer the asker needs, and what for: "…? Ich brauch eine simple Erklärung
    # für unsere LPs", "…? Relevant für unsere Isolations-Tech".
    r"|(?<=[?？])\s*(?:(?:i|we) need (?:a|an|some|the|eine?) (?:[\w-]+ )?(?:explanation"
    r"|summary|answer|version|definition)"
    r"|(?:this is |it's |that's )?(?:relevant|important|useful) (?:for|to)\b)"
    r"[^?？]*$"
    # What the answer will decide: "…? é p/ decidir se faço RNA-seq do pellet ou proteómica".
    r"|(?<=[?？])\s*(?:it'?s|it is|this is) (?:to|for) (?:decide|choose|plan)\b[^?？]*$"
    # What the asker is making it for: "…? Tou a fazer a apresentação pro SNS".
    r"|(?<=[?？])\s*(?:i|we)(?:'m| am| are) (?:making|preparing|doing|writing|giving) (?:a|an|the"
    r"|my|our) [^?？]*$"
    # What the asker's place sees often: "…？我们 counter 常常有人来买 painkiller 讲骨痛".
    r"|(?<=[?？])\s*我们?[^?？吗呢]{0,40}(?:常常|经常|老是|每天|常(?=给|用|开|配))[^?？吗呢]*$"
    # What the asker's work needs it for: "…？阿拉看EGFR赛道后续管线要参考",
    # "…？做分离纯化设备赛道要晓得规格".
    r"|(?<=[?？])\s*(?:我们|我)?(?:看|做|投)[^?？吗呢]{0,30}(?:要参考|要晓得|要知道|参考|规格)\s*$"
    # Who asked it first: "…? un paciente me preguntó si hay algo nuevo en camino".
    r"|(?<=[?？])\s*(?:a|an|my|one|un|una) (?:[\w-]+ )?(?:patients?|paciente|relatives?|families"
    r"|family) (?:asked|asks|me pregunto|wanted to know)\b[^?？]*$"
    r"|(?<=[?？])\s*(?:i|we) (?:always |had |have |once )?(?:thought|believed|assumed|heard|read"
    r"|was told|were told)\b[^?？]*$|(?<=[?？])\s*我(?:一直|还|本来)?(?:以为|听说|觉得)[^?？]*$"
    # What the asker means to do, with or without a full stop: "…? I want to book an
    # appointment", "…？想看看能不能去挂号". Wanting to know something is a question.
    r"|(?<=[?？])\s*(?:(?:i|we)(?:'d| would|'m| am| are)? )?(?:want|wanted|would like|like|need"
    r"|have|plan|planning|hope|hoping|going|trying) to "
    r"(?!(?:know|understand|learn|find out|ask|confirm|check|verify|make sure)\b"
    # Wanting to understand "it" is wanting to understand the answer: "…? I want to
    # understand it before my next appointment".
    r"(?! (?:it|this|that|them)\b))[^?？]*$"
    r"|(?<=[?？，,])\s*(?:我|我们)?(?:想|打算|准备|希望)(?!知道|了解|问|请教|弄清|搞清|弄懂|搞懂|明白|确认|确定|核实|核对)"
    r"[^?？吗呢]*$"
    # Who asked the asker for it: "…？老板要我汇报时讲重点".
    r"|(?<=[?？，,])\s*(?:老板|导师|领导|主任|老师|上级|boss)(?:要|让|叫)我[^?？吗呢]*$"
    # Why it matters to the asker, after a question or a clause of one: "…，这个逻辑对液体活检
    # 赛道很关键".
    r"|(?<=[?？，,])\s*(?:这|那)(?:个|些|点)?[^?？吗呢]{0,20}(?:很|非常|特别|挺|最|太)(?:关键|重要)[^?？吗呢]*$"
    # The same in Spanish and Portuguese, read without accents: "…? quiero entenderlo antes de
    # la próxima consulta", "…? Quiero escribirle.", "…? preciso mandar email" ("Quiero saber
    # si …" asks.)
    r"|(?<=[?？])\s*(?:quiero|quisiera|queria|queremos|necesito|necesitamos|me gustaria|quero"
    r"|preciso|precisamos|gostaria de) "
    r"(?:(?!(?:saber|entender|conocer|conhecer|comprender|compreender|aprender|averiguar"
    r"|preguntar|perguntar)\b)[a-z]+[aei]r"
    r"|[a-z]+[aei]r(?:lo|la|los|las|le|les|selo|sela))\b[^?？¿]*$"
    # What for, in French, Spanish or Portuguese: "…? pour savoir si ça vaut le coup de la lire",
    # "…? pa saber si es nuevo o viejo".
    r"|(?<=[?？])\s*(?:pour|para|pra|pa) (?:(?:le|la|les|l'|lo|los|las|en) ?)?[a-z]+(?:er|ir|re|ar)"
    r"\b[^?？¿]*$"
    # What the asker tells without a full stop, a subject and its verb: "…? The review says
    # something about them being little messengers", "…? Simple reasons please, I teach GCSE".
    # ("…? the size too" is a question cut short.)
    r"|(?<=[?？])\s*(?:[^?？,]{0,30}\bplease\b,?\s*)?(?:the|this|that|it|they|my|our|i|we|there"
    r"|someone|somebody)\b[^?？]{0,60}?\b(?:says?|said|mentions?|mentioned|talks?|talked|calls?"
    r"|called|describes?|described|is|was|are|were|has|had|have|think|thought|teach|taught"
    r"|told|tells?|feel|felt|work|works|am|'m|'s)\b[^?？]*$"
    # Whose case it is, told after a comma: "Kindly explain what leads to platinum resistance,
    # my pt on cisplatin pemetrexed progressed and consultant asked me why".
    r"|(?<=,)\s*my (?:pt|patient|mum|mom|mother|dad|father|wife|husband|uncle|aunt|sister"
    r"|brother|friend|grand(?:ma|pa|mother|father|dad|mum))\b (?:on|is|was|has|had|got"
    r"|progressed|relapsed)\b[^?？]*$"
    # Whose case it is, told after the question without asking: "…？我爸吃的EGFR的药 怕以后没用了".
    r"|(?<=[?？])\s*我(?:爸|妈|爷爷|奶奶|外公|外婆|姥姥|姥爷|老伴儿?|老公|老婆|爱人|父亲|母亲|家人)"
    r"(?:(?!什么|怎么|多少|哪|吗|呢|谁|几|是否|能否|可否|能不能|会不会|有没有)[^?？])*$"
    # What the asker did not follow: "…? I didn't get it", "…？…讲了几个方面我没看懂".
    r"|(?<=[?？])\s*(?:i|we) (?:didn't|did not|don't|do not|couldn't|could not) (?:understand|get"
    r"|follow)\b[^?？]*$|(?<=[?？])[^?？吗呢]*我(?:没|不|不太|还是没)(?:看懂|看明白|懂|明白|理解)"
    r"[^?？吗呢]*$",
    re.IGNORECASE,
)
# What the asker says is not the question: "Are exosomes a treatment angle, not just a
# marker?" asks nothing about markers.
_NOT_ASKED = re.compile(
    r"\b(?:not just|not only|not merely|not simply|rather than|instead of)\s+"
    # What the set-aside thing is in, or of, qualifies the asked one too: "osteoblastic
    # rather than osteolytic lesions in prostate cancer".
    r"[^,;:?.!，；：？。！]+?(?=\s+(?:in|on|at|of|for|from|during|among|within|by|after|when)\b"
    r"|[,;:?.!，；：？。！]|$)"
    # "… only as markers, or also as therapy?" asks about the second: the first is what the
    # asker has already heard ("nur als Marker …, oder … auch an Therapie?").
    r"|\b(?:just|only|merely|simply|nur)\s+(?:as\s+|als\s+)?[^,;:?.!]+?(?=,?\s+(?:or|oder)\b"
    r"[^?]*\b(?:also|too|as well|auch)\b)",
    re.IGNORECASE,
)
# A follow-up that turns to the paper the question before did not name.
THE_OTHER_PAPER = re.compile(
    r"\bother (?:paper|review|article|study|one)\b|另一篇|另外(?:一|那)篇", re.IGNORECASE
)
# A question about two papers at once: "Which of the two reviews …?", "both papers".
_OF_TWO_PAPERS = re.compile(
    r"\b(?:both|two|each of the) (?:papers|reviews|articles)\b|\bwhich (?:of the )?(?:two )?"
    r"(?:papers?|reviews?|articles?|ones?)\b|两篇|哪篇|哪一篇",
    re.I,
)
# A question that needs a line of each paper's record: of both, or of "the other paper"
# beside the one already asked about.
_OF_EACH_PAPER = re.compile(rf"{_OF_TWO_PAPERS.pattern}|{THE_OTHER_PAPER.pattern}", re.I)
# The lettered options of a multiple-choice question: "A. 神经压迫 B. 高钙血症 C. 病理性骨折",
# "(a) immunotherapy alone (b) platinum-based chemotherapy (c) …".
_OPTION_LETTER = r"(?<![A-Za-z])(?:[A-E][.、．)）]|\([a-e]\))"
_LETTERED_OPTIONS = re.compile(rf"{_OPTION_LETTER}\s*(.*?)(?=\s*{_OPTION_LETTER}|$)")
# In a Chinese question a letter and a space may set an option off: "A 胞内药物蓄积减少 B DNA
# damage repair C 解毒作用增强 D PD-L1上调" (the letters in order from A, so no "B cell" is one).
_SPACED_OPTION_LETTER = r"(?<![A-Za-z0-9-])[A-E](?= \S)"
_SPACED_OPTIONS = re.compile(rf"({_SPACED_OPTION_LETTER})\s*(.*?)(?=\s*{_SPACED_OPTION_LETTER}|$)")
_FEWEST_OPTIONS = 3
# A question after a belief that asks what is so instead: "… mainly by promoting angiogenesis —
# which processes does it really describe?"
_ASKS_WHAT_IS_SO = re.compile(
    r"(?:—|–|\s-\s|;|；|[?？])\s*([^—–;；?？]*?"
    r"(?:\b(?:actually|really|in fact|instead)\b|实际上|究竟)[^—–;；?？]*[?？]\s*)$",
    re.I,
)
# Things named before, pointed back at. Plural only, unlike ``_POINTS_BACK``: "Was it in
# Frontiers in Pharmacology? Which journal did it actually appear in?" still asks past a guess.
_SPEAKS_OF_THEM = re.compile(r"\b(?:they|them|these|those)\b", re.I)
_CHOOSES_BETWEEN = re.compile(r"\bwhich (?:one|ones|of (?:the|these|those|them))\b", re.I)
# What the asker would use the answer for, after a dash or a comma: "… ferry between cells —
# could that be a biomarker opportunity?", "…, relevant for manufacturing specs?". The papers
# say nothing of the asker's purpose; the question before it is the one they answer.
_ASKERS_PURPOSE = re.compile(
    r"\s*(?:[—–]|--|,)\s*(?:(?:could|would|might) (?:that|this|it) be (?:an? |any )?"
    r"|(?:a |any )?potential\b|relevant (?:for|to)\b|useful (?:for|to)\b|important for\b"
    r"|(?:which|that) matters? (?:for|to)\b"
    # "… — the kind of things we try to anticipate on imaging?"
    r"|(?:the |a )?(?:kind|sort|type) of (?:things?|stuff|problems?) (?:we|i|you)\b)"
    r"[^—–,?？]*[?？]\s*$",
    re.I,
)
# Options listed after a colon at the end of a question, and what separates them.
_LISTED_OPTIONS = re.compile(r"\s*[:：]\s*([^:：?？]+)[?？]\s*$")
_LIST_SEPARATOR = re.compile(r"\s*(?:[,，、/]\s*(?:or\s+|and\s+)?|\s+or\s+|还是|或者?)\s*")
# Two options to choose between: "Is cisplatin or carboplatin more affected?"
_CHOICE = re.compile(r"([\w-]+) or ([\w-]+)")
# The same in the other languages read, whose "or" their reading leaves as written
# ("cisplatina ou carboplatina: qual dá menos resistência?").
_CHOICE_IN = {
    language: re.compile(rf"([\w-]+) (?:or|{joiners}) ([\w-]+)")
    for language, joiners in {
        "spanish": "o|u",
        "portuguese": "ou",
        "french": "ou",
        "german": "oder",
        "italian": "o|oppure",
        "dutch": "of",
        "catalan": "o",
    }.items()
}
# A question that asks to choose: "which", "whether", a comparison, or a yes-or-no question
# ("Is cisplatin or carboplatin more affected?").
_CHOOSES = re.compile(
    r"\b(?:which|whether|either|versus|vs|rather|prefer\w*|more|less|better|worse|higher"
    r"|lower|[a-z]+er than)\b|^\W*(?:is|are|was|were|do|does|did|can|could|should|would|will"
    r"|has|have)\b",
    re.IGNORECASE,
)
# A Chinese question that asks to choose ("哪个", Cantonese "边只"), and what joins its two
# options ("顺铂和卡铂", "cisplatin 同 carboplatin").
_ZH_CHOOSES = re.compile(
    r"(?:相比|比起来|对比)?[，,]?[^，,。；;]*?(?:哪(?:个|种|一个|一种|样)|边(?:个|只|种|样)|更|比较|谁)"
)
_ZH_JOINED = re.compile(r"\s*(?:和|与|跟|同|还是|或者|或|vs\.?)\s*", re.I)
# Options after a preposition, which "which" alone does not offer: "Which changes make
# tumours refractory to cisplatin or carboplatin?" asks which changes, of both drugs.
_OPTIONS_AS_OBJECT = re.compile(r"\b(?:to|for|against|with|on|in|by|after|from)\s+$", re.I)
# "Which" before a plural asks for many things of both options, not for one of them:
# "Cisplatin or carboplatin resistance, in the review which reasons are mentioned?"
_WHICH_OF_MANY = re.compile(r"\bwhich (?!(?:ones|is|was|has|does|this|its)\b)[a-z]{3,}s\b", re.I)
# A sentence that ends in a full stop, before the question that follows it.
_STATEMENT = re.compile(rf"{_IN_A_SENTENCE}*(?:{_FULL_STOP})(?=\s*\S)")
# Glossary entries that name a kind of paper, which a question about the article type offers
# as the alternative to the answer.
_STUDY_DESIGNS = frozenset({"clinical trial"})
# A named cancer ("lung cancer", "gastric cancer"), not "cancer" alone.
_A_CANCER = re.compile(r"\w \w*(?:cancer|carcinoma)$")
# An example of a class: "PD-1这类药" (drugs of the PD-1 kind), "EGFR-type TKIs", or one of
# a list of them: "EGFR、ALK这些突变" (mutations such as EGFR and ALK).
_EXAMPLE_OF_A_CLASS = re.compile(
    r"(?:\s*[、,，/和或及]\s*[A-Za-z0-9-]{2,12})*"
    r"\s*(?:这些|那些|这类|这种|那类|那种|之类|一类|等(?=[A-Za-z\u4e00-\u9fff]))|[- ]type\b"
)
# An example set off by "e.g." or 例如 ("What applications, e.g. as liquid biopsy markers, does it
# evaluate?"): the question asks about the class it illustrates. Two joined by "or" are
# options to choose from.
_FOR_EXAMPLE = re.compile(
    r"[(,]\s*(?:e\.g\.?|for example|for instance|tipo(?: per| para| pour| pra)?),?\s"
    r"(?:(?!\b(?:or|o|ou|oder|of)\b)[^,)?])*(?=[,)?])"
    # Names in brackets that end on "etc" are examples of a class: "no driver mutation (no
    # EGFR etc)".
    r"|\(\s*[^()?]{1,60}?\b(?:etc|usw|ecc|enz|e afins|y similares|e simili|and the like"
    r"|and co)\.?\s*(?=\))"
    # "per i TKI (quelli in cp die, tipo per EGFR)"; not options to choose from ("tipo i corpi
    # apoptotici o le microvescicole").
    # "ICI 例如 PD-1 抗體 resistance 係點形成嘅？"
    r"|例如\s*[^，,。？?；;、或]{1,12}",
    re.I,
)
# A name in brackets after a Chinese term ("打免疫针(PD-1)") says which of its kind is meant.
_BRACKETED_AFTER_CHINESE = re.compile(r"(?<=[\u4e00-\u9fff])[（(][^()（）]{1,20}[）)]")
# A bracket that says what the thing before it is called ("小泡泡（孙女说叫微囊泡）") names it;
# it gives no example.
_NAMED_AS = re.compile(r"叫|称为|称作|学名|名字")
# Classes of drugs the reviews discuss without naming their members, and the names listed
# after one ("EGFR TKIs like Tagrisso or Iressa"; at most this many words name the class).
_DRUG_CLASSES = frozenset(
    {
        "tyrosine kinase inhibitor",
        "immune checkpoint inhibitor",
        "targeted therapy",
        "chemotherapy",
        "immunotherapy",
    }
)
# Spanish lists them after "tipo" ("TKIs tipo gefitinib"); anyone may, in brackets
# ("checkpoint inhibitors (pembro, nivolumab …)").
_MEMBERS_LISTED = re.compile(
    # "TKI (tipo gefitinib, osimertinib)": a word for "like" may open the brackets.
    r"(?:\s+(?:like|such as|including|e\.g\.,?|tipo)\s+"
    r"|\s*\(\s*(?:(?:like|such as|e\.g|eg|tipo|como|comme|come|wie|zoals|bv|z\.b)\.?,?\s+)?"
    # Chinese: "EGFR-TKI比如gefitinib(吉非替尼)、osimertinib", "免疫检查点抑制剂(ICIs)像
    # pembrolizumab".
    r"|(?P<chinese>\s*(?:比如|例如|譬如|像是|像)\s*))"
    r"(?:[\w-]+\s*(?:[(（][^()（）]{1,20}[)）])?\s*(?:,|/|、|\bor\b|\band\b|和|或)\s*)*$",
    re.I,
)
# A gloss in brackets after a class: "免疫检查点抑制剂(ICIs)".
_GLOSS_AT_END = re.compile(r"\s*[(（][^()（）]{1,20}[)）]$")
_LONGEST_CLASS_WORDS = 4
# A class's abbreviation opening a clause, with no article: "TKI like gefitinib lama2 become
# resistant".
_BARE_ACRONYM = re.compile(r"(?:^|[,;:.!?(]\s*)[A-Z]{2,6}$")
# An article that makes the abbreviation after it plural, where the languages add no "s": "os
# TKI", "les TKI", "gli ICI".
_PLURAL_ARTICLE_BEFORE = re.compile(
    r"\b(?:os|dos|nos|aos|los|las|les|des|aux|gli|degli|agli|i|dei|ai|die)\s+\S+$", re.I
)
# What joins a class of drugs to the target or member named after it: "TKI pour EGFR", "TKIs
# against EGFR", "免疫治疗那个PD-1" (a filler word may come between: "TKI genre pour EGFR").
_TARGET_AFTER_CLASS = re.compile(
    r"\s+(?:\(\s*)?(?:(?:genre|like|tipo)\s+)?(?:for|against|targeting|pour|contre|ciblant|para|contra|per"
    r"|gegen|voor|tegen)\s+$|\s*(?:那个|这个|那种|这种|里的|中的|里面的)\s*$"
    # The member in brackets after the class: "吃 TKI (osimertinib) 后来不work了", "TKI (type
    # EGFR)".
    r"|\s*[(（]\s*(?:(?:type|tipo|genre|like)\s+)?$",
    re.I,
)
# The names told before, called by their class afterwards: "these EGFR TKIs".
# … or as the type the class is of: "pembrolizumab, nivolumab type ICIs".
# … or in Chinese, after the names: "吉非替尼、奥希替尼这类TKI".
_CLASS_REFERRED_TO = re.compile(
    r"\b(?:these|those|such|both|the two|type)\s+|(?:这类|这些|这种|那类|那些|等)\s*", re.I
)
# A driver gene named before the patients who carry it ("EGFR patients", "ALK-positive cases",
# "the EGFR folks", "EGFR+ patients", "EGFR突变的病人"), or before a patient's own cancer ("her
# EGFR lung ca").
_CARRIED_BY = r"(?:[- ](?:mutant|mutated|positive|driven)|\+|\s*(?:突变|阳性)型?的?)?"
_WHOSE_PATIENTS = (
    # "EGFR / ALK positive pts": the other gene named beside it.
    rf"(?:\s*/\s*[A-Za-z0-9]+)?{_CARRIED_BY}"
    r"(?:\s+(?:patients?|pts|cases|folks)\b|\s*(?:病人|患者|病例))"
)
_WHOSE_CANCER = rf"{_CARRIED_BY}\s+(?:lung\s+)?(?:ca|cancer|nsclc|adenocarcinoma)\b"
# … or after them: "the patient with EGFR no longer responds to the TKI" ("paziente con EGFR").
_PATIENTS_WITH = r"\b(?:patients?|pts?|cases)\s+(?:with|con|avec|mit|com|met)\s+(?:an?\s+)?"
# … or right after them as a Romance language writes it, the gene ending the phrase ("pro
# pessoal EGFR)", "patient EGFR+ sous TKI"; not "patient EGFR status"), or in brackets ("the TKI
# pts (EGFR etc)").
_PATIENTS_THEN = r"\b(?:patients?|pessoal|doentes)\s+"
_ENDS_THE_PHRASE = r"(?:\+|[- ](?:positive|mutant|mutated)\b|(?=\s*(?:[)?,.;]|$)))"
_PATIENTS_BRACKETED = r"\b(?:patients|pts)\s*\(\s*"
# Gene symbols before a class of drugs, and what joins them: "EGFR/ALK tyrosine kinase
# inhibitors", "EGFR and ALK TKIs".
_GENE_SYMBOL = re.compile(r"[A-Z][A-Z0-9]{1,7}")
_TARGETS_LISTED = re.compile(rf"(?:\s*(?:/|,|&|\band\b|\bor\b)\s*{_GENE_SYMBOL.pattern})*\s+")
# A question about two or more technical terms the corpus never uses ("platelet-derived
# microparticles", "thrombosis") asks about another subject; one such word may be a
# paraphrase ("killer lymphocytes" for effector T cells). A word the model's vocabulary cuts
# into this many pieces or more counts as technical.
_FOREIGN_TERMS = 2
_TECHNICAL_PIECES = 3
# A question with at least this many short words (of at most so many letters, not symbols)
# unknown to the corpus and glossary is written in another language.
_OTHER_LANGUAGE_WORDS = 3
_FUNCTION_WORD_LETTERS = 4
# A name of letters and digits (MALAT1, CD63), right after or before a class word.
_SYMBOL_NAME = r"([A-Za-z][A-Za-z-]*\d[A-Za-z0-9-]*)"
_SYMBOL = re.compile(rf"\s+{_SYMBOL_NAME}\b")
_SYMBOL_BEFORE = re.compile(rf"\b{_SYMBOL_NAME}\s+$")
_NAMED_SYMBOL = re.compile(rf"\b{_SYMBOL_NAME}")
_ONE_NAMED_SYMBOL = re.compile(
    rf"\b{_SYMBOL_NAME} one\b|\bone (?:called|named) {_SYMBOL_NAME}\b", re.IGNORECASE
)
# Not \b: in "外泌体miR-21" a Chinese character, a word character too, stands before it.
_MICRORNA = re.compile(r"(?<![A-Za-z0-9])((?:mir|mirna|microrna)-(\d+[a-z]?))", re.IGNORECASE)
_MICRORNA_FORMS = ("mir", "mirna", "microrna")
# One drug the corpus never names is enough: its international name says what it is (the
# stems of kinase inhibitors, antibodies, PARP and KRAS inhibitors, platins, taxanes …).
_DRUG_NAME = re.compile(
    r"[a-z]{3,}(?:tinib|rafenib|ciclib|parib|lisib|rasib|degib|zomib|mab|platin|taxel"
    r"|rubicin|citabine|trexed|tecan)"
)
# One disease the corpus never names is enough too: another tumour ("neuroblastoma",
# "glioma") or a blood cancer. Not "stroma", and not a carcinoma: the lung carcinomas
# (adenocarcinoma, squamous cell carcinoma) are the non-small cell lung cancer the corpus
# writes of.
_DISEASE_NAME = re.compile(r"[a-z]{2,}(?<!str)(?<!carcin)omas?|[a-z]*leuka?emias?")
# And one process of cells or tissues named by its suffix (ferroptosis, autophagy,
# angiogenesis), which a paraphrase would not use for a process the corpus names otherwise.
_PROCESS_NAME = re.compile(r"[a-z]{3,}(?:ptosis|phagy|genesis|plasia)")
# The same in Chinese: a tumour (…瘤) or a cancer (…癌) named by the organ or tissue it grows
# in (肝癌, 淋巴瘤, 胶质瘤), not any character before it (对癌细胞 "on cancer cells"). 腺癌 and
# 鳞癌 are the lung carcinomas, as above.
_ZH_DISEASE_NAME = re.compile(
    r"[肝胃肠宫巢胰肾脑胱咽喉肤鼻舌唇睾胆骨血卵颈口食][癌瘤]|[巴素质胞髓肉管维肪间经][瘤]"
)
# A drug in Chinese, by the transliterated stems of kinase inhibitors (安罗替尼, 吉非替尼) and
# antibodies (贝伐珠单抗, 地舒单抗).
_ZH_DRUG_NAME = re.compile(r"[\u4e00-\u9fff]{2}替尼|[\u4e00-\u9fff]{2,4}单抗")
# A symbol of three or more capitals and digits, after at most two small letters (PARP, KRAS,
# G12C, ORCID, tRF, mtDNA): a gene, a protein or a registry that no passage names, not even
# inside a longer name (RNA in miRNA, MONDO in MONDO:0005138), is a subject of its own.
_CAPITALISED_SYMBOL = re.compile(r"[a-z]{0,2}[A-Z0-9]*[A-Z][A-Z0-9]*s?")
_SYMBOL_LENGTH = 3
_AGE_AND_SEX = re.compile(r"\d{1,3}[MF]")
_WHERE_THE_ASKER_IS = re.compile(
    r"\b(?i:here in|aqui em|aqui no|aqui na|aquí en|ici à|ici a|hier in|qui a) ([A-Z]{2,6})\b"
)
# A capital after the first letter, or a digit: miRNA, TKIs, CD63.
_NAME_WRITTEN = re.compile(r".[A-Z]|\d")
# A few words with no verb ("KRAS G12C inhibitor resistance") are a query, not a statement.
_KEYWORD_QUERY_WORDS = 6
_IS_A_QUESTION = re.compile(
    r"[?？]|^\W*(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|does|do|did"
    r"|can|could|should|would|will|has|have)\b|吗|呢|什么|哪|怎么|如何|多少",
    re.IGNORECASE,
)
# A whole word, hyphens and all ("PD-1", "exosome-based").
_WHOLE_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9]|[A-Za-z]")
# A word, or a name of letters and digits ("G12C").
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")
# Passages read, at most, to tell whether a glossary entry is named or only stands inside a
# longer term.
_MENTION_READS = 200


@dataclass(frozen=True)
class Query:
    """A question as retrieval sees it.

    ``concepts`` are the question's topics: each the phrasings that express it (a word, a
    glossary entry's synonyms and translations, or an abbreviation and its long forms as the
    corpus defines them; each phrasing a set of terms that must all occur) and a weight (how
    rare the concept is).
    ``unmentioned`` names glossary entities in the question that no passage mentions.
    ``kind`` is what its wording asks for (a date, a DOI, a definition …; see ``asks``).
    ``borrowed`` are the concepts a follow-up took from the questions before it.
    ``previous`` is the question it follows, if it leans on it (none when it stands alone).
    ``read`` is the question as read: typing slips mended, traditional Chinese simplified. The
    patterns read it; ``question`` is shown as asked.
    ``passed_over`` names what the message's other questions ask about that no passage
    mentions, when those were set aside to answer this one.
    ``disputed`` names the details no passage mentions of what a question asks to confirm a
    paper says, when the question is answered by what the paper does say.
    ``told_aside`` are the concepts only what the asker tells after the question, or whom
    they will pass the answer to, names; they are also among ``borrowed``.
    """

    question: str
    dense_text: str
    lexical_terms: tuple[str, ...]
    concepts: tuple[tuple[frozenset[frozenset[str]], float], ...]
    unmentioned: tuple[str, ...] = ()
    kind: str = ""
    borrowed: frozenset[frozenset[frozenset[str]]] = frozenset()
    previous: str = ""
    read: str = ""
    passed_over: tuple[str, ...] = ()
    disputed: tuple[str, ...] = ()
    told_aside: frozenset[frozenset[frozenset[str]]] = frozenset()

    def speaks_of(self, found: frozenset[str] | set[str]) -> bool:
        """Whether ``found`` mentions a concept of the question, not only one the asker told
        beside it (see ``told_aside``)."""
        return any(
            phrase <= found
            for phrasings, _ in self.concepts
            if phrasings not in self.told_aside
            for phrase in phrasings
        )

    def says_itself(self, found: frozenset[str] | set[str]) -> bool:
        """Whether ``found`` mentions a concept of the question's own, not only one it
        borrowed from the questions before it (true when it has none of its own)."""
        own = [
            phrasings
            for phrasings, _ in self.concepts
            if phrasings and phrasings not in self.borrowed
        ]
        return not own or any(phrase <= found for phrasings in own for phrase in phrasings)


@dataclass(frozen=True)
class RankedPassage:
    passage: StoredPassage
    dense: float
    coverage: float
    fused: float

    @property
    def relevance(self) -> float:
        """How well the passage answers, 0..1: semantic closeness and question-term coverage."""
        return 0.5 * max(self.dense, 0.0) + 0.5 * self.coverage


class Retriever:
    """Hybrid retrieval over one index; build once, query from many threads."""

    def __init__(self, reader: IndexReader, glossary: Glossary, settings: Settings) -> None:
        import bm25s

        self.reader = reader
        self.glossary = glossary
        self.settings = settings
        self.passages = reader.passages()
        self._position = {p.id: i for i, p in enumerate(self.passages)}
        self._doc_of = np.array([p.metadata.get("doc_id", "") for p in self.passages])
        # Tokenising is most of the start-up cost on a large index: each text once, and a
        # section's context (title, journal, authors, section) once for all its passages.
        context_terms: dict[str, list[str]] = {}
        contexts: dict[str, frozenset[str]] = {}
        lexical: list[list[str]] = []
        self._context_sets: dict[str, frozenset[str]] = {}
        self._document_sets: dict[str, frozenset[str]] = {}
        self._naming_sets: dict[str, frozenset[str]] = {}
        for p in self.passages:
            document = p.metadata.get("doc_id", "")
            if document not in self._document_sets:
                # A question may name a paper by its id: "the licence of PMC12883948".
                named_by = f"{p.document_text} {document}"
                self._document_sets[document] = frozenset(terms(named_by))
            context = p.context_text
            if context not in context_terms:
                context_terms[context] = terms(context)
                contexts[context] = self._document_sets[document].union(context_terms[context])
            lexical.append(context_terms[context] + terms(p.text_and_terms))
            self._context_sets[p.id] = contexts[context]
        # The id that names a passage's paper is among its terms, not its words that BM25
        # weighs.
        self._term_sets = [
            self._context_sets[p.id].union(found)
            for p, found in zip(self.passages, lexical, strict=True)
        ]
        self._bm25 = bm25s.BM25()
        self._bm25.index([found or [""] for found in lexical], show_progress=False)
        self._vocab = self._bm25.vocab_dict
        # A term's document frequency is the number of passages BM25 scores for it ("" is
        # bm25s's own filler, with no column of scores).
        frequencies = np.diff(self._bm25.scores["indptr"]).tolist()
        total = max(len(self.passages), 1)
        self._idf = {
            t: math.log(1 + (total - frequencies[i] + 0.5) / (frequencies[i] + 0.5))
            for t, i in self._vocab.items()
            if t
        }
        self._unseen_idf = math.log(1 + (total + 0.5) / 0.5)
        self._mentioned: dict[tuple[tuple[str, ...], tuple[str, ...]], bool] = {}
        self.abbreviations = Abbreviations.defined_in(p.text for p in self.passages)
        # Answers re-read the same top passages again and again.
        self._sentences = lru_cache(maxsize=4096)(self._split_sentences)
        # A long question's paraphrase check embeds the same passages' sentences each time;
        # its own text was embedded by the search just before.
        self._vector = lru_cache(maxsize=256)(self._embed_one)
        self._sentence_vectors = lru_cache(maxsize=4096)(self._embed_sentences)
        # Each question read: the language it was asked in ("" for English) and the English
        # words its reading wrote (see ``_read_as_meant``).
        self._readings: dict[str, tuple[str, frozenset[str]]] = {}
        # A conversation reads its earlier questions again with each follow-up.
        self._analysed = lru_cache(maxsize=1024)(self._analyse)

    def analyse(self, question: str, context: Sequence[str] = ()) -> Query:
        """Expand the question (and earlier questions it follows) across languages.

        A follow-up's topic is often in the question before it ("What symptoms does it
        cause?" after "What is bone metastasis?"). One that names at most one thing the corpus
        knows reads the earlier questions too. One that names its own topic ("Do these
        vesicles change how cells fuel themselves in bone?") keeps its own meaning: it borrows
        the earlier questions' concepts, weighed lower, only if it points back at them ("they",
        "that environment"), and is read alone otherwise.
        """
        # Read as meant: "platnium" is platinum, "lungcancer" lung cancer. The answer still
        # shows the question as asked.
        asked = question
        question = self._read_as_meant(question)
        context = tuple(self._read_as_meant(earlier) for earlier in context)
        question, passed_over = self._without_unanswerable_questions(question)
        if passed_over:
            return replace(self.analyse(question, context), question=asked, passed_over=passed_over)
        # "它们是怎么产生的？" names nothing: what it followed says what "they" are.
        if len(context) > 1 and self._analysed(context[-1], ())[1]:
            context = context[-1:]
        alone, known = self._analysed(question, ())
        if not context:
            if alone.unmentioned and known >= _CONFIRMED_SUBJECTS:
                corrected = self._without_wrong_details(question, alone.unmentioned)
                if corrected:
                    return replace(corrected, question=asked, disputed=alone.unmentioned)
            return replace(alone, question=asked)
        previous = context[-1]
        # "Is the other paper in the same journal?": the record of the paper not yet asked
        # about, which the earlier question's topic would only lead away from.
        if THE_OTHER_PAPER.search(question):
            kind = expected_kind(question, previous)
            if not asks_for_findings(kind):
                return replace(alone, question=asked, kind=kind, previous=previous)
        # "Besides new mutations, what other reasons are given?" names only what it sets
        # aside: what it asks about is the question before's.
        aside, rest = set_aside(question)
        names_only_the_aside = bool(aside) and self._analysed(rest, ())[1] == 0
        if known > 1 and not _REFERS_TO_TREATMENT.search(question) and not names_only_the_aside:
            if not points_back(question):
                # Read alone, it keeps to no paper the question before named.
                return replace(alone, question=asked, kind=expected_kind(question, previous))
            with_context = self._analysed(question, context)[0]
            return replace(
                with_context, question=asked, dense_text=alone.dense_text, previous=previous
            )
        return replace(self._analysed(question, context)[0], question=asked, previous=previous)

    def _without_unanswerable_questions(self, question: str) -> tuple[str, tuple[str, ...]]:
        """The message without the questions before its last that name what no passage
        mentions ("Could diet have played a role? And what happens inside the cells …?"),
        when the last stands on its own and names what the corpus knows, or without the
        purpose it ends on (see ``_ASKERS_PURPOSE``); and what they named (nothing when none
        is set aside)."""
        purpose = _ASKERS_PURPOSE.search(question)
        if purpose:
            asked = question[: purpose.start()].rstrip() + "?"
            passed = self._analysed(question[purpose.start() :], ())[0].unmentioned
            if passed and self._stands_alone(asked, first=True):
                return asked, passed
        story, asks = _questions_of(question)
        if len(asks) < 2:
            return question, ()
        # The last question is the one the message leads to; those before it are asides.
        if not self._stands_alone(asks[-1]):
            return question, ()
        passed = [name for a in asks[:-1] for name in self._analysed(a, ())[0].unmentioned]
        if not passed:
            return question, ()
        return story + asks[-1], tuple(dict.fromkeys(passed))

    def _without_wrong_details(self, question: str, wrong: Sequence[str]) -> Query | None:
        """The question a paper's reader asks to confirm ("The bone metastasis review says
        lung cancer ranks second after breast cancer, isn't it?"), read without the details
        the corpus never mentions, which the paper's own words correct; None when it is no
        such question, or names a molecule, a pathway or a number (a detail the papers do not
        give), or too many details the corpus never mentions."""
        if (
            len(wrong) > _MOST_WRONG_DETAILS
            or not CONFIRMS_A_DETAIL.search(question)
            or not _SAYS_A_PAPER.search(question)
            or _NAMED_SYMBOL.search(question)
            or _NAMES_A_PATHWAY.search(question)
            or re.search(r"\d", question)
        ):
            return None
        rest = self.glossary.without(question, wrong)
        # And as plain words, for what the glossary does not hold ("Keytruda").
        for name in wrong:
            rest = re.sub(rf"(?<![a-z0-9-]){re.escape(name)}(?![a-z0-9-])", " ", rest, flags=re.I)
        corrected, known = self._analysed(rest, ())
        return None if corrected.unmentioned or known < _CONFIRMED_SUBJECTS else corrected

    def leading_question(self, message: str) -> list[str]:
        """A message's questions when its first can be answered alone and leads the ones
        after it, which only take it further (see ``_leads_the_message``); none otherwise."""
        story, asks = _questions_of(message)
        if len(asks) < 2 or not _leads_the_message(story, asks[0]):
            return []
        # "How long …? The family want a number": the first is asked again, for a number.
        if any(wants_a_number(self._read_as_meant(ask)) for ask in asks[1:]):
            return []
        return asks if self._stands_alone(asks[0], first=True) else []

    def asked_beside_the_record(self, message: str) -> tuple[str, str, bool]:
        """What a message that asks for a part of a paper's record asks of the papers' content
        beside it ("What does the Frontiers review say exosomes DO in drug resistance? Like are
        they passing it from cell to cell? and who wrote it"): its other asks, after the story
        it tells; its asks for the record, which say what paper "it" is; and whether the others
        come first. ("", "", False) when it asks for nothing else. A record line answers no
        finding, so the two are answered apart."""
        story, asks = _questions_of(message)
        pieces = [piece for ask in asks for piece in _ANOTHER_ASK.split(ask) if piece.strip()]
        kinds = [expected_kind(piece) for piece in pieces]
        record = [i for i, kind in enumerate(kinds) if is_record_part(kind)]
        others = [
            i
            for i, kind in enumerate(kinds)
            if not kind and _ASKS.search(pieces[i]) and not _OF_THE_RECORD.search(pieces[i])
        ]
        if not (record and others and is_record_part(expected_kind(message))):
            return "", "", False
        besides = " ".join([story, *(pieces[i] for i in others)]).strip()
        query, _ = self._analysed(self._read_as_meant(besides), ())
        # The asks joined must still ask of the content: "… describe its incidence when is it
        # diagnosed?" reads as asking when the review was.
        if query.unmentioned or is_record_part(query.kind):
            return "", "", False
        # Their own words, not the story's, must name the content asked of: two things beyond
        # the papers' titles, or, asked as what a paper says or how something works, two beyond
        # their journals and authors alone ("What does the Frontiers review say exosomes do in
        # NSCLC drug resistance?", "… and what do exosomes carry according to it?").
        own_words = self._read_as_meant(" ".join(pieces[i] for i in others))
        asked, _ = self._analysed(own_words, ())
        beyond = (
            self._journals_and_authors
            if _ASKS_OF_THE_CONTENT.search(own_words)
            else self._papers_names
        )
        if self._topics_of_content(asked, beyond) < _TOPICS_BESIDE_THE_RECORD:
            return "", "", False
        return besides, " ".join(pieces[i] for i in record), others[0] < record[0]

    @cached_property
    def _papers_names(self) -> frozenset[str]:
        """The terms of every paper's title, journal, authors and id."""
        return frozenset().union(*self._document_sets.values())

    @cached_property
    def _journals_and_authors(self) -> frozenset[str]:
        """The terms of every paper's journal and authors."""
        return frozenset(
            term
            for p in self.passages
            for name in (p.metadata.get("journal", ""), *p.authors)
            for term in terms(name)
        )

    def _topics_of_content(self, query: Query, named: frozenset[str]) -> int:
        """How many things the corpus knows a question names beyond the ``named`` words of the
        papers and the words of their record."""
        record = named | _RECORD_TERMS
        return sum(
            1
            for phrasings, _ in query.concepts
            if any(p and p <= self._vocab.keys() for p in phrasings)
            and not any(p and p <= record for p in phrasings)
        )

    def _stands_alone(self, question: str, first: bool = False) -> bool:
        """Whether one question of a message can be answered without the others: it names
        at least two things the corpus knows, nothing it never mentions, and (unless it is the
        first, with none before it) leans on no other question."""
        query, known = self._analysed(question, ())
        return not (
            query.unmentioned
            or known < 2
            or word_count(question) < _STANDS_ALONE_WORDS
            or (not first and _leans_on_another(question))
            or not question.rstrip().endswith(("?", "？"))
        )

    def _phrase(self, form: str) -> frozenset[str]:
        """The terms a passage must hold to say ``form`` (not an entry's first): none when
        fewer than its words and one word of another entry: "kinds of problems" (skeletal-related
        events) is not said by "an urgent problem", which says the entry "problem"."""
        phrase = frozenset(_topical(terms(form)))
        if len(phrase) < len(form.split()) and phrase in self._single_word_terms:
            return frozenset()
        return phrase

    @cached_property
    def _single_word_terms(self) -> frozenset[frozenset[str]]:
        """The terms of the glossary's one-word English terms."""
        return frozenset(
            frozenset(_topical(terms(t)))
            for en, _ in self.glossary.entries
            for t in en
            if " " not in t
        )

    def _read_as_meant(self, question: str) -> str:
        # Each reading takes the text the one before it left: a word is mended once it is
        # in lower case and its dictated pieces are joined.
        question = simplified(question)
        as_written = question
        for read in (unaccented, without_letter_form, unshouted):
            question = read(question)
        unread = question
        # The language is told before its words are read in English: "resumo em chinês" read
        # as "Chinese abstract" leaves one Portuguese word to tell it by.
        language = language_asked_in(question, as_written)
        readings = (
            partial(with_umlauts_unspelt, language=language, is_a_word=self._spelling.is_a_word),
            partial(
                with_compounds_parted,
                language=language,
                is_a_word=self._spelling.is_a_word,
                is_read=self._cognates.reads,
            ),
            partial(with_english_question_words, language=language),
            partial(self._cognates.read, language=language),
            self._pinyin.read,
            without_search_operators,
            with_the_statement_asked,
            self._spelling.joined,
            spelt_out,
            written_chinese,
            without_manner_of_telling,
            without_reciprocals,
            with_resistance_passed_on,
            with_vesicles_formed,
            partial(with_prefixes_joined, language=language),
            partial(self._spelling.mend, kept=FUNCTION_WORDS),
            self.glossary.with_shared_words_repeated,
        )
        for read in readings:
            question = read(question)
        # Forgotten all at once, which threads asking side by side can do safely.
        if len(self._readings) >= _REMEMBERED_READINGS:
            self._readings.clear()
        self._readings[question] = (
            language or "",
            self._english_written(unread, question, language) if language else frozenset(),
        )
        return question

    def _english_written(self, unread: str, read: str, language: str) -> frozenset[str]:
        """The terms of the English words the readings wrote into a question asked in another
        ``language``, also where one is spelt as the asker wrote it ("quel tube" → "which
        tube"): "scheletriche" mended to "scheletrici" is still the asker's own."""
        written = set(_LATIN_WORD.findall(read.lower())) - set(_LATIN_WORD.findall(unread.lower()))
        # A word the tables wrote is English whether or not the corpus knows it.
        tabled = english_read_in(unread, language)
        known = " ".join(w for w in written if self._spelling.is_a_word(w))
        return frozenset(terms(f"{known} {tabled}"))

    def _language_asked_in(self, read: str) -> str | None:
        """The language a question was asked in, told before its words were read in English;
        told from the text itself for a part of one (or one forgotten)."""
        told = self._readings.get(read)
        return language_asked_in(read) if told is None else told[0] or None

    def _words_read_in(self, read: str) -> frozenset[str]:
        """The terms a question's reading wrote for its words ("esame del sangue" → "blood
        test"); none for one asked in English, a part of one, or one forgotten."""
        told = self._readings.get(read)
        return frozenset() if told is None else told[1]

    @cached_property
    def _pinyin(self) -> Pinyin:
        chinese = (term for _, zh in self.glossary.entries for term in zh)
        return Pinyin(chinese, self._spelling.is_a_word)

    @cached_property
    def _cognates(self) -> Cognates:
        return Cognates(self._spelling.words, self._spelling.is_a_word)

    @cached_property
    def _spelling(self) -> Spelling:
        english = (word for en, _ in self.glossary.entries for term in en for word in term.split())
        # Of the kinds' words, only whole words: a pattern's stems ("licen") are none.
        asked = (word for word in asked_words() if word_pieces(word) == 1)
        return Spelling((p.searchable_text for p in self.passages), english, asked)

    def _analyse(self, question: str, context: tuple[str, ...]) -> tuple[Query, int]:
        """The question as retrieval sees it, and how many things the corpus knows it names."""
        text = " ".join([*context, question])
        language = self._language_asked_in(question)
        entries = self.glossary.matches(text)
        # An abbreviation the question names, by either form, where the corpus defines it. Its
        # other form joins the lexical terms and the concept, not the embedded text: measured,
        # a short form's expansion there pulled the question's meaning off its topic.
        abbreviated = self.abbreviations.named_in(text)
        english = list(dict.fromkeys(en[0] for en, _ in entries))
        if language_of(question) == "zh":
            latin = " ".join(re.findall(r"[A-Za-z0-9][A-Za-z0-9\-./]*", text))
            dense_text = " ".join([latin, *english]).strip() or text
        else:
            dense_text = " ".join([text, *english]) if english else text
        # Each glossary entry, and each abbreviation, is one concept written as any of its
        # phrases.
        phrase_lists = [
            [self._phrase(t) if n else frozenset(_topical(terms(t))) for n, t in enumerate(forms)]
            for forms in [*map(self.glossary.phrases_of, entries), *abbreviated]
        ]
        # An entry named by an English stop word ("review" for 综述) is a question word, not a
        # topic, unless a passage writes it some other way (引起 for "cause").
        phrasings = [
            frozenset()
            if phrases
            and not phrases[0]
            and not any(p and p <= self._vocab.keys() for p in phrases)
            else frozenset(p for p in phrases if p)
            for phrases in phrase_lists
        ]
        asking_words = {
            kept
            for phrases, kept in zip(phrase_lists, phrasings, strict=True)
            if phrases and not phrases[0]
        }
        # What the asker says of their own work ("我在做 EV 分离，…") is no subject to look up.
        unsaid = _ASKER_SAYS.sub("", question)
        about = _NOT_ASKED.sub("", unsaid)
        # The story told before the question names no subject of it; it may say what kind of
        # answer is wanted ("I'd like to reprint a few lines … What do I have to do?").
        asking = _without_story(about, self.glossary.matches)
        subject = self._without_wrong_options(_without_similes(_without_belief(asking)))
        asked = entries if text == subject else self.glossary.matches(subject)
        # A question that names its own topic says what it asks; a vague one ("What do I have
        # to do?") leaves it to the story ("I'd like to reprint a few lines …").
        previous = context[-1] if context else ""
        kind = expected_kind(asking if asked else about, previous)
        # "The PMC ID is 12883948 but the author field is blank. Who wrote it?": the question
        # says what it wants, and the story only which paper; one that names its own topics
        # ("…看到一篇中国肺癌杂志的综述。这篇文章认为外泌体有哪些临床应用？") asks of them.
        told = _TOLD_BEFORE.match(about)
        if told and kind and not _ASKS_OF_THE_STORY.match(about, told.end()):
            own = about[told.end() :]
            own_kind = expected_kind(own, previous)
            if own_kind or len(self.glossary.matches(own)) >= _NAMES_ITS_OWN_TOPICS:
                kind = own_kind
        # "Was this an original clinical trial?" asks what kind of paper it is: the design it
        # names is the answer's alternative, not a subject.
        if kind == "article type":
            asked = [entry for entry in asked if entry[0][0] not in _STUDY_DESIGNS]
        # "我一直以为肝癌、胃癌更凶，肺癌在所有恶性肿瘤里排第几？": the other cancers a rank of
        # the corpus's own names are what it is ranked against, not subjects.
        ranked_against: set[str] = set()
        if kind == "rank" and any(_A_CANCER.search(e[0][0]) and self._mentions(e) for e in asked):
            ranked_against = {
                name for en, zh in asked if _A_CANCER.search(en[0]) for name in (*en, *zh)
            }
        unmentioned = [
            entry[0][0]
            for entry in asked
            if not self._mentions(entry)
            and not self._names_a_known_member(subject, entry)
            and not _only_examples(
                subject, *entry, class_before=partial(self._entry_at, end=True, chinese=True)
            )
            and not self._given_as_members(subject, (*entry[0], *entry[1]))
            and not _tells_whose_patients(subject, entry[0])
        ]
        unmentioned += [
            word
            for word in self._foreign_terms(subject, asked, language)
            if not self._given_as_members(subject, (word,))
        ]
        unmentioned += [o for o in self._unnamed_options(subject, language) if o not in unmentioned]
        unmentioned = [name for name in unmentioned if name not in ranked_against]
        absent = {en[0] for en, _ in entries} & set(unmentioned)
        # Each entry's terms, its phrasings, and whether it names what no passage mentions.
        # An abbreviation is defined in a passage, so never absent.
        absent_flags = [en[0] in absent for en, _ in entries] + [False] * len(abbreviated)
        # A question's word joins an entry's concept when it is one of the entry's own words:
        # "kinase" in a question that also says "targeted drugs" is its own concept, though
        # targeted therapy includes tyrosine kinase inhibitors. (An entry's own forms come
        # first among its phrases, before those of the entries it includes.)
        entry_words = [
            frozenset().union(*phrases[: len(en) + len(zh)])
            for phrases, (en, zh) in zip(phrase_lists[: len(entries)], entries, strict=True)
        ] + [frozenset().union(*p) for p in phrasings[len(entries) :]]
        # In a question asked in another language, an entry's articles and prepositions are
        # that language's own words, no name of the entry.
        glossary = [
            (_without_function_words(words) if language else words, phrases, is_absent)
            for words, phrases, is_absent in zip(entry_words, phrasings, absent_flags, strict=True)
        ]
        concepts: dict[frozenset[frozenset[str]], float] = {
            frozenset(): self._unseen_idf for _ in unmentioned[:1]
        }
        known: list[float] = []
        seams = self.glossary.straddles(question, entries)
        # Another language's own words ("les", "d'une") are no topic of the question.
        function_terms = set(terms(" ".join(own_words_in(question, language))))
        in_another_language = language is not None
        written_in_english = self._words_read_in(question)
        asked_in_chinese: set[frozenset[frozenset[str]]] = set()
        # What the asker tells after the question and whom they will pass the answer to
        # ("…? The drug resistance review says …", "…，怎么跟病人解释") place it without
        # saying what it asks: their concepts weigh as a follow-up's borrowed ones do.
        asked = _TOLD_AFTER.sub("", unsaid)
        asked_words = terms(asked)
        asked_terms = set(_topical(asked_words))
        # Of what is told after, only the concepts the question writes whole: "…tend to get?
        # Want to prepare my patient's relatives" writes one word of "get ready", which
        # "prepare" matched. (A Chinese phrasing's bigrams are not the question's own.)
        written_whole = set(asked_words) if asked != unsaid else None
        # Each term the glossary or the corpus knows, with its concept and weight.
        weighed: list[tuple[str, frozenset[frozenset[str]], float]] = []
        for term in _topical(terms(question)):
            if term in seams or term in function_terms:
                continue
            found = self._concept_of(term, glossary)
            if found is None and term not in asked_terms:
                continue
            if found is None:
                # An unknown hyphenated word ("exosome-based") is weighed by its parts.
                # An unknown plain word may be a paraphrase, so it weighs less than an unknown
                # glossary entity (another cancer, another drug). An unknown Chinese bigram is
                # most likely a split across two words, and an unknown word of a question in
                # another language that language's own ("sigue", "manejo"): both are left out.
                # An English word its reading wrote ("esame del sangue" → "blood test") is the
                # asker's, as in an English question.
                if (
                    not CJK_RUN_PATTERN.match(term)
                    and "-" not in term
                    and (not in_another_language or term in written_in_english)
                ):
                    concepts[frozenset([frozenset([term])])] = UNSEEN_WORD_WEIGHT * self._unseen_idf
            elif found[0]:
                concepts[found[0]] = found[1]
                weighed.append((term, *found))
                if CJK_RUN_PATTERN.match(term) and found[0] in asking_words:
                    asked_in_chinese.add(found[0])
        asked_concepts = {
            concept
            for term, concept, _ in weighed
            if term in asked_terms
            and (
                written_whole is None
                or CJK_RUN_PATTERN.match(term)
                or any(p <= written_whole for p in concept)
            )
        }
        told_aside = {c for _, c, _ in weighed} - asked_concepts if asked_concepts else set()
        known += [weight for _, concept, weight in weighed if concept not in told_aside]
        for concept in told_aside:
            concepts[concept] *= CONTEXT_WEIGHT
        # A Chinese term written with function characters only ("装了", "中文") names its entry,
        # though none of its bigrams is a topic word.
        for (_, zh), (_, phrases, is_absent) in zip(entries, glossary, strict=False):
            spelt_by_function_characters = any(t in question and not _topical(terms(t)) for t in zh)
            if (
                phrases
                and not is_absent
                and phrases not in concepts
                and spelt_by_function_characters
            ):
                concepts[phrases] = self._concept_weight(phrases)
                known.append(concepts[phrases])
        # "外泌体如何导致非小细胞肺癌耐药？": 导致 is English's stop word "cause", rarer than the
        # topics, but they, not it, say which sentence answers.
        topics = [w for c, w in concepts.items() if c and c not in asked_in_chinese]
        for asking in asked_in_chinese if topics else ():
            concepts[asking] = min(concepts[asking], *topics)
        # A follow-up borrows the earlier questions' concepts, each weighing less than its
        # own, so that they place the question without taking it over.
        borrowed: set[frozenset[frozenset[str]]] = set(told_aside)
        if context:
            cap = CONTEXT_WEIGHT * min(known, default=math.inf)
            earlier = " ".join(context)
            seams = self.glossary.straddles(earlier, entries)
            for term in _topical(terms(earlier)):
                found = None if term in seams else self._concept_of(term, glossary)
                if found and found[0] and found[0] not in concepts:
                    concepts[found[0]] = min(CONTEXT_WEIGHT * found[1], cap)
                    borrowed.add(found[0])
        lexical = [*_topical(terms(text)), *(t for words in entry_words for t in words)]
        query = Query(
            question,
            dense_text,
            tuple(lexical),
            tuple(concepts.items()),
            tuple(unmentioned),
            kind,
            frozenset(borrowed),
            read=question,
            told_aside=frozenset(told_aside),
        )
        return query, len(known)

    def _concept_of(
        self, term: str, glossary: list[tuple[frozenset[str], frozenset[frozenset[str]], bool]]
    ) -> tuple[frozenset[frozenset[str]], float] | None:
        """The concept a term stands for, and its weight: the first glossary entry that holds
        it, or the word itself when the corpus has it; None when neither knows it. An entry
        that names what no passage mentions stands for the empty concept, which the question's
        unmentioned entities already weigh."""
        for tokens, phrases, is_absent in glossary:
            if term in tokens:
                return (frozenset(), 0.0) if is_absent else (phrases, self._concept_weight(phrases))
        if term in self._idf:
            return frozenset([frozenset([term])]), self._idf[term]
        return None

    def _names_a_known_member(
        self, question: str, entry: tuple[tuple[str, ...], tuple[str, ...]]
    ) -> bool:
        """Whether the question writes the entry as the class of a name the corpus knows
        ("lncRNA MALAT1" where the abstracts write only "MALAT1"): the name, not the class
        word, says what it asks about."""
        for term in entry[0]:
            for match in re.finditer(rf"\b{re.escape(term)}\b", question, re.IGNORECASE):
                after = _SYMBOL.match(question, match.end())
                before = _SYMBOL_BEFORE.search(question, 0, match.start())
                for found in (after, before):
                    symbol = found.group(1) if found else ""
                    if (
                        symbol
                        and all(t in self._idf for t in terms(symbol))
                        and not self.glossary.matches(symbol)
                    ):
                        return True
        return False

    def _given_as_members(self, question: str, names: Sequence[str]) -> bool:
        """Whether the question writes ``names`` only with a class of drugs the corpus
        discusses: after it, in the plural, as its members ("EGFR TKIs like Tagrisso or
        Iressa", "checkpoint inhibitors such as Keytruda"), before it as what "these" of the
        class are ("Tagrisso and Tarceva … these EGFR TKIs"), as the gene symbols before it
        that say what it targets ("EGFR/ALK tyrosine kinase inhibitors"), or after it as its
        target or which of it ("TKI pour EGFR", "免疫治疗那个PD-1"): it asks about the class."""
        found = [
            match
            for name in names
            # A Chinese character beside a name does not join it: "免疫治疗那个PD-1打了".
            for match in re.finditer(
                rf"(?<![A-Za-z0-9_-]){re.escape(name)}(?![A-Za-z0-9_-])", question, re.I
            )
        ]
        for match in found:
            # "gefitinib(吉非替尼)": a name's gloss in brackets stands where the name does.
            opened = question[: match.start()].rstrip()
            if (
                opened.endswith(("(", "（"))
                and question[match.end() :].lstrip().startswith((")", "）"))
                and opened[:-1].rstrip().lower().endswith(tuple(n.lower() for n in names))
            ):
                continue
            listed = _MEMBERS_LISTED.search(question, 0, match.start())
            if listed:
                before = " ".join(question[: listed.start()].split()[-_LONGEST_CLASS_WORDS:])
                chinese = bool(listed.group("chinese"))
                if chinese:
                    before = _GLOSS_AT_END.sub("", before)
                # "a targeted pill like osimertinib" asks about that one drug; "dos TKI" is
                # plural by its article, and "TKI like gefitinib …" opening a clause by having
                # none. Chinese writes no plural.
                plural = (
                    chinese
                    or before.lower().endswith("s")
                    or _PLURAL_ARTICLE_BEFORE.search(before)
                    or _BARE_ACRONYM.search(before)
                )
                if plural and self._entry_at(
                    before, end=True, chinese=chinese, among=_DRUG_CLASSES
                ):
                    continue
            # "Tagrisso and Tarceva — how do tumours resist these EGFR TKIs?"
            if any(
                self._entry_at(
                    " ".join(question[m.end() :].split()[:_LONGEST_CLASS_WORDS]),
                    end=False,
                    among=_DRUG_CLASSES,
                )
                for m in _CLASS_REFERRED_TO.finditer(question, match.end())
            ):
                continue
            # "les TKI genre pour EGFR", "TKIs against EGFR": the class, then what it targets;
            # "免疫治疗那个PD-1": the class, then which of it.
            after_class = _TARGET_AFTER_CLASS.search(question, 0, match.start())
            if after_class and self._entry_at(
                question[: after_class.start()], end=True, chinese=True, among=_DRUG_CLASSES
            ):
                continue
            targets = _TARGETS_LISTED.match(question, match.end())
            if _GENE_SYMBOL.fullmatch(match.group()) and targets:
                after = question[targets.end() :].split()[:_LONGEST_CLASS_WORDS]
                if self._entry_at(" ".join(after), end=False, among=_DRUG_CLASSES):
                    continue
            return False
        return bool(found)

    def _entry_at(
        self, text: str, end: bool, chinese: bool = False, among: frozenset[str] | None = None
    ) -> bool:
        """Whether ``text`` ends (or, with ``end`` false, starts) with the name of a glossary
        entry the corpus mentions, one of ``among`` when given (the classes of drugs the
        reviews discuss), written in English (or, with ``chinese``, in either language: "SCLC
        化疗" is no gene symbol before a class, but "免疫治疗那个PD-1" names one of it). Brackets
        after such a name may give examples of it ("驱动基因突变(EGFR…)"); "治骨头的针" names
        nothing the corpus knows."""
        # A Chinese character beside the class does not join it: "这类TKI吃一段时间".
        at = r"(?<![A-Za-z0-9_]){}$" if end else r"^{}(?![A-Za-z0-9_])"
        written = text.endswith if end else text.startswith
        return any(
            (among is None or en[0] in among)
            and self._mentions((en, zh))
            and (
                any(re.search(at.format(re.escape(t)), text, re.I) for t in en)
                or (chinese and any(map(written, zh)))
            )
            for en, zh in self.glossary.matches(text)
        )

    def _without_wrong_options(self, question: str) -> str:
        """``question`` without its lettered options ("A. 神经压迫 … D. 肺间质纤维化") or the
        options it lists after a colon ("Which cargo types are mentioned: miRNA, lncRNA,
        protein, or circRNA?") when the corpus names one of them: the others may be wrong
        answers it never mentions."""
        spaced = _SPACED_OPTIONS.findall(question) if CJK_RUN_PATTERN.search(question) else []
        # Options set apart by spaces alone are letters in order from A: "B cells" is none.
        if not "ABCDE".startswith("".join(letter for letter, _ in spaced)):
            spaced = []
        for pattern, options in (
            (_LETTERED_OPTIONS, _LETTERED_OPTIONS.findall(question)),
            (_SPACED_OPTIONS, [option for _, option in spaced]),
        ):
            if len(options) >= _FEWEST_OPTIONS and self._names_one(options):
                return pattern.sub(" ", question)
        listed = _LISTED_OPTIONS.search(question)
        if listed:
            options = [o for o in _LIST_SEPARATOR.split(listed.group(1)) if o.strip()]
            if len(options) >= _FEWEST_OPTIONS and self._names_one(options):
                return question[: listed.start()] + "?"
        return question

    def _names_one(self, options: Sequence[str]) -> bool:
        """Whether the corpus names one of ``options``: a glossary entry it mentions, or words
        its passages hold."""
        return any(
            any(self._mentions(entry) for entry in self.glossary.matches(option))
            or ((found := terms(option)) and all(t in self._idf for t in found))
            for option in options
        )

    def _unnamed_options(self, question: str, language: str | None = None) -> list[str]:
        """The two names a question asks to choose between when no passage names either:
        two members of one glossary entry that the corpus names only as the entry ("cisplatin
        or carboplatin", where it writes "platinum"), or names written with capitals or digits
        that no passage holds. The corpus cannot say which. Neither a statement nor an open
        question offers a choice: "Patients on cisplatin or carboplatin stop responding. Why?"
        and "Why do patients stop responding to cisplatin or carboplatin?" ask about both.
        In a question asked in another ``language`` a word no passage holds is most likely that
        language's own, and German writes every noun with a capital ("zitieren bzw. Teile
        übernehmen"): only a symbol, with a digit or a capital inside it, is a name there."""
        asking = " ".join(_STATEMENT.sub("", question).split())
        choosers = {found.lower() for found in _CHOOSES.findall(asking)}
        if not choosers:
            return self._unnamed_chinese_options(question)
        # "lineage plasticity or histologic switching": each a word of a term it names.
        known = _words_of_its_terms(asking, self.glossary.matches(asking))
        for match in _CHOICE_IN.get(language or "", _CHOICE).finditer(asking):
            if choosers == {"which"} and (
                _OPTIONS_AS_OBJECT.search(asking[: match.start()]) or _WHICH_OF_MANY.search(asking)
            ):
                continue
            options = match.groups()
            # "Rubrik bzw. Sektion", read "section or section", names one thing twice.
            if any(o.lower() in known for o in options) or len({o.lower() for o in options}) == 1:
                continue
            entries = [self.glossary.matches(o) for o in options]
            same_entry = all(entries) and entries[0] == entries[1]
            # Names: written with capitals or digits, or words the model's vocabulary does not
            # hold whole, one of them a technical word ("electroporation or sonication", not
            # "boosting or dampening").
            pieces = [word_pieces(o) for o in options]
            in_english = language is None
            name = r"[A-Z0-9]" if in_english else r"\d|\w[A-Z]"
            capitalised = [re.search(name, o) is not None for o in options]
            written = [
                not e and (c or (in_english and p > 1))
                for e, c, p in zip(entries, capitalised, pieces, strict=True)
            ]
            technical = max(pieces) >= _TECHNICAL_PIECES or all(capitalised)
            if (same_entry or (all(written) and technical)) and not any(
                len(self._passages_with_all(_topical(terms(o)))) for o in options
            ):
                return [o.lower() for o in options]
        return []

    def _unnamed_chinese_options(self, question: str) -> list[str]:
        """The two members of one glossary entry a Chinese question asks to choose between
        ("顺铂和卡铂哪个更容易耐药？", "cisplatin 同 carboplatin 边只比较易出现 resistance？")
        when no passage names either: the corpus writes only the entry ("铂类")."""
        spans = self.glossary.spans(question)
        for (start, end, entry), (after, stop, other) in pairwise(spans):
            options = [question[start:end].lower(), question[after:stop].lower()]
            if (
                entry == other
                and options[0] != options[1]
                and _ZH_JOINED.fullmatch(question, end, after)
                # Not two examples of a class ("cisplatin/carboplatin这类"): the clause after
                # them asks which.
                and not _EXAMPLE_OF_A_CLASS.match(question, stop)
                and _ZH_CHOOSES.match(question, stop)
                and not any(len(self._passages_with_all(_topical(terms(o)))) for o in options)
            ):
                return options
        return []

    def _foreign_terms(
        self,
        question: str,
        entries: list[tuple[tuple[str, ...], tuple[str, ...]]],
        language: str | None,
    ) -> list[str]:
        """The question's technical words that no passage and no glossary entry has, when
        there are enough of them to say that the question is about something else, or when
        one is a drug's or a disease's name or a symbol. ``entries`` are the glossary's
        matches in the question, ``language`` the one it was asked in."""
        # "tongxun zuozhe (corresponding author)": words the asker glosses in words the corpus
        # knows name nothing else.
        glossed_words = {
            word.lower()
            for found in _GLOSSED.finditer(question)
            # A bracket of stop words ("(or not)") glosses nothing.
            if (gloss := terms(found.group(2))) and all(t in self._idf for t in gloss)
            for word in _LATIN_WORD.findall(found.group(1))
        }
        in_terms = _words_of_its_terms(question, entries)
        unknown = [
            word
            for word in dict.fromkeys(_LATIN_WORD.findall(question))
            # Cheapest test first: most words are in the corpus.
            if (found_terms := terms(word))
            and not any(t in self._idf for t in found_terms)
            and not self.glossary.matches(word)
            and word.lower() not in glossed_words
            and word.lower() not in in_terms
        ]
        technical = [w.lower() for w in unknown if word_pieces(w) >= _TECHNICAL_PIECES]
        # A question in another language ("Bakit daw po nagiging resistant yung patients sa
        # platinum drugs?") is no question about technical terms: its short function words
        # ("po", "sa", "yung") are unknown too, as a technical question's never are.
        function_words = [
            w for w in unknown if len(w) <= _FUNCTION_WORD_LETTERS and not w.isupper()
        ]
        # A question in Spanish, Portuguese, French, German, Italian, Dutch or Catalan is read with
        # its question words in English (see ``with_english_question_words``).
        in_another_language = len(function_words) >= _OTHER_LANGUAGE_WORDS or language is not None
        if len(technical) >= _FOREIGN_TERMS and not in_another_language:
            return list(dict.fromkeys(technical))
        named = [
            word
            for word in (w.lower() for w in unknown)
            if _DRUG_NAME.fullmatch(word)
            or _DISEASE_NAME.fullmatch(word)
            or _PROCESS_NAME.fullmatch(word)
        ]
        # A name inside a glossary term (巴瘤 in 淋巴瘤) is that term's, which the glossary knows.
        glossed = [zh for _, forms in entries for zh in forms]
        named += [
            name
            for name in _ZH_DISEASE_NAME.findall(question)
            if name not in self._idf and not any(name in zh for zh in glossed)
        ]
        named += [
            name
            for name in _ZH_DRUG_NAME.findall(question)
            if not len(self._passages_with_all(cjk_bigrams(name)))
            and not any(zh in name for zh in glossed)
        ]
        # A question or a query names by its symbol what it asks about, unless it asks for a
        # line of a paper's record (PMID, URL). A statement to check against the corpus ("TNF
        # acts in CD4+ T cells …") may name a thing in its writer's own terms, and is still
        # looked up.
        asks = _IS_A_QUESTION.search(question) or len(question.split()) <= _KEYWORD_QUERY_WORDS
        if asks and not only_its_line(expected_kind(question)):
            named += self._unknown_symbols(question, entries)
        return list(dict.fromkeys(named)) + (self._unknown_micrornas(question))

    def _unknown_symbols(
        self, question: str, entries: list[tuple[tuple[str, ...], tuple[str, ...]]]
    ) -> list[str]:
        """The symbols the question writes in capitals that no passage holds, whole or as
        part of a longer name, and no glossary entry knows. ``entries`` are the glossary's
        matches in the question."""
        # "ALK-positive" names ALK.
        words = (part for word in _WHOLE_WORD.findall(question) for part in word.split("-"))
        stressed = _words_of_its_terms(question, entries)
        # "aqui em POA", "here in LA": where the asker is, no subject.
        places = {m.group(1) for m in _WHERE_THE_ASKER_IS.finditer(question)}
        return [
            word.lower()
            for word in dict.fromkeys(words)
            if len(word) >= _SYMBOL_LENGTH
            and word not in places
            and _CAPITALISED_SYMBOL.fullmatch(word)
            # "有人能ELI5一下吗": chat shorthand in the asker's voice names nothing, nor does
            # a patient's age and sex ("pt 58M adeno").
            and not _AGE_AND_SEX.fullmatch(word)
            and word.lower() not in STOPWORDS
            # "che NON hanno mutazioni": a stressed "not" is no gene's symbol.
            and word.lower() not in NEGATIONS
            and not self.glossary.matches(word)
            # "STOP working": a capitalised word of a term the question writes is stressed.
            and word.lower() not in stressed
            and not self._inside_written_names(word.removesuffix("s"))
            # "tRNA 片段（tRF）": a symbol no entry knows, in brackets, is the short form of
            # the words before it, no member of a class they name.
            and not _only_examples(question, (word,))
        ]

    def _inside_written_names(self, symbol: str) -> bool:
        """Whether a passage writes ``symbol``, in its capitals, alone or inside a longer name
        (RNA inside miRNA). Its letters inside a word do not count: RET is not in "secreted"."""
        return any(symbol in name for name in self._written_names)

    @cached_property
    def _written_names(self) -> frozenset[str]:
        """Every word that the passages write with a capital after its first letter, or a
        digit: the names a symbol may stand inside."""
        return frozenset(
            word
            for p in self.passages
            for word in _WHOLE_WORD.findall(p.searchable_text)
            if _NAME_WRITTEN.search(word)
        )

    def _unknown_micrornas(self, question: str) -> list[str]:
        """The microRNAs the question names ("miR-21") that no passage names in any of the
        ways they are written (miR-21, microRNA-21, miRNA-21)."""
        return [
            name
            for name, number in _MICRORNA.findall(question)
            if not any(f"{form}-{number.lower()}" in self._idf for form in _MICRORNA_FORMS)
        ]

    def _mentions(self, entry: tuple[tuple[str, ...], tuple[str, ...]]) -> bool:
        """Whether some passage names the glossary entry: holds every word of one of its
        phrases, and not only after "non-" or 非 ("small cell lung cancer" stands inside every
        "non-small cell lung cancer"). Kept per entry: the corpus does not change."""
        if entry not in self._mentioned:
            self._mentioned[entry] = self._find_mention(entry)
        return self._mentioned[entry]

    def _find_mention(self, entry: tuple[tuple[str, ...], tuple[str, ...]]) -> bool:
        # An entry is named where the entries it includes are: the reviews name non-coding
        # RNAs only as lncRNA and miRNA.
        for phrase in self.glossary.phrases_of(entry):
            phrase_terms = _topical(terms(phrase))
            # A phrase of stop words only ("review") cannot be checked: count it as mentioned.
            # A Chinese one (中药, whose 中 also means "in") is looked for as written.
            if not phrase_terms:
                if not CJK_RUN_PATTERN.match(phrase):
                    return True
                if any(phrase in simplified(p.searchable_text) for p in self.passages):
                    return True
                continue
            holders = self._passages_with_all(phrase_terms)
            # Reading a few passages settles it; past that many holders, assume it is named.
            if len(holders) > _MENTION_READS:
                return True
            for position in holders:
                passage = self.passages[position]
                if not self.glossary.only_negated(entry, passage.searchable_text):
                    return True
        return False

    def _passages_with_all(self, phrase_terms: Sequence[str]) -> np.ndarray:
        """The positions of the passages that hold every one of the terms."""
        ids = [self._vocab.get(t) for t in phrase_terms]
        if not ids or None in ids:
            return np.empty(0, dtype=np.int64)
        indptr, indices = self._bm25.scores["indptr"], self._bm25.scores["indices"]
        common = None
        for token in ids:
            holders = indices[indptr[token] : indptr[token + 1]]
            common = holders if common is None else np.intersect1d(common, holders)
            if not len(common):
                break
        return common

    def _concept_weight(self, phrasings: frozenset[frozenset[str]]) -> float:
        """How telling a concept is: the IDF of its commonest phrasing in the corpus (a
        phrase is as rare as its rarest word); a concept never seen weighs most.
        """
        seen = [max(self._idf[t] for t in p) for p in phrasings if all(t in self._idf for t in p)]
        return min(seen) if seen else self._unseen_idf

    def search(
        self, query: Query, top_k: int, doc_ids: Sequence[str] | None = None
    ) -> list[RankedPassage]:
        """The ``top_k`` best passages, best first, without near-duplicates."""
        wanted = list(doc_ids) if doc_ids else None
        n = max(self.settings.candidates, top_k * 4)
        vector = self.vector(query.dense_text)
        dense = dict(self.reader.query(vector.tolist(), n, wanted))
        lexical = self._lexical(query, n, wanted)
        fused: Counter[str] = Counter()
        for rank, passage_id in enumerate(sorted(dense, key=dense.__getitem__, reverse=True)):
            fused[passage_id] += 1.0 / (RRF_K + rank + 1)
        for rank, passage_id in enumerate(lexical):
            fused[passage_id] += 1.0 / (RRF_K + rank + 1)
        missing = [pid for pid in fused if pid not in dense]
        dense.update(self._dense_for(vector, missing))
        kind = query.kind
        covered: dict[str, float] = {}
        blended: dict[str, float] = {}
        for pid in fused:
            position = self._position[pid]
            passage = self.passages[position]
            text, section = passage.text, passage.section
            share = self.coverage(query, self._term_sets[position])
            gives = is_kind(text, kind, on_topic=share > 0, section=section, asked=query.read)
            covered[pid] = share + (KIND_BONUS if gives else 0.0)
            # Coverage counts exact words, which a paraphrase does not share: the third list
            # weighs it beside meaning. A record line ranks lower for a question that does
            # not ask about the record, as it ranks higher for one that does.
            off_topic = asks_for_findings(kind) and is_record_line(text, section)
            blended[pid] = covered[pid] + max(dense[pid], 0.0) - (KIND_BONUS if off_topic else 0.0)
        for rank, passage_id in enumerate(sorted(blended, key=blended.__getitem__, reverse=True)):
            fused[passage_id] += COVERAGE_WEIGHT / (RRF_K + rank + 1)
        ranked = [
            RankedPassage(
                passage=self.passages[self._position[pid]],
                dense=dense[pid],
                coverage=covered[pid],
                fused=score,
            )
            for pid, score in fused.most_common()
        ]
        kept = _without_duplicates(ranked, top_k)
        if asks_of_each_paper(query):
            kept = self._with_each_papers_line(query, ranked, kept, vector)
        elif kind and not asks_for_findings(kind):
            # "这篇…综述刊登在哪本期刊上？": the words of its topic rank the paper's findings
            # above the one line that gives its journal.
            kept = self._with_each_papers_line(query, ranked, kept, vector, papers=1)
        return kept

    def _with_each_papers_line(
        self,
        query: Query,
        ranked: list[RankedPassage],
        kept: list[RankedPassage],
        vector: np.ndarray,
        papers: int = 2,
    ) -> list[RankedPassage]:
        """``kept`` with a line of the kind asked for from each of the ``papers`` papers
        retrieval put first, when one has none among them, in place of the lowest-ranked
        passages: "Which of the two reviews came out more recently?" compares two dates, though
        its words find only one paper's."""
        first = list(dict.fromkeys(item.passage.metadata.get("doc_id") for item in ranked))
        added = []
        for paper in first[:papers]:
            if any(
                self._gives(query, item.passage)
                for item in kept
                if item.passage.metadata.get("doc_id") == paper
            ):
                continue
            lines = [
                (self.coverage(query, self._term_sets[position]), self.passages[position])
                for position in np.flatnonzero(self._doc_of == paper).tolist()
                if self._gives(query, self.passages[position])
            ]
            if not lines:
                continue
            coverage, line = max(lines, key=lambda found: found[0])
            dense = self._dense_for(vector, [line.id]).get(line.id, 0.0)
            added.append(RankedPassage(line, dense, coverage + KIND_BONUS, fused=0.0))
        return kept[: max(len(kept) - len(added), 0)] + added

    def _gives(self, query: Query, passage: StoredPassage) -> bool:
        return is_kind(passage.text, query.kind, section=passage.section, asked=query.read)

    def coverage(self, query: Query, passage_terms: frozenset[str] | set[str]) -> float:
        """The IDF-weighted share of the question's concepts that the terms mention."""
        total = sum(w for _, w in query.concepts)
        if not total:
            return 0.0
        return (
            sum(
                weight
                for phrasings, weight in query.concepts
                if any(phrase <= passage_terms for phrase in phrasings)
            )
            / total
        )

    def vector(self, text: str) -> np.ndarray:
        """The unit vector of ``text`` from the index's model (not to be changed in place)."""
        return self._vector(text)

    def sentence_vectors(self, passage: StoredPassage) -> np.ndarray:
        """The unit vectors of a passage's sentences, read as the model reads them, in the
        order of ``sentences`` (not to be changed in place)."""
        return self._sentence_vectors(passage.id)

    def _embed_one(self, text: str) -> np.ndarray:
        return embed([text], self.settings)[0]

    def _embed_sentences(self, passage_id: str) -> np.ndarray:
        passage = self.passages[self._position[passage_id]]
        sentences = [self.readable(text) for *_, text, _ in self.sentences(passage)]
        return embed(sentences, self.settings) if sentences else np.empty((0, 0))

    def context_terms(self, passage: StoredPassage) -> frozenset[str]:
        """The terms of where a passage stands: title, journal, authors, section."""
        return self._context_sets[passage.id]

    def document_terms(self, passage: StoredPassage) -> frozenset[str]:
        """The terms of a passage's document: its title, journal and authors."""
        return self._document_sets[passage.metadata.get("doc_id", "")]

    def naming_words(self, passage: StoredPassage) -> frozenset[str]:
        """The words by which a question names a passage's document alone: those of its
        title, journal and authors, less a word that other documents use too ("cell", in
        "non-small cell lung cancer"; "mechanisms" and 治疗 in the bone review's titles, which
        the Frontiers review's abstract uses as much: "综述中提到的铂类耐药机制" names no paper)."""
        document = passage.metadata.get("doc_id", "")
        found = self._naming_sets.get(document)
        if found is None:
            record = self._document_sets[document]
            shared = {t for t in record if len(self._documents_with.get(t, ())) > 1}
            found = self._naming_sets[document] = record - shared
        return found

    @cached_property
    def _documents_with(self) -> dict[str, set[str]]:
        """Each term, and the documents whose passages (or records) use it."""
        found: dict[str, set[str]] = {}
        for document, passage_terms in zip(self._doc_of.tolist(), self._term_sets, strict=True):
            for term in passage_terms:
                found.setdefault(term, set()).add(document)
        return found

    def sentences(self, passage: StoredPassage) -> list[tuple[int, int, str, frozenset[str]]]:
        """A passage's sentences: start, end, text and lexical terms (see ``_sentence_terms``)."""
        return self._sentences(passage.text)

    def _split_sentences(self, text: str) -> list[tuple[int, int, str, frozenset[str]]]:
        found = []
        for sentence in split_sentences(text):
            quoted = text[sentence.start : sentence.end]
            found.append((sentence.start, sentence.end, quoted, self._sentence_terms(quoted)))
        return found

    def _sentence_terms(self, text: str) -> frozenset[str]:
        """A sentence's lexical terms, with the English glossary terms of any Chinese in it."""
        found = set(terms(text))
        if language_of(text) == "zh":
            found |= set(terms(self.readable(text)))
        return frozenset(found)

    def readable(self, text: str) -> str:
        """``text`` as the English-only model can read it: Chinese becomes its English gloss."""
        if language_of(text) != "zh":
            return text
        return ", ".join(self.glossary.english_for(text)) or text

    def _lexical(self, query: Query, n: int, doc_ids: list[str] | None) -> list[str]:
        known = [t for t in query.lexical_terms if t in self._vocab]
        if not known or not self.passages:
            return []
        scores = self._bm25.get_scores(known)
        if doc_ids:
            scores = np.where(np.isin(self._doc_of, doc_ids), scores, 0.0)
        top = np.argsort(-scores)[:n]
        return [self.passages[i].id for i in top if scores[i] > 0]

    def _dense_for(self, vector: np.ndarray, passage_ids: list[str]) -> dict[str, float]:
        """Cosine similarity for passages that only the lexical list found."""
        if not passage_ids:
            return {}
        stored = self.reader.vectors(passage_ids)
        return {pid: float(np.dot(vector, np.asarray(e))) for pid, e in stored.items()}


def _words_of_its_terms(
    question: str, entries: list[tuple[tuple[str, ...], tuple[str, ...]]]
) -> set[str]:
    """The words of the glossary's terms of more than one word that ``question`` writes
    ("cytotoxic T lymphocytes", "non-microcitoma"): known, each of them, through its term.
    ``entries`` are the glossary's matches in it."""
    lowered = question.lower()
    return {
        word
        for en, _ in entries
        for term in en
        if (" " in term or "-" in term) and term in lowered
        for word in re.findall(r"\w+", term)
    }


def _tells_whose_patients(question: str, names: Sequence[str]) -> bool:
    """Whether the question writes one of ``names``, a gene symbol, only to say which patients
    it means: "My EGFR patients outwit the TKI", "ALK-positive patients", "the patient with
    EGFR", "patient EGFR+ sous TKI", "her EGFR lung ca" ask about the patients' treatment, not
    about the gene ("breast cancer patients" are another disease's)."""
    return any(
        _GENE_SYMBOL.fullmatch(found.group(1))
        for name in names
        for pattern in (
            # A Chinese character before a name does not join it: "有几位EGFR病人".
            rf"(?<![A-Za-z0-9_-])({re.escape(name)}){_WHOSE_PATIENTS}",
            rf"{_PATIENTS_WITH}({re.escape(name)})(?![\w-])",
            rf"{_PATIENTS_THEN}({re.escape(name)}){_ENDS_THE_PHRASE}",
            rf"{_PATIENTS_BRACKETED}({re.escape(name)})(?![\w-])",
            rf"\b(?:his|her|their|my|our)\s+({re.escape(name)}){_WHOSE_CANCER}",
        )
        for found in re.finditer(pattern, question, re.I)
    )


def _only_examples(
    question: str,
    names: Iterable[str],
    chinese: Iterable[str] = (),
    class_before: Callable[[str], bool] | None = None,
) -> bool:
    """Whether the question writes ``names`` (or the ``chinese`` terms) only as examples of a
    class ("免疫检查点抑制剂（PD-1这类药）", "EGFR、ALK这些突变", "打免疫针(PD-1)", "applications,
    e.g. as liquid biopsy markers,"): it asks about the class. ("Drugs like bevacizumab" is not
    read so: asked in English, the example is what the question is about.) Brackets after
    Chinese hold examples only where ``class_before`` finds a class ending the text before
    them: "治骨头的针（双膦酸盐）" names the drug it describes."""
    spans = [
        m.span()
        for term in names
        for m in re.finditer(
            rf"(?<![A-Za-z0-9-]){re.escape(term)}(?![A-Za-z0-9]|-(?!type\b))",
            question,
            re.IGNORECASE,
        )
    ] + [m.span() for term in chinese for m in re.finditer(re.escape(term), question)]
    given = [m.span() for m in _FOR_EXAMPLE.finditer(question)]
    if class_before:
        given += [
            m.span()
            for m in _BRACKETED_AFTER_CHINESE.finditer(question)
            if class_before(question[: m.start()]) and not _NAMED_AS.search(m.group())
        ]
    return bool(spans) and all(
        _EXAMPLE_OF_A_CLASS.match(question, end) or any(s < start < e for s, e in given)
        for start, end in spans
    )


def _questions_of(message: str) -> tuple[str, list[str]]:
    """The story a message tells before its questions ("" when none), and its questions."""
    told = _TOLD_BEFORE.match(message)
    story = message[: told.end()] if told else ""
    asked = message[len(story) :]
    # A question mark inside brackets ends no question: "(Emory? Winship?)".
    ends = [
        found.end()
        for found in _QUESTION_ENDS.finditer(asked)
        if asked.count("(", 0, found.start()) <= asked.count(")", 0, found.start())
    ]
    asks = [asked[a:b] for a, b in zip([0, *ends], [*ends, len(asked)], strict=True)]
    return story, [a.strip() for a in asks if a.strip()]


def _leans_on_another(question: str) -> bool:
    """Whether one question of a message leans on the one beside it (see ``_LEANS_ON_ANOTHER``
    and ``_THERE``)."""
    if _LEANS_ON_ANOTHER.search(question):
        return True
    there = _THERE.search(question)
    return there is not None and not _NAMES_A_PLACE.search(question, 0, there.start())


def _leads_the_message(story: str, first: str) -> bool:
    """Whether a message's first question is its main one, which the questions after it
    only take further: a whole question of its own, told no story before it, that confirms
    no detail ("… isolated at 100,000 g, right? What protocol was used?" asks for the
    detail)."""
    return (
        not story
        and word_count(first) >= _LEADS_THE_MESSAGE_WORDS
        and not CONFIRMS_A_DETAIL.search(first)
    )


def asks_of_each_paper(query: Query) -> bool:
    """Whether the question asks for a line of the record of both papers, or of the other
    paper beside the one already asked about: "Which of the two reviews came out first?"."""
    return not asks_for_findings(query.kind) and _OF_EACH_PAPER.search(query.read) is not None


def _without_belief(question: str) -> str:
    """The question that asks what is so, without what the asker believed before it ("This
    review ran in Frontiers in Pharmacology, I believe — which journal did it actually appear
    in?"): a wrong belief names no subject."""
    asks = _ASKS_WHAT_IS_SO.search(question)
    if not asks:
        return question
    # "What's the difference between exosomes and microvesicles …? Are they all the same thing
    # really?" asks of the things the question before it named: that was no belief.
    after_a_question = question[: asks.start(1)].rstrip().endswith(("?", "？"))
    if after_a_question and _SPEAKS_OF_THEM.search(asks.group(1)):
        return question
    # "Denosumab vs zoledronic acid for bone mets - which one actually cuts skeletal events
    # more?" chooses between the things named before: they were no belief.
    if _CHOOSES_BETWEEN.search(asks.group(1)):
        return question
    return asks.group(1)


def _without_similes(question: str) -> str:
    """``question`` without the images it draws ("like a fledgling's first flight", "the way
    ants share food"): what an image names is not what the question asks about. A comparison
    with one named molecule ("like the T790M one", "like the one called miR-21") points at a
    member, not an image."""
    return _PICTURED_AS.sub(
        r"\1",
        _SIMILE.sub(
            lambda image: image.group() if _ONE_NAMED_SYMBOL.search(image.group()) else " ",
            question,
        ),
    )


def _opens_a_quote(text: str) -> bool:
    """Whether ``text`` ends inside a double-quoted span it opens."""
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def _without_story(question: str, names: Callable[[str], list]) -> str:
    """``question`` without the statements before it, when what it asks does not lean on them,
    and without what the asker tells after it ("…? I thought it mostly went to the brain.").
    ``names`` finds the glossary's entries in a text: "it", "they" after one of them in the
    question itself stand for that ("Are researchers looking at exosomes … by blocking
    them?"). When the question does lean on the story, who told it ("Someone in my support
    group said …") is still no subject."""
    question = _TOLD_AFTER.sub("", question)
    told = _TOLD_BEFORE.match(question) or _TOLD_IN_A_CLAUSE.match(question)
    # A full stop inside a quoted reference ("Ji H, Zhang L, Ye L. Exosome, …. Front Oncol.
    # 2025") ends no statement, unless the quote closes with it ('… mentioning "skeletal
    # related events."').
    if not told or (
        _opens_a_quote(question[: told.end()]) and not question.startswith(('"', "”"), told.end())
    ):
        return question
    asked = question[told.end() :]
    # Blanked, not removed, so that each pronoun keeps its place in ``asked``.
    blanked = _EMPTY_IT.sub(lambda found: " " * len(found.group()), asked)
    for leaning in _LEANS_ON_THE_STORY.finditer(blanked):
        personal = leaning.group(1) is not None or leaning.group(3) is not None
        # "these exosomes", "this scan" name what they point at; "that usually takes" does not.
        pointing = leaning.group(2) is not None
        # "cancer that has gone to the bone": "that" after a noun relates, it does not point.
        if (
            pointing
            and _RELATIVE_THAT.search(asked, 0, leaning.end())
            and not _CLAUSE_ENDS.match(asked, leaning.end())
        ):
            continue
        # A name takes two words, or three when it is written with capitals: "that Frontiers in
        # Oncology review" names the paper, "those different from exosomes" does not.
        after = asked[leaning.end() :].split()[:3]
        if after and not after[0][:1].isupper():
            after = after[:2]
        if not (
            # "… do exosomes drive resistance there too?": a place beside the story's own.
            (
                personal
                and names(asked[: leaning.start()])
                and not _AS_WELL.match(asked, leaning.end())
            )
            # "those other vesicles" are the ones the story named.
            or (
                pointing
                and after
                and not after[0].endswith("ly")
                and after[0].lower() != "other"
                and names(" ".join(after))
            )
            or (leaning.group(3) in ("这", "那") and _names_next(asked[leaning.end() :], names))
        ):
            return _TOLD_BY.sub(" ", question[: told.end()]) + asked
    return asked


def _names_next(text: str, names: Callable[[str], list]) -> bool:
    """Whether ``text`` opens, after a measure word, on a name: "这个外泌体", "那种靶向药" name
    what they point at, as "these exosomes" does."""
    text = _ZH_MEASURE_WORD.sub("", text, count=1)
    # "这种没有驱动基因突变的晚期非小细胞肺癌": a clause that itself names something may
    # describe the name before 的.
    described = _ZH_DESCRIBED.match(text)
    if described and names(described.group(1)):
        text = text[described.end() :]
    return any(
        names(text[:end]) and not names(text[1:end]) for end in range(1, _LONGEST_ZH_NAME + 1)
    )


def points_back(question: str) -> bool:
    """Whether a question leans on an earlier one: "they", "those two authors", 它们."""
    return _POINTS_BACK.search(question) is not None


def _without_function_words(words: frozenset[str]) -> frozenset[str]:
    """An entry's words that name it: not the articles and prepositions of its phrases in
    other languages ("la" of "diffondere la resistenza") or single letters ("T" of "T cell")."""
    return frozenset(w for w in words if not (w in FUNCTION_WORDS or len(w) == 1))


def _topical(found: list[str]) -> tuple[str, ...]:
    return tuple(t for t in found if _ZH_FUNCTION_CHARS.isdisjoint(t) and t not in _ZH_ASKING_WORDS)


def _without_duplicates(ranked: list[RankedPassage], limit: int) -> list[RankedPassage]:
    """The first ``limit`` passages that do not repeat a better one (e.g. the abstract in
    summary and full text). Each is compared by its own words: two short lines under one title
    ("1 figure …", "67 references …") share their context, not what they say."""
    kept: list[RankedPassage] = []
    kept_terms: list[frozenset[str]] = []
    for item in ranked:
        if len(kept) == limit:
            break
        own = _own_terms(item.passage.text)
        if any(_jaccard(own, other) >= _DUPLICATE_JACCARD for other in kept_terms):
            continue
        kept.append(item)
        kept_terms.append(own)
    return kept


@lru_cache(maxsize=8192)
def _own_terms(text: str) -> frozenset[str]:
    return frozenset(terms(text))


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0
