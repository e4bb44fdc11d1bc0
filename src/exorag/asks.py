"""What a question's wording asks for (a date, a number, a DOI, the authors …), and whether a
sentence gives it.

A researcher asks about a paper's record as often as about its findings: "What is the DOI?",
"Who wrote it?", "Under which licence?". Such a question shares few words with the line that
answers it ("Authors: …", "© 2025 …", "https://…"), so its kind is recognised from the
question and matched by the sentence's form.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .chunking import TITLE_SECTION
from .lexical import terms

_DATE = re.compile(
    r"\b\d{4}-\d{2}-\d{2}\b"
    r"|\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4}\b"
    r"|\d{4}年"
)

_LENGTH_UNIT = r"(?:nm|µm|μm|mm|cm|nanomet|micromet|纳米|微米)"

_BETWEEN_SCRIPTS = re.compile(r"(?<=[a-z0-9])(?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff])(?=[a-z0-9])")
# A question that opens with what the asker tells ("My husband has lung cancer. Who wrote it?")
# asks in a later sentence, which ends in a question mark. There, "what is it?" asks about
# what went before ("…临床试验？NCT 编号是什么？"), not for a definition.
_ASKED_SENTENCE = re.compile(r"(?<=[.!?。！？])\s*([^.!?。！？]+[?？])")

# Where people named by their names work: "Where do Hongzhi Ji and Li Zhang work?"
_PERSON = r"[A-Z][a-z]+ [A-Z][a-z]+"
_WHERE_NAMED_PEOPLE_WORK = re.compile(
    rf"\b[Ww]here (?:do|does|did|is|are) {_PERSON}(?:,? (?:and|&) {_PERSON})* (?:work|based)\b"
)
# Which cells something comes from and goes to, as a question and a sentence say it.
_CELLS = r"((?:[\w-]+ ){0,2}?[\w-]+) cells"
_FROM_CELLS = re.compile(
    rf"\b(?:(?:released|secreted|derived|shed) (?:by|from)|from) {_CELLS}", re.I
)
_TO_CELLS = re.compile(rf"\b(?:to|in|into) {_CELLS}", re.I)
_FROM_TO_CELLS = re.compile(rf"\bfrom {_CELLS} to {_CELLS}", re.I)
# Kinds about the people behind a paper, and how a follow-up asks where they are.
_PEOPLE = frozenset({"authors", "correspondence", "affiliation"})
# A follow-up that names only another subject and leaves the rest to the question before it.
_ELLIPSIS = re.compile(
    r"^\W*(?:and|what|how) (?:about|for) (?:the |that |this )?[\w' .&-]{0,60}\?*\W*$"
    r"|^\W*and (?:the|that|this|for) [\w' .&-]{0,60}\?*\W*$"
    r"|^[^？?。，,]{0,24}呢[？?]?\s*$"
)
# "Besides X, …", "除了X，…": X is what the asker already has.
_SET_ASIDE = re.compile(
    r"\b(?:besides|apart (?:from|fae)|aside from|other than|except for|in addition to)\s+([^,;:?]+)"
    r"|除了([^，,。？?；;]+)",
    re.I,
)
# "Despite targeted drugs and immunotherapy, how are patients faring?": what the asker grants
# is not what they ask about.
_GRANTED = re.compile(
    r"\b(?:despite|in spite of|notwithstanding|even with)\s+[^,;:?]+"
    r"|(?:^|(?<=[.!?:]\s))(?:with|for) all (?:the|these|those|this)\s+[^,;:?]+,"
    r"|(?:尽管|虽然|虽说)[^，,。？?；;]+[，,]",
    re.I,
)
# "Despite platinum being the standard, why does it fail?" asks about what it grants.
_POINTS_AT_IT = re.compile(r"\b(?:it|its)\b|它|其", re.I)
_ASKS_FOR_ANOTHER = re.compile(
    r"\b(?:which|what) (?:other|else)\b|\belse\b|\banother\b|\bother (?:ones?|\w+s)\b"
    r"|还有|另外|其他|其它|别的|还[^？?。]*(?:什么|哪|啥)",
    re.I,
)
# "Besides targeted agents, which treatment …?" asks for one beside them, as "which other"
# does.
_ASKS_WHICH = re.compile(r"(?:which|what|who)\b|哪", re.I)
_WHERE_THEY_ARE = re.compile(
    r"\bwhere (?:do|does|did|is|are|was|were) (?:they|he|she)\b"
    r"|\bwhere (?:do|does|did|is|are|was|were) [^?]*\b(?:work|based)\b|他们在哪|在哪(?:里)?工作"
)


def _dated_step(
    kind: str, english: str, chinese: str, said_zh: str
) -> tuple[str, re.Pattern[str], re.Pattern[str]]:
    """A kind asking when one step of a paper's record happened (``english`` and ``chinese``
    name it), given by a date that follows the step's name."""
    asks = re.compile(
        rf"\b(?:when|dates?|days?)\b[^?]*\b(?:{english})\b"
        rf"|\b(?:{english})\b[^?]*\b(?:when|dates?|days?)\b|{chinese}"
        # A date to confirm: "Was it submitted to the journal in early December 2024?"
        rf"|\b(?:{english})\b[^?]*\b(?:in|on) (?:(?:early|late|mid|the) )?(?:\d|{_MONTH})"
    )
    return kind, asks, re.compile(rf"(?:{english}|{said_zh})\W{{0,3}}(?:{_DATE.pattern})", re.I)


# Each kind: how a (lower-cased) question asks for it, and how a sentence that gives it looks.
# The first kind whose question pattern matches wins, so the narrower ones come first.
# Before 几, a time that counts nothing: 前几天 (the other day), 这几年, 过几天, 近几年.
_NO_COUNT_BEFORE = "前这过近"
# After "published in", what is no journal: a date ("in 2025", "in March", "in the 2020s").
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_NO_DATE_AFTER = rf"(?!(?:the )?(?:\d|{_MONTH}))"
# How an asker asks to confirm what they say: "…, correct?"
_CONFIRMED = r"(?:correct|right|true|accurate)"
# A statement put to be checked: "True or false: …", "Is it right that …".
_TO_CHECK = rf"(?:\btrue or false\b|\b(?:is it|is that|it's|it is) {_CONFIRMED} that\b)"
# Words that put a "when" to a paper's record: a paper, or what a paper undergoes.
_OF_A_PAPERS_RECORD = (
    r"[\s\S]*(?:\b(?:papers?|reviews?|articles?|pieces?|study|manuscripts?|publications?"
    r"|journals?|publish(?:ed)?|accepted|accept|received|receive|submitted|submit|revised"
    r"|c[oa]me out|appeared|appear|online|written|wrote|write|issued|printed|posted|green light"
    r"|frontiers|pmc)\b"
    r"|文章|论文|综述|这篇|那篇|该文|稿|发表|出版|接收|收到|录用|刊|上线|问世|投进|收下)"
)
_WHEN = (
    # Not "When checkpoint drugs stop working, is …?" nor "when lung cancer gets in the bones
    # what problems does it cause?", a clause before the question.
    r"^\W*when\b(?![^?,]*(?:,|\b(?:what|which|how|why|who|where)\b))"
    r"|\bwhen (?:was|were|did|is|are|will|has|had|does|do)\b"
    # Nor when a patient's cancer is usually found ("and when is it usually diagnosed?").
    r"(?! (?:[\w'’-]+ ){0,3}?(?:usually|typically|often|mostly|generally|diagnosed|detected"
    r"|caught|spotted)\b)"
    # "Elle date de quand cette revue ?"
    r"|\bdates? from when\b"
    # Not when a patient is diagnosed (被发现, 确诊).
    r"|(?:何时|什么时候)(?!被?(?:发现|确诊|诊断|查出))"
)
_ASKS_WHEN = re.compile(_WHEN)
_SPEAKS_OF_A_PAPER = re.compile(_OF_A_PAPERS_RECORD)
# A hospital or laboratory as where one is tested or treated, not where authors work: "which
# hospitals in Kaohsiung can test blood …?", "哪家医院可以做…" (but Cantonese 做嘢, read
# 做东西, is to work).
# A number asked for outright: "How long does someone usually live …? The family want a
# number."
_WANTS_A_NUMBER = (
    r"\b(?:want|wants|need|needs|give (?:me|us)) (?:a |an |the )?(?:concrete |exact |actual |real"
    r" |hard )?(?:number|figure)\b"
    # "Tell me the median in months", "I would like to know the months, the percentage …".
    r"|\bmedian (?:in|en|em) (?:months|weeks|years)\b"
    # "有没得具体的生存数字嘛"
    r"|具体的?[\u4e00-\u9fff]{0,4}?(?:数字|数据|数值)"
    # Italian: "quanti mesi de vita c'hanno de media …?"
    r"|\bquant[oi] (?:mesi|anni|settimane|giorni)\b"
    r"|\b(?:like|want|need) to know (?:the )?(?:number of )?(?:months|years|percentage|figures?"
    r"|numbers?)\b"
)
# What comes before a paper named by its kind: "how old is the review", "l'article".
_DETERMINER = r"(?:the |this |that |these |its |l['’])?"
# A place where one is treated or tested.
_PLACE_OF_CARE = r"(?:hospitals?|clinics?|labs?|laboratories|cent(?:er|re)s?)"
_PROVIDER = (
    # Where, after a word that says so, in up to eight words, some in brackets: "in Graz oder
    # Wien", "aqui no Ceara q", "in vlaanderen, bv AZ Sint-Jan in brugge,", "a la Réunion (CHU
    # Saint-Pierre ou Félix Guyon)"; not "… are the authors from".
    # "hospitals or labs in Calgary"
    rf"{_PLACE_OF_CARE}(?: (?:or|and|&) {_PLACE_OF_CARE})?"
    r"(?: (?:in|near|around|at|for|de|en|em|no|na|a|aqui|here|della|del)\b"
    r"(?:,? \(?[\w-]+\)?){0,8}?)?,?\s+"
    r"(?:(?:already )?(?:can|could|will|offers?|performs?|provides?|tests?|treats?)\b"
    # "Any hospital in Wales offering exosome-based tests …?"; not "clinics offering this".
    r"|offering (?:[\w-]+ ){0,2}[\w-]*?(?:tests?|testing|treatments?|therap(?:y|ies))\b"
    # "which hospital in Melbourne is best for lung cancer treatment?"
    r"|(?:is|are) (?:the )?(?:best|better|good|top)(?: ones?)? (?:for|at)\b"
    # "… kunde ge behandeld worden": where one can be treated.
    r"|(?:can|could) (?:i|we|you|he|she|one) (?:be|get) (?:treated|tested)\b"
    # "Welches Spital in Graz oder Wien macht schon Exosomen-Diagnostik?": does the test;
    # "any hospital in Belfast or the Royal doin exosome testing".
    r"|(?:already )?(?:does|do|doing|doin'?) (?:[\w-]+ ){0,2}[\w-]*?(?:tests?|testing|testin'?"
    r"|diagnos\w*"
    r"|diagnostik|biops(?:y|ies)|analys[ie]s|treatments?|therap(?:y|ies|ie)|scans?|research|studies|trials)\b"
    # The verb left in its own language: "qué hospital en México hace terapia con exosomas?"
    r"|(?:hace|hacen|faz|fazem|fait|font|fa|fanno|macht|machen|bietet|bieten|tem|tiene|tienen)"
    r" (?:[\w-]+ ){0,2}(?:terapias?|terapie|tratamientos?|tratamentos?|trattament[oi]"
    # "Que hospital em Porto Alegre … tem protocolo de pesquisa com exossomos …?"
    r"|protocol\w*|estudos?|estudios?|ensaios?|ensayos?"
    r"|traitements?|th[eé]rapies?|therapien?|behandlungen?|studien?|study|studies|diagnostik"
    r"|pruebas?|testes?|tests?)\b)"
)
# Where a test is done, or asked for: "a test we could ask for in an Irish hospital".
_TESTED_AT = r"(?:hospitals?|clinics?|labs?|laborator(?:y|ies))"
_PROVIDER_ZH = (
    r"(?:医院|诊所|机构)[^？?，,。]{0,8}?(?:可以|能|验|查|测|治|做(?!嘢|事|野|东西|研究|工作)"
    # "哪些医院已经在临床上开展外泌体检测了？": offers it, not did the research.
    r"|(?:开展|提供)(?![^？?，,。]{0,6}(?:研究|工作)))"
)
_KINDS: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    # The date of one step of a paper's record: only a date said to be that step's answers
    # ("Received: 03 Dec 2024"); a bare publication date does not say when it was submitted.
    _dated_step(
        "submission date",
        "submitted|submission|submit|received|receipt|reception|sent in|sent off",
        "投稿|收稿|收到(?:的)?稿",
        "收稿",
    ),
    _dated_step("acceptance date", "accepted|acceptance|said yes", "录用|接收日期", "录用"),
    (
        # A PubMed identifier, which no summary here gives (PMC12883948 is a PMC ID).
        "pmid",
        # Not "我想按这些去 PubMed 搜" nor "pa buscarlo en pubmed", "uma busca no pubmed", a search
        # the asker means to run.
        re.compile(
            r"\bpmids?\b|^(?![\s\S]*\b(?:buscar\w*|busca|busco|busqueda|search\w*|pesquis\w*"
            r"|procurar|chercher|recherche|cercare|ricerca|suchen|suche|zoeken)\b[^?？.。]{0,60}?"
            r"\bpubmed\b)[\s\S]*?"
            r"(?<!\bbuscarlo en )(?<!\bbuscar en )(?<!\bsearch on )(?<!\bsearch in )"
            r"(?<!\bmas en )(?<!\bmore in )(?<!\bmore on )"
            r"(?<!\blook it up on )(?<!\bfind it on )"
            # Nor where the asker cannot find it: "je le trouve pas sur PubMed", "Ich finds nöd im
            # Pubmed".
            r"(?<!\btrouve pas sur )(?<!\bnod im )(?<!\bnicht im )(?<!\bnicht in )"
            r"(?<!\bcan't find it on )(?<!\bcan't find it in )(?<!\bnot on )"
            r"\bpubmed\b(?! central)"
            r"(?!\s*(?:上|里)?\s*(?:搜|查|search))"
        ),
        re.compile(r"\bPMID\W{0,3}\d+|pubmed\.ncbi", re.I),
    ),
    (
        # PubMed Central's own identifier, which the links to a full text carry.
        "pmcid",
        re.compile(r"\bpmc ?ids?\b|\bpubmed central\b|\bpmc (?:number|identifier)\b"),
        re.compile(r"\bPMC\d+"),
    ),
    (
        # One work among those a paper cites: only an entry of its reference list gives it,
        # not the count of them, nor the paper's own date ("… and from what year?").
        "cited work",
        re.compile(
            r"\b(?:oldest|newest|earliest|latest|most recent|first|last|most cited)\b[^?]*"
            r"\b(?:cite|cites|cited|references?)\b"
            r"|\bwhich (?:studies|papers|works|trials|articles) (?:do|does|did) [^?]*\bcite\b"
            r"|引用了哪些|最早的参考文献|最新的参考文献"
        ),
        re.compile(r"^\s*\[?\d+\]?\.?\s+\S.*\((?:19|20)\d{2}\)", re.MULTILINE),
    ),
    (
        # The history of a discovery, which no paper's record date gives: "When were
        # exosomes first discovered?", "外泌体最早是哪一年被发现的？"
        "discovery",
        re.compile(
            r"\b(?:first|originally) (?:discovered|described|identified|isolated|observed"
            r"|reported)\b|\bwho (?:first )?discovered\b|\bdiscovered by\b|\bdiscovery of\b"
            r"|(?:最早|首次|最先)[^？?。]{0,8}发现|谁发现"
            # When a thing was found, not when patients are diagnosed.
            r"|^(?![^？?]*(?:患者|病人|肺癌))[^？?]*(?:哪一?年|何时|什么时候)被发现"
        ),
        re.compile(r"\b(?:discovered|first described|first identified) (?:in|by)\b|首次发现于"),
    ),
    (
        # A journal's standing, which no record here gives; before a date: "… the impact factor in
        # the year this review was published?" asks for the factor.
        "impact factor",
        re.compile(
            r"\bimpact factors?\b|\bjif\b|影响因子|\bcitescore\b|\bh-index\b|\bh index\b|h指数"
        ),
        re.compile(r"\bimpact factor\b|影响因子|\bCiteScore\b", re.I),
    ),
    (
        # A person's age, schooling or career, which no paper here gives: not how old a paper
        # is, which its dates tell, nor the year of one's degree, which no date here is.
        "biography",
        re.compile(
            rf"\bhow old (?:is|are|was|were) (?!{_DETERMINER}(?:[\w-]+ ){{0,3}}?"
            r"(?:papers?|reviews?|articles?|stud(?:y|ies)|data|research|findings?|references?"
            r"|sources?|journal|it|they)\b)|(?:多大|多少|好大)(?:年纪|岁数?)|几岁(?!的)"
            r"|\b(?:phd|doctorate|doctoral degree|alma mater)\b|\bgraduated?\b"
            r"|\byears of (?:experience|practice)\b|\bwhere did (?:he|she|they) (?:train|study)\b"
            r"|\b(?:year|date|place) of birth\b|\bbirth ?(?:year|date|day|place)\b"
            r"|出生(?:年|日期|于)|教育背景|学历|毕业于|毕业院校"
            # A person's research interests and career: "他主要研究方向是什么", "Hoeveel jaar
            # werkt Lingyun Ye al als oncoloog?"
            r"|(?:他|她|教授|作者|医生)[^？?，,。]{0,6}研究方向|哪一?年毕业|读博|博士(?:是)?在哪"
            r"|\bhow many (?:years?|jaar|jahren?|años|anos|anni|ans)\b[^?]{0,30}"
            r"\b(?:work(?:s|ed|ing)?|werkt|arbeitet|trabaja|trabalha|lavora|travaille"
            r"|practi[cs]\w*)\b"
            r"|\bhow long (?:has|have) [^?]{0,40}\bbeen (?:working|practi[cs]ing)\b"
            # "Did Lingyun Ye train in the US …?"
            r"|\b(?:did|has|have) (?!(?:[\w-]+ ){0,3}been\b)(?:[\w-]+ ){1,3}(?:train(?:ed)?"
            r"|do (?:a |her |his |their )?(?:residency|fellowship|postdoc))\b"
            r"|\bsees? patients from (?:abroad|overseas|other countries)\b"
            r"|\bhow many patients? (?:does|do|ziet|sieht|ve|vê|vede|voit) (?:he|she|ze|sie|zij"
            r"|hij|él|ela|lei|il|elle|they)\b"
            # Whether a doctor takes patients, and how: "Is Dr. Lingyun Ye taking new patients, and
            # does he do video consults with Americans?"
            r"|\btaking (?:on )?(?:new )?patients\b|\b(?:video|online|remote|virtual) (?:consults?"
            r"|consultations?|visits?|appointments?)\b"
            # When a doctor sees patients: "哪天出门诊？"
            r"|出门诊|门诊时间|坐诊|看诊"
            # "¿En qué universidad estudió Hao Tang …?"
            r"|\b(?:which|what) (?:university|universidad|college) (?:studied|estudio|graduated)\b"
            # "Wo hat Lingyun Ye studiert?", not where something has been studied.
            r"|\bwhere (?:did|has|have) (?!(?:[\w-]+ ){0,3}been\b)(?:[\w-]+ ){1,3}"
            r"(?:studied|trained)\b"
            # Pidgin: "Na how old Lingyun Ye be …?"
            r"|\bhow old (?:[\w-]+ ){1,3}be\b|\b(?:young or old|old or young)\b"
            # The person named first, as Italian does: "Lingyun Ye quanti anni tene?"
            r"|\bhow old (?:is|are)\s*(?:[?？]|$)"
            r"|\bbiograph(?:y|ies|ical)\b|\b(?:won|win|received) (?:any )?(?:[\w-]+ )?(?:awards?"
            r"|prizes?)\b"
            r"|博士毕业|毕业于|(?:哪|什么)(?:个|所|家|间)?(?:大学|学校)毕业|(?:带|招)(?:研究生|博士生?|学生)"
            r"|是不是博导|博士生导师|是不是硕导"
            # Cantonese "佢讀邊間大學" (read 读哪家大学): where one studied.
            r"|(?:读|念)(?:的|过)?(?:哪|什么)(?:个|所|家|间)?(?:大学|学校)"
        ),
        re.compile(r"\b\d{1,3}[- ]years?[- ]old\b|\baged \d|\d+ ?岁|\bph\.?d\b|博士"),
    ),
    (
        "date",
        # "When was it accepted?", not "What happens to T cells when resistance develops?"
        re.compile(
            # Not the year of a copyright, which the copyright line gives beside its holder
            # ("Who holds the copyright …, and in what year?"), nor of a volume ("Which volume
            # number …, and what year is it?": "Volume 15 - 2025").
            r"^(?![\s\S]*(?:\bcopyright|©|版权|\b(?:which|what) (?:journal )?volume\b"
            r"|\bvolume (?:number|field)\b))[\s\S]*?(?:"
            # When a paper did something, not when exosomes are released ("When are exosomes
            # released?") or when bone metastasis happens: the question speaks of a paper.
            rf"^(?={_OF_A_PAPERS_RECORD})[\s\S]*?(?:{_WHEN})"
            r"|\b(?:when|date|day|year)\b[^?]*\b(?:published|accepted|received|submitted|revised"
            r"|c[oa]me out)\b"
            r"|\b(?:what|which) (?:exact |precise )?(?:dates?|days?|years?)\b|哪天|哪一天|哪年|日期"
            r"|几月几(?:号|日)"
            # Which paper is newer, asked by its date: "Which review is dated later?"
            r"|\bdated (?:later|earlier|first|last)\b|\b(?:is|was) dated\b"
            r"|\bthe (?:later|earlier|latest|earliest) date\b"
            # Literary Chinese: "何年何月何日刊出？"
            r"|何年何月|何日(?=[^？?]{0,4}(?:刊|发表|出版))"
            # A date to confirm: "… came out in March 2025. Is that the date?"
            r"|\b(?:came out|published|accepted|received) in (?:\w+ )?(?:19|20)\d\d\b"
            r"|\b(?:receive|accept|publish)\b[^?]*\bin (?:\w+ )?(?:19|20)\d\d\b"
            r"|\bis that the (?:right )?date\b"
            # "…是2025年11月20日出版的，对吗？"
            r"|(?:19|20)\d\d\s*年[^？?，,。]{0,12}(?:出版|发表|发布|刊出|刊登|上线|接收|录用|收稿|投稿)"
            # The question word left in place: "It was published when exactly?"
            r"|\b(?:published|accepted|received|submitted|revised|c[oa]me out) when\b"
            # Cantonese 几时 (when), of a paper's publishing: "幾時publish？"
            r"|几时(?=[^？?]{0,6}(?:publish|发表|出版|刊出|登出|收到|接受|收稿|录用))"
            r"|\bpub(?:lication)? dates?\b|\bdate of publication\b"
            # Which of two papers is newer: their dates answer it.
            r"|\b(?:published|accepted|appeared|came out)"
            r" (?:later|earlier|first(?![- ]line)|last|more recently)"
            r"|\b(?:newer|older|more recent|latest|earliest)\b (?:review|paper|article|one)\b"
            r"|\bwhich\b[^?]*\b(?:is|was) (?:the )?(?:newer|older|more recent|latest|earliest)\b"
            # How old a paper is: "How old is the Frontiers review?"
            rf"|\bhow old (?:is|are) {_DETERMINER}(?:[\w-]+ ){{0,3}}?(?:papers?"
            r"|reviews?|articles?)\b)"
        ),
        _DATE,
    ),
    (
        "doi",
        re.compile(
            # Not a DOI the question gives to say which paper: "(doi 10.3389/…)".
            r"\bdois?\b(?!:?\s*10\.)|digital object identifiers?|\bpersistent identifiers?"
            r"|数字对象(?:唯一)?标识符"
            # A DOI given to be checked: "Could you check that identifier against the record?"
            r"|\b(?:check|verify|confirm) (?:that|the|this) (?:identifier|doi)\b"
        ),
        re.compile(r"\b10\.\d{4,9}/\S+"),
    ),
    (
        # The paper's name: answered by its title, which the chunker keeps as a passage of its
        # own, whatever its words.
        "title",
        re.compile(
            # Not what the title is told to say before the question: "The title calls exosomes
            # a 'transmitter' — how is … passed between …?"
            # Nor the title the asker already has: "I only caught the title … — whose paper?"
            r"(?<!journal )(?<!caught the )(?<!know the )(?<!have the )(?<!saw the )"
            r"(?<!heard the )\btitles?\b(?! (?:calls|describes|dubs|labels|slides?)\b)|\btitled\b"
            # Unless a blank in it is to be filled: "the title calls the exosome 'an important
            # ______'".
            r"|\btitles?\b[^?]{0,60}_{3,}"
            r"|标题|题目|题名|篇名"
            r"|\bwhat is (?:the|this|that) (?:[\w-]+ ){0,3}(?:paper|review|article) called\b"
            # "How is called exactly the review of …?", as a Spanish speaker orders it.
            r"|\bhow (?:is|was) called\b[^?]*\b(?:paper|review|article)\b"
            r"|\bhow (?:is|was) (?:the|this|that) (?:[\w-]+ ){0,3}(?:paper|review|article)\b[^?]*"
            r"\bcalled\b"
            # Of the paper, not of its journal or its first author.
            r"|\bwhat(?:'s| is) the (?:exact |full )?name of"
            r" (?:(?!journal\b|authors?\b)[\w-]+ ){0,3}(?:paper|review|article)\b"
        ),
        re.compile(r"(?!)"),
    ),
    (
        "link",
        re.compile(
            # A link to be given, not what a review links to something ("Which process does
            # the review link to colonization?").
            r"\b(?:url|web ?(?:page|site|address)|(?<!before i )download)\b"
            r"|\b(?:an?|the|any|direct|web|download|its|their) link (?:to|for)\b"
            r"|\b(?:read|find|available|access|view)\b[^?]*\bonline\b"
            r"|\bfull[- ]?text\b.*\b(?:where|find|get|read)\b"
            r"|\b(?:where|find|get|read)\b.*\bfull[- ]?text\b|网址|链接|全文(?!实体)"
            r"|\blink\b[^?]*\b(?:full[- ]?|complete |whole |entire )text\b"
            # Not the asker's own page: "Need them for the SEO of our landing page".
            r"|(?<!journal )\bhosted\b|(?<!our )(?<!my )\b(?:summary|source|landing|home) ?page\b"
            # Where a paper can be had, or in which format.
            r"|\bwhere\b[^?]*\b(?:available|downloaded|obtained)\b|\bas (?:markdown|pdf|html)\b"
            r"|\bwhere\b[^?]*\b(?:read|download)\b|\bonline\b[^?]*\b(?:read|find|get|access)\b"
            r"|完整版|去哪(?:儿|里)?(?:能)?(?:看|读|下载|找|拿)"
        ),
        re.compile(r"https?://\S+"),
    ),
    (
        # Whether the collection holds a paper's body, or only its summary.
        "full text",
        re.compile(
            r"\b(?:full|complete|whole|entire)(?: body)? text\b[^?]*\b(?:included|hold|holds"
            r"|contain|contains|reproduced|here|collection|corpus)\b"
            r"|\bbody text\b|\bbody of the (?:[\w-]+ )?(?:article|paper|review)\b"
            r"|\b(?:only|just) (?:a|the) summary\b|全文(?:收录|有没有|在不在|是否)|只有摘要"
        ),
        re.compile(
            r"\bfull (?:body )?text (?:is not included|omitted)|\bbody text omitted\b", re.I
        ),
    ),
    (
        "licence",
        re.compile(
            # Not why one writes to the author: "want to ping them re: licensing".
            r"(?<!\bre: )(?<!\bre )\blicen[cs](?:e[ds]?|ing)\b|\bcopyright|\bwho owns\b"
            # Reusing the paper, not cells reusing exosomes.
            # Not "to request a reprint", which asks whom to write to.
            r"|\b(?:reproduce|re-?use|(?<!request a )reprint|redistribut\w*)\b[^?]*"
            r"\b(?:figures?|tables?|article"
            r"|paper|review"
            r"|text|content|material|it)\b"
            # Not what it cost to publish open access ("What article processing charge …?").
            r"|\bthe rights\b|\bpermission"
            r"|\b(?:re-?use|sharing|copying) (?:rules|terms|conditions|policy|rights)\b"
            r"|(?:^|(?<=[?？]))(?![^?]*\b(?:processing charges?|publication fees?|apcs?)\b)[^?]*?"
            r"\bopen[- ]access\b(?! (?:journal|periodical)s?\b)"
            r"|\bcc[- ]?by\b|\bcreative commons\b"
            r"|版权|许可|授权|转载|知识共享|署名协议|开放(?:获取|存取|访问)"
            # Whether anyone may read it: "Is the article free to read?"
            r"|\bfree (?:for (?:anyone|everyone|anybody|the public) )?to (?:read|access"
            r"|download|share|reuse|copy|reprint)\b|\bpaywall|免费(?:看|阅读|下载)"
            r"|\b(?:allowed|permitted) to (?:copy|share|reprint|reuse|print|post|forward|photocopy"
            r"|distribute|circulate|pass (?:it )?around)\b"
        ),
        re.compile(r"licen[cs]e|copyright|©|permitted|open-access|版权|许可", re.IGNORECASE),
    ),
    (
        "funding",
        # A grant that pays, not a pathway that "grants cells resistance".
        re.compile(
            r"\bfund(?:ed|ing|ers?|s)?\b|\bsponsor|资助|基金(?!本子|申请书)"
            # Not the asker's own "grant application" or "grant background section".
            r"|\b(?:which|what|whose|any) grants?\b(?! (?:applications?|proposals?|aims?"
            r"|writing|reports?|submissions?|renewals?|panels?|reviewers?|background)\b)"
            r"|\b(?:supported|paid|funded|backed) by (?:a|the|any) grants?\b"
            r"|\breceived? (?:a|any) grants?\b"
            r"|\bgrants? (?:numbers?|no|support|from|supported|paid|funded)\b"
        ),
        re.compile(r"\bfund(?:ed|ing|s)?\b|\bgrants?\b|\bsupported by\b|资助|基金", re.IGNORECASE),
    ),
    (
        "disclaimer",
        # What the publisher stands behind, not whether a drug "guarantees" a response.
        re.compile(
            r"\bdisclaim|\bvouch|\bendorse"
            r"|\bpublisher\b[^?]*\bguarantee|\bguarantee[^?]*\bpublisher\b"
            r"|\bpublisher\b[^?]*\bstands? behind\b|\bstands? behind\b[^?]*\bpublisher\b"
            r"|\bpublisher\b[^?]*\bback(?:s|ing)? up\b"
            # Whose views a paper states: "Do the opinions speak for the journal?"
            r"|\b(?:opinions?|views?|claims?|statements?)\b[^?]*\b(?:speak for|represent|reflect)"
            r"[^?]*\b(?:employers?|institutions?|organi[sz]ations?|publishers?|journal|editors?)\b"
            r"|代表[^？?]*(?:立场|观点)|官方立场|出版[^？?]*(?:担保|背书|保证)|(?:担保|背书)[^？?]*出版"
            r"|\bofficial (?:position|view|stance|opinion)s?\b"
        ),
        re.compile(r"\bdisclaimer\b|\bnot guaranteed\b|\bendorsed\b", re.IGNORECASE),
    ),
    (
        # Who edited or refereed a paper, which no record here names ("the editors and the
        # reviewers" of a disclaimer name no one).
        "editor",
        re.compile(
            r"\bwho (?:was|were|is|are|edited|reviewed|refereed)\b[^?]*"
            r"\b(?:editors?|reviewers?|referees?|edited|reviewed|refereed)\b"
            r"|\b(?:names? of|which|what) (?:the )?(?:handling |academic |associate |peer[- ])?"
            r"(?:editors?|reviewers?|referees?)\b|编辑是谁|审稿人是谁"
        ),
        re.compile(r"\b(?:edited|reviewed|refereed) by\b|\b(?:editor|reviewers?)\s*:", re.I),
    ),
    (
        "keywords",
        re.compile(
            # Not words the asker wants to be given: "给我几个关键词", "in a few keywords".
            r"(?<!a few )(?<!some )(?<!in )\bkey ?words?\b|\b(?:index|subject) terms?\b"
            r"|\bsubject headings?\b|\bkws?\b"
            r"|(?:(?<!几个)|(?<=哪几个)|(?<=有几个))(?<!一些)关键[词字]"
            r"|\b(?:tag|tags|tagged) (?:itself|it|themselves) with\b"
        ),
        re.compile(r"\bkey ?words?\s*:|关键词", re.IGNORECASE),
    ),
    (
        "affiliation",
        re.compile(
            r"\baffiliat|\binstitutions?\b"
            # A department of a hospital, not a cell's "shipping department".
            r"|(?<!shipping )(?<!packing )(?<!dispatch )(?<!sorting )(?<!postal )"
            r"\b(?:departments?|depts?)\b"
            r"|\b(?:which|what) (?:city|country)\b"
            r"|\bwhere (?:do|does|did|are|is|were) [^?]*\b(?:authors?|researchers?|writers?"
            r"|doctors?|scientists|people)\b(?:(?!\b(?:think|say|believe|suggest)s?\b)[^?])*"
            r"\b(?:work\b|(?:come |hail )?from\W*$|based\b)"
            r"|\b(?:authors?|researchers?|writers?)\b[^?]*\bwork (?:in|at) (?:one|the same)\b"
            # Not where one is treated or tested (see ``_PROVIDER``).
            rf"|\b(?:which|what) (?!{_PROVIDER})(?:university|uni\b|hospital|hosp\b|institute"
            r"|clinics?\b)"
            # Spanish read: "¿de qué centro son?" ("de what centro are").
            r"|\bde what (?:centro|hospital|universidad|instituci[oó]n)\b"
            r"|单位|机构"
            r"|所在的?(?:医院|大学|城市)"
            # A pinyin keyboard's 那 for 哪: "Hongzhi Ji是那个医院的？"
            r"|是那(?:家|个|所)(?:医院|大学)的?\s*[？?]?\s*$"
            rf"|哪(?:家|个|所|间|里的?)(?!{_PROVIDER_ZH})(?:医院|大学|机构|学校)"
            r"|附属医院|哪个学校|哪(?:个|座)城市"
            r"|在哪[^？?，,。]{0,10}(?:上班|任职|就职)"
            r"|\b(?:at|from) the same (?:place|institutions?|hospitals?|universit(?:y|ies)|city)\b"
        ),
        re.compile(
            r"universit|hospital|institute|college|school of|cent(?:er|re)\b|department"
            r"|大学|医院|研究所",
            re.IGNORECASE,
        ),
    ),
    (
        # A postal code, which an address line gives between its city and its country.
        "postal code",
        re.compile(r"\bpost(?:al)? ?codes?\b|\bzip ?codes?\b|\bpostcodes?\b|邮编|邮政编码"),
        re.compile(r",\s*\d{4,6}\s*,"),
    ),
    (
        # An author's other work, which no record here lists: before the author kinds, as
        # "What other papers has the corresponding author published?" asks for none of them.
        "publication list",
        re.compile(
            r"\bother (?:papers|articles|publications|works|studies|reviews)\b[^?]*"
            r"\b(?:published|written|authored|by)\b|\b(?:published|written|authored)\b[^?]*"
            r"\bother (?:papers|articles|publications|works|studies|reviews)\b"
            r"|\bpublication (?:list|record|history)\b|还发表(?:过)?(?:哪些|什么)|其他(?:论文|文章)"
            r"|还发(?:过|了)(?:哪些|什么)"
            # "how many papers has he published?": the count of an author's work.
            r"|\bhow (?:many|much) (?:[\w-]+ )?(?:papers?|articles|publications)\b[^?]{0,40}"
            r"\b(?:published|written|authored)\b"
            r"|\b(?:published|written|authored) how many (?:papers|articles|publications)\b"
            r"|发表?(?:过|了)?(?:多少|几)篇"
        ),
        re.compile(r"(?!)"),
    ),
    (
        # How a sample is kept for testing, its tube or temperature: a laboratory protocol's,
        # which only a passage giving a temperature or a tube answers.
        "sample handling",
        re.compile(
            r"\b(?:what|which) (?:storage )?temperatures?\b|\btemperatures? (?:and|or) (?:for )?"
            r"how long\b|\b(?:which|what) (?:kind of |type of )?(?:collection |blood )?tubes?\b"
            r"|(?:保存|储存|冻存)(?:温度|条件)|什么温度|多少度|(?:什么|哪种)(?:采血)?管"
        ),
        re.compile(r"-?\d+\s?°\s?C\b|℃|\bdegrees?\b|\btubes?\b|温度|采血管", re.I),
    ),
    (
        "email",
        # Not "an email or an address": any way to write to them answers that.
        # "Which of them should I email?" asks whom to write to, not for an address, as does
        # "who's the main contact person, I might want to email them", or "我要 email 问".
        re.compile(
            r"(?<!i )(?<!we )(?<!to )(?<!you )(?<!you'd )(?<!should )(?<!could )(?<!would )"
            r"(?<!要 )(?<!想 )(?<!must )(?<!can )(?<!will )(?<!might )(?<!may )"
            # Nor "want to flick them an email", "I want send email about collaboration".
            r"(?<!them an )(?<!him an )(?<!her an )(?<!send )(?<!send an )(?<!write an )"
            r"(?<!drop an )(?<!shoot an )"
            r"\be-?mail(?: address)?\b"
            r"(?! or\b| (?:them|him|her)\b)"
            r"|邮箱|电子邮件"
        ),
        re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+"),
    ),
    (
        "correspondence",
        # A person to write to, not "cell contact" or 联系 (a link between two things).
        re.compile(
            r"\bcorrespond(?:ence|ent|ing (?:authors?|address|e-?mail|contact|person)|s? with)\b"
            r"|\b(?:which|who)\b[^?]*\bcorresponding one\b"
            r"|\bcorresp\b|\bcorr\.? ?auth"
            r"|\b(?:lead|main|primary|senior) contact\b"
            r"|(?:找|跟|和|与)(?:哪个|哪位|谁)(?:作者)?联系"
            r"|\bcontact (?:the |an? |its )?(?:\w+ )?(?:authors?|person|details|information"
            r"|address)\b|\b(?:how|whom?) (?:can|do|could|should|would) (?:i|we|you|one) "
            r"(?:contact|reach|write to)\b|通讯的?作者|负责通讯|通讯之责|联系(?:方式|人|地址|作者)"
            r"|如何联系|怎么联系"
            r"|\b(?:should|can|could|do|would) (?:i|we) (?:e-?mail|write to|contact|reach)\b"
            r"|\b(?:you'd|you would|i'd|i would|one would) (?:actually )?"
            r"(?:write to|e-?mail|contact)\b"
            r"|\bwhich (?:one )?(?:of them )?(?:do|should|can) (?:i|we|you)"
            r" (?:contact|e-?mail|write to)\b"
            r"|\b(?:you're|you are|ye're|i'm|i am|we're|we are) (?:meant|supposed) to"
            r" (?:write to|e-?mail|contact)\b"
            r"|\b(?:authors?|writers?|person) (?:that |who |whom )?(?:you|i|we|one)"
            r" (?:should|must|can|could|need to|have to) (?:e-?mail|write to|contact|reach)\b"
        ),
        re.compile(r"correspond|e-?mail|通讯", re.IGNORECASE),
    ),
    (
        "authors",
        re.compile(
            r"\bwho (?:(?:actually|really|originally|all) )?(?:wrote|write|writes|authored"
            r"|(?:is|was|are|were) (?:(?:the|its|their) )?(?:\w+ )?"
            r"(?:authors?|writers?)\b)"
            # Keywords: "authors paper=bone mets exosomes", not "Authors argue that …".
            r"|^\W*authors?\b(?!['’])(?! (?:of (?:the )?(?:stud|trial)|say|said|argue|claim"
            r"|conclude|suggest|propose|think|describe|mention|note|report|state|f[oi]und|believe"
            r"|highlight|emphasi|point|discuss|explain|write|wrote|review))"
            r"|\bhow (?:are|is) called the (?:authors?|writers?)\b"
            r"|\b(?:what|how) (?:are|is) the (?:authors?|writers?) called\b"
            r"|\b(?:has|have|had) written (?:the|this|that)\b"
            r"|\bwritten by\b|\bauthors'? names?\b|\bauthor list\b|\blist of authors\b"
            # Hinglish: "review kisne likha hai? authors ke naam bata do".
            r"|\bkisne likh[ai]\b|\bauthors? ke naam\b"
            # "whos the author(s) on the … review?"
            r"|\bwho(?:'s|’s|s) (?:(?:the|its|their) )?(?:\w+ )?(?:authors?|writers?)\b"
            # Taglish: "sino yung mga authors ng … na paper?"
            r"|\bsino (?:ang|yung|po ang|po yung) (?:mga )?(?:authors?|sumulat)\b"
            r"|\bnames? of (?:all )?(?:the |its |their )?(?:\w+ )?(?:authors?|writers?)\b"
            # German's verb comes last: "Wer hat die Übersicht … verfasst?"
            r"|^\W*who\b[^?]*\b(?:wrote|written|authored)\W*$"
            r"|\bby whom\b[^?]*\b(?:written|authored)\b"
            r"|(?:^|[–—:;])\W*who (?:have|has)\b[^?]*\bwritten\b"
            r"|\b(?:people|persons) (?:who|that|what) (?:wrote|authored)\b"
            r"|\bwhich (?:two |three )?(?:people|persons|researchers|scientists|doctors)\b"
            r"[^?,]{0,80}\b(?:wrote|authored)\b(?! about)"
            r"|\b(?:review|paper|article|study) authors\W*$"
            r"|\b(?:name|list|give|tell me|show) (?:me )?(?:all )?(?:the )?(?:\w+ )?authors\b"
            r"|\bwhich authors\b|作者是(?!不是|否|如何|怎么|怎样)|谁写|[哪边](?:几|两|三)?位作者"
            # The topic first, as Korean puts it: "author who? only two people?"
            r"|\b(?:authors?|writers?),? (?:is |are |was |were )?who\s*[?？]"
            r"|(?:哪些|哪几位|哪几个?(?:人|医生|专家|学者)|哪些人|哪两(?:个|位)人?)(?:医生|医师|大夫|专家|学者)?写的"
            r"|作者(?:都)?(?:署名)?(?:有|是|为|乃)(?:谁|何人|哪些|哪几位)|作者何人|几位作者|[两几三]个作者"
            r"|作者(?:一共|总共|共)?(?:有)?几(?:位|个)"
            r"|作者叫(?:什么|啥)|\bauthors?\s*(?:都)?(?:是|为)(?:谁|哪)"
            # The byline ("两位作者英文署名是怎样写的？"), not the credit a reuse must keep
            # ("转载要保留作者署名吗？"); and the last of a search box's words ("… 临床进展 作者"),
            # which are read joined.
            r"|(?<!保留)(?<!注明)(?<!标注)作者[^？?，,。]{0,4}署名(?!协议)|作者\s*[?？]?\s*$"
            # Literary Chinese: "由哪两位学者执笔？" (whose pen wrote it).
            r"|由(?:谁|何人|哪)[^？?，,。]{0,6}执笔"
            r"|\bhow many (?:people|persons|researchers|scientists)"
            r" (?:wrote|authored|are (?:listed|credited|named))\b|\bhow many (?:authors|writers)\b"
            r"|\b(?:people|persons|researchers|scientists) (?:that|who) wrote\b"
            r"|\bwhose (?:paper|review|article|study|work) (?:is|was)\b"
            r"|\bwhich (?:researchers|scientists|people|names) (?:are|were)"
            r" (?:listed|named|credited)\b"
            r"|\bwho (?:is|are|was|were) (?:[\w-]+ ){0,3}credited (?:on|with|for)\b"
            r"|\b(?:researchers|scientists|people|team|names?|who) (?:is |are )?behind\b"
            r"|\bwho (?:put|pieced) (?:it )?together\b|\bwho (?:compiled|penned)\b"
            # The paper's byline, not the asker's own ("For my article's byline, …").
            r"|\b(?:the|its|their) byline\b"
            # "Were the authors X and Y?", "Who should I credit as the authors?"
            r"|^\W*(?:were|was|are|is) the (?:authors?|writers?)\b"
            r"|\bcredit(?:ed)? as (?:the )?(?:authors?|writers?)\b"
            r"|\bhow many (?:people|persons|names|researchers|scientists|writers)\b[^?]*"
            r"\b(?:credited|listed|named)\b"
            # Typed into a search box: "bone metastasis exosome review authors".
            r"|^(?![^?]*\b(?:what|how|why|which|who|when|where|do|does|did|is|are|according"
            r"|by)\b)[^?]*\b(?:authors?|authorship)\s*\??\s*$|^\W*authors? (?:of|for|on)\b"
            # Where a name stands in the list, and the list's order.
            # Not where the first author works ("The first author 所在的 hospital 是哪家？").
            r"|\b(?:first|second|third|last) (?:or (?:the )?\w+ )?author\b"
            r"(?![^?？]*(?:hospital|city|institution|department|based|医院|城市|单位|机构))"
            r"|第[一二三]作者"
            r"|\b(?:what|which) (?:order|sequence)\b[^?]*\b(?:authors?|contributors?|writers?)\b"
            r"|\b(?:authors?|contributors?|writers?)\b[^?]*\b(?:listed|credited)\b[^?]*"
            r"\b(?:order|sequence)\b|\bhow are the (?:authors?|contributors?|writers?) (?:listed"
            r"|credited|ordered)\b|作者(?:的)?(?:排序|顺序|排名)|\bauthor (?:order|sequence)\b"
        ),
        re.compile(r"\bauthors?\s*:|\bet al\b|作者", re.IGNORECASE),
    ),
    (
        # What became of a paper after it appeared, which no record here tells.
        "retraction",
        re.compile(
            r"\bretract|\berrat(?:um|a)\b|\bcorrigend|\bcorrections? (?:notice|published|issued)\b"
            r"|\b(?:had|has|have|any|a) (?:a )?corrections?\b|撤稿|撤回|勘误|更正"
        ),
        re.compile(r"\bretract|\berratum\b|\bcorrigendum\b|撤稿|勘误", re.I),
    ),
    (
        # Whether a regulator has cleared a test or a drug: only a sentence that says so tells.
        "approval",
        re.compile(
            r"\bapproved (?:by|for)\b|\b(?:an?|any|already) approved\b"
            r"|\bapproved (?:[\w-]+ )?[\w-]*tests?\b"
            # French order read in English: "un test sanguin … approuvé".
            r"|\btests?\b[^?.]{0,40}\bapproved\b"
            # A paper is "approved" too (accepted), so only a named kind of remedy or test counts.
            r"|\bwhen (?:was|were|did|will)\b(?: \w+)? (?:drugs?|medicines?|medications?"
            r"|treatments?|therap(?:y|ies)|tests?|kits?|assays?|inhibitors?)\b[^?.]{0,30}\bapprov"
            r"|\b(?:fda|ema|nmpa|regulatory)[- ]?(?:approved|approval"
            r"|clearance|cleared)\b|\bcleared by\b|获批|批准上市|审批"
        ),
        re.compile(r"\bapproved\b|\bapproval\b|获批|批准", re.I),
    ),
    (
        # How much a paper is read or cited, or what it cost to publish: no record here says.
        "usage or fee",
        re.compile(
            r"\baltmetric|\bpage[- ]?views?\b|\bdownload (?:count|number)s?\b|\bcitation counts?\b"
            r"|\btimes cited\b|\bhow (?:many times|often) (?:has|is|was) (?:it|the \w+) cited\b"
            r"|\barticle processing charges?\b|\bpublication (?:fee|charge)s?\b"
            r"|版面费|引用次数|被引|阅读量|下载量"
        ),
        re.compile(r"\baltmetric|\bviews?\b: ?\d|\bcited by \d|\bAPC\b", re.I),
    ),
    (
        # Where a paper stands on its way to print: "Is it already out in its final form?"
        "publication status",
        re.compile(
            r"\bpublication status\b|\b(?:already|yet) (?:out|published|in print)\b"
            r"|\bfinal,? (?:typeset|type set|formatted|published|printed) (?:form|version)\b"
            r"|\bin (?:its |their )?final,? (?:[\w-]+,? ){0,3}?(?:form|version)\b|出版状态|发表状态"
            r"|\b(?:the|a) final version\b|\bprovisional(?:ly)?\b|\bin press\b"
            r"|\b(?:finished|polished) (?:version|article|paper)\b|\b(?:first|rough|a) draft\b"
            r"|\bat the printers?\b|\btypeset\b|\bearly preview\b"
            r"|正式(?:出版|发表|刊出|见刊|排版|版本?|登出)|见刊|最终(?:排版)?版|定稿|登出来|排版版本"
            r"|(?:篇|文章|综述|论文)(?:(?!诊断)[^？?])*什么状态"
            # A follow-up about a paper: "So what is its status right now?"
            r"|\b(?:its|the paper's|the article's|the review's) (?:current )?status\b"
            r"|\bis (?:its|the|this|that) version final\b"
        ),
        re.compile(
            r"\bprovisionally accepted\b|\bwill be published soon\b|\bin press\b"
            r"|\bfinal,? formatted version\b",
            re.I,
        ),
    ),
    (
        # The volume of the journal a paper is in, not a volume of blood. Before the journal:
        # "Which volume of Frontiers in Oncology does the review appear in?" asks for the volume.
        "journal volume",
        re.compile(
            r"\bvolume (?:number|no)\b|\b(?:which|what) (?:journal )?(?:volume|vol|issue)\b"
            r"|\bvolume and (?:issue|year)\b"
            # "Is the paper in volume 12?": a volume the asker names, to be checked.
            r"|\bin volume \d+\b"
            r"|卷号|第几卷|哪一卷"
        ),
        re.compile(r"\bVolume \d+|\bVol\.? ?\d+|第\s*\d+\s*卷"),
    ),
    (
        "journal",
        # Not a journal's own name ("the Chinese Journal of Lung Cancer review"), a journal
        # club, a paper called by its journal ("the Chinese lung cancer journal article", "the
        # review in the Chinese journal", "según la revista china", "la revista de oncología"),
        # nor the journal as the one who received a paper.
        re.compile(
            r"(?<!by the )(?<!\bchinese )(?<!according to the )\bjournal\b"
            r"(?! (?:of|de|club)\b| (?:article|paper|review)s?\b)"
            # "in which journal Chinese …" (en quina revista xinesa) still asks which.
            r"(?:(?<=which journal)|(?<=what journal)|(?! chin(?:a|o|ese|oise|es|esa)\b))"
            r"|\bperiodical\b|\bvenue\b"
            # Where the paper appeared, not what "appears in exosomes".
            r"|\b(?:published|appear(?:ed)?|came out|ran) in (?:which|what)\b"
            r"|\b(?:review|paper|article|study|it) (?:was |been |get |got )?"
            r"(?:published|appear(?:ed)?) in\b"
            r"|\bwhere (?:was|were|is|did) [^?]*\b(?:published|appear)"
            # A journal to confirm: "… was published in Thoracic Cancer, right?", "… came out
            # in Frontiers in Oncology in April 2025, correct?"
            rf"|{_TO_CHECK}[^?]{{0,120}}?\b(?:published|came out|appeared|ran) in {_NO_DATE_AFTER}"
            # "The review … came out in Frontiers in Oncology, correct?", not exosomes that came
            # out in large numbers.
            r"|\b(?:review|paper|article|piece)\b[^?]*\b(?:came out|appeared|ran) in"
            rf" {_NO_DATE_AFTER}[^?]*,\s*{_CONFIRMED}\s*[?？]"
            r"|\b(?:(?:was|were) published|(?:review|paper|article|it) came out) in"
            rf" {_NO_DATE_AFTER}"
            # "I'm checking a citation: was the review … published in Frontiers in Oncology?"
            r"|(?:^|[.:;]\s*)(?:was|were|is|did|didn't|wasn't|isn't)\b[^?]{0,120}?"
            r"\b(?:published|come out|appear) in"
            rf" {_NO_DATE_AFTER}"
            # "… published their review in the Chinese Journal of Lung Cancer, correct?"
            r"|\bpublished\b[^?]{0,80}?\bin (?:the )?(?:[\w-]+ ){0,6}journal\b[^?]*"
            rf"\b{_CONFIRMED}\s*[?？]"
            r"|\bwhich (?:[\w-]+ )?(?:magazine|publication)\b|期刊"
            # Not inside the journal's name ("《中国肺癌杂志》这篇综述中…的粒径"), unless said to
            # be where the paper appeared ("发表在中国肺癌杂志上吗").
            r"|(?<!肺癌)杂志(?![^《]*》)|(?:发表|刊登)(?:在|于)(?!\s*\d|哪(?:年|一年|天|月)|[^？?]*(?:第几|卷|页))"
            # The journal's section a paper ran in: "Which section does the paper name?"
            r"|\b(?:which|what) (?:journal |subject )?(?:sub)?section\b|哪个(?:专栏|栏目|板块|版块)"
            # "Which division of Frontiers in Oncology does the review play in?"
            r"|\b(?:which|what) (?:division|department|part) of (?:the journal|frontiers)\b"
            r"|\b(?:ran|appeared|published) in the [\w -]{0,30}\bsection\b"
            r"|(?:刊登|发表|刊|登)(?:在|于)哪(?!年|一年|天|月)|哪(?:本|份|家|个)?刊"
            # A journal to confirm: "…是登在《Frontiers in Oncology》上的，对吗？"
            r"|(?:刊登|发表|刊|登|发)(?:在|于)\s*(?:《[^》]+》|frontiers\b|[^，,。？?]{0,12}(?:杂志|期刊"
            r"|journal))"
        ),
        # A journal's name ("Chinese Journal of …", "Frontiers in …"), not "this journal".
        re.compile(r"\bJournal\b|\bFrontiers in\b|\bProceedings\b|杂志|学报|期刊"),
    ),
    (
        # The issue a paper is in, or its pages: no record here gives either.
        "issue or pages",
        re.compile(
            r"\bissue (?:number|no)\b|\bpage (?:numbers?|range)\b|\bwhich pages\b"
            r"|\b(?:first|last|start(?:ing)?|end(?:ing)?) page\b|第几期|期号|页码|起止页|哪几页"
        ),
        re.compile(r"\bIssue \d+|\bpp?\. ?\d+|第\s*\d+\s*期|\d+\s*页"),
    ),
    (
        # How a systematic review chose its studies: these narrative reviews never say.
        "study selection",
        re.compile(
            r"\bhow many (?:studies|trials|articles|papers|records|publications) (?:were |are |did"
            r" (?:they|the authors) )?(?:included|include|reviewed|review|analy[sz]ed|screened"
            r"|selected|pooled)\b"
            r"|\b(?:inclusion|exclusion|eligibility) criteria\b"
            r"|\bsearch (?:strategy|terms|string)\b"
            # Not a PRISMA flowchart given as an example of a figure asked for.
            r"|\b(?:which|what) databases\b|\bprisma\b(?! (?:flow ?chart|diagram|figure))"
            r"|\bheterogeneity\b|\brisk of bias\b"
            r"|纳入了?(?:多少|几)篇|检索策略|纳入标准|排除标准|异质性"
        ),
        re.compile(
            r"\b(?:studies|articles|records) (?:were )?(?:included|screened)\b|\bprisma\b"
            r"|\bheterogeneity\b|\bsearched (?:pubmed|medline|embase)\b|纳入|检索",
            re.I,
        ),
    ),
    (
        # How something was measured, detected or isolated: only a sentence naming a method
        # tells.
        "method",
        re.compile(
            r"\b(?:what|which) (?:methods?|techniques?|assays?|platforms?)"
            r" (?:was|were|did|do|does|is|are|they|the authors)\b"
            # Instruments carried are an image of cargo: "what instruments are the exosomes
            # carrying from one section to another?"
            r"|\b(?:what|which) instruments? (?:was|were|did|do|does|is|are|they|the authors)\b"
            r"(?![^?？]*\bcarr(?:y|ies|ying|ied)\b)"
            r"|\b(?:what|which) (?:[\w-]+ ){0,2}(?:methods?|techniques?|protocols?)"
            r" (?:\([^)]*\) )?(?:was|were|is|are) used\b"
            r"|\bhow (?:did|do) (?:they|the authors) (?:measure|detect|isolate|quantif|purif)\w*"
            # "How do lab scientists separate exosomes out of blood?": no detecting ("How can
            # doctors detect it early?" asks what may serve, not how a lab works).
            r"|\bhow (?:do|does|did|can|could|would|are|is) (?:[\w-]+ ){0,3}(?:isolat|separat"
            r"|purif|extract|measur)\w*"
            r"|\bhow (?:was|were|are|is) (?:[\w-]+ ){0,3}(?:measured|detected|isolated|quantified"
            r"|purified|extracted)\b"
            # Not a way to treat: "用什么方法针对外泌体去医肺癌骨转移？"
            r"|[用采通]\w?什么方法(?![^？?]*[治医])|怎么测(?:定|量|的)|如何(?:检测|测定|分离)"
            # How samples are kept: "外泌体样本怎么保存？", "How should plasma be stored?"
            r"|(?:怎么|如何|怎样)(?:保存|储存|存放|冻存)|\bstorage (?:conditions?|temperature)\b"
            r"|\bhow (?:should|do|does|are|is|can) (?:[\w-]+ ){0,3}(?:stored|store|kept|frozen)\b"
        ),
        re.compile(
            r"\b(?:microscopy|sequencing|chromatography|cytometry|pcr|elisa|western blot\w*"
            r"|ultracentrifugation|tracking analysis|spectrometry)\b|电镜|测序|离心",
            re.I,
        ),
    ),
    (
        # What a figure's caption says: the record only counts the figures.
        "caption",
        re.compile(
            r"\bcaptions? (?:of|for|to|under) (?:the )?(?:first |second )?(?:figure|fig)"
            r"|\b(?:figure|fig\.?) ?\d+(?:'s)? (?:caption|legend)|\bwhat does (?:the )?(?:caption"
            r"|legend)\b|图\s*\d+\s*的?(?:图注|图例|说明)|图注|图例"
            # What a figure shows: its caption says.
            r"|\bwhat does (?:the|that|this|its) (?:figure|fig\.?|diagram|image)\b[^?]*"
            r"\b(?:show|depict|illustrate)|图[^？?，。]{0,8}(?:展示|显示|描述|画)了?(?:些)?什么"
        ),
        re.compile(r"^\s*(?:figure|fig\.?)\s*\d+[.:|]", re.IGNORECASE | re.MULTILINE),
    ),
    (
        # Whether a paper has figures, and how many.
        "figures",
        re.compile(
            # Not "the 40–160 nm figure", a number, nor "a median survival figure", a statistic,
            # nor "the actual figure" of a percentage asked for ("What percentage …? Give me the
            # actual attendance figure").
            # Nor "how many deaths … according to the latest GLOBOCAN figures", a count.
            r"^(?!.*\b(?:median|mean|average|survival|statistics?|percentage|percent|proportion"
            r"|deaths?|incidence|mortality|globocan)\b"
            r"|.*\b(?:actual|exact|precise|rough|ballpark|latest|official|real|true|correct)"
            r" (?:[\w-]+ )?figures?\b"
            # Nor a number told before and pointed back at: "… improved survival by 20%. Is
            # that figure in either paper?"
            r"|.*\b(?:that|this|such a|the same) figure\b"
            # Nor a number in its unit ("does the paper give a figure in nanometres?").
            r"|.*\bfigures? in (?:nanomet|nm\b|microns?|micromet|percent)"
            # Nor the asker's own diagram ("What should I label in my resistance diagram?").
            r"|.*\b(?:my|our|for an?)\b[^?]{0,40}\bdiagrams?\b"
            # "我想用 diagram 解释 exosome 的形成过程": a diagram the asker will draw.
            r"|.*(?:用|画|做) ?(?:个|一个|一张)? ?(?:diagrams?|图)"
            # Nor a number quoted: "… a size range? What figure does it quote?"
            r"|.*\b(?:what|which) figures? (?:does|do|did) [\w ]{1,20}? (?:quote|give|cite|state"
            r"|report|put)\b).*?"
            r"(?:(?<!nm )(?<![\d%] )\b(?:figures?|figs)\b(?! out\b| among\b)|\billustrations?\b"
            r"|(?<!wiring )\bdiagrams?\b)"
            r"|插图|图表|几张图|几幅图|多少(?:张|幅)图|图片"
        ),
        re.compile(r"\b\d+ (?:figures?|illustrations?)\b|\bfigures? with captions\b|幅图|张图"),
    ),
    (
        # "What kind of article is it?": a review, a research article …
        "article type",
        re.compile(
            r"\b(?:what|which) (?:kind|type|sort) of (?:article|paper|publication|study)\b"
            r"|\barticle type\b|文章类型|什么类型的(?:文章|论文)"
            r"|\b(?:original )?research (?:article|paper|study) or (?:a )?review\b"
            r"|\ba review or (?:an? )?(?:original|research)\b|是综述还是(?:原创|研究|论著)"
            r"|\b(?:was|is) (?:this|it|the (?:[^?,]{0,40}? )?(?:paper|review|article|study)"
            r"(?: (?:on|about) [^?,]{0,60}?)?)"
            r" (?:actually |really |truly |in fact )?an?"
            r" (?:original |actual )?(?:clinical trial|trial|experiment|original study"
            r"|primary study|research study|original research)\b"
            # "… an actual study with patients or is it a review article?"
            r"|\ban? (?:actual |real |proper )?(?:study|trial) (?:with|on|in) (?:real )?"
            r"(?:patients|people|humans)\b[^?]*\bor\b"
            r"|\bis (?:it|this|that) (?:just )?an? review(?: article| paper)?\s*[?？]"
            # New data, or a synthesis of what is known: "Is it new bench work, or a refresher
            # of the existing literature?"
            r"|\b(?:paper|piece|article|review|study)\b[^?]*\b(?:new|original|primary)"
            r" (?:bench work|experimental (?:findings|data|work|results)|research)\b[^?]*\bor\b"
        ),
        re.compile(
            r"\b(?:review|research|original|systematic review|mini[- ]review|perspective"
            r"|editorial|case report|opinion) article\b"
            r"|\b(?:paper|article|review) provides an? (?:updated )?overview\b",
            re.IGNORECASE,
        ),
    ),
    (
        # The ontology identifiers a summary tags its entities with: "hypercalcemia
        # (MESH:D006934)".
        "identifier",
        re.compile(
            r"\bmesh\b|\bontolog|\b(?:entity|concept|term) (?:ids?|identifiers?)\b"
            # After a question about a tagged entity: "What's the identifier for it?"
            r"|\b(?:identifiers?|ids?|codes?) (?:for|of) (?:it|that|this|them)\b"
            # The vocabularies such tags come from, named.
            r"|\b(?:mondo|umls|snomed|doid|chebi|hgnc)\b"
            r"|\b(?:controlled[- ])?vocabulary (?:codes?|ids?|identifiers?|terms?)\b"
            # Entities tagged in the text, not "GFP-tagged exosomes".
            r"|\b(?:entit(?:y|ies)|concepts?|terms?)\b[^?]*\b(?:tagged|annotated)\b"
            r"|\b(?:listed|named) among the (?:[\w-]+ )?entities\b|\bfull[- ]text entit"
        ),
        re.compile(r"\b[A-Z]{2,}:[A-Z]?\d{4,}\b"),
    ),
    (
        "references",
        re.compile(
            r"\breferences\b|\bbibliograph|(?<!my )(?<!our )\breference (?:list|count)\b"
            r"|参考文献|\bhow many refs\b|\bhow many reference\b|(?:多少|几)个?\s*references?\b"
            r"|\brefs?\b(?= count\b| list\b)|\b(?:number of|count of|no\.? of) refs\b"
            # "How many works does the review cite?"
            r"|\bhow many [\w-]+ (?:does|do|did) [^?]*\bcite\b|\bhow many citations\b"
            r"|\bhow many (?:cited works|works cited|(?:cited )?sources)\b|引用?了?(?:多少|几)篇"
            r"|\bhow (?:large|big|long|extensive) is the (?:literature|reference|source)"
            r"[^?]*\bcited\b"
        ),
        re.compile(r"\d+ references\b|参考文献", re.IGNORECASE),
    ),
    (
        # A translator's question: "Which English term does the review pair with 病理性骨折?" is
        # answered by the English sentence that names it, not by the Chinese one.
        "english wording",
        re.compile(
            r"\benglish (?:terms?|words?|names?|phrases?|phrasing|equivalents?|translations?"
            r"|wording|rendering)\b|\b(?:express|say|call|render|put|word)\w* [^?]{0,60}\bin"
            r" (?:its |the )?english\b"
            r"|英文(?:怎么说|叫什么|是什么|术语|名称|表述|说法)|英语(?:怎么说|叫什么)"
        ),
        re.compile(r"^[^\u3400-\u9fff]*[A-Za-z]{3,}[^\u3400-\u9fff]*$"),
    ),
    (
        "chinese wording",
        re.compile(
            r"\bchinese (?:terms?|words?|names?|phrases?|phrasing|equivalents?|translations?"
            r"|wording|rendering|characters)\b|\b(?:express|say|call|render|put|word)\w* [^?]{0,60}"
            r"\bin (?:its |the )?chinese\b|中文(?:怎么说|叫什么|是什么|术语|名称|表述|说法)"
        ),
        re.compile(r"[\u3400-\u9fff]"),
    ),
    (
        # Which bones the spread reaches: "the spine, ribs or pelvis?" is answered by a sentence
        # naming a bone, not by one saying that bone is a common site.
        "bone site",
        re.compile(
            r"\bwhich bones\b|\bwhich (?:skeletal|bony) (?:sites?|regions?)\b|\bwhich vertebra\w*\b"
            r"|\bwhich (?:parts?|sites?|regions?|areas?) of the (?:skeleton|bones?)\b"
            r"|\b(?:spine|ribs?|pelvis|hips?|femur|skull)\b[^?]{0,30}\bor (?:the )?(?:spine|ribs?"
            r"|pelvis|hips?|femur|skull)\b"
            r"|(?:哪个|哪些|什么)部位的骨|骨[^？?。]{0,8}(?:哪个|哪些|什么)部位|哪(?:块|根)骨|哪些骨(?:头(?!方面|相关|上的)|(?=[容会最常]))"
            r"|(?:脊柱|脊椎|骨盆|肋骨|股骨|颅骨)还是(?:脊柱|脊椎|骨盆|肋骨|股骨|颅骨)"
        ),
        re.compile(
            r"\b(?:spine|spinal|vertebra\w*|ribs?|pelvi\w*|hips?|femur|femoral|skull)\b"
            r"|脊柱|脊椎|椎体|肋骨|骨盆|髋|股骨|颅骨",
            re.I,
        ),
    ),
    (
        # What a clinician or a patient should do: only a recommendation answers it, not a
        # finding about the same disease.
        "advice",
        re.compile(
            r"\bhow (?:should|do|can|could|would) (?:i|we|you|one|nurses?|doctors?|clinicians?)"
            r" (?:best )?(?:manage|treat|handle|care for|prevent|monitor|nurse|hydrate|move"
            r"|mobili[sz]e|reposition|lift)\b"
            r"|\bhow (?:should|is|are) [^?]{1,60}\bbe (?:treated|managed|handled|prevented)\b"
            # "Comment gérer une hypercalcémie aiguë …?"; not how to treat, nor to handle
            # resistance, which the review's strategies answer.
            r"|\bhow to (?:best )?(?:manage|handle|nurse|hydrate)\b(?![^?]{0,30}\bresist)"
            # Which treatment a person should choose: "should he rather do immunotherapy or
            # chemo?"
            r"|\bshould (?:he|she|they|i|we|my [\w-]+) (?:rather\b|(?:do|have|get|take|go for"
            r"|choose|start|try) [^?]*\bor\b)"
            # Whether to ask for a test: "should he ask for a blood test of exosomes?"
            r"|\bshould (?:i|we|he|she|they|my [\w-]+) ask for (?:an? |the )?[^?]{0,30}"
            r"\b(?:tests?|testing|scans?|biops(?:y|ies))\b"
            # Whether a procedure is safe for a patient: "Is it safe to do chest physio on a
            # patient with rib metastases?"
            r"|\bis it safe to [^?]{1,60}\b(?:on|for|a) (?:a|my|the|this|our|un|una)"
            r" (?:patients?|pts?)\b"
            # A test the asker could ask for: "an exosome blood test I can actually ask for at
            # Princess Margaret".
            r"|\b(?:tests?|scans?|biops(?:y|ies))\b[^?]{0,20}\b(?:i|we|he|she) (?:can|could)"
            r" (?:actually |really )?(?:ask for|get|have)\b"
            # Whether a named clinic does it, asked last: "¿en la Clínica Alemana o en el Hospital
            # del Tórax lo hacen?"; not "what other uses in the clinic does it see for them?"
            r"|\b(?:in|at|en) (?:the |la |el )?(?:hospitals?|clinics?)\b[^?]{0,40}\b(?:do|does"
            r"|offers?) (?:it|them|this|that|the test)\s*(?:[?？,]|$)"
            # "ghe xe un ospedal a Venessia o a Verona che la fa?"
            r"|\bis there (?:a|an|any|un|una) (?:hospital|clinic)\b[^?]{0,40}\b(?:does|offers?)"
            r" (?:it|them|this|that)\s*[?？]"
            # One done here: "un test sanguin … qu'on peut faire icitte à Québec".
            r"|\b(?:tests?|scans?)\b[^?]{0,40}\b(?:i|we|you|one) (?:can|could) (?:do|get|have|order"
            r"|buy|book)\b"
            r"[^?]{0,10}\b(?:here|locally|near me)\b"
            # A threshold to act on: "above which calcium level must I admit a patient?"
            r"|\b(?:above|below|from|at) (?:which|what) (?:[\w-]+ )?(?:level|value|threshold)\b"
            r"[^?]*\b(?:must|should|do) (?:i|we)\b"
            # A study to join is a trial the asker would enter, which no review offers.
            r"|\b(?:i|we|he|she|my [\w-]+) (?:can|could|might) (?:take part|participate|join"
            r"|enrol+|sign up)\b"
            r"|\bwhat should (?:i|we|you|he|she|they|my [\w-]+|the patient) (?:be )?do(?:ing)?\b"
            r"|\bwhat (?:can|could) (?:doctors?|clinicians?|oncologists?|we|i|they) do\b"
            r"|\b(?:would|should|could|does) (?:switching|changing)"
            r" (?:him|her|them|the patient|to)\b"
            # Whether to go on with a treatment or change it, and a decision asked for: "该继续化疗
            # 还是换成免疫治疗？您帮我们拿个主意".
            r"|(?:该|应该|要)(?:继续|停|换)[^？?。]{0,20}还是|[帮给][^？?，,。]{0,4}拿个?主意"
            r"|怎么办|该怎么(?:治|办|处理|护理)|应该(?:怎么|如何|怎样)(?:治|处理|护理|用药|办|给)|如何护理"
            # How to relieve a pain at home: "在家咋整能缓解点".
            r"|(?:怎么|如何)[^？?，,。]{0,3}(?:能|才能|可以)?缓解"
            # What the authors recommend, or which option comes first.
            # Not advice disclaimed: "I'm not asking for medical advise, I just want to know …".
            r"|(?<!not asking for )(?<!not asking for medical )(?<!not looking for )"
            r"(?<!not looking for medical )"
            r"\b(?:recommend|advise)\w*\b[^?]*\b(?:treat\w*|therap\w*|drugs?|inhibitors?|doses?"
            r"|dosing|regimens?)\b|推荐"
            # Which option is best for the asker, and advice asked for outright.
            r"|换(?:成|用)?哪种|哪种[^？?]{0,12}(?:比较好|更好|最好)|(?:用药|治疗)建议|给(?:点|些|个)建议"
            r"|是否建议|建不建议|值不值得|值得[^？?，,]{0,8}吗|\b(?:is it|would it be) worth\b"
            # What to give a patient, and how much: "may I give him a hot water bottle?",
            # "how much saline and furosemide do I give?"
            r"|\b(?:may|can|could|should) (?:i|we) give (?:him|her|the patient|my patient)\b"
            r"|\bhow much\b[^?]{0,60}\b(?:do|should|can) (?:i|we) (?:give|use|administer)\b"
            r"|(?:该|要|能|可以|给他|给她)[用吃换]什么药|要怎么(?:补液|治|处理|护理)"
            # What to eat and drink during treatment: "化疗期间应该食咩补身？可唔可以饮汤水？"
            r"|补身|忌口|(?:应该|该|要)(?:吃|食)(?:什么|咩|啥)|可(?:唔|不)可以(?:饮|喝|吃|食)|能不能(?:吃|喝)"
            # Where to refer a patient: "kan ik … een pt verwijzen voor exosoom-diagnostiek?"
            r"|\brefer (?:a |my |the |this |our |o |um |uma |el |un |una )?(?:patients?|pts?"
            r"|pacientes?)\b"
            # The best place to be treated: "qual è l'ospedale migliore in Liguria …?"
            r"|\b(?:best|top) (?:hospitals?|clinics?|cent(?:er|re)s?|doctors?|oncologists?"
            r"|surgeons?)\b"
            # Whether one may go back to a pastime during treatment: "può tornare a pescare …?"
            r"|\b(?:can|could|may) (?:he|she|i|we|they|my [\w-]+) (?:go back to|return to|keep"
            r"|continue|start) [\w-]+ing\b"
            # "Gibt's in Leipzig ne Klinik, wo mor schon ne Therapie mit Exosomen kriegen kann?"
            r"|\b(?:hospital|clinic)s?,? where (?:one|you|i|we|he|she) [^?]{0,60}\bcan (?:get|have"
            r"|receive)\b"
            # "l'acido zoledronico o 'r denosumabbe. Quale è mejo pe' lei?"
            r"|\bwhich (?:one )?is (?:better|best) for (?:her|him|me|my [\w-]+|the patient)\b"
            # "Which London hospital (Royal Marsden, Guy's?) offer engineered exosome therapy?"
            r"|\b(?:which|what) (?:[\w'-]+ ){0,2}(?:hospitals?|clinics?)\b(?:\s*\([^)]*\))?\s+"
            r"(?:offers?|provides?|gives?|performs?)\b"
            # "In welk zkh … ken 'n pt. meedoen aan 'n studie …?"
            r"|\bcan (?:a|my|the|this) (?:patients?|pts?)\.? (?:take part|participate|join"
            r"|enrol+)\b"
            # "mag hij cisplatin krijgen of beter carboplatin?"
            r"|\b(?:may|can|could|should) (?:he|she|they|i|we|my [\w-]+) [^?]{0,40}\bor"
            r" (?:rather|better)\b"
            # "Soll mein Vatter … getz lieber Immuntherapie oder Chemo machen?"
            r"|\bshould (?:he|she|they|i|we|my [\w-]+)\b[^?]{0,60}\b(?:rather|better)\b[^?]*"
            r"\b(?:or|oder|ou)\b"
            # "Which drug should my mom try next?"
            r"|\b(?:which|what) (?:[\w-]+ )?(?:drugs?|treatments?|medicines?|therap(?:y|ies))"
            r" should (?:i|we|he|she|they|my [\w-]+|the patient) (?:try|take|get|switch to|use)\b"
            # "What would you advise her to do, continue or take a break?", and without its
            # verb: "what you recommend for him".
            r"|\b(?:would|do|can|could|what) you (?:advise|recommend|suggest)\b"
            # Whether to be tested: "should he ask the oncologist for an exosome test?"
            # German and Dutch put the verb last: "sollte er … einen Test machen lassen".
            r"|\bshould (?:(?:i|we|he|she|they|my [\w-]+|the patient) |(?:ask|get|have|request"
            r"|undergo|do|take)\b)[^?]{0,60}?\b(?:tests?|testing|tested|analys[ie]s|screening)\b"
            r"|(?:要不要|该不该|需不需要|需要不需要|应不应该|用不用|有(?:没有)?必要)[^？?，,]{0,10}"
            r"(?:检测|检查|化验|测)"
            # Whether to stop or change a treatment, and how to choose: "阿公要不要停化疗改做免疫
            # 治疗？他该怎么选", Italian "je conviene smette e passà all'immunoterapia? dateme 'n
            # consiglio".
            r"|(?:要不要|该不该|应不应该|是不是(?:应该|该|要))(?:停|换|改|继续)|(?:该|应该)怎么选|换还是不换|换不换"
            r"|欲换抑毋换"
            # Where to be treated: "哪边做肺癌骨转移治疗比较厉害？想带我妈转院".
            r"|转院|哪(?:边|家|间|所)[^？?，,。]{0,14}(?:比较|更|最)(?:厉害|好|强)"
            r"|\bconviene (?:smettere|smette|passare|passà|cambiare|continuare)\b"
            r"|\b(?:dateme|datemi|dammi|dame|mi dia|mi dai) (?:un |'n )?consiglio\b"
            r"|\b(?:any|some) (?:practical )?(?:advice|tips)\b|\bpractical (?:advice|tips)\b"
            # Asked outright, without a subject: "should switch to immunotherapy or not? boleh
            # advise".
            r"|\b(?:please|pls|kindly|boleh|can you|could you) advi[sc]e\b"
            r"|(?:^|[?,.;] )\s*should (?:switch|change|move) to\b"
            # Whether to go on with a treatment, and when to call for help.
            r"|\bshould (?:i|we|he|she|they|my [\w-]+|the patient|a patient)"
            r" (?:[\w-]+ ){0,4}?(?:stop|continue|switch|change|pause|keep|start|quit|discontinue)\b"
            r"|\bwhen should\b[^?]{0,40}?\b(?:call|contact|go to|seek)\b"
            # Whether to raise a treatment with one's doctor, what to recommend to a patient,
            # how to nurse one: "should he ask his onc about an exosome-based therapy?",
            # "what can I recommend to manage the distress?", "护理上咋整".
            r"|\bshould (?:i|we|he|she|they|my [\w-]+|the patient) ask (?:his|her|my|our|their|the)"
            r" (?:[\w-]+ )?(?:doctors?|oncologists?|onc|gp|consultant|team|physician)\b"
            r"|\bwhat (?:can|could|should) (?:i|we) (?:recommend|suggest|advise)\b"
            r"|护理(?:上|方面)?(?:怎么|如何)(?:整|做|办|弄)"
            # "calcitonin要怎么给？护理上要注意什么": how to give a drug, what to watch for.
            r"|(?:要|该)(?:怎么|如何|怎样)给(?:药)?[？?，,。]|护理(?:上|方面)?(?:要|该|应该)?注意(?:什么|哪些|啥)"
            r"|\b(?:which|what) nursing (?:care )?(?:measures|interventions)\b"
            # Where to be tested or treated, and with what: "which hospitals in Kaohsiung can
            # test blood for exosomes?", "a test we could ask for in an Irish hospital", "what
            # pain scale should I use?"
            # "which US hospitals r best for …": a word may say where they are.
            rf"|\b(?:which|what|is there (?:a|any)|are there any) (?:[\w'-]+ )?{_PROVIDER}"
            # Opening on "any": "Any hospital in Wales offering exosome-based tests …?"
            rf"|(?:^|[.!?]\s+)any {_PROVIDER}"
            # "Is there anywhere in Auckland (Auckland City Hospital? a private clinic?) doing
            # exosome-based tests …?": the place left unnamed, the places guessed in brackets.
            r"|\b(?:is|are) there anywhere\b[^.!]{0,80}?"
            r"\b(?:doing|doin'?|offering|that (?:does|offers)) (?:[\w-]+ ){0,2}"
            r"[\w-]*?(?:tests?|testing|treatments?|therap(?:y|ies))\b"
            # Where a study takes patients: "Any hospitals or clinical trials in the Atlanta
            # area (Emory? Winship?) enrolling lung cancer pts for exosome-based therapy?"
            r"|\b(?:any|which|what|are there(?: any)?) (?:hospitals?|clinics?|cent(?:er|re)s?"
            r"|(?:clinical )?trials?|studies)\b[^.!]{0,80}?\b(?:enrol(?:l)?ing|recruiting"
            r"|accepting (?:new )?(?:patients|pts))\b"
            # Hinglish: "India mein kaunsa hospital exosome therapy de raha hai?"
            r"|^(?![\s\S]*\bauthors?\b)[\s\S]*?\b(?:kaunsa|kaunsi|konsa|konsi|kaun sa|kaun si)"
            r" (?:hospital|clinic|lab|doctor)\b(?!\s+(?:hai|he|h)\b)"
            # German puts the verb last: "… ein Spital, das Exosomen zur Behandlung … anbietet?"
            r"|\bhospitals?, (?:das|die|der|that|which) [^?？]{0,80}\b(?:offers?|does|performs?)"
            r"\s*[?？]"
            r"|\bthat (?:can|could) be done (?:here|locally|near me|in (?:my|our|this) (?:city|town"
            r"|country))\b"
            r"|\bwhere (?:can|could|should|do) (?:i|we|he|she|they|my [\w-]+) (?:get|have|do|take"
            r"|find)\b[^?]{0,40}\b(?:tests?|testing|tested|biops(?:y|ies)|treatments?"
            r"|therap(?:y|ies)|scans?|screening|specialists?)\b"
            # Not what the asker keeps there: "Our cisplatin-resistant cells we have in the lab".
            r"|\b(?<!\bwe )(?<!\bi )(?<!\bthey )(?:ask for|get|have|do|done|be done)\b[^?]{0,20}"
            rf"\bin (?:an? |the |our |my |this )?(?:[\w-]+ )?{_TESTED_AT}\b"
            # A test done at a named hospital; not how a treatment "did at the clinic".
            r"|\bbe done\b[^?]{0,20}\bat (?:an? |the |our |my |this )?(?:[\w-]+ )?"
            rf"{_TESTED_AT}\b"
            # Going somewhere for a test or a treatment, and whom to ring: "can my brother go
            # to the Erasmus hospital for such a test? who should I call".
            r"|\b(?:can|could|may) (?:i|we|you|he|she|(?:my|me|our|his|her) [\w-]+"
            r"|the patient|a patient)\b(?: [\w'’-]+){0,4}? (?:go|be seen|be referred)\b"
            r"[^?]{0,40}?\bfor (?:[\w'’-]+ ){0,3}?(?:tests?|testing|treatments?|therap(?:y|ies)"
            r"|biops(?:y|ies)|scans?)\b"
            r"|\bwho (?:should|must|can|do) (?:i|we) (?:call|ring|phone)\b"
            rf"|哪(?:几|些|一)?(?:家|个|所|间)?[^？?，,。]{{0,4}}?{_PROVIDER_ZH}"
            r"|哪里(?:可以|能)(?:做|验|查|测|看|治)"
            r"|\b(?:which|what) (?:[\w-]+ )?(?:scales?|scores?|tools?|questionnaires?) should"
            r" (?:i|we) use\b"
            r"|\bhow (?:should|do|can) (?:i|we|one) (?:position|lift|move|mobili[sz]e|transfer)\b"
            r"|\b(?:which|what) (?:tests?|exams?|examinations?|scans?) should (?:i|we|he|she|they"
            r"|my [\w-]+) (?:ask for|request|get|have|do)\b"
            # "Does it make sense to ask the oncologist for an engineered-exosome therapy?"
            r"|\b(?:does it|would it) make sense to (?:ask|request|try|start|switch|stop|take)\b"
        ),
        re.compile(
            r"\b(?:should|recommend(?:s|ed|ation)?|guidelines?|advised?)\b|建议|推荐|应当",
            re.IGNORECASE,
        ),
    ),
    (
        # One named molecule or pathway: "Which lncRNA carries resistance?" is answered by a
        # name (MALAT1, miR-21, Wnt), not by the class ("miRNA, lncRNA, and protein").
        "member",
        re.compile(
            # Up to two words between: "which membrane transporter", "which glutathione
            # S-transferase isoform"; not "what type of gene".
            # Not a relative clause: "the routes by which tumours escape kinase inhibitors".
            r"(?<!\bby )(?<!\bin )(?<!\bthrough )(?<!\bvia )"
            # Nor what a paper says: "the NSCLC paper which says miRNA, lncRNA, protein".
            r"\b(?:which|what) (?:(?!(?:about|roles?|do|does|did|are|is|were|was|the|an?|of|in"
            r"|on|for|to|type|kind|sort|class|says?|said|lists?|listed|mentions?|mentioned"
            r"|describes?|described)\b)[\w-]+ ){0,2}?"
            r"(?:micro-?rnas?|mirnas?|mirs?|lncrnas?|long non-?coding rnas?|circrnas?|genes?"
            r"|isoforms?|kinases?|transporters?|ligands?|signal(?:l)?ing pathway)\b"
            # Not a compound that names no member: "kinase-blocking drugs".
            r"(?!-)(?! (?:activation|alterations?|famil(?:y|ies)|types?|class(?:es)?"
            r"|categor(?:y|ies)|changes?|mutations?|inhibitors?|blockers?))"
            r"|\bname (?:an?|one|the|any) (?:specific )?(?:micro-?rna|mirna|lncrna|circrna|gene)\b"
            r"|\bwhat(?: is|'s) the name of the (?:[\w-]+ ){0,2}(?:micro-?rna|mirna|lncrna|circrna"
            r"|gene|protein|kinase)\b"
            # "What exactly is the exosomal miRNA that transmits …?", "Is a specific one named?"
            r"|\b(?:which|what) (?:exactly|precisely) (?:is|are) (?:the |that )?(?:[\w-]+ )?"
            r"(?:micro-?rnas?|mirnas?|lncrnas?|circrnas?|genes?)(?: [\w-]+)? (?:that|which)\b"
            r"|\b(?:is|are) (?:a|any) (?:specific|particular) (?:one|ones) (?:named|given"
            r"|mentioned|identified|indicated)\b"
            # "Has any specific miRNA been reported?", "有没有具体的微小RNA被报道？"
            r"|\b(?:has|have|is|are|was|were) (?:a|any) (?:specific|particular) (?:micro-?rnas?"
            r"|mirnas?|lncrnas?|circrnas?|genes?|proteins?|molecules?) (?:been )?(?:reported"
            r"|named|identified|mentioned|found)\b"
            r"|具体的? ?(?:微小 ?rna|mirna|microrna|lncrna|circrna|基因|蛋白|分子) ?被?"
            r"(?:报道|提到|提及|发现)"
            r"|\bname (?:any |the )?(?:specific|particular) (?:[\w-]+ )?(?:molecules?|proteins?"
            r"|mirnas?|micro-?rnas?|genes?"
            r"|(?:bio)?markers?|predictors?)\b"
            # A class asked for with named examples: "Which cytokines, for instance TGF-beta or
            # IL-10, …?" wants those names, not the class.
            r"|\b(?:which|what) (?:[\w-]+ ){0,2}(?:proteins?|cytokines?|molecules?|factors?"
            r"|receptors?|enzymes?|ligands?|(?:bio)?markers?|drugs?),? "
            r"(?:such as|for (?:instance|example)|e\.g\.|like)\b"
            r"|哪(?:种|个|一种|一个|些|条) ?(?:外泌体 ?)?(?:mirna|microrna|mir|lncrna|circrna|基因"
            r"|信号通路|通路|亚型|激酶)"
            # A tool of the laboratory, asked for by name: "What compound is typically used to
            # block exosome release?"
            r"|\b(?:which|what) (?:[\w-]+ )?(?:compounds?|reagents?|chemicals?|small molecules?)"
            r" (?:is|are|was|were) (?:\w+ )?used\b"
            r"|(?:mirna|microrna|mir|lncrna|circrna|基因|信号通路|通路) ?(?:具体)?是?"
            r"哪(?:一)?(?:个|种|条|些)"
            # Particular members asked for in Chinese: "具体是哪些蛋白".
            r"|具体(?:是)?哪(?:些|种|个)(?:蛋白|分子|细胞因子|代谢物|配体|受体)"
            r"|哪些具体的?(?:蛋白|分子|细胞因子|代谢物)"
            r"|(?:蛋白|分子|细胞因子|代谢物|配体|受体)是?哪(?:一)?(?:种|个|些)"
            # Any class, asked for as particular members: "Which specific cytokines …?"
            r"|\b(?:which|what) (?:specific|particular|exact|individual) (?:[\w-]+ )?(?:proteins?"
            r"|cytokines?|metabolites?|molecules?|factors?|receptors?|enzymes?|ligands?|drugs?"
            r"|tkis?|inhibitors?"
            r"|(?:bio)?markers?)\b"
        ),
        re.compile(
            r"\b(?:miR|let)-\d+|\b[A-Za-z]*[A-Z][A-Za-z]*-?\d[A-Za-z0-9-]*\b"
            r"|\b[A-Z][A-Z0-9]+[a-z]?\b|\b(?:Wnt|Notch|Hedgehog|Hippo)\b|[α-ωΑ-Ω]"
        ),
    ),
    (
        "summary",
        re.compile(
            # Not "is it just a summary?", which asks what the corpus holds of a paper.
            # Nor "according to the Chinese summary", the part of a paper that says it.
            # Nor "… in bone mets? just trying to get the gist", why one asks.
            r"(?<!trying to get the )\bgist\b"
            # Nor "quick one for a lay summary: how big are exosomes …?", what the answer is for.
            r"|(?<!just a )(?<!only a )(?<!chinese )(?<!english )(?<!language )(?<!for a lay )"
            r"(?<!for my lay )(?<!for our lay )\bsummar"
            # Not "Summarise the two treatment strategies …" nor "Summarize the key findings",
            # which ask for those.
            r"(?!\w*\s+(?:the |these |those |its |their )?(?:[\w-]+ ){0,2}(?:strateg|mechanism"
            r"|approach|reason|cause|step|method|option|treatment|therap|finding|highlight))"
            # Not "In one line, what is still the standard treatment?", which asks for that in
            # one line, nor "Just tell me how exosomes get made. One line." after the question.
            r"|(?<![.?!]\s)(?:\bin a nutshell\b|\btl;? ?dr\b"
            r"|\bone[- ]line\b(?![^?]*\b(?:defin|explanation))"
            r"|\b(?:in )?one sentence\b)(?!\s*[,:]?\s*(?:what|how|why|which|who|where|when|is|are"
            r"|does|do|can)\b)|\bsum (?:it )?up\b"
            r"|\bmain (?:point|message|idea|aim)s?\b"
            r"|\bwhat (?:the|this|that) [\w &.'-]{0,40}?(?:paper|review|article|study) is about\b"
            r"|\b(?:aim|purpose|goal|objective)s? of (?:the|this|that) [\w -]{0,40}?"
            r"(?:paper|review|article|study)\b"
            # Not "What is the first highlight of the review about?", which asks for a section.
            r"|\bwhat is (?:the|this|that) (?![\w -]{0,40}?\b(?:highlights?|findings?|figures?"
            r"|sections?|tables?)\b)[\w &.'-]{0,40}?(?:paper|review|article|study) about\b"
            r"|\badds? to the (?:literature|field)\b"
            r"|\bcontribution of (?:the|this) (?:paper|review)|\b(?:paper|review)'s contribution\b"
            r"|\bmain (?:emphasis|focus)\b|(?<!大)概要|总结一下|总结(?:是什么|了什么)"
            # Not a summary a question leans on: "根据综述的总结，… 与哪几方面的机制有关？"
            r"|的总结(?![，,])"
            r"|主要内容"
            r"|综述了什么|写作目的|目的是什么"
        ),
        re.compile(
            r"\b(?:this|the present|the|our) (?:paper|review|article|study|work)"
            r" (?:reviews|summari[sz]es|provides|describes|presents|shows|aims)\b"
            r"|\bwe (?:review|summari[sz]e)\b|本文",
            re.IGNORECASE,
        ),
    ),
    (
        "definition",
        # "What are exosomes?", "What is bone metastasis, according to the review?", "外泌体是
        # 什么？"; not "What is the diameter of exosomes?" nor "What is driving resistance?".
        re.compile(
            r"^\W*(?:what (?:is|are)(?: an?)?|define|what is the definition of(?: an?)?)"
            r" (?!(?:the|driving|causing|happening|known|median|average|mean)\b)"
            r"[\w-]+(?: [\w-]+){0,2}"
            r"(?:,? (?:according to|in) [^?]*)?[?.!]?\s*$"
            r"|^\W*什么是[^？?的，。]{1,10}[？?]?\s*$"
            r"|^\W*[^？?的，。]{1,10}(?:是什么|是指什么|指的是什么|的定义是什么)[？?]?\s*$"
            # "…，这个外泌体到底是啥子东西嘛？": the last clause asks what a thing is.
            r"|[，,。]\s*(?:这个|那个)?[^？?的，。]{1,8}?(?:到底|究竟)?是(?:个)?什么东西"
            r"(?:啊|呀|嘛|呢|哦)?[？?]?\s*$"
            # "How does the review define exosomes?"
            r"|\b(?:how|what) (?:does|do|did) [^?]*\bdefines?\b|\bdefinition of\b"
            # Not "How does the review describe this happening?", which points back at a process.
            r"|\bhow (?:does|do|did) [^?]*\bdescribes? (?!(?:this|that|it|these|those|them)\b)"
            r"(?:[\w-]+ )?[\w-]+\?\s*$"
            # "How does the Frontiers review describe what exosomes are?", "Can you explain like
            # I'm 12 what an exosome actually is?", not "Kindly explain what factors are
            # responsible for …".
            # Dutch and German put the verb second: "Hoe omschrijft het artikel … wat exosomen
            # zijn?", read "how describes the article … what exosomes are?"
            r"|\b(?:describes?|explains?|tell (?:me|us)|(?:can|could) you"
            r"|how (?:describes|explains) [^?]{0,80}?)\s+what (?:[\w-]+ ){1,3}"
            r"(?:is|are)\b"
            r"(?=\s*(?:[?.!,]|$|(?:according to|in|as per)\b))"
            # "What does the review actually say they are?"
            r"|\bwhat (?:does|do|did) [^?]*\bsays? (?:they|it|exosomes?|these) (?:are|is)\W*$"
            # The class a thing belongs to: "归为哪一类囊泡", "classified as".
            r"|(?:归为|归于|属于)哪一?类|\b(?:classif(?:y|ies|ied)|categori[sz]es?) [^?]*\bas\b"
        ),
        # A sentence that says what its subject is: "Exosomes are small molecules …",
        # "外泌体是由 … 形成的 … 细胞外囊泡".
        re.compile(
            r"(?:^|(?<=[.!?]\s))[A-Z][\w-]*(?: [\w()-]+){0,3}? (?:is|are) (?:an?|small|tiny"
            r"|nano-?sized|extracellular|membrane-bound|defined as|known as|called)\b"
            r"|(?:^|(?<=[。！？]))[^，。！？的]{1,12}?是(?:由|一种|一类|指)"
        ),
    ),
    (
        "percentage",
        re.compile(
            r"\b(?:what|which) (?:for an? )?(?:percentage|proportion|fraction|share)\b"
            # Hinglish: "5 saal ka survival kitne percent hai?"; Taglish: "Ilang percent po …?"
            r"|\b(?:kitne|kitna|kite|ilang) (?:percent|porsyento|%)"
            # Not "For the large share of patients without a driver mutation, …", which tells.
            r"|(?<!large )(?<!big )(?<!great )(?<!small )(?<!substantial )(?<!considerable )"
            r"\b(?:percentage|proportion|fraction|share) of (?:the |all )?(?:[\w-]+ ){0,3}"
            r"(?:patients|people|cases|participants|subjects|smokers|men|women|tumou?rs)\b"
            r"|^\W*percent(?:age)? of\b|\bthe (?:[\w-]+ )?(?:percentage|proportion)\b(?! points?\b)"
            r"|\bhow (?:many|much) (?:percent|prozent)\b|\bwhat percent\b"
            r"|\bin (?:percent|per cent)\b"
            r"|\bpercent(?:age)?[- ]wise\b"
            r"|(?:几多|多少)\s*(?:percent|%)"
            r"|百分之几|百分之多少|百分之(?:好多|几多)|多大比例|百分比|占比|几成"
            r"|\b(?:out of (?:every |each )?|of (?:every |each ))(?:a |one )?(?:hundred|100)\b"
            r"|_+\s*%|\b(?:what|which|how many) %|%\s*of\b"
            # A share to confirm: "… says 30 to 40 percent of patients …, correct?"
            rf"|\b\d+(?:\s*(?:to|-|–)\s*\d+)?\s*(?:percent|%)[^?]*\b{_CONFIRMED}\b"
            rf"|{_TO_CHECK}[^?]*\d\s*(?:percent|%)"
            r"|(?:^|[\s,(])%\s*(?:[?？]|$)"
            # A flashcard that opens on it: "% NSCLC pts w/ bone mets at dx?"
            r"|^\s*%\s*(?=[A-Za-z])"
            r"|比例[^？?，,。]{0,4}(?:是|有)?(?:多少|多高|多大)|多少比例|是(?:这个|这样的?)比例"
            # A share to choose: "发生骨转移的比例大约为：A. 不足5% B. 约10% …"
            r"|比例(?:大约|大概|约)?为\s*[:：]"
            # A share to confirm in Chinese: "…有30%到40%…，是真的吗？"
            r"|\d\s*[%％][^？?]*(?:对吗|对不对|是吗|没错吧|是不是真的|是真的吗|真的吗)"
        ),
        re.compile(r"\d\s*%|\bpercent\b|百分之|％"),
    ),
    (
        # How long something takes: a span of time, not a size ("How long are exosomes?") or a
        # count ("How long is the bibliography?").
        "duration",
        re.compile(
            # Not a span asked for as a count ("多久？中位生存期大概是几个月？", "how long on
            # average, are there figures?"): only a number gives that.
            r"^(?![^\n]*(?:\bmedian\b|\bhow many (?:days|weeks|months|years)\b|中位"
            r"|\bon average\b|\bare there (?:any )?(?:figures|numbers|statistics|stats)\b"
            rf"|{_WANTS_A_NUMBER}"
            # "…, in months more or less?" (Spanish "en meses" is read "en months").
            r"|\b(?:in|en|em) (?:days|weeks|months|years)\b"
            r"|(?:几|多少)(?:天|周|个月|年)))[^\n]*?(?:"
            r"\bhow long (?:does|did|do|will|would|can|could|until|before|after|to)\b"
            r"|\bhow (?:quickly|soon|fast)\b|\bafter how (?:many|much|long)\b|多长时间"
            # Not "没多久就不管用了" (before long it stopped working), which tells.
            r"|(?<!没)(?<!不)(?<!没过)多久)"
        ),
        re.compile(
            r"\d[\d.,–-]*\s*(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|h)\b"
            r"|\b(?:a|one|two|three|four|five|six|several|a few) (?:seconds?|minutes?|hours?|days?"
            r"|weeks?|months?|years?)\b|\b(?:immediately|rapidly|quickly)\b"
            r"|[\d一二两三四五六七八九十几数]+\s*(?:秒|分钟|小时|天|周|个月|年)|迅速|很快"
            # Two dates of one event say how long it took ("from submission to acceptance").
            rf"|{_DATE.pattern}",
            re.IGNORECASE,
        ),
    ),
    (
        # A volume is a number in its own units: "40-160 nm" gives none.
        "volume",
        re.compile(
            r"\bhow (?:much|many) (?:ml|millilit\w+|lit\w+) of\b|\bvolume of (?:blood|plasma|serum)"
            r"|\bhow much (?:blood|plasma|serum|urine)\b|多少毫升|几毫升|多少血"
        ),
        re.compile(r"\d\s*(?:ml|µl|μl|l)\b|\d\s*毫升", re.I),
    ),
    (
        # How many times more: only a fold change gives it, not "40-160 nm".
        "fold change",
        re.compile(r"\bhow many[- ](?:fold|times)\b|\bfold[- ]changes?\b|多少倍|几倍"),
        re.compile(r"\d(?:\.\d+)?\s*-?\s*(?:fold|times)\b|\d\s*倍", re.I),
    ),
    (
        # Whether something is settled: "Have scientists fully worked out how exosomes pass
        # resistance on, or is it still unclear?" is answered by what remains to be explored,
        # not again by how they pass it on.
        "open question",
        re.compile(
            r"\b(?:know|understand|understood|explain(?:ed)?) (?:exactly|fully|completely"
            r"|for sure|for certain) how\b"
            # Not what the asker was told: "nobody really explained WHY to me".
            r"|(?<!nobody )(?<!no one )(?<!never )"
            r"\b(?:fully|completely|exactly|already|really) (?:understood|understand|known|know"
            r"|clear|worked out|figured out|explained)\b"
            r"|\b(?:worked|figured) out (?:exactly )?how\b"
            r"|\bstill (?:unclear|unknown|open|a mystery|uncertain|not (?:fully |properly )?"
            r"(?:understood|known|clear|worked out|figured out|explained))\b"
            r"|\bstill a lot (?:we|they|scientists|researchers) (?:don'?t|do not) know\b"
            r"|\bopen question\b|\bsolved\b|\bunresolved\b|\bunsettled\b"
            r"|\bremains? (?:unclear|unknown|uncertain|unexplained|elusive)\b"
            # "Is it settled?", not cells that have settled in the bone.
            r"|\b(?:is|are|was|were|be|it'?s|that'?s) (?:it |this |that )?(?:all |now |fully )?"
            r"settled\b"
            r"|\b(?:already|fully|now|consider\w*[^?]*) settled\b"
            r"|\bsettled (?:science|question|matter)\b"
            r"|\b(?:got|get|gotten|getting) to the bottom of\b|\bdigging to do\b"
            r"|\b(?:still )?being worked out\b"
            r"|\b(?:still )?(?:hasn't|has not|haven't|have not|isn't|is not|aren't|are not)"
            r" (?:yet )?(?:been )?(?:worked out|figured out|explained|understood|settled)\b"
            r"|\b(?:still )?(?:has|have|needs?) to be done\b"
            r"|\bremains? to be (?:done|explored|studied|shown)\b|\bblack box\b"
            r"|\bknow (?:how|what|why) [^?]*\byet\b|\byet or (?:nah|not)\b"
            r"|\bfull (?:wiring diagram|picture)\b|\b(?:already|fully|been) cracked\b"
            r"|\b(?:still|more) work to (?:do|be done)\b"
            r"|完全(?:清楚|明白|搞清)|(?:搞|弄|研究)清楚了|还不清楚|尚不清楚|(?:是否|有没有)已经(?:明确|清楚)|已经(?:阐明|阐清|搞清|弄清)"
            r"|(?:阐明|弄清|搞清)了(?:吗|没有)|(?:研究|搞|弄)(?:得)?透(?:彻)?了?"
        ),
        re.compile(
            r"further explored|further (?:research|stud\w*|investigat\w*|work)"
            r"|remains? (?:unclear|unknown|to be)"
            r"|not (?:yet )?(?:fully )?(?:understood|clear|known)"
            r"|有待|尚不|仍需|进一步(?:研究|探索|阐明)"
        ),
    ),
    (
        # A place in an order: "Where does lung cancer rank among malignancies in how many
        # people it kills?" asks for "the highest", not for a count.
        "rank",
        re.compile(
            r"\bwhere (?:does|do|did|is|are|was|were) [^?]*\brank|\branks? (?:among|first|highest)"
            r"|\bhow (?:does|do|did) [^?]*\brank\b|排名|排第几|位居|排在(?:什么|哪个|第几|哪)"
            r"|(?<!\bon )\btop of (?:the|all|every)\b|\bat the top\b|\bnumber one\b"
            r"|\bleague tables?\b|\bpecking order\b"
            # "… the champion among cancers, in how many people get it?": a standing, not a count.
            r"|\b(?:in|for|in terms of|when it comes to) (?:both )?how many (?:people|patients)\b"
            # How it stands beside the others: "How does lung cancer compare with other
            # malignancies in how many people it kills?"
            r"|\bcompared? (?:with|to) (?:other|the other|all other)\b"
            r"|(?:与|和|跟)其他[^？?，。]{0,12}(?:相比|比较|比)"
        ),
        re.compile(
            r"\b(?:highest|lowest|leading|first|second|third|most common|most frequent)\b"
            r"|最高|最低|最常见|第一|首位",
            re.I,
        ),
    ),
    (
        # A size in its units: "What is the size range of exosomes in nanometres?"
        "size",
        re.compile(
            r"\bin (?:nm|nanomet\w+|µm|μm|microns?|micromet\w+)\b|\b(?:size|diameter) range\b"
            r"|\b(?:what|which) diameter\b"
            # "How small are exosomes?", not "how big a hurdle is it?" nor "how large a cohort".
            r"|\bhow (?:small|tiny|big|large) (?:is|are|was|were)\b|\b(?:what|which) size\b"
            r"|多少纳米|几纳米|粒径(?:区间|范围)"
        ),
        re.compile(rf"\d[\d.,–-]*\s*{_LENGTH_UNIT}", re.I),
    ),
    (
        # A statistic, a count of people or a figure in a unit: "What is the median survival
        # in months?" Words ("survival is short") do not give one, as they may answer "how
        # long", and a size ("40-160 nm") measures no survival and no test.
        "figure",
        re.compile(
            r"\b(?:median|average)\b|\b(?:in|en|em) (?:months|weeks|days|years|hours|mg)\b"
            # The statistic, not "could mean better treatment" nor the asker's "I mean survival".
            r"|\b(?:the|a|its|their) mean\b|(?<!\bi )\bmean (?:survival|size|diameter|age|time"
            r"|values?|number|levels?|concentration|duration|overall|follow-up)\b"
            # A p-value, a count of people or samples: only a number gives one.
            r"|\bby how (?:much|many)\b|\bp[- ]values?\b"
            # A number told before and pointed back at: "Is that figure in either paper?"
            r"|\b(?:that|this|the same) figure\b"
            r"|\bhow much (?:[\w-]+ ){0,4}(?:shortens?|reduces?|lowers?|raises?|increases?"
            r"|improves?|extends?|prolongs?)\b"
            # A span counted in units of time: a number, not "survival is short".
            r"|\bhow many (?:seconds|minutes|hours|days|weeks|months|years)\b"
            # Not 前几天 (the other day) nor 这几年 (these past years), which count nothing, nor
            # 几个月后 (in a few months); "多少个月后" asks after how many.
            rf"|(?<![{_NO_COUNT_BEFORE}])(?:几(?:秒|分钟|小时|天|周|个月|年)(?![前后来])"
            r"|多少(?:秒|分钟|小时|天|周|个月|年)(?!来))"
            # A survival rate over so many years: "what's the 5yr survival for stage 4?"
            r"|\b(?:\d+|one|two|three|five|ten)[- ]?(?:yrs?|years?)(?: overall)? (?:survival|os)\b"
            # … and as a verb: "what percent survive five year after immunotherapy?"
            r"|\bsurviv\w* (?:\d+|one|two|three|five|ten)[- ]?(?:yrs?|years?)\b"
            # … and French or Catalan word order read in English: "survie globale à 5 ans",
            # "supervivència a 5 anys".
            r"|\bsurvival (?:rate |global |overall )?(?:at|after|a) (?:\d+|one|two|three|five|ten)"
            r" years?\b"
            r"|(?:\d+|[一二三五十])年(?:总)?生存率"
            r"|\bsample size\b|\bhow many (?:patients|participants|subjects|cases|people|samples"
            r"|mice|individuals|cohorts?|deaths)\b|中位|平均|多少例|多少名|多少人|样本量|人数(?!最[多少])|病例数"
            # A test's accuracy, or how often something happens, asked as a number.
            r"|\bsensitivity and specificity\b|\bspecificity\b|\bauc\b|\barea under\b"
            # A test's sensitivity given as a number, not cells' sensitivity to a drug.
            r"|\d\s*%\s*(?:sensitivity|accuracy)\b"
            r"|\bhow (?:sensitive|specific|accurate)(?: and (?:sensitive|specific|accurate))?"
            r" (?:is|are|was|were) (?:an? |the )?(?:[\w-]+ ){0,3}(?:tests?|assays?|markers?"
            r"|biomarkers?|panels?|screens?|signatures?)\b"
            # The odds of living so long, and how many people a disease strikes, are numbers.
            r"|\b(?:odds|chances?|likelihood) of (?:being alive|living|surviving|survival)\b"
            r"|\bhow many [\w-]+ (?:find out|are diagnosed|get diagnosed|die)\b"
            # A trial's outcome measures are numbers too.
            r"|\b(?:objective |overall )?response rates?\b|\bdisease control rates?\b"
            r"|\bhazard ratios?\b|客观缓解率|疾病控制率"
            r"|灵敏度|特异度|准确率"
            r"|\b(?:what|which) (?:is|are|was|were) (?:the )?(?:[\w-]+ ){0,2}"
            r"(?:incidence|prevalence|rates?)\b|(?:发生率|发病率|患病率|生存率|有效率|缓解率)[^？?]*(?:多少|几)"
            # A threshold, a level in a unit, or how many in a stretch of time.
            r"|\b(?:mmol|µmol|μmol|nmol|mg|ng|pg|µg|μg)/(?:l|dl|ml)\b|毫摩尔"
            r"|\bcut-?offs?\b|\bthresholds? values?\b|临界值|阈值"
            r"|\bper (?:hour|day|minute|second|week|cell|exosome|vesicle|millilit\w+|microlit\w+"
            r"|lit(?:re|er)|ml|µl|μl)\b"
            # Not "per exosome review", which says whose word it is.
            r"(?!\s+(?:[\w-]+\s+)?(?:review|paper|article|abstract|summary|study)\b)"
            r"|每(?:小时|天|分钟|个细胞|毫升|微升)"
            # A count held by one of a kind: "How many miRNAs does a single exosome hold?"
            r"|\bhow many [\w-]+(?: [\w-]+)? (?:does|do|can|could|would|will) (?:a single|each|one"
            r"|an average|the average|a typical)\b|每个外泌体"
            r"|(?:超过|高于|低于|大于|小于|达到|超出)多少|多少以[上下]"
            rf"|{_WANTS_A_NUMBER}"
        ),
        re.compile(rf"\d(?![\d.,–-]*\s*{_LENGTH_UNIT})", re.I),
    ),
    (
        "number",
        # Not "how big a hurdle is resistance?", which asks how much it matters, nor "列几条"
        # (list a few) or "那几样" (those few), which ask for the things themselves.
        re.compile(
            # Nor what a thing has "to do with how much of the drug gets inside": a clause
            # that names a topic, asking no number.
            r"(?<!to do with )(?<!depends on )(?<!depend on )"
            r"\bhow (?:many|much|big|large|long|small)\b(?! an? )"
            # "How many classes of molecules …?" is answered by naming them.
            r"(?! (?:kinds?|types?|classes|sorts?|categories|key findings|highlights|bullet"
            r" points|bullets)\b)|\bnumber of\b|\bwhat numbers?\b|多少"
            rf"|(?<![哪那列举说讲好给{_NO_COUNT_BEFORE}])(?<!给我)(?<!诉我)(?<!列了)(?<!举了)几(?!乎|句|时)"
            # "有几个机制？", "几种途径": how many kinds, answered by naming them.
            r"(?!(?:个|种|类|条|大)?(?:机制|途径|方面|方式|类型|种类|阶段|步骤)|种|类)"
            # Nor a few patients a story tells of: "门诊有几位EGFR病人吃TKI后恶化，…".
            r"(?!(?:位|个|名)[^？?，,。]{0,8}(?:病人|患者)[^？?，,。]*(?:后|了)[^？?，,。]*[，,])"
            r"|多大|多长|多宽|多重|多粗"
        ),
        re.compile(r"\d"),
    ),
)
_GIVES = {kind: gives for kind, _, gives in _KINDS}
# A span said in words ("生存期短", survival is short) answers how long one lives, not how long a
# test takes.
_SPAN_IN_WORDS = re.compile(r"\b(?:short|brief|prolonged)\b|期短|期长|时间短|时间长", re.I)
_ASKS_HOW_LONG_ONE_LIVES = re.compile(
    r"\b(?:live|lives|living|lived|survive|survives|surviving|survival|life expectancy|left)\b"
    r"|生存|存活|活多久|能活|寿命",
    re.I,
)
# Lines of a paper's record that answer nothing but a question about the record ("Creative
# Commons" is no answer to "the most common cancer"). Authors, affiliations and journals are
# not among them: findings cite "Zhang et al." and happen in hospitals.
_RECORD_LINES = ("doi", "link", "licence", "keywords", "disclaimer", "identifier", "references")
# The line that lists a paper's authors ("Authors: …"), not a finding that cites them.
_AUTHORS_LINE = re.compile(r"^\s*authors?\s*:", re.IGNORECASE | re.MULTILINE)
# A count of people or cases: "how many new cases", "多少万新发病人", "一年…多少人".
_COUNTS_PEOPLE = re.compile(
    r"\bhow many (?:new )?(?:[\w-]+ ){0,3}(?:cases|patients|people|deaths|persons|smokers"
    r"|diagnoses|survivors)\b"
    r"|(?:多少|几)(?:万|千|百|十万)?(?:个|名|位|例)?(?:新发)?(?:[^？?，,。]{0,6})?(?:病人|患者|病例|人)"
    r"|(?:病人|患者|病例)[^？?，,。]{0,6}多少|有多少万",
    re.IGNORECASE,
)
# Kinds whose sentence must also mention what the question is about.
_OF_ITS_SUBJECT = frozenset(
    {
        "english wording",
        "chinese wording",
        "definition",
        "rank",
        "member",
        "number",
        "percentage",
        "duration",
        "size",
        "figure",
        "volume",
        "fold change",
    }
)
# Classes of molecules and diseases, written as a name would be: no member of a class.
_CLASS_NAMES = frozenset(
    "rna dna mrna mirna mirnas lncrna lncrnas circrna circrnas ncrna tki tkis ici icis ev evs"
    " nsclc sclc".split()
)
# A record's identifiers (PMC12883948, D006934) name no molecule.
_RECORD_ID = re.compile(r"[A-Z]+\d{4,}$")
# Kinds a count or a measure answers: a DOI's digits or an ontology code count nothing (nor
# does a record line name a molecule).
_MEASURES = frozenset(
    {"number", "percentage", "duration", "size", "figure", "volume", "fold change"}
)
# Kinds that a finding answers, as it does a question of no kind.
_FINDINGS = frozenset({"", "definition", "summary", "rank", "member", "open question"})
# Kinds whose form is certain: when none of the passages found gives one, the corpus does
# not say, and the answer says so rather than offer something else.
_ONLY_ITS_LINE = {
    "submission date": "submission date",
    "acceptance date": "acceptance date",
    "pmid": "PubMed ID",
    "pmcid": "PMC ID",
    "editor": "editor or reviewer",
    "impact factor": "impact factor",
    "retraction": "retraction or correction",
    "publication list": "list of other publications",
    "biography": "age, schooling or career",
    "sample handling": "sample handling (tube or temperature)",
    "usage or fee": "usage figure or fee",
    "cited work": "cited work",
    "issue or pages": "issue or page range",
    "doi": "DOI",
    "link": "link",
    "licence": "licence",
    "funding": "funding",
    "email": "email address",
    "postal code": "postal code",
    "discovery": "history of the discovery",
    "keywords": "keywords",
    "disclaimer": "disclaimer",
    "identifier": "identifier",
    "references": "reference count",
    "journal volume": "journal volume",
    "figures": "figure count",
    "caption": "figure caption",
    "method": "method",
    "study selection": "selection of the reviewed studies",
    "approval": "regulatory approval",
    "percentage": "percentage",
    "duration": "length of time",
    "member": "specific name",
    "advice": "recommendation",
    "bone site": "skeletal site",
    "english wording": "English wording",
    "chinese wording": "Chinese wording",
    "size": "size",
    "figure": "figure",
    "volume": "volume",
    "fold change": "fold change",
}
# The parts of a paper's record, each given by a line of its own, that a question may ask
# for side by side: "Who wrote it, in which journal and when?"
_RECORD_PARTS = frozenset(
    {
        "submission date",
        "acceptance date",
        "pmid",
        "pmcid",
        "date",
        "doi",
        "title",
        "link",
        "licence",
        "funding",
        "keywords",
        "affiliation",
        "email",
        "correspondence",
        "authors",
        "journal volume",
        "journal",
        "issue or pages",
        "article type",
        "references",
        "figures",
    }
)
# Where one ask of a question ends and the next may begin: a question mark, a semicolon, a
# comma, "and" ("What is the title and DOI …?").
_NEXT_ASK = re.compile(r"[?？;；,，、]|\band\b|&|以及|并且|和|及")
# Kinds about the people of one paper: the authors, affiliations or contact of one paper are
# not another's.
_OF_ITS_PAPER = {"authors": "authors", "affiliation": "affiliations", "correspondence": "contact"}


def set_aside(question: str) -> tuple[str, str]:
    """What the question sets aside ("besides targeted therapy, which other treatment …",
    除了…), and the rest of it: the asker knows the first and asks for something else."""
    found = _SET_ASIDE.search(question)
    # "Aside from X, is Y put forward?" asks about Y beside X, and a sentence naming both
    # answers it.
    if not found:
        return "", question
    rest = question[: found.start()] + " " + question[found.end() :]
    if not (_ASKS_FOR_ANOTHER.search(question) or _ASKS_WHICH.match(rest.lstrip(" ,"))):
        return "", question
    return found.group(1) or found.group(2), rest


def granted(question: str) -> tuple[str, str]:
    """What the question grants ("despite new treatments, …", 尽管…), and the rest of it: the
    asker takes the first as given and asks about the rest."""
    found = _GRANTED.search(question)
    if not found:
        return "", question
    rest = question[: found.start()] + " " + question[found.end() :]
    if _POINTS_AT_IT.search(rest):
        return "", question
    return found.group(), rest


def of_its_paper(kind: str) -> str:
    """What a question of ``kind`` asks of one paper's people, by name ("affiliations"): the
    line of another paper does not answer it. "" for other kinds."""
    return _OF_ITS_PAPER.get(kind, "")


def expected_kind(question: str, previous: str = "") -> str:
    """What kind of answer the question wants, when its wording says; "" when it does not.

    ``previous`` is the question it follows, if any: after "Who wrote the review?", "Where
    do they work?" asks for the authors' affiliation, not where exosomes act.
    """
    # A Chinese character counts as a word character, so "doi是什么" would hide the word "doi"
    # from the patterns' word boundaries: the two scripts are set apart first.
    lowered = _BETWEEN_SCRIPTS.sub(" ", question.lower())
    later = (_kind_asked(asked) for asked in _ASKED_SENTENCE.findall(lowered))
    kind = _kind_asked(lowered) or next((k for k in later if k and k != "definition"), "")
    if not kind and (
        _WHERE_NAMED_PEOPLE_WORK.search(question)
        or (previous and expected_kind(previous) in _PEOPLE and _WHERE_THEY_ARE.search(lowered))
    ):
        return "affiliation"
    # "那它什么时候被收下的？" after a question about a paper asks when that paper was.
    if (
        not kind
        and previous
        and _ASKS_WHEN.search(lowered)
        and _SPEAKS_OF_A_PAPER.match(_BETWEEN_SCRIPTS.sub(" ", previous.lower()))
    ):
        return "date"
    # "And for the Chinese Journal of Lung Cancer one?" after "What's the DOI of …?" asks for
    # the same thing of another subject.
    if not kind and previous and _ELLIPSIS.search(lowered):
        return expected_kind(previous)
    return kind


def _kind_asked(lowered: str) -> str:
    return next((kind for kind, asks, _ in _KINDS if asks.search(lowered)), "")


def record_parts_asked(question: str) -> tuple[str, ...]:
    """The parts of a paper's record ``question`` asks for, in the order it asks them, when it
    asks for more than one ("Who wrote the review, and when was it published?": the authors,
    the date); () otherwise. Each ask is read apart, so that one part's words are not taken
    for another's."""
    lowered = _BETWEEN_SCRIPTS.sub(" ", question.lower())
    parts: dict[str, None] = {}
    for ask in _NEXT_ASK.split(lowered):
        kind = _kind_asked(ask)
        # "Who wrote it and where do they work?": where the people just asked of are.
        if not kind and _PEOPLE.intersection(parts) and _WHERE_THEY_ARE.search(ask):
            kind = "affiliation"
        if kind in _RECORD_PARTS:
            parts[kind] = None
    return tuple(parts) if len(parts) > 1 else ()


def is_record_part(kind: str) -> bool:
    """Whether a question of ``kind`` asks for a line of a paper's record (its authors, its
    DOI …)."""
    return kind in _RECORD_PARTS


def states_the_reverse(question: str, sentence: str) -> bool:
    """Whether ``sentence`` says something passes between two kinds of cells the other way
    from the question: "from drug-resistant cells to sensitive cells" does not answer "Can
    exosomes released by drug-sensitive cells restore sensitivity in resistant cells?"."""
    source, target = _FROM_CELLS.search(question), _TO_CELLS.search(question)
    stated = _FROM_TO_CELLS.search(sentence)
    if not (source and target and stated) or source.start() > target.start():
        return False
    asked_from, asked_to = set(terms(source.group(1))), set(terms(target.group(1)))
    said_from, said_to = set(terms(stated.group(1))), set(terms(stated.group(2)))
    return bool((asked_from & said_to) - said_from) and bool((asked_to & said_from) - said_to)


def wants_a_number(text: str) -> bool:
    """Whether ``text`` asks outright for a number ("The family want a number"): it qualifies
    the question before it, which only a number answers."""
    return re.search(_WANTS_A_NUMBER, text, re.I) is not None


def is_kind(
    sentence: str, kind: str, on_topic: bool = True, section: str = "", asked: str = ""
) -> bool:
    """Whether ``sentence``, in a passage of ``section``, gives an answer of ``kind`` (never,
    for no kind) to the question ``asked``. A title is known by its section, not by its words,
    and a name answers only if the question does not say it already.

    A definition, a number or a percentage answers only when it is of the question's own
    subject: ``on_topic`` says whether the sentence mentions the question at all ("Drug
    resistance is an urgent problem" defines nothing for "What are exosomes?", and "40-160
    nm" counts no patients).
    """
    if kind == "title":
        return section == TITLE_SECTION
    gives = _GIVES.get(kind)
    if gives is None or (kind in _OF_ITS_SUBJECT and not on_topic):
        return False
    # A postal code or an author's number is no measure of anything asked.
    if (kind in _MEASURES or kind == "member") and is_record_or_people_line(sentence, section):
        return False
    if kind == "member":
        said = asked.lower()
        return any(
            name.lower() not in said
            and name.lower() not in _CLASS_NAMES
            and not _RECORD_ID.match(name)
            for name in gives.findall(sentence)
        )
    if kind == "duration" and _SPAN_IN_WORDS.search(sentence):
        return gives.search(sentence) is not None or bool(_ASKS_HOW_LONG_ONE_LIVES.search(asked))
    return gives.search(sentence) is not None


def asked_words() -> frozenset[str]:
    """The words the kinds' questions are asked in ("author", "percentage", "impact"), which a
    misspelt question word is read as, though no paper uses them."""
    sources = (asks.pattern for _, asks, _ in _KINDS)
    return frozenset(
        word for source in sources for word in re.findall(r"[a-z]{5,}", re.sub(r"\\.", " ", source))
    )


def counts_people(question: str) -> bool:
    """Whether ``question`` asks how many people or cases there are ("How many new lung cancer
    cases are there in China every year?"), which only a number answers."""
    return _COUNTS_PEOPLE.search(question) is not None


def dates_a_step_of_the_record(text: str) -> bool:
    """Whether ``text`` dates a step of a paper's record ("Received: 03 Dec 2024; Accepted:
    …"), which says how long the step took but counts nothing."""
    return any(_GIVES[kind].search(text) for kind in ("submission date", "acceptance date"))


def asks_for_a_measure(kind: str) -> bool:
    """Whether a question of ``kind`` asks for a count or a measure (a number, a size, a
    span of time), which a finding gives and a paper's record does not."""
    return kind in _MEASURES


def asks_for_findings(kind: str) -> bool:
    """Whether a question of ``kind`` is answered by what a paper found, not by its record:
    no kind, a definition, a summary."""
    return kind in _FINDINGS


def is_record_or_people_line(text: str, section: str = "") -> bool:
    """Whether ``text``, in a passage of ``section``, is a record line (see
    ``is_record_line``) or gives a paper's authors, their affiliations or whom to write to."""
    return is_record_line(text, section) or any(_GIVES[kind].search(text) for kind in _PEOPLE)


@lru_cache(maxsize=8192)
def is_record_line(text: str, section: str = "") -> bool:
    """Whether ``text``, in a passage of ``section``, holds a line of a paper's record: its
    title, its list of authors, a DOI, a link, a licence, keywords, a disclaimer, ontology
    identifiers, a reference count. A title names a paper's topic in a few words, and states no
    finding."""
    return (
        section == TITLE_SECTION
        or _AUTHORS_LINE.search(text) is not None
        or any(_GIVES[kind].search(text) for kind in _RECORD_LINES)
    )


def only_its_line(kind: str) -> str:
    """What a question of ``kind`` asks for, by name, if only a line of that kind answers it
    (a DOI, a link, a licence, funding, an email address, keywords, a reference count, a
    percentage); "" for kinds another sentence may answer."""
    return _ONLY_ITS_LINE.get(kind, "")
