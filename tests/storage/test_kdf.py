"""The Argon2id wrapper: RFC 9106 known answer, bounds, calibration."""

from __future__ import annotations

import pytest

from moddesk.storage import kdf
from moddesk.storage.errors import BadKdfParameters

# RFC 9106 section 5.3, Argon2id test vector.
RFC_TAG = bytes.fromhex("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659")


def test_rfc9106_argon2id_known_answer(fast_kdf: None) -> None:
    params = kdf.KdfParams(memory_kib=32, iterations=3, lanes=4, salt=b"\x02" * 16)
    tag = kdf.derive_key(b"\x01" * 32, params, secret=b"\x03" * 8, associated=b"\x04" * 12)
    assert bytes(tag) == RFC_TAG
    assert isinstance(tag, bytearray)


def test_same_passphrase_and_salt_give_the_same_key_and_others_do_not(fast_params) -> None:
    a = kdf.derive_key(b"pass", fast_params)
    b = kdf.derive_key(bytearray(b"pass"), fast_params)
    other_salt = kdf.KdfParams(64, 1, 1, kdf.new_salt())
    assert a == b
    assert kdf.derive_key(b"pass", other_salt) != a
    assert kdf.derive_key(b"Pass", fast_params) != a


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("memory_kib", 2 * 1024 * 1024),  # 2 GiB: a forged sidecar must not exhaust memory
        ("memory_kib", 1024),             # far below the floor
        ("iterations", 21),
        ("iterations", 1),
        ("lanes", 64),
        ("salt", b"short"),
    ],
)
def test_out_of_bounds_parameters_are_refused_before_the_kdf_runs(
    field: str, value: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []
    real = kdf.lib

    class Spy:
        def __getattr__(self, name: str) -> object:
            if name == "argon2_ctx":
                calls.append(name)
            return getattr(real, name)

    monkeypatch.setattr(kdf, "lib", Spy())
    good = kdf.KdfParams(65536, 2, 2, kdf.new_salt())
    bad = kdf.KdfParams(**{**good.__dict__, field: value})
    with pytest.raises(BadKdfParameters, match="out of range"):
        kdf.derive_key(b"pass", bad)
    assert calls == []


def test_production_floor_is_in_force_outside_the_test_fixture() -> None:
    assert kdf.current_bounds() == kdf.PRODUCTION_BOUNDS
    assert kdf.PRODUCTION_BOUNDS.min_memory_kib >= 65536
    assert kdf.PRODUCTION_BOUNDS.min_iterations >= 2
    with pytest.raises(BadKdfParameters):
        kdf.KdfParams(64, 1, 1, kdf.new_salt()).validate()


@pytest.mark.slow
def test_calibration_lands_between_half_a_second_and_a_second_here() -> None:
    import time

    params = kdf.calibrate()
    params.validate()
    start = time.perf_counter()
    kdf.derive_key(b"pass", params)
    elapsed = time.perf_counter() - start
    # Generous upper margin: CI shares two cores with other work.
    assert 0.4 <= elapsed <= 2.0, elapsed


def test_key_check_differs_per_key() -> None:
    assert kdf.key_check(b"\x01" * 32) != kdf.key_check(b"\x02" * 32)
    assert len(kdf.key_check(b"\x01" * 32)) == 32
