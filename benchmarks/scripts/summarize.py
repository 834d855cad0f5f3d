#!/usr/bin/env python3
"""Summarises a load-compare.sh run (load.txt, startup.txt) as Markdown: medians over the rounds, and ratios."""
import re
import shlex
import statistics
import sys


def records(path, kind):
    out = []
    try:
        lines = open(path).read().splitlines()
    except FileNotFoundError:
        return out
    for line in lines:
        if not line.startswith(kind + " "):
            continue
        fields = {}
        for token in shlex.split(line[len(kind) + 1:]):
            k, _, v = token.partition("=")
            fields[k] = v
        out.append(fields)
    return out


def med(values):
    return statistics.median(values) if values else float("nan")


def main(out):
    load = records(out + "/load.txt", "LOAD")
    start = records(out + "/startup.txt", "STARTUP")
    print("### Stub vs WireMock under wrk (medians over rounds)\n")
    print("| connections | server | req/s | p50 ms | p99 ms | RSS max MB | server CPU cores | wrk CPU cores | server CPU ms/req | errors | rounds (req/s) | load avg at start of each run |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    ratios = []
    for conns in sorted({int(r["conns"]) for r in load}):
        row = {}
        for server in ("stub", "wiremock"):
            rs = [r for r in load if r["server"] == server and int(r["conns"]) == conns]
            if not rs:
                continue
            rps = med([float(r["rps"]) for r in rs])
            p50 = med([float(r["p50_ms"]) for r in rs])
            p99 = med([float(r["p99_ms"]) for r in rs])
            rss = max(int(r["rss_max_kb"]) for r in rs) / 1024
            cpu = med([float(r["cpu_s"]) * 1000 / max(1, int(r["requests"])) for r in rs])
            cores = med([float(r["cpu_s"]) / float(r["seconds"]) for r in rs])
            wrks = [float(r["wrk_cpu_s"]) / float(r["seconds"]) for r in rs if "wrk_cpu_s" in r]
            wrk = f"{med(wrks):.2f}" if wrks else "n/a"
            errors = sum(int(r[k]) for r in rs for k in ("err_connect", "err_read", "err_write", "err_status", "err_timeout"))
            rounds = ", ".join(f"{float(r['rps']):,.0f}" for r in rs)
            loads = "; ".join(r["load"] for r in rs)
            row[server] = (rps, p50, p99, rss)
            print(f"| {conns} | {server} | {rps:,.0f} | {p50:.2f} | {p99:.2f} | {rss:,.0f} | {cores:.2f} | {wrk} | {cpu:.3f} | {errors} | {rounds} | {loads} |")
        if "stub" in row and "wiremock" in row:
            s, w = row["stub"], row["wiremock"]
            ratios.append((conns, s[0] / w[0], s[1] / w[1], s[2] / w[2], s[3] / w[3]))
    if ratios:
        print("\n### Ratios stub / WireMock\n")
        print("| connections | req/s (target ≥ 1.5) | p50 | p99 (target ≤ 1.0) | RSS max |")
        print("|---|---|---|---|---|")
        for conns, rps, p50, p99, rss in ratios:
            print(f"| {conns} | {rps:.2f}× | {p50:.2f}× | {p99:.2f}× | {rss:.2f}× |")
    if start:
        print("\n### Start-up: launch to first 200 (ms)\n")
        print("| server | median | runs | load avg at each launch |")
        print("|---|---|---|---|")
        meds = {}
        for server in ("stub", "wiremock", "stub-cds"):
            rs = [r for r in start if r["server"] == server]
            if not rs:
                continue
            ms = [int(r["ms"]) for r in rs]
            meds[server] = med(ms)
            print(f"| {server} | {med(ms):,.0f} | {', '.join(f'{m:,}' for m in ms)} | {'; '.join(r['load'] for r in rs)} |")
        if meds.get("wiremock"):
            print(f"\nstub (java -jar) / WireMock start-up: {meds['stub'] / meds['wiremock']:.2f}×")
            if meds.get("stub-cds"):
                print(f"stub (extracted + CDS, as ./run-stub) / WireMock start-up: {meds['stub-cds'] / meds['wiremock']:.2f}×")


if __name__ == "__main__":
    main(sys.argv[1])
