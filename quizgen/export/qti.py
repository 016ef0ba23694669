"""An IMS QTI 1.2 package (zip) in the shape Canvas exports and imports as a quiz.

The zip holds::

    imsmanifest.xml                  # IMS content package manifest: one assessment resource
    <ident>/<ident>.xml              # <questestinterop><assessment><section><item>...
    <ident>/assessment_meta.xml      # Canvas's quiz settings (title, points, shuffling)

Each item carries Canvas's ``question_type`` in its metadata:
multiple_choice -> ``multiple_choice_question``, true_false ->
``true_false_question``, short_answer, term_definition and cloze ->
``short_answer_question`` (the cloze shows its blank) accepting the answer and
each ``accept`` alternative, or ``numerical_question`` with the range
``value ± tolerance`` when ``accept`` gives one, or ``essay_question`` (the
teacher grades it; the model answer is the general feedback) when no string
match could grade it; matching -> ``matching_question``, ordering ->
``matching_question`` of each item to its position (Canvas's QTI has no
ordering type). Question text and choices are ``text/html`` with the chapter
text HTML-escaped; accepted short answers and matching right-hand sides are
plain text. Characters XML cannot hold are dropped. The zip is byte-for-byte
the same for the same bank (fixed timestamps).
"""

from __future__ import annotations

import html
import io
import re
import xml.etree.ElementTree as ET
import zipfile

from quizgen.export.formats import ordering_pairs, ordering_prompt, source_line, xml_text
from quizgen.identity import digest
from quizgen.models import Question, QuestionBank
from quizgen.questions.accept import accepted, format_number, grading, numeric_answer

QTI_NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
MANIFEST_NS = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
CANVAS_NS = "http://canvas.instructure.com/xsd/cccv1p0"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"

QUESTION_TYPE = {
    "multiple_choice": "multiple_choice_question",
    "true_false": "true_false_question",
    "short_answer": "short_answer_question",
    "term_definition": "short_answer_question",
    "cloze": "short_answer_question",
    "matching": "matching_question",
    "ordering": "matching_question",
}

#: A fixed timestamp for zip entries, so that the same bank gives the same bytes.
_ZIP_TIME = (2020, 1, 1, 0, 0, 0)
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*$")


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, {key: xml_text(value) for key, value in attrs.items()})
    if text is not None:
        element.text = xml_text(text)
    return element


def _mattext(parent: ET.Element, text: str, *, html_text: bool = True) -> None:
    material = _sub(parent, "material")
    if html_text:
        _sub(material, "mattext", f"<div>{html.escape(text, quote=False)}</div>", texttype="text/html")
    else:
        _sub(material, "mattext", text, texttype="text/plain")


def item_ident(question: Question) -> str:
    """The question's id when it is a valid XML ident, else a stable one derived from it."""
    return question.id if _IDENT.match(question.id) else "i" + digest(question.id)


def _metadata(item: ET.Element, entries: dict[str, str]) -> None:
    meta = _sub(_sub(item, "itemmetadata"), "qtimetadata")
    for label, entry in entries.items():
        field = _sub(meta, "qtimetadatafield")
        _sub(field, "fieldlabel", label)
        _sub(field, "fieldentry", entry)


def _condition(processing: ET.Element, respident: str, value: str, score: str, *, action: str = "Set") -> None:
    condition = _sub(processing, "respcondition", continue_="No" if action == "Set" else "Yes")
    _sub(_sub(condition, "conditionvar"), "varequal", value, respident=respident)
    _sub(condition, "setvar", score, action=action, varname="SCORE")


def _item(section: ET.Element, question: Question) -> None:
    ident = item_ident(question)
    item = _sub(section, "item", ident=ident, title=question.id)
    way = grading(question)
    qtype = {"numerical": "numerical_question", "essay": "essay_question"}.get(way, QUESTION_TYPE[question.type])
    choice_ids: list[str] = []
    presentation = ET.Element("presentation")
    processing = ET.Element("resprocessing")
    outcomes = _sub(processing, "outcomes")
    _sub(outcomes, "decvar", maxvalue="100", minvalue="0", varname="SCORE", vartype="Decimal")
    feedback = _sub(processing, "respcondition", continue_="Yes")
    _sub(_sub(feedback, "conditionvar"), "other")
    _sub(feedback, "displayfeedback", feedbacktype="Response", linkrefid="general_fb")

    if question.type in ("multiple_choice", "true_false"):
        _mattext(presentation, question.prompt)
        response = _sub(presentation, "response_lid", ident="response1", rcardinality="Single")
        render = _sub(response, "render_choice")
        for index, choice in enumerate(question.choices, start=1):
            choice_id = f"{ident}-c{index}"
            choice_ids.append(choice_id)
            label = _sub(render, "response_label", ident=choice_id)
            _mattext(label, choice, html_text=question.type == "multiple_choice")
            if choice == question.answer:
                _condition(processing, "response1", choice_id, "100")
    elif question.type in ("matching", "ordering"):
        pairs = question.pairs if question.type == "matching" else ordering_pairs(question)
        prompt = question.prompt if question.type == "matching" else ordering_prompt(question)
        _mattext(presentation, prompt)
        rights = list(dict.fromkeys(right for _, right in pairs))
        right_ids = {right: f"{ident}-r{index}" for index, right in enumerate(rights, start=1)}
        share = f"{100 / len(pairs):.2f}"
        for index, (left, right) in enumerate(pairs, start=1):
            respident = f"response_{ident}-l{index}"
            response = _sub(presentation, "response_lid", ident=respident)
            _mattext(response, left, html_text=False)
            render = _sub(response, "render_choice")
            for option in rights:
                label = _sub(render, "response_label", ident=right_ids[option])
                _mattext(label, option, html_text=False)
            _condition(processing, respident, right_ids[right], share, action="Add")
        choice_ids = list(right_ids.values())
    elif way == "numerical":
        _mattext(presentation, question.prompt)
        response = _sub(presentation, "response_str", ident="response1", rcardinality="Single")
        _sub(_sub(response, "render_fib", fibtype="Decimal"), "response_label", ident="answer1")
        value, tolerance = numeric_answer(question) or (0.0, 0.0)
        condition = _sub(processing, "respcondition", continue_="No")
        either = _sub(_sub(condition, "conditionvar"), "or")
        _sub(either, "varequal", format_number(value), respident="response1")
        both = _sub(either, "and")
        _sub(both, "vargte", format_number(value - tolerance), respident="response1")
        _sub(both, "varlte", format_number(value + tolerance), respident="response1")
        _sub(condition, "setvar", "100", action="Set", varname="SCORE")
    elif way == "essay":
        _mattext(presentation, question.prompt)
        response = _sub(presentation, "response_str", ident="response1", rcardinality="Single")
        _sub(_sub(response, "render_fib"), "response_label", ident="answer1", rshuffle="No")
        condition = _sub(processing, "respcondition", continue_="No")
        _sub(_sub(condition, "conditionvar"), "other")
    else:
        _mattext(presentation, question.prompt)
        response = _sub(presentation, "response_str", ident="response1", rcardinality="Single")
        _sub(_sub(response, "render_fib"), "response_label", ident="answer1", rshuffle="No")
        # Canvas's own export: one condition, one <varequal> per accepted answer.
        condition = _sub(processing, "respcondition", continue_="No")
        conditions = _sub(condition, "conditionvar")
        for text in accepted(question):
            _sub(conditions, "varequal", text, respident="response1")
        _sub(condition, "setvar", "100", action="Set", varname="SCORE")

    entries = {"question_type": qtype, "points_possible": "1.0"}
    if choice_ids:
        entries["original_answer_ids"] = ",".join(choice_ids)
    entries["assessment_question_identifierref"] = "a" + digest(ident)
    _metadata(item, entries)
    item.append(presentation)
    item.append(processing)
    note = question.explanation or question.source.sentence
    general = _sub(item, "itemfeedback", ident="general_fb")
    text = f"{note} ({source_line(question)})" if note else source_line(question)
    if way == "essay":
        text = f"Model answer: {question.answer} ({source_line(question)})"
    _mattext(_sub(general, "flow_mat"), text)


def _fix_attrs(element: ET.Element) -> None:
    """``continue`` is a Python keyword; the builders spell it ``continue_``."""
    for node in element.iter():
        if "continue_" in node.attrib:
            node.set("continue", node.attrib.pop("continue_"))


def _xml(root: ET.Element) -> bytes:
    _fix_attrs(root)
    ET.indent(root)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8", xml_declaration=False) + b"\n"


def assessment_xml(bank: QuestionBank, ident: str) -> bytes:
    root = ET.Element("questestinterop", {
        "xmlns": QTI_NS, "xmlns:xsi": XSI_NS,
        "xsi:schemaLocation": f"{QTI_NS} http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd",
    })
    assessment = _sub(root, "assessment", ident=ident, title=bank.title)
    meta = _sub(_sub(assessment, "qtimetadata"), "qtimetadatafield")
    _sub(meta, "fieldlabel", "cc_maxattempts")
    _sub(meta, "fieldentry", "1")
    section = _sub(assessment, "section", ident="root_section")
    for question in bank.questions:
        _item(section, question)
    return _xml(root)


def assessment_meta_xml(bank: QuestionBank, ident: str) -> bytes:
    root = ET.Element("quiz", {
        "identifier": ident, "xmlns": CANVAS_NS, "xmlns:xsi": XSI_NS,
        "xsi:schemaLocation": f"{CANVAS_NS} https://canvas.instructure.com/xsd/cccv1p0.xsd",
    })
    settings = {
        "title": bank.title, "description": f"Questions made by quizgen from {bank.title}.",
        "shuffle_answers": "true", "scoring_policy": "keep_highest", "hide_results": "",
        "quiz_type": "assignment", "points_possible": f"{float(len(bank.questions)):.1f}",
        "require_lockdown_browser": "false", "require_lockdown_browser_for_results": "false",
        "require_lockdown_browser_monitor": "false", "show_correct_answers": "true",
        "anonymous_submissions": "false", "could_be_locked": "false", "allowed_attempts": "1",
        "one_question_at_a_time": "false", "cant_go_back": "false", "available": "false",
        "one_time_results": "false", "show_correct_answers_last_attempt": "false",
        "only_visible_to_overrides": "false", "module_locked": "false",
    }
    for tag, value in settings.items():
        _sub(root, tag, value)
    return _xml(root)


def manifest_xml(ident: str) -> bytes:
    root = ET.Element("manifest", {
        "identifier": f"{ident}-manifest", "xmlns": MANIFEST_NS, "xmlns:xsi": XSI_NS,
        "xsi:schemaLocation": f"{MANIFEST_NS} http://www.imsglobal.org/xsd/imscp_v1p1.xsd",
    })
    metadata = _sub(root, "metadata")
    _sub(metadata, "schema", "IMS Content")
    _sub(metadata, "schemaversion", "1.1.3")
    _sub(root, "organizations")
    resources = _sub(root, "resources")
    resource = _sub(resources, "resource", identifier=ident, type="imsqti_xmlv1p2")
    _sub(resource, "file", href=f"{ident}/{ident}.xml")
    _sub(resource, "dependency", identifierref=f"{ident}-meta")
    meta = _sub(resources, "resource", identifier=f"{ident}-meta",
                type="associatedcontent/imscc_xmlv1p1/learning-application-resource",
                href=f"{ident}/assessment_meta.xml")
    _sub(meta, "file", href=f"{ident}/assessment_meta.xml")
    return _xml(root)


def package_ident(bank: QuestionBank) -> str:
    """A stable assessment ident from the title and the question ids."""
    return "g" + digest(bank.title, *(q.id for q in bank.questions), length=24)


def to_qti_zip(bank: QuestionBank) -> bytes:
    """The QTI package as zip bytes: manifest first, then the assessment and Canvas's meta."""
    ident = package_ident(bank)
    files = {
        "imsmanifest.xml": manifest_xml(ident),
        f"{ident}/{ident}.xml": assessment_xml(bank, ident),
        f"{ident}/assessment_meta.xml": assessment_meta_xml(bank, ident),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()
