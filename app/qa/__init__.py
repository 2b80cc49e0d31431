"""Quality checks beside names (issue 11): numbers, punctuation, quotes, untranslated, scripts,
addresses, consistency, spelling. Qt-free; each check is a function registered in
``app.qa.registry``, findings share the shape of name flags (``app.qa.findings``)."""
