"""The search index on the database: one document per live public page, and query statistics."""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import TranslatableMixin

MAX_SYNONYM_LENGTH = 60


class SearchDocument(models.Model):
    """The searchable text of one live, public page in its own language, and its terms
    (``search.analysis``).

    On PostgreSQL a ``search_vector`` column (a tsvector of the matching terms, GIN index) is
    added by the migration and filled by ``search.documents``."""

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
    # " term:a term:c ": each title and teaser term with its best place, for ranking.
    rank_words = models.TextField(blank=True)
    # " term term ": every term and folded word, for matching on SQLite.
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


class SearchWord(models.Model):
    """A word the portal's pages use, in its folded form, with a spelling to show: the
    vocabulary that "Did you mean …?" corrects against. Compound parts are known words too,
    without a spelling of their own (``search.vocabulary``)."""

    language = models.CharField(max_length=16)
    word = models.CharField(max_length=40)
    spelling = models.CharField(max_length=40, blank=True)
    documents = models.PositiveIntegerField(default=1)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["language", "word"], name="search_word_unique")
        ]

    def __str__(self):
        return self.spelling or self.word


class SearchSynonym(TranslatableMixin, models.Model):
    """Words and phrases a search treats as one: a query for one also finds the pages that
    use the others. Translated like the taxonomy's terms, so a German word finds the English
    pages that use the English words of its translation (``search.synonyms``)."""

    terms = models.TextField(
        _("words and phrases"),
        help_text=_(
            "Separated by commas, in this language, for example "
            '"Schwammstadt, Schwammstadtprinzip"; the translation holds the other '
            "language's words."
        ),
    )

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("search synonym")
        verbose_name_plural = _("search synonyms")

    def __str__(self):
        return ", ".join(self.members())

    def members(self) -> list[str]:
        return list(dict.fromkeys(term.strip() for term in self.terms.split(",") if term.strip()))

    def clean(self):
        members = self.members()
        if not members:
            raise ValidationError({"terms": _("Enter at least one word or phrase.")})
        if any(len(member) > MAX_SYNONYM_LENGTH for member in members):
            raise ValidationError(
                {
                    "terms": _("Each word or phrase may have at most %(count)d characters.")
                    % {"count": MAX_SYNONYM_LENGTH}
                }
            )
