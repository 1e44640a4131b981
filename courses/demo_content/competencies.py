"""The competency framework for the demo: pure data, loaded into Competency snippets by the demo loader.

Every quiz question, course and confidence rating is tagged with one of these slugs. Slugs are stable
references; names and descriptions are editable by staff once loaded.
"""

COMPETENCIES = [
    {
        "slug": "recognising-signs",
        "name": "Recognising signs and indicators",
        "description": (
            "Notice the signs that a child may be being sexually exploited, and know that small signs seen "
            "by different people can add up to a pattern."
        ),
    },
    {
        "slug": "models-of-exploitation",
        "name": "Understanding models of exploitation",
        "description": (
            "Explain what child sexual exploitation is, why a child cannot consent to it, and the different "
            "ways it happens, including its links with criminal exploitation and county lines."
        ),
    },
    {
        "slug": "responding-to-disclosure",
        "name": "Responding to a disclosure",
        "description": (
            "Listen calmly when a child tells you something, without promising secrecy or asking leading "
            "questions, and pass it on straight away."
        ),
    },
    {
        "slug": "reporting-and-referral",
        "name": "Reporting and referral",
        "description": (
            "Know the local route for a worry about a child, from your safeguarding lead to 999 in an "
            "emergency, and what to do if you are still worried."
        ),
    },
    {
        "slug": "recording-and-sharing",
        "name": "Recording and sharing information",
        "description": (
            "Write a clear, factual record in the child's own words and share it safely with the people "
            "who need to know."
        ),
    },
    {
        "slug": "online-exploitation",
        "name": "Online exploitation",
        "description": (
            "Recognise online grooming and image-based abuse, how online contact can lead to meeting in "
            "person, and what to do if you are shown an image."
        ),
    },
    {
        "slug": "missing-children",
        "name": "The link with missing children",
        "description": (
            "Understand why a child going missing from home, care or school is a key warning sign, and "
            "report every absence that worries you."
        ),
    },
    {
        "slug": "trauma-informed-practice",
        "name": "Trauma-informed practice",
        "description": (
            "Respond to children in a way that builds safety and trust, and see their behaviour as a "
            "possible sign of what has happened to them."
        ),
    },
    {
        "slug": "appropriate-language",
        "name": "Appropriate, non-blaming language",
        "description": (
            "Describe what is being done to a child, never what the child supposedly chose, in what you "
            "say and what you write."
        ),
    },
]
