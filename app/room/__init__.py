"""The room server: the page and API the phones in the room use, served by the laptop.

Qt-free. The server runs in its own thread with its own event loop (aiohttp) and never
touches the file: what a phone sends is handed to the reception on the GUI thread
(``app/reception``), which writes it through the document like any other change, and what
the phones are shown is a state the reception publishes after every change
(:class:`app.room.state.RoomState`).
"""
