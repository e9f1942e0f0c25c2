"""Madoguchi's override of the contributed phonenumbers hook (``installer/hooks``).

phonenumbers loads its per-region metadata by name, so its data modules are hidden imports. The app
only matches and formats numbers: the geocoder, carrier and time-zone tables (about 40 MB of Python
modules) are left out.
"""

from PyInstaller.utils.hooks import collect_submodules

_UNUSED = ("phonenumbers.geocoder", "phonenumbers.geodata", "phonenumbers.carrier",
           "phonenumbers.carrierdata", "phonenumbers.timezone", "phonenumbers.tzdata")

hiddenimports = collect_submodules(
    "phonenumbers", filter=lambda name: not any(name == u or name.startswith(u + ".") for u in _UNUSED))
