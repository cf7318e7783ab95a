"""Services: one function per user action, one unit of work each, plain data out.

Every change writes its outbox mutation in the same transaction (see `outbox.py`).
"""
