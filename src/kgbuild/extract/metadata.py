"""Document metadata: title, publisher, byline author, dateline place and date.

Datelines such as 人民网北京6月22日电 (张晓赫), 新华社北京1月5日电(记者 王某) and 央视网消息
name the publisher (a media body), the place, the month and day, and the reporters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..gazetteer import Gazetteer
from ..model import DocumentMeta, Mention, Post, SegmentedText
from . import Found, register

#: 本台, 本报, 本社: the publisher's outlet speaking of itself
_OWN_OUTLET_WORDS = ("本台", "本报", "本社")
_OWN_OUTLET = re.compile("|".join(_OWN_OUTLET_WORDS))
_DATELINE = re.compile(
    r"(?P<pub>[\u4e00-\u9fff]{2,8}?(?:网|社|报|台|客户端))"
    r"(?P<place>[\u4e00-\u9fff]{2,6}?)?(?P<month>\d{1,2})月(?P<day>\d{1,2})日(?:电|讯)"
    r"(?:\s*[(（]\s*(?P<authors>[\u4e00-\u9fff·、 ]{2,30}?)\s*[)）])?"
)
#: A reporter's role written in a byline before the names it covers (记者 王某 李某 通讯员 张某).
_ROLE = re.compile(r"记者|通讯员")
_MESSAGE = re.compile(r"(?P<pub>[\u4e00-\u9fff]{2,8}?(?:网|社|台|客户端))消息")
_NAME = re.compile(r"[\u4e00-\u9fff·]{2,8}")


def document_date(meta: DocumentMeta | None, fallback: str | None = None) -> str | None:
    """The date a document speaks from: YYYY-MM-DD, --MM-DD, or None."""
    if meta is not None and meta.date:
        return meta.date
    return fallback


@register("metadata")
class MetadataExtractor:
    """Title line, dateline and byline of a news story."""

    name = "metadata"
    produces = frozenset({"document", "organization", "person", "place", "post"})

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer

    def __call__(self, doc: SegmentedText, found: Found) -> Iterable[Mention | DocumentMeta | Post]:
        text = doc.text
        record = doc.doc
        title, title_span = record.title, None
        first_line_end = text.find("\n")
        body_start = 0
        if first_line_end > 0 and first_line_end <= 80 and not text[:first_line_end].rstrip().endswith("。"):
            title_span = (0, len(text[:first_line_end].rstrip()))
            body_start = first_line_end + 1
            if title is None:
                title = text[: title_span[1]].strip()
        head = text[body_start : body_start + 200]
        publisher = author = place = date = None
        out: list[Mention | Post] = []
        match = _DATELINE.match(head.lstrip())
        if match:
            offset = body_start + len(head) - len(head.lstrip())
            publisher = self._publisher(match, offset, out)
            if match.group("place"):
                place = match.group("place")
                s = offset + match.start("place")
                out.append(Mention("place", s, s + len(place), place, place, self.name, "dateline"))
            date = f"--{int(match.group('month')):02d}-{int(match.group('day')):02d}"
            if match.group("authors"):
                for name, start, role, role_start in self._bylines(
                    match.group("authors"), offset + match.start("authors")
                ):
                    out.append(Mention("person", start, start + len(name), name, name, self.name, "byline"))
                    # the post's span is its role word when written (记者), else the name it is implied for
                    span = (
                        (role_start, role_start + len(role)) if role_start is not None else (start, start + len(name))
                    )
                    out.append(Post(name, role, publisher, *span, extractor=self.name, rule="byline"))
                    author = author or name
        else:
            message = _MESSAGE.match(head.lstrip())
            if message:
                offset = body_start + len(head) - len(head.lstrip())
                publisher = self._publisher(message, offset, out)
        if record.publisher and not publisher:
            publisher = record.publisher
        if publisher is not None and any(word in text for word in _OWN_OUTLET_WORDS):
            out += self._own_outlet(text, publisher, {t.start for t in doc.tokens})
        if record.date:
            date = record.date
        yield from out
        yield DocumentMeta(
            title=title or record.id,
            publisher=publisher,
            author=author,
            place=place,
            date=date,
            title_span=title_span,
            extractor=self.name,
            rule="dateline" if match else "record",
        )

    def _own_outlet(self, text: str, publisher: str, word_starts: set[int]) -> list[Mention]:
        """本台今天播发 in a story of 央视网: the outlet the publisher belongs to (中央广播电视总台),
        or the publisher itself, speaking of itself; 本 starting a word (not 日本|社会, 基本|社会)."""
        entry = self.gaz.org(publisher)
        outlet = self.gaz.org(entry.parent) if entry is not None and entry.parent else entry
        if outlet is None or outlet.category != "media":
            return []
        return [
            Mention(
                "organization", m.start(), m.end(), m.group(), outlet.name, self.name, "own_outlet", category="media"
            )
            for m in _OWN_OUTLET.finditer(text)
            if m.start() in word_starts
        ]

    @staticmethod
    def _bylines(authors: str, base: int) -> Iterable[tuple[str, int, str, int | None]]:
        """(name, where it starts, role, where the role word starts or None) for each name of a
        byline: 记者 王某、李某 通讯员 张某 gives two reporters and a correspondent; a byline with no
        role word (张晓赫) names a reporter."""
        role, role_start = "记者", None
        pos = 0
        while (found := _ROLE.search(authors, pos)) is not None or pos < len(authors):
            end = found.start() if found is not None else len(authors)
            for name_match in _NAME.finditer(authors, pos, end):
                yield name_match.group(), base + name_match.start(), role, role_start
            if found is None:
                break
            role, role_start, pos = found.group(), base + found.start(), found.end()

    def _publisher(self, match: re.Match[str], offset: int, out: list) -> str:
        surface = match.group("pub")
        entry = self.gaz.org(surface)
        label = entry.name if entry else surface
        s = offset + match.start("pub")
        out.append(
            Mention(
                "organization",
                s,
                s + len(surface),
                surface,
                label,
                self.name,
                "dateline",
                category=entry.category if entry else "media",
                parent=None,
            )
        )
        return label
