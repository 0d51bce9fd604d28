# Sourced by .ci/api-fuzz and .ci/browser-check: a demo of the app on 127.0.0.1:$PORT from the binary $1, its
# database in a throwaway directory ($WORK, removed on exit), with the demo data loaded. The app runs from the
# repository, where its templates and files are.
BIN="$(realpath "$1")"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${PORT:-8089}"
WORK="$(mktemp -d /tmp/nastavnik-demo.XXXXXX)"
SERVER=""
cleanup() { [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

# A Python package from PyPI into the throwaway directory, unless the system has it.
need_python() {
    python3 -c "import $1" 2>/dev/null && return
    python3 -m pip --version > /dev/null 2>&1 || { apt-get update -q && apt-get install -y -q python3-pip; }
    python3 -m pip install -q --target "$WORK/py" "$2"
    export PYTHONPATH="$WORK/py${PYTHONPATH:+:$PYTHONPATH}"
}

# The app with the demo's database.
app() { (cd "$ROOT" && DATABASE_URL="sqlite://$WORK/demo.sqlite" exec "$BIN" "$@"); }

start_demo() {
    app demo > "$WORK/demo.log" 2>&1
    (cd "$ROOT" && DATABASE_URL="sqlite://$WORK/demo.sqlite" exec "$BIN" serve --hostname 127.0.0.1 --port "$PORT") \
        > "$WORK/serve.log" 2>&1 &
    SERVER=$!
    PORT="$PORT" python3 - <<'PY'
import os, time, urllib.request
for _ in range(120):
    try:
        urllib.request.urlopen(f"http://127.0.0.1:{os.environ['PORT']}/login")
        break
    except OSError:
        time.sleep(0.5)
PY
}
