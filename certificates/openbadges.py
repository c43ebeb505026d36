"""Open Badges 3.0: each certificate as a signed W3C Verifiable Credential.

The credential (VC data model 2.0 JSON-LD, type OpenBadgeCredential) is secured as
a VC-JOSE compact JWS (``typ: vc+jwt``) signed with the installation's Ed25519 key
(``CERTIFICATES_SIGNING_KEY``, required in production; JWS algorithm ``Ed25519`` of RFC 9864). The issuer is
a did:web identifier whose document, with the public key, is served at
``/verify/did.json``; the same key is at ``/verify/keys.json`` as a JWKS. Anybody can
check a credential with the public key alone.
"""

import base64
import hashlib
import json
from datetime import UTC, datetime
from functools import cache
from urllib.parse import quote, urlsplit

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from joserfc import jws
from joserfc.jwk import OKPKey

from certificates.models import Certificate
from certificates.verification import verification_path

ALGORITHM = "Ed25519"
CONTEXT = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def new_private_key() -> str:
    """A fresh key for CERTIFICATES_SIGNING_KEY (base64url of the 32-byte seed)."""
    from cryptography.hazmat.primitives import serialization

    raw = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )
    return _b64(raw)


def _seed(configured: str, secret_key: str) -> bytes:
    if configured:
        padded = configured + "=" * (-len(configured) % 4)
        seed = base64.urlsafe_b64decode(padded)
        if len(seed) != 32:
            raise ValueError("CERTIFICATES_SIGNING_KEY must be 32 bytes, base64url")
        return seed
    # Development and tests only (signing_key refuses it in production).
    return hashlib.sha256(f"certificates.openbadges:{secret_key}".encode()).digest()


@cache
def _key_for(configured: str, secret_key: str) -> OKPKey:
    private = Ed25519PrivateKey.from_private_bytes(_seed(configured, secret_key))
    public = private.public_key().public_bytes_raw()
    return OKPKey.import_key(
        {
            "kty": "OKP",
            "crv": "Ed25519",
            "d": _b64(_seed(configured, secret_key)),
            "x": _b64(public),
        }
    )


def signing_key() -> OKPKey:
    if not settings.CERTIFICATES_SIGNING_KEY and not (
        settings.CERTIFICATES_DERIVED_KEY_ALLOWED
    ):
        raise ImproperlyConfigured(
            "Set CERTIFICATES_SIGNING_KEY (python manage.py certificates_keygen)."
        )
    return _key_for(settings.CERTIFICATES_SIGNING_KEY, settings.SECRET_KEY)


def issuer_id() -> str:
    """did:web of the installation's /verify/ folder (its did.json is served there)."""
    parts = urlsplit(settings.CERTIFICATES_BASE_URL)
    host = quote(parts.netloc, safe="")  # a port's colon is percent-encoded
    path = [p for p in parts.path.split("/") if p] + ["verify"]
    return ":".join(["did:web", host, *path])


def key_id() -> str:
    return f"{issuer_id()}#{signing_key().thumbprint()}"


def public_jwk() -> dict:
    jwk = signing_key().as_dict(private=False)
    return {**jwk, "kid": key_id(), "alg": ALGORITHM, "use": "sig"}


def jwks() -> dict:
    return {"keys": [public_jwk()]}


def did_document() -> dict:
    did = issuer_id()
    method = {
        "id": key_id(),
        "type": "JsonWebKey",
        "controller": did,
        "publicKeyJwk": signing_key().as_dict(private=False),
    }
    return {
        "@context": [
            "https://www.w3.org/ns/did/v1",
            "https://w3id.org/security/jwk/v1",
        ],
        "id": did,
        "verificationMethod": [method],
        "assertionMethod": [key_id()],
    }


def credential_for(*, certificate: Certificate) -> dict:
    """The OpenBadgeCredential of a certificate, from its frozen printed data."""
    data = certificate.data
    base = settings.CERTIFICATES_BASE_URL.rstrip("/")
    page = f"{base}{verification_path(certificate.code)}"
    issuer = {
        "id": issuer_id(),
        "type": ["Profile"],
        "name": data["issuer"],
        "url": base,
    }
    narrative = (
        f"Menyelesaikan {data['course_title']} ({data['cohort_title']}), "
        f"{data['jp']} jam pelajaran (JP), diselenggarakan oleh {data['organiser']}, "
        f"sesuai ketentuan kelulusan: kehadiran, materi wajib dan evaluasi."
    )
    if data.get("topics"):
        narrative += " Materi: " + "; ".join(
            f"{t['title']} ({t['jp']} JP)" for t in data["topics"]
        )
    valid_from = datetime.combine(
        datetime.fromisoformat(data["signed_on"]).date(),
        datetime.min.time(),
        tzinfo=UTC,
    )
    return {
        "@context": CONTEXT,
        "id": page,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": f"{data['title'].title()} {data['course_title']}",
        "issuer": issuer,
        "validFrom": valid_from.isoformat().replace("+00:00", "Z"),
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityType": "name",
                    "hashed": False,
                    "identityHash": data["name"],
                }
            ],
            "achievement": {
                "id": f"{base}/verify/achievements/{quote(data['course_code'])}",
                "type": ["Achievement"],
                "achievementType": "Certificate",
                "name": data["course_title"],
                "description": f"{data['course_title']}, {data['jp']} JP.",
                "criteria": {"narrative": narrative},
                "creator": issuer,
                "inLanguage": "id",
            },
        },
        "evidence": [
            {"type": ["Evidence"], "id": page, "name": f"Nomor {certificate.number}"}
        ],
    }


def credential_sign(credential: dict) -> str:
    """The credential as a VC-JOSE compact JWS (what the learner downloads)."""
    payload = json.dumps(credential, ensure_ascii=False, separators=(",", ":"))
    header = {"alg": ALGORITHM, "kid": key_id(), "typ": "vc+jwt", "cty": "vc"}
    return jws.serialize_compact(
        header, payload.encode("utf-8"), signing_key(), algorithms=[ALGORITHM]
    )


def credential_verify(token: str, public_key: dict | None = None) -> dict:
    """The credential inside ``token`` if its signature holds; raises otherwise
    (``joserfc.errors.BadSignatureError`` or a decoding error)."""
    key = OKPKey.import_key(public_key or public_jwk())
    obj = jws.deserialize_compact(token, key, algorithms=[ALGORITHM])
    return json.loads(obj.payload)
