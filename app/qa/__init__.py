"""Quality checks beside names: numbers, punctuation, quotes, untranslated, consistency,
spelling (issue 11). Qt-free."""
