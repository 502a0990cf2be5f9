"""The phones of ``bench_room.py``: a separate process (so the phones' work is not the
laptop's) of asyncio clients, each joining with the PIN, naming itself, and sending its
notes and dots spread over the run, some of them twice (an answer lost on the way).

Usage: room_phones.py BASE PIN PHONES NOTES DOTS SECONDS ROUND; prints one JSON line.
"""

from __future__ import annotations

import asyncio
import json
import random
import secrets
import sys
import time

import aiohttp

HEADERS = {"X-Wagamachi": "1"}


async def phone(
    base: str,
    pin: str,
    number: int,
    notes: int,
    dots: int,
    seconds: float,
    round_id: int,
    refused: list[str],
) -> int:
    rng = random.Random(number)
    sent = 0
    jar = aiohttp.CookieJar(unsafe=True)  # cookies for an IP address host
    async with aiohttp.ClientSession(base, cookie_jar=jar, headers=HEADERS) as session:

        async def post(kind: str, body: dict) -> dict:
            for _ in range(20):
                async with session.post(f"/api/{kind}", json=body) as response:
                    data = await response.json()
                    if response.status in (429, 503):
                        await asyncio.sleep(1)
                        continue
                    if response.status != 200:
                        refused.append(f"{kind} {response.status} {data}")
                    return data
            refused.append(f"{kind} gave up")
            return {}

        await post("join", {"device": secrets.token_hex(16), "pin": pin})
        await post("name", {"client_id": secrets.token_hex(16), "name": f"参加者{number:02d}"})
        async with session.get("/api/state") as response:
            room = (await response.json())["room"]
        columns = [c["id"] for c in room["columns"]]
        targets = [n["id"] for n in room["notes"]]
        plan = ["note"] * notes + ["dot"] * dots
        rng.shuffle(plan)
        gap = seconds / len(plan)
        chosen = rng.sample(targets, dots)
        for kind in plan:
            await asyncio.sleep(gap * rng.uniform(0.5, 1.5))
            client_id = secrets.token_hex(16)
            if kind == "note":
                body = {
                    "client_id": client_id,
                    "column_id": rng.choice(columns),
                    "text": f"スマホ{number:02d}の案{sent:02d} @{time.time():.4f}",
                }
            else:
                body = {"client_id": client_id, "round_id": round_id, "note_id": chosen.pop()}
            await post(kind, body)
            if rng.random() < 0.1:
                await post(kind, body)  # the same item again: must not land twice
            sent += 1
    return sent


async def main() -> None:
    base, pin = sys.argv[1], sys.argv[2]
    phones, notes, dots = int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
    seconds, round_id = float(sys.argv[6]), int(sys.argv[7])
    refused: list[str] = []
    start = time.perf_counter()
    sent = await asyncio.gather(
        *(phone(base, pin, i, notes, dots, seconds, round_id, refused) for i in range(phones))
    )
    print(
        json.dumps(
            {
                "sent": sum(sent),
                "refused": refused[:10],
                "refusals": len(refused),
                "seconds": time.perf_counter() - start,
            }
        )
    )


if __name__ == "__main__":
    asyncio.run(main())
