"""Reading the mailbox offline: sources -> prefilter -> parse -> classify -> extract -> link.

Nothing here sends mail anywhere. See ``model.py`` for the records passed between the stages.
"""
