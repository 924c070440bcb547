"""Events: named meetings, conferences, forums, press briefings, visits and launches.

A name ends in an event word (会议, 论坛, 电视电话会 ...) and starts after the verb or
preposition that introduces it (在, 召开的, 举行的, 出席). The body before 召开/举办/主办 is
the organizer; dates resolve against the document's date; the people who speak at or
attend it are its participants.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..gazetteer import Gazetteer
from ..model import DocumentMeta, Event, Mention, SegmentedText
from ..normalise import is_han
from . import Found, register
from .dates import find_date
from .textutil import sentence_bounds

_INTRO = (
    "召开的",
    "举行的",
    "举办的",
    "主办的",
    "召开",
    "举行",
    "举办",
    "出席",
    "参加",
    "主持",
    "列席",
    "采访",
    "审议",
    "回答",
    "筹备",
    "参会",
    "在",
    "于",
    "以",
    "和",
    "与",
    "经",
    "及",
    "的",
    "等",
    "了",
    "向",
    "为",
    "是",
    "将",
    "对",
    "从",
)
_MEET = re.compile(r"(?:[^,，。；;]{0,16}?)(?:会见|会晤|会谈|通电话)")
_ORDINAL_ONLY = re.compile(r"^(?:第?[一二三四五六七八九十百零〇\d]+[次届])+")
_GENERIC = (
    "这次",
    "本次",
    "此次",
    "该",
    "有关",
    "相关",
    "各",
    "一些",
    "多次",
    "历次",
    "这",
    "那",
    "会上",
    "上述",
    "系列",
    "一次",
    "各类",
    "各种",
    "工作",
    "专题",
    "重要",
    "视频",
)
_ORGANIZE = ("召开", "举行", "举办", "主办", "组织召开", "联合举办", "联合召开")
_ATTEND = ("出席", "参加", "主持", "讲话", "致辞", "发言", "会见", "总结")


@register("events")
class EventExtractor:
    """Meetings and other named events, with date, organizer and participants."""

    name = "events"
    produces = frozenset({"event"})

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        self.pattern = re.compile("|".join(map(re.escape, gazetteer.event_suffixes)))

    def __call__(self, doc: SegmentedText, found: Found) -> Iterable[Event | Mention]:
        text = doc.text
        metas = found.relations("document")
        doc_date = metas[0].date if metas and isinstance(metas[0], DocumentMeta) else doc.doc.date
        orgs = {m.end: m for m in found.mentions("organization")}
        people = found.mentions("person")
        speakers = {s.speaker for s in found.relations("statement") if s.speaker_kind == "person"}
        taken = [(m.start, m.end) for m in found.mentions("person")]
        seen: set[str] = set()
        events: list[Event] = []
        for match in self.pattern.finditer(text):
            end = match.end()
            start = self._name_start(text, match.start(), orgs)
            if start is None:
                continue
            name = text[start:end]
            if name in seen or any(s < end and start < e for s, e in taken):
                continue
            seen.add(name)
            sent_start, sent_end = sentence_bounds(text, start, end)
            organizer = None
            for verb in _ORGANIZE:
                for gap in ("的", ""):
                    pos = start - len(gap) - len(verb)
                    if text.startswith(verb + gap, pos) and pos in orgs:
                        organizer = orgs[pos].label
                        break
                if organizer:
                    break
            if organizer is None:
                # 中共中央政治局会议, 国务院常务会议: the body that names the meeting holds it
                inside = [m for m in orgs.values() if start <= m.start and m.end <= end]
                if inside:
                    organizer = min(inside, key=lambda m: m.start).label
            if organizer is None:
                host = re.search(r"由([^,，。]{2,20}?)(?:主办|举办|承办|召开)", text[sent_start:start])
                if host:
                    pos = sent_start + host.end(1)
                    if pos in orgs:
                        organizer = orgs[pos].label
            date = find_date(text, sent_start, sent_end, doc_date)
            participants = [
                p.label
                for p in people
                if sent_start <= p.start < sent_end and any(v in text[sent_start:sent_end] for v in _ATTEND)
            ]
            if not events:  # the story's main event: everyone who speaks at it takes part
                participants += sorted(speakers)
            events.append(
                Event(
                    name=name,
                    date=date,
                    organizer=organizer,
                    participants=tuple(dict.fromkeys(participants)),
                    start=start,
                    end=end,
                    extractor=self.name,
                    rule="suffix",
                )
            )
        events += self._meetings(doc, found, doc_date, seen)
        return events

    def _meetings(self, doc: SegmentedText, found: Found, doc_date: str | None, seen: set[str]) -> list[Event]:
        """习近平会见刚果（布）总统萨苏: a meeting between two named people is an event named so."""
        text = doc.text
        people = sorted(found.mentions("person"), key=lambda m: m.start)
        out = []
        for i, host in enumerate(people):
            match = _MEET.match(text, host.end)
            if match is None:
                continue
            guest = next(
                (
                    p
                    for p in people[i + 1 :]
                    if p.start >= match.end()
                    and p.end - match.end() <= 30
                    and not any(c in text[match.end() : p.start] for c in ",，。；;")
                ),
                None,
            )
            if guest is None:
                continue
            # 李强16日在南宁会见老挝总理宋赛 -> 李强会见老挝总理宋赛: date and place are not the name
            verb = match.group()[-2:] if not match.group().endswith("通电话") else "通电话"
            name = host.label + verb + text[match.end() : guest.end]
            if name in seen:
                continue
            seen.add(name)
            sent_start, sent_end = sentence_bounds(text, host.start, guest.end)
            out.append(
                Event(
                    name=name,
                    date=find_date(text, sent_start, sent_end, doc_date),
                    organizer=None,
                    participants=(host.label, guest.label),
                    start=host.start,
                    end=guest.end,
                    extractor=self.name,
                    rule="meeting",
                )
            )
        return out

    def _suffix_len(self, text: str, pos: int) -> int:
        match = self.pattern.match(text, pos)
        return len(match.group()) if match else 0

    def _name_start(self, text: str, suffix_start: int, orgs: dict[int, Mention]) -> int | None:
        """Walk left from the event word over the name (bodies and ordinals included:
        十三届全国人大常委会第三十七次会议); None when it has no name of its own."""
        pos = suffix_start
        limit = max(0, suffix_start - 30)
        while pos > limit:
            if any(text.endswith(w, 0, pos) for w in _INTRO):
                break
            char = text[pos - 1]
            if not (is_han(char) or char in "“”—-·" or char.isdigit()):
                break
            pos -= 1
        if text.endswith("党的", 0, pos):
            pos -= 2  # 党的二十届三中全会: the Party's congresses and plenums are named so
        if text.startswith("精神", suffix_start + self._suffix_len(text, suffix_start)):
            # 学习贯彻党的二十大精神: the event is the congress, not its study
            for lead in ("深入学习贯彻", "认真学习贯彻", "学习贯彻", "贯彻落实", "贯彻", "落实", "学习"):
                if text.startswith(lead, pos):
                    pos += len(lead)
                    break
        name = text[pos:suffix_start]
        if len(name) < 2 or name.startswith(_GENERIC) or name.endswith(("的", "和", "与")):
            return None
        if _ORDINAL_ONLY.sub("", name) == "":
            return None  # 第一次会议: no name of its own
        if name.count("“") != name.count("”"):
            return None
        return pos
