#!/usr/bin/env python3
"""What the due line costs as `debrief` starts at a terminal: time to the first prompt with
and without `--quiet`, in a pseudo-terminal, runs alternated (median of each, and of the
paired differences).

Usage (from the repository root, after `swift build` or `swift build -c release`):
    python3 Benchmarks/Startup/dueline.py STORE [.build/debug | .build/release] [RUNS]
STORE is a store file, e.g. the one `make-store 10000` prints; the practice deck beside it is
what `debrief practice` made. Each run ends with Ctrl-D (which leaves the offer to resume, or
pauses a new debrief before anything is written), so the store stays as it was.
"""
import os, select, statistics, subprocess, sys, time

store = sys.argv[1]
build = sys.argv[2] if len(sys.argv) > 2 else ".build/debug"
runs = int(sys.argv[3]) if len(sys.argv) > 3 else 30
debrief = os.path.join(build, "debrief")
env = dict(os.environ, TERM="xterm-256color", NO_COLOR="1", LANG="C.UTF-8")

def to_prompt(arguments):
    """Seconds from spawn to the first `› ` prompt, and everything shown before it."""
    master, slave = os.openpty()
    start = time.perf_counter()
    child = subprocess.Popen([debrief, *arguments, "--store", store], stdin=slave, stdout=slave, stderr=slave,
                             env=env, start_new_session=True)
    os.close(slave)
    seen = b""
    while "› ".encode() not in seen:
        ready, _, _ = select.select([master], [], [], 30)
        if not ready:
            child.kill()
            sys.exit(f"no prompt: {seen!r}")
        seen += os.read(master, 65536)
    elapsed = time.perf_counter() - start
    os.write(master, b"\x04")  # Ctrl-D: leaves the resume offer, or pauses at a question
    try:
        while True:
            ready, _, _ = select.select([master], [], [], 10)
            if not ready or not os.read(master, 65536):
                break
    except OSError:
        pass
    child.wait()
    os.close(master)
    return elapsed, seen.decode(errors="replace")

_, shown = to_prompt([])
line = [l for l in shown.splitlines() if "debrief plans" in l or "debrief practice" in l]
print("due line:", line[0].strip() if line else "(none)")
shown_ms, quiet_ms = [], []
for _ in range(runs):
    shown_ms.append(to_prompt([])[0] * 1000)
    quiet_ms.append(to_prompt(["--quiet"])[0] * 1000)
differences = [a - b for a, b in zip(shown_ms, quiet_ms)]
print(f"to the first prompt: with the line {statistics.median(shown_ms):.1f} ms, --quiet {statistics.median(quiet_ms):.1f} ms;"
      f" the line costs {statistics.median(differences):.1f} ms (median of {runs} paired differences)")
