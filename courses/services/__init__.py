"""Every write of the courses app, one module per area, one function per use case:
``people`` (accounts, offices), ``enrolment`` (the lifecycle), ``nominations``
(office files), ``attendance``, ``progress``, ``completion``."""
