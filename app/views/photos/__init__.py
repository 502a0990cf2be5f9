"""Photos on screen: a strip of thumbnails for a session, board, worksheet or resource, the
batch that adds them off the window's thread, and the viewer."""
