"""Open Badges 3.0: each certificate as a signed W3C Verifiable Credential.

The credential (VC data model 2.0 JSON-LD, type OpenBadgeCredential) is secured as
a compact JWS (``typ: vc+jwt``) signed with the installation's Ed25519 key
(``CERTIFICATES_SIGNING_KEY``, required in production) under the registered JOSE
algorithm ``EdDSA`` (RFC 8037), as the Open Badges 3.0 JWT proof format expects; the
payload is the credential plus the JWT claims ``iss`` (issuer id), ``nbf``
(validFrom), ``jti`` (credential id) and ``sub`` (credentialSubject id); no ``exp``:
certificates do not expire. The issuer is a did:web identifier whose document, with
the public keys, is served at ``/verify/did.json``; the same keys are at
``/verify/keys.json`` as a JWKS: the current one and the retired ones still needed to
check credentials signed before a key change (``CERTIFICATES_RETIRED_PUBLIC_KEYS``,
base64url ``x`` values as published in keys.json).

Revocation: every credential carries a ``credentialStatus`` of type
``1EdTechRevocationList`` (1EdTech Revocation List Status Method 1.0) pointing at
``/verify/revocations.json``, the public list of credentials no longer valid
(revoked, or replaced by a corrected certificate). Credential ids are opaque
``urn:uuid:`` values derived from the verification code, so the public list does
not lead to the verification pages (names) of the people concerned.
"""

import base64
import hashlib
import json
import uuid
import warnings
from collections.abc import Iterable
from datetime import UTC, datetime
from functools import cache
from urllib.parse import quote, urlsplit

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse
from django.utils import timezone, translation
from joserfc import jws
from joserfc.errors import SecurityWarning
from joserfc.jwk import KeySet, OKPKey

from certificates.models import Certificate
from certificates.verification import verification_path

# Signing: "EdDSA" (RFC 8037), the name Open Badges 3.0 verifiers know; RFC 9864
# deprecates it in favour of "Ed25519", which the credentials downloaded before
# used, so verification accepts both (same key, same signature bytes). The
# published JWKs carry no "alg" for that reason.
ALGORITHM = "EdDSA"
ACCEPTED_ALGORITHMS = ["EdDSA", "Ed25519"]
warnings.filterwarnings(
    "ignore", message="EdDSA is deprecated", category=SecurityWarning
)
CONTEXT = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    # Defines 1EdTechRevocationList (the credentialStatus type).
    "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json",
]
STATUS_TYPE = "1EdTechRevocationList"
# Namespace of the credential and subject ids (uuid5 of the verification code):
# stable, so a list made later names the credential downloaded earlier.
ID_NAMESPACE = uuid.UUID("5c6f1d3e-8a0b-5f4e-9d2c-7b1a0e3f6d48")


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


def key_id(key: OKPKey | None = None) -> str:
    return f"{issuer_id()}#{(key or signing_key()).thumbprint()}"


def retired_keys() -> list[OKPKey]:
    """Public keys that signed credentials before the current key: kept published
    so those credentials still verify (``CERTIFICATES_RETIRED_PUBLIC_KEYS``)."""
    configured = settings.CERTIFICATES_RETIRED_PUBLIC_KEYS
    if isinstance(configured, str):  # set by hand as one comma-separated string
        configured = configured.split(",")
    keys = []
    for x in configured:
        x = x.strip()
        if x:
            keys.append(OKPKey.import_key({"kty": "OKP", "crv": "Ed25519", "x": x}))
    return keys


def _published(key: OKPKey) -> dict:
    return {**key.as_dict(private=False), "kid": key_id(key)}


def public_jwk() -> dict:
    """The current signing key's public half, as a JWK."""
    return {**_published(signing_key()), "use": "sig"}


def jwks() -> dict:
    """The current key first, then the retired ones (private parts never)."""
    current = public_jwk()
    retired = [
        {**_published(key), "use": "sig"}
        for key in retired_keys()
        if key_id(key) != current["kid"]
    ]
    return {"keys": [current, *retired]}


def did_document() -> dict:
    did = issuer_id()
    methods = [
        {
            "id": jwk["kid"],
            "type": "JsonWebKey",
            "controller": did,
            "publicKeyJwk": {k: jwk[k] for k in ("kty", "crv", "x")},
        }
        for jwk in jwks()["keys"]
    ]
    return {
        "@context": [
            "https://www.w3.org/ns/did/v1",
            "https://w3id.org/security/jwk/v1",
        ],
        "id": did,
        "verificationMethod": methods,
        "assertionMethod": [method["id"] for method in methods],
    }


def credential_id(code: str) -> str:
    """The credential's id: opaque, stable, derived from the verification code."""
    return f"urn:uuid:{uuid.uuid5(ID_NAMESPACE, f'credential:{code}')}"


def subject_id(code: str) -> str:
    """The credential subject's id (the JWT ``sub``): opaque and per certificate,
    so credentials of one person cannot be linked through it."""
    return f"urn:uuid:{uuid.uuid5(ID_NAMESPACE, f'subject:{code}')}"


def revocation_list_url() -> str:
    base = settings.CERTIFICATES_BASE_URL.rstrip("/")
    with translation.override(settings.LANGUAGE_CODE):
        return f"{base}{reverse('certificates:revocations')}"


def revocation_list(*, codes: Iterable[str]) -> dict:
    """The 1EdTech revocation list of the credentials with these verification
    codes (those no longer valid). No reason: it may hold personal data, and the
    verification page gives it to whoever holds the code."""
    return {
        "id": revocation_list_url(),
        "issuer": issuer_id(),
        "revokedCredentials": [
            {"id": credential_id(code), "revoked": True} for code in codes
        ],
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
    # The start of the signing day where it was signed (WIB...), in UTC: midnight
    # UTC would lie up to 7 hours in the future on the day of issue, and the JWT's
    # nbf would then refuse a credential downloaded that morning.
    valid_from = datetime.combine(
        datetime.fromisoformat(data["signed_on"]).date(),
        datetime.min.time(),
        tzinfo=timezone.get_default_timezone(),
    ).astimezone(UTC)
    return {
        "@context": CONTEXT,
        "id": credential_id(certificate.code),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": f"{data['title'].title()} {data['course_title']}",
        "issuer": issuer,
        "validFrom": valid_from.isoformat().replace("+00:00", "Z"),
        "credentialSubject": {
            "id": subject_id(certificate.code),
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
        "credentialStatus": {"id": revocation_list_url(), "type": STATUS_TYPE},
    }


def _numeric_date(text: str) -> int:
    return int(datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp())


def credential_sign(credential: dict) -> str:
    """The credential as a compact JWS (what the learner downloads): the credential
    with the JWT claims of the Open Badges 3.0 JWT proof format."""
    claims = {
        **credential,
        "iss": credential["issuer"]["id"],
        "nbf": _numeric_date(credential["validFrom"]),
        "jti": credential["id"],
        "sub": credential["credentialSubject"]["id"],
    }
    if credential.get("validUntil"):
        claims["exp"] = _numeric_date(credential["validUntil"])
    payload = json.dumps(claims, ensure_ascii=False, separators=(",", ":"))
    header = {"alg": ALGORITHM, "kid": key_id(), "typ": "vc+jwt", "cty": "vc"}
    return jws.serialize_compact(
        header, payload.encode("utf-8"), signing_key(), algorithms=[ALGORITHM]
    )


def credential_verify(token: str, public_key: dict | None = None) -> dict:
    """The credential inside ``token`` if its signature holds, checked with
    ``public_key`` or else the published key named by the token's ``kid`` (current
    or retired); raises otherwise (``joserfc.errors.BadSignatureError``, or a
    decoding error). Revocation is a separate check: ``credentialStatus``."""
    if public_key is not None:
        key = OKPKey.import_key(public_key)
    else:
        key = KeySet.import_key_set(jwks())
    obj = jws.deserialize_compact(token, key, algorithms=ACCEPTED_ALGORITHMS)
    return json.loads(obj.payload)
