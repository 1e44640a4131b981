"""The content guide's "Language that does not blame the child" table as phrases to avoid, one row
split into one phrase each. Staff edit them afterwards; this never overwrites a phrase that exists."""

from django.db import migrations

CHOICE = "Implies the child chose it or made a trade. A child cannot consent to their own abuse."
BLAME = "Puts the responsibility on the child, not on the people exploiting them."
JUDGE = "Judges the child. Describe what was done to them instead."
CONSENT = "A child cannot consent to their own abuse. These words hide the grooming and blame the child."
FRAMING = (
    "Repeats the abuser's framing of the abuse. To name the model of exploitation, put the word in "
    "quotation marks: older “boyfriend”."
)
MISSING = "Blames the child. A child who goes missing may be being drawn away by people who exploit them."
CRIME = "Used of an adult and a child, it hides the crime. Name what happened."

RULES = [
    ("child prostitute", CHOICE, "child who is being sexually exploited", ""),
    ("child prostitution", CHOICE, "child sexual exploitation", ""),
    ("child sex worker", CHOICE, "child who is being sexually exploited", ""),
    (
        "selling sex",
        CHOICE,
        "is being sexually exploited",
        "cannot sell sex\ncan't sell sex\ncan not sell sex\nunable to sell sex",
    ),
    ("putting herself/himself/themselves at risk", BLAME, "is at risk of exploitation; is being exploited", ""),
    ("risky behaviour/behavior", BLAME, "is at risk of exploitation; is being exploited", ""),
    ("lifestyle choice", BLAME, "is being exploited", ""),
    ("promiscuous", JUDGE, "describe the abuse: is being sexually abused", ""),
    ("sexually active", JUDGE + " Flagged when it is said of an exploited child.", "describe the abuse: is being sexually abused", ""),
    (
        "consented/consenting",
        CONSENT + " Other forms are not matched, so “consent” (as in “a child cannot consent”) is not flagged.",
        "was coerced; was groomed; was manipulated",
        "",
        False,
    ),
    ("agreed to", CONSENT, "was coerced into; was groomed into; was manipulated into", ""),
    ("willing", CONSENT + " Whole words only: “unwilling” is not flagged.", "was coerced; was groomed; was manipulated", ""),
    ("willingly", CONSENT, "was coerced; was groomed; was manipulated", ""),
    (
        "boyfriend",
        FRAMING,
        "the older person who is exploiting them; the perpetrator",
        "",
    ),
    (
        "girlfriend",
        FRAMING,
        "the older person who is exploiting them; the perpetrator",
        "",
    ),
    (
        "in a relationship with",
        FRAMING
        + " “Relationship” on its own is not listed, so teaching about healthy relationships is not flagged;"
        " the phrase is flagged where it describes a child and the person abusing them.",
        "is being exploited by; the person exploiting them",
        "",
    ),
    ("sexual relationship", FRAMING + " A child and an abuser do not have a relationship.", "sexual abuse", ""),
    ("chooses to go missing", MISSING, "went missing; is being drawn away", ""),
    ("absconded", MISSING, "went missing; is being drawn away", ""),
    ("sex with", CRIME, "raped; sexually abused", ""),
]


def seed(apps, schema_editor):
    LanguageRule = apps.get_model("language", "LanguageRule")
    existing = {phrase.lower() for phrase in LanguageRule.objects.values_list("phrase", flat=True)}
    rules = []
    for phrase, why, suggestion, exceptions, *word_forms in RULES:
        if phrase.lower() in existing:
            continue
        rules.append(
            LanguageRule(
                phrase=phrase,
                why=why,
                suggestion=suggestion,
                exceptions=exceptions,
                match_word_forms=word_forms[0] if word_forms else True,
                active=True,
            )
        )
    LanguageRule.objects.bulk_create(rules)


class Migration(migrations.Migration):
    dependencies = [("language", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
