"""URLs of the courses app, one module per audience; all in the ``courses`` namespace."""

from courses.urls import attempts, attendance, grading, learner, ledger, office, trainer

app_name = "courses"

urlpatterns = [
    *learner.urlpatterns,
    *attempts.urlpatterns,
    *trainer.urlpatterns,
    *office.urlpatterns,
    *attendance.urlpatterns,
    *ledger.urlpatterns,
    *grading.urlpatterns,
]
