"""The command line: exit codes, messages that name the file and line, the report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kgbuild.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_cli_build_default_builds_the_sample_into_output(capsys, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "build")
    assert code == 0, err
    for name in ("graph.ttl", "graph.html", "report.json"):
        assert (tmp_path / "output" / name).is_file(), name
    report = json.loads((tmp_path / "output" / "report.json").read_text(encoding="utf-8"))
    assert report["documents"] == 1 and report["shacl"]["conforms"] is True
    assert report["counts"]["people"] >= 3 and report["seconds"] > 0


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("missing.txt", None, "no such file"),
        ("empty.txt", b"", "empty file"),
        ("blob.txt", bytes(range(256)) * 4, "binary file"),
    ],
)
def test_cli_build_bad_input_exits_2_naming_the_file(capsys, tmp_path, name, content, reason) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    code, _, err = run(capsys, "build", str(path), "-o", str(tmp_path / "out"), "--quiet")
    assert code == 2
    assert name in err and reason in err
    assert err.count("\n") <= 3  # one line of error, not a traceback


def test_cli_build_skips_a_malformed_jsonl_line_and_builds_the_rest(capsys, tmp_path) -> None:
    docs = tmp_path / "docs.jsonl"
    docs.write_text(
        json.dumps(
            {"id": "a", "text": "外交部部长王毅表示,中方愿同各方加强合作。", "date": "2024-03-01"}, ensure_ascii=False
        )
        + "\n"
        + '{"id": "b", "text": "broken\n'
        + json.dumps({"id": "c", "text": "国家统计局发布数据,前三季度国内生产总值同比增长4.8%。"}, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    code, _, err = run(capsys, "build", str(docs), "-o", str(out))
    assert code == 0, err
    assert f"{docs}:2" in err and "malformed JSON" in err
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["documents"] == 2
    assert report["skipped"] == [{"source": str(docs), "line": 2, "reason": report["skipped"][0]["reason"]}]


def test_cli_query_named_and_formats(capsys, seed_build) -> None:
    out = seed_build[1]
    code, text, _ = run(capsys, "query", "--name", "people", str(out / "graph.ttl"))
    assert code == 0 and "王新哲" in text and "(3 rows)" in text
    code, text, _ = run(capsys, "query", "--name", "posts", str(out), "--format", "json")
    data = json.loads(text)
    assert data["head"]["vars"] == ["person", "personName", "title", "org", "orgName", "doc"]
    assert {b["title"]["value"] for b in data["results"]["bindings"]} >= {"总经济师", "司长"}
    code, text, _ = run(capsys, "query", str(out), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "csv")
    assert code == 0 and text.splitlines()[0] == "n" and int(text.splitlines()[1]) > 500


def test_cli_query_list_names_every_contract_query(capsys) -> None:
    code, text, _ = run(capsys, "query", "--list")
    assert code == 0
    names = [line.split()[0] for line in text.splitlines()]
    assert names == [
        "documents",
        "people",
        "organizations",
        "posts",
        "initiatives",
        "metrics",
        "events",
        "statements",
        "mentions",
    ]


def test_cli_query_malformed_exits_2(capsys, seed_build) -> None:
    code, _, err = run(capsys, "query", str(seed_build[1]), "SELECT WHERE {")
    assert code == 2 and "malformed query" in err


def test_cli_validate_exit_codes(capsys, seed_build, tmp_path: Path) -> None:
    code, text, _ = run(capsys, "validate", str(seed_build[1] / "graph.ttl"))
    assert code == 0 and "conforms" in text
    bad = tmp_path / "bad.ttl"
    bad.write_text(
        "@prefix kg: <https://kgbuild.org/ns#> .\n<https://kgbuild.org/id/person/x> a kg:Person .\n", encoding="utf-8"
    )
    code, text, err = run(capsys, "validate", str(bad))
    assert code == 1 and "violation" in err and "person/x" in text


def test_cli_usage_error_exits_2(capsys) -> None:
    code, _, err = run(capsys, "build", "--no-such-flag")
    assert code == 2 and "error" in err


def test_cli_build_keeps_an_on_disk_store_that_queries_use(seed_build) -> None:
    import pyoxigraph as ox

    from kgbuild.query import load_store

    out = seed_build[1]
    assert (out / ".kgbuild" / "store").is_dir()
    store = load_store(out)
    parsed = ox.Store()
    parsed.load(path=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    assert len(store) == len(parsed) > 500


def test_cli_extractor_error_survives_pickling() -> None:
    """An extractor's error raised in a worker process reaches the user unchanged."""
    import pickle

    from kgbuild.errors import ExtractorError

    error = ExtractorError("span 3:2 outside the text", extractor="people", doc_id="d1")
    again = pickle.loads(pickle.dumps(error))
    assert isinstance(again, ExtractorError)
    assert str(again) == str(error) and again.extractor == "people"
