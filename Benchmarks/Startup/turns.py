#!/usr/bin/env python3
"""One turn in a terminal: from sending an answer to the next prompt, over a whole debrief.

Usage: python3 Benchmarks/Startup/turns.py [.build/release] [RUNS]
Runs `debrief` in a pseudo-terminal RUNS times (default 5), each in a new store, types the
answers of answers.txt one at a time, and times each from the Enter key until the next prompt
(`› `) has arrived. Prints the median and the 99th percentile over every turn of every run,
and the three answers whose turns are slowest (by their median).
"""
import os, pty, select, shutil, statistics, sys, tempfile, time

build = sys.argv[1] if len(sys.argv) > 1 else ".build/release"
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "answers.txt"), encoding="utf-8") as file:
    answers = file.read().split("\n")[:-1]
prompt = "› ".encode()


def read_until_prompt(fd, timeout=10.0):
    """Reads until output ends with the prompt; False when the process ended or time ran out."""
    seen = b""
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            return False
        if not chunk:
            return False
        seen += chunk
        if seen.rstrip(b"\x1b[0m").endswith(prompt) or seen.endswith(prompt):
            return True
    return False


turns = []
by_answer = {}
for _ in range(runs):
    work = tempfile.mkdtemp(prefix="debrief-turns-")
    env = dict(os.environ, DEBRIEF_STORE=os.path.join(work, "s.sqlite"), HOME=work, XDG_CONFIG_HOME=work, TERM="xterm-256color")
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(os.path.join(build, "debrief"), [os.path.join(build, "debrief")], env)
    if not read_until_prompt(fd):
        sys.exit("no first prompt")
    for answer in answers:
        start = time.perf_counter()
        os.write(fd, answer.encode() + b"\r")
        if not read_until_prompt(fd):
            break
        turns.append(time.perf_counter() - start)
        by_answer.setdefault(answer, []).append(turns[-1])
    os.kill(pid, 9)
    os.waitpid(pid, 0)
    shutil.rmtree(work)

turns.sort()
p99 = turns[min(len(turns) - 1, int(len(turns) * 0.99))]
print(f"{len(turns)} turns: p50 {statistics.median(turns) * 1000:.2f} ms, p99 {p99 * 1000:.2f} ms, max {turns[-1] * 1000:.2f} ms")
slowest = sorted(by_answer.items(), key=lambda item: -statistics.median(item[1]))[:3]
print("slowest answers (median ms): " + "; ".join(f"{answer[:30]!r} {statistics.median(times) * 1000:.2f}" for answer, times in slowest))
