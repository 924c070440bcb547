"""Initiatives: named policies, programmes, plans, strategies, campaigns and platforms.

Known ones come from the gazetteer with every form the news uses (双创, 大众创业万众创新);
a field in front of a known one makes a narrower one (制造业“双创” is narrower than
大众创业、万众创新); titles in 《》 of laws, plans and documents; short quoted programme
names that start with a numeral (“两新”, “三农”); and names ending in 战略/规划/工程/平台 ...
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..gazetteer import Gazetteer
from ..model import Mention, SegmentedText
from ..normalise import is_han
from . import Found, register

_QUOTES = '“”"'
_DOCUMENT_ENDINGS = (
    "法",
    "条例",
    "规划",
    "计划",
    "方案",
    "意见",
    "纲要",
    "决定",
    "通知",
    "办法",
    "规定",
    "战略",
    "倡议",
    "宣言",
    "协定",
    "公约",
    "白皮书",
    "指南",
    "措施",
    "政策",
    "行动",
    "规则",
    "章程",
    "议定书",
    "建议",
    "决议",
    "法典",
    "目录",
    "清单",
    "标准",
)
_NAMED_ENDINGS = (
    "战略",
    "规划",
    "行动计划",
    "计划",
    "工程",
    "专项行动",
    "行动",
    "试点",
    "示范区",
    "试验区",
    "平台",
    "倡议",
    "法",
    "条例",
    "条约",
)
#: Words that may follow a law's name without making it part of a longer noun (X法草案).
_DRAFTS = ("草案", "修正案", "修订草案", "修正草案")
#: Words ending in 法 that are not laws.
_NOT_LAWS = frozenset(
    {
        "方法",
        "办法",
        "做法",
        "看法",
        "想法",
        "说法",
        "司法",
        "执法",
        "立法",
        "依法",
        "违法",
        "合法",
        "非法",
        "守法",
        "用法",
        "写法",
        "手法",
        "技法",
        "疗法",
        "算法",
    }
)
#: A quoted numeral name is a programme when a word like these follows or precedes it.
_PROGRAMME_WORDS = ("政策", "工作", "行动", "战略", "建设", "改革", "工程", "试点", "补贴", "目标", "任务")
_PROGRAMME_VERBS = ("推进", "实施", "落实", "开展", "推动", "支持", "加力", "扩围")
_MODIFIER_TAGS = frozenset({"n", "nz", "vn", "ns", "nt", "j", "l", "x", "eng", "an", "b", "m"})
_GENERIC_HEADS = frozenset(
    {
        "这一",
        "各类",
        "相关",
        "有关",
        "重大",
        "重要",
        "该",
        "此",
        "本",
        "各",
        "新",
        "一系列",
        "多项",
        "一批",
        "这些",
        "有关部门",
        "全国",
        "全省",
        "全市",
        "合作",
        "强有力",
        "大规模",
        "具体",
        "一项",
        "两项",
        "有力",
        "共同",
        "联合",
    }
)
#: Words that start a clause about an initiative but are not part of its name (发展工业互联网平台).
_VERBISH = frozenset(
    {
        "发展",
        "大力发展",
        "推进",
        "推动",
        "实施",
        "加快",
        "加强",
        "建设",
        "打造",
        "构建",
        "完善",
        "深化",
        "落实",
        "开展",
        "支持",
        "促进",
        "积极",
        "全面",
        "进一步",
        "启动",
        "围绕",
        "依托",
        "通过",
        "参与",
        "共建",
        "服务",
        "融入",
        "对接",
    }
)
#: Endings too generic to name something when the words before them are only a quoted term.
_WEAK_ENDINGS = ("平台", "试点", "示范区")
_NUMERAL_NAME = re.compile(r"“([两双三四五六七八九十百千万][\u4e00-\u9fff]{1,3})”")
_BOOK = re.compile(r"《([^《》\n]{2,40})》")


_QUOTE_TABLE = str.maketrans("", "", _QUOTES + "《》")


def strip_quotes(text: str) -> str:
    return text.translate(_QUOTE_TABLE)


@register("initiatives")
class InitiativeExtractor:
    """Named initiatives from the gazetteer, 《》 titles, quoted names and name endings."""

    name = "initiatives"
    produces = frozenset({"initiative"})

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer

    def __call__(self, doc: SegmentedText, found: Found) -> Iterable[Mention]:
        text = doc.text
        taken = [(m.start, m.end) for m in found.mentions("organization", "person")]
        out: list[Mention] = []

        def add(
            start: int, end: int, label: str, rule: str, broader: str | None = None, aliases: tuple[str, ...] = ()
        ) -> None:
            if any(s < end and start < e for s, e in taken):
                return
            for i, m in enumerate(out):
                if m.start <= start and end <= m.end:
                    return
                if start <= m.start and m.end <= end:
                    out[i] = None  # type: ignore[call-overload]
            out[:] = [m for m in out if m is not None]
            out.append(
                Mention(
                    "initiative", start, end, text[start:end], label, self.name, rule, parent=broader, aliases=aliases
                )
            )

        tokens = doc.tokens
        for i in range(len(tokens)):
            hit = self._known_at(tokens, i)
            if hit is None:
                continue
            j, entry = hit
            start, end = tokens[i].start, tokens[j - 1].end
            label, broader = entry.name, entry.broader
            # a field written before a known initiative: 制造业“双创”
            if (
                i > 0
                and tokens[i].text in _QUOTES
                and tokens[i - 1].pos in ("n", "nz", "vn", "j")
                and len(tokens[i - 1].text) >= 2
                and is_han(tokens[i - 1].text[0])
            ):
                field = tokens[i - 1].text
                candidate = text[tokens[i - 1].start : end]
                # a sector (制造业) in front of a programme, or a pairing the story repeats
                if (field.endswith("业") and not field.endswith("企业")) or text.count(candidate) >= 2:
                    start = tokens[i - 1].start
                    label, broader = candidate, entry.name
            add(
                start,
                end,
                label,
                "gazetteer" if broader != entry.name else "field_of_known",
                broader,
                entry.aliases if label == entry.name else (),
            )
        for match in _BOOK.finditer(text):
            title = match.group(1)
            if title.endswith(_DOCUMENT_ENDINGS):
                add(match.start(), match.end(), title, "book_title")
        for match in _NUMERAL_NAME.finditer(text):
            after = text[match.end() : match.end() + 2]
            if after.startswith(_PROGRAMME_WORDS) or text.endswith(_PROGRAMME_VERBS, 0, match.start()):
                add(match.start(), match.end(), match.group(0), "numeral_name")
        for k, token in enumerate(tokens):
            if token.text.endswith("法") and (len(token.text) < 3 or token.text in _NOT_LAWS):
                continue
            if token.text.endswith(_NAMED_ENDINGS) and (
                k + 1 >= len(tokens)
                or tokens[k + 1].pos not in ("n", "vn", "nz")
                or tokens[k + 1].text.startswith(_DRAFTS)
            ):
                span = self._named_before(tokens, k)
                if span:
                    add(span[0], span[1], text[span[0] : span[1]], "name_ending")
        return out

    def _known_at(self, tokens, i):
        key, best = "", None
        if tokens[i].text in "”":
            return None
        prefixes = self.gaz.initiative_prefixes
        for j in range(i, min(i + 6, len(tokens))):
            key += strip_quotes(tokens[j].text)
            if key and key not in prefixes:
                break
            entry = self.gaz.initiatives.get(key)
            if entry is not None:
                end = j + 1
                # keep a closing quote with the name
                if tokens[i].text == "“" and end < len(tokens) and tokens[end].text == "”":
                    end += 1
                best = (end, entry)
        if best and tokens[i].text == "“" and tokens[best[0] - 1].text != "”":
            return None
        return best

    @staticmethod
    def _named_before(tokens, k):
        """Words before a name ending that make it a name (创新驱动 + 战略), or None."""
        start = k
        chars = len(tokens[k].text)
        j = k - 1
        while j >= 0 and tokens[j].pos in _MODIFIER_TAGS and all(is_han(c) or c in _QUOTES for c in tokens[j].text):
            if chars + len(tokens[j].text) > 18:
                break
            chars += len(tokens[j].text)
            start = j
            j -= 1
        words = [t.text for t in tokens[start:k]]
        if not words or sum(len(w) for w in words) < 2:
            return None
        if words[0] in _GENERIC_HEADS or (start > 0 and tokens[start - 1].text in _GENERIC_HEADS):
            return None  # 各类平台, 这一战略: a kind of thing, not a name
        while words and (words[0] in _VERBISH or tokens[start].pos in ("v", "d", "ad", "a")):
            start += 1
            words = words[1:]
        if not words or sum(len(w) for w in words) < 2:
            return None
        if tokens[start].text in _QUOTES[1:]:
            return None
        if tokens[k].text.endswith(_WEAK_ENDINGS) and any(q in "".join(words) for q in _QUOTES):
            return None
        return tokens[start].start, tokens[k].end
