"""One module per printed document; each turns its data into a `Composed` story."""
