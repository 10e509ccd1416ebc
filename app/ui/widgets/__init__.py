"""Small reusable widgets: debounced search, choice combos, optional dates, forms with field errors."""
