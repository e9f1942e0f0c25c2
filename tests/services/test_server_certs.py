"""The office CA and the server certificate it signs (issue 18): verified the way a TLS client does."""

from __future__ import annotations

import ipaddress
import os
import stat
from datetime import timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.x509.oid import ExtendedKeyUsageOID
from cryptography.x509.verification import PolicyBuilder, Store, VerificationError

from desktop.services.server_certs import fingerprint, make_office_ca, make_server_cert, write_private
from tests.conftest import CLOCK_START


@pytest.fixture(scope="module")
def office_ca() -> tuple[bytes, bytes]:
    return make_office_ca("Test office", now=CLOCK_START)


@pytest.fixture(scope="module")
def server(office_ca: tuple[bytes, bytes]) -> tuple[bytes, bytes]:
    ca_cert, ca_key = office_ca
    return make_server_cert(ca_cert, ca_key, ["office-server.local", "192.168.10.5", "::1"], now=CLOCK_START)


def _verify(ca_pem: bytes, cert_pem: bytes, host: str, when=CLOCK_START) -> None:  # type: ignore[no-untyped-def]
    store = Store([x509.load_pem_x509_certificate(ca_pem)])
    try:
        subject: x509.verification.Subject = x509.IPAddress(ipaddress.ip_address(host))
    except ValueError:
        subject = x509.DNSName(host)
    verifier = PolicyBuilder().store(store).time(when).build_server_verifier(subject)
    verifier.verify(x509.load_pem_x509_certificate(cert_pem), [])


def test_server_cert_verifies_against_the_office_ca_for_each_name(office_ca, server) -> None:  # type: ignore[no-untyped-def]
    for host in ("office-server.local", "192.168.10.5", "::1"):
        _verify(office_ca[0], server[0], host)
    # a minute from now and just before expiry too
    _verify(office_ca[0], server[0], "office-server.local", CLOCK_START + timedelta(days=824))


def test_a_cert_for_another_host_fails_verification(office_ca, server) -> None:  # type: ignore[no-untyped-def]
    for host in ("other-server.local", "192.168.10.6", "office-server"):
        with pytest.raises(VerificationError):
            _verify(office_ca[0], server[0], host)


def test_a_cert_from_another_ca_or_out_of_date_fails(office_ca, server) -> None:  # type: ignore[no-untyped-def]
    other_ca, _ = make_office_ca("Other office", now=CLOCK_START)
    with pytest.raises(VerificationError):
        _verify(other_ca, server[0], "office-server.local")
    with pytest.raises(VerificationError):
        _verify(office_ca[0], server[0], "office-server.local", CLOCK_START + timedelta(days=826))
    with pytest.raises(VerificationError):
        _verify(office_ca[0], server[0], "office-server.local", CLOCK_START - timedelta(hours=1))


def test_san_eku_and_ca_constraints(office_ca, server) -> None:  # type: ignore[no-untyped-def]
    cert = x509.load_pem_x509_certificate(server[0])
    san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert san.get_values_for_type(x509.DNSName) == ["office-server.local"]
    assert san.get_values_for_type(x509.IPAddress) == [ipaddress.ip_address("192.168.10.5"),
                                                      ipaddress.ip_address("::1")]
    assert cert.subject.rfc4514_string() == "CN=office-server.local"
    eku = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert list(eku) == [ExtendedKeyUsageOID.SERVER_AUTH]
    assert cert.not_valid_after_utc - cert.not_valid_before_utc == timedelta(days=825, minutes=5)

    ca = x509.load_pem_x509_certificate(office_ca[0])
    bc = ca.extensions.get_extension_for_class(x509.BasicConstraints).value
    assert (bc.ca, bc.path_length) == (True, 0)
    usage = ca.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.key_cert_sign and usage.crl_sign and not usage.digital_signature
    assert cert.issuer == ca.subject


def test_a_server_cert_needs_a_name(office_ca) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError):
        make_server_cert(office_ca[0], office_ca[1], [" "], now=CLOCK_START)


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_key_files_are_written_0600(tmp_path: Path, office_ca) -> None:  # type: ignore[no-untyped-def]
    old = os.umask(0)  # even with a permissive umask
    try:
        target = tmp_path / "server.key"
        write_private(target, office_ca[1])
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        target.chmod(0o644)
        write_private(target, b"replaced")
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        assert target.read_bytes() == b"replaced"
    finally:
        os.umask(old)
    assert [p.name for p in tmp_path.iterdir()] == ["server.key"]  # no temp file left


def test_fingerprint_is_sha256_with_colons(office_ca, server) -> None:  # type: ignore[no-untyped-def]
    fp = fingerprint(server[0])
    parts = fp.split(":")
    assert len(parts) == 32 and all(len(p) == 2 and int(p, 16) >= 0 for p in parts)
    assert fp != fingerprint(office_ca[0])
    assert fp == fingerprint(server[0])
