"""Qt item models for the lists; they ask services for one page of rows at a time."""
