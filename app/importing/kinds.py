"""The file's kinds (種別) matched to the catalogue: the kind's own name, a synonym, or the
closest name (rapidfuzz), with how sure the match is so the preview can show it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.importing.normalise import same_key
from app.models import ResourceKind

#: Words staff use for a kind, beyond the catalogue's names.
SYNONYMS: dict[str, str] = {
    "通いの場": "kayoi",
    "住民主体の通いの場": "kayoi",
    "ふれあいいきいきサロン": "salon",
    "いきいきサロン": "salon",
    "サロン活動": "salon",
    "いきいき百歳体操": "hyakusai",
    "100歳体操": "hyakusai",
    "百歳体操": "hyakusai",
    "老人会": "rojin_club",
    "シニアクラブ": "rojin_club",
    "町内会": "jichikai",
    "自治会": "jichikai",
    "社協": "shakyo",
    "民生委員・児童委員": "minsei",
    "通所C": "tsusho_c",
    "短期集中予防サービス": "tsusho_c",
    "訪問C": "houmon_c",
    "デイ": "day_service",
    "地域包括支援センター": "houkatsu_itaku",
    "包括": "houkatsu_itaku",
}
#: Below this similarity (0–100) a name is not taken for a kind.
FUZZY_FLOOR = 80.0


@dataclass(frozen=True)
class KindMatch:
    kind_id: str | None
    how: str  # "exact", "synonym", "fuzzy", "map" (the user's), "" when none
    score: float


class KindMatcher:
    def __init__(
        self, kinds: Sequence[ResourceKind], chosen: Mapping[str, str] | None = None
    ) -> None:
        self._names = {same_key(k.name_ja): k.id for k in kinds}
        self._names |= {same_key(k.name_en): k.id for k in kinds if k.name_en}
        self._ids = {k.id for k in kinds}
        self._synonyms = {same_key(word): kind for word, kind in SYNONYMS.items()}
        self._chosen = {same_key(word): kind for word, kind in (chosen or {}).items()}
        self._cache: dict[str, KindMatch] = {}

    def match(self, text: str) -> KindMatch:
        key = same_key(text)
        if key not in self._cache:
            self._cache[key] = self._match(key, text)
        return self._cache[key]

    def _match(self, key: str, text: str) -> KindMatch:
        if not key:
            return KindMatch(None, "", 0.0)
        if key in self._chosen and self._chosen[key] in self._ids:
            return KindMatch(self._chosen[key], "map", 100.0)
        if text.strip() in self._ids:
            return KindMatch(text.strip(), "exact", 100.0)
        if key in self._names:
            return KindMatch(self._names[key], "exact", 100.0)
        if key in self._synonyms:
            return KindMatch(self._synonyms[key], "synonym", 100.0)
        from rapidfuzz import fuzz, process

        found = process.extractOne(
            key, list(self._names) + list(self._synonyms), scorer=fuzz.WRatio
        )
        if found is None or found[1] < FUZZY_FLOOR:
            return KindMatch(None, "", found[1] if found else 0.0)
        kind = self._names.get(found[0]) or self._synonyms[found[0]]
        return KindMatch(kind, "fuzzy", float(found[1]))
