"""The statements extractor on hand-written sentences, with hand-made mentions (so neither
jieba nor the entity extractors can change what these tests see)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kgbuild.config import load_settings
from kgbuild.errors import ConfigError
from kgbuild.extract import Found
from kgbuild.extract.statements import StatementExtractor, load_statement_words
from kgbuild.gazetteer import load_gazetteer
from kgbuild.model import Document, Extraction, Mention, SegmentedText, Statement, Token
from kgbuild.normalise import normalise
from kgbuild.pipeline import extract_document
from kgbuild.segment import split_sentences

#: Made-up names used by the sentences below: surface -> (kind, label).
NAMES = {
    "张三": ("person", "张三"),
    "李四": ("person", "李四"),
    "王五": ("person", "王五"),
    "赵六": ("person", "赵六"),
    "钱七": ("person", "钱七"),
    "孙八": ("person", "孙八"),
    "周九": ("person", "周九"),
    "吴十": ("person", "吴十"),
    "郑一": ("person", "郑一"),
    "陈三": ("person", "陈三"),
    "褚四": ("person", "褚四"),
    "水利部": ("organization", "水利部"),
    "财政部": ("organization", "财政部"),
    "教育部": ("organization", "教育部"),
    "科技部": ("organization", "科技部"),
    "星海日报": ("organization", "星海日报"),
    "气象台": ("organization", "气象台"),
    "乌克兰": ("place", "乌克兰"),
    "马里": ("place", "马里"),  # inside a foreign name below
    "以色列": ("place", "以色列"),
    "黎巴嫩真主党": ("organization", "黎巴嫩真主党"),
    "约翰·史密斯": ("person", "约翰·史密斯"),
    "郑重": ("person", "郑重"),  # as a tagger may read 郑重宣布
    "白皮书": ("person", "白皮书"),  # as a tagger may read it
    "星海党第五届中央委员会": ("organization", "星海党第五届中央委员会"),
    "星海党": ("organization", "星海党"),
    "星海协会": ("organization", "星海协会"),
}


@pytest.fixture(scope="module")
def extractor() -> StatementExtractor:
    return StatementExtractor(load_gazetteer())


#: Verbs a segmenter cuts as words of their own (a cue with no punctuation after it says
#: something only when it is a word: 表示, not the 表 of 表示出).
WORDS = re.compile("说明|呼吁|希望|表示|决定|建议|谴责|重申|认为|强调|说")


def _doc(text: str) -> tuple[SegmentedText, Found]:
    """The text as the extractor sees it, with every NAMES surface as a mention."""
    norm = normalise(Document(id="t", text=text, source="test"))
    tokens = tuple(Token(m.group(), m.start(), m.end(), "v") for m in WORDS.finditer(norm.text))
    seg = SegmentedText(norm=norm, tokens=tokens, sentences=split_sentences(norm.text))
    mentions = []
    for surface, (kind, label) in NAMES.items():
        for m in re.finditer(re.escape(surface), norm.text):
            category = None
            if kind == "organization":
                category = "media" if label.endswith("日报") else "other" if label.endswith("协会") else "government"
            mentions.append(Mention(kind, m.start(), m.end(), surface, label, category=category))
    return seg, Found(tuple(mentions))


def _statements(extractor: StatementExtractor, text: str) -> list[Statement]:
    seg, found = _doc(text)
    return [s for s in extractor(seg, found) if isinstance(s, Statement)]


def _said(extractor: StatementExtractor, text: str, expected: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(speaker, what was said cut to the length of the expected beginning) of each statement."""
    got = _statements(extractor, text)
    widths = [len(e) for _, e in expected] + [10] * len(got)
    return [(s.speaker, s.content[:w]) for s, w in zip(got, widths, strict=False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named person, a cue, a comma
        ("张三表示,今年的粮食产量稳中有升。", [("张三", "今年的粮食产量稳中")]),
        # a body's spokesperson with no name: the body speaks
        ("水利部新闻发言人表示,汛期各地要加强值守。", [("水利部", "汛期各地要加强值守")]),
        # a run of bodies joined by 和 announces; the announcement's own 决定 is not what was said
        (
            "教育部和科技部近日发布联合通知,决定自明年起开展试点工作。",
            [("教育部", "自明年起开展试点工作"), ("科技部", "自明年起开展试点工作")],
        ),
        # a request acted on (根据X要求, 传达X批示要求) is no statement; 他 is the one who spoke
        (
            "根据张三要求,李四赶赴现场。当晚,李四主持会议,传达张三批示要求,部署救援工作。他指出,要全力搜救。",
            [("李四", "要全力搜救")],
        ),
        # ... nor its 明确 / 明确提出
        ("教育部近日印发通知,明确政策支持范围扩大到近300所学校。", [("教育部", "政策支持范围扩大")]),
        # a cue opening a clause continues the sentence's speaker (and ends what the first
        # cue says)
        (
            "钱七在会见来访客人时说,两国合作潜力巨大,强调双方要深化交流。",
            [("钱七", "两国合作潜力巨大"), ("钱七", "双方要深化交流")],
        ),
        # 称 may take what was said with no punctuation
        ("孙八称将在下月访问邻国。", [("孙八", "将在下月访问邻国")]),
        # a phrase ending in 时 before the cue: the clause's subject speaks
        ("褚四参加小组讨论时说,要把各项任务落到实处。", [("褚四", "要把各项任务落到实处")]),
        # a bare title names the person last called so; a modal word starts what was said
        ("国家主席陈三出席会议。在会上,主席指出要坚持改革开放。", [("陈三", "要坚持改革开放")]),
        # a country's side speaks as the country, by its name or its one-character short name
        ("乌克兰方面称,前线局势总体稳定。", [("乌克兰", "前线局势总体稳定")]),
        ("俄方表示,愿继续推进对话进程。", [("俄罗斯", "愿继续推进对话进程")]),
        ("越方还表示,愿同各方加强合作。", [("越南", "愿同各方加强合作")]),
        # how it was said stands between the speaker and the cue (明确指出, 动情地说)
        ("张三明确指出,要把改革进行到底。", [("张三", "要把改革进行到底")]),
        ("李四多次动情地表示,这里的变化令人振奋。", [("李四", "这里的变化令人振奋")]),
        # 作为 opens what was said with no punctuation after a clause's cue
        ("张三会见李四,指出作为近邻,两国要加强合作。", [("张三", "作为近邻,两国要加强合作")]),
        # a notice named in 《》 after its verb
        ("教育部等三部门印发《通知》,部署今年的招生工作。", [("教育部", "部署今年的招生工作")]),
        # a country's 军方 is its armed forces
        ("以色列军方称,已拦截多架无人机。", [("以色列国防军", "已拦截多架无人机")]),
        # a speaker whose words are not given (表示遗憾) goes on after 并/还 with a bare cue
        ("水利部对此表示遗憾,并称将加快修复受损堤坝。", [("水利部", "将加快修复受损堤坝")]),
        # ... but one spoken to is not the speaker of the clause after
        ("张三向李四介绍了当地情况,表示两地合作前景广阔。", [("张三", "两地合作前景广阔")]),
        # who it was told to is not part of what was said
        ("赵六告诉记者,今年的订单比去年多了三成。", [("赵六", "今年的订单比去年多")]),
        # 据X当天发布的消息: X speaks
        ("据财政部当天发布的消息,新的补贴政策将于下月实施。", [("财政部", "新的补贴政策将于下月")]),
        # a meeting named after a body no extractor knew: the body speaks
        (
            "城乡供水保障工作领导小组会议5日在京召开。会议强调,要确保群众饮水安全。",
            [("城乡供水保障工作领导小组", "要确保群众饮水安全")],
        ),
        # a body's official with no name: the body speaks
        ("据当地媒体报道,财政部官员称,预算草案将于下周提交。", [("财政部", "预算草案将于下周提交")]),
        # a body that publishes, with punctuation after 发布
        ("水利部今天发布,今年汛期主要江河水势平稳。", [("水利部", "今年汛期主要江河水势平")]),
        # a paper in 《》 no extractor knew, with a verb of its own before 说
        ("《东湖晨报》评论说,这一举措将惠及更多家庭。", [("东湖晨报", "这一举措将惠及更多家庭")]),
        # a short aside in brackets after the name, a date with 本月 before the cue
        ("水利部(水利局)方面本月3日表示,各地水库蓄水充足。", [("水利部", "各地水库蓄水充足")]),
        # a headline's last words are not the story's filler
        ("两部门部署对接工作\n财政部16日称,补贴资金已经下达。", [("财政部", "补贴资金已经下达")]),
        # a country's representative with no name: the country speaks
        ("乌克兰代表表示,愿同各方加强沟通。", [("乌克兰", "愿同各方加强沟通")]),
        # a party's armed wing is a body of its own
        ("黎巴嫩真主党武装当天称,袭击了边境附近的目标。", [("黎巴嫩真主党武装", "袭击了边境附近的目标")]),
        # what the speaker did before speaking, joined by 并
        ("张三出席开工仪式并表示,项目建成后将惠及沿线群众。", [("张三", "项目建成后将惠及沿线群众")]),
        # 就X问题 between the speaker and the cue; a body as a side (X方)
        ("李四11日晚就粮食安全问题表示,要稳住播种面积。", [("李四", "要稳住播种面积")]),
        ("财政部方当天称,补贴已全部发放。", [("财政部", "补贴已全部发放")]),
        # 就此 between the speaker and the cue
        ("李四就此表示,相关工作将按计划推进。", [("李四", "相关工作将按计划推进")]),
        # an article's author speaks for it when no earlier statement came from it
        ("《星海日报》刊发张三的署名文章。文章指出,要坚持开放合作。", [("张三", "要坚持开放合作")]),
        # 并表示 after an act that is no speech: the one who opens the sentence or clause
        ("张三感谢各方的支持,并表示,明年将继续扩大合作。", [("张三", "明年将继续扩大合作")]),
        ("李四祝贺大会顺利召开并表示,两国友谊源远流长。", [("李四", "两国友谊源远流长")]),
        # ... not one named as an object (对X表示), nor across a clause a group opens
        ("王五会见张三时,向张三转达问候,强调两国是好邻居。", [("王五", "两国是好邻居")]),
        # 他 opening the sentence is the subject of a cue that opens a later clause
        ("李四出席了开幕式。他首先向来宾致以问候,表示,合作前景十分广阔。", [("李四", "合作前景十分广阔")]),
        # how it was said is no name, whatever a tagger made of it (郑重 is one in NAMES)
        ("张三郑重宣布,大会正式开幕。", [("张三", "大会正式开幕")]),
        # a long quotation straight after a cue is what was said
        ("在考察时,张三强调“要把科技创新摆在更加重要的位置,下好先手棋”。", [("张三", "“要把科技创新摆在")]),
        # a date with its year, 当地时间 and how it was said (亲切地, 笑着) before the cue
        ("财政部2022年12月31日称,补贴已经发放。", [("财政部", "补贴已经发放")]),
        ("水利部当地时间今天(9月23日)称,水位已回落。", [("水利部", "水位已回落")]),
        ("张三亲切地对大家说,日子会越过越好。", [("张三", "日子会越过越好")]),
        # a surname and a title after the full name with that title (陈主席 after 陈三主席)
        ("陈三主席出席会议。陈主席强调,要坚持改革开放。", [("陈三", "要坚持改革开放")]),
        # a sentence with no subject that opens with a cue goes on with the sentence before
        ("张三指出,要坚持开放合作。强调各方要加强沟通。", [("张三", "要坚持开放合作"), ("张三", "各方要加强沟通")]),
        # 并表示 goes on with the clause's speaker, with what was said bare after it
        (
            "水利部发表声明,呼吁各方加强防范,并表示汛情仍在发展。",
            [("水利部", "各方加强防范"), ("水利部", "汛情仍在发展")],
        ),
        # two people joined by 和 both speak
        (
            "张三总统和李四总理均高度评价双方合作,认为合作成果丰硕。",
            [("张三", "合作成果丰硕"), ("李四", "合作成果丰硕")],
        ),
        # 大会指出: the body whose congress it is, not one whose plenary met during it
        (
            "星海党第五次全国代表大会在京闭幕。会议期间举行的星海党第五届中央委员会第一次全体会议选举了主席。"
            "大会指出,本次大会是团结的大会。",
            [("星海党", "本次大会是团结的大会")],
        ),
        # an instruction's author speaks for 批示指出; a paper's editorial is the paper's voice
        ("张三对防汛工作作出重要批示。批示指出:各地要压实责任。", [("张三", "各地要压实责任")]),
        ("星海日报将发表社论。社论指出,这是一次团结的大会。", [("星海日报", "这是一次团结的大会")]),
        # what the speaker did before speaking, joined by 并 before 发表讲话
        ("张三主持座谈会并发表重要讲话强调,要做好下半年工作。", [("张三", "要做好下半年工作")]),
        # a name after a title ending like an object mark (司令, 大使) is still the subject
        ("星海党主席兼总司令张三颁布法令,宣布解散该部队所属机构。", [("张三", "解散该部队所属机构")]),
        # a group after a verb (保障群众生活) opens no clause of its own
        ("张三主持会议,部署保供稳价工作,保障群众生活,要求抓实民生工作。", [("张三", "抓实民生工作")]),
        # a sentence that opens with 提出 as a noun does not go on with the speaker before
        (
            "张三指出,今年是我提出这一倡议十周年。提出这一倡议的初心,是促进发展。",
            [("张三", "今年是我提出这一倡议十周年")],
        ),
        # a sentence opening with 会议 is the meeting speaking, not one whose words it heard
        (
            "财政部召开会议。会议传达张三重要讲话精神,研究部署工作,强调要全面落实各项任务。",
            [("财政部", "要全面落实各项任务")],
        ),
        # a notice's own verb before what it says is not part of it
        ("教育部等五部门联合印发《通知》要求,自明年起不再发放报到证。", [("教育部", "自明年起不再发放报到证")]),
        # a report carrying a named speaker's words is no statement of its own
        ("据《星海日报》报道,张三在接受采访时称,当地将新建两座水库。", [("张三", "当地将新建两座水库")]),
        # the clauses after a semicolon go on with the sentence's speaker
        (
            "张三出席了开幕式,表示要加强合作;参观了展览,表示愿深化两国交流。",
            [("张三", "要加强合作"), ("张三", "愿深化两国交流")],
        ),
        # a cue right after its speaker's name may have what was said straight after it
        ("李四希望各方保持克制。", [("李四", "各方保持克制")]),
        ("财政部决定下调部分商品关税。", [("财政部", "下调部分商品关税")]),
        ("王五表示,局势令人担忧,他呼吁各方保持克制。", [("王五", "局势令人担忧"), ("王五", "各方保持克制")]),
        # 他 after a speaker of the same sentence is that speaker
        (
            "张三会见李四。王五宣布明年举办论坛,他再次呼吁各方加强合作。",
            [("王五", "明年举办论坛"), ("王五", "各方加强合作")],
        ),
        # a side after its leader has spoken goes on with the leader's words
        ("张三表示,两国关系发展良好。乌方希望深化合作。", [("张三", "两国关系发展良好")]),
        # people joined by 和 speak together
        (
            "张三总统和李四总理表示,两国关系发展势头良好。",
            [("张三", "两国关系发展势头良好"), ("李四", "两国关系发展势头良好")],
        ),
        # a foreign name's last part names the person again
        (
            "约翰·史密斯表示,会谈富有成果。史密斯还说,双方将保持沟通。",
            [("约翰·史密斯", "会谈富有成果"), ("约翰·史密斯", "双方将保持沟通")],
        ),
        # 他 opening what a cue says is the next cue's speaker, the one the sentence is about
        ("张三会见李四。王五16日称,他认为袭击是蓄意的。", [("王五", "袭击是蓄意的")]),
        # a speaker named again after 还 makes a second statement
        ("水利部称,已加固堤坝,水利部还称将增派人员驰援。", [("水利部", "已加固堤坝"), ("水利部", "将增派人员")]),
        # what one often says; a body's website speaks for it; a forecast is said
        ("张三常说:“办案子就是办民生。”", [("张三", "“办案子就是办民生。”")]),
        ("水利部网站今天发布消息说,多地水位回落。", [("水利部", "多地水位回落")]),
        ("气象台预计,明天起气温将明显下降。", [("气象台", "明天起气温将明显下降")]),
        # bodies joined by 会同 speak together
        (
            "水利部会同财政部联合会商,要求各地做好防汛准备。",
            [("水利部", "各地做好防汛准备"), ("财政部", "各地做好防汛准备")],
        ),
        # 双方 after a meeting of two people: both speak
        (
            "张三在北京会见李四,双方强调维护地区和平稳定的重要性。",
            [("张三", "维护地区和平稳定"), ("李四", "维护地区和平稳定")],
        ),
        # a first person with a named one: the words of whoever says 我
        ("张三表示,合作成果丰硕。我同李四总统一致认为,要深化互利合作。", [("张三", "合作成果丰硕")]),
        # a listed set of points put forward is what was said
        ("张三就深化两国合作提出三点建议:\n一是加强政策沟通,深化互信。", [("张三", "一是加强政策沟通")]),
        # 希望 after an act of the subject says what follows; after words said it goes on with them
        ("张三充分肯定当地发展成就,希望当地再接再厉。", [("张三", "当地再接再厉")]),
        ("张三表示,两国关系发展良好,希望双方加强合作。", [("张三", "两国关系发展良好,希望双方加强合作")]),
        # a report quoting a body's message; 当时 before a cue
        ("星海日报援引财政部的消息称,明年将减免部分税费。", [("财政部", "明年将减免部分税费")]),
        ("张三当时还称,袭击针对的是军事目标。", [("张三", "袭击针对的是军事目标")]),
        # a country opening a clause before its cue acts as a body; its media or officials do not
        ("以色列当天宣布,将暂停向当地供电。", [("以色列", "将暂停向当地供电")]),
        ("张三表示,两国关系稳定。以色列希望进一步深化合作。", [("张三", "两国关系稳定")]),
        # a speaker named again in what it says makes no second statement
        ("水利部宣布,根据汛情,水利部决定启动应急响应。", [("水利部", "根据汛情")]),
        # a document a body issues speaks for it in a later sentence; its purpose is no words said
        (
            "财政部、教育部日前印发《关于加强学生资助工作的意见》,促进教育公平。《意见》指出,资助工作事关民生。",
            [("财政部", "资助工作事关民生"), ("教育部", "资助工作事关民生")],
        ),
        # a statement whose words follow another cue is still the medium a later sentence names
        (
            "水利部发表声明,重申将加固沿江堤坝。声明说,汛情仍在发展。",
            [("水利部", "将加固沿江堤坝"), ("水利部", "汛情仍在发展")],
        ),
        # a notice sent down (下发) speaks again as 通知
        (
            "水利部联合下发通知,要求各地做好防汛准备。通知要求,各地要加强值守。",
            [("水利部", "各地做好防汛准备"), ("水利部", "各地要加强值守")],
        ),
        # an association's congress speaks for the association
        ("星海协会第三次全国代表大会在京召开。会议强调,要团结广大会员。", [("星海协会", "要团结广大会员")]),
        # a date between the name and 就; 此前曾 before a verb of saying; a quoted name in 在...上
        ("张三13日就日前发布的年度报告表示,经济复苏仍面临挑战。", [("张三", "经济复苏仍面临挑战")]),
        ("张三此前曾表示,两国合作潜力巨大。", [("张三", "两国合作潜力巨大")]),
        ("水利部负责人今天在“权威部门话开局”发布会上表示,今年将加快水网建设。", [("水利部", "今年将加快水网建设")]),
        ("张三出席会议。张三特别强调,要守住安全底线。", [("张三", "要守住安全底线")]),
        # a verb before 说 read with the 说 after it, after an 在 that is part of a name
        ("对此,最大在野党星海党指责说,这一决定缺乏依据。", [("星海党", "这一决定缺乏依据")]),
        # part of a month, 曾多次 and 深情 before the cue
        ("财政部今年2月中旬曾警告称,赤字可能继续扩大。", [("财政部", "赤字可能继续扩大")]),
        ("张三此前曾多次表示,不会参加下届选举。", [("张三", "不会参加下届选举")]),
        ("张三深情宣告:我们实现了第一个目标。", [("张三", "我们实现了第一个目标")]),
        # who it was said to (向X) is never the speaker; how strongly it was asked
        ("以色列13日向水利部通报称,已完成边境撤离。", [("以色列", "已完成边境撤离")]),
        ("财政部强烈呼吁,各方尽快恢复谈判。", [("财政部", "各方尽快恢复谈判")]),
        # 为 opens what was asked for (not the 为 of 称为)
        ("张三要求各方停火,呼吁为灾区提供援助。", [("张三", "各方停火"), ("张三", "为灾区提供援助")]),
        # countries listed together speak together
        (
            "12日,以色列、乌克兰均表示,将延长限制措施。",
            [("以色列", "将延长限制措施"), ("乌克兰", "将延长限制措施")],
        ),
        ("以色列、乌克兰等国3日宣布,暂停相关航班。", [("以色列", "暂停相关航班"), ("乌克兰", "暂停相关航班")]),
        # a notice's words are its own, even when they open with another body
        (
            "水利部印发《关于做好防汛工作的通知》。《通知》指出,财政部决定,增拨救灾资金。",
            [("水利部", "财政部决定,增拨救灾资金")],
        ),
        # 一致认为 after a meeting, in its clause or in the sentence after one that opens with it
        (
            "星海党第五届中央委员会第一次全体会议在京举行。全会总结了过去一年的工作。一致认为,各项任务全面完成。",
            [("星海党第五届中央委员会", "各项任务全面完成")],
        ),
        # a title or a rank after a person's name
        ("张三委员发言说,要稳定市场预期。", [("张三", "要稳定市场预期")]),
        ("李四大将表示,军队要加强训练。", [("李四", "军队要加强训练")]),
        # bodies listed with 等 speak together; last week or later that day before the cue
        (
            "水利部、财政部等均表示,将继续加强防汛。",
            [("水利部", "将继续加强防汛"), ("财政部", "将继续加强防汛")],
        ),
        ("财政部上周宣布,将发行特别国债。", [("财政部", "将发行特别国债")]),
        ("水利部晚些时候称,水位已经回落。", [("水利部", "水位已经回落")]),
        # a report published with words between its verb and it; it speaks again later
        (
            "财政部近日发布的年度报告称,财政收入稳步增长。报告指出,支出结构持续优化。",
            [("财政部", "财政收入稳步增长"), ("财政部", "支出结构持续优化")],
        ),
        ("水利部9日发布2024年《水资源公报》称,全国用水总量保持平稳。", [("水利部", "全国用水总量保持平稳")]),
        ("张三当选后发表感言表示,将全力服务市民。", [("张三", "将全力服务市民")]),
        # an article no one signed is the paper's; one whose work was published is the author
        ("星海日报发表评论员文章。文章指出,要坚持开放合作。", [("星海日报", "要坚持开放合作")]),
        ("星海日报发表张三在大会上的报告的一部分。文章强调,要坚持改革。", [("张三", "要坚持改革")]),
        # a long report about a person is not that person's words: the paper that published it speaks
        ("星海日报将发表长篇通讯《张三带领我们前进》。文章说,十年来变化巨大。", [("星海日报", "十年来变化巨大")]),
        # the medium of a statement earlier in the sentence, opening a later clause
        (
            "水利部17日发布声明,对堤坝受损表示关注,声明称,汛情正在发展。",
            [("水利部", "对堤坝受损表示关注"), ("水利部", "汛情正在发展")],
        ),
        # 等多国 after countries listed
        (
            "以色列、乌克兰等多国先后表示,将延长限制措施。",
            [("以色列", "将延长限制措施"), ("乌克兰", "将延长限制措施")],
        ),
        # a body after 在 is where it was said, not who said it
        ("据悉,有学者近日在星海日报网站发表评论文章指出,改革势在必行。", []),
        # a document whose title names the bodies that issue it
        (
            "《国务院 中央军委关于加强国防教育的意见》日前发布。《意见》提出,要加强全民国防教育。",
            [("国务院", "要加强全民国防教育"), ("中央军事委员会", "要加强全民国防教育")],
        ),
        # a side's representative speaks for the country
        ("中方代表在会上发言表示,各方应当坚持对话协商。", [("中国", "各方应当坚持对话协商")]),
        # a report opening a sentence: the one who published it, in that sentence or the one before
        ("星海协会12日发布《2024年行业发展报告》,报告指出,行业规模持续扩大。", [("星海协会", "行业规模持续扩大")]),
        ("星海协会发布新一期《行业展望》报告。报告说,明年需求将稳步回升。", [("星海协会", "明年需求将稳步回升")]),
        (
            "水利部今天举行新闻发布会,发布《中国水利发展》白皮书。\n白皮书指出,十年来水利投资大幅增长。",
            [("水利部", "十年来水利投资大幅")],
        ),
        # a body's official after 据, and a body's representative (not a deputy of it)
        ("另据财政部官员4日称,明年预算将适度扩大。", [("财政部", "明年预算将适度扩大")]),
        ("星海协会一名代表当天表示,不排除举行罢工。", [("星海协会", "不排除举行罢工")]),
        # whose report or statement it is (not who it is about)
        ("气象台的报告称,今年汛期降水偏多。", [("气象台", "今年汛期降水偏多")]),
        # who speaks for whom: the person, not the body
        ("张三委员代表星海协会发言说,要加快行业转型。", [("张三", "要加快行业转型")]),
        # what the speaker did before speaking, with a meeting in it
        ("张三出席会议并发表重要讲话强调,要全面推进乡村振兴。", [("张三", "要全面推进乡村振兴")]),
        # a report carrying someone's words: a later 报道称 is still the report's
        (
            "据星海日报报道,财政部官员称,今年税收稳步增长。报道称,各地财力总体平稳。",
            [("财政部", "今年税收稳步增长"), ("星海日报", "各地财力总体平稳")],
        ),
        # a body's meeting that decided, before its decision
        ("经星海协会常务会议研究,决定给予张三通报批评。", [("星海协会", "给予张三通报批评")]),
        # where it was said opens the clause: the sentence's subject speaks
        ("张三看望了一线职工,在同大家交谈时强调,安全生产要常抓不懈。", [("张三", "安全生产要常抓不懈")]),
        # the two named in the paragraph before speak together
        (
            "张三和李四举行会谈。\n两国总理充分肯定合作成果。双方一致认为,合作潜力巨大。",
            [("张三", "合作潜力巨大"), ("李四", "合作潜力巨大")],
        ),
        # an article a paper published: the paper speaks
        (
            "星海日报今天刊发题为《合作共赢》的文章。文章说,双方合作成果丰硕。",
            [("星海日报", "双方合作成果丰硕")],
        ),
        ("星海日报今天播发长篇通讯《奋斗》。\n文章指出,十年来发展成就举世瞩目。", [("星海日报", "十年来发展成就")]),
        # the two countries the paragraph names speak together
        (
            "以色列与乌克兰签署联合声明,两国宣布即日起恢复直航。",
            [("以色列", "即日起恢复直航"), ("乌克兰", "即日起恢复直航")],
        ),
        # a later 报道称 is the report named last, even one that names no one
        (
            "据星海日报报道,张三表示,工程将如期完工。外媒援引有关官员的消息报道称,工期可能推迟。报道称,相关方面正在协商。",
            [("张三", "工程将如期完工")],
        ),
        # a body and a country joined by 和 speak as two sides
        (
            "黎巴嫩真主党和以色列均称,对方先发动了袭击。",
            [("黎巴嫩真主党", "对方先发动了袭击"), ("以色列", "对方先发动了袭击")],
        ),
        (
            "以色列和黎巴嫩真主党均称,对方先发动了袭击。",
            [("以色列", "对方先发动了袭击"), ("黎巴嫩真主党", "对方先发动了袭击")],
        ),
        # a body referred back to is the one that spoke last, not one named in what it said
        (
            "星海协会表示,财政部已拨付救灾资金。该机构强调,灾区重建任务艰巨。",
            [("星海协会", "财政部已拨付救灾"), ("星海协会", "灾区重建任务艰巨")],
        ),
        # what a report shows is data; what it then says is its publisher's
        ("星海协会发布的年度报告显示,会员数量增长一成。报告指出,行业前景向好。", [("星海协会", "行业前景向好")]),
        # what was put forward named before a colon: what was said follows it
        ("张三在座谈会上提出重大论断:创新是引领发展的第一动力。", [("张三", "创新是引领发展的")]),
        # one named with others (X等)
        ("张三等表示,很高兴访问美丽的星海。", [("张三", "很高兴访问美丽的")]),
        # a report whose title the story shortens (以下简称《报告》)
        (
            "水利部今天发布《2023年水资源报告》(以下简称《报告》)。《报告》指出,全国用水总量保持平稳。",
            [("水利部", "全国用水总量保持")],
        ),
        # where it was said, 在...前
        ("张三在会谈开始前表示,双方合作前景广阔。", [("张三", "双方合作前景广阔")]),
        # a document whose title ends with its years, then what it is for before it speaks
        (
            "财政部印发了《星海试点实施方案(2024—2026年)》。为推进试点,《方案》要求,各地要压实责任。",
            [("财政部", "各地要压实责任")],
        ),
        # proposals counted, then listed after the sentence that counts them
        ("张三提出三点倡议。一是深化分工协作,推动产业发展。二是加强合作。", [("张三", "一是深化分工协作")]),
        ("李四就星海合作提出四点主张:第一,坚持开放。", [("李四", "第一,坚持开放")]),
        # a time word between the body and the verb of 据X介绍 is no part of the body
        ("据气象台此前介绍,本周将有强降雨。", [("气象台", "本周将有强降雨")]),
        # a body's experts speak for it
        ("气象台相关专家表示,本周将有强降雨。", [("气象台", "本周将有强降雨")]),
    ],
)
def test_extract_statements_speaker_and_content(extractor, text, expected) -> None:
    assert _said(extractor, text, expected) == expected


def test_extract_statements_pronoun_in_next_sentence_is_the_person_before(extractor) -> None:
    expected = [("李四", "要加快建设新型基础设施")]
    assert _said(extractor, "李四出席了开幕式。他强调,要加快建设新型基础设施。", expected) == expected


def test_extract_statements_pronoun_is_the_last_speaker_not_a_name_in_what_was_said(extractor) -> None:
    expected = [("王五", "赵六的团队完成了任务"), ("王五", "明年将扩大试点范围")]
    assert _said(extractor, "王五表示,赵六的团队完成了任务。她还说,明年将扩大试点范围。", expected) == expected


@pytest.mark.parametrize(
    "text",
    [
        "有关人士表示,市场总体平稳,价格有所回落。",
        # a body named in what a generic speaker said does not become the speaker of a later cue
        "有关人士表示,财政部将出台新举措,强调要防范各类风险。",
        "外媒称,当地旅游收入创下新高。",
        # deputies of a body are not its voice
        "财政部代表表示,将进一步优化支出结构。",
        # 并 before a cue goes on only with an earlier speaker of the sentence, not its subject
        "李四出席启动仪式,并宣布活动正式开始。",
        # a feeling shown after 表示 is no words said
        "张三会见李四,对会议成功召开表示热烈祝贺。",
        "张三向李四颁发证书,表示祝贺。",
        # one named after 对 is no subject
        "各界人士对张三逝世深表悲痛,表示他为国家发展作出了重要贡献。",
        # a group opening a clause after the subject speaks for itself
        "张三访问当天,大批民众聚集在广场上,要求停止战争。",
        # a body through which a statement is made is not its speaker
        "据报道,当地一名官员通过星海日报发表声明,否认了相关说法。",
        # 要求 as a noun before 和 (符合党中央要求和群众期待)
        "人选符合财政部要求和群众期待,符合实际。",
        # a document (白皮书) is no speaker, whatever a tagger made of it
        "白皮书全面介绍了理念的时代背景,呼吁各国弘扬全人类共同价值。",
        # a group opening the sentence speaks of the person it praises, not for them
        "各方均高度赞赏张三提出的理念,表示在许多问题上同中方立场相近。",
        # 提出 naming what was put forward (殷切期望, 对策建议) says nothing
        "张三近日给同学们回信,提出殷切期望,并向全国青年致以问候。",
        # 表明 after a clause is what something shows, not words said
        "星海党成为覆盖面积最大的区域性组织,表明团结精神日益深入人心。",
        # 当大会宣布...时: when something happened
        "星海党第五次全国代表大会在京举行。当大会宣布张三当选时,全场响起热烈掌声。",
        # after 同时 an act (谴责) is no words said
        "张三对袭击予以谴责,同时谴责有关方面阻碍调查,破坏地区稳定。",
        # a feeling shown, however it is qualified
        "张三对李四表示最热烈的欢迎。",
        # a cue that is part of a longer word says nothing without punctuation
        "张三说明情况后离开。",
        "以色列媒体称,当地气温将继续升高。",
        "乌克兰官员称,当地气温将继续升高。",
        # a body after 对于 is what is spoken about
        "对于财政部决定下调部分商品关税,各界反应积极。",
        # a report whose speaker is not named is no statement of its own
        "据《星海日报》报道,一名高级官员在接受采访时称,当地将新建两座水库。",
        # figures a body publishes are data, not words said
        "最新数据显示,今年前三季度全国粮食产量稳中有升。",
        "财政部最新统计数据显示,1—9月全国一般公共预算收入平稳增长。",
        "水利部今天(5月6日)发布的数据显示,今年汛期来得偏早。",
        "据星海协会统计,去年全行业营业收入增长一成。",
        "张三的表现显示,他已做好了充分准备。",
    ],
)
def test_extract_statements_generic_speaker_gives_nothing(extractor, text) -> None:
    assert _statements(extractor, text) == []


def test_extract_statements_cue_inside_a_quotation_is_not_the_quoted_speaker(extractor) -> None:
    text = "张三说:“去年李四来到我们村考察,强调要发展特色产业,让我们很受鼓舞。”"
    assert [s.speaker for s in _statements(extractor, text)] == ["张三"]


def test_extract_statements_cue_inside_what_was_said_is_told_not_said(extractor) -> None:
    text = "张三表示,去年李四同王五共同宣布两国建立伙伴关系,合作成果丰硕。王五表示,愿深化合作。"
    expected = [("张三", "去年李四同王五共同宣布"), ("王五", "愿深化合作")]
    assert _said(extractor, text, expected) == expected


def test_extract_statements_body_passing_on_a_person_s_words_is_not_the_speaker(extractor) -> None:
    text = "据报道,财政部官员称,张三在会见客人时表示,将继续推进改革。"
    assert [(s.speaker, s.content) for s in _statements(extractor, text)] == [("张三", "将继续推进改革")]


def test_extract_statements_two_speakers_in_one_sentence_each_say_their_part(extractor) -> None:
    text = "针对李四称将提高关税,张三表示,加征关税无助于解决问题。"
    got = [(s.speaker, s.content) for s in _statements(extractor, text)]
    assert got == [("李四", "将提高关税"), ("张三", "加征关税无助于解决问题")]


def test_extract_statements_generic_report_is_not_an_earlier_medium(extractor) -> None:
    text = "《星海日报》报道称,当地旅游收入创新高。有媒体报道称,多地出现降温。报道还说,气温将继续走低。"
    assert [s.content for s in _statements(extractor, text)] == ["当地旅游收入创新高"]


def test_extract_statements_medium_speaks_again(extractor) -> None:
    text = "《星海日报》日前报道称,当地旅游收入创新高。报道称,游客人数同比增长两成。"
    expected = [("星海日报", "当地旅游收入创新高"), ("星海日报", "游客人数同比增长两成")]
    assert _said(extractor, text, expected) == expected


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a quotation that is all of what was said ends at its closing quote
        ("周九说:“我们一定完成任务。”随后离开了现场。", "“我们一定完成任务。”"),
        # a quoted term opening what was said does not end it
        ("吴十强调,“十四五”期间要稳步推进改革。", "“十四五”期间要稳步推进改革"),
    ],
)
def test_extract_statements_content_ends_where_the_saying_ends(extractor, text, content) -> None:
    assert [s.content for s in _statements(extractor, text)] == [content]


def test_extract_statements_headline_gives_nothing(extractor) -> None:
    expected = [("郑一", "两国将在多个领域加强合作")]
    assert _said(extractor, "郑一称两国将加强合作\n郑一表示,两国将在多个领域加强合作。", expected) == expected


def test_extract_statements_spans_slice_the_text_and_are_distinct(extractor) -> None:
    text = "钱七在会见来访客人时说,两国合作潜力巨大,强调双方要深化交流。他还表示,合作前景广阔。"
    seg, found = _doc(text)
    statements = list(extractor(seg, found))
    assert len(statements) == 3
    for s in statements:
        assert 0 <= s.start < s.content_start < s.content_end == s.end <= len(seg.text)
        assert seg.text[s.content_start : s.content_end].strip() == s.content
    assert len({(s.start, s.end) for s in statements}) == len(statements)


def test_extract_statements_words_file_rejects_an_unknown_role(tmp_path: Path) -> None:
    (tmp_path / "statement_words.tsv").write_text("word\trole\n表示\tverb\n", encoding="utf-8")
    (tmp_path / "statement_sides.tsv").write_text("short\tcountry\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown role"):
        load_statement_words(str(tmp_path))


def test_statements_many_speakers_of_one_content_never_crash() -> None:
    """Three bodies issue one notice and a later cue ends on the same text: each statement
    needs a span of its own, and when none is left the extra one is dropped (it used to stop
    the whole build)."""
    text = (
        "多举措巩固工业经济\n工业和信息化部、国家发展改革委、国资委日前联合印发《关于加力振作工业经济的通知》，"
        "从夯实工业经济回稳基础等多方面，提出接下来振作工业经济的一系列举措。"
    )
    found = extract_document(Document("t", text, "t.txt", date="2022-11-22"), load_settings())
    statements = [r for r in found.relations if isinstance(r, Statement)]
    assert len({(s.start, s.end) for s in statements}) == len(statements)
    assert {"工业和信息化部", "国家发展和改革委员会", "国务院国有资产监督管理委员会"} <= {s.speaker for s in statements}


def _with_words(text: str, words: dict[str, str]) -> tuple[SegmentedText, Found]:
    """_doc, with the given words (word -> jieba tag) among the tokens."""
    seg, found = _doc(text)
    extra = [Token(w, m.start(), m.end(), pos) for w, pos in words.items() for m in re.finditer(re.escape(w), seg.text)]
    tokens = tuple(sorted((*seg.tokens, *extra), key=lambda t: t.start))
    return SegmentedText(norm=seg.norm, tokens=tokens, sentences=seg.sentences), found


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        # a foreign name no extractor knew, between a title and its cue
        ("乌克兰国防部长安德烈科24日表示,乌方将继续加强防空能力。", {"安德烈": "x", "科": "nr"}, "安德烈科"),
        # every character a foreign name's, though a tagger saw a place in it (马里)
        ("星海国政府发言人马里纳基斯28日表示,此举前所未有。", {"马里": "ns", "纳": "nr", "基斯": "nz"}, "马里纳基斯"),
        # a surname and a given name jieba reads as a verb (许/m 甘露/v)
        ("移民局局长许甘露介绍,今年出入境人员明显增多。", {"许": "m", "甘露": "v"}, "许甘露"),
    ],
)
def test_extract_statements_name_after_a_title_is_a_person(extractor, text, words, name) -> None:
    seg, found = _with_words(text, words)
    got = list(extractor(seg, found))
    assert [s.speaker for s in got if isinstance(s, Statement)] == [name]
    people = [m for m in got if isinstance(m, Mention)]
    assert [(m.kind, m.text) for m in people] == [("person", name)]
    assert all(seg.text[m.start : m.end] == m.text for m in people)


def test_extract_statements_name_after_a_title_is_found_again_later(extractor) -> None:
    text = "俄罗斯外交部发言人扎卡洛娃表示,俄方将作出回应。扎卡洛娃还说,制裁不会奏效。"
    seg, found = _with_words(text, {"扎卡": "x", "洛娃": "nr"})
    got = list(extractor(seg, found))
    assert [s.speaker for s in got if isinstance(s, Statement)] == ["扎卡洛娃", "扎卡洛娃"]
    assert len([m for m in got if isinstance(m, Mention)]) == 2


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("总统随即表示,将于下周访问邻国。", {"随即": "d"}),  # an adverb, not a name
        ("总统府发表声明称,总统将出席峰会。", {}),  # the office, not a person
        ("大会主席团决定,会议议程不变。", {"主席团": "n"}),
        ("总书记亲切地说,大家辛苦了。", {"亲切": "a"}),
    ],
)
def test_extract_statements_words_after_a_title_that_name_no_one(extractor, text, words) -> None:
    seg, found = _with_words(text, words)
    assert not [m for m in extractor(seg, found) if isinstance(m, Mention)]


def test_extract_statements_name_before_a_title_opening_a_clause_is_a_person(extractor) -> None:
    text = "会上,多位委员作大会发言。/何建平委员发言说,要加快农业强国建设。".replace("/", "\n")
    got = list(extractor(*_with_words(text, {"何建平": "nr"})))
    assert [(s.speaker, s.content[:4]) for s in got if isinstance(s, Statement)] == [("何建平", "要加快农")]
    assert [m.text for m in got if isinstance(m, Mention)] == ["何建平"]


def test_extract_statements_name_titled_elsewhere_speaks(extractor) -> None:
    """A name written after a title in one sentence (会见X国外长Y) speaks when a later
    sentence opens with it before a cue, and a part of a known name stays that person."""
    text = "王五会见星海国外长德拉科维奇。德拉科维奇表示,两国友谊源远流长。"
    seg, found = _with_words(text, {"德拉": "x", "科维奇": "nrt"})
    got = list(extractor(seg, found))
    assert [(s.speaker, s.content[:4]) for s in got if isinstance(s, Statement)] == [("德拉科维奇", "两国友谊")]
    assert [m.start for m in got if isinstance(m, Mention)] == [text.index("德拉"), text.index("。德拉") + 1]
    text = "约翰·史密斯接受专访。史密斯表示,两国合作前景广阔。"
    got = list(extractor(*_with_words(text, {})))
    assert [s.speaker for s in got if isinstance(s, Statement)] == ["约翰·史密斯"]
    assert not [m for m in got if isinstance(m, Mention)]


def test_extract_statements_name_before_comrade_opening_a_clause_is_a_person(extractor) -> None:
    text = "代表团分组讨论了报告。/何建平同志说,要加快农业强国建设。".replace("/", "\n")
    got = list(extractor(*_with_words(text, {"何建平": "nr"})))
    assert [(s.speaker, s.content[:4]) for s in got if isinstance(s, Statement)] == [("何建平", "要加快农")]


def test_extract_statements_standing_organ_of_a_body_decides(extractor) -> None:
    text = "星海协会第五届全国委员会第十二次主席会议在京召开。会议审议了工作报告,决定将报告提请常务委员会审议。"
    got = [(s.speaker, s.content[:6]) for s in _statements(extractor, text) if isinstance(s, Statement)]
    assert got == [("星海协会主席会议", "将报告提请常")]


def test_extract_statements_congress_no_extractor_marked_is_its_body_s(extractor) -> None:
    # (中国共产党 is in the gazetteer; the hand-made mentions leave it unmarked, as an event
    # extractor that takes the whole congress would)
    text = "中国共产党第二十次全国代表大会在京闭幕。\n大会认为,报告阐明的大会主题是大会的灵魂。"
    got = [(s.speaker, s.content[:6]) for s in _statements(extractor, text) if isinstance(s, Statement)]
    assert got == [("中国共产党", "报告阐明的大")]


def _pipeline(text: str) -> Extraction:
    """What the whole pipeline extracts from text."""
    return extract_document(Document(id="t", text=text, source="t.txt", date="2024-05-10"), load_settings())


def _pipeline_statements(text: str) -> set[tuple[str, str]]:
    """(speaker, cue) of each statement the whole pipeline finds in text."""
    return {(r.speaker, r.cue) for r in _pipeline(text).relations if isinstance(r, Statement)}


@pytest.mark.parametrize(
    "text",
    [
        # a saying, a verb of saying with its object, an unnamed official of a state
        "中国古语说：“治国有常，而利民为本。”",
        "金砖国家要说公道话、办公道事，不拿原则做交易。",
        "据报道，一名美国官员表示，美国正向遭袭基地运送更多防空装备。",
    ],
)
def test_statements_none_from_sayings_objects_or_unnamed_officials(text: str) -> None:
    assert not _pipeline_statements(text)


def test_statements_admitting_and_criticising_are_cues() -> None:
    found = _pipeline_statements(
        "英国首相特拉斯承认，其领导的政府犯了错误。伊朗外交部发言人卡纳尼批评，美国干涉伊朗内政。"
    )
    assert {("特拉斯", "承认"), ("卡纳尼", "批评")} <= found
    # a named body still speaks (美国国务院表示)
    assert ("美国国务院", "表示") in _pipeline_statements("美国国务院表示，将继续支持谈判。")


def test_statements_said_while_on_a_visit_or_in_a_war_report() -> None:
    text = (
        "2023年11月，习近平主席访美期间宣布，中方未来5年愿邀请5万名美国青少年来华交流学习。"
        "俄罗斯国防部10日发布一周战报称，俄军使用了高超音速导弹。"
    )
    assert {("习近平", "宣布"), ("俄罗斯国防部", "称")} <= _pipeline_statements(text)


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("中央军事委员会号召，全军部队要以先进单位为榜样，奋发进取。", "中央军事委员会", "号召"),
        ("习近平叮嘱，要切实保护好地球第三极生态。", "习近平", "叮嘱"),
    ],
)
def test_statements_calls_and_charges_are_speech(text: str, speaker: str, cue: str) -> None:
    assert (speaker, cue) in _pipeline_statements(text)


def test_statements_a_body_reporting_figures_by_tongbao_speaks() -> None:
    said = _pipeline_statements("国家卫生健康委今天（11月1日）通报，10月31日0—24时，31个省报告新增确诊病例。")
    assert "国家卫生健康委员会" in {speaker for speaker, _ in said}


def test_statements_according_to_a_bodys_notice_the_person_it_quotes_speaks() -> None:
    said = _pipeline_statements("另据阿塞拜疆总统新闻局通报，阿利耶夫在通话时说，客机在俄领空受到物理和技术干扰。")
    assert {speaker for speaker, _ in said} == {"阿利耶夫"}


def test_statements_both_leaders_are_the_two_who_meet_in_the_lead() -> None:
    """两国元首重申: the two people the paragraph names, else the two who meet in the story's lead
    (here the paragraph names only one of them, and a third person is named in between)."""
    text = (
        "国家主席习近平在利马同美国总统拜登举行会晤。\n王毅参加会晤。\n"
        "拜登表示，美方愿同中方加强沟通。两国元首重申双方达成的共识。"
    )
    found = _pipeline_statements(text)
    assert {("习近平", "重申"), ("拜登", "重申")} <= found
    assert ("王毅", "重申") not in found


def test_statements_both_sides_need_talks_in_the_lead() -> None:
    """With no talks in the lead, 双方 in a paragraph that names one person has no speakers."""
    text = "张三在北京出席开幕式。\n李四表示，合作前景广阔。双方表示，将加强合作。"
    assert not {s for s in _pipeline_statements(text) if s[1] == "表示" and s[0] == "张三"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a source no entity names carries what the sentence's subject says after an act
        (
            "据当地媒体1日报道,外长张三31日致信联合国秘书长,呼吁国际社会谴责这一行为。",
            {("张三", "呼吁")},
        ),
        # a forecast after an act of the subject is the subject's; after words said it goes on
        # with them
        ("水利部今天会商研判台风发展态势,预计今明两天将影响珠江流域。", {("水利部", "预计")}),
        ("水利部表示,汛情总体平稳,预计今明两天将影响珠江流域。", {("水利部", "表示")}),
        # whom a letter is to is no subject: the group that wrote it is no named speaker
        ("据当地媒体报道,十八位前领导人联名致信总统李四,要求立即结束封锁。", set()),
        # nor who was met: the one who met him speaks
        ("会见李四时,张三祝贺他当选,表示双方合作前景广阔。", {("张三", "表示")}),
        # members counted after their body speak, not the body
        ("据当地媒体报道,水利部近20名官员致信张三,要求其作出答复。", set()),
        # a schedule or a count after 预计 is no forecast said
        ("水利部今天召开会议,预计于27日表决该草案。", set()),
    ],
)
def test_extract_statements_subject_after_a_source_and_an_act(extractor, text: str, expected) -> None:
    assert {(s.speaker, s.cue) for s in _statements(extractor, text)} == expected


def test_extract_statements_titled_names_listed_before_the_cue_speak_together(extractor) -> None:
    """星海国总督张三、总理李四表示: each name of the list speaks, its titles after the joiner."""
    said = _said(extractor, "星海国总督张三、总理李四表示，两国友好。", [("张三", "两国友好"), ("李四", "两国友好")])
    assert said == [("张三", "两国友好"), ("李四", "两国友好")]
    # (not one met by the other: 张三会见李四时表示)
    assert [s.speaker for s in _statements(extractor, "张三会见李四时表示，两国友好。")] == ["张三"]


def _pipeline_bodies(text: str) -> set[tuple[str, str | None]]:
    """(label, category) of each body the whole pipeline finds in text."""
    return {(m.label, m.category) for m in _pipeline(text).mentions if m.kind == "organization"}


def test_statements_a_state_that_speaks_is_a_body_listed() -> None:
    found = _pipeline_bodies("12日，波兰、匈牙利、斯洛伐克均表示，将继续延长相关限制。中国代表表示，中国支持停火。")
    assert {("波兰", "international"), ("斯洛伐克", "international"), ("中国", "government")} <= found
    # a body named after a state speaks for itself, not the state
    assert not any(label == "丹麦" for label, _ in _pipeline_bodies("丹麦马士基航运集团2日表示，将继续暂停运输。"))


def test_statements_another_side_that_still_says_speaks_on_its_own() -> None:
    said = _pipeline_statements("乌克兰军方称，乌军打击了目标，乌方还称控制多个定居点。")
    assert {("乌克兰军队", "称"), ("乌克兰", "称")} <= said
    # a person told inside what another says is no speaker (丁薛祥表示,…习近平…宣布)
    said = _pipeline_statements("丁薛祥表示，今年7月，习近平主席同阿利耶夫总统共同宣布建立战略伙伴关系。")
    assert ("习近平", "宣布") not in said


def test_statements_a_foreign_states_region_that_speaks_is_a_body() -> None:
    said = _pipeline_statements("加州已宣布进入紧急状态。佐治亚州26日宣布进入紧急状态。")
    assert {("加利福尼亚州", "宣布"), ("佐治亚州", "宣布")} <= said
    assert ("加利福尼亚州", "international") in _pipeline_bodies("加州已宣布进入紧急状态。")


def test_statements_what_a_report_tells_is_news_not_words_said() -> None:
    said = _pipeline_statements("据美国全国广播公司26日报道，本轮冬季风暴在美国已造成57人死亡。")
    assert not any(speaker == "美国全国广播公司" for speaker, _ in said)
    # the one the report quotes still speaks
    said = _pipeline_statements("据路透社报道，北约秘书长斯托尔滕贝格在接受采访时称，北约将增兵。")
    assert ("斯托尔滕贝格", "称") in said


def test_statements_a_request_acted_on_anywhere_in_its_clause_is_none() -> None:
    said = _pipeline_statements("各地根据国务院联防联控机制要求，进一步落实对口帮扶。李强要求，各地要落实责任。")
    assert ("李强", "要求") in said
    assert not any(speaker == "国务院联防联控机制" for speaker, _ in said)


def test_extract_statements_each_of_those_who_spoke_in_turn() -> None:
    text = (
        "座谈会上，民革中央主席郑建邦、民盟中央主席丁仲礼和无党派人士代表包信和先后发言。"
        "他们完全赞同中共中央对当前经济形势的分析判断。"
    )
    found = {(s.speaker, s.cue) for s in _pipeline(text).relations if isinstance(s, Statement)}
    assert found == {("郑建邦", "赞同"), ("丁仲礼", "赞同"), ("包信和", "赞同")}


def test_extract_statements_no_one_in_turn_without_they() -> None:
    text = "座谈会上，民革中央主席郑建邦、民盟中央主席丁仲礼先后发言。大家认为，形势总体向好。"
    assert not {s for s in _pipeline(text).relations if isinstance(s, Statement) and s.cue == "认为"}


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("李强对企业持续取得创新突破感到高兴，勉励他们围绕国家战略需要，专注主业。", "围绕国家战略需要"),
        ("习近平总书记在回信中勉励海关系统全体同志胸怀“国之大者”，筑牢国门安全。", "胸怀“国之大者”"),
    ],
)
def test_extract_statements_what_a_leader_encourages_after_whom(text: str, said: str) -> None:
    (statement,) = [s for s in _pipeline(text).relations if isinstance(s, Statement)]
    assert statement.cue == "勉励" and statement.content.startswith(said)


def test_extract_statements_in_turn_only_the_clause_that_lists_them() -> None:
    text = "座谈会由习近平主持，民革中央主席郑建邦、民盟中央主席丁仲礼先后发言。他们认为，形势总体向好。"
    found = {(s.speaker, s.cue) for s in _pipeline(text).relations if isinstance(s, Statement) and s.cue == "认为"}
    assert found == {("郑建邦", "认为"), ("丁仲礼", "认为")}


def test_extract_statements_a_request_met_is_no_speech() -> None:
    text = "代表名额分配各项构成比例均符合党中央要求，具有广泛代表性。"
    assert not [s for s in _pipeline(text).relations if isinstance(s, Statement)]


def test_extract_statements_an_article_is_the_agencys_that_ran_it_not_the_papers_that_reprint_it() -> None:
    text = (
        "新华社今天播发长篇通讯《奋进新征程》。明天出版的《人民日报》等中央各报将全文刊发这篇文章。"
        "文章指出，十年来成就巨大。"
    )
    speakers = {s.speaker for s in _pipeline(text).relations if isinstance(s, Statement)}
    assert speakers == {"新华通讯社"}


def test_extract_statements_no_cue_inside_a_word_that_says_nothing() -> None:
    # ，说明美国…: the 说 of 说明 (it shows) reports no speech of the state before it
    text = "同时，美国拒绝谴责以色列的袭击行为，说明美国为以色列实施袭击“开绿灯”。"
    assert not {s for s in _pipeline_statements(text) if s[1] == "说"}


def test_extract_statements_a_side_is_the_state_of_the_story_it_stands_for() -> None:
    # 土方 in a story of 土库曼斯坦 is Turkmenistan (the sides table's 土 is 土耳其)
    text = "丁薛祥会见土库曼斯坦总统顾问一行。中方愿同土方一道落实共识。\n土方表示，愿继续密切双方能源合作。"
    assert ("土库曼斯坦", "表示") in _pipeline_statements(text)
    assert ("土耳其", "表示") in _pipeline_statements("土方表示，愿继续密切双方能源合作。")


def test_statements_china_speaks_through_its_representative_named_as_a_body() -> None:
    text = "联合国大会22日通过决议。\n中国代表表示，中国推动春节成为联合国假日，是践行全球文明倡议的务实行动。"
    assert ("中国", "表示") in _pipeline_statements(text)
    assert any(body[0] == "中国" for body in _pipeline_bodies(text))
