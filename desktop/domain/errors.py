"""Error types shared by every layer, and the translation marker used outside Qt."""

from __future__ import annotations


class TrText(str):
    """A source string that remembers the translation context it was marked in."""

    context: str

    def __new__(cls, text: str, context: str) -> TrText:
        obj = super().__new__(cls, text)
        obj.context = context
        return obj


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context`` without importing Qt.

    ``pyside6-lupdate`` extracts calls by this name (the context must be a string literal for it to
    see the call); the UI translates the text when shown. The returned string carries its context, so
    an error raised with it is translated in the right context wherever it is shown.
    """
    return TrText(text, context)


class DomainError(Exception):
    """An expected error whose message a user may read.

    ``message`` is an English source string with Qt-style ``%1``..``%9`` placeholders,
    marked with :func:`QT_TRANSLATE_NOOP` under ``context``. ``args_`` fill the placeholders.
    ``str(error)`` deliberately returns the *unfilled* template: arguments may hold
    personal data (an address, a name) and exception texts can reach logs or crash output.
    """

    context = "Errors"

    def __init__(self, message: str, *args: object, context: str | None = None) -> None:
        super().__init__(message)
        self.message = str(message)
        self.params: tuple[str, ...] = tuple(str(a) for a in args)
        context = context or getattr(message, "context", None)
        if context is not None:
            self.context = context

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r})"


class ValidationError(DomainError):
    """Input that breaks a rule; nothing was changed."""


class UnknownRecord(LookupError):
    """Input names a record (an account, a scope, a post) that does not exist.

    Raised by the domain's input checks, which learn whether a record exists from a function the
    service passes in; the service reports it as its own "not found" error.
    """


def fill(template: str, *args: object) -> str:
    """Fill Qt-style ``%1``..``%9`` placeholders (highest first so %10 never clashes)."""
    out = template
    for i in range(len(args), 0, -1):
        out = out.replace(f"%{i}", str(args[i - 1]))
    return out
