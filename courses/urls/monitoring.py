"""monitoring URLs (see courses/urls/__init__.py): a DPK office watches its region."""

from django.urls import path

from courses.views import monitoring

urlpatterns = [
    path(
        "dpk/pantauan/",
        monitoring.monitoring_dashboard_view,
        name="monitoring_dashboard",
    ),
    path(
        "dpk/pantauan/grafik/<slug:breakdown>/",
        monitoring.monitoring_chart_view,
        name="monitoring_chart",
    ),
    path(
        "dpk/pantauan/unduh/<slug:table>.<slug:fmt>",
        monitoring.monitoring_export_view,
        name="monitoring_export",
    ),
    path(
        "dpk/pantauan/angkatan/<int:cohort_id>/",
        monitoring.monitoring_cohort_view,
        name="monitoring_cohort",
    ),
    path(
        "dpk/pantauan/angkatan/<int:cohort_id>/unduh.<slug:fmt>",
        monitoring.monitoring_cohort_export_view,
        name="monitoring_cohort_export",
    ),
    path(
        "dpk/pantauan/peserta/<int:learner_id>/",
        monitoring.monitoring_learner_view,
        name="monitoring_learner",
    ),
    path(
        "dpk/pantauan/peserta/<int:learner_id>/unduh.<slug:fmt>",
        monitoring.monitoring_learner_export_view,
        name="monitoring_learner_export",
    ),
]
