"""Parts of the Gates panel: perceptron editor, truth table, input-plane plot, learning controls."""
