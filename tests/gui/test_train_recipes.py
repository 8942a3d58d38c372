"""The Train form and the CLI start a preset's run from the same recipe, field for field."""

import dataclasses

import pytest

from playground.cli import _training_config, build_parser
from playground.engine.optimizers import build_optimizer
from playground.engine.presets import PRESETS, get_preset, handwriting_training
from playground.engine.training.config import TrainConfig
from playground.gui.train.controls import CUSTOM_MLP, TrainingForm


def _comparable(config) -> dict:
    """A config as a dict with the optimizer written out in full (the form names every
    hyper-parameter it shows, the preset only those it changes), leaving out how often the
    run measures itself, which the CLI lowers to once per epoch for its printout."""
    data = dataclasses.asdict(config)
    data["optimizer"] = build_optimizer(config.optimizer).spec()
    del data["evals_per_epoch"]
    return data


@pytest.fixture
def form(qtbot):
    widget = TrainingForm()
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_the_form_trains_a_preset_with_the_recipe_the_cli_uses(form, name):
    form.select_model(name)
    cli_args = build_parser().parse_args(["train", "--preset", name])
    assert _comparable(form.config()) == _comparable(_training_config(cli_args, get_preset(name)))


def test_rashid_preset_keeps_the_books_update_rule_and_own_network_does_not(form):
    form.select_model("rashid")
    assert form.config().rule == "rashid"
    form.select_model(CUSTOM_MLP)
    assert form.config().rule == "backprop"


def test_a_field_the_person_edits_changes_only_that_part_of_the_recipe(form):
    form.select_model("simple-cnn")
    form.rotation.setValue(3.0)
    form.thickness.setValue(0.2)
    assert form.config().augment == {"rotation": 3.0, "shift": 2.0, "scale": 0.08, "thickness": 0.2}


def test_augmentation_the_form_has_no_field_for_is_trained_as_the_recipe_says(form):
    recipe = TrainConfig.from_dict(handwriting_training(get_preset("simple-cnn")))
    form.show_config(recipe)
    form.rotation.setValue(0.0)
    augment = form.config().augment
    assert "rotation" not in augment
    assert {key: augment[key] for key in ("elastic", "lowres", "binarise", "pad_stroke")} == \
        {key: recipe.augment[key] for key in ("elastic", "lowres", "binarise", "pad_stroke")}
    assert form.config().pen_styles == recipe.pen_styles
