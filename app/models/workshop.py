"""The workshop: one engagement with one municipality, and its profile."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, Float, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base

#: Profile fields a user edits, in the order the 概要 page shows them.
PROFILE_FIELDS = (
    "name",
    "municipality_name",
    "municipality_code",
    "prefecture",
    "fiscal_year",
    "population",
    "households",
    "aged_65_count",
    "aged_75_count",
    "aging_rate",
    "certification_rate",
    "area_km2",
    "area_count",
    "centres_direct",
    "centres_outsourced",
    "care_premium",
    "cap_status",
    "memo",
)


class Workshop(Base):
    """The single row describing the engagement and the municipality (市町村) it serves."""

    __tablename__ = "workshop"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True, default=1)
    name: Mapped[str] = mapped_column(String(200), default="")
    municipality_name: Mapped[str] = mapped_column(String(100), default="")
    #: 全国地方公共団体コード, six digits including the check digit.
    municipality_code: Mapped[str | None] = mapped_column(String(6))
    prefecture: Mapped[str] = mapped_column(String(10), default="")
    #: First calendar year of the fiscal year (2022 = 令和4年度, April 2022 to March 2023).
    fiscal_year: Mapped[int | None]
    population: Mapped[int | None]
    households: Mapped[int | None]
    aged_65_count: Mapped[int | None]
    aged_75_count: Mapped[int | None]
    #: 高齢化率 in percent.
    aging_rate: Mapped[float | None] = mapped_column(Float)
    #: 認定率 (care-need certification rate) in percent.
    certification_rate: Mapped[float | None] = mapped_column(Float)
    area_km2: Mapped[float | None] = mapped_column(Float)
    #: Number of 日常生活圏域 (daily-life areas).
    area_count: Mapped[int | None]
    #: 地域包括支援センター run by the municipality itself (直営) and outsourced (委託).
    centres_direct: Mapped[int | None]
    centres_outsourced: Mapped[int | None]
    #: 介護保険料 基準額 of the current plan period, yen per month.
    care_premium: Mapped[int | None]
    #: 上限額 status, free text (e.g. 「上限額内」).
    cap_status: Mapped[str] = mapped_column(Text, default="")
    memo: Mapped[str] = mapped_column(Text, default="")
    #: Set on the bundled sample, whose people and places are invented.
    is_fictional: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=datetime.now)

    def profile(self) -> dict[str, object]:
        return {f: getattr(self, f) for f in PROFILE_FIELDS}
