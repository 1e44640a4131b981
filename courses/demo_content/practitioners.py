"""Demo course: child sexual exploitation for multi-agency practitioners. Pure data, no Django.

For practitioners in health, children's social care, police, youth work, housing and the voluntary
sector. The demo loader turns COURSE into a CoursePage with LessonPage children (body entries are
(block type, value) pairs for courses.blocks.LessonStreamBlock) and QUESTIONS into the question bank.

Wording follows shared/content-guide.md. Words the guide tells us to avoid appear only inside
quotation marks where we teach what to say instead: the model names older "boyfriend" and
"inappropriate relationship" in lesson 1, the "Say this, not that" accordion in lesson 3, and the
wrong choices of questions tagged appropriate-language. Everything here is our own wording. Where a
fact comes from a public document we name it; the case study is a composite and describes no real child.
"""

ALL_SECTORS = ["school", "practitioner", "taxi", "hotel", "night_time"]

# ---------------------------------------------------------------------------------------------------
# Lesson 1
# ---------------------------------------------------------------------------------------------------

LESSON_UNDERSTANDING = {
    "title": "Understanding child sexual exploitation",
    "slug": "understanding-child-sexual-exploitation",
    "estimated_minutes": 6,
    "summary": (
        "What child sexual exploitation is, the models it follows, how it overlaps with criminal "
        "exploitation, and how to think about vulnerability without blaming the child."
    ),
    "body": [
        (
            "rich_text",
            "<h2>What we mean by child sexual exploitation</h2>"
            "<p>Child sexual exploitation (CSE) is a form of child sexual abuse. A person or a group takes "
            "advantage of an imbalance of power to coerce, manipulate or deceive someone under 18 into sexual "
            "activity. The child receives something they need or want, such as affection, a place to stay, "
            "food, drugs, alcohol or money, and the perpetrator or someone else gains money, status or "
            "control.</p>"
            "<p>This is the Department for Education's 2017 definition, also used in <i>Keeping Children Safe "
            "in Education</i> (KCSIE). Note two things. The activity can look consensual and still be "
            "exploitation. And it needs no physical contact: a child made to send images or perform sexual "
            "acts on camera is being exploited.</p>"
            "<h2>Age, consent and power</h2>"
            "<p>Anyone under 18 can be sexually exploited, including 16 and 17 year olds who are over the "
            "age of consent. In law, a child under 13 cannot consent to any sexual activity at all. At every "
            "age, what looks like going along with it is often the product of grooming, fear, debt or "
            "dependence. Look at the power imbalance rather than at what the young person says about it: "
            "differences in age, size, money, status, learning ability, access to drugs or somewhere to "
            "stay, and control of images.</p>"
            "<p>Many young people do not see themselves as victims. They may defend the perpetrator, say "
            "they love them, or be angry with you for asking. That is how grooming and trauma work. It is "
            "not evidence that nothing is wrong.</p>"
            "<h2>Models of exploitation</h2>"
            "<p>These models help you recognise patterns. They overlap, and one child can experience "
            "several. Open each one to read more.</p>",
        ),
        (
            "accordion",
            {
                "sections": [
                    {
                        "heading": "Organised or network exploitation",
                        "body": (
                            "<p>Perpetrators know each other and link, pass or sell children between them. "
                            "Children are moved between houses, flats, hotels, short-let properties and "
                            "“parties”, sometimes in other towns. Arranging or helping a child's travel in "
                            "order to exploit them can be trafficking, even within one town.</p>"
                        ),
                    },
                    {
                        "heading": "Gang-associated exploitation",
                        "body": (
                            "<p>Sexual violence is used by gangs to punish, to control, to settle a "
                            "“debt”, as part of joining, or to hurt rivals through their sisters, brothers "
                            "or partners. Children connected to a gang through family or area may be "
                            "abused without being involved in any gang activity themselves.</p>"
                        ),
                    },
                    {
                        "heading": "Peer-on-peer (child-on-child) exploitation",
                        "body": (
                            "<p>A child is exploited by other children of a similar age. Sexual activity or "
                            "images can be demanded as the price of belonging. Children who harm others in "
                            "this way are sometimes being directed or exploited by older people themselves. "
                            "<i>Working Together 2023</i> says that all children, including those who may be "
                            "harming others, should get a safeguarding response first.</p>"
                        ),
                    },
                    {
                        "heading": "The older “boyfriend” or “girlfriend” model",
                        "body": (
                            "<p>The perpetrator presents themselves as a “boyfriend” or “girlfriend”. "
                            "That is the abuser's framing, so we keep it in quotation marks. The pattern is "
                            "attention and gifts, then isolation from family and friends, then demands for "
                            "sexual activity, sometimes with other people. In your records, name the "
                            "person as the adult who is exploiting the child.</p>"
                        ),
                    },
                    {
                        "heading": "Online grooming and sexual extortion",
                        "body": (
                            "<p>Contact starts on a game, social media or a messaging app. The perpetrator "
                            "flatters, promises secrecy and asks for images, then threatens to share them "
                            "unless the child sends more, pays money or meets up. Online abuse is abuse in "
                            "its own right, and it can move quickly to meeting in person.</p>"
                        ),
                    },
                    {
                        "heading": "“Inappropriate relationship”",
                        "body": (
                            "<p>This is the term used for abuse by one person who holds great power over "
                            "the child, through age, money or emotional hold. The child often sees them as "
                            "a friend, a protector or a partner. In a record, describe what the person is "
                            "doing to the child.</p>"
                        ),
                    },
                ]
            },
        ),
        (
            "rich_text",
            "<h2>Where sexual and criminal exploitation meet</h2>"
            "<p>Child criminal exploitation uses the same power imbalance to make a child commit crime. "
            "County lines is the best-known form: a network uses a dedicated phone line to sell drugs in "
            "another area, and uses children to carry and store drugs and money. "
            "Children drawn into county lines are often sexually abused as well, and children who are being "
            "sexually exploited may be made to hold or carry drugs. Boys are affected by both, and their "
            "sexual abuse is easily missed. When one form of exploitation is identified, ask about the "
            "other. A child arrested for a drugs offence may be a victim of exploitation: see the victim "
            "first.</p>"
            "<h2>Push and pull factors, without blame</h2>"
            "<p>Perpetrators look for need and then offer to meet it. <b>Push factors</b> make home, care or "
            "school hard to stay in: conflict, neglect, domestic abuse, bereavement, bullying, being excluded "
            "from school, or moving placement again and again. <b>Pull factors</b> are what the perpetrator "
            "offers: attention, belonging, affection, status, protection, money, food, somewhere to stay, "
            "drugs and alcohol.</p>"
            "<p>Some children are more vulnerable to being targeted: children in care and care leavers, "
            "children who have been abused before, disabled and neurodivergent children, children with "
            "mental health needs, unaccompanied asylum-seeking children, and children who feel isolated, for "
            "example LGBTQ+ young people without support at home.</p>",
        ),
        (
            "callout",
            {
                "style": "important",
                "heading": "Vulnerability tells you where to look, not whom to blame",
                "body": (
                    "<p>No vulnerability causes exploitation. Perpetrators cause it, by using the gaps they "
                    "find. Children with none of these factors are exploited too. When you write about "
                    "vulnerability, write what the perpetrator did with it: “After she was excluded, he "
                    "offered her somewhere to go during the day.”</p>"
                ),
            },
        ),
        (
            "report_it_here",
            {
                "heading": "Report it here",
                "intro": (
                    "Follow your own agency's safeguarding procedure and talk to your safeguarding lead. If a "
                    "child is in immediate danger, call 999. These are the local numbers for where you work."
                ),
            },
        ),
    ],
}

# ---------------------------------------------------------------------------------------------------
# Lesson 2
# ---------------------------------------------------------------------------------------------------

LESSON_INDICATORS = {
    "title": "Recognising indicators across services",
    "slug": "recognising-indicators-across-services",
    "estimated_minutes": 6,
    "summary": (
        "What exploitation can look like in health, social care, policing, youth work and housing, and why "
        "going missing matters so much."
    ),
    "body": [
        (
            "rich_text",
            "<p>No single indicator proves exploitation, and many exploited children show only a few. Each "
            "service sees one part: a clinic sees a repeat infection, a housing officer hears about visitors "
            "at night, a youth worker notices a new phone. The pattern appears only when the parts are put "
            "side by side.</p>",
        ),
        (
            "callout",
            {
                "style": "warning",
                "heading": "Indicators any service may see",
                "body": (
                    "<ul>"
                    "<li>Going missing from home, care or school, including short or repeated episodes</li>"
                    "<li>Money, phones, clothes, drugs or alcohol that the child cannot account for</li>"
                    "<li>More than one phone, or fear and secrecy around calls and messages</li>"
                    "<li>Older associates, or being collected by different cars and drivers</li>"
                    "<li>Being found far from home, or at addresses, hotels or “parties” with adults</li>"
                    "<li>Sexual health concerns, pregnancy or injuries without a clear explanation</li>"
                    "<li>Sudden changes in mood, self-harm, or dropping away from friends and family</li>"
                    "<li>Being arrested or stopped with adults, or for offences linked to drugs</li>"
                    "</ul>"
                ),
            },
        ),
        (
            "rich_text",
            "<h2>What it can look like in your service</h2>",
        ),
        (
            "accordion",
            {
                "sections": [
                    {
                        "heading": "Health: GPs, sexual health, A&E, school nursing, maternity",
                        "body": (
                            "<p>Repeat tests for sexually transmitted infections, repeated requests for "
                            "emergency contraception, pregnancy or a termination at a young age. Repeat "
                            "attendances at A&E, often at night, for injuries, intoxication, overdose or "
                            "self-harm, sometimes at different hospitals. An older adult who answers for the "
                            "young person and will not leave the room. Many sexual health services use a "
                            "structured screening tool, such as the “Spotting the Signs” proforma from BASHH "
                            "and Brook. Any sexual activity involving a child under 13 always needs a "
                            "safeguarding referral.</p>"
                        ),
                    },
                    {
                        "heading": "Children's social care and residential care",
                        "body": (
                            "<p>A child who goes missing from placement, is collected by cars outside the "
                            "home, has new “friends” who are never introduced, or is placed far from home "
                            "without local support. Several children from the same home linked "
                            "to the same adults or addresses.</p>"
                        ),
                    },
                    {
                        "heading": "Police",
                        "body": (
                            "<p>A child found intoxicated with adults, in a car or at an address with older "
                            "people, or at a hotel. A child stopped a long way from home with drugs or cash. "
                            "The same adults linked to several children. Treat the child as a possible "
                            "victim, even when they are being dealt with for an offence.</p>"
                        ),
                    },
                    {
                        "heading": "Youth work and the voluntary sector",
                        "body": (
                            "<p>Detached and outreach workers see the places where grooming happens: parks, "
                            "takeaways, car parks, stairwells, shopping centres. A young person who stops "
                            "coming to sessions, arrives with a new and older group, or talks about "
                            "“link-ups” and parties. Young people often trust you more than statutory "
                            "services, so what you notice matters.</p>"
                        ),
                    },
                    {
                        "heading": "Housing",
                        "body": (
                            "<p>Complaints about different teenagers visiting an adult's flat, especially at "
                            "night. A tenant whose home has been taken over by others, known as cuckooing. "
                            "Young people aged 16 or 17 in supported or temporary accommodation who are "
                            "targeted by adults. Short-let or holiday properties used for “parties”. A "
                            "tenancy or noise issue can be the first sign of an exploitation concern.</p>"
                        ),
                    },
                ]
            },
        ),
        (
            "rich_text",
            "<h2>Going missing: one of the strongest indicators</h2>"
            "<p>While a child is missing, they may be with the people who are exploiting them. Short "
            "episodes and coming home very late matter as much as long absences. Treat each episode as new, "
            "and ask where the child was, who with, and how they got there and back.</p>"
            "<p>The Department for Education's statutory guidance on children who run away or go missing "
            "from home or care (2014) says that a child who comes back should be offered an independent "
            "return home interview, within 72 hours of their return. It is not a telling-off. It is a chance "
            "for the child to talk to someone outside their home or placement about what happened, and it "
            "often gives the first names, nicknames, addresses and cars. Make sure those details reach the "
            "police and children's social care: across several children, they can reveal a network.</p>"
            "<h2>From online contact to meeting in person</h2>"
            "<p>Online grooming often comes before physical abuse. Watch for a young person who talks about "
            "someone they have met online and not in person, who is sent money, gifts, game credit or train "
            "tickets, or who is asked to keep chats secret or move to a private app.</p>",
        ),
        (
            "case_study",
            {
                "title": "Four services, one address",
                "story": (
                    "<p>Kayla is 14 and lives with foster carers. Her carers report her missing three times "
                    "in a month. At her return home interview she mentions “Dee's flat”, and the worker "
                    "records it. A housing officer logs complaints that teenage girls visit a flat on a "
                    "nearby estate late at night. An A&E nurse records that Kayla came in intoxicated at 2am, "
                    "brought by a man who left before she was seen. A youth worker notices Kayla has a new "
                    "phone and is being picked up from the youth club by an older man in a car.</p>"
                    "<p>Each worker shares what they have seen. At a multi-agency exploitation meeting, the "
                    "housing address and the flat Kayla named turn out to be the same. A strategy discussion "
                    "follows. The police act to disrupt the man and investigate him, and Kayla is given a "
                    "specialist worker she comes to trust.</p>"
                ),
                "learning_points": [
                    "Each concern looked small inside one service. Together they pointed to one address.",
                    "Return home interviews can give the details that link children, places and perpetrators.",
                    "Addresses, nicknames and car details are most useful when they are recorded exactly.",
                ],
                "source": "A composite case written for this course. It does not describe a real child.",
            },
        ),
        (
            "report_it_here",
            {
                "heading": "Report it here",
                "intro": (
                    "Talk to your safeguarding lead and make a referral to children's social care if you think "
                    "a child may be being exploited. If a child is in immediate danger, call 999. These are "
                    "the local numbers for where you work."
                ),
            },
        ),
    ],
}

# ---------------------------------------------------------------------------------------------------
# Lesson 3
# ---------------------------------------------------------------------------------------------------

LESSON_RESPONDING = {
    "title": "Responding: trauma-informed practice and disclosure",
    "slug": "responding-trauma-informed-practice-and-disclosure",
    "estimated_minutes": 6,
    "summary": (
        "How to work with an exploited child in a way that builds safety and trust, how to respond when "
        "they tell you something, and which words to use."
    ),
    "body": [
        (
            "rich_text",
            "<p>Perpetrators tell children that nobody will believe them and that services do not care. "
            "Repeated questioning, being told off for going missing, or being treated as an offender can "
            "seem to prove them right, and push a child back towards the people exploiting them.</p>"
            "<h2>Trauma-informed practice</h2>"
            "<p>Trauma shapes behaviour. An exploited child may be hostile, may miss appointments, may laugh "
            "at serious things or defend the perpetrator. Ask “What has happened to this child?” rather "
            "than “What is wrong with this child?” Six principles help you put that into practice:</p>"
            "<ul>"
            "<li><b>Safety:</b> meet where the young person feels safe, and be predictable: say what will "
            "happen before it happens.</li>"
            "<li><b>Trust and transparency:</b> be honest about your role, what you must share, with whom "
            "and why, and then do what you said you would.</li>"
            "<li><b>Peer support:</b> support safe friendships and contact with others who have been "
            "through similar harm; support staff too.</li>"
            "<li><b>Collaboration:</b> plan with the young person and other agencies, not around them. "
            "Fewer, consistent workers are better than many changing ones.</li>"
            "<li><b>Empowerment:</b> offer real choices where you can, such as when and where to meet, and "
            "build on their strengths.</li>"
            "<li><b>Humility and responsiveness:</b> notice your own assumptions, and respond to the young "
            "person's culture, identity, gender, disability and language.</li>"
            "</ul>"
            "<h2>Professional curiosity</h2>"
            "<p>The Jay report (2014) into Rotherham described how some professionals treated exploited "
            "children as if they had made choices, instead of seeing them as victims of crime. Professional "
            "curiosity is the opposite. Do not take explanations at face value: “he's my cousin”, "
            "“I found the phone”. Ask open questions, check what other agencies know, "
            "notice who is always nearby, and notice what is missing from the story.</p>"
            "<h2>When a young person tells you</h2>"
            "<p>Disclosure is rarely one conversation. Young people test you with a small part first, and "
            "some take back what they said because they are frightened. If a young person starts to tell "
            "you:</p>"
            "<ul>"
            "<li>Listen calmly and let them set the pace. Tell them they were right to tell you.</li>"
            "<li>Do not promise confidentiality. Explain what you will need to share, with whom, and why.</li>"
            "<li>Use open prompts such as “Tell me more”, “Explain what you mean” or “Describe what "
            "happened”. Avoid leading questions that suggest an answer.</li>"
            "<li>Do not investigate or take a detailed account. If there is a criminal investigation, the "
            "police may need to interview the child under <i>Achieving Best Evidence</i> guidance, and "
            "repeated questioning can affect that.</li>"
            "<li>Record their words as soon as you can, and act the same day.</li>"
            "<li>If they later take it back, record that in their words too, next to the original account, "
            "and share it. A retraction does not mean the child is safe.</li>"
            "</ul>",
        ),
        (
            "scenario",
            {
                "title": "What would you do?",
                "situation": (
                    "<p>You are a sexual health nurse. Jess, 15, asks for emergency contraception for the "
                    "third time in two months. She says an older friend drove her here and is waiting in "
                    "the car park. When you ask about him she says, “He's just a mate. He looks after me. "
                    "Why are you asking?”</p>"
                ),
                "options": [
                    {
                        "text": "Give her what she asked for and respect her privacy by not asking anything else.",
                        "is_best": False,
                        "feedback": (
                            "Meeting her clinical need is right, but three requests, an older man and a "
                            "defensive answer are indicators. Be curious."
                        ),
                    },
                    {
                        "text": "Go out to the car park and ask the man who he is.",
                        "is_best": False,
                        "feedback": (
                            "This could put Jess and you at risk and warn the man. If it is safe, note the car "
                            "and registration instead."
                        ),
                    },
                    {
                        "text": (
                            "Meet her clinical need, talk with her alone using your service's screening tool, "
                            "be honest that you may share worries, then refer the same day."
                        ),
                        "is_best": True,
                        "feedback": (
                            "Yes. This keeps her care and her trust. Involve your safeguarding lead and record "
                            "her words."
                        ),
                    },
                    {
                        "text": "Tell her she is making unsafe choices and needs to stop seeing him.",
                        "is_best": False,
                        "feedback": (
                            "This puts the responsibility on Jess and is likely to end the conversation. The "
                            "man is responsible for what he is doing to her."
                        ),
                    },
                ],
            },
        ),
        (
            "rich_text",
            "<h2>Say this, not that</h2>"
            "<p>Records are read by other agencies, used in strategy discussions and court, and may one day "
            "be read by the young person. Words that suggest a choice shift responsibility away from the "
            "perpetrator, and can lead other professionals to decide a child does not need protecting.</p>",
        ),
        (
            "accordion",
            {
                "sections": [
                    {
                        "heading": "Write “is being sexually exploited”, not “child sex worker” or “selling sex”",
                        "body": (
                            "<p>These words describe a trade or a job. There is no trade: it is abuse, and "
                            "the words hide the adults who profit from it.</p>"
                        ),
                    },
                    {
                        "heading": "Write “was groomed” or “was coerced”, not “consented” or “was willing”",
                        "body": (
                            "<p>Describe the pressure, the gifts and the threats. A child cannot consent to "
                            "their own abuse, whatever they said at the time.</p>"
                        ),
                    },
                    {
                        "heading": "Write “is at risk of exploitation”, not “risky behaviour”",
                        "body": (
                            "<p>“Risky behaviour”, “putting themselves at risk” and “lifestyle choice” place "
                            "the danger in the child. The danger comes from the perpetrators.</p>"
                        ),
                    },
                    {
                        "heading": "Write “the man who is exploiting her”, not “her boyfriend”",
                        "body": (
                            "<p>“Boyfriend” and “relationship” repeat the perpetrator's framing. Name his "
                            "age and what he is doing, or use “perpetrator”.</p>"
                        ),
                    },
                    {
                        "heading": "Write “went missing”, not “absconded”",
                        "body": (
                            "<p>“Absconded” and “chose to go missing” suggest a free choice. The child may "
                            "be being drawn away by people who are exploiting them.</p>"
                        ),
                    },
                    {
                        "heading": "Write “was raped” or “was sexually abused”, not “had sex with”",
                        "body": (
                            "<p>Name the crime. Avoid “promiscuous” and “sexually active” for an exploited "
                            "child: describe the abuse instead.</p>"
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
                    "After a young person tells you something, talk to your safeguarding lead and refer the "
                    "same day. If they are in immediate danger, call 999. These are the local numbers for "
                    "where you work."
                ),
            },
        ),
    ],
}

# ---------------------------------------------------------------------------------------------------
# Lesson 4
# ---------------------------------------------------------------------------------------------------

LESSON_REFERRAL = {
    "title": "Reporting, referral and information sharing",
    "slug": "reporting-referral-and-information-sharing",
    "estimated_minutes": 6,
    "summary": (
        "Making a referral to the local front door, sharing information lawfully, recording well, strategy "
        "discussions, and what to do if you are still worried."
    ),
    "body": [
        (
            "rich_text",
            "<h2>Making a referral</h2>"
            "<p>Use your own agency's safeguarding procedure and talk to your safeguarding lead, but do not "
            "let that delay a referral. Anyone can refer a child to the local children's social care front "
            "door, which in many areas is a multi-agency safeguarding hub (MASH). If a child is in immediate "
            "danger, call 999 first.</p>"
            "<p>A good referral says:</p>"
            "<ul>"
            "<li>what you have seen and heard, with dates, and the child's own words</li>"
            "<li>why you are worried now, and what has changed</li>"
            "<li>what you know about the adults, places and vehicles involved: names, nicknames, phone "
            "numbers, social media accounts, addresses and registrations</li>"
            "<li>what the child and family know about your referral, and whether telling the parents could "
            "put the child at more risk</li>"
            "<li>the child's own views, and what you think would help</li>"
            "</ul>"
            "<p><i>Working Together to Safeguard Children 2023</i> expects children's social care to decide "
            "within one working day of a referral what response is needed, and to let the referrer know. "
            "If you do not hear back, follow it up.</p>"
            "<h2>Sharing information</h2>"
            "<p>Working Together 2023 is clear that fears about sharing information must not get in the way "
            "of keeping children safe. The UK GDPR and the Data Protection Act 2018 do not stop you sharing "
            "information to protect a child. You do not need consent to share for safeguarding. Where it is "
            "safe, be open with the young person and their family about what you will share and why. Do not "
            "tell them first if that could put the child at more risk or harm a police investigation.</p>"
            "<p>Share what is necessary and relevant, with the people who need it, promptly and securely. "
            "Record what you shared, with whom and why, or why you decided not to share.</p>",
        ),
        (
            "callout",
            {
                "style": "tip",
                "heading": "Recording that helps the child",
                "body": (
                    "<p><b>Unclear:</b> “Leah seems to be in with a bad crowd again. Probably at a party.”</p>"
                    "<p><b>Clear:</b> “Monday 3 March, 14:10, youth centre. Leah (15) said, 'Dee gets me "
                    "stuff if I go round his mate's flat.' A man of about 30 was waiting outside in a grey "
                    "estate car, registration starting KX61. My view: this may be grooming. Referred to "
                    "the MASH by phone at 15:00. A. Patel, youth worker.”</p>"
                    "<p>Keep fact and opinion apart, and say where each piece of information came from. "
                    "Keep a chronology: one entry can look small, twenty in a row may not.</p>"
                ),
            },
        ),
        (
            "rich_text",
            "<h2>Strategy discussions</h2>"
            "<p>When there is reasonable cause to suspect that a child is suffering, or is likely to suffer, "
            "significant harm, Working Together 2023 says a strategy discussion should be held. It brings "
            "together children's social care, the police, health and other agencies involved with the "
            "child, including the practitioner who referred. It decides whether to start enquiries under "
            "section 47 of the Children Act 1989, what is needed to keep the child safe now, what "
            "information to share, and whether there should be a criminal investigation. In exploitation "
            "cases it should also think about other children linked to the same people or places. Many "
            "areas also hold a regular multi-agency exploitation meeting to look at patterns across "
            "children, places and perpetrators.</p>"
            "<h2>If you are still worried</h2>"
            "<p>Sometimes a referral leads to no further action, or the child's situation does not improve. "
            "If you are still worried:</p>"
            "<ol>"
            "<li>Go back to the social worker or their manager with any new information, and ask for the "
            "decision to be looked at again.</li>"
            "<li>If that does not resolve it, involve your safeguarding lead and use your local safeguarding "
            "children partnership's escalation policy (sometimes called resolving professional "
            "differences).</li>"
            "<li>Record each step, with dates and names.</li>"
            "</ol>"
            "<p>Escalation is part of good practice, not a complaint about a colleague. If at any point the "
            "child is in immediate danger, call 999.</p>",
        ),
        (
            "scenario",
            {
                "title": "What would you do?",
                "situation": (
                    "<p>You are a youth worker. Three weeks ago you referred Marcus, 14: he was getting into "
                    "different cars after sessions, had large amounts of cash and had been missing overnight. "
                    "The front door replied: no further action, parents are managing. Last night the police "
                    "found Marcus in a flat in another town with adults and drugs.</p>"
                ),
                "options": [
                    {
                        "text": "Accept the decision. Children's social care will know more than you do.",
                        "is_best": False,
                        "feedback": (
                            "They may not know about last night. New information can change a decision, and "
                            "you are expected to pass it on."
                        ),
                    },
                    {
                        "text": "Wait to raise it at next month's multi-agency meeting.",
                        "is_best": False,
                        "feedback": ("Marcus was found with adults and drugs far from home. That cannot wait a month."),
                    },
                    {
                        "text": "Tell his parents they must keep him in at night from now on.",
                        "is_best": False,
                        "feedback": (
                            "This puts the burden on the family and does nothing about the adults exploiting "
                            "him. It is not a safety plan."
                        ),
                    },
                    {
                        "text": (
                            "Contact the front door today with the new information and ask for the decision to "
                            "be reviewed. If it is not, escalate through your safeguarding lead."
                        ),
                        "is_best": True,
                        "feedback": (
                            "Yes. Ask whether a strategy discussion is needed, record each step, and use the "
                            "local escalation policy if you are still worried."
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
                    "These are the local front door, police and out-of-hours numbers for where you work. If a "
                    "child is in immediate danger, call 999. Say that you are worried about child sexual "
                    "exploitation, and have your dated notes to hand."
                ),
            },
        ),
    ],
}

# ---------------------------------------------------------------------------------------------------
# Lesson 5
# ---------------------------------------------------------------------------------------------------

LESSON_DISRUPTION = {
    "title": "Disrupting exploitation together",
    "slug": "disrupting-exploitation-together",
    "estimated_minutes": 4,
    "summary": (
        "How agencies make it harder for perpetrators to reach children, and how the information you hold can help."
    ),
    "body": [
        (
            "rich_text",
            "<p>Disruption means making it harder for perpetrators to reach and harm children. It works "
            "alongside any prosecution, and it does not depend on the child giving evidence. It should keep "
            "the child at the centre: a plan that moves a child far away, or removes their phone, without "
            "dealing with the adults who harm them, can feel like a punishment to the child.</p>"
            "<h2>Sharing intelligence</h2>"
            "<p>Most police forces have a way for partner agencies to pass on information, often a "
            "partnership intelligence form, even when you are not making a referral. Small details can link "
            "cases: a nickname, part of a registration, a phone number, a social media name, a flat that "
            "children are seen going into. Share them exactly as you heard them.</p>"
            "<h2>Tools you may hear about</h2>",
        ),
        (
            "accordion",
            {
                "sections": [
                    {
                        "heading": "Child Abduction Warning Notices",
                        "body": (
                            "<p>The police can give an adult a Child Abduction Warning Notice. It states that "
                            "the adult has no permission to be with a named child, or to contact them. The "
                            "notice is given with the support of the parent or, for a child in care, the "
                            "local authority. It can be used for children under 16 who live at home, and for "
                            "children under 18 who are in care. Breaking the notice is not a crime in itself, "
                            "but it can support further action, such as an arrest for a child abduction "
                            "offence or an application for a sexual risk order.</p>"
                        ),
                    },
                    {
                        "heading": "Court orders",
                        "body": (
                            "<p>Courts can make orders that restrict what a person may do, such as a sexual "
                            "risk order, which does not need a conviction, or a sexual harm prevention order "
                            "after a conviction. The police apply for these; your records may form part of "
                            "the evidence.</p>"
                        ),
                    },
                    {
                        "heading": "Trafficking and the National Referral Mechanism",
                        "body": (
                            "<p>Moving a child, even between two streets or two towns, in order to exploit "
                            "them can be trafficking. A child who may have been trafficked should be referred "
                            "to the National Referral Mechanism (NRM) by a first responder organisation, such "
                            "as the local authority or the police. A child does not need to consent to the "
                            "referral.</p>"
                        ),
                    },
                    {
                        "heading": "Places and businesses",
                        "body": (
                            "<p>Exploitation happens in places. Hotels, taxi and private hire firms, licensed "
                            "premises, landlords and shopping centres can all notice and report. Campaigns "
                            "such as Operation Makesafe train businesses to spot the signs, and licensing "
                            "teams can act on information about premises and drivers. Working Together 2023 "
                            "calls harm that happens outside the family extra-familial harm. It recognises "
                            "that it happens in places such as parks, estates, shopping centres, takeaways "
                            "and transport hubs, and online, so the response needs to look at places and "
                            "peer groups, not only at the child and family.</p>"
                        ),
                    },
                ]
            },
        ),
        (
            "callout",
            {
                "style": "tip",
                "heading": "What you can do this week",
                "body": (
                    "<ul>"
                    "<li>Find out how to submit partnership intelligence to your local police.</li>"
                    "<li>Find your local safeguarding children partnership's exploitation and escalation "
                    "procedures.</li>"
                    "<li>Check that your records name places, vehicles and nicknames exactly.</li>"
                    "<li>Tell the young person what is being done to keep them safe, where that is safe.</li>"
                    "</ul>"
                ),
            },
        ),
        (
            "report_it_here",
            {
                "heading": "Report it here",
                "intro": (
                    "Pass on information about people, places and vehicles linked to exploitation, even if it "
                    "seems small. If a child is in immediate danger, call 999. To give information without "
                    "your name, call Crimestoppers on 0800 555 111. These are the local numbers for where "
                    "you work."
                ),
            },
        ),
    ],
}

COURSE = {
    "title": "Child sexual exploitation: multi-agency practice",
    "slug": "practitioners",
    "audience": "practitioner",
    "summary": (
        "For practitioners in health, children's social care, police, youth work, housing and the voluntary "
        "sector. Understand how exploitation works, recognise it in your service, respond in a trauma-informed "
        "way and take the right action with partners."
    ),
    "learning_outcomes": [
        "explain what child sexual exploitation is, its models, and how it overlaps with criminal exploitation",
        "describe push, pull and vulnerability factors without placing responsibility on the child",
        "recognise indicators in your own service, including going missing and online contact",
        "respond to a young person using trauma-informed principles and professional curiosity",
        "make a clear referral, share information lawfully and record facts in the child's own words",
        "escalate when you are still worried, and contribute to disrupting perpetrators",
        "use language that describes what is done to a child, and never blames the child",
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
    "estimated_minutes": 30,
    "pass_mark": 80,
    "certificate_validity_months": 12,
    # Each attempt draws 10 of the bank's practitioner questions, so a retake is not the same paper.
    "quiz": {"mode": "random", "count": 10},
    "lessons": [LESSON_UNDERSTANDING, LESSON_INDICATORS, LESSON_RESPONDING, LESSON_REFERRAL, LESSON_DISRUPTION],
}

# ---------------------------------------------------------------------------------------------------
# Question bank. Questions whose audiences are ALL_SECTORS name no practitioner role, so any course can
# draw them.
# ---------------------------------------------------------------------------------------------------

QUESTIONS = [
    # recognising-signs
    {
        "key": "prac-signs-1",
        "text": (
            "You work in a health setting. Which of these could be indicators that a 14-year-old is being "
            "sexually exploited? Select all that apply."
        ),
        "competency": "recognising-signs",
        "audiences": ["practitioner"],
        "multiple": True,
        "explanation": (
            "Repeat sexual health concerns, night-time A&E attendances and a controlling adult are all "
            "indicators. None proves exploitation alone, but each should be recorded and shared."
        ),
        "choices": [
            {
                "text": "Three tests for sexually transmitted infections in four months",
                "correct": True,
                "feedback": "Right. Repeat infections at this age can mean she is being sexually abused.",
            },
            {
                "text": "Coming to a routine vaccination appointment with her mother",
                "correct": False,
                "feedback": "This is ordinary care and is not an indicator on its own.",
            },
            {
                "text": "An adult who is not a parent answers every question for her and will not leave the room",
                "correct": True,
                "feedback": (
                    "Right. Control of what a young person says is a warning sign. Find a safe way to see her alone."
                ),
            },
            {
                "text": "Arriving at A&E intoxicated at 2am, brought by a man who leaves before she is seen",
                "correct": True,
                "feedback": "Right. Note what you can about the man and any vehicle, and pass it on.",
            },
        ],
    },
    {
        "key": "prac-signs-2",
        "text": (
            "You are a housing officer. Neighbours complain that different teenage girls visit a man's flat "
            "late at night, and that there are “parties” most weekends. What is the best response?"
        ),
        "competency": "recognising-signs",
        "audiences": ["practitioner"],
        "multiple": False,
        "explanation": (
            "A tenancy or noise complaint can be the first sign of exploitation. Record the details and share "
            "them through your safeguarding route with children's social care and the police."
        ),
        "choices": [
            {
                "text": (
                    "Send the tenant a formal warning letter about noise and anti-social behaviour under the tenancy."
                ),
                "correct": False,
                "feedback": (
                    "This treats it only as a tenancy issue and may warn the man. The girls may be being exploited."
                ),
            },
            {
                "text": "Visit the flat and ask the tenant who the girls are.",
                "correct": False,
                "feedback": "Confronting him could put the girls and you at risk, and could harm an investigation.",
            },
            {
                "text": "Wait until one of the girls can be identified by name before doing anything.",
                "correct": False,
                "feedback": "You do not need names to share a concern. Times, descriptions and the address matter.",
            },
            {
                "text": "Record dates, times and descriptions, and share them through your safeguarding route.",
                "correct": True,
                "feedback": (
                    "Right. Your route leads to children's social care and the police. The address may link "
                    "to concerns other services already hold."
                ),
            },
        ],
    },
    {
        "key": "prac-signs-3",
        "text": "Why does it matter to pass on one small thing you have noticed about a child?",
        "competency": "recognising-signs",
        "audiences": ALL_SECTORS,
        "multiple": False,
        "explanation": (
            "Different people see different parts of what is happening to a child. Only when those parts are "
            "put together can a pattern of exploitation be seen."
        ),
        "choices": [
            {
                "text": "It does not matter much. Only report when you have clear proof of what is happening.",
                "correct": False,
                "feedback": "You do not need proof. Waiting for it can leave a child with abusers for longer.",
            },
            {
                "text": "It may be the missing piece that links what other people have seen.",
                "correct": True,
                "feedback": "Right. Small concerns from several people can add up to a clear picture.",
            },
            {
                "text": "It is only worth passing on if the child asks you to.",
                "correct": False,
                "feedback": "Exploited children often do not ask for help. It is up to adults to notice and act.",
            },
        ],
    },
    # models-of-exploitation
    {
        "key": "prac-models-1",
        "text": (
            "A group of adults give a 17-year-old drugs and somewhere to stay, and expect sexual activity "
            "from her in return. Which statement is true?"
        ),
        "competency": "models-of-exploitation",
        "audiences": ALL_SECTORS,
        "multiple": False,
        "explanation": (
            "Anyone under 18 can be sexually exploited, including 16 and 17 year olds who are over the age of "
            "consent. Using power and her needs to get sexual activity is exploitation."
        ),
        "choices": [
            {
                "text": "It cannot be exploitation, because she is over the age of consent.",
                "correct": False,
                "feedback": "The age of consent does not change this. Anyone under 18 can be sexually exploited.",
            },
            {
                "text": "It is only exploitation if she says she is unhappy about it.",
                "correct": False,
                "feedback": (
                    "Many exploited young people say they are fine. That is often a result of grooming, "
                    "fear or dependence."
                ),
            },
            {
                "text": "She is being sexually exploited.",
                "correct": True,
                "feedback": "Right. The adults are using her needs and their power to abuse her.",
            },
            {
                "text": "It is a matter for adult services, not child safeguarding.",
                "correct": False,
                "feedback": "She is a child until she is 18, and child safeguarding procedures apply.",
            },
        ],
    },
    {
        "key": "prac-models-2",
        "text": (
            "A 15-year-old boy is found far from home carrying drugs and cash for older people. Which of "
            "these are true? Select all that apply."
        ),
        "competency": "models-of-exploitation",
        "audiences": ALL_SECTORS,
        "multiple": True,
        "explanation": (
            "He may be being criminally exploited, for example through county lines. Sexual and criminal "
            "exploitation often happen together, and boys are affected by both. See a victim first."
        ),
        "choices": [
            {
                "text": "Boys are rarely sexually exploited, so there is no need to think about sexual abuse.",
                "correct": False,
                "feedback": "Boys are sexually exploited too, and it is often missed.",
            },
            {
                "text": "He may be being criminally exploited, for example through county lines.",
                "correct": True,
                "feedback": "Right. Networks use children to carry drugs and money, often far from home.",
            },
            {
                "text": "He may also be being sexually abused by the people controlling him.",
                "correct": True,
                "feedback": "Right. Sexual violence is used to control children in criminal exploitation.",
            },
            {
                "text": "He should be seen as a victim first, even though he was carrying drugs.",
                "correct": True,
                "feedback": "Right. What a child has been made to do does not stop them being a victim.",
            },
        ],
    },
    {
        "key": "prac-models-3",
        "text": "How should you use what you know about a child's vulnerability factors, such as being in care?",
        "competency": "models-of-exploitation",
        "audiences": ["practitioner"],
        "multiple": False,
        "explanation": (
            "Vulnerability factors help you decide where to look and what support to offer. They never cause "
            "exploitation: perpetrators do, by targeting need. Children without them are exploited too."
        ),
        "choices": [
            {
                "text": "To rule out exploitation for children who have none of the factors.",
                "correct": False,
                "feedback": "Children with no known vulnerabilities are exploited too. Keep an open mind.",
            },
            {
                "text": "To explain to the child how their circumstances led to the abuse.",
                "correct": False,
                "feedback": "This places responsibility on the child. The abuse is caused by the perpetrator.",
            },
            {
                "text": "To guide where you look and what support you offer.",
                "correct": True,
                "feedback": (
                    "Right. The perpetrator is always responsible. Write what they did with the child's need, "
                    "not what the child did."
                ),
            },
        ],
    },
    {
        "key": "prac-models-4",
        "text": (
            "A 15-year-old boy is pressuring girls in his year to go to “parties” where older men are "
            "present. What is the best way to think about this?"
        ),
        "competency": "models-of-exploitation",
        "audiences": ["practitioner"],
        "multiple": False,
        "explanation": (
            "This may be peer-on-peer exploitation. The girls need safeguarding, and the boy may himself be "
            "directed or exploited by the older men, so he needs a safeguarding response too."
        ),
        "choices": [
            {
                "text": "It is a behaviour problem for his school to deal with through its usual behaviour policy.",
                "correct": False,
                "feedback": (
                    "The girls may be being exploited. This needs a safeguarding response, not only discipline."
                ),
            },
            {
                "text": "Safeguard the girls, and consider whether the boy is being exploited by the men too.",
                "correct": True,
                "feedback": "Right. Children who harm others in this way may be directed by adults.",
            },
            {
                "text": "Only the boy is responsible, so the focus should be on punishing him.",
                "correct": False,
                "feedback": "The older men are part of this. Look at the whole network, including who directs him.",
            },
            {
                "text": "It is normal teenage behaviour that will settle down.",
                "correct": False,
                "feedback": "Pressuring children towards adults at parties is a warning sign, not a phase.",
            },
        ],
    },
    # online-exploitation
    {
        "key": "prac-online-1",
        "text": (
            "A 16-year-old boy tells you someone he met online is threatening to send nude images of him to "
            "his friends unless he pays money. What is the best response?"
        ),
        "competency": "online-exploitation",
        "audiences": ["practitioner"],
        "multiple": False,
        "explanation": (
            "This is sexual extortion, a form of online abuse. Reassure him it is not his fault, advise him "
            "not to pay, keep the messages without sharing the images, and refer through your safeguarding "
            "route. Report Remove, from Childline and the Internet Watch Foundation, can help get images "
            "taken down."
        ),
        "choices": [
            {
                "text": "Advise him to pay once, as that is usually the quickest way to make it stop.",
                "correct": False,
                "feedback": "Paying rarely ends the threats and often leads to more demands.",
            },
            {
                "text": "Ask him to forward the images to you so you can see how serious it is.",
                "correct": False,
                "feedback": "Never ask for or forward a sexual image of a child. That shares the abuse again.",
            },
            {
                "text": "Remind him that he should not have sent the images in the first place.",
                "correct": False,
                "feedback": (
                    "This blames him and may stop him asking for help. The person threatening him is responsible."
                ),
            },
            {
                "text": (
                    "Tell him it is not his fault, advise him not to pay, keep the messages, and refer "
                    "through your safeguarding route today."
                ),
                "correct": True,
                "feedback": "Right. Tell him about Report Remove, and involve the police through your referral.",
            },
        ],
    },
    {
        "key": "prac-online-2",
        "text": (
            "Which of these suggest that online grooming may be moving towards meeting in person? "
            "Select all that apply."
        ),
        "competency": "online-exploitation",
        "audiences": ["practitioner"],
        "multiple": True,
        "explanation": (
            "Money or tickets for travel, questions about where a child lives or goes to school, and pressure "
            "to keep the contact secret are signs that an online contact wants to meet."
        ),
        "choices": [
            {
                "text": "The contact sends the young person money or a train ticket.",
                "correct": True,
                "feedback": "Right. Paying for travel is a common step towards meeting.",
            },
            {
                "text": "The young person plays an online game with a friend from their class.",
                "correct": False,
                "feedback": "This is ordinary and not a warning sign on its own.",
            },
            {
                "text": "The contact asks which school they go to and where they hang out.",
                "correct": True,
                "feedback": "Right. Location questions can mean the contact is planning to find them.",
            },
            {
                "text": "The contact asks them to move to a private app and keep the chats secret.",
                "correct": True,
                "feedback": "Right. Secrecy cuts the young person off from adults who could help.",
            },
        ],
    },
    # responding-to-disclosure
    {
        "key": "prac-disclosure-1",
        "text": (
            "During a visit, a 14-year-old starts to tell you about “parties” where there were older men. "
            "What should you do?"
        ),
        "competency": "responding-to-disclosure",
        "audiences": ["practitioner"],
        "multiple": False,
        "explanation": (
            "Listen calmly, use open prompts, do not take a detailed account, record her words and refer the "
            "same day. If there is a criminal investigation, the police may need to interview her, and "
            "repeated questioning can affect that."
        ),
        "choices": [
            {
                "text": "Ask detailed questions about who was there and what they did, so the referral is complete.",
                "correct": False,
                "feedback": (
                    "It is not your role to investigate. Detailed questioning can distress her and affect a "
                    "later police interview."
                ),
            },
            {
                "text": "Tell her that what she says will stay between the two of you.",
                "correct": False,
                "feedback": "You cannot promise this. Be honest about what you will share, with whom and why.",
            },
            {
                "text": "Listen calmly, use open prompts, record her words and refer the same day.",
                "correct": True,
                "feedback": "Right. Let her set the pace, and tell her she was right to tell you.",
            },
            {
                "text": "Wait until she is ready to tell you everything before passing anything on.",
                "correct": False,
                "feedback": "Children rarely tell everything at once. Act on what you know now.",
            },
        ],
    },
    {
        "key": "prac-disclosure-2",
        "text": (
            "A week after telling you she was abused, a young person says she made it up and that the man is "
            "a good person. What should you do?"
        ),
        "competency": "responding-to-disclosure",
        "audiences": ["practitioner"],
        "multiple": False,
        "explanation": (
            "Taking back a disclosure is common when a child is frightened or still under the perpetrator's "
            "control. Record the retraction in her own words next to the original account, share it, and "
            "keep the door open."
        ),
        "choices": [
            {
                "text": "Record what she now says next to her first account, and share it.",
                "correct": True,
                "feedback": "Right. A retraction does not mean she is safe. Others need to know about both accounts.",
            },
            {
                "text": "Close your concern, as she has now said clearly that nothing happened.",
                "correct": False,
                "feedback": "Children often take back what they said because of fear or pressure. The risk remains.",
            },
            {
                "text": "Tell her that making things up wastes professionals' time.",
                "correct": False,
                "feedback": "This blames her and could stop her ever telling again.",
            },
        ],
    },
    # reporting-and-referral
    {
        "key": "prac-reporting-1",
        "text": (
            "You are worried that a 15-year-old is being exploited. She is not in immediate danger. Your "
            "agency's safeguarding lead is on leave and there is no deputy today. What should you do?"
        ),
        "competency": "reporting-and-referral",
        "audiences": ["practitioner"],
        "multiple": False,
        "explanation": (
            "Anyone can refer to the local children's social care front door. Do not let an absent "
            "safeguarding lead delay a referral."
        ),
        "choices": [
            {
                "text": "Wait until your safeguarding lead is back next week.",
                "correct": False,
                "feedback": "A worry about exploitation should not wait a week. You can refer yourself.",
            },
            {
                "text": "Call 999.",
                "correct": False,
                "feedback": "999 is for immediate danger. Here, a referral to the front door is the right route.",
            },
            {
                "text": "Refer to the children's social care front door yourself, today.",
                "correct": True,
                "feedback": "Right. Record that you referred, and tell your safeguarding lead when they are back.",
            },
            {
                "text": "Phone her parents and ask them to keep a closer eye on her for now.",
                "correct": False,
                "feedback": (
                    "Telling the family may be right later, but it is decided with social care. Sometimes it "
                    "increases the risk."
                ),
            },
        ],
    },
    {
        "key": "prac-reporting-2",
        "text": (
            "Your referral about a child led to no further action. Since then there has been another missing "
            "episode and you are still worried. What should you do?"
        ),
        "competency": "reporting-and-referral",
        "audiences": ["practitioner"],
        "multiple": False,
        "explanation": (
            "Go back to the social worker or manager with the new information and ask for the decision to be "
            "reviewed. If that does not resolve it, use the local escalation policy with your safeguarding "
            "lead, and record each step."
        ),
        "choices": [
            {
                "text": "Accept the decision, as the threshold was not met.",
                "correct": False,
                "feedback": "New information can change a decision. You are expected to pass it on.",
            },
            {
                "text": "Wait for a more serious incident before raising it again.",
                "correct": False,
                "feedback": "Waiting for serious harm defeats the point of safeguarding. Act on what you know now.",
            },
            {
                "text": (
                    "Share the new information and ask for a review; if still unresolved, use the local "
                    "escalation policy with your safeguarding lead."
                ),
                "correct": True,
                "feedback": "Right. Escalation is good practice, not a complaint about a colleague.",
            },
        ],
    },
    {
        "key": "prac-reporting-3",
        "text": "In which of these situations should you call 999? Select all that apply.",
        "competency": "reporting-and-referral",
        "audiences": ALL_SECTORS,
        "multiple": True,
        "explanation": (
            "Call 999 when a child is in danger right now. For worries that are not an emergency, use 101 or "
            "your local safeguarding route."
        ),
        "choices": [
            {
                "text": "Last week you noticed a girl being collected from the park by older men.",
                "correct": False,
                "feedback": (
                    "This is worrying but it is not happening now. Report it on 101 or through your local route."
                ),
            },
            {
                "text": "A girl of about 14 is being led into a hotel by two men right now.",
                "correct": True,
                "feedback": "Right. She may be about to be abused. Call 999 and give the location.",
            },
            {
                "text": "A child who seems drugged is getting into a car with adults in front of you.",
                "correct": True,
                "feedback": "Right. Call 999 and note the car's registration if you can safely do so.",
            },
            {
                "text": "You remember a car you saw a month ago that worried you.",
                "correct": False,
                "feedback": "Pass it on, but this is not an emergency. Use 101 or your local route.",
            },
        ],
    },
    {
        "key": "prac-reporting-4",
        "text": "Which of these statements about disrupting exploitation are true? Select all that apply.",
        "competency": "reporting-and-referral",
        "audiences": ["practitioner"],
        "multiple": True,
        "explanation": (
            "Disruption does not depend on the child giving evidence. Child Abduction Warning Notices, court "
            "orders, NRM referrals and shared intelligence all make it harder for perpetrators to reach "
            "children."
        ),
        "choices": [
            {
                "text": "Disruption can only start once the child has given a statement to the police.",
                "correct": False,
                "feedback": "Disruption does not depend on the child's evidence. It focuses on the perpetrators.",
            },
            {
                "text": (
                    "A Child Abduction Warning Notice can be used for children under 16 who live at home and "
                    "children under 18 in care."
                ),
                "correct": True,
                "feedback": "Right. It tells an adult they have no permission to be with or contact the child.",
            },
            {
                "text": "Moving a child between towns to exploit them can be trafficking, and needs an NRM referral.",
                "correct": True,
                "feedback": "Right. A first responder such as the local authority refers; the child need not consent.",
            },
            {
                "text": "Passing a nickname or part of a car registration to the police can help link cases.",
                "correct": True,
                "feedback": "Right. Small details, recorded exactly, can connect children, places and perpetrators.",
            },
        ],
    },
    # recording-and-sharing
    {
        "key": "prac-recording-1",
        "text": (
            "A 15-year-old asks you not to tell anyone that an adult is exploiting her. Which statement is "
            "correct under Working Together 2023 and data protection law?"
        ),
        "competency": "recording-and-sharing",
        "audiences": ["practitioner"],
        "multiple": False,
        "explanation": (
            "Data protection law does not stop you sharing information to keep a child safe, and you do not "
            "need consent to share for safeguarding. Be open with her where that is safe, and record what you "
            "shared and why."
        ),
        "choices": [
            {
                "text": "You must have her written consent under the UK GDPR before you share anything.",
                "correct": False,
                "feedback": "You do not need consent to share information to safeguard a child.",
            },
            {
                "text": "You can only share if the police formally ask you for the information.",
                "correct": False,
                "feedback": "You do not have to wait to be asked. Share promptly with the people who need to know.",
            },
            {
                "text": "Share it with everyone working with her, so that nobody misses anything.",
                "correct": False,
                "feedback": "Share what is necessary and relevant, with the people who need it, not with everyone.",
            },
            {
                "text": "You can share without her consent to keep her safe.",
                "correct": True,
                "feedback": (
                    "Right. Where it is safe, tell her what you will share and why. Record what you shared, "
                    "with whom and why."
                ),
            },
        ],
    },
    {
        "key": "prac-recording-2",
        "text": "Which of these record entries is the most useful?",
        "competency": "recording-and-sharing",
        "audiences": ["practitioner"],
        "multiple": False,
        "explanation": (
            "A useful record is dated, factual and specific: the child's own words, what you saw, any vehicle "
            "or address, your view marked as a view, and who you told and when."
        ),
        "choices": [
            {
                "text": "“Concerns about Leah again. See previous entries.”",
                "correct": False,
                "feedback": "This gives no facts. Someone reading it later cannot tell what happened.",
            },
            {
                "text": (
                    "“3 March, 14:10. Leah (15) said, 'Dee gets me stuff if I go round his mate's flat.' Man "
                    "waiting in grey estate car, reg starting KX61. Referred to MASH at 15:00.”"
                ),
                "correct": True,
                "feedback": "Right. It has the date, her words, the vehicle and who was told, and when.",
            },
            {
                "text": "“Leah seems to be in with a bad crowd and was probably at a party.”",
                "correct": False,
                "feedback": "This is a guess, written vaguely. Keep to facts and mark any opinion as your view.",
            },
        ],
    },
    # missing-children
    {
        "key": "prac-missing-1",
        "text": (
            "A 14-year-old in care has come back after two nights missing. What is true of a return home interview?"
        ),
        "competency": "missing-children",
        "audiences": ["practitioner"],
        "multiple": False,
        "explanation": (
            "Statutory guidance (DfE, 2014) says a child who returns should be offered an independent return "
            "home interview within 72 hours. Its purpose is to understand what happened and reduce the risk, "
            "not to tell the child off."
        ),
        "choices": [
            {
                "text": "It is only needed if the child has been missing for more than a week.",
                "correct": False,
                "feedback": "It should be offered after every episode, however short.",
            },
            {
                "text": "The police safe and well check does the same job, so it is not needed.",
                "correct": False,
                "feedback": (
                    "The safe and well check is different. The return home interview is independent and deeper."
                ),
            },
            {
                "text": (
                    "Its main purpose is to agree the consequences for going missing, so that it does not happen again."
                ),
                "correct": False,
                "feedback": "It is not a telling-off. Sanctions can push a child closer to the people exploiting them.",
            },
            {
                "text": "It should be offered within 72 hours, by someone independent.",
                "correct": True,
                "feedback": "Right. Make sure any names, places and cars it reveals reach the police and social care.",
            },
        ],
    },
    {
        "key": "prac-missing-2",
        "text": (
            "A young person tells you where they stayed while they were missing. What should you do with "
            "this information? Select all that apply."
        ),
        "competency": "missing-children",
        "audiences": ["practitioner"],
        "multiple": True,
        "explanation": (
            "Record it exactly and share it with the police and children's social care. Across several "
            "children, addresses and names can reveal a network."
        ),
        "choices": [
            {
                "text": "Record the names, addresses and cars exactly as they said them.",
                "correct": True,
                "feedback": "Right. Exact details are the ones that can link cases.",
            },
            {
                "text": "Share it with the police and children's social care.",
                "correct": True,
                "feedback": "Right. They can compare it with what other children and services have said.",
            },
            {
                "text": "Keep it to yourself, so the young person keeps trusting you.",
                "correct": False,
                "feedback": (
                    "Trust comes from honesty. Tell the young person what you will share and why, then share it."
                ),
            },
            {
                "text": "Add it to the young person's chronology.",
                "correct": True,
                "feedback": "Right. A chronology helps everyone see patterns over time.",
            },
        ],
    },
    # trauma-informed-practice
    {
        "key": "prac-trauma-1",
        "text": "Which of these best shows the trauma-informed principle of trust and transparency?",
        "competency": "trauma-informed-practice",
        "audiences": ["practitioner"],
        "multiple": False,
        "explanation": (
            "Trust and transparency means being honest about your role and what you will share, with whom "
            "and why, and then doing what you said you would."
        ),
        "choices": [
            {
                "text": "Promising the young person that nothing they say will go any further.",
                "correct": False,
                "feedback": "You may have to break that promise, which would damage trust far more.",
            },
            {
                "text": "Changing the worker often, so the young person gets fresh perspectives.",
                "correct": False,
                "feedback": "Frequent changes make trust harder. Fewer, consistent workers are better.",
            },
            {
                "text": "Telling the young person what you will share and why, and then doing it.",
                "correct": True,
                "feedback": "Right. Being predictable and honest shows that you can be trusted.",
            },
            {
                "text": "Sharing your worries about them with other agencies without ever telling them.",
                "correct": False,
                "feedback": (
                    "Sometimes you cannot tell them first, for safety reasons. Where it is safe, be open "
                    "about what you share."
                ),
            },
        ],
    },
    {
        "key": "prac-trauma-2",
        "text": (
            "A young person you are worried about has missed three appointments in a row. What is the "
            "trauma-informed response?"
        ),
        "competency": "trauma-informed-practice",
        "audiences": ["practitioner"],
        "multiple": False,
        "explanation": (
            "Missed appointments can be a sign of control or trauma, not lack of interest. Follow up, offer a "
            "different time or place, keep trying, and share the concern."
        ),
        "choices": [
            {
                "text": "Close the case for not engaging.",
                "correct": False,
                "feedback": "This can leave an exploited child with no support. Not attending may be a warning sign.",
            },
            {
                "text": "Follow up, and offer another time or place they choose.",
                "correct": True,
                "feedback": (
                    "Right. Persistence and choice help build trust. Share the concern too: the missed "
                    "appointments may matter."
                ),
            },
            {
                "text": "Tell them that nothing can be done unless they start attending.",
                "correct": False,
                "feedback": "This puts the responsibility on the young person and may confirm what abusers tell them.",
            },
        ],
    },
    # appropriate-language
    {
        "key": "prac-language-1",
        "text": "Why does the language you use in records about an exploited child matter? Select all that apply.",
        "competency": "appropriate-language",
        "audiences": ["practitioner"],
        "multiple": True,
        "explanation": (
            "Records shape decisions by other agencies and courts, and the young person may read them later. "
            "Words that suggest a choice can lead professionals to decide a child does not need protecting."
        ),
        "choices": [
            {
                "text": "Other agencies and courts rely on records when they decide what to do.",
                "correct": True,
                "feedback": "Right. Blaming words can lead others to see a child as responsible, not at risk.",
            },
            {
                "text": "It only matters in formal reports, not in case notes or emails.",
                "correct": False,
                "feedback": "Case notes and emails can be read, shared and quoted. The same care applies.",
            },
            {
                "text": "The young person may read their records when they are older.",
                "correct": True,
                "feedback": "Right. Write as if they will read it, because they may.",
            },
            {
                "text": "Reviews such as the Jay report found that children seen as making choices were not protected.",
                "correct": True,
                "feedback": "Right. Seeing exploited children as making choices left them without protection.",
            },
        ],
    },
    {
        "key": "prac-language-2",
        "text": (
            "Adults are giving a 15-year-old girl drugs and making her do sexual things in return. Which is "
            "the right way to describe her?"
        ),
        "competency": "appropriate-language",
        "audiences": ALL_SECTORS,
        "multiple": False,
        "explanation": (
            "Words that describe a trade or a job hide the abuse. Describe what is being done to her: she is a "
            "child who is being sexually exploited."
        ),
        "choices": [
            {
                "text": "“A child sex worker”",
                "correct": False,
                "feedback": "This suggests a job or a choice. What is happening to her is abuse.",
            },
            {
                "text": "“A girl who is selling sex to pay for drugs”",
                "correct": False,
                "feedback": "This suggests a trade. The adults are abusing her and using her need for drugs.",
            },
            {
                "text": "“A young person making bad choices”",
                "correct": False,
                "feedback": "This blames her. The choices are being made by the adults who abuse her.",
            },
            {
                "text": "“A child who is being sexually exploited”",
                "correct": True,
                "feedback": "Right. It names what is being done to her.",
            },
        ],
    },
]
