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
from .model import Entity, Event, Extraction, Mention, Post, Statement

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
    if mention.kind == "place":
        entry = gazetteer.places.get(mention.label)
        return ("place", key_of(entry.name if entry else mention.label))
    return (mention.kind, key_of(mention.label))


def resolve(extractions: Iterable[Extraction], gazetteer: Gazetteer) -> Resolution:
    """Group every entity mention of every document into entities."""
    surfaces: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    labels: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    categories: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    parents: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    wanted_orgs: set[str] = set()
    for extraction in extractions:
        for m in extraction.mentions:
            if m.kind not in ENTITY_KINDS:
                continue
            key = mention_key(m, gazetteer)
            surfaces[key][m.text] += 1
            labels[key][m.label if m.kind != "place" else m.text] += 1
            if m.category:
                categories[key][m.category] += 1
            if m.parent:
                parents[key][m.parent] += 1
                if m.kind == "organization":
                    wanted_orgs.add(m.parent)
        for r in extraction.relations:
            if isinstance(r, Post) and r.org:
                wanted_orgs.add(r.org)
            elif isinstance(r, Event) and r.organizer:
                wanted_orgs.add(r.organizer)
            elif isinstance(r, Statement) and r.speaker_kind == "organization":
                wanted_orgs.add(r.speaker)
        meta = extraction.meta
        if meta.publisher:
            wanted_orgs.add(meta.publisher)
    # bodies known only as someone's parent or employer: from the gazetteer, recursively
    pending = sorted(wanted_orgs)
    while pending:
        name = pending.pop()
        key = ("organization", key_of(name))
        if key in labels:
            continue
        entry = gazetteer.org(name)
        labels[key][entry.name if entry else name] += 1
        categories[key][entry.category if entry else "other"] += 1
        parent = stated_parent(entry, gazetteer) if entry else None
        if parent:
            parents[key][parent] += 1
            pending.append(parent)
    entities: dict[tuple[str, str], Entity] = {}
    for key in sorted(labels):
        kind = key[0]
        label = _most_common(labels[key])
        alts = tuple(sorted(s for s in surfaces[key] if s != label))
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


def _most_common(counter: Counter[str]) -> str:
    """Most frequent value; ties broken by the value itself, so the choice is deterministic."""
    return min(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0]
