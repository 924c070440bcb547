"""Metrics: every quantitative fact, with its value in the unit's base, unit and comparator.

33.61万亿元 -> 33610000000000 元; 同比增长5.0% -> 5.0 %; 下降0.2个百分点 -> -0.2 个百分点;
为超过200万中小微企业 -> > 2000000 家 (a number with no unit takes the counted noun's
measure word). Years, dates, ordinals and numbers inside names are not metrics.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from ..gazetteer import Gazetteer
from ..model import Metric, SegmentedText
from . import Found, register
from .numbers import MAGNITUDES, parse_arabic, parse_chinese
from .textutil import clause_bounds, sentence_bounds

_DECREASE = ("下降", "减少", "降低", "回落", "下滑", "减少了", "下降了", "缩小", "缩短", "下跌")
_CHANGE = ("增长", "增加", "提高", "上升", "上涨", "提升", "扩大", "增长了", "提高了", *_DECREASE)
_NOT_AFTER = (
    "年",
    "月",
    "日",
    "号",
    "时",
    "届",
    "周年",
    "岁",
    "世纪",
    "后",
    "多年",
    "点钟",
    "秒",
    "号线",
    "期",
    "版",
    "级",
    "代",
    "产业",
    "个月",
    "个小时",
    "个方面",
    "个字",
)
_PERIOD = re.compile(
    r"截至(?:目前|[^,，。;；]{1,14}?(?:底|末|月|日|年)(?:底|末|份)?)|"
    r"(?:今年|去年|前年|\d{4}年)(?:前?[一二三四1-4]季度|上半年|下半年|前\d{1,2}个?月|\d{1,2}[-—至到]\d{1,2}月|\d{1,2}月份?|全年|以来|底|末)?|"
    r"前[一二三四三]季度|[一二三四]季度|上半年|下半年|全年|前\d{1,2}个?月|\d{1,2}[-—至到]\d{1,2}月|"
    r"“十[一二三四五六]五”(?:期间|时期|以来)?|十[一二三四五六]五(?:期间|时期)|近年来|近\d+年|近[一二三四五六七八九十]年|过去一年|年内|目前"
)
#: Half of something, with the word after it that compares (一半以上, 半数左右).
_HALF = re.compile(
    r"(?<=[占超过近约达有])(?:一半|半数)(?P<after>以上|左右|多)?|(?<!另)(?:一半|半数)(?P<after2>以上|左右)"
)
#: Words that end the words before a number without being part of its indicator.
_HEAD_VERBS = ("达到", "达", "为", "是", "超过", "约", "共", "同比", "比上年", "比去年", "翻了近", "翻了", "翻", "在")
_NUMERAL_CHARS = frozenset("零〇一二两三四五六七八九十百千万亿")
#: What stands before a count of doublings (翻了一番, 翻了近两番).
_DOUBLING = ("翻", "翻了", "翻了近", "翻近", "翻了约", "翻约")
_LEADING_NOISE = re.compile(r"^(?:其中|同时|此外|另外|目前|截至目前|已|共|累计|全年|今年|去年)+")


def _idiom(word: str) -> bool:
    """A four-character set phrase with two numerals in it (三番五次, 千方百计, 五湖四海)."""
    if len(word) != 4:
        return False
    is_numeral = [c in _NUMERAL_CHARS for c in word]
    return is_numeral == [True, False, True, False]  # not 三千万元, 两千多家: a number and its unit


@register("metrics")
class MetricExtractor:
    """Numbers with a unit (or a counted noun), their comparator, indicator and period."""

    name = "metrics"
    produces = frozenset({"metric"})

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        units = sorted(gazetteer.units, key=len, reverse=True)
        before = sorted(gazetteer.comparators_before, key=len, reverse=True)
        after = sorted(gazetteer.comparators_after, key=len, reverse=True)
        mags = "|".join(MAGNITUDES)
        self.pattern = re.compile(
            r"(?P<num>\d+(?:,\d{3})*(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿点]{1,12})"
            rf"(?P<more1>多|余)?(?P<mag>{mags})?(?P<more2>多|余)?"
            rf"(?P<unit>{'|'.join(map(re.escape, units))})?"
            rf"(?P<after>{'|'.join(map(re.escape, after))})?"
        )
        self.before = before
        self.measure = sorted(gazetteer.measure_words.items(), key=lambda kv: -len(kv[0]))

    def __call__(self, doc: SegmentedText, found: Found) -> Iterable[Metric]:
        text = doc.text
        names = bytearray(len(text) + 1)  # characters inside a name: numbers there are part of it
        for m in found.mentions("organization", "initiative", "event"):
            names[m.start : m.end] = b"\x01" * (m.end - m.start)
        for token in doc.tokens:
            if _idiom(token.text):  # an idiom's numbers count nothing (三番五次, 千方百计)
                names[token.start : token.end] = b"\x01" * (token.end - token.start)
        for match in self.pattern.finditer(text):
            metric = self._metric(text, match, names)
            if metric is not None:
                yield metric
        for match in _HALF.finditer(text):
            if 0 in names[match.start() : match.end()]:
                yield self._half(text, match)

    def _metric(self, text: str, match: re.Match[str], names: bytearray) -> Metric | None:
        num = match.group("num")
        start, end = match.start(), match.end()
        chinese = not num[0].isdigit()
        if chinese:
            # strip magnitude characters the regex folded into the numeral
            value = parse_chinese(num)
            doubling = match.group("unit") == "番" and text.endswith(_DOUBLING, 0, start)
            if value is None or (value <= 1 and not doubling) or num in ("万", "亿", "千", "百", "十", "点"):
                return None
        else:
            value = parse_arabic(num)
            if value is None:
                return None
        unit = match.group("unit")
        # not a metric: a date, a year, an ordinal, part of a code or a quoted name
        following = text[match.end("num") : match.end("num") + 3]
        if not match.group("mag") and not unit and any(following.startswith(w) for w in _NOT_AFTER):
            return None
        if (
            unit is None
            and match.group("mag") is None
            and not chinese
            and any(following.startswith(w) for w in _NOT_AFTER)
        ):
            return None
        prev = text[start - 1] if start else ""
        if prev in "第第" or prev.isascii() and prev.isalpha() or prev == "." or prev == "“" and chinese:
            return None
        nxt = text[end] if end < len(text) else ""
        if nxt.isascii() and nxt.isalpha() and unit is None:
            return None
        if unit in ("年", "月", "日"):
            return None
        if unit == "成" and end < len(text) and text[end] not in "以左多," and text[end] >= "\u4e00":
            return None  # 沪深300成分股: 成 starts a word here
        if any(text.startswith(w, match.end("num")) for w in ("个月", "个小时", "个方面", "个字")):
            return None
        if following[:1] in ("年", "月", "日") and unit is None:
            return None
        if 0 not in names[start:end]:
            return None
        if match.group("mag"):
            value *= MAGNITUDES[match.group("mag")]
        if unit is None:
            unit = None if chinese else self._counted_unit(text, end)
            if unit is None:
                return None
        if unit in ("人民币",):
            unit = "元"
        if unit == "番" and not text.endswith(_DOUBLING, 0, start):
            return None  # 番 counts doublings only after 翻 (翻了一番)
        comparator = "="
        cmp_start = start
        for word in self.before:
            if text.endswith(word, 0, start):
                comparator = self.gaz.comparators_before[word]
                cmp_start = start - len(word)
                break
        if match.group("more1") or match.group("more2"):
            comparator = ">"
        if match.group("after"):
            comparator = self.gaz.comparators_after[match.group("after")]
        lead = text[max(0, cmp_start - 4) : cmp_start]
        if any(lead.endswith(w) for w in _DECREASE):
            value = -value
        return self._stated(text, cmp_start, start, end, value, unit, comparator, "number_unit")

    def _stated(
        self, text: str, cmp_start: int, start: int, end: int, value: Decimal, unit: str, comparator: str, rule: str
    ) -> Metric:
        """The metric of the number expression text[cmp_start:end] (its number starts at
        start): the clause it stands in, its indicator and the period the sentence gives."""
        clause_start, clause_end = clause_bounds(text, start, end)
        sent_start, _ = sentence_bounds(text, start, end)
        indicator, subject = self._indicator(text, clause_start, cmp_start, end)
        period = None
        for p in _PERIOD.finditer(text, sent_start, start):
            period = p.group()
        return Metric(
            indicator=indicator or unit,
            subject=subject,
            value=value,
            unit=unit,
            comparator=comparator,
            period=period,
            text=text[clause_start:clause_end],
            start=cmp_start,
            end=end,
            clause_start=clause_start,
            clause_end=clause_end,
            extractor=self.name,
            rule=rule,
        )

    def _half(self, text: str, match: re.Match[str]) -> Metric:
        """占耕地面积一半以上, 半数以上农村社区: half is 50 per cent."""
        start, end = match.span()
        after = match.group("after") or match.group("after2") or ""
        comparator = self.gaz.comparators_after.get(after, "=")
        for word in self.before:  # 超过一半
            if text.endswith(word, 0, start):
                comparator = self.gaz.comparators_before[word]
                break
        return self._stated(text, start, start, end, Decimal(50), "%", comparator, "half")

    def _counted_unit(self, text: str, pos: int) -> str | None:
        """200万中小微企业: the measure word of the noun counted just after the number."""
        window = text[pos : pos + 8]
        best = None
        for noun, unit in self.measure:
            idx = window.find(noun)
            if 0 <= idx <= 5 and (best is None or idx < best[0]):
                best = (idx, unit)
        if best is None:
            return None
        between = window[: best[0]]
        if any(c in between for c in ",，。;；、的是在有为将要把被和与及"):
            return None
        return best[1]

    @staticmethod
    def _indicator(text: str, clause_start: int, number_start: int, number_end: int) -> tuple[str, str | None]:
        head = text[clause_start:number_start].strip()
        head = _PERIOD.sub("", head)
        head = _LEADING_NOISE.sub("", head)
        for verb in _HEAD_VERBS:
            if head.endswith(verb):
                head = head[: -len(verb)]
        head = head.strip(" ,，:：")
        if not head:
            return "", None
        return head[:60], None
