"""Calls a service protected by mutualAuth() with a signed request and verifies its signed response.

Usage: /usr/bin/python3 interop_client.py --url URL --iss ID --aud ID --caller-jwk FILE
           (--jwks FILE | --jwks-url URL) [--ca FILE] [--method M] [--body TEXT]
Prints one JSON object: {"status", "verified", "body"} or {"status", "error"}.
"""
import argparse
import http.client
import json
import ssl
import sys
import time
from urllib.parse import urlsplit

from parapet_mutual import Caller, Reject


def fetch(url, method="GET", headers=(), body=None, ca=None):
    parts = urlsplit(url)
    if parts.scheme == "https":
        context = ssl.create_default_context(cafile=ca)
        conn = http.client.HTTPSConnection(parts.hostname, parts.port, context=context, timeout=10)
    else:
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    target = parts.path + ("?" + parts.query if parts.query else "")
    conn.request(method, target, body=body, headers=dict(headers))
    response = conn.getresponse()
    data = response.read()
    conn.close()
    # getheaders() keeps every field line, so repeated headers (Set-Cookie) stay separate.
    return response.status, response.getheaders(), data, target


def main():
    parser = argparse.ArgumentParser()
    for name in ("--url", "--iss", "--aud", "--caller-jwk"):
        parser.add_argument(name, required=True)
    parser.add_argument("--jwks")
    parser.add_argument("--jwks-url")
    parser.add_argument("--ca")
    parser.add_argument("--method", default="GET")
    parser.add_argument("--body")
    args = parser.parse_args()
    if args.jwks_url:
        status, _, data, _ = fetch(args.jwks_url, ca=args.ca)
        callee_jwks = json.loads(data)
    else:
        callee_jwks = json.load(open(args.jwks, encoding="utf-8"))
    caller = Caller(args.iss, json.load(open(args.caller_jwk, encoding="utf-8")), args.aud, callee_jwks)
    body = args.body.encode("utf-8") if args.body is not None else b""
    target = urlsplit(args.url).path + ("?" + urlsplit(args.url).query if urlsplit(args.url).query else "")
    token, jti = caller.sign_request(args.method, target, body, int(time.time()))
    headers = [("Authorization", "Bearer " + token), ("Accept-Encoding", "gzip")]
    if body:
        headers.append(("Content-Type", "application/json"))
    status, response_headers, data, _ = fetch(args.url, args.method, headers, body or None, args.ca)
    try:
        caller.verify_response(args.method, jti, status, response_headers, data, int(time.time()))
    except Reject as failure:
        print(json.dumps({"status": status, "error": failure.code}))
        return 1
    encoding = ", ".join(v for n, v in response_headers if n.lower() == "content-encoding")
    from parapet_mutual import decode_representation
    print(json.dumps({"status": status, "verified": True, "body": decode_representation(data, encoding).decode("utf-8")}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
