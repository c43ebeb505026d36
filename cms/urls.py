from django.urls import path

from cms.views import search_view

app_name = "cms"

urlpatterns = [
    path("cari/", search_view, name="search"),
]
