"""Records of the courses app. One module per area; import them from here."""

from .catalogue import Course
from .people import Institution, Office, Profile, User
from .regions import Region

__all__ = ["Course", "Institution", "Office", "Profile", "Region", "User"]
