from courses.blocks import LessonStreamBlock


def test_rich_text_inside_every_block_gets_the_lesson_prose_styles():
    body = LessonStreamBlock().to_python(
        [
            {"type": "callout", "value": {"style": "warning", "heading": "Signs", "body": "<ul><li>Gifts</li></ul>"}},
            {"type": "accordion", "value": {"sections": [{"heading": "A", "body": "<p>Inside</p>"}]}},
            {"type": "case_study", "value": {"title": "T", "story": "<p>Story</p>", "learning_points": ["a"]}},
            {
                "type": "scenario",
                "value": {
                    "title": "What would you do?",
                    "situation": "<p>At the gate</p>",
                    "options": [
                        {"text": "Tell the DSL", "is_best": True, "feedback": "Yes"},
                        {"text": "Wait", "is_best": False, "feedback": "No"},
                    ],
                },
            },
        ]
    )
    html = body.render_as_block()
    assert html.count('class="app-prose"') == 4
    for text in ("<li>Gifts</li>", "Inside", "Story", "At the gate"):
        assert text in html
