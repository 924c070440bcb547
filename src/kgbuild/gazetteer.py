"""Gazetteers: the data files behind the rules (ontology/gazetteer/), loaded once.

Bodies with their abbreviations, places, post titles, surnames, people the news names
often, units, comparators, cue verbs, known initiatives, sports. Adding a ministry or a unit
is a data change, not a code change.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from .config import ontology_dir
from .errors import ConfigError
from .model import COMPARATORS, ORG_CATEGORIES


@dataclass(frozen=True)
class OrgEntry:
    """A known body."""

    name: str  #: canonical full name
    category: str  #: one of ORG_CATEGORIES
    parent: str | None  #: canonical name of the parent body
    aliases: tuple[str, ...] = ()  #: other names


@dataclass(frozen=True)
class PlaceEntry:
    """A known place."""

    name: str  #: canonical name (with its suffix: 浙江省, 杭州市)
    #: country, province, municipality, autonomous_region, sar, city, county, district, region
    kind: str
    parent: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class InitiativeEntry:
    """A known initiative."""

    name: str
    aliases: tuple[str, ...] = ()
    broader: str | None = None


@dataclass(frozen=True)
class Gazetteer:
    """Every lookup table the extractors use, read-only."""

    orgs: Mapping[str, OrgEntry]  #: any name or alias -> entry
    places: Mapping[str, PlaceEntry]  #: any name or alias -> entry
    titles: Mapping[str, str]  #: post title -> kind (leader, deputy, member, ...)
    surnames: frozenset[str]  #: single and compound surnames
    units: Mapping[str, tuple[str, str]]  #: unit word -> (kind, QUDT local name or "")
    comparators_before: Mapping[str, str]  #: word before a number -> comparator
    comparators_after: Mapping[str, str]  #: word after a number -> comparator
    cues: tuple[str, ...]  #: speech verbs, longest first
    measure_words: Mapping[str, str]  #: counted noun -> unit
    initiatives: Mapping[str, InitiativeEntry]  #: any name or alias (quotes removed) -> entry
    event_suffixes: tuple[str, ...]  #: longest first
    org_suffixes: tuple[tuple[str, str], ...]  #: (suffix, category), longest first
    person_nouns: frozenset[str] = frozenset()  #: nouns that introduce a named person (冠军, 村民)
    sports: frozenset[str] = frozenset()  #: sports a national team is named by (跳水 in 中国跳水队)
    people: frozenset[str] = frozenset()  #: names of people the news names often (习近平, 咸辉)
    people_abroad: frozenset[str] = frozenset()  #: those of them who hold posts abroad (普京, 阮富仲)
    #: the body whose general secretary the people list says a person abroad is (阮富仲 ->
    #: 越南共产党中央, from the note 越南共产党中央总书记)
    secretaries_abroad: Mapping[str, str] = field(default_factory=dict)
    #: the one post the people list says a person abroad holds: (the state's or the body's
    #: canonical name, the title), from notes like 韩国总统, 越南政府总理, 联合国秘书长
    leaders_abroad: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    #: ordinary words jieba's dictionary tags as personal names (道德, 马拉松, 白皮书)
    common_words: frozenset[str] = frozenset()
    org_prefixes: frozenset[str] = frozenset()  #: every prefix of every body's name or alias
    initiative_prefixes: frozenset[str] = frozenset()  #: every prefix of every initiative key
    #: initiatives matched on the text, not made jieba words (a word for 习近平…思想 would
    #: swallow the person's name): written form -> entry
    initiative_terms: Mapping[str, InitiativeEntry] = field(default_factory=dict)
    transliteration: frozenset[str] = frozenset()  #: characters of transliterated foreign names
    #: one-character short names of states that act as a side (俄 -> 俄罗斯, for 俄方; 中 -> 中国)
    sides: Mapping[str, str] = field(default_factory=dict)
    #: campaigns a short form names only while they run: (short form, first month, last month,
    #: the initiative's name), months as YYYY-MM
    campaigns: tuple[tuple[str, str, str, str], ...] = ()
    #: counties by their names without 县/市/旗 (罗甸 -> 罗甸县), which name them only right after
    #: their province or city (贵州罗甸): bare, many are ordinary words (平原, 江山, 太湖)
    county_shorts: Mapping[str, PlaceEntry] = field(default_factory=dict)
    files: tuple[str, ...] = field(default=())  #: the files read, for provenance

    def org(self, surface: str) -> OrgEntry | None:
        return self.orgs.get(surface)

    def country_of(self, place_name: str) -> PlaceEntry | None:
        """The country a place is or lies in (纽约 -> 美国, through its state), walking up to
        three levels of parents; None when the gazetteer does not say."""
        place = self.places.get(place_name)
        for _ in range(4):
            if place is None or place.kind == "country":
                return place
            place = self.places.get(place.parent or "")
        return None


_MONTH = re.compile(r"\d{4}-(?:0[1-9]|1[0-2])")


def read_table(path: Path, header: tuple[str, ...]) -> list[tuple[int, list[str]]]:
    """Data rows of a TSV file with the given header; errors name the file and line."""
    if not path.is_file():
        raise ConfigError("gazetteer file is missing", path=str(path))
    out: list[tuple[int, list[str]]] = []
    seen_header = False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if not seen_header:
            if tuple(cells) != header:
                raise ConfigError(f"header must be {' '.join(header)!r}", path=str(path), line=number)
            seen_header = True
            continue
        cells += [""] * (len(header) - len(cells))
        if len(cells) > len(header) or not cells[0]:
            raise ConfigError(f"expected {len(header)} tab-separated fields", path=str(path), line=number)
        out.append((number, cells))
    return out


def _split(cell: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in cell.split("|") if a.strip())


def _strip_quotes(text: str) -> str:
    return "".join(c for c in text if c not in '“”"《》')


def _post_of_note(note: str, places, orgs, titles) -> tuple[str, str] | None:
    """(the body or state, the title) of the one post a person's note in the people list names
    (韩国总统 -> (韩国, 总统), 越南政府总理 -> (越南, 总理), 联合国秘书长 -> (联合国, 秘书长));
    None for a note of two posts or of a body no list holds."""
    if "、" in note:
        return None
    for n in range(len(note) - 1, 1, -1):
        title, head = note[n:], note[:n]
        if title not in titles:
            continue
        place = places.get(head[:-2] if head.endswith("政府") else head)
        if place is not None and place.kind == "country":
            return place.name, title
        if (entry := orgs.get(head)) is not None:
            return entry.name, title
    return None


@lru_cache(maxsize=4)
def load_gazetteer(directory: str | None = None) -> Gazetteer:
    """Read every gazetteer file of `directory` (default: the ontology's gazetteer folder)."""
    root = Path(directory) if directory else ontology_dir() / "gazetteer"
    orgs: dict[str, OrgEntry] = {}
    entries: list[OrgEntry] = []
    path = root / "organizations.tsv"
    for number, (name, aliases, category, parent) in read_table(path, ("name", "aliases", "category", "parent")):
        if category not in ORG_CATEGORIES:
            raise ConfigError(
                f"unknown category {category!r}",
                path=str(path),
                line=number,
                hint="one of " + ", ".join(ORG_CATEGORIES),
            )
        entries.append(OrgEntry(name, category, parent or None, _split(aliases)))
    places: dict[str, PlaceEntry] = {}
    path = root / "places.tsv"
    for _, (name, aliases, kind, parent) in read_table(path, ("name", "aliases", "kind", "parent")):
        entry = PlaceEntry(name, kind, parent or None, _split(aliases))
        for surface in (name, *entry.aliases):
            places.setdefault(surface, entry)
    county_shorts: dict[str, PlaceEntry] = {}
    for _, (name, short, parent) in read_table(root / "counties.tsv", ("name", "short", "parent")):
        # (a county places.tsv lists keeps its row there)
        entry = places.setdefault(name, PlaceEntry(name, "county", parent or None))
        if short and short not in places:
            county_shorts[short] = entry
    for _, (name, city) in read_table(root / "districts.tsv", ("name", "city")):
        places.setdefault(name, PlaceEntry(name, "district", city or None))
    entries += _derived_bodies(places, {e.name for e in entries})
    for entry in entries:
        for surface in (entry.name, *entry.aliases):
            orgs.setdefault(surface, entry)
    titles = {t: k for _, (t, k) in read_table(root / "titles.tsv", ("title", "kind"))}
    surnames = frozenset(s for _, (s,) in read_table(root / "surnames.txt", ("surname",)))
    units = {u: (k, q) for _, (u, k, q) in read_table(root / "units.tsv", ("unit", "kind", "qudt"))}
    before: dict[str, str] = {}
    after: dict[str, str] = {}
    path = root / "comparators.tsv"
    for number, (word, position, comparator) in read_table(path, ("word", "position", "comparator")):
        if comparator not in COMPARATORS or position not in ("before", "after"):
            raise ConfigError(
                "comparator must be one of = > >= < <= ~ and position before|after", path=str(path), line=number
            )
        (before if position == "before" else after)[word] = comparator
    cues = tuple(sorted((c for _, (c,) in read_table(root / "cues.txt", ("cue",))), key=len, reverse=True))
    measure = {n: u for _, (n, u) in read_table(root / "measure_words.tsv", ("noun", "unit"))}
    initiatives: dict[str, InitiativeEntry] = {}
    for _, (name, aliases, broader) in read_table(root / "initiatives.tsv", ("name", "aliases", "broader")):
        entry = InitiativeEntry(name, _split(aliases), broader or None)
        for surface in (name, *entry.aliases):
            initiatives.setdefault(_strip_quotes(surface), entry)
    terms: dict[str, InitiativeEntry] = {}
    for _, (name, aliases, broader) in read_table(root / "initiative_terms.tsv", ("name", "aliases", "broader")):
        entry = InitiativeEntry(name, _split(aliases), broader or None)
        for surface in (name, *entry.aliases):
            terms.setdefault(surface, entry)
            terms.setdefault(_strip_quotes(surface), entry)
    events = tuple(
        sorted((s for _, (s,) in read_table(root / "event_suffixes.txt", ("suffix",))), key=len, reverse=True)
    )
    suffixes = tuple(
        sorted(
            ((s, c) for _, (s, c) in read_table(root / "org_suffixes.tsv", ("suffix", "category"))),
            key=lambda sc: len(sc[0]),
            reverse=True,
        )
    )
    person_nouns = frozenset(n for _, (n,) in read_table(root / "person_nouns.txt", ("noun",)))
    sports = frozenset(n for _, (n,) in read_table(root / "sports.txt", ("sport",)))
    people_notes = {n: note for _, (n, note) in read_table(root / "people.tsv", ("name", "note"))}
    people = frozenset(people_notes)
    # a person abroad: the note starts with a foreign state's name or an international body's
    states = tuple(
        name
        for name, entry in places.items()
        if entry.kind == "country" and entry.name not in ("中国", "中华人民共和国") and len(name) >= 2
    )
    people_abroad = frozenset(
        n
        for n, note in people_notes.items()
        if note.startswith(states + ("联合国", "国际", "世界", "欧盟", "欧洲", "北约"))
    )
    secretaries_abroad = {
        n: head.group(1)
        for n in people_abroad
        if (head := re.match(r"([^、（(]+?)总书记", people_notes[n])) is not None
    }
    leaders_abroad = {
        n: post for n in people_abroad if (post := _post_of_note(people_notes[n], places, orgs, titles)) is not None
    }
    common = frozenset(w for _, (w,) in read_table(root / "common_words.txt", ("word",)))
    translit = frozenset("".join(c for _, (c,) in read_table(root / "transliteration.txt", ("chars",))))
    sides = {short: country for _, (short, country) in read_table(root / "statement_sides.tsv", ("short", "country"))}
    campaigns = []
    path = root / "campaigns.tsv"
    for number, (short, first, last, name) in read_table(path, ("short", "first", "last", "name")):
        if not (_MONTH.fullmatch(first) and _MONTH.fullmatch(last) and first <= last and name):
            raise ConfigError("expected first <= last months as YYYY-MM and a name", path=str(path), line=number)
        campaigns.append((short, first, last, name))
    files = tuple(sorted(p.name for p in root.iterdir() if p.is_file()))
    return Gazetteer(
        orgs=MappingProxyType(orgs),
        places=MappingProxyType(places),
        titles=MappingProxyType(titles),
        surnames=surnames,
        units=MappingProxyType(units),
        comparators_before=MappingProxyType(before),
        comparators_after=MappingProxyType(after),
        cues=cues,
        measure_words=MappingProxyType(measure),
        initiatives=MappingProxyType(initiatives),
        initiative_terms=MappingProxyType(terms),
        event_suffixes=events,
        org_suffixes=suffixes,
        person_nouns=person_nouns,
        sports=sports,
        people=people,
        people_abroad=people_abroad,
        secretaries_abroad=MappingProxyType(secretaries_abroad),
        leaders_abroad=MappingProxyType(leaders_abroad),
        common_words=common,
        transliteration=translit,
        sides=MappingProxyType(sides),
        campaigns=tuple(campaigns),
        county_shorts=MappingProxyType(county_shorts),
        files=files,
        org_prefixes=_prefixes(orgs),
        initiative_prefixes=_prefixes(initiatives),
    )


def _prefixes(names) -> frozenset[str]:
    """All prefixes of the names: lets a longest-match scan stop as soon as nothing can match."""
    return frozenset(name[:i] for name in names for i in range(1, len(name) + 1))


_GOVERNMENT_SUFFIX = {
    "province": "人民政府",
    "municipality": "人民政府",
    "autonomous_region": "人民政府",
    "city": "人民政府",
    "county": "人民政府",
    "district": "人民政府",
}


def _forms(names: tuple[str, ...], *templates: str) -> tuple[str, ...]:
    """The aliases the templates make of the names, but the canonical name (the first
    name in the last template)."""
    canonical = templates[-1].format(names[0])
    out = (template.format(name) for name in names for template in templates)
    return tuple(dict.fromkeys(form for form in out if form != canonical))


def _derived_bodies(places: Mapping[str, PlaceEntry], known: set[str]) -> list[OrgEntry]:
    """The people's government, Party committee, people's congress standing committee and
    CPPCC committee of every Chinese province, city and county.

    浙江省 -> 浙江省人民政府 (浙江省政府), 中共浙江省委员会 (浙江省委, 中共浙江省委),
    浙江省人民代表大会常务委员会 (浙江省人大常委会), 中国人民政治协商会议浙江省委员会 (浙江省政协).
    A district's bodies are named with its city (房山区 -> 北京市房山区人民政府, 房山区政府).
    """
    out: list[OrgEntry] = []
    by_name = {e.name: e for e in places.values()}

    def mainland(entry: PlaceEntry, depth: int = 0) -> bool:
        # people's governments and Party committees exist for mainland units only
        if entry.kind in ("province", "municipality", "autonomous_region"):
            return entry.name != "台湾省"
        parent = by_name.get(entry.parent or "")
        return parent is not None and depth < 4 and mainland(parent, depth + 1)

    for entry in sorted(set(places.values()), key=lambda e: e.name):
        if entry.kind not in _GOVERNMENT_SUFFIX or not mainland(entry):
            continue
        # (a district's bodies by its name alone too: 房山区政府)
        names = (f"{entry.parent}{entry.name}", entry.name) if entry.kind == "district" else (entry.name,)
        name = names[0]
        gov = f"{name}人民政府"
        if name.endswith("地区") and entry.kind == "city":
            # 塔城地区行政公署: a prefecture's government is its administrative office
            gov = f"{name}行政公署"
            if gov not in known:
                out.append(
                    OrgEntry(gov, "government", None, _forms(names, "{}政府", "{}人民政府", "{}行署", "{}行政公署"))
                )
        elif gov not in known:
            out.append(OrgEntry(gov, "government", None, _forms(names, "{}政府", "{}人民政府")))
        party = f"中共{name}委员会"
        if party not in known:
            # 宁夏回族自治区党委: an autonomous region's committee is called 党委
            extra = ("{}党委",) if entry.kind == "autonomous_region" else ()
            out.append(OrgEntry(party, "party", None, _forms(names, "{}委", "中共{}委", *extra, "中共{}委员会")))
        congress = f"{name}人民代表大会常务委员会"
        if congress not in known:
            out.append(
                OrgEntry(congress, "government", None, _forms(names, "{}人大常委会", "{}人民代表大会常务委员会"))
            )
        cppcc = f"中国人民政治协商会议{name}委员会"
        if cppcc not in known:
            out.append(OrgEntry(cppcc, "government", None, _forms(names, "{}政协", "中国人民政治协商会议{}委员会")))
    return out
