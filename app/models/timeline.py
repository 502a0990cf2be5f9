"""The engagement over time: sessions (meetings and visits), who attended, each session's
agenda, decisions and actions, the worksheets and boards it used, and frozen snapshots.

Dates are stored as ISO dates (``2022-09-20``) and times as ``HH:MM:SS``, readable with any
SQLite tool; how they are shown (西暦 or 和暦) is the views' business.
"""

from __future__ import annotations

from datetime import date, datetime, time
from enum import StrEnum

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, stored_enum


class SessionKind(StrEnum):
    """What a session is in the standard shape of an engagement, in that order."""

    PREPARATION = "preparation"  # 事前準備
    PRE_MEETING = "pre_meeting"  # 0.5次/1.5次/2.5次会議 (the number is the session's title)
    VISIT = "visit"  # 1回目/2回目/3回目支援
    REPORT = "report"  # 報告会
    FOLLOW_UP = "follow_up"  # フォローアップ
    OTHER = "other"  # その他


class SessionMode(StrEnum):
    ONSITE = "onsite"  # 現地
    ONLINE = "online"  # オンライン
    PHONE = "phone"  # 電話


class Stage(StrEnum):
    """The step of つながる・知る・うまれる a session served; NONE when not said."""

    NONE = ""
    CONNECT = "connect"  # つながる
    KNOW = "know"  # 知る
    CREATE = "create"  # うまれる


class DayPart(StrEnum):
    """A visit may be split into a morning and an afternoon with different attendees."""

    WHOLE = ""
    MORNING = "am"
    AFTERNOON = "pm"


class AgendaKind(StrEnum):
    EXPLANATION = "explanation"  # 説明
    LECTURE = "lecture"  # 講義
    INFORMATION = "information"  # 情報提供
    GROUP_WORK = "group_work"  # 演習・グループワーク
    THINKING_TIME = "thinking_time"  # シンキングタイム
    BREAK = "break"  # 休憩
    REVIEW = "review"  # 振り返り
    OTHER = "other"  # その他


class ActionStatus(StrEnum):
    TODO = "todo"  # 未着手
    DOING = "doing"  # 進行中
    DONE = "done"  # 完了


class WorkshopSession(Base):
    """One session of the engagement: a pre-meeting, a visit (or half of one), a report …"""

    __tablename__ = "session"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[SessionKind] = mapped_column(stored_enum(SessionKind), default=SessionKind.OTHER)
    #: 「1回目支援」, 「1.5次会議」 …; the timeline shows it on the block.
    title: Mapped[str] = mapped_column(String(200))
    day: Mapped[date]
    start: Mapped[time | None]
    #: The planned end, against which the agenda's total is shown.
    end: Mapped[time | None]
    part: Mapped[DayPart] = mapped_column(stored_enum(DayPart), default=DayPart.WHOLE)
    mode: Mapped[SessionMode] = mapped_column(stored_enum(SessionMode), default=SessionMode.ONSITE)
    venue: Mapped[str] = mapped_column(String(200), default="")
    stage: Mapped[Stage] = mapped_column(stored_enum(Stage), default=Stage.NONE)
    notes: Mapped[str] = mapped_column(Text, default="")
    #: The facilitator's own questions on the reflection sheet, after the handbook's
    #: (``resources/forms/reflection.json``).
    reflection_questions: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")


class Attendance(Base):
    """A person from the roster at a session."""

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("session_id", "participant_id", name="person_once"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("session.id", ondelete="CASCADE"), index=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )


class AgendaItem(Base):
    """One item of a session's agenda; start and end times follow from the order."""

    __tablename__ = "agenda_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("session.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[AgendaKind] = mapped_column(stored_enum(AgendaKind), default=AgendaKind.OTHER)
    title: Mapped[str] = mapped_column(String(200), default="")
    minutes: Mapped[int] = mapped_column(default=10)
    presenter: Mapped[str] = mapped_column(String(100), default="")
    sort_order: Mapped[int] = mapped_column(default=0)
    #: When the timer started and finished the item, as it ran on the day.
    actual_start: Mapped[datetime | None]
    actual_end: Mapped[datetime | None]


class Decision(Base):
    __tablename__ = "decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("session.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    sort_order: Mapped[int] = mapped_column(default=0)


class Action(Base):
    """Something to do after a session: what, who, by when, and how far it has got."""

    __tablename__ = "action"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("session.id", ondelete="CASCADE"), index=True
    )
    what: Mapped[str] = mapped_column(Text)
    who: Mapped[str] = mapped_column(String(100), default="")
    due: Mapped[date | None]
    status: Mapped[ActionStatus] = mapped_column(
        stored_enum(ActionStatus), default=ActionStatus.TODO
    )
    sort_order: Mapped[int] = mapped_column(default=0)


class SessionLink(Base):
    """A worksheet or a board used in a session (exactly one of the two is set)."""

    __tablename__ = "session_link"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("session.id", ondelete="CASCADE"), index=True
    )
    worksheet_id: Mapped[int | None] = mapped_column(ForeignKey("worksheet.id", ondelete="CASCADE"))
    board_id: Mapped[int | None] = mapped_column(ForeignKey("board.id", ondelete="CASCADE"))


class Snapshot(Base):
    """A read-only copy of a worksheet or a board, frozen at the end of a session.

    ``content`` holds what was on it (see ``app.store.snapshots``); the source is kept by id
    only, so a snapshot outlives the worksheet or board it was taken from.
    """

    __tablename__ = "snapshot"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("session.id", ondelete="CASCADE"), index=True
    )
    #: "worksheet" or "board".
    source_kind: Mapped[str] = mapped_column(String(20))
    source_id: Mapped[int]
    title: Mapped[str] = mapped_column(String(200))
    taken_at: Mapped[datetime] = mapped_column(default=datetime.now)
    content: Mapped[dict] = mapped_column(JSON, default=dict)


class Reflection(Base):
    """One answer on a participant's reflection sheet (振り返りシート, 帳票2) for a session:
    typed in by staff from paper or sent from a phone. The question is kept as it was asked."""

    __tablename__ = "reflection"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("session.id", ondelete="CASCADE"), index=True
    )
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL"), index=True
    )
    question: Mapped[str] = mapped_column(String(200))
    answer: Mapped[str] = mapped_column(Text, default="", info={"max_chars": 2000})
    sort_order: Mapped[int] = mapped_column(default=0)
    from_phone: Mapped[bool] = mapped_column(default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(default=datetime.now)


class FormAnswer(Base):
    """One answer on a form of the engagement other than the reflection sheet: 帳票1 事前情報
    (the municipality's: no participant) or 帳票5 (a staff member's), with the viewpoints the
    facilitator tagged it with. The question is kept as it was asked."""

    __tablename__ = "form_answer"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: ``prior_information`` (帳票1) or ``final_view`` (帳票5).
    form: Mapped[str] = mapped_column(String(30), index=True)
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL"), index=True
    )
    question: Mapped[str] = mapped_column(String(200))
    answer: Mapped[str] = mapped_column(Text, default="", info={"max_chars": 30_000})
    #: The handbook's viewpoints (``renkei``, ``kyoyu`` …) the answer was tagged with.
    viewpoints: Mapped[list[str]] = mapped_column(JSON, default=list)
    sort_order: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(default=datetime.now)


class IssueMark(StrEnum):
    """What became of a 課題 at a visit (the handbook: 変化・深化・細分化 …)."""

    CHANGED = "changed"  # 変化
    DEEPENED = "deepened"  # 深化
    SPLIT = "split"  # 細分化
    SOLVED = "solved"  # 解決
    NEW = "new"  # 新規


class Issue(Base):
    """A 課題 the municipality named: on its entry sheet (``raised_at_id`` NULL) or first at a
    session; filed under a theme (通所型サービスC, 通いの場 …)."""

    __tablename__ = "issue"

    id: Mapped[int] = mapped_column(primary_key=True)
    theme: Mapped[str] = mapped_column(String(40), default="")
    text: Mapped[str] = mapped_column(String(500))
    raised_at_id: Mapped[int | None] = mapped_column(
        ForeignKey("session.id", ondelete="SET NULL"), index=True, default=None
    )
    sort_order: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(default=datetime.now)


class IssueStep(Base):
    """A 課題 at one session: what became of it, and a note (one per issue and session)."""

    __tablename__ = "issue_step"
    __table_args__ = (UniqueConstraint("issue_id", "session_id", name="once_a_session"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    issue_id: Mapped[int] = mapped_column(ForeignKey("issue.id", ondelete="CASCADE"), index=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("session.id", ondelete="CASCADE"), index=True
    )
    mark: Mapped[IssueMark] = mapped_column(stored_enum(IssueMark))
    note: Mapped[str] = mapped_column(Text, default="")
