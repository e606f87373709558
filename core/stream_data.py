"""Walking raw StreamField data (the JSON the database stores), one way for every job:
normalising data written by code, sanitising its rich text, swapping ids for stable keys.

Raw data is a list of stream children (``{"type", "value", "id"}``); list items are
``{"type": "item", "value", "id"}`` or, in data written before Wagtail 2.16, bare values;
struct values are dicts. ``walk`` rebuilds that structure with every leaf value (rich text,
a chooser's id, a plain value) passed through ``leaf(block, value)``, and with ``ids=True``
gives every stream child and list item a stable id, as the admin writes them:
wagtail-localize matches translated segments to list items by id, so items without one would
never receive their translations.
"""

import uuid
from collections.abc import Callable

from django.core.exceptions import FieldDoesNotExist

from wagtail import blocks
from wagtail.fields import StreamField

Leaf = Callable[[blocks.Block, object], object]


def _unchanged(block, value):
    return value


def walk(block: blocks.Block, value, leaf: Leaf = _unchanged, ids: bool = False):
    """``value`` (raw data for ``block``) rebuilt with ``leaf`` applied to every leaf."""
    if value is None:
        return None
    if isinstance(block, blocks.StreamBlock):
        if not all(isinstance(child, dict) for child in value):
            return value  # (block type, python value) pairs: Wagtail builds the ids itself
        return [_stream_child(block, child, leaf, ids) for child in value]
    if isinstance(block, blocks.ListBlock):
        return [_list_item(block.child_block, item, leaf, ids) for item in value]
    if isinstance(block, blocks.StructBlock) and isinstance(value, dict):
        return {
            name: walk(block.child_blocks[name], child, leaf, ids)
            if name in block.child_blocks
            else child
            for name, child in value.items()
        }
    return leaf(block, value)


def _stream_child(block, child: dict, leaf: Leaf, ids: bool) -> dict:
    if child.get("type") not in block.child_blocks:
        return child
    walked = {
        **child,
        "value": walk(block.child_blocks[child["type"]], child.get("value"), leaf, ids),
    }
    if ids:
        walked["id"] = child.get("id") or str(uuid.uuid4())
    return walked


def _list_item(child_block, item, leaf: Leaf, ids: bool):
    if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
        walked = {**item, "value": walk(child_block, item["value"], leaf, ids)}
        if ids:
            walked["id"] = item.get("id") or str(uuid.uuid4())
        return walked
    value = walk(child_block, item, leaf, ids)
    return {"type": "item", "value": value, "id": str(uuid.uuid4())} if ids else value


def with_block_ids(block: blocks.Block, value):
    """``value`` (raw data for ``block``) with ids on every stream child and list item."""
    return walk(block, value, ids=True)


def with_ids_of(block: blocks.Block, like, value):
    """``value`` (raw data for ``block``, e.g. a translation's) with the ids of ``like`` (the
    source's raw data) wherever both hold a child of the same type at the same place, and
    fresh ids elsewhere: a translation written by code then pairs with its source block for
    block, as one made in wagtail-localize's editor does."""
    if isinstance(block, blocks.StreamBlock) and isinstance(value, list):
        like = like if isinstance(like, list) else []
        paired = []
        for position, child in enumerate(with_block_ids(block, value)):
            source = like[position] if position < len(like) else None
            if isinstance(source, dict) and source.get("type") == child["type"]:
                child_block = block.child_blocks.get(child["type"])
                child = {
                    **child,
                    "id": source.get("id") or child["id"],
                    "value": with_ids_of(child_block, source.get("value"), child["value"])
                    if child_block
                    else child["value"],
                }
            paired.append(child)
        return paired
    if isinstance(block, blocks.ListBlock) and isinstance(value, list):
        like = like if isinstance(like, list) else []
        paired = []
        for position, item in enumerate(with_block_ids(block, value)):
            source = like[position] if position < len(like) else None
            if isinstance(source, dict) and source.get("type") == "item":
                item = {
                    **item,
                    "id": source.get("id") or item["id"],
                    "value": with_ids_of(block.child_block, source.get("value"), item["value"]),
                }
            paired.append(item)
        return paired
    if isinstance(block, blocks.StructBlock) and isinstance(value, dict):
        like = like if isinstance(like, dict) else {}
        return {
            name: with_ids_of(block.child_blocks[name], like.get(name), child)
            if name in block.child_blocks
            else child
            for name, child in value.items()
        }
    return value


def with_stream_ids(model, values: dict) -> dict:
    """Field values for ``model`` with raw StreamField lists given ids (``with_block_ids``)."""
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
