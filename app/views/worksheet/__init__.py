"""The worksheet canvas: a QGraphicsScene in page millimetres, its view, palette and page."""
