"""Words of a Chinese question typed in pinyin ("waimiti 的大小", "gu zhuanyi 会引起什么",
"5 年 shengcunlv 是多少") read as the glossary's Chinese terms they spell (外泌体, 骨转移,
生存率): a writer whose keyboard will not find a character spells it, without tones.

Only the pinyin of a glossary term of two or more characters is read, only in a question that
writes Chinese too, and a single word only when it is no word of its own: one syllable, or an
English or corpus word ("long", "tubes"), is as often no pinyin.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cached_property

from pypinyin import Style, lazy_pinyin

from .lexical import CJK_RUN_PATTERN

_LOWER_CASE_RUN = re.compile(r"(?<![A-Za-z0-9-])[a-z]+(?: [a-z]+)*(?![A-Za-z0-9-])")
# A term's syllables may be typed as up to this many words: "zuo lai lin suan".
_MOST_WORDS = 4
_FEWEST_CHARACTERS = 2


class Pinyin:
    """The glossary's Chinese terms by their toneless pinyin, and a question's pinyin read as
    them."""

    def __init__(self, chinese_terms: Iterable[str], is_a_word: Callable[[str], bool]) -> None:
        self._chinese_terms = tuple(chinese_terms)
        self._is_a_word = is_a_word

    @cached_property
    def _terms(self) -> dict[str, str]:
        # Spelt out only when a question first needs it: most questions write no pinyin.
        terms: dict[str, str] = {}
        for term in self._chinese_terms:
            if len(term) < _FEWEST_CHARACTERS or not CJK_RUN_PATTERN.fullmatch(term):
                continue
            spelt = "".join(lazy_pinyin(term, style=Style.NORMAL))
            # ü is typed v or u: 生存率 is "shengcunlv" or "shengcunlu".
            for key in (spelt, spelt.replace("v", "u")):
                terms.setdefault(key, term)
        return terms

    def read(self, question: str) -> str:
        """``question`` with the pinyin of glossary terms written in Chinese; unchanged when it
        writes no Chinese."""
        if not CJK_RUN_PATTERN.search(question):
            return question
        return _LOWER_CASE_RUN.sub(lambda run: self._read_run(run.group()), question)

    def _read_run(self, run: str) -> str:
        words = run.split(" ")
        read: list[str] = []
        start = 0
        while start < len(words):
            for end in range(min(len(words), start + _MOST_WORDS), start, -1):
                spelt = "".join(words[start:end])
                term = self._terms.get(spelt)
                if term and not (end - start == 1 and self._is_a_word(spelt)):
                    read.append(term)
                    start = end
                    break
            else:
                read.append(words[start])
                start += 1
        return " ".join(read)
