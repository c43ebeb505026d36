from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.utils.translation import gettext_lazy as _

from courses.models import (
    Cohort,
    Course,
    Enrolment,
    EnrolmentEvent,
    Institution,
    Office,
    Profile,
    Region,
    RegionQuota,
    Session,
    User,
)


class ProfileInline(admin.StackedInline):
    model = Profile
    can_delete = False
    autocomplete_fields = ["institution"]


@admin.register(User)
class LmsUserAdmin(UserAdmin):
    inlines = [ProfileInline]
    list_display = ["username", "email", "profile__full_name", "is_staff", "is_active"]
    search_fields = ["username", "email", "profile__full_name", "profile__nip"]


@admin.register(Region)
class RegionAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "level"]
    list_filter = ["level"]
    search_fields = ["code", "name"]


@admin.register(Institution)
class InstitutionAdmin(admin.ModelAdmin):
    list_display = ["name", "type", "region"]
    list_filter = ["type"]
    search_fields = ["name", "region__name"]
    autocomplete_fields = ["region"]


@admin.register(Office)
class OfficeAdmin(admin.ModelAdmin):
    list_display = ["institution", "region"]
    search_fields = ["institution__name", "region__code", "region__name"]
    autocomplete_fields = ["institution", "region"]
    filter_horizontal = ["staff"]


class SessionInline(admin.TabularInline):
    model = Session
    extra = 1
    fields = ["starts_at", "ends_at", "topic", "jp"]


class RegionQuotaInline(admin.TabularInline):
    model = RegionQuota
    extra = 0
    autocomplete_fields = ["region"]


@admin.register(Cohort)
class CohortAdmin(admin.ModelAdmin):
    """Administrators set up cohorts here; trainers run them from /pelatih/."""

    list_display = ["__str__", "starts_on", "ends_on", "capacity", "requires_approval"]
    list_filter = ["course", "time_zone", "is_online"]
    search_fields = ["title", "course__code", "course__title"]
    date_hierarchy = "starts_on"
    filter_horizontal = ["trainers"]
    autocomplete_fields = ["organiser"]
    inlines = [SessionInline, RegionQuotaInline]
    fieldsets = [
        (None, {"fields": ["course", "title", "organiser", "trainers"]}),
        (
            _("Dates and place"),
            {"fields": ["starts_on", "ends_on", "time_zone", "venue", "is_online"]},
        ),
        (
            _("Enrolment"),
            {
                "fields": [
                    "capacity",
                    "requires_approval",
                    "enrolment_opens_at",
                    "enrolment_closes_at",
                ]
            },
        ),
        (
            _("Completion rule"),
            {
                "fields": [
                    "min_attendance_percent",
                    "requires_all_lessons",
                    "requires_post_test",
                    "requires_practical_task",
                ]
            },
        ),
    ]


class EnrolmentEventInline(admin.TabularInline):
    model = EnrolmentEvent
    extra = 0
    can_delete = False
    readonly_fields = ["from_status", "to_status", "actor", "reason", "at"]

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Enrolment)
class EnrolmentAdmin(admin.ModelAdmin):
    """Read-only: statuses change through the services (and their audit trail)."""

    list_display = ["learner", "cohort", "status", "office", "created_at"]
    list_filter = ["status", "cohort__course"]
    search_fields = [
        "learner__username",
        "learner__profile__full_name",
        "learner__profile__nip",
    ]
    readonly_fields = [
        "cohort",
        "learner",
        "status",
        "nominated_by",
        "office",
        "created_at",
        "status_changed_at",
    ]
    inlines = [EnrolmentEventInline]

    def has_add_permission(self, request) -> bool:
        return False


@admin.register(Course)
class CourseAdmin(admin.ModelAdmin):
    list_display = ["code", "title", "jp", "delivery_mode", "level"]
    search_fields = ["code", "title"]
