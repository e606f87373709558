"""Model fields to JSON and back, with references written as stable keys instead of pks
(``transfer.references``) and rich text sanitised on the way in (``governance.sanitise``)."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import get_all_child_relations
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import TranslatableMixin
from wagtail.snippets.blocks import SnippetChooserBlock

from core.stream_data import walk, with_stream_ids
from governance.sanitise import sanitise_html, sanitise_stream

from .references import media_models, reference, resolve
from .richtext import with_ids, with_keys

# Tree, workflow and publishing bookkeeping: written by Wagtail itself, never transferred.
SKIPPED_FIELDS = {
    "id",
    "path",
    "depth",
    "numchild",
    "translation_key",
    "locale",
    "live",
    "has_unpublished_changes",
    "url_path",
    "owner",
    "locked",
    "locked_at",
    "locked_by",
    "latest_revision",
    "latest_revision_created_at",
    "first_published_at",
    "last_published_at",
    "live_revision",
    "content_type",
    "alias_of",
    "draft_title",
    "expired",
}


def _is_reference_target(model) -> bool:
    return issubclass(model, TranslatableMixin) or model in media_models()


def transferable_fields(model) -> list[models.Field]:
    """Concrete and many-to-many fields that travel with an object."""
    fields = []
    for field in [*model._meta.concrete_fields, *model._meta.many_to_many]:
        if field.name in SKIPPED_FIELDS or field.primary_key:
            continue
        if field.is_relation:
            if getattr(field.remote_field, "parent_link", False) or isinstance(field, ParentalKey):
                continue  # set by the parent object (inheritance or cluster)
            if not _is_reference_target(field.related_model):
                continue  # users, collections and the like are instance-specific
        fields.append(field)
    return fields


def child_relations(model) -> list:
    """Inline child rows (e.g. project partners); Wagtail's own (comments) are left out."""
    return [
        rel
        for rel in get_all_child_relations(model)
        if not rel.related_model._meta.app_label.startswith("wagtail")
    ]


# Stream data -----------------------------------------------------------------------------


def _chooser_model(block):
    image_model, document_model = media_models()
    if isinstance(block, ImageChooserBlock):
        return image_model
    if isinstance(block, DocumentChooserBlock):
        return document_model
    if isinstance(block, SnippetChooserBlock | blocks.PageChooserBlock):
        return block.target_model
    return None


def map_stream(block, value, on_chooser, on_rich_text):
    """Raw stream ``value`` with chooser values and rich text replaced by the callbacks."""

    def leaf(leaf_block, leaf_value):
        if isinstance(leaf_block, blocks.RichTextBlock):
            return on_rich_text(leaf_value)
        model = _chooser_model(leaf_block)
        if model is not None and leaf_value not in (None, ""):
            return on_chooser(model, leaf_value)
        return leaf_value

    return walk(block, value, leaf)


def _export_chooser(model, pk):
    obj = model.objects.filter(pk=pk).first()
    return reference(obj)


def _import_chooser(model, ref):
    if not isinstance(ref, dict):
        return ref  # already a pk: data written by hand for this instance
    target = resolve(model, ref)
    return target.pk if target else None


# Whole objects ---------------------------------------------------------------------------


def _plain(value):
    return json.loads(json.dumps(value, cls=DjangoJSONEncoder))


def serialise(obj) -> dict:
    """The transferable field values of ``obj`` (child rows included) as JSON data."""
    data = {}
    for field in transferable_fields(type(obj)):
        if field.many_to_many:
            data[field.name] = [reference(o) for o in getattr(obj, field.name).all()]
        elif field.is_relation:
            data[field.name] = reference(getattr(obj, field.name))
        elif isinstance(field, StreamField):
            raw = list(getattr(obj, field.name).raw_data)
            data[field.name] = map_stream(field.stream_block, raw, _export_chooser, with_keys)
        elif isinstance(field, RichTextField):
            data[field.name] = with_keys(field.value_from_object(obj))
        else:
            data[field.name] = _plain(field.value_from_object(obj))
    for rel in child_relations(type(obj)):
        data[rel.get_accessor_name()] = [
            serialise(child) for child in getattr(obj, rel.get_accessor_name()).all()
        ]
    return data


def normalise(model, data: dict) -> dict:
    """Incoming field values as ``serialise`` would write them: rich text sanitised."""
    result = {}
    by_name = {field.name: field for field in transferable_fields(model)}
    children = {rel.get_accessor_name(): rel for rel in child_relations(model)}
    for name, value in data.items():
        field = by_name.get(name)
        if isinstance(field, RichTextField) and isinstance(value, str):
            value = sanitise_html(value)
        elif isinstance(field, StreamField) and isinstance(value, list):
            value = sanitise_stream(field.stream_block, value)
        elif name in children and isinstance(value, list):
            value = [normalise(children[name].related_model, row) for row in value]
        result[name] = value
    return result


def unknown_fields(model, data: dict) -> list[str]:
    known = {f.name for f in transferable_fields(model)} | {
        rel.get_accessor_name() for rel in child_relations(model)
    }
    return sorted(set(data) - known)


def apply(obj, data: dict) -> dict:
    """Sets the values of ``data`` on ``obj``; returns many-to-many values to set after saving
    (for non-cluster models). Raises ``MissingReference`` or ``ValidationError``."""
    later = {}
    by_name = {field.name: field for field in transferable_fields(type(obj))}
    children = {rel.get_accessor_name(): rel for rel in child_relations(type(obj))}
    for name, value in data.items():
        if name in children:
            rel = children[name]
            rows = []
            for row in value or []:
                child = rel.related_model()
                apply(child, row)
                rows.append(child)
            setattr(obj, name, rows)
            continue
        field = by_name[name]
        if field.many_to_many:
            targets = [t for ref in value or [] if (t := resolve(field.related_model, ref))]
            if _is_parental(field):
                getattr(obj, name).set(targets)
            else:
                later[name] = targets
        elif field.is_relation:
            setattr(obj, field.name, resolve(field.related_model, value))
        elif isinstance(field, StreamField):
            raw = map_stream(field.stream_block, value or [], _import_chooser, with_ids)
            setattr(obj, name, with_stream_ids(type(obj), {name: raw})[name])
        elif isinstance(field, RichTextField):
            setattr(obj, name, with_ids(value or ""))
        else:
            setattr(obj, name, field.to_python(value))
    return later


def _is_parental(field) -> bool:
    return isinstance(field, ParentalManyToManyField)
