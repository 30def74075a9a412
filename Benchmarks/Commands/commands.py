#!/usr/bin/env python3
"""Whole commands, as a person runs them, on generated stores, next to baselines run in the same command.

Usage, from the repository root:
    swift build -c release --product debrief
    (cd Benchmarks && swift build -c release --product make-store)
    python3 Benchmarks/Commands/commands.py [SIZE ...]      # default: 1000 10000 100000

Each size's store is generated once (Benchmarks/.data/debriefs-N-v3/debriefs.sqlite, by make-store).
DEBRIEF=path/to/debrief times another binary (an older build, for a before/after in one session).
ONLY=insights,plans measures only the commands whose names start so, and the baselines
(`import` reads the archive `export` writes: ONLY=export,import).
Every line is the median wall time of RUNS runs (after WARMUP warm-up runs, default 5 and 1;
TIMEOUT seconds at most, default 240) of the release binary, with its median CPU time (user +
system: on a shared machine the wall time also counts waiting for a core) and the peak
resident memory of the child (getrusage, as /usr/bin/time -v reports),
beside its baseline: a Foundation hello-world for start-up, and a bare `sqlite3` read of the
same store for bulk reads (the rows the command reads, to /dev/null). Prints a Markdown table.
"""
import os, shutil, signal, statistics, subprocess, sys, tempfile, time

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
debrief = os.environ.get("DEBRIEF") or os.path.join(root, ".build/release/debrief")
make_store = os.path.join(root, "Benchmarks/.build/release/make-store")
sizes = [int(s) for s in sys.argv[1:]] or [1000, 10000, 100000]
runs = int(os.environ.get("RUNS", "5"))
warmup = int(os.environ.get("WARMUP", "1"))
timeout = float(os.environ.get("TIMEOUT", "240"))
work = tempfile.mkdtemp(prefix="debrief-commands-")
hello = os.path.join(work, "hello")
subprocess.run(["swiftc", "-O", os.path.join(root, "Benchmarks/Startup/hello.swift"), "-o", hello], check=True)


# Runs the command in a child and reports that child's own wall time, CPU time and peak RSS,
# so neither Python's start-up nor an earlier child's memory counts.
WRAP = r"""
import os, sys, time
start = time.perf_counter()
pid = os.fork()
if pid == 0:
    os.execv(sys.argv[1], sys.argv[1:])
_, status, usage = os.wait4(pid, 0)
wall = time.perf_counter() - start
sys.stderr.write(f"@maxrss {usage.ru_maxrss} {usage.ru_utime + usage.ru_stime} {wall}\n")
sys.exit(os.waitstatus_to_exitcode(status))
"""


def measure_rss(command, env, stdin=None, before=None):
    """Median wall ms, median CPU ms and the largest peak RSS (MiB) of the measured runs; None when one failed."""
    walls, cpus, peaks = [], [], []
    for index in range(warmup + runs):
        if before:
            before()
        process = subprocess.Popen([sys.executable, "-c", WRAP, *command], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE, env=env, start_new_session=True)
        try:
            _, err = process.communicate(stdin, timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            return None
        text = err.decode()
        if process.returncode != 0:
            sys.stderr.write(f"{' '.join(command)} exited {process.returncode}: {text[-300:]}\n")
            return None
        if index >= warmup:
            rss, cpu, wall = text.rsplit("@maxrss ", 1)[1].split()[:3]
            walls.append(float(wall))
            cpus.append(float(cpu))
            peaks.append(int(rss) / 1024)
    return statistics.median(walls) * 1000, statistics.median(cpus) * 1000, max(peaks)


def first_line_ms(command, env):
    """Median ms until the first line of output arrives (the rest is read and dropped)."""
    times = []
    for _ in range(max(runs, 1)):
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
        process.stdout.readline()
        times.append(time.perf_counter() - start)
        process.stdout.read()
        process.wait()
    return statistics.median(times) * 1000


def sqlite_read(store, sql):
    return ["/usr/bin/sqlite3", "-readonly", store, sql]


rows = []
for size in sizes:
    store = subprocess.run([make_store, str(size)], check=True, capture_output=True, text=True).stdout.strip()
    env = dict(os.environ, HOME=work, XDG_CONFIG_HOME=work, XDG_DATA_HOME=work, DEBRIEF_STORE=store, TERM="dumb")
    archive = os.path.join(work, f"export-{size}.json")
    imported = os.path.join(work, f"imported-{size}.sqlite")

    uuid_archive = os.path.join(work, f"export-{size}-uuid.json")

    def fresh_import_store():
        # `import` takes only UUID ids; the corpus's "0000002a-bench-0000042" become "0000002a-0000-4000-8000-000000000042".
        if not os.path.exists(uuid_archive):
            with open(uuid_archive, "wb") as out:
                subprocess.run(["sed", "-E", r"s/([0-9a-f]{8})-bench-([0-9]{7})/\1-0000-4000-8000-00000\2/g", archive], stdout=out, check=True)
        for suffix in ["", "-wal", "-shm", "-lock"]:
            if os.path.exists(imported + suffix):
                os.remove(imported + suffix)

    facts_scan = sqlite_read(store, "SELECT id, createdAt, company, role, interviewDate, stage, outcome FROM debrief; "
                                    "SELECT debriefId, step, item, part, kind, value FROM fact;")
    documents_scan = sqlite_read(store, "SELECT document FROM debrief; SELECT json FROM answer; SELECT body FROM event;")
    lines = [
        ("hello-world (Foundation)", [hello], None, None, None),
        ("sqlite3: every debrief row and fact row", facts_scan, None, None, None),
        ("sqlite3: every document, answer and event", documents_scan, None, None, None),
        ("insights", [debrief, "insights"], None, None, "sqlite3: every debrief row and fact row"),
        ("plans", [debrief, "plans"], None, None, "sqlite3: every debrief row and fact row"),
        ("practice (start, then /stop)", [debrief, "practice"], b"/stop\n", None, "sqlite3: every debrief row and fact row"),
        ("report --format html", [debrief, "report", "--format", "html", "--output", os.path.join(work, "r.html"), "--force"],
         None, None, "sqlite3: every document, answer and event"),
        ("list --limit 20", [debrief, "list", "--limit", "20"], None, None, "hello-world (Foundation)"),
        ("list (every debrief)", [debrief, "list"], None, None, "sqlite3: every debrief row and fact row"),
        ("search fogeba", [debrief, "search", "fogeba"], None, None, "hello-world (Foundation)"),
        ("export", [debrief, "export", "--output", archive, "--force"], None, None, "sqlite3: every document, answer and event"),
        ("import (into an empty store)", [debrief, "import", uuid_archive, "--store", imported], None, fresh_import_store,
         "sqlite3: every document, answer and event"),
    ]
    only = os.environ.get("ONLY")
    measured = {}
    for name, command, stdin, before, baseline in lines:
        if only and baseline is not None and not any(name.startswith(o) for o in only.split(",")):
            continue
        result = measure_rss(command, env, stdin, before)
        measured[name] = result
        base = measured.get(baseline) if baseline else None
        if result is None:
            rows.append(f"| {name} | {size:,} | killed or failed | | | | | |")
            continue
        wall, cpu, peak = result
        cells = f"| {name} | {size:,} | {wall:.0f} | {cpu:.0f} | {peak:.0f} |"
        rows.append(cells + (f" {baseline} | {base[0]:.0f} | {wall / base[0]:.1f}× |" if base else " | | |"))
        print(rows[-1], flush=True)

    if not only or any("list".startswith(o) for o in only.split(",")):
        rows.append(f"| list (every debrief): first line | {size:,} | {first_line_ms([debrief, 'list'], env):.0f} | | | | | |")
        print(rows[-1], flush=True)

print("\n| command | debriefs | wall ms | CPU ms | peak MiB | baseline | baseline wall ms | ratio (wall) |")
print("| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: |")
print("\n".join(rows))
shutil.rmtree(work, ignore_errors=True)
