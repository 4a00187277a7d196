"""What a question may name in a profile (papers, people, affiliation tags), indexed once
when the profile is opened: finding them then costs the same at 50 papers as at 10,000."""

from __future__ import annotations

from retrieval.model import Profile
from retrieval.names import NameIndex
from retrieval.people import PeopleIndex
from retrieval.phrases import PhraseIndex


class Mentions:
    """The profile's paper names, authors and affiliation tags, each by its words."""

    def __init__(self, profile: Profile) -> None:
        self.papers = NameIndex(profile.papers)
        self.people = PeopleIndex(profile.papers)
        self.tags: PhraseIndex[str] = PhraseIndex()
        for tag in {p.affiliation for p in profile.papers if p.affiliation}:
            self.tags.add(tag, tag)
