"""Demo accessibility statement, barrier report form, Leichte Sprache and sign-language pages,
in German and English.

The accessibility statement says what is true of the portal as it stands: there are no
sign-language videos yet (the sign-language page says so and holds none), the downloadable
PDFs are not checked (the demo's own are image-only), the Leichte Sprache texts have not been
read by a test group, and the assessment is the portal's own automated and manual testing.
"""

import datetime

from wagtail.models import Page

from accessibility.blocks import NON_COMPLIANCE
from accessibility.models import (
    AccessibilityStatementPage,
    AssessmentMethod,
    Conformance,
    EasyReadPage,
    SignLanguagePage,
)
from enquiries.models import FormField, FormPage

from ..context import translate_form_labels
from .privacy import page_of_type

TEAM = "portal-team@example.org"
CONTACT = "kontakt@example.org"
REVIEWED = datetime.date(2026, 12, 1)

# clean name: (German label, English label, field type, required)
REPORT_FIELDS = {
    "name": ("Name (freiwillig)", "Name (optional)", "singleline", False),
    "e_mail": ("E-Mail-Adresse für unsere Antwort", "E-mail address for our answer", "email", True),
    "seite": (
        "Auf welcher Seite? (Adresse oder Titel)",
        "On which page? (address or title)",
        "singleline",
        False,
    ),
    "barriere": (
        "Welche Barriere ist Ihnen aufgefallen?",
        "What barrier did you come across?",
        "multiline",
        True,
    ),
}

REPORT = {
    "de": {
        "title": "Barriere melden",
        "teaser": "Melden Sie uns Barrieren auf diesem Portal oder fragen Sie nach Inhalten in "
        "barrierefreier Form.",
        "intro": "<p>Beschreiben Sie, was Sie nicht nutzen konnten und wo. Wir antworten "
        "spätestens innerhalb eines Monats. Sie können uns auch eine E-Mail an "
        '<a href="mailto:kontakt@example.org">kontakt@example.org</a> schreiben.</p>',
        "thank_you_text": "<p>Vielen Dank für Ihre Meldung. Wir antworten Ihnen spätestens "
        "innerhalb eines Monats.</p>",
        "consent_text": "Ich bin einverstanden, dass das Portalteam meine Angaben speichert, um "
        "meine Meldung zu bearbeiten und mir zu antworten. Ich kann die Einwilligung "
        "jederzeit widerrufen.",
        "subject": "Neue Meldung einer Barriere",
    },
    "en": {
        "title": "Report a barrier",
        "teaser": "Tell us about barriers on this portal, or ask for content in an accessible "
        "form.",
        "intro": "<p>Describe what you could not use, and where. We answer within one month at "
        'the latest. You can also write an e-mail to <a href="mailto:kontakt@example.org">'
        "kontakt@example.org</a>.</p>",
        "thank_you_text": "<p>Thank you for your report. We will answer within one month at "
        "the latest.</p>",
        "consent_text": "I agree that the portal team stores my details to deal with my report "
        "and to answer me. I can withdraw my consent at any time.",
        "subject": "New barrier report",
    },
}

BARRIERS = {
    "de": [
        {
            "content": "Auf der Startseite fehlen Erklärungen in Deutscher Gebärdensprache (DGS) "
            "zu den Inhalten des Portals, zur Navigation, zu dieser Erklärung und zu "
            "weiteren Informationen in DGS.",
            "explanation": "Die Videos werden gerade produziert. Die Seite „Gebärdensprache“ ist "
            "eingerichtet und im Kopf jeder Seite verlinkt; sie enthält noch keine Videos.",
            "criteria": "BITV 2.0 § 4",
            "alternative": "Dieselben Informationen stehen in Leichter Sprache auf der Seite "
            "„Leichte Sprache“. Fragen beantworten wir schriftlich über das Formular "
            "„Barriere melden“.",
        },
        {
            "content": "Dokumente zum Herunterladen (PDF) in der Toolbox und in den "
            "Projektsteckbriefen sind nicht auf Barrierefreiheit geprüft. Einige haben keine "
            "Textebene und keine Struktur (Tags) und sind mit Screenreadern nicht lesbar.",
            "explanation": "Die Dokumente stammen aus Projekten und von Partnern. Sie werden "
            "nach und nach geprüft und durch barrierefreie Fassungen ersetzt.",
            "criteria": "WCAG 1.1.1, 1.3.1, 2.4.2; EN 301 549 Kapitel 10",
            "alternative": "Schreiben Sie uns über das Formular „Barriere melden“; wir senden "
            "Ihnen den Inhalt in einer barrierefreien Form, zum Beispiel als Text.",
        },
        {
            "content": "Die Texte in Leichter Sprache sind noch nicht von einer Prüfgruppe aus "
            "Menschen mit Lernschwierigkeiten geprüft.",
            "explanation": "Die Texte wurden nach den Regeln des Netzwerks Leichte Sprache "
            "geschrieben; die Prüfung durch die Zielgruppe steht noch aus.",
            "criteria": "BITV 2.0 § 4, Anlage 2 Teil 2",
            "alternative": "",
        },
    ],
    "en": [
        {
            "content": "The start page does not yet offer explanations in German Sign Language "
            "(DGS) of the portal's content, its navigation, this statement and further "
            "information in DGS.",
            "explanation": "The videos are being produced. The “Sign language” page is set up "
            "and linked from the header of every page; it holds no videos yet.",
            "criteria": "BITV 2.0 § 4",
            "alternative": "The same information is available in easy-to-read German and in "
            "English on the “Easy read” page (linked from the header). We answer questions in "
            "writing through the “Report a barrier” form.",
        },
        {
            "content": "Documents to download (PDF) in the toolbox and the project profiles "
            "have not been checked for accessibility. Some have no text layer and no "
            "structure (tags) and cannot be read with screen readers.",
            "explanation": "The documents come from projects and partners. They are being "
            "checked one by one and replaced with accessible versions.",
            "criteria": "WCAG 1.1.1, 1.3.1, 2.4.2; EN 301 549 chapter 10",
            "alternative": "Write to us through the “Report a barrier” form; we will send you "
            "the content in an accessible form, for example as text.",
        },
        {
            "content": "The texts in easy-to-read German have not yet been "
            "checked by a test group of people with learning difficulties.",
            "explanation": "The texts were written following the rules of the German "
            "easy-to-read network; the check by the target group is still to come.",
            "criteria": "BITV 2.0 § 4, annex 2 part 2",
            "alternative": "",
        },
    ],
}

STATEMENT = {
    "de": {
        "title": "Erklärung zur Barrierefreiheit",
        "teaser": "Wie barrierefrei dieses Portal ist, welche Barrieren wir kennen und wie Sie "
        "uns welche melden.",
        "intro": "<p>Die Beispiel-Transferstelle ist bemüht, das Portal Stadt.Klima.Wissen im "
        "Einklang mit dem Behindertengleichstellungsgesetz (BGG) und der "
        "Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) barrierefrei zugänglich zu "
        "machen. Diese Erklärung zur Barrierefreiheit gilt für alle Seiten des Portals in "
        "deutscher und englischer Sprache.</p>",
        "standard": "BITV 2.0 (EN 301 549 V3.2.1, WCAG 2.1 Stufe AA); geprüft auch gegen "
        "WCAG 2.2 Stufe AA",
        "measures": "<ul><li>Die Videos in Deutscher Gebärdensprache werden produziert und auf "
        "der Seite „Gebärdensprache“ veröffentlicht.</li><li>Die PDF-Dokumente werden geprüft "
        "und durch barrierefreie Fassungen ersetzt.</li><li>Die Texte in Leichter Sprache "
        "sollen von einer Prüfgruppe geprüft werden.</li></ul>",
        "assessment": "<p>Die Bewertung ist eine Selbstbewertung des Portalteams. Geprüft "
        "wurden alle Seitentypen in beiden Sprachen:</p><ul><li>automatisch mit axe-core nach "
        "den Regeln von WCAG 2.0, 2.1 und 2.2 auf den Stufen A und AA, auch die Formulare mit "
        "ihren Fehlermeldungen,</li><li>das HTML mit dem Nu Html Checker,</li><li>die "
        "Bedienung mit der Tastatur, ohne JavaScript und auf Bildschirmen von 320, 768 und "
        "1280 Pixel Breite,</li><li>die Zielgröße von Kontrollkästchen und Optionsfeldern "
        "(mindestens 24 × 24 Pixel).</li></ul><p>Nicht geprüft wurden der Redaktionsbereich "
        "und die Bedienung mit Screenreadern. Ein vollständiger BITV-Test durch eine externe "
        "Prüfstelle steht aus; es können weitere Barrieren bestehen.</p>",
        "arbitration_name": "Schlichtungsstelle nach dem Behindertengleichstellungsgesetz bei "
        "dem Beauftragten der Bundesregierung für die Belange von Menschen mit Behinderungen",
    },
    "en": {
        "title": "Accessibility statement",
        "teaser": "How accessible this portal is, which barriers we know of and how to report "
        "one to us.",
        "intro": "<p>The example transfer office is committed to making the portal "
        "Stadt.Klima.Wissen accessible in accordance with the German Disability Equality Act "
        "(BGG) and the Accessible Information Technology Ordinance (BITV 2.0). This "
        "accessibility statement applies to every page of the portal in German and "
        "English.</p>",
        "standard": "BITV 2.0 (EN 301 549 V3.2.1, WCAG 2.1 level AA); also assessed against "
        "WCAG 2.2 level AA",
        "measures": "<ul><li>The videos in German Sign Language are being produced and will "
        "be published on the “Sign language” page.</li><li>The PDF documents are being checked "
        "and replaced with accessible versions.</li><li>The texts in easy-to-read German are to be "
        "checked by a test group.</li></ul>",
        "assessment": "<p>The assessment is a self-assessment by the portal team. Every page "
        "type was tested in both languages:</p><ul><li>automatically with axe-core against "
        "the rules of WCAG 2.0, 2.1 and 2.2 at levels A and AA, the forms with their error "
        "messages included,</li><li>the HTML with the Nu Html Checker,</li><li>use with the "
        "keyboard, without JavaScript and on screens 320, 768 and 1280 pixels wide,</li>"
        "<li>the target size of checkboxes and radio buttons (at least 24 × 24 pixels).</li>"
        "</ul><p>The editing area and use with screen readers were not tested. A full BITV "
        "test by an external test body is still to come; there may be further barriers.</p>",
        "arbitration_name": "Conciliation body under the Disability Equality Act (Schlichtungsstelle "
        "BGG) at the Federal Government Commissioner for Matters relating to Persons with "
        "Disabilities",
    },
}

SIGN_LANGUAGE = {
    "de": {
        "title": "Gebärdensprache",
        "teaser": "Informationen über das Portal in Deutscher Gebärdensprache (DGS).",
        "intro": "<p>Auf dieser Seite erklären wir das Portal in Deutscher Gebärdensprache: "
        "was es enthält, wie Sie sich zurechtfinden, was in der {statement} steht und wie Sie "
        "uns erreichen.</p><p><strong>Die Videos werden gerade produziert. Sie sind noch nicht "
        "online.</strong></p><p>Bis dahin stehen diese Informationen als Text in {easy_read}. "
        "Fragen beantworten wir schriftlich über das Formular {report}.</p>",
        "links": ("Erklärung zur Barrierefreiheit", "Leichter Sprache", "„Barriere melden“"),
    },
    "en": {
        "title": "Sign language",
        "teaser": "Information about the portal in German Sign Language (DGS).",
        "intro": "<p>On this page we explain the portal in German Sign Language: what it "
        "contains, how to find your way, what the {statement} says and how to reach us.</p>"
        "<p><strong>The videos are being produced. They are not online yet.</strong></p><p>"
        "Until then, this information is available as text in {easy_read}. We answer "
        "questions in writing through the {report} form.</p>",
        "links": ("accessibility statement", "easy read", "“Report a barrier”"),
    },
}


def _link(page, text: str) -> str:
    return f'<a linktype="page" id="{page.pk}">{text}</a>'


def _section(heading: str, pictogram: str, *paragraphs: str) -> dict:
    text = "".join(p if p.startswith("<") else f"<p>{p}</p>" for p in paragraphs)
    value = {
        "heading": heading,
        "pictogram": pictogram,
        "image": None,
        "image_alt": "",
        "text": text,
    }
    return {"type": "section", "value": value}


def _word(word: str, explanation: str) -> dict:
    return {"type": "hard_word", "value": {"word": word, "explanation": explanation}}


def _easy_read_de(statement, report, sign) -> list[dict]:
    return [
        _section(
            "Willkommen",
            "portal",
            "Das ist die Internet-Seite <strong>Stadt.Klima.Wissen</strong>.",
            "Die Seite ist für Städte und Gemeinden.",
            "Und für alle Menschen, die sich für das Thema interessieren.",
            "Auf der Seite geht es um das Klima in der Stadt.",
        ),
        _word(
            "Klima-Wandel",
            "Das Wetter auf der Erde verändert sich.\nEs wird wärmer.\nEs gibt öfter starken "
            "Regen.\nUnd es gibt öfter lange keinen Regen.\nDas nennt man: Klima-Wandel.",
        ),
        _section(
            "Worum geht es?",
            "accessibility",
            "Den Klima-Wandel spürt man auch in den Städten.",
            "Im Sommer wird es in der Stadt sehr heiß.",
            "Bei starkem Regen laufen Straßen und Keller voll Wasser.",
            "Die Städte wollen sich davor schützen.",
            "Auf dieser Seite zeigen Städte, was sie dafür tun.",
            "So können andere Städte davon lernen.",
        ),
        _section(
            "Was finden Sie hier?",
            "news",
            "<ul><li><strong>Aktuelles</strong>: Hier stehen Nachrichten.</li>"
            "<li><strong>Veranstaltungen</strong>: Hier stehen Termine. Zum Beispiel für "
            "Treffen und Vorträge.</li>"
            "<li><strong>Projekte</strong>: Hier stehen Berichte über Projekte von Städten.</li>"
            "<li><strong>Toolbox</strong>: Das spricht man so: Tuul-box. Das Wort ist Englisch. "
            "Es heißt: Werkzeug-Kiste. Hier stehen Ideen und Anleitungen für Städte.</li>"
            "<li><strong>Kommunen</strong>: Hier stehen Städte und Gemeinden. Sie sind auf "
            "einer Karte und in einer Liste.</li></ul>",
        ),
        _section(
            "So finden Sie sich zurecht",
            "menu",
            "Oben auf jeder Seite ist ein blauer Streifen.",
            "Das ist das <strong>Menü</strong>.",
            "Dort klicken Sie auf ein Wort.",
            "Dann kommen Sie zu diesem Teil der Internet-Seite.",
            "Auf einem kleinen Bildschirm ist das Menü zusammen-geklappt.",
            "Dann klicken Sie zuerst auf das Wort: Menü.",
            "Ganz unten auf jeder Seite gibt es noch mehr Links.",
        ),
        _word(
            "Link",
            "Ein Link ist ein Wort auf einer Internet-Seite.\nSie klicken auf das Wort.\n"
            "Dann kommen Sie zu einer anderen Seite.",
        ),
        _section(
            "Suchen",
            "search",
            "Oben auf jeder Seite ist ein Feld zum Suchen.",
            "Dort schreiben Sie ein Wort hinein.",
            "Zum Beispiel: Hitze.",
            "Dann klicken Sie auf: Suchen.",
            "Dann sehen Sie alle Seiten zu diesem Wort.",
        ),
        _section(
            "Andere Sprache",
            "language",
            "Die Internet-Seite gibt es auf Deutsch und auf Englisch.",
            "Oben auf jeder Seite steht: <strong>English</strong>.",
            "Dort klicken Sie drauf.",
            "Dann sehen Sie die Seite auf Englisch.",
            "Oben steht auch: Leichte Sprache.",
            "Dort kommen Sie immer zu dieser Seite.",
        ),
        _section(
            "Gebärden-Sprache",
            "sign_language",
            "Es soll auch Filme in Deutscher Gebärden-Sprache geben.",
            "Die Filme werden gerade gemacht.",
            "Sie sind noch nicht fertig.",
            f"Die Filme kommen dann auf die Seite: {_link(sign, 'Gebärden-Sprache')}.",
        ),
        _section(
            "Barriere-Freiheit",
            "accessibility",
            "Wir wollen: Alle Menschen können diese Internet-Seite gut benutzen.",
            "Auch Menschen mit Behinderung.",
            "Das nennt man: Barriere-Freiheit.",
            "Dafür gibt es Regeln.",
            "Wir haben geprüft: Hält die Seite diese Regeln ein?",
            "Das Ergebnis ist: Die Seite hält viele Regeln ein.",
            "Aber nicht alle.",
            "Das ist noch nicht gut:",
            "<ul><li>Es gibt noch keine Filme in Gebärden-Sprache.</li>"
            "<li>Manche Dateien zum Herunter-Laden sind nicht barriere-frei.</li>"
            "<li>Die Texte in Leichter Sprache hat noch keine Prüf-Gruppe gelesen.</li></ul>",
            f"Das alles steht genau in der {_link(statement, 'Erklärung zur Barriere-Freiheit')}.",
            "Die Erklärung ist in schwerer Sprache.",
        ),
        _word(
            "Prüf-Gruppe",
            "Menschen mit Lern-Schwierigkeiten lesen einen Text in Leichter Sprache.\n"
            "Sie sagen: Ist der Text gut zu verstehen?\nDiese Menschen sind die Prüf-Gruppe.",
        ),
        _section(
            "Schreiben Sie uns",
            "mail",
            "Haben Sie etwas nicht verstanden?",
            "Oder funktioniert etwas auf der Seite nicht gut für Sie?",
            "Dann schreiben Sie uns.",
            f"Dafür gibt es ein Formular: {_link(report, 'Barriere melden')}.",
            "Sie können uns auch eine E-Mail schreiben.",
            f'An: <a href="mailto:{CONTACT}">{CONTACT}</a>',
            "Wir antworten Ihnen.",
            "Das dauert höchstens 1 Monat.",
        ),
        _section(
            "Hilfe bei Streit",
            "language",
            "Vielleicht antworten wir Ihnen nicht.",
            "Oder Sie sind mit der Antwort nicht zufrieden.",
            "Dann können Sie sich Hilfe holen.",
            "Bei der Schlichtungs-Stelle.",
            "Die Schlichtungs-Stelle hilft bei Streit über Barriere-Freiheit.",
            "Die Hilfe kostet nichts.",
            "Die Adresse steht in der Erklärung zur Barriere-Freiheit.",
        ),
    ]


def _easy_read_en(statement, report, sign) -> list[dict]:
    return [
        _section(
            "Welcome",
            "portal",
            "This is the website <strong>Stadt.Klima.Wissen</strong>.",
            "The website is for towns and cities.",
            "And for everyone who is interested in the subject.",
            "The website is about the climate in towns.",
        ),
        _word(
            "Climate change",
            "The weather on Earth is changing.\nIt is getting warmer.\nThere is heavy rain "
            "more often.\nAnd there is no rain for a long time more often.\nThis is called: "
            "climate change.",
        ),
        _section(
            "What is it about?",
            "accessibility",
            "Towns feel climate change too.",
            "In summer it gets very hot in town.",
            "In heavy rain, streets and cellars fill with water.",
            "Towns want to protect themselves from this.",
            "On this website, towns show what they do about it.",
            "Other towns can learn from this.",
        ),
        _section(
            "What can you find here?",
            "news",
            "<ul><li><strong>News</strong>: news stories.</li>"
            "<li><strong>Events</strong>: dates. For example for meetings and talks.</li>"
            "<li><strong>Projects</strong>: reports about projects in towns.</li>"
            "<li><strong>Toolbox</strong>: ideas and instructions for towns.</li>"
            "<li><strong>Municipalities</strong>: towns and cities. They are on a map and in a "
            "list.</li></ul>",
        ),
        _section(
            "How to find your way",
            "menu",
            "At the top of every page there is a blue strip.",
            "This is the <strong>menu</strong>.",
            "Click on a word there.",
            "Then you go to this part of the website.",
            "On a small screen the menu is folded away.",
            "Then click on the word Menu first.",
            "At the very bottom of every page there are more links.",
        ),
        _word(
            "Link",
            "A link is a word on a website.\nYou click on the word.\nThen you go to another page.",
        ),
        _section(
            "Search",
            "search",
            "At the top of every page there is a box for searching.",
            "Write a word into it.",
            "For example: heat.",
            "Then click on: Search.",
            "Then you see all pages about this word.",
        ),
        _section(
            "Other language",
            "language",
            "The website is in German and in English.",
            "At the top of every page it says: <strong>Deutsch</strong>.",
            "Click on it.",
            "Then you see the page in German.",
            "At the top it also says: Easy read.",
            "This always takes you to this page.",
        ),
        _section(
            "Sign language",
            "sign_language",
            "There will also be films in German Sign Language.",
            "The films are being made.",
            "They are not ready yet.",
            f"The films will be on the page: {_link(sign, 'Sign language')}.",
        ),
        _section(
            "Accessibility",
            "accessibility",
            "We want everyone to be able to use this website well.",
            "People with disabilities too.",
            "This is called: accessibility.",
            "There are rules for this.",
            "We have checked: does the website keep to these rules?",
            "The result is: the website keeps to many rules.",
            "But not to all of them.",
            "This is not good yet:",
            "<ul><li>There are no films in sign language yet.</li>"
            "<li>Some files to download are not accessible.</li>"
            "<li>No test group has read the easy-read texts yet.</li></ul>",
            f"All this is written in the {_link(statement, 'accessibility statement')}.",
            "The statement is in difficult language.",
        ),
        _word(
            "Test group",
            "People with learning difficulties read an easy-read text.\nThey say: is the text "
            "easy to understand?\nThese people are the test group.",
        ),
        _section(
            "Write to us",
            "mail",
            "Is there something you did not understand?",
            "Or does something on the website not work well for you?",
            "Then write to us.",
            f"There is a form for this: {_link(report, 'Report a barrier')}.",
            "You can also write us an e-mail.",
            f'To: <a href="mailto:{CONTACT}">{CONTACT}</a>',
            "We will answer you.",
            "It takes 1 month at most.",
        ),
        _section(
            "Help with a dispute",
            "language",
            "Maybe we do not answer you.",
            "Or you are not happy with the answer.",
            "Then you can get help.",
            "From the conciliation body.",
            "The conciliation body helps with disputes about accessibility.",
            "The help is free.",
            "The address is in the accessibility statement.",
        ),
    ]


def _report_form(ctx, privacy):
    home = ctx.homes["de"]
    fields = {**REPORT["de"], "to_address": TEAM, "privacy_page": privacy}
    if not FormPage.objects.child_of(home).filter(slug="barriere-melden").exists():
        # Fields only on creation: rebuilding them would change their keys and translations.
        fields["form_fields"] = [
            FormField(label=de, field_type=kind, required=required, clean_name=name)
            for name, (de, _en, kind, required) in REPORT_FIELDS.items()
        ]
    german = ctx.page(home, FormPage, "barriere-melden", **fields)
    english = ctx.translation(german, "report-a-barrier", **REPORT["en"])
    translate_form_labels(english, {name: en for name, (_de, en, *_rest) in REPORT_FIELDS.items()})
    return german, english


def _barriers(language: str) -> list[dict]:
    return [
        {"type": "barrier", "value": {**barrier, "reason": NON_COMPLIANCE}}
        for barrier in BARRIERS[language]
    ]


def _sign_intro(language: str, statement, easy_read, report) -> str:
    spec = SIGN_LANGUAGE[language]
    texts = dict(zip(("statement", "easy_read", "report"), spec["links"], strict=True))
    return spec["intro"].format(
        statement=_link(statement, texts["statement"]),
        easy_read=_link(easy_read, texts["easy_read"]),
        report=_link(report, texts["report"]),
    )


def load(ctx):
    privacy = Page.objects.filter(slug="datenschutz", locale=ctx.locales["de"], depth=3).first()
    report_de, report_en = _report_form(ctx, privacy)
    shared = {
        "conformance": Conformance.PARTIAL,
        "prepared_on": REVIEWED,
        "assessed_on": REVIEWED,
        "assessment_method": AssessmentMethod.SELF,
        "last_reviewed": REVIEWED,
        "feedback_page": report_de,
        "contact_email": CONTACT,
    }
    statement_de, statement_en = page_of_type(
        ctx,
        AccessibilityStatementPage,
        "barrierefreiheit",
        "accessibility",
        {**STATEMENT["de"], **shared, "barriers": _barriers("de")},
        {**STATEMENT["en"], "barriers": _barriers("en")},
    )
    # The sign-language page first (with its intro linking pages that exist), then the easy
    # read page linking it, then the sign-language intro with its link to the easy read page.
    sign_spec = {
        lang: {"title": s["title"], "teaser": s["teaser"]} for lang, s in SIGN_LANGUAGE.items()
    }
    sign_de, sign_en = page_of_type(
        ctx, SignLanguagePage, "gebaerdensprache", "sign-language", sign_spec["de"], sign_spec["en"]
    )
    easy_de, easy_en = page_of_type(
        ctx,
        EasyReadPage,
        "leichte-sprache",
        "easy-read",
        {
            "title": "Leichte Sprache",
            "teaser": "Hier erklären wir das Portal in Leichter Sprache.",
            "body": _easy_read_de(statement_de, report_de, sign_de),
        },
        {
            "title": "Easy read",
            "teaser": "Here we explain the portal in easy-to-read English.",
            "body": _easy_read_en(statement_en, report_en, sign_en),
        },
    )
    page_of_type(
        ctx,
        SignLanguagePage,
        "gebaerdensprache",
        "sign-language",
        {**sign_spec["de"], "intro": _sign_intro("de", statement_de, easy_de, report_de)},
        {**sign_spec["en"], "intro": _sign_intro("en", statement_en, easy_en, report_en)},
    )
