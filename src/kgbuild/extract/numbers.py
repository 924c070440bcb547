"""Numbers written in Arabic or Chinese numerals, with magnitudes: 33.61万亿, 七十一点五, 两千."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
#: Magnitude words after an Arabic number, longest first.
MAGNITUDES = {
    "万亿": Decimal(10) ** 12,
    "千亿": Decimal(10) ** 11,
    "百亿": Decimal(10) ** 10,
    "十亿": Decimal(10) ** 9,
    "亿": Decimal(10) ** 8,
    "千万": Decimal(10) ** 7,
    "百万": Decimal(10) ** 6,
    "十万": Decimal(10) ** 5,
    "万": Decimal(10) ** 4,
    "千": Decimal(10) ** 3,
    "百": Decimal(10) ** 2,
}
CHINESE_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿点"


def parse_arabic(text: str) -> Decimal | None:
    """'1,234.5' -> Decimal('1234.5')."""
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def parse_chinese(text: str) -> Decimal | None:
    """Chinese numerals to a Decimal: 七十一点五 -> 71.5, 两千 -> 2000, 三百万 -> 3000000."""
    if not text or any(c not in CHINESE_NUMERAL_CHARS for c in text):
        return None
    integer, _, fraction = text.partition("点")
    if fraction and any(c not in DIGITS for c in fraction):
        return None
    value = _chinese_integer(integer) if integer else 0
    if value is None:
        return None
    if fraction:
        return Decimal(f"{value}." + "".join(str(DIGITS[c]) for c in fraction))
    return Decimal(value)


def _chinese_integer(text: str) -> int | None:
    total, section, digit = 0, 0, None
    if all(c in DIGITS for c in text):  # 二〇二四 written digit by digit
        return int("".join(str(DIGITS[c]) for c in text))
    for char in text:
        if char in DIGITS:
            if DIGITS[char] == 0 and digit is None:
                continue  # 一万零五百: 零 holds an empty place
            if digit is not None:
                return None
            digit = DIGITS[char]
        elif char in SMALL_UNITS:
            section += (1 if digit is None else digit) * SMALL_UNITS[char]
            digit = None
        elif char in BIG_UNITS:
            section += digit or 0
            if section == 0:
                return None
            if char == "亿":
                total = (total + section) * BIG_UNITS[char]
            else:
                total += section * BIG_UNITS[char]
            section, digit = 0, None
        else:
            return None
    return total + section + (digit or 0)
