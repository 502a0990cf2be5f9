"""ファイル ▸ PDFに書き出し / 印刷 / CSVに書き出し: choosing what to print, and printing it."""
