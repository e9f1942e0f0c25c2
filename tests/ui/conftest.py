from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _english(qapp):  # type: ignore[no-untyped-def]
    """UI tests assert on the English source strings unless a test installs Japanese itself."""
    yield
