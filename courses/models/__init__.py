"""Records of the courses app. One module per area; import them from here."""

from .people import Institution, Office, Profile, User
from .regions import Region

__all__ = ["Institution", "Office", "Profile", "Region", "User"]
