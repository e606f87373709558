"""The search index on the database: one document per live public page, and query statistics."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SearchDocument(models.Model):
    """The searchable text of one live, public page in its own language.

    On PostgreSQL a ``search_vector`` column (tsvector with the language's configuration, GIN
    index) is added by the migration and filled by ``search.documents``."""

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    language = models.CharField(max_length=16)
    translation_key = models.UUIDField()
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    title = models.CharField(max_length=255)
    teaser = models.TextField(blank=True)
    body = models.TextField(blank=True)
    # The names of related terms (topics, municipalities, authors): found by a search, never
    # shown in an excerpt, where they would read as a run of tag names.
    related = models.TextField(blank=True)
    date = models.DateField(null=True, blank=True)
    # " slug-a slug-b ": topic slugs (identical across languages) padded for exact matching.
    topics = models.TextField(blank=True)
    # Normalised words of title and text, for SQLite's simpler matching.
    words_title = models.TextField(blank=True)
    words = models.TextField(blank=True)

    class Meta:
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")
        indexes = [
            models.Index(fields=["language", "content_type"]),
            models.Index(fields=["translation_key"]),
        ]

    def __str__(self):
        return self.title


class QueryStat(models.Model):
    """How often a query was searched in a language on one day, and how often it found
    nothing (anonymous: no visitor, address or session is stored). ``query`` is the query in
    its normalised form; "" counts the queries beyond the day's limit (``search.statistics``)."""

    query = models.CharField(_("query"), max_length=100, blank=True)
    language = models.CharField(_("language"), max_length=16)
    day = models.DateField(_("day"), default=timezone.localdate)
    searches = models.PositiveIntegerField(_("searches"), default=0)
    zero_results = models.PositiveIntegerField(_("searches without results"), default=0)
    last_searched = models.DateTimeField(_("last searched"), auto_now=True)

    class Meta:
        verbose_name = _("search query")
        verbose_name_plural = _("search queries")
        constraints = [
            models.UniqueConstraint(
                fields=["query", "language", "day"], name="search_querystat_unique_per_day"
            )
        ]

    def __str__(self):
        return self.query
