"""画像として書き出し: a sheet, a board, a snapshot comparison or the timeline as a picture
for slides and memos, to a file or to the clipboard."""
