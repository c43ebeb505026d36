"""Learner sign-up with email verification and consent; login by username or email.

Assertions avoid translated text (catalogues are compiled later): they check status
codes, URLs, database rows and the mail outbox, or compare with the message object.
"""

import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Permission
from django.core.cache import cache
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation

from courses.models import Institution, Profile, User
from courses.models.people import NIP_VALIDATOR
from courses.services.people import email_address_verify
from lms.demo.people import DEMO_PASSWORD, DEMO_PEOPLE, seed_people
from tests.factories import (
    DEMO_FREE_PASSWORD,
    CityRegionFactory,
    InstitutionFactory,
    ProfileFactory,
    UserFactory,
)

PASSWORD = "Arsip-Kapuas-2026"
CONFIRM_LINK = re.compile(r"https?://testserver(/akun/confirm-email/[^/\s]+/)")


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """allauth counts attempts per IP and per email in the cache; start each test
    with none so that tests do not throttle each other."""
    cache.clear()


def signup_data(**overrides) -> dict:
    data = {
        "full_name": "Dra. Siti Aminah, M.Si.",
        "email": "siti.aminah@kapuaskab.go.id",
        "username": "siti.aminah",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "nip": "199103152019032012",
        "position": "Arsiparis Ahli Pertama",
        "rank": "Penata Muda (III/a)",
        "sex": Profile.Sex.FEMALE,
        "phone": "0812 3456 7890",
        "consent": "on",
    }
    if "institution" not in overrides and "new_institution_name" not in overrides:
        data["institution"] = InstitutionFactory().pk
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def sign_up(client, **overrides):
    return client.post(reverse("account_signup"), signup_data(**overrides))


def confirm_link(mail) -> str:
    return CONFIRM_LINK.search(mail.body).group(1)


def logged_in_user_id(client) -> int | None:
    user_id = client.session.get("_auth_user_id")
    return int(user_id) if user_id else None


def log_in(client, login: str, password: str):
    return client.post(reverse("account_login"), {"login": login, "password": password})


def test_signup_page_shows_the_form_and_links_the_privacy_notice(client, db):
    response = client.get(reverse("account_signup"))

    assert response.status_code == 200
    assert "consent" in response.context["form"].fields
    assert reverse("privacy") in response.text


def test_signup_creates_an_account_that_waits_for_email_verification(
    client, db, mailoutbox
):
    institution = InstitutionFactory()
    before = timezone.now()

    response = sign_up(client, institution=institution.pk)

    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    user = User.objects.get(username="siti.aminah")
    assert user.email == "siti.aminah@kapuaskab.go.id"
    assert user.check_password(PASSWORD)
    profile = user.profile
    assert profile.full_name == "Dra. Siti Aminah, M.Si."
    assert profile.nip == "199103152019032012"
    assert profile.institution == institution
    assert (profile.position, profile.rank, profile.sex, profile.phone) == (
        "Arsiparis Ahli Pertama",
        "Penata Muda (III/a)",
        "P",
        "0812 3456 7890",
    )
    assert before <= profile.consented_at <= timezone.now()
    address = EmailAddress.objects.get(user=user)
    assert (address.email, address.verified, address.primary) == (
        "siti.aminah@kapuaskab.go.id",
        False,
        True,
    )
    assert logged_in_user_id(client) is None
    [mail] = mailoutbox
    assert mail.to == ["siti.aminah@kapuaskab.go.id"]
    assert confirm_link(mail).startswith("/akun/confirm-email/")


def test_an_unverified_account_cannot_log_in_yet(client, db, mailoutbox):
    sign_up(client)
    client.logout()

    response = log_in(client, "siti.aminah", PASSWORD)

    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    assert logged_in_user_id(client) is None


def test_following_the_link_verifies_the_email_and_allows_login(client, db, mailoutbox):
    sign_up(client)
    link = confirm_link(mailoutbox[0])
    client.logout()  # the link is opened later, from the mailbox

    page = client.get(link)
    assert page.status_code == 200
    assert page.context["can_confirm"]
    confirmed = client.post(link)

    assert confirmed.status_code == 302
    assert confirmed["Location"] == reverse("account_login")
    user = User.objects.get(username="siti.aminah")
    assert EmailAddress.objects.get(user=user).verified
    response = log_in(client, "siti.aminah", PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == "/"
    assert logged_in_user_id(client) == user.pk


def test_a_wrong_confirmation_link_is_refused(client, db):
    response = client.get("/akun/confirm-email/bukan-kunci/")

    assert response.status_code == 200
    assert response.context["confirmation"] is None


def test_signup_without_consent_is_refused_and_saves_nothing(client, db, mailoutbox):
    region = CityRegionFactory()
    institutions = Institution.objects.count()

    response = sign_up(
        client,
        consent=None,
        new_institution_name="Dinas Arsip Baru",
        new_institution_type=Institution.Type.GOVERNMENT_UNIT,
        new_institution_region=region.pk,
    )

    assert response.status_code == 200
    assert list(response.context["form"].errors) == ["consent"]
    assert not User.objects.exists()
    assert not Profile.objects.exists()
    assert not EmailAddress.objects.exists()
    assert Institution.objects.count() == institutions
    assert mailoutbox == []


@pytest.mark.parametrize(
    "nip", ["12345", "19910315201903201X", "1991 0315 2019 0320 12"]
)
def test_signup_with_a_malformed_nip_is_refused(client, db, mailoutbox, nip):
    response = sign_up(client, nip=nip)

    assert response.status_code == 200
    with translation.override("id"):
        assert response.context["form"].errors["nip"] == [str(NIP_VALIDATOR.message)]
    assert not User.objects.exists()
    assert mailoutbox == []


def test_signup_with_a_nip_already_registered_is_refused(client, db, mailoutbox):
    ProfileFactory(nip="199103152019032012")

    response = sign_up(client, nip="199103152019032012")

    assert response.status_code == 200
    assert response.context["form"].errors.as_data()["nip"][0].code == "nip_taken"
    assert not User.objects.filter(username="siti.aminah").exists()
    assert mailoutbox == []


def test_many_learners_may_sign_up_without_nip(client, db, mailoutbox):
    sign_up(client, nip="")
    sign_up(client, nip="", username="budi", email="budi@contoh.go.id")

    assert list(Profile.objects.values_list("nip", flat=True)) == ["", ""]


def test_signup_with_a_taken_email_creates_nothing_and_tells_its_owner(
    client, db, mailoutbox
):
    """allauth does not reveal on the form which emails have accounts (it prevents
    account enumeration); the owner of the address is told by email instead."""
    owner = UserFactory(email="siti.aminah@kapuaskab.go.id")
    email_address_verify(user=owner)

    response = sign_up(client, email="Siti.Aminah@kapuaskab.go.id")

    assert response.status_code == 302
    assert not User.objects.filter(username="siti.aminah").exists()
    assert not Profile.objects.exists()
    [mail] = mailoutbox
    assert mail.to == ["siti.aminah@kapuaskab.go.id"]
    assert reverse("account_reset_password") in mail.body
    assert CONFIRM_LINK.search(mail.body) is None


def test_signup_with_a_taken_username_is_refused(client, db, mailoutbox):
    UserFactory(username="siti.aminah")

    response = sign_up(client)

    assert response.status_code == 200
    assert "username" in response.context["form"].errors
    assert not Profile.objects.exists()


def test_signup_with_a_new_institution_creates_it_in_its_region(client, db, mailoutbox):
    region = CityRegionFactory()

    sign_up(
        client,
        new_institution_name="  SMA Negeri 5   Palangka Raya ",
        new_institution_type=Institution.Type.SCHOOL,
        new_institution_region=region.pk,
    )

    institution = Profile.objects.get().institution
    assert (institution.name, institution.type, institution.region) == (
        "SMA Negeri 5 Palangka Raya",
        Institution.Type.SCHOOL,
        region,
    )


def test_a_new_institution_that_exists_in_the_region_is_reused(client, db, mailoutbox):
    existing = InstitutionFactory(name="SMA Negeri 5 Palangka Raya")

    sign_up(
        client,
        new_institution_name="sma negeri 5 palangka raya",
        new_institution_type=Institution.Type.SCHOOL,
        new_institution_region=existing.region.pk,
    )

    assert Profile.objects.get().institution == existing
    assert Institution.objects.count() == 1


@pytest.mark.parametrize(
    ("overrides", "fields"),
    [
        ({"institution": ""}, ["institution"]),
        (
            {"institution": "", "new_institution_name": "Dinas Arsip Baru"},
            ["new_institution_region", "new_institution_type"],
        ),
        ({"new_institution_name": "Dinas Arsip Baru"}, ["new_institution_name"]),
    ],
    ids=["none", "new-without-type-and-region", "both"],
)
def test_signup_needs_exactly_one_complete_institution(
    client, db, mailoutbox, overrides, fields
):
    overrides = {"institution": InstitutionFactory().pk, **overrides}

    response = sign_up(client, **overrides)

    assert response.status_code == 200
    assert sorted(response.context["form"].errors) == fields
    assert not User.objects.exists()


def test_region_choices_are_ordered_by_code_and_show_it(client, regions):
    response = client.get(reverse("account_signup"))

    field = response.context["form"].fields["new_institution_region"]
    labels = [label for value, label in field.choices if value]
    assert labels[:2] == ["11 · Aceh", "11.01 · Kabupaten Aceh Selatan"]
    assert "62.71 · Kota Palangkaraya" in labels


@pytest.fixture
def verified_learner(db):
    user = UserFactory(username="siti", email="siti@contoh.go.id")
    email_address_verify(user=user)
    return user


@pytest.mark.parametrize("login", ["siti", "siti@contoh.go.id", "SITI@contoh.go.id"])
def test_login_by_username_or_email(client, verified_learner, login):
    response = log_in(client, login, DEMO_FREE_PASSWORD)

    assert response.status_code == 302
    assert response["Location"] == "/"
    assert logged_in_user_id(client) == verified_learner.pk


def test_login_with_a_wrong_password_is_refused(client, verified_learner):
    response = log_in(client, "siti", "bukan-sandinya")

    assert response.status_code == 200
    assert response.context["form"].errors
    assert logged_in_user_id(client) is None


def test_login_page_links_to_sign_up_and_password_reset(client, db):
    response = client.get(reverse("account_login"))

    assert response.status_code == 200
    assert reverse("account_signup") in response.text
    assert reverse("account_reset_password") in response.text


def test_wagtail_admin_login_does_not_let_an_unverified_learner_in(
    client, db, mailoutbox
):
    sign_up(client)
    client.logout()

    response = client.post(
        "/admin/login/", {"username": "siti.aminah", "password": PASSWORD}
    )

    assert response.status_code == 200
    assert logged_in_user_id(client) is None


def test_wagtail_admin_login_still_works_for_trainers(client, db):
    trainer = UserFactory()
    trainer.user_permissions.add(
        Permission.objects.get(
            content_type__app_label="wagtailadmin", codename="access_admin"
        )
    )

    response = client.post(
        "/admin/login/",
        {"username": trainer.username, "password": DEMO_FREE_PASSWORD},
    )

    assert response.status_code == 302
    assert logged_in_user_id(client) == trainer.pk


def test_logout_ends_the_session(client, verified_learner):
    client.force_login(verified_learner)

    response = client.post(reverse("account_logout"))

    assert response.status_code == 302
    assert logged_in_user_id(client) is None


def test_every_demo_account_logs_in_on_the_site_by_username(client, db):
    call_command("loaddata", "regions", verbosity=0)
    seed_people()
    seed_people()  # idempotent: still one verified, primary address each

    for person in DEMO_PEOPLE:
        client.logout()
        response = log_in(client, person.username, DEMO_PASSWORD)
        assert response.status_code == 302, person.username
        assert response["Location"] == "/", person.username
        user = User.objects.get(username=person.username)
        assert logged_in_user_id(client) == user.pk
        assert EmailAddress.objects.get(user=user).verified
    client.logout()
    assert log_in(client, "peserta@demo.lms-dpk.id", DEMO_PASSWORD).status_code == 302


def test_password_reset_emails_a_link(client, verified_learner, mailoutbox):
    response = client.post(
        reverse("account_reset_password"), {"email": "siti@contoh.go.id"}
    )

    assert response.status_code == 302
    [mail] = mailoutbox
    assert mail.to == ["siti@contoh.go.id"]
    assert "/akun/password/reset/key/" in mail.body


def test_privacy_notice_is_public_in_both_languages(client, db):
    assert reverse("privacy") == "/privasi/"
    assert client.get("/privasi/").status_code == 200
    assert client.get("/en/privasi/").status_code == 200


def test_every_page_links_login_signup_and_privacy(client, home_page):
    response = client.get("/")

    for name in ("account_login", "account_signup", "privacy"):
        assert reverse(name) in response.text
