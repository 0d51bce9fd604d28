"""A real SMTP server for the tests: aiosmtpd on 127.0.0.1, every message parsed by Python's e-mail package
and written as JSON to a folder. Options make it ask for a password, offer STARTTLS or TLS from the start, and
refuse (550) or defer (451) chosen recipients. It stops when its standard input closes."""
import argparse, asyncio, email, json, os, socket, ssl, sys
from email import policy
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

parser = argparse.ArgumentParser()
parser.add_argument("--dir", required=True)
parser.add_argument("--port-file", required=True)
parser.add_argument("--auth")
parser.add_argument("--cert")
parser.add_argument("--key")
parser.add_argument("--implicit-tls", action="store_true")
parser.add_argument("--refuse", action="append", default=[])
parser.add_argument("--defer", action="append", default=[])
args = parser.parse_args()


class Sink:
    count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in args.refuse:
            return "550 5.1.1 No such user"
        if address in args.defer:
            return "451 4.3.0 Try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        Sink.count += 1
        message = email.message_from_bytes(envelope.original_content, policy=policy.default)
        text = message.get_body(("plain",))
        html = message.get_body(("html",))
        record = {
            "mailFrom": envelope.mail_from, "rcptTos": envelope.rcpt_tos,
            "login": session.auth_data.decode() if isinstance(session.auth_data, bytes) else None,
            "tls": server.transport.get_extra_info("ssl_object") is not None,
            "headers": {key: str(value) for key, value in message.items()},
            "text": text.get_content() if text else None, "html": html.get_content() if html else None,
            "raw": envelope.original_content.decode("utf-8", "replace"),
        }
        path = os.path.join(args.dir, "%05d.json" % Sink.count)
        with open(path + ".tmp", "w") as out:
            json.dump(record, out, ensure_ascii=False)
        os.rename(path + ".tmp", path)
        return "250 OK queued"


def authenticate(server, session, envelope, mechanism, data):
    user, password = args.auth.split(":", 1)
    ok = data.login.decode() == user and data.password.decode() == password
    return AuthResult(success=ok, handled=False, auth_data=data.login if ok else None)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


tls = None
if args.cert:
    tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    tls.load_cert_chain(args.cert, args.key)
options = {}
if args.auth:
    options.update(authenticator=authenticate, auth_require_tls=False)
if tls and not args.implicit_tls:
    options.update(tls_context=tls)
port = free_port()
controller = Controller(Sink(), hostname="127.0.0.1", port=port,
                        ssl_context=tls if args.implicit_tls else None, server_hostname="localhost", **options)
controller.start()
with open(args.port_file + ".tmp", "w") as out:
    out.write(str(port))
os.rename(args.port_file + ".tmp", args.port_file)
sys.stdin.read()
controller.stop()
