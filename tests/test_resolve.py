"""Resolution on hand-made names: bodies known only from a post or as a parent take the
gazetteer's entry, else a category read from their name."""

from __future__ import annotations

import pytest

from kgbuild.gazetteer import load_gazetteer
from kgbuild.iri import key_of
from kgbuild.model import Names
from kgbuild.resolve import Resolver


def _resolved(bodies: tuple[str, ...], mentions: tuple = ()):
    resolver = Resolver(load_gazetteer())
    resolver.add(Names(doc_id="t", mentions=mentions, bodies=bodies))
    return resolver.resolution()


@pytest.mark.parametrize(
    ("body", "category"),
    [
        ("古巴旅游部", "international"),  # named after a foreign state
        ("美国驻俄罗斯大使馆", "international"),
        ("中共舒兰市委员会", "party"),
        ("舒兰市人民政府", "government"),
        ("某某科技有限公司", "enterprise"),
        ("中央宣讲团", "other"),
        ("俄罗斯", "international"),  # a foreign state as a body's parent
    ],
)
def test_resolve_category_of_a_body_only_a_post_names(body: str, category: str) -> None:
    entity = _resolved((body,)).entities[("organization", key_of(body))]
    assert entity.category == category


def test_resolve_gazetteer_body_keeps_its_category() -> None:
    entity = _resolved(("国务院",)).entities[("organization", key_of("国务院"))]
    assert entity.category == "government"


def test_resolve_a_surface_that_stands_for_a_body_is_no_other_name_of_it() -> None:
    mentions = (
        ("organization", "韩国", "中华人民共和国驻大韩民国大使馆", "government", None),  # 中国驻韩国、捷克等国使馆
        ("organization", "当地", "贵州省人民政府", "government", None),
        ("organization", "贵州省政府", "贵州省人民政府", "government", None),
        ("organization", "俄方", "俄罗斯", "international", None),
    )
    entities = _resolved((), mentions).entities
    assert entities[("organization", key_of("中华人民共和国驻大韩民国大使馆"))].alt_labels == ()
    assert entities[("organization", key_of("贵州省人民政府"))].alt_labels == ("贵州省政府",)
    assert entities[("organization", key_of("俄罗斯"))].alt_labels == ("俄方",)
