"""The seed article against its gold graph, read only through the contract's queries."""

from __future__ import annotations

import re

import pytest

from kgbuild.evaluate import CATEGORIES, evaluate, norm

_PINYIN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)")


@pytest.fixture(scope="module")
def scores(seed_graph, seed_gold) -> dict:
    return evaluate(seed_graph, [seed_gold])


@pytest.mark.parametrize("category", CATEGORIES)
def test_golden_seed_finds_every_gold_entry(scores, category) -> None:
    score = scores["categories"][category]
    missing = scores["errors"][category]["false_negatives"]
    assert score["recall"] == 1.0, f"{category}: not found: {missing}"


@pytest.mark.parametrize("category", CATEGORIES)
def test_golden_seed_precision(scores, category) -> None:
    extra = scores["errors"][category]["false_positives"]
    assert scores["categories"][category]["precision"] == 1.0, f"{category}: not in gold: {extra}"


def test_golden_seed_attributes_are_right(scores) -> None:
    assert scores["organization_category_accuracy"] == 1.0
    assert scores["metric_comparator_accuracy"] == 1.0
    assert scores["event_date_accuracy"] == 1.0
    assert scores["event_organizer_accuracy"] == 1.0
    assert scores["event_participants"]["recall"] == 1.0
    assert scores["event_participants"]["precision"] == 1.0


def test_golden_seed_no_not_entities(scores) -> None:
    assert scores["not_entities_extracted"] == 0, scores["not_entities"]


def test_golden_seed_organizations_have_gold_parent(seed_rows, seed_gold) -> None:
    parents = {norm(r["name"]): norm(r.get("parentName")) for r in seed_rows["organizations"]}
    for org in seed_gold["organizations"]:
        assert parents.get(norm(org["name"])) == norm(org["parent"]), org["name"]


def test_golden_seed_initiative_broader(seed_rows) -> None:
    broader = {norm(r["name"]): norm(r.get("broaderName")) for r in seed_rows["initiatives"]}
    assert broader[norm("制造业“双创”")] == norm("大众创业、万众创新")


def test_golden_seed_document_row(seed_rows, seed_gold) -> None:
    (row,) = seed_rows["documents"]
    gold = seed_gold["document"]
    assert norm(row["title"]) == norm(gold["title"])
    for key in ("publisher", "author", "place"):
        assert row.get(key) == gold[key], key
    assert str(row["date"]) == gold["date"]


def test_golden_seed_document_date_is_month_day(seed_graph) -> None:
    from kgbuild.query import named_query, run_query

    table = run_query(seed_graph, named_query("documents").text)
    date = table.rows[0][table.columns.index("date")]
    assert str(date.datatype).endswith("#gMonthDay")


def test_golden_seed_labels_are_clean(seed_rows, seed_text) -> None:
    names = [r["name"] for q in ("people", "organizations", "initiatives", "events") for r in seed_rows[q]]
    assert names
    for name in names:
        assert "?" not in name and "\ufffd" not in name, name
        assert not _PINYIN.search(name), name
        for latin in re.findall(r"[A-Za-z]+", name):
            assert latin in seed_text, f"{name}: Latin letters the text did not have"


def test_golden_seed_mentions_slice_the_text_as_read(seed_rows, seed_text) -> None:
    mentions = seed_rows["mentions"]
    assert len(mentions) > 20
    for m in mentions:
        assert seed_text[m["start"] : m["end"]] == m["surface"], m
    kinds = {m["kind"] for m in mentions}
    assert {"person", "organization", "post", "initiative", "metric", "event", "place"} <= kinds


def test_golden_seed_metric_values_are_typed(seed_graph) -> None:
    from kgbuild.query import named_query, run_query

    table = run_query(seed_graph, named_query("metrics").text)
    values = [row[table.columns.index("value")] for row in table.rows]
    assert values and all(str(v.datatype).endswith("#decimal") for v in values)
