"""docutils (python3-docutils): a reStructuredText document with sections, lists, tables and inline
markup published as HTML."""
from docutils.core import publish_parts


def _document(sections):
    parts = ["=============\nBench report\n=============\n\n.. contents::\n"]
    for i in range(sections):
        parts.append("Section %d\n==========%s\n\nSome *emphasis*, **strong**, ``code`` and a link_%d.\n\n"
                     ".. _link_%d: https://example.com/%d\n\n"
                     "- item one with `interpreted`\n- item two\n\n  - nested\n\n"
                     "1. first\n2. second\n\n"
                     "+-----+-------+\n| a   | b     |\n+=====+=======+\n| %d  | x     |\n+-----+-------+\n\n"
                     "::\n\n    literal block %d\n\n" % (i, "=" * len(str(i)), i, i, i, i, i))
    return "".join(parts)


_TEXT = _document(30)
_SETTINGS = {"embed_stylesheet": False, "stylesheet_path": "", "report_level": 5, "halt_level": 5,
             "_disable_config": True, "output_encoding": "unicode"}


def run():
    parts = publish_parts(_TEXT, writer_name="html5", settings_overrides=_SETTINGS)
    body = parts["body"]
    return len(body), body.count("<li>"), body.count("<table"), parts["title"]
