"""The events extractor on hand-written sentences: names, meetings, visits, launches,
dates, organizers and participants. People and bodies are given as hand-made mentions, so
these tests do not depend on the other extractors."""

from __future__ import annotations

import pytest

from kgbuild.config import load_settings
from kgbuild.extract import Found
from kgbuild.extract.events import EventExtractor
from kgbuild.gazetteer import load_gazetteer
from kgbuild.model import Document, DocumentMeta, Event, Mention, Statement
from kgbuild.normalise import normalise
from kgbuild.pipeline import extract_document
from kgbuild.segment import load_segmenter, segment


@pytest.fixture(scope="module")
def extractor() -> EventExtractor:
    return EventExtractor(load_gazetteer())


def _mentions(text: str, kind: str, names: tuple[str, ...]) -> list[Mention]:
    out = []
    for name in names:
        start = text.find(name)
        while start >= 0:
            out.append(Mention(kind, start, start + len(name), name, name, "test", "hand", "government"))
            start = text.find(name, start + 1)
    return out


def _events(
    extractor: EventExtractor,
    text: str,
    people: tuple[str, ...] = (),
    orgs: tuple[str, ...] = (),
    date: str = "2023-05-10",
    title: str = "",
    said: tuple[tuple[str, str], ...] = (),
) -> list[Event]:
    seg = segment(normalise(Document(id="t", text=text, source="test", date=date)), load_segmenter())
    norm = seg.text
    found = Found(
        (
            DocumentMeta(title=title, date=date),
            *_mentions(norm, "person", people),
            *_mentions(norm, "organization", orgs),
            *_statements(norm, said),
        )
    )
    events = [e for e in extractor(seg, found) if isinstance(e, Event)]
    for e in events:
        assert 0 <= e.start < e.end <= len(norm)
    return events


def _statements(text: str, said: tuple[tuple[str, str], ...]) -> list[Statement]:
    """(speaker, cue): the speaker's words from after the cue to the end of the sentence."""
    out = []
    for speaker, cue in said:
        start = text.find(speaker + cue)
        content = start + len(speaker + cue) + 1
        end = text.find("。", content)
        out.append(Statement(speaker, "person", cue, text[content:end], start, end, content, end))
    return out


def _by_name(events: list[Event]) -> dict[str, Event]:
    return {e.name: e for e in events}


def test_extract_events_subject_of_召开_is_named_by_its_whole_clause(extractor) -> None:
    text = "全国乡村教师队伍建设为民服务专项工作会议12日在京召开。"
    events = _by_name(_events(extractor, text))
    assert list(events) == ["全国乡村教师队伍建设为民服务专项工作会议"]
    assert events["全国乡村教师队伍建设为民服务专项工作会议"].date == "2023-05-12"


def test_extract_events_meeting_named_by_host_and_guest_without_date_and_place(extractor) -> None:
    text = "国务院总理张三11日在北京会见芬兰总理李四。张三表示，双方合作前景广阔。王五参加会见。"
    events = _by_name(_events(extractor, text, people=("张三", "李四", "王五"), title="张三会见芬兰总理"))
    meeting = events["张三会见李四"]  # the names joined by the verb, no titles
    assert meeting.date == "2023-05-11"
    assert meeting.participants == ("张三", "李四", "王五")  # 参加会见: the story's main event


def test_extract_events_talks_named_with_同(extractor) -> None:
    events = _by_name(_events(extractor, "张三同芬兰总统李四举行会谈。", people=("张三", "李四")))
    assert events["张三同李四会谈"].participants == ("张三", "李四")


def test_extract_events_talks_with_a_guest_no_extractor_named_are_not_named_by_the_title(extractor) -> None:
    # 盖莱 is no person found: what stands before 会晤 is part of a name and a title, not the
    # talks' own name; two states' short names before the title are (中哈总理会晤)
    assert _events(extractor, "张三同盖莱总统会晤。双方交换了意见。", people=("张三",)) == []
    events = _by_name(_events(extractor, "张三同哈萨克斯坦总理李四举行中哈总理会晤。", people=("张三", "李四")))
    assert "中哈总理会晤" in events


def test_extract_events_meeting_during_a_summit(extractor) -> None:
    text = "张三在出席东盟峰会期间会见芬兰总统李四。"
    events = _by_name(_events(extractor, text, people=("张三", "李四")))
    assert "张三会见李四" in events  # not 张三会晤期间会见...
    assert events["东盟峰会"].participants == ("张三",)


def test_extract_events_visit_to_countries(extractor) -> None:
    events = _by_name(_events(extractor, "张三访问芬兰、瑞典并出席北欧合作论坛。", people=("张三",)))
    assert events["张三访问芬兰、瑞典"].participants == ("张三",)
    assert "北欧合作论坛" in events


def test_extract_events_visit_needs_places(extractor) -> None:
    assert "张三访问活动" not in _by_name(_events(extractor, "张三结束访问活动，返回北京。", people=("张三",)))


def test_extract_events_launch_from_headline_and_body(extractor) -> None:
    text = "全民健身数字平台今天正式启动\n由国家体育总局主办的全民健身数字平台今天（5月10日）正式启动。"
    events = _events(extractor, text, orgs=("国家体育总局",))
    assert {e.name for e in events} == {"全民健身数字平台启动"}
    assert {(e.date, e.organizer, e.participants) for e in events} == {
        ("2023-05-10", "国家体育总局", ("国家体育总局",))
    }


def test_extract_events_launch_is_a_name_not_a_clause(extractor) -> None:
    assert _events(extractor, "全省规划的20个物流园全部挂牌成立。") == []


def test_extract_events_short_mention_is_the_full_event(extractor) -> None:
    text = "第五届长江文化论坛8日在武汉开幕。长江文化论坛期间，多位学者发表演讲。"
    events = _events(extractor, text)
    assert {e.name for e in events} == {"第五届长江文化论坛"}
    assert {e.date for e in events} == {"2023-05-08"}
    assert len(events) == 2  # both mentions, one event


def test_extract_events_opening_ceremony_is_the_forums(extractor) -> None:
    events = _by_name(_events(extractor, "张三出席2023年秋季滨海论坛开幕式并致辞。", people=("张三",)))
    assert list(events) == ["2023年秋季滨海论坛"]
    assert events["2023年秋季滨海论坛"].participants == ("张三",)


def test_extract_events_bare_ceremony_is_no_event(extractor) -> None:
    assert _events(extractor, "张三在论坛开幕式上发表主旨演讲。", people=("张三",)) == []


def test_extract_events_session_of_a_congress(extractor) -> None:
    events = _by_name(_events(extractor, "第五届全省人民代表大会第三次会议将于3月1日开幕。"))
    assert list(events) == ["第五届全省人民代表大会第三次会议"]
    assert events["第五届全省人民代表大会第三次会议"].date == "2023-03-01"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("会上展示了这次区域经济峰会的成果。", {"区域经济峰会"}),
        ("本届博览会设三个分论坛。", set()),
        ("进一步精简文件会议，减轻基层负担。", set()),
        ("他围绕大会主题作了发言。", set()),
        ("他在人民大会堂出席活动。", set()),
    ],
)
def test_extract_events_names_with_no_name_of_their_own(extractor, text: str, names: set[str]) -> None:
    assert {e.name for e in _events(extractor, text)} == names


def test_extract_events_report_with_no_name_of_its_own_is_none(extractor) -> None:
    assert _events(extractor, "张三在北京作宣讲报告。李四在上海作宣讲报告。", people=("张三", "李四")) == []


def test_extract_events_inspection(extractor) -> None:
    events = _by_name(_events(extractor, "今年春天，张三在滨江社区考察时强调，要办好民生实事。", people=("张三",)))
    assert events["张三在滨江社区考察"].participants == ("张三",)


def test_extract_events_organizer_before_a_time_word(extractor) -> None:
    events = _by_name(_events(extractor, "国家体育总局近日举行全民健身工作推进会。", orgs=("国家体育总局",)))
    assert events["全民健身工作推进会"].organizer == "国家体育总局"


def test_extract_events_scope_only_meeting_takes_its_bodys_name(extractor) -> None:
    events = _by_name(_events(extractor, "国家体育总局昨天召开全国电视电话会议。", orgs=("国家体育总局",)))
    event = events["国家体育总局全国电视电话会议"]
    assert (event.organizer, event.date) == ("国家体育总局", "2023-05-09")
    # a holiday's reception: each body that gives one gives its own (as the text names the body)
    events = _by_name(_events(extractor, "在滨海大学举行的新春招待会上，校长致辞。", orgs=("滨海大学",)))
    assert events["滨海大学新春招待会"].organizer == "滨海大学"
    assert set(_by_name(_events(extractor, "滨海大学举行论坛招待会。", orgs=("滨海大学",)))) == {"论坛招待会"}


def test_extract_events_spokesman_body_takes_part(extractor) -> None:
    text = "国务院新闻办公室近日举行“乡村振兴”系列新闻发布会，国家体育总局相关负责人介绍情况。"
    events = _by_name(_events(extractor, text, orgs=("国务院新闻办公室", "国家体育总局")))
    event = events["“乡村振兴”系列新闻发布会"]
    assert event.organizer == "国务院新闻办公室"
    assert event.participants == ("国家体育总局",)


def test_extract_events_deterministic(extractor) -> None:
    text = "张三同芬兰总统李四举行会谈。第五届长江文化论坛8日在武汉开幕。"
    assert _events(extractor, text, people=("张三", "李四")) == _events(extractor, text, people=("张三", "李四"))


def test_extract_events_ordinal_only_name_takes_the_holding_bodys_name(extractor) -> None:
    text = "会议结束后，三届省人大常委会举行第四讲专题讲座。"
    event = _by_name(_events(extractor, text, orgs=("省人大常委会",)))["三届省人大常委会第四讲专题讲座"]
    assert event.organizer == "省人大常委会"


def test_extract_events_study_session_on_a_topic_takes_the_bodys_name(extractor) -> None:
    text = "滨海市委常委会5日下午就乡村治理进行第二次集体学习。"
    events = _by_name(_events(extractor, text, orgs=("滨海市委常委会",)))
    assert list(events) == ["滨海市委常委会第二次集体学习"]
    assert events["滨海市委常委会第二次集体学习"].date == "2023-05-05"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("滨海合作论坛东山峰会今天开幕。", {"滨海合作论坛东山峰会"}),  # 论坛 inside a longer name
        ("两国领导人在滨江和东山两次会晤。", set()),  # a count of meetings
        ("双方发表滨海会晤联合成果声明。", set()),  # the event word is part of a document's name
        ("会议要求，圆满完成大会各项任务。", set()),  # a verb on the event, no name
        ("要坚持和完善人民代表大会制度。", set()),  # a system, not an event
        ("张三出席第5次中国—北欧(5+1)领导人会议。", {"第5次中国—北欧(5+1)领导人会议"}),
        ("张三出席第5次北欧与中日韩领导人会议。", {"第5次北欧与中日韩领导人会议"}),
        ("刊发文章《做好工作——论贯彻全省经济工作会议精神》。", {"全省经济工作会议"}),
        ("中国拳击队共拿到7张巴黎奥运会参赛门票。", {"巴黎奥运会"}),  # a count before the name
        # an anniversary names what it marks: both sides of the ties
        (
            "李四向中国与滨海组织合作五十周年纪念暨宣传周主场活动致贺信。",
            {"中国与滨海组织合作五十周年纪念暨宣传周主场活动"},
        ),
        ("今天是2025年哈尔滨亚冬会开幕倒计时100天。", {"2025年哈尔滨亚冬会"}),
        ("孩子们参加迎亚冬会倒计时100天主题健身活动。", set()),  # 迎 X: a verb on the games, not 迎亚冬会
        # a study of the event's spirit after another verb (介绍和解读X精神): the event alone
        ("滨海市举行发布会，介绍和解读全省经济工作会议精神。", {"全省经济工作会议"}),
        ("总书记在全国两会上发表重要讲话。", {"全国两会"}),
        # how often before a verb is no part of the name (三次|推动); an ordinal is (二次会议)
        ("他主持召开三次推动共建“一带一路”工作座谈会。", {"推动共建“一带一路”工作座谈会"}),
        ("他主持召开四次长江经济带发展座谈会。", {"长江经济带发展座谈会"}),  # how often, after 召开
        ("各地积极行动，推进工作。", set()),  # how they act, no campaign
        ("自去年全面启动“三北”工程攻坚战以来，成效明显。", {"“三北”工程攻坚战启动"}),  # since the launch
    ],
)
def test_extract_events_name_bounds(extractor, text: str, names: set[str]) -> None:
    assert {e.name for e in _events(extractor, text, people=("张三", "习近平"))} == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("张三8日在滨江县调研乡村教育情况时强调，要办好学校。", "张三在滨江县调研"),  # what about: no name
        ("春节前夕，张三到滨江社区考察，送去祝福。", "张三在滨江社区考察"),
    ],
)
def test_extract_events_research_trips_and_visits_to_people(extractor, text: str, name: str) -> None:
    events = _by_name(_events(extractor, text, people=("张三",)))
    assert list(events) == [name]
    assert events[name].participants == ("张三",)


def test_extract_events_trip_needs_a_named_place(extractor) -> None:
    assert _events(extractor, "那年春节，张三来到这里看望慰问乡亲们。", people=("张三",)) == []


def test_extract_events_talks_keep_the_texts_names_not_the_titles(extractor) -> None:
    text = "欢迎仪式后，张三同李四举行会谈。张三表示，双方合作前景广阔。"
    events = _by_name(_events(extractor, text, people=("张三", "李四"), title="张三同芬兰总理会谈"))
    assert list(events) == ["张三同李四会谈"]
    assert events["张三同李四会谈"].participants == ("张三", "李四")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("滨江广场今天举行2023年元旦升旗仪式。", {"2023年元旦升旗仪式"}),
        ("张三主持市政府第三次专题学习。", {"市政府第三次专题学习"}),
        ("（二）张三同志追悼大会于6日举行。", {"张三同志追悼大会"}),  # a list number is no part
        ("代表团成立，即将出征杭州全运会。", {"杭州全运会"}),
        ("代表们热议今年全国两会。", {"全国两会"}),
        ("首日会议讨论了议程。", set()),
        ("张三同总统先生举行会晤。", set()),  # no named guest
        ("张三在滨江考察的第一站是社区。", set()),
    ],
)
def test_extract_events_more_name_bounds(extractor, text: str, names: set[str]) -> None:
    assert {e.name for e in _events(extractor, text, people=("张三", "习近平"))} == names


def test_extract_events_a_meeting_that_proposes_another_is_not_its_name(extractor) -> None:
    text = "委员长会议建议省人大常委会第一次会议于3月举行。"
    assert not any("建议" in e.name for e in _events(extractor, text, orgs=("省人大常委会",)))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("会议决定提请滨海市第五届人民代表大会第二次会议审议。", set()),  # a congress still to come
        ("滨海市第五届人民代表大会第二次会议和滨海市政协第五届二次会议即将召开。", set()),
        ("要落实滨海市第五届人民代表大会第二次会议工作部署。", set()),  # named for its decisions
        ("要把滨海论坛办成品牌。", {"滨海论坛"}),
        ("频道全程直播滨江广场升旗仪式。", {"滨江广场升旗仪式"}),
        ("记者将采访部分大会议程。", set()),
    ],
)
def test_extract_events_verbs_that_take_an_event_are_not_its_name(extractor, text: str, names: set[str]) -> None:
    assert {e.name for e in _events(extractor, text)} == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("欢迎仪式后，张三同李四举行会谈。", {"张三同李四会谈"}),  # a welcome ceremony is part of the visit
        ("王五等出席欢迎仪式。", set()),
        ("他高度评价滨江运动会。", {"滨江运动会"}),  # a pronoun and a verb before the name
        ("张三向党外人士通报滨海市经济工作会议精神。", {"滨海市经济工作会议"}),
        ("据滨江第3届大学生运动会官方网站消息，门票售罄。", {"滨江第3届大学生运动会"}),
        ("此前滨海大会通过了决议。", {"滨海大会"}),
    ],
)
def test_extract_events_ceremonies_and_words_before_names(extractor, text: str, names: set[str]) -> None:
    assert {e.name for e in _events(extractor, text, people=("张三", "李四", "王五"))} == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("滨江艺术团今晚举行新春音乐会。", {"新春音乐会"}),
        ("“家风故事”分享会在京举办。", {"“家风故事”分享会"}),
        ("协会年度颁奖晚宴在纽约举行。", {"协会年度颁奖晚宴"}),
        ("双方出席中芬企业家圆桌会。", {"中芬企业家圆桌会"}),
        ("张三出席滨海市青年干部研讨班开班式。", {"滨海市青年干部研讨班"}),
    ],
)
def test_extract_events_more_event_words(extractor, text: str, names: set[str]) -> None:
    assert {e.name for e in _events(extractor, text, people=("张三", "习近平"))} == names


def test_extract_events_state_visit_named_by_visitor_and_country(extractor) -> None:
    text = "此访正值张三主席对芬兰进行国事访问。"
    events = _by_name(_events(extractor, text, people=("张三",)))
    assert events["张三对芬兰国事访问"].participants == ("张三",)


def test_extract_events_state_visit_with_the_visitors_titles_between(extractor) -> None:
    text = "王五热烈欢迎张三总书记、国家主席对芬兰进行国事访问。"
    events = _by_name(_events(extractor, text, people=("王五", "张三")))
    assert set(events) == {"张三对芬兰国事访问"}
    assert events["张三对芬兰国事访问"].participants == ("张三",)


def test_extract_events_visit_to_a_topic_or_a_speakers_country_is_not_named(extractor) -> None:
    text = "王五表示，李四对我国进行正式访问。张三对社会工作作出重要指示。"
    assert _events(extractor, text, people=("张三", "李四", "王五")) == []


def test_extract_events_visit_to_us_told_by_the_narrator_is_a_visit_to_china(extractor) -> None:
    text = "张三举行仪式，欢迎李四对我国进行国事访问。李四是应张三的邀请对我国进行国事访问的。陪同李四访华的有外长。"
    events = _events(extractor, text, people=("张三", "李四"))
    assert {e.name for e in events} == {"李四对中国国事访问"}
    # (the host of the welcome ceremony, part of the visit, takes part in it)
    assert all(e.participants == ("李四", "张三") for e in events)


def test_extract_events_visit_by_a_short_name_is_the_full_names(extractor) -> None:
    text = "欢迎安娜·玛丽亚·席尔瓦对我国进行国事访问。席尔瓦是应张三的邀请对我国进行国事访问的。"
    names = {e.name for e in _events(extractor, text, people=("安娜·玛丽亚·席尔瓦", "席尔瓦", "张三"))}
    assert names == {"安娜·玛丽亚·席尔瓦对中国国事访问"}


def test_extract_events_guest_who_came_to_a_forum_and_a_guest_named_only_by_how_he_came(extractor) -> None:
    text = "李强会见前来出席论坛的新加坡总理黄循财。张三会见到访的中国政府特使时表示欢迎。"
    assert {e.name for e in _events(extractor, text, people=("李强", "黄循财", "张三"))} == {"李强会见黄循财"}


def test_extract_events_talks_with_a_guest_named_by_courtesy(extractor) -> None:
    text = "李强同王五举行会谈。李强表示，习近平主席同总统先生举行会谈，为两国关系指明方向。张三参加上述活动。"
    events = _by_name(_events(extractor, text, people=("李强", "王五", "习近平", "张三")))
    assert set(events) == {"李强同王五会谈", "习近平同王五会谈"}
    assert events["习近平同王五会谈"].participants == ("习近平", "王五")


def test_extract_events_talks_named_by_courtesy_take_the_guest_met_last(extractor) -> None:
    text = "赵六分别会见甲一、乙二。会见乙二时，赵六表示，习近平主席同首相先生会晤。"
    names = {e.name for e in _events(extractor, text, people=("赵六", "甲一", "乙二", "习近平"))}
    assert names == {"赵六会见甲一", "赵六会见乙二", "习近平同乙二会晤"}


@pytest.mark.parametrize(
    ("text", "title", "names"),
    [
        ("李强在北京同参加博览会的中外企业家代表座谈交流。", "", {"李强同中外企业家代表座谈"}),
        ("李强在北京同企业家代表座谈。", "李强同中外企业家代表座谈", {"李强同中外企业家代表座谈"}),
        ("李强在北京同企业家代表举行座谈。", "", {"李强同企业家代表座谈"}),
        ("李强到企业调研，同职工代表座谈交流。", "", {"李强在企业调研"}),  # a stop of the tour
        ("在研究院，李强与科研人员座谈。", "李强在安徽调研", set()),  # a stop of the tour the title names
        ("李强会见代表团，同他们合影留念并座谈交流。", "", {"李强会见代表团"}),
    ],
)
def test_extract_events_talks_with_a_group(extractor, text: str, title: str, names: set[str]) -> None:
    assert {e.name for e in _events(extractor, text, people=("李强", "王五"), title=title)} == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("张三15日向第六届滨江青年发展论坛致贺信。", {"第六届滨江青年发展论坛"}),  # a date starts no name
        ("烈士纪念日向英雄敬献花篮仪式30日在滨江广场隆重举行。", {"烈士纪念日向英雄敬献花篮仪式"}),
        ("第134届滨江交会今天开幕。", {"第134届滨江交会"}),
    ],
)
def test_extract_events_dates_manners_and_fairs(extractor, text: str, names: set[str]) -> None:
    assert {e.name for e in _events(extractor, text, people=("张三", "习近平"))} == names


def test_extract_events_bare_meeting_takes_the_holding_body_name(extractor) -> None:
    text = "滨海市委常委会4月28日召开会议，分析研究当前经济形势。"
    events = _by_name(_events(extractor, text, orgs=("滨海市委常委会",)))
    assert list(events) == ["滨海市委常委会会议"]
    assert events["滨海市委常委会会议"].organizer == "滨海市委常委会"
    assert events["滨海市委常委会会议"].date == "2023-04-28"
    assert _events(extractor, "各地召开会议，部署工作。") == []  # no body, no name


def test_extract_events_demonstrative_right_before_the_event_word_names_nothing(extractor) -> None:
    assert _events(extractor, "今年论坛将聚焦创新合作。") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("为期两天的第十四届滨江论坛今天举行。", {"第十四届滨江论坛"}),  # a description ends at 的
        ("2024年1月10日滨海市第二次党代表大会闭幕。", {"滨海市第二次党代表大会"}),  # a full date starts no name
        ("要确保亚残运会顺利举办。", {"亚残运会"}),  # a verb before an abbreviated name
        ("并结合亚残运会开展活动。", {"亚残运会"}),
    ],
)
def test_extract_events_descriptions_dates_and_verbs_before_names(extractor, text: str, names: set[str]) -> None:
    assert {e.name for e in _events(extractor, text)} == names


def test_extract_events_press_conference_word(extractor) -> None:
    names = {e.name for e in _events(extractor, "两国外长出席中芬外长联合记者会。")}
    assert names == {"中芬外长联合记者会"}


@pytest.mark.parametrize(
    ("title", "text", "name"),
    [
        # the guest described by a clause: the title names the meeting
        ("张三会见芬兰总理", "张三10日在北京会见来华出席博览会的芬兰总理李四。", "张三会见李四"),
        ("张三会见芬兰代表团", "张三10日会见由芬兰议长李四等组成的代表团。", "张三会见芬兰代表团"),
        # the text says no more than the title and the guest's name: the text's name
        ("张三会见芬兰总理", "张三10日在北京会见芬兰总理李四。", "张三会见李四"),
    ],
)
def test_extract_events_meeting_with_a_described_guest_takes_the_titles_name(
    extractor, title: str, text: str, name: str
) -> None:
    events = _events(extractor, text, people=("张三", "李四"), title=title)
    assert [e.name for e in events if e.rule == "meeting"] == [name]


@pytest.mark.parametrize(
    ("text", "orgs", "name"),
    [
        ("东南亚国家联盟8日在雅加达召开紧急会议，讨论地区局势。", ("东南亚国家联盟",), "东南亚国家联盟紧急会议"),
        # the body's leaders, where and on what, between the body and the verb
        ("东南亚国家联盟领导人10日在雅加达就地区局势召开紧急会议。", ("东南亚国家联盟",), "东南亚国家联盟紧急会议"),
        # 在 and what the meeting is on between the body and the verb
        ("东南亚国家联盟8日在就地区局势召开紧急会议。", ("东南亚国家联盟",), "东南亚国家联盟紧急会议"),
        ("联合国安理会在举行会议前，举行默哀仪式。", ("联合国安理会",), "联合国安理会会议"),
        ("中共中央12日上午在人民大会堂举行座谈会，纪念张三同志诞辰100周年。", ("中共中央",), "中共中央座谈会"),
        ("国务院新闻办公室今天举行新闻发布会，介绍有关情况。", ("国务院新闻办公室",), "国务院新闻办公室新闻发布会"),
    ],
)
def test_extract_events_bare_event_word_takes_the_holding_bodys_name(
    extractor, text: str, orgs: tuple[str, ...], name: str
) -> None:
    events = _by_name(_events(extractor, text, orgs=orgs))
    assert list(events) == [name]
    assert events[name].organizer == orgs[0]


def test_extract_events_title_names_the_leads_unnamed_event(extractor) -> None:
    text = "中共中央12日上午在人民大会堂举行座谈会，纪念张三同志诞辰100周年。李四主持座谈会。"
    title = "中共中央举行纪念张三同志诞辰100周年座谈会 李四主持"
    events = _by_name(_events(extractor, text, people=("张三", "李四"), orgs=("中共中央",), title=title))
    assert list(events) == ["纪念张三同志诞辰100周年座谈会"]


@pytest.mark.parametrize(
    ("title", "text", "name"),
    [
        # a short form of the text's name: the text's full name stays
        ("集安组织峰会在明斯克举行", "集体安全条约组织峰会23日在明斯克举行。", "集体安全条约组织峰会"),
        # a numbered name is the formal one
        (
            "全国政协十四届二次会议开幕",
            "政协第十四届全国委员会第二次会议4日在北京开幕。",
            "政协第十四届全国委员会第二次会议",
        ),
    ],
)
def test_extract_events_title_keeps_the_texts_formal_name(extractor, title: str, text: str, name: str) -> None:
    assert [e.name for e in _events(extractor, text, title=title)] == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("市民通过大屏幕观看北京冬奥会。", {"北京冬奥会"}),  # a verb before a place and the event
        ("全市上下正迎接大运会。", {"大运会"}),
        ("中共中央向十四届全国人大一次会议提出建议。", {"十四届全国人大一次会议"}),
        ("新时代推动西部大开发座谈会在重庆召开。", {"新时代推动西部大开发座谈会"}),  # a topic, not a place
        ("她打破了奥运会纪录。", set()),  # a record, not the games
        ("论坛在国家会议中心举行。", set()),  # a venue
        ("二十届中央第二轮巡视工作动员部署会议在京召开。", {"二十届中央第二轮巡视工作动员部署会议"}),
        ("2005年3月十届全国人大三次会议通过了这部法律。", {"十届全国人大三次会议"}),
        ("目前开幕式各项准备工作已经就绪。", set()),
    ],
)
def test_extract_events_verbs_venues_and_dates_around_names(extractor, text: str, names: set[str]) -> None:
    assert {e.name for e in _events(extractor, text)} == names


def test_extract_events_press_conference_takes_the_titles_name(extractor) -> None:
    text = "会谈后，两国总理共同会见了记者。张三、李四参加会见。"
    events = _events(extractor, text, people=("张三", "李四"), title="中芬两国总理共同会见记者")
    assert [(e.name, e.participants) for e in events] == [("中芬两国总理共同会见记者", ("张三", "李四"))]


def test_extract_events_title_writes_the_name_the_text_cut_short(extractor) -> None:
    text = "全国党委和政府秘书长会议12日在京召开。张三出席会议并讲话。"
    events = _events(extractor, text, people=("张三",), title="张三出席全国党委和政府秘书长会议并讲话")
    assert {e.name for e in events} == {"全国党委和政府秘书长会议"}


@pytest.mark.parametrize(
    ("text", "orgs", "participants"),
    [
        # a body's own meeting with no person named: the body takes part
        ("东南亚国家联盟8日召开紧急会议。", ("东南亚国家联盟",), ("东南亚国家联盟",)),
        ("经中央纪委常委会会议研究，决定给予处分。", ("中央纪委常委会",), ("中央纪委常委会",)),
        # a numbered session: no one is named as taking part
        ("全国人大常委会第五次会议将于10日召开。", ("全国人大常委会",), ()),
    ],
)
def test_extract_events_body_takes_part_in_its_own_meeting(
    extractor, text: str, orgs: tuple[str, ...], participants: tuple[str, ...]
) -> None:
    (event,) = _events(extractor, text, orgs=orgs)
    assert event.participants == participants


def test_extract_events_hosted_by_at_the_clause_end(extractor) -> None:
    text = "中芬文化论坛10日在北京举办，由中央广播电视总台与芬兰广播公司联合主办。"
    (event,) = _events(extractor, text, orgs=("中央广播电视总台", "芬兰广播公司"))
    assert event.organizer == "中央广播电视总台"
    assert event.participants == ("中央广播电视总台", "芬兰广播公司")


def test_extract_events_after_the_meeting_takes_its_date(extractor) -> None:
    text = "全国人大常委会第五次会议12日在京闭幕。闭幕会后，全国人大常委会举行第六讲专题讲座。"
    events = _by_name(_events(extractor, text, orgs=("全国人大常委会",)))
    assert events["全国人大常委会第六讲专题讲座"].date == "2023-05-12"


def test_extract_events_event_inside_a_meeting_is_not_dated_by_it(extractor) -> None:
    text = "张三12日在北京会见来华出席中芬合作论坛的芬兰总理李四。"
    events = _by_name(_events(extractor, text, people=("张三", "李四")))
    assert events["中芬合作论坛"].date is None
    assert events["张三会见李四"].date == "2023-05-12"


def test_extract_events_main_event_keeps_people_of_a_sentence_that_names_it(extractor) -> None:
    text = "北京冬奥会火炬传递启动仪式8日举行。张三出席仪式，点燃北京冬奥会火炬。"
    events = _by_name(_events(extractor, text, people=("张三",), title="北京冬奥会火炬传递启动仪式举行"))
    assert events["北京冬奥会火炬传递启动仪式"].participants == ("张三",)


@pytest.mark.parametrize(
    ("text", "people", "names"),
    [
        # a one-character verb is a fragment of the body's name (常务委员/会), not a verb on it
        ("政协第十四届全国委员会常务委员会第七次会议6日在京闭幕。", (), {"政协第十四届全国委员会常务委员会第七次会议"}),
        # a record set at the games
        ("她举起了创奥运会挺举纪录的117公斤。", (), set()),
        # 同X共同主持Y会晤: the talks are the named event, not a meeting of the host
        ("张三同芬兰总理李四共同主持中芬总理第二次定期会晤。", ("张三", "李四"), {"中芬总理第二次定期会晤"}),
        # a trip over several days
        ("国务院总理张三8月22日至24日在广东调研。", ("张三",), {"张三在广东调研"}),
    ],
)
def test_extract_events_fragments_records_chaired_talks_and_trips(
    extractor, text: str, people: tuple[str, ...], names: set[str]
) -> None:
    assert {e.name for e in _events(extractor, text, people=people)} == names


def test_extract_events_chaired_talks_keep_their_date(extractor) -> None:
    text = "张三12日同芬兰总理李四共同主持中芬总理第二次定期会晤。"
    (event,) = _events(extractor, text, people=("张三", "李四"))
    assert event.date == "2023-05-12"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # opening a road or a museum, founding a body: no event
        ("滨海城际铁路今天正式开通。", set()),
        ("国家海洋博物馆今天揭牌。", set()),
        ("“书香滨海”读书月今天正式启动。", {"“书香滨海”读书月启动"}),
        # many things, or a launch still to come: no named launch
        ("全省14条高速公路今天建成通车。", set()),
        ("滨海城际铁路预计年内开通。", set()),
    ],
)
def test_extract_events_only_launches_of_events_and_campaigns(extractor, text: str, names: set[str]) -> None:
    assert {e.name for e in _events(extractor, text)} == names


@pytest.mark.parametrize(
    ("title", "text", "people", "name"),
    [
        # talks the text tells with the guest's name only
        (
            "张三同芬兰总理会谈",
            "欢迎会后，张三同李四举行会谈。张三表示，愿深化合作。",
            ("张三", "李四"),
            "张三同李四会谈",
        ),
        # a trip the text tells in other words
        ("张三在云南调研", "国务院副总理张三近日到云南调研。", ("张三",), "张三在云南调研"),
        (
            "张三考察滨海新区",
            "12日上午，张三在市长李四陪同下，来到滨海新区考察。",
            ("张三", "李四"),
            "张三在滨海新区考察",
        ),
        # a state visit told after the arrival
        (
            "张三抵达河内对越南进行国事访问",
            "12日中午，国家主席张三乘专机抵达河内，应邀对越南进行国事访问。",
            ("张三",),
            "张三对越南国事访问",
        ),
        # a launch the text tells with a description before it
        ("2023年春运今天启动", "为期40天的春运今天（1月7日）启动。", (), "2023年春运启动"),
    ],
)
def test_extract_events_title_that_is_an_event_names_it(
    extractor, title: str, text: str, people: tuple[str, ...], name: str
) -> None:
    assert name in {e.name for e in _events(extractor, text, people=people, title=title)}


def test_extract_events_welcome_ceremony_is_part_of_the_visit(extractor) -> None:
    text = "25日上午，国务院总理张三在人民大会堂举行仪式，欢迎芬兰总理李四访华。"
    (event,) = _events(extractor, text, people=("张三", "李四"))
    assert (event.name, event.date, event.participants) == ("李四访华", "2023-05-25", ("李四", "张三"))


@pytest.mark.parametrize(
    ("text", "people", "name", "date"),
    [
        ("2023年对外工作会议9日至10日在京召开。", (), "2023年对外工作会议", "2023-05-09"),
        ("委员长张三11日至14日对摩洛哥进行正式友好访问。", ("张三",), "张三对摩洛哥正式友好访问", "2023-05-11"),
    ],
)
def test_extract_events_held_over_several_days(
    extractor, text: str, people: tuple[str, ...], name: str, date: str
) -> None:
    events = _by_name(_events(extractor, text, people=people))
    assert events[name].date == date


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("要扎实推进中非合作论坛成果落实。", {"中非合作论坛"}),
        ("距离第十四届全国冬季运动会开幕还有10天。", {"第十四届全国冬季运动会"}),
    ],
)
def test_extract_events_verbs_before_a_body_named_event(extractor, text: str, names: set[str]) -> None:
    assert {e.name for e in _events(extractor, text)} == names


@pytest.mark.parametrize(
    ("text", "orgs", "names"),
    [
        ("G20峰会在里约举行。", (), {"G20峰会"}),  # Latin letters belong to a name
        ("感谢中方支持南非主办金砖国家领导人会晤。", (), {"金砖国家领导人会晤"}),
        ("她为中国队收获该项目首枚残奥会金牌。", (), set()),  # a medal, not the games
        ("同芬兰总统李四会谈时，张三表示赞赏。", (), set()),  # talks of named people: the meeting rule's
        ("中美元首旧金山会晤成果丰硕。", (), {"中美元首旧金山会晤"}),
        ("中国人民政治协商会议是统一战线组织。", ("中国人民政治协商会议",), set()),  # the body
        ("1981年海合会一成立，双方就建立了联系。", (), set()),  # as soon as founded: no launch
    ],
)
def test_extract_events_letters_medals_talks_and_bodies(
    extractor, text: str, orgs: tuple[str, ...], names: set[str]
) -> None:
    assert {e.name for e in _events(extractor, text, orgs=orgs)} == names


@pytest.mark.parametrize(
    ("text", "orgs", "organizer"),
    [
        ("甲部、乙部和丙部联合举办芬兰文化推介会。", ("甲部", "乙部", "丙部"), "甲部"),
        ("甲部4日会同乙部、丙部在北京举行中芬文化座谈会。", ("甲部", "乙部", "丙部"), "甲部"),
        ("丙部在北京举行中芬文化座谈会。", ("丙部",), "丙部"),
    ],
)
def test_extract_events_first_body_of_a_list_holds_the_event(
    extractor, text: str, orgs: tuple[str, ...], organizer: str
) -> None:
    (event,) = _events(extractor, text, orgs=orgs)
    assert event.organizer == organizer


def test_extract_events_ordinal_and_kind_take_the_holding_bodys_name(extractor) -> None:
    text = "十三届全国人大常委会4日上午在北京举行第一百三十六次委员长会议。"
    (event,) = _events(extractor, text, orgs=("全国人大常委会",))
    assert (event.name, event.organizer) == ("十三届全国人大常委会第一百三十六次委员长会议", "全国人大常委会")


@pytest.mark.parametrize(
    ("title", "text", "people", "name", "participants"),
    [
        # the title's name written in the text, where the walk stops at 的
        (
            "张三关于文化工作的重要论述研讨会举行",
            "张三关于文化工作的重要论述研讨会21日在京召开，李四出席并讲话。",
            ("张三", "李四"),
            "张三关于文化工作的重要论述研讨会",
            ("李四",),  # not the person the name names
        ),
        # the lead holds an event with no name of its own
        (
            "张三主持召开各界人士、基层代表座谈会 听取意见",
            "国务院总理张三6日主持召开座谈会，听取各界人士意见。",
            ("张三",),
            "各界人士、基层代表座谈会",
            ("张三",),
        ),
    ],
)
def test_extract_events_title_names_an_event_no_rule_found(
    extractor, title: str, text: str, people: tuple[str, ...], name: str, participants: tuple[str, ...]
) -> None:
    events = _by_name(_events(extractor, text, people=people, title=title))
    assert events[name].participants == participants


@pytest.mark.parametrize(
    "title",
    ["芬兰代表团举行多场专题论坛", "台湾省第十四届全国人民代表大会代表选举产生"],
)
def test_extract_events_title_parts_that_name_no_event(extractor, title: str) -> None:
    text = "各方代表今天交流了经验。"
    assert _events(extractor, text, title=title) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("《味道·中法厨王竞技》今晚开播。", {"《味道·中法厨王竞技》开播"}),
        ("2024年春运即将启动。", {"2024年春运启动"}),
        ("全国春运明日启动。", {"全国春运启动"}),
        ("青年朋友因成都大运会结缘。", {"成都大运会"}),
        ("芬兰中国友好协会成立70周年纪念活动在京举行。", {"芬兰中国友好协会成立70周年纪念活动"}),
    ],
)
def test_extract_events_time_words_prepositions_and_anniversaries(extractor, text: str, names: set[str]) -> None:
    assert {e.name for e in _events(extractor, text)} == names


def test_extract_events_title_talks_on_request(extractor) -> None:
    text = "国家主席张三应约同美国总统李四通电话。张三指出，双方要加强沟通。"
    events = _events(extractor, text, people=("张三", "李四"), title="张三应约同美国总统通电话")
    assert [e.name for e in events] == ["张三同李四通电话"]


def test_extract_events_banquet_of_a_visit_is_part_of_it(extractor) -> None:
    text = "张三12日会见李四。会见结束后，张三在人民大会堂金色大厅为李四举行了欢迎宴会。"
    assert list(_by_name(_events(extractor, text, people=("张三", "李四")))) == ["张三会见李四"]


def test_extract_events_banquet_needs_a_named_guest(extractor) -> None:
    assert _events(extractor, "张三为来宾举行宴会。", people=("张三",)) == []


def test_extract_events_delegation_visit(extractor) -> None:
    text = "近日，滨海省友好交流团访问了芬兰、挪威和冰岛，与当地各界人士座谈。"
    events = _by_name(_events(extractor, text))
    assert events["滨海省友好交流团访问芬兰、挪威和冰岛"].participants == ("滨海省友好交流团",)


def test_extract_events_delegation_formed_in_the_clause_is_no_name(extractor) -> None:
    text = "总统先生同邻国领导人组成和平代表团访问芬兰和挪威。"
    assert [e for e in _events(extractor, text) if e.rule == "visit"] == []


def test_extract_events_visit_list_ends_at_the_last_place(extractor) -> None:
    events = _by_name(_events(extractor, "会议审议张三访问芬兰、挪威和冰岛情况的书面报告。", people=("张三",)))
    assert "张三访问芬兰、挪威和冰岛" in events


def test_extract_events_state_visit_without_the_count_of_countries(extractor) -> None:
    events = _by_name(_events(extractor, "张三对芬兰、挪威两国进行国事访问。", people=("张三",)))
    assert "张三对芬兰、挪威国事访问" in events


def test_extract_events_talks_named_without_how_they_went(extractor) -> None:
    events = _by_name(_events(extractor, "张三同李四总统进行了富有成果的会晤。", people=("张三", "李四")))
    assert list(events) == ["张三同李四会晤"]
    assert events["张三同李四会晤"].participants == ("张三", "李四")


def test_extract_events_inspection_ends_before_期间(extractor) -> None:
    events = _by_name(_events(extractor, "张三在江西考察期间，来到一户村民家中。", people=("张三",)))
    assert list(events) == ["张三在江西考察"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("“海上救援·2023”跨区域联合演习今天在滨海举行。", "“海上救援·2023”跨区域联合演习"),
        ("第十二届全省青少年读书活动8日开幕。", "第十二届全省青少年读书活动"),
    ],
)
def test_extract_events_named_activity_or_exercise(extractor, text: str, name: str) -> None:
    assert name in _by_name(_events(extractor, text))


@pytest.mark.parametrize("text", ["两国军队举行联合军事演习。", "各地开展经贸交流活动。", "滨海市举办科技活动周。"])
def test_extract_events_unnamed_activity_is_no_event(extractor, text: str) -> None:
    assert _events(extractor, text) == []


def test_extract_events_activity_launched_is_a_launch(extractor) -> None:
    events = _events(extractor, "全省妇联今天正式启动2023年家庭教育宣传周活动。")
    assert [(e.name, e.rule) for e in events] == [("2023年家庭教育宣传周活动启动", "launch")]


def test_extract_events_visit_of_a_described_guest(extractor) -> None:
    text = "张三4日在北京会见来华正式访问的芬兰总理李四。"
    events = _by_name(_events(extractor, text, people=("张三", "李四")))
    visit = events["李四对中国正式访问"]  # a visit named {visitor}对{country}正式访问
    assert visit.participants == ("李四",)
    assert visit.date is None  # the 4日 is the meeting's


def test_extract_events_people_at_all_the_above_attend_each_meeting(extractor) -> None:
    text = "张三会见芬兰总理李四。会见结束后，张三为李四举行宴会。王五、赵六等参加上述活动。"
    events = _by_name(_events(extractor, text, people=("张三", "李四", "王五", "赵六")))
    assert set(events["张三会见李四"].participants) == {"张三", "李四", "王五", "赵六"}


def test_extract_events_talks_with_a_name_of_their_own(extractor) -> None:
    text = "总理张三在人民大会堂以视频方式同芬兰总理李四举行中芬总理会晤。"
    events = _by_name(_events(extractor, text, people=("张三", "李四"), title="张三同芬兰总理举行中芬总理会晤"))
    assert list(events) == ["中芬总理会晤"]
    assert events["中芬总理会晤"].participants == ("张三", "李四")


@pytest.mark.parametrize(
    ("text", "orgs", "names"),
    [
        ("其中不少运动员参加过冬奥会。", (), set()),  # a particle ends the verb
        ("展区里密布着各种外贸展会。", (), set()),
        ("首批市民10日发起“绿色出行”倡议活动。", (), {"“绿色出行”倡议活动"}),  # a day inside
        # a verb that acts on the meeting, or a time, before its name is no part of it
        ("关于授权主席会议审议常务委员会未尽事宜的决定。", (), set()),
        ("江苏将深入实施“五大计划”专项行动。", (), {"“五大计划”专项行动"}),
        ("在四川自贡，昨晚（1月17日）第三十届自贡国际恐龙灯会璀璨亮灯。", (), {"第三十届自贡国际恐龙灯会"}),
        ("东海论坛今天在京举行新闻发布会。", ("东海论坛",), {"东海论坛新闻发布会"}),  # the body holds it
        ("第十届东海论坛今天开幕。", ("东海论坛",), {"第十届东海论坛"}),  # numbered: its session
        ("市长代表联合国大会致辞。", ("联合国大会",), set()),
        ("张三在庆祝滨海市成立70周年大会上讲话。", (), {"庆祝滨海市成立70周年大会"}),
        ("市委举行纪念李四同志诞辰100周年座谈会。", (), {"纪念李四同志诞辰100周年座谈会"}),
    ],
)
def test_extract_events_particles_days_bodies_and_anniversaries(
    extractor, text: str, orgs: tuple[str, ...], names: set[str]
) -> None:
    events = _events(extractor, text, people=("张三", "李四"), orgs=orgs)
    assert {e.name for e in events} == names


@pytest.mark.parametrize(
    ("title", "text", "name"),
    [
        ("“书香滨海”读书月在北京启动", "今天，“书香滨海”读书月在北京启动。", "“书香滨海”读书月启动"),  # no place
        ("广场举行2023年元旦升国旗仪式", "群众观看庄严隆重的升国旗仪式。", "2023年元旦升国旗仪式"),  # in full
        ("凝心聚力——全省经济工作会议精神引发反响", "全省经济工作会议召开以来，干部群众热议。", "全省经济工作会议"),
    ],
)
def test_extract_events_title_names_in_full(extractor, title: str, text: str, name: str) -> None:
    assert name in _by_name(_events(extractor, text, title=title))


def test_extract_events_expo_opening_is_the_expo(extractor) -> None:
    text = "第三届滨海国际博览会今天正式开馆。"
    events = _by_name(_events(extractor, text, title="第三届滨海国际博览会正式开馆"))
    assert list(events) == ["第三届滨海国际博览会"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("张三关于乡村振兴的重要论述研讨会在京举行。", {"张三关于乡村振兴的重要论述研讨会"}),
        (
            "学习贯彻张三关于坚持和完善基层治理的重要思想座谈会在京举行。",
            {"学习贯彻张三关于坚持和完善基层治理的重要思想座谈会"},
        ),
        ("双方举行小范围会谈。各单位召开专项工作会议。", set()),  # a kind of meeting only
        ("会后，“东海伙伴”合作机制同日宣告成立。", set()),  # founding a body is no event
    ],
)
def test_extract_events_doctrines_kinds_and_launch_tails(extractor, text: str, names: set[str]) -> None:
    assert {e.name for e in _events(extractor, text, people=("张三", "习近平"))} == names


def test_extract_events_study_session_after_its_theme(extractor) -> None:
    text = "8日上午，国务院以“加强政策协同”为主题，进行第五次专题学习。总理张三主持学习。"
    events = _by_name(_events(extractor, text, people=("张三",), orgs=("国务院",)))
    study = events["国务院第五次专题学习"]
    assert (study.organizer, study.date) == ("国务院", "2023-05-08")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("超过5000种展品亮相第三届滨海博览会。", {"第三届滨海博览会"}),  # 亮相 governs the name
        ("滨海大熊猫亮相仪式8日举行。", {"滨海大熊猫亮相仪式"}),  # its own name
        ("滨海已完成49座大运会场馆的建设。", set()),  # a count of venues
        ("青年学子唱响大运会主题曲。", set()),
        ("滨海台作为中标巴黎奥运会转播项目的机构。", {"巴黎奥运会"}),
    ],
)
def test_extract_events_verbs_and_counts_before_names(extractor, text: str, names: set[str]) -> None:
    assert {e.name for e in _events(extractor, text)} == names


def test_extract_events_title_joins_names_with_暨(extractor) -> None:
    title = "张三将出席第21届滨海博览会暨滨海商务与投资峰会"
    text = "张三将于9月24日出席第21届滨海博览会暨滨海商务与投资峰会开幕式并致辞。"
    assert "第21届滨海博览会暨滨海商务与投资峰会" in _by_name(_events(extractor, text, people=("张三",), title=title))


def test_extract_events_title_with_a_verb_keeps_the_texts_name(extractor) -> None:
    text = "滨海台今天发布2024巴黎奥运会传播方案。"
    events = _by_name(_events(extractor, text, title="滨海台发布巴黎奥运会传播方案"))
    assert list(events) == ["2024巴黎奥运会"]


def test_extract_events_leader_quoted_or_studied_does_not_attend(extractor) -> None:
    text = (
        "张三出席滨海论坛开幕式并致辞。会议传达学习王五总书记关于开放的重要讲话精神。\n"
        "张三指出，开放是繁荣的必由之路。王五主席强调，要推动开放合作。"
    )
    events = _by_name(_events(extractor, text, people=("张三", "王五"), title="张三出席滨海论坛开幕式并致辞"))
    assert events["滨海论坛"].participants == ("张三",)


def test_extract_events_partner_of_a_bilateral_name_is_no_organizer(extractor) -> None:
    events = _by_name(_events(extractor, "第五届中国—东盟博览会今天开幕。", orgs=("东盟",)))
    assert events["第五届中国—东盟博览会"].organizer is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("今天，“爱滨海 迎大运”倒计时100天活动在滨海启动。", {"“爱滨海 迎大运”倒计时100天活动启动"}),  # no place
        ("全国乡村文化活动年启动。", {"全国乡村文化活动年启动"}),  # 活动年 is no event word
        ("其中环路东段去年开通。", set()),  # a launch told in passing
        ("全国新兵运输工作已于近期启动。", set()),  # a work, no event or campaign
        ("空间站已完成梦天舱交会对接。", set()),
        ("双方将落实我同张三主席会晤达成的共识。", set()),  # talks of named people, no name
        ("开幕式主论坛上，嘉宾发表演讲。安理会召开紧急会议。", set()),
        ("张三致电祝贺李四当选滨海人民大会（滨大）主席。", set()),  # the body's members
    ],
)
def test_extract_events_launch_places_and_garbage_names(extractor, text: str, names: set[str]) -> None:
    assert {e.name for e in _events(extractor, text, people=("张三", "李四"))} == names


def test_extract_events_talks_named_without_their_place(extractor) -> None:
    text = "张三同芬兰外长李四在赫尔辛基举行会晤。"
    assert list(_by_name(_events(extractor, text, people=("张三", "李四")))) == ["张三同李四会晤"]


def test_extract_events_press_conference_after_another_event_in_the_title(extractor) -> None:
    title = "张三和芬兰总理共同出席中芬企业家座谈会并共同会见记者"
    text = "张三同芬兰总理李四共同出席中芬企业家座谈会。随后，两国总理共同会见了记者。"
    events = _by_name(_events(extractor, text, people=("张三", "李四"), title=title))
    assert {"中芬企业家座谈会", "张三和芬兰总理共同会见记者"} <= set(events)


def test_extract_events_title_name_the_text_cut_at_a_conjunction(extractor) -> None:
    title = "国务院新闻办举行“最美教师”代表与中外记者见面会"
    text = "今天，国务院新闻办公室举行中外记者见面会，邀请五位教师代表介绍事迹。"
    assert "“最美教师”代表与中外记者见面会" in _by_name(_events(extractor, text, title=title))


def test_extract_events_a_host_receives_a_group(extractor) -> None:
    text = "总书记张三23日上午在人民大会堂接见探月工程任务参研人员代表时发表重要讲话。李四等参加接见。"
    title = "张三在接见探月工程任务参研人员代表时发表重要讲话强调 加快建设航天强国"
    events = _by_name(_events(extractor, text, people=("张三", "李四"), title=title))
    meeting = events["张三接见探月工程任务参研人员代表"]
    assert (meeting.date, meeting.participants) == ("2023-05-23", ("张三", "李四"))


@pytest.mark.parametrize(
    ("title", "text", "name"),
    [
        (
            "张三在视察联合作战指挥中心时强调 全面加强练兵备战",
            "张三8日视察联合作战指挥中心。",
            "张三在联合作战指挥中心视察",
        ),
        ("各地热议", "张三总书记近日在安徽考察时强调，要谱写新篇章。", "张三在安徽考察"),
    ],
)
def test_extract_events_inspections_in_titles_and_of_late(extractor, title: str, text: str, name: str) -> None:
    assert name in _by_name(_events(extractor, text, people=("张三",), title=title))


def test_extract_events_honours_joined_by_和(extractor) -> None:
    text = "全国劳动模范和先进工作者表彰大会今天在京举行。"
    assert list(_by_name(_events(extractor, text))) == ["全国劳动模范和先进工作者表彰大会"]


@pytest.mark.parametrize(
    "text",
    [
        "四国在会谈中讨论了合作。",
        "2018年首届大会召开时，各方积极参与。",
        "这是参赛小项最多的一届奥运会。",
        "项目历时7年建成开通。",
        "高速滨海段全面恢复通车。",
        "晚会19日晚在滨海东亚运动会体育馆举行。",
        "张三在座谈会上介绍调研成果。",
        "张三总书记在地方考察期间前往码头。",
        "李四的葬礼仪式今天举行。",
    ],
)
def test_extract_events_no_event_named(extractor, text: str) -> None:
    assert [e.name for e in _events(extractor, text, people=("张三",)) if e.name != "晚会"] == []


def test_extract_events_launch_day_and_month_are_no_part_of_its_name(extractor) -> None:
    events = _by_name(_events(extractor, "“滨海之夏”文化季6月30日正式启动。"))
    assert list(events) == ["“滨海之夏”文化季启动"]


def test_extract_events_body_holds_an_event_for_others(extractor) -> None:
    text = "中共中央对外联络部为外国驻华使节举办二十大精神专题宣介会。"
    events = _by_name(_events(extractor, text, orgs=("中共中央对外联络部",)))
    assert events["二十大精神专题宣介会"].organizer == "中共中央对外联络部"


@pytest.mark.parametrize(
    ("title", "text", "name"),
    [
        ("多国人士关注中国两会", "多国人士高度关注即将召开的中国两会。", "中国两会"),  # a verb before it
        ("滨海大运会倒计时100天活动举行", "今天，多地举行丰富多彩的活动，迎接大运会的到来。", "滨海大运会"),  # a place
    ],
)
def test_extract_events_what_a_title_writes_before_the_texts_name(extractor, title: str, text: str, name: str) -> None:
    assert name in _by_name(_events(extractor, text, title=title))


def test_extract_events_a_later_clauses_date_is_another_things(extractor) -> None:
    text = "记者从今天（9月4日）国新办举行的国务院政策吹风会获悉，新条例将于12月1日起施行。"
    events = _by_name(_events(extractor, text, date="2023-09-04"))
    assert events["国务院政策吹风会"].date == "2023-09-04"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("衷心祝愿全国政协十四届一次会议取得圆满成功。", {"全国政协十四届一次会议"}),
        ("王五高度评价滨海合作论坛北京峰会。", {"滨海合作论坛北京峰会"}),
        ("此次运动会比赛项目全面对标2026年米兰冬奥会。", {"2026年米兰冬奥会"}),
        ("滨海伊宁发起“暖心屋”公益活动。", {"“暖心屋”公益活动"}),
        ("主席团11日上午在人民大会堂举行第四次会议。", set()),  # an ordinal alone
        ("会议听取了两国元首会晤成果的汇报。", set()),
    ],
)
def test_extract_events_more_verbs_and_kinds(extractor, text: str, names: set[str]) -> None:
    assert {e.name for e in _events(extractor, text)} == names


def test_extract_events_a_guests_words_are_no_guest(extractor) -> None:
    text = "李四表示，张三主席在北京集体会见工商界代表的讲话令人鼓舞。"
    names = {e.name for e in _events(extractor, text, people=("张三", "李四"))}
    assert names == {"张三集体会见工商界代表"}  # the verb as written


def test_extract_events_talks_with_two_guests_are_one_meeting(extractor) -> None:
    text = "张三25日在莫斯科与芬兰总理李四和挪威首相王五举行会谈。"
    events = _events(extractor, text, people=("张三", "李四", "王五"))
    assert [e.participants for e in events if e.rule == "meeting"] == [("张三", "李四", "王五")]


def test_extract_events_title_name_joined_by_暨_to_a_lunch(extractor) -> None:
    title = "张三出席滨海经济组织领导人同东道主嘉宾非正式对话会暨工作午宴"
    text = "张三16日出席滨海经济组织领导人同东道主嘉宾非正式对话会暨工作午宴。"
    events = _by_name(_events(extractor, text, people=("张三",), title=title))
    assert "滨海经济组织领导人同东道主嘉宾非正式对话会暨工作午宴" in events


@pytest.mark.parametrize(
    ("text", "orgs", "name", "organizer"),
    [
        ("开好全国政协十四届一次会议。", (), "全国政协十四届一次会议", None),
        ("中俄议会合作委员会第九次会议在莫斯科举行。", ("俄议会合作委员会",), "中俄议会合作委员会第九次会议", None),
    ],
)
def test_extract_events_complements_and_partners(
    extractor, text: str, orgs: tuple[str, ...], name: str, organizer: str | None
) -> None:
    events = _by_name(_events(extractor, text, orgs=orgs))
    assert events[name].organizer == organizer


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("儿童每三到七年会出现一次流行。", set()),  # 年会 inside 七年/会
        ("张三在和平共处五项原则发表70周年纪念大会上讲话。", {"和平共处五项原则发表70周年纪念大会"}),
        ("前不久全国两会选举产生了新一届领导人员。", {"全国两会"}),
        ("要深入抓好全国生态环境保护大会精神的落实。", {"全国生态环境保护大会"}),
        ("张三每到一处考察，牵挂的都是百姓。", set()),
        ("6月，滨海驻沙特大使馆重新开馆。", set()),
        ("双方愿充分利用两国总理定期会晤机制。", set()),
    ],
)
def test_extract_events_anniversaries_time_words_and_passing_mentions(extractor, text: str, names: set[str]) -> None:
    assert {e.name for e in _events(extractor, text, people=("张三", "习近平"))} == names


def test_extract_events_what_the_meeting_did_is_no_guest(extractor) -> None:
    text = "张三总书记亲切会见全国公安工作会议代表让广大民警备受鼓舞。"
    assert {e.name for e in _events(extractor, text, people=("张三",)) if e.rule == "meeting"} == {
        "张三会见全国公安工作会议代表"
    }


def test_extract_events_title_of_a_study_names_the_meeting(extractor) -> None:
    title = "人民日报评论员文章：把握明年经济工作的总体要求——论学习贯彻中央经济工作会议精神"
    text = "文章题为《把握明年经济工作的总体要求——论学习贯彻中央经济工作会议精神》。"
    assert {e.name for e in _events(extractor, text, title=title)} == {"中央经济工作会议"}


@pytest.mark.parametrize(
    "text",
    [
        "张三和李四一起视察展馆。",
        "接下来滨海大运会火炬还将在多地传递。",
        "学校为学生们设计了入校仪式和开学典礼。",
        "该机制于2019年4月成立。",
        "巴黎市长将会旗交给下一届奥运会东道主。",
        "张三和李四总统已经两度会晤。",
    ],
)
def test_extract_events_passing_mentions_and_kinds_name_nothing(extractor, text: str) -> None:
    assert _events(extractor, text, people=("张三", "李四")) == []


@pytest.mark.parametrize(
    ("title", "text", "names"),
    [
        ("日本民众举行抗议活动", "9日，部分民众在东京举行抗议活动。", set()),
        ("张三参加首都义务植树活动", "3日，张三在参加首都义务植树活动时强调。", {"首都义务植树活动"}),
    ],
)
def test_extract_events_activities_a_title_names(extractor, title: str, text: str, names: set[str]) -> None:
    assert {e.name for e in _events(extractor, text, people=("张三",), title=title)} == names


def test_extract_events_talks_with_a_place_are_the_meeting_rules(extractor) -> None:
    text = "去年张三主席同李四总统在巴厘岛成功会晤。"
    assert [e.name for e in _events(extractor, text, people=("张三", "李四"))] == ["张三同李四会晤"]


def test_extract_events_each_guest_met_separately_is_a_meeting(extractor) -> None:
    text = "张三31日分别会见芬兰总理李四、挪威首相王五。赵六参加会见。"
    events = _by_name(_events(extractor, text, people=("张三", "李四", "王五", "赵六")))
    assert set(events) == {"张三会见李四", "张三会见王五"}
    assert events["张三会见李四"].participants == ("张三", "李四", "赵六")


def test_extract_events_guests_met_one_after_another_are_a_meeting_each(extractor) -> None:
    text = "张三在乌兰巴托先后会见芬兰总理李四、总统王五。"
    events = _by_name(_events(extractor, text, people=("张三", "李四", "王五")))
    assert set(events) == {"张三会见李四", "张三会见王五"}
    assert events["张三会见王五"].participants == ("张三", "王五")


def test_extract_events_a_later_clause_goes_on_with_its_host(extractor) -> None:
    text = "张三对芬兰进行正式访问，在赫尔辛基会见总统李四，同议长王五举行会谈。"
    names = {e.name for e in _events(extractor, text, people=("张三", "李四", "王五"))}
    assert names == {"张三对芬兰正式访问", "张三会见李四", "张三同王五会谈"}


def test_extract_events_an_invitation_is_no_visit(extractor) -> None:
    text = "李四转达了王五对张三发出的访问芬兰的邀请。"
    assert _events(extractor, text, people=("张三", "李四", "王五")) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("学习贯彻党的二十大精神。", set()),  # its spirit only
        ("党的十九届五中全会后，各地积极落实。", set()),  # its time only
        ("中国共产党第二十次全国代表大会胜利召开。", {"中国共产党第二十次全国代表大会"}),
        ("各国领导人祝贺中共二十大成功召开。", {"中国共产党第二十次全国代表大会"}),
        ("党的二十大胜利召开后，各地积极落实。", set()),  # its time only
        ("党的二十届三中全会提出，要深化改革。学习三中全会精神。", {"党的二十届三中全会"}),
    ],
)
def test_extract_events_congress_only_where_held(extractor, text: str, names: set[str]) -> None:
    assert {e.name for e in _events(extractor, text)} == names


def test_extract_events_press_conference_presenters_take_part(extractor) -> None:
    text = "国务院新闻办公室今天举行新闻发布会，邀请教育部、滨海市人民政府相关负责人介绍情况。"
    orgs = ("国务院新闻办公室", "教育部", "滨海市人民政府")
    (event,) = _events(extractor, text, orgs=orgs)
    assert (event.name, event.organizer) == ("国务院新闻办公室新闻发布会", "国务院新闻办公室")
    assert event.participants == ("教育部", "滨海市人民政府")


def test_extract_events_press_conference_presenter_in_the_next_sentence(extractor) -> None:
    text = "国务院新闻办公室今天举行新闻发布会。交通运输部相关负责人介绍说，今年公路建设加快推进。"
    (event,) = _events(extractor, text, orgs=("国务院新闻办公室", "交通运输部"))
    assert event.participants == ("交通运输部",)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("大型纪录片《滨海之歌》明晚开播。", {"《滨海之歌》开播"}),  # what the work is, left out
        # a show on the air with some of its episodes, on a channel, with a long description
        ("16集大型电视专题片《远航》今晚在中央广播电视总台央视综合频道播出第五、六集。", {"《远航》播出"}),
        ("中央广播电视总台大型文化节目《滨海书法大会》今天启播。", {"《滨海书法大会》启播"}),
        ("两部门共同启动“护苗2024”专项行动。", {"“护苗2024”专项行动启动"}),  # told verb first
        ("滨海市开展“清风2024”专项行动。", {"“清风2024”专项行动"}),  # a marked campaign
        ("滨海市开展专项行动。", set()),
        # world championships by their short names, with a year or a place and year
        ("2023年德班世乒赛当地时间昨天继续进行。", {"2023年德班世乒赛"}),
        ("他打破了单届世锦赛纪录。", set()),
        # one thing and another named in quotes: the named one
        ("东部战区部队参加了环台岛战备警巡和“联合利剑”演习。", {"“联合利剑”演习"}),
        # several started together, one named: the named one (同步 is how, not a part of it)
        ("今天，“科普进万家行动”等活动同步启动。", {"“科普进万家行动”启动"}),
    ],
)
def test_extract_events_launches_and_campaigns(extractor, text: str, names: set[str]) -> None:
    assert {e.name for e in _events(extractor, text)} == names


def test_extract_events_two_names_joined_by_暨_are_one_event(extractor) -> None:
    text = "2024年“滨海之春”启动仪式暨“滨海之春”音乐会3日晚在滨海举行。"
    assert [e.name for e in _events(extractor, text)] == ["2024年“滨海之春”启动仪式暨“滨海之春”音乐会"]


def test_extract_events_guest_named_by_a_later_mention(extractor) -> None:
    text = "张三2日会见访华的芬兰外长李四。李四表示，愿加强合作。"
    seg = segment(normalise(Document(id="t", text=text, source="test", date="2023-05-10")), load_segmenter())
    later = text.rfind("李四")  # (the first mention of the guest was missed by the people extractor)
    found = Found(
        (
            DocumentMeta(title="", date="2023-05-10"),
            Mention("person", 0, 2, "张三", "张三", "test", "hand", "government"),
            Mention("person", later, later + 2, "李四", "李四", "test", "hand", "government"),
        )
    )
    assert [e.name for e in extractor(seg, found) if isinstance(e, Event)] == ["张三会见李四"]


def test_extract_events_talks_with_a_described_guest(extractor) -> None:
    text = "张三同来华国事访问并出席滨海合作论坛第十届部长级会议开幕式的芬兰总统李四举行会谈。"
    assert "张三同李四会谈" in {e.name for e in _events(extractor, text, people=("张三", "李四"))}


@pytest.mark.parametrize(
    ("text", "name", "participants"),
    [
        # a leader joins a delegation's deliberation: the delegation takes part too
        ("张三5日下午参加他所在的滨海代表团审议。", "张三参加滨海代表团审议", ("张三", "滨海代表团")),
        (
            "张三5日参加十四届全国人大一次会议滨海代表团审议时强调，要走在前列。",
            "张三参加滨海代表团审议",
            ("张三", "滨海代表团"),
        ),
        # an advisor joins a sector group's discussion: the group is no body
        ("张三在参加台盟界委员小组讨论时说，要团结奋斗。", "张三参加台盟界委员小组讨论", ("张三",)),
        ("张三参加全国政协十四届一次会议经济界别委员联组会。", "张三参加经济界别委员联组会", ("张三",)),
    ],
)
def test_extract_events_a_leader_joins_a_delegation_or_a_sector_group(
    extractor, text: str, name: str, participants: tuple[str, ...]
) -> None:
    events = _by_name(_events(extractor, text, people=("张三",)))
    assert events[name].participants == participants


def test_extract_events_bodies_holding_it_together_take_part(extractor) -> None:
    text = "今天，滨海市应急管理局、滨海市气象局和滨江县人民政府在东山联合举行“应急使命·2023”联合救援演习。"
    orgs = ("滨海市应急管理局", "滨海市气象局", "滨江县人民政府")
    (event,) = _events(extractor, text, orgs=orgs)
    assert (event.name, event.organizer) == ("“应急使命·2023”联合救援演习", "滨海市应急管理局")
    assert event.participants == orgs


@pytest.mark.parametrize(
    ("text", "orgs", "name", "organizer", "participants"),
    [
        (
            "在国务院新闻办今天举行的新闻发布会上，国家统计局有关负责人介绍，经济回升向好。",
            ("国务院新闻办", "国家统计局"),
            "国务院新闻办新闻发布会",
            "国务院新闻办",
            ("国家统计局",),
        ),
        (
            "美国海岸警卫队22日在发布会上表示，搜救工作结束。",
            ("美国海岸警卫队",),
            "美国海岸警卫队发布会",
            "美国海岸警卫队",
            ("美国海岸警卫队",),
        ),
    ],
)
def test_extract_events_press_conference_named_by_its_body(
    extractor, text: str, orgs: tuple[str, ...], name: str, organizer: str, participants: tuple[str, ...]
) -> None:
    events = _by_name(_events(extractor, text, orgs=orgs))
    assert set(events) == {name}
    assert events[name].organizer == organizer
    assert events[name].participants == participants


def test_extract_events_a_bodys_meeting_told_with_的_is_no_name(extractor) -> None:
    assert _events(extractor, "在商务部举行的会议上，各方交流了经验。", orgs=("商务部",)) == []


def test_extract_events_only_the_first_press_conference_of_a_story(extractor) -> None:
    text = "在国务院新闻办举行的发布会上，商务部介绍了情况。商务部在发布会上还宣布，将出台新政策。"
    names = {e.name for e in _events(extractor, text, orgs=("国务院新闻办", "商务部"))}
    assert names == {"国务院新闻办发布会"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("他表示，要办好进博会。", {"进博会"}),  # (jieba: 进/博会)
        ("他希望大家积极参加进博会。", {"进博会"}),
        ("从进博会到消博会，一系列举措为全球发展注入力量。", {"进博会", "消博会"}),  # (jieba: 从进/x|博会)
        ("开幕式后，他巡视链博会展馆。", {"链博会"}),  # a verb before the one character (巡视|链|博会)
        ("张三和李四一起视察服贸会展馆。", {"服贸会"}),  # (jieba: 服贸会, one word; 视察 starts no name)
        ("从进博会、服贸会、消博会到数贸会，搭建起开放的平台。", {"进博会", "服贸会", "消博会", "数贸会"}),
        ("他参加了亚运会。", set()),  # a kind of games jieba keeps whole, named by its place or year
        ("2023第十一届环湖国际自行车大赛今天开赛。", {"2023第十一届环湖国际自行车大赛"}),
        ("村里举办了书画大赛。", set()),  # a kind of contest
        ("以色列第25届议会选举结果揭晓。", {"以色列第25届议会选举"}),
        ("全会选举产生了中央委员会。", set()),
        ("中国第二十次全国代表大会选举产生新一届中央委员会。", {"中国第二十次全国代表大会"}),
        ("2024年龙年春晚今晚播出。", {"2024年龙年春晚"}),
        ("人们在家收看春晚。", set()),
        ("“大展宏‘兔’新春生肖文物联展”在石家庄开幕。", {"大展宏‘兔’新春生肖文物联展"}),
    ],
)
def test_extract_events_contests_elections_and_shows(extractor, text: str, names: set[str]) -> None:
    assert {e.name for e in _events(extractor, text)} == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("馆内展出《斯文在兹——古代文明版本展》，观众络绎不绝。", {"斯文在兹——古代文明版本展"}),
        ("“同心护珍宝——古籍保护成果展”今天开幕。", {"同心护珍宝——古籍保护成果展"}),
        ("会议发布了《推动农村公路高质量发展》。", set()),  # 发展 is no show
    ],
)
def test_extract_events_exhibition_named_by_its_quoted_title(extractor, text: str, names: set[str]) -> None:
    assert {e.name for e in _events(extractor, text)} == names


@pytest.mark.parametrize(
    ("text", "orgs", "name", "organizer", "participants"),
    [
        (
            "记者从国家发展改革委等部门联合召开的2024年全国春运电视电话会上了解到，运力将增加。",
            ("国家发展改革委",),
            "2024年全国春运电视电话会",
            "国家发展改革委",
            ("国家发展改革委",),
        ),
        ("公安部部署开展“猎狐2024”专项行动。", ("公安部",), "“猎狐2024”专项行动", "公安部", ("公安部",)),
        (
            "中央广播电视总台《2025年春节联欢晚会》今天发布吉祥物。",
            ("中央广播电视总台",),
            "2025年春节联欢晚会",
            "中央广播电视总台",
            (),
        ),
        ("十四届全国人大常委会今天举行宪法宣誓仪式。", ("全国人大常委会",), "宪法宣誓仪式", "全国人大常委会", ()),
    ],
)
def test_extract_events_organizer_of_an_event_with_no_person(
    extractor, text: str, orgs: tuple[str, ...], name: str, organizer: str, participants: tuple[str, ...]
) -> None:
    events = _by_name(_events(extractor, text, orgs=orgs))
    assert events[name].organizer == organizer
    assert events[name].participants == participants


def test_extract_events_a_sub_bodys_briefing_is_not_the_bodys(extractor) -> None:
    text = "国新办举行国务院政策例行吹风会。国务院新闻办公室今天举行政策例行吹风会。"
    names = {e.name for e in _events(extractor, text, orgs=("国新办", "国务院新闻办公室"))}
    assert {"国务院政策例行吹风会", "国务院新闻办公室政策例行吹风会"} <= names


def test_extract_events_talks_told_the_other_way_round_are_the_same(extractor) -> None:
    text = "习近平同普京举行视频会晤。普京表示，他同习近平视频会晤很有意义。"
    names = {e.name for e in _events(extractor, text, people=("习近平", "普京"))}
    assert names == {"习近平同普京视频会晤"}


@pytest.mark.parametrize(
    "text",
    [
        "韩正在北京会见白俄罗斯国民会议共和国院主席。",
        "中俄元首两度会晤，为两国关系指明方向。",
        # a body named 大会 that speaks
        "控制东部地区的利比亚国民代表大会方面称，洪水导致两座大坝决堤。",
    ],
)
def test_extract_events_a_body_or_a_history_is_no_event(extractor, text: str) -> None:
    assert _events(extractor, text) == []


def test_extract_events_meeting_with_described_envoys_takes_the_titles_name(extractor) -> None:
    text = "习近平29日在北京接见参加2023年度驻外使节工作会议的全体使节并发表重要讲话。"
    title = "习近平接见2023年度驻外使节工作会议与会使节并发表重要讲话"
    names = {e.name for e in _events(extractor, text, people=("习近平",), title=title)}
    assert "习近平接见2023年度驻外使节工作会议与会使节" in names


def test_extract_events_a_title_names_its_titled_event_whole(extractor) -> None:
    text = "今天，总台春晚进行第四次彩排。"
    title = "中央广播电视总台《2024年春节联欢晚会》进行第四次彩排"
    names = {e.name for e in _events(extractor, text, title=title)}
    assert all(n.count("《") == n.count("》") for n in names)


def test_extract_events_致_starts_no_name(extractor) -> None:
    text = "在习近平主席致首届全球媒体创新论坛的贺信精神指引下，论坛成果丰硕。"
    assert {e.name for e in _events(extractor, text, people=("习近平",))} == {"首届全球媒体创新论坛"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("今年召开了一系列重要会议。", set()),
        ("中央有关会议作出部署。", set()),
        ("企业积极参加重点展会。", set()),
        ("商务部将开展“消费提振年”系列活动。", {"“消费提振年”系列活动"}),
        ("他曾参加东京两届残奥会。", set()),
    ],
)
def test_extract_events_generic_modifiers_name_nothing(extractor, text: str, names: set[str]) -> None:
    assert {e.name for e in _events(extractor, text)} == names


@pytest.mark.parametrize(
    ("text", "orgs", "name", "participants"),
    [
        ("市场监管总局今天召开个体工商户座谈会。", ("市场监管总局",), "个体工商户座谈会", ("市场监管总局",)),
        ("滨海市人民政府第三届滨海国际博览会今天开幕。", ("滨海市人民政府",), "滨海市人民政府第三届滨海国际博览会", ()),
    ],
)
def test_extract_events_the_holding_body_attends_its_meeting_not_its_show(
    extractor, text: str, orgs: tuple[str, ...], name: str, participants: tuple[str, ...]
) -> None:
    events = _by_name(_events(extractor, text, orgs=orgs))
    assert events[name].participants == participants


def test_extract_events_a_leader_whose_report_is_discussed_does_not_attend(extractor) -> None:
    text = "张三参加滨海代表团审议时说，完全赞同李四总理所作政府工作报告。"
    events = _by_name(_events(extractor, text, people=("张三", "李四")))
    assert events["张三参加滨海代表团审议"].participants == ("张三", "滨海代表团")


def test_extract_events_the_venue_holds_nothing(extractor) -> None:
    text = "中央宣传部、教育部今天在中国共产党历史展览馆举办第二届滨海论坛。"
    orgs = ("中央宣传部", "教育部", "中国共产党历史展览馆")
    (event,) = _events(extractor, text, orgs=orgs)
    assert (event.name, event.organizer) == ("第二届滨海论坛", "中央宣传部")


def test_extract_events_the_body_told_holding_it_organizes_over_the_one_its_name_names(extractor) -> None:
    text = "张三出席滨海合作组织妇女论坛。滨海合作组织妇女论坛今天开幕，由全国妇联、滨海市人民政府共同举办。"
    orgs = ("滨海合作组织", "全国妇联", "滨海市人民政府")
    events = _events(extractor, text, people=("张三",), orgs=orgs)
    assert {e.organizer for e in events if e.name == "滨海合作组织妇女论坛"} == {"全国妇联"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("要守正创新做好大会新闻报道工作。", set()),
        ("中国共产党同德国社民党首届战略对话在柏林举行。", {"中国共产党同德国社民党首届战略对话"}),
        ("第五次中欧环境与气候高层对话今天举行。", {"第五次中欧环境与气候高层对话"}),
        ("活动包括第三届滨海电影节和2024中新青年对话会。", {"第三届滨海电影节", "2024中新青年对话会"}),
        ("双方要加强对话。", set()),
        ("两国今天启动首轮对话。", set()),
        ("大型美食节目《滨海双行线》今晚开播。节目将于今晚19时30分在财经频道首播。", {"《滨海双行线》开播"}),
    ],
)
def test_extract_events_dialogues_broadcasts_and_verbs_on_events(extractor, text: str, names: set[str]) -> None:
    assert {e.name for e in _events(extractor, text)} == names


def test_extract_events_one_leg_of_a_tour_is_the_tour(extractor) -> None:
    text = "习近平对法国、塞尔维亚、匈牙利进行国事访问。习近平对法国进行国事访问期间，两国元首会晤。"
    names = {e.name for e in _events(extractor, text, people=("习近平",))}
    assert names == {"习近平对法国、塞尔维亚、匈牙利国事访问"}


@pytest.mark.parametrize(
    ("text", "orgs", "names"),
    [
        ("全国政协今天举行仪式纪念孙中山诞辰。", ("全国政协",), set()),  # a bare ceremony names nothing
        ("科考队搭乘“雪龙2”号极地科考。", (), set()),
        ("李四出席东亚合作领导人系列会议。", (), {"东亚合作领导人系列会议"}),
    ],
)
def test_extract_events_bare_ceremonies_and_unnumbered_expeditions(
    extractor, text: str, orgs: tuple[str, ...], names: set[str]
) -> None:
    assert {e.name for e in _events(extractor, text, orgs=orgs)} == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("张三向“2023滨都国际论坛”致贺信。滨都国际论坛今天开幕。", {"2023滨都国际论坛"}),  # 从/滨 inside a quote
        ("习近平给中国国际大学生创新大赛参赛学生代表回信。", {"中国国际大学生创新大赛"}),
    ],
)
def test_extract_events_a_quoted_name_is_all_of_its_quote(extractor, text: str, names: set[str]) -> None:
    assert {e.name for e in _events(extractor, text, people=("张三", "习近平"))} == names


@pytest.mark.parametrize(
    "text",
    [
        # a person told of in the host's words (the paragraph that starts with him is all his)
        "张三11日在北京会见芬兰总理李四。\n张三表示，两国友好。去年王五同总理先生举行会晤。\n赵六参加会见。",
        # the one whose greetings are passed on
        "张三11日在北京会见芬兰总理李四。\n张三首先转达王五主席对李四总理的亲切问候。赵六参加会见。",
    ],
)
def test_extract_events_a_person_told_of_in_anothers_words_takes_no_part(extractor, text: str) -> None:
    people = ("张三", "李四", "王五", "赵六")
    events = _events(extractor, text, people=people, title="张三会见芬兰总理", said=(("张三", "表示"),))
    assert _by_name(events)["张三会见李四"].participants == ("张三", "李四", "赵六")


def test_extract_events_a_person_who_acts_after_anothers_words_takes_part(extractor) -> None:
    text = "张三出席全国巡视工作会议并讲话。\n李四宣布任务分工决定，王五主持会议。"
    people = ("张三", "李四", "王五")
    events = _events(extractor, text, people=people, title="张三出席全国巡视工作会议", said=(("李四", "宣布"),))
    assert "王五" in _by_name(events)["全国巡视工作会议"].participants


def test_extract_events_visit_told_by_the_visitor_nearest_the_verb(extractor) -> None:
    text = "张三欢迎李四对瑞士进行正式访问。"
    assert {e.name for e in _events(extractor, text, people=("张三", "李四"))} == {"李四对瑞士正式访问"}


def test_extract_events_joining_a_delegation_told_as_coming_to_it(extractor) -> None:
    text = "张三5日下午来到他所在的十四届全国人大二次会议辽宁代表团，同代表们一起审议政府工作报告。"
    events = _by_name(_events(extractor, text, people=("张三",)))
    assert events["张三参加辽宁代表团审议"].participants == ("张三", "辽宁代表团")
    assert events["张三参加辽宁代表团审议"].date == "2023-05-05"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("杭州亚运会比赛项目门票今天结束预售。", None),  # the games run for days: that day is not theirs
        ("第三届中部博览会今天在南昌开幕。", "2023-05-10"),
        ("记者今天获悉，第二届链博会将于11月26日至30日在北京举办。", "2023-11-26"),
        ("万众瞩目的杭州亚运会明晚（9月23日）就将开幕。", "2023-09-23"),
    ],
)
def test_extract_events_games_and_expos_are_dated_where_they_open(extractor, text: str, date: str | None) -> None:
    (event,) = _events(extractor, text)
    assert event.date == date


def test_extract_events_a_verb_before_a_numbered_games_is_no_part_of_it(extractor) -> None:
    text = "双方将建立2024年第33届巴黎奥运会以及今后各届奥运会的合作机制。"
    assert {e.name for e in _events(extractor, text)} == {"2024年第33届巴黎奥运会"}


@pytest.mark.parametrize(
    ("title", "text", "name"),
    [
        (
            "日报评论员文章：奋力前行——论学习贯彻张三主席在全国科技大会上重要讲话",
            "今天（3月15日）出版的日报发表评论员文章，题目是《奋力前行——论学习贯彻张三主席在全国科技大会上重要讲话》。",
            "全国科技大会",
        ),
        (
            "日报评论员文章：奋力前行——论学习贯彻张三主席十四届全国人大一次会议重要讲话",
            "今天（3月15日）出版的日报发表评论员文章，题目是《奋力前行——论学习贯彻张三主席十四届全国人大一次会议重要讲话》。",
            "十四届全国人大一次会议",
        ),
    ],
)
def test_extract_events_named_in_an_articles_title_is_undated(extractor, title: str, text: str, name: str) -> None:
    events = _by_name(_events(extractor, text, people=("张三",), title=title))
    assert list(events) == [name]
    assert events[name].date is None


def test_extract_events_talks_told_as_what_came_before_are_held(extractor) -> None:
    text = "国家主席张三在总统府同南非总统李四会谈后共同会见记者。"
    names = {e.name for e in _events(extractor, text, people=("张三", "李四"))}
    assert "张三同李四会谈" in names
    assert "李四会见记者" not in names  # the partner of the talks is no host


@pytest.mark.parametrize(
    "text",
    [
        "双方愿以明年中拉论坛成立10周年为契机。",
        "双方加强在中拉论坛框架下沟通协作。",
        "加强在金砖国家、中拉论坛等多边机制合作。",
    ],
)
def test_extract_events_a_forum_that_is_a_body_is_no_event(extractor, text: str) -> None:
    assert _events(extractor, text) == []


def test_extract_events_the_partys_congress_is_its_full_name(extractor) -> None:
    text = (
        "中国共产党第二十次全国代表大会在京闭幕。大会选举产生新一届中央委员会，已经党的第二十次全国代表大会选举产生。"
    )
    assert {e.name for e in _events(extractor, text)} == {"中国共产党第二十次全国代表大会"}


def test_extract_events_a_later_part_of_the_title_names_a_second_tour(extractor) -> None:
    title = "张三在浙江考察时强调 奋力前行 返京途中在山东枣庄考察"
    text = (
        "张三近日在浙江考察时强调，要勇立潮头。\n"
        "24日下午，张三在山东省委书记李四和省长王五陪同下来到枣庄市考察。枣庄是石榴之乡。"
    )
    events = _by_name(_events(extractor, text, people=("张三", "李四", "王五"), title=title, date="2023-09-25"))
    assert set(events) == {"张三在浙江考察", "张三在山东枣庄考察"}  # (not 王五在枣庄市考察: he goes with him)
    assert events["张三在山东枣庄考察"].participants == ("张三", "李四", "王五")
    assert events["张三在山东枣庄考察"].date == "2023-09-24"
    assert events["张三在浙江考察"].participants == ("张三",)  # the second tour's people are its own


@pytest.mark.parametrize(
    ("text", "orgs", "name", "organizer", "bodies"),
    [
        (  # a headline's event is held by the bodies that start the story under it
            "2023年全国家庭教育宣传周活动启动\n今天（5月16日），全国妇联、教育部正式启动2023年全国家庭教育宣传周活动。",
            ("全国妇联", "教育部"),
            "2023年全国家庭教育宣传周活动启动",
            "全国妇联",
            ("全国妇联", "教育部"),
        ),
        (  # the campaign told by its name is the launch told after it
            "农业农村部开展2024年“绿剑护粮安”执法行动\n2024年“绿剑护粮安”执法行动日前启动，重点加强执法。",
            ("农业农村部",),
            "2024年“绿剑护粮安”执法行动启动",
            "农业农村部",
            ("农业农村部",),
        ),
        (  # the sentence's subject holds what a later clause carries out
            "公安部昨天（3月16日）下发通知，部署全国公安机关深入组织开展“昆仑2023”专项行动。",
            ("公安部",),
            "“昆仑2023”专项行动",
            "公安部",
            ("公安部",),
        ),
        (  # the study is part of the group's name (a body of the gazetteer), the body before the verb holds it
            "中央宣传部今天在京举办学习贯彻党的二十大精神中央宣讲团首场报告会。",
            ("中央宣传部",),
            "学习贯彻党的二十大精神中央宣讲团首场报告会",
            "中央宣传部",
            ("中央宣传部",),
        ),
    ],
)
def test_extract_events_organizers_told_around_the_name(
    extractor, text: str, orgs: tuple[str, ...], name: str, organizer: str, bodies: tuple[str, ...]
) -> None:
    event = _by_name(_events(extractor, text, orgs=orgs))[name]
    assert event.organizer == organizer
    assert event.participants == bodies


@pytest.mark.parametrize(
    ("text", "people", "names"),
    [
        # a name the story knows stops the walk where the tagger missed it
        ("张三出席开幕式。开幕式后，张三到博览会展馆巡馆。", ("张三",), set()),
        ("与会代表纷纷点赞成都大运会。", (), {"成都大运会"}),
        # 与 inside the second name of a joined one
        (
            "张三出席第二十一届中国—东盟博览会暨中国—东盟商务与投资峰会开幕式。",
            ("张三",),
            {"第二十一届中国—东盟博览会暨中国—东盟商务与投资峰会"},
        ),
    ],
)
def test_extract_events_walk_stops_and_joins(extractor, text: str, people: tuple[str, ...], names: set[str]) -> None:
    assert {e.name for e in _events(extractor, text, people=people)} == names


def test_extract_events_those_who_speak_of_the_event_do_not_attend_it(extractor) -> None:
    title = "国际社会积极评价张三主席对俄罗斯的国事访问"
    text = "国际社会积极评价张三主席对俄罗斯进行国事访问。\n李四表示，此访意义重大。"
    said = (("李四", "表示"),)
    events = _by_name(_events(extractor, text, people=("张三", "李四"), title=title, said=said))
    assert events["张三对俄罗斯国事访问"].participants == ("张三",)


def test_extract_events_an_event_that_describes_the_guest_takes_no_date_of_the_meeting(extractor) -> None:
    text = "5月17日下午，国家主席张三在西安同来华出席中国—中亚峰会并进行国事访问的哈萨克斯坦总统李四会谈。"
    events = _by_name(_events(extractor, text, people=("张三", "李四")))
    assert events["张三同李四会谈"].date == "2023-05-17"
    assert events["中国—中亚峰会"].date is None


def test_extract_events_each_visitor_of_a_list_visits(extractor) -> None:
    text = "应国家主席张三邀请，巴林国王李四、埃及总统王五将于5月28日至6月1日对中国进行国事访问。"
    events = _by_name(_events(extractor, text, people=("张三", "李四", "王五")))
    assert set(events) == {"李四对中国国事访问", "王五对中国国事访问"}
    assert events["李四对中国国事访问"].date == "2023-05-28"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            # the presidium meets while the session is held: both are events
            "十四届全国人大一次会议主席团10日上午在北京人民大会堂举行第五次会议。",
            {"十四届全国人大一次会议主席团第五次会议", "十四届全国人大一次会议"},
        ),
        ("听取关于十四届全国人大二次会议主席团交付审议的议案的报告。", set()),  # referred to, not meeting
        ("各选举单位召开党委全体会议或党委扩大会议，选举代表。", set()),  # either kind of meeting: no name
    ],
)
def test_extract_events_a_sessions_own_body_meets(extractor, text: str, names: set[str]) -> None:
    assert {e.name for e in _events(extractor, text)} == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("两岸同胞要坚决反对“台独”分裂活动和外部势力干涉。", set()),  # what is fought is no campaign
        ("省级水网先导区建设持续推进，市县级水网先导区接续启动。", set()),
        ("安理会23日就乌克兰问题举行高级别会议。", set()),
        ("朝鲜最高人民会议常任委员会副委员长李四致辞。", set()),
        ("部队同步开展战斗值班、课题演练、飞行训练。", set()),  # a kind of drill
        ("两国海军举行联合演习。", set()),
    ],
)
def test_extract_events_more_names_of_no_event(extractor, text: str, names: set[str]) -> None:
    assert {e.name for e in _events(extractor, text, people=("李四",))} == names


def test_extract_events_visit_on_the_way_to_a_summit(extractor) -> None:
    text = (
        "应秘鲁总统李四邀请，国家主席张三将于11月13日至17日赴利马出席亚太经合组织领导人非正式会议并对秘鲁进行国事访问。"
    )
    events = _by_name(_events(extractor, text, people=("张三", "李四")))
    assert events["张三对秘鲁国事访问"].date == "2023-11-13"


def test_extract_events_who_acts_after_在X上_takes_part(extractor) -> None:
    text = "一年后，在纪念孔子诞辰2565周年国际学术研讨会上，张三总书记指出，要传承文化。"
    events = _by_name(_events(extractor, text, people=("张三",)))
    assert events["纪念孔子诞辰2565周年国际学术研讨会"].participants == ("张三",)


def test_extract_events_announced_for_a_month_ahead_is_undated(extractor) -> None:
    text = "记者从今天举行的发布会上获悉，第四届跨国公司领导人青岛峰会将于10月在青岛举办。"
    assert _by_name(_events(extractor, text))["第四届跨国公司领导人青岛峰会"].date is None


@pytest.mark.parametrize(
    ("text", "people", "names"),
    [
        (
            "国家主席张三在人民大会堂会见来华进行正式访问的比利时首相李四。",
            ("张三", "李四"),
            {"张三会见李四", "李四对中国正式访问"},
        ),
        ("张三两次召开黄河流域生态保护和高质量发展座谈会。", ("张三",), {"黄河流域生态保护和高质量发展座谈会"}),
    ],
)
def test_extract_events_names_across_和_and_时(extractor, text: str, people: tuple[str, ...], names: set[str]) -> None:
    assert {e.name for e in _events(extractor, text, people=people)} == names


@pytest.mark.parametrize(
    ("text", "orgs", "name", "organizer"),
    [
        ("海军司令部29日开始举行“蓝盾2023”联合演习。", ("海军司令部",), "“蓝盾2023”联合演习", "海军司令部"),
        ("商务部今天在海口成功举办第三届中国国际消费品博览会。", ("商务部",), "第三届中国国际消费品博览会", "商务部"),
        ("甲协会与乙委员会近日共同举办“迎新春”活动。", ("甲协会", "乙委员会"), "“迎新春”活动", "甲协会"),
    ],
)
def test_extract_events_organizer_before_adverbs_and_places(
    extractor, text: str, orgs: tuple[str, ...], name: str, organizer: str
) -> None:
    assert _by_name(_events(extractor, text, orgs=orgs))[name].organizer == organizer


@pytest.mark.parametrize(
    ("text", "orgs", "name"),
    [
        (
            "第五届滨海文化论坛今天开幕。论坛由文化和旅游部主办，百余名学者参加。",
            ("文化和旅游部",),
            "第五届滨海文化论坛",
        ),
        (
            "2023滨海文化论坛今天开幕。本届论坛以“交流互鉴”为主题，由文化和旅游部、滨海市人民政府共同主办。",
            ("文化和旅游部", "滨海市人民政府"),
            "2023滨海文化论坛",
        ),
    ],
)
def test_extract_events_hosts_told_in_a_later_sentence(extractor, text: str, orgs: tuple[str, ...], name: str) -> None:
    event = _by_name(_events(extractor, text, orgs=orgs))[name]
    assert (event.organizer, event.participants) == (orgs[0], orgs)


def test_extract_events_launch_held_by_the_bodies_that_start_it(extractor) -> None:
    text = "2023年春季渔政执法行动今天启动\n农业农村部、公安部联合启动2023年春季渔政执法行动，严厉打击违法捕捞。"
    events = _events(extractor, text, orgs=("农业农村部", "公安部"))
    assert {(e.name, e.organizer, e.participants) for e in events} == {
        ("2023年春季渔政执法行动启动", "农业农村部", ("农业农村部", "公安部"))
    }


def test_extract_events_a_body_named_like_a_meeting_is_no_event(extractor) -> None:
    text = "他曾任中国人民政治协商会议第九届全国委员会副主席。"
    assert _events(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "name", "organizer"),
    [
        ("俄罗斯举行斯大林格勒战役胜利纪念活动。", "斯大林格勒战役胜利纪念活动", "俄罗斯"),
        ("今天，浙江在杭州举办第二届数字贸易博览会。", "第二届数字贸易博览会", "浙江省人民政府"),
    ],
)
def test_extract_events_country_or_province_holds_it(extractor, text: str, name: str, organizer: str) -> None:
    event = _by_name(_events(extractor, text))[name]
    assert (event.organizer, event.participants) == (organizer, ())


@pytest.mark.parametrize(
    ("text", "name", "organizer"),
    [
        ("滨海文化论坛第七届年会27日在北京开幕。", "滨海文化论坛第七届年会", "滨海文化论坛"),
        ("中国书画研究会十届一次理事大会11日在京召开。", "中国书画研究会十届一次理事大会", "中国书画研究会"),
        ("2025年蛇年春晚今晚播出。", "2025年蛇年春晚", "中央广播电视总台"),
    ],
)
def test_extract_events_a_bodys_own_session_or_gala(extractor, text: str, name: str, organizer: str) -> None:
    assert _by_name(_events(extractor, text))[name].organizer == organizer


@pytest.mark.parametrize(
    ("text", "orgs", "name", "organizer"),
    [
        ("他表示，祝贺中方成功举办第五届滨海合作论坛。", (), "第五届滨海合作论坛", "中国"),
        ("联合国安理会2日就加沙局势召开紧急公开会议。", ("联合国安理会",), "联合国安理会紧急公开会议", "联合国安理会"),
    ],
)
def test_extract_events_side_that_holds_it_and_body_before_就(
    extractor, text: str, orgs: tuple[str, ...], name: str, organizer: str
) -> None:
    assert _by_name(_events(extractor, text, orgs=orgs))[name].organizer == organizer


def test_extract_events_event_word_inside_a_titled_document_in_the_title_is_none(extractor) -> None:
    text = "日前，国务院印发《2024—2025年节能减排行动方案》。"
    assert _events(extractor, text, orgs=("国务院",), title="国务院印发《2024—2025年节能减排行动方案》") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "记者今天（3月16日）从商务部获悉，第九届滨海进出口商品交易会定于4月15日在广州举办。",
            "第九届滨海进出口商品交易会",
        ),
        (
            "第二次全国家庭收支调查启动\n记者从商务部了解到，第二次全国家庭收支调查已经正式启动。",
            "第二次全国家庭收支调查启动",
        ),
    ],
)
def test_extract_events_the_body_the_news_comes_from_runs_a_fair_or_launch(extractor, text: str, name: str) -> None:
    assert _by_name(_events(extractor, text, orgs=("商务部",)))[name].organizer == "商务部"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("1984年5月经六届全国人大二次会议审议通过。", "六届全国人大二次会议"),
        ("从2023年3月至2024年3月十四届全国人大二次会议期间，代表提出建议。", "十四届全国人大二次会议"),
    ],
)
def test_extract_events_dates_and_prepositions_before_a_session_are_no_part_of_it(
    extractor, text: str, name: str
) -> None:
    assert {e.name for e in _events(extractor, text)} == {name}


def test_extract_events_deliberations_take_the_day_the_lead_gives(extractor) -> None:
    text = "全国人大代表今天（3月5日）下午开始分组审议政府工作报告。\n张三在参加广西代表团审议时说，赞同报告。"
    events = _by_name(_events(extractor, text, people=("张三",), date="2023-03-05"))
    assert events["张三参加广西代表团审议"].date == "2023-03-05"


@pytest.mark.parametrize(
    ("text", "date"),
    [("今天，中央广播电视总台发布了2025年蛇年春晚的吉祥物。", None), ("2025年蛇年春晚今晚播出。", "2023-05-10")],
)
def test_extract_events_the_gala_is_dated_only_when_on_the_air(extractor, text: str, date: str | None) -> None:
    events = _by_name(_events(extractor, text, orgs=("中央广播电视总台",)))
    assert events["2025年蛇年春晚"].date == date


def _pipeline_events(text: str, date: str = "2024-05-10", title: str | None = None) -> list[Event]:
    """The events the whole pipeline finds in text."""
    doc = Document(id="t", text=text, source="t.txt", date=date, title=title)
    return [r for r in extract_document(doc, load_settings()).relations if isinstance(r, Event)]


def _events_of(text: str) -> set[str]:
    """Event names the whole pipeline finds in text."""
    return {e.name for e in _pipeline_events(text)}


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        # a visit told in a 的-clause before the visitor, to a place named or to China
        ("3月21日下午，正在俄罗斯进行国事访问的中国国家主席习近平同俄罗斯总统普京举行会谈。", "习近平对俄罗斯国事访问"),
        ("李强会见来华出席中国—中亚峰会并进行国事访问的塔吉克斯坦总统拉赫蒙。", "拉赫蒙对中国国事访问"),
        ("习近平会见来华正式访问的德国总理朔尔茨。", "朔尔茨对中国正式访问"),
        # (what is attended on the way may hold quotes)
        ("习近平会见来华出席第三届“一带一路”国际合作高峰论坛并进行正式访问的泰国总理赛塔。", "赛塔对中国正式访问"),
    ],
)
def test_extract_events_visit_told_before_the_visitor(text: str, visit: str) -> None:
    assert visit in _events_of(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("中方愿同非方开好新一届中非合作论坛峰会。", "中非合作论坛峰会"),
        ("他会在下一次金砖国家领导人峰会上发言。", "金砖国家领导人峰会"),
    ],
)
def test_extract_events_which_one_of_a_series_is_no_part_of_its_name(text: str, name: str) -> None:
    found = _events_of(text)
    assert name in found
    assert not {n for n in found if n.startswith(("新一届", "下一次"))}


def test_extract_events_title_holds_the_meeting_by_a_short_form() -> None:
    """The title's short form of the first sentence's meeting makes it the story's event: those
    who chair and speak take part; the leader whose speech the meeting studies does not."""
    text = (
        "政协第十四届全国委员会第十七次主席会议27日在北京召开。全国政协主席王沪宁主持并讲话。"
        "会议传达学习了习近平总书记近期重要讲话和指示精神。王勇、周强围绕有关议题作了发言。"
    )
    events = _pipeline_events(text, date="2024-03-27", title="王沪宁主持召开全国政协主席会议")
    meeting = next(e for e in events if e.name.endswith("第十七次主席会议"))
    assert {"王沪宁", "王勇", "周强"} <= set(meeting.participants)
    assert "习近平" not in meeting.participants


def test_extract_events_calls_with_each_guest_after_fenbie() -> None:
    """分别与A和B通电话 is one call with each guest (CONVENTIONS: X分别会见A、B gives one event each)."""
    found = _events_of("伊拉克外长侯赛因1日分别与约旦外交大臣萨法迪和埃及外长阿卜杜勒阿提通电话。")
    assert {"侯赛因与萨法迪通电话", "侯赛因与阿卜杜勒阿提通电话"} <= found
    # without 分别 the talks are one event of three
    assert "普京与帕什尼扬和阿利耶夫会谈" in _events_of("普京与帕什尼扬和阿利耶夫举行会谈。")


def test_extract_events_festivals_and_premieres_with_a_name_of_their_own() -> None:
    found = _events_of("将在秘鲁举办《从长城到马丘比丘》首映式。第二届“一带一路”国际音乐节今天开幕。")
    assert {"《从长城到马丘比丘》首映式", "第二届“一带一路”国际音乐节"} <= found
    assert not _events_of("他在音乐节上表演了节目。")  # the kind alone names no event


def test_extract_events_talks_with_each_guest_when_fenbie_follows_the_guests() -> None:
    """与A、B分别举行会谈: one talks each, as when 分别 comes before the guests."""
    found = _events_of("赵乐际在拉巴特会见首相阿赫努什，与众议长阿拉米、代参议长哈宁分别举行会谈。")
    assert {"赵乐际与阿拉米会谈", "赵乐际与哈宁会谈"} <= found
    assert not {n for n in found if "、" in n}


def test_extract_events_a_verb_before_an_edition_is_no_part_of_its_name() -> None:
    found = _events_of("签约参展的世界500强和行业龙头企业数量已超过第五届进博会。")
    assert "第五届进博会" in found
    assert not {n for n in found if "超过" in n}
    # a one-character word jieba tags as a verb inside a body's name stays (常务委员|会)
    assert "政协第十三届全国委员会常务委员会第二十五次会议" in _events_of(
        "政协第十三届全国委员会常务委员会第二十五次会议15日上午在京开幕。"
    )


def test_extract_events_two_events_held_together_under_one_quote() -> None:
    found = _events_of("今天，“2022中国(曲阜)国际孔子文化节 第八届尼山世界文明论坛”在山东曲阜举行。")
    assert {"2022中国(曲阜)国际孔子文化节", "第八届尼山世界文明论坛"} <= found
    assert not {n for n in found if " " in n}


def test_extract_events_a_visit_hoped_for_is_no_visit() -> None:
    assert not {n for n in _events_of("卢拉表示，期待习近平主席出席峰会并对巴西进行国事访问。") if "访问" in n}
    assert "习近平对巴西国事访问" in _events_of("习近平主席将出席峰会并对巴西进行国事访问。")


def test_extract_events_tour_of_a_list_of_places_and_a_tour_told_before_its_leader() -> None:
    found = _events_of("国务院总理李强3月18日至20日在福建、江西调研。他强调，要深入学习。")
    assert "李强在福建、江西调研" in found
    assert "习近平在江苏考察" in _events_of("7月，在江苏考察时，习近平总书记指出，推动数字经济发展。")
    assert not _events_of("在江苏考察时，他指出要加快发展。")  # no named leader after it
    # the verb before the place (在考察X时), named as the tour is (X在Y考察); not a generic place
    assert "习近平在三峡工程考察" in _events_of("2018年4月，习近平总书记在考察三峡工程时指出，要自主创新。")
    assert not _events_of("习近平总书记在考察各地的乡村产业时指出，要因地制宜。")


def test_extract_events_titled_work_aired_and_no_column_edition() -> None:
    assert "《征程》播出" in _events_of("大型纪录片《征程》今晚播出。")
    assert not _events_of("总台《高端访谈》栏目今晚播出对卢拉的专访。《高端访谈》今晚播出。")
    assert not _events_of("节目今晚播出。")
    # told twice, the launch word names it rather than 播出
    found = _events_of(
        "电视剧《天下同心》今晚在总台央视综合频道播出\n电视剧《天下同心》今晚在总台央视综合频道黄金时段开播。"
    )
    assert "《天下同心》开播" in found and "《天下同心》播出" not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("第二十三届环青海湖国际公路自行车赛今天在西宁开赛。", "第二十三届环青海湖国际公路自行车赛"),
        ("2024上海书展今天开幕。", "2024上海书展"),
        ("2024国家大剧院国际戏剧季今晚启幕。", "2024国家大剧院国际戏剧季"),
        ("天津海河龙舟赛今天举行。", "天津海河龙舟赛"),
        ("今天（6月19日），第二十八届上海电视节开幕。", "第二十八届上海电视节"),
        ("2023中国国际动漫节开幕。", "2023中国国际动漫节"),
        ("俄罗斯9日在莫斯科红场举行纪念卫国战争胜利78周年阅兵式。", "纪念卫国战争胜利78周年阅兵式"),
    ],
)
def test_extract_events_races_fairs_and_seasons_named(text: str, name: str) -> None:
    assert name in _events_of(text)


def test_extract_events_no_race_without_a_name() -> None:
    assert not _events_of("他参加了马拉松。")
    assert not _events_of("他在电视节上发言。")


@pytest.mark.parametrize(
    ("text", "full"),
    [
        ("第六届中国国际进口博览会今天开幕。习近平主席专门向本届进博会致信。", "第六届中国国际进口博览会"),
        ("成都第31届世界大学生夏季运动会今天闭幕。本届大运会共有2万名赛会志愿者。", "成都第31届世界大学生夏季运动会"),
    ],
)
def test_extract_events_an_abbreviated_expo_or_games_is_the_full_one(text: str, full: str) -> None:
    assert _events_of(text) == {full}


def test_extract_events_a_numbered_inspection_round() -> None:
    text = "经党中央批准，二十届中央第一轮巡视将对中国核工业集团有限公司等单位党组织开展常规巡视。"
    assert "二十届中央第一轮巡视" in _events_of(text)
    assert not _events_of("巡视组进驻后开展工作。")


@pytest.mark.parametrize(
    "text",
    [
        "会议审议通过关于召开政协第十四届全国委员会第一次会议的决定。",
        "要筹备好全国政协十四届一次会议，为新一届政协开好局。",
        "听取关于十四届全国人大二次会议主席团交付审议的代表提出的议案审议结果的报告。",
        "会议决定，拟向十四届全国人大一次会议推荐国家机构组成人员人选。",
    ],
)
def test_extract_events_a_session_only_referred_to_is_no_event(text: str) -> None:
    assert not {n for n in _events_of(text) if n.endswith("次会议")}


def test_extract_events_a_session_told_held_stays() -> None:
    assert "十四届全国人大二次会议" in _events_of("十四届全国人大二次会议今天上午在人民大会堂开幕。")


def test_extract_events_a_final_and_a_drill_with_names_of_their_own() -> None:
    found = _events_of("2023年全国青少年航天创新大赛总决赛在海南文昌开幕。")
    assert found == {"2023年全国青少年航天创新大赛总决赛"}  # the final, not the contest as well
    assert "杭州亚运会大规模紧急医学救援演练" in _events_of("杭州亚运会大规模紧急医学救援演练今天举行。")
    assert not _events_of("各地开展应急演练。")


def test_extract_events_dangtian_is_the_day_told_before_it() -> None:
    events = _pipeline_events(
        "22日，俄罗斯国防部称，俄军击退进攻。俄总统普京当天在边境地区形势会议上说，局势可控。", date="2024-08-23"
    )
    meeting = next(e for e in events if e.name.endswith("形势会议"))
    assert meeting.date == "2024-08-22"
    # no day told before: the story's
    events = _pipeline_events("普京当天在边境地区形势会议上说，局势可控。", date="2024-08-23")
    assert next(e for e in events if e.name.endswith("形势会议")).date == "2024-08-23"
    # the day told in the paragraph before, in the same news item
    text = "12月2日，丁薛祥出席峰会并致辞。\n当天，丁薛祥会见了联合国气候变化大会主席苏尔坦。"
    talks = next(e for e in _pipeline_events(text, date="2023-12-03") if e.name == "丁薛祥会见苏尔坦")
    assert talks.date == "2023-12-02"
    # not across a headline, where another news item starts
    text = "12月2日，丁薛祥出席峰会并致辞。\n丁薛祥会见苏尔坦\n当天，丁薛祥会见了联合国气候变化大会主席苏尔坦。"
    talks = next(e for e in _pipeline_events(text, date="2023-12-03") if e.name == "丁薛祥会见苏尔坦")
    assert talks.date == "2023-12-03"


def test_extract_events_a_meeting_a_titled_work_holds() -> None:
    found = _events_of("《2023年元宵晚会》今天举行发布会，介绍节目创作情况。")
    assert "《2023年元宵晚会》发布会" in found
    assert not _events_of("他们举行发布会。")


def test_extract_events_the_nth_meeting_of_a_series() -> None:
    text = "“全面推进中国式现代化建设”经济形势系列报告会第四场报告会今天（1月9日）在京举行。"
    assert _events_of(text) == {"“全面推进中国式现代化建设”经济形势系列报告会第四场报告会"}
    found = _events_of("全军学习贯彻党的二十大精神宣讲4日在京举行首场报告会。")
    assert "全军学习贯彻党的二十大精神宣讲首场报告会" in found
    assert not _events_of("会议设三场报告会。")  # a count of meetings names none


def test_extract_events_talks_told_with_hui_jian_after_the_guest_and_no_name_from_a_quality() -> None:
    text = "塞拉利昂总统比奥来华。赵乐际表示，习近平主席同比奥总统昨天举行富有成果的会见。"
    assert "习近平同比奥会见" in _events_of(text)
    assert "习近平和彭丽媛会见" not in _events_of("习近平和彭丽媛会见法国总统马克龙。")
    found = _events_of("习近平主席同总统先生举行历史性会晤，共同擘画了两国关系发展的新蓝图。")
    assert "历史性会晤" not in found
    # talks with a name of their own keep it
    assert "中法欧三方会晤" in _events_of("习近平在巴黎同马克龙总统、欧盟委员会主席冯德莱恩举行中法欧三方会晤。")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("习近平在同瑙鲁总统阿迪昂会谈时指出，中方愿同瑙方加强合作。", "习近平同阿迪昂会谈"),
        # with a date and no 在 before 与
        ("俄罗斯总统普京4日与到访的土耳其总统埃尔多安在索契举行会谈时重申，俄方愿恢复协议。", "普京与埃尔多安会谈"),
    ],
)
def test_extract_events_talks_told_as_the_setting_of_a_statement(text: str, name: str) -> None:
    assert name in _events_of(text)


def test_extract_events_no_event_from_a_place_named_after_one() -> None:
    assert not _events_of("他参观了八七会议会址纪念馆。")
    assert not _events_of("游客走进遵义会议会址。")


@pytest.mark.parametrize(
    "text",
    [
        "2022年金秋时节，党的二十大胜利召开。",
        "这次参加党的二十大的代表中，35岁以下的有120名。",
        "党的二十大解放军和武警部队代表团16日下午开始分组讨论。",
        "党的二十大在政治上、理论上、实践上取得了一系列重大成果。",
    ],
)
def test_party_congress_by_its_short_name_told_held_is_an_event(text: str) -> None:
    assert "中国共产党第二十次全国代表大会" in _events_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "各地深入学习贯彻党的二十大精神。",
        "他阐述了党的二十大的重大意义。",
        "要着力抓好中共二十大决策部署贯彻落实。",
        "党的二十大代表张华在村里宣讲。",
        "后天统俄党将召开二十二大，对未来任务作出部署。",
    ],
)
def test_party_congress_only_named_or_another_partys_is_no_event(text: str) -> None:
    assert not any("全国代表大会" in name for name in _events_of(text))


@pytest.mark.parametrize(
    "told",
    [
        "习近平主席同你举行富有成果的会晤，共同决定提升双边关系。",
        "习近平主席同总统先生举行历史性会晤，共同擘画了蓝图。",
    ],
)
def test_talks_with_the_guest_spoken_to_or_named_by_courtesy_and_how_they_went(told: str) -> None:
    text = "王沪宁在北京会见多哥总统福雷。王沪宁表示，" + told
    assert "习近平同福雷会晤" in _events_of(text)


def test_a_visitor_who_came_to_china_on_a_state_visit_made_one() -> None:
    assert "马克龙对中国国事访问" in _events_of("习近平指出，马克龙总统今年来华进行国事访问，两国签署多项协议。")


def test_a_visit_to_china_by_the_visitors_full_name_is_one_visit() -> None:
    text = (
        "习近平举行仪式，欢迎意大利共和国总统塞尔焦·马塔雷拉对我国进行国事访问。陪同塞尔焦·马塔雷拉访华的有副总理等。"
    )
    assert _events_of(text) >= {"塞尔焦·马塔雷拉对中国国事访问"}
    assert not any(name.endswith("访华") for name in _events_of(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("他表示，相信俄中执政党对话机制第十次会议开展的对话将取得成果。", "俄中执政党对话机制第十次会议"),
        ("他说，希望第十届世界和平论坛取得成功。", "第十届世界和平论坛"),
    ],
)
def test_a_verb_of_belief_or_hope_is_no_part_of_the_name(text: str, name: str) -> None:
    found = _events_of(text)
    assert name in found
    assert not any(e.startswith(("相信", "希望")) for e in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("卢旺达总统选举采取单轮投票。", "卢旺达总统选举"),  # a state's election, named by the state
        ("美国国会选举投票已经结束。", "美国国会选举"),
        ("在2024年美国总统选举中，特朗普获得当选所需的选举人票。", "2024年美国总统选举"),  # during it: 中
        ("澳门特别行政区第六任行政长官选举今天举行。", "澳门特别行政区第六任行政长官选举"),  # 第六任 counts
        ("韩国第22届国会议员选举今天举行。", "韩国第22届国会议员选举"),  # 会议 inside 国会议员 is no event word
    ],
)
def test_an_election_is_an_event(text: str, name: str) -> None:
    assert name in _events_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "二十大选举产生的中央委员会。",  # the congress's own act
        "地方人大换届选举工作有序推进。",  # no state, no number: a kind of election
    ],
)
def test_an_election_with_no_name_of_its_own_is_none(text: str) -> None:
    assert not any(name.endswith("选举") for name in _events_of(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("泰方将落实去年11月习近平主席访泰重要成果。", "习近平访泰"),
        ("2017年，习近平主席访芬期间，双方建立了新型合作伙伴关系。", "习近平访芬"),
        ("今年8月，苏林总书记、国家主席成功访华，我同他进行深入沟通。", "苏林访华"),  # two titles
    ],
)
def test_a_visit_told_by_the_states_short_name(text: str, name: str) -> None:
    assert name in _events_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "习近平主席此次访德清，察看了乡村。",  # 德清: a county, not 德 (Germany)
        "习近平主席访美国，同拜登会晤。",  # the state written in full: no short name
        "习近平主席访中，双方会谈。",  # 中: China's side, not a visit told so
    ],
)
def test_no_visit_told_by_a_short_name_that_is_not_one(text: str) -> None:
    assert not any(name.endswith(("访德", "访美", "访中")) for name in _events_of(text))


def test_a_visit_told_by_the_short_name_is_the_visit_the_text_names_in_full() -> None:
    text = "习近平主席对沙特进行国事访问。习近平主席此次访沙，是我国最高领导人首次访问中东。"
    assert "习近平对沙特国事访问" in _events_of(text)
    assert "习近平访沙" not in _events_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "中央和国家机关组织干部召开党组会议、全体党员干部大会，深入学习。",
        "四川成都等地都举行了庄严盛大的升国旗仪式。",
        "通过高峰论坛、展览展示等多种形式打造一场盛会。",
        "随后前往凯旋门参加纪念仪式。",
    ],
)
def test_a_kind_of_meeting_or_ceremony_alone_is_no_event(text: str) -> None:
    assert not _events_of(text)


def test_a_kind_of_ceremony_in_the_lead_takes_the_titles_name() -> None:
    events = _pipeline_events(
        "元旦当天，群众来到天安门广场，观看庄严隆重的升国旗仪式，共祝新年好。", title="2023年元旦升国旗仪式"
    )
    assert {e.name for e in events} == {"2023年元旦升国旗仪式"}


def test_a_campaign_dated_by_a_year_without_nian_has_a_name_of_its_own() -> None:
    assert "2023中国产业转移发展对接活动" in _events_of("今天，2023中国产业转移发展对接活动在广西南宁举行。")
    # a count before the kind dates nothing
    assert not _events_of("积石山县已搭建了8000多间活动板房，组织开展7300余项活动。")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("阿拉伯-伊斯兰国家领导人联合特别峰会11日在利雅得举行。", "阿拉伯-伊斯兰国家领导人联合特别峰会"),
        ("中方成功举办了中非团结抗疫特别峰会等一系列重要活动。", "中非团结抗疫特别峰会"),
        ("西班牙、葡萄牙和摩洛哥同时获得2030年世界杯主办权。", "2030年世界杯"),
    ],
)
def test_special_summits_and_world_cups_are_events(text: str, event: str) -> None:
    assert event in _events_of(text)


@pytest.mark.parametrize(
    "text",
    ["在安徽寿州古城，传统的迎春仪式让游客一起祈福纳祥。", "这是中国队在本赛季世界杯比赛中收获的首枚金牌。"],
)
def test_a_customary_ceremony_or_a_seasons_cup_has_no_name_of_its_own(text: str) -> None:
    assert not _events_of(text)


def test_a_meeting_told_before_its_host() -> None:
    text = "在会见古共中央第一书记、国家主席迪亚斯-卡内尔时，李希转达了习近平的问候。"
    assert "李希会见迪亚斯-卡内尔" in _events_of(text)


def test_meeting_each_of_a_long_list_of_titled_guests() -> None:
    text = "赵乐际27日在北京分别会见巴巴多斯总理莫特利、新西兰总理希普金斯、蒙古国总理奥云额尔登、越南总理范明政。"
    assert _events_of(text) >= {"赵乐际会见莫特利", "赵乐际会见希普金斯", "赵乐际会见奥云额尔登", "赵乐际会见范明政"}
    # told again as 会见X时, the same meeting
    assert len(_events_of(text + "会见希普金斯时，赵乐际表示，中新建交50年来关系发展良好。")) == 4


def test_talks_with_a_titled_guest_in_a_clause_are_no_event_named_by_the_title() -> None:
    text = "在同古共中央政治局委员、中央组织书记莫拉莱斯会谈时，双方同意加强合作。"
    assert not any("书记" in name for name in _events_of(text))


def test_numbered_consultations_are_events_and_a_verb_before_the_round_is_no_part() -> None:
    assert "第七轮中德政府磋商" in _events_of("李强在结束第七轮中德政府磋商并对德国进行正式访问后，抵达巴黎。")
    assert not _events_of("双方同意今后举行战略磋商。")


def test_games_named_inside_another_events_name_are_events_too() -> None:
    assert _events_of("杭州第19届亚运会火炬传递活动在浙江湖州举行。") >= {
        "杭州第19届亚运会",
        "杭州第19届亚运会火炬传递活动",
    }
    assert "1996年亚特兰大奥运会" in _events_of("这是自1996年亚特兰大奥运会艺术体操团体项目设立以来首次夺金。")


def test_the_summer_games_in_general_are_no_event() -> None:
    assert not _events_of("这枚金牌是中国体育代表团在夏季奥运会上获得的第300枚金牌。")


def test_a_headline_about_the_broadcasters_coverage_names_the_games_alone() -> None:
    events = _pipeline_events(
        "巴黎奥运会将于当地时间7月26日晚开幕。中央广播电视总台各项转播报道工作准备就绪。",
        title="总台巴黎奥运会各项转播报道工作准备就绪",
    )
    assert {e.name for e in events} == {"巴黎奥运会"}
    # the broadcaster and the event word alone name no event
    events = _pipeline_events("报告今天发布。", title="总台奥运会赛事直播技术创新发展报告发布")
    assert not events


def test_extract_events_a_persons_anniversary_is_named_by_the_person(extractor) -> None:
    text = "双方办好马可·波罗逝世700周年相关纪念系列活动。"
    assert {e.name for e in _events(extractor, text, people=("马可·波罗",))} == {"马可·波罗逝世700周年相关纪念系列活动"}
    text = "纪念李四同志诞辰130周年座谈会在京举行。"
    assert {e.name for e in _events(extractor, text, people=("李四",))} == {"纪念李四同志诞辰130周年座谈会"}


def test_extract_events_an_expo_named_inside_an_event_of_it(extractor) -> None:
    text = "2024年中国国际服务贸易交易会全球服务贸易峰会12日在北京举行。"
    assert {e.name for e in _events(extractor, text)} == {
        "2024年中国国际服务贸易交易会全球服务贸易峰会",
        "2024年中国国际服务贸易交易会",
    }
    # one event of two names, told by its first name in a headline
    text = "展品亮相第三届滨海博览会\n今天，第三届滨海博览会暨国际消费品博览会在宁波开幕。"
    assert {e.name for e in _events(extractor, text)} == {"第三届滨海博览会暨国际消费品博览会"}
    # a body named like an event before its own meeting's edition
    text = "应滨海议会间大会主席邀请，他在滨海议会间大会第43届年会闭幕式上致辞。"
    assert "滨海议会间大会" not in {e.name for e in _events(extractor, text)}


def test_extract_events_a_sessions_numbered_press_walk(extractor) -> None:
    names = {e.name for e in _events(extractor, "在党代会首场“代表通道”上，代表们讲述奋斗故事。")}
    assert names == {"党代会首场“代表通道”"}
    names = {e.name for e in _events(extractor, "十四届全国人大二次会议最后一场“部长通道”今天开启。")}
    assert "十四届全国人大二次会议最后一场“部长通道”" in names
    assert not _events(extractor, "今年两会继续开设“代表通道”和“委员通道”。")  # no walk named


def test_extract_events_relatives_met_and_a_meeting_after_and(extractor) -> None:
    # the relatives of a person are met, not the person; 并 before a later clause's meeting verb
    text = "张三出席座谈会，并在会前会见了李四先生亲属。"
    events = _by_name(_events(extractor, text, people=("张三", "李四")))
    assert events["张三会见李四先生亲属"].participants == ("张三",)
    text = "张三3日访问滨海国，并与滨海国总统李四举行会晤。"
    assert "张三与李四会晤" in _by_name(_events(extractor, text, people=("张三", "李四")))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # games listed after a place share it; two joined with nothing between are two events
        ("北京冬奥会、冬残奥会成功举办。", {"北京冬奥会", "北京冬残奥会"}),
        ("杭州第19届亚运会和亚残运会圆满落幕。", {"杭州第19届亚运会", "杭州第19届亚残运会"}),
        ("滨海亚运会亚残运会圆满落幕。", {"滨海亚运会", "滨海亚残运会"}),
        # a mechanism's numbered meeting keeps the mechanism's name (not after a verb: 加强合作)
        ("李强出席大湄公河次区域经济合作第八次领导人会议。", {"大湄公河次区域经济合作第八次领导人会议"}),
        ("双方加强合作第三届论坛将举行。", set()),
        # how the meeting stands in history is no part of its name
        ("1956年，召开党的历史上首次中央人大工作会议。", {"中央人大工作会议"}),
        # a count of things before the games' name is no part of it
        ("今天，2000多辆滨海亚运会官方服务车辆交付。", {"滨海亚运会"}),
    ],
)
def test_extract_events_games_mechanisms_and_leads(text: str, names: set[str]) -> None:
    assert set(_events_of(text)) == names


def test_extract_events_a_visit_after_attending_and_a_comma() -> None:
    text = "张三主席将于11月13日至17日出席滨海峰会，并对秘鲁和巴西进行国事访问。"
    assert "张三对秘鲁和巴西国事访问" in _events_of(text)
    # (the 和 of 共和国 joins no two places)
    text = "张三在结束出席滨海峰会并对吉尔吉斯共和国进行正式访问后回到北京。"
    assert "张三对吉尔吉斯共和国正式访问" in _events_of(text)


def test_extract_events_a_show_on_the_air_is_held_by_the_broadcaster_on_its_channel() -> None:
    """《远航》今晚在中央广播电视总台央视综合频道播出: the national broadcaster airs the show (the
    organizer) on its channel (which takes part); a show no medium airs in the sentence has neither."""
    text = "专题片《远航》今晚在中央广播电视总台央视综合频道播出第一集。电视剧《晨光》今晚开播。"
    events = {e.name: e for e in _pipeline_events(text)}
    assert events["《远航》播出"].organizer == "中央广播电视总台"
    assert "央视综合频道" in events["《远航》播出"].participants
    assert events["《晨光》开播"].organizer is None


def test_extract_events_a_season_of_a_show_named_after_a_person_goes_on_the_air(extractor) -> None:
    """《X——张三喜欢的典故》第二季在非洲启播: the season is part of the show's name, and a name
    inside the title is no person acting."""
    text = "《平“语”近人——张三喜欢的典故》第二季今天在非洲启播。"
    names = {e.name for e in _events(extractor, text, people=("张三",))}
    assert names == {"《平“语”近人——张三喜欢的典故》第二季启播"}


def test_extract_events_a_leader_who_only_sends_an_envoy_attends_nothing() -> None:
    """国家主席张三特别代表、国务委员李四出席闭幕式: the envoy attends; the leader who sends him,
    named nowhere else, does not."""
    text = "当地时间8月11日晚，第九届滨海运动会在滨海闭幕。张三主席特别代表、国务委员李四应邀出席闭幕式。"
    events = [
        e for e in _pipeline_events(text, "2024-08-12", "第九届滨海运动会在滨海闭幕") if e.name == "第九届滨海运动会"
    ]
    assert events and all("张三" not in e.participants for e in events)
    assert any("李四" in e.participants for e in events)


def test_extract_events_a_state_visit_told_before_its_visitor() -> None:
    """在赴滨城对东国进行国事访问之际，国家主席张三…: the visit the clause tells is the first
    named person's after it."""
    text = "5月5日，在赴滨城对法国进行国事访问之际，国家主席张三在《滨城日报》发表题为《友谊长青》的署名文章。"
    events = {e.name: e for e in _pipeline_events(text)}
    assert events["张三对法国国事访问"].participants == ("张三",)


def test_extract_events_those_who_speak_at_a_press_conference_take_part() -> None:
    """A press conference no one is said to attend: the bodies that speak after it is told take
    part; a body that publishes figures does not, nor does anyone after the next headline."""
    text = (
        "国务院新闻办公室今天举行新闻发布会。商务部新闻发言人介绍，外贸保持稳定。"
        "海关总署有关负责人表示，进出口增长。国家统计局发布数据显示，物价平稳。\n"
        "滨城举办灯会\n文化和旅游部有关负责人表示，灯会吸引游客。"
    )
    events = {e.name: e for e in _pipeline_events(text)}
    assert events["国务院新闻办公室新闻发布会"].participants == ("商务部", "海关总署")


def test_extract_events_the_welcome_ceremonys_host_and_guests_take_part_in_the_visit() -> None:
    text = (
        "国家主席张三29日下午在人民大会堂北大厅举行仪式，欢迎芬兰共和国总统亚历山大·斯图布对我国进行国事访问。\n"
        "天安门广场上鸣礼炮21响。\n张三主席夫人李四，中共中央政治局委员、中央外事工作委员会办公室主任王五等出席欢迎仪式。"
    )
    visits = [e for e in _pipeline_events(text, "2024-10-29") if e.name == "亚历山大·斯图布对中国国事访问"]
    assert visits and set(visits[0].participants) == {"亚历山大·斯图布", "张三", "李四", "王五"}


def test_extract_events_a_body_that_publishes_figures_at_the_briefing_takes_part() -> None:
    text = "在国务院新闻办公室今天举行的新闻发布会上，国家统计局发布，4月份全国居民消费价格同比上涨0.1%。"
    events = {e.name: e for e in _pipeline_events(text)}
    assert events["国务院新闻办公室新闻发布会"].participants == ("国家统计局",)


def test_extract_events_all_summits_is_no_name() -> None:
    assert _events_of("中方支持巴方办好其举办的所有峰会。") == set()


def test_extract_events_a_ministers_meeting_and_not_a_minister_meeting_someone() -> None:
    names = _events_of("第56届东盟外长会在雅加达举行。王毅外长会见了布林肯。")
    assert "第56届东盟外长会" in names
    assert not any(name.endswith("外长会") and "王毅" in name for name in names)


def test_extract_events_an_event_set_for_a_day_is_dated_by_it() -> None:
    events = {e.name: e for e in _pipeline_events("据滨国媒体17日报道，滨国将于18日举办滨海经济论坛。")}
    assert events["滨海经济论坛"].date == "2024-05-18"


def test_extract_events_those_who_take_part_in_the_activities_join_the_tour() -> None:
    text = "张三近日在滨城考察。他先后来到港口和企业调研。李四、王五等参加活动。"
    tours = [e for e in _pipeline_events(text) if e.name == "张三在滨城考察"]
    assert tours and {"李四", "王五"} <= set(tours[0].participants)


def test_extract_events_a_reception_on_a_tour_is_a_stop_of_it() -> None:
    text = "习近平近日在南部战区海军视察。视察期间，习近平亲切接见驻湛江部队官兵代表，同大家合影留念。"
    names = _events_of(text)
    assert "习近平在南部战区海军视察" in names
    assert not any("接见" in n for n in names)


def test_extract_events_a_name_holds_the_plus_minus_of_a_voltage() -> None:
    text = "巴西美丽山±800千伏特高压直流输电项目特许经营权协议签字仪式今天举行。"
    assert "巴西美丽山±800千伏特高压直流输电项目特许经营权协议签字仪式" in _events_of(text)


def test_extract_events_a_regular_session_and_no_games_a_record_is_set_at() -> None:
    names = _events_of("联合国教科文组织保护非物质文化遗产政府间委员会第19届常会5日通过评审。")
    assert "联合国教科文组织保护非物质文化遗产政府间委员会第19届常会" in names
    assert not any(n.startswith(("中国队追平", "追平")) for n in _events_of("中国队追平奥运会历史最佳战绩。"))


def test_extract_events_a_ministers_meeting_of_a_kind_is_no_name() -> None:
    assert _events_of("张三主席两次出席论坛部长会开幕式。") == set()
    assert "二十国集团发展部长会" in _events_of("二十国集团发展部长会在里约举行。")


def test_extract_events_a_joint_group_meeting_and_a_grand_ceremony_but_no_book() -> None:
    assert "港澳地区全国政协委员联组会" in _events_of("丁薛祥参加了港澳地区全国政协委员联组会。")
    assert "癸卯年祭祀轩辕黄帝大典" in _events_of("癸卯年祭祀轩辕黄帝大典今天在浙江缙云举行。")
    assert _events_of("国家图书馆通过《永乐大典》高清影像数据库展示古籍。") == set()


def test_extract_events_a_short_name_in_brackets_is_the_event_wherever_written() -> None:
    text = "李强在第135届中国进出口商品交易会（广交会）企业馆巡馆。他强调，推动广交会越办越好，让广交会焕发风采。"
    assert _events_of(text) == {"第135届中国进出口商品交易会"}


def test_extract_events_a_ceremony_of_a_kind_is_named_after_the_facility_holding_it() -> None:
    text = "中国援莫桑比克莫中文化中心举行揭幕仪式。孟加拉国多哈扎里至科克斯巴扎尔铁路举行通车仪式。"
    assert _events_of(text) == {"中国援莫桑比克莫中文化中心揭幕仪式", "孟加拉国多哈扎里至科克斯巴扎尔铁路通车仪式"}
    # a body holding it names nothing; a bare kind of ceremony is no name
    assert _events_of("全国人大常委会举行宪法宣誓仪式。") == {"宪法宣誓仪式"}
    assert _events_of("双方随后举行了签约仪式。") == set()


def test_extract_events_a_launch_is_named_without_when_or_how_it_started() -> None:
    assert "首届北京朝阳国际灯光节启动" in _events_of("首届北京朝阳国际灯光节昨晚在朝阳公园启动。")
    assert "南极罗斯海新站主体工程建设启动" in _events_of("南极罗斯海新站主体工程建设全面启动。")


def test_extract_events_the_body_that_launched_a_meeting_holds_it() -> None:
    (event,) = _pipeline_events("由哥伦比亚政府发起的“委内瑞拉政治进程国际会议”25日在波哥大举行。")
    assert event.organizer == "哥伦比亚政府"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("与会嘉宾共同欣赏两国名曲，观看中秘合作成果展等。", "中秘合作成果展"),  # watched, not named so
        ("亲属冲入以色列议会会议现场。", "以色列议会会议"),
    ],
)
def test_extract_events_a_verb_before_the_name_is_not_part_of_it(text: str, name: str) -> None:
    assert _events_of(text) == {name}


def test_extract_events_a_plenum_only_grasped_is_no_event() -> None:
    assert not _events_of("全面认识把握全会对对外工作的战略部署。")


def test_extract_events_the_inviters_take_no_part_and_the_states_counted_are_named() -> None:
    text = (
        "应哈萨克斯坦共和国总统托卡耶夫、塔吉克斯坦共和国总统拉赫蒙邀请，国家主席习近平将于7月2日至6日"
        "出席上海合作组织成员国元首理事会第二十四次会议并对两国进行国事访问。"
    )
    events = {e.name: e for e in _pipeline_events(text)}
    assert list(events["上海合作组织成员国元首理事会第二十四次会议"].participants) == ["习近平"]
    assert "习近平对哈萨克斯坦、塔吉克斯坦国事访问" in events


def test_events_a_meeting_during_a_span_of_days_has_no_day_of_its_own() -> None:
    text = "国家副主席韩正于当地时间5月7日至9日访问葡萄牙，在里斯本分别会见德索萨总统和科斯塔总理。"
    dates = {e.name: e.date for e in _pipeline_events(text)}
    assert dates.get("韩正会见德索萨", "missing") is None and dates.get("韩正会见科斯塔", "missing") is None
    # a day of its own after the span dates it
    text = "韩正于5月7日至9日访问葡萄牙，8日在里斯本会见德索萨总统。"
    assert {e.name: e.date for e in _pipeline_events(text)}.get("韩正会见德索萨") == "2024-05-08"


def test_events_an_edition_before_a_quoted_name_is_part_of_it() -> None:
    text = "12月3日，首届“良渚论坛”在浙江省杭州市举办。希望各界朋友充分利用“良渚论坛”这个平台。"
    names = {e.name for e in _pipeline_events(text)}
    assert names == {"首届“良渚论坛”"}  # the later quoted mention is the same event
    assert "第二届“世界航商大会”" in {e.name for e in _pipeline_events("第二届“世界航商大会”今天在香港举行。")}
