"""The domain operations the command line and the web UI both call.

Services work inside the caller's session and never commit: the caller (a CLI command, a
view) commits once, so each operation is all-or-nothing.
"""
