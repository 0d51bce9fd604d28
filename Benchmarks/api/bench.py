#!/usr/bin/env python3
"""The API and page load benchmark: the release binary on the demo, wrk -t2 -c32 on loopback.

Usage (in the project's checkout, after
`swift build -c release --product nastavnik -Xswiftc -cross-module-optimization`, the release build the README gives):
    python3 Benchmarks/api/bench.py [.build/release/nastavnik] [--seconds 10] [--grow 25000]
With DATABASE_URL=postgres://… the same runs on that (empty) PostgreSQL database; otherwise on a fresh SQLite file.
Prints req/s, p50, p99 and errors of each load, its ratio to the floor (the static stylesheet), and the targets.
"""
import argparse, collections, concurrent.futures, json, os, re, shutil, subprocess, sys, tempfile, time
import requests

# The stack's floor: routing, the middleware and a JSON error, no database. Its answers are 401 by design.
FLOOR = "floor: 401"
# AnitaB mentorship-backend (Flask + SQLite), the same wrk load on a machine of this kind (issue 20).
FLASK_PEER = {"person": (400, 613), "people": (24, 48), "update": (234, 297)}
TARGETS = {  # name: (req/s at least, p99 at most in ms or None)
    "person": (4000, 20), "people": (2000, None), "people-25k": (2000, None), "update": (1000, 50),
    "run": (500, None), "dashboard": (500, None), "pairs": (500, None),
}


def main():
    args = parse()
    work = tempfile.mkdtemp(prefix="nastavnik-bench-")
    env = dict(os.environ, PORT=str(args.port), LOG_LEVEL="warning")
    env.setdefault("DATABASE_URL", f"sqlite://{work}/db.sqlite")
    base = f"http://127.0.0.1:{args.port}"
    for step in (["migrate", "-y"], ["demo"]):
        subprocess.run([args.binary, *step], env=env, check=True, capture_output=True)
    log = open(f"{work}/serve.log", "w")
    server = subprocess.Popen([args.binary, "serve"], env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_until_up(base)
        ids, session = prepare(base)
        loads = plan(base, ids, session, work)
        print(f"database: {'PostgreSQL' if env['DATABASE_URL'].startswith('postgres') else 'SQLite'}, "
              f"wrk -t2 -c32 -d{args.seconds}s, {os.cpu_count()} cores")
        results = {name: wrk(args.seconds, *load, refused=name == FLOOR) for name, load in loads.items()}
        if args.grow:
            grow(base, ids, args.grow)
            results["people-25k"] = wrk(args.seconds, *loads["people"])
        report(results)
    finally:
        server.terminate()
        server.wait()
        log.close()
    logged = open(f"{work}/serve.log").read()
    print(f"'database is locked' in the server's log: {logged.count('database is locked')}")
    # Whatever the server logged as an error or a busy database (the answers of 5xx), to see why a request failed.
    marks = (" error ", " critical ", "busy")
    for line in [line for line in logged.splitlines() if any(mark in line for mark in marks)][:10]:
        print("server:", line[:400])
    shutil.rmtree(work, ignore_errors=True)


def parse():
    p = argparse.ArgumentParser()
    p.add_argument("binary", nargs="?", default=".build/release/nastavnik")
    p.add_argument("--seconds", type=int, default=10)
    p.add_argument("--grow", type=int, default=25000, help="people added to the school before the last load")
    p.add_argument("--port", type=int, default=18190)
    return p.parse_args()


def wait_until_up(base):
    for _ in range(60):
        try:
            requests.get(base + "/login", timeout=1)
            return
        except requests.ConnectionError:
            time.sleep(0.5)
    sys.exit("the server did not start")


class Client:
    """A browser session: signs in through the form, keeps the cookie."""

    def __init__(self, base, login, password):
        self.base, self.http = base, requests.Session()
        self.post("/login", {"login": login, "password": password})

    def csrf(self, path):
        return re.search(r'name="_csrf" value="([^"]+)"', self.http.get(self.base + path).text).group(1)

    def post(self, path, data, form_page=None):
        data = dict(data, _csrf=self.csrf(form_page or path))
        return self.http.post(self.base + path, data=data)


def prepare(base):
    """Signs in as the school's curator, creates a token on the account page, finds the ids the loads use."""
    browser = Client(base, "school.curator", "nastavnik-demo")
    page = browser.post("/account/tokens", {"name": "bench"}, form_page="/account").text
    token = re.search(r'<code class="token">([^<]+)</code>', page).group(1)
    api = requests.Session()
    api.headers["Authorization"] = f"Bearer {token}"
    org = api.get(f"{base}/api/v1/organizations").json()[0]["id"].lower()
    person = api.get(f"{base}/api/v1/organizations/{org}/people").json()["items"][0]["id"].lower()
    program = items(api.get(f"{base}/api/v1/organizations/{org}/programs").json())[0]["id"].lower()
    run = api.post(f"{base}/api/v1/programs/{program}/matching-runs", json={}).json()["id"].lower()
    details = api.get(f"{base}/api/v1/people/{person}").json()["details"]
    ids = dict(token=token, org=org, person=person, program=program, run=run, details=details)
    return ids, browser.http.cookies.get("nastavnik_session")


def items(body):
    """A list answer: bare or paged."""
    return body["items"] if isinstance(body, dict) else body


def plan(base, ids, session, work):
    bearer = ["-H", f"Authorization: Bearer {ids['token']}"]
    cookie = ["-H", f"Cookie: nastavnik_session={session}"]
    with open(f"{work}/put.json", "w") as body:
        json.dump(ids["details"], body)
    with open(f"{work}/put.lua", "w") as script:
        script.write(f'wrk.method = "PUT"; wrk.headers["Content-Type"] = "application/json"\n'
                     f'wrk.headers["Authorization"] = "Bearer {ids["token"]}"\n'
                     f'wrk.body = io.open("{work}/put.json"):read("*a")\n')
    return {
        "floor: stylesheet": ([], f"{base}/css/site.css"),
        "floor: 401": ([], f"{base}/api/v1/me"),
        "person": (bearer, f"{base}/api/v1/people/{ids['person']}"),
        "people": (bearer, f"{base}/api/v1/organizations/{ids['org']}/people"),
        "update": (["-s", f"{work}/put.lua"], f"{base}/api/v1/people/{ids['person']}"),
        "run": (bearer, f"{base}/api/v1/matching-runs/{ids['run']}"),
        "dashboard": (cookie, f"{base}/programs/{ids['program']}/monitoring"),
        "pairs": (cookie, f"{base}/programs/{ids['program']}/mentorships"),
    }


def grow(base, ids, count):
    """Adds `count` people to the school through the API, eight at a time."""
    http = requests.Session()
    http.headers["Authorization"] = f"Bearer {ids['token']}"
    url = f"{base}/api/v1/organizations/{ids['org']}/people"

    def add(n):
        person = dict(surname=f"Нагрузочный{n:05d}", givenName="Участник", birthDate="01.02.1990",
                      categories=["teacher"])
        return http.post(url, json=person).status_code

    started = time.time()
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        statuses = list(pool.map(add, range(count)))
    created = statuses.count(201)
    others = ", ".join(f"{status}: {n}" for status, n in sorted(collections.Counter(statuses).items()) if status != 201)
    others = f" (others {others})" if others else ""
    print(f"added {created} of {count} people in {time.time() - started:.0f} s{others}")


def wrk(seconds, extra, url, refused=False):
    """One load; `refused`: the answers are expected to be 4xx, so only socket errors count."""
    out = subprocess.run(["wrk", "-t2", "-c32", f"-d{seconds}s", "--latency", *extra, url],
                         capture_output=True, text=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    if not refused:
        errors += int((re.search(r"Non-2xx or 3xx responses: (\d+)", out) or [0, 0])[1])
    return dict(rate=rate, p50=latency(out, "50"), p99=latency(out, "99"), errors=errors)


def latency(out, percent):
    value, unit = re.search(rf"\s{percent}%\s+([\d.]+)(us|ms|s)", out).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def report(results):
    floor = results[FLOOR]["rate"]
    print(f"{'load':<20}{'req/s':>10}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}{'÷ 401':>9}  target")
    for name, r in results.items():
        target, verdict = TARGETS.get(name), ""
        if target:
            met = r["rate"] >= target[0] and (target[1] is None or r["p99"] < target[1]) and r["errors"] == 0
            verdict = f"≥ {target[0]}" + (f", p99 < {target[1]} ms" if target[1] else "") + (
                "  met" if met else "  NOT MET")
        print(f"{name:<20}{r['rate']:>10.0f}{r['p50']:>9.1f}{r['p99']:>9.1f}{r['errors']:>8}"
              f"{r['rate'] / floor:>9.2f}  {verdict}")
    for name, (low, high) in FLASK_PEER.items():
        if name in results:
            print(f"against the Flask peer, {name}: {results[name]['rate'] / high:.1f}–"
                  f"{results[name]['rate'] / low:.1f}× its {low}–{high} req/s")


if __name__ == "__main__":
    main()
