"""Pure business rules of Madoguchi.

Nothing here imports Qt, peewee or does I/O: functions take values and return values.
Messages meant for users are English source strings marked with :func:`QT_TRANSLATE_NOOP`
and are translated by the UI (``desktop/ui/errors.py``).
"""
