"""Statements: who said what. Speaker, cue verb, and what was said up to the end of it.

王新哲在讲话中指出,近年来... gives (王新哲, 指出, 近年来...); 他/她 at the start of a sentence
is the last named speaker; 商务部新闻发言人表示 with no name gives the body as speaker.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..gazetteer import Gazetteer
from ..model import Mention, SegmentedText, Statement
from . import Found, register

_SPOKESPERSON = ("新闻发言人", "发言人", "有关负责人", "负责人")
_PRONOUNS = ("他", "她")


@register("statements")
class StatementExtractor:
    """A speech verb with a named speaker before it and what was said after it."""

    name = "statements"
    produces = frozenset({"statement"})

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        cues = "|".join(map(re.escape, gazetteer.cues))
        self.pattern = re.compile(
            rf"(?P<where>在[^,，。;；、“”]{{1,20}}?[时中上后](?:还|也|再次|进一步)?)?(?P<cue>{cues})(?P<punct>[,，:：]\s*)"
        )

    def __call__(self, doc: SegmentedText, found: Found) -> Iterable[Statement]:
        text = doc.text
        speakers: dict[int, Mention] = {}
        for m in found.mentions("person"):
            speakers[m.end] = m
        orgs = {m.end: m for m in found.mentions("organization")}
        people = sorted(found.mentions("person"), key=lambda m: m.start)
        for match in self.pattern.finditer(text):
            pos = match.start()
            speaker, kind, start = None, "person", pos
            m = speakers.get(pos)
            # 王毅部长表示 / 王新哲还表示
            if m is None:
                for gap in ("还", "也", "再次", "进一步", "同志", "总书记", "主席", "总理"):
                    if text.endswith(gap, 0, pos) and speakers.get(pos - len(gap)):
                        m = speakers[pos - len(gap)]
                        break
            if m is not None:
                speaker, start = m.label, m.start
            else:
                for word in _SPOKESPERSON:
                    if text.endswith(word, 0, pos) and orgs.get(pos - len(word)):
                        o = orgs[pos - len(word)]
                        speaker, kind, start = o.label, "organization", o.start
                        break
                else:
                    pronoun = next((p for p in _PRONOUNS if text.endswith(p, 0, pos)), None)
                    if pronoun:
                        before = [p for p in people if p.end <= pos]
                        if before:
                            speaker, start = before[-1].label, pos - len(pronoun)
            if speaker is None:
                continue
            content_start = match.end()
            content_end = self._content_end(text, content_start)
            for d_start, _ in doc.norm.damaged:
                if content_start <= d_start < content_end:
                    content_end = d_start  # what was said is kept up to unreadable text
            content = text[content_start:content_end].strip()
            if len(content) < 4:
                continue
            yield Statement(speaker=speaker, speaker_kind=kind, cue=match.group("cue"),
                            content=content, start=start, end=content_end,
                            content_start=content_start, content_end=content_end,
                            extractor=self.name, rule="speaker_cue")

    @staticmethod
    def _content_end(text: str, start: int) -> int:
        """End of what was said: the closing quote of a quotation, else the sentence end."""
        if text.startswith("“", start):
            close = text.find("”", start)
            if close != -1:
                return close + 1
        pos = start
        while pos < len(text) and text[pos] not in "。！？!?\n":
            pos += 1
        return pos
