"""Models of the ``projects`` app: project profiles (Projektsteckbriefe) and their index."""

from .index import ProjectIndexPage
from .project import PartnerRole, ProjectPage, ProjectPartner, ProjectScope
from .status import DurationPrecision, ProjectStatus, derive_status, status_q, year_bounds

__all__ = [
    "DurationPrecision",
    "PartnerRole",
    "ProjectIndexPage",
    "ProjectPage",
    "ProjectPartner",
    "ProjectScope",
    "ProjectStatus",
    "derive_status",
    "status_q",
    "year_bounds",
]
