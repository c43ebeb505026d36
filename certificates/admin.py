"""Django admin: templates are edited here (and on the trainers' pages);
certificates and their audit trail are read-only, changed only through services."""

from django.contrib import admin

from certificates.models import (
    Certificate,
    CertificateEvent,
    CertificateSignatory,
    CertificateTemplate,
    NumberSequence,
)


class SignatoryInline(admin.StackedInline):
    model = CertificateSignatory
    extra = 0
    min_num = 1
    max_num = 3
    fields = ["order", "name", "position", "rank", "nip", "signature"]


@admin.register(CertificateTemplate)
class CertificateTemplateAdmin(admin.ModelAdmin):
    list_display = ["name", "office", "course", "cohort", "is_active", "updated_at"]
    list_filter = ["is_active"]
    search_fields = ["name", "office__institution__name", "course__code"]
    autocomplete_fields = ["office", "course", "cohort"]
    inlines = [SignatoryInline]


class EventInline(admin.TabularInline):
    model = CertificateEvent
    extra = 0
    can_delete = False
    fields = ["at", "kind", "actor", "reason", "before", "after"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Certificate)
class CertificateAdmin(admin.ModelAdmin):
    list_display = ["number", "code", "status", "issued_at", "rendered_at"]
    list_filter = ["status"]
    search_fields = ["number", "code", "data__name", "sha256"]
    inlines = [EventInline]
    readonly_fields = [f.name for f in Certificate._meta.fields]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(NumberSequence)
class NumberSequenceAdmin(admin.ModelAdmin):
    list_display = ["fixed_text", "year", "last_number", "issuer_key"]

    def has_change_permission(self, request, obj=None) -> bool:
        return False
