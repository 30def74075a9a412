#!/usr/bin/env python3
"""Start-up of `debrief` against a Foundation hello-world, in the same run.

Usage (from the repository root, after `swift build` or `swift build -c release`):
    python3 Benchmarks/Startup/startup.py [.build/debug | .build/release]
Builds hello.swift with swiftc next to it, then times, 30 times each (median):
the hello-world, `debrief --version`, and a piped start that shows the first question
and pauses (store opened, plugins loaded, the new debrief saved).
"""
import os, statistics, subprocess, sys, tempfile, time

build = sys.argv[1] if len(sys.argv) > 1 else ".build/debug"
here = os.path.dirname(os.path.abspath(__file__))
work = tempfile.mkdtemp(prefix="debrief-startup-")
hello = os.path.join(work, "hello")
flags = ["-O"] if "release" in build else []
subprocess.run(["swiftc", *flags, os.path.join(here, "hello.swift"), "-o", hello], check=True)
env = dict(os.environ, DEBRIEF_STORE=os.path.join(work, "s.sqlite"), HOME=work, XDG_CONFIG_HOME=work)
debrief = os.path.join(build, "debrief")

def median_ms(command, stdin=None, runs=30):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, input=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000

base = median_ms([hello])
version = median_ms([debrief, "--version"])
first = median_ms([debrief], stdin=b"/pause\n")
print(f"hello-world {base:.1f} ms | debrief --version {version:.1f} ms ({version / base:.1f}x)"
      f" | first question, then /pause {first:.1f} ms ({first / base:.1f}x)")
