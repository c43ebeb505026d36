"""trainer URLs (see courses/urls/__init__.py)."""

urlpatterns: list = []
