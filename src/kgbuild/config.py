"""Settings: one frozen dataclass with documented defaults, overridden by a config file
then by command-line flags. Loading settings has no side effects."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError

PACKAGE_DIR = Path(__file__).resolve().parent


def ontology_dir() -> Path:
    """The ontology folder: inside an installed wheel, or at the top of a source checkout."""
    for candidate in (PACKAGE_DIR / "ontology", PACKAGE_DIR.parent.parent / "ontology"):
        if (candidate / "kgbuild.ttl").is_file():
            return candidate
    raise ConfigError(
        "the ontology folder (kgbuild.ttl) is missing from the installation",
        hint="reinstall kgbuild with `pip install .`",
    )


def sample_path() -> Path:
    """The bundled sample article that `kgbuild build` builds when given no input."""
    return PACKAGE_DIR / "sample" / "000_77648d8967c6e102.txt"


DEFAULT_EXTRACTORS = (
    "metadata",
    "places",
    "organizations",
    "people",
    "tagger",
    # statements before posts: the speakers it names that no earlier extractor knew (总统X表示)
    # are people whose posts the posts extractor then reads; it needs only people and bodies
    "statements",
    "posts",
    "initiatives",
    "metrics",
    "events",
)


@dataclass(frozen=True)
class Settings:
    """How a build runs. Every field has a default that suits news text."""

    #: extractors to run, in order (names in the extractor registry)
    extractors: tuple[str, ...] = DEFAULT_EXTRACTORS
    #: validate the built graph against the SHACL shapes
    validate: bool = True
    #: largest graph `build` validates itself (pySHACL takes about 30 s per 100,000 triples);
    #: a larger build says so in the report, and `kgbuild validate` checks it on demand
    validate_max_triples: int = 200_000
    #: write the HTML view
    html: bool = True
    #: most nodes drawn in the HTML view (the most central are kept)
    html_max_nodes: int = 500
    #: characters of context on each side of a quote (TextQuoteSelector prefix/suffix)
    quote_context: int = 12
    #: worker processes for extraction (1: in process)
    workers: int = 1
    #: where extraction runs: "local" (in process or `workers` processes) or "dask"
    executor: str = "local"
    #: Dask scheduler address for executor "dask" (None: a local cluster)
    scheduler: str | None = None
    #: graph files written besides the HTML view: ttl, nt, trig, jsonld
    formats: tuple[str, ...] = ("ttl",)
    #: show progress on stderr
    progress: bool = True
    #: keep an on-disk Oxigraph store of the graph in .kgbuild/store (queries on the folder use it)
    store: bool = True


def load_settings(config_file: str | Path | None = None, **overrides: Any) -> Settings:
    """Defaults, then the `[kgbuild]` table of a TOML file, then explicit overrides.

    Overrides whose value is None are ignored, so CLI flags that were not given do not
    replace file settings.
    """
    settings = Settings()
    names = {f.name for f in fields(Settings)}
    if config_file is not None:
        path = Path(config_file)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError("config file not found", path=str(path)) from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"invalid TOML: {exc}", path=str(path)) from None
        table = data.get("kgbuild", data)
        unknown = sorted(set(table) - names)
        if unknown:
            raise ConfigError(
                f"unknown setting(s) {', '.join(unknown)}", path=str(path), hint="known: " + ", ".join(sorted(names))
            )
        settings = replace(settings, **_coerce(table))
    given = {k: v for k, v in overrides.items() if v is not None}
    unknown = sorted(set(given) - names)
    if unknown:
        raise ConfigError(f"unknown setting(s) {', '.join(unknown)}")
    return replace(settings, **_coerce(given))


def _coerce(values: dict[str, Any]) -> dict[str, Any]:
    out = dict(values)
    for name in ("extractors", "formats"):
        if name in out:
            out[name] = tuple(out[name])
    if "executor" in out and out["executor"] not in ("local", "dask"):
        raise ConfigError(f"unknown executor {out['executor']!r}", hint="local or dask")
    if "workers" in out and int(out["workers"]) < 1:
        raise ConfigError("workers must be at least 1")
    return out
