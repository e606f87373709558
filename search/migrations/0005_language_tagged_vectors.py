"""Search vectors whose terms carry their language ("de_klima"), and the indexes a search's
candidates are read in order from (``search.engine.CANDIDATES``), on PostgreSQL."""

from django.db import migrations

TAGGED = (
    "UPDATE search_searchdocument SET search_vector = array_to_tsvector(ARRAY("
    "SELECT language || '_' || term FROM unnest(string_to_array(btrim(words), ' ')) AS term "
    "WHERE term <> ''))"
)
UNTAGGED = (
    "UPDATE search_searchdocument SET search_vector = array_to_tsvector(ARRAY("
    "SELECT substr(term, length(language) + 2) FROM unnest(tsvector_to_array(search_vector)) "
    "AS term))"
)
INDEXES = (
    "CREATE INDEX search_document_newest ON search_searchdocument (language, page_id DESC)",
    "CREATE INDEX search_document_latest ON search_searchdocument "
    "(language, date DESC NULLS LAST, page_id DESC)",
)


def tag(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(TAGGED)
    for index in INDEXES:
        schema_editor.execute(index)
    # The planner's word statistics now tell the languages apart.
    schema_editor.execute("ANALYZE search_searchdocument")


def untag(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("DROP INDEX IF EXISTS search_document_newest")
    schema_editor.execute("DROP INDEX IF EXISTS search_document_latest")
    schema_editor.execute(UNTAGGED)


class Migration(migrations.Migration):
    dependencies = [("search", "0004_terms_parts_vocabulary_synonyms")]

    operations = [migrations.RunPython(tag, untag)]
