"""The trained tagger: the model loads, the extractor keeps the contract and finds the names it
must, its output is deterministic, and training is reproducible."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from kgbuild.extract import Found
from kgbuild.extract.tagger import TaggerExtractor, load_tagger, model_path, spans_of, word_bounds
from kgbuild.gazetteer import load_gazetteer
from kgbuild.model import Document, Mention
from kgbuild.normalise import normalise
from kgbuild.segment import load_segmenter, segment


def _segmented(text: str):
    return segment(normalise(Document(id="t", text=text, source="test")), load_segmenter())


@pytest.fixture(scope="module")
def tagger() -> TaggerExtractor:
    return TaggerExtractor(load_gazetteer())


def test_tagger_model_loads() -> None:
    assert model_path().is_file()
    assert set(load_tagger().labels()) >= {"O", "B-PER", "I-PER", "B-GOV", "B-POS"}


@pytest.mark.parametrize(
    ("tags", "spans"),
    [
        (["O", "B-PER", "I-PER", "O"], [(1, 3, "PER")]),
        (["B-GOV", "I-GOV", "B-POS", "I-POS"], [(0, 2, "GOV"), (2, 4, "POS")]),
        (["I-PER", "O"], [(0, 1, "PER")]),
    ],
)
def test_tagger_spans_of(tags: list[str], spans: list[tuple[int, int, str]]) -> None:
    assert spans_of(tags) == spans


@pytest.mark.parametrize(
    ("text", "kind", "surface"),
    [
        ("浙商银行企业信贷部总经理叶老桂昨天在会上表示，明年的信贷政策将保持稳定。", "person", "叶老桂"),
        ("俄国防部长谢尔久科夫此前曾宣布，俄海军和空军人数将裁减一半。", "person", "谢尔久科夫"),
    ],
)
def test_tagger_finds(tagger: TaggerExtractor, text: str, kind: str, surface: str) -> None:
    found = [(m.kind, m.text) for m in tagger(_segmented(text), Found())]
    assert (kind, surface) in found


@pytest.mark.parametrize(
    ("name", "confidence", "person"),
    [
        ("于晓强", 0.95, True),  # 于 and 之 stand in no name, except as a surname and in a given name
        ("姜之厚", 0.95, True),
        ("倪月", 0.95, True),
        ("于是", 0.95, False),
        ("谢尔久科夫", 0.95, True),
        ("埃塞", 0.7, False),  # a short transliteration only when the model is sure: often a country
        ("列宁格勒", 0.95, False),  # a place
        ("晓强", 0.95, False),  # no surname, not a transliteration
        ("向俄方", 0.95, False),  # a state's side, with the preposition jieba may glue to it
        ("向阳方", 0.95, True),  # (a surname 向, no side)
    ],
)
def test_tagger_person_filter(tagger: TaggerExtractor, name: str, confidence: float, person: bool) -> None:
    assert tagger._person_like(name, confidence) is person


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("海淀区民政局", True),  # ends like 政局 (a political situation), but is a body
        ("财政局", True),
        ("中国银监会", True),
        ("政局", False),
        ("大局", False),
        ("有关部门", False),  # generic
        ("法院", False),
    ],
)
def test_tagger_body_filter(tagger: TaggerExtractor, name: str, body: bool) -> None:
    assert tagger._body_like(name) is body


def test_tagger_contract_and_determinism(tagger: TaggerExtractor) -> None:
    doc = _segmented("北京市住建委主任张明表示，将加快保障房建设。美国海军发言人约翰逊称，演习照常进行。")
    first = list(tagger(doc, Found()))
    assert first, "the tagger found nothing"
    for m in first:
        assert doc.text[m.start : m.end] == m.text
        assert m.kind in tagger.produces and m.extractor == "tagger"
    assert list(tagger(doc, Found())) == first


def test_tagger_leaves_what_rules_found(tagger: TaggerExtractor) -> None:
    doc = _segmented("总经理叶老桂表示，明年的信贷政策将保持稳定。")
    first = [m for m in tagger(doc, Found()) if m.kind == "person"]
    assert first
    again = list(tagger(doc, Found(tuple(first))))
    assert not any(m.start < f.end and f.start < m.end for m in again for f in first)


def test_tagger_skips_sentences_without_a_gap(tagger: TaggerExtractor, monkeypatch) -> None:
    """A sentence of known common words and titles only is not given to the model (its
    known titles still come out as posts); a sentence with an unknown word is."""
    import kgbuild.extract.tagger as module

    seg = _segmented("总统指出，要坚持高质量发展。会议由张伟明主持。")
    model = module.load_tagger()
    told: list[int] = []

    class Counting:
        def tag(self, features):
            told.append(len(features))
            return model.tag(features)

        def marginal(self, label, position):
            return model.marginal(label, position)

    monkeypatch.setattr(module, "load_tagger", lambda: Counting())
    found = list(tagger(seg, Found()))
    first, second = seg.sentences
    assert len(told) == 1 and told[0] == second[1] - second[0]
    assert ("post", "总统", "title") in {(m.kind, m.text, m.rule) for m in found}


@pytest.mark.parametrize(
    ("text", "name", "person"),
    [
        ("台风“康妮”今天登陆。", "康妮", False),  # a quoted name: a storm, a ship, a product
        ("乌军在马林卡等方向击退进攻。", "马林卡", False),  # a place
        ("纽夫莱大区进入紧急状态。", "纽夫莱", False),
        ("习近平对邦戈访华表示欢迎。", "邦戈访华", False),  # a name does not run into a verb
        ("习近平对邦戈访华表示欢迎。", "邦戈", True),
        ("米舒斯京表示，两国合作不断深化。", "米舒斯京", True),
        ("黄茅海跨海通道全线贯通。", "黄茅海", False),
        ("损失约数十亿新谢克尔。", "谢克尔", False),
        ("巴方愿同各方一道努力。", "巴方愿", False),
        ("会议由李方明主持。", "李方明", True),
        ("10日习近平主席出席会议。", "习近平", True),
        ("埃特纳火山再次喷发。", "埃特纳", False),
        ("马方恪守一个中国原则。", "马方", False),
        ("张伟市长表示，将加快建设。", "张伟", True),
        ("李强湖南考察时强调。", "李强", True),
    ],
)
def test_tagger_context_of_a_name(tagger: TaggerExtractor, text: str, name: str, person: bool) -> None:
    seg = _segmented(text)
    start = seg.text.index(name)
    words = word_bounds(seg)
    assert tagger._stands_as_person(seg.text, start, start + len(name), words) is person


def test_tagger_cut_names(tagger: TaggerExtractor) -> None:
    """A name run into a preposition (同卢拉) or cut out of a word's middle is not taken."""
    for text, name in (("习近平主席同卢拉总统会晤。", "同卢拉"), ("国务院常务会议审议通过。", "务院常")):
        seg = _segmented(text)
        start = seg.text.index(name)
        words = word_bounds(seg)
        assert tagger._mention(seg.text, start, start + len(name), "PER", 0.99, words) is None


def test_tagger_completes_a_short_name_to_a_longer_one_of_the_story(tagger: TaggerExtractor) -> None:
    """A two-character name the model took where a three-character name of the story goes on
    from it (张大|冬给) becomes that name."""
    text = "校长张大冬向来宾介绍。张大冬给大家汇报了情况。"
    seg = _segmented(text)
    start = text.index("张大冬给")
    found = Found().plus([Mention("person", 2, 5, "张大冬", "张大冬", "people", "after_title")])
    short = Mention("person", start, start + 2, "张大", "张大", "tagger", "crf")
    taken = bytearray(len(text) + 1)
    taken[2:5] = b"\x01" * 3
    taken[start : start + 2] = b"\x01" * 2
    done = tagger._completed(seg.text, [short], found, taken)
    assert [(m.start, m.end, m.text) for m in done] == [(start, start + 3, "张大冬")]


def test_train_deterministic(shared: Path, tmp_path: Path) -> None:
    from kgbuild.train import train

    sources = [("cluener", shared / "data" / "cluener2020" / "train.json")]
    digests = []
    for name in ("a", "b"):
        out = tmp_path / f"{name}.crfsuite"
        train(sources, out, limit=300, params={"max_iterations": 10})
        digests.append(hashlib.sha256(out.read_bytes()).hexdigest())
    assert digests[0] == digests[1]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a given name the model cut short goes on (张又|侠, 刘国|中出席, 魏凤|和、)
        ("中央军委副主席张又侠出席会议并讲话。", {"张又侠"}),
        ("丁薛祥、何立峰、张国清、刘国中出席。", {"丁薛祥", "何立峰", "张国清", "刘国中"}),
        ("孙春兰、胡春华、刘鹤、魏凤和、王勇出席会议。", {"魏凤和"}),
        # a list of leaders where the model is unsure of the short names
        ("座谈会上，罗文、罗强、罗熹、罗东川、罗照辉先后发言。", {"罗文", "罗强", "罗熹", "罗照辉"}),
        # a preposition run into a name is dropped from it (应马克龙总统邀请)
        ("应马克龙总统邀请，习近平将访问法国。", {"马克龙"}),
        # a function character jieba glued to a name (而|纪平), a given name that is a verb (杨|振兴)
        ("而纪平表示，移库工作顺利完成。", {"纪平"}),
        ("过去几年来，杨振兴一直在网站上发帖。", {"杨振兴"}),
        ("魏凤和同志在参加代表团审议时说。", {"魏凤和"}),  # 和 before 同志
        ("当天，魏青松委员发言说，要加快发展。", {"魏青松"}),  # a title after a name the model is unsure of
        ("习近平同委内瑞拉总统马杜罗互致贺电。", {"马杜罗"}),  # no 马杜罗互
        # a dictionary word after a title, the name alone before a comma (经理|舒畅，)
        ("该公司高级策划经理舒畅，舒总，谈了看法。", {"舒畅"}),
    ],
)
def test_tagger_finds_names(tagger: TaggerExtractor, text: str, names: set[str]) -> None:
    found = {m.text for m in tagger(_segmented(text), Found()) if m.kind == "person"}
    assert names <= found


@pytest.mark.parametrize(
    "text",
    [
        "我们增加对长三角地区的叶菜、辣椒、黄瓜等蔬菜供应。",  # a list of things
        "共栽种白皮松、油松、国槐等苗木。",
        "东北、黄淮等主产区秋粮长势良好。",  # a list of places
        "这里的候鸟、胡杨、芦苇构成一幅美丽画卷。",
        "在广袤的田野上，农民正忙着收割。",  # a short name the model is unsure of
        "斯方愿同中方加强交流合作。",  # any state's side
        "以军在约旦河西岸城市希伯伦同巴勒斯坦人发生冲突。",  # a place after 城市
        "乌军在巴赫穆特、阿夫季夫卡等地击退进攻。",  # a list of places (等地)
        "俄军使用“伊斯坎德尔-M”导弹发动袭击。",  # a quoted product with a model suffix
        "田红旗委员代表民革中央发言。",  # no 田红 cut out of 田|红旗
        "内阁办公厅大臣翁赛维索、老挝副总理出席。",  # no 翁赛 cut out of a foreign name
        "消费券用于餐饮、商超和家电消费。",  # a list of things
        "埃塞俄比亚总统萨赫勒-沃克表示，两国友谊深厚。",  # the tail of a longer name
        "这些年来，高水平开放持续推进。",  # a name the model is barely sure of, with nothing to lift it
        "中共中央机关由凤凰山迁到杨家岭。",
        "发展林下经济，林药、林蜂、林油等产业形成规模。",  # short names the model is unsure of, side by side
        "实验室正向建成一台全高温超导托卡马克装置发起冲刺。",  # a thing named so (X装置)
        "整体造型似绽放的丁香花，寓意吉祥。",  # a common word the model gives 0.66, alone
        "俄军宣布控制索列达尔。",  # a place taken in a war
        "总书记的殷殷嘱托激励着广大干部。",  # a doubled character is a word, not a name
        "导弹击中了赖姆军事基地附近的目标。",  # a place before 基地
        "冰岛西南部雷克雅内斯半岛再次喷发。",  # a place before 半岛
        "80岁的患者李大伯前不久因为感染住院。",  # a surname and a word of kin as address
        "打造开放大通道。向南，陆海新通道跨越山海。",  # a way (向南), not a name
        "全长237公里的银昆高速宁夏段今天通车。",  # the places an expressway joins (银川-昆明)
        "2023年深入学习贯彻习近平生态文明思想研讨会近日举行。",  # a name inside a doctrine's name
        "他来到石林彝族自治县五棵树村考察。",  # a place before 彝族自治县
        "上海百年石库门建筑群张园西片区今天揭幕。",  # a place before 西片区
        "内蒙古在蒙东五盟市开展沙地综合治理。",  # a region before a count of its places
    ],
)
def test_tagger_no_person(tagger: TaggerExtractor, text: str) -> None:
    assert not [m.text for m in tagger(_segmented(text), Found()) if m.kind == "person"]


def test_tagger_list_items(tagger: TaggerExtractor) -> None:
    """The items of the list a name stands in, a note such as (女) skipped, the nearest first."""
    text = "参加会议的是王宁、李红(女)、张伟和赵强。"
    start = text.index("张伟")
    items = [(text[a:b], near, comma) for a, b, near, comma in tagger._list_items(text, start, start + 2)]
    assert items == [("李红", True, True), ("王宁", False, True), ("赵强", True, False)]
    text = "代表名单：王宁 李红(土家族) 张伟 赵强"  # a list set out with spaces
    start = text.index("张伟")
    assert [text[a:b] for a, b, _, _ in tagger._list_items(text, start, start + 2)] == ["李红", "王宁", "赵强"]


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("党和政府", False),  # a body and a kind of body joined
        ("中央财政和地方政府", False),
        ("两国政府", False),  # a kind of body with a count of states
        ("中葡政府", False),  # two states' governments
        ("中央政府", True),
        ("联邦政府", False),
        ("新政府", False),
        ("部委", False),
        ("国家部委", False),
        ("第二届数字政府", False),  # a policy's word after an edition
        ("美国中西部", False),  # a part of a country
        ("政治僵局", False),
        ("地方党委政府", False),  # two kinds without a conjunction
        ("印尼新一届政府", False),  # a state and a kind of body with a time word
        ("外国雇佣军", False),
        ("非政府", False),
        ("共和党在参议院", False),  # a clause, not a name
        ("中央依法治国办", True),
        ("中共中央对外联络部", True),
        ("市住房和城乡建设委员会", True),  # 和 inside one body's name
        ("石家庄市住房保障和房产管理局", True),
        ("德国气象局", True),
        # a kind of grassroots body, with or without its level (村, 社区), is no body named
        ("卫生院", False),
        ("村卫生室", False),
        ("社区卫生服务中心", False),
        ("社区党群服务中心", False),
        ("人大常委会", False),
        ("麦斜村卫生所", True),  # a village's own clinic
        ("美中两国政府", False),  # more than one government, or a polite "your"
        ("美国多届政府", False),
        ("贵国政府", False),
        ("我国政府", False),
    ],
)
def test_tagger_body_like(tagger: TaggerExtractor, name: str, body: bool) -> None:
    assert tagger._body_like(name) is body


@pytest.mark.parametrize(
    ("name", "category"),
    [
        ("英国警方", "international"),  # a foreign state's body
        ("俄中央选举委员会", "international"),  # a state's one-character short name
        ("加沙地带卫生部", "international"),
        ("中意政府委员会", "government"),  # 中 is no foreign state
        ("俄国民近卫军", "international"),
        ("人大常委会党组", "party"),  # what its ending says
        ("市公安局", "government"),
    ],
)
def test_tagger_body_category(tagger: TaggerExtractor, name: str, category: str) -> None:
    assert tagger._body_category(name) == category


def _tagged_people(tagger: TaggerExtractor, text: str) -> set[str]:
    return {m.text for m in tagger(_segmented(text), Found()) if m.kind == "person"}


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a short name right after a title, a numeral after it (副部长|齐骥|一句)
        ("建设部副部长齐骥一句话点明了问题。", {"齐骥"}, set()),
        # ... not the head of a foreign name jieba cut (普拉|昌达)
        ("今晚播出尼泊尔总理普拉昌达独家专访。", set(), {"普拉"}),
        # a foreign name jieba takes for a place is read by the model (奥巴马/ns)
        ("奥巴马态度果断，不能再拖下去。", {"奥巴马"}, set()),
        # a lake or a kind of trip alone is no name
        ("查干湖展开大规模冬季捕捞。", set(), {"查干湖"}),
    ],
)
def test_tagger_people_by_context(tagger: TaggerExtractor, text: str, present: set[str], absent: set[str]) -> None:
    found = _tagged_people(tagger, text)
    assert present <= found
    assert not absent & found


@pytest.mark.parametrize(
    "text",
    [
        "灾情较重的大河家、刘集、柳沟、石塬等乡镇也在陆续复工。",  # a list of places (等乡镇)
        "三地的张靖皋长江大桥北航道桥今天合龙。",  # a bridge named after places
    ],
)
def test_tagger_no_people_among_places(tagger: TaggerExtractor, text: str) -> None:
    assert not _tagged_people(tagger, text) & {"刘集", "石塬", "张靖皋"}


@pytest.mark.parametrize(
    ("text", "first", "names"),
    [
        # the items of a list beside a name taken, both ways, a note (女) skipped
        ("会议由邓建伟、孔令辉、郑秀梅（女）、郝文良等主持。", "孔令辉", {"邓建伟", "郑秀梅", "郝文良"}),
        # the last item before a verb ends where a word ends (季博文|夺得); no 王毅说
        ("男子双人划艇决赛，中国选手刘浩、季博文夺得金牌。", "刘浩", {"季博文"}),
        ("李强、王毅说，这是好事。", "李强", {"王毅"}),
        # the partner of a pair joined by / (黄博文/梁朝辉), both ways
        ("黄博文/梁朝辉以总成绩397.35分夺得金牌。", "梁朝辉", {"黄博文"}),
        ("决赛中，黄博文/梁朝辉夺得金牌。", "黄博文", {"梁朝辉"}),
        # the first item after a preposition jieba ran into it (出由马/x|有|礼)
        ("会议经表决，推选出由马有礼、许健康、邱庭彪组成的委员会。", "许健康", {"马有礼", "邱庭彪"}),
        # things and places beside a name are no names
        ("主席习近平、东北、黄淮等地代表参加。", "习近平", set()),
    ],
)
def test_tagger_list_completed(tagger: TaggerExtractor, text: str, first: str, names: set[str]) -> None:
    seg = _segmented(text)
    start = seg.text.index(first)
    taken = bytearray(len(seg.text) + 1)
    taken[start : start + len(first)] = b"\x01" * len(first)
    found = tagger._listed(seg.text, [(start, start + len(first))], word_bounds(seg), taken)
    assert {m.text for m in found} == names


@pytest.mark.parametrize(
    "text",
    [
        "主席习近平、总理李强等出席，东北、黄淮等地代表参加。",  # no name in a list of places
        "李强、王毅说，这是好事。",  # no 王毅说
    ],
)
def test_tagger_list_completed_not(text: str) -> None:
    found = {m.text for m in _extract_people(text)}
    assert not found & {"东北", "黄淮", "王毅说"}


def _extract_people(text: str):
    from kgbuild.config import load_settings
    from kgbuild.pipeline import extract_document

    extraction = extract_document(Document(id="t", text=text, source="t.txt"), load_settings())
    return [m for m in extraction.mentions if m.kind == "person"]


@pytest.mark.parametrize(
    ("text", "span", "clause"),
    [
        ("中央和国家机关组织干部召开党组会议。", "国家机关组织干部召开党组", True),  # two verbs
        ("会议主席团交付该委员会审议的议案。", "主席团交付该委员会", True),  # a pronoun
        ("推动市县公安机关警力向派出所下沉。", "公安机关警力向派出所", True),  # a preposition between
        ("中国对外友好协会今天举行活动。", "中国对外友好协会", False),  # (对外: one word)
        ("国家禁毒办今天发布报告。", "国家禁毒办", False),  # (禁毒|办: the verb-like last word ends it)
        ("自然资源部今天发布公告。", "自然资源部", False),
    ],
)
def test_tagger_tagged_body_that_reads_as_a_clause(text: str, span: str, clause: bool) -> None:
    doc = _segmented(text)
    start = doc.text.index(span)
    by_start, _ = word_bounds(doc)
    assert TaggerExtractor._clause_as_body(start, start + len(span), by_start) is clause


def test_tagger_no_body_of_some_kind(tagger: TaggerExtractor) -> None:
    """一个俄罗斯武装小组: a body of some kind after 一个, not one named."""
    found = [
        m.text for m in tagger(_segmented("一个俄罗斯武装小组当天多次试图潜入。"), Found()) if m.kind == "organization"
    ]
    assert not found


def test_segment_a_gazetteer_row_does_not_recut_other_texts(tmp_path) -> None:
    """jieba divides every count by the dictionary's total: a larger user dictionary must not
    change how a text none of its new words are in is cut."""
    import shutil

    from kgbuild.config import ontology_dir

    folder = tmp_path / "gazetteer"
    shutil.copytree(ontology_dir() / "gazetteer", folder)
    with (folder / "places.tsv").open("a", encoding="utf-8") as handle:
        for n in range(3000):
            handle.write(f"测试地{n:04d}\t\tcity\t浙江省\n")
    text = "约110万巴勒斯坦人在24小时内撤离，越南共产党中央政治局胡志明国家政治学院举行仪式。"
    doc = normalise(Document(id="t", text=text, source="test"))
    before = [t.text for t in segment(doc, load_segmenter()).tokens]
    after = [t.text for t in segment(doc, load_segmenter(str(folder))).tokens]
    assert after == before


def test_tagger_no_body_inside_the_name_of_a_site_or_hall(tagger: TaggerExtractor) -> None:
    # an army's name before the words that end a memorial hall's or a site's name is the site's
    for text in ("他们来到南昌新四军军部旧址陈列馆。", "我们参观哈尔滨侵华日军第七三一部队罪证陈列馆。"):
        assert not [m for m in tagger(_segmented(text), Found()) if m.kind == "organization"], text


def test_tagger_no_person_among_the_firms_of_a_list(tagger: TaggerExtractor) -> None:
    # a list that ends in 等14家跨国公司 lists firms
    assert not _tagged_people(tagger, "沃尔玛、巴斯夫等14家跨国公司负责人参加午餐会。")
