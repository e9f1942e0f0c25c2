"""What the phone screen shows under the address as it is typed: the normalised form, the problem,
a typo suggestion, a doubt about the carrier, warnings, and what is known about the address.

The texts keep the translation context of the page (``PhonePage``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from desktop.domain import addresses
from desktop.services import consent as consent_service
from desktop.ui import theme
from desktop.ui.consent_text import status_label, timeline_text
from desktop.ui.text import fill


def _address_text(text: str) -> str:
    """A message of the address rules, translated in the context it was marked in ("Address")."""
    return QCoreApplication.translate("Address", text)


def _show(label: QLabel, text: str) -> None:
    """Set a label's text and hide it while empty (no blank lines in the form)."""
    label.setText(text)
    label.setVisible(bool(text))


class AddressHelper(QWidget):
    """The lines under the address field; each is hidden while it has nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.normalised = QLabel()
        self.normalised.setObjectName("normalisedAddress")
        self.normalised.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem = QLabel()
        self.problem.setObjectName("addressProblem")
        self.problem.setWordWrap(True)
        theme.set_role(self.problem, "error")
        self.suggest = QPushButton()
        self.suggest.setObjectName("suggestButton")
        self.suggest.setStyleSheet("text-align: left;")
        self.suggest.hide()
        self.doubt = QLabel()
        self.doubt.setObjectName("domainDoubt")
        self.doubt.setWordWrap(True)
        theme.set_role(self.doubt, "warning")
        self.doubt_buttons = [QPushButton(), QPushButton()]
        for i, b in enumerate(self.doubt_buttons):
            b.setObjectName(f"doubtChoice{i}")
            b.hide()
        self.warnings = QLabel()
        self.warnings.setObjectName("addressWarnings")
        self.warnings.setWordWrap(True)
        theme.set_role(self.warnings, "warning")
        self.known_box = QLabel()
        self.known_box.setObjectName("knownAddress")
        self.known_box.setWordWrap(True)
        self.known_box.setTextFormat(Qt.TextFormat.PlainText)
        theme.set_role(self.known_box, "banner-info")
        self.known_box.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.normalised)
        layout.addWidget(self.problem)
        suggest_row = QHBoxLayout()
        suggest_row.addWidget(self.suggest)
        suggest_row.addWidget(self.doubt, 1)
        for b in self.doubt_buttons:
            suggest_row.addWidget(b)
        layout.addLayout(suggest_row)
        layout.addWidget(self.warnings)
        layout.addWidget(self.known_box)
        layout.addStretch(1)
        # the usual lines (the normalised form, a suggestion) have their room before they appear:
        # the fields below do not jump under the mouse while the address is typed
        self.normalised.setText(" ")
        self.suggest.setText(" ")
        self.normalised.show()
        self.suggest.show()
        self.setMinimumHeight(layout.sizeHint().height())
        self.normalised.hide()
        self.suggest.hide()
        for label in (self.normalised, self.problem, self.doubt, self.warnings, self.known_box):
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
            label.hide()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def show_check(self, check: addresses.AddressCheck | None) -> None:
        """Show what the address rules say about the address typed (``None``: nothing typed)."""
        self.suggest.hide()
        for b in self.doubt_buttons:
            b.hide()
        self.doubt.clear()
        if check is None:
            _show(self.normalised, "")
            _show(self.problem, "")
            _show(self.warnings, "")
        else:
            _show(self.normalised, fill(QCoreApplication.translate("PhonePage", "Will be saved as: %1"),
                                        check.normalised))
            _show(self.problem,
                  fill(_address_text(check.problem.message), *check.error_params) if check.problem else "")
            if check.suggestion is not None:
                self.suggest.setText(fill(QCoreApplication.translate("PhonePage", "Did you mean %1? (Alt+S)"),
                                          check.suggestion.address))
                self.suggest.show()
            if check.doubt is not None:
                self.doubt.setText(_address_text(check.doubt.explanation))
                for b, (choice, address) in zip(self.doubt_buttons, zip(check.doubt.choices, check.doubt.addresses,
                                                                         strict=False), strict=False):
                    b.setText(choice)
                    b.setToolTip(address)
                    b.show()
            notes = ([_address_text(w.message) for w in check.warnings]
                     + [_address_text(h.message) for h in check.hints])
            _show(self.warnings, "\n".join(notes))
        self.doubt.setVisible(bool(self.doubt.text()))

    def show_known(self, text: str | None, *, alert: bool = False) -> None:
        """Show what is known about the address (``None``: hide the box); ``alert`` when it needs care."""
        if text is None:
            self.known_box.hide()
            self.known_box.clear()
            return
        self.known_box.setText(text)
        theme.set_role(self.known_box, "banner-alert" if alert else "banner-info")
        self.known_box.show()


def known_text(known: consent_service.KnownAddress) -> str:
    """What is on record about an address: its status, the name, whether it must agree again, history."""
    lines: list[str] = []
    if known.erased:
        lines.append(QCoreApplication.translate(
            "PhonePage", "This address was deleted at the person's request. It can be added again only "
                         "with a new, explicit agreement now."))
    elif known.contact is not None:
        view = known.contact
        lines.append(fill(QCoreApplication.translate("PhonePage", "Known address: %1 — %2"), status_label(view.status),
                          QCoreApplication.translate("Eligibility", view.detail)))
        if known.other_spelling and view.address:
            lines.append(fill(QCoreApplication.translate(
                "PhonePage", "Same mailbox as the address on record: %1 (the provider ignores dots and "
                             "+tags). The entry is saved to that record."), view.address))
        if view.name:
            lines.append(fill(QCoreApplication.translate("PhonePage", "Name on record: %1"), view.name))
        if known.needs_explicit_agreement:
            lines.append(QCoreApplication.translate(
                "PhonePage", "This address refused or unsubscribed earlier. It joins the send list again "
                             "only if the caller now agrees explicitly."))
        for entry in list(known.history)[-5:]:
            lines.append("• " + timeline_text(entry).split("\n")[0])
    return "\n".join(lines)
