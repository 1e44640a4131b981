"""Demo course: child sexual exploitation awareness for taxi and private hire drivers. Pure data, no Django.

Many licensing authorities make safeguarding training a condition of a driver's licence. Many drivers
read English as a second language, so the text uses short sentences and everyday words. The demo
loader turns COURSE into a CoursePage with LessonPage children (body entries are (block type, value)
pairs for courses.blocks.LessonStreamBlock) and QUESTIONS into the question bank.

Wording follows shared/content-guide.md. Words the guide tells us to avoid appear only inside
quotation marks where we teach what to say instead: the "Use the right words" accordion and the model
name older "boyfriend" in lesson 1, and the wrong choices of questions tagged appropriate-language.
Everything here is our own wording. Facts about Rotherham come from the Jay report (2014) and the Casey
report (2015); the case study is a composite and describes no real child or driver.
"""

ALL_SECTORS = ["school", "practitioner", "taxi", "hotel", "night_time"]

# ---------------------------------------------------------------------------------------------------
# Lesson 1
# ---------------------------------------------------------------------------------------------------

LESSON_WHAT_IT_IS = {
    "title": "What child sexual exploitation is",
    "slug": "what-child-sexual-exploitation-is",
    "estimated_minutes": 5,
    "summary": "What child sexual exploitation is, how it happens, and why taxi drivers can help to stop it.",
    "body": [
        (
            "rich_text",
            "<h2>What it means</h2>"
            "<p>Child sexual exploitation is a kind of child sexual abuse. We call it CSE for short.</p>"
            "<p>It happens when an adult, or a group of adults, uses their power over a child to make the "
            "child do sexual things. First the abuser often gives the child something. It may be money, "
            "drugs, alcohol, food, a phone, a place to stay or a free ride. Later the abuser says the child "
            "owes them.</p>"
            "<p>A child is anyone under 18. This includes young people who are 16 or 17.</p>"
            "<h2>A child cannot consent to their own abuse</h2>"
            "<p>The child may look happy. They may say the man is their friend. They may say they want to "
            "go. This does not make it OK. Abusers trick children, and make them scared. The adult is "
            "always to blame, never the child.</p>"
            "<p>It is never a trade. If an adult gives a child money, drugs or a lift to get sexual "
            "things, that is abuse.</p>"
            "<h2>How it happens</h2>"
            "<ul>"
            "<li><b>A group of adults</b> pass a child between them. They take the child to houses, flats, "
            "hotels or “parties”, sometimes in other towns. This is called organised or network abuse.</li>"
            "<li><b>An older person</b> pretends to be the child's “boyfriend” or “girlfriend”. This is a "
            "trick to control the child.</li>"
            "<li><b>Someone online</b> talks to a child on a game or an app, then asks to meet.</li>"
            "<li><b>Other young people</b>, sometimes in a gang, put pressure on a child. This is called "
            "peer-on-peer or child-on-child abuse.</li>"
            "</ul>"
            "<h2>Drugs and county lines</h2>"
            "<p>Some gangs use children to carry drugs and money from one town to another. This is called "
            "county lines. It is also exploitation. These children are often sexually abused too. This "
            "happens to boys as well as girls. A child who carries drugs is still a victim.</p>"
            "<h2>Why this matters for taxi drivers</h2>"
            "<p>People who exploit children need to move them around. They use cars, and sometimes they use "
            "taxis and private hire cars.</p>"
            "<p>The Jay report (2014) found that at least 1,400 children were sexually exploited in "
            "Rotherham between 1997 and 2013. It found that some taxi drivers played a part in the abuse. "
            "It said this was a common thread in other places in England too. The Casey report (2015) found "
            "that Rotherham council had not used taxi licensing well enough to keep children safe.</p>"
            "<p>Most drivers are honest and want to help. You see things that few other people see. You "
            "can be the eyes and ears that help to stop abuse.</p>"
            "<h2>Use the right words</h2>"
            "<p>The words we use matter. Some words blame the child. When you talk to the police, just say "
            "what you saw and heard.</p>",
        ),
        (
            "accordion",
            {
                "sections": [
                    {
                        "heading": "Say “a child who is being sexually exploited”",
                        "body": (
                            "<p>Do not say “child prostitute”, “child sex worker” or “selling sex”. These words "
                            "make it sound like a job. It is abuse.</p>"
                        ),
                    },
                    {
                        "heading": "Say “the man who is exploiting her”",
                        "body": ("<p>Do not say “her boyfriend”. That is what the abuser wants people to think.</p>"),
                    },
                    {
                        "heading": "Say “she is at risk of exploitation”",
                        "body": (
                            "<p>Do not say “she is putting herself at risk” or “it is her lifestyle choice”. "
                            "The danger comes from the abusers, not from the child.</p>"
                        ),
                    },
                    {
                        "heading": "Say “she was abused” or “she was raped”",
                        "body": (
                            "<p>Do not say “she agreed to it” or “she had sex with him”. A child cannot "
                            "consent to abuse. Do not call a child “promiscuous”.</p>"
                        ),
                    },
                    {
                        "heading": "Say “he went missing”",
                        "body": (
                            "<p>Do not say “he absconded” or “he chose to go missing”. People who exploit "
                            "children often draw them away from home.</p>"
                        ),
                    },
                ]
            },
        ),
        (
            "report_it_here",
            {
                "heading": "Report it here",
                "intro": (
                    "If a child is in danger right now, call 999. If it is not an emergency, call 101. These "
                    "are the other numbers for where you drive."
                ),
            },
        ),
    ],
}

# ---------------------------------------------------------------------------------------------------
# Lesson 2
# ---------------------------------------------------------------------------------------------------

LESSON_SIGNS = {
    "title": "Signs you might see in your car",
    "slug": "signs-you-might-see-in-your-car",
    "estimated_minutes": 6,
    "summary": "The warning signs a driver may see at a pick-up, during a journey or at a drop-off.",
    "body": [
        (
            "rich_text",
            "<p>You do not need to be sure that a child is being exploited. One thing on its own may mean "
            "very little. But the police may already have other reports. What you saw may be the missing "
            "piece that helps them see what is happening.</p>",
        ),
        (
            "callout",
            {
                "style": "warning",
                "heading": "Warning signs",
                "body": (
                    "<ul>"
                    "<li>A young person picked up late at night from a hotel, a house party or a flat, with "
                    "older men</li>"
                    "<li>An adult pays cash for a child's journey, but does not travel with them</li>"
                    "<li>Long journeys between towns at odd hours, for a child alone or with adults</li>"
                    "<li>A child who seems drunk or drugged, very sleepy or confused</li>"
                    "<li>A child who does not know where they are, or where they are going</li>"
                    "<li>The same adult books rides for different girls or boys, again and again</li>"
                    "<li>A child who looks scared, or has injuries</li>"
                    "<li>A child with lots of cash, new phones or more than one phone</li>"
                    "<li>An adult who answers for the child, or tells them what to say</li>"
                    "<li>A child going to meet someone they only know from the internet</li>"
                    "<li>A child who holds on tight to a bag, on a long trip to another town</li>"
                    "</ul>"
                ),
            },
        ),
        (
            "rich_text",
            "<h2>A child who seems drunk or drugged</h2>"
            "<p>Abusers give children alcohol or drugs. It makes the child easier to control and harder to "
            "believe. A child who is drunk is not to blame. They are in danger and need help.</p>"
            "<h2>A child who does not know where they are</h2>"
            "<p>A child may ask you, “What town is this?” They may not know the address they are going to. "
            "This can mean they are being moved from place to place by people who exploit them.</p>"
            "<h2>A child who is missing</h2>"
            "<p>Going missing from home or care is one of the biggest warning signs. While a child is "
            "missing, they may be with the people who are abusing them. A child out alone very late, far "
            "from home, may be missing.</p>",
        ),
        (
            "case_study",
            {
                "title": "The Friday night bookings",
                "story": (
                    "<p>Tom drives private hire at night. He noticed that the same account booked a car most "
                    "Fridays at midnight. Each time the passenger was a different teenage girl. Each time "
                    "the pick-up was a retail park and the drop-off was the same house in another town. A "
                    "man at the door paid in cash. One girl asked Tom, “Where are we?”</p>"
                    "<p>Tom did not say anything to the man. After each trip he wrote down the date, the "
                    "times, the addresses and what the girls looked like. He called 101 and told his "
                    "operator. The operator gave the police the booking details. The police linked Tom's "
                    "report to other reports about the same house, and the girls were protected.</p>"
                ),
                "learning_points": [
                    "Tom did not need to be sure. He reported what he saw.",
                    "Dates, times and addresses helped the police most.",
                    "The operator's booking records helped the police find the man.",
                    "Tom kept himself safe. He did not confront anyone.",
                ],
                "source": "A composite case written for this course. It does not describe a real child or driver.",
            },
        ),
        (
            "scenario",
            {
                "title": "What would you do?",
                "situation": (
                    "<p>It is 1am. You pick up from a hotel. A man in his forties puts a girl of about 14 "
                    "into your car. She looks very sleepy. He gives you £80 in cash for a trip to a house in "
                    "another town. He says, “Don't ask her any questions.”</p>"
                ),
                "options": [
                    {
                        "text": "Drive her there. The trip is paid for and it is not your business.",
                        "is_best": False,
                        "feedback": (
                            "This child may be in danger right now. A late trip, a sleepy child and cash from "
                            "an older man are warning signs."
                        ),
                    },
                    {
                        "text": "Tell the man you know what he is doing and that you are calling the police.",
                        "is_best": False,
                        "feedback": (
                            "Do not confront him. It could put you and the girl in danger, and he may take her "
                            "away in another car."
                        ),
                    },
                    {
                        "text": (
                            "When it is safe, call 999. Say where you are, describe the girl and the man, and "
                            "give the address. Do what the police tell you."
                        ),
                        "is_best": True,
                        "feedback": (
                            "Yes. A child may be in danger now, so call 999. The police will tell you what to "
                            "do. Write down the details and tell your operator after."
                        ),
                    },
                    {
                        "text": "Drive her there, then tell another driver about it later.",
                        "is_best": False,
                        "feedback": ("Telling another driver does not protect her. The police need to know, and fast."),
                    },
                ],
            },
        ),
        (
            "report_it_here",
            {
                "heading": "Report it here",
                "intro": (
                    "If a child is in danger right now, call 999. If it is not an emergency, call 101. Then "
                    "tell your operator. These are the other numbers for where you drive."
                ),
            },
        ),
    ],
}

# ---------------------------------------------------------------------------------------------------
# Lesson 3
# ---------------------------------------------------------------------------------------------------

LESSON_WHAT_TO_DO = {
    "title": "What to do if you are worried",
    "slug": "what-to-do-if-you-are-worried",
    "estimated_minutes": 5,
    "summary": "How to stay safe, what to write down, who to call, and what to do if a child tells you something.",
    "body": [
        (
            "rich_text",
            "<h2>Keep yourself and the child safe</h2>"
            "<ul>"
            "<li>Do not confront the adult.</li>"
            "<li>Do not follow anyone.</li>"
            "<li>Do not take photos of the child or post anything online.</li>"
            "<li>Stay calm and act normally.</li>"
            "</ul>"
            "<h2>Write it down</h2>"
            "<p>Write down what you can, as soon as it is safe:</p>"
            "<ul>"
            "<li>the date and time</li>"
            "<li>the pick-up and drop-off addresses</li>"
            "<li>what the child and the adults look like: age, height, hair, clothes</li>"
            "<li>any names or nicknames you heard</li>"
            "<li>the registration, make and colour of any other car</li>"
            "<li>what people said, in their own words</li>"
            "</ul>"
            "<p>Your operator has the booking details, such as the account and phone number. The police "
            "can ask them for these.</p>",
        ),
        (
            "callout",
            {
                "style": "important",
                "heading": "Who to call",
                "body": (
                    "<ul>"
                    "<li><b>999</b> if a child is in danger right now.</li>"
                    "<li><b>101</b> if it is not an emergency. For example, you saw something last week.</li>"
                    "<li><b>Crimestoppers on 0800 555 111</b> if you do not want to give your name. This is "
                    "not for emergencies.</li>"
                    "<li><b>Your operator and the council's licensing team</b>, after you have told the "
                    "police.</li>"
                    "</ul>"
                    "<p>The law on data protection does not stop you telling the police what you know to "
                    "keep a child safe.</p>"
                ),
            },
        ),
        (
            "rich_text",
            "<h2>If a child tells you something</h2>"
            "<ul>"
            "<li>Stay calm and listen.</li>"
            "<li>Do not promise to keep it a secret. You can say: “I can't keep this a secret. I want to "
            "help keep you safe.”</li>"
            "<li>Do not ask lots of questions. If you need to, just say “Tell me more.”</li>"
            "<li>Call the police. Call 999 if the child is in danger now.</li>"
            "<li>Write down what the child said, in their words.</li>"
            "</ul>"
            "<h2>A child who is scared or angry</h2>"
            "<p>A child who is being abused may be rude, angry or silent. This may be how they cope. Stay "
            "calm and kind. Do not tell them off for being out late. Tell them what you are doing, for "
            "example: “I'm going to call someone who can help you.”</p>",
        ),
        (
            "callout",
            {
                "style": "tip",
                "heading": "Three ideas that help a scared child",
                "body": (
                    "<ul>"
                    "<li><b>Safety:</b> help the child feel safe. Speak calmly and keep your distance.</li>"
                    "<li><b>Trust and transparency:</b> be honest and open. Say what you will do, then do it.</li>"
                    "<li><b>Empowerment:</b> give the child a say. Ask, “Is there someone safe I can call "
                    "for you?”</li>"
                    "</ul>"
                    "<p>Do not push a child to tell you everything. Let the police and other services do "
                    "that.</p>"
                ),
            },
        ),
        (
            "rich_text",
            "<h2>A child with no money, late at night</h2>"
            "<p>Never ask a child for anything instead of the fare. Do not leave a child alone in an unsafe "
            "place late at night. Call your operator or the police for help.</p>",
        ),
        (
            "scenario",
            {
                "title": "What would you do?",
                "situation": (
                    "<p>It is 11pm. A girl of about 13 waves you down near the bus station. She is crying. "
                    "She says she has left her care home and wants to go to a man's flat in another town. "
                    "She has no money. She says, “He'll pay you when we get there.”</p>"
                ),
                "options": [
                    {
                        "text": "Take her to the flat. The man will pay, and she will be off the street.",
                        "is_best": False,
                        "feedback": (
                            "She may be missing, and the man may be exploiting her. Driving her there could "
                            "take her straight to harm."
                        ),
                    },
                    {
                        "text": "Tell her you can't help, and drive away.",
                        "is_best": False,
                        "feedback": (
                            "A 13-year-old alone and upset at night is in danger. Do not leave her on her own."
                        ),
                    },
                    {
                        "text": (
                            "Tell her kindly you can't take her there. Stay near her in a bright, public place "
                            "and call 999."
                        ),
                        "is_best": True,
                        "feedback": (
                            "Yes. She may be missing and at risk of harm tonight. The police can keep her safe. "
                            "Tell your operator after."
                        ),
                    },
                    {
                        "text": "Ask her lots of questions about the man and what he does to her.",
                        "is_best": False,
                        "feedback": (
                            "Do not push her. Listen if she talks, but call the police. They will take it from there."
                        ),
                    },
                ],
            },
        ),
        (
            "report_it_here",
            {
                "heading": "Report it here",
                "intro": (
                    "Say that you are a taxi or private hire driver and that you are worried about a child. "
                    "Give the details you wrote down. If a child is in danger right now, call 999. These are "
                    "the other numbers for where you drive."
                ),
            },
        ),
    ],
}

# ---------------------------------------------------------------------------------------------------
# Lesson 4
# ---------------------------------------------------------------------------------------------------

LESSON_YOUR_LICENCE = {
    "title": "Your licence and your responsibilities",
    "slug": "your-licence-and-your-responsibilities",
    "estimated_minutes": 3,
    "summary": "Why safeguarding is part of your licence, how to keep it professional, and reporting other drivers.",
    "body": [
        (
            "rich_text",
            "<h2>Why this is part of your licence</h2>"
            "<p>Your council gives you a licence only if it thinks you are a “fit and proper” person. "
            "Children and parents trust taxis and private hire cars to keep them safe.</p>"
            "<p>The Department for Transport's statutory standards for taxi and private hire licensing "
            "(2020) say that councils should make sure drivers have safeguarding training. That is why many "
            "councils ask you to do a course like this one.</p>"
            "<h2>You are the eyes and ears</h2>"
            "<p>You drive at night. You go to hotels, parties and homes. You see who gets in and who pays. "
            "Few other people see this. What you notice can help the police to protect a child.</p>"
            "<h2>Keep it professional</h2>"
            "<p>Abusers have used the trust people give to drivers. Never put yourself in a position where "
            "a child depends on you in secret. With every young passenger:</p>"
            "<ul>"
            "<li>Do not give them your own phone number, or add them on social media.</li>"
            "<li>Do not give free rides, gifts, alcohol, cigarettes or drugs.</li>"
            "<li>Never ask for anything else if they cannot pay.</li>"
            "<li>Take them only where the booking says. If they ask to go somewhere that worries you, call "
            "your operator or the police.</li>"
            "<li>Do not make sexual comments or jokes.</li>"
            "<li>If you drive children on a school contract, follow the contract's rules.</li>"
            "</ul>",
        ),
        (
            "callout",
            {
                "style": "warning",
                "heading": "If you see another driver doing this",
                "body": (
                    "<p>You may see a driver who gives free rides to young girls or boys, gives them "
                    "cigarettes or alcohol, or takes them to parties. This could be grooming. Report it to "
                    "the police and to the council's licensing team. It protects children, and it protects "
                    "the many honest drivers.</p>"
                ),
            },
        ),
        (
            "rich_text",
            "<h2>What happens after you report</h2>"
            "<p>The police may call you to ask more. They may put your report together with other reports. "
            "You may never hear what happened. That is normal. It does not mean your report did not help. "
            "If you see something again, report it again.</p>",
        ),
        (
            "report_it_here",
            {
                "heading": "Report it here",
                "intro": (
                    "If a child is in danger right now, call 999. If it is not an emergency, call 101, then "
                    "tell your operator and the licensing team. To give information without your name, "
                    "call Crimestoppers on 0800 555 111. These are the other numbers for where you drive."
                ),
            },
        ),
    ],
}

COURSE = {
    "title": "Child sexual exploitation: awareness for taxi and private hire drivers",
    "slug": "taxi-drivers",
    "audience": "taxi",
    "summary": (
        "For taxi and private hire drivers and operators. Learn what child sexual exploitation is, the signs "
        "you might see in your car, and exactly what to do and who to call."
    ),
    "learning_outcomes": [
        "explain what child sexual exploitation is, and why a child cannot consent to their own abuse",
        "spot warning signs at a pick-up, during a journey or at a drop-off",
        "keep yourself and the child safe, and write down the right details",
        "know when to call 999, when to call 101, and when to use Crimestoppers",
        "listen calmly if a child tells you something, without promising to keep it a secret",
        "keep it professional with young passengers, and report other drivers who do not",
    ],
    "competencies": [
        "recognising-signs",
        "models-of-exploitation",
        "responding-to-disclosure",
        "reporting-and-referral",
        "recording-and-sharing",
        "online-exploitation",
        "missing-children",
        "trauma-informed-practice",
        "appropriate-language",
    ],
    "estimated_minutes": 20,
    "pass_mark": 80,
    "certificate_validity_months": 12,
    # Each attempt draws 10 of the bank's taxi questions, so a retake is not the same paper.
    "quiz": {"mode": "random", "count": 10},
    "lessons": [LESSON_WHAT_IT_IS, LESSON_SIGNS, LESSON_WHAT_TO_DO, LESSON_YOUR_LICENCE],
}

# ---------------------------------------------------------------------------------------------------
# Question bank. Questions whose audiences are ALL_SECTORS name no taxi role, so any course can draw them.
# ---------------------------------------------------------------------------------------------------

QUESTIONS = [
    # recognising-signs
    {
        "key": "taxi-signs-1",
        "text": "Which of these could be signs that a child is being exploited? Select all that apply.",
        "competency": "recognising-signs",
        "audiences": ["taxi"],
        "multiple": True,
        "explanation": (
            "Late pick-ups with older men, cash paid by an adult who does not travel, and a child who does not "
            "know where they are are all warning signs. You do not need to be sure to report."
        ),
        "choices": [
            {
                "text": "A parent and child go to the train station with suitcases in the afternoon.",
                "correct": False,
                "feedback": "This is an ordinary trip. It is not a warning sign.",
            },
            {
                "text": "A girl of about 14 is picked up from a hotel at 2am with older men.",
                "correct": True,
                "feedback": "Right. A child with older men at a hotel late at night may be being abused.",
            },
            {
                "text": "A child asks you, “What town is this?”",
                "correct": True,
                "feedback": "Right. A child who does not know where they are may be being moved by abusers.",
            },
            {
                "text": "An adult pays cash for a child's long trip, but does not go with them.",
                "correct": True,
                "feedback": "Right. Note the adult, the time and the addresses, and report it.",
            },
        ],
    },
    {
        "key": "taxi-signs-2",
        "text": (
            "The same man books rides most weeks for different teenage girls. They all go to the same house "
            "late at night. What should you do?"
        ),
        "competency": "recognising-signs",
        "audiences": ["taxi"],
        "multiple": False,
        "explanation": (
            "Repeat bookings by one adult for different young people is a warning sign. Write down the details, "
            "call the police and tell your operator."
        ),
        "choices": [
            {
                "text": "Nothing. He is a good customer, and he always pays on time.",
                "correct": False,
                "feedback": "The girls may be being taken to be abused. This is a warning sign.",
            },
            {
                "text": "Ask the man what is going on at the house.",
                "correct": False,
                "feedback": "Do not confront him. It could put you and the girls in danger.",
            },
            {
                "text": "Write down the details. Call 101 and tell your operator.",
                "correct": True,
                "feedback": (
                    "Right. Note the dates, times, addresses and what the girls look like. If a girl is in "
                    "danger right now, call 999 instead."
                ),
            },
            {
                "text": "Tell the other drivers to refuse his bookings.",
                "correct": False,
                "feedback": "This does not protect the girls. He will use another firm. Tell the police.",
            },
        ],
    },
    {
        "key": "taxi-signs-3",
        "text": (
            "A girl of about 15 is with two older men. She can hardly stand and her words are slurred. What "
            "could this mean?"
        ),
        "competency": "recognising-signs",
        "audiences": ["taxi"],
        "multiple": False,
        "explanation": (
            "Abusers give children alcohol or drugs to control them. A child who is drunk or drugged with older "
            "men may be about to be abused. Call 999."
        ),
        "choices": [
            {
                "text": "She is just drunk. Lots of teenagers drink too much at parties at the weekend.",
                "correct": False,
                "feedback": "She is a child with older men, and she cannot look after herself. She needs help.",
            },
            {
                "text": "The men may have given her alcohol or drugs so they can abuse her.",
                "correct": True,
                "feedback": "Right. She is in danger now. Call 999.",
            },
            {
                "text": "It is only a problem if she says she is unhappy.",
                "correct": False,
                "feedback": "A child who is drunk or drugged may not be able to say anything. Act on what you see.",
            },
        ],
    },
    {
        "key": "taxi-signs-4",
        "text": (
            "Another driver often gives free rides to girls from a children's home. He gives them cigarettes. "
            "What should you do?"
        ),
        "competency": "recognising-signs",
        "audiences": ["taxi"],
        "multiple": False,
        "explanation": (
            "Free rides and gifts to young people can be grooming. Report it to the police and to the council's "
            "licensing team. This protects children and honest drivers."
        ),
        "choices": [
            {
                "text": "Say nothing. He is a colleague, and what he does is not your business.",
                "correct": False,
                "feedback": "Children come first. Abusers have used the trust people give to drivers.",
            },
            {
                "text": "Report it to the police and to the council's licensing team.",
                "correct": True,
                "feedback": "Right. This could be grooming. The police and licensing team can act on it.",
            },
            {
                "text": "Warn the girls to stay away from him.",
                "correct": False,
                "feedback": "This puts the job of keeping safe on the girls. Tell the police instead.",
            },
        ],
    },
    # models-of-exploitation
    {
        "key": "taxi-models-1",
        "text": "What is child sexual exploitation?",
        "competency": "models-of-exploitation",
        "audiences": ALL_SECTORS,
        "multiple": False,
        "explanation": (
            "Child sexual exploitation is a kind of child sexual abuse. Someone uses their power over a child "
            "under 18 to make them do sexual things, often after giving them things like money, drugs, gifts "
            "or a lift."
        ),
        "choices": [
            {
                "text": "Something that only happens to girls from poor families.",
                "correct": False,
                "feedback": "Any child can be exploited, boys and girls, from any family or area.",
            },
            {
                "text": "Something a child decides to do to get money or gifts.",
                "correct": False,
                "feedback": "This blames the child. A child cannot consent to their own abuse.",
            },
            {
                "text": "Abuse that only happens when a stranger attacks a child.",
                "correct": False,
                "feedback": "Abusers are often people the child knows, and they often use tricks, not force.",
            },
            {
                "text": (
                    "When someone uses power over a child to make them do sexual things, often after giving "
                    "them things."
                ),
                "correct": True,
                "feedback": "Right. The gifts are part of the abuse. Later the abuser says the child owes them.",
            },
        ],
    },
    {
        "key": "taxi-models-2",
        "text": (
            "A boy of 14 often takes long taxi trips between towns at night. An adult pays in cash. He holds on "
            "tight to a bag the whole time. What could be happening?"
        ),
        "competency": "models-of-exploitation",
        "audiences": ["taxi"],
        "multiple": False,
        "explanation": (
            "This could be county lines: gangs use children to carry drugs and money between towns. These "
            "children are often sexually abused too. He is a victim, not a criminal."
        ),
        "choices": [
            {
                "text": "He has a part-time job delivering things, so there is nothing to worry about.",
                "correct": False,
                "feedback": "A 14-year-old travelling between towns at night, paid for by an adult, is a warning sign.",
            },
            {
                "text": "He may be being used by a gang to carry drugs, and may be abused too.",
                "correct": True,
                "feedback": "Right. This could be county lines. Call 101, or 999 if he is in danger now.",
            },
            {
                "text": "Only girls are exploited, so he is not at risk.",
                "correct": False,
                "feedback": "Boys are exploited too, both to carry drugs and sexually.",
            },
        ],
    },
    # responding-to-disclosure
    {
        "key": "taxi-disclosure-1",
        "text": (
            "A girl in your car says, “Please don't tell anyone, but the man at that house hurts me.” "
            "What should you do?"
        ),
        "competency": "responding-to-disclosure",
        "audiences": ["taxi"],
        "multiple": False,
        "explanation": (
            "Stay calm and listen. Do not promise to keep a secret. Do not ask lots of questions. Call the "
            "police: 999 if she is in danger now."
        ),
        "choices": [
            {
                "text": "Promise her you will not tell anyone, so she keeps talking.",
                "correct": False,
                "feedback": "You must tell the police to keep her safe. Be honest with her from the start.",
            },
            {
                "text": "Stay calm, say you can't keep it a secret because you want her safe, and call the police.",
                "correct": True,
                "feedback": "Right. Write down her words, and call 999 if she is in danger now.",
            },
            {
                "text": "Ask her lots of questions about what he does to her.",
                "correct": False,
                "feedback": "Do not push her. Listen, and leave the questions to the police.",
            },
            {
                "text": "Drive her back to the house so you can see who the man is.",
                "correct": False,
                "feedback": "Never take her back there. She could be hurt again.",
            },
        ],
    },
    # reporting-and-referral
    {
        "key": "taxi-reporting-1",
        "text": (
            "You are worried about a child, but they are not in danger right now. Which number should you "
            "call to tell the police?"
        ),
        "competency": "reporting-and-referral",
        "audiences": ALL_SECTORS,
        "multiple": False,
        "explanation": (
            "101 is the police number for things that are not an emergency. Call 999 only when a child is in "
            "danger right now."
        ),
        "choices": [
            {
                "text": "999",
                "correct": False,
                "feedback": "999 is for when a child is in danger right now. For other worries, call 101.",
            },
            {
                "text": "None. Wait until you are sure.",
                "correct": False,
                "feedback": "You do not need to be sure. Your report may be the missing piece.",
            },
            {
                "text": "101",
                "correct": True,
                "feedback": "Right. 101 is for worries that are not an emergency.",
            },
        ],
    },
    {
        "key": "taxi-reporting-2",
        "text": "You want to give the police information, but you do not want to give your name. What can you do?",
        "competency": "reporting-and-referral",
        "audiences": ALL_SECTORS,
        "multiple": False,
        "explanation": (
            "Crimestoppers, on 0800 555 111, takes information without asking for your name. It is not for "
            "emergencies: if a child is in danger right now, call 999."
        ),
        "choices": [
            {
                "text": "Post it on social media without your name.",
                "correct": False,
                "feedback": "This could put the child in more danger and harm a police investigation.",
            },
            {
                "text": "Call Crimestoppers on 0800 555 111.",
                "correct": True,
                "feedback": "Right. You do not have to give your name. For an emergency, call 999.",
            },
            {
                "text": "Nothing. You can only report if you give your name.",
                "correct": False,
                "feedback": "You can report without your name through Crimestoppers.",
            },
        ],
    },
    {
        "key": "taxi-reporting-3",
        "text": "You see an adult you think is exploiting a child. What should you do?",
        "competency": "reporting-and-referral",
        "audiences": ALL_SECTORS,
        "multiple": False,
        "explanation": (
            "Do not confront the adult. Keep yourself and the child safe, note the details and call the police: "
            "999 if the child is in danger now, or 101 if not."
        ),
        "choices": [
            {
                "text": "Tell the adult to leave the child alone.",
                "correct": False,
                "feedback": "Confronting them could put you and the child in danger, and they may move the child.",
            },
            {
                "text": "Film them on your phone and post it online.",
                "correct": False,
                "feedback": "Never post about a child online. It could harm the child and the police investigation.",
            },
            {
                "text": "Do nothing in case you are wrong.",
                "correct": False,
                "feedback": "You do not need to be sure. Let the police decide.",
            },
            {
                "text": "Note the details and call the police.",
                "correct": True,
                "feedback": (
                    "Right. Call 999 if the child is in danger now, or 101 if not. Time, place and "
                    "descriptions help the police most."
                ),
            },
        ],
    },
    {
        "key": "taxi-reporting-4",
        "text": "You are worried about a child you drove. Who should you tell? Select all that apply.",
        "competency": "reporting-and-referral",
        "audiences": ["taxi"],
        "multiple": True,
        "explanation": (
            "Tell the police first: 999 if the child is in danger now, 101 if not. Then tell your operator and "
            "the council's licensing team."
        ),
        "choices": [
            {
                "text": "Other drivers, in your group chat",
                "correct": False,
                "feedback": "This spreads private information and does not protect the child. Tell the police.",
            },
            {
                "text": "Your operator",
                "correct": True,
                "feedback": "Right. Your operator has booking records the police may need.",
            },
            {
                "text": "The police",
                "correct": True,
                "feedback": "Right. 999 if the child is in danger now, 101 if not.",
            },
            {
                "text": "The council's licensing team",
                "correct": True,
                "feedback": "Right. They need to know, especially if another driver is involved.",
            },
        ],
    },
    # recording-and-sharing
    {
        "key": "taxi-recording-1",
        "text": "What should you write down after a trip that worried you? Select all that apply.",
        "competency": "recording-and-sharing",
        "audiences": ["taxi"],
        "multiple": True,
        "explanation": (
            "Write down the date and time, the addresses, what people looked like, names you heard and the "
            "registration of any other car. Do not question the child to get more."
        ),
        "choices": [
            {
                "text": "The date, the time, and the pick-up and drop-off addresses",
                "correct": True,
                "feedback": "Right. These help the police find where the child was taken.",
            },
            {
                "text": "What the child and the adults looked like, and what they wore",
                "correct": True,
                "feedback": "Right. Age, height, hair and clothes all help.",
            },
            {
                "text": "The child's school and home address, after asking the child lots of questions",
                "correct": False,
                "feedback": "Do not question the child. Write down only what you saw and heard.",
            },
            {
                "text": "The registration, make and colour of any other car",
                "correct": True,
                "feedback": "Right. A car registration can help the police find the abuser.",
            },
        ],
    },
    # online-exploitation
    {
        "key": "taxi-online-1",
        "text": (
            "A boy of 13 says he is going to meet a friend he met on an online game. It is the first time they "
            "will meet. The “friend” booked and paid for the taxi to a hotel. What could this be?"
        ),
        "competency": "online-exploitation",
        "audiences": ["taxi"],
        "multiple": False,
        "explanation": (
            "An adult who meets a child online, pays for travel and arranges to meet at a hotel may be grooming "
            "the child. The boy may be in danger now, so call 999."
        ),
        "choices": [
            {
                "text": "A normal meeting between friends who play games together",
                "correct": False,
                "feedback": "A 13-year-old going alone to a hotel to meet someone from the internet is a warning sign.",
            },
            {
                "text": "Only a worry if the friend turns out to be a girl",
                "correct": False,
                "feedback": "Abusers online can be men or women. Boys are groomed too.",
            },
            {
                "text": "Online grooming that is now moving to meeting in person",
                "correct": True,
                "feedback": "Right. Call 999, because the boy may be about to be harmed.",
            },
        ],
    },
    # missing-children
    {
        "key": "taxi-missing-1",
        "text": (
            "Late at night, a girl of about 13 says she has left her care home. She wants you to take her to a "
            "man's flat in another town. What should you do?"
        ),
        "competency": "missing-children",
        "audiences": ["taxi"],
        "multiple": False,
        "explanation": (
            "She may be missing, and the man may be exploiting her. Do not take her there, and do not leave her "
            "alone. Stay near her in a safe, public place and call 999."
        ),
        "choices": [
            {
                "text": "Drive her to the flat. The man will pay the fare when you get there.",
                "correct": False,
                "feedback": "This could take her straight to someone who is abusing her.",
            },
            {
                "text": "Say no kindly, stay near her in a safe place, and call 999.",
                "correct": True,
                "feedback": "Right. While she is missing she may be with abusers. The police can keep her safe.",
            },
            {
                "text": "Tell her to go back to the care home, and drive off.",
                "correct": False,
                "feedback": "A 13-year-old alone at night is in danger. Do not leave her on her own.",
            },
        ],
    },
    # trauma-informed-practice
    {
        "key": "taxi-trauma-1",
        "text": "A child in your car is very scared and will not talk to you. What helps most?",
        "competency": "trauma-informed-practice",
        "audiences": ["taxi"],
        "multiple": False,
        "explanation": (
            "Help the child feel safe: speak calmly, be honest about what you are doing, and give them a say. "
            "Do not push them to talk."
        ),
        "choices": [
            {
                "text": "Tell them off for being out so late.",
                "correct": False,
                "feedback": "This blames the child. They may be out late because someone is exploiting them.",
            },
            {
                "text": "Speak calmly, and tell them what you are doing.",
                "correct": True,
                "feedback": (
                    "Right. For example: “I'm calling someone who can help.” Being calm and honest helps a "
                    "scared child feel safer."
                ),
            },
            {
                "text": "Keep asking questions until they tell you what is wrong.",
                "correct": False,
                "feedback": "Pushing can scare them more. Leave the questions to the police.",
            },
        ],
    },
    # appropriate-language
    {
        "key": "taxi-language-1",
        "text": (
            "A driver says: “She's only 14, but she goes off with her older boyfriend. It's her choice.” "
            "Which is the right way to see this?"
        ),
        "competency": "appropriate-language",
        "audiences": ALL_SECTORS,
        "multiple": False,
        "explanation": (
            "A 14-year-old cannot consent to abuse. The older man is not a “boyfriend”: he is exploiting her. "
            "Calling it her choice blames her."
        ),
        "choices": [
            {
                "text": "She is a child, and the older man is exploiting her.",
                "correct": True,
                "feedback": "Right. These words put the blame on the man, not the child.",
            },
            {
                "text": "It is her choice, so it is nobody else's business what she does.",
                "correct": False,
                "feedback": "A child cannot consent to their own abuse. This is everyone's business.",
            },
            {
                "text": "He is her “boyfriend”, so it is not abuse.",
                "correct": False,
                "feedback": "“Boyfriend” is what the abuser wants people to think. This is abuse.",
            },
        ],
    },
    {
        "key": "taxi-language-2",
        "text": "When you tell the police about a child you are worried about, which words are best?",
        "competency": "appropriate-language",
        "audiences": ["taxi"],
        "multiple": False,
        "explanation": (
            "Say what you saw and heard, with facts. Do not use words that blame the child or suggest a choice."
        ),
        "choices": [
            {
                "text": "“A young prostitute was getting into a car.”",
                "correct": False,
                "feedback": "This word blames the child and hides the abuse. Say what you saw.",
            },
            {
                "text": "“She was putting herself at risk again.”",
                "correct": False,
                "feedback": "This blames the girl. The danger comes from the adults.",
            },
            {
                "text": (
                    "“A girl of about 14 got into a silver car with two men in their forties at 1am. She "
                    "seemed drugged.”"
                ),
                "correct": True,
                "feedback": "Right. Facts like age, time, car and what you saw help the police most.",
            },
        ],
    },
]
