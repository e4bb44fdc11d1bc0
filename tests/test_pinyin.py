"""pinyin.py: pinyin typed in a Chinese question is read as the glossary's Chinese terms."""

from __future__ import annotations

import pytest

from exorag.pinyin import Pinyin

TERMS = ("外泌体", "骨转移", "生存率", "乳腺癌", "通讯作者", "肺")
ENGLISH = {"long", "bone"}


@pytest.fixture(scope="module")
def pinyin() -> Pinyin:
    return Pinyin(TERMS, lambda word: word in ENGLISH)


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("waimiti 的大小", "外泌体 的大小"),  # one word
        ("肺癌 gu zhuanyi 会引起什么", "肺癌 骨转移 会引起什么"),  # syllables apart
        ("5 年 shengcunlv 是多少", "5 年 生存率 是多少"),  # ü typed v
        ("5 年 shengcunlu 是多少", "5 年 生存率 是多少"),  # or u
        ("那篇 tongxun zuozhe 是谁", "那篇 通讯作者 是谁"),
        ("ruxian ai 骨转移里外泌体起什么作用", "乳腺癌 骨转移里外泌体起什么作用"),
    ],
)
def test_pinyin_in_a_chinese_question_is_read_as_its_term(pinyin, typed, read):
    assert pinyin.read(typed) == read


@pytest.mark.parametrize(
    "typed",
    [
        "waimiti size",  # no Chinese written: not a Chinese question
        "exosome long 的作用",  # an English word is no pinyin, though it spells one
        "fei 是什么",  # one character's syllable is no term
        "EGFR 突变",  # capitals name molecules
    ],
)
def test_what_is_no_pinyin_of_a_term_is_left_as_typed(pinyin, typed):
    assert pinyin.read(typed) == typed


def test_a_question_with_pinyin_is_answered_or_refused(assistant):
    size = assistant.ask("waimiti 的大小一般是多少 nm")
    assert "40-160 nm" in size.text, size.notice
    other_cancer = assistant.ask("ruxian ai 骨转移里外泌体起什么作用")
    assert other_cancer.abstained, other_cancer.text
