#!/usr/bin/env python3
"""Start-up of `debrief` against a Foundation hello-world, in the same run.

Usage (from the repository root, after `swift build` or `swift build -c release`):
    python3 Benchmarks/Startup/startup.py [.build/debug | .build/release] [RUNS]
Builds hello.swift with swiftc next to it, then times, RUNS times each (default 30; median
wall and CPU time, user + system, and the largest peak resident memory, from wait4):
the hello-world, `debrief --version`, a piped start that shows the first question and
pauses (store opened, plugins loaded, the new debrief saved), and a whole debrief piped
from answers.txt (the answers of the end-to-end tests' natural debrief), each in a new store.
"""
import os, shutil, statistics, subprocess, sys, tempfile, time

build = sys.argv[1] if len(sys.argv) > 1 else ".build/debug"
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 30
here = os.path.dirname(os.path.abspath(__file__))
work = tempfile.mkdtemp(prefix="debrief-startup-")
hello = os.path.join(work, "hello")
flags = ["-O"] if "release" in build else []
subprocess.run(["swiftc", *flags, os.path.join(here, "hello.swift"), "-o", hello], check=True)
store = os.path.join(work, "s.sqlite")
env = dict(os.environ, DEBRIEF_STORE=store, HOME=work, XDG_CONFIG_HOME=work)
debrief = os.path.join(build, "debrief")
with open(os.path.join(here, "answers.txt"), "rb") as file:
    answers = file.read()


def measure(command, stdin=None, fresh=False):
    """Median wall ms, median CPU ms and the largest peak RSS (MiB) of the runs."""
    walls, cpus, peaks = [], [], []
    for _ in range(runs):
        if fresh:
            for suffix in ["", "-wal", "-shm", "-lock"]:
                if os.path.exists(store + suffix):
                    os.remove(store + suffix)
        read, write = os.pipe()
        start = time.perf_counter()
        pid = os.fork()
        if pid == 0:
            os.dup2(read, 0)
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, 1)
            os.dup2(null, 2)
            os.execve(command[0], command, env)
        os.close(read)
        os.write(write, stdin or b"")
        os.close(write)
        _, _, usage = os.wait4(pid, 0)
        walls.append(time.perf_counter() - start)
        cpus.append(usage.ru_utime + usage.ru_stime)
        peaks.append(usage.ru_maxrss / 1024)
    return statistics.median(walls) * 1000, statistics.median(cpus) * 1000, max(peaks)


base = measure([hello])
print("| | wall ms | CPU ms | peak MiB | vs. hello-world (wall) |")
print("| --- | ---: | ---: | ---: | ---: |")
for name, command, stdin, fresh in [
    ("hello-world (Foundation)", [hello], None, False),
    ("`debrief --version`", [debrief, "--version"], None, False),
    ("first question, then `/pause`", [debrief], b"/pause\n", False),
    ("a whole debrief, piped", [debrief], answers, True),
]:
    wall, cpu, peak = base if command == [hello] else measure(command, stdin, fresh)
    print(f"| {name} | {wall:.1f} | {cpu:.1f} | {peak:.0f} | {wall / base[0]:.1f}× |", flush=True)
shutil.rmtree(work)
