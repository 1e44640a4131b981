"""Districts and partnerships for the demo. The numbers are the publicly listed front doors at the
time of writing; a partnership must check its own before going live (they are editable in the
admin under Districts)."""

NORTH_YORKSHIRE = "North Yorkshire Safeguarding Children Partnership"
YORK = "City of York Safeguarding Children Partnership"

_NORTH_YORKSHIRE_FRONT_DOOR = {
    "partnership": NORTH_YORKSHIRE,
    "childrens_social_care_name": "North Yorkshire Children and Families Service",
    "childrens_social_care_phone": "01609 780780",
    "childrens_social_care_url": "https://www.safeguardingchildren.co.uk",
    "out_of_hours_phone": "01609 780780",
}

DISTRICTS = [
    *(
        {"name": name, **_NORTH_YORKSHIRE_FRONT_DOOR}
        for name in ("Craven", "Hambleton", "Harrogate", "Richmondshire", "Ryedale", "Scarborough", "Selby")
    ),
    {
        "name": "City of York",
        "partnership": YORK,
        "childrens_social_care_name": "York Multi-Agency Safeguarding Hub (MASH)",
        "childrens_social_care_phone": "01904 551900",
        "childrens_social_care_url": "https://www.saferchildrenyork.org.uk",
        "out_of_hours_phone": "0300 131 2131",
    },
    {
        "name": "Barnsley",
        "partnership": "Barnsley Safeguarding Children Partnership",
        "childrens_social_care_name": "Barnsley Children's Social Care",
        "childrens_social_care_phone": "01226 772423",
        "out_of_hours_phone": "01226 787789",
    },
    {
        "name": "Doncaster",
        "partnership": "Doncaster Safeguarding Children Partnership",
        "childrens_social_care_name": "Doncaster Children's Services Trust front door",
        "childrens_social_care_phone": "01302 734100",
        "out_of_hours_phone": "01302 796000",
    },
    {
        "name": "Rotherham",
        "partnership": "Rotherham Safeguarding Children Partnership",
        "childrens_social_care_name": "Rotherham Children's Services front door",
        "childrens_social_care_phone": "01709 336080",
        "out_of_hours_phone": "01709 336080",
    },
    {
        "name": "Sheffield",
        "partnership": "Sheffield Children Safeguarding Partnership",
        "childrens_social_care_name": "Sheffield Safeguarding Hub",
        "childrens_social_care_phone": "0114 273 4855",
        "out_of_hours_phone": "0114 273 4855",
    },
]
