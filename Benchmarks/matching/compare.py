#!/usr/bin/env python3
"""Runs our matching-bench and the peers of ../shared/bench side by side, in one run, and prints a table
of time, total score, % matched, peak memory and the ratios.

usage: python3 Benchmarks/matching/compare.py [--sizes 1000x400,5000x2000,...] [--work DIR]

The peers go into a throwaway virtual environment under the work directory (PyPI `matching==1.4.3`,
numpy and scipy from the system Python). Instances come from the shared seeded generator (seed 42).
Where a peer cannot run a size (memory, or hours of time — see ../shared/bench/RESULTS.md) it is skipped
and the table says so."""
import argparse, json, os, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BENCH = os.path.normpath(os.path.join(ROOT, "..", "shared", "bench"))
SIZES = "1000x400,5000x2000,20000x8000,50000x20000,200000x80000"
# The largest size each peer is run at (beyond it: out of memory or far past the others' time).
LIMITS = {"lsa": 20000 * 8000, "hr_full": 5000 * 2000, "greedy": 50000 * 20000,
          "ours_exact": 50000 * 20000, "ours_stable": 20000 * 8000}
# The regional pool's candidate generation: 600 mentors per request tag (a window drawn from the mentee's
# number), the best 32 pairs of each mentee and of each mentor, and one more round of the dual check.
REGIONAL = ["--k", "32", "--budget", "600", "--rounds", "2"]


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, text=True, capture_output=True, **kw)


def timed(cmd, env=None):
    """Runs a command printing one JSON line; adds the peak RSS measured by /usr/bin/time."""
    out = subprocess.run(["/usr/bin/time", "-f", "RSS_KB %M"] + cmd, text=True, capture_output=True, env=env, cwd=BENCH)
    if out.returncode != 0:
        return {"error": out.stderr.strip().splitlines()[-1] if out.stderr.strip() else f"exit {out.returncode}"}
    result = json.loads(out.stdout.strip().splitlines()[-1])
    rss = [l for l in out.stderr.splitlines() if l.startswith("RSS_KB")]
    result["peak_rss_mb"] = int(rss[-1].split()[1]) / 1024 if rss else result.get("peak_rss_mb")
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default=SIZES)
    parser.add_argument("--work", default=os.path.join(ROOT, ".build", "matching-bench"))
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    venv = os.path.join(args.work, "venv")
    if not os.path.exists(os.path.join(venv, "bin", "python")):
        sh([sys.executable, "-m", "venv", "--system-site-packages", venv])
        sh([os.path.join(venv, "bin", "pip"), "install", "-q", "matching==1.4.3"])
    python = os.path.join(venv, "bin", "python")
    sh(["swift", "build", "-c", "release", "--product", "matching-bench"], cwd=ROOT)
    ours = os.path.join(ROOT, ".build", "release", "matching-bench")
    rows = []
    for size in args.sizes.split(","):
        n, m = map(int, size.split("x"))
        path = os.path.join(args.work, f"inst_{n}_{m}_s42.json")
        if not os.path.exists(path):
            sh([sys.executable, "gen.py", str(n), str(m), "--seed", "42", "--out", path], cwd=BENCH)
        # Ours: exact and proved over every allowed pair where all pairs can be scored; the regional
        # candidate generation at the regional pool, and beside the exact run to show how close it stays.
        runs = {}
        if n * m <= LIMITS["ours_exact"]:
            runs["ours optimal"] = timed([ours, path, "--mode", "optimal"])
        if n * m >= LIMITS["lsa"]:
            runs["ours regional"] = timed([ours, path, "--mode", "optimal"] + REGIONAL)
        if n * m <= LIMITS["ours_stable"]:
            runs["ours stable"] = timed([ours, path, "--mode", "stable"])
        if n * m <= LIMITS["lsa"]:
            runs["scipy LSA"] = timed([python, "run_lsa.py", path])
        if n * m <= LIMITS["hr_full"]:
            runs["matching HR core"] = timed([python, "run_hr.py", path, "0", "core"])
        if n * m <= LIMITS["greedy"]:
            runs["numpy greedy"] = timed([python, "run_greedy.py", path])
        rows.append((size, runs))
        print_table([(size, runs)], header=len(rows) == 1)
    print()
    print_ratios(rows)


def seconds(run):
    return run.get("seconds", run.get("total_s"))


def print_table(rows, header):
    if header:
        print(f"{'size':<14}{'method':<20}{'seconds':>10}{'total score':>20}{'matched %':>11}{'peak MB':>10}  note")
    for size, runs in rows:
        for name, run in runs.items():
            if "error" in run:
                print(f"{size:<14}{name:<20}{'failed':>10}  {run['error']}")
                continue
            note = []
            if "proved_optimal" in run:
                note.append(f"proved optimal in {run['rounds']} round(s)" if run["proved_optimal"]
                            else f"top-K={run['k']}, {run['rounds']} round(s)")
                if "budget" in run:
                    note.append(f"{run['budget']} mentors per request")
            if "blocking_pairs" in run:
                note.append(f"blocking pairs {run['blocking_pairs']}")
            if "solve_s" in run and "matching" in name:
                note.append(f"bare algorithm {run['solve_s']:.2f} s")
            print(f"{size:<14}{name:<20}{seconds(run):>10.3f}{run['total_score']:>20.9f}{run['matched_pct']:>11.2f}"
                  f"{run['peak_rss_mb']:>10.0f}  {', '.join(note)}", flush=True)


def print_ratios(rows):
    print("Ratios (peer ÷ ours for time and memory; ours ÷ peer for the score):")
    for size, runs in rows:
        opt, stable = runs.get("ours optimal", {}), runs.get("ours stable", {})
        lsa, hr, greedy = runs.get("scipy LSA"), runs.get("matching HR core"), runs.get("numpy greedy")
        regional = runs.get("ours regional")
        if regional and "error" not in regional and opt and "error" not in opt:
            print(f"  {size}: regional candidate generation — {regional['total_score'] / opt['total_score'] * 100:.2f} % "
                  f"of the proved optimum in {seconds(regional) / seconds(opt):.2f}× its time")
        if lsa and "error" not in lsa and "error" not in opt:
            rel = abs(opt["total_score"] - lsa["total_score"]) / lsa["total_score"]
            print(f"  {size}: optimal vs scipy LSA — {seconds(lsa) / seconds(opt):.2f}× time, "
                  f"{lsa['peak_rss_mb'] / opt['peak_rss_mb']:.1f}× memory, score relative difference {rel:.1e}")
        if hr and "error" not in hr and "error" not in stable:
            same = abs(stable["total_score"] - hr["total_score"]) < 1e-9 * hr["total_score"] and stable["pairs"] == hr["pairs"]
            print(f"  {size}: stable vs matching HR — {hr['solve_s'] / seconds(stable):.1f}× the bare algorithm's time, "
                  f"{seconds(hr) / seconds(stable):.1f}× its total, same matching: {'yes' if same else 'NO'}")
        opt = opt or regional or {}
        if greedy and "error" not in greedy and "error" not in opt:
            print(f"  {size}: optimal vs numpy greedy — {seconds(greedy) / seconds(opt):.2f}× time, "
                  f"score {opt['total_score'] / greedy['total_score']:.4f}× the greedy's")


if __name__ == "__main__":
    main()
