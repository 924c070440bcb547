"""Extractors: small named objects that read a segmented document and yield mentions and facts.

One registry maps names to extractor factories; the built-ins register the same way an
outside extractor would. The order the pipeline runs them in is data (Settings.extractors).
Each extractor sees what the extractors before it found (`found`), like spaCy components
reading `doc.ents`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

from ..errors import ConfigError
from ..gazetteer import Gazetteer
from ..model import Mention, Relation, SegmentedText

Finding = Mention | Relation


@dataclass(frozen=True)
class Found:
    """What earlier extractors found in this document."""

    items: tuple[Finding, ...] = ()

    def mentions(self, *kinds: str) -> list[Mention]:
        return [m for m in self.items if isinstance(m, Mention) and (not kinds or m.kind in kinds)]

    def relations(self, kind: str) -> list[Relation]:
        return [r for r in self.items if not isinstance(r, Mention) and r.kind == kind]

    def plus(self, more: Iterable[Finding]) -> Found:
        return Found(self.items + tuple(more))


class Extractor(Protocol):
    """What the pipeline needs of an extractor."""

    name: str  #: registry name
    produces: frozenset[str]  #: mention kinds and relation kinds it may yield

    def __call__(self, doc: SegmentedText, found: Found) -> Iterable[Finding]: ...


ExtractorFactory = Callable[[Gazetteer], Extractor]
REGISTRY: dict[str, ExtractorFactory] = {}


def register(name: str) -> Callable[[ExtractorFactory], ExtractorFactory]:
    """Class or function decorator: make a factory available under `name`."""

    def wrap(factory: ExtractorFactory) -> ExtractorFactory:
        if name in REGISTRY:
            raise ConfigError(f"extractor {name!r} is registered twice")
        REGISTRY[name] = factory
        return factory

    return wrap


def build_extractors(names: Iterable[str], gazetteer: Gazetteer) -> list[Extractor]:
    """Instantiate the named extractors, in order."""
    _load_builtins()
    out = []
    for name in names:
        if name not in REGISTRY:
            raise ConfigError(f"unknown extractor {name!r}", hint="known: " + ", ".join(sorted(REGISTRY)))
        out.append(REGISTRY[name](gazetteer))
    return out


def _load_builtins() -> None:
    from . import (  # noqa: F401
        entities,
        events,
        initiatives,  # noqa: F401
        metadata,
        metrics,
        people,
        posts,
        statements,
        tagger,
    )
