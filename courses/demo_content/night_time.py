"""Demo course: child sexual exploitation awareness for the night-time economy and licensed premises.
Pure data, no Django.

For bar staff, door supervisors, venue managers and licensees, fast food, takeaway and late-night shop
staff, street pastors and event staff. The demo loader turns COURSE into a CoursePage with LessonPage
children (body entries are (block type, value) pairs for courses.blocks.LessonStreamBlock) and QUESTIONS
into the question bank.

Wording follows shared/content-guide.md, in plain English for staff who may read English as a second
language. Words the guide tells us to avoid appear only inside quotation marks where we teach what to
say instead: the model name older “boyfriend” in lesson 1, the “Words to use” list in lesson 3 and the
questions tagged appropriate-language. Public sources are named where a fact comes from them: the
Department for Education's 2017 guide to child sexual exploitation, the Licensing Act 2003 and the
explanatory notes to the Anti-social Behaviour, Crime and Policing Act 2014. The case study is a
composite and describes no real child. No local phone numbers: those come from the "report_it_here"
block.
"""

ALL_SECTORS = ["school", "practitioner", "taxi", "hotel", "night_time"]

# ---------------------------------------------------------------------------------------------------
# Lesson 1
# ---------------------------------------------------------------------------------------------------

LESSON_WHY_NIGHT_TIME = {
    "title": "Why the night-time economy matters",
    "slug": "why-the-night-time-economy-matters",
    "estimated_minutes": 4,
    "summary": "What child sexual exploitation is, how grooming works, and why abusers use the night.",
    "body": [
        (
            "rich_text",
            "<h2>What child sexual exploitation is</h2>"
            "<p>Child sexual exploitation (CSE) is a form of child sexual abuse. A person or a group with "
            "power over someone under 18 pressures, tricks or forces them into sexual activity.</p>"
            "<p>The power can come from age, size or money, or from being part of a group. It can also come "
            "from giving the child things they want or need: drinks, drugs, free food, lifts, somewhere to "
            "go at night, or attention. Later the child is told they owe a “debt”. Some abusers make money "
            "by passing children to other abusers.</p>"
            "<p>CSE does not always involve touching. A child may be made to send sexual images, or may be "
            "filmed.</p>"
            "<p>This meaning comes from the Department for Education's 2017 guide to child sexual "
            "exploitation.</p>"
            "<h2>A child cannot consent to abuse</h2>"
            "<p>Anyone under 18 can be sexually exploited, and that includes 16 and 17 year olds. Being over "
            "the age of consent does not make abuse OK. They are still children.</p>"
            "<p>A young person may seem to be enjoying the night. They may call an older man their "
            "“boyfriend”, or tell you they are fine. Grooming makes a child trust the abuser and fear "
            "everyone else. The young person is never to blame. The responsibility is always the "
            "adult's.</p>"
            "<h2>How grooming works</h2>"
            "<ul>"
            "<li><b>Friendly at first:</b> compliments, free drinks, free food, lifts home.</li>"
            "<li><b>Secrets:</b> “Don't tell your mum where you've been.”</li>"
            "<li><b>Cut off:</b> the child is kept away from family and friends.</li>"
            "<li><b>Control:</b> the gifts become a “debt”. Then come threats, violence and abuse.</li>"
            "</ul>"
            "<p>Grooming often starts online and moves to meeting in person, often somewhere busy and "
            "normal-looking, like a bar, a takeaway or a shop.</p>"
            "<h2>Any child, many kinds of abuser</h2>"
            "<p>Any child can be exploited, boys as well as girls, from any background. Abusers can be men "
            "or women, adults or other young people. Common patterns, or “models”, include:</p>"
            "<ul>"
            "<li><b>Older “boyfriend” or “girlfriend”:</b> an older person pretends to love the child. The "
            "quotation marks show this is the abuser's story.</li>"
            "<li><b>Organised or network:</b> groups of abusers pass children between them, often to "
            "“parties”, flats or hotels.</li>"
            "<li><b>Online grooming:</b> contact in an app or game leads to meeting up.</li>"
            "<li><b>Peer-on-peer (child-on-child):</b> a young person is exploited by other young "
            "people.</li>"
            "<li><b>Gang-associated:</b> gangs use sexual abuse to control and punish children.</li>"
            "</ul>"
            "<h2>Links with criminal exploitation</h2>"
            "<p>Some young people out at night are being made to carry or sell drugs, or carry money or "
            "weapons. This is child criminal exploitation. County lines is one form of it: gangs use "
            "children to move drugs between areas. Children who are criminally exploited are often sexually "
            "abused too. Whatever they have been made to do, see a child at risk.</p>"
            "<h2>Why the night matters</h2>"
            "<p>Late at night there is alcohol and there are drugs. It is dark, and people are tired. Young "
            "people get split up from friends, lose their phones or run out of money. Abusers know this. "
            "They offer a drink, free food, a party or a lift home.</p>"
            "<p>When Parliament passed the Anti-social Behaviour, Crime and Policing Act 2014, the "
            "Government's notes to the Act said that recent cases had used hotels, takeaways and other "
            "places to groom and exploit children.</p>"
            "<p>Bar staff, door supervisors, takeaway and shop staff, street pastors and event staff are "
            "working when most other services are closed. You can see what others miss.</p>",
        ),
        (
            "callout",
            {
                "style": "important",
                "heading": "The law: protecting children from harm",
                "body": (
                    "<p>The Licensing Act 2003 sets four licensing objectives. Licensing authorities and "
                    "licensed venues work to promote all four:</p>"
                    "<ul>"
                    "<li>the prevention of crime and disorder</li>"
                    "<li>public safety</li>"
                    "<li>the prevention of public nuisance</li>"
                    "<li><b>the protection of children from harm</b></li>"
                    "</ul>"
                    "<p>It is a crime to sell alcohol to anyone under 18. It is also a crime for an adult to "
                    "buy alcohol for someone under 18 to drink in a bar, pub or club, or to buy it for them "
                    "in a shop. There is one narrow exception: in a pub or restaurant, a 16 or 17 year old "
                    "may drink beer, wine or cider with a table meal, if an adult is with them and buys "
                    "it.</p>"
                    "<p>If a venue does not protect children, its licence can be reviewed.</p>"
                ),
            },
        ),
        (
            "report_it_here",
            {
                "heading": "Report it here",
                "intro": (
                    "If a child is in danger now, call 999. If not, call 101 and say you are worried about "
                    "child sexual exploitation. Tell your manager or the licensee too. These are the other "
                    "numbers for where you work."
                ),
            },
        ),
    ],
}

# ---------------------------------------------------------------------------------------------------
# Lesson 2
# ---------------------------------------------------------------------------------------------------

LESSON_SIGNS_AT_NIGHT = {
    "title": "Spotting the signs at night",
    "slug": "spotting-the-signs-at-night",
    "estimated_minutes": 5,
    "summary": "What CSE can look like in bars, at the door, in takeaways and shops, on the street and at events.",
    "body": [
        (
            "rich_text",
            "<p>Most people on a night out are fine. You are looking for young people who seem out of "
            "place, and for adults whose interest in them does not feel right.</p>"
            "<p>One sign may mean little. Several together, or the same thing week after week, are a reason "
            "to act.</p>",
        ),
        (
            "callout",
            {
                "style": "warning",
                "heading": "Warning signs",
                "body": (
                    "<p><b>In bars, clubs and venues</b></p>"
                    "<ul>"
                    "<li>Young people who look under 18, with older adults who do not seem to be family</li>"
                    "<li>An adult buying alcohol and handing it to a young person</li>"
                    "<li>A young person who is very drunk or seems drugged, and is being taken away</li>"
                    "<li>A young person leaving with adults they do not seem to know</li>"
                    "</ul>"
                    "<p><b>Outside, in takeaways and in late-night shops</b></p>"
                    "<ul>"
                    "<li>Young people with older men in a takeaway or shop late at night</li>"
                    "<li>Young people being given free food, alcohol, cigarettes or phone top-ups</li>"
                    "<li>Young people being offered lifts, or getting into different cars</li>"
                    "<li>Adults waiting outside for young people who were turned away at the door</li>"
                    "</ul>"
                    "<p><b>The young person</b></p>"
                    "<ul>"
                    "<li>Seems scared, confused, or controlled by an adult</li>"
                    "<li>Does not know where they are, or how to get home</li>"
                    "<li>Has no phone, no money and no friends with them</li>"
                    "<li>Wears clothes that do not suit their age or the weather</li>"
                    "</ul>"
                    "<p><b>Patterns</b></p>"
                    "<ul>"
                    "<li>The same adults with different young people, night after night</li>"
                    "<li>The same young person with different adults</li>"
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
                        "heading": "Bar staff",
                        "body": (
                            "<p>You see who buys the drinks and who drinks them. An older man buys doubles "
                            "and passes them to a girl who looks 15. A young person seems to get more and "
                            "more drunk on “soft drinks”. Refuse the sale, tell your manager and write it "
                            "down.</p>"
                        ),
                    },
                    {
                        "heading": "Door supervisors",
                        "body": (
                            "<p>You see everyone who comes in and leaves. Notice who waits outside for the "
                            "young people you turn away. At closing time, notice who leaves with whom, and "
                            "who cannot look after themselves.</p>"
                        ),
                    },
                    {
                        "heading": "Venue managers and licensees",
                        "body": (
                            "<p>You see the whole picture: the incident log, the CCTV and the regulars. "
                            "Watch for the same men with new young people each week.</p>"
                        ),
                    },
                    {
                        "heading": "Takeaway, fast food and late-night shop staff",
                        "body": (
                            "<p>You are open when everything else is shut. Older men buy food for groups of "
                            "young girls. Someone tells a child they can eat free “any time”. Cars wait "
                            "outside. An adult buys alcohol, then hands it to young people waiting "
                            "outside.</p>"
                        ),
                    },
                    {
                        "heading": "Street pastors and welfare volunteers",
                        "body": (
                            "<p>You meet people who are lost, drunk, alone or upset. A young person far from "
                            "home, with no phone or money, may have an older adult “looking after” them. Stay "
                            "with them and call the police.</p>"
                        ),
                    },
                    {
                        "heading": "Event and festival staff",
                        "body": (
                            "<p>Crowds make it easy to get lost. Watch for young people split up from their "
                            "group, and adults taking young people into tents, cars or private areas. Use "
                            "your event's welfare team.</p>"
                        ),
                    },
                ]
            },
        ),
        (
            "rich_text",
            "<h2>Closing time</h2>"
            "<p>The end of the night is a time of high risk for young people. People are drunk, groups "
            "split up, phones are flat, and taxis are hard to find. Some adults "
            "wait for this moment to offer a lift, a party or somewhere to stay.</p>"
            "<p>Never put a very drunk or vulnerable young person out onto the street alone. Keep them "
            "safe and get help.</p>",
        ),
        (
            "case_study",
            {
                "title": "A month on the high street",
                "story": (
                    "<p>Over a month of weekend nights in a town centre, three people each saw part of a "
                    "picture.</p>"
                    "<p>A door supervisor turned away two girls who looked about 14. Twice, the same two men "
                    "in their thirties were waiting across the road and drove the girls away in a silver "
                    "van. He wrote the registration in the incident log and told the manager, who called "
                    "101.</p>"
                    "<p>A kebab shop worker saw the same men buy food for a group of girls, late at night, "
                    "week after week. One girl said she could eat there free, because the men “sorted it”. "
                    "The worker told the owner, who called 101.</p>"
                    "<p>A street pastor found a girl crying by the bus station at 2am. She did not know which "
                    "town she was in, and her phone was gone. The pastor stayed with her somewhere safe and "
                    "called 999.</p>"
                    "<p>Because each of them reported, the police could link the van, the men and the "
                    "girls. The girls got support, and the police investigated the men.</p>"
                ),
                "learning_points": [
                    "Each person saw only a small part. Reports from different places made the pattern.",
                    "Turning a young person away at the door is not the end of your duty to them.",
                    "A registration written down at the time gave the police a real lead.",
                ],
                "source": "A composite case written for this course. It does not describe a real child or place.",
            },
        ),
        (
            "scenario",
            {
                "title": "What would you do? In the takeaway",
                "situation": (
                    "<p>It is 1am in the takeaway where you work. Two girls who look about 14 come in most "
                    "weekends with two men in their thirties. The men pay for everything. Tonight one girl "
                    "is very drunk. She asks to borrow your phone, then changes her mind when one of the men "
                    "looks over.</p>"
                ),
                "options": [
                    {
                        "text": "Stop serving them, so they go somewhere else.",
                        "is_best": False,
                        "feedback": ("This moves the danger somewhere nobody is watching. The girls still need help."),
                    },
                    {
                        "text": "Tell the men loudly to leave the girls alone.",
                        "is_best": False,
                        "feedback": (
                            "Confronting the men could put you and the girls in danger, and they may take "
                            "the girls away."
                        ),
                    },
                    {
                        "text": "Keep serving as normal. They are paying customers.",
                        "is_best": False,
                        "feedback": (
                            "Young girls with older men, week after week, and a frightened girl tonight: "
                            "these are serious signs."
                        ),
                    },
                    {
                        "text": (
                            "Call 999. If it is safe, quietly offer the girl a place to wait near staff. "
                            "Note the men, any car and the time."
                        ),
                        "is_best": True,
                        "feedback": (
                            "Yes. A very drunk 14-year-old who is scared of the men with her may be in "
                            "danger now. Keep her close to staff if you can."
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
                    "If a child is in danger now, call 999. If not, call 101. Tell your manager or the "
                    "licensee the same night. These are the other numbers for where you work."
                ),
            },
        ),
    ],
}

# ---------------------------------------------------------------------------------------------------
# Lesson 3
# ---------------------------------------------------------------------------------------------------

LESSON_STEPPING_IN = {
    "title": "Stepping in safely",
    "slug": "stepping-in-safely",
    "estimated_minutes": 5,
    "summary": "Safe ways to step in, door supervisors' duties, Ask for Angela, listening, and the words to use.",
    "body": [
        (
            "rich_text",
            "<p>You do not need to be sure before you act. Your aim is to keep the young person safe, not "
            "to catch or fight the adult. Step in safely, and get help early.</p>"
            "<h2>Safe ways to step in</h2>"
            "<ul>"
            "<li><b>Do not act alone if you can help it.</b> Get a colleague, use your radio, or call a door "
            "supervisor or the manager.</li>"
            "<li><b>Talk to the young person, not the adult.</b> Keep it friendly: “Are you OK? Do you want "
            "to sit down and have some water?”</li>"
            "<li><b>Give a simple reason to move them.</b> For example: “Can I check your ID over here?” "
            "Then talk somewhere quiet, but where others can see you.</li>"
            "<li><b>Keep them in a safe place.</b> Bring them inside, to a welfare area, an office or a "
            "spot near staff. Never leave them outside on their own.</li>"
            "<li><b>Get help.</b> If a child is in danger now, call 999. Stay with them until help "
            "comes.</li>"
            "<li><b>Do not confront the adult.</b> Do not accuse them or fight them. Note what they look "
            "like, their car, and which way they go.</li>"
            "</ul>"
            "<h2>Door supervisors</h2>"
            "<p>Door supervisors must hold a licence from the Security Industry Authority (SIA). Your job "
            "is not only to stop trouble. It is also to look after people who are vulnerable, and children "
            "most of all.</p>"
            "<ul>"
            "<li><b>Check age.</b> Many venues use Challenge 25: if someone looks under 25, ask for photo "
            "ID. Follow your venue's policy every time.</li>"
            "<li><b>Refusing entry is not the end.</b> A young person you turn away is still a child, out "
            "late. Notice who is waiting for them. If you are worried, tell your manager and call the "
            "police.</li>"
            "<li><b>Think about welfare at closing time.</b> Look out for anyone very drunk, alone, or "
            "leaving with people they do not seem to know.</li>"
            "<li><b>Never put a vulnerable young person out onto the street alone.</b> Keep them safe and "
            "get help.</li>"
            "<li><b>Write it down</b> in the incident log, and report it on the same shift.</li>"
            "</ul>",
        ),
        (
            "callout",
            {
                "style": "tip",
                "heading": "Ask for Angela",
                "body": (
                    "<p>Many venues take part in “Ask for Angela”. A person who feels unsafe or threatened "
                    "can go to staff and ask for “Angela”. Staff then help them quietly, for example by "
                    "taking them somewhere safe, helping them get home or calling the police. If your venue "
                    "uses it, know what your part is.</p>"
                    "<p>Use the same quiet, calm help for a young person who seems frightened. If they are "
                    "under 18, keep them safe with staff and call the police.</p>"
                ),
            },
        ),
        (
            "scenario",
            {
                "title": "What would you do? At the door at closing time",
                "situation": (
                    "<p>It is 2.30am and the venue is emptying. Two men in their thirties are helping a girl "
                    "who looks about 15 towards a car. She can hardly walk. One of them says to you, “She's "
                    "our cousin. We're taking her home.” The girl says nothing.</p>"
                ),
                "options": [
                    {
                        "text": "Let them go. They said she is family.",
                        "is_best": False,
                        "feedback": (
                            "Abusers often say they are family. A girl this drunk cannot tell you if she is "
                            "safe. Do not let the risk walk away."
                        ),
                    },
                    {
                        "text": "Grab the men and pull her away from them.",
                        "is_best": False,
                        "feedback": (
                            "A fight could hurt you, the girl and others. Step in calmly, with a colleague, "
                            "and call the police."
                        ),
                    },
                    {
                        "text": (
                            "With a colleague, say you need to check she is OK. Bring her inside to a safe "
                            "place, call 999, and note the men and the car."
                        ),
                        "is_best": True,
                        "feedback": (
                            "Yes. She may be in danger now. Keeping her with staff and calling 999 is right. "
                            "Note what the men look like, the car and its registration."
                        ),
                    },
                    {
                        "text": "Let them go, then write it in the log at the end of your shift.",
                        "is_best": False,
                        "feedback": (
                            "Writing it down matters, but it comes after keeping her safe. By the end of "
                            "your shift, she could have been harmed."
                        ),
                    },
                ],
            },
        ),
        (
            "rich_text",
            "<h2>If a young person tells you something</h2>"
            "<ul>"
            "<li><b>Stay calm and listen.</b> Let them go at their own pace.</li>"
            "<li><b>Do not promise to keep it secret.</b> Say you will only tell people who can help keep "
            "them safe.</li>"
            "<li><b>Do not ask questions that suggest an answer</b>, like “Did he touch you?” If they need "
            "help to say more, try “Tell me more.”</li>"
            "<li><b>Do not go and find the adult</b> they talk about.</li>"
            "<li><b>Call the police</b>, and write down what they said, in their own words.</li>"
            "</ul>",
        ),
        (
            "callout",
            {
                "style": "important",
                "heading": "Angry, upset, or “fine”",
                "body": (
                    "<p>A young person you help may swear at you, cry, laugh, or say you have ruined their "
                    "night. They may stand up for the adult. This is often fear, or the grooming talking. It "
                    "does not mean they are safe.</p>"
                    "<p>Services that support young people use six trauma-informed principles: safety; "
                    "trust and transparency; peer support; collaboration; empowerment; and humility and "
                    "responsiveness. On a night out, this means: stay calm, keep them somewhere safe, tell "
                    "them honestly what you are doing and why, and offer small choices, like water or a "
                    "seat.</p>"
                ),
            },
        ),
        (
            "rich_text",
            "<h2>Words to use</h2>"
            "<p>The words you use on the radio, on the phone and in the log shape how others see a young "
            "person. Describe what is being done to them.</p>"
            "<ul>"
            "<li>Say “a child who is being sexually exploited”, not “child prostitute” or “selling "
            "sex”.</li>"
            "<li>Say “the adult who is exploiting her”, not “her boyfriend” or “their relationship”.</li>"
            "<li>Say “she was groomed” or “she was pressured”, not “she was willing” or “she agreed to "
            "it”.</li>"
            "<li>Say “she is at risk”, not “she is putting herself at risk” or “risky behaviour”.</li>"
            "<li>Say “she went missing”, not “she absconded” or “she chooses to go missing”.</li>"
            "<li>Say “he was sexually abused” or “he was raped”, not “he had sex with a man”. Never call "
            "a child “promiscuous”.</li>"
            "</ul>",
        ),
        (
            "report_it_here",
            {
                "heading": "Report it here",
                "intro": (
                    "If a child is in danger now, call 999. If not, call 101. Then tell your manager or the "
                    "licensee, and write it in the incident log. These are the other numbers for where you "
                    "work."
                ),
            },
        ),
    ],
}

# ---------------------------------------------------------------------------------------------------
# Lesson 4
# ---------------------------------------------------------------------------------------------------

LESSON_REPORTING = {
    "title": "Reporting, records and CCTV",
    "slug": "reporting-records-and-cctv",
    "estimated_minutes": 4,
    "summary": "When to call 999 or 101, the incident log, online contact and images, CCTV, and what managers do.",
    "body": [
        (
            "rich_text",
            "<h2>999 or 101?</h2>"
            "<p><b>Call 999 when a child is in danger now.</b> For example: a young person who can hardly "
            "stand is being put into a car; a young person says they are being taken somewhere tonight; "
            "an adult will not let a young person leave.</p>"
            "<p><b>Call 101 when you are worried, but nobody is in danger right now.</b> For example: the "
            "same men have bought drinks for young girls every weekend this month. Say you are worried "
            "about child sexual exploitation. If you do not want to give your name, call Crimestoppers on "
            "0800 555 111.</p>"
            "<p>Whichever you call, tell your manager, the designated premises supervisor (DPS) or the "
            "licensee on the same shift.</p>"
            "<h2>Write it down</h2>"
            "<p>Use your venue's incident log, as soon as you can. Stick to facts:</p>"
            "<ul>"
            "<li>the date, the time and exactly where</li>"
            "<li>what each person looked like: the age they seemed, height, hair, clothes</li>"
            "<li>any names you heard</li>"
            "<li>any car: the make, the colour, the registration and which way it went</li>"
            "<li>what you saw and heard, using the words people used</li>"
            "<li>what you did, and who you told, and when</li>"
            "</ul>",
        ),
        (
            "callout",
            {
                "style": "tip",
                "heading": "A useful log entry",
                "body": (
                    "<p><b>Not useful:</b> “Drunk girl left with some lads. Sorted.”</p>"
                    "<p><b>Useful:</b> “Sat 14 June, 01.35, front door. A girl who looked 14 to 15, long "
                    "dark hair, white hoodie, very unsteady, was helped into a black Audi, registration "
                    "starts LR68, by two men about 30. One man said she was his cousin. She did not speak. "
                    "Called 999 at 01.36. Told the DPS at 01.40. J. Okafor, door supervisor, SIA "
                    "licensed.”</p>"
                ),
            },
        ),
        (
            "rich_text",
            "<h2>Online contact and images</h2>"
            "<p>Some young people come out to meet someone they have only talked to online. A young person "
            "waiting at the door for a “friend” they have never met may be being groomed. Keep them safe "
            "with staff and call the police.</p>"
            "<p>Adults may also film or photograph a drunk young person. It is a crime to take, share or "
            "keep a sexual image of anyone under 18. If someone shows you one, do not copy, screenshot or "
            "forward it, and do not ask for it to be sent to you. Note who showed you, and tell your "
            "manager and the police.</p>"
            "<h2>CCTV and sharing information</h2>"
            "<p>Many premises licences include a condition to have CCTV. Keep footage safe. "
            "When the police ask for it, help them get it quickly. Data protection law does not stop you "
            "sharing information to keep a child safe.</p>"
            "<p>Share only with the people who need to know: your manager and the police. Never share "
            "footage, photos or names in group chats or on social media.</p>"
            "<h2>Missing children</h2>"
            "<p>Police may share details of a young person who is missing from home or care. A missing "
            "child may be with the people who are exploiting them. If you think you see them, call the "
            "police straight away. Call 999 if they are in danger now.</p>"
            "<h2>For managers, licensees and event organisers</h2>"
            "<ul>"
            "<li><b>A written policy:</b> what staff look for, your age checks, who calls the police, and "
            "how you look after people at closing time.</li>"
            "<li><b>Training for all staff:</b> bar, floor, door, kitchen, delivery, agency and event "
            "staff, on every shift.</li>"
            "<li><b>An incident log</b> that you read often, looking for the same people, cars and "
            "patterns.</li>"
            "<li><b>A safe place</b> where a vulnerable person can wait with staff.</li>"
            "<li><b>CCTV that works</b> and covers the doors and outside, and staff who know how to copy it "
            "quickly.</li>"
            "<li><b>Working together</b> with the police, your licensing team and other venues, for "
            "example through a local Pubwatch.</li>"
            "<li><b>Back your staff.</b> Thank people who report, even when nothing is found, and check on "
            "them after a hard night.</li>"
            "</ul>"
            "<p>The protection of children from harm is one of the four licensing objectives. These steps "
            "show that your venue takes it seriously.</p>",
        ),
        (
            "report_it_here",
            {
                "heading": "Report it here",
                "intro": (
                    "If a child is in danger now, call 999. If not, call 101 and say you are worried about "
                    "child sexual exploitation. Tell your manager, the DPS or the licensee. These are the "
                    "other numbers for where you work."
                ),
            },
        ),
    ],
}

COURSE = {
    "title": "Child sexual exploitation: awareness for the night-time economy",
    "slug": "night-time-economy",
    "audience": "night_time",
    "summary": (
        "For everyone who works at night: bar staff, door supervisors, venue managers and licensees, "
        "takeaway, fast food and late-night shop staff, street pastors and event staff. Learn the signs of "
        "child sexual exploitation, how to step in safely, and who to tell."
    ),
    "learning_outcomes": [
        "explain what child sexual exploitation is, and why a child cannot consent to their own abuse",
        "describe how grooming works, and why abusers use bars, takeaways, shops and the night",
        "spot warning signs in your own job, including at closing time",
        "step in safely and keep a young person in a safe place until help comes",
        "know when to call 999 and when to call 101, and tell your manager or licensee",
        "write a clear incident log entry, and share CCTV with the police when they ask",
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
    # Each attempt draws 10 of the bank's night-time questions, so a retake is not the same paper.
    "quiz": {"mode": "random", "count": 10},
    "lessons": [LESSON_WHY_NIGHT_TIME, LESSON_SIGNS_AT_NIGHT, LESSON_STEPPING_IN, LESSON_REPORTING],
}

# ---------------------------------------------------------------------------------------------------
# Question bank. Questions whose audiences are ALL_SECTORS name no night-time role or route, so any
# course can draw them.
# ---------------------------------------------------------------------------------------------------

QUESTIONS = [
    # recognising-signs
    {
        "key": "nte-signs-1",
        "text": "You work behind a bar. Which of these could be warning signs? Select all that apply.",
        "competency": "recognising-signs",
        "audiences": ["night_time"],
        "multiple": True,
        "explanation": (
            "Adults buying alcohol for young people, a very drunk young person being steered away by adults, "
            "and a young person who looks to an adult before they speak are all warning signs."
        ),
        "choices": [
            {
                "text": (
                    "A group of friends in their twenties celebrating a birthday, buying rounds of shots for each other"
                ),
                "correct": False,
                "feedback": "This is an ordinary night out. Nothing here is a warning sign.",
            },
            {
                "text": "An older man buys double vodkas and hands them to a girl who looks about 15",
                "correct": True,
                "feedback": "Right. Buying alcohol for an under-18 is a crime, and it can be part of grooming.",
            },
            {
                "text": "A very drunk young person being steered to the exit by adults they do not seem to know",
                "correct": True,
                "feedback": "Right. This may be a child in danger now. Step in safely and call 999.",
            },
            {
                "text": "A customer asks for a jug of tap water",
                "correct": False,
                "feedback": "This is a normal request, and a sensible one.",
            },
            {
                "text": "A young person who looks at an older man before answering any question",
                "correct": True,
                "feedback": "Right. Letting an adult control what they say can be a sign they are being controlled.",
            },
        ],
    },
    {
        "key": "nte-signs-2",
        "text": (
            "You work in a takeaway that is open late. Which of these could be warning signs? Select all that apply."
        ),
        "competency": "recognising-signs",
        "audiences": ["night_time"],
        "multiple": True,
        "explanation": (
            "Older men buying food for young girls late at night, free food with a secret attached, and young "
            "people getting into different cars in the early hours are all warning signs."
        ),
        "choices": [
            {
                "text": "Men in their thirties often buy food for the same group of young girls after midnight",
                "correct": True,
                "feedback": "Right. Free food from older men can be the start of grooming.",
            },
            {
                "text": "A parent buys chips for their children at 6pm",
                "correct": False,
                "feedback": "This is an ordinary family meal.",
            },
            {
                "text": "A young person is told they can eat free “any time”, as long as they keep it quiet",
                "correct": True,
                "feedback": "Right. Gifts with a secret attached are a classic part of grooming.",
            },
            {
                "text": "Young people are picked up outside in different cars at 2am",
                "correct": True,
                "feedback": "Right. Note the cars and registrations, and report it.",
            },
            {
                "text": (
                    "Teenagers in sports kit buy snacks and drinks together after football training, early in the "
                    "evening"
                ),
                "correct": False,
                "feedback": "This is ordinary. Nothing here is a sign on its own.",
            },
        ],
    },
    {
        "key": "nte-signs-3",
        "text": "Why is closing time a time of high risk for young people?",
        "competency": "recognising-signs",
        "audiences": ["night_time"],
        "multiple": False,
        "explanation": (
            "At closing time people are drunk, groups split up, phones are flat and taxis are hard to find. "
            "Some adults wait for this moment to offer a lift, a party or somewhere to stay."
        ),
        "choices": [
            {
                "text": "Because young people make bad choices when they have been drinking and are out late.",
                "correct": False,
                "feedback": "This blames the young person. The danger comes from adults who target them.",
            },
            {
                "text": "It is not. The risk ends when the venue closes.",
                "correct": False,
                "feedback": "The risk often grows as people leave. Keep looking out for them.",
            },
            {
                "text": "Groups split up, phones die, and some adults wait to offer lifts.",
                "correct": True,
                "feedback": "Right. Never put a vulnerable young person out onto the street alone.",
            },
        ],
    },
    {
        "key": "nte-door-1",
        "text": (
            "You are a door supervisor. Which of these are part of your job when it comes to young people? "
            "Select all that apply."
        ),
        "competency": "recognising-signs",
        "audiences": ["night_time"],
        "multiple": True,
        "explanation": (
            "Door supervisors check age, notice who is waiting for young people they turn away, and look out "
            "for vulnerable people, especially at closing time. They never put a vulnerable young person "
            "out alone."
        ),
        "choices": [
            {
                "text": "Putting a very drunk young person out on the street to sort themselves out",
                "correct": False,
                "feedback": "Never do this. Keep them somewhere safe with staff and get help.",
            },
            {
                "text": "Noticing who is waiting outside for young people you turned away",
                "correct": True,
                "feedback": "Right. Refusing entry is not the end. The young person is still a child, out late.",
            },
            {
                "text": "Checking ID, for example with Challenge 25, as your venue's policy says",
                "correct": True,
                "feedback": "Right. Check the same way every time, for everyone.",
            },
            {
                "text": "Looking out for vulnerable people at closing time, not only for trouble",
                "correct": True,
                "feedback": "Right. Welfare is part of the job, and children most of all.",
            },
        ],
    },
    {
        "key": "nte-alcohol-1",
        "text": "An adult in your bar buys a pint and passes it to a 15-year-old. What is true?",
        "competency": "recognising-signs",
        "audiences": ["night_time"],
        "multiple": False,
        "explanation": (
            "It is a crime for an adult to buy alcohol for someone under 18, and it can be part of grooming. "
            "Stop the sale if you can, tell your manager and write it down."
        ),
        "choices": [
            {
                "text": "It is fine, because an adult is with the 15-year-old.",
                "correct": False,
                "feedback": (
                    "The narrow exception is only for 16 and 17 year olds having beer, wine or cider with a "
                    "table meal. It does not cover this."
                ),
            },
            {
                "text": "Once the drink is sold, it is not your problem.",
                "correct": False,
                "feedback": "Protecting children from harm is a licensing objective. It is everyone's job.",
            },
            {
                "text": "It is a crime, and it can be a sign of grooming.",
                "correct": True,
                "feedback": "Right. Tell your manager, write it down, and watch for other signs.",
            },
        ],
    },
    # models-of-exploitation
    {
        "key": "nte-models-1",
        "text": (
            "A 15-year-old boy is caught selling drugs outside your venue for some older men. What should you "
            "keep in mind?"
        ),
        "competency": "models-of-exploitation",
        "audiences": ["night_time"],
        "multiple": False,
        "explanation": (
            "He may be a victim of child criminal exploitation, such as county lines, and may be sexually "
            "exploited too. See a child at risk, and report it."
        ),
        "choices": [
            {
                "text": "He may be a victim of exploitation, not only a dealer. Report it.",
                "correct": True,
                "feedback": "Right. Whatever he has been made to do, he is a child at risk.",
            },
            {
                "text": "He is a drug dealer. Ban him from the venue for good, and that is the end of it.",
                "correct": False,
                "feedback": "Banning him does not make him safe. The men using him are the ones to report.",
            },
            {
                "text": "Boys are not sexually exploited, so only the drugs matter.",
                "correct": False,
                "feedback": "Boys are sexually exploited too. Criminal and sexual exploitation often happen together.",
            },
        ],
    },
    {
        "key": "nte-age-of-consent-1",
        "text": "A young person is 17, which is over the age of consent. Can they be sexually exploited?",
        "competency": "models-of-exploitation",
        "audiences": ALL_SECTORS,
        "multiple": False,
        "explanation": (
            "Anyone under 18 can be sexually exploited. The age of consent does not make abuse OK, and a "
            "child cannot consent to their own abuse."
        ),
        "choices": [
            {
                "text": "No. Once they are 16, it is up to them.",
                "correct": False,
                "feedback": "16 and 17 year olds are still children, and can still be exploited.",
            },
            {
                "text": "Only if they say clearly that they were forced.",
                "correct": False,
                "feedback": (
                    "Exploited children often do not say they were forced. Grooming can make abuse look "
                    "like a free choice."
                ),
            },
            {
                "text": "Only if money is given.",
                "correct": False,
                "feedback": (
                    "The child may be given drinks, food, lifts or attention instead. It is still exploitation."
                ),
            },
            {
                "text": "Yes. Anyone under 18 can be sexually exploited.",
                "correct": True,
                "feedback": "Right. Power, pressure or tricks make it abuse, whatever the child's age under 18.",
            },
        ],
    },
    # reporting-and-referral
    {
        "key": "nte-law-1",
        "text": (
            "Under the Licensing Act 2003, which of these is one of the four licensing objectives that "
            "every licensed venue works to promote?"
        ),
        "competency": "reporting-and-referral",
        "audiences": ["night_time"],
        "multiple": False,
        "explanation": (
            "The four licensing objectives are the prevention of crime and disorder, public safety, the "
            "prevention of public nuisance, and the protection of children from harm."
        ),
        "choices": [
            {
                "text": "Making as many sales as possible",
                "correct": False,
                "feedback": "This is not a licensing objective. Profit never comes before a child's safety.",
            },
            {
                "text": "The protection of children from harm",
                "correct": True,
                "feedback": "Right. Spotting and reporting exploitation is part of how a venue meets it.",
            },
            {
                "text": "Keeping customers' business private from the police",
                "correct": False,
                "feedback": "Venues work with the police. Sharing information to protect a child is right.",
            },
        ],
    },
    {
        "key": "nte-reporting-1",
        "text": (
            "A girl who looks about 13 is alone in your shop at 1am. Her phone is dead and she does not know "
            "where she is. A man outside in a car keeps telling her to come out. What should you do?"
        ),
        "competency": "reporting-and-referral",
        "audiences": ["night_time"],
        "multiple": False,
        "explanation": (
            "She may be in danger now. Keep her inside near staff, do not confront the man, note his car and "
            "registration, and call 999."
        ),
        "choices": [
            {
                "text": "Tell her to go with him, because he seems to know her.",
                "correct": False,
                "feedback": "You do not know who he is. Sending her out could put her in danger.",
            },
            {
                "text": "Go out and tell the man to leave, then let her go on her way.",
                "correct": False,
                "feedback": "Confronting him is not safe, and she would still be alone and lost.",
            },
            {
                "text": "Keep her inside near staff, note the car, and call 999.",
                "correct": True,
                "feedback": "Right. A lost 13-year-old being called to a car at 1am may be in danger now.",
            },
            {
                "text": "Call 101 when your shift ends.",
                "correct": False,
                "feedback": "This is an emergency. Call 999 now.",
            },
        ],
    },
    {
        "key": "nte-reporting-2",
        "text": (
            "Over the last month, you have seen the same men buying drinks for young girls each weekend. "
            "Nobody is in danger right now. What should you do?"
        ),
        "competency": "reporting-and-referral",
        "audiences": ["night_time"],
        "multiple": False,
        "explanation": (
            "Call 101, tell your manager, the DPS or the licensee, and write it in the incident log. If a "
            "child is in danger now, call 999."
        ),
        "choices": [
            {
                "text": "Wait until you have proof before you tell anyone.",
                "correct": False,
                "feedback": "You do not need proof. A pattern like this should be reported now.",
            },
            {
                "text": "Call 101, tell your manager or the licensee, and write it in the log.",
                "correct": True,
                "feedback": "Right. Say you are worried about child sexual exploitation.",
            },
            {
                "text": (
                    "Post a photo of the men in a local social media group, so other venues can watch out for them."
                ),
                "correct": False,
                "feedback": "This could warn the men and harm the girls. Tell the police, not the public.",
            },
        ],
    },
    {
        "key": "nte-intervene-1",
        "text": (
            "An older man is guiding a very drunk girl, who looks about 15, towards the door. What is the "
            "safest way to step in?"
        ),
        "competency": "reporting-and-referral",
        "audiences": ["night_time"],
        "multiple": False,
        "explanation": (
            "Get a colleague, talk to the girl, bring her to a safe place with staff, and call 999. Do not "
            "confront or fight the man."
        ),
        "choices": [
            {
                "text": "Shout across the room to ask if he is her dad.",
                "correct": False,
                "feedback": "This could make things worse, and he may simply say yes. Step in calmly.",
            },
            {
                "text": "Grab him and throw him out.",
                "correct": False,
                "feedback": "A fight could hurt you, the girl and others. Keep her safe and call the police.",
            },
            {
                "text": "With a colleague, ask her if she is OK, bring her somewhere safe with staff, and call 999.",
                "correct": True,
                "feedback": "Right. Your aim is to keep her safe, not to catch or fight him.",
            },
            {
                "text": (
                    "Let them go. Once they are out of the door, what happens to them next is not your venue's "
                    "business."
                ),
                "correct": False,
                "feedback": "She may be in danger now. Your venue has a duty to protect children from harm.",
            },
        ],
    },
    # recording-and-sharing
    {
        "key": "nte-recording-1",
        "text": "Which incident log entry is the most useful?",
        "competency": "recording-and-sharing",
        "audiences": ["night_time"],
        "multiple": False,
        "explanation": (
            "A useful entry gives the date, time and place, descriptions, any car and registration, what was "
            "said, what you did and who you told. It never blames the young person."
        ),
        "choices": [
            {
                "text": "“Drunk girl left with some lads. Sorted.”",
                "correct": False,
                "feedback": "There is no time, description or car. Nobody can act on this.",
            },
            {
                "text": (
                    "“Sat 14 June, 01.35, front door. Girl, looked 14 to 15, white hoodie, very unsteady, put "
                    "in black Audi (reg starts LR68) by two men about 30. 999 called 01.36.”"
                ),
                "correct": True,
                "feedback": "Right. These facts help the police find her and the men quickly.",
            },
            {
                "text": (
                    "“Girl who comes in most weekends, dressed far too old for her age, was asking for trouble "
                    "again and went off with two older men. Her own fault.”"
                ),
                "correct": False,
                "feedback": "This blames the girl and gives no facts. Describe what you saw and what the adults did.",
            },
        ],
    },
    {
        "key": "nte-recording-2",
        "text": "The police ask for CCTV from Saturday night. Who should you share it with?",
        "competency": "recording-and-sharing",
        "audiences": ["night_time"],
        "multiple": False,
        "explanation": (
            "Share it with the police and your manager, who need to know. Data protection law does not stop "
            "you sharing information to keep a child safe. Never share it in group chats or online."
        ),
        "choices": [
            {
                "text": "The staff group chat, so everyone can watch out for the men",
                "correct": False,
                "feedback": "This spreads private information and could reach the men. Keep it to who needs to know.",
            },
            {
                "text": "No one, not even the police, because of data protection",
                "correct": False,
                "feedback": "Data protection law does not stop you sharing information to protect a child.",
            },
            {
                "text": "The police, with your manager's help",
                "correct": True,
                "feedback": "Right. Share with the people who need to know, and help the police get it quickly.",
            },
            {
                "text": "A local social media page, to find out who the men are",
                "correct": False,
                "feedback": "This could harm the young person and the police investigation.",
            },
        ],
    },
    # responding-to-disclosure
    {
        "key": "nte-disclosure-1",
        "text": (
            "At the end of the night, a 16-year-old tells you that the men she came with say she must “pay "
            "back” the drinks they bought her. Which of these should you do? Select all that apply."
        ),
        "competency": "responding-to-disclosure",
        "audiences": ["night_time"],
        "multiple": True,
        "explanation": (
            "Listen calmly, do not promise secrecy, keep her safe with staff, call the police, and write "
            "down her words. Do not ask leading questions or confront the men."
        ),
        "choices": [
            {
                "text": "Ask her, “Did they touch you?”",
                "correct": False,
                "feedback": "This is a leading question. It puts words in her mouth. Say “Tell me more” instead.",
            },
            {
                "text": "Listen calmly and let her talk at her own pace",
                "correct": True,
                "feedback": "Right. Staying calm helps her feel safe to go on.",
            },
            {
                "text": "Go and find the men, and tell them firmly to leave her alone and stop bothering her",
                "correct": False,
                "feedback": "This could put you and her in danger. Keep her safe and call the police.",
            },
            {
                "text": "Say you cannot keep it secret, but will only tell people who can help",
                "correct": True,
                "feedback": "Right. Being honest builds trust.",
            },
            {
                "text": "Keep her with staff, call the police, and write down her words",
                "correct": True,
                "feedback": "Right. A “debt” like this is a sign of exploitation. Her own words matter.",
            },
        ],
    },
    # online-exploitation
    {
        "key": "nte-online-1",
        "text": (
            "A girl who looks about 15 is waiting at your door. She says she is meeting a man she met on a "
            "social media app, who told her he could get her in. What should you do?"
        ),
        "competency": "online-exploitation",
        "audiences": ["night_time"],
        "multiple": False,
        "explanation": (
            "This may be online grooming moving to meeting in person. Keep her somewhere safe with staff, "
            "tell your manager, and call the police."
        ),
        "choices": [
            {
                "text": (
                    "Refuse her entry, as your policy says, and then forget about it. She is not your problem outside."
                ),
                "correct": False,
                "feedback": "Refusing entry is right, but it is not the end. She may still meet him outside.",
            },
            {
                "text": "Let her wait outside for him on her own.",
                "correct": False,
                "feedback": "This leaves her alone, waiting for a man who may be grooming her.",
            },
            {
                "text": "Keep her safe with staff, tell your manager, and call the police.",
                "correct": True,
                "feedback": "Right. An adult meeting a 15-year-old he met online may be about to abuse her.",
            },
        ],
    },
    {
        "key": "nte-online-2",
        "text": "Someone shows you a sexual image of a young person who looks under 18. What should you do?",
        "competency": "online-exploitation",
        "audiences": ALL_SECTORS,
        "multiple": False,
        "explanation": (
            "Do not copy, screenshot or forward the image, and do not ask for it to be sent to you. Note who "
            "showed you, and report it straight away through your usual route or to the police."
        ),
        "choices": [
            {
                "text": "Ask them to send it to you, so you have the evidence to show the police later.",
                "correct": False,
                "feedback": (
                    "Never ask for it to be sent to you. Sharing or keeping a sexual image of a child is a "
                    "crime, even as “evidence”."
                ),
            },
            {
                "text": "Take a screenshot so you can show the police.",
                "correct": False,
                "feedback": "Do not copy it. The police can get the image themselves.",
            },
            {
                "text": "Do not copy or forward it. Note who showed you, and report it straight away.",
                "correct": True,
                "feedback": "Right. The image is evidence of a child being abused. Let the police handle it.",
            },
            {
                "text": "Ignore it. It is only a picture.",
                "correct": False,
                "feedback": "A sexual image of a child is abuse, and it can be used to control the child.",
            },
        ],
    },
    # missing-children
    {
        "key": "nte-missing-1",
        "text": (
            "You are a street pastor. At 2am you meet a 13-year-old who says she cannot go home. A man in his "
            "twenties is with her and says he is “looking after” her. Why does this matter?"
        ),
        "competency": "missing-children",
        "audiences": ["night_time"],
        "multiple": False,
        "explanation": (
            "She may be missing from home or care, and may be with someone who is exploiting her. Stay with "
            "her and call the police."
        ),
        "choices": [
            {
                "text": "It does not. An adult is looking after her.",
                "correct": False,
                "feedback": "You do not know who he is. Adults who exploit children often say they are helping.",
            },
            {
                "text": "She may be missing, and with someone exploiting her. Stay with her and call the police.",
                "correct": True,
                "feedback": "Right. A child who goes missing may be with the people exploiting them.",
            },
            {
                "text": "She has chosen not to go home tonight. That is her own decision, and not your business.",
                "correct": False,
                "feedback": "This blames her. A child who goes missing may be being drawn away by others.",
            },
        ],
    },
    # trauma-informed-practice
    {
        "key": "nte-trauma-1",
        "text": (
            "You help a young person away from an older adult you were worried about. They swear at you and "
            "say you have ruined everything. What should you do?"
        ),
        "competency": "trauma-informed-practice",
        "audiences": ALL_SECTORS,
        "multiple": False,
        "explanation": (
            "Anger is often fear, or a sign of how strong the grooming is. Stay calm, keep them safe, be "
            "honest about what you are doing, and still pass on your worry."
        ),
        "choices": [
            {
                "text": "Tell them off for their language.",
                "correct": False,
                "feedback": "This can close the door. Their words may be coming from fear.",
            },
            {
                "text": "Stay calm, keep them safe, and tell them honestly what you are doing and why.",
                "correct": True,
                "feedback": "Right. Calm, honest adults help a young person feel safe, even if not at first.",
            },
            {
                "text": "Let them go back to the adult. They have made it very clear that they do not want your help.",
                "correct": False,
                "feedback": "Anger does not mean they are safe. Keep them safe and get help.",
            },
        ],
    },
    # appropriate-language
    {
        "key": "nte-language-1",
        "text": (
            "A colleague writes: “The 15-year-old chose to go missing again and went off with her older "
            "boyfriend.” Which is the best way to write this?"
        ),
        "competency": "appropriate-language",
        "audiences": ALL_SECTORS,
        "multiple": False,
        "explanation": (
            "“Chose to go missing” blames the child, and “boyfriend” repeats the abuser's story. Say what "
            "happened and name the worry."
        ),
        "choices": [
            {
                "text": "“She absconded with her partner.”",
                "correct": False,
                "feedback": "“Absconded” blames her, and “partner” repeats the abuser's story.",
            },
            {
                "text": (
                    "“She keeps putting herself at risk by going off with older men, and will not listen to advice.”"
                ),
                "correct": False,
                "feedback": "This puts the blame on her. The danger comes from the adults.",
            },
            {
                "text": "Leave it. It is what she would say herself.",
                "correct": False,
                "feedback": "Her own words can go in quotation marks, but your record should not blame her.",
            },
            {
                "text": "“The 15-year-old went missing again. We think an older man is exploiting her.”",
                "correct": True,
                "feedback": "Right. It says what happened and puts the responsibility on the adult.",
            },
        ],
    },
]
