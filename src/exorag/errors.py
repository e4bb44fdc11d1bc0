"""Every way exorag can refuse a request, each message saying what to do next.

ExoragError
├── QuestionError          the question is empty, too long, or unusable
├── CorpusError            the corpus folder or a document in it is unusable
│   ├── FrontMatterError   a document's YAML front matter is missing or malformed
│   └── DuplicateDocumentError  a document to add is already in the corpus
├── FetchError             a URL could not be downloaded (network, status, size, type)
├── ConversionError        a file or download holds no usable text
├── UnknownDocumentError   a requested document id is not in the index
└── IndexStateError        the index cannot be used as it stands
    ├── IndexMissingError  no index has been built at the given place
    ├── IndexMismatchError the index was built with another model or chunker
    ├── IndexCorruptError  the index folder exists but cannot be read
    ├── IndexBusyError     another process is writing the index
    └── IndexServerError   the Chroma server (--chroma-url) is unreachable or failing
"""

from __future__ import annotations


class ExoragError(Exception):
    """Base class: the message is meant for the user, as is."""


class QuestionError(ExoragError, ValueError):
    """The question cannot be asked as given."""


class CorpusError(ExoragError):
    """The corpus folder or one of its documents cannot be used."""


class FrontMatterError(CorpusError):
    """A document's front matter is missing, not YAML, or lacks a required field."""


class DuplicateDocumentError(CorpusError):
    """The document to add has the id or the content of one already in the corpus."""


class FetchError(ExoragError):
    """A URL could not be downloaded: the message names the URL and what failed."""


class ConversionError(ExoragError):
    """A file or download could not be turned into text (encoding, damaged PDF, no text)."""


class UnknownDocumentError(ExoragError, KeyError):
    """A document id was requested that the index does not hold."""

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0]) if self.args else ""


class IndexStateError(ExoragError):
    """The index cannot be used."""


class IndexMissingError(IndexStateError):
    """No index has been built yet."""


class IndexMismatchError(IndexStateError):
    """The index was built with settings that no longer match."""


class IndexCorruptError(IndexStateError):
    """The index folder exists but cannot be read."""


class IndexBusyError(IndexStateError):
    """Another process holds the index's write lock."""


class IndexServerError(IndexStateError):
    """The Chroma server holding the index cannot be reached or refused a request."""


__all__ = [
    "ConversionError",
    "CorpusError",
    "DuplicateDocumentError",
    "ExoragError",
    "FetchError",
    "FrontMatterError",
    "IndexBusyError",
    "IndexCorruptError",
    "IndexMismatchError",
    "IndexMissingError",
    "IndexServerError",
    "IndexStateError",
    "QuestionError",
    "UnknownDocumentError",
]
