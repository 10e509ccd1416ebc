"""The exchange history's direction words, in Chinese and in English (app.services.language)."""

DIRECTION_LABELS = {True: "发出", False: "收到"}  # sent?
# The list's words in English, for an interface shown in English.
DIRECTION_ENGLISH = {"发出": "Sent", "收到": "Received", "本机": "This computer"}
