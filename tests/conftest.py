"""Shared fixtures: hand-written questions of every type, and the spaCy model once."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from quizgen.models import FactInfo, Question, QuestionBank, SourceFile, SourceRef

SHARED = Path(__file__).resolve().parents[2] / "shared"
HERE = Path(__file__).parent


@pytest.fixture(autouse=True, scope="session")
def _private_parse_cache(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The CLI caches parses in the user's cache folder; tests keep theirs apart."""
    import os

    previous = os.environ.get("QUIZGEN_CACHE_DIR")
    os.environ["QUIZGEN_CACHE_DIR"] = str(tmp_path_factory.mktemp("quizgen-cache"))
    yield
    if previous is None:
        os.environ.pop("QUIZGEN_CACHE_DIR", None)
    else:
        os.environ["QUIZGEN_CACHE_DIR"] = previous


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test where it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not here")
    return path


def needs(tool: str) -> str:
    found = shutil.which(tool)
    if not found:
        pytest.skip(f"{tool} is not installed")
    return found


def _source(sentence: str, page: int | None = 3, section: str = "Rivers and Lakes") -> SourceRef:
    return SourceRef(
        file="water.md", sentence=sentence, section=section, page=page, chapter="The Water Cycle"
    )


def make_sample_questions() -> tuple[Question, ...]:
    """One question of each type, written by hand, including text that must be escaped."""
    s1 = "Evaporation is the change of liquid water into water vapour."
    s2 = "Lake Baikal holds about 23,600 cubic kilometres of fresh water."
    s3 = "The engineer Ada <b>Brown</b> & partners said: \"use {{c1::care}}\" <script>alert(1)</script>."
    s4 = "In 1972, the Clean Water Act was passed by the United States Congress."
    return (
        Question(
            id="q-cloze-0001", type="cloze",
            prompt="_____ is the change of liquid water into water vapour.",
            answer="Evaporation", context=s1, span=(0, 11), source=_source(s1),
            fact=FactInfo(kind="definition", term="evaporation",
                          definition="the change of liquid water into water vapour", id="f-1"),
            score=0.9, tags=("definition",),
        ),
        Question(
            id="q-short-0002", type="short_answer",
            prompt="How much fresh water does Lake Baikal hold?",
            answer="about 23,600 cubic kilometres", source=_source(s2, page=4),
            fact=FactInfo(kind="quantity", id="f-2"), score=0.8, tags=("quantity",),
        ),
        Question(
            id="q-mc-0003", type="multiple_choice",
            prompt="In what year was the Clean Water Act passed by the United States Congress?",
            answer="1972", choices=("1965", "1972", "1980", "1991"), source=_source(s4, page=5),
            explanation="The Clean Water Act was passed in 1972.",
            fact=FactInfo(kind="date", id="f-3"), score=0.7, tags=("date",),
        ),
        Question(
            id="q-tf-0004", type="true_false",
            prompt="Lake Baikal holds about 12,000 cubic kilometres of fresh water.",
            answer="False", choices=("True", "False"), source=_source(s2, page=4),
            explanation="The chapter gives about 23,600 cubic kilometres, not 12,000.",
            fact=FactInfo(kind="quantity", id="f-2"), score=0.6, tags=("quantity",),
        ),
        Question(
            id="q-td-0005", type="term_definition",
            prompt="the change of liquid water into water vapour", answer="evaporation",
            source=_source(s1),
            fact=FactInfo(kind="definition", term="evaporation",
                          definition="the change of liquid water into water vapour", id="f-1"),
            score=0.85, tags=("definition",),
        ),
        Question(
            id="q-match-0006", type="matching",
            prompt="Match each term with its definition.", answer="",
            pairs=(("evaporation", "the change of liquid water into water vapour"),
                   ("condensation", "the change of water vapour into liquid water"),
                   ("runoff", "water that flows over the land into rivers")),
            source=_source(s1, section=""),
            fact=FactInfo(kind="definition", id="f-m"), score=0.5, tags=("definition",),
        ),
        Question(
            id="q-order-0007", type="ordering",
            prompt="Put these events in the order they happened.", answer="",
            sequence=("1948: the first federal water law", "1972: the Clean Water Act",
                      "1974: the Safe Drinking Water Act"),
            source=_source(s4, page=5), fact=FactInfo(kind="date", id="f-o"),
            score=0.5, tags=("date",),
        ),
        Question(
            id="q-nasty-0008", type="short_answer",
            prompt="Who said \"use {{c1::care}}\" <script>alert(1)</script> & more?",
            answer="Ada <b>Brown</b> & partners", source=_source(s3, page=6),
            fact=FactInfo(kind="quotation", id="f-4"), score=0.4, tags=("quotation",),
        ),
    )


@pytest.fixture
def sample_bank() -> QuestionBank:
    return QuestionBank(
        title="The Water Cycle",
        sources=(SourceFile(path="water.md", sha256="0" * 64),),
        questions=make_sample_questions(),
    )


@pytest.fixture(scope="session")
def nlp():
    """The real spaCy pipeline, loaded once for the whole run."""
    from quizgen.analyze import load_pipeline

    return load_pipeline()
