"""Writes ``de.txt``, the German word list the compound splitter uses (``search.analysis``).

The words and their Zipf frequencies come from wordfreq (a maintained word-frequency list
built from subtitles, Wikipedia, books, news and the web; data licence CC BY-SA 4.0). Only
words at or above ``MIN_ZIPF`` are kept (about 82,000), folded the way the search folds text,
so the file is small, loads in a few milliseconds and needs nothing but Python at run time.
Run ``make lexicon`` after upgrading wordfreq; the file is committed.
"""

import math
from importlib.metadata import version
from pathlib import Path

import wordfreq

from search.text import normalise

MIN_ZIPF = 2.5
TARGET = Path(__file__).with_name("de.txt")


def main() -> None:
    frequencies = wordfreq.get_frequency_dict("de", wordlist="large")
    words: dict[str, float] = {}
    for word, frequency in frequencies.items():
        zipf = math.log10(frequency * 1e9)
        folded = normalise(word, "de")
        if zipf >= MIN_ZIPF and len(folded) >= 3 and folded.isalpha():
            words[folded] = max(words.get(folded, 0.0), round(zipf, 1))
    header = (
        f"# German words with their Zipf frequency (>= {MIN_ZIPF}), folded as the search folds.\n"
        f"# From wordfreq {version('wordfreq')} (CC BY-SA 4.0); rebuilt by `make lexicon`.\n"
    )
    lines = "".join(f"{word} {words[word]}\n" for word in sorted(words))
    TARGET.write_text(header + lines, encoding="utf-8")
    print(f"{len(words)} words written to {TARGET}")  # noqa: T201


if __name__ == "__main__":
    main()
