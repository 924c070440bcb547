"""The one error hierarchy of kgbuild: every failure a user can cause or meet is a KgbuildError.

Library code raises these and never prints or exits; the CLI maps them to exit codes.
"""

from __future__ import annotations


class KgbuildError(Exception):
    """Base class: a message that says what failed, where, and how to fix it."""

    exit_code = 2

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        doc_id: str | None = None,
        hint: str | None = None,
    ) -> None:
        self.message = message
        self.path = path
        self.line = line
        self.doc_id = doc_id
        self.hint = hint
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = self.path + (f":{self.line}" if self.line is not None else "") + ": "
        elif self.doc_id:
            where = f"document {self.doc_id}: "
        text = where + self.message
        if self.hint:
            text += f" ({self.hint})"
        return text


class InputError(KgbuildError):
    """An input file or record cannot be read: missing, undecodable, malformed."""


class UsageError(KgbuildError):
    """The command line or the settings are wrong."""


class ConfigError(KgbuildError):
    """A settings file or a data resource (gazetteer, ontology) is invalid."""


class ExtractorError(KgbuildError):
    """An extractor broke its contract (offsets that do not slice the text, an undeclared kind)."""

    def __init__(self, message: str, *, extractor: str, doc_id: str | None = None) -> None:
        self.extractor = extractor
        self.detail = message
        super().__init__(f"extractor {extractor!r}: {message}", doc_id=doc_id)

    def __reduce__(self):
        # picklable, so that an error inside a worker process reaches the user unchanged
        return (_rebuild_extractor_error, (self.detail, self.extractor, self.doc_id))


def _rebuild_extractor_error(message: str, extractor: str, doc_id: str | None) -> ExtractorError:
    return ExtractorError(message, extractor=extractor, doc_id=doc_id)


class QueryError(KgbuildError):
    """A SPARQL query is unknown or malformed."""


class StoreError(KgbuildError):
    """A triple store could not be reached or refused the graph (kgbuild load)."""


class ValidationFailed(KgbuildError):
    """The graph was built but does not conform to the SHACL shapes."""

    exit_code = 1
