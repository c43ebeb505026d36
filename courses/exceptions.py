"""Domain errors of the courses app; each names the rule that was broken.

Views turn them into messages for the user with ``message`` (translated)."""

from django.utils.translation import gettext_lazy as _


class CoursesError(Exception):
    """Base class: a rule of enrolment, people or assessments was broken."""

    message = _("This action is not allowed.")


class RegionUnknown(CoursesError):
    message = _("This region code is not a Kemendagri region.")


class InstitutionOutsideOfficeRegion(CoursesError):
    message = _("This institution is outside the office's region.")


class EnrolmentClosed(CoursesError):
    message = _("Enrolment for this cohort is closed.")


class AlreadyEnrolled(CoursesError):
    message = _("This person is already enrolled in this cohort.")


class CohortFull(CoursesError):
    message = _("The cohort is full.")


class RegionQuotaReached(CoursesError):
    message = _("The seats for this person's region are all taken.")


class TransitionNotAllowed(CoursesError):
    message = _("The enrolment cannot change to this status from its current one.")

    def __init__(self, from_status: str, to_status: str) -> None:
        super().__init__(f"{from_status} -> {to_status}")
        self.from_status, self.to_status = from_status, to_status


class NotEnrolled(CoursesError):
    message = _("You are not enrolled in this cohort.")


class CheckInRefused(CoursesError):
    message = _("Check-in is not possible now.")


class AssessmentClosed(CoursesError):
    message = _("This assessment is not open now.")


class NoAttemptsLeft(CoursesError):
    message = _("You have used all the attempts allowed.")


class AttemptAlreadySubmitted(CoursesError):
    message = _("This attempt was already submitted.")


class DeadlinePassed(CoursesError):
    message = _("The time for this attempt is over; answers can no longer be changed.")


class AssessmentHasNoQuestions(CoursesError):
    message = _(
        "This assessment has no questions yet, so it cannot be started. Please tell "
        "your trainer."
    )


class EnrolmentWithdrawn(CoursesError):
    """The learner's enrolment no longer holds a seat (withdrawn, cancelled)."""

    message = _(
        "Your enrolment in this cohort was withdrawn or cancelled: answers can no "
        "longer be saved or submitted."
    )


class CommunityActivityInvalid(CoursesError):
    message = _("The community activity breaks a rule; check the highlighted fields.")

    def __init__(self, problems: dict[str, str] | None = None) -> None:
        super().__init__(problems)
        self.problems = problems or {}


class CommunityActivityNotYours(CoursesError):
    message = _("Only the person who recorded this activity can change it.")


class RetakeNotAllowed(CoursesError):
    """The remedial rule: the counted attempt passed. Until the assessment's
    feedback may be shown the message does not say so (``feedback_visible``)."""

    message = _(
        "You passed this assessment; further attempts are only for learners who "
        "did not pass."
    )

    def __init__(self, *args: object, feedback_visible: bool = True) -> None:
        super().__init__(*args)
        if not feedback_visible:
            self.message = _(
                "No further attempt is available to you; your result is shown when "
                "feedback opens."
            )


class AttemptAwaitingGrading(CoursesError):
    message = _(
        "Your previous attempt is waiting for grading; you can try again once it "
        "is graded and not passed."
    )


# Grading and regrading (courses/services/grading.py).
class AnswerNotGradable(CoursesError):
    message = _(
        "Only essay and practical-task answers of a submitted attempt are graded by "
        "hand."
    )


class PointsOutOfRange(CoursesError):
    message = _("The points must be between 0 and the question's points.")


class RegradeNotPossible(CoursesError):
    message = _(
        "Only an automatically scored question can be regraded, and only to a newer "
        "version of itself."
    )


class RegradeAnswersUnmappable(CoursesError):
    """Some answers chose an option (or matching item) the fixed version does not
    have, or has twice: their points cannot be recomputed without guessing."""

    message = _(
        "Nothing was regraded: some answers chose an option that the fixed version "
        "no longer has, or has more than once (see the preview). Save a version "
        "that keeps those options' texts, then regrade."
    )


# Question bank and assessment set-up (courses/services/question_bank.py,
# courses/services/assessment_setup.py).
class QuestionInvalid(CoursesError):
    message = _("The question is not complete; check the highlighted fields.")

    def __init__(self, problems: list[str] | None = None) -> None:
        super().__init__(problems)
        self.problems = problems or []


class CategoryNameTaken(CoursesError):
    message = _("This course's bank already has a category with this name.")


class CategoryNotEmpty(CoursesError):
    message = _(
        "Only an empty category can be deleted: move or delete its questions first, "
        "and remove it from assessments that draw from it."
    )


class QuestionFileInvalid(CoursesError):
    """The uploaded question file cannot be read at all; ``message`` says why."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NothingToImport(CoursesError):
    message = _("The file has no question that could be read; nothing was saved.")


class QuestionNotInBank(CoursesError):
    message = _("This question does not belong to the course's bank or is archived.")


class DrawTooLarge(CoursesError):
    message = _(
        "The category does not have that many active questions left to draw from."
    )


class AssessmentItemsLocked(CoursesError):
    message = _(
        "Learners have already started this assessment: its questions, kind and "
        "shuffling can no longer change. Create a new assessment instead."
    )
