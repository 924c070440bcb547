"""Tests for the normalise stage: cleaned text plus an exact map back to the text as read."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kgbuild.model import Document, NormalisedText
from kgbuild.normalise import DAMAGE_MARK, normalise
from kgbuild.read import read_inputs

SEED = Path("/work/shared/seed/000_77648d8967c6e102.txt")

#: A Han character followed by a parenthesised pinyin-like syllable.
PINYIN_AFTER_HAN = re.compile(r"[\u4e00-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)")
#: A question mark (or U+FFFD) touching a Han character on either side.
QUESTION_IN_HAN = re.compile(r"[\u4e00-\u9fff]\?|\?[\u4e00-\u9fff]")


def _norm(text: str) -> NormalisedText:
    return normalise(Document(id="t", text=text, source="<test>"))


def _check_offset_map(norm: NormalisedText) -> None:
    """The invariants every NormalisedText must keep, for any input."""
    original = norm.doc.text
    assert len(norm.starts) == len(norm.ends) == len(norm.text)
    for i in range(len(norm.text)):
        start, end = norm.to_original(i, i + 1)
        assert 0 <= start < end <= len(original), (i, start, end)
    assert list(norm.starts) == sorted(norm.starts)
    if norm.text:
        assert norm.to_original(0, len(norm.text)) == (norm.starts[0], norm.ends[-1])
    for start, end in norm.damaged + norm.repaired:
        assert 0 <= start < end <= len(norm.text)


# ---------------------------------------------------------------------------------------------
# Pinyin annotations


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("發(fā)展", "发展"),
        ("工業(yè)互聯(lián)網(wǎng)", "工业互联网"),
        ("他(tā)说", "他说"),
        ("發(fā)展经济(jì)学", "发展经济学"),
    ],
)
def test_normalise_strips_pinyin_after_han(raw: str, text: str) -> None:
    norm = _norm(raw)
    assert norm.text == text
    assert not PINYIN_AFTER_HAN.search(norm.text)
    _check_offset_map(norm)


@pytest.mark.parametrize(
    "raw",
    [
        "abc(fa)",  # after Latin letters: not an annotation
        "中国(china)",  # not a pinyin syllable
        "中国 (zhong)",  # a space between: not attached to the character
        "會議(2018)",  # digits
        "(fā)",  # nothing before it
    ],
)
def test_normalise_keeps_parentheses_that_are_not_annotations(raw: str) -> None:
    norm = _norm(raw)
    assert "(" in norm.text and ")" in norm.text
    assert len(norm.text) == len(raw)  # nothing removed (t2s is one for one)


@pytest.mark.parametrize(
    ("raw", "span", "original"),
    [
        ("發(fā)展", (0, 1), "發(fā)"),
        ("發(fā)展", (1, 2), "展"),
        ("發(fā)展", (0, 2), "發(fā)展"),
        ("推動(dòng)大眾", (0, 2), "推動(dòng)"),
        ("推動(dòng)大眾", (1, 3), "動(dòng)大"),
        ("推動(dòng)大眾", (2, 4), "大眾"),
    ],
)
def test_normalise_to_original_covers_the_annotation(raw: str, span: tuple[int, int], original: str) -> None:
    norm = _norm(raw)
    start, end = norm.to_original(*span)
    assert raw[start:end] == original


@pytest.mark.parametrize("span", [(0, 0), (1, 1), (-1, 1), (0, 3), (2, 1)])
def test_normalise_to_original_rejects_spans_outside_the_text(span: tuple[int, int]) -> None:
    norm = _norm("發(fā)展")
    with pytest.raises(ValueError, match="outside text"):
        norm.to_original(*span)


# ---------------------------------------------------------------------------------------------
# Traditional -> Simplified and full-width folding


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("國際經濟", "国际经济"),
        ("工信部總經濟師王新哲", "工信部总经济师王新哲"),
        ("資訊化和軟體服務司", "资讯化和软体服务司"),
        ("已经是简体", "已经是简体"),
    ],
)
def test_normalise_converts_traditional_to_simplified(raw: str, text: str) -> None:
    norm = _norm(raw)
    assert norm.text == text
    assert tuple(norm.starts) == tuple(range(len(raw)))  # one character for one


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("ＡＢＣ１２３", "ABC123"),
        ("ａｂｃ", "abc"),
        ("增长７１．５％", "增长71.5%"),
        ("（一）", "(一)"),
        ("你好，世界！", "你好,世界!"),
        ("全角\u3000空格", "全角 空格"),
        # the dots between a foreign name's parts, as the one news uses
        ("卡尔十六世\u2022古斯塔夫", "卡尔十六世·古斯塔夫"),
        ("安德烈\u2219杰明", "安德烈·杰明"),
        ("阿卜杜勒\u30fb塞西", "阿卜杜勒·塞西"),
    ],
)
def test_normalise_folds_full_width_forms(raw: str, text: str) -> None:
    norm = _norm(raw)
    assert norm.text == text
    assert tuple(norm.starts) == tuple(range(len(raw)))
    assert tuple(norm.ends) == tuple(range(1, len(raw) + 1))


# ---------------------------------------------------------------------------------------------
# Mojibake and real question marks


@pytest.mark.parametrize(
    "raw",
    [
        "你好吗?他说",
        "是吗?是的。",
        "为什么?因为下雨了",
        "怎么办?\n明天再说",
        "多少钱?100元",
        "GDP增长了多少?6.9%",
        "他说?",
        "What?",
        "?",
    ],
)
def test_normalise_leaves_real_question_mark_alone(raw: str) -> None:
    norm = _norm(raw)
    assert norm.text == raw
    assert norm.damaged == ()
    assert norm.repaired == ()
    assert not norm.is_damaged(0, len(norm.text))


@pytest.mark.parametrize("raw", ["真的吗?OK", "Is it?Yes."])
def test_normalise_leaves_question_mark_before_latin_text_alone(raw: str) -> None:
    norm = _norm(raw)
    assert norm.text == raw
    assert norm.damaged == ()


def test_normalise_marks_lone_replacement_character_damaged() -> None:
    norm = _norm("会议\ufffd召开")
    assert norm.text == "会议\ufffd召开"
    assert norm.damaged == ((2, 3),)
    assert norm.is_damaged(0, 3)
    assert not norm.is_damaged(0, 2)
    assert not norm.is_damaged(3, 5)


@pytest.fixture(scope="module")
def seed() -> NormalisedText:
    items = list(read_inputs([SEED]))
    assert len(items) == 1 and isinstance(items[0], Document), items
    return normalise(items[0])


def test_normalise_seed_repairs_mojibake_run(seed: NormalisedText) -> None:
    assert len(seed.repaired) == 1
    start, end = seed.repaired[0]
    assert seed.text[start:end] == "。“双"
    o_start, o_end = seed.to_original(start, end)
    assert seed.doc.text[o_start:o_end] == "?!半p"
    assert "服务。“双创”平台" in seed.text
    assert not seed.is_damaged(start, end)


def test_normalise_seed_marks_other_runs_damaged(seed: NormalisedText) -> None:
    raw = seed.doc.text
    assert len(seed.damaged) == 3
    for start, end in seed.damaged:
        assert seed.text[start:end] == DAMAGE_MARK
        assert seed.is_damaged(start, end)
        o_start, o_end = seed.to_original(start, end)
        assert raw[o_start] == "?"
    assert seed.text.count(DAMAGE_MARK) == 3
    # every '?' of the text as read lies in a repaired or a damaged run
    covered = [seed.to_original(s, e) for s, e in seed.damaged + seed.repaired]
    questions = [i for i, c in enumerate(raw) if c == "?"]
    assert questions
    for offset in questions:
        assert any(s <= offset < e for s, e in covered), offset


def test_normalise_seed_has_no_question_mark_in_han_text(seed: NormalisedText) -> None:
    assert "?" in seed.doc.text
    assert not QUESTION_IN_HAN.search(seed.text), QUESTION_IN_HAN.search(seed.text)


def test_normalise_seed_has_no_pinyin_annotation(seed: NormalisedText) -> None:
    assert PINYIN_AFTER_HAN.search(seed.doc.text)
    assert not PINYIN_AFTER_HAN.search(seed.text), PINYIN_AFTER_HAN.search(seed.text)
    assert seed.text.startswith("工信部:发展工业互联网平台 打造制造业“双创”升级版\n")


def test_normalise_seed_offset_map_round_trips(seed: NormalisedText) -> None:
    _check_offset_map(seed)
    raw = seed.doc.text
    start = seed.text.index("王新哲")
    o_start, o_end = seed.to_original(start, start + 3)
    assert raw[o_start:o_end] == "王新哲"
    start = seed.text.index("总经济师")
    o_start, o_end = seed.to_original(start, start + 4)
    assert raw[o_start:o_end] == "總經(jīng)濟(jì)師"


def test_normalise_does_not_mutate_the_document() -> None:
    doc = Document(id="t", text="發(fā)展ＡＢＣ", source="<test>")
    norm = normalise(doc)
    assert norm.doc is doc
    assert doc.text == "發(fā)展ＡＢＣ"


# ---------------------------------------------------------------------------------------------
# Properties

#: Common Simplified characters, some Traditional ones (國際經濟總師雙創龍門) among them.
_CJK = st.sampled_from(
    "发展工业互联网平台國際經濟總師王新哲雙創半的是了在有和人这中大为上个国我以要他"
    "时来用们生到作地于出就分对成会可主年动同工也能下过子说产种面而方后多定行学法所民"
    "得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去"
    "把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心"
    "反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已"
    "通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图"
    "山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南"
    "给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收"
    "证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类"
    "八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越"
    "织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般"
    "史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼"
    "王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龍門"
)
_PINYIN = st.sampled_from(
    ["(fā)", "(yè)", "(lián)", "(wǎng)", "(tái)", "(dòng)", "(de)", "(zhōng)", "(lv)", "(ü)", "(china)", "(", ")"]
)
_PIECE = st.one_of(
    st.text(_CJK, min_size=1, max_size=6),
    st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), min_size=1, max_size=4),
    _PINYIN,
    st.sampled_from(["?", "\ufffd", "?!半p", "?yōu)橘|(zhì)", "。", "“", "”", "，", "\n", "\r\n"]),
    st.characters(min_codepoint=0x00, max_codepoint=0x1F),  # control characters
    st.characters(min_codepoint=0x7F, max_codepoint=0x9F),
    st.characters(min_codepoint=0xFF01, max_codepoint=0xFF5E),  # full-width forms
    st.just("\u3000"),
    st.characters(exclude_categories=("Cs",)),  # anything else, astral planes included
)
MIXED_TEXT = st.lists(_PIECE, max_size=40).map("".join)


@settings(max_examples=200, deadline=None)
@given(MIXED_TEXT)
def test_normalise_never_raises_and_keeps_offset_map(raw: str) -> None:
    norm = _norm(raw)
    _check_offset_map(norm)
    if raw:
        assert norm.text  # a non-empty text never normalises to nothing


@settings(max_examples=200, deadline=None)
@given(MIXED_TEXT, st.data())
def test_normalise_any_span_maps_inside_the_original(raw: str, data: st.DataObject) -> None:
    norm = _norm(raw)
    if not norm.text:
        return
    start = data.draw(st.integers(0, len(norm.text) - 1), label="start")
    end = data.draw(st.integers(start + 1, len(norm.text)), label="end")
    o_start, o_end = norm.to_original(start, end)
    assert 0 <= o_start < o_end <= len(raw)
    assert (o_start, o_end) == (norm.starts[start], norm.ends[end - 1])


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E, exclude_characters="?")))
def test_normalise_is_identity_on_plain_ascii(raw: str) -> None:
    norm = _norm(raw)
    assert norm.text == raw
    assert tuple(norm.starts) == tuple(range(len(raw)))
    assert tuple(norm.ends) == tuple(range(1, len(raw) + 1))
    assert norm.damaged == norm.repaired == ()
