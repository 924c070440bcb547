"""Train the character tagger of the `tagger` extractor from span-annotated NER data.

    python -m kgbuild.train        # the shipped model, from the shared data beside the checkout

is the same as

    python -m kgbuild.train --cluener ../shared/data/cluener2020/train.json \\
        --resume ../shared/data/resume_ner/train_spans.jsonl -o ontology/models/ner.crfsuite

The span files (CLUENER, Resume NER: JSON lines with `text` and `label`: label -> {surface:
[[start, end_inclusive]]}) are read through kgbuild's own normalise and segment stages, so the
features are exactly those the extractor computes at run time. Their labels map to the
tagger's few tags (LABELS); the other labels are outside.

Honesty rule: `kgbuild eval --spans FILE --limit 2000` scores the first 2000 records of each
file, so training skips them (EVAL_RECORDS) and learns only from the records after them.

Training is deterministic: the same data and options give a byte-identical model.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from .config import ontology_dir
from .errors import InputError, KgbuildError
from .gazetteer import load_gazetteer
from .model import Document
from .normalise import normalise
from .segment import load_segmenter, segment

#: Records at the head of each span file that `kgbuild eval --spans --limit 2000` scores:
#: never trained on.
EVAL_RECORDS = 2000
#: Span labels of the training files -> the tagger's tags (extract/tagger.py ENTITY_TAGS).
LABELS = {
    "name": "PER",
    "NAME": "PER",
    "government": "GOV",
    "organization": "ORG",
    "company": "ORG",
    "ORG": "ORG",
    "position": "POS",
    "TITLE": "POS",
    "address": "LOC",
    "LOC": "LOC",
}
#: CRF training options: L-BFGS with L1 (c1) pruning most features to zero, so the model stays small.
DEFAULT_PARAMS = {"c1": 0.1, "c2": 0.01, "max_iterations": 150, "feature.minfreq": 2}


def shared_data() -> Path:
    """The data folder of the shared corpora beside the project checkout (../shared/data)."""
    return ontology_dir().parent.parent / "shared" / "data"


#: The span files the shipped model is trained on, inside `shared_data()`. Resume NER (résumés)
#: costs a little precision on news (trained on CLUENER records 3000+ and scored on records
#: 2000-3000: the same names found, a few more wrong ones), but without it the résumé posts
#: and names are found far less often.
DEFAULT_SOURCES = {"cluener": Path("cluener2020") / "train.json", "resume": Path("resume_ner") / "train_spans.jsonl"}


def read_records(path: str | Path, skip: int = EVAL_RECORDS, limit: int | None = None) -> Iterator[dict]:
    """The records of a span file after the first `skip` (at most `limit` of them)."""
    p = Path(path)
    if not p.is_file():
        raise InputError("no such span file", path=str(p))
    taken = 0
    seen = 0
    with p.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            seen += 1
            if seen <= skip:
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"malformed JSON: {exc.msg}", path=str(p), line=number) from None
            record["_line"] = number
            yield record
            taken += 1
            if limit is not None and taken >= limit:
                return


def sentence_examples(record: dict, source: str, features) -> Iterator[tuple[list[list[str]], list[str]]]:
    """(features, BIO tags) of each sentence of one record, read as the pipeline reads it."""
    doc = Document(id=str(record["_line"]), text=record["text"], source=source, line=record["_line"])
    norm = normalise(doc)
    seg = segment(norm, load_segmenter())
    text = seg.text
    # gold spans are offsets in the text as read; find the normalised characters they cover
    first = {s: i for i, s in reversed(list(enumerate(norm.starts)))}
    last = {e: i for i, e in enumerate(norm.ends)}
    tags = ["O"] * len(text)
    spans = []
    for label, surfaces in (record.get("label") or {}).items():
        tag = LABELS.get(label)
        if tag is None:
            continue
        for positions in surfaces.values():
            for start, end in positions:
                if start in first and end + 1 in last:
                    spans.append((first[start], last[end + 1] + 1, tag))
    # longer spans first; a span that overlaps one already placed is dropped
    for start, end, tag in sorted(spans, key=lambda s: (s[0] - s[1], s[0], s[2])):
        if start >= end or any(t != "O" for t in tags[start:end]):
            continue
        tags[start] = "B-" + tag
        for k in range(start + 1, end):
            tags[k] = "I-" + tag
    context = features.document(seg)
    for start, end in seg.sentences:
        yield features.sentence(text, context, start, end), tags[start:end]


def train(
    sources: list[tuple[str, str | Path]],
    output: str | Path,
    *,
    skip: int = EVAL_RECORDS,
    limit: int | None = None,
    params: dict | None = None,
) -> dict:
    """Train the tagger on the records after the first `skip` of each (name, path) source."""
    import pycrfsuite

    from .extract.tagger import CharFeatures

    features = CharFeatures(load_gazetteer())
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    trainer.set_params({**DEFAULT_PARAMS, **(params or {})})
    counts = {}
    for name, path in sources:
        n = 0
        for record in read_records(path, skip, limit):
            for xseq, yseq in sentence_examples(record, str(path), features):
                trainer.append(xseq, yseq)
            n += 1
        counts[name] = n
    out = Path(output)
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    last = trainer.logparser.last_iteration or {}
    return {"records": counts, "iterations": last.get("num"), "bytes": out.stat().st_size}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kgbuild.train", description=__doc__.split("\n\n")[0])
    parser.add_argument("--cluener", help="CLUENER train.json (JSON lines)")
    parser.add_argument("--resume", help="Resume NER span file (JSON lines)")
    parser.add_argument("-o", "--output", help="model file to write (default: the shipped model)")
    parser.add_argument("--skip", type=int, default=EVAL_RECORDS, help="records at the head of each file to leave out")
    parser.add_argument("--limit", type=int, help="train on at most N records of each file")
    parser.add_argument("--iterations", type=int, help="L-BFGS iterations")
    parser.add_argument("--c1", type=float, help="L1 penalty (larger: fewer features, smaller model)")
    parser.add_argument("--c2", type=float, help="L2 penalty")
    args = parser.parse_args(argv)
    from .extract.tagger import model_path

    sources = [(n, p) for n, p in (("cluener", args.cluener), ("resume", args.resume)) if p]
    try:
        if not sources:
            sources = [(name, shared_data() / path) for name, path in DEFAULT_SOURCES.items()]
        output = args.output or str(model_path())
    except KgbuildError as exc:
        print(f"kgbuild.train: {exc}", file=sys.stderr)
        return 2
    given = {"max_iterations": args.iterations, "c1": args.c1, "c2": args.c2}
    params = {k: v for k, v in given.items() if v is not None}
    began = time.perf_counter()
    try:
        info = train(sources, output, skip=args.skip, limit=args.limit, params=params)
    except KgbuildError as exc:
        print(f"kgbuild.train: {exc}", file=sys.stderr)
        return 2
    print(json.dumps({**info, "seconds": round(time.perf_counter() - began, 1)}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
