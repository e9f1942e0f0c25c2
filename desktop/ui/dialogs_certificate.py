"""同意証明書: a printable consent certificate (PDF) for one address, from the contact's detail.

The PDF is drawn by Qt's printing (``QTextDocument`` on a ``QPdfWriter``) with a Japanese font, so
the font is embedded in the file; the service gathers the facts (role check, audit, one-step
publish, the pending-export record). Times are office (Japan) time, ``yyyy/MM/dd HH:mm``.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.consent import ContactStatus, EventKind, Outcome
from desktop.domain.errors import QT_TRANSLATE_NOOP
from desktop.services import certificate
from desktop.services.certificate import Certificate, Purpose
from desktop.services.errors import PermissionDenied
from desktop.services.session import Session
from desktop.ui import msgbox, theme
from desktop.ui.dates import day_text, local_time
from desktop.ui.login import with_fresh_proof
from desktop.ui.text import error_text, fill

# Latin letters and digits from a Latin font first: the CJK fonts' shaped digits can lose their text mapping in
# the PDF, and the hashes must copy and search exactly; Japanese comes from the first Japanese font found.
LATIN_FAMILIES = ["Segoe UI", "Arial", "DejaVu Sans", "Liberation Sans", "Noto Sans"]
JAPANESE_FAMILIES = ["Yu Gothic", "Meiryo", "MS Gothic", "Hiragino Sans", "Noto Sans CJK JP", "Noto Serif CJK JP",
                     "IPAexGothic", "IPAGothic", "TakaoGothic", "VL Gothic"]


# The certificate's texts, marked for lupdate (translated by _tr in context "Certificate").
_TEXTS = (
    QT_TRANSLATE_NOOP("Certificate", "Yes"),
    QT_TRANSLATE_NOOP("Certificate", "No"),
    QT_TRANSLATE_NOOP("Certificate", "Office"),
    QT_TRANSLATE_NOOP("Certificate", "Address"),
    QT_TRANSLATE_NOOP("Certificate", "Name"),
    QT_TRANSLATE_NOOP("Certificate", "Purpose"),
    QT_TRANSLATE_NOOP("Certificate", "Current state"),
    QT_TRANSLATE_NOOP("Certificate", "On the send list"),
    QT_TRANSLATE_NOOP("Certificate", "Keep the record until"),
    QT_TRANSLATE_NOOP("Certificate", "Issued"),
    QT_TRANSLATE_NOOP("Certificate", "%1 by %2"),
    QT_TRANSLATE_NOOP("Certificate", "Consent certificate"),
    QT_TRANSLATE_NOOP("Certificate", "All times are Japan time (yyyy/MM/dd HH:mm)."),
    QT_TRANSLATE_NOOP("Certificate", "Consent records"),
    QT_TRANSLATE_NOOP("Certificate", "No consent was recorded."),
    QT_TRANSLATE_NOOP("Certificate", "Time"),
    QT_TRANSLATE_NOOP("Certificate", "Record"),
    QT_TRANSLATE_NOOP("Certificate", "(corrected later)"),
    QT_TRANSLATE_NOOP("Certificate", "Channel"),
    QT_TRANSLATE_NOOP("Certificate", "Opt-in"),
    QT_TRANSLATE_NOOP("Certificate", "Advisor"),
    QT_TRANSLATE_NOOP("Certificate", "Opt-in box ticked"),
    QT_TRANSLATE_NOOP("Certificate", "Notice given"),
    QT_TRANSLATE_NOOP("Certificate", "Imported from a file"),
    QT_TRANSLATE_NOOP("Certificate", "Script or notice version"),
    QT_TRANSLATE_NOOP("Certificate", "SHA-256 of the text"),
    QT_TRANSLATE_NOOP("Certificate", "Record %1"),
    QT_TRANSLATE_NOOP("Certificate", "The exact text"),
    QT_TRANSLATE_NOOP("Certificate", "Unsubscribes, complaints and bounces"),
    QT_TRANSLATE_NOOP("Certificate", "None."),
    QT_TRANSLATE_NOOP("Certificate", "What"),
    QT_TRANSLATE_NOOP("Certificate", "Recorded by"),
    QT_TRANSLATE_NOOP("Certificate", "Unsubscribe requests"),
    QT_TRANSLATE_NOOP("Certificate", "not processed yet"),
    QT_TRANSLATE_NOOP("Certificate", "Received %1 (%2), processed %3"),
)


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text) if context else text


def _tr(text: str) -> str:
    return QCoreApplication.translate("Certificate", text)


def _e(text: object) -> str:
    return html.escape(str(text) if text is not None else "")


def _yes_no(value: bool | None) -> str:
    if value is None:
        return "—"
    return _tr("Yes") if value else _tr("No")


def _kind(value: str) -> str:
    try:
        return _t("EventKind", EventKind(value).label)
    except ValueError:
        return value


def _outcome(value: str | None) -> str:
    try:
        return _t("Outcome", Outcome(value).label) if value else "—"
    except ValueError:
        return value or "—"


def _channel(value: str | None) -> str:
    context, text = certificate.channel_label(value)
    return _t(context, text) if text else "—"


def certificate_html(cert: Certificate) -> str:
    """The certificate as HTML for QTextDocument (every value escaped)."""
    rows = [
        (_tr("Office"), cert.office_name),
        (_tr("Address"), cert.address),
        (_tr("Name"), cert.name or "—"),
        (_tr("Purpose"), _tr(cert.purpose.label)),
        (_tr("Current state"), _t("ContactStatus", ContactStatus(cert.status).label)),
        (_tr("On the send list"), _yes_no(cert.eligible)),
        (_tr("Keep the record until"), day_text(cert.retain_until) or "—"),
        (_tr("Issued"), fill(_tr("%1 by %2"), local_time(cert.made_at), cert.made_by)),
    ]
    out = [f"<h1>{_e(_tr('Consent certificate'))}</h1>",
           f"<p>{_e(_tr('All times are Japan time (yyyy/MM/dd HH:mm).'))}</p>",
           "<table border='1' cellspacing='0' cellpadding='4' width='100%'>"]
    out += [f"<tr><th align='left' width='30%'>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in rows]
    out.append("</table>")
    if cert.retention_basis:
        out.append(f"<p>{_e(_t('Retention', cert.retention_basis))}</p>")
    out.append(f"<h2>{_e(_tr('Consent records'))}</h2>")
    if not cert.captures:
        out.append(f"<p>{_e(_tr('No consent was recorded.'))}</p>")
    for i, c in enumerate(cert.captures, 1):
        facts = [
            (_tr("Time"), local_time(c.at)),
            (_tr("Record"), _kind(c.kind) + (" " + _tr("(corrected later)") if c.superseded else "")),
            (_tr("Channel"), _channel(c.channel)),
            (_tr("Opt-in"), _outcome(c.outcome)),
            (_tr("Advisor"), c.advisor or "—"),
            (_tr("Opt-in box ticked"), _yes_no(c.opt_in_checked)),
            (_tr("Notice given"), _yes_no(c.notice_given)),
            (_tr("Imported from a file"), _yes_no(c.imported)),
            (_tr("Script or notice version"), c.script_version or "—"),
            (_tr("SHA-256 of the text"), c.script_hash or "—"),
        ]
        out.append(f"<h3>{_e(fill(_tr('Record %1'), i))}</h3>")
        out.append("<table border='1' cellspacing='0' cellpadding='4' width='100%'>")
        out += [f"<tr><th align='left' width='30%'>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in facts]
        out.append("</table>")
        if c.script_text:
            out.append(f"<p><b>{_e(_tr('The exact text'))}</b></p>")
            out.append("<p style='white-space: pre-wrap'>" + _e(c.script_text).replace("\n", "<br/>") + "</p>")
    out.append(f"<h2>{_e(_tr('Unsubscribes, complaints and bounces'))}</h2>")
    if not cert.stops and not cert.requests:
        out.append(f"<p>{_e(_tr('None.'))}</p>")
    if cert.stops:
        out.append("<table border='1' cellspacing='0' cellpadding='4' width='100%'>")
        out.append(f"<tr><th>{_e(_tr('Time'))}</th><th>{_e(_tr('What'))}</th><th>{_e(_tr('Channel'))}</th>"
                   f"<th>{_e(_tr('Recorded by'))}</th></tr>")
        out += [f"<tr><td>{_e(local_time(s.at))}</td><td>{_e(_kind(s.kind))}</td><td>{_e(_channel(s.channel))}</td>"
                f"<td>{_e(s.advisor or '—')}</td></tr>" for s in cert.stops]
        out.append("</table>")
    if cert.requests:
        out.append(f"<p><b>{_e(_tr('Unsubscribe requests'))}</b></p><ul>")
        for r in cert.requests:
            done = local_time(r.done_at) if r.done_at else _tr("not processed yet")
            out.append("<li>" + _e(fill(_tr("Received %1 (%2), processed %3"), day_text(r.received_on),
                                        _channel(r.channel), done)) + "</li>")
        out.append("</ul>")
    return "\n".join(out)


def render_pdf(cert: Certificate) -> bytes:
    """The certificate as an A4 PDF through Qt's printing (the Japanese font is embedded)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(_tr("Consent certificate"))
    writer.setCreator("Madoguchi")
    doc = QTextDocument()
    font = QFont()
    font.setFamilies(LATIN_FAMILIES + JAPANESE_FAMILIES)
    font.setPointSize(10)
    for tag in ("liga", "clig", "dlig"):  # "ff" in a hash must stay two letters when copied
        font.setFeature(QFont.Tag(tag), 0)
    doc.setDefaultFont(font)
    doc.setHtml(certificate_html(cert))
    doc.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size().toSizeF())
    doc.print_(writer)
    del writer  # finishes the PDF
    buffer.close()
    return bytes(data.data())


def allowed_purposes(session: Session) -> list[Purpose]:
    return [p for p in Purpose if session.can(certificate.ACTIONS[p])]


def open_for_contact(parent: QWidget, session: Session, detail: Any) -> CertificateDialog | None:
    """Open the dialog for the contact shown in the detail panel (``ContactDetail`` or None)."""
    view = getattr(detail, "view", None)
    if view is None or view.address is None:
        msgbox.info(parent, QCoreApplication.translate("Certificate", "Consent certificate"),
                    QCoreApplication.translate("Certificate", "Select a contact first."))
        return None
    if not allowed_purposes(session):
        msgbox.error(parent, QCoreApplication.translate("Certificate", "Consent certificate"),
                     error_text(PermissionDenied()))
        return None
    dialog = CertificateDialog(session, view.contact_id, parent)
    dialog.open()
    return dialog


def open_for_inquiry(parent: QWidget, session: Session, contact_id: int) -> CertificateDialog | None:
    """Open the dialog from a disclosure request (A6): the certificate of the request's address, for an inquiry."""
    if Purpose.INQUIRY not in allowed_purposes(session):
        msgbox.error(parent, QCoreApplication.translate("Certificate", "Consent certificate"),
                     error_text(PermissionDenied()))
        return None
    dialog = CertificateDialog(session, contact_id, parent, purpose=Purpose.INQUIRY)
    dialog.open()
    return dialog


class CertificateDialog(QDialog):
    """Choose the purpose, then save the PDF (a fresh password proof is asked for)."""

    def __init__(self, session: Session, contact_id: int, parent: QWidget | None = None, *,
                 purpose: Purpose | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("certificateDialog")
        self.setWindowTitle(self.tr("Consent certificate"))
        self.setMinimumWidth(520)  # the note reads as a paragraph, not a column
        self.session = session
        self.contact_id = contact_id
        self.result_: certificate.CertificateResult | None = None
        self.purpose = QComboBox()
        self.purpose.setObjectName("certificatePurpose")
        for p in allowed_purposes(session):
            self.purpose.addItem(QCoreApplication.translate("Certificate", p.label), p.value)
        if purpose is not None:  # fixed by where the dialog was opened from (a disclosure request: an inquiry)
            self.purpose.setCurrentIndex(self.purpose.findData(purpose.value))
            self.purpose.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("For:"), self.purpose)
        note = QLabel(self.tr("The certificate lists every consent record with its time, channel, advisor and the "
                              "exact text with its SHA-256, the unsubscribes and bounces, and the date until which "
                              "the record is kept. The PDF is not encrypted: hand it only to the person concerned "
                              "or to the inquirer."))
        note.setWordWrap(True)
        theme.set_role(note, "hint")
        self.status = QLabel()
        self.status.setObjectName("certificateStatus")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("certificateSave")
        self.save_button.clicked.connect(self.choose_file)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    def current_purpose(self) -> Purpose:
        return Purpose(self.purpose.currentData())

    def choose_file(self) -> None:
        suggested = f"同意証明書_{self.contact_id}.pdf"  # the id, never the address or name
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the consent certificate"), suggested,
                                              self.tr("PDF files (*.pdf)"))
        if name:
            with_fresh_proof(self.session, self, lambda: self.save(Path(name)))

    def save(self, out: Path) -> None:
        try:
            self.result_ = certificate.write(self.session, self.contact_id, self.current_purpose(), out, render_pdf)
        except Exception as exc:  # noqa: BLE001 - shown
            theme.set_role(self.status, "error")
            self.status.setText(error_text(exc))
            return
        theme.set_role(self.status, "ok-strong")
        self.status.setText(fill(self.tr("Saved to %1. SHA-256: %2"), str(out), self.result_.sha256))
