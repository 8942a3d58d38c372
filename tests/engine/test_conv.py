"""Convolution and pooling: results against direct loops, gradients against central differences."""

import numpy as np
import pytest
from threadpoolctl import threadpool_limits

from playground.engine.fast import conv, threads
from playground.engine.central_differences import numerical_gradient
from playground.engine.fast.conv import Convolution, col2im, im2col
from playground.engine.errors import SpecError
from playground.engine.fast.network import Network
from playground.engine.fast.pooling import Pooling
from playground.engine.spatial import conv_output_size


@pytest.fixture(autouse=True)
def single_blas_thread():
    """Thousands of tiny products: a second BLAS thread only adds hand-off latency, badly so on a busy machine."""
    with threadpool_limits(limits=1, user_api="blas"):
        yield


def direct_convolution(x, w, b, stride, pad):
    """Textbook convolution (cross-correlation) by explicit loops over output pixels."""
    n, c, h, wd = x.shape
    fn, _, fh, fw = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    oh, ow = conv_output_size(h, fh, stride, pad), conv_output_size(wd, fw, stride, pad)
    out = np.zeros((n, fn, oh, ow))
    for i in range(oh):
        for j in range(ow):
            patch = xp[:, :, i * stride:i * stride + fh, j * stride:j * stride + fw]
            out[:, :, i, j] = np.tensordot(patch, w, axes=([1, 2, 3], [1, 2, 3])) + b
    return out


def direct_pooling(x, size, stride, pad, mode):
    n, c, h, w = x.shape
    fill = -np.inf if mode == "max" else 0.0
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)), constant_values=fill)
    oh, ow = conv_output_size(h, size, stride, pad), conv_output_size(w, size, stride, pad)
    out = np.zeros((n, c, oh, ow))
    for i in range(oh):
        for j in range(ow):
            window = xp[:, :, i * stride:i * stride + size, j * stride:j * stride + size]
            out[:, :, i, j] = window.max(axis=(2, 3)) if mode == "max" else window.mean(axis=(2, 3))
    return out


def layer_gradients(layer, x, rng):
    """Analytic and numerical gradients of sum(forward(x) * R) for the input and every parameter."""
    layer.needs_input_grad = True
    weights = rng.normal(size=layer.output_shape(x.shape[1:]))

    def objective():
        return float(np.sum(layer.forward(x) * weights))

    layer.forward(x)
    dx = layer.backward(np.broadcast_to(weights, (x.shape[0], *weights.shape)).copy())
    pairs = {"x": (dx, numerical_gradient(objective, x))}
    analytic = {name: g.copy() for name, g in layer.grads.items()}
    for name, p in layer.params.items():
        pairs[name] = (analytic[name], numerical_gradient(objective, p))
    return pairs


def assert_close_gradients(pairs, tol=1e-7):
    for name, (analytic, numeric) in pairs.items():
        scale = max(1.0, np.max(np.abs(numeric)))
        assert np.max(np.abs(analytic - numeric)) / scale < tol, name


CONV_CASES = [  # (C, H, W, filters, kernel, stride, pad)
    (1, 6, 6, 2, 3, 1, 0),
    (3, 7, 6, 4, 3, 2, 1),
    (2, 5, 5, 3, 3, 1, 1),
    (3, 8, 7, 2, (2, 3), 2, 0),
    (2, 6, 6, 3, 5, 1, 2),
]


@pytest.mark.parametrize("c, h, w, filters, kernel, stride, pad", CONV_CASES)
def test_convolution_matches_direct_loops(c, h, w, filters, kernel, stride, pad):
    rng = np.random.default_rng(1)
    layer = Convolution((c, h, w), filters, kernel, rng, np.float64, stride, pad)
    layer.params["b"][...] = rng.normal(size=filters)
    x = rng.normal(size=(3, c, h, w))
    out = layer.forward(x)
    expected = direct_convolution(x, layer.params["W"], layer.params["b"], stride, pad)
    assert out.shape == (3, *layer.output_shape((c, h, w))) == expected.shape
    np.testing.assert_allclose(out, expected, rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize("c, h, w, filters, kernel, stride, pad", CONV_CASES)
def test_convolution_gradients(c, h, w, filters, kernel, stride, pad):
    rng = np.random.default_rng(2)
    layer = Convolution((c, h, w), filters, kernel, rng, np.float64, stride, pad)
    assert_close_gradients(layer_gradients(layer, rng.normal(size=(2, c, h, w)), rng))


@pytest.mark.parametrize("train", [True, False])
@pytest.mark.parametrize("tile_bytes", [2 * 19 * 6 * 5 * 8, 4 * 19 * 5 * 8])  # two rows; pieces of a row
def test_tiles_of_the_output_grid_give_the_same_outputs_and_gradients(monkeypatch, train, tile_bytes):
    rng = np.random.default_rng(8)
    layer = Convolution((2, 6, 6), 3, 3, rng, np.float64, 1, 1)
    layer.needs_input_grad = True
    x, dout = rng.normal(size=(5, 2, 6, 6)), rng.normal(size=(5, 3, 6, 6))
    whole = layer.forward(x, train=train).copy()
    dx_whole, dw_whole, db_whole = layer.backward(dout).copy(), layer.grads["W"].copy(), layer.grads["b"].copy()
    monkeypatch.setattr(conv, "TILE_BYTES", tile_bytes)
    np.testing.assert_allclose(layer.forward(x, train=train), whole, rtol=1e-12)
    # Saliency maps take the backward pass after an evaluation-mode forward pass.
    np.testing.assert_allclose(layer.backward(dout), dx_whole, rtol=1e-12)
    np.testing.assert_allclose(layer.grads["W"], dw_whole, rtol=1e-12)
    np.testing.assert_allclose(layer.grads["b"], db_whole, rtol=1e-12)


def test_tiles_split_over_threads_give_the_same_outputs_and_gradients(monkeypatch):
    rng = np.random.default_rng(10)
    layer = Convolution((3, 9, 9), 4, 3, rng, np.float64, 1, 1)
    layer.needs_input_grad = True
    x, dout = rng.normal(size=(6, 3, 9, 9)), rng.normal(size=(6, 4, 9, 9))
    monkeypatch.setattr(conv, "TILE_BYTES", 28 * 5 * 6 * 8)  # pieces of five outputs
    one = [layer.forward(x).copy(), layer.backward(dout).copy(), layer.grads["W"].copy(), layer.grads["b"].copy()]
    monkeypatch.setattr(conv, "blas_threads", lambda: 2)
    two = [layer.forward(x), layer.backward(dout), layer.grads["W"], layer.grads["b"]]
    for a, b in zip(one, two):
        np.testing.assert_allclose(a, b, rtol=1e-12)


def test_first_layer_skips_the_input_gradient_but_fills_weight_gradients():
    rng = np.random.default_rng(3)
    layer = Convolution((2, 5, 5), 3, 3, rng, np.float64)
    layer.needs_input_grad = False
    layer.forward(rng.normal(size=(2, 2, 5, 5)))
    assert layer.backward(rng.normal(size=(2, 3, 3, 3))) is None
    assert np.any(layer.grads["W"] != 0) and np.any(layer.grads["b"] != 0)


@pytest.mark.parametrize("kernel, stride, pad", [((3, 3), 1, 0), ((3, 3), 2, 1), ((2, 4), 1, 2), ((5, 5), 3, 1)])
def test_col2im_is_the_adjoint_of_im2col(kernel, stride, pad):
    rng = np.random.default_rng(4)
    x = rng.normal(size=(2, 3, 9, 8))
    cols = im2col(x, kernel, stride, pad)
    y = rng.normal(size=cols.shape)
    back = col2im(y, x.shape, kernel, stride, pad)
    assert back.shape == x.shape
    assert np.vdot(cols, y) == pytest.approx(np.vdot(x, back), rel=1e-12)


def test_im2col_columns_are_the_receptive_fields():
    x = np.arange(2 * 2 * 4 * 4, dtype=np.float64).reshape(2, 2, 4, 4)
    cols = im2col(x, (3, 3), stride=1, pad=1)
    assert cols.shape == (2 * 3 * 3, 2 * 4 * 4)
    # Columns run (output row, output column, sample): column 2*(4*1 + 2) + 1 is sample 1 at
    # output (1, 2), the 3x3 window centred on that pixel.
    expected = np.pad(x[1], ((0, 0), (1, 1), (1, 1)))[:, 1:4, 2:5].reshape(-1)
    np.testing.assert_array_equal(cols[:, 2 * (4 * 1 + 2) + 1], expected)


POOL_CASES = [("max", 2, 2, 0), ("max", 3, 1, 1), ("max", 2, 1, 0), ("max", 3, 2, 1),
              ("avg", 2, 2, 0), ("avg", 3, 1, 1), ("avg", 3, 2, 1)]


@pytest.mark.parametrize("mode, size, stride, pad", POOL_CASES)
def test_pooling_matches_direct_loops(mode, size, stride, pad):
    rng = np.random.default_rng(5)
    layer = Pooling((3, 7, 6), size, mode, stride, pad)
    x = rng.normal(size=(2, 3, 7, 6))
    out = layer.forward(x)
    assert out.shape == (2, *layer.output_shape((3, 7, 6)))
    np.testing.assert_allclose(out, direct_pooling(x, size, stride, pad, mode), rtol=1e-12)


@pytest.mark.parametrize("mode, size, stride, pad", POOL_CASES)
def test_pooling_gradients(mode, size, stride, pad):
    rng = np.random.default_rng(6)
    layer = Pooling((2, 6, 5), size, mode, stride, pad)
    # Distinct values: a numerical derivative is meaningless at a tie between two maxima.
    x = rng.permutation(2 * 2 * 6 * 5).reshape(2, 2, 6, 5) / 10.0
    assert_close_gradients(layer_gradients(layer, x, rng))


@pytest.mark.parametrize("mode, train", [("max", True), ("max", False), ("avg", True)])
def test_pooling_in_channel_groups_over_threads_gives_the_same_results(monkeypatch, mode, train):
    rng = np.random.default_rng(11)
    layer = Pooling((5, 6, 7), 2, mode)
    x, dout = rng.normal(size=(3, 5, 6, 7)), rng.normal(size=(3, 5, 3, 3))
    x[:, :, :2] = 0.5  # ties
    whole = [layer.forward(x, train=train).copy(), layer.backward(dout).copy()]
    monkeypatch.setattr(threads, "GROUP_BYTES", 2 * 3 * 6 * 7 * 8)  # two channels per group
    monkeypatch.setattr(threads, "blas_threads", lambda: 2)
    np.testing.assert_array_equal(layer.forward(x, train=train), whole[0])
    np.testing.assert_array_equal(layer.backward(dout), whole[1])


def test_max_pool_sends_each_gradient_to_one_input_even_with_ties():
    layer = Pooling((2, 6, 6), 2, "max")
    layer.forward(np.zeros((3, 2, 6, 6)))  # a blank image: every window is a four-way tie
    dx = layer.backward(np.ones((3, 2, 3, 3)))
    windows = dx.reshape(3, 2, 3, 2, 3, 2)
    np.testing.assert_array_equal(windows.sum(axis=(3, 5)), 1.0)
    np.testing.assert_array_equal(np.count_nonzero(windows, axis=(3, 5)), 1)


def test_overlapping_max_pool_with_ties_passes_the_total_gradient_through():
    layer = Pooling((1, 5, 5), 3, "max", stride=1, pad=1)
    layer.forward(np.zeros((1, 1, 5, 5)))
    dout = np.arange(25, dtype=np.float64).reshape(1, 1, 5, 5)
    assert layer.backward(dout).sum() == pytest.approx(dout.sum())


def test_max_pool_never_picks_the_padding():
    layer = Pooling((1, 4, 4), 3, "max", stride=2, pad=1)
    out = layer.forward(np.full((1, 1, 4, 4), -5.0))
    np.testing.assert_array_equal(out, -5.0)


def test_layers_give_the_same_results_for_any_memory_layout():
    rng = np.random.default_rng(7)
    x = rng.normal(size=(3, 2, 6, 6))
    layouts = [np.ascontiguousarray(x.transpose(*order)).transpose(np.argsort(order))
               for order in [(1, 0, 2, 3), (1, 2, 3, 0)]]  # channel-major, batch-last
    for layer in (Convolution((2, 6, 6), 3, 3, rng, np.float64, 1, 1), Pooling((2, 6, 6), 2, "max")):
        layer.needs_input_grad = True
        dout = rng.normal(size=(3, *layer.output_shape((2, 6, 6))))
        out_plain, dx_plain = layer.forward(x).copy(), layer.backward(dout).copy()
        for laid_out in layouts:
            np.testing.assert_allclose(layer.forward(laid_out), out_plain, rtol=1e-12)
            np.testing.assert_allclose(layer.backward(dout), dx_plain, rtol=1e-12)


def test_network_with_conv_layers_round_trips_its_spec_and_state():
    spec = {"input_shape": [1, 8, 8],
            "layers": [{"type": "conv", "filters": 4, "kernel": 3, "pad": 1}, {"type": "relu"},
                       {"type": "pool", "mode": "max", "size": 2}, {"type": "flatten"},
                       {"type": "affine", "units": 3}],
            "loss": {"type": "softmax-cross-entropy"}}
    net = Network(spec, seed=3)
    assert sorted(net.params) == ["W1", "W2", "b1", "b2"]
    assert net.params["W1"].shape == (4, 1, 3, 3) and net.params["W2"].shape == (64, 3)
    twin = Network(net.spec(), seed=99)
    twin.load_state(net.state())
    x = np.random.default_rng(0).random((5, 1, 8, 8), dtype=np.float32)
    np.testing.assert_array_equal(net.predict(x), twin.predict(x))
    assert net.predict(x).dtype == np.float32


@pytest.mark.parametrize("layer_spec, message", [
    ({"type": "conv", "filters": 4}, "missing"),
    ({"type": "conv", "filters": 4, "kernel": 3, "padding": 1}, "unknown"),
    ({"type": "conv", "filters": 4, "kernel": 9}, "does not fit"),
    ({"type": "conv", "filters": 0, "kernel": 3}, "filters"),
    ({"type": "conv", "filters": 4, "kernel": 3, "stride": 0}, "stride"),
    ({"type": "pool", "mode": "median", "size": 2}, "mode"),
    ({"type": "pool", "size": 2, "pad": 2}, "pad"),
])
def test_bad_specs_raise_one_clear_error(layer_spec, message):
    spec = {"input_shape": [1, 6, 6], "layers": [layer_spec, {"type": "flatten"}],
            "loss": {"type": "softmax-cross-entropy"}}
    with pytest.raises(SpecError, match=message):
        Network(spec)


def test_conv_needs_image_input():
    with pytest.raises(SpecError, match="image input"):
        Network({"input_shape": [784], "layers": [{"type": "conv", "filters": 2, "kernel": 3}],
                 "loss": {"type": "softmax-cross-entropy"}})


def test_saliency_through_conv_and_pool_matches_central_differences():
    spec = {"input_shape": [2, 6, 6],
            "layers": [{"type": "conv", "filters": 3, "kernel": 3, "pad": 1}, {"type": "relu"},
                       {"type": "pool", "mode": "max", "size": 2}, {"type": "conv", "filters": 4, "kernel": 2},
                       {"type": "relu"}, {"type": "flatten"}, {"type": "affine", "units": 3}],
            "loss": {"type": "softmax-cross-entropy"}}
    net = Network(spec, seed=4, dtype=np.float64)
    rng = np.random.default_rng(10)
    for name in ("b1", "b2"):
        net.params[name][...] = rng.normal(0.0, 0.1, net.params[name].shape)
    x = rng.normal(size=(2, 2, 6, 6))
    saliency = net.input_gradient(x, target_class=1)
    numeric = numerical_gradient(lambda: float(net.predict(x)[:, 1].sum()), x)
    np.testing.assert_allclose(saliency, numeric, atol=1e-7)


def assert_run_order_changes_nothing(net, x, labels):
    """The network's own pass (reordered, fused steps) against its layers one at a time, in the
    order the spec lists them: the same loss and the same gradients."""
    loss = net.gradient(x, labels)
    fast = {name: g.copy() for name, g in net.grads.items()}
    out = x
    for layer in net.layers:
        out = layer.forward(out, train=True)
    assert net.loss_layer.forward(out, labels) == pytest.approx(loss, rel=1e-12)
    dout = net.loss_layer.backward()
    for layer in reversed(net.layers):
        dout = layer.backward(dout)
    for name, g in net.grads.items():
        np.testing.assert_allclose(fast[name], g, rtol=1e-10, atol=1e-14)


@pytest.mark.parametrize("around", [
    [{"type": "relu"}, {"type": "pool", "mode": "max", "size": 2}],  # the ReLU moves after the pooling
    [{"type": "pool", "mode": "avg", "size": 2}, {"type": "relu"}],
    [{"type": "pool", "mode": "max", "size": 3, "stride": 2}, {"type": "relu"}],
    [{"type": "pool", "mode": "max", "size": 2, "pad": 1}, {"type": "relu"}]])
def test_pooling_and_its_relu_run_as_one_step_with_the_same_outputs_and_gradients(around):
    spec = {"input_shape": [2, 8, 8],
            "layers": [{"type": "conv", "filters": 4, "kernel": 3, "pad": 1}, *around, {"type": "flatten"},
                       {"type": "affine", "units": 3}],
            "loss": {"type": "softmax-cross-entropy"}}
    net = Network(spec, seed=4, dtype=np.float64)
    assert [step.kind for step in net.run_order] == ["conv", "pool+relu", "flatten", "affine"]
    rng = np.random.default_rng(9)
    x, labels = rng.normal(size=(5, 2, 8, 8)), rng.integers(0, 3, size=5)
    x[:, :, :4] = 0.0  # ties in blank regions, as in MNIST
    assert_run_order_changes_nothing(net, x, labels)


@pytest.mark.parametrize("stride", [1, 2])
def test_convolution_and_relu_run_as_one_step_with_the_same_outputs_and_gradients(stride):
    spec = {"input_shape": [2, 8, 8],
            "layers": [{"type": "conv", "filters": 3, "kernel": 3, "pad": 1}, {"type": "relu"},
                       {"type": "conv", "filters": 4, "kernel": 3, "pad": 1, "stride": stride}, {"type": "relu"},
                       {"type": "flatten"}, {"type": "affine", "units": 3}],
            "loss": {"type": "softmax-cross-entropy"}}
    net = Network(spec, seed=5, dtype=np.float64)
    assert [step.kind for step in net.run_order] == ["conv+relu", "conv+relu", "flatten", "affine"]
    rng = np.random.default_rng(12)
    x, labels = rng.normal(size=(4, 2, 8, 8)), rng.integers(0, 3, size=4)
    assert_run_order_changes_nothing(net, x, labels)


DIRECT_WRITES = {"input_shape": [2, 8, 8],
                 "layers": [{"type": "conv", "filters": 3, "kernel": 3, "pad": 1}, {"type": "relu"},
                            {"type": "conv", "filters": 4, "kernel": 3, "pad": 1},
                            {"type": "pool", "mode": "max", "size": 2}, {"type": "relu"},
                            {"type": "conv", "filters": 4, "kernel": 3, "pad": 1}, {"type": "relu"},
                            {"type": "flatten"}, {"type": "affine", "units": 3}],
                 "loss": {"type": "softmax-cross-entropy"}}


def test_steps_write_straight_into_the_padded_input_and_gradient_of_the_next_convolution():
    net = Network(DIRECT_WRITES, seed=7, dtype=np.float64)
    rng = np.random.default_rng(14)
    x, labels = rng.normal(size=(6, 2, 8, 8)), rng.integers(0, 3, size=6)
    assert_run_order_changes_nothing(net, x, labels)
    net.gradient(x, labels)
    first, second, third = (layer for layer in net.layers if isinstance(layer, Convolution))
    # The padding copies are gone: each output is the inside of the next convolution's input.
    assert np.shares_memory(first._out, second._padded)
    assert np.shares_memory(net.layers[3]._out, third._padded)
    # The pooling wrote its input gradient inside the array the second convolution's backward read.
    assert second._handed_gradient is None and "dout-padded" in second._workspace


def test_evaluation_and_input_gradients_match_the_layers_run_one_at_a_time():
    net = Network(DIRECT_WRITES, seed=8, dtype=np.float64)
    x = np.random.default_rng(15).normal(size=(3, 2, 8, 8))
    out = x
    for layer in net.layers:
        out = layer.forward(out, train=False)
    scores, dx = net.score_gradient(x, 1)
    np.testing.assert_allclose(scores, out, rtol=1e-12)
    dout = np.zeros_like(out)
    dout[:, 1] = 1.0
    net.layers[0].needs_input_grad = True
    for layer in reversed(net.layers):
        dout = layer.backward(dout)
    np.testing.assert_allclose(dx, dout, rtol=1e-10, atol=1e-14)


def test_single_images_read_one_after_another_match_a_batch_and_keep_their_scores():
    """Reading one image keeps its padded inputs and tile plans for the next reading: each
    reading must still be of its own image, and scores handed out earlier must not change."""
    net = Network(DIRECT_WRITES, seed=9, dtype=np.float64)
    x = np.random.default_rng(16).normal(size=(4, 2, 8, 8))
    batch = Network(DIRECT_WRITES, seed=9, dtype=np.float64).predict(x)
    readings = []
    for image in x:
        scores = net.predict(image[None])
        readings.append((scores, scores.copy()))
    for scores, as_returned in readings:
        np.testing.assert_array_equal(scores, as_returned)
    np.testing.assert_allclose(np.concatenate([scores for scores, _ in readings]), batch, rtol=1e-12)


def test_single_image_readings_between_training_steps_leave_the_steps_unchanged():
    rng = np.random.default_rng(17)
    x, labels = rng.normal(size=(6, 2, 8, 8)), rng.integers(0, 3, size=6)
    reading, plain = (Network(DIRECT_WRITES, seed=10, dtype=np.float64) for _ in range(2))
    for step in range(2):
        reading.predict(x[step:step + 1])
        losses = reading.gradient(x, labels), plain.gradient(x, labels)
        assert losses[0] == pytest.approx(losses[1], rel=1e-12)
        for name in plain.grads:
            np.testing.assert_allclose(reading.grads[name], plain.grads[name], rtol=1e-12, atol=1e-15)
