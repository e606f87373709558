"""Models of the toolbox: the index and entry pages, and the multiple-choice field they use."""

from .fields import MultipleChoiceField
from .pages import (
    LICENCE_URLS,
    Cost,
    Duration,
    Effort,
    Licence,
    ToolboxIndexPage,
    ToolPage,
)

__all__ = [
    "LICENCE_URLS",
    "Cost",
    "Duration",
    "Effort",
    "Licence",
    "MultipleChoiceField",
    "ToolPage",
    "ToolboxIndexPage",
]
