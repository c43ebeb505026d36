"""URLs of the courses app, one module per audience; all in the ``courses`` namespace."""

from courses.urls import (
    attempts,
    attendance,
    grading,
    learner,
    ledger,
    monitoring,
    office,
    question_bank,
    trainer,
)

app_name = "courses"

urlpatterns = [
    *learner.urlpatterns,
    *attempts.urlpatterns,
    *trainer.urlpatterns,
    *question_bank.urlpatterns,
    *office.urlpatterns,
    *attendance.urlpatterns,
    *ledger.urlpatterns,
    *monitoring.urlpatterns,
    *grading.urlpatterns,
]
