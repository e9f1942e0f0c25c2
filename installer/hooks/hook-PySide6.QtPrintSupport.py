"""Madoguchi's override of PyInstaller's hook for this PySide6 module (``installer/hooks``).

Collects the module as PyInstaller's own hook does, then drops the Qt plugins and translations that
``installer/madoguchi.spec`` does not want (its ``hooksconfig["PySide6"]["madoguchi_keep"]``), before
PyInstaller analyses them: so the libraries those plugins link (GTK, Wayland, QtQuick, QtSvg ...) are
not pulled into the bundle either.
"""

from PyInstaller.utils.hooks import get_hook_config
from PyInstaller.utils.hooks.qt import add_qt6_dependencies


def hook(hook_api):
    hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
    keep = get_hook_config(hook_api, "PySide6", "madoguchi_keep") or (lambda dest: True)

    def wanted(entry):
        src, dest_dir = entry
        return keep(f"{dest_dir}/{src.replace(chr(92), '/').rsplit('/', 1)[-1]}")

    hook_api.add_imports(*hiddenimports)
    hook_api.add_binaries([entry for entry in binaries if wanted(entry)])
    hook_api.add_datas([entry for entry in datas if wanted(entry)])
