<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AddPhotosDialog</name>
    <message>
        <source>Add photos</source>
        <extracomment>Above this size of a workshop file, the dialog says so before photos make it larger.</extracomment>
        <translation>写真を追加</translation>
    </message>
    <message>
        <source>Caption (e.g. Table 2&apos;s sheet)</source>
        <translation>説明（例：テーブル2の模造紙）</translation>
    </message>
    <message>
        <source>Not added: %1 — %2</source>
        <translation>追加できませんでした：%1 — %2</translation>
    </message>
    <message>
        <source>The place, the camera and the time a photo was taken are removed before it is stored. Photos of residents and their homes: check that those in them agree.</source>
        <translation>写真の撮影場所（位置情報）・機器・日時の情報は取り除いてから保存します。住民の方やお宅の中が写った写真は、写っている方の了解を確かめてください。</translation>
    </message>
    <message>
        <source>The workshop file will be about %1 MB: copying it to a USB stick or sending it will take longer.</source>
        <translation>ワークショップファイルが約 %1 MB になります。USBメモリへのコピーや送信に時間がかかります。</translation>
    </message>
    <message>
        <source>Add %1 photo(s)</source>
        <translation>%1枚の写真を追加</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>実績</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>項目を追加</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Run with timer…</source>
        <translation>タイマーで進行…</translation>
    </message>
    <message>
        <source>Total %1 min</source>
        <translation>合計 %1分</translation>
    </message>
    <message>
        <source> / planned %1 min (%2–%3)</source>
        <translation>／予定 %1分（%2–%3）</translation>
    </message>
    <message>
        <source>, ends at %1</source>
        <translation>、終了見込み %1</translation>
    </message>
    <message>
        <source> — %1 min over</source>
        <translation>&#x3000;%1分超過</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>新しい項目</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Attended</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Tick who attended. People come from the Participants section.</source>
        <translation>出席した人にチェックを入れます。名簿は「参加者」で編集します。</translation>
    </message>
    <message>
        <source>%1 attending (%2 new)</source>
        <translation>出席 %1人（NEW %2人）</translation>
    </message>
</context>
<context>
    <name>AuthorBox</name>
    <message>
        <source>Who is typing now: new cards and notes carry this name (F7, Shift+F7)</source>
        <translation>いま入力している人：新しいカードや付箋にこの名前が付きます（F7で選ぶ、Shift+F7で前の人に戻す）</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Choose who is typing</source>
        <translation>入力する人を選ぶ</translation>
    </message>
    <message>
        <source>Back to who typed before</source>
        <translation>前に入力していた人に戻す</translation>
    </message>
</context>
<context>
    <name>AutosaveText</name>
    <message>
        <source>Saved as you type.</source>
        <translation>入力するそばから保存されます。</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>%1 (%2 notes)</source>
        <translation>%1（%2枚）</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>%1位</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>文字を編集</translation>
    </message>
    <message>
        <source>Group…</source>
        <translation>グループにする…</translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation>グループ解除</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>New note here</source>
        <translation>ここに付箋を追加</translation>
    </message>
    <message>
        <source>Paste lines as notes</source>
        <translation>行ごとに付箋として貼り付け</translation>
    </message>
    <message>
        <source>%1 note(s) added.</source>
        <translation>付箋を%1枚追加しました。</translation>
    </message>
</context>
<context>
    <name>BoardsPage</name>
    <message>
        <source>New board</source>
        <translation>新しいボード</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Type a note and press Enter · Tab changes the column · paste lines for one note each</source>
        <translation>書いてEnter・Tabで列を切り替え・複数行の貼り付けで1行1枚</translation>
    </message>
    <message>
        <source>Typing now</source>
        <translation>入力中</translation>
    </message>
    <message>
        <source>Board with your own columns…</source>
        <translation>列を自分で決めたボード…</translation>
    </message>
    <message>
        <source>Free board (no columns)</source>
        <translation>自由配置のボード（列なし）</translation>
    </message>
    <message>
        <source>Free board</source>
        <translation>自由配置のボード</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>付箋を追加</translation>
    </message>
    <message>
        <source>A new note in the column (N). Enter keeps it and starts the next.</source>
        <translation>列に新しい付箋（N）。Enterで確定し、続けて次の付箋へ。</translation>
    </message>
    <message>
        <source>Paste lines</source>
        <translation>行を貼り付け</translation>
    </message>
    <message>
        <source>Group notes</source>
        <translation>グループにする</translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation>グループ解除</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Phones and tablets in the room write notes and vote on this board</source>
        <translation>会場のスマホやタブレットから、このボードに付箋を書いたり投票したりしてもらいます</translation>
    </message>
    <message>
        <source>Photos of this board (the tables&apos; sheets, a whiteboard)</source>
        <translation>このボードの写真（テーブルの模造紙、ホワイトボードなど）</translation>
    </message>
    <message>
        <source>Fit board</source>
        <translation>ボード全体</translation>
    </message>
    <message>
        <source>Face-down</source>
        <translation>伏せ札</translation>
    </message>
    <message>
        <source>Reveal selected notes</source>
        <translation>選んだ付箋を表にする</translation>
    </message>
    <message>
        <source>Reveal a column</source>
        <translation>列ごとに表にする</translation>
    </message>
    <message>
        <source>Reveal all notes</source>
        <translation>すべての付箋を表にする</translation>
    </message>
    <message>
        <source>Turn selected notes face down</source>
        <translation>選んだ付箋を伏せる</translation>
    </message>
    <message>
        <source>The board</source>
        <translation>ボード</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <source>Delete board</source>
        <translation>ボードを削除</translation>
    </message>
    <message>
        <source>Rename board</source>
        <translation>ボードの名前を変更</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
</context>
<context>
    <name>CanvasPage</name>
    <message>
        <source>Join from phones</source>
        <extracomment>The sheet or board chosen while the page was hidden (its list and its id), built when the page is first shown. The id, not the list&apos;s item: a refilled list deletes its items. Text height (mm) a canvas opens readable at, and whether it reads from the top left.</extracomment>
        <translation>みんなで参加</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>すべて選択</translation>
    </message>
    <message>
        <source>Quick add</source>
        <translation>すばやく追加</translation>
    </message>
</context>
<context>
    <name>CardItem</name>
    <message>
        <source>Face-down: hidden from the room</source>
        <extracomment>Where the dots came from: each table&apos;s paper count, and the laptop&apos;s (&quot;&quot;).
----------
The resource&apos;s photo shown at the card&apos;s end (when the sheet shows photos).</extracomment>
        <translation>伏せて表示中：投影には裏面だけが出ます</translation>
    </message>
</context>
<context>
    <name>CardOperations</name>
    <message>
        <source>Align left edges</source>
        <translation>左端を揃える</translation>
    </message>
    <message>
        <source>Align centres vertically</source>
        <translation>左右中央を揃える</translation>
    </message>
    <message>
        <source>Align right edges</source>
        <translation>右端を揃える</translation>
    </message>
    <message>
        <source>Align top edges</source>
        <translation>上端を揃える</translation>
    </message>
    <message>
        <source>Align centres horizontally</source>
        <translation>上下中央を揃える</translation>
    </message>
    <message>
        <source>Align bottom edges</source>
        <translation>下端を揃える</translation>
    </message>
    <message>
        <source>Space evenly across</source>
        <translation>左右に等間隔で並べる</translation>
    </message>
    <message>
        <source>Space evenly down</source>
        <translation>上下に等間隔で並べる</translation>
    </message>
    <message>
        <source>Resize card</source>
        <translation>カードの大きさを変更</translation>
    </message>
    <message>
        <source>Who carries this link (which person or organisation)?</source>
        <translation>このつながりを担うのは誰ですか（人・機関）？</translation>
    </message>
    <message>
        <source>Label of the link (optional)</source>
        <translation>つながりのラベル（省略可）</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>つながり</translation>
    </message>
    <message>
        <source>Recolour cards</source>
        <translation>カードの色を変更</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <source>Colour of its kind</source>
        <translation>種別の色に戻す</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>整列</translation>
    </message>
    <message>
        <source>Place link labels automatically</source>
        <translation>つながりのラベルを自動で配置</translation>
    </message>
    <message>
        <source>Select at least %1 cards to align them.</source>
        <translation>整列するには、カードを%1枚以上選んでください。</translation>
    </message>
    <message>
        <source>Align cards</source>
        <translation>カードを整列</translation>
    </message>
</context>
<context>
    <name>Colours</name>
    <message>
        <source>Yellow</source>
        <translation>黄</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>桃</translation>
    </message>
    <message>
        <source>Light blue</source>
        <translation>水色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>若草</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙</translation>
    </message>
    <message>
        <source>Lavender</source>
        <translation>藤</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>灰</translation>
    </message>
    <message>
        <source>White</source>
        <translation>白</translation>
    </message>
</context>
<context>
    <name>ColumnsDialog</name>
    <message>
        <source>New board with your own columns</source>
        <translation>列を自分で決めた新しいボード</translation>
    </message>
    <message>
        <source>One column per line</source>
        <translation>1行に1列</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Invalid arguments: %1</source>
        <translation>引数が正しくありません: %1</translation>
    </message>
    <message>
        <source>Sample workshop written to %1</source>
        <translation>サンプルのワークショップを %1 に書き出しました</translation>
    </message>
    <message>
        <source>Report written to %1 (%2 pages)</source>
        <translation>報告書を %1 に書き出しました（%2ページ）</translation>
    </message>
    <message>
        <source>--export-pdf needs the workshop file to export.</source>
        <translation>--export-pdf には書き出すワークショップファイルを指定してください。</translation>
    </message>
    <message>
        <source>--export-xlsx needs the workshop file to export.</source>
        <translation>--export-xlsx には書き出すワークショップファイルを指定してください。</translation>
    </message>
    <message>
        <source>Workbook written to %1 (%2 sheets)</source>
        <translation>Excelブックを %1 に書き出しました（%2シート）</translation>
    </message>
    <message>
        <source>--room needs the workshop file to receive into.</source>
        <translation>--room には、受け付けた内容を入れるワークショップのファイルを指定してください。</translation>
    </message>
    <message>
        <source>--import needs the workshop to import into (--into).</source>
        <translation>--import には、取り込み先のワークショップ（--into）を指定してください。</translation>
    </message>
    <message>
        <source>The workshop file is read-only: nothing was imported.</source>
        <translation>ワークショップのファイルが読み取り専用のため、何も取り込みませんでした。</translation>
    </message>
    <message>
        <source>row %1, %2: %3</source>
        <translation>%1行目・%2: %3</translation>
    </message>
    <message>
        <source>row %1: skipped, already in the workshop (%2)</source>
        <translation>%1行目: すでにあるので飛ばしました（%2）</translation>
    </message>
    <message>
        <source>Imported %1 new, %2 updated; %3 skipped, %4 refused.</source>
        <translation>新しく%1件、更新%2件を取り込みました。飛ばした行 %3、受け付けなかった行 %4。</translation>
    </message>
    <message>
        <source>new kind: %1</source>
        <translation>新しい種別：%1</translation>
    </message>
    <message>
        <source>Receiving. Phones join by scanning the QR code or at %1</source>
        <translation>参加受付中です。スマホでQRコードを読み取るか、次のアドレスを開きます: %1</translation>
    </message>
    <message>
        <source>Or type the address %1 in the browser and the PIN %2</source>
        <translation>または、ブラウザーにアドレス %1 を入れて、PIN %2 を入力します</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop receiving.</source>
        <translation>Ctrl+C で受付を停止します。</translation>
    </message>
    <message>
        <source>No board or worksheet is called %1 in this workshop.</source>
        <translation>このワークショップに「%1」というボードやワークシートはありません。</translation>
    </message>
    <message>
        <source>This file is open read-only: nothing the phones send could be kept.</source>
        <translation>このファイルは読み取り専用で開いています。スマホから送られた内容を保存できないため、参加受付はできません。</translation>
    </message>
    <message>
        <source>Cannot receive on the address %1: %2</source>
        <translation>アドレス %1 で受け付けられません: %2</translation>
    </message>
    <message>
        <source>The window needs system libraries that are missing. Install them with: %1</source>
        <translation>ウィンドウの表示に必要なシステムライブラリがありません。次のコマンドでインストールしてください: %1</translation>
    </message>
    <message>
        <source>No display was found (DISPLAY or WAYLAND_DISPLAY is not set). Start the app from a desktop session.</source>
        <translation>画面（ディスプレイ）が見つかりません（DISPLAY または WAYLAND_DISPLAY が未設定です）。デスクトップ環境から起動してください。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <extracomment>Why a table cannot be imported, by the code app.importing gives.</extracomment>
        <translation>ファイル %1 がありません。</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>ファイルが %1 MB より大きいため取り込めません。</translation>
    </message>
    <message>
        <source>The file has more than %1 rows.</source>
        <translation>ファイルの行が %1 行より多いため取り込めません。</translation>
    </message>
    <message>
        <source>Files ending %1 cannot be imported: use .xlsx or .csv.</source>
        <translation>%1 のファイルは取り込めません。.xlsx か .csv を使ってください。</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx) or is damaged.</source>
        <translation>Excel のブック（.xlsx）ではないか、壊れています。</translation>
    </message>
    <message>
        <source>The CSV file&apos;s character encoding could not be recognised.</source>
        <translation>CSV ファイルの文字コードがわかりませんでした。</translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation>ファイルに行がありません。</translation>
    </message>
    <message>
        <source>The workbook has no sheet called %1.</source>
        <translation>ブックに「%1」というシートはありません。</translation>
    </message>
    <message>
        <source>No column of names (名称, 事業名, 団体名 …) was found.</source>
        <translation>名前の列（名称、事業名、団体名 …）が見つかりませんでした。</translation>
    </message>
    <message>
        <source>The kind map %1 is not a JSON object of names to kind ids.</source>
        <translation>種別の対応表 %1 が、名前から種別IDへの JSON になっていません。</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>名前がありません</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>%1文字を超えています</translation>
    </message>
    <message>
        <source>unknown state %1</source>
        <translation>状況「%1」がわかりません</translation>
    </message>
    <message>
        <source>unknown kind %1 (give it in --kind-map)</source>
        <translation>種別「%1」がわかりません（--kind-map で指定できます）</translation>
    </message>
    <message>
        <source>no kind</source>
        <translation>種別がありません</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Edit overview</source>
        <translation>概要を編集</translation>
    </message>
    <message>
        <source>Add resource “%1”</source>
        <translation>地域資源「%1」を追加</translation>
    </message>
    <message>
        <source>Edit resource</source>
        <translation>地域資源を編集</translation>
    </message>
    <message>
        <source>Delete %1 resource(s)</source>
        <translation>地域資源を%1件削除</translation>
    </message>
    <message>
        <source>Add worksheet</source>
        <translation>ワークシートを追加</translation>
    </message>
    <message>
        <source>Delete worksheet</source>
        <translation>ワークシートを削除</translation>
    </message>
    <message>
        <source>Edit worksheet text</source>
        <translation>ワークシートの文字を編集</translation>
    </message>
    <message>
        <source>Edit zone</source>
        <translation>ゾーンを編集</translation>
    </message>
    <message>
        <source>Move stave</source>
        <translation>板を移動</translation>
    </message>
    <message>
        <source>Add stave</source>
        <translation>板を追加</translation>
    </message>
    <message>
        <source>Remove stave</source>
        <translation>板を削除</translation>
    </message>
    <message>
        <source>Place %1 card(s)</source>
        <translation>カードを%1枚配置</translation>
    </message>
    <message>
        <source>Move %1 card(s)</source>
        <translation>カードを%1枚移動</translation>
    </message>
    <message>
        <source>Delete %1 card(s)</source>
        <translation>カードを%1枚削除</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>つながりを追加</translation>
    </message>
    <message>
        <source>Edit link label</source>
        <translation>つながりのラベルを編集</translation>
    </message>
    <message>
        <source>Move link label</source>
        <translation>つながりのラベルを移動</translation>
    </message>
    <message>
        <source>Place link labels automatically</source>
        <translation>つながりのラベルを自動で配置</translation>
    </message>
    <message>
        <source>Delete link</source>
        <translation>つながりを削除</translation>
    </message>
    <message>
        <source>Add %1 participant(s)</source>
        <translation>参加者を%1人追加</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>参加者を編集</translation>
    </message>
    <message>
        <source>Delete %1 participant(s)</source>
        <translation>参加者を%1人削除</translation>
    </message>
    <message>
        <source>Add board</source>
        <translation>ボードを追加</translation>
    </message>
    <message>
        <source>Delete board</source>
        <translation>ボードを削除</translation>
    </message>
    <message>
        <source>Edit board</source>
        <translation>ボードを編集</translation>
    </message>
    <message>
        <source>Edit columns</source>
        <translation>列を編集</translation>
    </message>
    <message>
        <source>Add %1 note(s)</source>
        <translation>付箋を%1枚追加</translation>
    </message>
    <message>
        <source>Move %1 note(s)</source>
        <translation>付箋を%1枚移動</translation>
    </message>
    <message>
        <source>Delete %1 note(s)</source>
        <translation>付箋を%1枚削除</translation>
    </message>
    <message>
        <source>Group notes</source>
        <translation>付箋をまとめる</translation>
    </message>
    <message>
        <source>Ungroup notes</source>
        <translation>グループを解除</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>グループの名前を変更</translation>
    </message>
    <message>
        <source>Start voting round</source>
        <translation>投票を始める</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>Withdraw vote</source>
        <translation>投票を取り消す</translation>
    </message>
    <message>
        <source>Enter table votes</source>
        <translation>テーブルの票数を入力</translation>
    </message>
    <message>
        <source>Close voting round</source>
        <translation>投票を締め切る</translation>
    </message>
    <message>
        <source>Reveal results</source>
        <translation>結果を発表</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>付箋を編集</translation>
    </message>
    <message>
        <source>Recolour notes</source>
        <translation>付箋の色を変更</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>次第の項目を追加</translation>
    </message>
    <message>
        <source>Edit agenda item</source>
        <translation>次第の項目を編集</translation>
    </message>
    <message>
        <source>Reorder agenda</source>
        <translation>次第の順番を変更</translation>
    </message>
    <message>
        <source>Record agenda times</source>
        <translation>次第の実績時刻を記録</translation>
    </message>
    <message>
        <source>Add attendee</source>
        <translation>出席者を追加</translation>
    </message>
    <message>
        <source>Remove attendee</source>
        <translation>出席者を外す</translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation>決定事項を追加</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>アクションを追加</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>アクションを編集</translation>
    </message>
    <message>
        <source>Link to session</source>
        <translation>セッションに関連付け</translation>
    </message>
    <message>
        <source>Delete agenda item</source>
        <translation>次第の項目を削除</translation>
    </message>
    <message>
        <source>Delete decision</source>
        <translation>決定事項を削除</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>アクションを削除</translation>
    </message>
    <message>
        <source>Unlink from session</source>
        <translation>関連付けを解除</translation>
    </message>
    <message>
        <source>Delete snapshot</source>
        <translation>スナップショットを削除</translation>
    </message>
    <message>
        <source>Plan the engagement</source>
        <translation>支援の日程を計画</translation>
    </message>
    <message>
        <source>Move session</source>
        <translation>セッションを移動</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>セッションを編集</translation>
    </message>
    <message>
        <source>Duplicate session</source>
        <translation>セッションを複製</translation>
    </message>
    <message>
        <source>Split into morning and afternoon</source>
        <translation>午前・午後に分ける</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>セッションを削除</translation>
    </message>
    <message>
        <source>Save snapshots</source>
        <translation>スナップショットを保存</translation>
    </message>
    <message>
        <source>Turn %1 card(s) face down</source>
        <translation>カードを%1枚伏せる</translation>
    </message>
    <message>
        <source>Reveal %1 card(s)</source>
        <translation>カードを%1枚表にする</translation>
    </message>
    <message>
        <source>Turn %1 note(s) face down</source>
        <translation>付箋を%1枚伏せる</translation>
    </message>
    <message>
        <source>Reveal %1 note(s)</source>
        <translation>付箋を%1枚表にする</translation>
    </message>
    <message>
        <source>Enter reflection sheet</source>
        <translation>振り返りシートを入力</translation>
    </message>
    <message>
        <source>Import %1 resource(s)</source>
        <translation>地域資源%1件を取り込む</translation>
    </message>
    <message>
        <source>Import %1 participant(s)</source>
        <translation>参加者%1人を取り込む</translation>
    </message>
    <message>
        <source>Add %1 photo(s)</source>
        <translation>%1枚の写真を追加</translation>
    </message>
    <message>
        <source>Rotate photo</source>
        <translation>写真を回転</translation>
    </message>
    <message>
        <source>Edit photo caption</source>
        <translation>写真の説明を変更</translation>
    </message>
    <message>
        <source>Delete %1 photo(s)</source>
        <translation>写真%1枚を削除</translation>
    </message>
    <message>
        <source>Enter %1</source>
        <translation>%1 を入力</translation>
    </message>
    <message>
        <source>Add issue</source>
        <translation>課題を追加</translation>
    </message>
    <message>
        <source>Edit issue</source>
        <translation>課題を変更</translation>
    </message>
    <message>
        <source>Delete issue</source>
        <translation>課題を削除</translation>
    </message>
    <message>
        <source>Note an issue&apos;s change</source>
        <translation>課題の変化を記録</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare snapshots</source>
        <translation>スナップショットの比較</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>削除（なくなったもの）</translation>
    </message>
    <message>
        <source>Moved to another zone</source>
        <translation>ゾーン間の移動</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>名称の変更</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>比較元</translation>
    </message>
    <message>
        <source>After</source>
        <translation>比較先</translation>
    </message>
    <message>
        <source>Copy as a picture</source>
        <translation>画像としてコピー</translation>
    </message>
    <message>
        <source>Save as a picture…</source>
        <translation>画像として保存…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 moved, %4 renamed, %5 unchanged</source>
        <translation>追加 %1・削除 %2・移動 %3・名称変更 %4・変化なし %5</translation>
    </message>
    <message>
        <source>Save as a picture</source>
        <translation>画像として保存</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>比較</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>UTF-8 with BOM (Excel; recommended)</source>
        <translation>UTF-8・BOM付き（Excel 向け・おすすめ）</translation>
    </message>
    <message>
        <source>Shift_JIS (older tools)</source>
        <translation>Shift_JIS（古いソフト向け）</translation>
    </message>
    <message>
        <source>Character encoding of the CSV files</source>
        <translation>CSVファイルの文字コード</translation>
    </message>
    <message>
        <source>Choose a folder for the CSV files</source>
        <translation>CSVファイルを保存するフォルダを選んでください</translation>
    </message>
    <message>
        <source>These files exist and will be replaced:
%1</source>
        <translation>次のファイルは既にあり、置き換えます:
%1</translation>
    </message>
    <message>
        <source>Shift_JIS has no code for these characters, so nothing was written: %1
Write the files in UTF-8, or change those characters first.</source>
        <translation>次の文字は Shift_JIS にないため、何も書き出していません: %1
UTF-8 で書き出すか、先にその文字を直してください。</translation>
    </message>
    <message>
        <source>Written (UTF-8 with BOM, for Excel):
%1</source>
        <translation>書き出しました（UTF-8・BOM付き、Excelで開けます）:
%1</translation>
    </message>
    <message>
        <source>Written (Shift_JIS):
%1</source>
        <translation>書き出しました（Shift_JIS）:
%1</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Type a date as you write it: 2023/8/30, 8/30, R5.8.30 or 令和5年8月30日</source>
        <translation>いつもの書き方で日付を入力できます：2023/8/30、8/30、R5.8.30、令和5年8月30日</translation>
    </message>
    <message>
        <source>Choose on a calendar</source>
        <translation>カレンダーから選ぶ</translation>
    </message>
    <message>
        <source>Not a date: %1</source>
        <translation>日付として読めません：%1</translation>
    </message>
</context>
<context>
    <name>EntryTab</name>
    <message>
        <source>An issue, then Enter</source>
        <translation>課題を書いて Enter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>課題</translation>
    </message>
    <message>
        <source>Issues (several; each under a theme)</source>
        <translation>課題（複数可。テーマごとに）</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDFに書き出し</translation>
    </message>
    <message>
        <source>Whole report</source>
        <translation>報告書全体</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>すべて外す</translation>
    </message>
    <message>
        <source>Add a table of cards per zone after each sheet</source>
        <translation>各シートの後に過不足の一覧（ゾーン別の枚数）を付ける</translation>
    </message>
    <message>
        <source>Photos of sessions, boards and sheets</source>
        <translation>セッション・ボード・シートの写真</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>PDFを開く</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>フォルダを開く</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <source>What to include</source>
        <translation>含める内容</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Choose at least one part.</source>
        <translation>少なくとも1つ選んでください。</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Export stopped; nothing was written.</source>
        <translation>書き出しを中止しました。ファイルは書き出していません。</translation>
    </message>
    <message>
        <source>Written: %1 (%2 pages)</source>
        <translation>書き出しました: %1（%2ページ）</translation>
    </message>
    <message>
        <source>Printing stopped; nothing was sent.</source>
        <translation>印刷を中止しました。プリンターには何も送っていません。</translation>
    </message>
    <message>
        <source>Sent %1 pages to the printer.</source>
        <translation>%1ページをプリンターに送りました。</translation>
    </message>
</context>
<context>
    <name>FormTab</name>
    <message>
        <source>Whose sheet you are typing in</source>
        <translation>入力するのは誰のシートか</translation>
    </message>
    <message>
        <source>Save and next (Ctrl+Enter)</source>
        <translation>保存して次へ（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>記入者</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Viewpoints</source>
        <translation>視点</translation>
    </message>
    <message>
        <source>The handbook&apos;s viewpoints this answer speaks of</source>
        <translation>この回答にあてはまる手引きの視点</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>名前なし</translation>
    </message>
</context>
<context>
    <name>FormsPage</name>
    <message>
        <source>Forms</source>
        <translation>帳票</translation>
    </message>
    <message>
        <source>Issues over time</source>
        <translation>課題の変化</translation>
    </message>
    <message>
        <source>Report meeting summary</source>
        <translation>報告会のまとめ</translation>
    </message>
</context>
<context>
    <name>ImageDialog</name>
    <message>
        <source>Export as pictures</source>
        <translation>画像として書き出し</translation>
    </message>
    <message>
        <source>This one: %1</source>
        <translation>これだけ：%1</translation>
    </message>
    <message>
        <source>Every sheet and board, into a folder</source>
        <translation>すべてのシートとボードをフォルダに</translation>
    </message>
    <message>
        <source>Slide, 1920 × 1080</source>
        <translation>スライド用（1920×1080）</translation>
    </message>
    <message>
        <source>Slide, 1280 × 720</source>
        <translation>スライド用（1280×720）</translation>
    </message>
    <message>
        <source>Print, 150 dpi of the page</source>
        <translation>印刷用（用紙に対して150dpi）</translation>
    </message>
    <message>
        <source>Print, 300 dpi of the page</source>
        <translation>印刷用（用紙に対して300dpi）</translation>
    </message>
    <message>
        <source>As on screen (white)</source>
        <translation>画面と同じ（白）</translation>
    </message>
    <message>
        <source>Projector (dark)</source>
        <translation>プロジェクター（暗い背景）</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大きさ</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>見た目</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <source>Export as a picture</source>
        <translation>画像として書き出し</translation>
    </message>
    <message>
        <source>Folder for the pictures</source>
        <translation>画像を書き出すフォルダ</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 を書き込めませんでした。</translation>
    </message>
    <message>
        <source>%1 picture(s) written: %2</source>
        <translation>%1枚の画像を書き出しました：%2</translation>
    </message>
</context>
<context>
    <name>ImageMenu</name>
    <message>
        <source>Export as &amp;pictures…</source>
        <translation>画像として書き出し(&amp;G)…</translation>
    </message>
    <message>
        <source>Copy as a picture</source>
        <translation>画像としてコピー</translation>
    </message>
    <message>
        <source>The sheet, board or timeline shown, to paste into slides or a chat</source>
        <translation>表示しているシート・ボード・セッションの流れを、スライドやチャットに貼り付けられる画像にします</translation>
    </message>
    <message>
        <source>Sessions of %1</source>
        <translation>%1 のセッションの流れ</translation>
    </message>
    <message>
        <source>Show a sheet, a board or the sessions to copy them.</source>
        <translation>コピーするシート・ボード・セッションを表示してください。</translation>
    </message>
    <message>
        <source>Copied as a picture (1920 × 1080): paste it into a slide.</source>
        <translation>画像としてコピーしました（1920×1080）。スライドなどに貼り付けられます。</translation>
    </message>
    <message>
        <source>Export as a picture</source>
        <translation>画像として書き出し</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>セッションの流れ</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>new kind: %1</source>
        <translation>新しい種別：%1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>%1 の取り込み</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>圏域・地区</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>運営主体</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>対象者</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>unknown kind %1: choose a kind for such rows above</source>
        <extracomment>A roster (参加者名簿) rather than a list of resources.</extracomment>
        <translation>種別「%1」がわかりません（上で、こうした行の種別を選べます）</translation>
    </message>
    <message>
        <source>unknown side %1 (市町村, 支援者 or 地域)</source>
        <translation>立場「%1」がわかりません（市町村・支援者・地域のどれか）</translation>
    </message>
    <message>
        <source>Furigana</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>立場</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <source>Update resources already in the file (else skip)</source>
        <extracomment>Kinds chosen row by row in the preview (row number → kind id).</extracomment>
        <translation>すでにある地域資源は更新する（しないときは飛ばす）</translation>
    </message>
    <message>
        <source>Do not import them</source>
        <translation>取り込まない</translation>
    </message>
    <message>
        <source>Add each as a new kind</source>
        <translation>それぞれ新しい種別として加える</translation>
    </message>
    <message>
        <source>Double-click a kind to choose another for that row</source>
        <translation>種別をダブルクリックすると、その行の種別を選び直せます</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>シート</translation>
    </message>
    <message>
        <source>Rows whose kind is empty or unknown:</source>
        <translation>種別が空欄・不明な行:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>%1列目</translation>
    </message>
    <message>
        <source>Choose the column that holds the names.</source>
        <translation>名前の入っている列を選んでください。</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 skipped, %4 not imported (of %5 rows).</source>
        <translation>新規 %1件・更新 %2件・飛ばす %3件・取り込まない %4件（%5行のうち）</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>same as one in the file: skipped</source>
        <translation>すでにある：飛ばす</translation>
    </message>
    <message>
        <source>same as one in the file: updated</source>
        <translation>すでにある：更新</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>取り込まない</translation>
    </message>
    <message>
        <source>Row</source>
        <extracomment>What a column between the name and the reason shows: its header and a row&apos;s text. The user chose a kind for one row (its number in the file, the kind&apos;s id). The column of kinds that can be chosen row by row, or -1.</extracomment>
        <translation>行</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>the same row again in this file</source>
        <translation>このファイルの中で同じ行がもう一度</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <source>Import a roster</source>
        <extracomment>What a dropped file must end with to be taken for a table to import.</extracomment>
        <translation>参加者の名簿を取り込む</translation>
    </message>
    <message>
        <source>Import a list of resources</source>
        <translation>地域資源の一覧を取り込む</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv)</source>
        <translation>表（*.xlsx *.csv）</translation>
    </message>
</context>
<context>
    <name>IssueGrid</name>
    <message>
        <source>Each issue from the entry sheet (or first raised at a visit) through the visits: double-click a cell to note what became of it.</source>
        <translation>エントリーシートの課題（または支援の回で新しく出た課題）が、各回でどうなったか。セルをダブルクリックして記録します。</translation>
    </message>
    <message>
        <source>Issue (entry sheet)</source>
        <translation>課題（エントリーシート）</translation>
    </message>
</context>
<context>
    <name>JoinPoster</name>
    <message>
        <source>Join from your phone</source>
        <translation>スマホで参加</translation>
    </message>
    <message>
        <source>1. Join the Wi-Fi of this room.
2. Scan the QR code with the phone&apos;s camera.

Or open the browser and type:</source>
        <translation>1. この会場のWi-Fiにつなぎます。
2. スマホのカメラでQRコードを読み取ります。

または、ブラウザーで次のアドレスを開きます:</translation>
    </message>
    <message>
        <source>PIN %1</source>
        <translation>PIN %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <extracomment>After a file opens, the garbage collector is settled (app/memory.py) this much later.</extracomment>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新規(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>Open the &amp;sample workshop</source>
        <translation>サンプルを開く(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>Show file &amp;location</source>
        <translation>ファイルの場所を開く(&amp;L)</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>PDFに書き出し(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;R)…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>CSVに書き出し(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Import a list of resources…</source>
        <translation>地域資源の一覧を取り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a &amp;roster…</source>
        <translation>参加者の名簿を取り込む(&amp;R)…</translation>
    </message>
    <message>
        <source>Export an &amp;Excel workbook…</source>
        <translation>Excelに書き出し(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Projection</source>
        <translation>投影(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Wagamachi Canvas</source>
        <translation>バージョン情報(&amp;A)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Open the folder that holds this file</source>
        <translation>このファイルがあるフォルダを開く</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [読み取り専用]</translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation>ワークショップを開く</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>新しいワークショップ</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>ワークショップ</translation>
    </message>
    <message>
        <source>That file is open now. Choose another name.</source>
        <translation>そのファイルは現在開いています。別の名前を選んでください。</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>名前を付けて保存</translation>
    </message>
    <message>
        <source>Workshop files (*%1)</source>
        <translation>ワークショップファイル (*%1)</translation>
    </message>
    <message>
        <source>The language changes the next time Wagamachi Canvas starts.</source>
        <translation>表示言語は、わがまちキャンバスを次に起動したときに切り替わります。</translation>
    </message>
    <message>
        <source>About Wagamachi Canvas</source>
        <translation>わがまちキャンバスについて</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 (Wagamachi Canvas) %2&lt;/h3&gt;&lt;p&gt;Worksheets, sticky-note boards and session records for community-building workshops in municipal elderly-care programmes.&lt;/p&gt;&lt;p&gt;Every edit is saved in the workshop file at once.&lt;/p&gt;&lt;p&gt;Font: BIZ UDPGothic, © The BIZ UDGothic Project Authors, SIL Open Font License 1.1. Characters it lacks: 花園明朝A (Hanazono Font License) and Symbola (free for any use).&lt;/p&gt;&lt;p&gt;Icons: Material Design Icons (Pictogrammers, Apache License 2.0), from a cut of their font.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 (Wagamachi Canvas) %2&lt;/h3&gt;&lt;p&gt;市町村の介護予防・地域づくりのワークショップのための、ワークシート・付箋ボード・支援記録のアプリです。&lt;/p&gt;&lt;p&gt;編集内容はその都度ワークショップファイルに保存されます。&lt;/p&gt;&lt;p&gt;フォント: BIZ UDPゴシック © The BIZ UDGothic Project Authors, SIL Open Font License 1.1。BIZ UDPゴシックにない文字: 花園明朝A（Hanazono Font License）、Symbola（自由に利用可）&lt;/p&gt;&lt;p&gt;アイコン: Material Design Icons（Pictogrammers、Apache License 2.0）のフォントから必要な分を収録&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MarkDialog</name>
    <message>
        <source>(nothing noted)</source>
        <translation>（記録なし）</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>どうなったか</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>MaterialsTab</name>
    <message>
        <source>Link…</source>
        <translation>関連付け…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>関連付けを解除</translation>
    </message>
    <message>
        <source>Save at the end of the session…</source>
        <translation>セッション終了時に保存…</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>比較…</translation>
    </message>
    <message>
        <source>Delete snapshot</source>
        <translation>スナップショットを削除</translation>
    </message>
    <message>
        <source>Worksheets and boards used</source>
        <translation>このセッションで使ったワークシート・ボード</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>ワークシート</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>ボード</translation>
    </message>
    <message>
        <source>%1 item(s)</source>
        <translation>%1件</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Something went wrong. Everything committed before this is safe in the file. Details were written to %1.</source>
        <translation>予期しないエラーが発生しました。これまでの編集内容はファイルに保存されています。詳細は %1 に記録しました。</translation>
    </message>
    <message>
        <source>The file “%1” was not found or cannot be read.</source>
        <translation>ファイル「%1」が見つからないか、読み込めません。</translation>
    </message>
    <message>
        <source>“%1” is not a Wagamachi Canvas workshop file (it is not a SQLite database). The file was not changed.</source>
        <translation>「%1」はわがまちキャンバスのワークショップファイルではありません（SQLiteデータベースではありません）。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>“%1” is a database of another program, not a Wagamachi Canvas workshop file. The file was not changed.</source>
        <translation>「%1」は別のアプリのデータベースで、わがまちキャンバスのワークショップファイルではありません。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Wagamachi Canvas. Please update the app to open it. The file was not changed.</source>
        <translation>「%1」は新しいバージョンのわがまちキャンバスで保存されています。開くにはアプリを更新してください。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened safely. The file was not changed; please open a backup copy.</source>
        <translation>「%1」は破損しているため、安全に開けません。ファイルは変更していません。バックアップのコピーを開いてください。</translation>
    </message>
    <message>
        <source>“%1” was made by an older version and must be upgraded, but it cannot be written (read-only or in use). Copy it to a writable folder and open the copy.</source>
        <translation>「%1」は古いバージョンで作成されており更新が必要ですが、書き込みできません（読み取り専用または使用中）。書き込みできるフォルダにコピーしてから、コピーを開いてください。</translation>
    </message>
    <message>
        <source>“%1” still holds changes that were being saved when the app last ended (in the file “%1-wal” beside it). Taking them in means writing beside the file, which cannot be done here (read-only file or folder, or opened read-only). Copy both files together to a writable folder and open the copy. The file was not changed.</source>
        <translation>「%1」には、前回の終了時に保存途中だった変更（隣のファイル「%1-wal」）が残っています。取り込むにはファイルの隣に書き込む必要がありますが、ここでは書き込めません（読み取り専用のファイルやフォルダー、または読み取り専用で開こうとしました）。2つのファイルを一緒に書き込めるフォルダーへコピーし、そのコピーを開いてください。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>The disk holding “%1” is full (folder %2). This change was not made and is not in the file; everything before it is saved. Free some space, then do it again.</source>
        <translation>「%1」のあるディスクがいっぱいです（フォルダー %2）。この操作は行われず、ファイルにも入っていません。それより前の編集はすべて保存されています。空き容量を作ってから、もう一度操作してください。</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name.</source>
        <translation>「%1」は既に存在します。別の名前を選んでください。</translation>
    </message>
    <message>
        <source>“%1” could not be written (%2). This change was not made; everything before it is saved.</source>
        <translation>「%1」に書き込めませんでした（%2）。この操作は行われていません。それより前の編集はすべて保存されています。</translation>
    </message>
    <message>
        <source>Changes that were being saved when the app last ended have been restored. The file as it was before is kept as “%1” in the same folder.</source>
        <translation>前回の終了時に保存途中だった変更を復元しました。復元前のファイルは、同じフォルダーに「%1」として残してあります。</translation>
    </message>
    <message>
        <source>A “-wal” file beside this workshop belonged to another copy or an older state of it (for example after a backup was copied over it), so it was not mixed in. The file opened as it is; the “-wal” file is kept as “%2” in the same folder.</source>
        <translation>このワークショップの隣にあった「-wal」ファイルは、別のコピーか以前の状態のもの（バックアップを上書きコピーした場合など）だったため、混ぜずに開きました。ファイルはそのままの内容で開いています。「-wal」ファイルは同じフォルダーに「%2」として残してあります。</translation>
    </message>
    <message>
        <source>“%1” is a folder. Choose a file name for the export.</source>
        <translation>「%1」はフォルダです。書き出すファイルの名前を指定してください。</translation>
    </message>
    <message>
        <source>The folder for “%1” does not exist. Nothing was written.</source>
        <translation>「%1」を保存するフォルダがありません。何も書き出していません。</translation>
    </message>
    <message>
        <source>“%1” could not be written (%2). Choose another folder; nothing was written.</source>
        <translation>「%1」を書き込めませんでした（%2）。別のフォルダを選んでください。何も書き出していません。</translation>
    </message>
    <message>
        <source>“%1” could not be replaced; it may be open in another program. Close it and try again; the old file is unchanged.</source>
        <translation>「%1」を置き換えられませんでした。他のアプリで開いている可能性があります。閉じてからもう一度お試しください。元のファイルは変わっていません。</translation>
    </message>
    <message>
        <source>No font can print these characters; they are printed as 〓: %1</source>
        <translation>次の文字は印刷できるフォントがないため、〓で印刷しました: %1</translation>
    </message>
    <message>
        <source>These variant forms are printed in their base form: %1</source>
        <translation>次の異体字は、基本の字形で印刷しました: %1</translation>
    </message>
    <message>
        <source>Opened read-only. Changes cannot be made.</source>
        <translation>読み取り専用で開きました。変更はできません。</translation>
    </message>
    <message>
        <source>This file cannot be written (read-only file or folder). Opened read-only.</source>
        <translation>このファイルには書き込めません（読み取り専用のファイルまたはフォルダ）。読み取り専用で開きました。</translation>
    </message>
    <message>
        <source>This file is open in another Wagamachi Canvas window. Opened read-only so that only one window writes to it.</source>
        <translation>このファイルは別のわがまちキャンバスのウィンドウで開かれています。書き込むウィンドウを1つにするため、読み取り専用で開きました。</translation>
    </message>
    <message>
        <source>Please enter a name.</source>
        <translation>名前を入力してください。</translation>
    </message>
    <message>
        <source>The municipality code must be 5 or 6 digits.</source>
        <translation>全国地方公共団体コードは5桁または6桁の数字で入力してください。</translation>
    </message>
    <message>
        <source>The municipality code must start with a prefecture number 01–47.</source>
        <translation>全国地方公共団体コードの先頭2桁は都道府県番号（01〜47）です。</translation>
    </message>
    <message>
        <source>The municipality code&apos;s check digit does not match (expected %1). Please check for a typo.</source>
        <translation>全国地方公共団体コードの検査数字が一致しません（正しくは %1）。入力ミスがないか確認してください。</translation>
    </message>
    <message>
        <source>Unknown prefecture.</source>
        <translation>都道府県名が正しくありません。</translation>
    </message>
    <message>
        <source>The number cannot be negative.</source>
        <translation>マイナスの数は入力できません。</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>数値を入力してください。</translation>
    </message>
    <message>
        <source>Enter a percentage between 0 and 100 (entered: %1). Nothing was changed.</source>
        <translation>0〜100の割合（%）を入力してください（入力された値：%1）。何も変更していません。</translation>
    </message>
    <message>
        <source>More people aged 65 and over than the whole population: please check.</source>
        <translation>65歳以上の人数が総人口より多くなっています。ご確認ください。</translation>
    </message>
    <message>
        <source>More people aged 75 and over than the whole population: please check.</source>
        <translation>75歳以上の人数が総人口より多くなっています。ご確認ください。</translation>
    </message>
    <message>
        <source>More people aged 75 and over than aged 65 and over: please check.</source>
        <translation>75歳以上の人数が65歳以上の人数より多くなっています。ご確認ください。</translation>
    </message>
    <message>
        <source>More households than people: please check.</source>
        <translation>世帯数が人口より多くなっています。ご確認ください。</translation>
    </message>
    <message>
        <source>The ageing rate differs from the one the population figures give (%1%): please check, or use “Calculate from population”.</source>
        <translation>高齢化率が人口の数字から求めた値（%1%）と合いません。ご確認いただくか、「人口から計算」をお使いください。</translation>
    </message>
    <message>
        <source>Enter a fiscal year between 2000 and 2100.</source>
        <translation>年度は2000〜2100の範囲で入力してください。</translation>
    </message>
    <message>
        <source>Unknown resource kind.</source>
        <translation>地域資源の種類が正しくありません。</translation>
    </message>
    <message>
        <source>Unknown status.</source>
        <translation>状態が正しくありません。</translation>
    </message>
    <message>
        <source>Not one of the choices: %1.</source>
        <translation>選択肢にない値です：%1。</translation>
    </message>
    <message>
        <source>This session is already a morning or an afternoon part.</source>
        <translation>このセッションはすでに午前か午後の部です。</translation>
    </message>
    <message>
        <source>A link joins two different cards.</source>
        <translation>つながりは別々の2枚のカードを結びます。</translation>
    </message>
    <message>
        <source>Unknown template: %1.</source>
        <translation>不明な様式です: %1</translation>
    </message>
    <message>
        <source>Groups can be nested only one level deep.</source>
        <translation>グループの入れ子は1段までです。</translation>
    </message>
    <message>
        <source>Select some notes first.</source>
        <translation>先に付箋を選んでください。</translation>
    </message>
    <message>
        <source>Enter a number from 1 to 99.</source>
        <translation>1〜99の数を入力してください。</translation>
    </message>
    <message>
        <source>This step cannot be undone: undoing it would also change what someone sent from their phone since. Delete or edit that yourself if needed.</source>
        <translation>この操作は元に戻せません。元に戻すと、その後にスマホから送られた内容まで変わってしまいます。必要なら、その内容を自分で削除・修正してください。</translation>
    </message>
    <message>
        <source>This voting round is closed.</source>
        <translation>この投票は締め切られています。</translation>
    </message>
    <message>
        <source>This note is not part of this round.</source>
        <translation>この付箋は今回の投票の対象外です。</translation>
    </message>
    <message>
        <source>No dots left: each person has %1 in this round.</source>
        <translation>残りの票がありません（1人%1票です）。</translation>
    </message>
    <message>
        <source>One person may put at most %1 dot(s) on one note.</source>
        <translation>1枚の付箋に入れられるのは1人%1票までです。</translation>
    </message>
    <message>
        <source>There is no dot of this person on this note.</source>
        <translation>この方のシールはこの付箋に貼られていません。</translation>
    </message>
    <message>
        <source>Enter a number of votes from 0 to 999.</source>
        <translation>票数は0〜999で入力してください。</translation>
    </message>
    <message>
        <source>This table has %1 people on the list; together they can put at most %2 dots on one note.</source>
        <translation>このテーブルは名簿上%1人です。1枚の付箋に入れられるのは合わせて%2票までです。</translation>
    </message>
    <message>
        <source>This table has %1 people with %2 dots in all, but its counts would make %3.</source>
        <translation>このテーブルは%1人で持ち票は合わせて%2票ですが、入力すると合計%3票になります。</translation>
    </message>
    <message>
        <source>%1 person(s) of this table also voted on the laptop: they may be counted twice.</source>
        <translation>このテーブルの%1人はパソコンでも投票しています。二重に数えているかもしれません。</translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation>付箋に文字を入れてください。</translation>
    </message>
    <message>
        <source>Choose who is voting first (add people under Participants).</source>
        <translation>先に投票する人を選んでください（参加者は「参加者」で追加できます）。</translation>
    </message>
    <message>
        <source>Start a voting round first.</source>
        <translation>先に投票を始めてください。</translation>
    </message>
    <message>
        <source>The end time must be after the start time (%1).</source>
        <translation>終了時刻は開始時刻より後にしてください（%1）。</translation>
    </message>
    <message>
        <source>Enter the minutes as a number.</source>
        <translation>分数は数字で入力してください。</translation>
    </message>
    <message>
        <source>The minutes cannot be negative.</source>
        <translation>分数にマイナスは使えません。</translation>
    </message>
    <message>
        <source>One agenda item can last at most 600 minutes.</source>
        <translation>次第の1項目は600分までです。</translation>
    </message>
    <message>
        <source>The due date cannot be before the engagement starts (%1).</source>
        <translation>期限は支援の開始日（%1）より前にはできません。</translation>
    </message>
    <message>
        <source>Enter a valid date.</source>
        <translation>正しい日付を入力してください（例：2023-03-31、令和5年3月31日）。</translation>
    </message>
    <message>
        <source>This text is too long: the field holds at most %1 characters.</source>
        <translation>文字数が多すぎます。この欄には%1文字まで入力できます。</translation>
    </message>
    <message>
        <source>Choose at least one worksheet or board to save.</source>
        <translation>保存するワークシートかボードを1つ以上選んでください。</translation>
    </message>
    <message>
        <source>Please write the issue.</source>
        <translation>課題を書いてください。</translation>
    </message>
    <message>
        <source>Choose what became of the issue (changed, deepened …) for the note.</source>
        <translation>メモを残すには、課題がどうなったか（変化・深化…）を選んでください。</translation>
    </message>
    <message>
        <source>The form does not ask %1.</source>
        <translation>この帳票に「%1」という質問はありません。</translation>
    </message>
    <message>
        <source>Unknown viewpoint %1.</source>
        <translation>「%1」という視点はありません。</translation>
    </message>
</context>
<context>
    <name>ModerationQueue</name>
    <message>
        <source>Check notes and cards from phones first</source>
        <translation>スマホの付箋・カードは承認してから出す</translation>
    </message>
    <message>
        <source>They wait here until you take them; the room sees them only then</source>
        <translation>承認するまでここで待ちます。会場に見えるのは承認したあとです</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Take all</source>
        <translation>すべて承認</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>見送る</translation>
    </message>
    <message>
        <source>(no name)</source>
        <extracomment>Items taken that no longer fit the room&apos;s rules (writing closed meanwhile …).</extracomment>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>カード</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>付箋</translation>
    </message>
    <message>
        <source>Take all (%1)</source>
        <translation>すべて承認（%1）</translation>
    </message>
    <message>
        <source>%1 could not be taken under the room&apos;s rules now and were left out.</source>
        <translation>%1件は、いまの受付のルールでは受け付けられないため見送りました。</translation>
    </message>
</context>
<context>
    <name>OpenActions</name>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Open actions: %1 (%2 overdue)</source>
        <translation>未完了のアクション：%1件（期限切れ %2件）</translation>
    </message>
</context>
<context>
    <name>OutcomesTab</name>
    <message>
        <source>Type a decision and press Enter</source>
        <translation>決定事項を入力して Enter</translation>
    </message>
    <message>
        <source>Delete decision</source>
        <translation>決定事項を削除</translation>
    </message>
    <message>
        <source>Type an action and press Enter</source>
        <translation>アクションを入力して Enter</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Due (2023-03-31)</source>
        <translation>期限（2023-03-31）</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>アクションを削除</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>決定事項</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限切れ</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>Search resources and kinds</source>
        <translation>地域資源・種類を検索</translation>
    </message>
    <message>
        <source>Local resources</source>
        <translation>地域資源</translation>
    </message>
    <message>
        <source>New resource from a kind</source>
        <translation>種類から新しく作る</translation>
    </message>
    <message>
        <source>Already on this sheet</source>
        <translation>このシートに配置済み</translation>
    </message>
</context>
<context>
    <name>PaperChoice</name>
    <message>
        <source>A3 landscape (as in the handbook)</source>
        <translation>A3横（手引きと同じ）</translation>
    </message>
    <message>
        <source>A4: the A3 sheet over two pages</source>
        <translation>A4（A3のシートを2ページに分けて）</translation>
    </message>
    <message>
        <source>A2 poster</source>
        <translation>A2（ポスター）</translation>
    </message>
    <message>
        <source>B2 poster</source>
        <translation>B2（ポスター）</translation>
    </message>
    <message>
        <source>A1 poster</source>
        <translation>A1（ポスター）</translation>
    </message>
    <message>
        <source>Mozoshi poster (788 × 1091 mm)</source>
        <translation>模造紙（788×1091mm）</translation>
    </message>
    <message>
        <source>One sheet (print shop or plotter)</source>
        <translation>1枚で（印刷所・大判プリンター）</translation>
    </message>
    <message>
        <source>Cut into A4 pages to glue together</source>
        <translation>A4に分けて貼り合わせる</translation>
    </message>
    <message>
        <source>Cut into A3 pages to glue together</source>
        <translation>A3に分けて貼り合わせる</translation>
    </message>
    <message>
        <source>Paper for worksheets</source>
        <translation>ワークシートの用紙</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>ポスター</translation>
    </message>
    <message>
        <source>Each worksheet prints over 2 A4 pages side by side, glued into A3, so card names keep at least %1 pt.</source>
        <translation>ワークシート1枚をA4の2ページに分けて印刷します（貼り合わせるとA3）。カードの名前は%1pt以上のままです。</translation>
    </message>
    <message>
        <source>Each worksheet prints on %1 pages (%2 rows × %3 columns) with %4 mm of overlap: cut on the dotted line and lay the crosses over each other.</source>
        <translation>ワークシート1枚を%1ページ（%2段×%3列、重なり%4mm）に分けて印刷します。点線で切り、＋印を重ねて貼り合わせてください。</translation>
    </message>
    <message>
        <source>Each worksheet prints on one page; card names at least %1 pt, grown and spread within their zones where the page needs it.</source>
        <translation>ワークシート1枚を1ページに印刷します。カードの名前は%1pt以上で、必要ならカードを大きくしてゾーンの中で広げます。</translation>
    </message>
</context>
<context>
    <name>PartsTree</name>
    <message>
        <source>Cover with the municipality profile</source>
        <translation>表紙（市町村の概要）</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目次</translation>
    </message>
    <message>
        <source>Local resources, listed by kind</source>
        <translation>地域資源一覧（種別ごと）</translation>
    </message>
    <message>
        <source>Local resources in detail (a table of every field)</source>
        <translation>地域資源の詳細（全項目の表）</translation>
    </message>
    <message>
        <source>Worksheets</source>
        <translation>ワークシート</translation>
    </message>
    <message>
        <source>Blank worksheets for working on paper</source>
        <translation>白紙のワークシート（紙で作業する用）</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>付箋ボード</translation>
    </message>
    <message>
        <source>Session records</source>
        <translation>セッション記録（議事録）</translation>
    </message>
    <message>
        <source>Blank reflection sheets (form 2) to fill in by hand</source>
        <translation>白紙の振り返りシート（帳票2・手書き用）</translation>
    </message>
    <message>
        <source>Forms 1 and 5, when filled in</source>
        <translation>帳票1・帳票5（記入があるとき）</translation>
    </message>
    <message>
        <source>Blank forms to fill in by hand</source>
        <translation>白紙の帳票（手書き用）：エントリーシート・帳票1・帳票5</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <source>The report meeting&apos;s one page (A4 landscape)</source>
        <translation>報告会のまとめ（A4横・1ページ）</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>未完了のアクション</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <source>Photos</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>Photos — %1</source>
        <translation>写真 — %1</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Add photos…</source>
        <translation>写真を追加…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <source>Add the picture copied to the clipboard (Ctrl+V)</source>
        <translation>コピーした画像を追加します（Ctrl+V）</translation>
    </message>
    <message>
        <source>Drop photos here, or paste one. Location and camera details are removed.</source>
        <translation>ドロップや貼り付けでも追加できます。位置情報などは取り除いて保存します。</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>（説明なし）</translation>
    </message>
    <message>
        <source>%1 photo(s)</source>
        <translation>写真 %1枚</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>写真を追加</translation>
    </message>
    <message>
        <source>Pictures (%1)</source>
        <translation>画像 (%1)</translation>
    </message>
    <message>
        <source>Pasted picture</source>
        <translation>貼り付けた画像</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>What the file dialog offers and a drop accepts.</extracomment>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Preparing photos… %v / %m</source>
        <translation>写真を準備しています… %v / %m</translation>
    </message>
    <message>
        <source>Not added:</source>
        <translation>追加できませんでした：</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Photo</source>
        <extracomment>What a key does while the photo has the focus (set by the viewer).</extracomment>
        <translation>写真</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 前へ</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>次へ ▶</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Whole photo</source>
        <translation>全体を表示</translation>
    </message>
    <message>
        <source>Turn right</source>
        <translation>右に回転</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Show on the wall</source>
        <translation>壁に映す</translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message>
        <source>%1 is not a picture (JPEG, PNG, HEIC …) or its format is not known.</source>
        <extracomment>Every code an import may give, for a preview that words them all.</extracomment>
        <translation>%1 は画像（JPEG・PNG・HEIC など）ではないか、形式がわかりません。</translation>
    </message>
    <message>
        <source>The picture is damaged or cut short (a copy that did not finish?).</source>
        <translation>画像が壊れているか、途中で切れています（コピーが終わっていなかったのかもしれません）。</translation>
    </message>
    <message>
        <source>The picture is far larger than any photo (%1 pixels): it was not added.</source>
        <translation>写真としては大きすぎる画像です（%1ピクセル）。追加しませんでした。</translation>
    </message>
    <message>
        <source>The file could not be read (%1).</source>
        <translation>ファイルを読めませんでした（%1）。</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Plan the engagement</source>
        <translation>支援の日程を計画</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>パターン</translation>
    </message>
    <message>
        <source>Visit %1</source>
        <translation>%1回目支援</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Workshop name</source>
        <translation>ワークショップ名</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>市町村名</translation>
    </message>
    <message>
        <source>Local government code</source>
        <translation>全国地方公共団体コード</translation>
    </message>
    <message>
        <source>6 digits, e.g. 092142</source>
        <translation>6桁（例: 092142）</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>世帯数</translation>
    </message>
    <message>
        <source>Aged 65 and over</source>
        <translation>65歳以上人口</translation>
    </message>
    <message>
        <source>Aged 75 and over</source>
        <translation>75歳以上人口</translation>
    </message>
    <message>
        <source>Calculate from population</source>
        <translation>人口から計算</translation>
    </message>
    <message>
        <source>Ageing rate</source>
        <translation>高齢化率</translation>
    </message>
    <message>
        <source>Care-need certification rate</source>
        <translation>認定率</translation>
    </message>
    <message>
        <source>Land area</source>
        <translation>面積</translation>
    </message>
    <message>
        <source>Daily-life areas</source>
        <translation>日常生活圏域数</translation>
    </message>
    <message>
        <source>run by the municipality</source>
        <translation>直営</translation>
    </message>
    <message>
        <source>outsourced</source>
        <translation>委託</translation>
    </message>
    <message>
        <source>Community general support centres</source>
        <translation>地域包括支援センター</translation>
    </message>
    <message>
        <source> yen</source>
        <translation> 円</translation>
    </message>
    <message>
        <source>The standard monthly long-term care premium of the current plan period</source>
        <translation>現在の計画期間の介護保険料（第1号被保険者の基準額・月額）</translation>
    </message>
    <message>
        <source>Care insurance premium (monthly)</source>
        <translation>介護保険料（基準額・月額）</translation>
    </message>
    <message>
        <source>Spending cap status</source>
        <translation>上限額の状況</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>(%1% of the population)</source>
        <translation>（人口の%1%）</translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>計 %1 か所</translation>
    </message>
    <message>
        <source>Prefecture changed from %1 to %2 to match the municipality code.</source>
        <translation>市町村コードに合わせて、都道府県を%1から%2に変えました。</translation>
    </message>
    <message>
        <source>Enter a number here, not a percentage.</source>
        <translation>ここには割合ではなく数を入力してください。</translation>
    </message>
    <message>
        <source>Enter a number of people here, not a percentage.</source>
        <translation>ここには人数（件数）を入力してください。割合は入力できません。</translation>
    </message>
    <message>
        <source>A share of the population</source>
        <translation>人口に対する割合</translation>
    </message>
    <message>
        <source>%1% of the population (%2) is %3 people. Enter %3?</source>
        <translation>人口（%2人）の%1%は%3人です。%3人と入力しますか？</translation>
    </message>
    <message>
        <source>Enter the population and the number aged 65 and over first.</source>
        <translation>先に人口と65歳以上人口を入力してください。</translation>
    </message>
</context>
<context>
    <name>ProjectionMenu</name>
    <message>
        <source>&amp;Present on this screen</source>
        <translation>この画面でプレゼンテーション(&amp;P)</translation>
    </message>
    <message>
        <source>Project on the &amp;second screen</source>
        <translation>2つ目の画面に投影(&amp;S)</translation>
    </message>
    <message>
        <source>Project on screen</source>
        <translation>投影する画面</translation>
    </message>
    <message>
        <source>P&amp;in what the wall shows</source>
        <translation>投影を今の表示に固定(&amp;I)</translation>
    </message>
    <message>
        <source>The wall keeps showing this sheet or board while you work elsewhere</source>
        <translation>手元で別の画面を操作しても、投影はこのシートやボードのままにします</translation>
    </message>
    <message>
        <source>&amp;Close the projection</source>
        <translation>投影を終える(&amp;C)</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>場所(&amp;L):</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ファイルの種類(&amp;T):</translation>
    </message>
</context>
<context>
    <name>QuickAddBar</name>
    <message>
        <source>Face-down</source>
        <translation>伏せて書く</translation>
    </message>
    <message>
        <source>New items show only their back on the projection until you reveal them</source>
        <translation>新しいカード・付箋は、表にするまで投影では裏面だけが出ます</translation>
    </message>
    <message>
        <source>Quick add</source>
        <translation>すばやく追加</translation>
    </message>
</context>
<context>
    <name>QuickCards</name>
    <message>
        <source>Zone</source>
        <translation>ゾーン</translation>
    </message>
    <message>
        <source>Type a name and press Enter · Tab changes the zone · paste lines for one card each</source>
        <translation>名前を書いてEnter・Tabでゾーンを切り替え・複数行の貼り付けで1行1枚</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>%1 card(s) added to %2.</source>
        <translation>「%2」にカードを%1枚追加しました。</translation>
    </message>
</context>
<context>
    <name>Reception</name>
    <message>
        <source>Proposed from a phone (%1)</source>
        <extracomment>The height a note needs for its text at the board&apos;s note width (the board&apos;s fitting).</extracomment>
        <translation>スマホから提案（%1）</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>名前なし</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>ゾーン: %1</translation>
    </message>
</context>
<context>
    <name>ReceptionDock</name>
    <message>
        <source>Join from phones</source>
        <translation>みんなで参加</translation>
    </message>
    <message>
        <source>Phones are being received: show the panel</source>
        <translation>スマホからの参加を受付中です。クリックでパネルを表示します</translation>
    </message>
    <message>
        <source>Receiving · %1 devices</source>
        <translation>受付中・%1台</translation>
    </message>
</context>
<context>
    <name>ReceptionPanel</name>
    <message>
        <source>Phones and tablets in the room write notes and vote from their browser. Open the laptop&apos;s mobile hotspot or join the hall&apos;s Wi-Fi first; no internet is needed.</source>
        <extracomment>The facilitator asked for the join poster on the wall.</extracomment>
        <translation>会場のスマホやタブレットのブラウザーから、付箋を書いたり投票したりできます。先にこのパソコンのモバイルホットスポットを開くか、会場のWi-Fiにつないでください。インターネットは要りません。</translation>
    </message>
    <message>
        <source>Phones reach the laptop on this network only</source>
        <translation>スマホはこのネットワークからだけ、このパソコンにつながります</translation>
    </message>
    <message>
        <source>If the port is taken, a free one is used</source>
        <translation>このポートが使用中なら、空いているポートを使います</translation>
    </message>
    <message>
        <source>Start receiving</source>
        <translation>参加受付を開始</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source> (this laptop only)</source>
        <translation>（このパソコンだけ）</translation>
    </message>
    <message>
        <source>No network is connected. Open the hotspot or join the Wi-Fi.</source>
        <translation>ネットワークにつながっていません。ホットスポットを開くか、Wi-Fiにつないでください。</translation>
    </message>
    <message>
        <source>This file is open read-only: nothing the phones send could be kept.</source>
        <translation>このファイルは読み取り専用で開いています。スマホから送られた内容を保存できないため、参加受付はできません。</translation>
    </message>
    <message>
        <source>Cannot receive on %1: %2</source>
        <translation>%1 で受け付けられません: %2</translation>
    </message>
    <message>
        <source>Show on the wall</source>
        <translation>壁に大きく表示</translation>
    </message>
    <message>
        <source>Stop receiving</source>
        <translation>受付を停止</translation>
    </message>
    <message>
        <source>Phones may write (and edit their own notes)</source>
        <translation>スマホから書ける（自分の付箋は直せる）</translation>
    </message>
    <message>
        <source>Notes from phones arrive face down</source>
        <translation>スマホの付箋は伏せて届く</translation>
    </message>
    <message>
        <source>Allow joining without a name</source>
        <translation>名前なしの参加を許す</translation>
    </message>
    <message>
        <source>Phones may pick their name from the roster</source>
        <translation>名簿から名前を選べる</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>端末</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>最終</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>切断</translation>
    </message>
    <message>
        <source>The device may join again with the QR code</source>
        <translation>この端末は、QRコードでまた参加できます</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>ブロック</translation>
    </message>
    <message>
        <source>The device cannot join again until you restart</source>
        <translation>受付をやり直すまで、この端末は参加できません</translation>
    </message>
    <message>
        <source>PIN %1</source>
        <translation>PIN %1</translation>
    </message>
    <message>
        <source>Connected devices: %1</source>
        <translation>つながっている端末: %1台</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <source>(joining)</source>
        <translation>（参加手続き中）</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>ブロック中</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>%1秒前</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1分前</translation>
    </message>
</context>
<context>
    <name>ReflectionTab</name>
    <message>
        <source>Fill in on phones</source>
        <extracomment>The facilitator asked phones to fill in this session&apos;s sheet.</extracomment>
        <translation>スマホで記入してもらう</translation>
    </message>
    <message>
        <source>Phones in the room show this sheet (みんなで参加 must be receiving)</source>
        <translation>会場のスマホにこのシートを出します（みんなで参加の受付中に使えます）</translation>
    </message>
    <message>
        <source>Print blank sheets…</source>
        <translation>白紙のシートを印刷…</translation>
    </message>
    <message>
        <source>A4 sheets with the session and each expected person&apos;s name, to fill in by hand</source>
        <translation>セッションと出席予定の人の名前が入ったA4のシートを印刷します（手書きで記入）</translation>
    </message>
    <message>
        <source>Whose paper sheet you are typing in</source>
        <translation>入力している紙のシートの記入者</translation>
    </message>
    <message>
        <source>Save and next (Ctrl+Enter)</source>
        <translation>保存して次へ（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>A question of your own, then Enter</source>
        <translation>独自の質問を書いて Enter</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>記入者</translation>
    </message>
    <message>
        <source>Sheet of</source>
        <translation>記入者</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <source>%1 sheets</source>
        <translation>%1人分</translation>
    </message>
    <message>
        <source> (phone)</source>
        <translation>（スマホ）</translation>
    </message>
</context>
<context>
    <name>ResourceDialog</name>
    <message>
        <source>Edit resource</source>
        <translation>地域資源を編集</translation>
    </message>
    <message>
        <source>Add resource</source>
        <translation>地域資源を追加</translation>
    </message>
    <message>
        <source>e.g. East district hundred-year exercise</source>
        <translation>例: ○○地区 いきいき百歳体操</translation>
    </message>
    <message>
        <source>Filled in from the name; correct it if needed</source>
        <translation>名称から入ります。読みが違えば直してください</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>Please enter a name.</source>
        <translation>名前を入力してください。</translation>
    </message>
    <message>
        <source>The memo can hold at most %1 characters (now %2).</source>
        <translation>メモは%1文字までです（現在%2文字）。</translation>
    </message>
</context>
<context>
    <name>ResourceFields</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Furigana</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>運営主体</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>圏域</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>対象者</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>ResourcePhotoRow</name>
    <message>
        <source>Choose a photo…</source>
        <translation>写真を選ぶ…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>外す</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>写真なし</translation>
    </message>
    <message>
        <source>Photo of the resource</source>
        <translation>地域資源の写真</translation>
    </message>
    <message>
        <source>Pictures (%1)</source>
        <translation>画像 (%1)</translation>
    </message>
    <message>
        <source>Preparing the photo…</source>
        <translation>写真を準備しています…</translation>
    </message>
    <message>
        <source>Location and camera details are removed.</source>
        <translation>位置情報などは取り除いて保存します。</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <source>Local resources</source>
        <translation>地域資源</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>名前で検索</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>すべての圏域</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>%2件中 %1件を表示</translation>
    </message>
    <message>
        <source>Delete resources</source>
        <translation>地域資源の削除</translation>
    </message>
    <message>
        <source>These resources have cards on the worksheets %1. Deleting them removes those cards and their links too (Ctrl+Z brings them back). Delete?</source>
        <translation>これらの地域資源はワークシート%1にカードとして置かれています。削除すると、そのカードとつながりも消えます（Ctrl+Z で元に戻せます）。削除しますか？</translation>
    </message>
    <message>
        <source>Deleted %1 resource(s). Undo with Ctrl+Z.</source>
        <translation>地域資源を%1件削除しました。Ctrl+Z で元に戻せます。</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Table or group</source>
        <translation>テーブル・グループ</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation>選択した人を削除</translation>
    </message>
    <message>
        <source>Furigana</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>立場</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Type a name and press Enter. Table and side stay for the next person.</source>
        <translation>名前を入力してEnter。テーブルと立場は次の人にも引き継がれます。</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1人</translation>
    </message>
    <message>
        <source>Same name</source>
        <translation>同じ名前</translation>
    </message>
    <message>
        <source>%1 is already on the list%2. Add another person of the same name?</source>
        <translation>「%1」さん%2はすでに名簿にいます。同じ名前の別の人として追加しますか？</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>Start a voting round</source>
        <translation>投票を始める</translation>
    </message>
    <message>
        <source>Hide the results until they are revealed</source>
        <translation>公開するまで結果を隠す</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Dots per person</source>
        <translation>1人あたりの票数</translation>
    </message>
    <message>
        <source>Most dots on one note</source>
        <translation>1枚に入れられる最大票数</translation>
    </message>
    <message>
        <source>Highlight the top</source>
        <translation>強調する上位</translation>
    </message>
    <message>
        <source>Vote only on (none ticked: every note)</source>
        <translation>投票の対象（チェックなし：すべての付箋）</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <source>Stage (つながる・知る・うまれる)</source>
        <translation>段階（つながる・知る・うまれる）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <source>Basics</source>
        <extracomment>Which tab shows which table of a session, so a change refreshes only that tab.</extracomment>
        <translation>基本</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>次第</translation>
    </message>
    <message>
        <source>Decisions and actions</source>
        <translation>決定事項・アクション</translation>
    </message>
    <message>
        <source>Worksheets and snapshots</source>
        <translation>ワークシート・スナップショット</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>振り返り</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>Choose a session on the timeline</source>
        <translation>タイムラインでセッションを選んでください</translation>
    </message>
</context>
<context>
    <name>SnapshotDialog</name>
    <message>
        <source>Save at the end of the session</source>
        <translation>セッション終了時に保存</translation>
    </message>
    <message>
        <source>Read-only copies of the ticked worksheets and boards are kept with the session.</source>
        <translation>チェックしたワークシートとボードの読み取り専用のコピーを、このセッションに残します。</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Worksheets, sticky notes and session records for community building</source>
        <translation>地域づくりのためのワークシート・付箋ボード・支援記録</translation>
    </message>
    <message>
        <source>New workshop…</source>
        <translation>新しいワークショップ…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>開く…</translation>
    </message>
    <message>
        <source>Open the sample workshop</source>
        <translation>サンプルのワークショップを開く</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>最近使ったファイル</translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <source>Pick an answer from the reflection sheets as the quote</source>
        <translation>振り返りシートの回答から、報告会で紹介する言葉を選びます</translation>
    </message>
    <message>
        <source>Summary as PDF (A4 landscape)…</source>
        <translation>まとめをPDFに（A4横）…</translation>
    </message>
    <message>
        <source>Summary as a slide (PNG)…</source>
        <translation>まとめをスライド画像に（PNG）…</translation>
    </message>
    <message>
        <source>From the reflection sheets</source>
        <translation>振り返りシートから選ぶ</translation>
    </message>
    <message>
        <source>(choose an answer)</source>
        <translation>（回答を選ぶ）</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>書き出しました：%1</translation>
    </message>
    <message>
        <source>Summary as PDF</source>
        <translation>まとめをPDFに</translation>
    </message>
    <message>
        <source>report meeting</source>
        <translation>報告会のまとめ</translation>
    </message>
    <message>
        <source>Summary as a slide</source>
        <translation>まとめをスライド画像に</translation>
    </message>
</context>
<context>
    <name>TextFields</name>
    <message>
        <source>Up to %1 characters.</source>
        <translation>%1文字まで入力できます。</translation>
    </message>
    <message>
        <source>At most %1 characters: what went past that was not added.</source>
        <translation>%1文字までです。それを超えた分は入力されていません。</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Preparation and meetings</source>
        <translation>準備・支援前会議</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>支援（訪問）</translation>
    </message>
    <message>
        <source>Report and follow-up</source>
        <translation>報告会・フォローアップ</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Plan from a pattern…</source>
        <translation>標準パターンで計画…</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>セッションを追加</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Split into AM/PM</source>
        <translation>午前・午後に分ける</translation>
    </message>
    <message>
        <source>Make the session a morning and an afternoon part, each with its own attendance</source>
        <translation>セッションを午前の部と午後の部に分けます（出席はそれぞれに記録）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月表示</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>週表示</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Japanese era dates (和暦)</source>
        <translation>和暦で表示</translation>
    </message>
    <message>
        <source>Plan the engagement</source>
        <translation>支援の日程を計画</translation>
    </message>
    <message>
        <source>Sessions already exist. Add the pattern&apos;s sessions as well?</source>
        <translation>すでにセッションがあります。パターンのセッションを追加しますか？</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>新しいセッション</translation>
    </message>
    <message>
        <source>Today is outside this engagement&apos;s dates.</source>
        <translation>今日はこの支援の期間外です。</translation>
    </message>
</context>
<context>
    <name>TimerWindow</name>
    <message>
        <source>Timer — %1</source>
        <translation>タイマー — %1</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 戻る</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>次へ ▶</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>＋5分</translation>
    </message>
    <message>
        <source>The agenda is finished</source>
        <translation>次第はすべて終わりました</translation>
    </message>
    <message>
        <source>Next: %1 (%2 min)</source>
        <translation>次：%1（%2分）</translation>
    </message>
    <message>
        <source>Next: end of the agenda</source>
        <translation>次：終了</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>時間超過</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Press Start (Space) to begin</source>
        <translation>「開始」（スペースキー）で始めます</translation>
    </message>
    <message>
        <source>%1% of %2 min</source>
        <translation>%2分のうち %1%</translation>
    </message>
    <message>
        <source>Pause ❚❚</source>
        <translation>一時停止 ❚❚</translation>
    </message>
    <message>
        <source>Start ▶</source>
        <translation>開始 ▶</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <source>New voting round…</source>
        <extracomment>How long notes must stop changing before the results are read again.</extracomment>
        <translation>新しい投票…</translation>
    </message>
    <message>
        <source>Vote by clicking notes</source>
        <translation>付箋をクリックして投票</translation>
    </message>
    <message>
        <source>Click a note for one dot; right-click to take it back</source>
        <translation>付箋をクリックで1票、右クリックで取り消し</translation>
    </message>
    <message>
        <source>Enter for the selected note</source>
        <translation>選択した付箋に入力</translation>
    </message>
    <message>
        <source>Close voting</source>
        <translation>投票を締め切る</translation>
    </message>
    <message>
        <source>Reveal results</source>
        <translation>結果を公開</translation>
    </message>
    <message>
        <source>Run-off</source>
        <translation>決選投票</translation>
    </message>
    <message>
        <source>A new round between the notes tied at the edge of the best, or the selected notes</source>
        <translation>上位の境目で同率になった付箋（または選んだ付箋）だけで、もう一度投票します</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>付箋</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>票</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>シール投票</translation>
    </message>
    <message>
        <source>On this laptop</source>
        <translation>このパソコンで投票</translation>
    </message>
    <message>
        <source>Who is voting</source>
        <translation>投票する人</translation>
    </message>
    <message>
        <source>Dots left</source>
        <translation>残りの票</translation>
    </message>
    <message>
        <source>Paper stickers</source>
        <translation>紙のシール</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Table 1</source>
        <translation>テーブル1</translation>
    </message>
    <message>
        <source>No voting yet.</source>
        <translation>まだ投票はありません。</translation>
    </message>
    <message>
        <source>%1 dots per person, at most %2 on one note.</source>
        <translation>1人%1票、1枚に最大%2票。</translation>
    </message>
    <message>
        <source>Results revealed.</source>
        <translation>結果公開済み。</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>締め切り済み。</translation>
    </message>
    <message>
        <source>Open for voting.</source>
        <translation>投票受付中。</translation>
    </message>
    <message>
        <source>Results hidden until revealed.</source>
        <translation>結果は公開まで非表示。</translation>
    </message>
    <message>
        <source>The best %1 are highlighted.</source>
        <translation>上位%1件を強調します。</translation>
    </message>
    <message>
        <source>Only %1 notes take part.</source>
        <translation>対象は付箋%1枚だけです。</translation>
    </message>
    <message>
        <source> (tie)</source>
        <translation>（同率）</translation>
    </message>
    <message>
        <source>On the laptop</source>
        <translation>パソコン</translation>
    </message>
    <message>
        <source>Hidden until the results are revealed.</source>
        <translation>結果は公開まで表示されません。</translation>
    </message>
    <message>
        <source>Vote %1</source>
        <translation>投票%1</translation>
    </message>
    <message>
        <source>No notes are tied at the edge of the best: select the notes for a run-off.</source>
        <translation>上位の境目で同率の付箋はありません。決選投票にする付箋を2枚以上選んでください。</translation>
    </message>
    <message>
        <source>Run-off: %1</source>
        <translation>決選投票: %1</translation>
    </message>
    <message>
        <source>Check the count</source>
        <translation>票数の確認</translation>
    </message>
    <message>
        <source>Enter it anyway?</source>
        <translation>このまま入力しますか？</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>未入力</translation>
    </message>
</context>
<context>
    <name>WorkbookExport</name>
    <message>
        <source>Export an Excel workbook</source>
        <translation>Excelブックに書き出し</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excelブック (*.xlsx)</translation>
    </message>
    <message>
        <source>Written: %1
Sheets: %2</source>
        <translation>書き出しました: %1
シート: %2</translation>
    </message>
</context>
<context>
    <name>WorksheetsPage</name>
    <message>
        <source>New worksheet</source>
        <translation>新しいワークシート</translation>
    </message>
    <message>
        <source>Typing now</source>
        <translation>入力中</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>ページ全体</translation>
    </message>
    <message>
        <source>Show the whole sheet (key 0)</source>
        <translation>シート全体を表示（0 キー）</translation>
    </message>
    <message>
        <source>Fit zone</source>
        <translation>ゾーンに合わせる</translation>
    </message>
    <message>
        <source>Show gaps</source>
        <translation>過不足を表示</translation>
    </message>
    <message>
        <source>Count the cards in each zone and mark empty zones</source>
        <translation>ゾーンごとのカードの枚数を表示し、空のゾーンを強調します</translation>
    </message>
    <message>
        <source>Draw links</source>
        <translation>つながりを描く</translation>
    </message>
    <message>
        <source>Drag from one card to another to link them</source>
        <translation>カードから別のカードへドラッグしてつなぎます</translation>
    </message>
    <message>
        <source>Phones and tablets in the room propose resources for this sheet</source>
        <translation>会場のスマホやタブレットから、このシートに地域資源を出してもらいます</translation>
    </message>
    <message>
        <source>Photos of this sheet (the paper version, a whiteboard)</source>
        <translation>このシートの写真（紙で作ったもの、ホワイトボードなど）</translation>
    </message>
    <message>
        <source>Resources&apos; photos on their cards</source>
        <translation>カードに地域資源の写真を表示</translation>
    </message>
    <message>
        <source>Photos of this sheet…</source>
        <translation>このシートの写真…</translation>
    </message>
    <message>
        <source>Add stave</source>
        <translation>板を追加</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Face-down</source>
        <translation>伏せ札</translation>
    </message>
    <message>
        <source>Reveal selected cards</source>
        <translation>選んだカードを表にする</translation>
    </message>
    <message>
        <source>Reveal all cards</source>
        <translation>すべてのカードを表にする</translation>
    </message>
    <message>
        <source>Turn selected cards face down</source>
        <translation>選んだカードを伏せる</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>つながり</translation>
    </message>
    <message>
        <source>Who carries this link?</source>
        <translation>だれがつないでいますか？</translation>
    </message>
    <message>
        <source>Ctrl+Enter to finish, Esc to leave it unchanged.</source>
        <translation>Ctrl+Enter で確定、Esc で変更せずに戻ります。</translation>
    </message>
    <message>
        <source>Programme on the new stave</source>
        <translation>新しい板の事業名</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>詳細を編集…</translation>
    </message>
    <message>
        <source>Edit label…</source>
        <translation>ラベルを編集…</translation>
    </message>
    <message>
        <source>Delete link</source>
        <translation>つながりを削除</translation>
    </message>
    <message>
        <source>Rename stave…</source>
        <translation>板の名前を変更…</translation>
    </message>
    <message>
        <source>Edit purpose…</source>
        <translation>目的を編集…</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>左へ移動</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>右へ移動</translation>
    </message>
    <message>
        <source>Remove stave</source>
        <translation>板を削除</translation>
    </message>
    <message>
        <source>Drag to resize the card</source>
        <translation>ドラッグしてカードの大きさを変更</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Local resources</source>
        <translation>地域資源</translation>
    </message>
    <message>
        <source>Worksheets</source>
        <translation>ワークシート</translation>
    </message>
    <message>
        <source>Sticky-note boards</source>
        <translation>付箋ボード</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>帳票</translation>
    </message>
</context>
</TS>
