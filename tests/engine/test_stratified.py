"""The stratified validation split keeps every class in both parts, in its own share; a limit on
the training images keeps every class too."""

import numpy as np
import pytest

from playground.engine.data.stratified import first_per_class, stratified_split
from playground.engine.errors import SpecError


def test_every_class_is_in_both_parts_in_its_share():
    labels = np.repeat(np.arange(5), [2, 3, 10, 40, 7])
    train, val = stratified_split(labels, 0.2, seed=1)
    assert sorted(np.concatenate([train, val]).tolist()) == list(range(len(labels)))
    assert set(labels[train]) == set(labels[val]) == set(range(5))
    assert np.bincount(labels[val], minlength=5).tolist() == [1, 1, 2, 8, 1]


def test_a_plain_random_split_would_miss_a_class_that_this_one_keeps():
    labels = np.repeat(np.arange(10), 3)
    for seed in range(20):
        train, val = stratified_split(labels, 0.1, seed)
        assert set(labels[val]) == set(labels[train]) == set(range(10))


def test_split_is_deterministic_and_a_lone_example_trains():
    labels = np.array([0, 1, 1, 1, 0, 2])
    first = stratified_split(labels, 0.5, seed=4)
    again = stratified_split(labels, 0.5, seed=4)
    assert all(np.array_equal(a, b) for a, b in zip(first, again))
    assert 5 in first[0] and 5 not in first[1]
    assert stratified_split(labels, 0.0)[1].size == 0
    with pytest.raises(SpecError):
        stratified_split(labels, 1.0)


def test_a_limit_on_a_folder_read_class_by_class_keeps_every_class_in_its_share():
    labels = np.repeat(np.arange(3), [50, 30, 20])  # as a class folder is read: one class after another
    keep = first_per_class(labels, 10)
    assert keep.tolist() == [0, 1, 2, 3, 4, 50, 51, 52, 80, 81]  # the first of each, in file order
    assert np.bincount(labels[first_per_class(labels, 99)]).tolist() == [49, 30, 20]  # largest remainders: 0.8 and 0.7, not 0.5
    assert first_per_class(labels, 500).tolist() == list(range(100))


def test_a_limit_keeps_a_small_class_and_takes_exactly_the_count():
    labels = np.array([0] * 97 + [1, 2, 3])
    assert np.bincount(labels[first_per_class(labels, 5)]).tolist() == [2, 1, 1, 1]
    assert np.bincount(labels[first_per_class(labels, 2)], minlength=4).tolist() == [2, 0, 0, 0]
    mixed = np.random.default_rng(0).integers(0, 10, 1000)
    for count in (1, 7, 10, 99, 100, 999):
        assert len(first_per_class(mixed, count)) == count
