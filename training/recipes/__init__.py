"""One module per ``sloika train`` recipe, each read top to bottom: setup, data, loop, save, evaluate."""
