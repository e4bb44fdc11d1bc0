"""Lexical terms for BM25 and sentence scoring: stemmed English, biomedical tokens, CJK bigrams."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_CJK_RUN = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+"
# Biomedical tokens keep their inner hyphens, dots and slashes: miR-21, EGFR-TKI, 40-160, 3.5.
_LATIN = r"[A-Za-z0-9]+(?:[-./'’][A-Za-z0-9]+)*"
_TERM = re.compile(f"({_CJK_RUN})|({_LATIN})")
# A run of Chinese characters: whether a term or a question writes Chinese.
CJK_RUN_PATTERN = re.compile(_CJK_RUN)

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself yourselves
    tell describe explain discuss list give according paper review article study text mentioned
    say says said much many kind kinds type types role roles job jobs way ways cause causes
    caused happen happens occur occurs mean means called based put forward two three et al
    besides aside apart except another per within previously among either neither enumerate
    enumerates enumerated may might must shall summarise summarize summarised summarized
    summarising summarizing""".split()
) | frozenset(
    # The asker's own voice, which names no topic: "Retired engineer here, trying to
    # understand …", "my dad's doctor keeps saying …", "what stuff is actually inside?", and
    # the Malay words a Malaysian asker mixes into English ("Highlight dia cakap treatment
    # strategy apa untuk bone metastasis?"), and where the asker studies, works or will use the
    # answer ("my CPD slide", "au CHU", "il CEO della startup", "DSE 嗰課", "pr une RCP", "la
    # planta del SESPA").
    """actually really basically stuff thing things trying try tried wondering wonder curious
    know want please maybe ever everyone everybody anyone anybody someone somebody keep keeps
    somewhere heard dont doesnt didnt isnt arent wasnt werent cant wont im ive youre theyre
    lot lots bit pretty simply exactly sure okay ok hey hi thanks thank guess whether retired layman
    kindly something little
    kenapa jadi kat sebut cakap untuk guna dalam bawa semua macam boleh lah berapa jenis berlaku
    yang dengan nak sahaja juga
    colleagues true false eli5 tldr translate translating kol kols mcq mcqs quiz quizzes
    cpd cme ceo dse chu usmle mrcp opd ipd rcp mdt sespa huca
    mom mum dad father mother uncle aunt friend wife husband son daughter grandmother
    grandfather grandma grandpa sister brother moms mums dads fathers mothers uncles aunts
    friends wifes husbands sons daughters grandmas grandpas sisters brothers""".split()
)


# The stems of words that name a paper, in any inflection.
_PAPER_WORDS = frozenset({"review", "paper", "articl"})
# British spellings folded to American before stemming, so "licence" finds "License".
_SPELLING = {
    "licence": "license",
    "tumour": "tumor",
    "tumours": "tumors",
    "oedema": "edema",
    "colour": "color",
    "behaviour": "behavior",
    "centre": "center",
    "fibre": "fiber",
    "programme": "program",
    "analyse": "analyze",
    "oestrogen": "estrogen",
}
_AEMIA = re.compile(r"aemi(a|as|c)$")
_OWN_STEM = re.compile(r"(coloni|hospitali)[sz](?:e|es|ed|ing|ation|ations)$")
# An upper-case acronym with a plural s: TKIs, ICIs, EVs.
_ACRONYM_PLURAL = re.compile(r"^[A-Z][A-Z0-9]+s$")


# A question typed in capitals: at least this share of its letters, over this many words.
_SHOUTED_SHARE = 0.8
_FEWEST_SHOUTED_WORDS = 4
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_DIGIT = re.compile(r"\d")

# An English clitic is part of no term: "doesn't" is "does", "the author's" the author, and
# the "t" of "doesn't" would match the T of "T cell".
_CLITIC = re.compile(r"(?:n['’]t|['’](?:s|re|ve|ll|d|m))$")
# What is left of "can't", "won't" and "shan't" once "n't" is gone.
_NEGATED = {"ca": "can", "wo": "will", "sha": "shall"}


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


@lru_cache(maxsize=65536)
def _latin_terms(token: str) -> tuple[str, ...]:
    stem = _stemmer().stemWord
    clitic = _CLITIC.search(token)
    if clitic:
        base = token[: clitic.start()]
        token = _NEGATED.get(base, base) if clitic.group().startswith("n") else base
    token = _SPELLING.get(token, token)
    token = _AEMIA.sub(r"emi\1", token)
    # The stemmer folds "colonization" into "colon" and "hospitalization" into "hospital".
    own = _OWN_STEM.match(token)
    if own:
        return (own.group(1) + "z",)
    parts = [p for p in re.split(r"[-./'’]", token) if p]
    if len(parts) == 1:
        # "Both reviews" names papers as "review" does; "studies" may be a body of work.
        stemmed = stem(token)
        return () if token in STOPWORDS or stemmed in _PAPER_WORDS else (stemmed,)
    # The whole token matches exactly; its parts let "EGFR" find "EGFR-TKI". What "non-"
    # negates is not named: "non-small cell" says nothing small.
    if parts[0] == "non":
        parts = parts[:1]
    return (token, *(stem(p) for p in parts if p not in STOPWORDS))


# The accents NFD splits off Latin letters: é is e and U+0301.
_COMBINING_ACCENT = re.compile("[\u0300-\u036f]")


def unaccented(text: str) -> str:
    """``text`` with the accents of its Latin letters dropped (réception → reception,
    métastases → metastases), so that the words of a French, Spanish or Portuguese asker and a
    name written with or without its accents (Müller, Muller) meet the corpus's; a word
    otherwise splits at its accent into pieces that match nothing ("m", "tastases")."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", _COMBINING_ACCENT.sub("", decomposed))


def simplified(text: str) -> str:
    """``text`` with traditional Chinese characters in their simplified forms (這篇 → 这篇), so
    that one glossary and one index serve readers of either script."""
    return CJK_RUN_PATTERN.sub(lambda run: _simplified_run(run.group()), text)


def unshouted(question: str) -> str:
    """A question typed in capitals ("WHY DO TUMORS STOP RESPONDING TO CARBOPLATN") in lower
    case, so that its words are read, and mended, as words, not as the names of molecules
    ("GET", "DRUG"). A word with a digit keeps its case: "T790M", "PD-L1" name molecules."""
    letters = [c for c in question if c.isascii() and c.isalpha()]
    capitals = sum(c.isupper() for c in letters)
    if len(_LATIN_WORD.findall(question)) < _FEWEST_SHOUTED_WORDS or capitals < (
        _SHOUTED_SHARE * len(letters)
    ):
        return question
    return re.sub(
        r"\S+", lambda w: w.group() if _DIGIT.search(w.group()) else w.group().lower(), question
    )


def without_search_operators(question: str) -> str:
    """A question typed as a web search ('"checkpoint inhibitor" resistance NSCLC -melanoma
    site:frontiersin.org') as the words it searches for: what it leaves out is no subject of
    it, and its quotes and operators are no words."""
    if not _SEARCH_OPERATOR.search(question):
        return question
    words = _SEARCH_OPERATOR.sub(" ", question).replace('"', " ")
    return " ".join(words.split())


def with_the_statement_asked(question: str) -> str:
    """A statement put to be judged after its frame ("判断题：对还是错？奥希替尼是第三代TKI。")
    as the question it is ("奥希替尼是第三代TKI，对吗？"): a statement after a question would
    otherwise be read as the asker's aside."""
    frame = _JUDGE_FRAME.match(question)
    if not frame:
        return question
    statement = question[frame.end() :].strip().rstrip("。.!！")
    if not statement or "?" in statement or "？" in statement:
        return question
    if CJK_RUN_PATTERN.search(statement):
        return f"{statement}，对吗？"
    return f"True or false: {statement}?"


def written_chinese(question: str) -> str:
    """A question's spoken Chinese in its written forms: 啥 is 什么 and 咋 is 怎么, so that
    "外泌体是啥？" asks for a definition as "外泌体是什么？" does; Cantonese 有冇, 咩, 点解 are
    有没有, 什么, 为什么; Wuhan's 么 alone is 什么 ("里头装了些么事"). Chinese is written
    without spaces: "装 了 哪些" is 装了哪些."""
    unspaced = _SPACE_IN_CHINESE.sub("", question)
    written = _COLLOQUIAL.sub(lambda word: _WRITTEN[word.group()], unspaced)
    return _WUHAN_WHAT.sub(lambda word: _WUHAN_WHAT_WRITTEN[word.group(1)], written)


def spelt_out(question: str) -> str:
    """A question typed in texting shorthand with its words spelt out: "who r the authors" asks
    who are the authors, "where r they from" for an affiliation; Scots is read so too ("whit",
    "wi", "fae"). Only lower case counts: "R" may be the language, "U" the unit."""
    return _SHORTHAND.sub(lambda word: _SPELT_OUT[word.group()], question)


def with_prefixes_joined(question: str, language: str | None = None) -> str:
    """``question`` with a prefix typed as a word of its own joined to the word it qualifies:
    "non small cell lung cancer" is non-small cell lung cancer, not small cell lung cancer.
    In a question asked in another ``language`` "non" is that language's own not ("che non
    ci capisco niente"), left as it is."""
    return question if language else _LOOSE_PREFIX.sub(r"\1-", question)


def without_reciprocals(question: str) -> str:
    """``question`` with "from one X to another" as "from X to X" and "one another" as "each
    other": "another" there names no other thing, as it does in "another breakthrough"."""
    return _ONE_ANOTHER.sub("each other", _FROM_ONE_TO_ANOTHER.sub(r"from \1 to \1", question))


def with_resistance_passed_on(question: str) -> str:
    """``question`` with resistance carried from cell to cell as transferred: "carry drug
    resistance from cell to cell" asks how it is passed on, not what exosomes carry as cargo."""
    return _CARRIED_ACROSS.sub(r"transfer \1", question)


def with_vesicles_formed(question: str) -> str:
    """``question`` with a vesicle said to be made, built or created as formed: "how are
    exosomes made?" asks how they form, not what else was made ("made considerable
    progress")."""
    return _VESICLE_MADE.sub(r"\1 formed", question)


def without_letter_form(message: str) -> str:
    """A message written as a letter without its greeting ("Dear Kenji,", "Hi Olga,", "王老师您
    好：") and its closing ("All the best, Nadia", "Kind regards,\nAnneliese", "谢谢！"): the
    names in them are no subject, and a closing after the question would be read as more of
    it."""
    return _CLOSING.sub("", _GREETING.sub("", message)).strip() or message


def without_manner_of_telling(question: str) -> str:
    """``question`` without how the asker wants to be told ("In simple words, …", "ELI5",
    "用大白话讲", "according to the authors"), which is no subject: "simple" would ask how
    complex something is; and without the habitual "used to" ("cells that used to respond"),
    which asks of no use."""
    return _HABITUAL.sub(r"\1 ", _MANNER_OF_TELLING.sub(" ", question)).strip()


_MANNER_OF_TELLING = re.compile(
    r"\b(?:in (?:simple|plain|easy|lay(?:man'?s)?|everyday|non-technical) (?:words|terms"
    r"|english|language)|simply put|put simply|eli5"
    r"|(?:explain (?:it |this )?)?like (?:i'?m|i am) (?:five|5|ten|10|12|twelve|a kid|a child)"
    r"|for a (?:layman|layperson|non-scientist|beginner))\b[,:]?"
    # Whose view is asked for, which names no subject: "authors" would find the disclaimer.
    r"|,?\s*\baccording to (?:the |its |their )?(?:authors?|writers?)\b"
    # The style a reference is written in: "For an APA reference …", "the BibTeX volume field".
    r"|\b(?:apa|mla|ama|vancouver|bibtex|ieee|endnote|zotero|mendeley)\b"
    r"|\b(?:chicago|harvard)[- ](?:style|format)\b"
    # A systematic reviewer's field label: "PICO: intervention strategies …?".
    r"|^\s*pico\b\s*(?:question\s*)?[:：—–-]"
    # "Quick summary: despite …, how does …?" asks that question, briefly.
    r"|\b(?:quick|short|brief) (?:summary|answer|version)\s*[:：]"
    # What the asker calls the question: "Simple question from someone who isn't a lab person:"
    r"|\b(?:a |one )?(?:simple|quick|basic|dumb|silly|naive|easy) question\b"
    r"(?: (?:from|de|of) [^:：,?]{1,50})?\s*[:：,]"
    # A summary asked for after the question, of its answer: "… regarding metabolism? pls
    # summarise", "… can you summarize it simply?"
    r"|(?<=[?？])\s*(?:(?:pls|please|kindly)\s+)?(?:summari[sz]e|sum (?:it )?up)\b"
    r"(?: (?:it|briefly|please|pls))?[.!]*\s*$"
    r"|\b(?:can|could) you (?:summari[sz]e|explain) (?:it|this|that) (?:simply|briefly"
    r"|in (?:simple|plain) (?:words|terms))\b"
    # Slang for "what is known about": "what's the tea on how tumors dodge TKIs".
    r"|\bwhat'?s the tea\b(?: on\b)?[,:?]?|\b(?:no cap|fr fr|fr)\b(?=\s*[?.!]*\s*$)"
    # "Name the mechanisms — need them in one line": how long, not what about.
    r"|(?:\s*[,—–-])?\s*\b(?:(?:i )?need (?:them|it|this|that) )?in (?:one|a single)"
    r" (?:line|sentence)\b"
    r"|用?(?:大白话|简单的话|通俗的话|通俗地|通俗|简单地|简单)(?:讲|说|解释)(?:一下)?[，,：:]?"
    # "用中文列一下" (list it in Chinese); "用中文怎么说" asks for the wording itself.
    r"|用(?:中文|英文|汉语|英语)(?=列|回答|解释|讲讲|说说|写|总结|概括)",
    re.I,
)
# A letter's greeting: a greeting word and at most three names or titles, ended by a comma,
# a colon or the line's end.
_GREETING = re.compile(
    r"^\s*(?:(?:dear|hi|hello|hey|greetings|good (?:morning|afternoon|evening)|hola|bonjour"
    r"|hallo|ciao|ola)(?:[ \t]+[\w.'-]+){0,3}[ \t]*(?:[,:;!]|\n)"
    r"|[^\s，。？?！!：:]{0,10}[，,]?(?:您好|你好)[，,：:！!。]?)\s*",
    re.I,
)
# A letter's closing after what it asks: a closing phrase and at most three words of a name.
_CLOSING = re.compile(
    r"(?:(?<=[?？.。!！])|\n)\s*(?:(?:all the |my )?best(?: wishes| regards)?"
    r"|(?:with )?(?:kind|kindest|warm|warmest|best) (?:regards|wishes)|regards|cheers|many thanks"
    r"|with (?:many )?thanks"
    r"|thanks(?: a lot| so much| again| in advance)?|thank you(?: so much| very much| in advance)?"
    r"|sincerely|yours(?: sincerely| truly)?|talk soon|saludos|cordialement|gruss|grazie"
    r"|(?:kindly |please )?do the needful"
    r"|obrigad[oa]|谢谢(?:您|老师)?|多谢|感谢|此致\s*敬礼|祝好)"
    r"[ \t]*[,.!，。！]*(?:\s*\n?[ \t]*-*[ \t]*[A-Za-z.'-]+(?:[ \t]+[A-Za-z.'-]+){0,2}"
    r"|\s*\n[^\n]{1,12})?\s*$",
    re.I,
)
_HABITUAL = re.compile(r"\b(that|who|which|i|he|she|it|they|we|you) used to (?=[a-z])", re.I)
_SPELT_OUT = {
    "r": "are",
    "u": "you",
    "ur": "your",
    "pls": "please",
    "plz": "please",
    "tho": "though",
    "bc": "because",
    "cuz": "because",
    "abt": "about",
    "ppl": "people",
    "wat": "what",
    "wut": "what",
    "thx": "thanks",
    "w/": "with",
    "w/o": "without",
    # Scots as typed: "whit percentage o NSCLC patients end up wi bone mets?"
    "whit": "what",
    "wi": "with",
    "tae": "to",
    "dae": "do",
    "fae": "from",
    "dinnae": "don't",
    "cannae": "can't",
    "aboot": "about",
    # Doric: "fa wrote the review … an fan wis it published?", "fit mechanisms does it list?"
    # ("fit" alone stays English: fit for chemotherapy).
    "fa wrote": "who wrote",
    "fan wis": "when was",
    "fit's": "what's",
    "fit mechanisms": "what mechanisms",
    "fit hospital": "what hospital",
    "fit hospital/uni": "what hospital/university",
    "fit hospitals": "what hospitals",
    "fit journal": "what journal",
    "fit year": "what year",
    "foo": "how",
    "twa": "two",
    "ony": "any",
    "wis": "was",
    # Nigerian Pidgin: "So na true say exosome fit carry drug resistance from one cancer cell go
    # another one? Abeg explain wetin the review talk".
    "na true say": "is it true that",
    "abeg": "please",
    "wetin": "what",
    "fit carry": "can carry",
    "go another": "to another",
    "dey do": "does",
    "don publish": "has published",
    "wan know": "want to know",
    # Clinic shorthand: "EGFR/ALK neg", "std first line", "in b/w OPD" (not "ans", French years).
    "neg": "negative",
    "std": "standard",
    "b/w": "between",
    "acc to": "according to",
    "askin": "asking",
}
_SHORTHAND = re.compile(
    r"(?<![\w/-])(?:"
    + "|".join(map(re.escape, sorted(_SPELT_OUT, key=len, reverse=True)))
    + r")(?![\w/-])"
)
_LOOSE_PREFIX = re.compile(r"\b(non)\s+(?=[a-z]{2})", re.I)
_FROM_ONE_TO_ANOTHER = re.compile(r"\bfrom one ((?:[\w-]+ ){0,2}[\w-]+) to another\b", re.I)
_ONE_ANOTHER = re.compile(r"\bone another\b", re.I)
_CARRIED_ACROSS = re.compile(
    r"\bcarr(?:y|ies|ying|ied) ((?:the |their |drug |treatment )*resistance\b[^?]{0,20}? from\b"
    r"[^?]{1,40}? to\b)",
    re.I,
)
# "is an exosome actually made", "are exosomes built", "wordt zo'n exosoom gemaakt" (read "is
# zo'n exosoma made").
_VESICLE = r"(?:(?:ex|es)os\w*|exo|vesic\w*|evs?)"
_VESICLE_MADE = re.compile(
    r"\b((?:is|are|was|were|get|gets|got|being) (?:an? |the |these |those |this |that )?"
    # A word may come between: "actually", or one left unread ("eigenlijk").
    rf"(?:[\w'’-]+ )?{_VESICLE}(?: [\w'’-]+)?"
    # "How do exosomes get made?"
    rf"|{_VESICLE} (?:get|gets|got|are|is|were|was)(?: (?:actually|really|ever))?)"
    r" (?:made|built|created)\b",
    re.I,
)
_WRITTEN = {
    # Sichuanese 啥子 is 什么 too.
    "啥子": "什么",
    "啥": "什么",
    "咋": "怎么",
    # Sichuanese 啷个 is how, 有没得 whether there is, 好多钱 how much money (好多个月 how many
    # months), 屋头 at home, 要得不 whether it is all right.
    "啷个": "怎么",
    "有没得": "有没有",
    "好多钱": "多少钱",
    "好多个月": "多少个月",
    "好多年": "多少年",
    "屋头": "家里",
    "要得不": "行不行",
    # Yunnanese 哪样 is 什么, and 哪个 asks who: "作者叫哪样名字", "是哪个写的".
    "叫哪样": "叫什么",
    "些哪样": "些什么",
    "哪个写的": "谁写的",
    # Voice input's homophones: 外必体 for 外泌体, 骨转一 for 骨转移, 细包 for 细胞, 耐要 for 耐药.
    "外必体": "外泌体",
    "骨转一": "骨转移",
    "细包": "细胞",
    "耐要": "耐药",
    # Shanghainese: 啥辰光 is when, 啥人 who, 搿 this, 侬 you, 阿拉 we, 几化 how many, 哪能 how,
    # 是伐 isn't it.
    "啥辰光": "什么时候",
    "啥人": "谁",
    "搿": "这",
    "侬": "你",
    "阿拉": "我们",
    "几化": "多少",
    "哪能": "怎么",
    "是伐": "是吗",
    # Tianjin: 嘛时候 is when, 叫嘛 and 嘛名字 what it is called, 有嘛用 what use, 嘛法子 what
    # way, 换嘛药 which drug to change to, 介样 so (嘛 alone is a particle, read as it is).
    "嘛时候": "什么时候",
    "叫嘛": "叫什么",
    "嘛名字": "什么名字",
    "有嘛用": "有什么用",
    "有嘛作用": "有什么作用",
    "有嘛路子": "有什么路子",
    "有嘛办法": "有什么办法",
    "嘛法子": "什么法子",
    "换嘛药": "换什么药",
    "用嘛药": "用什么药",
    "吃嘛药": "吃什么药",
    "介样": "这样",
    "介个": "这个",
    # Beijing's 词儿 is a word: "关键的词儿" are the keywords.
    "关键的词儿": "关键词",
    # Shaanxi: 额 is I (额大, my father), 麻达 a problem.
    "额大": "我爸",
    "额爸": "我爸",
    "额妈": "我妈",
    "麻达": "问题",
    # Henan and the north: 哩 is 的, 俩 two of them, 俺 I.
    "哩": "的",
    "俩": "两个",
    "俺": "我",
    # Cantonese, as families in Hong Kong and Guangdong write it; Wuhan's 冇得 too.
    "冇得": "没有",
    "有冇": "有没有",
    "冇": "没有",
    "咩": "什么",
    "点解": "为什么",
    "边度": "哪里",
    "边个": "哪个",
    "边几": "哪几",
    "边种": "哪种",
    "边啲": "哪些",
    "边间": "哪家",
    "呢类": "这类",
    "呢种": "这种",
    "呢个": "这个",
    "呢啲": "这些",
    "食食下": "吃着吃着",
    "几多": "多少",
    "嚟": "来",
    "喺": "在",
    "嘅": "的",
    "唔": "不",
    "佢哋": "它们",
    "佢": "它",
    "啲": "些",
    "嗰": "那",
    # OpenCC simplifies 嗰 to 𠮶.
    "𠮶": "那",
    "系边个": "是谁",
    "系边两位": "是哪两位",
    "系边几位": "是哪几位",
    "咗": "了",
    # 乜嘢 is what, 屋企 home.
    "乜嘢": "什么",
    "乜": "什么",
    "屋企": "家",
    "嘢": "东西",
    # 俾 is to give: "IV hydration同calcitonin应该点样俾?"
    "俾": "给",
    "系咩": "是什么",
    # 係 is "is", which simplifies to 系: "细胞系点样" asks how cells do it, not of a cell line.
    "系咪": "是不是",
    "系唔系": "是不是",
    "系点样": "是怎样",
    "点样": "怎样",
    "装住": "装着",
    "带住": "带着",
    "入面": "里面",
    "睇医生": "看医生",
    "食药": "吃药",
    "食靶向药": "吃靶向药",
    # Taiwanese Hokkien written in characters: 佗位 is where, 偌济 how much, 偌久 how long, 一摆
    # once, 会当 can, 时阵 time, 啥物 what, 抑是 or, 甘会 whether it will, 按怎 how, 阮 my,
    # 爱 to need; "是当时收件" asks when it was received.
    "佗位": "哪里",
    "偌济": "多少",
    "偌久": "多久",
    "一摆": "一次",
    "会当": "可以",
    "时阵": "时候",
    "啥物": "什么",
    # Not 啥物质 (what substances), Mandarin's 啥 before 物质.
    "啥物质": "什么物质",
    "抑是": "还是",
    "甘会使食": "可不可以吃",
    "甘会使": "可不可以",
    "甘会": "会不会",
    "甘系": "是不是",
    "按怎": "怎么",
    "阮爸爸": "我爸爸",
    "阮阿爸": "我爸爸",
    "阮妈妈": "我妈妈",
    "阮阿母": "我妈妈",
    "爱开": "要花",
    "爱打": "要打",
    "爱食": "要吃",
    "有效无": "有没有效",
    "是当时收件": "是什么时候收稿",
    "当时接受的": "什么时候接受的",
    # A paper's key findings, not what it puts its emphasis on (重点): "那篇的重点发现怎么说".
    "重点发现": "主要发现",
    # A pinyin keyboard's homophone slip that is no word of its own: 做者 for 作者.
    "做者": "作者",
}
# The frame of a statement to judge, asked before it: "判断题：对还是错？", "True or false?".
_JUDGE_FRAME = re.compile(
    r"^\W*(?:判断题\W*)?(?:是?对还是错|对不对|是真是假|真的假的|true or false|right or wrong)"
    r"\s*[?？]\s*",
    re.IGNORECASE,
)
# A web search's operators: a site or field to search in, a word to leave out ("-melanoma",
# not "40-160" nor a dash between clauses), OR and AND in capitals.
_SEARCH_OPERATOR = re.compile(
    r"\b(?:site|intitle|inurl|filetype):\S+|(?<!\S)-(?=[A-Za-z])[\w-]+|\b(?:OR|AND)\b"
)
_SPACE_IN_CHINESE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
# Longest first: 有冇 before 冇, 佢哋 before 佢.
_COLLOQUIAL = re.compile("|".join(sorted(_WRITTEN, key=len, reverse=True)))
# Wuhan's 么 alone, before another character ("么颜色"), is 什么, 么事 is 什么 and 么样 怎么样;
# not the 么 of 什么, 怎么, 这么, 那么, 多么, 要么, nor a closing particle ("是么？").
_WUHAN_WHAT = re.compile(r"(?<![什怎这那多要为甚])么(事|样|(?=[\u4e00-\u9fff]))")
_WUHAN_WHAT_WRITTEN = {"事": "什么", "样": "怎么样", "": "什么"}


# OpenCC keeps 著 wherever it may be the simplified 著 of 著名 (famous) and 显著 (marked), but
# after a verb it is the particle 着: 帶著 is 带着 (carrying).
_PARTICLE_ZHE = re.compile(r"(?<![显编原名巨论专卓昭])著(?![名作称者])")


@lru_cache(maxsize=1)
def _converter():
    from opencc import OpenCC

    return OpenCC("t2s")


@lru_cache(maxsize=65536)
def _simplified_run(run: str) -> str:
    return _PARTICLE_ZHE.sub("着", _converter().convert(run))


def cjk_bigrams(run: str) -> list[str]:
    if len(run) == 1:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]


def terms(text: str) -> list[str]:
    """The lexical terms of ``text``, in order, with repeats."""
    # The hot loop of indexing a large corpus for BM25: findall, no match objects, and each
    # distinct token worked out once.
    out: list[str] = []
    for cjk, latin in _TERM.findall(unaccented(text)):
        out.extend(cjk_bigrams(_simplified_run(cjk)) if cjk else _token_terms(latin))
    return out


@lru_cache(maxsize=65536)
def _token_terms(token: str) -> tuple[str, ...]:
    if _ACRONYM_PLURAL.match(token):
        return _latin_terms(token[:-1].lower())
    return _latin_terms(token.lower())
