"""The office server's certificates: an office CA and a server certificate signed by it (issue 18).

The app connects to the office PostgreSQL server with ``sslmode=verify-full``: the server must show a
certificate for the host name the app dials, signed by the office CA whose certificate every PC holds.
An office that has its own CA brings its own files; this module makes them for the others.

Keys are EC P-256. "now" is passed in (the office clock); nothing here reads the wall clock.
"""

from __future__ import annotations

import ipaddress
import os
from datetime import datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from desktop.fileio import atomic_write

# a certificate is valid from a little before "now", so a PC whose clock runs a few minutes behind
# the machine that made it still accepts it
BACKDATE = timedelta(minutes=5)


def _new_key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def _key_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def make_office_ca(office_name: str, *, now: datetime, days: int = 3650) -> tuple[bytes, bytes]:
    """A new office CA: (certificate PEM, private key PEM). It signs server certificates only."""
    key = _new_key()
    name = x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, f"{office_name} office CA"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, office_name),
    ])
    public = key.public_key()
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - BACKDATE)
        .not_valid_after(now + timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=False, content_commitment=False, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=True, crl_sign=True,
            encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .sign(key, hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.PEM), _key_pem(key)


def _san_entry(host: str) -> x509.GeneralName:
    try:
        return x509.IPAddress(ipaddress.ip_address(host))
    except ValueError:
        return x509.DNSName(host)


def make_server_cert(ca_cert_pem: bytes, ca_key_pem: bytes, hostnames: list[str], *, now: datetime,
                     days: int = 825) -> tuple[bytes, bytes]:
    """A server certificate for ``hostnames`` (DNS names and IP addresses) signed by the office CA:
    (certificate PEM, private key PEM). The first name is also the common name."""
    names = [h.strip() for h in hostnames if h.strip()]
    if not names:
        raise ValueError("a server certificate needs at least one host name")
    ca_cert = x509.load_pem_x509_certificate(ca_cert_pem)
    ca_key = serialization.load_pem_private_key(ca_key_pem, password=None)
    if not isinstance(ca_key, ec.EllipticCurvePrivateKey):
        raise ValueError("the office CA key is not an EC key")
    key = _new_key()
    public = key.public_key()
    ca_ski = ca_cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, names[0])]))
        .issuer_name(ca_cert.subject)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - BACKDATE)
        .not_valid_after(now + timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=False, key_encipherment=False,
            data_encipherment=False, key_agreement=True, key_cert_sign=False, crl_sign=False,
            encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectAlternativeName([_san_entry(h) for h in names]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.PEM), _key_pem(key)


def write_private(path: Path, data: bytes) -> None:
    """Write a key (or any secret) so that only its owner can read it: 0600, replaced atomically."""
    path = Path(path)
    atomic_write(path, data, mode=0o600)
    if os.name == "posix":
        os.chmod(path, 0o600)  # a temp file left by an earlier crash could have kept wider rights


def fingerprint(cert_pem: bytes) -> str:
    """SHA-256 of the certificate (DER), as colon-separated hex: for an admin to compare by eye."""
    digest = x509.load_pem_x509_certificate(cert_pem).fingerprint(hashes.SHA256())
    return ":".join(f"{b:02X}" for b in digest)
