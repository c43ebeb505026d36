"""Domain errors of the courses app; each names the rule that was broken."""


class CoursesError(Exception):
    """Base class: a rule of enrolment, people or assessments was broken."""


class RegionUnknown(CoursesError):
    """The Kemendagri region code is not in the region table."""


class InstitutionOutsideOfficeRegion(CoursesError):
    """An office acted on an institution outside its region scope."""
