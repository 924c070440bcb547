"""kgbuild eval: the contract's matching rules, the scores, the command line and span scoring.

The scoring tests read a graph written by hand with the ontology's terms (only the triples
the contract queries read), so every expected number below is worked out from the gold and
the graph in this file, whatever the extractors currently find. The command-line tests build
two short stories with the real pipeline and only rely on facts every version finds.
"""

from __future__ import annotations

import json
import time
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, URIRef

from kgbuild import evaluate as ev
from kgbuild.cli import main
from kgbuild.evaluate import CATEGORIES, evaluate, evaluate_spans, norm, parse_mapping, read_span_file
from kgbuild.vocab import DCTERMS, KG, OA, ORG, PROV, RDF, SCHEMA, SKOS, XSD

EX = Namespace("https://example.org/eval-test/")


class HandGraph:
    """A graph holding just the triples the contract queries read, written term by term."""

    def __init__(self) -> None:
        self.graph = Graph()
        self._count = 0

    def _node(self, kind: str) -> URIRef:
        self._count += 1
        return EX[f"{kind}/{self._count}"]

    def _add(self, *triples) -> None:
        for triple in triples:
            self.graph.add(triple)

    def doc(self, doc_id: str) -> URIRef:
        node = EX[f"doc/{doc_id}"]
        self._add(
            (node, RDF.type, KG.Document),
            (node, DCTERMS.identifier, Literal(doc_id)),
            (node, DCTERMS.title, Literal(f"title of {doc_id}")),
        )
        return node

    def mention(self, entity: URIRef, kind: str, doc_id: str, start: int = 0, end: int = 1) -> None:
        m, target, position, quote = (self._node(k) for k in ("mention", "target", "position", "quote"))
        self._add(
            (m, RDF.type, KG.Mention),
            (m, OA.hasBody, entity),
            (m, KG.mentionKind, Literal(kind)),
            (m, OA.hasTarget, target),
            (target, OA.hasSource, self.doc(doc_id)),
            (target, OA.hasSelector, position),
            (target, OA.hasSelector, quote),
            (position, RDF.type, OA.TextPositionSelector),
            (position, OA.start, Literal(start)),
            (position, OA.end, Literal(end)),
            (quote, RDF.type, OA.TextQuoteSelector),
            (quote, OA.exact, Literal("x" * (end - start))),
        )

    def _named(self, kind: str, cls: URIRef, name: str, docs: tuple[str, ...]) -> URIRef:
        node = self._node(kind)
        self._add((node, RDF.type, cls), (node, SKOS.prefLabel, Literal(name, lang="zh-Hans")))
        for doc_id in docs:
            self.mention(node, kind, doc_id)
        return node

    def person(self, name: str, *docs: str) -> URIRef:
        return self._named("person", KG.Person, name, docs)

    def org(self, name: str, category: str, *docs: str) -> URIRef:
        node = self._named("organization", KG.Organization, name, docs)
        concept = KG[category]
        self._add((node, ORG.classification, concept), (concept, SKOS.notation, Literal(category)))
        return node

    def initiative(self, name: str, *docs: str) -> URIRef:
        return self._named("initiative", KG.Initiative, name, docs)

    def post(self, person: URIRef, title: str, org: URIRef | None, doc_id: str) -> None:
        holding, role = self._node("post"), self._node("role")
        self._add(
            (holding, RDF.type, KG.PostHolding),
            (holding, ORG.member, person),
            (holding, ORG.role, role),
            (role, SKOS.prefLabel, Literal(title, lang="zh-Hans")),
            (holding, PROV.wasDerivedFrom, self.doc(doc_id)),
        )
        if org is not None:
            self._add((holding, ORG.organization, org))

    def metric(self, value: str, unit: str, comparator: str, doc_id: str) -> None:
        node, unit_node = self._node("metric"), EX[f"unit/{unit.encode().hex()}"]  # "%" is no IRI character
        self._add(
            (node, RDF.type, KG.Metric),
            (node, KG.indicator, Literal("指标")),
            (node, KG.value, Literal(Decimal(value), datatype=XSD.decimal)),
            (node, KG.unit, unit_node),
            (unit_node, SKOS.notation, Literal(unit)),
            (node, KG.comparator, Literal(comparator)),
            (node, KG.sourceText, Literal(f"达{value}{unit}")),
            (node, PROV.wasDerivedFrom, self.doc(doc_id)),
        )

    def event(
        self,
        name: str,
        *docs: str,
        date: Literal | None = None,
        organizer: URIRef | None = None,
        attendees: tuple[URIRef, ...] = (),
    ) -> URIRef:
        node = self._named("event", KG.Event, name, docs)
        if date is not None:
            self._add((node, SCHEMA.startDate, date))
        if organizer is not None:
            self._add((node, SCHEMA.organizer, organizer))
        for person in attendees:
            self._add((node, SCHEMA.attendee, person))
        return node

    def statement(self, speaker: URIRef, text: str, doc_id: str) -> None:
        node = self._node("statement")
        self._add(
            (node, RDF.type, KG.Statement),
            (node, KG.speaker, speaker),
            (node, KG.cue, Literal("表示")),
            (node, KG.content, Literal(text)),
            (node, PROV.wasDerivedFrom, self.doc(doc_id)),
        )


def _date(text: str) -> Literal:
    return Literal(text, datatype=XSD.gMonthDay if text.startswith("--") else XSD.date)


# ------------------------------------------------------------------ one story, every category

#: The gold of story d1: what each category's expected counts below are worked out from.
GOLD_D1 = {
    "id": "d1",
    "people": [{"name": "王毅"}, {"name": "李四"}],
    "organizations": [
        {"name": "外交部", "category": "government", "parent": None},
        {"name": "工业和信息化部", "aliases": ["工信部"], "category": "government", "parent": None},
        {"name": "国务院", "category": "government", "parent": None},
        {"name": "国家发展和改革委员会", "category": "government", "parent": None},
    ],
    "posts": [
        {"person": "王毅", "title": "部长", "org": "外交部"},
        {"person": "王毅", "title": "委员", "org": None},
        {"person": "李四", "title": "主任", "org": "国家发展和改革委员会"},
    ],
    "initiatives": [
        {"name": "《“十四五”规划》", "aliases": []},
        {"name": "创新驱动发展战略", "aliases": []},
        {"name": "高质量发展", "aliases": [], "borderline": True},
    ],
    "metrics": [
        {"indicator": "普及率", "value": 71.5, "unit": "%", "comparator": "=", "text": "普及率达71.5%"},
        {"indicator": "规模", "value": 33610000000000, "unit": "元", "comparator": "=", "text": "达33.61万亿元"},
        {"indicator": "儿童", "value": 12000000, "unit": "人", "comparator": ">", "text": "超1200万人"},
        {"indicator": "企业", "value": 100, "unit": "家", "comparator": "=", "text": "100家"},
    ],
    "events": [
        {
            "name": "全国制造业双创工作电视电话会",
            "date": "2024-06-22",
            "organizer": "工业和信息化部",
            "participants": ["王毅", "张三"],
        },
        {"name": "中非合作论坛", "date": None, "organizer": None, "participants": []},
    ],
    "statements": [
        {"speaker": "王毅", "cue": "表示", "starts_with": "中方愿同各方加强合作"},
        {"speaker": "外交部", "cue": "表示", "starts_with": "坚决反对任何形式"},
        {"speaker": "张三", "cue": "说", "starts_with": "我们将继续努力"},
    ],
    "not_entities": ["新格局", "司", "记者"],
}


def story_graph() -> Graph:
    """What a tagger might have read from d1, plus a story d2 that has no gold.

    Everything in d2 would match a gold entry of d1 that is otherwise missed, so a score
    that leaks across documents shows up as a changed count.
    """
    g = HandGraph()
    # people: 王毅 right, 张三 not in gold, 李四 missed; 赵六 only attends the event
    wang, zhang = g.person("王毅", "d1"), g.person("张三", "d1", "d2")
    zhao = g.person("赵六")
    qian = g.person("钱七", "d2")
    # organizations: 工信部 through the alias, 國務院 through t2s (with the wrong category),
    # 商务部 only through a post, 司 a not_entity; 发改委 is named only in d2
    mfa = g.org("外交部", "government", "d1")
    miit = g.org("工信部", "government", "d1")
    g.org("國務院", "party", "d1")
    mofcom = g.org("商务部", "government")
    g.org("司", "other", "d1")
    ndrc = g.org("国家发展和改革委员会", "government", "d2")
    # posts: (王毅, 委员, 外交部) meets the gold post whose org is null; 商务部 is wrong
    g.post(wang, "部长", mfa, "d1")
    g.post(wang, "委员", mfa, "d1")
    g.post(wang, "部长", mofcom, "d1")
    g.post(qian, "主任", ndrc, "d2")
    # initiatives: quotes and 《》 do not count; 新格局 is a not_entity; the borderline one scores nothing
    g.initiative("“十四五”规划", "d1")
    g.initiative("新格局", "d1")
    g.initiative("高质量发展", "d1")
    # metrics: 71.5 within 1e-6; 元 right with the wrong comparator; 人次 is not 人; 100.001 is not 100
    g.metric("71.5000001", "%", "=", "d1")
    g.metric("33610000000000", "元", "~", "d1")
    g.metric("12000000", "人次", ">", "d1")
    g.metric("100.001", "家", "=", "d1")
    g.metric("100", "家", "=", "d2")
    # events: the gold one under quotes with an alias organizer; 记者会 not in gold
    g.event(
        "全国制造业“双创”工作电视电话会",
        "d1",
        date=_date("2024-06-22"),
        organizer=miit,
        attendees=(wang, zhao),
    )
    g.event("记者会", "d1")
    g.event("中非合作论坛", "d2")
    # statements: a leading quote mark and a body as speaker match; one more by 王毅 does not
    g.statement(wang, "“中方愿同各方加强合作，共同应对挑战。", "d1")
    g.statement(mfa, "坚决反对任何形式的单边主义", "d1")
    g.statement(wang, "另一件事情是这样的", "d1")
    g.statement(zhang, "我们将继续努力", "d2")
    return g.graph


#: category -> (tp, fp, fn, precision, recall, f1), worked out by hand from GOLD_D1 and story_graph
EXPECTED = {
    "people": (1, 1, 1, 0.5, 0.5, 0.5),
    "organizations": (3, 2, 1, 0.6, 0.75, 0.6667),
    "posts": (2, 1, 1, 0.6667, 0.6667, 0.6667),
    "initiatives": (1, 1, 1, 0.5, 0.5, 0.5),
    "metrics": (2, 2, 2, 0.5, 0.5, 0.5),
    "events": (1, 1, 1, 0.5, 0.5, 0.5),
    "statements": (2, 1, 1, 0.6667, 0.6667, 0.6667),
}


def _expected(category: str) -> dict:
    """EXPECTED's row for a category as the scores give it."""
    return dict(zip(("tp", "fp", "fn", "precision", "recall", "f1"), EXPECTED[category], strict=True))


@pytest.fixture(scope="module")
def story_scores() -> dict:
    return evaluate(story_graph(), [GOLD_D1])


@pytest.mark.parametrize("category", CATEGORIES)
def test_evaluate_category_scores(story_scores, category) -> None:
    assert story_scores["categories"][category] == _expected(category)


def test_evaluate_micro_average_pools_the_counts(story_scores) -> None:
    # tp 1+3+2+1+2+1+2, fp 1+2+1+1+2+1+1, fn 1+1+1+1+2+1+1
    assert story_scores["micro"] == {"tp": 12, "fp": 9, "fn": 8, "precision": 0.5714, "recall": 0.6, "f1": 0.5854}
    assert story_scores["documents"] == 1


def test_evaluate_attribute_accuracies(story_scores) -> None:
    assert story_scores["organization_category_accuracy"] == 0.6667  # 國務院 is not party
    assert story_scores["metric_comparator_accuracy"] == 0.5  # ~ for =
    assert story_scores["event_date_accuracy"] == 1.0
    assert story_scores["event_organizer_accuracy"] == 1.0  # 工信部 is the gold organizer's alias
    participants = story_scores["event_participants"]
    assert (participants["tp"], participants["fp"], participants["fn"]) == (1, 1, 1)  # 王毅; 赵六; 张三


def test_evaluate_counts_extracted_not_entities(story_scores) -> None:
    assert story_scores["not_entities_extracted"] == 2
    assert story_scores["not_entities"] == ["d1: 司", "d1: 新格局"]


@pytest.mark.parametrize(
    ("category", "false_positives", "false_negatives"),
    [
        ("people", ["d1: 张三"], ["d1: 李四"]),
        ("organizations", ["d1: 司", "d1: 商务部"], ["d1: 国家发展和改革委员会"]),
        ("initiatives", ["d1: 新格局"], ["d1: 创新驱动发展战略"]),
        ("events", ["d1: 记者会"], ["d1: 中非合作论坛"]),
    ],
)
def test_evaluate_lists_errors_by_document(story_scores, category, false_positives, false_negatives) -> None:
    errors = story_scores["errors"][category]
    assert sorted(errors["false_positives"]) == sorted(false_positives)
    assert errors["false_negatives"] == false_negatives


def test_evaluate_ignores_documents_without_gold_and_gold_without_rows() -> None:
    # d2 alone: nothing of d1's story may count, and a gold file for a story the graph
    # does not hold gives only false negatives
    gold = {
        "id": "absent",
        "people": [{"name": "王毅"}],
        "organizations": [{"name": "外交部", "category": "government"}],
    }
    scores = evaluate(story_graph(), [gold])
    assert scores["categories"]["people"] == {"tp": 0, "fp": 0, "fn": 1, "precision": 1.0, "recall": 0.0, "f1": 0.0}
    assert scores["categories"]["organizations"]["fn"] == 1
    assert scores["micro"]["tp"] == scores["micro"]["fp"] == 0


# ------------------------------------------------------------------ the matching rules one by one


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ＡＢＣ公司", "ABC公司"),  # NFKC: full-width letters
        ("國務院", "国务院"),  # Traditional to Simplified
        ("中国 银行\u3000总行", "中国银行总行"),  # white space, ideographic space too
        ("“双创”平台", "双创平台"),
        ("《中华人民共和国民法典》", "中华人民共和国民法典"),
        ("「一带一路」倡议", "一带一路倡议"),
        ('"十四五"规划\'', "十四五规划"),
        (None, ""),
    ],
)
def test_evaluate_norm_follows_the_contract(text, expected) -> None:
    assert norm(text) == expected


@pytest.mark.parametrize(
    ("gold", "label", "matches"),
    [
        ({"name": "国务院"}, "國務院", True),
        ({"name": "工业和信息化部", "aliases": ["工信部"]}, "工信部", True),
        ({"name": "工信部", "aliases": ["工业和信息化部"]}, "工业和信息化部", True),
        ({"name": "ABC公司"}, "ＡＢＣ 公司", True),
        ({"name": "“双创”示范基地"}, "《双创示范基地》", True),
        ({"name": "外交部"}, "外交部部长", False),
        ({"name": "工业和信息化部"}, "工信部", False),  # no alias given
    ],
)
def test_evaluate_organization_names_match_by_norm_and_aliases(gold, label, matches) -> None:
    g = HandGraph()
    g.org(label, "government", "d")
    scores = evaluate(g.graph, [{"id": "d", "organizations": [{"category": "government", **gold}]}])
    counts = scores["categories"]["organizations"]
    assert (counts["tp"], counts["fp"], counts["fn"]) == ((1, 0, 0) if matches else (0, 1, 1))


@pytest.mark.parametrize(
    ("gold", "label", "matches"),
    [
        ("“十四五”规划", "十四五规划", True),
        # the bar for initiatives: a name containing or contained in the gold name counts
        ("以旧换新", "大规模设备更新和消费品以旧换新", True),
        ("创新驱动发展战略", "创新驱动", True),
        ("“一带一路”倡议", "一带一路", True),
        ("创新驱动发展战略", "乡村振兴战略", False),
        ("“十四五”规划", "“十五五”规划", False),
    ],
)
def test_evaluate_initiative_names_match_after_norm_or_by_containment(gold, label, matches) -> None:
    g = HandGraph()
    g.initiative(label, "d")
    scores = evaluate(g.graph, [{"id": "d", "initiatives": [{"name": gold, "aliases": []}]}])
    counts = scores["categories"]["initiatives"]
    assert (counts["tp"], counts["fp"], counts["fn"]) == ((1, 0, 0) if matches else (0, 1, 1))


def test_evaluate_two_labels_of_one_gold_entity_count_once() -> None:
    g = HandGraph()
    g.org("工信部", "government", "d")
    g.org("工业和信息化部", "government", "d")
    gold = {"id": "d", "organizations": [{"name": "工业和信息化部", "aliases": ["工信部"], "category": "government"}]}
    counts = evaluate(g.graph, [gold])["categories"]["organizations"]
    assert (counts["tp"], counts["fp"], counts["fn"]) == (1, 0, 0)


def test_evaluate_post_with_null_org_leaves_the_row_a_specific_post_needs() -> None:
    # gold: (王毅, 部长, null) and (王毅, 部长, 外交部); graph: (王毅, 部长, 外交部) and (王毅, 部长)
    # with no org. Both gold posts can be matched, so whatever order they come in, 2 tp.
    for order in (1, -1):
        g = HandGraph()
        wang, mfa = g.person("王毅", "d"), g.org("外交部", "government", "d")
        g.post(wang, "部长", mfa, "d")
        g.post(wang, "部长", None, "d")
        posts = [{"person": "王毅", "title": "部长", "org": None}, {"person": "王毅", "title": "部长", "org": "外交部"}]
        gold = {"id": "d", "posts": posts[::order]}
        counts = evaluate(g.graph, [gold])["categories"]["posts"]
        assert (counts["tp"], counts["fp"], counts["fn"]) == (2, 0, 0), order


@pytest.mark.parametrize(
    ("gold_org", "graph_org", "matches"),
    [
        ("外交部", "外交部", True),
        (None, "外交部", True),  # a null gold org matches on (person, title)
        (None, None, True),
        ("外交部", None, False),
        ("外交部", "商务部", False),
    ],
)
def test_evaluate_posts_match_on_person_title_and_org(gold_org, graph_org, matches) -> None:
    g = HandGraph()
    wang = g.person("王毅", "d")
    g.post(wang, "部长", g.org(graph_org, "government", "d") if graph_org else None, "d")
    gold = {"id": "d", "posts": [{"person": "王 毅", "title": "部长", "org": gold_org}]}
    counts = evaluate(g.graph, [gold])["categories"]["posts"]
    assert (counts["tp"], counts["fp"], counts["fn"]) == ((1, 0, 0) if matches else (0, 1, 1))


@pytest.mark.parametrize(
    ("gold_value", "graph_value", "matches"),
    [
        (71.5, "71.5", True),
        (5, "5.0", True),
        (-0.2, "-0.2", True),
        (33610000000000, "33610000000001", True),  # relative difference 3e-14
        (1000000, "1000000.5", True),  # 5e-7
        (1000000, "1000001.5", False),  # 1.5e-6
        (100, "100.001", False),  # 1e-5
        (-0.2, "0.2", False),  # a decline is not a rise
        (0, "0", True),
    ],
)
def test_evaluate_metric_values_match_within_relative_tolerance(gold_value, graph_value, matches) -> None:
    g = HandGraph()
    g.metric(graph_value, "%", "=", "d")
    gold = {"id": "d", "metrics": [{"value": gold_value, "unit": "%", "comparator": "=", "text": "t"}]}
    counts = evaluate(g.graph, [gold])["categories"]["metrics"]
    assert (counts["tp"], counts["fp"], counts["fn"]) == ((1, 0, 0) if matches else (0, 1, 1))


@pytest.mark.parametrize(
    ("gold", "graph", "accuracy"),
    [
        ([("=", "元"), (">", "元")], [("=", "元"), (">", "元")], 1.0),
        ([("=", "元"), (">", "元")], [("~", "元"), (">", "元")], 0.5),
        ([("=", "元")], [("=", "美元")], 1.0),  # unit differs: no match, nothing to judge
        ([(">=", "人"), ("<", "人"), ("~", "人")], [(">", "人"), ("<=", "人"), ("~", "人")], 0.3333),
    ],
)
def test_evaluate_comparator_accuracy_over_matched_metrics(gold, graph, accuracy) -> None:
    g = HandGraph()
    for i, (comparator, unit) in enumerate(graph):
        g.metric(str(10 + i), unit, comparator, "d")
    metrics = [{"value": 10 + i, "unit": unit, "comparator": c, "text": "t"} for i, (c, unit) in enumerate(gold)]
    assert evaluate(g.graph, [{"id": "d", "metrics": metrics}])["metric_comparator_accuracy"] == accuracy


@pytest.mark.parametrize(
    ("gold_date", "graph_date", "right"),
    [
        ("2024-06-22", "2024-06-22", True),
        ("--06-22", "--06-22", True),
        (None, None, True),
        ("2024-06-22", "--06-22", False),  # the year was known
        ("2024-06-22", "2024-06-23", False),
        ("2024-06-22", None, False),
        (None, "2024-06-22", False),
    ],
)
def test_evaluate_event_date_accuracy(gold_date, graph_date, right) -> None:
    g = HandGraph()
    g.event("进博会", "d", date=_date(graph_date) if graph_date else None)
    gold = {"id": "d", "events": [{"name": "进博会", "date": gold_date, "organizer": None, "participants": []}]}
    scores = evaluate(g.graph, [gold])
    assert scores["categories"]["events"]["tp"] == 1
    assert scores["event_date_accuracy"] == (1.0 if right else 0.0)


@pytest.mark.parametrize(
    ("gold_organizer", "graph_organizer", "right"),
    [
        ("工业和信息化部", "工信部", True),  # through the gold organization's alias
        ("國家統計局", "国家统计局", True),  # not a gold organization: compared by norm
        ("国家统计局", "商务部", False),  # neither is a gold organization
        ("工业和信息化部", "商务部", False),
        ("国家统计局", None, False),
    ],
)
def test_evaluate_event_organizer_accuracy(gold_organizer, graph_organizer, right) -> None:
    g = HandGraph()
    organizer = g.org(graph_organizer, "government") if graph_organizer else None
    g.event("发布会", "d", organizer=organizer)
    gold = {
        "id": "d",
        "organizations": [{"name": "工业和信息化部", "aliases": ["工信部"], "category": "government"}],
        "events": [{"name": "发布会", "date": None, "organizer": gold_organizer, "participants": []}],
    }
    assert evaluate(g.graph, [gold])["event_organizer_accuracy"] == (1.0 if right else 0.0)


def test_evaluate_event_participants_resolve_people_and_bodies() -> None:
    g = HandGraph()
    attendees = (g.person("王毅"), g.org("商务部", "government"), g.person("赵六"))
    g.event("中非合作论坛", "d", attendees=attendees)
    gold = {
        "id": "d",
        "organizations": [{"name": "中华人民共和国商务部", "aliases": ["商务部"], "category": "government"}],
        "events": [
            {
                "name": "中非合作论坛",
                "date": None,
                "organizer": None,
                "participants": ["王毅", "中华人民共和国商务部", "李四"],
            }
        ],
    }
    participants = evaluate(g.graph, [gold])["event_participants"]
    assert (participants["tp"], participants["fp"], participants["fn"]) == (2, 1, 1)


@pytest.mark.parametrize(
    ("speaker", "text", "matches"),
    [
        ("王毅", "中方愿同各方加强合作，共同应对挑战", True),
        ("王毅", "“中方愿同各方加强合作”", True),  # quote marks do not count
        ("王毅", "我们认为中方愿同各方加强合作", False),  # the gold words, but not first
        ("张三", "中方愿同各方加强合作，共同应对挑战", False),  # another speaker
    ],
)
def test_evaluate_statements_match_on_speaker_and_first_characters(speaker, text, matches) -> None:
    g = HandGraph()
    g.statement(g.person(speaker, "d"), text, "d")
    gold = {
        "id": "d",
        "people": [{"name": speaker}],
        "statements": [{"speaker": "王毅", "cue": "表示", "starts_with": "中方愿同各方加强合作"}],
    }
    counts = evaluate(g.graph, [gold])["categories"]["statements"]
    assert (counts["tp"], counts["fp"], counts["fn"]) == ((1, 0, 0) if matches else (0, 1, 1))


# ------------------------------------------------------------------ command line, hand-made graph


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _write_gold(folder: Path, *golds: dict) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for gold in golds:
        (folder / f"{gold['id']}.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return folder


def test_evaluate_cli_scores_a_graph_file_and_writes_json(capsys, tmp_path) -> None:
    graph = tmp_path / "graph.ttl"
    story_graph().serialize(graph, format="turtle")
    gold = _write_gold(tmp_path / "gold", GOLD_D1)
    out = tmp_path / "scores.json"
    code, stdout, err = run(capsys, "eval", "--gold", str(gold), "--graph", str(graph), "--json", str(out))
    assert code == 0, err
    result = json.loads(out.read_text(encoding="utf-8"))
    for category in EXPECTED:
        assert result["categories"][category] == _expected(category)
    assert result["micro"]["f1"] == 0.5854
    assert result["not_entities_extracted"] == 2
    assert "people" in stdout and "micro" in stdout and "0.585" in stdout


def test_evaluate_cli_verbose_lists_errors_by_document(capsys, tmp_path) -> None:
    graph = tmp_path / "graph.ttl"
    story_graph().serialize(graph, format="turtle")
    gold = _write_gold(tmp_path / "gold", GOLD_D1)
    code, quiet, _ = run(capsys, "eval", "--gold", str(gold), "--graph", str(graph))
    assert code == 0 and "FP " not in quiet
    code, stdout, err = run(capsys, "eval", "--gold", str(gold), "--graph", str(graph), "--verbose")
    assert code == 0, err
    lines = stdout.splitlines()
    for line in (
        "FP people: d1: 张三",
        "FN people: d1: 李四",
        "FP organizations: d1: 商务部",
        "FN organizations: d1: 国家发展和改革委员会",
        "FN initiatives: d1: 创新驱动发展战略",
        "FN events: d1: 中非合作论坛",
        "NOT-ENTITY: d1: 司",
    ):
        assert line in lines, line
    # one FP/FN line per counted error
    assert sum(line.startswith(("FP ", "FN ")) for line in lines) == 9 + 8


# ------------------------------------------------------------------ command line, real pipeline

STORIES = [
    {"id": "a", "title": "会见", "date": "2024-03-01", "text": "外交部部长王毅表示，中方愿同各方加强合作。"},
    {
        "id": "b",
        "title": "数据",
        "date": "2024-03-02",
        "text": "国家统计局发布数据，前三季度国内生产总值同比增长4.8%。",
    },
]
STORY_GOLD = [
    {
        "id": "a",
        "people": [{"name": "王毅"}, {"name": "李四"}],
        "organizations": [{"name": "外交部", "category": "government", "parent": None}],
        "posts": [{"person": "王毅", "title": "部长", "org": "外交部"}],
        "statements": [{"speaker": "王毅", "cue": "表示", "starts_with": "中方愿同各方"}],
    },
    {
        "id": "b",
        "metrics": [
            {
                "indicator": "国内生产总值",
                "value": 4.8,
                "unit": "%",
                "comparator": "=",
                "period": "前三季度",
                "text": "同比增长4.8%",
            }
        ],
        # not a real not_entity: the one name in the story every version finds
        "not_entities": ["国家统计局"],
    },
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict[str, Path]:
    """Two stories as JSON lines, their gold folder, and the stories built with `kgbuild build`."""
    folder = tmp_path_factory.mktemp("eval-corpus")
    docs = folder / "docs.jsonl"
    docs.write_text("".join(json.dumps(s, ensure_ascii=False) + "\n" for s in STORIES), encoding="utf-8")
    gold = _write_gold(folder / "gold", *STORY_GOLD)
    built = folder / "built"
    assert main(["build", str(docs), "-o", str(built), "--quiet", "--no-html"]) == 0
    return {"docs": docs, "gold": gold, "built": built, "folder": folder}


def test_evaluate_cli_builds_the_documents(capsys, corpus, tmp_path) -> None:
    out = tmp_path / "scores.json"
    code, stdout, err = run(
        capsys, "eval", "--gold", str(corpus["gold"]), "--docs", str(corpus["docs"]), "--json", str(out), "-v"
    )
    assert code == 0, err
    result = json.loads(out.read_text(encoding="utf-8"))
    assert set(result["categories"]) == set(CATEGORIES)
    assert set(result["micro"]) == {"tp", "fp", "fn", "precision", "recall", "f1"}
    for key in (
        "organization_category_accuracy",
        "metric_comparator_accuracy",
        "event_date_accuracy",
        "event_organizer_accuracy",
        "event_participants",
        "not_entities_extracted",
    ):
        assert key in result, key
    assert result["documents"] == 2
    # 王毅 found, 李四 not in the story: P 1, R 1/2
    assert result["categories"]["people"] == {"tp": 1, "fp": 0, "fn": 1, "precision": 1.0, "recall": 0.5, "f1": 0.6667}
    assert result["not_entities_extracted"] == 1
    assert result["categories"]["metrics"]["tp"] == 1 and result["metric_comparator_accuracy"] == 1.0
    assert "FN people: a: 李四" in stdout.splitlines()
    assert "NOT-ENTITY: b: 国家统计局" in stdout.splitlines()


def test_evaluate_cli_graph_gives_the_numbers_of_docs(capsys, corpus, tmp_path) -> None:
    from_docs, from_graph = tmp_path / "docs.json", tmp_path / "graph.json"
    gold = str(corpus["gold"])
    assert run(capsys, "eval", "--gold", gold, "--docs", str(corpus["docs"]), "--json", str(from_docs))[0] == 0
    for graph in (corpus["built"], corpus["built"] / "graph.ttl"):
        assert run(capsys, "eval", "--gold", gold, "--graph", str(graph), "--json", str(from_graph))[0] == 0
        assert json.loads(from_graph.read_text(encoding="utf-8")) == json.loads(from_docs.read_text(encoding="utf-8"))


def test_evaluate_cli_one_gold_file(capsys, corpus, tmp_path) -> None:
    out = tmp_path / "scores.json"
    code, _, err = run(
        capsys, "eval", "--gold", str(corpus["gold"] / "a.json"), "--graph", str(corpus["built"]), "--json", str(out)
    )
    assert code == 0, err
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["documents"] == 1 and result["categories"]["people"]["fn"] == 1


def _bad_gold(tmp_path: Path, name: str, content: str | None) -> Path:
    folder = tmp_path / "gold"
    if content is not None:
        folder.mkdir()
        (folder / name).write_text(content, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("name", "content", "named", "reason"),
    [
        (None, None, "gold", "no gold JSON file"),  # no folder at all
        ("notes.txt", "not gold", "gold", "no gold JSON file"),  # a folder without *.json
        ("bad.json", '{"id": "a", "people": [}', "bad.json", "malformed gold JSON"),
        ("list.json", '[{"id": "a"}]', "list.json", "object"),
        ("noid.json", '{"people": [{"name": "王毅"}]}', "noid.json", "id"),
        ("noname.json", '{"id": "a", "people": [{"nom": "王毅"}]}', "noname.json", "name"),
        ("posts.json", '{"id": "a", "posts": [{"person": "王毅"}]}', "posts.json", "title"),
    ],
)
def test_evaluate_cli_bad_gold_exits_2_naming_the_file(capsys, tmp_path, name, content, named, reason) -> None:
    folder = _bad_gold(tmp_path, name, content)
    graph = tmp_path / "graph.ttl"
    story_graph().serialize(graph, format="turtle")
    code, _, err = run(capsys, "eval", "--gold", str(folder), "--graph", str(graph))
    assert code == 2
    assert err.startswith("kgbuild: error:") and err.count("\n") == 1, err
    assert named in err and reason in err, err


@pytest.mark.parametrize(
    ("argv", "named"),
    [
        (["--graph", "{tmp}/missing.ttl"], "missing.ttl"),
        (["--docs", "{tmp}/missing.jsonl"], "missing.jsonl"),
        ([], "--docs"),
    ],
)
def test_evaluate_cli_bad_graph_or_docs_exit_2(capsys, tmp_path, argv, named) -> None:
    gold = _write_gold(tmp_path / "gold", GOLD_D1)
    code, _, err = run(capsys, "eval", "--gold", str(gold), *(a.format(tmp=tmp_path) for a in argv))
    assert code == 2
    assert err.count("\n") == 1 and named in err, err


# ------------------------------------------------------------------ spans

#: CLUENER style: end offsets inclusive. 外0交1部2部3长4王5毅6会7见8了9国10务11院12总13理14李15强16。17
SPAN_RECORDS = [
    {
        "text": "外交部部长王毅会见了国务院总理李强。",
        "label": {
            "name": {"王毅": [[5, 6]], "李强": [[15, 16]]},
            "government": {"外交部": [[0, 2]], "国务院": [[10, 12]]},
            "position": {"部长": [[3, 4]], "总理": [[13, 14]]},
        },
    },
    {
        # 张0三1说2，3李4四5是6司7长8。9
        "text": "张三说，李四是司长。",
        "label": {
            "name": {"张三": [[0, 1]], "李四": [[4, 5]]},
            "position": {"司长": [[7, 8]]},
            "company": {"司": [[7, 7]]},
        },
    },
]


def span_graph() -> Graph:
    """Mentions (end exclusive) of the span records, as a tagger might have found them."""
    g = HandGraph()
    person, post = g.person("人"), EX["post/x"]
    g.mention(person, "person", "s1", 5, 7)  # 王毅 right
    g.mention(person, "person", "s1", 15, 17)  # 李强 right
    g.mention(g.org("外交部", "government"), "organization", "s1", 0, 3)  # right
    g.mention(g.org("国务院", "party"), "organization", "s1", 10, 13)  # span right, category wrong
    g.mention(post, "post", "s1", 3, 5)  # 部长 right
    g.mention(post, "post", "s1", 13, 17)  # 总理李强: wrong span
    g.mention(person, "person", "s2", 0, 2)  # 张三 right
    g.mention(person, "person", "s2", 4, 5)  # 李: one short
    g.mention(post, "post", "s2", 7, 9)  # 司长 right
    g.mention(g.org("司", "other"), "organization", "s2", 7, 8)
    return g.graph


MAPPING = "name=person,government=organization:government,position=post"

#: label -> (tp, fp, fn, precision, recall, f1) over both records, and over the first only
SPANS_BOTH = {
    "name": (3, 1, 1, 0.75, 0.75, 0.75),
    "government": (1, 0, 1, 1.0, 0.5, 0.6667),
    "position": (2, 1, 1, 0.6667, 0.6667, 0.6667),
}
SPANS_FIRST = {
    "name": (2, 0, 0, 1.0, 1.0, 1.0),
    "government": (1, 0, 1, 1.0, 0.5, 0.6667),
    "position": (1, 1, 1, 0.5, 0.5, 0.5),
}


@pytest.fixture
def span_file(tmp_path) -> Path:
    path = tmp_path / "spans.json"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in SPAN_RECORDS), encoding="utf-8")
    return path


def _as_dicts(table: dict) -> dict:
    keys = ("tp", "fp", "fn", "precision", "recall", "f1")
    return {label: dict(zip(keys, values, strict=True)) for label, values in table.items()}


def test_evaluate_spans_inclusive_ends_per_type(span_file) -> None:
    records = read_span_file(span_file)
    assert [r["id"] for r in records] == ["s1", "s2"]
    assert evaluate_spans(span_graph(), records, parse_mapping(MAPPING)) == _as_dicts(SPANS_BOTH)


def test_evaluate_spans_alternatives_joined_by_a_bar_count_as_one_target(span_file) -> None:
    records = read_span_file(span_file)
    one = evaluate_spans(span_graph(), records, parse_mapping("name=person,government=organization:government"))
    both = evaluate_spans(
        span_graph(), records, parse_mapping("name=person|post,government=organization:government|organization:media")
    )
    assert both["name"]["tp"] == one["name"]["tp"]  # the post spans are not names
    assert both["name"]["fp"] > one["name"]["fp"]
    assert both["government"] == one["government"]  # no media body in the sentences


def test_evaluate_spans_lists_each_error_with_its_record_and_surface(span_file) -> None:
    records = read_span_file(span_file)
    errors: dict = {}
    scores = evaluate_spans(span_graph(), records, parse_mapping(MAPPING), errors)
    assert list(errors) == list(scores)
    for label, found in errors.items():
        assert len(found["false_positives"]) == scores[label]["fp"]
        assert len(found["false_negatives"]) == scores[label]["fn"]
    texts = {r["id"]: r["text"] for r in records}
    for found in errors.values():
        for line in found["false_positives"] + found["false_negatives"]:
            doc, rest = line.split(": ", 1)
            surface, span = rest.rsplit(" [", 1)
            start, end = (int(x) for x in span.rstrip(")").split(", "))
            assert texts[doc][start:end] == surface


def test_evaluate_cli_spans_verbose_prints_the_errors(capsys, monkeypatch, span_file) -> None:
    monkeypatch.setattr(ev, "_build_for_eval", lambda paths, only=None: span_graph())
    code, stdout, err = run(capsys, "eval", "--spans", str(span_file), "--map", MAPPING, "--verbose")
    assert code == 0, err
    lines = stdout.splitlines()
    total = {label: fp + fn for label, (_, fp, fn, *_) in SPANS_BOTH.items()}
    assert sum(line.startswith(("FP ", "FN ")) for line in lines) == sum(total.values())
    assert sum(line.startswith("FN government: ") for line in lines) == SPANS_BOTH["government"][2]


@pytest.mark.parametrize(("limit", "expected"), [(None, SPANS_BOTH), (1, SPANS_FIRST), (2, SPANS_BOTH)])
def test_evaluate_cli_spans_with_map_and_limit(capsys, monkeypatch, span_file, tmp_path, limit, expected) -> None:
    built: list[str] = []

    def fake_build(paths, only=None):
        lines = Path(paths[0]).read_text(encoding="utf-8").splitlines()
        built.extend(json.loads(line)["id"] for line in lines)
        return span_graph()

    monkeypatch.setattr(ev, "_build_for_eval", fake_build)
    out = tmp_path / "spans-scores.json"
    argv = ["eval", "--spans", str(span_file), "--map", MAPPING, "--json", str(out)]
    code, stdout, err = run(capsys, *argv, *(["--limit", str(limit)] if limit else []))
    assert code == 0, err
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["spans"] == _as_dicts(expected)
    assert result["records"] == len(built) == (limit or 2)
    assert [line.split()[0] for line in stdout.splitlines()] == ["name", "government", "position"]


def test_evaluate_cli_spans_with_the_real_pipeline(capsys, span_file, tmp_path) -> None:
    out = tmp_path / "spans-scores.json"
    code, stdout, err = run(capsys, "eval", "--spans", str(span_file), "--map", "name=person", "--json", str(out))
    assert code == 0, err
    result = json.loads(out.read_text(encoding="utf-8"))
    assert list(result["spans"]) == ["name"] and result["records"] == 2
    assert result["spans"]["name"]["tp"] >= 1  # 王毅 after 外交部部长


@pytest.mark.parametrize(
    ("mapping", "named"),
    [
        ("name=persn", "persn"),
        ("government=organization:govt", "govt"),
        ("name", "name"),
        ("name=", "name"),
        ("government=organization:government|persn", "persn"),
    ],
)
def test_evaluate_cli_spans_bad_map_exits_2(capsys, span_file, mapping, named) -> None:
    code, _, err = run(capsys, "eval", "--spans", str(span_file), "--map", mapping)
    assert code == 2
    assert err.count("\n") == 1 and named in err, err


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "no such span file"),
        ('{"text": "王毅", "label": {}}\n{"text": \n', ":2: malformed JSON"),
        ('["王毅"]\n', ":1: "),
        ('{"label": {}}\n', ":1: "),
    ],
)
def test_evaluate_cli_bad_span_file_exits_2_naming_the_file(capsys, tmp_path, content, reason) -> None:
    path = tmp_path / "broken.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    code, _, err = run(capsys, "eval", "--spans", str(path))
    assert code == 2
    assert err.count("\n") == 1 and "broken.json" in err and reason in err, err


def test_evaluate_cli_spans_on_cluener_smoke(capsys, shared, tmp_path) -> None:
    out = tmp_path / "cluener.json"
    started = time.perf_counter()
    code, stdout, err = run(
        capsys,
        "eval",
        "--spans",
        str(shared / "data" / "cluener2020" / "train.json"),
        "--limit",
        "50",
        "--json",
        str(out),
    )
    assert code == 0, err
    assert time.perf_counter() - started < 60
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["records"] == 50
    assert list(result["spans"]) == ["name", "government", "position"]
    assert [line.split()[0] for line in stdout.splitlines()] == ["name", "government", "position"]
    # 50 sentences hold names: a tagger that finds none, or spans off by one, scores 0 here
    assert result["spans"]["name"]["tp"] > 0


def test_evaluate_a_named_body_brings_its_parent_into_the_story() -> None:
    # 评估督导司 is named in d; its parent 国家发展和改革委员会 belongs to the story with it
    g = HandGraph()
    department = g.org("评估督导司", "government", "d")
    ndrc = g.org("国家发展和改革委员会", "government")
    g.graph.add((department, ORG.subOrganizationOf, ndrc))
    gold = {
        "id": "d",
        "organizations": [
            {"name": "评估督导司", "category": "government", "parent": "国家发展和改革委员会"},
            {"name": "国家发展和改革委员会", "category": "government", "parent": None},
        ],
    }
    counts = evaluate(g.graph, [gold])["categories"]["organizations"]
    assert (counts["tp"], counts["fp"], counts["fn"]) == (2, 0, 0)
    # without the link, the parent is not found
    g.graph.remove((department, ORG.subOrganizationOf, ndrc))
    counts = evaluate(g.graph, [gold])["categories"]["organizations"]
    assert (counts["tp"], counts["fp"], counts["fn"]) == (1, 0, 1)


def test_evaluate_a_gold_body_brings_its_parent_into_the_story_too() -> None:
    # the gold gives 评估督导司 the parent 国家发展和改革委员会 without listing the parent: the
    # rule that puts kgbuild's parent in the story puts the gold's there as well
    g = HandGraph()
    department = g.org("评估督导司", "government", "d")
    ndrc = g.org("国家发展和改革委员会", "other")
    g.graph.add((department, ORG.subOrganizationOf, ndrc))
    gold = {
        "id": "d",
        "organizations": [
            {"name": "评估督导司", "category": "government", "parent": "国家发展和改革委员会"},
        ],
    }
    result = evaluate(g.graph, [gold])
    counts = result["categories"]["organizations"]
    assert (counts["tp"], counts["fp"], counts["fn"]) == (2, 0, 0)
    # the parent the gold brings in has no category: only 评估督导司's is scored
    assert result["organization_category_accuracy"] == 1.0
    # a parent the gold gives and kgbuild does not find is missed
    g.graph.remove((department, ORG.subOrganizationOf, ndrc))
    counts = evaluate(g.graph, [gold])["categories"]["organizations"]
    assert (counts["tp"], counts["fp"], counts["fn"]) == (1, 0, 1)
    # a parent the gold lists under an alias is not brought in twice
    gold["organizations"].append(
        {"name": "国家发展改革委", "aliases": ["国家发展和改革委员会"], "category": "government"}
    )
    counts = evaluate(g.graph, [gold])["categories"]["organizations"]
    assert (counts["tp"], counts["fp"], counts["fn"]) == (1, 0, 1)
