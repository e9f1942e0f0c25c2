"""Madoguchi's override of PyInstaller's hook for this PySide6 module; the body is in ``_qt_common.py``."""

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location("_madoguchi_qt_common", Path(__file__).with_name("_qt_common.py"))
_common = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_common)


def hook(hook_api):
    _common.qt_hook(hook_api, __file__)
