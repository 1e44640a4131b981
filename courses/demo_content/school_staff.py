"""Demo course: child sexual exploitation awareness for all school staff. Pure data, no Django.

The demo loader turns COURSE into a CoursePage with LessonPage children (body entries are
(block type, value) pairs for courses.blocks.LessonStreamBlock) and QUESTIONS into the question bank.

Wording follows shared/content-guide.md. Words the guide tells us to avoid appear only inside
quotation marks where we teach what to say instead: the "Say this, not that" accordion in lesson 3,
the model name older "boyfriend" in lesson 1, and the questions tagged appropriate-language.
Everything here is our own wording. Reports are named where a fact comes from them; the case study
is a composite and describes no real child.
"""

ALL_SECTORS = ["school", "practitioner", "taxi", "hotel", "night_time"]

# ---------------------------------------------------------------------------------------------------
# Lesson 1
# ---------------------------------------------------------------------------------------------------

LESSON_WHAT_IT_IS = {
    "title": "What child sexual exploitation is",
    "slug": "what-child-sexual-exploitation-is",
    "estimated_minutes": 5,
    "summary": "What child sexual exploitation is, why a child cannot consent to it, and the ways it happens.",
    "body": [
        (
            "rich_text",
            "<h2>In plain words</h2>"
            "<p>Child sexual exploitation (CSE) is a form of child sexual abuse. It happens when a person or a "
            "group uses their power over a child to pressure, trick or force them into sexual activity.</p>"
            "<p>The child may be given something they need or want. It could be money, drugs, alcohol, "
            "gifts, a lift, a place to stay, or attention and affection. Or the abuser may gain money or "
            "status. A “gift” often turns into a “debt” that the child is told they must pay back.</p>"
            "<p>CSE does not always involve physical contact. It can happen online, for example when a "
            "child is made to send sexual images or videos.</p>"
            "<p>This is the meaning used by the Department for Education and in <i>Keeping Children Safe "
            "in Education</i> (KCSIE), the statutory guidance for schools and colleges in England.</p>"
            "<h2>A child cannot consent to their own abuse</h2>"
            "<p>Anyone under 18 can be sexually exploited. That includes 16 and 17 year olds, even though "
            "the legal age of consent is 16. If someone is using power, pressure or tricks, it is abuse.</p>"
            "<p>The child may seem to go along with it. They may say they love the person, or that nothing "
            "is wrong. Grooming works by making a child feel special, then confused, ashamed or afraid. "
            "Many children do not see themselves as victims. The responsibility is always with the abuser, "
            "never with the child.</p>"
            "<h2>Any child can be exploited</h2>"
            "<p>Boys and girls of any background, culture or area can be exploited. Abusers can be men or "
            "women, adults or other children. Some children are more vulnerable, for example children in "
            "care, children with special educational needs or disabilities, and children who have been "
            "abused before. But no child is immune.</p>"
            "<p>The Independent Inquiry into Child Sexual Exploitation in Rotherham (the Jay report, 2014) "
            "estimated that at least 1,400 children were sexually exploited in that one town between 1997 "
            "and 2013. Too often, agencies did not treat what was done to them as a crime.</p>"
            "<h2>How it happens</h2>"
            "<p>People who work with children often describe CSE in a few models. Real cases can mix "
            "them. Open each one to read more.</p>",
        ),
        (
            "accordion",
            {
                "sections": [
                    {
                        "heading": "Older “boyfriend” or “girlfriend”",
                        "body": (
                            "<p>An older person grooms a child by acting as their “boyfriend” or "
                            "“girlfriend”. We use quotation marks because this is the abuser's framing: "
                            "it is grooming, not love. The abuser cuts the child off from family and "
                            "friends, then pressures them into sexual activity, and may pass them on to "
                            "other abusers.</p>"
                        ),
                    },
                    {
                        "heading": "Peer-on-peer (child-on-child)",
                        "body": (
                            "<p>A child is exploited by other children of a similar age, at school, in a "
                            "friendship group or in a gang. It can include being pressured to send images, "
                            "or to take part in sexual activity to be accepted. KCSIE now calls this "
                            "child-on-child abuse. It is never “just banter” or “part of growing up”.</p>"
                        ),
                    },
                    {
                        "heading": "Gang-associated",
                        "body": (
                            "<p>Children linked to gangs, or whose family members are, may be sexually "
                            "abused as a punishment, as a way to control them, or to settle a “debt”. "
                            "Sexual violence is used to keep children scared and silent.</p>"
                        ),
                    },
                    {
                        "heading": "Organised or network",
                        "body": (
                            "<p>Children are passed between abusers, sometimes across towns. They may be "
                            "taken to houses, flats, hotels or “parties” where several people abuse them. "
                            "Abusers often know each other and work together.</p>"
                        ),
                    },
                    {
                        "heading": "Online grooming",
                        "body": (
                            "<p>Someone contacts a child through a game, social media or a messaging app. "
                            "They may pretend to be younger. They build trust, ask for images, then use "
                            "those images to threaten the child into sending more, paying money or "
                            "meeting up.</p>"
                        ),
                    },
                    {
                        "heading": "“Inappropriate relationship”",
                        "body": (
                            "<p>This is the name often used for abuse by one person who has "
                            "great power over the child, through age, money or emotional hold. The child "
                            "may believe the person cares about them. What is happening is abuse.</p>"
                        ),
                    },
                ]
            },
        ),
        (
            "rich_text",
            "<h2>Links with criminal exploitation and county lines</h2>"
            "<p>Child criminal exploitation is when someone uses their power over a child to make them "
            "commit crime, such as carrying drugs, money or weapons. County lines is one form of it. "
            "Gangs use a phone line to sell drugs in other areas, and use children to move and store the "
            "drugs and money. They control children with threats, violence and sexual violence.</p>"
            "<p>Sexual and criminal exploitation often happen together. A child who is carrying drugs may "
            "also be being sexually abused. See a victim first, whatever the child has been made to do.</p>",
        ),
        (
            "callout",
            {
                "style": "important",
                "heading": "It could happen here",
                "body": (
                    "<p>KCSIE asks all school staff to keep an attitude of “it could happen here”. CSE happens "
                    "in every kind of area, to children from every kind of family. You do not need to be sure. "
                    "If you are worried about a child, tell your designated safeguarding lead (DSL).</p>"
                ),
            },
        ),
        (
            "report_it_here",
            {
                "heading": "Report it here",
                "intro": (
                    "In school, your first step is always your designated safeguarding lead (DSL). If a "
                    "child is in immediate danger, call 999. These are the other numbers for where you work."
                ),
            },
        ),
    ],
}

# ---------------------------------------------------------------------------------------------------
# Lesson 2
# ---------------------------------------------------------------------------------------------------

LESSON_SPOTTING_SIGNS = {
    "title": "Spotting the signs in school",
    "slug": "spotting-the-signs-in-school",
    "estimated_minutes": 6,
    "summary": "What exploitation can look like in class, at lunch, at the gate and on school transport.",
    "body": [
        (
            "rich_text",
            "<p>You do not need to be sure that a child is being exploited. You need to notice, and to pass "
            "on what you notice. One small sign may mean little. Put together with what other staff have "
            "seen, it can show a pattern.</p>",
        ),
        (
            "callout",
            {
                "style": "warning",
                "heading": "Warning signs",
                "body": (
                    "<ul>"
                    "<li>Going missing from home or care, or leaving school during the day</li>"
                    "<li>Missing a lot of school, or arriving late and very tired</li>"
                    "<li>New phones, clothes, money or gifts they cannot explain</li>"
                    "<li>Being picked up near school by older people, or in cars you do not know</li>"
                    "<li>Older “friends” they will not talk about</li>"
                    "<li>Being secretive about their phone, or scared by calls and messages</li>"
                    "<li>Changes in mood: withdrawn, angry or anxious</li>"
                    "<li>Injuries that are not explained, or self-harm</li>"
                    "<li>Seeming drunk or under the influence of drugs</li>"
                    "<li>Sexual health worries, such as infections or pregnancy</li>"
                    "<li>Talk of parties, flats or hotels</li>"
                    "</ul>"
                ),
            },
        ),
        (
            "rich_text",
            "<h2>What you might see in your role</h2>",
        ),
        (
            "accordion",
            {
                "sections": [
                    {
                        "heading": "In class: teachers and teaching assistants",
                        "body": (
                            "<p>A pupil who used to cope is now falling asleep or stops handing in work. "
                            "Their phone keeps buzzing and they look worried when it does. Other pupils "
                            "talk about images of them being shared.</p>"
                        ),
                    },
                    {
                        "heading": "Lunch hall and playground: lunchtime staff",
                        "body": (
                            "<p>A pupil stops eating with their friends, or has lots of cash. They spend "
                            "lunch on their phone by the fence, or leave the site and come back late.</p>"
                        ),
                    },
                    {
                        "heading": "At the gate and around the site: site and office staff",
                        "body": (
                            "<p>The same car waits near the gate. A pupil is collected by different adults. "
                            "An adult not on the contact list phones to have the pupil sent out early.</p>"
                        ),
                    },
                    {
                        "heading": "On school transport: drivers and escorts",
                        "body": (
                            "<p>A pupil is not at their stop, or gets off at a different stop and is met "
                            "by older people. You hear them arranging to meet someone, or they get on the "
                            "bus frightened.</p>"
                        ),
                    },
                ]
            },
        ),
        (
            "rich_text",
            "<h2>Missing from school, missing from home</h2>"
            "<p>KCSIE says that being absent from school, especially again and again, can be a warning "
            "sign of sexual or criminal exploitation. Going missing from home or care is one of the "
            "strongest warning signs. While missing, the child may be with the people exploiting them. "
            "Follow your school's procedure for a missing pupil, and pass on every absence that worries "
            "you, such as a pupil who leaves at lunch and does not come back.</p>"
            "<h2>When online contact turns into meeting up</h2>"
            "<p>Grooming often starts online. The person flatters the child, sends gifts or game credits, "
            "and moves the chat somewhere private. Then they ask for images, or ask to meet. Listen out "
            "for a pupil who talks about an online “friend” they have never met.</p>"
            "<p>If a pupil shows you a sexual image on a phone, stop looking. Do not copy, screenshot, "
            "forward or save it, and do not ask for it to be sent to you. Do not delete it or ask the pupil "
            "to. Tell the DSL straight away: they decide what happens next.</p>",
        ),
        (
            "case_study",
            {
                "title": "A term of small signs",
                "story": (
                    "<p>Ellie is in Year 9. A lunchtime supervisor noticed she had stopped eating with her "
                    "friends and was often on her phone by the back gate. A teaching assistant noticed she "
                    "was very tired and had a new phone. The office logged late arrivals and a call from a "
                    "man who said he was her uncle, but was not on her contact list. Each of them passed it "
                    "on.</p>"
                    "<p>Then a bus escort saw Ellie get off in town, where a man in his twenties was "
                    "waiting in a car. The escort noted the car and part of the registration, and told the "
                    "DSL that afternoon. Side by side, the four concerns showed a pattern. The DSL made a "
                    "referral to children's social care, and the police became involved. Ellie got support "
                    "from a specialist worker.</p>"
                ),
                "learning_points": [
                    "Each sign on its own looked small. Together they showed a child being groomed.",
                    "Lunchtime, office and transport staff mattered as much as teachers.",
                    "Facts like a time, a place and a car registration are very useful.",
                ],
                "source": "A composite case written for this course. It does not describe a real child.",
            },
        ),
        (
            "scenario",
            {
                "title": "What would you do?",
                "situation": (
                    "<p>You are on lunch duty. For the third day running, Sam in Year 8 goes to the fence. "
                    "A car stops and a young man hands him something through the fence. That afternoon "
                    "Sam is showing off new trainers and cash. You ask if he is OK. He says, “It's just my "
                    "cousin. Don't tell anyone.”</p>"
                ),
                "options": [
                    {
                        "text": "Keep an eye on Sam for a few more weeks until you are sure.",
                        "is_best": False,
                        "feedback": (
                            "You do not need to be sure. The DSL may already hold other pieces of the picture."
                        ),
                    },
                    {
                        "text": "Go out to the car next time and ask the man what he is doing.",
                        "is_best": False,
                        "feedback": (
                            "This could put you and Sam in danger. If a child is in immediate danger, call 999."
                        ),
                    },
                    {
                        "text": "Tell the DSL today, and write down what you saw and what Sam said.",
                        "is_best": True,
                        "feedback": "Yes. Tell the DSL the same day and record the facts. You cannot keep it secret.",
                    },
                    {
                        "text": "Ask Sam lots of questions about the man and what he gave him.",
                        "is_best": False,
                        "feedback": (
                            "It is not your job to find out. Pressing Sam may frighten him. Listen, then pass it on."
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
                    "Tell your DSL the same day. If a child is in immediate danger, call 999. These are the "
                    "other numbers for where you work."
                ),
            },
        ),
    ],
}

# ---------------------------------------------------------------------------------------------------
# Lesson 3
# ---------------------------------------------------------------------------------------------------

LESSON_IF_A_CHILD_TELLS_YOU = {
    "title": "If a child tells you or you are worried",
    "slug": "if-a-child-tells-you",
    "estimated_minutes": 5,
    "summary": "How to listen when a child tells you something, how to respond to trauma, and which words to use.",
    "body": [
        (
            "rich_text",
            "<p>Children rarely tell everything at once. They may tell you a small part first, to see how "
            "you react. They may tell you at an awkward moment: on the bus, at the end of the day, while "
            "you are wiping tables. They choose someone they trust, and that may be you, whatever your job.</p>"
            "<p>KCSIE reminds staff that children may not feel ready to tell, may not know how, or may not "
            "see what is happening to them as harmful. Many are afraid of not being believed, of getting "
            "into trouble, or of what the abuser will do.</p>"
            "<h2>If a child tells you</h2>"
            "<ul>"
            "<li><b>Stay calm and listen.</b> Let them talk at their own pace.</li>"
            "<li><b>Take it seriously.</b> Tell them they have done the right thing by telling you.</li>"
            "<li><b>Do not promise to keep it secret.</b> Explain that you will need to tell the person "
            "whose job is to help keep them safe.</li>"
            "<li><b>Do not ask leading questions</b>, ones that put words in their mouth, such as “Did he "
            "touch you?” If you need them to say a little more, use open prompts: “Tell me more”, "
            "“Explain what you mean”, “Describe what happened”.</li>"
            "<li><b>Do not investigate.</b> Do not ask to see images, and do not talk to the person "
            "they name.</li>"
            "<li><b>Write it down</b> as soon as you can, in the child's own words.</li>"
            "<li><b>Tell the DSL straight away</b>, before the child goes home. If the child is in "
            "immediate danger, call 999.</li>"
            "</ul>",
        ),
        (
            "callout",
            {
                "style": "important",
                "heading": "Never promise to keep a secret",
                "body": (
                    "<p>If a child asks you to promise not to tell, be honest. You could say: “I can't keep "
                    "this a secret, because I need to help keep you safe. I'll only tell people who need to "
                    "know, and I'll tell you what happens next.” Breaking a promise later would hurt their "
                    "trust far more.</p>"
                ),
            },
        ),
        (
            "scenario",
            {
                "title": "What would you do?",
                "situation": (
                    "<p>You are a teaching assistant on break duty. Aisha in Year 10 hangs back when the "
                    "others go in. She says quietly, “If I tell you something, will you promise not to tell "
                    "anyone? My mum can't find out.”</p>"
                ),
                "options": [
                    {
                        "text": "Tell her she should go and talk to the DSL instead.",
                        "is_best": False,
                        "feedback": (
                            "Aisha chose you. If you send her away she may not tell anyone. Listen to her, "
                            "then you take it to the DSL."
                        ),
                    },
                    {
                        "text": "Promise her you will not tell, so that she feels safe to talk.",
                        "is_best": False,
                        "feedback": (
                            "You may have to break that promise to keep her safe, and then she may stop "
                            "trusting adults. Be honest from the start."
                        ),
                    },
                    {
                        "text": "Ask her straight away if someone has been hurting her.",
                        "is_best": False,
                        "feedback": (
                            "This is a leading question. It puts words in her mouth and could change what "
                            "she says. Let her tell you in her own way."
                        ),
                    },
                    {
                        "text": (
                            "Say you cannot promise, because you may need to tell the person who keeps pupils "
                            "safe, and that you are listening."
                        ),
                        "is_best": True,
                        "feedback": (
                            "Yes. Being honest builds trust. Find a quiet place where others can see you, "
                            "listen, then write down her words and tell the DSL straight away."
                        ),
                    },
                ],
            },
        ),
        (
            "rich_text",
            "<h2>Trauma-informed practice</h2>"
            "<p>Exploitation is trauma, and trauma changes how children behave. A child may be angry, rude, "
            "silent, or may laugh it off. They may stand up for the person abusing them. This is often how "
            "they are coping. Try to think “What has happened to this child?” rather than “What is wrong "
            "with this child?”</p>"
            "<p>Many services use six principles:</p>"
            "<ul>"
            "<li><b>Safety:</b> a calm, quiet space that is still in sight of others; be predictable.</li>"
            "<li><b>Trust and transparency:</b> be honest about what you will do, and do it.</li>"
            "<li><b>Peer support:</b> help the child keep safe, supportive friendships; staff support each "
            "other too.</li>"
            "<li><b>Collaboration:</b> work with the child and other services, not around them.</li>"
            "<li><b>Empowerment:</b> give the child a voice and safe choices; notice their strengths.</li>"
            "<li><b>Humility and responsiveness:</b> check your own assumptions, and respect the child's "
            "culture, identity and needs.</li>"
            "</ul>"
            "<h2>Say this, not that</h2>"
            "<p>The words you use shape how others see the child, and how the child sees themselves. "
            "Children may read their records when they are older. Describe what was done to the child, "
            "never what they supposedly chose.</p>",
        ),
        (
            "accordion",
            {
                "sections": [
                    {
                        "heading": "Say “is being sexually exploited”, not “child prostitute”",
                        "body": (
                            "<p>Words like “child prostitute” or “selling sex” suggest a choice or a trade. "
                            "A child cannot sell sex. It is abuse.</p>"
                        ),
                    },
                    {
                        "heading": "Say “is at risk of exploitation”, not “putting themselves at risk”",
                        "body": (
                            "<p>“Putting themselves at risk”, “risky behaviour” and “lifestyle choice” put "
                            "the blame on the child. The risk comes from the people exploiting them.</p>"
                        ),
                    },
                    {
                        "heading": "Say “was groomed” or “was coerced”, not “consented” or “agreed”",
                        "body": (
                            "<p>A child cannot consent to their own abuse. Words like “consented”, “agreed” "
                            "or “willing” hide the grooming.</p>"
                        ),
                    },
                    {
                        "heading": "Say “the person exploiting her”, not “her boyfriend”",
                        "body": (
                            "<p>“Boyfriend” repeats the abuser's framing. Say “the older person who is "
                            "exploiting her” or “the perpetrator”.</p>"
                        ),
                    },
                    {
                        "heading": "Say “went missing”, not “absconded” or “chose to go missing”",
                        "body": (
                            "<p>A child who goes missing may be being drawn away by people who exploit them. "
                            "“Absconded” and “chose to go missing” blame the child.</p>"
                        ),
                    },
                    {
                        "heading": "Say “was raped” or “was sexually abused”, not “had sex with”",
                        "body": (
                            "<p>“Had sex with” hides a crime. Name what happened. Do not call a child "
                            "“promiscuous” or “sexually active”: describe the abuse.</p>"
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
                    "After a child tells you something, tell your DSL straight away, before the child goes "
                    "home. If the child is in immediate danger, call 999. These are the other numbers for "
                    "where you work."
                ),
            },
        ),
    ],
}

# ---------------------------------------------------------------------------------------------------
# Lesson 4
# ---------------------------------------------------------------------------------------------------

LESSON_REPORTING = {
    "title": "Reporting and recording",
    "slug": "reporting-and-recording",
    "estimated_minutes": 4,
    "summary": "The one route for every worry, what to write down, sharing information and what happens next.",
    "body": [
        (
            "rich_text",
            "<h2>One route: your designated safeguarding lead</h2>"
            "<p>Every school has a designated safeguarding lead (DSL). This is a senior member of staff, "
            "and there is usually at least one deputy. Whatever your job, your route is the same: tell the "
            "DSL or a deputy straight away, in person or by phone, and then write it down.</p>"
            "<p>Know who they are and how to reach them, including after school and on trips. If you "
            "cannot reach them, do not wait. Speak to a senior leader, or contact your local children's "
            "social care front door yourself. Anyone can make a referral.</p>",
        ),
        (
            "callout",
            {
                "style": "warning",
                "heading": "If a child is in immediate danger, call 999",
                "body": (
                    "<p>For example, a child is being forced into a car, or tells you they are being taken "
                    "to meet someone who is abusing them tonight. Call 999 first, then tell the DSL.</p>"
                    "<p>Outside work, you can call 101 for the police when it is not an emergency, or "
                    "tell Crimestoppers on 0800 555 111 without giving your name.</p>"
                ),
            },
        ),
        (
            "rich_text",
            "<h2>What to write down</h2>"
            "<p>Write it the same day, on your school's safeguarding system. Stick to facts. Include:</p>"
            "<ul>"
            "<li>the date, time and place</li>"
            "<li>what you saw or heard</li>"
            "<li>what the child said, in their own words, even if the words are rude or unclear</li>"
            "<li>what you said or asked</li>"
            "<li>who else was there, and any names the child gave</li>"
            "<li>any car: its make, colour and registration</li>"
            "<li>your name, your role, and when and to whom you passed it on</li>"
            "</ul>"
            "<p>If you add your own view, say clearly that it is your view. Do not keep notes on your own "
            "phone or at home.</p>",
        ),
        (
            "callout",
            {
                "style": "tip",
                "heading": "A clear record",
                "body": (
                    "<p><b>Not clear:</b> “Jade seemed off. Dodgy car about again.”</p>"
                    "<p><b>Clear:</b> “Tuesday 4 March, 3.20pm, main gate. Jade (Year 9) got into a silver "
                    "hatchback, registration starting AB12. Driver: a man, about 25. Jade said to her friend, "
                    "'He's taking me to his mate's flat.' I told the DSL in person at 3.35pm. J. Smith, site "
                    "supervisor.”</p>"
                ),
            },
        ),
        (
            "accordion",
            {
                "sections": [
                    {
                        "heading": "Can I share information if the child asks me not to?",
                        "body": (
                            "<p>Yes, with the DSL. KCSIE is clear that data protection law does not stop "
                            "you sharing information to keep a child safe. Fear about sharing must never "
                            "get in the way. The DSL decides what is shared with other services.</p>"
                        ),
                    },
                    {
                        "heading": "Who else can I talk to about it?",
                        "body": (
                            "<p>Only the people who need to know. Do not talk about it in the staffroom, "
                            "with other parents or online. Keep it confidential, but never secret from "
                            "the DSL.</p>"
                        ),
                    },
                    {
                        "heading": "What if my worry is about a member of staff?",
                        "body": (
                            "<p>Tell the headteacher straight away. If it is about the headteacher, tell "
                            "the chair of governors or the proprietor. They will involve the local "
                            "authority designated officer (LADO). If you cannot raise it in school, the "
                            "NSPCC whistleblowing advice line can help.</p>"
                        ),
                    },
                ]
            },
        ),
        (
            "rich_text",
            "<h2>What happens next</h2>"
            "<p>The DSL looks at your concern alongside what others have reported. They may talk to the "
            "child, contact the family if that is safe, refer to children's social care (often through a "
            "front door or MASH), contact the police, or arrange support in school.</p>"
            "<p>You may not be told everything. Information is shared only with the people who need it. "
            "But if you are still worried, or things do not seem to be getting better for the child, go "
            "back to the DSL and say so. You can also refer to children's social care yourself. Keep "
            "noticing, and keep recording: each new concern adds to the picture.</p>",
        ),
        (
            "report_it_here",
            {
                "heading": "Report it here",
                "intro": (
                    "In school, always tell your DSL first. If a child is in immediate danger, call 999. "
                    "If you cannot reach the DSL, or it is out of hours, these are the numbers for where "
                    "you work. Say that you are worried about child sexual exploitation, and give the "
                    "facts you have written down."
                ),
            },
        ),
    ],
}

COURSE = {
    "title": "Child sexual exploitation: awareness for all school staff",
    "slug": "school-staff",
    "audience": "school",
    "summary": (
        "For everyone who works in a school, from teachers to lunchtime, site, office and transport staff. "
        "Learn what child sexual exploitation is, how to spot the signs, and what to do when you are worried."
    ),
    "learning_outcomes": [
        "explain what child sexual exploitation is, and why a child cannot consent to their own abuse",
        "describe the main models of exploitation and how they link to criminal exploitation",
        "spot warning signs in your own role, including going missing and online contact",
        "respond calmly when a child tells you something, without promising to keep it secret",
        "report to your designated safeguarding lead and write a clear, factual record",
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
    # Each attempt draws 10 of the bank's school questions, so a retake is not the same paper.
    "quiz": {"mode": "random", "count": 10},
    "lessons": [LESSON_WHAT_IT_IS, LESSON_SPOTTING_SIGNS, LESSON_IF_A_CHILD_TELLS_YOU, LESSON_REPORTING],
}

# ---------------------------------------------------------------------------------------------------
# Question bank. Questions whose audiences are ALL_SECTORS name no school role, so any course can draw them.
# ---------------------------------------------------------------------------------------------------

QUESTIONS = [
    # recognising-signs
    {
        "key": "school-signs-1",
        "text": (
            "You work as an escort on a school bus. Which of these could be signs that a pupil is being "
            "sexually exploited? Select all that apply."
        ),
        "competency": "recognising-signs",
        "audiences": ["school"],
        "multiple": True,
        "explanation": (
            "Being met by older people, gifts or money that cannot be explained, and fear after messages "
            "are all warning signs. You do not need to be sure: pass on what you see to the DSL."
        ),
        "choices": [
            {
                "text": "They often look exhausted and frightened after reading messages on their phone.",
                "correct": True,
                "feedback": (
                    "Right. Messages that leave a child scared can mean someone is controlling or threatening them."
                ),
            },
            {
                "text": "They chat with friends about a football match at the weekend.",
                "correct": False,
                "feedback": "This is everyday talk and not a warning sign on its own.",
            },
            {
                "text": "They get off at a different stop, where an older man in a car meets them.",
                "correct": True,
                "feedback": (
                    "Right. Being met by older people, especially in cars, is a key warning sign. Note the "
                    "time, place and car, and tell the DSL."
                ),
            },
            {
                "text": "They have a new expensive phone and cash that they cannot explain.",
                "correct": True,
                "feedback": (
                    "Right. Abusers often give gifts or money to groom a child, then say the child owes them."
                ),
            },
        ],
    },
    {
        "key": "school-signs-2",
        "text": (
            "You notice one small thing about a pupil that worries you, but you are not sure it means "
            "anything. What should you do?"
        ),
        "competency": "recognising-signs",
        "audiences": ["school"],
        "multiple": False,
        "explanation": (
            "One sign on its own may look small. The DSL can put it together with what other staff have "
            "seen and spot a pattern, but only if everyone passes on what they notice."
        ),
        "choices": [
            {
                "text": "Wait until you have seen a few more signs, so you are sure.",
                "correct": False,
                "feedback": "You do not need to be sure. Waiting can leave a child at risk of harm for longer.",
            },
            {
                "text": "Mention it to a colleague over lunch and see what they think.",
                "correct": False,
                "feedback": (
                    "Talking in the staffroom does not get the worry to the person who can act, and it "
                    "shares private information with people who do not need it."
                ),
            },
            {
                "text": "Tell the DSL and record it, as it may fit with what others have seen.",
                "correct": True,
                "feedback": (
                    "Right. Small signs from different staff can add up to a pattern that only the DSL can see."
                ),
            },
        ],
    },
    # models-of-exploitation
    {
        "key": "school-definition-1",
        "text": (
            "An adult gives a 15-year-old gifts and a place to stay, and is sexually abusing them. The young "
            "person says they are happy and nothing is wrong. Which statement is true?"
        ),
        "competency": "models-of-exploitation",
        "audiences": ALL_SECTORS,
        "multiple": False,
        "explanation": (
            "Child sexual exploitation is abuse of power to pressure, trick or force a child under 18 into "
            "sexual activity, often in exchange for things they need or want. A child cannot consent to "
            "their own abuse."
        ),
        "choices": [
            {
                "text": "It is not exploitation, because the young person says they are happy and nothing is wrong.",
                "correct": False,
                "feedback": "Seeming happy is often a result of grooming. A child cannot consent to their own abuse.",
            },
            {
                "text": "It is child sexual exploitation, and the gifts are part of the grooming.",
                "correct": True,
                "feedback": (
                    "Right. Giving a child things they need or want, and then using them, is how "
                    "exploitation often works."
                ),
            },
            {
                "text": "It is only exploitation if money changes hands.",
                "correct": False,
                "feedback": (
                    "Exploitation can involve gifts, drugs, alcohol, a place to stay or attention, not only money."
                ),
            },
            {
                "text": "It cannot be exploitation, because the legal age of consent is 16.",
                "correct": False,
                "feedback": (
                    "Anyone under 18 can be sexually exploited, including 16 and 17 year olds. Here the "
                    "young person is 15."
                ),
            },
        ],
    },
    {
        "key": "school-models-1",
        "text": "Which of these are recognised models of child sexual exploitation? Select all that apply.",
        "competency": "models-of-exploitation",
        "audiences": ALL_SECTORS,
        "multiple": True,
        "explanation": (
            "Models include older “boyfriend” or “girlfriend”, peer-on-peer (child-on-child), "
            "gang-associated, organised or network, online grooming and “inappropriate relationship”. "
            "Abusers are often people the child knows."
        ),
        "choices": [
            {
                "text": "Organised or network: children passed between abusers",
                "correct": True,
                "feedback": "Right. Children may be moved between places and abused by several people.",
            },
            {
                "text": "Only strangers: abusers are never people the child already knows",
                "correct": False,
                "feedback": (
                    "Not a model, and not true. Abusers are often people the child knows, including other children."
                ),
            },
            {
                "text": "Online grooming",
                "correct": True,
                "feedback": "Right. Abuse can start, or happen entirely, online.",
            },
            {
                "text": "Peer-on-peer, also called child-on-child abuse",
                "correct": True,
                "feedback": "Right. Children can be exploited by other children of a similar age.",
            },
        ],
    },
    {
        "key": "school-models-2",
        "text": (
            "A Year 10 boy is found carrying drugs and a large amount of cash for some older young people. "
            "What should you keep in mind?"
        ),
        "competency": "models-of-exploitation",
        "audiences": ["school"],
        "multiple": False,
        "explanation": (
            "Criminal exploitation, such as county lines, and sexual exploitation often happen together. "
            "See a victim first and tell the DSL."
        ),
        "choices": [
            {
                "text": "This is about drugs and discipline, not safeguarding.",
                "correct": False,
                "feedback": (
                    "A child carrying drugs for older people may be being criminally exploited. It is a "
                    "safeguarding matter first."
                ),
            },
            {
                "text": "Only girls are sexually exploited, so there is no need to think about sexual abuse here.",
                "correct": False,
                "feedback": "Boys are sexually exploited too, and it is often missed.",
            },
            {
                "text": "Tell his friends to keep away from him.",
                "correct": False,
                "feedback": "This isolates him and does nothing to protect him. Pass your concern to the DSL.",
            },
            {
                "text": "He may be being criminally exploited, and may be sexually abused too. Tell the DSL.",
                "correct": True,
                "feedback": (
                    "Right. Gangs use threats and violence, including sexual violence, to control the "
                    "children they exploit."
                ),
            },
        ],
    },
    {
        "key": "school-models-3",
        "text": "Who can be sexually exploited?",
        "competency": "models-of-exploitation",
        "audiences": ALL_SECTORS,
        "multiple": False,
        "explanation": (
            "Any child under 18 can be exploited, whatever their gender, background or area. Some are more "
            "vulnerable, but no child is immune."
        ),
        "choices": [
            {
                "text": "Only girls",
                "correct": False,
                "feedback": "Boys are exploited too, and their abuse is often missed.",
            },
            {
                "text": "Only children in care",
                "correct": False,
                "feedback": "Children in care can be more vulnerable, but children living at home are exploited too.",
            },
            {
                "text": "Any child, from any background",
                "correct": True,
                "feedback": "Right. Any child under 18 can be exploited.",
            },
            {
                "text": "Only children under 13",
                "correct": False,
                "feedback": "Anyone under 18 can be sexually exploited, including 16 and 17 year olds.",
            },
        ],
    },
    # online-exploitation
    {
        "key": "school-online-1",
        "text": (
            "A child tells you about a new online “friend” from a game. The person sends them game credits, "
            "asks them to keep their chats secret, and now wants to meet. What is this most likely to be?"
        ),
        "competency": "online-exploitation",
        "audiences": ALL_SECTORS,
        "multiple": False,
        "explanation": (
            "Gifts, secrecy and a push to meet in person are classic signs of online grooming. Online "
            "contact can quickly turn into meeting up, so pass it on straight away."
        ),
        "choices": [
            {
                "text": "Online grooming that may lead to meeting in person",
                "correct": True,
                "feedback": "Right. Report it straight away through your safeguarding route.",
            },
            {
                "text": "An ordinary online friendship",
                "correct": False,
                "feedback": (
                    "Gifts plus secrecy plus a request to meet are warning signs, not an ordinary friendship."
                ),
            },
            {
                "text": "Only a worry if the child has already sent images",
                "correct": False,
                "feedback": "Grooming is harmful before any image is sent. Act now, not later.",
            },
        ],
    },
    {
        "key": "school-online-2",
        "text": "A pupil shows you a sexual image of another pupil on their phone. What should you do?",
        "competency": "online-exploitation",
        "audiences": ["school"],
        "multiple": False,
        "explanation": (
            "Do not look further, copy, forward, save or delete the image, and do not ask for it to be "
            "sent to you. Tell the DSL straight away; they decide what happens next."
        ),
        "choices": [
            {
                "text": "Screenshot it as evidence and email it to the DSL so nothing is lost.",
                "correct": False,
                "feedback": "Never copy or forward a sexual image of a child. It makes another copy of the abuse.",
            },
            {
                "text": "Delete it and tell the pupil to forget about it.",
                "correct": False,
                "feedback": (
                    "Do not delete it or ask the pupil to. The child in the image may need help, and the DSL "
                    "decides what happens."
                ),
            },
            {
                "text": "Ask the pupil to send it to you so you can keep it safe.",
                "correct": False,
                "feedback": "Never ask for an image to be sent to you. That shares it again.",
            },
            {
                "text": "Stop looking, do not copy or share it, and tell the DSL now.",
                "correct": True,
                "feedback": "Right. Leave the image where it is and let the DSL take it from here.",
            },
        ],
    },
    # responding-to-disclosure
    {
        "key": "school-disclosure-1",
        "text": (
            "A child says: “I'll tell you something, but you have to promise not to tell anyone.” "
            "What is the best reply?"
        ),
        "competency": "responding-to-disclosure",
        "audiences": ALL_SECTORS,
        "multiple": False,
        "explanation": (
            "Never promise to keep a secret. Be honest that you may need to tell someone to keep them safe, "
            "and that you will only tell people who need to know."
        ),
        "choices": [
            {
                "text": "“I can't promise that, but I'm listening. I'll only tell people who need to know.”",
                "correct": True,
                "feedback": "Right. Being honest now protects the child's trust later.",
            },
            {
                "text": "“I promise I won't tell anyone at all. You can trust me, it will stay between us.”",
                "correct": False,
                "feedback": (
                    "You may have to break this promise to keep the child safe, and then they may stop trusting adults."
                ),
            },
            {
                "text": "“Only tell me if it's really serious.”",
                "correct": False,
                "feedback": (
                    "Children often test you with a small part of their story. This could stop them telling "
                    "you anything."
                ),
            },
            {
                "text": "“Then you'd better tell someone else.”",
                "correct": False,
                "feedback": "The child chose you. Sending them away may mean they tell no one.",
            },
        ],
    },
    {
        "key": "school-disclosure-2",
        "text": (
            "A pupil starts to tell you that an older man has been making her do things she did not want to do. "
            "Which of these should you do? Select all that apply."
        ),
        "competency": "responding-to-disclosure",
        "audiences": ["school"],
        "multiple": True,
        "explanation": (
            "Stay calm, listen, reassure her that telling was right, avoid leading questions, do not "
            "investigate, write down her words and tell the DSL straight away."
        ),
        "choices": [
            {
                "text": "Ask, “Did he touch you?”, so that you can be sure.",
                "correct": False,
                "feedback": "This is a leading question. It puts words in her mouth. If needed, say “Tell me more”.",
            },
            {
                "text": "Listen calmly and let her talk at her own pace.",
                "correct": True,
                "feedback": "Right. Staying calm helps her feel safe to carry on.",
            },
            {
                "text": "Tell her she has done the right thing by telling you.",
                "correct": True,
                "feedback": "Right. Many children fear they will not be believed or will be in trouble.",
            },
            {
                "text": "Find the man and ask him what has been going on.",
                "correct": False,
                "feedback": (
                    "Never confront the person named. It could put her in danger and harm any police investigation."
                ),
            },
            {
                "text": "Write down what she said in her own words, and tell the DSL straight away.",
                "correct": True,
                "feedback": "Right. Record her exact words and get them to the DSL before she goes home.",
            },
        ],
    },
    {
        "key": "school-disclosure-3",
        "text": "Which of these is an open prompt you could use if a child needs help to say a little more?",
        "competency": "responding-to-disclosure",
        "audiences": ALL_SECTORS,
        "multiple": False,
        "explanation": (
            "Open prompts such as “Tell me more”, “Explain what you mean” or “Describe what happened” let "
            "the child use their own words. Leading questions suggest an answer."
        ),
        "choices": [
            {
                "text": "“Was it your uncle who did this to you?”",
                "correct": False,
                "feedback": "This suggests who did it. It is a leading question.",
            },
            {
                "text": "“Tell me more.”",
                "correct": True,
                "feedback": "Right. It is open, and lets the child tell it their own way.",
            },
            {
                "text": "“He hurt you, didn't he?”",
                "correct": False,
                "feedback": "This puts words in the child's mouth. It is a leading question.",
            },
            {
                "text": "“Why didn't you tell someone sooner?”",
                "correct": False,
                "feedback": (
                    "This can sound like blame. Children often find it very hard to tell, and that is never "
                    "their fault."
                ),
            },
        ],
    },
    # reporting-and-referral
    {
        "key": "school-reporting-1",
        "text": "You are a lunchtime supervisor and you are worried about a pupil. Who do you tell?",
        "competency": "reporting-and-referral",
        "audiences": ["school"],
        "multiple": False,
        "explanation": (
            "Every member of school staff has the same route: the designated safeguarding lead or a deputy, "
            "straight away. In immediate danger, call 999 first."
        ),
        "choices": [
            {
                "text": "The pupil's parents, by phone that evening, so they can keep an eye on them",
                "correct": False,
                "feedback": (
                    "Contacting family is the DSL's decision. In some cases it could put the child at more "
                    "risk of harm."
                ),
            },
            {
                "text": "Your line manager, at the end of the week",
                "correct": False,
                "feedback": "A worry about a child cannot wait for the end of the week.",
            },
            {
                "text": "No one, until you are sure",
                "correct": False,
                "feedback": "You do not need to be sure. Pass it on and let the DSL decide.",
            },
            {
                "text": "The designated safeguarding lead or a deputy, straight away",
                "correct": True,
                "feedback": "Right. Whatever your role, the DSL is your route, the same day.",
            },
        ],
    },
    {
        "key": "school-reporting-2",
        "text": (
            "You see a child being pushed into a car by an adult while the child shouts for help. "
            "What should you do first?"
        ),
        "competency": "reporting-and-referral",
        "audiences": ALL_SECTORS,
        "multiple": False,
        "explanation": (
            "If a child is in immediate danger, call 999 first. Then tell your safeguarding lead or manager."
        ),
        "choices": [
            {
                "text": "Call Crimestoppers",
                "correct": False,
                "feedback": (
                    "Crimestoppers is for passing on information without giving your name, not for emergencies."
                ),
            },
            {
                "text": "Write it down and report it tomorrow",
                "correct": False,
                "feedback": "This is an emergency. Waiting could leave the child in serious danger.",
            },
            {
                "text": "Call 999",
                "correct": True,
                "feedback": "Right. A child in immediate danger needs the police now. Note the car if you can.",
            },
            {
                "text": "Post about it on social media to find the car",
                "correct": False,
                "feedback": "This wastes vital minutes and could harm the child and any police investigation.",
            },
        ],
    },
    {
        "key": "school-reporting-3",
        "text": (
            "You told the DSL about a pupil two weeks ago. You have not heard what happened, and you are "
            "still worried. What should you do?"
        ),
        "competency": "reporting-and-referral",
        "audiences": ["school"],
        "multiple": False,
        "explanation": (
            "You may not be told everything, but if you are still worried, go back to the DSL and say so. "
            "Anyone can also make a referral to children's social care."
        ),
        "choices": [
            {
                "text": "Go back to the DSL with what you are still seeing, and say you are still worried.",
                "correct": True,
                "feedback": (
                    "Right. New concerns add to the picture. If it is still not resolved, you can refer to "
                    "children's social care yourself."
                ),
            },
            {
                "text": "Nothing. If you were not told what happened, it must have been dealt with properly.",
                "correct": False,
                "feedback": (
                    "Not being told is normal, but it does not mean the child is safe. Keep raising a worry "
                    "that has not gone away."
                ),
            },
            {
                "text": "Ask the pupil what the social worker has said to them.",
                "correct": False,
                "feedback": "It is not your role to find out, and it may upset the pupil. Go to the DSL.",
            },
        ],
    },
    # recording-and-sharing
    {
        "key": "school-recording-1",
        "text": "What should your written record of a concern include? Select all that apply.",
        "competency": "recording-and-sharing",
        "audiences": ["school", "practitioner"],
        "multiple": True,
        "explanation": (
            "A good record is factual: date, time and place, what you saw and heard, the child's own words, "
            "any car details, and who you told and when. If you add your view, say it is your view."
        ),
        "choices": [
            {
                "text": "What the child said, in their own words",
                "correct": True,
                "feedback": "Right. Their exact words matter more than your summary.",
            },
            {
                "text": "The date, time and place",
                "correct": True,
                "feedback": "Right. These help others build a clear picture over time.",
            },
            {
                "text": "Your best guess at what probably happened, written as fact",
                "correct": False,
                "feedback": "Keep to facts. A guess written as fact can mislead others. If you add a view, say so.",
            },
            {
                "text": "Details of any car, such as its colour and registration",
                "correct": True,
                "feedback": "Right. Car details can help the police find the people exploiting a child.",
            },
            {
                "text": "Who you told, and when",
                "correct": True,
                "feedback": "Right. This shows the concern was passed on and when.",
            },
        ],
    },
    {
        "key": "school-recording-2",
        "text": (
            "Does data protection law stop you sharing a worry about a child with the person who needs to know, "
            "such as a safeguarding lead?"
        ),
        "competency": "recording-and-sharing",
        "audiences": ALL_SECTORS,
        "multiple": False,
        "explanation": (
            "Data protection law does not stop you sharing information to keep a child safe. Share it with "
            "the people who need to know, and no one else."
        ),
        "choices": [
            {
                "text": "Yes. You always need the parents' written permission before you share anything.",
                "correct": False,
                "feedback": (
                    "You do not need permission to share information to keep a child safe. In some cases, "
                    "asking could put the child at more risk."
                ),
            },
            {
                "text": "No, it does not stop you sharing information to keep a child safe.",
                "correct": True,
                "feedback": "Right. Fear about sharing must never get in the way of protecting a child.",
            },
            {
                "text": "Yes, unless the police ask you first.",
                "correct": False,
                "feedback": "You do not have to wait to be asked. Pass on your worry straight away.",
            },
        ],
    },
    # missing-children
    {
        "key": "school-missing-1",
        "text": "Why does it matter when a child goes missing from home, care or school?",
        "competency": "missing-children",
        "audiences": ALL_SECTORS,
        "multiple": False,
        "explanation": (
            "Going missing is one of the strongest warning signs of exploitation. While missing, the child "
            "may be with people who are exploiting them."
        ),
        "choices": [
            {
                "text": "It only matters if the child is missing for more than a week.",
                "correct": False,
                "feedback": "A child can be seriously harmed in a few hours. Every time matters.",
            },
            {
                "text": "The child may be with people who are exploiting them.",
                "correct": True,
                "feedback": "Right. Going missing is a key warning sign of both sexual and criminal exploitation.",
            },
            {
                "text": "It is a family matter, not something for others to report.",
                "correct": False,
                "feedback": "Everyone has a part in keeping children safe. Report what you know.",
            },
            {
                "text": "It is usually a child wanting attention.",
                "correct": False,
                "feedback": (
                    "This blames the child. A child who goes missing may be being drawn away by people "
                    "who exploit them."
                ),
            },
        ],
    },
    {
        "key": "school-missing-2",
        "text": (
            "A Year 9 pupil is registered in the morning but is not in class after lunch, for the third time "
            "this month. What should you do?"
        ),
        "competency": "missing-children",
        "audiences": ["school"],
        "multiple": False,
        "explanation": (
            "Missing school, again and again, can be a warning sign of exploitation. Follow the school's "
            "procedure for a missing pupil and tell the DSL."
        ),
        "choices": [
            {
                "text": "Treat it as a warning sign: follow the missing pupil procedure and tell the DSL.",
                "correct": True,
                "feedback": "Right. The pupil may be leaving to meet people who are exploiting them.",
            },
            {
                "text": "Mark them absent and carry on.",
                "correct": False,
                "feedback": "An absence that keeps happening is a pattern. Do not just record it and move on.",
            },
            {
                "text": "Wait to see whether it happens again.",
                "correct": False,
                "feedback": "It has already happened three times. That is a pattern worth passing on now.",
            },
        ],
    },
    # trauma-informed-practice
    {
        "key": "school-trauma-1",
        "text": (
            "A child you are worried about is rude and angry when you ask if they are OK. What is the "
            "trauma-informed way to see this?"
        ),
        "competency": "trauma-informed-practice",
        "audiences": ALL_SECTORS,
        "multiple": False,
        "explanation": (
            "Trauma changes how children behave. Ask “What has happened to this child?”, not “What is wrong "
            "with this child?”, and keep offering safety and trust."
        ),
        "choices": [
            {
                "text": "They are being difficult, so they do not need help.",
                "correct": False,
                "feedback": "Anger is often how a child copes with abuse. It is not a sign that they are fine.",
            },
            {
                "text": "Their anger may be how they are coping. Stay calm and keep the door open.",
                "correct": True,
                "feedback": "Right. Staying calm and kind shows them you are safe to come back to.",
            },
            {
                "text": "Tell them calmly that you cannot help them unless they speak to you politely.",
                "correct": False,
                "feedback": "This may close the door for good. Children test adults before they trust them.",
            },
        ],
    },
    {
        "key": "school-trauma-2",
        "text": "Which of these are principles of trauma-informed practice? Select all that apply.",
        "competency": "trauma-informed-practice",
        "audiences": ALL_SECTORS,
        "multiple": True,
        "explanation": (
            "Six principles: safety; trust and transparency; peer support; collaboration; empowerment; "
            "humility and responsiveness."
        ),
        "choices": [
            {
                "text": "Getting the full story out of the child quickly",
                "correct": False,
                "feedback": "Pushing for details can feel like pressure. Let the child go at their own pace.",
            },
            {
                "text": "Trust and transparency",
                "correct": True,
                "feedback": "Right. Be honest about what you will do, and then do it.",
            },
            {
                "text": "Safety",
                "correct": True,
                "feedback": "Right. A calm place and a predictable adult help a child feel safe.",
            },
            {
                "text": "Empowerment",
                "correct": True,
                "feedback": "Right. Give the child a voice and safe choices.",
            },
        ],
    },
    # appropriate-language
    {
        "key": "school-language-1",
        "text": "Which wording should you use when you write about a child in a record?",
        "competency": "appropriate-language",
        "audiences": ALL_SECTORS,
        "multiple": False,
        "explanation": (
            "Describe what is being done to the child. Phrases that suggest the child chose it move the "
            "blame away from the abuser."
        ),
        "choices": [
            {
                "text": "“She keeps putting herself at risk.”",
                "correct": False,
                "feedback": "This blames her. The risk comes from the people exploiting her.",
            },
            {
                "text": "“It is her lifestyle choice.”",
                "correct": False,
                "feedback": "A child does not choose to be abused. This puts the blame on her.",
            },
            {
                "text": "“She is at risk of exploitation.”",
                "correct": True,
                "feedback": "Right. This describes the danger without blaming her.",
            },
            {
                "text": "“She is promiscuous.”",
                "correct": False,
                "feedback": "This judges her and hides the abuse. Describe what is being done to her.",
            },
        ],
    },
    {
        "key": "school-language-2",
        "text": "Which of these phrases are the right ones to use? Select all that apply.",
        "competency": "appropriate-language",
        "audiences": ALL_SECTORS,
        "multiple": True,
        "explanation": (
            "Use words that name the abuse and the abuser: “went missing”, “is being sexually exploited”, "
            "“the person exploiting her”. Avoid words that suggest a choice or repeat the abuser's framing."
        ),
        "choices": [
            {
                "text": "“child prostitute”",
                "correct": False,
                "feedback": "This suggests a trade. Say “a child who is being sexually exploited”.",
            },
            {
                "text": "“went missing”",
                "correct": True,
                "feedback": "Right. Avoid “absconded”, which blames the child.",
            },
            {
                "text": "“her boyfriend”, for an older man abusing a child",
                "correct": False,
                "feedback": "This repeats the abuser's framing. Say “the person exploiting her”.",
            },
            {
                "text": "“is being sexually exploited”",
                "correct": True,
                "feedback": "Right. It names what is being done to the child.",
            },
            {
                "text": "“the person exploiting her”",
                "correct": True,
                "feedback": "Right. It puts the responsibility on the abuser.",
            },
        ],
    },
    {
        "key": "school-language-3",
        "text": (
            "A 14-year-old was taken to a flat by an adult and sexually abused there. Which is the right way "
            "to write this down?"
        ),
        "competency": "appropriate-language",
        "audiences": ALL_SECTORS,
        "multiple": False,
        "explanation": (
            "A child cannot consent to their own abuse. Name what happened: the child was sexually abused "
            "or raped. Phrases like “had sex with” hide the crime."
        ),
        "choices": [
            {
                "text": "“She agreed to go with him to his flat and had sex with him there.”",
                "correct": False,
                "feedback": "A 14-year-old cannot consent. “Agreed” and “had sex with” hide the abuse and blame her.",
            },
            {
                "text": "“She was willing to go to the flat.”",
                "correct": False,
                "feedback": "“Willing” suggests a choice. She was groomed and taken there by an adult.",
            },
            {
                "text": "“She was taken to a flat by an adult and sexually abused.”",
                "correct": True,
                "feedback": "Right. It says clearly what was done to her, and by whom.",
            },
        ],
    },
]
