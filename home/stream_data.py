"""Raw StreamField data written by code (demo content, imports, tests) in the form the admin
writes: every stream child and every list item with its own stable id.

wagtail-localize matches translated segments to list items by id. Data in the old list format
(plain values, no ids) gets fresh ids each time it is loaded, so its list items would never
receive their translations."""

import uuid

from django.core.exceptions import FieldDoesNotExist

from wagtail import blocks
from wagtail.fields import StreamField


def with_block_ids(block: blocks.Block, value):
    """``value`` (raw data for ``block``) with ids on every stream child and list item."""
    if isinstance(block, blocks.StreamBlock):
        if not all(isinstance(child, dict) for child in value or []):
            return value  # (block type, python value) pairs: Wagtail builds the ids itself
        return [
            {
                "type": child["type"],
                "value": with_block_ids(block.child_blocks[child["type"]], child["value"]),
                "id": child.get("id") or str(uuid.uuid4()),
            }
            for child in value or []
        ]
    if isinstance(block, blocks.ListBlock):
        return [_list_item(block.child_block, item) for item in value or []]
    if isinstance(block, blocks.StructBlock) and isinstance(value, dict):
        return {
            name: with_block_ids(block.child_blocks[name], child_value)
            if name in block.child_blocks
            else child_value
            for name, child_value in value.items()
        }
    return value


def _list_item(child_block: blocks.Block, item) -> dict:
    if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
        return {
            **item,
            "value": with_block_ids(child_block, item["value"]),
            "id": item.get("id") or str(uuid.uuid4()),
        }
    return {"type": "item", "value": with_block_ids(child_block, item), "id": str(uuid.uuid4())}


def with_stream_ids(model, values: dict) -> dict:
    """Field values for ``model`` with raw StreamField lists normalised by ``with_block_ids``."""
    normalised = {}
    for name, value in values.items():
        field = _field(model, name)
        if isinstance(field, StreamField) and isinstance(value, list):
            value = with_block_ids(field.stream_block, value)
        normalised[name] = value
    return normalised


def _field(model, name):
    try:
        return model._meta.get_field(name)
    except FieldDoesNotExist:
        return None
