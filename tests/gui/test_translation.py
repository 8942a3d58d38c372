"""The Korean translation: the compiled file loads, the real widgets speak Korean with it, and every
message in the source file is finished and keeps what the code fills in or relies on."""

import re
import xml.etree.ElementTree as ET
from collections import Counter

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QListWidget, QPushButton, QTabWidget

from playground.gui.app import TRANSLATIONS_DIR, install_translators
from playground.gui.main_window import MainWindow

TS_FILE = TRANSLATIONS_DIR / "playground_ko.ts"
QM_FILE = TRANSLATIONS_DIR / "playground_ko.qm"
KOREAN = QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)

FORMAT_FIELD = re.compile(r"\{[^{}]*\}")          # str.format fields: {0}, {1:.2%}, {name}
QT_ARGUMENT = re.compile(r"%L?\d{1,2}|%n")          # QString::arg markers
HTML_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
ACCELERATOR = re.compile(r"&(?![a-zA-Z]+;|#)(\w)")  # '&File', not '&nbsp;'


def ts_messages() -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(TS_FILE).getroot()
    return [(context.findtext("name") or "", message.findtext("source") or "", message.find("translation"))
            for context in root.iter("context") for message in context.findall("message")]


MESSAGES = ts_messages()


@pytest.fixture
def korean(qapp_named):
    """The app's and Qt's Korean translators, removed again so other tests stay in English."""
    translators = install_translators(qapp_named, KOREAN)
    yield translators
    for translator in translators:
        qapp_named.removeTranslator(translator)


@pytest.fixture
def korean_window(korean, qtbot, state):
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_compiled_translation_loads_and_translates(qapp):
    translator = QTranslator()
    assert translator.load(str(QM_FILE))
    assert not translator.isEmpty()
    assert translator.language().startswith("ko")
    assert translator.translate("MainWindow", "&File") == "파일(&F)"


def test_korean_locale_finds_the_translation(korean):
    assert any(t.filePath().endswith("playground_ko.qm") for t in korean)
    # Page titles come from a lambda-wrapped translate("pages", ...): the context the app asks for.
    assert QCoreApplication.translate("pages", "Weights") == "가중치"


def test_main_window_pages_and_menus_in_korean(korean_window):
    assert korean_window.windowTitle() == "신경망 플레이그라운드"
    pages = korean_window.findChild(QListWidget, "pageList")
    titles = [pages.item(row).text() for row in range(pages.count())]
    assert titles == ["논리 게이트", "플레이그라운드", "학습", "가중치", "내부", "그리기", "내 클래스", "개념"]
    menus = [action.text() for action in korean_window.menuBar().actions()]
    assert menus == ["파일(&F)", "보기(&V)", "도움말(&H)"]


def test_panels_label_their_controls_in_korean(korean_window):
    concepts = korean_window.show_page("concepts")
    topics = [concepts.navigation.item(row).text() for row in range(concepts.navigation.count())]
    assert topics == ["활성화 함수", "손실 함수", "경사 하강법", "기울기 확인", "회귀"]

    weights = korean_window.show_page("weights")
    tab_texts = {tabs.tabText(i) for tabs in weights.findChildren(QTabWidget) for i in range(tabs.count())}
    assert {"은닉 뉴런", "합성곱 필터", "활성화 값", "평가"} <= tab_texts

    train = korean_window.show_page("train")
    buttons = {button.text() for button in train.findChildren(QPushButton)}
    assert {"시작", "중지", "초기화"} <= buttons
    # Preset names and descriptions come from the engine, marked for translation there.
    form = train.form
    assert form.model.itemText(0) == "빠른 길 CNN (합성곱 8, 합성곱 16, 128, 10)"
    assert form.description.text().startswith("30초 남짓이면")


def test_every_message_is_finished():
    unfinished = [f"{context or '(empty context)'} / {source!r}: {translation.get('type') or 'empty'}"
                  for context, source, translation in MESSAGES
                  if not context or translation.get("type") is not None or not (translation.text or "").strip()]
    assert MESSAGES
    assert not unfinished, "\n".join(unfinished)


def test_translations_keep_placeholders_tags_and_accelerators():
    broken = []
    for context, source, translation in MESSAGES:
        text = translation.text or ""
        for name, pattern in (("placeholders", FORMAT_FIELD), ("Qt arguments", QT_ARGUMENT),
                              ("HTML tags", HTML_TAG)):
            if Counter(pattern.findall(source)) != Counter(pattern.findall(text)):
                broken.append(f"{context} / {source!r}: {name} differ in {text!r}")
        if len(ACCELERATOR.findall(source)) != len(ACCELERATOR.findall(text)):
            broken.append(f"{context} / {source!r}: keyboard accelerator lost in {text!r}")
    assert not broken, "\n".join(broken)


@pytest.mark.parametrize("platform, family", [("win32", "Malgun Gothic"), ("darwin", "Apple SD Gothic Neo"),
                                              ("linux", "NanumGothic")])
def test_korean_interface_falls_back_to_the_os_hangul_font(qapp, monkeypatch, platform, family):
    from PySide6.QtGui import QFont, QFontDatabase

    from playground.gui.app import use_hangul_font

    monkeypatch.setattr(QFontDatabase, "families", staticmethod(lambda *a: ["DejaVu Sans", family]))
    default = qapp.font().family()
    try:
        assert use_hangul_font(qapp, QLocale(QLocale.Language.English), platform) is None
        assert use_hangul_font(qapp, KOREAN, platform) == family
        assert family.lower() in [name.lower() for name in QFont.substitutes(default)]
    finally:
        QFont.removeSubstitutions(default)


def test_skip_reasons_are_the_engines_sentences_and_korean_in_a_korean_interface(korean, qtbot):
    import numpy as np

    from playground.engine.data.owndata import OwnData
    from playground.engine.data.skips import REASONS, SkipKind, Skipped
    from playground.gui.classes.loadbox import LoadBox
    from playground.gui.common.skip_reasons import reason_sentences

    for translator in korean:
        QCoreApplication.removeTranslator(translator)
    assert reason_sentences() == REASONS  # one sentence per kind, the GUI's source text is the engine's
    for translator in korean:
        QCoreApplication.installTranslator(translator)
    korean_sentences = reason_sentences()
    assert all(korean_sentences[kind] != REASONS[kind] for kind in SkipKind)
    box = LoadBox()
    qtbot.addWidget(box)
    skipped = (Skipped("/data/shapes/circle/broken.png", SkipKind.CORRUPT, "image file is truncated"),
               Skipped("/data/shapes/smile", SkipKind.EMPTY_CLASS_FOLDER))
    box.show_result("shapes", OwnData(np.zeros((2, 28, 28), np.uint8), np.array([0, 1]), ("a", "b"), skipped))
    reasons = [box.skipped.topLevelItem(k).text(1) for k in range(box.skipped.topLevelItemCount())]
    assert reasons == [f"{korean_sentences[SkipKind.CORRUPT]} (image file is truncated)",
                       korean_sentences[SkipKind.EMPTY_CLASS_FOLDER]]
    assert all(re.search("[가-힣]", reason) for reason in reasons)
