"""The printed pages' own wording, in Japanese and English (the app's two languages).

Kept here rather than in Qt's translation files because export never imports Qt.
"""

from __future__ import annotations

_WORDS: dict[str, tuple[str, str]] = {
    "report": ("地域づくりワークショップ 記録", "Community workshop record"),
    "contents": ("目次", "Contents"),
    "resources": ("地域資源一覧", "Local resources"),
    "resource_details": ("地域資源の詳細", "Local resources in detail"),
    "worksheets": ("ワークシート", "Worksheets"),
    "blank_sheets": ("白紙のワークシート", "Blank worksheets"),
    "zone_table": ("過不足の一覧", "Cards per zone"),
    "boards": ("付箋ボード", "Boards"),
    "records": ("セッション記録（議事録）", "Session records"),
    "record": ("議事録", "Record"),
    "snapshots": ("スナップショット", "Snapshots"),
    "open_actions": ("未完了のアクション", "Open actions"),
    "sample": ("サンプル（架空）", "Sample (fictional)"),
    "exported": ("出力日", "Exported"),
    "unrecorded": ("記録のないセッション", "Sessions with nothing recorded"),
    "materials": ("使った資料", "Materials"),
    "used": ("ワークシート・ボード", "Worksheets and boards"),
    "worksheet": ("ワークシート", "Worksheet"),
    "board": ("ボード", "Board"),
    "tile": (
        "{n}/{all}枚目（上から{row}段目・左から{col}列目）",
        "{n} of {all} (row {row}, column {col})",
    ),
    "tile_help": (
        "点線で切り、＋印を重ねて貼り合わせます",
        "Cut on the dotted line; lay the crosses over each other",
    ),
    "none": ("なし", "None"),
    "outside": ("ゾーン外", "Outside the zones"),
    "missing": ("不足", "Missing"),
    "zone": ("ゾーン", "Zone"),
    "count": ("枚数", "Cards"),
    "cards": ("カード", "Cards"),
    "name": ("名称", "Name"),
    "kind": ("種別", "Kind"),
    "operator": ("運営主体", "Run by"),
    "area": ("圏域", "Area"),
    "target": ("対象者", "For"),
    "status": ("状況", "Status"),
    "rank": ("順位", "Rank"),
    "note": ("付箋", "Note"),
    "votes": ("票", "Votes"),
    "tie": ("（同率）", " (tie)"),
    "by_table": ("内訳", "By table"),
    "on_the_laptop": ("パソコン", "Laptop"),
    "column": ("列・グループ", "Column / group"),
    "not_revealed": ("結果はまだ公開されていません。", "The results have not been revealed."),
    "no_votes": ("投票はまだありません。", "No votes yet."),
    "ungrouped": ("グループなし", "Not grouped"),
    "no_column": ("列の外", "Outside the columns"),
    "date": ("日時", "Date"),
    "mode": ("形式", "Mode"),
    "venue": ("会場", "Venue"),
    "stage": ("段階", "Stage"),
    "participants": ("参加者", "Participants"),
    "agenda": ("次第", "Agenda"),
    "decisions": ("決定事項", "Decisions"),
    "actions": ("アクション", "Actions"),
    "memo": ("メモ", "Notes"),
    "reflections": ("振り返りシート（帳票2）", "Reflection sheets (form 2)"),
    "sheets_count": ("{n}人", "{n} people"),
    "no_name": ("名前なし", "No name"),
    "time_planned": ("予定", "Planned"),
    "time_actual": ("実績", "Actual"),
    "minutes": ("分", "Min"),
    "item": ("項目", "Item"),
    "presenter": ("担当", "Presenter"),
    "what": ("内容", "What"),
    "who": ("担当", "Who"),
    "due": ("期限", "Due"),
    "session": ("セッション", "Session"),
    "overdue": ("期限超過", "Overdue"),
    "new": ("NEW", "NEW"),
    "total": ("合計", "Total"),
    "period": ("支援期間", "Engagement"),
    "summary": ("収録内容", "In this report"),
}


def word(key: str, lang: str = "ja") -> str:
    ja, en = _WORDS[key]
    return en if lang == "en" else ja


#: The municipality profile as the cover prints it: field, Japanese, English, unit.
PROFILE_ROWS: tuple[tuple[str, str, str, str], ...] = (
    ("municipality_code", "全国地方公共団体コード", "Local government code", ""),
    ("population", "人口", "Population", "人"),
    ("households", "世帯数", "Households", "世帯"),
    ("aged_65_count", "65歳以上人口", "Aged 65 and over", "人"),
    ("aged_75_count", "75歳以上人口", "Aged 75 and over", "人"),
    ("aging_rate", "高齢化率", "Ageing rate", "%"),
    ("certification_rate", "認定率", "Care-need certification rate", "%"),
    ("area_km2", "面積", "Land area", "km²"),
    ("area_count", "日常生活圏域数", "Daily-life areas", ""),
    ("centres_direct", "地域包括支援センター（直営）", "Support centres run directly", "か所"),
    ("centres_outsourced", "地域包括支援センター（委託）", "Support centres outsourced", "か所"),
    ("care_premium", "介護保険料（基準額・月額）", "Care insurance premium (monthly)", "円"),
    ("cap_status", "上限額の状況", "Spending cap status", ""),
)
