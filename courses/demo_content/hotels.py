"""Demo course: child sexual exploitation awareness for hotels, B&Bs, short-term lettings and holiday lets
(Operation Makesafe). Pure data, no Django.

The demo loader turns COURSE into a CoursePage with LessonPage children (body entries are
(block type, value) pairs for courses.blocks.LessonStreamBlock) and QUESTIONS into the question bank.

Wording follows shared/content-guide.md, in plain English for staff who may read English as a second
language. Words the guide tells us to avoid appear only inside quotation marks where we teach what to
say instead: the model name older “boyfriend” in lesson 1, the “Words to use” accordion in lesson 4 and
the questions tagged appropriate-language. Public sources are named where a fact comes from them: the
Department for Education's 2017 guide to child sexual exploitation, the explanatory notes to the
Anti-social Behaviour, Crime and Policing Act 2014 and section 116 of that Act, and The Children's
Society. The case study is a composite and describes no real child. No local phone numbers: those
come from the "report_it_here" block.
"""

ALL_SECTORS = ["school", "practitioner", "taxi", "hotel", "night_time"]

# ---------------------------------------------------------------------------------------------------
# Lesson 1
# ---------------------------------------------------------------------------------------------------

LESSON_WHY_PLACES_TO_STAY = {
    "title": "Why hotels and holiday lets matter",
    "slug": "why-hotels-and-holiday-lets-matter",
    "estimated_minutes": 4,
    "summary": "What child sexual exploitation is, how grooming works, and why abusers use places to stay.",
    "body": [
        (
            "rich_text",
            "<h2>What child sexual exploitation is</h2>"
            "<p>Child sexual exploitation (CSE) is a type of child sexual abuse. A person or a group uses "
            "their power over someone under 18 to make them do sexual things. They may use tricks, "
            "pressure, threats or force.</p>"
            "<p>The child is often given something first. It might be alcohol, drugs, cash, food, a phone, "
            "a room for the night, or just kind words. Later the child is told they owe something back. "
            "The abuser may also make money from the child.</p>"
            "<p>CSE can happen online too. A child may be made to send sexual photos or videos.</p>"
            "<p>This course uses the meaning of CSE in the Department for Education's 2017 guide to child "
            "sexual exploitation.</p>"
            "<h2>A child cannot consent to abuse</h2>"
            "<p>Anyone under 18 can be sexually exploited. That includes 16 and 17 year olds. The age of "
            "consent is 16, but 16 and 17 year olds are still children, and they can still be abused. If "
            "an adult uses power, pressure or tricks, it is abuse.</p>"
            "<p>The young person may look calm or even happy. They may say the adult is a friend, a cousin "
            "or their “boyfriend”. The abuser may have told them to say this, or made them believe it. "
            "Many exploited children do not know they are being abused. The blame is always with the "
            "abuser. It is never the child's fault.</p>"
            "<h2>How grooming works</h2>"
            "<p>Grooming is how an abuser gets control of a child. It often follows steps like these:</p>"
            "<ol>"
            "<li>The abuser makes the child feel special, with attention, gifts, alcohol or lifts.</li>"
            "<li>They ask the child to keep secrets.</li>"
            "<li>They cut the child off from family and friends.</li>"
            "<li>They say the gifts were a “debt” that must be paid back. Then come threats and abuse.</li>"
            "</ol>"
            "<h2>Who is at risk, and who abuses</h2>"
            "<p>Any child can be exploited: boys and girls, from any background and any area. Abusers can "
            "be men or women, young or old. They can be strangers, people the child knows, or other young "
            "people. People who work with children talk about a few common patterns, or “models”. Real "
            "cases often mix them.</p>"
            "<ul>"
            "<li><b>Online grooming:</b> contact in a game, on social media or in an app leads to a meeting "
            "in person. A hotel room is a private place to meet.</li>"
            "<li><b>Organised or network:</b> a group of abusers work together and pass children between "
            "them, often to flats, houses, hotels or “parties”.</li>"
            "<li><b>Older “boyfriend” or “girlfriend”:</b> an older person pretends to love the child. We "
            "use quotation marks because this is the abuser's story, not the truth.</li>"
            "<li><b>Peer-on-peer (child-on-child):</b> other young people exploit a child.</li>"
            "<li><b>Gang-associated:</b> gangs use sexual abuse to control children.</li>"
            "</ul>"
            "<p>Rooms are also used by gangs that make children carry and sell drugs. This is child "
            "criminal exploitation, and county lines is one form of it. A child can suffer sexual and "
            "criminal exploitation at the same time.</p>"
            "<h2>Why places to stay are used</h2>"
            "<p>Abusers want privacy. A hotel room, a B&amp;B room or a holiday let gives them a closed "
            "door. Staff may not know who the guests are, and may never see them again.</p>"
            "<p>When Parliament passed the Anti-social Behaviour, Crime and Policing Act 2014, the "
            "Government's notes to the Act said that recent cases had used hotels, takeaways and other "
            "places to groom and exploit children. The Children's Society has described young people being "
            "taken to “hotel parties”, where adults gave them alcohol, drugs and gifts.</p>"
            "<p>You and your colleagues see things that nobody else sees. That is why your part matters.</p>",
        ),
        (
            "callout",
            {
                "style": "important",
                "heading": "Operation Makesafe: see something, say something",
                "body": (
                    "<p>Operation Makesafe is a national police campaign. Police forces across England and "
                    "Wales use it to help hotels and other places to stay spot the signs of child sexual "
                    "exploitation and report them. The message is simple: <b>if you see something, say "
                    "something.</b></p>"
                    "<p>You do not need proof. You do not need to be sure. The police would much rather "
                    "check and find nothing wrong than miss a child who needs help.</p>"
                ),
            },
        ),
        (
            "report_it_here",
            {
                "heading": "Report it here",
                "intro": (
                    "If a child is in danger now, call 999. If not, call 101 and say “Operation Makesafe”, "
                    "so the police know why you are calling. Tell your manager too. These are the other "
                    "numbers for where you work."
                ),
            },
        ),
    ],
}

# ---------------------------------------------------------------------------------------------------
# Lesson 2
# ---------------------------------------------------------------------------------------------------

LESSON_SIGNS = {
    "title": "Signs to look for in your job",
    "slug": "signs-to-look-for-in-your-job",
    "estimated_minutes": 5,
    "summary": "What CSE can look like at booking, at the desk, in rooms, in the bar and in holiday lets.",
    "body": [
        (
            "rich_text",
            "<p>Most guests are just guests. Families stay together, and young people travel with adults "
            "for lots of good reasons. You are looking for things that do not fit, and for things that "
            "happen again and again.</p>"
            "<p>One sign on its own may mean nothing. Several together, or the same thing every week, are a "
            "reason to speak up.</p>",
        ),
        (
            "callout",
            {
                "style": "warning",
                "heading": "Warning signs",
                "body": (
                    "<p><b>At booking and check-in</b></p>"
                    "<ul>"
                    "<li>An adult books the room, but a young person arrives to use it</li>"
                    "<li>Young people arrive with older adults who do not seem to be their family</li>"
                    "<li>Paying in cash, or not wanting to leave card details</li>"
                    "<li>A local home address, for a one-night stay</li>"
                    "<li>No luggage, or only a small bag</li>"
                    "<li>Asking for a room near an exit, or away from other guests</li>"
                    "</ul>"
                    "<p><b>During the stay</b></p>"
                    "<ul>"
                    "<li>Asking for no housekeeping, or a “Do not disturb” sign for days</li>"
                    "<li>Lots of visitors to one room, often different adults, at all hours</li>"
                    "<li>Alcohol or drugs taken to a room where there are young people</li>"
                    "<li>Young people brought in through a side door or a back door</li>"
                    "</ul>"
                    "<p><b>The young person</b></p>"
                    "<ul>"
                    "<li>Seems scared or nervous, and lets the adult speak for them</li>"
                    "<li>Seems very drunk or drugged, or cannot walk properly</li>"
                    "<li>Does not know where they are, or which town they are in</li>"
                    "<li>Wears clothes that do not suit their age, or the weather</li>"
                    "</ul>"
                    "<p><b>Patterns</b></p>"
                    "<ul>"
                    "<li>The same adult books again and again, with different young people</li>"
                    "<li>The same young person comes back with different adults</li>"
                    "</ul>"
                ),
            },
        ),
        (
            "rich_text",
            "<h2>What you might see in your job</h2><p>Open each one to read more.</p>",
        ),
        (
            "accordion",
            {
                "sections": [
                    {
                        "heading": "Reception and front desk",
                        "body": (
                            "<p>You see who books, who pays and who arrives. A guest may say a girl is his "
                            "“niece”, but not seem to know her name. A young person may come to the desk "
                            "and ask which room a man is in. Never give out a room number. Ask them to wait "
                            "at the desk, and tell your manager.</p>"
                        ),
                    },
                    {
                        "heading": "Housekeeping",
                        "body": (
                            "<p>You see inside rooms. Do not search, but notice what you see as you work: "
                            "lots of empty bottles, drugs, or children's clothes in an adult's room. Notice "
                            "a room that refuses cleaning for days, or a young person who seems scared.</p>"
                        ),
                    },
                    {
                        "heading": "Night porters and night staff",
                        "body": (
                            "<p>Much of this happens late at night. You may see young people dropped off "
                            "by taxi after midnight, visitors going up to one room, or people using a side "
                            "door. You may be the only person on shift. Know your policy and the numbers to "
                            "call before you need them.</p>"
                        ),
                    },
                    {
                        "heading": "Bar, restaurant and room service",
                        "body": (
                            "<p>An adult buys drinks for a young person, or orders lots of alcohol to a "
                            "room. A young person who looks under 18 answers the door to room service. A "
                            "young person seems very drunk, or the adult with them keeps them away from "
                            "other people.</p>"
                        ),
                    },
                    {
                        "heading": "Online bookings, lettings and holiday-let hosts",
                        "body": (
                            "<p>You may never meet your guests, so read the booking and the messages. Watch "
                            "for a local guest who books one night for a “get-together”, will not say how "
                            "many are coming, or wants self check-in so nobody meets them. Ask cleaners, key "
                            "holders and neighbours to tell you what they see.</p>"
                        ),
                    },
                ]
            },
        ),
        (
            "case_study",
            {
                "title": "Friday nights in room 12",
                "story": (
                    "<p>A small hotel near a railway station. Over two months, four members of staff each "
                    "noticed something small.</p>"
                    "<p>The receptionist saw the same man, in his thirties, book a twin room most Fridays. "
                    "He paid cash, gave a local address and had no bags. The night porter saw two girls who "
                    "looked about 14 arrive by taxi after midnight and go to his room. One could hardly "
                    "walk. A housekeeper saw empty bottles and a school tie in the room. The bar manager saw "
                    "the man buy vodka to take upstairs.</p>"
                    "<p>Each of them wrote it in the hotel's safeguarding log. The duty manager saw four "
                    "notes about the same man and the same room. She called 101 and said “Operation "
                    "Makesafe”. The log and the CCTV helped the police find the girls and investigate the "
                    "man. The girls got support from a specialist service.</p>"
                ),
                "learning_points": [
                    "Each sign on its own looked small. Together they showed a pattern.",
                    "A shared log let the manager see the pattern that no one person could see.",
                    "Nobody confronted the man. They noticed, wrote it down and passed it on.",
                ],
                "source": "A composite case written for this course. It does not describe a real child or hotel.",
            },
        ),
        (
            "scenario",
            {
                "title": "What would you do? At the front desk",
                "situation": (
                    "<p>It is 11pm. A man in his forties comes to the desk with a girl who looks about 14. "
                    "He wants a room for one night and will pay cash. He gives an address two miles away. "
                    "They have no bags. The girl keeps her head down. When you ask her name, he answers for "
                    "her.</p>"
                ),
                "options": [
                    {
                        "text": "Refuse the room and tell him you know what he is up to.",
                        "is_best": False,
                        "feedback": (
                            "Never confront him. It could put you and the girl in danger, and he may take "
                            "her somewhere else where nobody can see her."
                        ),
                    },
                    {
                        "text": "Check them in as normal. Who guests stay with is not your business.",
                        "is_best": False,
                        "feedback": (
                            "Cash, a local address, no bags and an adult speaking for a young girl: these "
                            "signs together need action. Children's safety is everyone's business."
                        ),
                    },
                    {
                        "text": (
                            "Stay calm and polite. Follow your ID policy, note the details, tell the duty "
                            "manager, and call 999."
                        ),
                        "is_best": True,
                        "feedback": (
                            "Yes. A girl who looks 14, with an adult who does not seem to be family, in a room "
                            "for the night, may be in danger now. Your notes on names, times and descriptions "
                            "will help the police."
                        ),
                    },
                    {
                        "text": "Ask the girl, in front of him, if she is OK.",
                        "is_best": False,
                        "feedback": (
                            "She cannot speak freely with him there, and it may warn him. Do not wait to call "
                            "the police."
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
                    "If a child is in danger now, call 999. If not, call 101 and say “Operation Makesafe”. "
                    "Tell your manager the same shift. These are the other numbers for where you work."
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
    "summary": "Stay safe, call the police, tell your manager, write it down, and talk to a young person kindly.",
    "body": [
        (
            "rich_text",
            "<p>You are not a detective. You do not need proof. Your job is to notice, write it down and "
            "pass it on. The police and other services do the rest.</p>"
            "<h2>Four steps</h2>"
            "<ol>"
            "<li><b>Stay calm and stay safe.</b> Never confront a guest you are worried about. Do not "
            "accuse anyone, follow anyone, or go into a room alone. That could put you and the young person "
            "in danger, and it could warn the abuser.</li>"
            "<li><b>Call the police.</b> If a child is in danger now, call 999. If not, call 101 and say "
            "“Operation Makesafe”.</li>"
            "<li><b>Tell your manager</b> or the duty manager, on the same shift. In an emergency, call 999 "
            "first. Never wait for a manager before you call.</li>"
            "<li><b>Write it down</b> as soon as you can, in the hotel's log or on your incident form.</li>"
            "</ol>"
            "<h2>What to write down</h2>"
            "<ul>"
            "<li>the date and time, and the room number</li>"
            "<li>the name on the booking, and any names people gave</li>"
            "<li>what each person looked like: the age they seemed, height, hair, clothes</li>"
            "<li>any car: the make, the colour and the registration</li>"
            "<li>what you saw and heard, using the words people used</li>"
            "<li>who you told, and when</li>"
            "</ul>"
            "<p>Stick to facts. Write “she looked about 14”, not a guess written as if it were true. If you "
            "add what you think, say that it is what you think.</p>",
        ),
        (
            "callout",
            {
                "style": "tip",
                "heading": "A useful note",
                "body": (
                    "<p><b>Not useful:</b> “Weird bloke in 12 again with a young girl.”</p>"
                    "<p><b>Useful:</b> “Sat 9 March, 00.40. Room 12, booked by Mark Jones, paid cash. A girl "
                    "who looked about 14 came in with him: long red hair, grey school coat, no bag. She did "
                    "not speak. He said she was his niece. Car: blue Ford Focus, registration starts YT17. "
                    "I called 101 (Operation Makesafe) at 00.50 and told the duty manager at 00.55. "
                    "A. Patel, night porter.”</p>"
                ),
            },
        ),
        (
            "rich_text",
            "<h2>Checking ID and asking questions</h2>"
            "<p>Check ID when your hotel's policy says to. Many hotels ask every guest for photo ID, and ask "
            "for the names of everyone staying in a room. Do it the same way for every guest. Then nobody "
            "is singled out.</p>"
            "<p>It is OK to ask polite questions, such as “Who will be staying in the room?” Good hotels ask "
            "these questions to keep children safe. It is part of good service.</p>"
            "<h2>If a young person talks to you</h2>"
            "<p>A young person may come to the desk when the adult is not there. They may say only a "
            "little. Take it seriously.</p>"
            "<ul>"
            "<li><b>Keep them safe.</b> Bring them to a safe place that others can see, such as the back "
            "office with a colleague. Do not send them back to the room.</li>"
            "<li><b>Listen calmly.</b> Let them talk at their own pace.</li>"
            "<li><b>Do not promise to keep it secret.</b> Say: “I can't keep this secret, but I will only "
            "tell people who can help keep you safe.”</li>"
            "<li><b>Do not ask lots of questions.</b> Do not ask questions that put words in their mouth, "
            "like “Did he hurt you?” If they need help to go on, say “Tell me more.”</li>"
            "<li><b>Call the police</b>, and write down what they said, in their own words.</li>"
            "</ul>",
        ),
        (
            "callout",
            {
                "style": "important",
                "heading": "If a young person is rude or says they are fine",
                "body": (
                    "<p>A young person may shout at you, laugh, or say that nothing is wrong. They may defend "
                    "the adult. This is often fear, or a sign of how strong the grooming is. It does not "
                    "mean they are safe. Stay calm and kind, and still report it.</p>"
                    "<p>Services that support young people follow six trauma-informed principles: safety; "
                    "trust and transparency; peer support; collaboration; empowerment; and humility and "
                    "responsiveness. For you, this mostly means: help them feel safe, be honest about what "
                    "you are doing and why, and give them small choices, like a drink or a seat.</p>"
                ),
            },
        ),
        (
            "scenario",
            {
                "title": "What would you do? On the housekeeping round",
                "situation": (
                    "<p>Room 214 has had a “Do not disturb” sign for three days. Today the door is open a "
                    "little. You see a girl who looks about 15 sitting on the bed. There are empty bottles "
                    "everywhere. A man comes to the door, says “We're fine, no cleaning”, and shuts it.</p>"
                ),
                "options": [
                    {
                        "text": "Knock again and say you must clean, so you can have a look around.",
                        "is_best": False,
                        "feedback": (
                            "This could put you and the girl in danger, and warn the man. You do not need "
                            "to find out more. What you have seen is enough to report."
                        ),
                    },
                    {
                        "text": "Tell the other housekeepers at break so that everyone keeps an eye on the room.",
                        "is_best": False,
                        "feedback": (
                            "Talking about it at break wastes time and could reach the guest. Tell the duty "
                            "manager and the police, not everyone."
                        ),
                    },
                    {
                        "text": (
                            "Walk away calmly. Call 999, or get the duty manager to call straight away. Then "
                            "write down what you saw."
                        ),
                        "is_best": True,
                        "feedback": (
                            "Yes. A girl who looks 15, shut in a room with an adult and alcohol for days, may "
                            "be in danger now. Do not wait: whoever can call first should call 999."
                        ),
                    },
                    {
                        "text": "Do nothing. Guests are allowed to say no to cleaning.",
                        "is_best": False,
                        "feedback": (
                            "Guests can say no to cleaning. But a young girl, an adult man, bottles and days "
                            "of “Do not disturb” together are serious signs."
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
                    "If a child is in danger now, call 999. If not, call 101 and say “Operation Makesafe”. "
                    "Then tell your manager and write it down. These are the other numbers for where you work."
                ),
            },
        ),
    ],
}

# ---------------------------------------------------------------------------------------------------
# Lesson 4
# ---------------------------------------------------------------------------------------------------

LESSON_SHARING_AND_MANAGERS = {
    "title": "Sharing information, and what managers do",
    "slug": "sharing-information-and-what-managers-do",
    "estimated_minutes": 5,
    "summary": "Sharing CCTV and records with the police, the words to use, and what managers and hosts put in place.",
    "body": [
        (
            "rich_text",
            "<h2>Sharing information with the police</h2>"
            "<p>If the police ask for CCTV, booking records or guest details, tell your manager and help the "
            "police get them quickly. Data protection law does not stop you sharing information with the "
            "police to protect a child. Note the officer's name, the reference number, and what you "
            "gave.</p>"
            "<p>Do not share CCTV or guest details with anyone else, and never post them online.</p>"
            "<p>The police may also call about a child who is missing from home or care. A missing child "
            "may be with the people who are exploiting them. Help straight away.</p>"
            "<h2>Words to use</h2>"
            "<p>The words you use, in a note or on the phone, matter. Describe what is being done to the "
            "child. Never suggest the child chose it.</p>",
        ),
        (
            "accordion",
            {
                "sections": [
                    {
                        "heading": "Say “a child who is being sexually exploited”, not “child prostitute”",
                        "body": (
                            "<p>“Child prostitute”, “child sex worker” and “selling sex” suggest a choice or "
                            "a trade. There is no trade. It is abuse.</p>"
                        ),
                    },
                    {
                        "heading": "Say “the adult who is exploiting her”, not “her boyfriend”",
                        "body": (
                            "<p>“Boyfriend” and “relationship” repeat the abuser's story. Say what you see: "
                            "“a man who looked about 40 was with a girl who looked about 14”.</p>"
                        ),
                    },
                    {
                        "heading": "Say “was groomed” or “was pressured”, not “she was willing”",
                        "body": (
                            "<p>A child cannot consent to their own abuse. Words like “willing”, “agreed to” "
                            "or “consented” hide the grooming and blame the child.</p>"
                        ),
                    },
                    {
                        "heading": "Say “is at risk”, not “putting herself at risk”",
                        "body": (
                            "<p>“Putting herself at risk”, “risky behaviour” and “lifestyle choice” blame the "
                            "child. The danger comes from the people who exploit children.</p>"
                        ),
                    },
                    {
                        "heading": "Say “was sexually abused”, not “had sex with”",
                        "body": (
                            "<p>“Had sex with” hides a crime. Do not call a child “promiscuous” or “sexually "
                            "active”. Say “went missing”, not “absconded” or “chooses to go missing”.</p>"
                        ),
                    },
                ]
            },
        ),
        (
            "rich_text",
            "<h2>For managers, owners and hosts</h2>"
            "<p>Staff speak up when they know what to look for, know what to do, and know you will back "
            "them. Making that happen is your job as a manager, owner or host.</p>"
            "<h3>Put these in place</h3>"
            "<ul>"
            "<li><b>A written policy.</b> Say what staff should look for, when to check ID, and who calls "
            "the police. Put 999 and 101 (“Operation Makesafe”) in it.</li>"
            "<li><b>Training for every shift.</b> Include night porters, weekend staff, new starters, "
            "agency staff, cleaners and contractors, not only day staff. Repeat it every year.</li>"
            "<li><b>A safeguarding log.</b> Keep one place where any worry is written down, with the time, "
            "room and details. Read it often. Look for the same names, rooms, cars and phone numbers.</li>"
            "<li><b>Operation Makesafe materials.</b> Ask your local police for posters and guidance. Put "
            "them up where staff will see them, such as the back office and the staff room.</li>"
            "<li><b>Clear rules for everyone.</b> For example: photo ID at check-in, the names of everyone "
            "in a room, rules on visitors to rooms, and what to do when a young person under 18 wants to "
            "stay without a parent or carer.</li>"
            "<li><b>CCTV that works.</b> Cover the entrances, including side doors, and the desk. Know how "
            "long you keep footage and who can copy it quickly.</li>"
            "<li><b>Back your staff.</b> Thank people who report, even when nothing is found. Never blame "
            "someone for a report made in good faith.</li>"
            "</ul>"
            "<h3>A special police power for hotels</h3>"
            "<p>The law gives the police a special power. Under section 116 of the Anti-social "
            "Behaviour, Crime and Policing Act 2014, a police officer of the rank of inspector or above can "
            "give a written notice to the owner or manager of a hotel that they believe is being used for "
            "child sexual exploitation. The police can then require guests' names and addresses. This covers guest "
            "houses and B&amp;Bs as well as hotels. If you get a notice, follow it, and ask the police if "
            "you are not sure what it means.</p>"
            "<h3>Holiday lets and short-term lettings</h3>"
            "<p>If you let a flat or a house, you may never meet your guests. Build checks into how you "
            "work:</p>"
            "<ul>"
            "<li>Check who the guest is through your booking platform.</li>"
            "<li>Ask how many people will stay, and have clear house rules about visitors and parties.</li>"
            "<li>Ask cleaners, key holders and neighbours to tell you what worries them.</li>"
            "<li>Look for patterns: the same guest booking many short stays, local guests, or keys "
            "collected by someone else.</li>"
            "<li>If you are worried, call the police. Tell the booking platform too, and keep the booking "
            "messages.</li>"
            "</ul>",
        ),
        (
            "callout",
            {
                "style": "tip",
                "heading": "After a report",
                "body": (
                    "<p>Seeing a child at risk can upset people. Check on the member of staff who reported "
                    "it. Thank them, and tell them what you can about what happens next. Read the log "
                    "together. Ask what would make it easier to speak up next time.</p>"
                ),
            },
        ),
        (
            "report_it_here",
            {
                "heading": "Report it here",
                "intro": (
                    "Put these numbers in your policy and by every phone. If a child is in danger now, call "
                    "999. If not, call 101 and say “Operation Makesafe”. The other numbers for where you work "
                    "are below."
                ),
            },
        ),
    ],
}

COURSE = {
    "title": "Child sexual exploitation: Operation Makesafe for hotels, B&Bs and holiday lets",
    "slug": "hotels-op-makesafe",
    "audience": "hotel",
    "summary": (
        "For everyone who works in a hotel, B&B, short-term let or holiday let, from reception, housekeeping "
        "and night staff to bar staff, managers and hosts. Learn the signs of child sexual exploitation and "
        "what to do: if you see something, say something."
    ),
    "learning_outcomes": [
        "explain what child sexual exploitation is, and why a child cannot consent to their own abuse",
        "describe how grooming works and why abusers use hotels, B&Bs and holiday lets",
        "spot the warning signs in your own job, at booking, at the desk, in rooms and in the bar",
        "know when to call 999, and when to call 101 and say “Operation Makesafe”",
        "write a clear, factual note, and share CCTV and records with the police when they ask",
        "for managers and hosts: put in place a policy, training on every shift and a safeguarding log",
        "use words that describe what is done to a child, and never blame the child",
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
    # Each attempt draws 10 of the bank's hotel questions, so a retake is not the same paper.
    "quiz": {"mode": "random", "count": 10},
    "lessons": [LESSON_WHY_PLACES_TO_STAY, LESSON_SIGNS, LESSON_WHAT_TO_DO, LESSON_SHARING_AND_MANAGERS],
}

# ---------------------------------------------------------------------------------------------------
# Question bank. Questions whose audiences are ALL_SECTORS name no hotel role or hotel route, so any
# course can draw them.
# ---------------------------------------------------------------------------------------------------

QUESTIONS = [
    # recognising-signs
    {
        "key": "hotel-signs-1",
        "text": "You work on reception. Which of these could be warning signs? Select all that apply.",
        "competency": "recognising-signs",
        "audiences": ["hotel"],
        "multiple": True,
        "explanation": (
            "Cash, a local address, no luggage, a young person with an adult who does not seem to be "
            "family, a room away from others, no housekeeping and many visitors at night are all warning "
            "signs. Together, they are a reason to report."
        ),
        "choices": [
            {
                "text": "A guest asks for an early breakfast because he has a train to catch.",
                "correct": False,
                "feedback": "This is an ordinary request. It is not a warning sign.",
            },
            {
                "text": (
                    "A man pays cash for one night, gives a local address, and arrives with a girl who looks "
                    "about 14. They have no bags."
                ),
                "correct": True,
                "feedback": (
                    "Right. Cash, a local address, no luggage and a young girl with an adult together are strong signs."
                ),
            },
            {
                "text": "A guest wants a room by the fire exit, away from others, and says no housekeeping all week.",
                "correct": True,
                "feedback": "Right. A hidden room that staff never enter gives an abuser privacy.",
            },
            {
                "text": (
                    "A couple check in with their two children, who are 8 and 11, and a pile of suitcases. "
                    "They booked the family room months ago and ask where the pool is."
                ),
                "correct": False,
                "feedback": "Most families look like this. Nothing here is a warning sign on its own.",
            },
            {
                "text": "Several different adults ask for the same room number between midnight and 3am.",
                "correct": True,
                "feedback": "Right. Many visitors to one room, late at night, is a key warning sign.",
            },
        ],
    },
    {
        "key": "hotel-signs-2",
        "text": (
            "The same man has booked a room on four Fridays in a row. Each time, a different teenage girl "
            "arrives after he checks in. Why does this matter?"
        ),
        "competency": "recognising-signs",
        "audiences": ["hotel"],
        "multiple": False,
        "explanation": (
            "Patterns matter. The same adult with different young people, again and again, is a strong "
            "warning sign. Write it in the log and report it."
        ),
        "choices": [
            {
                "text": (
                    "It does not matter, because each visit on its own looked fine and nobody complained at the time."
                ),
                "correct": False,
                "feedback": "Each visit may look small. Together they make a pattern, and patterns must be reported.",
            },
            {
                "text": "He is a good customer, so staff should not ask him questions.",
                "correct": False,
                "feedback": "Keeping children safe matters more than any booking. Polite questions are good service.",
            },
            {
                "text": (
                    "It is a pattern that keeps repeating. Write it in the safeguarding log and report it to the "
                    "police."
                ),
                "correct": True,
                "feedback": "Right. A log lets the police and your manager see the whole pattern.",
            },
            {
                "text": "It only matters if one of the girls makes a complaint.",
                "correct": False,
                "feedback": (
                    "Exploited children often do not complain. They may be scared, or not know they are "
                    "being abused. Staff must speak up for them."
                ),
            },
        ],
    },
    {
        "key": "hotel-signs-3",
        "text": (
            "You work in housekeeping. Which of these could be signs of child sexual exploitation? "
            "Select all that apply."
        ),
        "competency": "recognising-signs",
        "audiences": ["hotel"],
        "multiple": True,
        "explanation": (
            "Children's clothes in an adult's room, days of “Do not disturb” with lots of alcohol, and a "
            "scared young person who does not know where they are can all be signs. Note them and report "
            "them. Do not search."
        ),
        "choices": [
            {
                "text": "School uniform in a room booked by one adult man, on his own",
                "correct": True,
                "feedback": "Right. Children's clothes in an adult's room, with no family staying, can be a sign.",
            },
            {
                "text": "A guest leaves a tip and a thank-you note",
                "correct": False,
                "feedback": "This is a kind guest, not a warning sign.",
            },
            {
                "text": "A girl alone in a room, who seems scared and asks you what town she is in",
                "correct": True,
                "feedback": (
                    "Right. A young person who does not know where they are may have been brought there by "
                    "abusers. This may be a 999 call."
                ),
            },
            {
                "text": "“Do not disturb” for three days, with lots of empty bottles when you finally go in",
                "correct": True,
                "feedback": "Right. Keeping staff out, plus lots of alcohol, can be a sign. Note it and report it.",
            },
            {
                "text": "A family room with a travel cot, nappies and toys on the floor, and a pushchair by the door",
                "correct": False,
                "feedback": "This is what a family stay looks like. It is not a warning sign on its own.",
            },
        ],
    },
    # models-of-exploitation
    {
        "key": "hotel-models-1",
        "text": "Why do abusers use hotels, B&Bs and holiday lets?",
        "competency": "models-of-exploitation",
        "audiences": ["hotel"],
        "multiple": False,
        "explanation": (
            "Places to stay give abusers privacy, and staff may not know who the guests are. That is why "
            "staff who notice and report are so important."
        ),
        "choices": [
            {
                "text": "Because the young people ask to go there.",
                "correct": False,
                "feedback": (
                    "This puts the blame on the child. The abuser chooses the place. Young people may be "
                    "tricked, pressured or groomed into going."
                ),
            },
            {
                "text": "They do not. Child sexual exploitation only happens in private homes.",
                "correct": False,
                "feedback": "Abusers use hotels, B&Bs and holiday lets. That is why Operation Makesafe exists.",
            },
            {
                "text": "For privacy: a closed door, and staff who may not know the guests.",
                "correct": True,
                "feedback": "Right. Staff who notice and say something take that privacy away.",
            },
        ],
    },
    {
        "key": "hotel-grooming-1",
        "text": "Which of these can be part of grooming a child? Select all that apply.",
        "competency": "models-of-exploitation",
        "audiences": ALL_SECTORS,
        "multiple": True,
        "explanation": (
            "Grooming often starts with attention and gifts, then secrets, then cutting the child off from "
            "family and friends. Later the abuser says the gifts were a “debt” to be paid back."
        ),
        "choices": [
            {
                "text": "Cutting the child off from their family and friends",
                "correct": True,
                "feedback": "Right. A child with nobody to turn to is easier for an abuser to control.",
            },
            {
                "text": "A grandparent giving a child a birthday present at a family party",
                "correct": False,
                "feedback": (
                    "An open present from family, with others there, is not grooming. Grooming uses gifts "
                    "to build secrets and control."
                ),
            },
            {
                "text": "Giving the child alcohol, drugs, gifts or a place to stay",
                "correct": True,
                "feedback": "Right. Gifts make the child feel special, and later make them feel they owe something.",
            },
            {
                "text": "Telling the child that the gifts are a “debt” they must pay back",
                "correct": True,
                "feedback": "Right. The “debt” is used to pressure the child into sexual activity.",
            },
        ],
    },
    # reporting-and-referral
    {
        "key": "hotel-reporting-1",
        "text": (
            "You are worried about a young person staying at your hotel, but they are not in danger right "
            "now. What should you do?"
        ),
        "competency": "reporting-and-referral",
        "audiences": ["hotel"],
        "multiple": False,
        "explanation": (
            "If a child is not in danger now, call 101 and say “Operation Makesafe”, tell your manager, and "
            "write it down. If a child is in danger now, call 999."
        ),
        "choices": [
            {
                "text": "Wait until you have proof, so you do not get a guest into trouble.",
                "correct": False,
                "feedback": "You do not need proof. Report what you have seen and let the police decide.",
            },
            {
                "text": "Call 101, say “Operation Makesafe”, tell your manager and write it down.",
                "correct": True,
                "feedback": "Right. Saying “Operation Makesafe” tells the police why you are calling.",
            },
            {
                "text": "Post about it in the staff group chat so that everyone can watch the guest.",
                "correct": False,
                "feedback": (
                    "This spreads private information and could warn the guest. Tell your manager and the "
                    "police, not everyone."
                ),
            },
            {
                "text": "Call 999, because every worry about a child is an emergency.",
                "correct": False,
                "feedback": (
                    "999 is for a child in danger now. For other worries, 101 is right. If things change "
                    "and the child is in danger, call 999."
                ),
            },
        ],
    },
    {
        "key": "hotel-reporting-2",
        "text": "Which of these should be a 999 call? Select all that apply.",
        "competency": "reporting-and-referral",
        "audiences": ALL_SECTORS,
        "multiple": True,
        "explanation": (
            "Call 999 when a child is in danger now. Worries that are not an emergency still matter: pass "
            "them on through your usual route the same day, for example your manager, your safeguarding "
            "lead or 101."
        ),
        "choices": [
            {
                "text": "A young person tells you that an adult is taking them somewhere tonight to abuse them.",
                "correct": True,
                "feedback": "Right. The harm could happen in the next few hours. Call 999.",
            },
            {
                "text": (
                    "Over several weeks, you have noticed the same adult meeting different young people. "
                    "Nobody is with them now."
                ),
                "correct": False,
                "feedback": (
                    "This is a worrying pattern and must be reported today, but through your usual route, "
                    "not 999, unless a child is in danger now."
                ),
            },
            {
                "text": "You hear a child screaming for help behind a locked door.",
                "correct": True,
                "feedback": "Right. A child may be being hurt now. Call 999. Do not go in alone.",
            },
            {
                "text": "An adult is leading a young person, who can hardly stand, towards a car.",
                "correct": True,
                "feedback": "Right. Call 999, and note the car, its registration and which way it goes.",
            },
        ],
    },
    {
        "key": "hotel-reporting-3",
        "text": (
            "A guest you are worried about is leaving the hotel with a young girl. She seems very drunk. What "
            "should you do?"
        ),
        "competency": "reporting-and-referral",
        "audiences": ["hotel"],
        "multiple": False,
        "explanation": (
            "Never confront or follow. Call 999 because the girl may be in danger now, and note descriptions, "
            "the car, its registration and the direction they go."
        ),
        "choices": [
            {
                "text": "Stand in the doorway and refuse to let him leave until he shows you ID.",
                "correct": False,
                "feedback": "Confronting him could put you and the girl in danger. Leave stopping him to the police.",
            },
            {
                "text": "Call 999, and note what they look like, the car, its registration and which way it goes.",
                "correct": True,
                "feedback": "Right. A very drunk girl leaving with an adult may be in danger now. Your notes help.",
            },
            {
                "text": "Nothing. Once they have left the hotel, it is not your problem.",
                "correct": False,
                "feedback": "What you saw could help the police find her quickly. Call 999 now.",
            },
            {
                "text": "Follow their car in your own car to see where they go.",
                "correct": False,
                "feedback": "This could put you and others in danger. Call 999 and give the police the details.",
            },
        ],
    },
    {
        "key": "hotel-managers-1",
        "text": (
            "You manage a hotel. Which of these help your staff to spot and report child sexual exploitation? "
            "Select all that apply."
        ),
        "competency": "reporting-and-referral",
        "audiences": ["hotel"],
        "multiple": True,
        "explanation": (
            "Train every shift, keep a safeguarding log and read it for patterns, put up Operation Makesafe "
            "materials, and make clear that any worry should be reported."
        ),
        "choices": [
            {
                "text": "Training only for managers, who can pass it on when they have time",
                "correct": False,
                "feedback": (
                    "Night porters, housekeepers and weekend staff often see the most. Train every shift yourself."
                ),
            },
            {
                "text": "A safeguarding log that you read often, looking for patterns",
                "correct": True,
                "feedback": "Right. A log shows the same names, rooms and cars coming back.",
            },
            {
                "text": "Operation Makesafe posters where staff will see them",
                "correct": True,
                "feedback": "Right. Your local police can give you posters and guidance.",
            },
            {
                "text": "Telling staff to report only when they are sure",
                "correct": False,
                "feedback": "Staff do not need to be sure. Waiting for proof can leave a child in danger.",
            },
            {
                "text": "Training for every shift, including night and weekend staff",
                "correct": True,
                "feedback": "Right. Much of this happens late at night, when fewer staff are on duty.",
            },
        ],
    },
    {
        "key": "hotel-hosts-1",
        "text": (
            "You let a flat as a holiday let. A guest with a local address booked one night for a "
            "“get-together” and would not say how many people were coming. Your cleaner says many young "
            "people came and went, with lots of alcohol. What should you do?"
        ),
        "competency": "reporting-and-referral",
        "audiences": ["hotel"],
        "multiple": False,
        "explanation": (
            "Call the police: 999 if a child is in danger now, otherwise 101, saying “Operation Makesafe”. "
            "Tell the booking platform, and keep the booking messages."
        ),
        "choices": [
            {
                "text": (
                    "Go round on your own, tell everyone to leave, and change the key code so they cannot come back."
                ),
                "correct": False,
                "feedback": "This could put you in danger and warn the adults. Let the police deal with it.",
            },
            {
                "text": "Leave the guest a bad review.",
                "correct": False,
                "feedback": "A review does not protect anyone. Report it to the police.",
            },
            {
                "text": "Nothing. It sounds like a party.",
                "correct": False,
                "feedback": "Several signs are here together: a local guest, one night, many young people, alcohol.",
            },
            {
                "text": "Call the police, tell the booking platform, and keep the booking messages.",
                "correct": True,
                "feedback": (
                    "Right. Call 101 and say “Operation Makesafe”, or 999 if a child is in danger now. The "
                    "messages may help the police."
                ),
            },
        ],
    },
    # recording-and-sharing
    {
        "key": "hotel-recording-1",
        "text": "What should you write in the hotel's safeguarding log? Select all that apply.",
        "competency": "recording-and-sharing",
        "audiences": ["hotel"],
        "multiple": True,
        "explanation": (
            "Write facts: the date, time and room, names given, descriptions, any car and its registration, "
            "what you saw and heard, and who you told. Keep guesses out, or say clearly they are your view."
        ),
        "choices": [
            {
                "text": "Your guess about what the man does for a living, written as if it were a fact",
                "correct": False,
                "feedback": "Keep to facts. A guess written as a fact can mislead the police.",
            },
            {
                "text": "The date, the time and the room number",
                "correct": True,
                "feedback": "Right. These help build a pattern over time.",
            },
            {
                "text": "Names on the booking, and any names people gave",
                "correct": True,
                "feedback": "Right. Even a false name can help the police link visits together.",
            },
            {
                "text": "What each person looked like, and any car and its registration",
                "correct": True,
                "feedback": "Right. Descriptions and registrations help the police find people.",
            },
            {
                "text": "Nothing, if you have already phoned the police",
                "correct": False,
                "feedback": ("Still write it down. The log may show a pattern later, and the police may ask for it."),
            },
        ],
    },
    {
        "key": "hotel-recording-2",
        "text": "The police ask your hotel for CCTV from last Friday night. What should happen?",
        "competency": "recording-and-sharing",
        "audiences": ["hotel"],
        "multiple": False,
        "explanation": (
            "Help the police get CCTV quickly, through your manager. Data protection law does not stop you "
            "sharing information to protect a child. Never share it with anyone else."
        ),
        "choices": [
            {
                "text": "Refuse, because guests have not said yes to sharing it.",
                "correct": False,
                "feedback": "Data protection law does not stop you sharing information to protect a child.",
            },
            {
                "text": "Post a picture of the man on social media so people can find him.",
                "correct": False,
                "feedback": "This could harm the child and the police investigation. Give it only to the police.",
            },
            {
                "text": "Tell your manager and help the police get it quickly.",
                "correct": True,
                "feedback": "Right. CCTV can be strong evidence. Note who you gave it to and when.",
            },
            {
                "text": "Delete it, to protect guests' privacy.",
                "correct": False,
                "feedback": "Deleting it could lose vital evidence. Keep it and give it to the police.",
            },
        ],
    },
    {
        "key": "hotel-recording-3",
        "text": "Which of these is the most useful note of a worry about a child?",
        "competency": "recording-and-sharing",
        "audiences": ALL_SECTORS,
        "multiple": False,
        "explanation": (
            "A useful note gives facts: when, where, who, what they looked like, any car, what was said, and "
            "who you told. It describes what happened without blaming the child."
        ),
        "choices": [
            {
                "text": "“Dodgy bloke with a young girl again.”",
                "correct": False,
                "feedback": "This has no date, time, place or description. Nobody can act on it.",
            },
            {
                "text": (
                    "“Fri 3 May, 10.15pm, bus station. Girl, looked about 14, green coat, crying, got into a "
                    "grey car, reg starts KX19. Driver: a man about 40. I called 999 at 10.17pm.”"
                ),
                "correct": True,
                "feedback": "Right. It gives facts that the police can use, and says what you did.",
            },
            {
                "text": (
                    "“That girl from before was hanging around the bus station again late at night, dressed far "
                    "too old for her age. She knew exactly what she was doing when she got in his car.”"
                ),
                "correct": False,
                "feedback": ("This blames the girl and gives no facts. Describe what you saw, and what the adult did."),
            },
        ],
    },
    # responding-to-disclosure
    {
        "key": "hotel-disclosure-1",
        "text": (
            "A girl comes to the desk while the man she arrived with is outside. She whispers, “I don't want "
            "to go back up there.” What should you do?"
        ),
        "competency": "responding-to-disclosure",
        "audiences": ["hotel"],
        "multiple": False,
        "explanation": (
            "Keep her safe with staff, listen calmly without pushing for details, and call 999 because she "
            "may be in danger now. Write down her words."
        ),
        "choices": [
            {
                "text": "Ask her lots of questions about what he has done to her.",
                "correct": False,
                "feedback": (
                    "Pushing for details can frighten her and put words in her mouth. Listen, and call the police."
                ),
            },
            {
                "text": (
                    "Tell her to go back up to the room and talk it through with him, and to call down if she needs "
                    "anything."
                ),
                "correct": False,
                "feedback": "This sends her back to possible danger. Keep her with staff.",
            },
            {
                "text": "Promise her that you will not tell anyone.",
                "correct": False,
                "feedback": "You cannot keep this secret. Say you will only tell people who can help keep her safe.",
            },
            {
                "text": "Keep her in a safe place with a colleague, listen calmly, and call 999.",
                "correct": True,
                "feedback": "Right. She may be in danger now. Write down what she said, in her own words.",
            },
        ],
    },
    # trauma-informed-practice
    {
        "key": "hotel-trauma-1",
        "text": (
            "In the hotel bar, a young person you are worried about shouts at you to leave them alone. They "
            "say the man with them is their uncle. They look scared. What should you keep in mind?"
        ),
        "competency": "trauma-informed-practice",
        "audiences": ["hotel"],
        "multiple": False,
        "explanation": (
            "Anger, fear and defending the adult are common when a young person is being groomed or "
            "threatened. Stay calm and kind, and still report your worry."
        ),
        "choices": [
            {
                "text": "They were rude, so they do not want or need your help.",
                "correct": False,
                "feedback": "Anger is often fear. It does not mean the young person is safe.",
            },
            {
                "text": (
                    "They said he is their uncle, and staff must believe what guests tell them, so there is nothing "
                    "to report."
                ),
                "correct": False,
                "feedback": "Abusers often tell children what to say. Report what you saw and let the police check.",
            },
            {
                "text": "Their anger may come from fear. Stay calm and kind, and still report it.",
                "correct": True,
                "feedback": "Right. Staying calm shows them you are safe to come back to.",
            },
        ],
    },
    # appropriate-language
    {
        "key": "hotel-language-1",
        "text": (
            "A note says: “The 15-year-old was with her boyfriend, who is 31. She was willing to go with "
            "him.” Which is the best way to write this?"
        ),
        "competency": "appropriate-language",
        "audiences": ALL_SECTORS,
        "multiple": False,
        "explanation": (
            "A 15-year-old cannot consent to abuse, and “boyfriend” repeats the abuser's story. Describe "
            "what you saw and name the worry."
        ),
        "choices": [
            {
                "text": "“The 15-year-old chose to go with her older partner.”",
                "correct": False,
                "feedback": "“Chose” and “partner” suggest a choice and a real bond. This blames her.",
            },
            {
                "text": "“The 15-year-old was with a 31-year-old man. We are worried he is exploiting her.”",
                "correct": True,
                "feedback": "Right. It says what you saw and puts the worry on the adult.",
            },
            {
                "text": (
                    "Leave it as it is. It uses the words she used herself, and changing them would not be accurate."
                ),
                "correct": False,
                "feedback": (
                    "Her own words can go in quotation marks, but your note must not repeat the abuser's story as fact."
                ),
            },
            {
                "text": "“The 15-year-old is sexually active with an older man.”",
                "correct": False,
                "feedback": "This hides the abuse and judges her. Describe what the adult is doing.",
            },
        ],
    },
    # missing-children
    {
        "key": "hotel-missing-1",
        "text": (
            "The police call your hotel. A 14-year-old has gone missing from home and may be with an adult "
            "at a hotel nearby. What should you do?"
        ),
        "competency": "missing-children",
        "audiences": ["hotel"],
        "multiple": False,
        "explanation": (
            "A missing child may be with the people who are exploiting them. Help the police straight away, "
            "following your policy, and tell your manager."
        ),
        "choices": [
            {
                "text": (
                    "Go and knock on guests' doors yourself to look for her, starting with rooms booked by men on "
                    "their own."
                ),
                "correct": False,
                "feedback": "This could put you and her in danger, and warn the adult. Leave searching to the police.",
            },
            {
                "text": "Tell them you cannot give out any guest information.",
                "correct": False,
                "feedback": "Data protection law does not stop you sharing information to protect a child.",
            },
            {
                "text": "Wait until the manager is in tomorrow morning.",
                "correct": False,
                "feedback": "A missing child can be harmed within hours. Help now, and tell your manager now.",
            },
            {
                "text": "Check your records and CCTV as your policy allows, tell your manager, and help at once.",
                "correct": True,
                "feedback": "Right. A missing child may be with people who are exploiting her. Every minute counts.",
            },
        ],
    },
    # online-exploitation
    {
        "key": "hotel-online-1",
        "text": (
            "A 15-year-old boy comes to reception. He asks for the room of a man he met on a gaming app. He "
            "has never met him before. What should you do?"
        ),
        "competency": "online-exploitation",
        "audiences": ["hotel"],
        "multiple": False,
        "explanation": (
            "This may be online grooming that has moved to meeting in person. Never give out a room number. "
            "Keep the boy safe at the desk, tell your manager and call 999."
        ),
        "choices": [
            {
                "text": "Phone the man's room, tell him a boy is asking for him, and ask him to come down and explain.",
                "correct": False,
                "feedback": "This could warn the man. Do not contact him. Call the police.",
            },
            {
                "text": "Keep him safe at the desk, tell your manager, and call 999.",
                "correct": True,
                "feedback": (
                    "Right. An adult meeting a boy he met online, in a hotel room, may be about to abuse "
                    "him. This is a danger now."
                ),
            },
            {
                "text": "Give him the room number. Boys are not usually at risk.",
                "correct": False,
                "feedback": "Boys are sexually exploited too. Never give out a room number.",
            },
            {
                "text": "Tell him to go home, and do nothing else.",
                "correct": False,
                "feedback": "He may still meet the man somewhere else. Keep him safe and call the police.",
            },
        ],
    },
]
