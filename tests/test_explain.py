"""`kgbuild explain`: an entity's labels, its facts and the exact spans they came from."""

from __future__ import annotations

import re

import pytest

from kgbuild.cli import main
from kgbuild.explain import explain, merge_reason
from kgbuild.query import load_store

_MENTION = re.compile(r"^\s+(\S+)@(\d+): ….*?【(.+?)】.*… \((\w+)\.(\w+)\)$")


@pytest.fixture(scope="module")
def store(seed_build):
    return load_store(seed_build[1])


def _quoted(report: str) -> list[tuple[str, int, str]]:
    """(document, start, exact) of every span the report quotes."""
    out = []
    for line in report.splitlines():
        found = _MENTION.match(line)
        if found:
            out.append((found.group(1), int(found.group(2)), found.group(3)))
    return out


def test_explain_a_body_gives_its_aliases_facts_and_mentions(store) -> None:
    report = explain(store, "工业和信息化部")
    lines = report.splitlines()
    assert lines[0].startswith("工业和信息化部  (Organization)  <https://kgbuild.org/id/organization/")
    assert "  also: 工信部  [gazetteer alias]" in lines
    assert "  post held here: 王新哲 总经济师" in lines
    assert any(line.startswith("  organized: 全国制造业") for line in lines)
    # the counts say how many facts and mentions are listed under them
    facts_at = next(i for i, line in enumerate(lines) if line.startswith("facts: "))
    mentions_at = next(i for i, line in enumerate(lines) if line.startswith("mentions: "))
    facts = [line for line in lines[facts_at + 1 : mentions_at] if not line.startswith("   ")]
    assert lines[facts_at] == f"facts: {len(facts)}"
    assert lines[mentions_at] == f"mentions: {len(lines) - mentions_at - 1}"
    assert len(lines) - mentions_at - 1 >= 2


def test_explain_quotes_the_text_as_it_was_read(store, seed_text) -> None:
    # every quoted span is the slice of the input (Traditional, with pinyin) at its offset
    for name in ("工业和信息化部", "信息化和软件服务司", "张晓赫"):
        spans = _quoted(explain(store, name))
        assert spans, name
        for _, start, exact in spans:
            assert seed_text[start : start + len(exact)] == exact


def test_explain_keeps_each_quote_on_one_line(store, seed_text) -> None:
    # the sample's department is named right after a line break: the quote shows it as ⏎
    report = explain(store, "信息化和软件服务司")
    lines = report.splitlines()
    mentions_at = next(i for i, line in enumerate(lines) if line.startswith("mentions: "))
    assert lines[mentions_at] == f"mentions: {len(lines) - mentions_at - 1}"
    assert any("⏎【" in line for line in lines[mentions_at + 1 :])
    assert all(_MENTION.match(line) for line in lines[mentions_at + 1 :])


def test_explain_a_person_gives_the_post_and_its_source(store) -> None:
    report = explain(store, "张晓赫")
    assert report.startswith("张晓赫  (Person)  <https://kgbuild.org/id/person/")
    assert "  post: 记者 of 人民网" in report.splitlines()
    assert "(metadata.byline)" in report


def test_explain_by_alias_or_iri_names_the_same_entity(store) -> None:
    by_name = explain(store, "工业和信息化部")
    assert explain(store, "工信部") == by_name
    iri = re.search(r"<(https://[^>]+)>", by_name).group(1)
    assert explain(store, iri) == by_name


def test_explain_cli_prints_the_report_and_fails_clearly_on_an_unknown_name(capsys, seed_build) -> None:
    out = seed_build[1]
    assert main(["explain", str(out), "信息化和软件服务司"]) == 0
    printed = capsys.readouterr().out
    assert "  part of: 工业和信息化部" in printed.splitlines()
    assert "  post held here: 谢少锋 司长" in printed.splitlines()
    code = main(["explain", str(out), "不存在的机构"])
    err = capsys.readouterr().err
    assert code == 2
    assert "no entity named '不存在的机构'" in err


@pytest.mark.parametrize(
    ("label", "alt", "reason"),
    [
        ("工业和信息化部", "工信部", "gazetteer alias"),
        ("大众创业万众创新", "“大众创业万众创新”", "same name after normalisation (NFKC, quotes, white space)"),
        ("浙江省人民政府", "浙江", "same canonical name in context (place or title rule)"),
    ],
)
def test_explain_merge_reason(label: str, alt: str, reason: str) -> None:
    assert merge_reason(label, alt) == reason


def test_explain_a_name_two_entities_share_asks_for_the_iri() -> None:
    import pyoxigraph as ox

    from kgbuild.errors import InputError
    from kgbuild.explain import find_entity

    store = ox.Store()
    label = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
    for n in ("a", "b"):
        store.add(ox.Quad(ox.NamedNode(f"https://kgbuild.org/id/person/{n}"), label, ox.Literal("王伟")))
    with pytest.raises(InputError) as raised:
        find_entity(store, "王伟")
    assert "2 entities are named '王伟'" in str(raised.value)
    assert "https://kgbuild.org/id/person/a" in str(raised.value)
    assert "https://kgbuild.org/id/person/b" in str(raised.value)
    assert find_entity(store, "https://kgbuild.org/id/person/b") == "https://kgbuild.org/id/person/b"
