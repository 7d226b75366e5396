"""Runs test-vectors.json against parapet_mutual.py; prints a JSON report, exits 1 on any failure.

Usage: /usr/bin/python3 run_vectors.py ../../test-vectors.json
"""
import base64
import json
import sys

from parapet_mutual import Callee, Caller, Reject


def b64decode(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def run(path):
    vectors = json.load(open(path, encoding="utf-8"))
    now = vectors["now"]
    results = []
    for vector in vectors["requests"]:
        callee = Callee(vectors["callee"], vectors["callers"])
        callee.used = {tuple(seen) for seen in vector.get("seen", [])}
        request = vector["request"]
        try:
            callee.verify(request["method"], request["target"], [tuple(h) for h in request["headers"]], b64decode(request["body"]), now,
                          request.get("client_certificate_x5t_s256"))
            got = {"verdict": "accept", "status": 200}
        except Reject as failure:
            got = {"verdict": "reject", "status": failure.status, "code": failure.code}
        results.append({"kind": "request", "name": vector["name"], "expected": vector["expect"], "got": got, "ok": got == vector["expect"]})
    for vector in vectors.get("keysets", []):
        callee = Callee(vectors["callee"], {"billing": vector["jwks"]}, vector["algorithms"])
        request = vector["request"]
        try:
            callee.verify(request["method"], request["target"], [tuple(h) for h in request["headers"]], b64decode(request["body"]), now)
            got = {"verdict": "accept", "status": 200}
        except Reject as failure:
            got = {"verdict": "reject", "status": failure.status, "code": failure.code}
        results.append({"kind": "keyset", "name": vector["name"], "expected": vector["expect"], "got": got, "ok": got == vector["expect"]})
    caller_key = vectors["private_keys"]["billing-2026-01"]
    for vector in vectors["responses"]:
        caller = Caller(vectors["caller"], caller_key, vectors["callee"], vectors["callee_jwks"])
        response = vector["response"]
        try:
            caller.verify_response(vector["request"]["method"], vector["request"]["jti"], response["status"], [tuple(h) for h in response["headers"]], b64decode(response["body"]), now)
            got = {"verdict": "accept"}
        except Reject as failure:
            got = {"verdict": "reject", "code": failure.code}
        results.append({"kind": "response", "name": vector["name"], "expected": vector["expect"], "got": got, "ok": got == vector["expect"]})
    return results


if __name__ == "__main__":
    results = run(sys.argv[1])
    failed = [r for r in results if not r["ok"]]
    print(json.dumps({"total": len(results), "passed": len(results) - len(failed), "failed": failed}, indent=1))
    sys.exit(1 if failed else 0)
