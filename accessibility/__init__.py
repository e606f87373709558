"""What BITV 2.0 asks of a public body's website beyond WCAG: the accessibility statement
(§ 7, the EU model statement), Leichte Sprache and German Sign Language pages (§ 4) reached
from the header of every page."""
