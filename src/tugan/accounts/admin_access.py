"""The admin site for editors: every admin class filters by confidentiality and audits changes."""

from django.contrib import admin

from tugan.audit.log import record_audit


def can_edit(request) -> bool:
    user = request.user
    return user.is_active and user.is_authenticated and user.is_reviewer


def limit_confidentiality_choices(request, db_field, kwargs) -> None:
    """Offer only the confidentiality levels this user may see."""
    if db_field.name == "confidentiality":
        kwargs["choices"] = [c for c in db_field.choices if c[0] in request.user.visible_levels]


class EditorAccess:
    """Permissions and choices shared by the admin classes and inlines of confidential records."""

    def get_queryset(self, request):
        return super().get_queryset(request).visible_to(request.user)

    def has_module_permission(self, request):
        return can_edit(request)

    def has_view_permission(self, request, obj=None):
        return can_edit(request)

    def has_add_permission(self, request, obj=None):
        return can_edit(request)

    def has_change_permission(self, request, obj=None):
        return can_edit(request)

    def has_delete_permission(self, request, obj=None):
        # Deletions must be recorded and reversible; the admin cannot promise that.
        return False

    def formfield_for_choice_field(self, db_field, request, **kwargs):
        limit_confidentiality_choices(request, db_field, kwargs)
        return super().formfield_for_choice_field(db_field, request, **kwargs)


class ConfidentialAdmin(EditorAccess, admin.ModelAdmin):
    """Shows only records the signed-in user may see; records each change in the audit log."""

    def save_model(self, request, obj, form, change):
        if not change and hasattr(obj, "created_by_id") and obj.created_by_id is None:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)
        changes = {name: form.cleaned_data.get(name) for name in form.changed_data}
        action = "admin_change" if change else "admin_add"
        record_audit(action, obj, by=request.user, changes=changes)


class ConfidentialInline(EditorAccess, admin.TabularInline):
    extra = 0
