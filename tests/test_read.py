"""Tests for the read stage: input paths to Documents (text exactly as decoded) or Skipped."""

from __future__ import annotations

import codecs
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from kgbuild.model import Document, Skipped
from kgbuild.read import read_inputs

SIMPLIFIED = "国务院总理李克强主持召开国务院常务会议，部署进一步扩大内需。\n工信部总经济师王新哲在讲话中指出，要深化产融合作。"
TRADITIONAL = "國務院總理李克強主持召開國務院常務會議，部署進一步擴大內需。\n工信部總經濟師王新哲在講話中指出，要深化產融合作。"


def _read(*paths: Path | str) -> list[Document | Skipped]:
    return list(read_inputs(paths))


def _write_jsonl(path: Path, lines: list[object]) -> Path:
    """Write one JSON record (or a raw string, written as is) per line."""
    text = "\n".join(line if isinstance(line, str) else json.dumps(line, ensure_ascii=False)
                     for line in lines)
    path.write_text(text + "\n", encoding="utf-8")
    return path


# ---------------------------------------------------------------------------------------------
# Text files


def test_read_text_file_gives_one_document_with_stem_as_id(tmp_path: Path) -> None:
    path = tmp_path / "000_77648d8967c6e102.txt"
    path.write_bytes(SIMPLIFIED.encode("utf-8"))
    items = _read(path)
    assert items == [Document(id="000_77648d8967c6e102", text=SIMPLIFIED, source=str(path),
                              line=None, encoding="utf-8")]


def test_read_text_file_keeps_crlf_exactly(tmp_path: Path) -> None:
    text = "第一行\r\n第二行\r\n\r\n第三行 \t\r\n"
    path = tmp_path / "crlf.txt"
    path.write_bytes(text.encode("utf-8"))
    [doc] = _read(path)
    assert isinstance(doc, Document)
    assert doc.text == text
    assert doc.text.count("\r\n") == 4


def test_read_text_suffix_is_case_insensitive(tmp_path: Path) -> None:
    path = tmp_path / "UPPER.TXT"
    path.write_bytes(SIMPLIFIED.encode("utf-8"))
    [doc] = _read(path)
    assert isinstance(doc, Document)
    assert doc.id == "UPPER"


@pytest.mark.parametrize(
    ("codec", "text", "encoding"),
    [
        ("utf-8", SIMPLIFIED, "utf-8"),
        ("utf-8-sig", SIMPLIFIED, "utf-8"),
        ("utf-8-sig", TRADITIONAL, "utf-8"),
        ("gb18030", SIMPLIFIED, "gb18030"),
        ("gbk", SIMPLIFIED, "gb18030"),  # GBK is a subset of GB18030: decoded as GB18030
        ("gb18030", TRADITIONAL, "gb18030"),  # GB18030 also encodes traditional characters
        ("big5", TRADITIONAL, "big5"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-8-bom-traditional", "gb18030", "gbk",
         "gb18030-traditional", "big5"],
)
def test_read_detects_and_decodes_encoding(tmp_path: Path, codec: str, text: str,
                                           encoding: str) -> None:
    data = codecs.encode(text, codec)
    if codec == "utf-8-sig":
        assert data.startswith(codecs.BOM_UTF8)
    path = tmp_path / f"{codec}.txt"
    path.write_bytes(data)
    [doc] = _read(path)
    assert isinstance(doc, Document)
    assert doc.text == text  # BOM stripped, every character decoded
    assert "\ufeff" not in doc.text
    assert doc.encoding == encoding


# ---------------------------------------------------------------------------------------------
# What cannot be read: one Skipped with a clear reason, and nothing else


def _binary(tmp_path: Path) -> Path:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    return path


def _empty(tmp_path: Path) -> Path:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    return path


def _blank(tmp_path: Path) -> Path:
    path = tmp_path / "blank.txt"
    path.write_bytes(b" \r\n\t\n")
    return path


def _missing(tmp_path: Path) -> Path:
    return tmp_path / "no_such_file.txt"


def _unsupported(tmp_path: Path) -> Path:
    path = tmp_path / "article.docx"
    path.write_bytes(SIMPLIFIED.encode("utf-8"))
    return path


def _undecodable(tmp_path: Path) -> Path:
    path = tmp_path / "latin1.txt"
    path.write_bytes(b"\xff\xfe\xff caf\xe9 \xff\xff")  # 0xFF is no lead byte in any codec read
    return path


def _unreadable(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_bytes(SIMPLIFIED.encode("utf-8"))
    path.chmod(0)
    if os.access(path, os.R_OK):  # root reads everything: the case cannot be made
        path.chmod(0o600)
        pytest.skip("running with privileges that read a mode-000 file")
    return path


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (_binary, "binary file"),
        (_empty, "empty file"),
        (_blank, "empty file"),
        (_missing, "no such file or directory"),
        (_unsupported, "unsupported file type '.docx'"),
        (_undecodable, "cannot decode"),
        (_unreadable, "permission denied"),
    ],
    ids=["binary", "empty", "blank", "missing", "unsupported", "undecodable",
         "permission-denied"],
)
def test_read_unreadable_input_yields_only_skipped(tmp_path: Path,
                                                   make: Callable[[Path], Path],
                                                   reason: str) -> None:
    path = make(tmp_path)
    items = _read(path)
    assert len(items) == 1, items
    [skipped] = items
    assert isinstance(skipped, Skipped)
    assert skipped.source == str(path)
    assert skipped.line is None
    assert reason in skipped.reason


def test_read_unreadable_file_does_not_stop_the_others(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_bytes(SIMPLIFIED.encode("utf-8"))
    items = _read(_binary(tmp_path), good, _missing(tmp_path))
    assert [type(i) for i in items] == [Skipped, Document, Skipped]
    assert items[1].id == "good"


# ---------------------------------------------------------------------------------------------
# JSON Lines


def test_read_jsonl_good_records_and_one_malformed_line(tmp_path: Path) -> None:
    path = _write_jsonl(tmp_path / "news.jsonl", [
        {"id": "a1", "text": "工信部召开会议。", "title": "工信部：发展工业互联网平台",
         "date": "2018-06-22T10:30:00+08:00", "url": "http://example.org/a1",
         "source": "人民网"},
        "",  # blank lines are not records
        '{"id": "a2", "text": "缺少右括号"',
        {"id": "a3", "text": "第二篇。\r\n第二段。", "date": "2019-01-05"},
    ])
    items = _read(path)
    assert [type(i) for i in items] == [Document, Skipped, Document]
    first, skipped, last = items
    assert first == Document(id="a1", text="工信部召开会议。", source=str(path), line=1,
                             title="工信部：发展工业互联网平台", date="2018-06-22",
                             url="http://example.org/a1", publisher="人民网", encoding="utf-8")
    assert skipped.source == str(path)
    assert skipped.line == 3
    assert "malformed JSON" in skipped.reason
    assert last.id == "a3"
    assert last.line == 4
    assert last.text == "第二篇。\r\n第二段。"
    assert last.date == "2019-01-05"
    assert (last.title, last.url, last.publisher) == (None, None, None)


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        ("2018-06-22", "2018-06-22"),
        ("2018-06-22T10:30:00Z", "2018-06-22"),
        ("2018-06-22 10:30", "2018-06-22"),
        ("22 June 2018", None),
        (20180622, None),
        (None, None),
    ],
)
def test_read_jsonl_date_is_normalised(tmp_path: Path, date: object,
                                       expected: str | None) -> None:
    path = _write_jsonl(tmp_path / "dates.jsonl", [{"id": "d", "text": "正文。", "date": date}])
    [doc] = _read(path)
    assert isinstance(doc, Document)
    assert doc.date == expected


@pytest.mark.parametrize(
    ("record", "reason"),
    [
        ({"text": "没有编号。"}, "no string 'id'"),
        ({"id": "", "text": "编号为空。"}, "no string 'id'"),
        ({"id": "  ", "text": "编号为空白。"}, "no string 'id'"),
        ({"id": ["x"], "text": "编号不是字符串。"}, "no string 'id'"),
        ({"id": "t1"}, "no non-empty 'text'"),
        ({"id": "t2", "text": ""}, "no non-empty 'text'"),
        ({"id": "t3", "text": " \n "}, "no non-empty 'text'"),
        ({"id": "t4", "text": 42}, "no non-empty 'text'"),
        (["id", "text"], "must be a JSON object"),
    ],
    ids=["no-id", "empty-id", "blank-id", "list-id", "no-text", "empty-text", "blank-text",
         "number-text", "not-an-object"],
)
def test_read_jsonl_record_without_id_or_text_is_skipped(tmp_path: Path, record: object,
                                                         reason: str) -> None:
    path = _write_jsonl(tmp_path / "bad.jsonl", [{"id": "ok", "text": "好的记录。"}, record])
    items = _read(path)
    assert [type(i) for i in items] == [Document, Skipped]
    assert items[0].id == "ok"
    assert items[1].line == 2
    assert reason in items[1].reason


def test_read_jsonl_integer_id_becomes_string(tmp_path: Path) -> None:
    path = _write_jsonl(tmp_path / "ints.jsonl", [{"id": 7, "text": "正文。"}])
    [doc] = _read(path)
    assert isinstance(doc, Document)
    assert doc.id == "7"


def test_read_duplicate_id_in_jsonl_is_skipped(tmp_path: Path) -> None:
    path = _write_jsonl(tmp_path / "dup.jsonl", [
        {"id": "same", "text": "第一次。"},
        {"id": "other", "text": "另一篇。"},
        {"id": "same", "text": "第二次。"},
    ])
    items = _read(path)
    assert [type(i) for i in items] == [Document, Document, Skipped]
    assert items[0].text == "第一次。"  # the first one wins
    assert items[2].line == 3
    assert "duplicate document id 'same'" in items[2].reason


def test_read_duplicate_id_across_files_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "same.txt").write_text("文本文件。", encoding="utf-8")
    path = _write_jsonl(tmp_path / "records.jsonl", [{"id": "same", "text": "记录。"}])
    items = _read(tmp_path / "same.txt", path)
    assert [type(i) for i in items] == [Document, Skipped]
    assert items[0].text == "文本文件。"
    assert items[1].source == str(path)
    assert "duplicate" in items[1].reason


# ---------------------------------------------------------------------------------------------
# Directories


def test_read_directory_recursively_in_sorted_order(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    (root / "b" / "deep").mkdir(parents=True)
    (root / "a").mkdir()
    (root / "c.txt").write_text("丙。", encoding="utf-8")
    (root / "b" / "deep" / "e.txt").write_text("戊。", encoding="utf-8")
    (root / "b" / "d.txt").write_text("丁。", encoding="utf-8")
    (root / "a" / "z.txt").write_text("甲。", encoding="utf-8")
    (root / "a" / "notes.md").write_text("ignored", encoding="utf-8")  # not an input type
    _write_jsonl(root / "d.jsonl", [{"id": "j2", "text": "己。"}, {"id": "j1", "text": "庚。"}])
    items = _read(root)
    assert all(isinstance(i, Document) for i in items), items
    assert [i.id for i in items] == ["z", "d", "e", "c", "j2", "j1"]
    assert [i.text for i in items] == ["甲。", "丁。", "戊。", "丙。", "己。", "庚。"]


def test_read_directory_without_inputs_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "readme.md").write_text("nothing to read", encoding="utf-8")
    items = _read(tmp_path)
    assert len(items) == 1
    assert isinstance(items[0], Skipped)
    assert "no .txt or .jsonl" in items[0].reason
