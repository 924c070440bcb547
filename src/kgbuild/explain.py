"""kgbuild explain: an entity's labels, the facts about it, and for each fact the documents
and sentences it came from; why its surface forms were merged into one entity."""

from __future__ import annotations

from functools import lru_cache

from .errors import InputError
from .gazetteer import load_gazetteer
from .iri import key_of
from .query import run_query

_PREFIXES = """PREFIX kg: <https://kgbuild.org/ns#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX schema: <https://schema.org/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
"""


def _literal(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def find_entity(store, name: str) -> str:
    """The IRI of the entity with this IRI, name or alternative label."""
    if name.startswith(("http://", "https://")):
        return name
    table = run_query(
        store,
        _PREFIXES
        + f"""
        SELECT DISTINCT ?e WHERE {{
          {{ ?e skos:prefLabel ?l }} UNION {{ ?e skos:altLabel ?l }}
          FILTER(STR(?l) = {_literal(name)})
        }} ORDER BY ?e""",
    )
    found = [str(row[0]) for row in table.rows]
    if not found:
        raise InputError(f"no entity named {name!r} in the graph")
    if len(found) > 1:
        raise InputError(f"{len(found)} entities are named {name!r}: " + ", ".join(found), hint="give one IRI")
    return found[0]


@lru_cache(maxsize=1)
def _aliases() -> dict[str, set[str]]:
    gaz = load_gazetteer()
    out: dict[str, set[str]] = {}
    for entry in set(gaz.orgs.values()):
        out[entry.name] = set(entry.aliases)
    for entry in set(gaz.initiatives.values()):
        out[entry.name] = set(entry.aliases)
    return out


def merge_reason(label: str, alt: str) -> str:
    """Why a surface form is a label of this entity."""
    if alt in _aliases().get(label, set()):
        return "gazetteer alias"
    if key_of(alt) == key_of(label):
        return "same name after normalisation (NFKC, quotes, white space)"
    return "same canonical name in context (place or title rule)"


def explain(store, name: str) -> str:
    iri = find_entity(store, name)
    lines: list[str] = []
    rows = run_query(
        store,
        _PREFIXES
        + f"""
        SELECT ?label ?type WHERE {{ <{iri}> skos:prefLabel ?label ; rdf:type ?type .
          FILTER(STRSTARTS(STR(?type), "https://kgbuild.org/ns#")) }}""",
    ).rows
    if not rows:
        rows = [(None, None)]
    label = str(rows[0][0]) if rows[0][0] is not None else iri
    kind = str(rows[0][1]).rsplit("#", 1)[-1] if rows[0][1] is not None else "?"
    lines.append(f"{label}  ({kind})  <{iri}>")
    alts = run_query(store, _PREFIXES + f"SELECT ?a WHERE {{ <{iri}> skos:altLabel ?a }} ORDER BY ?a").rows
    for (alt,) in alts:
        lines.append(f"  also: {alt}  [{merge_reason(label, str(alt))}]")
    facts = run_query(
        store,
        _PREFIXES
        + f"""
        SELECT ?fact ?what WHERE {{
          {{ ?fact org:member <{iri}> ; org:role/skos:prefLabel ?r .
             OPTIONAL {{ ?fact org:organization/skos:prefLabel ?o }}
             BIND(CONCAT("post: ", STR(?r), COALESCE(CONCAT(" of ", STR(?o)), "")) AS ?what) }}
          UNION {{ ?fact org:organization <{iri}> ; org:member/skos:prefLabel ?p ; org:role/skos:prefLabel ?r .
             BIND(CONCAT("post held here: ", STR(?p), " ", STR(?r)) AS ?what) }}
          UNION {{ ?fact kg:speaker <{iri}> ; kg:cue ?c ; kg:content ?t .
             BIND(CONCAT("statement (", STR(?c), "): ", SUBSTR(STR(?t), 1, 60)) AS ?what) }}
          UNION {{ ?fact schema:attendee <{iri}> ; skos:prefLabel ?e .
             BIND(CONCAT("took part in: ", STR(?e)) AS ?what) }}
          UNION {{ ?fact schema:organizer <{iri}> ; skos:prefLabel ?e .
             BIND(CONCAT("organized: ", STR(?e)) AS ?what) }}
          UNION {{ <{iri}> org:subOrganizationOf ?fact . ?fact skos:prefLabel ?p .
             BIND(CONCAT("part of: ", STR(?p)) AS ?what) }}
          UNION {{ <{iri}> skos:broader ?fact . ?fact skos:prefLabel ?p .
             BIND(CONCAT("narrower than: ", STR(?p)) AS ?what) }}
        }} ORDER BY ?what ?fact""",
    ).rows
    lines.append(f"facts: {len(facts)}")
    for fact, what in facts:
        lines.append(f"  {what}")
        for doc, quote in _evidence(store, str(fact)):
            lines.append(f"      {doc}: {quote}")
    mentions = _evidence(store, iri)
    lines.append(f"mentions: {len(mentions)}")
    for doc, quote in mentions:
        lines.append(f"  {doc}: {quote}")
    return "\n".join(lines) + "\n"


def _evidence(store, iri: str) -> list[tuple[str, str]]:
    rows = run_query(
        store,
        _PREFIXES
        + f"""
        SELECT ?doc ?start ?exact ?prefix ?suffix ?rule WHERE {{
          ?m oa:hasBody <{iri}> ; oa:hasTarget ?t ; prov:wasGeneratedBy/kg:rule ?rule .
          ?t oa:hasSource/dcterms:identifier ?doc ; oa:hasSelector ?q , ?p .
          ?q oa:exact ?exact . ?p oa:start ?start .
          OPTIONAL {{ ?q oa:prefix ?prefix }} OPTIONAL {{ ?q oa:suffix ?suffix }}
        }} ORDER BY ?doc ?start""",
    ).rows
    out = []
    for doc, start, exact, prefix, suffix, rule in rows:
        quote = f"…{prefix or ''}【{exact}】{suffix or ''}…".translate(_ONE_LINE)
        out.append((f"{doc}@{start}", f"{quote} ({rule})"))
    return out


#: A quote stays on its line: line breaks of the text around a span are shown as ⏎.
_ONE_LINE = str.maketrans({"\n": "⏎", "\r": "⏎"})
