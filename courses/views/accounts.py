"""Account pages of our own; sign-up, login and the rest are django-allauth's."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def privacy_view(request: HttpRequest) -> HttpResponse:
    """The privacy notice that learners accept when they sign up."""
    return render(request, "account/privacy.html")
