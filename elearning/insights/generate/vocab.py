"""The words and weights generated activity is made of. Plain data, no database."""

from elearning.people.models import OrganisationKind, Sector

GENERATED_EMAIL_DOMAIN = "generated.invalid"
SURVEY_SLUG_PREFIX = "generated-"

# Share of learners per sector: schools and practitioners dominate, then the licensed trades.
SECTOR_WEIGHTS = {
    Sector.SCHOOL: 34,
    Sector.PRACTITIONER: 24,
    Sector.HOTEL: 15,
    Sector.TAXI: 11,
    Sector.NIGHT_TIME: 10,
    Sector.OTHER: 6,
}

# How well each sector starts out (added to a learner's ability): practitioners already know the
# pathway, drivers and door staff often meet the subject for the first time.
SECTOR_ABILITY = {
    Sector.SCHOOL: 0.25,
    Sector.PRACTITIONER: 0.45,
    Sector.HOTEL: -0.15,
    Sector.TAXI: -0.35,
    Sector.NIGHT_TIME: -0.25,
    Sector.OTHER: -0.1,
}

# Relative population of the demo districts; a district not listed weighs 3.
DISTRICT_WEIGHTS = {
    "Sheffield": 12,
    "Doncaster": 6,
    "Rotherham": 5,
    "Barnsley": 5,
    "City of York": 4,
    "Harrogate": 3,
    "Scarborough": 2,
    "Hambleton": 2,
    "Selby": 2,
    "Craven": 1,
    "Richmondshire": 1,
    "Ryedale": 1,
}

JOB_ROLES = {
    Sector.SCHOOL: [
        "Teacher",
        "Teaching assistant",
        "Lunchtime supervisor",
        "Site manager",
        "School business manager",
        "Designated safeguarding lead",
        "School bus escort",
        "Receptionist",
    ],
    Sector.PRACTITIONER: [
        "Social worker",
        "School nurse",
        "Youth worker",
        "Police officer",
        "Health visitor",
        "Family support worker",
        "Housing officer",
        "Sexual health nurse",
    ],
    Sector.HOTEL: ["Receptionist", "Night porter", "Housekeeper", "Duty manager", "Bar staff", "Lettings agent"],
    Sector.TAXI: ["Taxi driver", "Private hire driver", "Dispatcher"],
    Sector.NIGHT_TIME: ["Door supervisor", "Bar staff", "Venue manager", "Street pastor", "Takeaway staff"],
    Sector.OTHER: ["Licensing officer", "Volunteer", "Shop worker", "Leisure centre staff", "Librarian"],
}

KIND_FOR_SECTOR = {
    Sector.SCHOOL: OrganisationKind.SCHOOL,
    Sector.PRACTITIONER: OrganisationKind.AGENCY,
    Sector.HOTEL: OrganisationKind.HOTEL,
    Sector.TAXI: OrganisationKind.TAXI_OPERATOR,
    Sector.NIGHT_TIME: OrganisationKind.NIGHT_TIME_VENUE,
    Sector.OTHER: OrganisationKind.OTHER,
}

# Average members on the platform per organisation of each kind.
MEMBERS_PER_ORGANISATION = {
    OrganisationKind.SCHOOL: 24,
    OrganisationKind.AGENCY: 40,
    OrganisationKind.HOTEL: 12,
    OrganisationKind.TAXI_OPERATOR: 18,
    OrganisationKind.NIGHT_TIME_VENUE: 9,
    OrganisationKind.OTHER: 15,
}

ORGANISATION_NAMES = {
    OrganisationKind.SCHOOL: [
        "{place} Primary School",
        "{place} Academy",
        "{place} High School",
        "St {saint}'s School",
    ],
    OrganisationKind.AGENCY: [
        "{place} Children's Services",
        "{place} Community Health",
        "{place} Youth Service",
        "{place} Neighbourhood Police Team",
        "{place} Housing Support",
    ],
    OrganisationKind.HOTEL: ["The {place} Hotel", "{place} Lodge", "{place} Guest House", "{place} Apartments"],
    OrganisationKind.TAXI_OPERATOR: ["{place} Taxis", "{place} Private Hire", "{place} Cars"],
    OrganisationKind.NIGHT_TIME_VENUE: [
        "The {place} Arms",
        "{place} Social Club",
        "Club {place}",
        "{place} Kebab House",
    ],
    OrganisationKind.OTHER: ["{place} Leisure Centre", "{place} Library", "{place} Shopping Centre"],
    OrganisationKind.LICENSING_AUTHORITY: ["{district} Licensing Authority"],
}

PLACES = [
    "Abbey",
    "Ashgrove",
    "Beech",
    "Bridge",
    "Castle",
    "Cedar",
    "Church",
    "Clifton",
    "Dale",
    "Elm",
    "Fairfield",
    "Forest",
    "Glebe",
    "Hawthorn",
    "Highfield",
    "Hill",
    "Kingsway",
    "Lakeside",
    "Manor",
    "Meadow",
    "Mill",
    "Moor",
    "Oak",
    "Orchard",
    "Park",
    "Priory",
    "Queens",
    "Riverside",
    "Rose",
    "Station",
    "Valley",
    "Westfield",
    "Willow",
    "Woodlands",
]
SAINTS = ["Anne", "Bede", "Chad", "Hilda", "John", "Mary", "Oswald", "Peter", "Wilfrid"]

FIRST_NAMES = [
    "Aisha",
    "Alex",
    "Amir",
    "Beth",
    "Callum",
    "Chloe",
    "Daniel",
    "Ellie",
    "Fatima",
    "Grace",
    "Harry",
    "Imran",
    "Jack",
    "Jade",
    "Kamal",
    "Laura",
    "Liam",
    "Maria",
    "Mohammed",
    "Nadia",
    "Oliver",
    "Priya",
    "Rachel",
    "Ryan",
    "Sam",
    "Sophie",
    "Tom",
    "Wiktoria",
    "Yusuf",
    "Zoe",
]
SURNAMES = [
    "Ahmed",
    "Atkinson",
    "Bell",
    "Brown",
    "Clarke",
    "Dawson",
    "Evans",
    "Hall",
    "Hussain",
    "Jackson",
    "Khan",
    "Kowalski",
    "Lee",
    "Marsh",
    "Nowak",
    "Patel",
    "Robinson",
    "Shaw",
    "Singh",
    "Smith",
    "Taylor",
    "Thompson",
    "Walker",
    "Wilson",
    "Wood",
    "Wright",
]

# "What will you do as a result?" Joined from a start and an end so the free text varies.
ACTION_STARTS = [
    "I will",
    "From now on I will",
    "Next week I will",
    "I am going to",
    "I plan to",
]
ACTION_ENDS = [
    "write down what I see and pass it on the same day.",
    "check who our designated safeguarding lead is and save their number in my phone.",
    "save the local children's social care number and the 101 number in my phone.",
    "talk to my manager about how we record concerns on the night shift.",
    "share what I learned with the rest of the team at our next meeting.",
    "look out for young people arriving with older adults and ask questions.",
    "use the words from the course instead of blaming the child.",
    "report concerns about bookings paid in cash for young guests.",
    "keep a note of car registrations when something does not feel right.",
    "read our safeguarding policy again and ask about anything I do not understand.",
    "ask the child what is happening and listen without judging.",
    "call the police on 999 if a child is in immediate danger.",
]

SURVEY_TOPICS = [
    "Recognising the signs of exploitation",
    "Online grooming and social media",
    "Criminal exploitation and county lines",
    "Responding to a disclosure",
    "Local referral pathway",
    "Missing children and return interviews",
    "Trauma-informed practice",
    "Language that does not blame the child",
]
SURVEY_FORMATS = [
    "E-learning",
    "Face-to-face workshop",
    "Short briefing at a team meeting",
    "Conference",
    "Printed guide or checklist",
]
SURVEY_COMMENTS = [
    "More training for night staff, please.",
    "We need to know who to call out of hours.",
    "Short sessions work better for our team.",
    "Please include examples from our area.",
    "Training on apps and online games would help.",
    "Our new starters need this in their first week.",
    "A refresher every year is about right.",
    "It would help to practise what to say to a child.",
]
