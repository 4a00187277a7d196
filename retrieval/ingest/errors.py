"""The error every reader of profile files raises: it names the file and the line."""

from __future__ import annotations


class ProfileError(ValueError):
    """A profile file that cannot be read; names the line and what was expected."""

    def __init__(self, source: str, line: int, message: str) -> None:
        super().__init__(
            f"{source}, line {line}: {message}" if line > 0 else f"{source}: {message}"
        )
        self.source, self.line, self.message = source, line, message
