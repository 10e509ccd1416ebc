"""Dialogs: create/edit forms for each record, pickers, and the crash dialog."""
