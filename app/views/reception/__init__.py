"""みんなで参加 on the laptop: the panel that starts and watches receiving, the QR code, and
the join poster for the wall."""
