"""The canvas toolkit both the worksheet and the board stand on."""
