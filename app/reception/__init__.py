"""参加受付: the laptop receiving from the phones in the room.

The Qt side of the room server (``app/room``): :class:`~app.reception.host.Reception`
starts and stops the server, applies what phones send through the document on the GUI
thread (origin ``"phone"``, never on the laptop's undo stack), and publishes what the
phones are shown after every change.
"""
