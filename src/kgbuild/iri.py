"""IRIs are minted here and nowhere else.

Identity with a natural key (a person's or body's canonical name) uses that key; evidence
nodes use the document and offsets. Parts are hashed with a separator, never concatenated
bare, so distinct keys give distinct IRIs and the same input the same IRIs on every run.
"""

from __future__ import annotations

import hashlib
import unicodedata

from rdflib import URIRef

BASE = "https://kgbuild.org/id/"

#: Kinds of resource, each a path segment under the base.
KINDS = frozenset(
    {
        "document",
        "person",
        "organization",
        "place",
        "initiative",
        "role",
        "post",
        "metric",
        "unit",
        "event",
        "statement",
        "mention",
        "target",
        "position",
        "quote",
        "rule",
        "agent",
        "graph",
    }
)
_SEP = "\x1f"  # ASCII unit separator: cannot occur in a key


def key_of(name: str) -> str:
    """The natural key of a name: NFKC, no white space, no quote marks."""
    text = unicodedata.normalize("NFKC", name)
    return "".join(c for c in text if not c.isspace() and c not in "“”\"'《》「」‘’")


def mint(kind: str, *parts: object, base: str = BASE) -> URIRef:
    """The IRI of a resource of `kind` identified by `parts` (stable, collision-resistant)."""
    return URIRef(mint_text(kind, *parts, base=base))


def mint_text(kind: str, *parts: object, base: str = BASE) -> str:
    """mint's IRI as a plain string (for writing N-Triples without rdflib terms)."""
    if kind not in KINDS:
        raise ValueError(f"unknown IRI kind {kind!r}")
    if not parts:
        raise ValueError("an IRI needs at least one key part")
    joined = _SEP.join(map(str, parts))
    if joined.count(_SEP) != len(parts) - 1:
        raise ValueError("key parts must not contain the separator U+001F")
    digest = hashlib.sha256(f"{kind}{_SEP}{joined}".encode()).hexdigest()[:20]
    return f"{base}{kind}/{digest}"
