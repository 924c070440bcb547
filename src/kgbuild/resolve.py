"""Resolve: turn mentions from every document into entities, one per real thing.

Identity is the canonical name's key (NFKC, no white space or quote marks) within a kind:
工信部 and 工业和信息化部 share the gazetteer's canonical name, so they are one body with both
as labels. Names that differ by a number or a date stay distinct (the key keeps them).
Bodies named only as a parent or in a post (中共中央 for 总书记) are added from the gazetteer.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from .gazetteer import Gazetteer
from .iri import key_of
from .model import Entity, Event, Extraction, Mention, Names, Post, Statement

ENTITY_KINDS = ("person", "organization", "place", "initiative")


@dataclass(frozen=True)
class Resolution:
    """Every entity of a build, and how to find one from a mention or a name."""

    entities: dict[tuple[str, str], Entity]  #: (kind, key) -> entity

    def key_for(self, kind: str, label: str) -> tuple[str, str] | None:
        key = (kind, key_of(label))
        return key if key in self.entities else None

    def agent_for(self, label: str, prefer: str = "person") -> tuple[str, str] | None:
        """A person or a body by name (statements' speakers, events' participants)."""
        order = (prefer, "organization" if prefer == "person" else "person")
        for kind in order:
            key = self.key_for(kind, label)
            if key:
                return key
        return None


def stated_parent(entry, gazetteer: Gazetteer) -> str | None:
    """The gazetteer's parent of a body only when the body's name states it.

    国务院新闻办公室 and 中共中央政治局 name their parents; 工业和信息化部 does not, and a
    graph of what the text says does not add 国务院 as its parent.
    """
    if not entry.parent:
        return None
    parent = gazetteer.org(entry.parent)
    # a short alias (中共 for 中国共产党) is a prefix of too many names to say anything
    names = (entry.parent, *(a for a in (parent.aliases if parent else ()) if len(a) >= 3))
    forms = (entry.name, *entry.aliases)
    if any(form.startswith(name) and form != name for form in forms for name in names):
        return entry.parent
    return None


def mention_key(mention: Mention, gazetteer: Gazetteer) -> tuple[str, str]:
    """The entity a mention names."""
    return entity_key(mention.kind, mention.label, gazetteer)


def entity_key(kind: str, label: str, gazetteer: Gazetteer) -> tuple[str, str]:
    """The entity a name of this kind names (places by their gazetteer name)."""
    if kind == "place":
        entry = gazetteer.places.get(label)
        return ("place", key_of(entry.name if entry else label))
    return (kind, key_of(label))


def names_of(extraction: Extraction) -> Names:
    """What resolution needs of one extraction (small: it is all a streamed build keeps)."""
    mentions = tuple(
        (m.kind, m.text, m.label, m.category, m.parent) for m in extraction.mentions if m.kind in ENTITY_KINDS
    )
    bodies: list[str] = []
    for r in extraction.relations:
        if isinstance(r, Post) and r.org:
            bodies.append(r.org)
        elif isinstance(r, Event) and r.organizer:
            bodies.append(r.organizer)
        elif isinstance(r, Statement) and r.speaker_kind == "organization":
            bodies.append(r.speaker)
    if extraction.meta.publisher:
        bodies.append(extraction.meta.publisher)
    return Names(doc_id=extraction.doc.id, mentions=mentions, bodies=tuple(dict.fromkeys(bodies)))


class Resolver:
    """Counts names document by document, then resolves them all at once.

    What it holds grows with the number of distinct names, not of documents; the order in
    which documents are added does not change the result (ties break on the values).
    """

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        self.surfaces: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        self.labels: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        self.categories: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        self.parents: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        self.wanted_orgs: set[str] = set()

    def add(self, names: Names) -> None:
        for kind, text, label, category, parent in names.mentions:
            key = entity_key(kind, label, self.gaz)
            if not self._stands_for(kind, text, label):
                self.surfaces[key][text] += 1
            self.labels[key][label if kind != "place" else text] += 1
            if category:
                self.categories[key][category] += 1
            if parent:
                self.parents[key][parent] += 1
                if kind == "organization":
                    self.wanted_orgs.add(parent)
        self.wanted_orgs.update(names.bodies)

    def _stands_for(self, kind: str, text: str, label: str) -> bool:
        """A surface that stands for a body without naming it, no other name of it: a place's
        name for its government or the embassy in it (安徽 for 安徽省人民政府, 韩国 in 中国驻韩国、
        捷克等国使馆), 当地 for the body of the place named last."""
        if kind != "organization" or text == label:
            return False
        place = self.gaz.places.get(text)
        return text in _REFERRING or (place is not None and place.name != label)

    def resolution(self) -> Resolution:
        """Every entity, from the counts so far (the counts are left as they are)."""
        gazetteer = self.gaz
        labels = defaultdict(Counter, {k: Counter(v) for k, v in self.labels.items()})
        categories = defaultdict(Counter, {k: Counter(v) for k, v in self.categories.items()})
        parents = defaultdict(Counter, {k: Counter(v) for k, v in self.parents.items()})
        surfaces = self.surfaces
        # bodies known only as someone's parent or employer: from the gazetteer, recursively
        pending = sorted(self.wanted_orgs)
        while pending:
            name = pending.pop()
            key = ("organization", key_of(name))
            if key in labels:
                continue
            entry = gazetteer.org(name)
            labels[key][entry.name if entry else name] += 1
            categories[key][entry.category if entry else _category_of_unlisted(name, gazetteer)] += 1
            parent = stated_parent(entry, gazetteer) if entry else None
            if parent:
                parents[key][parent] += 1
                pending.append(parent)
        entities: dict[tuple[str, str], Entity] = {}
        for key in sorted(labels):
            kind = key[0]
            label = _most_common(labels[key])
            alts = tuple(sorted(s for s in surfaces.get(key, ()) if s != label))
            category = _most_common(categories[key]) if kind == "organization" else None
            parent = _most_common(parents[key]) if parents[key] else None
            entities[key] = Entity(
                kind=kind,
                key=key[1],
                label=label,
                alt_labels=alts,
                category=category or ("other" if kind == "organization" else None),
                parent=key_of(parent) if parent else None,
            )
        # a parent or broader link only to something the graph holds, and never to itself
        for key, entity in list(entities.items()):
            if entity.parent is None:
                continue
            target = (key[0], entity.parent)
            if target not in entities or target == key:
                entities[key] = Entity(entity.kind, entity.key, entity.label, entity.alt_labels, entity.category, None)
        return Resolution(entities=entities)


#: The state whose bodies are at home (not `international`).
_HOME_STATES = frozenset({"中国", "中华人民共和国"})
#: Words that refer to a body named before them, no names of it.
_REFERRING = frozenset({"当地", "该地", "本地"})
#: The longest place name read from the start of a body's name.
_LONGEST_PLACE = 8
#: How the names of the Party's committees start (中共舒兰市委员会, 中国共产党…委员会).
_PARTY_OPENERS = ("中共", "中国共产党")


def _category_of_unlisted(name: str, gazetteer: Gazetteer) -> str:
    """The category of a body known only as a parent or a post's body that no organization
    list holds: a foreign state or a body named after one (古巴旅游部, the parent of 俄罗斯国防部)
    is international; a body of the Party (中共舒兰市委员会) party; else what the name's ending
    says (舒兰市人民政府: government), and other when no ending does."""
    for n in range(min(len(name), _LONGEST_PLACE), 1, -1):
        place = gazetteer.places.get(name[:n])
        if place is None:
            continue
        state = place if place.kind == "country" else gazetteer.places.get(place.parent or "")
        if state is not None and state.kind == "country" and state.name not in _HOME_STATES:
            return "international"
        break
    if name.startswith(_PARTY_OPENERS):
        return "party"
    for suffix, category in gazetteer.org_suffixes:  # longest first
        if name.endswith(suffix) and len(name) > len(suffix):
            return category
    return "other"


def resolve(extractions: Iterable[Extraction], gazetteer: Gazetteer) -> Resolution:
    """Group every entity mention of every document into entities."""
    resolver = Resolver(gazetteer)
    for extraction in extractions:
        resolver.add(names_of(extraction))
    return resolver.resolution()


def _most_common(counter: Counter[str]) -> str:
    """Most frequent value; ties broken by the value itself, so the choice is deterministic."""
    return min(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0]
