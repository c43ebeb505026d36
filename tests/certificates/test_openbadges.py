"""Open Badges 3.0 credentials: shape, signature, public key, owner-only download."""

import base64
import json

import pytest
from joserfc.errors import BadSignatureError

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
    assert credential["id"].endswith(f"/verify/{certificate.code}/")
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
        "alg": "Ed25519",
        "kid": public["kid"],
        "typ": "vc+jwt",
        "cty": "vc",
    }
    assert openbadges.credential_verify(token, public)["id"].endswith(
        certificate.code + "/"
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
