"""Create the four editorial roles; ``governance.roles.ensure_roles`` grants their permissions
after ``migrate`` (Django creates permission rows only then)."""

from django.db import migrations

ROLE_NAMES = ["Editors", "Moderators", "Translators", "Administrators"]


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    # Wagtail's own migrations already created "Editors" and "Moderators": reuse them.
    for name in ROLE_NAMES:
        Group.objects.get_or_create(name=name)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
