"""ファイル ▸ 取り込み: the mapping and preview dialog before a town's list is imported."""
