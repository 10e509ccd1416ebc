"""One page per area of work; the main window lists them in `main_window.PAGES`."""
