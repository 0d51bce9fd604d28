#!/usr/bin/env python3
"""Two `serve` nodes on one PostgreSQL behind nginx, as an operator runs them, checked from outside:

1. both nodes started at once on an empty database: one runs the migrations and makes the administrator, the
   other waits for it; both become ready;
2. a session made through nginx works on either node, and a form's CSRF token from one node is accepted by the
   other (and a wrong one refused);
3. the rhythm check and the mail worker run on both nodes: every reminder is written once and every message
   reaches the SMTP server once;
4. a node killed with SIGKILL during writes loses no acknowledged write, and the other keeps serving.

Usage: multinode.py --binary .build/debug/nastavnik --database-url postgres://…/nastavnik_multinode_test
It needs nginx, psql and python3-aiosmtpd; it prints its figures and exits with 1 on the first failed check."""
import argparse, http.client, json, os, re, shutil, signal, subprocess, sys, tempfile, threading, time
import urllib.parse

parser = argparse.ArgumentParser()
parser.add_argument("--binary", required=True)
parser.add_argument("--database-url", required=True)
parser.add_argument("--port", type=int, default=8300, help="nginx's port; the nodes take the next two")
parser.add_argument("--nginx", default=shutil.which("nginx") or "/usr/sbin/nginx")
args = parser.parse_args()
args.binary = os.path.abspath(args.binary)

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))  # the nodes find the templates and styles from the package's folder
WORK = tempfile.mkdtemp(prefix="nastavnik-multinode-")
os.chmod(WORK, 0o777)
NGINX, NODES = args.port, {"A": args.port + 1, "B": args.port + 2}
PYTHON = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable  # where Debian puts aiosmtpd
METRICS_TOKEN = "multinode-metrics-token-0123456789"
processes = {}


def fail(message):
    print("FAILED: " + message)
    for name in ["A", "B"]:
        log = os.path.join(WORK, "node-%s.log" % name)
        if os.path.exists(log):
            print("--- last lines of node %s ---" % name)
            print("".join(open(log, errors="replace").readlines()[-15:]))
    stop_all()
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)
    print("ok: " + message)


def request(port, method, path, body=None, headers=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = dict(headers or {})
    if isinstance(body, dict):
        body = urllib.parse.urlencode(body)
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    connection.request(method, path, body=body, headers=headers)
    response = connection.getresponse()
    data = response.read().decode("utf-8", "replace")
    connection.close()
    return response.status, dict((k.lower(), v) for k, v in response.getheaders()), data, response


def psql(sql):
    out = subprocess.run(["psql", args.database_url, "-tAc", sql], capture_output=True, text=True)
    if out.returncode != 0:
        fail("psql: " + out.stderr.strip())
    return out.stdout.strip()


def environment(rhythm_delay):
    env = dict(os.environ)
    env.update(DATABASE_URL=args.database_url, SMTP_URL="smtp://127.0.0.1:%d" % SMTP_PORT,
               MAIL_FROM="nastavnik@school.example.ru", APP_URL="http://127.0.0.1:%d" % NGINX,
               TRUSTED_PROXIES="127.0.0.1", METRICS_TOKEN=METRICS_TOKEN, LOG_FORMAT="json",
               RHYTHM_START_DELAY=str(rhythm_delay), DATABASE_POOL_SIZE="8")
    return env


def start_node(name, rhythm_delay):
    env = environment(rhythm_delay)
    env["PORT"] = str(NODES[name])
    log = open(os.path.join(WORK, "node-%s.log" % name), "a")
    processes[name] = subprocess.Popen([args.binary, "serve"], env=env, stdout=log, stderr=log, cwd=ROOT)


def wait_ready(port, seconds=90):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            status, _, body, _ = request(port, "GET", "/health/ready")
            if status == 200 and json.loads(body)["status"] == "ready":
                return True
        except (OSError, http.client.HTTPException):
            pass
        time.sleep(0.3)
    return False


def stop_all():
    for name, process in list(processes.items()):
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
        processes.pop(name)


def command(*arguments):
    out = subprocess.run([args.binary, *arguments], env=environment(60), capture_output=True, text=True, cwd=ROOT)
    if out.returncode != 0:
        fail("nastavnik %s: %s" % (" ".join(arguments), (out.stderr or out.stdout).strip()[-500:]))
    return out.stdout


def csrf_of(html):
    match = re.search(r'name="_csrf" value="([^"]+)"', html)
    return match.group(1) if match else None


def cookie_of(headers):
    match = re.search(r"nastavnik_session=([^;]+)", headers.get("set-cookie", ""))
    return match.group(1) if match else None


# The SMTP server every node sends to, and nginx in front of the two nodes.
sink_dir = os.path.join(WORK, "mail")
os.makedirs(sink_dir)
port_file = os.path.join(WORK, "smtp.port")
sink = subprocess.Popen([PYTHON, os.path.join(HERE, "..", "MailTestSupport", "smtp_sink.py"),
                         "--dir", sink_dir, "--port-file", port_file], stdin=subprocess.PIPE)
while not os.path.exists(port_file):
    time.sleep(0.1)
SMTP_PORT = int(open(port_file).read())

for folder in ["client", "proxy", "fastcgi", "uwsgi", "scgi"]:
    os.makedirs(os.path.join(WORK, folder), mode=0o777)
    os.chmod(os.path.join(WORK, folder), 0o777)
with open(os.path.join(WORK, "nginx.conf"), "w") as conf:
    conf.write(open(os.path.join(HERE, "nginx.conf")).read().replace("WORK", WORK)
               .replace("NGINX_PORT", str(NGINX)).replace("NODE_A", str(NODES["A"])).replace("NODE_B", str(NODES["B"])))
nginx = subprocess.Popen([args.nginx, "-p", WORK, "-c", os.path.join(WORK, "nginx.conf"), "-g", "daemon off;"])

try:
    # 1. Two nodes at once on an empty database.
    start_node("A", 3600)
    start_node("B", 3600)
    check(wait_ready(NODES["A"]) and wait_ready(NODES["B"]),
          "both nodes started together on an empty database are ready")
    check(psql("SELECT count(*) FROM accounts WHERE login = 'admin'") == "1", "exactly one administrator was made")
    migrations = psql("SELECT count(*) FROM _fluent_migrations")
    distinct = psql("SELECT count(DISTINCT name) FROM _fluent_migrations")
    check(migrations == distinct, "each migration ran once (%s)" % migrations)
    stop_all()

    command("demo")
    # Both nodes check the rhythm three seconds after they start, at the same moment.
    start_node("A", 3)
    start_node("B", 3)
    check(wait_ready(NODES["A"]) and wait_ready(NODES["B"]), "both nodes are ready on the demo")
    status, _, body, _ = request(NGINX, "GET", "/health/ready")
    check(status == 200, "nginx answers /health/ready")

    # 2. A session and a form's CSRF token across the nodes.
    status, headers, html, _ = request(NGINX, "GET", "/login")
    visitor = cookie_of(headers)
    status, headers, _, _ = request(NGINX, "POST", "/login",
                                    {"_csrf": csrf_of(html), "login": "school.curator", "password": "nastavnik-demo"},
                                    {"Cookie": "nastavnik_session=" + visitor})
    session = cookie_of(headers)
    check(status == 303 and session, "signed in through nginx")
    cookie = {"Cookie": "nastavnik_session=" + session}
    for name, port in NODES.items():
        status, _, page, _ = request(port, "GET", "/", headers=cookie)
        check(status == 200 and "/logout" in page, "the session works on node %s" % name)
    status, _, page, _ = request(NODES["A"], "GET", "/account", headers=cookie)
    token = csrf_of(page)
    status, _, _, _ = request(NODES["B"], "POST", "/logout", {"_csrf": "forged-" + token}, cookie)
    check(status == 403, "node B refuses a form with a wrong CSRF token (%d)" % status)
    status, headers, _, _ = request(NODES["B"], "POST", "/logout", {"_csrf": token}, cookie)
    check(status == 303, "node B accepts the form token node A gave (%d)" % status)
    status, headers, _, _ = request(NODES["A"], "GET", "/", headers=cookie)
    check(status == 303 and headers.get("location", "").startswith("/login"),
          "the signed-out session is gone on node A")

    # 3. Mail and reminders, with both workers running.
    admin = command("api-token", "--login", "admin", "--name", "multinode").strip().split()[-1]
    bearer = {"Authorization": "Bearer " + admin, "Content-Type": "application/json"}
    _, _, body, _ = request(NGINX, "GET", "/api/v1/organizations", headers=bearer)
    organization = json.loads(body)[0]["id"]
    invited = ["multinode%02d@school.example.ru" % number for number in range(20)]
    for address in invited:
        status, _, body, _ = request(NGINX, "POST", "/api/v1/invitations", json.dumps(
            {"email": address, "displayName": "Куратор " + address[:11], "role": "curator",
             "organizationID": organization}), bearer)
        if status != 201:
            fail("an invitation was refused: %d %s" % (status, body))
    deadline = time.time() + 90
    waiting = "SELECT count(*) FROM email_outbox WHERE status IN ('queued', 'sending')"
    while time.time() < deadline and psql(waiting) != "0":
        time.sleep(1)
    time.sleep(6)  # one more pass of both workers: nothing may be sent again
    letters = [json.load(open(os.path.join(sink_dir, name)))
               for name in sorted(os.listdir(sink_dir)) if name.endswith(".json")]
    recipients = [address for letter in letters for address in letter["rcptTos"]]
    check(all(recipients.count(address) == 1 for address in invited), "each of 20 invitations reached the server once")
    sent = int(psql("SELECT count(*) FROM email_outbox WHERE status = 'sent'"))
    check(len(letters) == sent, "the server received %d messages for %d sent rows: none twice" % (len(letters), sent))
    for name, port in NODES.items():
        _, _, metrics, _ = request(port, "GET", "/metrics", headers={"Authorization": "Bearer " + METRICS_TOKEN})
        check("nastavnik_rhythm_check_last_run_timestamp_seconds" in metrics, "node %s ran the rhythm check" % name)
    twice = psql("SELECT count(*) FROM (SELECT account_id, key FROM notifications "
                 "GROUP BY account_id, key HAVING count(*) > 1) t")
    reminders = psql("SELECT count(*) FROM notifications")
    check(twice == "0", "every reminder written once (%s reminders, %s written twice)" % (reminders, twice))

    # 4. A node killed during writes.
    acknowledged, after_kill, killed = [], [], threading.Event()

    def write(seconds):
        number, end = 0, time.time() + seconds
        while time.time() < end:
            number += 1
            person = {"surname": "Узел%d" % number, "givenName": "Тест", "birthDate": "1990-01-02",
                      "categories": ["teacher"]}
            status, _, body, _ = request(
                NGINX, "POST", "/api/v1/organizations/%s/people" % organization, json.dumps(person), bearer)
            if status == 201:
                acknowledged.append(json.loads(body)["id"])
            if killed.is_set():
                after_kill.append(status)

    writer = threading.Thread(target=write, args=(8,))
    writer.start()
    time.sleep(3)
    processes["A"].send_signal(signal.SIGKILL)
    processes["A"].wait()
    killed.set()
    writer.join()
    ids = ",".join("'%s'" % identifier for identifier in acknowledged)
    stored = int(psql("SELECT count(*) FROM people WHERE id IN (%s)" % ids)) if ids else 0
    check(stored == len(acknowledged),
          "%d writes acknowledged, %d stored after kill -9 of node A" % (len(acknowledged), stored))
    settled = after_kill[2:]
    failed = sum(status != 201 for status in after_kill)
    check(settled and all(status == 201 for status in settled),
          "node B kept serving: %d writes after the kill, %d failed" % (len(after_kill), failed))
    status, _, _, _ = request(NGINX, "GET", "/health/ready")
    check(status == 200, "nginx still answers ready through node B")
    print("multinode: all checks passed")
finally:
    stop_all()
    nginx.terminate()
    sink.stdin.close()
    sink.wait(10)
