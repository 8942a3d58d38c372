"""The Inside page's maths: every number it shows against the engine's own forward pass."""

import numpy as np
import pytest

from playground.engine.fast.conv import Convolution
from playground.engine.data.datasets import load_dataset
from playground.engine.inspection.arithmetic import image_arithmetic, mixing_layers, softmax_breakdown
from playground.engine.inspection.convolution_steps import conv_layer_indices, convolution_steps
from playground.engine.inspection.damage import DamageMeter, scores_of
from playground.engine.inspection.output_size import OutputSize
from playground.engine.inspection.surgery import NeuronEdit, Surgery, can_switch_off, operate, unit_count
from playground.engine.training.modelfile import load_model
from playground.paths import MODELS_DIR

SHIPPED = ["mlp", "simple-cnn", "deep-cnn", "rashid"]


@pytest.fixture(scope="module")
def mnist():
    return load_dataset("mnist")


@pytest.fixture(scope="module", params=SHIPPED)
def shipped(request):
    return load_model(MODELS_DIR / f"{request.param}.npz")


def one_image(model, mnist, index=7):
    return model.prepare(mnist.test_images[index:index + 1])


def test_dense_steps_are_the_engine_pass(shipped, mnist):
    x = one_image(shipped, mnist)
    result = image_arithmetic(shipped.network, x)
    reference = shipped.network.forward(x, train=False)
    assert result.dense, "every shipped model ends in an affine layer"
    for step in result.dense:
        np.testing.assert_array_equal(step.z, reference[step.layer.index][0])
        np.testing.assert_array_equal(step.a, reference[step.layer.output_index][0])
        for unit in (0, step.units // 2, step.units - 1):
            # The products summed in float64 plus the bias give the engine's z (its float32 sum).
            assert step.weighted_sum(unit) + float(step.bias[unit]) == pytest.approx(float(step.z[unit]),
                                                                                 rel=1e-4, abs=1e-4)
            top = step.top_terms(unit, 3)
            assert abs(step.products(unit)[top[0]]) == np.abs(step.products(unit)).max()
    np.testing.assert_array_equal(result.scores, reference[-1][0])
    # The fused run order of ``predict`` rounds differently in the last bit, no more.
    np.testing.assert_allclose(result.scores, shipped.network.predict(x)[0], rtol=1e-6, atol=1e-5)


def test_softmax_breakdown_matches_the_engine(shipped, mnist):
    x = one_image(shipped, mnist)
    result = image_arithmetic(shipped.network, x)
    if shipped.network.loss_layer.kind != "softmax-cross-entropy":
        assert result.softmax is None
        return
    sm = result.softmax
    np.testing.assert_array_equal(sm.p, shipped.network.loss_layer.probabilities(result.scores[None])[0])
    np.testing.assert_allclose(sm.p, shipped.network.probabilities(x)[0], rtol=1e-5, atol=1e-7)
    assert sm.shifted.max() == 0.0
    assert sm.total == pytest.approx(float(sm.exponentials.sum()))
    hot = softmax_breakdown(result.scores, temperature=4.0)
    assert hot.entropy_bits > sm.entropy_bits  # a higher temperature spreads the probabilities
    assert 0.0 <= sm.entropy_bits <= np.log2(len(sm.p)) + 1e-9
    np.testing.assert_allclose(hot.p, np.exp(result.scores / 4 - (result.scores / 4).max())
                               / np.exp(result.scores / 4 - (result.scores / 4).max()).sum(), rtol=1e-5)


def test_active_count_uses_the_activation_threshold(mnist):
    model = load_model(MODELS_DIR / "rashid.npz")
    result = image_arithmetic(model.network, one_image(model, mnist))
    hidden = result.dense[0]
    assert hidden.layer.activation == ("sigmoid",) and hidden.layer.active_above == 0.5
    assert int(hidden.active().sum()) == int((hidden.a > 0.5).sum())
    mlp = load_model(MODELS_DIR / "mlp.npz")
    first = image_arithmetic(mlp.network, one_image(mlp, mnist)).dense[0]
    assert first.layer.activation == ("batchnorm", "relu")
    assert 0 < int(first.active().sum()) < first.units


def test_convolution_steps_match_the_engine(mnist):
    model = load_model(MODELS_DIR / "simple-cnn.npz")
    x = one_image(model, mnist)
    steps = convolution_steps(model.network, x, conv_layer_indices(model.network)[0])
    reference = model.network.forward(x, train=False)
    np.testing.assert_array_equal(steps.z, reference[0][0])
    for f in (0, 29):
        np.testing.assert_allclose(steps.all_sums(f), steps.z[f], rtol=1e-4, atol=1e-5)
        assert steps.cell_sum(f, 3, 11) == pytest.approx(float(steps.z[f, 3, 11]), rel=1e-4, abs=1e-5)
        np.testing.assert_array_equal(steps.products(f, 3, 11), steps.patch(3, 11) * steps.weights[f])
        window = steps.pool_window(f, 5, 6)
        assert window.shape == (2, 2) and window.max() == steps.pooled[f, 5, 6]
    np.testing.assert_array_equal(steps.relu, np.maximum(steps.z, 0))
    np.testing.assert_array_equal(steps.pooled, reference[2][0])
    assert steps.columns.shape == (25, 24 * 24)
    np.testing.assert_allclose(steps.im2col_product(), steps.z, rtol=1e-5, atol=1e-5)
    # Column (i * OW + j) of the patch matrix is the patch under the filter for cell (i, j).
    np.testing.assert_array_equal(steps.columns[:, 3 * 24 + 11], steps.patch(3, 11).ravel())


def test_padded_deep_convolution(mnist):
    model = load_model(MODELS_DIR / "deep-cnn.npz")
    x = one_image(model, mnist)
    index = conv_layer_indices(model.network)[1]
    steps = convolution_steps(model.network, x, index)
    assert steps.pad == 1 and steps.padded.shape == (16, 30, 30)
    assert steps.pooled is not None and steps.relu is not None
    np.testing.assert_allclose(steps.im2col_product(), steps.z, rtol=1e-4, atol=1e-4)
    with pytest.raises(ValueError):
        convolution_steps(model.network, x, index + 1)  # a ReLU, not a convolution


def test_output_size_formula():
    assert OutputSize(28, 0, 5, 1).output == 24 and OutputSize(28, 0, 5, 1).whole
    odd = OutputSize(28, 0, 5, 2)
    assert not odd.whole and odd.exact == 12.5 and odd.output == 12 and odd.leftover == 1
    assert list(OutputSize(5, 1, 3, 2).window_starts()) == [0, 2, 4]
    # The engine builds a layer of the size the formula gives, rounded down.
    conv = Convolution((1, 28, 28), 1, 5, np.random.default_rng(0), np.float32, stride=2)
    assert conv.output_shape((1, 28, 28))[1:] == (odd.output, odd.output)
    with pytest.raises(ValueError):
        OutputSize(3, 0, 5, 1)


def test_surgery_leaves_the_original_and_is_seeded(shipped):
    before = {n: a.copy() for n, a in shipped.network.params.items()}
    noisy = Surgery(noise_percent=30, noise_seed=5, prune_percent=50)
    a, b = operate(shipped.network, noisy), operate(shipped.network, noisy)
    for name, array in shipped.network.params.items():
        np.testing.assert_array_equal(array, before[name])
        np.testing.assert_array_equal(a.params[name], b.params[name])
    for mixing in mixing_layers(a):
        W = a.params[mixing.weight]
        assert np.mean(W == 0) == pytest.approx(0.5, abs=0.01)
        changed = W[W != 0] - before[mixing.weight][W != 0]
        assert changed.std() == pytest.approx(0.3 * before[mixing.weight].std(), rel=0.15)
    other = operate(shipped.network, Surgery(noise_percent=30, noise_seed=6, prune_percent=50))
    assert not np.array_equal(other.params["W1"], a.params["W1"])


def test_switching_a_neuron_off_zeroes_its_output_downstream(mnist):
    model = load_model(MODELS_DIR / "simple-cnn.npz")
    x = model.prepare(mnist.test_images[:20])
    network = model.network
    hidden = mixing_layers(network)[1]  # the 100-unit affine layer
    assert hidden.weight == "W2" and can_switch_off(network, "W2") and not can_switch_off(network, "W3")
    off = operate(network, Surgery(neurons={("W2", 4): NeuronEdit(off=True)}))
    # Forcing unit 4's activation to 0 by hand gives the same scores.
    outputs = network.forward(x, train=False)
    a = outputs[hidden.output_index].copy()
    a[:, 4] = 0
    expected = a @ network.params["W3"] + network.params["b3"]
    np.testing.assert_allclose(off.predict(x), expected, rtol=1e-5, atol=1e-5)
    # A conv filter switched off cuts its block of 12 x 12 pooled inputs of the dense layer.
    filter_off = operate(network, Surgery(neurons={("W1", 2): NeuronEdit(off=True)}))
    assert np.all(filter_off.params["W2"][2 * 144:3 * 144] == 0) and np.any(filter_off.params["W2"][3 * 144] != 0)
    with pytest.raises(ValueError):
        operate(network, Surgery(neurons={("W3", 0): NeuronEdit(off=True)}))


def test_bias_shift_and_weight_scale(mnist):
    model = load_model(MODELS_DIR / "mlp.npz")
    network = model.network
    edited = operate(network, Surgery(neurons={("W5", 7): NeuronEdit(bias_shift=2.5, weight_scale=0.5)}))
    np.testing.assert_allclose(edited.params["W5"][:, 7], 0.5 * network.params["W5"][:, 7])
    assert edited.params["b5"][7] == pytest.approx(network.params["b5"][7] + 2.5)
    assert unit_count(network, "W5") == 10 and unit_count(network, "W1") == 512


def test_damage_meter_matches_a_full_pass(shipped, mnist):
    images, labels = mnist.test_images[:1500], mnist.test_labels[:1500]
    x = shipped.prepare(images)
    meter = DamageMeter(shipped.network, x, labels)
    same = meter.measure(Surgery())
    assert same.modified == same.original
    truth = scores_of(shipped.network, shipped.network.predict(x), labels)
    assert same.original.accuracy == pytest.approx(truth.accuracy)
    assert same.original.loss == pytest.approx(truth.loss, rel=1e-5)
    layers = mixing_layers(shipped.network)
    last_hidden = layers[-2].weight
    surgery = Surgery(temperature=2.0, neurons={(last_hidden, 0): NeuronEdit(off=True),
                                                (last_hidden, 1): NeuronEdit(weight_scale=3.0)})
    damage = meter.measure(surgery)
    # Only the layers from the edited one on ran again (from the pixels if it is the first).
    assert damage.start_layer == layers[-2].index
    full = operate(shipped.network, surgery)
    expected = scores_of(full, full.predict(x), labels, temperature=2.0)
    assert damage.modified.accuracy == pytest.approx(expected.accuracy)
    assert damage.modified.loss == pytest.approx(expected.loss, rel=1e-4)
    assert damage.modified.confidence == pytest.approx(expected.confidence, rel=1e-4)
    if shipped.network.loss_layer.kind == "softmax-cross-entropy":
        assert damage.original.confidence > damage.modified.confidence  # a hotter softmax is less sure
    wrecked = meter.measure(Surgery(noise_percent=100, prune_percent=90))
    assert wrecked.start_layer == 0 and wrecked.modified.accuracy < wrecked.original.accuracy


def test_surgery_rejects_bad_values():
    for bad in (dict(temperature=0), dict(noise_percent=101), dict(prune_percent=99.5)):
        with pytest.raises(ValueError):
            Surgery(**bad)


def test_damage_meter_stops_when_cancelled(mnist):
    model = load_model(MODELS_DIR / "mlp.npz")
    x, labels = model.prepare(mnist.test_images[:1200]), mnist.test_labels[:1200]
    stopped = DamageMeter(model.network, x, labels, cancelled=lambda: True)
    assert not stopped.complete
    with pytest.raises(ValueError):
        stopped.measure(Surgery())
    meter = DamageMeter(model.network, x, labels)
    assert meter.measure(Surgery(noise_percent=10), cancelled=lambda: True) is None
    assert meter.measure(Surgery(noise_percent=10)) is not None
