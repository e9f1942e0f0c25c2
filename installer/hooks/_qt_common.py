"""Shared body of Madoguchi's PySide6 hook overrides (``hook-PySide6.Qt*.py`` in this folder).

Collects a PySide6 module as PyInstaller's own hook does, then drops the Qt plugins and translations that
``installer/madoguchi.spec`` does not want (its ``hooksconfig["PySide6"]["madoguchi_keep"]``), before
PyInstaller analyses them: so the libraries those plugins link (GTK, Wayland, QtQuick, QtSvg ...) are
not pulled into the bundle either.
"""

from PyInstaller.utils.hooks import get_hook_config
from PyInstaller.utils.hooks.qt import add_qt6_dependencies


def qt_hook(hook_api, hook_file):
    """Run the hook for the PySide6 module named by ``hook_file`` (``hook-PySide6.<Module>.py``)."""
    hiddenimports, binaries, datas = add_qt6_dependencies(hook_file)
    keep = get_hook_config(hook_api, "PySide6", "madoguchi_keep") or (lambda dest: True)

    def wanted(entry):
        src, dest_dir = entry
        return keep(f"{dest_dir}/{src.replace(chr(92), '/').rsplit('/', 1)[-1]}")

    hook_api.add_imports(*hiddenimports)
    hook_api.add_binaries([entry for entry in binaries if wanted(entry)])
    hook_api.add_datas([entry for entry in datas if wanted(entry)])
