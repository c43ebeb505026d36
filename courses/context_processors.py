"""Navigation facts for every page: which areas the user may open (evaluated only
when a template asks, so anonymous pages cost no query)."""

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from courses.permissions import is_trainer, office_of


def navigation(request: HttpRequest) -> dict:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {
        "nav_is_trainer": SimpleLazyObject(lambda: is_trainer(user)),
        "nav_office": SimpleLazyObject(lambda: office_of(user)),
    }
