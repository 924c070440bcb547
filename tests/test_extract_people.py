"""The people extractor on hand-written sentences, run through the real pipeline's
`extract_document`: foreign names after a foreign body's title, transliterations, and the
shapes around names that are not names (places, sides, glued titles)."""

from __future__ import annotations

from functools import cache

import pytest

from kgbuild.config import load_settings
from kgbuild.model import Document, Extraction
from kgbuild.pipeline import extract_document


@cache
def _extract(text: str) -> Extraction:
    extraction = extract_document(Document(id="t", text=text, source="t.txt", date="2024-05-10"), load_settings())
    for m in extraction.mentions:
        assert extraction.norm.text[m.start : m.end] == m.text  # offsets slice the normalised text
    return extraction


def _people(text: str) -> set[str]:
    return {m.label for m in _extract(text).mentions if m.kind == "person"}


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a title that is the tail of one word jieba knows (国防部长, 俄外长)
        ("俄国防部长绍伊古在会上说，演习按计划进行。", {"绍伊古"}),
        # a ministry's name glued to the title's 长 and a short transliteration before 当天
        ("美国财政部长耶伦当天抵达北京。", {"耶伦"}),
        # transliteration characters in longer names (琴, 翰)
        ("白俄罗斯总理戈洛夫琴科会见了代表团。", {"戈洛夫琴科"}),
    ],
)
def test_people_found(text: str, people: set[str]) -> None:
    assert people <= _people(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a ministry's name before a river's name is no title and no name (交通运输部|长江…)
        ("交通运输部长江航务管理局召开会议。", {"江航务", "江航"}),
        # a surname and a form of address (客户经理黄先生), no name
        ("客户经理黄先生每天打电话推荐产品。", {"黄先生", "黄先"}),
    ],
)
def test_people_not_found(text: str, absent: set[str]) -> None:
    assert not absent & _people(text)
