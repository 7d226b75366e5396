"""A callee written with parapet_mutual.py: verifies request tokens, signs every response.

Usage: /usr/bin/python3 interop_server.py --aud ID --callers FILE --server-jwk FILE
  --callers: {"<iss>": <public JWKS>, ...}; --server-jwk: the callee's private JWK (kid, alg).
Listens on 127.0.0.1 on a free port and prints {"port": N} on the first line of stdout.
GET /orders answers a JSON list with a Location and a Set-Cookie; POST /orders echoes the body (201).
A rejected request gets the PROTOCOL.md §5 status, unsigned.
"""
import argparse
import json
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from jwcrypto import jwk

from parapet_mutual import Callee, Reject, sign_response


def make_handler(callee, server_key, server_jwk):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def handle_one(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            headers = list(self.headers.items())
            try:
                claims = callee.verify(self.command, self.path, headers, body, int(time.time()))
            except Reject as failure:
                payload = b"Unauthorized" if failure.status == 401 else b"Bad Request"
                self.send_response(failure.status)
                self.send_header("WWW-Authenticate", 'Bearer realm="%s", error="invalid_token"' % callee.audience)
                self.send_header("Content-Type", "text/plain; charset=utf-8")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
                return
            if self.command == "POST":
                status, representation = 201, body
                out = [("Content-Type", "application/json"), ("Location", "/orders/7")]
            else:
                status, representation = 200, json.dumps({"orders": [1, 2], "caller": claims["iss"]}).encode("utf-8")
                out = [("Content-Type", "application/json"), ("Set-Cookie", "a=1; HttpOnly"), ("Set-Cookie", "b=2"), ("Cache-Control", "no-store")]
            token = sign_response(server_key, server_jwk["alg"], server_jwk["kid"], callee.audience, claims["iss"], claims["jti"], status, out, representation, int(time.time()))
            self.send_response(status)
            for name, value in out:
                self.send_header(name, value)
            self.send_header("Server-Authorization", "Bearer " + token)
            self.send_header("Content-Length", str(len(representation)))
            self.end_headers()
            self.wfile.write(representation)

        do_GET = handle_one
        do_POST = handle_one

    return Handler


def main():
    parser = argparse.ArgumentParser()
    for name in ("--aud", "--callers", "--server-jwk"):
        parser.add_argument(name, required=True)
    args = parser.parse_args()
    server_jwk = json.load(open(args.server_jwk, encoding="utf-8"))
    callee = Callee(args.aud, json.load(open(args.callers, encoding="utf-8")))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(callee, jwk.JWK(**server_jwk), server_jwk))
    print(json.dumps({"port": httpd.server_address[1]}), flush=True)
    httpd.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
