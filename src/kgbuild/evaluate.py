"""kgbuild eval: score a graph against gold annotations, reading the graph only through the
contract's named queries and matching rows by the contract's rules."""

from __future__ import annotations

import argparse
import json
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from rdflib import Graph

from .errors import InputError, UsageError
from .model import MENTION_KINDS, ORG_CATEGORIES
from .query import CONTRACT_ORDER, load_store, named_query, run_query

CATEGORIES = ("people", "organizations", "posts", "initiatives", "metrics", "events", "statements")
_STRIP = set("“”\"'《》「」‘’")
#: the keys every gold entry of a category must have (../shared/gold/FORMAT.md)
_REQUIRED = {
    "people": ("name",),
    "organizations": ("name",),
    "posts": ("person", "title"),
    "initiatives": ("name",),
    "metrics": ("value", "unit"),
    "events": ("name",),
    "statements": ("speaker", "starts_with"),
}


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=100_000)
def norm(name: str | None) -> str:
    """The contract's name matching: NFKC, Traditional to Simplified, no white space or quotes."""
    if not name:
        return ""
    text = _t2s().convert(unicodedata.normalize("NFKC", str(name)))
    return "".join(c for c in text if not c.isspace() and c not in _STRIP)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    false_positives: list[str] = field(default_factory=list)
    false_negatives: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += ok
        self.total += 1

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 1.0


def load_gold(path: str | Path) -> list[dict]:
    """Gold files: one JSON file, or every *.json in a folder."""
    p = Path(path)
    files = sorted(p.glob("*.json")) if p.is_dir() else [p]
    if not files or not all(f.is_file() for f in files):
        raise InputError("no gold JSON file found", path=str(p))
    gold = []
    for f in files:
        try:
            doc = json.loads(f.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise InputError(f"malformed gold JSON: {exc.msg}", path=str(f), line=exc.lineno) from None
        _check_gold(doc, f)
        gold.append(doc)
    return gold


def _check_gold(doc: object, path: Path) -> None:
    """A gold file is an object with a string id and, per category, a list of entries that
    have the keys scoring reads; anything else is a bad input, not a traceback."""
    hint = "see ../shared/gold/FORMAT.md"
    if not isinstance(doc, dict):
        raise InputError("a gold file must hold one JSON object", path=str(path), hint=hint)
    if not isinstance(doc.get("id"), str) or not doc["id"].strip():
        raise InputError("gold has no string 'id' (the document id)", path=str(path), hint=hint)
    for category, keys in _REQUIRED.items():
        entries = doc.get(category, [])
        if not isinstance(entries, list):
            raise InputError(f"gold {category!r} must be a list", path=str(path), hint=hint)
        for n, entry in enumerate(entries):
            missing = [k for k in keys if not isinstance(entry, dict) or k not in entry]
            if missing:
                raise InputError(f"gold {category}[{n}] has no {missing[0]!r}", path=str(path), hint=hint)


def graph_rows(graph) -> dict[str, list[dict]]:
    """Every contract query's rows as dicts of Python values (graph: rdflib Graph or Store)."""
    from .query import to_store

    store = to_store(graph) if isinstance(graph, Graph) else graph
    rows = {}
    for name in CONTRACT_ORDER:
        rows[name] = run_query(store, named_query(name).text).records()
    return rows


class _Names:
    """Gold entities of one category: name -> canonical, via aliases; borderline ones aside."""

    def __init__(self, items: list[dict]) -> None:
        self.canon: dict[str, str] = {}
        self.borderline: set[str] = set()
        self.items = {}
        for item in items:
            main = norm(item["name"])
            self.items[main] = item
            for alias in [item["name"], *item.get("aliases", [])]:
                self.canon.setdefault(norm(alias), main)
            if item.get("borderline"):
                self.borderline.add(main)

    def find(self, name: str | None, loose: bool = False) -> str | None:
        """The gold entity's main name, when the normalised name is one of its names.

        Exact matches after `norm` (the contract's rule); with `loose`, the issue's rule for
        initiatives also counts a name containing or contained in a gold name (the closest
        in length wins)."""
        key = norm(name) if name else ""
        if not key:
            return None
        if key in self.canon:
            return self.canon[key]
        if loose:
            close = [
                (abs(len(alias) - len(key)), alias, main)
                for alias, main in self.canon.items()
                if alias and (alias in key or key in alias)
            ]
            if close:
                return min(close)[2]
        return None


class _Agents:
    """People and bodies of one gold document: a name -> the gold main name of the person or
    body it names, else the normalised name (speakers, participants and organizers may be either)."""

    def __init__(self, people: _Names, orgs: _Names) -> None:
        self.people, self.orgs = people, orgs

    def __call__(self, name: str | None) -> str:
        return self.people.find(name) or self.orgs.find(name) or norm(name)


def evaluate(graph: Graph, gold_docs: list[dict]) -> dict:
    """Scores per category, accuracies and the not_entities count, micro-averaged."""
    rows = graph_rows(graph)
    by_doc: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    org_info = {r["org"]: r for r in rows["organizations"]}
    person_name = {r["person"]: r["name"] for r in rows["people"]}
    initiative_name = {r["initiative"]: r["name"] for r in rows["initiatives"]}
    event_rows = defaultdict(list)
    for r in rows["events"]:
        event_rows[r["event"]].append(r)
    for m in rows["mentions"]:
        doc, entity, kind = m["doc"], m["entity"], m["kind"]
        if kind == "person" and entity in person_name:
            by_doc[doc]["people"].add(person_name[entity])
        elif kind == "organization" and entity in org_info:
            by_doc[doc]["organizations"].add(entity)
        elif kind == "initiative" and entity in initiative_name:
            by_doc[doc]["initiatives"].add(initiative_name[entity])
        elif kind == "event" and entity in event_rows:
            by_doc[doc]["events"].add(entity)
    for p in rows["posts"]:
        if p.get("org"):
            by_doc[p["doc"]]["organizations"].add(p["org"])
    # a body's parent belongs to the story that names the body (annotators list the body a
    # named one belongs to: 国家发展和改革委员会 for 评估督导司)
    for doc in list(by_doc):
        stack = list(by_doc[doc]["organizations"])
        while stack:
            info = org_info.get(stack.pop())
            parent = info and info.get("parentName")
            if parent:
                for org, other in org_info.items():
                    if other["name"] == parent and org not in by_doc[doc]["organizations"]:
                        by_doc[doc]["organizations"].add(org)
                        stack.append(org)
    scores = {c: Score() for c in CATEGORIES}
    category_acc, comparator_acc = Accuracy(), Accuracy()
    event_date, event_org, event_part = Accuracy(), Accuracy(), Score()
    not_entities: list[str] = []
    for gold in gold_docs:
        doc = gold["id"]
        found = by_doc.get(doc, {})
        # people, initiatives: names
        for cat in ("people", "initiatives"):
            loose = cat == "initiatives"  # "a name containing or contained in the gold name counts"
            _score_names(scores[cat], _Names(gold.get(cat, [])), sorted(found.get(cat, set())), doc, loose)
        # organizations: names, then category
        orgs = _Names(_with_parents(gold.get("organizations", [])))
        predicted = sorted({org_info[o]["name"] for o in found.get("organizations", set())})
        _score_names(scores["organizations"], orgs, predicted, doc)
        for o in found.get("organizations", set()):
            main = orgs.find(org_info[o]["name"])
            if main and orgs.items[main].get("category"):
                category_acc.add(org_info[o]["category"] == orgs.items[main].get("category"))
        people = _Names(gold.get("people", []))
        agent = _Agents(people, orgs)
        # posts
        gold_posts = [
            (
                people.find(p["person"]) or norm(p["person"]),
                norm(p["title"]),
                (orgs.find(p["org"]) or norm(p["org"])) if p.get("org") else None,
            )
            for p in gold.get("posts", [])
        ]
        # a gold post with an org first: one whose org is null must not take the row it needs
        gold_posts.sort(key=lambda p: p[2] is None)
        pred_posts = sorted(
            {
                (
                    people.find(p["personName"]) or norm(p["personName"]),
                    norm(p["title"]),
                    (orgs.find(p["orgName"]) or norm(p["orgName"])) if p.get("orgName") else None,
                )
                for p in rows["posts"]
                if p["doc"] == doc
            },
            key=str,
        )
        _score_tuples(
            scores["posts"],
            gold_posts,
            pred_posts,
            doc,
            lambda g, p: g[0] == p[0] and g[1] == p[1] and (g[2] is None or g[2] == p[2]),
        )
        # metrics
        gold_metrics = gold.get("metrics", [])
        pred_metrics = [m for m in rows["metrics"] if m["doc"] == doc]
        matched = _score_tuples(
            scores["metrics"],
            gold_metrics,
            pred_metrics,
            doc,
            lambda g, p: _same_value(g["value"], p["value"]) and norm(g["unit"]) == norm(p["unit"]),
            show=lambda m: f"{m.get('value')} {m.get('unit')} ({m.get('text', '')[:30]})",
        )
        for g, p in matched:
            comparator_acc.add(g.get("comparator") == p["comparator"])
        # events
        gold_events = _Names(gold.get("events", []))
        pred_events = {}
        for e in sorted(found.get("events", set())):  # two events of one name: the same one each run
            pred_events.setdefault(event_rows[e][0]["name"], event_rows[e])
        _score_names(scores["events"], gold_events, sorted(pred_events), doc)
        for name, erows in pred_events.items():
            main = gold_events.find(name)
            if not main:
                continue
            g = gold_events.items[main]
            date = erows[0].get("date")
            event_date.add(str(date) == (g.get("date") or "None") if g.get("date") else date is None)
            if g.get("organizer"):
                organizer = erows[0].get("organizerName")
                event_org.add(bool(organizer) and agent(organizer) == agent(g["organizer"]))
            gp = {agent(x) for x in g.get("participants", [])}
            pp = {agent(r["participantName"]) for r in erows if r.get("participantName")}
            event_part.tp += len(gp & pp)
            event_part.fp += len(pp - gp)
            event_part.fn += len(gp - pp)
        # statements
        gold_st = gold.get("statements", [])
        pred_st = [s for s in rows["statements"] if s["doc"] == doc]
        _score_tuples(
            scores["statements"],
            gold_st,
            pred_st,
            doc,
            lambda g, p, agent=agent: (
                agent(p["speakerName"]) == agent(g["speaker"])
                and norm(p["text"]).startswith(norm(g["starts_with"])[:8])
            ),
            show=lambda s: (
                f"{s.get('speaker') or s.get('speakerName')}: {(s.get('starts_with') or s.get('text', ''))[:20]}"
            ),
        )
        # not_entities
        bad = {norm(x) for x in gold.get("not_entities", [])}
        for cat in ("people", "initiatives"):
            not_entities += [f"{doc}: {n}" for n in found.get(cat, set()) if norm(n) in bad]
        not_entities += [
            f"{doc}: {org_info[o]['name']}"
            for o in found.get("organizations", set())
            if norm(org_info[o]["name"]) in bad
        ]
    micro = Score(
        sum(s.tp for s in scores.values()), sum(s.fp for s in scores.values()), sum(s.fn for s in scores.values())
    )
    return {
        "documents": len(gold_docs),
        "categories": {c: s.as_dict() for c, s in scores.items()},
        "micro": micro.as_dict(),
        "organization_category_accuracy": round(category_acc.value, 4),
        "metric_comparator_accuracy": round(comparator_acc.value, 4),
        "event_date_accuracy": round(event_date.value, 4),
        "event_organizer_accuracy": round(event_org.value, 4),
        "event_participants": event_part.as_dict(),
        "not_entities_extracted": len(not_entities),
        "not_entities": sorted(not_entities),
        "errors": {
            c: {"false_positives": s.false_positives, "false_negatives": s.false_negatives} for c, s in scores.items()
        },
    }


def _same_value(gold: object, predicted: object) -> bool:
    try:
        g, p = Decimal(str(gold)), Decimal(str(predicted))
    except Exception:  # noqa: BLE001
        return False
    if g == p:
        return True
    return abs(g - p) / max(abs(g), abs(p)) < Decimal("1e-6")


def _with_parents(items: list[dict]) -> list[dict]:
    """Gold bodies and the parents they give that the gold does not list itself.

    The rule the scoring applies to kgbuild's bodies (a body named in a story brings its
    parent into the story) applies to the gold's too: a gold body whose parent is 国务院
    puts 国务院 in the story, whether or not the annotator listed it (no category: it counts
    for names only)."""
    named = {norm(n) for item in items for n in [item["name"], *item.get("aliases", [])]}
    out = list(items)
    for item in items:
        parent = item.get("parent")
        if parent and norm(parent) not in named:
            named.add(norm(parent))
            out.append({"name": parent})
    return out


def _score_names(score: Score, gold: _Names, predicted: list[str], doc: str, loose: bool = False) -> None:
    hit: set[str] = set()
    for name in predicted:
        main = gold.find(name, loose)
        if main is None:
            score.fp += 1
            score.false_positives.append(f"{doc}: {name}")
        elif main in gold.borderline:
            hit.add(main)
        elif main not in hit:
            hit.add(main)
            score.tp += 1
    for main in gold.items:
        if main not in hit and main not in gold.borderline:
            score.fn += 1
            score.false_negatives.append(f"{doc}: {gold.items[main].get('name')}")


def _score_tuples(score: Score, gold: list, predicted: list, doc: str, same, show=str) -> list:
    """Greedy one-to-one matching; returns the matched (gold, predicted) pairs."""
    used: set[int] = set()
    pairs = []
    for g in gold:
        for i, p in enumerate(predicted):
            if i not in used and same(g, p):
                used.add(i)
                pairs.append((g, p))
                break
        else:
            score.fn += 1
            score.false_negatives.append(f"{doc}: {show(g)}")
    for i, p in enumerate(predicted):
        if i not in used:
            score.fp += 1
            score.false_positives.append(f"{doc}: {show(p)}")
    score.tp += len(pairs)
    return pairs


# ------------------------------------------------------------------ spans (CLUENER style)


def evaluate_spans(graph: Graph, records: list[dict], mapping: dict[str, str], errors: dict | None = None) -> dict:
    """Score mention spans against span files (end offsets inclusive), per mapped type.

    mapping: gold label -> kind or kind:category (name=person, government=organization:government).
    errors: a dict to fill with each label's false positives and negatives, as lines
    "record: surface [start, end)" (end exclusive), record by record.
    """
    rows = graph_rows(graph)
    categories = {r["org"]: r["category"] for r in rows["organizations"]}
    predicted: dict[tuple[str, str], set[tuple[int, int]]] = defaultdict(set)
    for m in rows["mentions"]:
        predicted[(m["doc"], m["kind"])].add((m["start"], m["end"]))
        if m["kind"] == "organization" and m["entity"] in categories:
            predicted[(m["doc"], f"organization:{categories[m['entity']]}")].add((m["start"], m["end"]))
    scores = {label: Score() for label in mapping}
    for record in records:
        doc = str(record["id"])
        for label, target in mapping.items():
            gold = {(s, e + 1) for spans in record.get("label", {}).get(label, {}).values() for s, e in spans}
            pred = set().union(*(predicted.get((doc, alternative), set()) for alternative in target.split("|")))
            score = scores[label]
            score.tp += len(gold & pred)
            score.fp += len(pred - gold)
            score.fn += len(gold - pred)
            text = record["text"]
            score.false_positives.extend(f"{doc}: {text[s:e]} [{s}, {e})" for s, e in sorted(pred - gold))
            score.false_negatives.extend(f"{doc}: {text[s:e]} [{s}, {e})" for s, e in sorted(gold - pred))
    if errors is not None:
        for label, s in scores.items():
            errors[label] = {"false_positives": s.false_positives, "false_negatives": s.false_negatives}
    return {label: s.as_dict() for label, s in scores.items()}


def read_span_file(path: str | Path, limit: int | None = None) -> list[dict]:
    records = []
    p = Path(path)
    if not p.is_file():
        raise InputError("no such span file", path=str(p))
    with p.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"malformed JSON: {exc.msg}", path=str(p), line=number) from None
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                raise InputError("a span record must be a JSON object with a string 'text'", path=str(p), line=number)
            record.setdefault("id", f"s{number}")
            record["id"] = str(record["id"])
            records.append(record)
            if limit and len(records) >= limit:
                break
    return records


def parse_mapping(text: str) -> dict[str, str]:
    """--map: span label -> mention kind, or kind:category for organizations; several
    targets joined by | count as one (government=organization:government|organization:international)."""
    hint = "like name=person,government=organization:government"
    mapping = {}
    for part in text.split(","):
        if "=" not in part:
            raise UsageError(f"bad --map entry {part!r}", hint=hint)
        label, target = (x.strip() for x in part.split("=", 1))
        if not label:
            raise UsageError(f"bad --map entry {part!r}: no span label before '='", hint=hint)
        for alternative in target.split("|"):
            kind, _, category = alternative.partition(":")
            if kind not in MENTION_KINDS:
                raise UsageError(
                    f"bad --map entry {part!r}: unknown mention kind {kind!r}",
                    hint="one of " + ", ".join(MENTION_KINDS),
                )
            if ":" in alternative and (kind != "organization" or category not in ORG_CATEGORIES):
                raise UsageError(
                    f"bad --map entry {part!r}: unknown category {category!r}",
                    hint="organization:CATEGORY with CATEGORY one of " + ", ".join(ORG_CATEGORIES),
                )
        mapping[label] = target
    return mapping


# ------------------------------------------------------------------ command line


def add_eval_parser(sub, common) -> None:
    parser = sub.add_parser("eval", parents=[common], help="score extraction against gold annotations")
    parser.add_argument("--gold", help="gold JSON file or folder (../shared/gold/FORMAT.md)")
    parser.add_argument("--docs", nargs="+", help="documents to build (.jsonl, .txt or folders)")
    parser.add_argument("--graph", help="score an existing graph instead of building")
    parser.add_argument("--spans", help="CLUENER-style span file (JSON lines, end offsets inclusive)")
    parser.add_argument(
        "--map",
        default="name=person,government=organization:government,position=post",
        help="span label to mention kind[:category], alternatives joined by |",
    )
    parser.add_argument("--limit", type=int, help="score only the first N span records")
    parser.add_argument("--verbose", "-v", action="store_true", help="list false positives and negatives")
    parser.add_argument("--json", dest="json_file", help="write the numbers to this file")
    parser.set_defaults(func=cmd_eval)


def _build_for_eval(paths: list[str], only: set[str] | None = None) -> Graph:
    """Build the documents (only those with gold, when `only` is given) into a graph."""
    from .config import load_settings
    from .pipeline import build_graph

    return build_graph(paths, load_settings(), only=only).graph


def cmd_eval(args: argparse.Namespace) -> int:
    if args.spans:
        import tempfile

        mapping = parse_mapping(args.map)
        records = read_span_file(args.spans, args.limit)
        with tempfile.TemporaryDirectory() as tmp:
            docs = Path(tmp) / "spans.jsonl"
            with docs.open("w", encoding="utf-8") as handle:
                for record in records:
                    handle.write(json.dumps({"id": record["id"], "text": record["text"]}, ensure_ascii=False) + "\n")
            graph = _build_for_eval([str(docs)])
        errors: dict = {}
        result = {"spans": evaluate_spans(graph, records, mapping, errors), "records": len(records), "errors": errors}
        for label, s in result["spans"].items():
            print(
                f"{label:<14} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}  "
                f"(tp {s['tp']}, fp {s['fp']}, fn {s['fn']})"
            )
        if args.verbose:
            for label, found in errors.items():
                for line in found["false_positives"]:
                    print(f"FP {label}: {line}")
                for line in found["false_negatives"]:
                    print(f"FN {label}: {line}")
    else:
        if not args.gold:
            raise UsageError("give --gold (with --docs or --graph), or --spans")
        gold = load_gold(args.gold)
        if args.graph:
            graph = load_store(args.graph)
        elif args.docs:
            graph = _build_for_eval(args.docs, only={g["id"] for g in gold})
        else:
            raise UsageError("give --docs DOCS or --graph GRAPH to score")
        result = evaluate(graph, gold)
        print(f"{'category':<14} {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn")
        for cat, s in result["categories"].items():
            print(f"{cat:<14} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f}   {s['tp']}/{s['fp']}/{s['fn']}")
        m = result["micro"]
        print(f"{'micro':<14} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f}   {m['tp']}/{m['fp']}/{m['fn']}")
        print(
            f"organization category accuracy {result['organization_category_accuracy']:.3f}; "
            f"metric comparator accuracy {result['metric_comparator_accuracy']:.3f}; "
            f"event date {result['event_date_accuracy']:.3f}, organizer {result['event_organizer_accuracy']:.3f}, "
            f"participants F1 {result['event_participants']['f1']:.3f}; "
            f"not_entities extracted {result['not_entities_extracted']}"
        )
        if args.verbose:
            for cat, errors in result["errors"].items():
                for line in errors["false_positives"]:
                    print(f"FP {cat}: {line}")
                for line in errors["false_negatives"]:
                    print(f"FN {cat}: {line}")
            for line in result["not_entities"]:
                print(f"NOT-ENTITY: {line}")
    if args.json_file:
        Path(args.json_file).write_text(
            json.dumps(result, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8"
        )
    return 0
