"""Sentences for the errors the Qt-free layers raise, in the user's language.

The store and the domain rules raise errors with codes; this is the one place
that words them, for dialogs and for the command line alike.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.export.output import ExportError
from app.models.rules import ValidationError
from app.store.errors import StoreError
from app.store.leftover_wal import Outcome, Recovery
from app.store.workshop_file import ReadOnlyReason


def _tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def store_error(error: StoreError) -> str:
    name = error.path.name
    # Sentences are marked for lupdate here and translated when shown.
    texts = {
        "missing": QT_TRANSLATE_NOOP("Messages", "The file “%1” was not found or cannot be read."),
        "not_sqlite": QT_TRANSLATE_NOOP(
            "Messages",
            "“%1” is not a Wagamachi Canvas workshop file (it is not a SQLite database). "
            "The file was not changed.",
        ),
        "foreign": QT_TRANSLATE_NOOP(
            "Messages",
            "“%1” is a database of another program, not a Wagamachi Canvas workshop file. "
            "The file was not changed.",
        ),
        "newer": QT_TRANSLATE_NOOP(
            "Messages",
            "“%1” was saved by a newer version of Wagamachi Canvas. Please update the app "
            "to open it. The file was not changed.",
        ),
        "damaged": QT_TRANSLATE_NOOP(
            "Messages",
            "“%1” is damaged and cannot be opened safely. The file was not changed; "
            "please open a backup copy.",
        ),
        "readonly_upgrade": QT_TRANSLATE_NOOP(
            "Messages",
            "“%1” was made by an older version and must be upgraded, but it cannot be "
            "written (read-only or in use). Copy it to a writable folder and open the copy.",
        ),
        "pending_wal": QT_TRANSLATE_NOOP(
            "Messages",
            "“%1” still holds changes that were being saved when the app last ended (in the "
            "file “%1-wal” beside it). Taking them in means writing beside the file, which "
            "cannot be done here (read-only file or folder, or opened read-only). Copy both "
            "files together to a writable folder and open the copy. The file was not changed.",
        ),
        "disk_full": QT_TRANSLATE_NOOP(
            "Messages",
            "The disk holding “%1” is full (folder %2). This change was not made and is not "
            "in the file; everything before it is saved. Free some space, then do it again.",
        ),
        "exists": QT_TRANSLATE_NOOP("Messages", "“%1” already exists. Choose another name."),
        "write_failed": QT_TRANSLATE_NOOP(
            "Messages",
            "“%1” could not be written (%2). This change was not made; everything before it "
            "is saved.",
        ),
    }
    text = _tr(str(texts.get(error.code, "“%1” could not be opened.")))
    return text.replace("%1", name).replace("%2", error.detail)


def recovery_notice(recovery: Recovery) -> str:
    """What was done with a ``-wal`` left by a crash, and where the copy is."""
    if recovery.outcome is Outcome.MERGED:
        text = QCoreApplication.translate(
            "Messages",
            "Changes that were being saved when the app last ended have been restored. "
            "The file as it was before is kept as “%1” in the same folder.",
        )
    else:
        text = QCoreApplication.translate(
            "Messages",
            "A “-wal” file beside this workshop belonged to another copy or an older state "
            "of it (for example after a backup was copied over it), so it was not mixed in. "
            "The file opened as it is; the “-wal” file is kept as “%2” in the same folder.",
        )
    return text.replace("%1", recovery.copy.name).replace("%2", recovery.saved_wal.name)


def export_error(error: ExportError) -> str:
    texts = {
        "is_folder": QT_TRANSLATE_NOOP(
            "Messages", "“%1” is a folder. Choose a file name for the export."
        ),
        "no_folder": QT_TRANSLATE_NOOP(
            "Messages", "The folder for “%1” does not exist. Nothing was written."
        ),
        "unwritable": QT_TRANSLATE_NOOP(
            "Messages",
            "“%1” could not be written (%2). Choose another folder; nothing was written.",
        ),
        "in_use": QT_TRANSLATE_NOOP(
            "Messages",
            "“%1” could not be replaced; it may be open in another program. Close it and "
            "try again; the old file is unchanged.",
        ),
    }
    text = _tr(str(texts.get(error.code, "“%1” could not be written.")))
    return text.replace("%1", error.path.name).replace("%2", error.detail)


def unprintable_notice(items: tuple[str, ...]) -> str:
    """What the export could not print as written, named with its code points: a character
    no bundled font has (printed as 〓), a variation printed in its base form."""
    if not items:
        return ""
    missing = [item for item in items if len(item) == 1]
    varied = [item for item in items if len(item) > 1]
    parts = []
    if missing:
        text = QCoreApplication.translate(
            "Messages", "No font can print these characters; they are printed as 〓: %1"
        )
        parts.append(text.replace("%1", "、".join(_named(item) for item in missing)))
    if varied:
        text = QCoreApplication.translate(
            "Messages", "These variant forms are printed in their base form: %1"
        )
        parts.append(text.replace("%1", "、".join(_named(item) for item in varied)))
    return "\n".join(parts)


def _named(item: str) -> str:
    return f"{item}（{' '.join(f'U+{ord(c):04X}' for c in item)}）"


def read_only_notice(reason: ReadOnlyReason) -> str:
    texts = {
        ReadOnlyReason.REQUESTED: QT_TRANSLATE_NOOP(
            "Messages", "Opened read-only. Changes cannot be made."
        ),
        ReadOnlyReason.PERMISSION: QT_TRANSLATE_NOOP(
            "Messages", "This file cannot be written (read-only file or folder). Opened read-only."
        ),
        ReadOnlyReason.IN_USE: QT_TRANSLATE_NOOP(
            "Messages",
            "This file is open in another Wagamachi Canvas window. Opened read-only so that "
            "only one window writes to it.",
        ),
    }
    return _tr(str(texts[reason]))


def validation_error(error: ValidationError) -> str:
    texts = {
        "empty_name": QT_TRANSLATE_NOOP("Messages", "Please enter a name."),
        "code_format": QT_TRANSLATE_NOOP(
            "Messages", "The municipality code must be 5 or 6 digits."
        ),
        "code_prefecture": QT_TRANSLATE_NOOP(
            "Messages", "The municipality code must start with a prefecture number 01–47."
        ),
        "code_check_digit": QT_TRANSLATE_NOOP(
            "Messages",
            "The municipality code's check digit does not match (expected %1). Please check "
            "for a typo.",
        ),
        "unknown_prefecture": QT_TRANSLATE_NOOP("Messages", "Unknown prefecture."),
        "negative": QT_TRANSLATE_NOOP("Messages", "The number cannot be negative."),
        "not_a_figure": QT_TRANSLATE_NOOP("Messages", "Enter a number."),
        "percent_range": QT_TRANSLATE_NOOP(
            "Messages", "Enter a percentage between 0 and 100 (entered: %1). Nothing was changed."
        ),
        "aged_65_count_over_population": QT_TRANSLATE_NOOP(
            "Messages", "More people aged 65 and over than the whole population: please check."
        ),
        "aged_75_count_over_population": QT_TRANSLATE_NOOP(
            "Messages", "More people aged 75 and over than the whole population: please check."
        ),
        "more_75_than_65": QT_TRANSLATE_NOOP(
            "Messages", "More people aged 75 and over than aged 65 and over: please check."
        ),
        "more_households_than_people": QT_TRANSLATE_NOOP(
            "Messages", "More households than people: please check."
        ),
        "rate_mismatch": QT_TRANSLATE_NOOP(
            "Messages",
            "The ageing rate differs from the one the population figures give (%1%): "
            "please check, or use “Calculate from population”.",
        ),
        "year_range": QT_TRANSLATE_NOOP("Messages", "Enter a fiscal year between 2000 and 2100."),
        "unknown_kind": QT_TRANSLATE_NOOP("Messages", "Unknown resource kind."),
        "unknown_status": QT_TRANSLATE_NOOP("Messages", "Unknown status."),
        "unknown_choice": QT_TRANSLATE_NOOP("Messages", "Not one of the choices: %1."),
        "already_split": QT_TRANSLATE_NOOP(
            "Messages", "This session is already a morning or an afternoon part."
        ),
        "self_link": QT_TRANSLATE_NOOP("Messages", "A link joins two different cards."),
        "unknown_template": QT_TRANSLATE_NOOP("Messages", "Unknown template: %1."),
        "group_depth": QT_TRANSLATE_NOOP("Messages", "Groups can be nested only one level deep."),
        "nothing_selected": QT_TRANSLATE_NOOP("Messages", "Select some notes first."),
        "dot_range": QT_TRANSLATE_NOOP("Messages", "Enter a number from 1 to 99."),
        "others_work": QT_TRANSLATE_NOOP(
            "Messages",
            "This step cannot be undone: undoing it would also change what someone sent from"
            " their phone since. Delete or edit that yourself if needed.",
        ),
        "round_closed": QT_TRANSLATE_NOOP("Messages", "This voting round is closed."),
        "not_eligible": QT_TRANSLATE_NOOP("Messages", "This note is not part of this round."),
        "over_budget": QT_TRANSLATE_NOOP(
            "Messages", "No dots left: each person has %1 in this round."
        ),
        "over_note_max": QT_TRANSLATE_NOOP(
            "Messages", "One person may put at most %1 dot(s) on one note."
        ),
        "no_dot": QT_TRANSLATE_NOOP("Messages", "There is no dot of this person on this note."),
        "bad_count": QT_TRANSLATE_NOOP("Messages", "Enter a number of votes from 0 to 999."),
        "paper_over_note": QT_TRANSLATE_NOOP(
            "Messages",
            "This table has %1 people on the list; together they can put at most %2 dots on one "
            "note.",
        ),
        "paper_over_budget": QT_TRANSLATE_NOOP(
            "Messages",
            "This table has %1 people with %2 dots in all, but its counts would make %3.",
        ),
        "paper_twice": QT_TRANSLATE_NOOP(
            "Messages",
            "%1 person(s) of this table also voted on the laptop: they may be counted twice.",
        ),
        "empty_note": QT_TRANSLATE_NOOP("Messages", "A note needs some text."),
        "no_participant": QT_TRANSLATE_NOOP(
            "Messages", "Choose who is voting first (add people under Participants)."
        ),
        "no_round": QT_TRANSLATE_NOOP("Messages", "Start a voting round first."),
        "end_before_start": QT_TRANSLATE_NOOP(
            "Messages", "The end time must be after the start time (%1)."
        ),
        "not_a_number": QT_TRANSLATE_NOOP("Messages", "Enter the minutes as a number."),
        "negative_minutes": QT_TRANSLATE_NOOP("Messages", "The minutes cannot be negative."),
        "too_many_minutes": QT_TRANSLATE_NOOP(
            "Messages", "One agenda item can last at most 600 minutes."
        ),
        "due_before_start": QT_TRANSLATE_NOOP(
            "Messages", "The due date cannot be before the engagement starts (%1)."
        ),
        "no_date": QT_TRANSLATE_NOOP("Messages", "Enter a valid date."),
        "too_long": QT_TRANSLATE_NOOP(
            "Messages", "This text is too long: the field holds at most %1 characters."
        ),
        "nothing_to_snapshot": QT_TRANSLATE_NOOP(
            "Messages", "Choose at least one worksheet or board to save."
        ),
        "empty_text": QT_TRANSLATE_NOOP("Messages", "Please write the issue."),
        "no_mark": QT_TRANSLATE_NOOP(
            "Messages", "Choose what became of the issue (changed, deepened …) for the note."
        ),
        "unknown_question": QT_TRANSLATE_NOOP("Messages", "The form does not ask %1."),
        "unknown_viewpoint": QT_TRANSLATE_NOOP("Messages", "Unknown viewpoint %1."),
    }
    text = _tr(str(texts.get(error.code, "Invalid input.")))
    for number, part in reversed(list(enumerate(error.details, start=1))):  # %10 before %1
        text = text.replace(f"%{number}", part)
    return text


def cli_text(text: str) -> str:
    """A command-line sentence in the user's language."""
    return QCoreApplication.translate("CommandLine", text)


#: Why a table cannot be imported, by the code app.importing gives.
_IMPORT_REFUSALS = {
    "missing": QT_TRANSLATE_NOOP("CommandLine", "The file %1 does not exist."),
    "too_large": QT_TRANSLATE_NOOP("CommandLine", "The file is larger than %1 MB."),
    "too_many_rows": QT_TRANSLATE_NOOP("CommandLine", "The file has more than %1 rows."),
    "unknown_format": QT_TRANSLATE_NOOP(
        "CommandLine", "Files ending %1 cannot be imported: use .xlsx or .csv."
    ),
    "not_a_workbook": QT_TRANSLATE_NOOP(
        "CommandLine", "The file is not an Excel workbook (.xlsx) or is damaged."
    ),
    "unknown_encoding": QT_TRANSLATE_NOOP(
        "CommandLine", "The CSV file's character encoding could not be recognised."
    ),
    "empty": QT_TRANSLATE_NOOP("CommandLine", "The file has no rows."),
    "no_sheet": QT_TRANSLATE_NOOP("CommandLine", "The workbook has no sheet called %1."),
    "no_name_column": QT_TRANSLATE_NOOP(
        "CommandLine", "No column of names (名称, 事業名, 団体名 …) was found."
    ),
    "bad_kind_map": QT_TRANSLATE_NOOP(
        "CommandLine", "The kind map %1 is not a JSON object of names to kind ids."
    ),
    "empty_name": QT_TRANSLATE_NOOP("CommandLine", "no name"),
    "too_long": QT_TRANSLATE_NOOP("CommandLine", "longer than %1 characters"),
    "unknown_status": QT_TRANSLATE_NOOP("CommandLine", "unknown state %1"),
    "unknown_kind": QT_TRANSLATE_NOOP("CommandLine", "unknown kind %1 (give it in --kind-map)"),
    "no_kind": QT_TRANSLATE_NOOP("CommandLine", "no kind"),
}


#: Every code an import may give, for a preview that words them all.
IMPORT_CODES = tuple(_IMPORT_REFUSALS)


def import_refusal(code: str, detail: str = "") -> str:
    """Why a table or one of its rows cannot be imported (app.importing's codes)."""
    text = _IMPORT_REFUSALS.get(code)
    return cli_text(str(text)).replace("%1", detail) if text is not None else code


_PHOTO_REFUSALS = {
    "not_an_image": QT_TRANSLATE_NOOP(
        "Photos", "%1 is not a picture (JPEG, PNG, HEIC …) or its format is not known."
    ),
    "damaged": QT_TRANSLATE_NOOP(
        "Photos", "The picture is damaged or cut short (a copy that did not finish?)."
    ),
    "too_many_pixels": QT_TRANSLATE_NOOP(
        "Photos", "The picture is far larger than any photo (%1 pixels): it was not added."
    ),
    "unreadable": QT_TRANSLATE_NOOP("Photos", "The file could not be read (%1)."),
}


def photo_refusal(code: str, detail: str = "") -> str:
    """Why a file cannot become a photo (app.photos.intake's codes)."""
    text = _PHOTO_REFUSALS.get(code)
    if text is None:
        return code
    return QCoreApplication.translate("Photos", str(text)).replace("%1", detail)
