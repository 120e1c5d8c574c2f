"""Catalogue search at 20,000 services: the index against naive scans, in the same process.

Builds the 20k catalogue from the sandbox panel (``SandboxPanel(services=20000).services``
parsed by ``smmdesk.core.parse.parse_services``), plus a second, deliberately high-vocabulary
catalogue from a generator in this file (random words, numbers and dates in every name, so the
index's word list is large, as on aggregated real panels). For each catalogue it prints the
index build time, then per query the median and p95 of ``Catalog.search`` next to two naive
baselines: folding every service's text for each query (what the index does once), and a plain
``q in name.lower()`` loop (no folding: finds less). Target: median < 5 ms per query.

Usage: .venv/bin/python bench/bench_catalog_search.py [--size 20000] [--repeat 30]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable, Sequence
from decimal import Decimal

from smmdesk.core.catalog import Catalog, fold
from smmdesk.core.models import Service

QUERIES = [
    "instagram followers",
    "تيك توك",
    "1234",
    "likes real",
    "youtube views 1000",
    "views",
    "telegram members",
    "متابعين",
    "انستغرام متابعين",
    "refill 30",
    "tiktok likes",
    "spotify plays",
    "facebook page likes",
    "twitter",
    "custom comments",
    "followers premium",
    "ᴘᴏꜱᴛ ʟɪᴋᴇꜱ",
    "CAFÉ",
    "usa",
    "no such thing",
]
SINGLE_LETTERS = ["a", "e", "ا"]


def sandbox_services(size: int) -> tuple[list[Service], str]:
    from smmdesk.core.parse import parse_services
    from smmdesk.sandbox import SandboxPanel

    return parse_services(SandboxPanel(services=size).services), "sandbox panel"


def diverse_services(size: int, seed: int = 7) -> list[Service]:
    """Names with many distinct words: ~1 new made-up word, a number and a date per name."""
    rng = random.Random(seed)
    platforms = [
        "Instagram",
        "TikTok",
        "YouTube",
        "Telegram",
        "Facebook",
        "X",
        "Spotify",
        "انستغرام",
        "تيك توك",
        "يوتيوب",
        "Twitch",
        "Threads",
        "Kick",
        "Snapchat",
    ]
    products = [
        "Followers",
        "Likes",
        "Views",
        "Comments",
        "Members",
        "Plays",
        "Shares",
        "متابعين",
        "لايكات",
        "مشاهدات",
        "Saves",
        "Reach",
        "Impressions",
    ]
    tags = [
        "Real",
        "HQ",
        "Non Drop",
        "♻️ Refill",
        "🔥",
        "Cheap",
        "USA",
        "Arab",
        "Instant",
        "ꜰᴀꜱᴛ",
        "Premium",
        "Mixed",
        "Lifetime",
        "Café Edition",
        "حقيقي",
        "سريع",
    ]
    letters = "bcdfghjklmnprstvz"
    vowels = "aeiou"

    def word() -> str:
        return "".join(rng.choice(letters) + rng.choice(vowels) for _ in range(rng.randint(2, 4)))

    services: list[Service] = []
    categories = [
        f"{rng.choice(platforms)} - {rng.choice(products)} {word()}" for _ in range(size // 7)
    ]
    for index in range(size):
        platform, product = rng.choice(platforms), rng.choice(products)
        name = (
            f"{platform} {product} {word().capitalize()} [{rng.randint(1, 999)}K/Day] "
            f"{' '.join(rng.sample(tags, 2))} [ {rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}"
            f".2026 ] #{rng.randint(1, 10**6)}"
        )
        services.append(
            Service(
                100 + index * 3,
                name,
                "Default",
                rng.choice(categories),
                Decimal(rng.randint(1, 99999)) / 1000,
                10,
                100_000,
                dripfeed=rng.random() < 0.3,
                refill=rng.random() < 0.4,
            )
        )
    return services  # fmt: skip


def naive_fold(services: Sequence[Service], query: str) -> list[int]:
    tokens = fold(query).split()
    out = []
    for index, s in enumerate(services):
        text = fold(f"{s.name}\t{s.category}\t{s.type}")
        if all(t in text or (t.isdigit() and int(t) == s.id) for t in tokens):
            out.append(index)
    return out


def naive_lower(services: Sequence[Service], query: str) -> list[int]:
    tokens = query.lower().split()
    return [
        i
        for i, s in enumerate(services)
        if all(t in s.name.lower() or t in s.category.lower() for t in tokens)
    ]


def timings(call: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        out.append((time.perf_counter() - start) * 1000)
    return out


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def run(label: str, services: list[Service], repeat: int, naive_repeat: int) -> None:
    builds = timings(lambda: Catalog(services), 7)
    catalog = Catalog(services)
    print(f"\n## {label}: {len(services):,} services, {len(catalog.categories):,} categories, "
          f"{len(catalog._words.entries):,} distinct name words")  # fmt: skip
    print(f"index build: median {statistics.median(builds):.1f} ms, max {max(builds):.1f} ms "
          "(target < 100 ms)")  # fmt: skip
    header = (f"{'query':24} {'hits':>6} {'index med':>10} {'p95':>7} "
              f"{'fold-all med':>13} {'ratio':>7} {'lower() med':>12} {'ratio':>7}")  # fmt: skip
    print(header)
    print("-" * len(header))
    index_meds: list[float] = []
    all_index: list[float] = []
    fold_meds: list[float] = []
    lower_meds: list[float] = []
    for query in QUERIES + SINGLE_LETTERS:
        hits = len(catalog.search(query))
        index_t = timings(lambda q=query: catalog.search(q), repeat)
        fold_t = timings(lambda q=query: naive_fold(services, q), naive_repeat)
        lower_t = timings(lambda q=query: naive_lower(services, q), naive_repeat)
        med, f_med, l_med = (statistics.median(t) for t in (index_t, fold_t, lower_t))
        if query not in SINGLE_LETTERS:
            index_meds.append(med)
            all_index.extend(index_t)
            fold_meds.append(f_med)
            lower_meds.append(l_med)
        flag = "  (single letter)" if query in SINGLE_LETTERS else ""
        print(f"{query:24} {hits:>6} {med:>8.3f}ms {p95(index_t):>5.2f}ms {f_med:>11.1f}ms "
              f"{f_med / med:>6.0f}x {l_med:>10.2f}ms {l_med / med:>6.1f}x{flag}")  # fmt: skip
    overall = statistics.median(index_meds)
    print(f"summary over {len(index_meds)} queries (single letters excluded): index median of "
          f"medians {overall:.3f} ms, p95 of all runs {p95(all_index):.3f} ms; "
          f"fold-all {statistics.median(fold_meds):.1f} ms "
          f"({statistics.median(fold_meds) / overall:.0f}x slower), plain lower() "
          f"{statistics.median(lower_meds):.2f} ms "
          f"({statistics.median(lower_meds) / overall:.1f}x slower); "
          f"target median < 5 ms: {'MET' if overall < 5 else 'MISSED'}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--naive-repeat", type=int, default=3)
    args = parser.parse_args()
    try:
        services, source = sandbox_services(args.size)
    except ImportError as exc:  # the sandbox or parser missing: say so, use the generator
        print(f"sandbox/parser unavailable ({exc}); using this file's generator only")
        services, source = diverse_services(args.size, seed=1), "generator (fallback)"
    run(source, services, args.repeat, args.naive_repeat)
    run("high-vocabulary generator", diverse_services(args.size), args.repeat, args.naive_repeat)


if __name__ == "__main__":
    main()
