"""Cross-cutting views: health check and error pages."""

from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from lms.health import health_report


@never_cache
@require_GET
def healthz_view(request: HttpRequest) -> JsonResponse:
    """200 when the database and the broker answer, 503 with the reasons otherwise."""
    checks = health_report()
    healthy = all(result == "ok" for result in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "unavailable", "checks": checks},
        status=200 if healthy else 503,
    )
