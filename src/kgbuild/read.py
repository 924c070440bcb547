"""Read: turn input paths into Documents whose text is exactly the decoded bytes.

Text files (.txt) hold one document each; JSON Lines files (.jsonl) one record per line;
directories are read recursively in sorted order. UTF-8 (with or without BOM), GB18030/GBK
and Big5 are detected. What cannot be read is reported as a Skipped entry, never half-read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from .model import Document, Skipped
from .normalise import is_common_han

TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl",)
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def read_inputs(paths: Iterable[str | Path]) -> Iterator[Document | Skipped]:
    """Yield a Document for every readable record and a Skipped for every unreadable one."""
    seen: set[str] = set()
    for item in input_files(paths):
        if isinstance(item, Skipped):
            yield item
        else:
            yield from _dedupe(_read_file(item), seen)


def input_files(paths: Iterable[str | Path]) -> Iterator[Path | Skipped]:
    """The files the inputs name, in reading order (a directory's .txt and .jsonl files,
    recursively, sorted), and a Skipped for every input that is not a file or such a folder."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES + JSONL_SUFFIXES
            )
            if not files:
                yield Skipped(str(path), None, "directory holds no .txt or .jsonl file")
            yield from files
        elif path.is_file():
            yield path
        elif path.exists():
            yield Skipped(str(path), None, "not a regular file (a device, socket or pipe)")
        else:
            yield Skipped(str(path), None, "no such file or directory")


def _dedupe(items: Iterator[Document | Skipped], seen: set[str]) -> Iterator[Document | Skipped]:
    for item in items:
        if isinstance(item, Document):
            if item.id in seen:
                yield Skipped(item.source, item.line, f"duplicate document id {item.id!r}")
                continue
            seen.add(item.id)
        yield item


def _read_file(path: Path) -> Iterator[Document | Skipped]:
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES + JSONL_SUFFIXES:
        yield Skipped(
            str(path), None, f"unsupported file type {suffix or '(none)'!r}: give .txt or .jsonl files, or a directory"
        )
        return
    try:
        data = path.read_bytes()
    except PermissionError:
        yield Skipped(str(path), None, "permission denied")
        return
    except OSError as exc:
        yield Skipped(str(path), None, f"cannot read: {exc.strerror or exc}")
        return
    if not data.strip():
        yield Skipped(str(path), None, "empty file")
        return
    if _looks_binary(data):
        yield Skipped(str(path), None, "binary file, not text")
        return
    decoded = decode_bytes(data)
    if decoded is None:
        yield Skipped(str(path), None, "cannot decode as UTF-8, GB18030/GBK or Big5; re-save the file as UTF-8")
        return
    text, encoding = decoded
    if suffix in TEXT_SUFFIXES:
        yield Document(id=path.stem, text=text, source=str(path), encoding=encoding)
    else:
        yield from _read_jsonl(path, text, encoding)


def _read_jsonl(path: Path, text: str, encoding: str) -> Iterator[Document | Skipped]:
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Skipped(str(path), number, f"malformed JSON: {exc.msg} at column {exc.colno}")
            continue
        if not isinstance(record, dict):
            yield Skipped(str(path), number, "a record must be a JSON object")
            continue
        doc_id, body = record.get("id"), record.get("text")
        if isinstance(doc_id, int) and not isinstance(doc_id, bool):
            doc_id = str(doc_id)
        if not isinstance(doc_id, str) or not doc_id.strip():
            yield Skipped(str(path), number, "record has no string 'id'")
            continue
        if not isinstance(body, str) or not body.strip():
            yield Skipped(str(path), number, f"record {doc_id!r} has no non-empty 'text'")
            continue
        date = record.get("date")
        match = _DATE.match(date) if isinstance(date, str) else None
        yield Document(
            id=doc_id.strip(),
            text=body,
            source=str(path),
            line=number,
            title=_str_or_none(record.get("title")),
            date="-".join(match.groups()) if match else None,
            url=_str_or_none(record.get("url")),
            publisher=_str_or_none(record.get("source")),
            encoding=encoding,
        )


def _str_or_none(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters: not a text file in any encoding we read."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > len(head) * 0.05


def decode_bytes(data: bytes) -> tuple[str, str] | None:
    """Decode strictly as UTF-8, else as the better of GB18030 and Big5; None if neither fits."""
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    best: tuple[float, str, str] | None = None
    for encoding in ("gb18030", "big5"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = _commonness(text)
        if best is None or score > best[0]:
            best = (score, text, encoding)
    if best is None or best[0] < 0.5:
        return None
    return best[1], best[2]


def _commonness(text: str) -> float:
    """Share of Han characters that are common ones, simplified or traditional.

    A file decoded with the wrong legacy codec yields mostly rare characters, so this tells
    GBK from Big5 without a model: GB2312 level 1 (lead bytes B0-D7) holds the 3,755 most
    common simplified characters, Big5 A440-C67E the 5,401 common traditional ones.
    """
    han = [c for c in text[:20000] if "\u4e00" <= c <= "\u9fff"]
    if not han:
        return 1.0
    return sum(1 for char in han if is_common_han(char)) / len(han)
