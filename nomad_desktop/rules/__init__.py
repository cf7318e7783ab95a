"""Booking rules: which rule applies to a space, the site's calendar, and the checks of a request.

Pure functions over plain values (no session), so the same checks serve booking, "why not?"
answers, availability searches and property tests.
"""
