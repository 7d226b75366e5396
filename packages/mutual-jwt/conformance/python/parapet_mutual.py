"""Parapet mutual JWT, protocol version 2, written from PROTOCOL.md alone.

A second implementation: it shares no code with the TypeScript package and uses
jwcrypto (Debian's python3-jwcrypto) for every signature. Section numbers refer
to PROTOCOL.md.
"""
import base64
import gzip
import hashlib
import json
import re
import uuid
import zlib

from jwcrypto import jwk, jws

VERSION = 2
REQUEST_TYP = "mutual-v2+jwt"
RESPONSE_TYP = "mutual-response-v2+jwt"
VERSION_1_TYPS = {"mutual+jwt", "mutual-response+jwt", "mutual-amortised+jwt"}
TOLERANCE = 5
MAX_TOKEN = 8192
KID = re.compile(r"^[A-Za-z0-9._~:+=-]{1,128}$")
B64URL = re.compile(r"^[A-Za-z0-9_-]+$")
SHA256_B64 = re.compile(r"^[A-Za-z0-9_-]{43}$")
FORBIDDEN_HEADER = ("crit", "jku", "x5u", "x5c", "jwk", "b64", "zip", "enc")
PRIVATE_MEMBERS = ("d", "p", "q", "dp", "dq", "qi", "oth", "k")
MANDATORY_HEADERS = ("location", "content-type", "content-encoding", "content-location",
                     "set-cookie", "cache-control", "www-authenticate", "retry-after")
UNCOVERABLE = {"server-authorization", "content-length", "transfer-encoding", "connection", "keep-alive", "date"}
TOKEN_CHARS = re.compile(r"^[!#$%&'*+\-.^_`|~0-9a-z]+$")
BEARER_REQUEST = re.compile(r"^Bearer ([A-Za-z0-9\-._~+/=]+)$", re.IGNORECASE)
BEARER_RESPONSE = re.compile(r"^Bearer ([A-Za-z0-9\-._~+/]+=*)$")
ACCESS_TOKEN = re.compile(r"(?:^|&)access_token(?:=|&|$)")


class Reject(Exception):
    """A verification failure with the PROTOCOL.md code and HTTP status."""

    def __init__(self, code, status=401):
        super().__init__(code)
        self.code = code
        self.status = status


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def sha256_b64url(data):
    return b64url(hashlib.sha256(data).digest())


def canonical_b64url(segment):
    """§2 rule 3: alphabet, no padding, length not 1 mod 4, zero trailing bits."""
    if not B64URL.match(segment) or len(segment) % 4 == 1:
        return None
    data = base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))
    return data if b64url(data) == segment else None


def _no_duplicates(pairs):
    seen = {}
    for name, value in pairs:
        if name in seen:
            raise ValueError("duplicate member " + name)
        seen[name] = value
    return seen


def _no_constants(name):
    raise ValueError("not JSON: " + name)


def parse_object(segment):
    """§2 rules 3-4: canonical base64url of UTF-8 JSON object text without duplicate names."""
    data = canonical_b64url(segment)
    if data is None:
        raise Reject("ERR_MUTUAL_TOKEN_MALFORMED")
    try:
        value = json.loads(data.decode("utf-8"), object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except ValueError:
        raise Reject("ERR_MUTUAL_TOKEN_MALFORMED")
    if not isinstance(value, dict):
        raise Reject("ERR_MUTUAL_TOKEN_MALFORMED")
    return value


def precheck(token, typ, algorithms):
    """§2: everything checked before the signature. Returns (header, payload)."""
    if len(token.encode("utf-8")) > MAX_TOKEN:
        raise Reject("ERR_MUTUAL_TOKEN_TOO_LARGE")
    parts = token.split(".")
    if len(parts) != 3 or parts[2] == "":
        raise Reject("ERR_MUTUAL_TOKEN_MALFORMED")
    if canonical_b64url(parts[2]) is None:
        raise Reject("ERR_MUTUAL_TOKEN_MALFORMED")
    header = parse_object(parts[0])
    payload = parse_object(parts[1])
    for member in FORBIDDEN_HEADER:
        if member in header:
            raise Reject("ERR_MUTUAL_HEADER_INVALID")
    if header.get("alg") not in algorithms:
        raise Reject("ERR_MUTUAL_HEADER_INVALID")
    if header.get("typ") != typ:
        if header.get("typ") in VERSION_1_TYPS:
            raise Reject("ERR_MUTUAL_VERSION_UNSUPPORTED")
        raise Reject("ERR_MUTUAL_HEADER_INVALID")
    kid = header.get("kid")
    if not isinstance(kid, str) or not KID.match(kid):
        raise Reject("ERR_MUTUAL_HEADER_INVALID")
    return header, payload


def _rsa_bits(n):
    data = canonical_b64url(n) if isinstance(n, str) else None
    return 0 if data is None else len(data.lstrip(b"\x00")) * 8


def bind_key_set(jwks):
    """§1: kid -> (jwcrypto key, alg). Keys without exactly one algorithm, weak, private,
    of another use, or sharing a kid are discarded."""
    bound, dropped = {}, set()
    for entry in (jwks or {}).get("keys", []) if isinstance(jwks, dict) else []:
        if not isinstance(entry, dict):
            continue
        kid = entry.get("kid")
        if not isinstance(kid, str) or not KID.match(kid):
            continue
        if any(m in entry for m in PRIVATE_MEMBERS) or entry.get("use", "sig") != "sig":
            continue
        kty, crv, alg = entry.get("kty"), entry.get("crv"), entry.get("alg")
        if kty == "OKP" and crv == "Ed25519":
            implied = "EdDSA"
        elif kty == "EC" and crv == "P-256":
            implied = "ES256"
        elif kty == "RSA":
            implied = alg if alg in ("PS256", "RS256") and _rsa_bits(entry.get("n")) >= 2048 else None
        else:
            implied = None
        if implied is None or (alg is not None and alg != implied):
            continue
        if kid in bound or kid in dropped:
            bound.pop(kid, None)
            dropped.add(kid)
            continue
        try:
            bound[kid] = (jwk.JWK(**entry), implied)
        except Exception:  # an unparsable key is discarded like any other bad key
            continue
    return bound


def verify_signature(token, key, alg):
    verifier = jws.JWS()
    verifier.allowed_algs = [alg]
    try:
        verifier.deserialize(token)
        verifier.verify(key, alg=alg)
    except Exception:
        return False
    return True


def _number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def decode_representation(body, content_encoding):
    """§2.1: undo content codings, last applied first."""
    if not content_encoding:
        return body
    codings = [c.strip().lower() for c in content_encoding.split(",")]
    for coding in reversed([c for c in codings if c and c != "identity"]):
        if coding in ("gzip", "x-gzip"):
            body = gzip.decompress(body)
        elif coding == "deflate":
            body = zlib.decompress(body)
        else:
            raise ValueError("unsupported content coding " + coding)
    return body


def header_values(headers, name):
    """Field line values of `name` (case-insensitive) from a list of (name, value) pairs."""
    return [v for n, v in headers if n.lower() == name]


def canonical_headers(names, headers):
    """§4.1 canonical form, as ISO-8859-1 octets."""
    out = ""
    for name in names:
        values = [v.strip(" \t") for v in header_values(headers, name)]
        if not values:
            continue
        if name == "set-cookie":
            out += "".join("set-cookie:" + v + "\n" for v in values)
        else:
            out += name + ":" + ", ".join(values) + "\n"
    return out.encode("latin-1")


def valid_hdr(hdr):
    if not isinstance(hdr, list) or len(hdr) > 64:
        return False
    if any(not isinstance(n, str) or not TOKEN_CHARS.match(n) or n in UNCOVERABLE for n in hdr):
        return False
    return len(set(hdr)) == len(hdr) and all(n in hdr for n in MANDATORY_HEADERS)


class Callee:
    """The server side of §3: verifies request tokens."""

    def __init__(self, audience, callers, algorithms=("EdDSA", "ES256")):
        self.audience = audience
        self.algorithms = set(algorithms)
        self.callers = {iss: bind_key_set(jwks) for iss, jwks in callers.items()}
        self.used = set()

    def verify(self, method, target, headers, body, now, certificate=None):
        """Returns the verified claims or raises Reject. `headers`: list of (name, value)."""
        query = target.split("?", 1)[1] if "?" in target else None
        if query is not None and ACCESS_TOKEN.search(query):
            raise Reject("ERR_MUTUAL_TOKEN_IN_QUERY", 400)
        authorization = header_values(headers, "authorization")
        if not authorization:
            raise Reject("ERR_MUTUAL_MISSING_CREDENTIALS")
        if len(authorization) > 1:
            raise Reject("ERR_MUTUAL_MULTIPLE_CREDENTIALS", 400)
        match = BEARER_REQUEST.match(authorization[0].strip())
        if not match:
            raise Reject("ERR_MUTUAL_MALFORMED_AUTHORIZATION", 400)
        token = match.group(1)
        header, claims = precheck(token, REQUEST_TYP, self.algorithms)
        iss = claims.get("iss")
        if not isinstance(iss, str):
            raise Reject("ERR_MUTUAL_CLAIM_INVALID")
        if iss not in self.callers:
            raise Reject("ERR_MUTUAL_ISSUER_UNKNOWN")
        found = self.callers[iss].get(header["kid"])
        if found is None:
            raise Reject("ERR_MUTUAL_KEY_UNKNOWN")
        key, alg = found
        if header["alg"] != alg:
            raise Reject("ERR_MUTUAL_ALG_NOT_ALLOWED")
        if not verify_signature(token, key, alg):
            raise Reject("ERR_MUTUAL_SIGNATURE_INVALID")
        self._check_claims(claims, now)
        self._check_binding(claims, method, target, headers, body)
        cnf = claims.get("cnf")
        if cnf is not None and cnf["x5t#S256"] != certificate:
            raise Reject("ERR_MUTUAL_CERTIFICATE_MISMATCH")
        replay_key = (self.audience, iss, claims["jti"])
        if replay_key in self.used:
            raise Reject("ERR_MUTUAL_REPLAY")
        self.used.add(replay_key)
        return claims

    def _check_claims(self, claims, now):
        exp, iat, nbf, jti = claims.get("exp"), claims.get("iat"), claims.get("nbf"), claims.get("jti")
        if not _number(exp) or not _number(iat):
            raise Reject("ERR_MUTUAL_CLAIM_INVALID")
        if now >= exp + TOLERANCE:
            raise Reject("ERR_MUTUAL_TOKEN_EXPIRED")
        if claims.get("aud") != self.audience or not isinstance(claims.get("aud"), str):
            raise Reject("ERR_MUTUAL_CLAIM_INVALID")
        if iat > now + TOLERANCE or now - iat > 60 + TOLERANCE or exp <= iat or exp - iat > 300:
            raise Reject("ERR_MUTUAL_CLAIM_INVALID")
        if nbf is not None and (not _number(nbf) or nbf > now + TOLERANCE):
            raise Reject("ERR_MUTUAL_CLAIM_INVALID")
        if not isinstance(jti, str) or not re.match(r"^[\x20-\x7e]{1,128}$", jti):
            raise Reject("ERR_MUTUAL_CLAIM_INVALID")
        for name in ("htm", "htu"):
            if not isinstance(claims.get(name), str):
                raise Reject("ERR_MUTUAL_CLAIM_INVALID")
        bh = claims.get("bh")
        if bh is not None and (not isinstance(bh, str) or not SHA256_B64.match(bh)):
            raise Reject("ERR_MUTUAL_CLAIM_INVALID")
        cnf = claims.get("cnf")
        if cnf is not None:
            thumb = cnf.get("x5t#S256") if isinstance(cnf, dict) else None
            if not isinstance(thumb, str) or not SHA256_B64.match(thumb):
                raise Reject("ERR_MUTUAL_CLAIM_INVALID")

    def _check_binding(self, claims, method, target, headers, body):
        if claims["htm"] != method:
            raise Reject("ERR_MUTUAL_REQUEST_MISMATCH")
        if claims["htu"] != target or not target.startswith("/"):
            raise Reject("ERR_MUTUAL_REQUEST_MISMATCH")
        bh = claims.get("bh")
        if bh is None:
            if len(body) > 0:
                raise Reject("ERR_MUTUAL_REQUEST_MISMATCH")
            return
        try:
            representation = decode_representation(body, ", ".join(header_values(headers, "content-encoding")))
        except Exception:
            raise Reject("ERR_MUTUAL_BODY_UNREADABLE", 400)
        if sha256_b64url(representation) != bh:
            raise Reject("ERR_MUTUAL_REQUEST_MISMATCH")


class Caller:
    """The client side: signs request tokens (§3) and verifies response tokens (§4.2)."""

    def __init__(self, issuer, private_jwk, audience, callee_jwks, algorithms=("EdDSA", "ES256")):
        self.issuer = issuer
        self.key = jwk.JWK(**private_jwk)
        self.kid = private_jwk["kid"]
        self.alg = private_jwk["alg"]
        self.audience = audience
        self.algorithms = set(algorithms)
        self.callee_keys = bind_key_set(callee_jwks)

    def sign_request(self, method, target, body, now, content_encoding=None, jti=None):
        claims = {"htm": method, "htu": target, "iss": self.issuer, "aud": self.audience,
                  "iat": now, "exp": now + 60, "jti": jti or str(uuid.uuid4())}
        if body:
            claims["bh"] = sha256_b64url(decode_representation(body, content_encoding))
        return sign(self.key, self.alg, self.kid, REQUEST_TYP, claims), claims["jti"]

    def verify_response(self, method, jti, status, headers, body, now):
        """`headers`: list of (name, value) as received; `body`: bytes as received."""
        values = header_values(headers, "server-authorization")
        if not values:
            raise Reject("ERR_MUTUAL_RESPONSE_UNSIGNED")
        match = BEARER_RESPONSE.match(values[0])
        if not match:
            raise Reject("ERR_MUTUAL_RESPONSE_INVALID")
        token = match.group(1)
        try:
            header, claims = precheck(token, RESPONSE_TYP, self.algorithms)
        except Reject as failure:
            code = "ERR_MUTUAL_RESPONSE_VERSION" if failure.code == "ERR_MUTUAL_VERSION_UNSUPPORTED" else "ERR_MUTUAL_RESPONSE_INVALID"
            raise Reject(code)
        found = self.callee_keys.get(header["kid"])
        if found is None or found[1] != header["alg"] or not verify_signature(token, found[0], found[1]):
            raise Reject("ERR_MUTUAL_RESPONSE_INVALID")
        iat, exp = claims.get("iat"), claims.get("exp")
        if claims.get("iss") != self.audience or claims.get("aud") != self.issuer or not isinstance(claims.get("aud"), str):
            raise Reject("ERR_MUTUAL_RESPONSE_INVALID")
        if not _number(iat) or not _number(exp) or iat > now + TOLERANCE or exp <= iat or exp - iat > 300 or now >= exp + TOLERANCE:
            raise Reject("ERR_MUTUAL_RESPONSE_INVALID")
        for name in ("irt", "sts", "bh", "hh"):
            if name not in claims:
                raise Reject("ERR_MUTUAL_RESPONSE_INVALID")
        if not valid_hdr(claims.get("hdr")) or not isinstance(claims["hh"], str):
            raise Reject("ERR_MUTUAL_RESPONSE_INVALID")
        if claims["irt"] != jti or claims["sts"] != status or isinstance(claims["sts"], bool):
            raise Reject("ERR_MUTUAL_RESPONSE_MISMATCH")
        if method == "HEAD":
            representation = b""
        else:
            try:
                representation = decode_representation(body, ", ".join(header_values(headers, "content-encoding")))
            except Exception:
                raise Reject("ERR_MUTUAL_RESPONSE_MISMATCH")
        if claims["bh"] != sha256_b64url(representation):
            raise Reject("ERR_MUTUAL_RESPONSE_MISMATCH")
        if claims["hh"] != sha256_b64url(canonical_headers(claims["hdr"], headers)):
            raise Reject("ERR_MUTUAL_RESPONSE_MISMATCH")
        return claims


def sign(key, alg, kid, typ, claims):
    signer = jws.JWS(json.dumps(claims, separators=(",", ":")).encode("utf-8"))
    signer.add_signature(key, alg=alg, protected=json.dumps({"alg": alg, "typ": typ, "kid": kid}, separators=(",", ":")))
    return signer.serialize(compact=True)


def sign_response(key, alg, kid, issuer, audience, irt, status, headers, representation, now, extra_headers=()):
    """§4: a response token over status, representation and covered headers."""
    hdr = list(MANDATORY_HEADERS) + [h for h in extra_headers if h not in MANDATORY_HEADERS]
    claims = {"irt": irt, "sts": status, "bh": sha256_b64url(representation), "hdr": hdr,
              "hh": sha256_b64url(canonical_headers(hdr, headers)), "iss": issuer, "aud": audience,
              "iat": now, "exp": now + 60, "jti": str(uuid.uuid4())}
    return sign(key, alg, kid, RESPONSE_TYP, claims)
