"""Named reads of the courses app, one module per area: ``enrolment``, ``progress``,
``nominations``, ``attendance``. Reads for an office always take its region first."""
