"""Dates in the text, resolved against the document's date.

今天/今日/今晚 -> the document date; 当天/当日/当晚/同日 -> the day written last before it in its news item, else
the document date; 昨天 -> the day before; 明天 -> the day after; 22日 -> that day of the document's
month; 6月22日 -> that month and day. Without a known year a date is a month-day
(--06-22), never a guessed year.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right

from .textutil import item_starts

_DATE = re.compile(
    r"(?:(?P<y>\d{4})年)?(?:(?P<m>\d{1,2})月)?(?P<d>\d{1,2})日|(?P<rel>今天|今日|今晚|今晨|昨天|昨日|昨晚|前天|明天|明日|当天|当日|当晚|同日)"
)

_THAT_DAY = ("当天", "当日", "当晚", "同日")  # the day told last before, else the story's
_FEAST_ENDS = frozenset("节夕宵")  # (春节当天, 除夕当晚, 元宵当晚: the feast's own day)


def find_date(text: str, start: int, end: int, doc_date: str | None) -> str | None:
    """The first date written in text[start:end], resolved; None if there is none."""
    for match in _DATE.finditer(text, start, end):
        if match.group("rel") in _THAT_DAY:
            if text[match.start() - 1 : match.start()] in _FEAST_ENDS:
                continue  # 中秋节当晚, 除夕当天: the feast's day, which no date written says
            told = _day_told_before(text, match.start(), doc_date)
            if told:
                return told
        resolved = resolve(match, doc_date)
        if resolved:
            return resolved
    return None


def _day_told_before(text: str, pos: int, doc_date: str | None) -> str | None:
    """当天 after 22日，俄罗斯国防部称…: the last day written before it in its news item (from
    the headline that starts the item; 当天 that starts a paragraph takes the paragraph's before)."""
    starts = item_starts(text)
    item = starts[bisect_right(starts, pos) - 1]
    days = [m for m in _DATE.finditer(text, item, pos) if m.group("d")]
    return resolve(days[-1], doc_date) if days else None


def resolve(match: re.Match[str], doc_date: str | None) -> str | None:
    year = month = None
    if doc_date:
        if len(doc_date) == 10:
            year, month = int(doc_date[:4]), int(doc_date[5:7])
        elif doc_date.startswith("--"):
            month = int(doc_date[2:4])
    rel = match.group("rel")
    if rel:
        if not doc_date:
            return None
        shift = {"昨天": 1, "昨日": 1, "昨晚": 1, "前天": 2, "明天": -1, "明日": -1}.get(rel, 0)
        if shift == 0:
            return doc_date
        if year is None:
            return None  # a month-day cannot be shifted safely across a month end
        day = dt.date.fromisoformat(doc_date) - dt.timedelta(days=shift)
        return day.isoformat()
    y = int(match.group("y")) if match.group("y") else year
    m = int(match.group("m")) if match.group("m") else month
    d = int(match.group("d"))
    if m is None or not 1 <= m <= 12 or not 1 <= d <= 31:
        return None
    if match.group("m") and not match.group("y") and year is not None and doc_date and len(doc_date) == 10:
        y = year  # 6月22日 in a story dated 2024-06-23
    if y is None:
        return f"--{m:02d}-{d:02d}"
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None
