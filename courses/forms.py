"""Forms of the courses app (rendered with crispy-forms, Bootstrap 5)."""

from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _


class LoginForm(AuthenticationForm):
    """Django's login form with messages written for our users."""

    error_messages = {
        "invalid_login": _(
            "The username or password is not correct. Capital and small letters "
            "count as different."
        ),
        "inactive": _("This account has been deactivated. Contact your DPK office."),
    }
