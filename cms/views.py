"""Public views beside the page tree."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from cms.selectors import search_hits_for

MAX_QUERY_LENGTH = 200


@require_GET
def search_view(request: HttpRequest) -> HttpResponse:
    """Search published courses, modules, lessons and the Pustaka."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    return render(
        request,
        "cms/search.html",
        {"query": query, "hits": search_hits_for(query=query)},
    )
