"""URL map. Public pages are Indonesian at ``/…`` and English at ``/en/…``."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from courses.views.accounts import privacy_view
from lms.views import healthz_view

urlpatterns = [
    path("healthz", healthz_view, name="healthz"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", include(wagtailadmin_urls)),
    path("django-admin/", admin.site.urls),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    # Sign-up, login, email verification, password reset (django-allauth).
    path("akun/", include("allauth.urls")),
    path("privasi/", privacy_view, name="privacy"),
    path("", include("cms.urls")),
    path("", include("courses.urls")),
    # Certificate verification (/verify/<code>/, the QR's target) and downloads.
    path("", include("certificates.urls")),
    path("", include("certificates.urls_manage")),
    # Wagtail's page tree last: it matches every remaining path.
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
