"""The error every reader of profile files raises: it names the file and the line."""

from __future__ import annotations

import json


class ProfileError(ValueError):
    """A profile file that cannot be read; names the line and what was expected."""

    def __init__(self, source: str, line: int, message: str) -> None:
        super().__init__(
            f"{source}, line {line}: {message}" if line > 0 else f"{source}: {message}"
        )
        self.source, self.line, self.message = source, line, message


class DuplicateKey(Exception):
    """A JSON object naming one key twice (json.loads would keep the last silently)."""


def _unique(pairs: list[tuple[str, object]]) -> dict[str, object]:
    found: dict[str, object] = {}
    for key, value in pairs:
        if key in found:
            raise DuplicateKey(key)
        found[key] = value
    return found


def parse_json(text: str, source: str) -> object:
    """json.loads with every way it can fail (syntax, nesting too deep, a number too long
    to convert, a key given twice in one object) as a ProfileError naming the line."""
    try:
        return json.loads(text, object_pairs_hook=_unique)
    except json.JSONDecodeError as err:
        raise ProfileError(source, err.lineno, f"invalid JSON: {err.msg}") from None
    except DuplicateKey as err:
        key = json.dumps(str(err.args[0])[:60], ensure_ascii=False)
        raise ProfileError(
            source, 0, f"invalid JSON: the key {key} appears twice in one object (which one?)"
        ) from None
    except (ValueError, RecursionError) as err:  # 5,000-digit numbers, 100k nested '['
        reason = "nested too deeply" if isinstance(err, RecursionError) else "a number is too long"
        raise ProfileError(source, 0, f"invalid JSON: {reason}") from None
