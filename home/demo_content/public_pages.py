"""The public awareness pages. Pure data, no Django.

PAGES is read by home.authoring.public_pages_upsert, in order, under the home page. Each entry is
a content page (title, slug, summary, body, optional children) or, with "type": "how_to_report",
the how-to-report page (title, slug, intro, body). Body entries are (block type, value) pairs for
the blocks ContentPage allows: rich_text, callout, accordion, quote and report_it_here.

Wording follows shared/content-guide.md: plain English for a reading age of about 11-12, "you",
short sentences. Words the guide tells us to avoid appear only inside quotation marks where we
teach what to say instead, or name the abuser's framing (older “boyfriend”), or inside the
quoted Department for Education definition. Facts name the public source they come from; there
are no statistics except the one the Jay report published. National numbers are only those that
do not change by area (999, 101, Crimestoppers, NSPCC, Childline); local numbers come from the
district a visitor chooses on the how-to-report page, never from text typed here. A partnership
should still read every page before it publishes them.
"""

# The closing block of most pages: the district's numbers, shown from the user's own district.
REPORT_IT_HERE = (
    "report_it_here",
    {
        "heading": "If you are worried about a child",
        "intro": (
            "You do not need to be sure, and you do not need proof. If a child is in immediate danger, "
            "call 999. Otherwise, use one of these numbers today."
        ),
    },
)

# ---------------------------------------------------------------------------------------------------
# What child sexual exploitation is
# ---------------------------------------------------------------------------------------------------

WHAT_IS_CSE = {
    "title": "What child sexual exploitation is",
    "slug": "what-is-cse",
    "summary": (
        "<p>Child sexual exploitation is a form of child sexual abuse. This page explains what it is, "
        "how it happens and why it is never the child's fault.</p>"
    ),
    "body": [
        (
            "rich_text",
            "<h2>In plain words</h2>"
            "<p>Child sexual exploitation (CSE) is when a person or a group uses their power over a child "
            "to trick, pressure or force them into sexual activity. A child is anyone under 18.</p>"
            "<p>The power can come from age, size, money, status or a hold over the child's feelings. "
            "Often the child is given something they need or want: money, drugs, alcohol, gifts, a lift, a "
            "place to stay, or attention and affection. Later the abuser may say the child owes them, and "
            "use that “debt” to control them.</p>"
            "<p>CSE does not always involve touching. It can happen online, for example when a child is "
            "made to send sexual photos or videos, or to do sexual things on a video call.</p>"
            "<p>This is the definition the government uses in England:</p>",
        ),
        (
            "quote",
            {
                "quote": (
                    "Child sexual exploitation is a form of child sexual abuse. It occurs where an individual "
                    "or group takes advantage of an imbalance of power to coerce, manipulate or deceive a child "
                    "or young person under the age of 18 into sexual activity (a) in exchange for something the "
                    "victim needs or wants, and/or (b) for the financial advantage or increased status of the "
                    "perpetrator or facilitator. The victim may have been sexually exploited even if the sexual "
                    "activity appears consensual. Child sexual exploitation does not always involve physical "
                    "contact; it can also occur through the use of technology."
                ),
                "attribution": (
                    "Department for Education (2017), "
                    "Child sexual exploitation: definition and a guide for practitioners"
                ),
            },
        ),
        (
            "rich_text",
            "<h2>A child cannot consent to their own abuse</h2>"
            "<p>In England and Wales the age of consent is 16 (Sexual Offences Act 2003). But 16 and 17 year "
            "olds can still be sexually exploited. If someone is using power, pressure or tricks on a child, "
            "it is abuse, whatever the child's age.</p>"
            "<p>The child may seem to go along with it. They may say they love the person, or that nothing "
            "is wrong. This is how grooming works: the abuser makes the child feel special, then confused, "
            "ashamed or scared. Many children do not see that they are being abused. The blame is always "
            "with the abuser, never with the child.</p>"
            "<h2>Any child can be exploited</h2>"
            "<p>Boys and girls of any age, background or culture can be exploited, in towns, cities and "
            "villages. Abusers can be men or women, adults or other children.</p>"
            "<p>Some children are more likely to be targeted. For example, children in care, children who "
            "go missing, children with special educational needs or disabilities, and children who have "
            "been abused before. But no child is safe just because of who they are or where they live.</p>"
            "<p>The Independent Inquiry into Child Sexual Exploitation in Rotherham (Professor Alexis Jay, "
            "2014) estimated that at least 1,400 children were sexually exploited in that one town between "
            "1997 and 2013. It found that agencies too often failed to see those children as victims of "
            "crime.</p>"
            "<h2>How it happens</h2>"
            "<p>People who work with children often describe CSE in the ways below. Real cases can mix "
            "them.</p>",
        ),
        (
            "accordion",
            {
                "sections": [
                    {
                        "heading": "An older “boyfriend” or “girlfriend”",
                        "body": (
                            "<p>An older person grooms a child by acting as their “boyfriend” or “girlfriend”. "
                            "We use quotation marks because that is the abuser's word for it: it is grooming, "
                            "not love. The abuser cuts the child off from family and friends, then pressures "
                            "them into sexual activity. They may pass the child on to other abusers.</p>"
                        ),
                    },
                    {
                        "heading": "By other children",
                        "body": (
                            "<p>A child is exploited by other children of a similar age: at school, in a "
                            "friendship group or in a gang. They may be pressured to send images, or to do "
                            "sexual things to be accepted. This is called child-on-child (or peer-on-peer) "
                            "abuse. It is never “just banter” or “part of growing up”.</p>"
                        ),
                    },
                    {
                        "heading": "Linked to gangs",
                        "body": (
                            "<p>Children linked to gangs may be sexually abused to punish them, to control "
                            "them, or to “pay off” a debt. Sexual violence is used to keep children scared "
                            "and silent.</p>"
                        ),
                    },
                    {
                        "heading": "By organised groups",
                        "body": (
                            "<p>Children are passed between abusers, sometimes from town to town. They may be "
                            "taken to houses, flats, hotels or “parties” where several people abuse them. The "
                            "abusers know each other and work together.</p>"
                        ),
                    },
                    {
                        "heading": "Online grooming",
                        "body": (
                            "<p>Someone contacts a child through a game, social media or a messaging app. They "
                            "may pretend to be younger. They build trust, ask for images, then use the images "
                            "to threaten the child: to get more images, money, or a meeting. See "
                            '<a href="/spot-the-signs/online/">spot the signs online</a>.</p>'
                        ),
                    },
                    {
                        "heading": "One person with great power over the child",
                        "body": (
                            "<p>One person uses their age, money or emotional hold to control a child. "
                            "Professionals sometimes call this an “inappropriate relationship”. The child may "
                            "believe the person cares about them. What is happening is abuse.</p>"
                        ),
                    },
                ]
            },
        ),
        (
            "rich_text",
            "<h2>Going missing, and criminal exploitation</h2>"
            "<p>A child who goes missing from home, care or school may be with the people who are exploiting "
            "them. Going missing, especially again and again, is an important warning sign.</p>"
            "<p>Sexual exploitation often happens alongside criminal exploitation. That is when someone makes "
            "a child commit crime, such as carrying drugs or money. “County lines” is one form of it: gangs "
            "use children to move drugs from cities to other towns. A child who has been made to commit "
            "crime may also be being sexually abused. See the child first, not the crime.</p>",
        ),
        (
            "callout",
            {
                "style": "important",
                "heading": "The words we use matter",
                "body": (
                    "<p>Describe what is being done to the child, never what the child supposedly chose. Say "
                    "“a child who is being sexually exploited”, not “child prostitute”. Say “is at risk of "
                    "exploitation”, not “putting themselves at risk”. Say “the person exploiting her”, not "
                    "“her boyfriend”. Whatever a child was given or promised, it is abuse.</p>"
                ),
            },
        ),
        (
            "rich_text",
            '<p>Next: <a href="/spot-the-signs/">spot the signs</a>, and '
            '<a href="/how-to-report/">how to report a concern</a>.</p>',
        ),
        REPORT_IT_HERE,
    ],
}

# ---------------------------------------------------------------------------------------------------
# Spot the signs, with a page for each setting
# ---------------------------------------------------------------------------------------------------

SIGNS_IN_SCHOOL = {
    "title": "Spot the signs in school",
    "slug": "school",
    "summary": "<p>What exploitation can look like in class, at lunch, at the gate and on school transport.</p>",
    "body": [
        (
            "rich_text",
            "<p>Everyone in a school can notice that something is wrong: teachers, teaching assistants, "
            "lunchtime supervisors, office and site staff, drivers, escorts, volunteers and governors. "
            "<i>Keeping Children Safe in Education</i>, the government's guidance for schools in England, "
            "says all staff should know the signs and tell the designated safeguarding lead (DSL).</p>"
            "<h2>What you might see</h2>",
        ),
        (
            "accordion",
            {
                "sections": [
                    {
                        "heading": "In class",
                        "body": (
                            "<p>A pupil who used to cope is now falling asleep or stops doing their work. "
                            "Their phone keeps buzzing and they look worried when it does. Other pupils talk "
                            "about images of them being shared.</p>"
                        ),
                    },
                    {
                        "heading": "At lunch and break",
                        "body": (
                            "<p>A pupil stops eating with friends, or suddenly has lots of cash. They spend "
                            "break on their phone by the fence, or leave the site and come back late.</p>"
                        ),
                    },
                    {
                        "heading": "At the gate and in the office",
                        "body": (
                            "<p>The same car waits near the gate. A pupil is picked up by different adults. "
                            "An adult who is not on the contact list phones to ask for the pupil to be sent "
                            "out early.</p>"
                        ),
                    },
                    {
                        "heading": "On school transport",
                        "body": (
                            "<p>A pupil is not at their stop, or gets off at a different stop and is met by "
                            "older people. You hear them arranging to meet someone. They get on the bus "
                            "frightened.</p>"
                        ),
                    },
                ]
            },
        ),
        (
            "callout",
            {
                "style": "warning",
                "heading": "Warning signs in a pupil",
                "body": (
                    "<ul>"
                    "<li>Missing school, or going missing from home or care</li>"
                    "<li>Arriving late and very tired</li>"
                    "<li>New phones, clothes, money or gifts they cannot explain</li>"
                    "<li>Older “friends”, or being picked up in cars you do not know</li>"
                    "<li>Being secretive about their phone, or scared by messages</li>"
                    "<li>Changes in mood: withdrawn, angry or anxious</li>"
                    "<li>Injuries that are not explained, or self-harm</li>"
                    "<li>Seeming drunk or on drugs</li>"
                    "<li>Talk of parties, flats or hotels</li>"
                    "</ul>"
                ),
            },
        ),
        (
            "rich_text",
            "<h2>What to do</h2>"
            "<ul>"
            "<li>Tell the DSL or a deputy the same day, in person or by phone.</li>"
            "<li>Write down what you saw and heard: the date, time and place, and the child's own words.</li>"
            "<li>If a child tells you something, listen, and do not promise to keep it secret.</li>"
            "<li>Do not ask to see images, and do not talk to the person the child names.</li>"
            "<li>If a child is in immediate danger, call 999, then tell the DSL.</li>"
            "</ul>"
            "<p>If you are a parent or a visitor, ask the school office to let you speak to the DSL, or contact "
            'children\'s social care yourself (see <a href="/how-to-report/">how to report a concern</a>).</p>',
        ),
        REPORT_IT_HERE,
    ],
}

SIGNS_IN_HOTELS = {
    "title": "Spot the signs in hotels, B&Bs and lettings",
    "slug": "hotels",
    "summary": "<p>What exploitation can look like at reception, in rooms and in short-stay lets.</p>",
    "body": [
        (
            "rich_text",
            "<p>People who sexually exploit children may use hotels, B&amp;Bs, guest houses and short-stay "
            "lets to abuse them. Staff are often the only people who see what is happening. The Metropolitan "
            "Police have tested hotels with plain-clothes officers and police cadets. The officers tried to "
            "book a room with a young person, carried a lot of alcohol, offered to pay cash and refused to show "
            "ID. Staff were expected to see the warning signs, refuse the room and call the police.</p>"
            "<h2>What you might see</h2>",
        ),
        (
            "accordion",
            {
                "sections": [
                    {
                        "heading": "At booking and reception",
                        "body": (
                            "<ul>"
                            "<li>An adult books a room and a young person arrives with them, or on their own "
                            "later.</li>"
                            "<li>A guest pays in cash, will not show ID, or gives a local address.</li>"
                            "<li>A room is booked for a few hours, or at the last minute, again and again.</li>"
                            "<li>The young person does not know the name the room is booked under.</li>"
                            "<li>A guest asks for a room near an exit, or away from other guests.</li>"
                            "</ul>"
                        ),
                    },
                    {
                        "heading": "In rooms and corridors",
                        "body": (
                            "<ul>"
                            "<li>Several adults visit one room, or a young person visits several rooms.</li>"
                            "<li>A “Do not disturb” sign stays up for a long time.</li>"
                            "<li>Housekeeping finds lots of alcohol, drugs, condoms, or a young person's "
                            "clothes or school uniform in a room booked by adults.</li>"
                            "<li>A “party” with young people and much older adults.</li>"
                            "</ul>"
                        ),
                    },
                    {
                        "heading": "In the bar, restaurant and car park",
                        "body": (
                            "<p>Adults buy alcohol for a young person. A young person seems drunk or drugged, "
                            "scared, or dressed to look older. Cars drop off and collect young people late "
                            "at night.</p>"
                        ),
                    },
                    {
                        "heading": "In holiday lets and short-stay flats",
                        "body": (
                            "<p>Keys are collected by someone other than the person who booked. Neighbours "
                            "report young people coming and going, or parties. The property is booked "
                            "again and again by the same people for short stays.</p>"
                        ),
                    },
                ]
            },
        ),
        (
            "rich_text",
            "<h2>What to do</h2>"
            "<ul>"
            "<li>If a child is in immediate danger, call 999.</li>"
            "<li>Otherwise tell your manager and call the police on 101. Say “Operation Makesafe”, so the "
            "call handler knows it is about child sexual exploitation.</li>"
            "<li>If your policy allows, refuse the booking.</li>"
            "<li>Write down the facts: names, times, room numbers, descriptions and car registrations. Keep "
            "the booking record and CCTV.</li>"
            "<li>Do not confront the guest. Your safety and the child's come first.</li>"
            "</ul>"
            '<p>See <a href="/op-makesafe/">Operation Makesafe for businesses</a> for what your business can '
            "do.</p>",
        ),
        REPORT_IT_HERE,
    ],
}

SIGNS_IN_TAXIS = {
    "title": "Spot the signs in taxis and private hire",
    "slug": "taxis",
    "summary": "<p>What exploitation can look like in a taxi or private hire car, and what a driver can do.</p>",
    "body": [
        (
            "rich_text",
            "<p>Drivers see young people at times and in places that nobody else does. The Department for "
            "Transport's <i>Statutory Taxi and Private Hire Vehicle Standards</i> (2020) say that licensing "
            "authorities should require drivers to take safeguarding training, so that they can spot and report "
            "the abuse or exploitation of children.</p>"
            "<h2>What you might see</h2>",
        ),
        (
            "callout",
            {
                "style": "warning",
                "heading": "Warning signs on a journey",
                "body": (
                    "<ul>"
                    "<li>You collect a young person late at night from a hotel, a house or a flat, and they "
                    "do not seem to know where they are.</li>"
                    "<li>An adult pays for a young person's journey, and the young person does not know "
                    "where they are going.</li>"
                    "<li>The same young person is taken to different addresses, or out of town, again and "
                    "again.</li>"
                    "<li>An adult in the car with a young person is controlling them, or speaks for them.</li>"
                    "<li>A young person seems drunk or drugged, scared, or hurt.</li>"
                    "<li>You hear talk of “parties”, of what they “owe”, or of meeting someone they met "
                    "online.</li>"
                    "<li>A young person travels a long way on their own with cash, bags or more than one "
                    "phone. This can be a sign of criminal exploitation (“county lines”).</li>"
                    "</ul>"
                ),
            },
        ),
        (
            "rich_text",
            "<h2>What to do</h2>"
            "<ul>"
            "<li>If a child is in immediate danger, call 999. If a child asks you for help, stay with them in "
            "a safe, public place if you can, and call 999.</li>"
            "<li>Otherwise call the police on 101 after the journey, and tell your operator's safeguarding "
            "lead. If your local police use a campaign name, such as “Operation Makesafe”, say it.</li>"
            "<li>Write down the facts: the time, the pick-up and drop-off, the booking name and phone number, "
            "what people looked like, and any car registrations.</li>"
            "<li>Do not confront anyone. Do not put yourself or the child in danger.</li>"
            "</ul>"
            "<p>Your licensing authority's conditions may also say whom you must tell. Check them.</p>",
        ),
        REPORT_IT_HERE,
    ],
}

SIGNS_IN_LICENSED_PREMISES = {
    "title": "Spot the signs in pubs, clubs and the night-time economy",
    "slug": "licensed-premises",
    "summary": (
        "<p>What exploitation can look like in pubs, bars, clubs, takeaways and late-night shops, and at the door.</p>"
    ),
    "body": [
        (
            "rich_text",
            "<p>The Licensing Act 2003 makes “the protection of children from harm” one of the four licensing "
            "objectives. Everyone who works in licensed premises has a part to play: bar staff, door staff, "
            "managers, and staff in takeaways and late-night shops.</p>"
            "<h2>What you might see</h2>",
        ),
        (
            "callout",
            {
                "style": "warning",
                "heading": "Warning signs at night",
                "body": (
                    "<ul>"
                    "<li>A young person who looks under 18 with much older adults</li>"
                    "<li>Adults buying alcohol for young people, or a young person using fake ID</li>"
                    "<li>A young person who is very drunk or drugged being led away</li>"
                    "<li>Adults arriving with a group of young people, or taking them into back rooms or flats "
                    "upstairs</li>"
                    "<li>Young people hanging around outside and being given free food, drinks or lifts</li>"
                    "<li>Young people being collected in cars at closing time</li>"
                    "</ul>"
                ),
            },
        ),
        (
            "rich_text",
            "<h2>What to do</h2>"
            "<ul>"
            "<li>If a child is in immediate danger, call 999.</li>"
            "<li>Refuse the sale. Under the Licensing Act 2003, selling alcohol to a person under 18 is an "
            "offence, and so, in most cases, is buying it for them.</li>"
            "<li>Tell your manager or the designated premises supervisor, and call the police on 101. Say "
            "“Operation Makesafe”, or the campaign name your local police use.</li>"
            "<li>Do not put a vulnerable young person out on the street alone. Keep them somewhere safe and "
            "visible while you get help.</li>"
            "<li>Write it in your incident or refusals log, and keep the CCTV.</li>"
            "</ul>"
            '<p>See <a href="/op-makesafe/">Operation Makesafe for businesses</a>.</p>',
        ),
        REPORT_IT_HERE,
    ],
}

SIGNS_ONLINE = {
    "title": "Spot the signs online",
    "slug": "online",
    "summary": "<p>How online grooming and sexual extortion work, the signs to look for, and where to report.</p>",
    "body": [
        (
            "rich_text",
            "<h2>How online grooming works</h2>"
            "<p>Abusers contact children where children spend time online: games, social media and messaging "
            "apps. They may pretend to be another young person. They flatter the child, send gifts or game "
            "credits, and move the chat to a private app. Then they ask for sexual images, or ask to meet. "
            "Online contact can lead to abuse in person.</p>"
            "<h2>Sexual extortion (“sextortion”)</h2>"
            "<p>Some abusers trick a child into sending a sexual image, then threaten to share it unless the "
            "child sends money or more images. The National Crime Agency has warned schools that teenagers "
            "are being targeted this way, especially boys. The child is a victim of crime and has done "
            "nothing wrong.</p>",
        ),
        (
            "callout",
            {
                "style": "warning",
                "heading": "Warning signs",
                "body": (
                    "<ul>"
                    "<li>Being secretive about their phone, or upset or scared after using it</li>"
                    "<li>New online “friends” they have never met, often older</li>"
                    "<li>A second phone, or accounts you did not know about</li>"
                    "<li>Gifts, game credits or money from someone online</li>"
                    "<li>Using their phone late at night and being very tired</li>"
                    "<li>Talk of meeting someone they met online</li>"
                    "</ul>"
                ),
            },
        ),
        (
            "rich_text",
            "<h2>What to do</h2>"
            "<ul>"
            "<li>If a child is in immediate danger, call 999.</li>"
            "<li>Report online sexual abuse or grooming to CEOP, the National Crime Agency's Child "
            "Exploitation and Online Protection command, at "
            '<a href="https://www.ceop.police.uk">ceop.police.uk</a>. Children can report there too.</li>'
            "<li>If a child is being threatened: do not pay, stop replying, and do not delete the messages or "
            "the account. The police may need them.</li>"
            "<li>If a sexual image of a child under 18 has been shared online, Report Remove, from Childline "
            "and the Internet Watch Foundation, can help get it taken down. Find it on the "
            '<a href="https://www.childline.org.uk">Childline website</a>.</li>'
            "<li>Never copy, screenshot or forward a sexual image of a child, even to report it. Tell the "
            "police or your safeguarding lead that it exists.</li>"
            "</ul>"
            '<p>Parents and carers: see <a href="/parents-and-carers/">advice for parents and carers</a>.</p>',
        ),
        REPORT_IT_HERE,
    ],
}

SPOT_THE_SIGNS = {
    "title": "Spot the signs",
    "slug": "spot-the-signs",
    "summary": (
        "<p>The signs that a child may be being sexually exploited, and what they can look like where you work.</p>"
    ),
    "body": [
        (
            "rich_text",
            "<h2>You do not need to be sure</h2>"
            "<p>One sign on its own may mean something else. But put together with what other people have "
            "seen, it can show a pattern. Your job is to notice, and to pass on what you notice. Other people "
            "will decide what happens next.</p>",
        ),
        (
            "callout",
            {
                "style": "warning",
                "heading": "Signs that a child may be being exploited",
                "body": (
                    "<ul>"
                    "<li>Going missing from home, care or school</li>"
                    "<li>Older “friends”, or being picked up by adults or in cars you do not know</li>"
                    "<li>New phones, clothes, money or gifts they cannot explain</li>"
                    "<li>Being secretive about where they go or who they talk to online</li>"
                    "<li>Drinking alcohol or taking drugs</li>"
                    "<li>Changes in mood: withdrawn, angry, anxious or scared</li>"
                    "<li>Injuries that are not explained, or self-harm</li>"
                    "<li>Sexual health problems, such as infections or pregnancy</li>"
                    "<li>Staying in hotels, flats or houses you do not know, or talk of “parties”</li>"
                    "<li>Dropping old friends and family</li>"
                    "</ul>"
                ),
            },
        ),
        (
            "rich_text",
            "<h2>Signs to notice in adults</h2>"
            "<ul>"
            "<li>An adult with a young person who is not their child, and who seems to control them</li>"
            "<li>Adults buying alcohol, food, lifts or rooms for young people</li>"
            "<li>Adults who will not give their name, or who give different names</li>"
            "<li>Groups of adults meeting young people at night</li>"
            "</ul>"
            "<h2>What to do</h2>"
            "<p>Write down what you saw: the date, time and place, what people looked like, and any car "
            "registration. Do not confront anyone. Then tell someone the same day: your safeguarding lead "
            'at work, or the numbers below. See <a href="/how-to-report/">how to report a concern</a> for the '
            "numbers in your area.</p>",
        ),
        REPORT_IT_HERE,
    ],
    "children": [SIGNS_IN_SCHOOL, SIGNS_IN_HOTELS, SIGNS_IN_TAXIS, SIGNS_IN_LICENSED_PREMISES, SIGNS_ONLINE],
}

# ---------------------------------------------------------------------------------------------------
# For parents and carers
# ---------------------------------------------------------------------------------------------------

PARENTS_AND_CARERS = {
    "title": "For parents and carers",
    "slug": "parents-and-carers",
    "summary": (
        "<p>The signs that your child may be being exploited, how to talk with them, and where to get help.</p>"
    ),
    "body": [
        (
            "rich_text",
            "<p>If you are worried about your child, you are not alone. Sexual exploitation can happen to any "
            "child, from any family. It is not your fault, and it is not your child's fault. The people who "
            "exploit children are skilled at grooming. They often try to turn a child against their family, "
            "so that the child feels they cannot tell you.</p>"
            '<p>Read <a href="/what-is-cse/">what child sexual exploitation is</a> to find out how it '
            "happens.</p>"
            "<h2>Signs to look out for</h2>",
        ),
        (
            "callout",
            {
                "style": "warning",
                "heading": "Signs in your child",
                "body": (
                    "<ul>"
                    "<li>Coming home late, staying out all night, or going missing</li>"
                    "<li>A new phone, a second phone, clothes, money or gifts they cannot explain</li>"
                    "<li>New, older “friends” they will not talk about</li>"
                    "<li>Being picked up in cars you do not know</li>"
                    "<li>Being very secretive about their phone, or upset after using it</li>"
                    "<li>Dropping old friends, or missing school</li>"
                    "<li>Changes in mood: angry, withdrawn, anxious or scared</li>"
                    "<li>Drinking alcohol or taking drugs</li>"
                    "<li>Injuries they will not explain, or self-harm</li>"
                    "</ul>"
                ),
            },
        ),
        (
            "rich_text",
            "<p>Many of these can be part of growing up. What matters is a change in your child, and signs "
            "that build up over time. Trust your instinct. If you are worried, ask for advice.</p>"
            "<h2>Talking to your child</h2>"
            "<ul>"
            "<li><b>Choose a calm moment.</b> Side by side can be easier than face to face: in the car, on a "
            "walk, while cooking.</li>"
            "<li><b>Listen more than you talk.</b> Ask open questions, such as “How are things with your "
            "friends?” or “Who do you talk to online?”</li>"
            "<li><b>Do not blame or punish.</b> If your child feels they are in trouble, they may stop "
            "talking to you. The person exploiting them wants that.</li>"
            "<li><b>Talk about healthy friendships and relationships.</b> A person who cares about you does "
            "not ask you to keep secrets, send images or do things that scare you.</li>"
            "<li><b>Keep the door open.</b> Tell them they can always come to you, whatever has happened. "
            "Some families agree a code word that means “come and get me, no questions tonight”.</li>"
            "</ul>"
            "<h2>If your child tells you something</h2>"
            "<ul>"
            "<li>Stay calm, listen and believe them. Tell them they did the right thing by telling you.</li>"
            "<li>Tell them it is not their fault.</li>"
            "<li>Do not confront the person they name. It could put your child and you in danger.</li>"
            "<li>Do not delete messages or accounts: the police may need them. Do not copy, screenshot or "
            "forward any sexual image of a child, even to report it.</li>"
            "<li>Get help the same day, using the contacts below.</li>"
            "</ul>",
        ),
        (
            "accordion",
            {
                "sections": [
                    {
                        "heading": "Will my child get into trouble?",
                        "body": (
                            "<p>A child who is being exploited is a victim. The police and children's social "
                            "care should treat them as a victim, even if they have been made to do things "
                            "that are against the law.</p>"
                        ),
                    },
                    {
                        "heading": "My child says the person is their “boyfriend” or “girlfriend”",
                        "body": (
                            "<p>This is common. Abusers make children believe they are loved. Do not argue "
                            "about the word. Stay close to your child, keep talking, and get advice.</p>"
                        ),
                    },
                    {
                        "heading": "My child is angry that I want to tell someone",
                        "body": (
                            "<p>That is normal, and it does not mean you are wrong. Tell them you are doing it "
                            "because you love them and want them to be safe. Keeping them safe comes first.</p>"
                        ),
                    },
                    {
                        "heading": "How can I help keep my child safe online?",
                        "body": (
                            "<p>Know which apps and games they use, and use the safety settings. Talk about "
                            "who they chat to. Thinkuknow, from CEOP, has advice for parents and carers at "
                            '<a href="https://www.thinkuknow.co.uk">thinkuknow.co.uk</a>. See also '
                            '<a href="/spot-the-signs/online/">spot the signs online</a>.</p>'
                        ),
                    },
                ]
            },
        ),
        (
            "rich_text",
            "<h2>Where to get help</h2>"
            "<ul>"
            "<li><b>If your child is in immediate danger</b>, or you do not know where they are and you are "
            "worried, call 999.</li>"
            "<li><b>Police, not an emergency:</b> call 101.</li>"
            "<li><b>Children's social care</b> in your area can help you keep your child safe. Find their "
            'numbers on <a href="/how-to-report/">how to report a concern</a>.</li>'
            "<li><b>NSPCC Helpline</b> for adults worried about a child: call 0808 800 5000 or visit "
            '<a href="https://www.nspcc.org.uk">nspcc.org.uk</a>.</li>'
            "<li><b>Childline</b>, for children and young people: your child can call 0800 1111 or visit "
            '<a href="https://www.childline.org.uk">childline.org.uk</a>. Calls are free.</li>'
            "<li><b>CEOP</b>, for worries about online sexual abuse or grooming: report at "
            '<a href="https://www.ceop.police.uk">ceop.police.uk</a>.</li>'
            "<li><b>Report Remove</b>, from Childline and the Internet Watch Foundation: helps a young person "
            "under 18 get a sexual image of themselves taken down from the internet.</li>"
            "<li><b>Crimestoppers</b>, to tell the police something without giving your name: call "
            "0800 555 111.</li>"
            "</ul>"
            "<p>Pace (Parents Against Child Exploitation) is a national charity that supports parents and "
            "carers of children who are being exploited.</p>",
        ),
        REPORT_IT_HERE,
    ],
}

# ---------------------------------------------------------------------------------------------------
# How to report a concern (the how-to-report page: the district's numbers show above this body)
# ---------------------------------------------------------------------------------------------------

HOW_TO_REPORT = {
    "type": "how_to_report",
    "title": "How to report a concern",
    "slug": "how-to-report",
    "intro": (
        "<p>If you are worried that a child is being sexually exploited, tell someone today. You do not need "
        "to be sure, and you do not need proof. Choose an area to see the numbers to call there.</p>"
    ),
    "body": [
        (
            "rich_text",
            "<h2>Which number to call</h2>"
            "<ul>"
            "<li><b>999</b> if a child is in immediate danger. For example, a child is being taken somewhere "
            "against their will, is badly hurt, or is with someone who is abusing them right now.</li>"
            "<li><b>101</b> to tell the police when it is not an emergency. If you work in a hotel, taxi or "
            "licensed premises, say “Operation Makesafe”, or the campaign name shown above if your area has "
            "its own.</li>"
            "<li><b>Children's social care</b> for any worry about a child's safety. They decide, with the "
            "police and others, what needs to happen.</li>"
            "<li><b>Crimestoppers</b> if you do not want to give your name.</li>"
            "</ul>"
            "<h2>If you work with children or the public</h2>"
            "<p>Follow your workplace's procedure first. In a school, tell the designated safeguarding lead. "
            "In a hotel, taxi firm or licensed premises, tell your manager or safeguarding lead. If you cannot "
            "reach them, do not wait: use the numbers above. Anyone can make a referral.</p>",
        ),
        (
            "callout",
            {
                "style": "tip",
                "heading": "What to tell them",
                "body": (
                    "<ul>"
                    "<li>What you saw or heard, and what the child said, in their own words</li>"
                    "<li>When and where it happened</li>"
                    "<li>Who was there: names, what people looked like</li>"
                    "<li>Any car: its make, colour and registration</li>"
                    "<li>Your name and how to contact you, unless you are reporting anonymously</li>"
                    "</ul>"
                ),
            },
        ),
        (
            "accordion",
            {
                "sections": [
                    {
                        "heading": "What if I am wrong?",
                        "body": (
                            "<p>It is better to pass on a worry that turns out to be nothing than to miss a "
                            "child who needs help. The people you tell will put what you say together with "
                            "what others know.</p>"
                        ),
                    },
                    {
                        "heading": "The child asked me not to tell",
                        "body": (
                            "<p>You cannot keep it secret if a child may be at risk. Tell the child, kindly, "
                            "that you need to tell someone whose job is to help keep them safe.</p>"
                        ),
                    },
                    {
                        "heading": "Will the family know it was me?",
                        "body": (
                            "<p>You can ask children's social care not to share your name with the family. If "
                            "you do not want to give your name at all, call Crimestoppers.</p>"
                        ),
                    },
                    {
                        "heading": "I am under 18 and worried about myself or a friend",
                        "body": (
                            "<p>You can talk to Childline for free on 0800 1111, or at "
                            '<a href="https://www.childline.org.uk">childline.org.uk</a>. You can also tell '
                            "an adult you trust, such as a teacher.</p>"
                        ),
                    },
                    {
                        "heading": "I am a parent or carer",
                        "body": (
                            '<p>See <a href="/parents-and-carers/">advice for parents and carers</a>. You can '
                            "also call the NSPCC Helpline on 0808 800 5000.</p>"
                        ),
                    },
                ]
            },
        ),
    ],
}

# ---------------------------------------------------------------------------------------------------
# Op Makesafe for businesses
# ---------------------------------------------------------------------------------------------------

OP_MAKESAFE = {
    "title": "Op Makesafe for businesses",
    "slug": "op-makesafe",
    "summary": (
        "<p>Operation Makesafe helps hotels, taxi firms, pubs, clubs and other businesses spot child sexual "
        "exploitation and report it.</p>"
    ),
    "body": [
        (
            "rich_text",
            "<h2>What it is</h2>"
            "<p>Operation Makesafe is a police campaign. The Metropolitan Police made it to show businesses how to "
            "spot the signs of child sexual exploitation, and what to do. Other police forces and safeguarding "
            "partnerships now use it too. The idea is simple: if you see something, say "
            "something.</p>"
            "<h2>Why businesses matter</h2>"
            "<p>People who exploit children use ordinary places to meet them, move them and abuse them. The "
            "Explanatory Notes to the Anti-social Behaviour, Crime and Policing Act 2014 say that recent cases "
            "had used hotels, takeaways and other premises to groom and abuse children. Your staff may be the "
            "only people who see it happen.</p>"
            "<p>Makesafe is for any business that young people use or pass through, including:</p>"
            "<ul>"
            "<li>hotels, B&amp;Bs, guest houses and short-stay lets</li>"
            "<li>taxi and private hire firms</li>"
            "<li>pubs, bars, clubs and door staff</li>"
            "<li>takeaways, cafés and late-night shops</li>"
            "</ul>",
        ),
        (
            "callout",
            {
                "style": "important",
                "heading": "Say “Operation Makesafe” when you call 101",
                "body": (
                    "<p>When you call the police on 101, say “Operation Makesafe”. It tells the call handler "
                    "that your concern is about child sexual exploitation, so it gets the right response. "
                    "Some areas use another name: "
                    '<a href="/how-to-report/">how to report a concern</a> shows the one for your area. '
                    "If a child is in immediate danger, call 999.</p>"
                ),
            },
        ),
        (
            "rich_text",
            "<h2>What a Makesafe business does</h2>"
            "<ul>"
            "<li><b>Trains its staff</b>, including night, weekend and agency staff, to spot the signs and "
            'know what to do. Staff can take the <a href="/courses/">course written for where they work</a> '
            "on this site and get a certificate.</li>"
            "<li><b>Has a clear procedure</b>: whom staff tell, when to call 999 or 101, and how to write "
            "it down.</li>"
            "<li><b>Keeps good records</b>, such as bookings, ID checks, refusals and CCTV. It keeps them in "
            "line with the law, and shares them with the police when asked.</li>"
            "<li><b>Puts up the campaign posters</b> your local police or partnership provide, so that staff "
            "and customers know the business takes this seriously.</li>"
            "<li><b>Keeps people safe.</b> Staff never confront a suspected abuser. They keep the child "
            "somewhere safe and visible and call for help.</li>"
            "</ul>",
        ),
        (
            "callout",
            {
                "style": "warning",
                "heading": "Signs your staff might see",
                "body": (
                    "<ul>"
                    "<li>An adult with a young person who is not their child, who pays in cash and will not "
                    "show ID</li>"
                    "<li>A young person who seems drunk or drugged, scared, or controlled by an adult</li>"
                    "<li>Adults buying alcohol, food, lifts or rooms for young people</li>"
                    "<li>Young people being dropped off and collected late at night</li>"
                    "</ul>"
                    '<p>See <a href="/spot-the-signs/hotels/">hotels</a>, '
                    '<a href="/spot-the-signs/taxis/">taxis</a> and '
                    '<a href="/spot-the-signs/licensed-premises/">pubs, clubs and the night-time economy</a>.'
                    "</p>"
                ),
            },
        ),
        (
            "rich_text",
            "<h2>The law</h2>"
            "<ul>"
            "<li><b>Hotels:</b> under section 116 of the Anti-social Behaviour, Crime and Policing Act 2014, a "
            "police officer of inspector rank or above can give a hotel a notice if they believe it is being "
            "used for child sexual exploitation. The police can then require the hotel to give them guests' "
            "names and addresses.</li>"
            "<li><b>Licensed premises:</b> “the protection of children from harm” is one of the four "
            "licensing objectives in the Licensing Act 2003.</li>"
            "<li><b>Taxis and private hire:</b> the Department for Transport's <i>Statutory Taxi and Private "
            "Hire Vehicle Standards</i> (2020) say that licensing authorities should require drivers to "
            "take safeguarding training.</li>"
            "</ul>",
        ),
        REPORT_IT_HERE,
    ],
}

# ---------------------------------------------------------------------------------------------------
# The safeguarding quality mark for schools
# ---------------------------------------------------------------------------------------------------

QUALITY_MARK = {
    "title": "The safeguarding quality mark for schools",
    "slug": "quality-mark",
    "summary": (
        "<p>A quality mark for schools that protect their pupils from child sexual exploitation, from the "
        "head teacher's office to the lunch hall.</p>"
    ),
    "body": [
        (
            "rich_text",
            "<h2>What it is</h2>"
            "<p>The quality mark is awarded by the local safeguarding children partnership. It shows that a "
            "school understands child sexual exploitation, teaches pupils about it, and acts quickly when a "
            "child may be at risk.</p>"
            "<p>A school looks at its own work against eight standards and sends evidence. Assessors from the "
            "partnership review it and decide whether to award the quality mark. The award lasts for a set "
            "time and then the school renews it. Schools that hold the quality mark will be listed on "
            "this site.</p>"
            "<p>The quality mark does not replace a school's duties under <i>Keeping Children Safe in "
            "Education</i>, or inspection by Ofsted. It helps a school check that those duties are working in "
            "practice.</p>"
            "<h2>The standards in brief</h2>"
            "<p>Each standard is judged on four levels, from 1 (emerging) to 4 (embedded).</p>",
        ),
        (
            "accordion",
            {
                "sections": [
                    {
                        "heading": "1. Leadership and policy",
                        "body": (
                            "<p>Leaders and governors make safeguarding a priority. The child protection "
                            "policy covers child sexual exploitation, and staff know it. The designated "
                            "safeguarding lead (DSL) and deputies are trained and have time for the role.</p>"
                        ),
                    },
                    {
                        "heading": "2. Whole-staff awareness",
                        "body": (
                            "<p>Every member of staff can spot the signs and knows what to do: teachers, "
                            "teaching assistants, lunchtime, office, site and transport staff. This standard "
                            "is measured from this site's own training records: the share of the school's "
                            "staff who hold a valid certificate for the school staff course. The school does "
                            "not need to send anything for it.</p>"
                        ),
                    },
                    {
                        "heading": "3. Curriculum",
                        "body": (
                            "<p>Pupils learn, at the right age, about healthy friendships and relationships, "
                            "consent, grooming and staying safe online. In England, relationships education, "
                            "relationships and sex education (RSE) and health education are part of the "
                            "statutory curriculum.</p>"
                        ),
                    },
                    {
                        "heading": "4. Pupil voice",
                        "body": (
                            "<p>Pupils know whom to talk to and believe they will be listened to. The school "
                            "asks pupils what makes them feel unsafe, in school, nearby and online, and acts "
                            "on what they say.</p>"
                        ),
                    },
                    {
                        "heading": "5. Parents and carers",
                        "body": (
                            "<p>The school helps parents and carers understand exploitation and the signs, and "
                            "tells them where to get help. Parents know how to raise a worry with the school.</p>"
                        ),
                    },
                    {
                        "heading": "6. Recognising and referring",
                        "body": (
                            "<p>Worries are recorded clearly and passed to the DSL the same day. The DSL makes "
                            "referrals to children's social care and the police without delay, and follows "
                            "them up.</p>"
                        ),
                    },
                    {
                        "heading": "7. Missing education and missing from home",
                        "body": (
                            "<p>The school follows up absence quickly, especially when it happens again and "
                            "again, and tells the local authority when a child is missing education. It works "
                            "with others when a pupil has gone missing from home or care, and supports them "
                            "when they come back.</p>"
                        ),
                    },
                    {
                        "heading": "8. Partnership",
                        "body": (
                            "<p>The school works with the safeguarding partnership, the police, health and "
                            "other services. It shares information to keep children safe and takes part in "
                            "meetings about pupils at risk.</p>"
                        ),
                    },
                ]
            },
        ),
        (
            "rich_text",
            "<h2>How to apply</h2>"
            "<p>Applications will open on this site. When they do, the head teacher or DSL will apply for "
            "the school: they will rate the school against each standard, explain why, add evidence, and send "
            "it to the partnership's assessors.</p>",
        ),
        (
            "callout",
            {
                "style": "tip",
                "heading": "Get ready now",
                "body": (
                    "<p>Ask every member of staff, in every role, to create an account on this site and take "
                    'the <a href="/courses/">school staff course</a>. Their certificates will count towards '
                    "standard 2 as soon as applications open.</p>"
                ),
            },
        ),
    ],
}

PAGES = [WHAT_IS_CSE, SPOT_THE_SIGNS, PARENTS_AND_CARERS, HOW_TO_REPORT, OP_MAKESAFE, QUALITY_MARK]
