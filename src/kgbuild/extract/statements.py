"""Statements: who said what. Speaker, cue verb, and what was said up to the end of it.

王新哲在讲话中指出,近年来... gives (王新哲, 指出, 近年来...). Between the speaker and the verb
may stand a date, a place (在...时/中/上), 发表讲话/声明, adverbs (还, 再次) and titles after
a name (习近平总书记指出). A run of bodies speaks together (中央纪委国家监委强调 gives one
statement each). 会议指出 is said by the body that held the meeting; 他/她 is the last named
speaker; 商务部新闻发言人表示 with no name gives the body.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..gazetteer import Gazetteer
from ..model import Mention, SegmentedText, Statement
from . import Found, register
from .textutil import sentence_end

_SPOKESPERSON = ("新闻发言人", "发言人", "有关负责人", "负责人")
_PRONOUNS = ("他", "她")
_FILLER = (
    r"(?:\d{1,2}日|今天|当天|近日|日前|昨天|上午|下午|晚上|近期|此前|再次|多次|还|也|并|则|同时|进一步|"
    r"[(（]\d{1,2}月\d{1,2}日[)）]|当地时间\d{1,2}日|报道|联合|对外|"
    r"均|都|先后|会议|总书记|主席|总理|总统|首相|同志|先生|女士|"
    r"在[^,，。;；“”]{1,24}?[时中上后]|发表(?:重要)?(?:讲话|声明|谈话|致辞|文章|署名文章)|"
    r"接受[^,，。;；]{1,15}?采访时|通过[^,，。;；]{1,12}?|对此)*"
)


@register("statements")
class StatementExtractor:
    """A speech verb with a named speaker before it and what was said after it."""

    name = "statements"
    produces = frozenset({"statement"})

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        cues = "|".join(map(re.escape, gazetteer.cues))
        announce = r"(?:发布|发出|印发|发表)了?(?:联合)?(?:公告|通知|消息|声明|通报|谈话)"
        self.pattern = re.compile(rf"(?P<filler>{_FILLER})(?P<cue>{cues}|{announce})(?P<punct>[,，:：]\s*)")
        self.according = re.compile(r"据(?P<who>[^,，。]{2,30}?)(?P<cue>介绍|透露|表示|称)[,，]")

    def __call__(self, doc: SegmentedText, found: Found) -> Iterable[Statement]:
        text = doc.text
        people = {m.end: m for m in found.mentions("person")}
        orgs = {m.end: m for m in found.mentions("organization")}
        people_sorted = sorted(found.mentions("person"), key=lambda m: m.start)
        seen: set[tuple[str, int]] = set()
        for match in self.pattern.finditer(text):
            pos = match.start()
            speakers = self._speakers_at(text, pos, people, orgs, people_sorted)
            if not speakers and match.group("filler").endswith("会议"):
                body = self._meeting_body(text, pos, found.mentions("organization"))
                if body:
                    speakers = [(body.label, "organization", pos)]
            content_start = match.end()
            content_end = self._content_end(doc, content_start)
            content = text[content_start:content_end].strip()
            if len(content) < 4:
                continue
            for speaker, kind, start in speakers:
                if (speaker, content_start) in seen:
                    continue
                seen.add((speaker, content_start))
                yield Statement(
                    speaker=speaker,
                    speaker_kind=kind,
                    cue=match.group("cue"),
                    content=content,
                    start=start,
                    end=content_end,
                    content_start=content_start,
                    content_end=content_end,
                    extractor=self.name,
                    rule="speaker_cue",
                )
        for match in self.according.finditer(text):
            end = match.start("who") + len(match.group("who"))
            who = people.get(end) or orgs.get(end)
            if who is None:
                continue
            content_start = match.end()
            content_end = self._content_end(doc, content_start)
            content = text[content_start:content_end].strip()
            if len(content) >= 4 and (who.label, content_start) not in seen:
                seen.add((who.label, content_start))
                yield Statement(
                    speaker=who.label,
                    speaker_kind=who.kind,
                    cue=match.group("cue"),
                    content=content,
                    start=match.start(),
                    end=content_end,
                    content_start=content_start,
                    content_end=content_end,
                    extractor=self.name,
                    rule="according_to",
                )

    def _speakers_at(
        self, text: str, pos: int, people: dict[int, Mention], orgs: dict[int, Mention], people_sorted: list[Mention]
    ) -> list[tuple[str, str, int]]:
        """Who speaks when the verb phrase starts at pos: a person, a run of bodies, a pronoun."""
        if pos in people:
            m = people[pos]
            return [(m.label, "person", m.start)]
        for word in _SPOKESPERSON:
            if text.endswith(word, 0, pos) and (pos - len(word)) in orgs:
                o = orgs[pos - len(word)]
                return [(o.label, "organization", o.start)]
        if pos in orgs:
            # 中央纪委国家监委强调 / 海关总署、国家发展改革委、商务部发布联合公告: all of them
            run, end = [], pos
            while end in orgs:
                o = orgs[end]
                run.append((o.label, "organization", o.start))
                end = o.start - 1 if text[o.start - 1 : o.start] == "、" and (o.start - 1) in orgs else o.start
            return list(reversed(run))
        pronoun = next((p for p in _PRONOUNS if text.endswith(p, 0, pos)), None)
        if pronoun:
            before = [p for p in people_sorted if p.end <= pos]
            if before:
                return [(before[-1].label, "person", pos - len(pronoun))]
        return []

    @staticmethod
    def _meeting_body(text: str, pos: int, orgs: list[Mention]) -> Mention | None:
        """The body that held the meeting a later 会议指出 refers to."""
        best = None
        for m in orgs:
            if m.end <= pos and ("召开" in text[m.end : m.end + 20] or text.startswith("会议", m.end)):
                if m.category in ("party", "government", None):
                    best = m
        return best

    @staticmethod
    def _content_end(doc: SegmentedText, start: int) -> int:
        """End of what was said: the closing quote of a quotation, else the sentence end;
        never past unreadable text."""
        text = doc.text
        if text.startswith("“", start):
            close = text.find("”", start)
            end = close + 1 if close != -1 else len(text)
        else:
            end = sentence_end(text, start)
        for d_start, _ in doc.norm.damaged:
            if start <= d_start < end:
                end = d_start
        return end
