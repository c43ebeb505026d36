from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from courses.models import Institution, Office, Profile, Region, User


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
    autocomplete_fields = ["institution", "region"]
    filter_horizontal = ["staff"]
