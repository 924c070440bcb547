"""The objects that cross stage boundaries: frozen dataclasses, each field documented.

read -> Document -> normalise -> NormalisedText -> segment -> SegmentedText -> extract ->
Extraction (Mentions and Relations) -> resolve -> Entity -> rdf -> graph -> BuildResult.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

#: The kinds of mention the contract's `mentions` query knows.
MENTION_KINDS = ("person", "organization", "post", "initiative", "metric", "event", "place")
#: Organization categories of the contract.
ORG_CATEGORIES = ("government", "party", "media", "enterprise", "international", "other")
#: Metric comparators of the contract.
COMPARATORS = ("=", ">", ">=", "<", "<=", "~")


@dataclass(frozen=True)
class Document:
    """One input record, its text exactly as read."""

    id: str  #: identifier: JSONL `id`, or the file name without extension
    text: str  #: the text exactly as decoded; every offset in the graph refers to it
    source: str  #: path of the file it came from
    line: int | None = None  #: 1-based line in a JSONL file, None for a text file
    title: str | None = None  #: title given by the record (JSONL `title`)
    date: str | None = None  #: ISO date given by the record (JSONL `date`), if any
    url: str | None = None  #: JSONL `url`
    publisher: str | None = None  #: JSONL `source`: publisher named by the record
    encoding: str = "utf-8"  #: the encoding the file was decoded with


@dataclass(frozen=True)
class Skipped:
    """An input the reader could not use, and why; listed in the report."""

    source: str  #: path
    line: int | None  #: line in the file, if the problem is one record
    reason: str  #: one-line explanation


@dataclass(frozen=True)
class NormalisedText:
    """Cleaned text with a map from every character back to the text as read."""

    doc: Document  #: the document it came from
    text: str  #: Simplified, folded, annotation-free text the extractors read
    starts: Sequence[int]  #: starts[i]: offset in doc.text where normalised char i begins (compact array)
    ends: Sequence[int]  #: ends[i]: offset in doc.text just after normalised char i
    damaged: tuple[tuple[int, int], ...] = ()  #: normalised spans that hold unrepaired mojibake
    repaired: tuple[tuple[int, int], ...] = ()  #: normalised spans repaired from mojibake

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span [start, end) to the span of the text as read."""
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"span {start}:{end} outside text of length {len(self.text)}")
        return self.starts[start], self.ends[end - 1]

    def is_damaged(self, start: int, end: int) -> bool:
        """True when [start, end) overlaps a span of unrepaired mojibake."""
        return any(s < end and start < e for s, e in self.damaged)


@dataclass(frozen=True)
class Token:
    """One word from the segmenter, with its offsets in the normalised text."""

    text: str  #: the word
    start: int  #: offset of its first character in NormalisedText.text
    end: int  #: offset just after it
    pos: str  #: part-of-speech tag from the dictionary ("x" when unknown)


@dataclass(frozen=True)
class SegmentedText:
    """The normalised text cut into words and sentences."""

    norm: NormalisedText  #: what was segmented
    tokens: tuple[Token, ...]  #: words, in order, covering the text
    sentences: tuple[tuple[int, int], ...]  #: sentence spans in the normalised text

    @property
    def text(self) -> str:
        return self.norm.text

    @property
    def doc(self) -> Document:
        return self.norm.doc


@dataclass(frozen=True)
class Mention:
    """A span of the normalised text that names a thing."""

    kind: str  #: one of MENTION_KINDS
    start: int  #: normalised start offset
    end: int  #: normalised end offset (exclusive)
    text: str  #: the normalised surface, text[start:end]
    label: str  #: canonical name of the thing it names
    extractor: str = ""  #: name of the extractor that found it
    rule: str = ""  #: the rule inside the extractor
    category: str | None = None  #: organizations: one of ORG_CATEGORIES
    parent: str | None = None  #: organizations: parent body; initiatives: broader initiative
    aliases: tuple[str, ...] = ()  #: other names known for the thing (gazetteer)


@dataclass(frozen=True)
class Post:
    """A person stated to hold a post (title, optionally in an organization)."""

    person: str  #: person's canonical name
    title: str  #: the bare post (部长, 司长, 总经济师)
    org: str | None  #: canonical name of the body, None when not given
    start: int  #: span of the title as written (what a `post` mention points to)
    end: int
    former: bool = False  #: 时任 / 前: a past post
    acting: bool = False  #: 代 / 代理: acting
    extractor: str = ""
    rule: str = ""
    kind = "post"


@dataclass(frozen=True)
class Metric:
    """A quantitative fact."""

    indicator: str  #: what is measured
    subject: str | None  #: what or who it is measured for
    value: Decimal  #: value in the unit's base
    unit: str  #: base unit (元, %, 家 ...)
    comparator: str  #: one of COMPARATORS
    period: str | None  #: the time the value holds for, as written
    text: str  #: the source clause, as in the normalised text
    start: int  #: span of the number expression (value and unit)
    end: int
    clause_start: int  #: span of the source clause
    clause_end: int
    extractor: str = ""
    rule: str = ""
    kind = "metric"


@dataclass(frozen=True)
class Event:
    """A named meeting, conference, visit or launch."""

    name: str  #: canonical name
    date: str | None  #: YYYY-MM-DD, or --MM-DD when the year is not known
    organizer: str | None  #: canonical name of the organizing body
    participants: tuple[str, ...]  #: canonical names of participants (people or bodies)
    start: int  #: span of the name
    end: int
    place: str | None = None  #: where it happened
    extractor: str = ""
    rule: str = ""
    kind = "event"


@dataclass(frozen=True)
class Statement:
    """A reported speech act: who said what."""

    speaker: str  #: canonical name of the speaker
    speaker_kind: str  #: "person" or "organization"
    cue: str  #: the cue verb (表示, 指出 ...)
    content: str  #: what was said, as in the normalised text
    start: int  #: span from the speaker's mention to the end of the content
    end: int
    content_start: int  #: span of what was said
    content_end: int
    extractor: str = ""
    rule: str = ""
    kind = "statement"


@dataclass(frozen=True)
class DocumentMeta:
    """What a document says about itself: title, publisher, byline, dateline."""

    title: str | None = None
    publisher: str | None = None  #: canonical name of the publishing body
    author: str | None = None  #: the byline's person
    place: str | None = None  #: dateline place
    date: str | None = None  #: YYYY-MM-DD or --MM-DD
    title_span: tuple[int, int] | None = None  #: normalised span of the title line
    extractor: str = ""
    rule: str = ""
    kind = "document"


Relation = Post | Metric | Event | Statement | DocumentMeta


@dataclass(frozen=True)
class Extraction:
    """Everything found in one document."""

    doc: Document  #: the document as read
    norm: NormalisedText  #: its normalised text, for mapping offsets back
    mentions: tuple[Mention, ...]  #: spans that name things
    relations: tuple[Relation, ...]  #: facts stated in it
    meta: DocumentMeta = field(default_factory=DocumentMeta)  #: the document's metadata


@dataclass(frozen=True)
class Names:
    """What resolution needs of one document's extraction, and nothing more: a build of any
    size keeps only these (or their running counts) in memory while extractions wait on disk."""

    doc_id: str  #: the document
    mentions: tuple[
        tuple[str, str, str, str | None, str | None], ...
    ]  #: (kind, text, label, category, parent) of entity mentions
    bodies: tuple[str, ...]  #: bodies its facts name: posts' bodies, organizers, speaking bodies, publisher


@dataclass(frozen=True)
class Entity:
    """One real thing after resolution: all its mentions, one identity."""

    kind: str  #: person, organization, place, initiative
    key: str  #: natural key (canonical name) from which the IRI is minted
    label: str  #: canonical label
    alt_labels: tuple[str, ...] = ()  #: every other surface form seen or known
    category: str | None = None  #: organizations
    parent: str | None = None  #: organizations: parent's key; initiatives: broader's key


@dataclass(frozen=True)
class BuildResult:
    """The outcome of a build: what was written and what was learnt on the way."""

    documents: int  #: documents read
    skipped: tuple[Skipped, ...]  #: inputs that could not be used
    counts: dict[str, int]  #: instances per class (by contract name)
    triples: int  #: triples in the graph
    conforms: bool | None  #: SHACL conformance (None: too large to validate during the build)
    violations: tuple[str, ...]  #: readable SHACL violations
    seconds: float  #: wall time
    outputs: dict[str, str]  #: what was written: name -> path
    #: wall time of each stage, seconds (and, keyed `stage.part`, of the parts of a stage)
    stages: dict[str, float] = field(default_factory=dict)
