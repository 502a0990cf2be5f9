"""取り込み: a municipality's lists (Excel or CSV) become resources. No Qt.

``reading`` turns a file into sheets of text cells, ``columns`` finds the header row and
guesses which column is which field, ``kinds`` matches the file's kinds to the catalogue,
and ``plan`` says for every row what importing it would do, before anything is written.
"""
