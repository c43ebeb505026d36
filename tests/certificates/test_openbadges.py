"""Open Badges 3.0 credentials: shape, signature, public key, owner-only download."""

import base64
import json
from datetime import datetime

import pytest
from django.utils import timezone
from joserfc import jws, jwt
from joserfc.errors import BadSignatureError
from joserfc.jwk import KeySet, OKPKey

from certificates import openbadges, services
from tests.certificates.factories import CertificateTemplateFactory, completed_enrolment
from tests.factories_cohorts import CohortFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(django_capture_on_commit_callbacks, settings):
    settings.CERTIFICATES_BASE_URL = "https://lms.dpk.kaltengprov.go.id"
    template = CertificateTemplateFactory()
    enrolment = completed_enrolment(cohort=CohortFactory(organiser=template.office))
    with django_capture_on_commit_callbacks(execute=True):
        return services.certificate_issue(enrolment=enrolment)


def test_credential_follows_open_badges_3(certificate):
    credential = openbadges.credential_for(certificate=certificate)
    assert credential["@context"] == [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json",
    ]
    assert credential["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert credential["issuer"]["type"] == ["Profile"]
    assert credential["issuer"]["id"] == "did:web:lms.dpk.kaltengprov.go.id:verify"
    assert credential["validFrom"].endswith("Z")
    subject = credential["credentialSubject"]
    assert subject["type"] == ["AchievementSubject"]
    assert subject["identifier"][0]["identityHash"] == certificate.data["name"]
    achievement = subject["achievement"]
    assert achievement["type"] == ["Achievement"]
    assert achievement["name"] == certificate.data["course_title"]
    assert (
        f"{certificate.data['jp']} jam pelajaran"
        in achievement["criteria"]["narrative"]
    )
    # An opaque id (the public revocation list must not lead to names); the
    # verification page is the evidence.
    assert credential["id"].startswith("urn:uuid:")
    assert certificate.code not in credential["id"]
    assert credential["evidence"][0]["id"].endswith(f"/verify/{certificate.code}/")
    assert subject["id"].startswith("urn:uuid:") and subject["id"] != credential["id"]
    assert credential["credentialStatus"] == {
        "id": "https://lms.dpk.kaltengprov.go.id/verify/revocations.json",
        "type": "1EdTechRevocationList",
    }
    assert "199103152019032012" not in json.dumps(credential)  # no NIP


def test_signature_verifies_with_the_published_key_and_tampering_breaks_it(
    client, certificate
):
    token = openbadges.credential_sign(
        openbadges.credential_for(certificate=certificate)
    )
    jwks = client.get("/verify/keys.json").json()
    public = jwks["keys"][0]
    assert "d" not in public  # never the private part
    header = json.loads(base64.urlsafe_b64decode(token.split(".")[0] + "=="))
    assert header == {
        "alg": "EdDSA",
        "kid": public["kid"],
        "typ": "vc+jwt",
        "cty": "vc",
    }
    assert openbadges.credential_verify(token, public)["id"] == (
        openbadges.credential_id(certificate.code)
    )

    head, payload, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["credentialSubject"]["identifier"][0]["identityHash"] = "Orang Lain"
    forged_payload = (
        base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    )
    with pytest.raises(BadSignatureError):
        openbadges.credential_verify(f"{head}.{forged_payload}.{signature}", public)


def test_did_document_carries_the_same_key(client):
    document = client.get("/verify/did.json").json()
    method = document["verificationMethod"][0]
    public = openbadges.public_jwk()
    assert method["publicKeyJwk"]["x"] == public["x"]
    assert document["assertionMethod"] == [public["kid"]]


def test_configured_key_is_used_and_a_derived_one_refused_in_production(settings):
    settings.CERTIFICATES_SIGNING_KEY = openbadges.new_private_key()
    configured = openbadges.public_jwk()["x"]
    settings.CERTIFICATES_SIGNING_KEY = ""
    assert openbadges.public_jwk()["x"] != configured
    settings.CERTIFICATES_DERIVED_KEY_ALLOWED = False
    with pytest.raises(Exception, match="CERTIFICATES_SIGNING_KEY"):
        openbadges.public_jwk()


def test_only_the_owner_downloads_a_valid_credential(client, certificate):
    url = f"/sertifikat/{certificate.pk}/openbadge.jwt"
    assert client.get(url).status_code == 302  # to the login page
    client.force_login(completed_enrolment(nip="").learner)
    assert client.get(url).status_code == 404
    client.force_login(certificate.enrolment.learner)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vc+jwt"
    assert "attachment" in response["Content-Disposition"]
    credential = openbadges.credential_verify(response.content.decode())
    assert (
        credential["credentialSubject"]["identifier"][0]["identityHash"]
        == (certificate.data["name"])
    )
    services.certificate_revoke(certificate=certificate, reason="Dicabut", by=None)
    assert client.get(url).status_code == 404


# --- issue 6, bugs 4 and 5 ----------------------------------------------------------


def test_token_is_an_eddsa_jwt_that_verifies_with_the_published_jwks(
    client, certificate
):
    credential = openbadges.credential_for(certificate=certificate)
    token = openbadges.credential_sign(credential)
    keys = KeySet.import_key_set(client.get("/verify/keys.json").json())
    decoded = jwt.decode(token, keys, algorithms=["EdDSA"])  # kid picks the key
    assert decoded.header["alg"] == "EdDSA"
    claims = decoded.claims
    signed_on = datetime.fromisoformat(certificate.data["signed_on"]).replace(
        tzinfo=timezone.get_default_timezone()  # midnight where it was signed
    )
    jwt.JWTClaimsRegistry(
        iss={"essential": True, "value": "did:web:lms.dpk.kaltengprov.go.id:verify"},
        jti={"essential": True, "value": credential["id"]},
        sub={"essential": True, "value": credential["credentialSubject"]["id"]},
        nbf={
            "essential": True,
            "value": int(signed_on.timestamp()),
        },
    ).validate(claims)
    assert "exp" not in claims  # certificates do not expire
    assert claims["credentialSubject"] == credential["credentialSubject"]


def test_a_credential_signed_before_the_fix_still_verifies(certificate):
    """Downloaded earlier with alg "Ed25519" (RFC 9864): same key, still valid."""
    credential = openbadges.credential_for(certificate=certificate)
    header = {"alg": "Ed25519", "kid": openbadges.key_id(), "typ": "vc+jwt"}
    old = jws.serialize_compact(
        header,
        json.dumps(credential).encode(),
        openbadges.signing_key(),
        algorithms=["Ed25519"],
    )
    assert openbadges.credential_verify(old)["id"] == credential["id"]


def test_revocation_list_names_a_credential_once_it_is_revoked_or_replaced(
    client, certificate, django_capture_on_commit_callbacks
):
    """A verifier holding a credential downloaded before the revocation follows
    its credentialStatus to the public list and finds its id there."""
    credential = openbadges.credential_verify(
        openbadges.credential_sign(openbadges.credential_for(certificate=certificate))
    )
    status = credential["credentialStatus"]
    path = status["id"].removeprefix("https://lms.dpk.kaltengprov.go.id")

    def listed() -> set[str]:
        response = client.get(path)
        assert response.status_code == 200
        assert response["Access-Control-Allow-Origin"] == "*"
        document = response.json()
        assert document["id"] == status["id"]
        assert document["issuer"] == credential["issuer"]["id"]
        return {entry["id"] for entry in document["revokedCredentials"]}

    assert status["type"] == "1EdTechRevocationList"
    assert credential["id"] not in listed()
    services.certificate_revoke(
        certificate=certificate, reason="Syarat kehadiran tidak terpenuhi", by=None
    )
    revoked_list = client.get(path).content.decode()
    assert credential["id"] in listed()
    assert certificate.code not in revoked_list  # opaque ids, no way to the names
    assert "kehadiran" not in revoked_list  # no free-text reason published

    other = completed_enrolment(cohort=certificate.enrolment.cohort, nip="")
    with django_capture_on_commit_callbacks(execute=True):
        replaced = services.certificate_issue(enrolment=other)
        new = services.certificate_reissue(
            certificate=replaced, by=None, reason="Nama diperbaiki"
        )
    ids = listed()
    assert openbadges.credential_id(replaced.code) in ids
    assert openbadges.credential_id(new.code) not in ids


def test_retired_keys_stay_published_and_keep_old_credentials_verifiable(
    client, certificate, settings
):
    old_key = openbadges.new_private_key()
    settings.CERTIFICATES_SIGNING_KEY = old_key
    old_token = openbadges.credential_sign(
        openbadges.credential_for(certificate=certificate)
    )
    old_public = openbadges.public_jwk()

    settings.CERTIFICATES_SIGNING_KEY = openbadges.new_private_key()  # rotated
    settings.CERTIFICATES_RETIRED_PUBLIC_KEYS = [old_public["x"]]
    published = client.get("/verify/keys.json").json()["keys"]
    assert [key["x"] for key in published] == [
        openbadges.public_jwk()["x"],
        old_public["x"],
    ]
    assert all("d" not in key for key in published)
    assert published[1]["kid"] == old_public["kid"]
    decoded = jwt.decode(
        old_token, KeySet.import_key_set({"keys": published}), algorithms=["EdDSA"]
    )
    assert decoded.claims["jti"].startswith("urn:uuid:")
    assert openbadges.credential_verify(old_token)["id"] == decoded.claims["jti"]
    did = client.get("/verify/did.json").json()
    assert did["assertionMethod"] == [key["kid"] for key in published]

    settings.CERTIFICATES_RETIRED_PUBLIC_KEYS = []
    with pytest.raises(Exception):  # noqa: B017 - no key with that kid any more
        openbadges.credential_verify(old_token)
    assert OKPKey.import_key(old_public)  # the retired key itself is a valid JWK
