"""Property tests (hypothesis): whatever bytes and text come in, the reader, the normaliser
and the extractors never crash, every offset is valid, and every entity label is clean."""

from __future__ import annotations

import json
import re
import tempfile
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kgbuild.config import Settings
from kgbuild.gazetteer import load_gazetteer
from kgbuild.model import Document, Extraction, Mention, Skipped
from kgbuild.normalise import normalise
from kgbuild.pipeline import extract_document
from kgbuild.read import decode_bytes, read_inputs
from kgbuild.resolve import resolve

SETTINGS = Settings()
#: A Han character followed by a parenthesised pinyin syllable: an annotation left in a label.
PINYIN_ANNOTATION = re.compile(r"[\u3400-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)")

# ---------------------------------------------------------------------------------------------
# Strategies: pieces of news text, and everything that should not be in it

#: Fragments of real news sentences, so the extractors' rules actually fire.
_NEWS = st.sampled_from(
    [
        "外交部部长王毅",
        "表示",
        "指出，",
        "强调：",
        "国务院",
        "工信部",
        "工业和信息化部",
        "国家统计局",
        "中共中央政治局委员、外交部部长王毅",
        "国务院新闻办公室",
        "举行新闻发布会",
        "召开的",
        "北京市",
        "广东省人民政府",
        "新华社北京6月22日电",
        "（记者 张晓赫）",
        "人民网北京6月22日电 (张晓赫)",
        "央视网消息（新闻联播）：",
        "习近平",
        "李强",
        "总书记",
        "国家主席",
        "“双创”",
        "大众创业万众创新",
        "《中华人民共和国民法典》",
        "“一带一路”",
        "制造业",
        "高质量发展",
        "前三季度",
        "截至目前",
        "国内生产总值同比增长4.8%",
        "达1.2万亿元",
        "超过300家",
        "下降2.5个百分点",
        "约三千万人",
        "今日",
        "3月5日",
        "2024年",
        "他说",
        "她表示",
        "发言人",
        "司长",
        "副部长",
        "时任",
        "原",
        "、",
        "，",
        "。",
        "；",
        "！",
        "？",
        "“",
        "”",
        "（",
        "）",
        "《",
        "》",
        "·",
        "\n",
    ]
)
#: Common characters, so random runs look like text rather than rare glyphs.
_COMMON = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图"
_CJK_RUN = st.text(st.sampled_from(_COMMON), min_size=1, max_size=8)
_TRADITIONAL = st.sampled_from(["發展", "經濟", "國務院", "會議", "臺灣", "總書記", "龍門"])
_PINYIN = st.sampled_from(
    [
        "(fā)",
        "(yè)",
        "(lián)",
        "(wǎng)",
        "(dòng)",
        "(de)",
        "(zhōng)",
        "(lv)",
        "(ü)",
        "(china)",
        "(",
        ")",
        "發(fā)",
        "展(zhǎn)",
    ]
)
_MOJIBAKE = st.sampled_from(
    ["?", "\ufffd", "??", "?!半p", "?yōu)橘|(zhì)", "\ufffd\ufffd", "鍥藉姟闄"]
)
_OTHER_SCRIPTS = st.sampled_from(
    [
        "Beijing",
        "G20",
        "COVID-19",
        "Москва",
        "القاهرة",
        "ソウル",
        "서울",
        "Ελλάδα",
        "😀",
        "𠀀𠀁",
        "e\u0301",
        "\u200b",
        "\u202e",
    ]
)
_CONTROL = st.characters(min_codepoint=0x00, max_codepoint=0x1F) | st.characters(
    min_codepoint=0x7F, max_codepoint=0x9F
)
_FULLWIDTH = st.characters(min_codepoint=0xFF01, max_codepoint=0xFF5E) | st.just("\u3000")
_ANY = st.characters(exclude_categories=("Cs",))
_PIECE = st.one_of(
    _NEWS,
    _NEWS,
    _NEWS,
    _CJK_RUN,
    _TRADITIONAL,
    _PINYIN,
    _MOJIBAKE,
    _OTHER_SCRIPTS,
    _CONTROL,
    _FULLWIDTH,
    _ANY,
)
NEWS_LIKE = st.lists(_PIECE, max_size=40).map("".join)


# ---------------------------------------------------------------------------------------------
# What must hold of every extraction


def _is_clean(label: str) -> bool:
    return (
        bool(label.strip())
        and "?" not in label
        and "\ufffd" not in label
        and not any(unicodedata.category(c) == "Cc" for c in label)
        and not PINYIN_ANNOTATION.search(label)
    )


def _check_extraction(extraction: Extraction, raw: str) -> None:
    norm = extraction.norm
    text = norm.text
    assert len(norm.starts) == len(norm.ends) == len(text)
    for mention in extraction.mentions:
        assert isinstance(mention, Mention)
        assert 0 <= mention.start < mention.end <= len(text), mention
        assert text[mention.start : mention.end] == mention.text, mention
        o_start, o_end = norm.to_original(mention.start, mention.end)
        assert 0 <= o_start < o_end <= len(raw), (mention, o_start, o_end)
        assert _is_clean(mention.label), mention
    for relation in extraction.relations:
        start, end = relation.start, relation.end
        assert 0 <= start < end <= len(text), relation
        o_start, o_end = norm.to_original(start, end)
        assert 0 <= o_start < o_end <= len(raw), relation
    entities = resolve([extraction], load_gazetteer()).entities
    for entity in entities.values():
        assert _is_clean(entity.label), entity
        for alt in entity.alt_labels:
            assert _is_clean(alt), entity


def _extract(text: str) -> Extraction:
    return extract_document(Document(id="p", text=text, source="<hypothesis>"), SETTINGS)


# ---------------------------------------------------------------------------------------------
# The extractors (after the normaliser and the segmenter)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NEWS_LIKE)
def test_properties_extract_any_text_offsets_valid_labels_clean(raw: str) -> None:
    _check_extraction(_extract(raw), raw)


@settings(max_examples=150, deadline=None)
@given(st.text(_ANY, max_size=60))
def test_properties_extract_random_unicode(raw: str) -> None:
    _check_extraction(_extract(raw), raw)


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.lists(_PIECE, min_size=1, max_size=40).map("".join), st.integers(200, 2000))
def test_properties_extract_huge_line(piece: str, times: int) -> None:
    """One line of up to ~100,000 characters, with no sentence end to cut it."""
    raw = (piece.replace("\n", " ").replace("。", "，") * times)[:100_000]
    _check_extraction(_extract(raw), raw)


def test_properties_extract_empty_and_blank_records() -> None:
    for raw in ("", " ", "\n\n", "\u3000", "\ufeff", "?", "\ufffd", "(fā)"):
        extraction = _extract(raw)
        _check_extraction(extraction, raw)
        assert not any(m.kind == "person" for m in extraction.mentions), raw


def test_properties_labels_check_sees_dirty_labels() -> None:
    """The label check is real: each kind of dirt is caught."""
    assert _is_clean("王毅") and _is_clean("工业和信息化部")
    for dirty in ("", " ", "王?毅", "王\ufffd", "王\x07毅", "發(fā)展", "\u3000"):
        assert not _is_clean(dirty), dirty


# ---------------------------------------------------------------------------------------------
# The normaliser


@settings(max_examples=200, deadline=None)
@given(NEWS_LIKE)
def test_properties_normalise_offsets_map_into_the_original(raw: str) -> None:
    norm = normalise(Document(id="n", text=raw, source="<hypothesis>"))
    assert len(norm.starts) == len(norm.ends) == len(norm.text)
    for i in range(len(norm.text)):
        start, end = norm.to_original(i, i + 1)
        assert 0 <= start < end <= len(raw)
    if raw.strip("\ufeff"):
        assert norm.text


# ---------------------------------------------------------------------------------------------
# The reader


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_properties_decode_bytes_any_bytes(data: bytes) -> None:
    decoded = decode_bytes(data)
    if decoded is None:
        return
    text, encoding = decoded
    assert encoding in ("utf-8", "gb18030", "big5")
    if encoding == "utf-8":
        assert text.encode("utf-8") == data.removeprefix(b"\xef\xbb\xbf")
    else:
        assert text == data.decode(encoding)  # decoded strictly, never with replacements


@settings(max_examples=200, deadline=None)
@given(st.lists(_ANY | _CJK_RUN | _CONTROL, max_size=30).map("".join))
def test_properties_decode_bytes_utf8_round_trips(text: str) -> None:
    assert decode_bytes(text.encode("utf-8")) == (text.removeprefix("\ufeff"), "utf-8")
    assert decode_bytes(b"\xef\xbb\xbf" + text.encode("utf-8")) == (text, "utf-8")


@settings(max_examples=100, deadline=None)
@given(st.lists(_CJK_RUN | _NEWS, min_size=3, max_size=30).map("".join))
def test_properties_decode_bytes_gbk_news_text(text: str) -> None:
    """Simplified news text saved as GBK decodes back to itself."""
    text = "国务院新闻办公室举行新闻发布会，" + text
    data = text.encode("gbk", errors="ignore")
    assert decode_bytes(data) == (data.decode("gb18030"), "gb18030")


_RECORD = st.one_of(
    st.fixed_dictionaries(
        {"id": st.text(_ANY, min_size=0, max_size=6), "text": NEWS_LIKE},
        optional={
            "title": NEWS_LIKE,
            "date": st.sampled_from(["2024-03-01", "x", ""]),
            "source": st.text(max_size=5),
        },
    ),
    st.fixed_dictionaries({"id": st.integers(0, 5), "text": NEWS_LIKE}),
    st.fixed_dictionaries({"text": NEWS_LIKE}),  # no id
    st.fixed_dictionaries({"id": st.just("e"), "text": st.sampled_from(["", " ", "\n", "\u3000"])}),
    st.just([1, 2]),  # not an object
)
_LINE = st.one_of(
    _RECORD.map(lambda r: json.dumps(r, ensure_ascii=False)),
    _RECORD.map(lambda r: json.dumps(r, ensure_ascii=False)[:-3]),  # truncated
    st.sampled_from(["", " ", "{", "null", "\ufeff"]),
)


@settings(max_examples=100, deadline=None)
@given(st.lists(_LINE, max_size=12), NEWS_LIKE)
def test_properties_read_inputs_every_line_accounted_for(lines: list[str], txt: str) -> None:
    """Every non-blank JSONL line becomes a Document or a Skipped naming it; never a crash."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "docs.jsonl").write_text("\n".join(lines), encoding="utf-8")
        (folder / "one.txt").write_text(txt, encoding="utf-8")
        items = list(read_inputs([folder]))
    assert all(isinstance(i, Document | Skipped) for i in items)
    jsonl = [i for i in items if i.source.endswith("docs.jsonl")]
    texts = [i for i in items if i.source.endswith("one.txt")]
    assert len(texts) == 1
    if isinstance(texts[0], Document):
        assert texts[0].text == txt.removeprefix("\ufeff") and texts[0].id == "one"
    else:
        assert texts[0].reason
    data = "\n".join(lines).encode("utf-8")
    if not data.strip():
        assert len(jsonl) == 1 and isinstance(jsonl[0], Skipped) and jsonl[0].line is None
        return
    lines_seen = sorted(i.line for i in jsonl)
    # each non-blank line gives exactly one item, and lines are numbered 1.. in the file
    content = data.decode("utf-8-sig")
    expected = [n for n, line in enumerate(content.split("\n"), start=1) if line.strip()]
    assert lines_seen == expected
    for item in jsonl:
        if isinstance(item, Document):
            assert item.id.strip() and item.text.strip()
        else:
            assert item.reason and item.line is not None


# -- finding names again ----------------------------------------------------------------------

_NAME_CHARS = st.sampled_from("王李明明·AB")


def _found_by_search(text: str, name: str, step: int) -> list[int]:
    starts, at = [], text.find(name)
    while at != -1:
        starts.append(at)
        at = text.find(name, at + step)
    return starts


@settings(max_examples=300, deadline=None)
@given(
    st.text(_NAME_CHARS, max_size=80),
    st.lists(st.text(_NAME_CHARS, min_size=1, max_size=5), max_size=40),
)
def test_properties_names_found_again_as_a_search_finds_them(text: str, names: list[str]) -> None:
    """occurrences (one pass over the text for many names, a search each for a few) gives
    each name's occurrences as searching from the left does; every_occurrence the ones that
    overlap too (哈哈 twice in 哈哈哈)."""
    from kgbuild.extract.textutil import every_occurrence, occurrences

    apart = {n: s for n in set(names) if len(n) >= 2 and (s := _found_by_search(text, n, len(n)))}
    every = {n: s for n in set(names) if len(n) >= 2 and (s := _found_by_search(text, n, 1))}
    assert occurrences(text, names) == apart
    assert every_occurrence(text, names) == every
