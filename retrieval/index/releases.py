"""What the papers' abstracts say of their code (`releases.code_release`), as columns: read
once, when the papers' file is written (or at the first code question of a profile held in
memory), so that a question on code releases costs array operations and the accounts the
code is under are a lookup, not a read of every paper marked with code."""

from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from retrieval.filters import Filters
from retrieval.releases import CodeRelease

Flags = npt.NDArray[np.bool_]
Rows = npt.NDArray[np.int64]


class ReleaseColumns:
    """Per paper: whether its abstract has a sentence on its code (`said`), and whether that
    sentence only promises it or publishes it anonymously; per account ('alibaba', folded),
    the rows whose links are under it."""

    def __init__(self, said: Flags, promised: Flags, anonymous: Flags, owners: dict[str, Rows]):
        self.said, self.promised, self.anonymous = said, promised, anonymous
        self.owners = owners

    @classmethod
    def of(cls, found: Sequence[CodeRelease | None]) -> ReleaseColumns:
        """The columns of one release (or None) per paper, in profile order."""
        said = np.array([r is not None for r in found], dtype=bool)
        promised = np.array([r is not None and r.promised for r in found], dtype=bool)
        anonymous = np.array([r is not None and r.anonymous for r in found], dtype=bool)
        owners: dict[str, list[int]] = {}
        for row, release in enumerate(found):
            for owner in sorted(release.owners()) if release is not None else ():
                owners.setdefault(owner, []).append(row)
        return cls(said, promised, anonymous, {o: np.array(r) for o, r in owners.items()})

    def accounts(self) -> frozenset[str]:
        """The accounts the papers' code links are under, folded."""
        return frozenset(self.owners)

    def passing(self, f: Filters) -> Flags:
        """One flag per paper: does it pass the code-release slots (`Filters.released`)?"""
        ok = self.said.copy()
        if f.code_promised is not None:
            ok &= self.promised == f.code_promised
        if f.code_anonymous is not None:
            ok &= self.anonymous == f.code_anonymous
        if f.code_owner:
            under = np.zeros_like(ok)
            under[self.owners.get(f.code_owner.casefold(), np.array([], dtype=np.int64))] = True
            ok &= under
        if not (f.code_promised or f.code_anonymous or f.code_owner):
            ok |= ~self.said  # a paper whose abstract says nothing of its code passes
        return ok

    def dump_owners(self) -> bytes:
        """The accounts and their rows, as the papers' file keeps them."""
        return json.dumps({o: rows.tolist() for o, rows in self.owners.items()}).encode()

    @staticmethod
    def load_owners(data: bytes) -> dict[str, Rows]:
        return {str(o): np.array(r, dtype=np.int64) for o, r in json.loads(data).items()}
