"""The portal's own vocabulary, and "Did you mean …?" built from it.

Every indexed page adds its words (folded, with a spelling to show), its compound parts and
its terms (stems) to ``SearchWord``; only words with a spelling are offered as corrections,
the others only make a word known ("Kommunen" is no typo when a page says "Kommune"). A query word of five or more letters that is not in the vocabulary is corrected
to the known word one edit away (a letter wrong, missing, added, or two letters swapped) that
the most pages use. Between full rebuilds the page counts only grow, so they rank corrections
without being exact; a correction is offered only when it finds pages.
"""

from collections import Counter

from django.db import transaction

from core import memo

from .analysis import stem, surface
from .models import SearchWord

MIN_TYPO_LENGTH = 5
MAX_WORD_LENGTH = 40
CHUNK = 500  # parameters per query, well below every database's limit


def _usable(word: str) -> bool:
    return 3 <= len(word) <= MAX_WORD_LENGTH and word.isalpha()


def _unspelled(terms) -> set[str]:
    """A document's compound parts and terms, which make words known without a spelling."""
    return {word for word in terms.parts | terms.match if _usable(word)}


def add(language: str, terms) -> None:
    """Adds a document's words and parts (``analysis.DocumentTerms``) to the vocabulary."""
    words = {word: spelling for word, spelling in terms.words.items() if _usable(word)}
    parts = {part for part in _unspelled(terms) if part not in words}
    with transaction.atomic():
        SearchWord.objects.bulk_create(
            [SearchWord(language=language, word=word, spelling=words[word]) for word in words],
            update_conflicts=True,
            unique_fields=["language", "word"],
            update_fields=["spelling"],
            batch_size=CHUNK,
        )
        SearchWord.objects.bulk_create(
            [SearchWord(language=language, word=part) for part in parts],
            ignore_conflicts=True,
            batch_size=CHUNK,
        )


class Recount:
    """Exact counts for a full rebuild: documents are added one by one, then ``save``
    replaces the vocabulary."""

    def __init__(self):
        self.counts, self.spellings = Counter(), {}

    def add(self, language: str, terms) -> None:
        for word, spelling in terms.words.items():
            if _usable(word):
                self.counts[(language, word)] += 1
                self.spellings.setdefault((language, word), spelling)
        for part in _unspelled(terms):
            if part not in terms.words:
                self.counts[(language, part)] += 1

    def save(self) -> None:
        rows = [
            SearchWord(
                language=language,
                word=word,
                spelling=self.spellings.get((language, word), ""),
                documents=count,
            )
            for (language, word), count in self.counts.items()
        ]
        with transaction.atomic():
            SearchWord.objects.all().delete()
            SearchWord.objects.bulk_create(rows, batch_size=CHUNK)


def edits(word: str) -> set[str]:
    """Every word one edit away: a letter deleted, swapped with the next, replaced or added."""
    letters = sorted(set("abcdefghijklmnopqrstuvwxyz") | set(word))
    splits = [(word[:index], word[index:]) for index in range(len(word) + 1)]
    deleted = {left + right[1:] for left, right in splits if right}
    swapped = {left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1}
    replaced = {left + letter + right[1:] for left, right in splits if right for letter in letters}
    added = {left + letter + right for left, right in splits for letter in letters}
    return (deleted | swapped | replaced | added) - {word}


def _known(language: str, candidates) -> dict[str, tuple[str, int]]:
    """word -> (spelling, documents) for the candidates in the vocabulary."""
    candidates = sorted(candidates)
    found = {}
    for start in range(0, len(candidates), CHUNK):
        rows = SearchWord.objects.filter(
            language=language, word__in=candidates[start : start + CHUNK]
        ).values_list("word", "spelling", "documents")
        found.update({word: (spelling, documents) for word, spelling, documents in rows})
    return found


def corrections(words, language: str) -> dict[str, str]:
    """Query word -> the spelling of its correction, for the words the vocabulary lacks
    (worked out once per request: the search page searches more than once)."""
    words = tuple(surface(word) for word in words)
    return memo.remember(("search.corrections", language, words), lambda: _correct(words, language))


def _correct(words, language: str) -> dict[str, str]:
    long_words = [word for word in words if len(word) >= MIN_TYPO_LENGTH and _usable(word)]
    if not long_words:
        return {}
    known = _known(language, {*long_words, *(stem(word, language) for word in long_words)})
    unknown = [
        word for word in long_words if word not in known and stem(word, language) not in known
    ]
    candidates = {word: edits(word) for word in unknown}
    found = _known(language, set().union(*candidates.values())) if candidates else {}
    result = {}
    for word, options in candidates.items():
        spelled = [
            (found[o][1], -abs(len(o) - len(word)), o) for o in options if found.get(o, ("",))[0]
        ]
        if spelled:
            best = max(spelled)[2]
            result[word] = found[best][0]
    return result
