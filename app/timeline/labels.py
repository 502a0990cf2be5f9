"""Names of the timeline's kinds, modes, stages and statuses, for the screen and for print."""

from __future__ import annotations

from enum import StrEnum

from app.models import (
    ActionStatus,
    AgendaKind,
    DayPart,
    IssueMark,
    SessionKind,
    SessionMode,
    Stage,
)

#: Pairs, not a dict: members of different enums with equal values ("") would merge as keys.
_LABELS: tuple[tuple[StrEnum, tuple[str, str]], ...] = (
    (SessionKind.PREPARATION, ("事前準備", "Preparation")),
    (SessionKind.PRE_MEETING, ("支援前会議", "Pre-meeting")),
    (SessionKind.VISIT, ("支援（訪問）", "Visit")),
    (SessionKind.REPORT, ("報告会", "Report meeting")),
    (SessionKind.FOLLOW_UP, ("フォローアップ", "Follow-up")),
    (SessionKind.OTHER, ("その他", "Other")),
    (SessionMode.ONSITE, ("現地", "On site")),
    (SessionMode.ONLINE, ("オンライン", "Online")),
    (SessionMode.PHONE, ("電話", "Phone")),
    (Stage.NONE, ("—", "—")),
    (Stage.CONNECT, ("つながる", "Connect")),
    (Stage.KNOW, ("知る", "Know")),
    (Stage.CREATE, ("うまれる", "Create")),
    (DayPart.WHOLE, ("終日", "Whole")),
    (DayPart.MORNING, ("午前", "Morning")),
    (DayPart.AFTERNOON, ("午後", "Afternoon")),
    (AgendaKind.EXPLANATION, ("説明", "Explanation")),
    (AgendaKind.LECTURE, ("講義", "Lecture")),
    (AgendaKind.INFORMATION, ("情報提供", "Information")),
    (AgendaKind.GROUP_WORK, ("演習・グループワーク", "Group work")),
    (AgendaKind.THINKING_TIME, ("シンキングタイム", "Thinking time")),
    (AgendaKind.BREAK, ("休憩", "Break")),
    (AgendaKind.REVIEW, ("振り返り", "Review")),
    (AgendaKind.OTHER, ("その他", "Other")),
    (ActionStatus.TODO, ("未着手", "To do")),
    (ActionStatus.DOING, ("進行中", "In progress")),
    (ActionStatus.DONE, ("完了", "Done")),
    (IssueMark.CHANGED, ("変化", "Changed")),
    (IssueMark.DEEPENED, ("深化", "Deepened")),
    (IssueMark.SPLIT, ("細分化", "Split up")),
    (IssueMark.SOLVED, ("解決", "Solved")),
    (IssueMark.NEW, ("新規", "New")),
)


_BY_TYPE = {(type(member), member.value): words for member, words in _LABELS}


def label(value: StrEnum, lang: str = "ja") -> str:
    ja, en = _BY_TYPE[(type(value), value.value)]
    return en if lang == "en" else ja
