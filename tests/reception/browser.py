"""The phone page in a real headless Chromium (Debian's chromium and chromium-driver), at a
phone's size, against a room server started with ``wagamachi --room``."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
PHONE = {"width": 390, "height": 844, "pixelRatio": 3.0}
IPHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 15_8 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/15.6 Mobile/15E148 Safari/604.1"
)


def missing() -> str:
    """Why the browser tests cannot run here, or ""."""
    if CHROMIUM is None or CHROMEDRIVER is None:
        return (
            "Chromium and ChromeDriver are not installed (apt-get install chromium chromium-driver)"
        )
    return ""


class RoomProcess:
    """``wagamachi --room FILE`` on the loopback, and what it printed."""

    def __init__(self, path: Path, *extra: str) -> None:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        self.process = subprocess.Popen(
            [
                sys.executable,
                str(ROOT / "main.py"),
                "--room",
                str(path),
                "--host",
                "127.0.0.1",
                "--port",
                "0",
                "--lang",
                "ja",
                *extra,
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=ROOT,
        )
        assert self.process.stdout is not None
        printed = []
        for line in self.process.stdout:
            printed.append(line)
            if "Ctrl+C" in line:
                break
        text = "".join(printed)
        found = re.search(r"http://[\d.]+:\d+/j/[A-Za-z0-9_-]+", text)
        assert found, text + (self.process.stderr.read() if self.process.stderr else "")
        self.join_address = found.group(0)
        self.base = self.join_address.split("/j/")[0]
        pin = re.search(r"PIN\D{0,3}(\d{4})", text)
        assert pin, text
        self.pin = pin.group(1)

    def pause(self) -> None:
        self.process.send_signal(signal.SIGSTOP)

    def resume(self) -> None:
        self.process.send_signal(signal.SIGCONT)

    def stop(self) -> int:
        self.resume()
        self.process.send_signal(signal.SIGINT)
        return self.process.wait(20)


@contextmanager
def chromium() -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="wagamachi-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM or ""
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        f"--user-data-dir={profile}",
        "--lang=ja",
    ):
        options.add_argument(flag)
    options.add_experimental_option(
        "mobileEmulation", {"deviceMetrics": PHONE, "userAgent": IPHONE}
    )
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER or ""), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
