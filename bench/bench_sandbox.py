"""Sandbox catalogue generation: Catalogue.generate vs json.loads of the catalogue it makes.

Generating the demo panel's catalogue runs at every start of the demo and in many tests; it
should cost about what reading the same catalogue back costs. Also shown: its CPU time for
20,000 services (the old test's limit was 0.5 s). Interleaved runs in one process, medians.

    .venv/bin/python bench/bench_sandbox.py [--services 20000] [--runs 7]
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import time

from smmdesk.sandbox.catalog import Catalogue


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--services", type=int, default=20000)
    options.add_argument("--runs", type=int, default=7)
    args = options.parse_args()
    raw = Catalogue.generate(args.services, 3).json_bytes()
    generate: list[float] = []
    generate_cpu: list[float] = []
    decode: list[float] = []
    for run in range(args.runs):
        gc.collect()
        wall, cpu = time.perf_counter(), time.process_time()
        catalogue = Catalogue.generate(args.services, 3 + run)
        generate.append(time.perf_counter() - wall)
        generate_cpu.append(time.process_time() - cpu)
        assert len(catalogue) == args.services
        gc.collect()
        wall = time.perf_counter()
        json.loads(raw)
        decode.append(time.perf_counter() - wall)
    ours, base = statistics.median(generate), statistics.median(decode)
    print(f"catalogue: {args.services} services, {len(raw) / 1e6:.2f} MB; {args.runs} runs")
    cpu = statistics.median(generate_cpu)
    print(f"  Catalogue.generate  wall {ours * 1000:7.1f} ms   cpu {cpu * 1000:7.1f} ms")
    print(f"  json.loads          wall {base * 1000:7.1f} ms")
    print(f"ratio generate / json.loads (median wall): {ours / base:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
