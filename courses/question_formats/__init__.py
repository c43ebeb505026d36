"""Question banks in and out of the LMS as files: Moodle's GIFT, Aiken and a CSV
layout trainers can fill in a spreadsheet. Pure Python: every format reads into
and writes from the neutral model in ``model.py``; storing questions is up to the
caller.

    result = gift.parse(text)  # ParseResult(questions=[...], problems=[...])
    text = gift.export(result.questions)
"""
