"""Records of the courses app. One module per area; import them from here."""

from .assessments import (
    Answer,
    Assessment,
    AssessmentItem,
    Attempt,
    Question,
    QuestionCategory,
    QuestionKind,
    QuestionVersion,
    RegradeEvent,
)
from .catalogue import Course
from .cohorts import (
    Attendance,
    Cohort,
    Enrolment,
    EnrolmentEvent,
    LessonProgress,
    RegionQuota,
    Session,
)
from .engagement import CommunityActivity
from .nominations import NominationImport
from .people import Institution, Office, Profile, User
from .regions import Region

__all__ = [
    "Answer",
    "Assessment",
    "AssessmentItem",
    "Attempt",
    "Question",
    "QuestionCategory",
    "QuestionKind",
    "QuestionVersion",
    "RegradeEvent",
    "CommunityActivity",
    "Attendance",
    "Cohort",
    "Course",
    "Enrolment",
    "EnrolmentEvent",
    "Institution",
    "LessonProgress",
    "NominationImport",
    "Office",
    "Profile",
    "Region",
    "RegionQuota",
    "Session",
    "User",
]
