"""Argon2id key derivation from a passphrase to a raw 256-bit SQLCipher key.

We call the C library through argon2-cffi's bindings directly rather than
`argon2.low_level.hash_secret_raw`, because that returns immutable `bytes`
and leaves the secret in an unzeroed cffi buffer. Here every buffer that held
the passphrase or the key is zeroed before it is released, and the key comes
back as a `bytearray` the caller zeroes after use.

Parameters are bounded and validated *before* the KDF runs, so a tampered
sidecar cannot make unlock hang or eat all memory. The only way below the
floor is the `insecure_floor_for_tests` context manager, used by one test
fixture.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hmac
import hashlib
import os
import time
from collections.abc import Callable, Iterator

from _argon2_cffi_bindings import ffi, lib

from moddesk.storage.errors import BadKdfParameters

KEY_BYTES = 32
SALT_BYTES = 16


@dataclasses.dataclass(frozen=True)
class Bounds:
    """Inclusive limits for stored Argon2id parameters."""

    min_memory_kib: int
    max_memory_kib: int
    min_iterations: int
    max_iterations: int
    min_lanes: int
    max_lanes: int
    salt_lengths: tuple[int, ...]


# 64 MiB..1 GiB, t 2..20: OWASP's floor is 19 MiB/t=2; RFC 9106's second
# recommendation is 64 MiB/t=3. The upper limits keep a forged sidecar from
# turning unlock into a denial of service on an old laptop.
PRODUCTION_BOUNDS = Bounds(65536, 1048576, 2, 20, 1, 8, (16, 32))
_TEST_BOUNDS = Bounds(8, 1048576, 1, 20, 1, 8, (16, 32))
_bounds = PRODUCTION_BOUNDS


@dataclasses.dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters and salt, as stored in the sidecar."""

    memory_kib: int
    iterations: int
    lanes: int
    salt: bytes

    def validate(self) -> None:
        """Raise `BadKdfParameters` unless every field is inside the bounds."""
        b = _bounds
        checks = (
            (b.min_memory_kib <= self.memory_kib <= b.max_memory_kib, "memory"),
            (b.min_iterations <= self.iterations <= b.max_iterations, "iterations"),
            (b.min_lanes <= self.lanes <= b.max_lanes, "parallelism"),
            (len(self.salt) in b.salt_lengths, "salt length"),
            # Argon2 needs at least 8 KiB per lane.
            (self.memory_kib >= 8 * self.lanes, "memory per lane"),
        )
        for ok, what in checks:
            if not ok:
                raise BadKdfParameters(
                    f"The vault's key settings are out of range ({what}). "
                    "The key file may have been altered; restore it from a backup."
                )


def current_bounds() -> Bounds:
    """The bounds in force: production ones except inside the test floor."""
    return _bounds


@contextlib.contextmanager
def insecure_floor_for_tests() -> Iterator[None]:
    """Allow tiny Argon2 costs so the test suite stays fast. Tests only."""
    global _bounds
    previous, _bounds = _bounds, _TEST_BOUNDS
    try:
        yield
    finally:
        _bounds = previous


def derive_key(
    passphrase: bytes | bytearray,
    params: KdfParams,
    *,
    secret: bytes = b"",
    associated: bytes = b"",
    length: int = KEY_BYTES,
) -> bytearray:
    """Run Argon2id and return the raw key as a `bytearray` the caller zeroes.

    `secret` and `associated` exist for the RFC 9106 known-answer test; the
    vault passes neither.
    """
    params.validate()
    # cffi frees a buffer when its Python object goes away, so every buffer
    # the context points into is held in `keep` until argon2_ctx returns.
    keep = {
        "pwd": ffi.new("uint8_t[]", max(len(passphrase), 1)),
        "out": ffi.new("uint8_t[]", length),
        "salt": ffi.new("uint8_t[]", params.salt),
        "secret": ffi.new("uint8_t[]", secret or b"\0"),
        "ad": ffi.new("uint8_t[]", associated or b"\0"),
    }
    ffi.memmove(keep["pwd"], passphrase, len(passphrase))
    try:
        ctx = _context(keep, len(passphrase), length, params, len(secret), len(associated))
        rc = lib.argon2_ctx(ctx, lib.Argon2_id)
        if rc != lib.ARGON2_OK:
            message = ffi.string(lib.argon2_error_message(rc)).decode("ascii")
            raise BadKdfParameters(f"Key derivation failed: {message}.")
        return bytearray(ffi.buffer(keep["out"], length))
    finally:
        for name in ("pwd", "out", "secret"):
            ffi.memmove(keep[name], bytes(len(keep[name])), len(keep[name]))


def _context(keep: dict, pwdlen: int, outlen: int, params: KdfParams,
             secretlen: int, adlen: int):  # type: ignore[no-untyped-def]
    ctx = ffi.new("argon2_context *")
    ctx.out, ctx.outlen = keep["out"], outlen
    ctx.pwd, ctx.pwdlen = keep["pwd"], pwdlen
    ctx.salt, ctx.saltlen = keep["salt"], len(params.salt)
    ctx.secret, ctx.secretlen = (keep["secret"] if secretlen else ffi.NULL), secretlen
    ctx.ad, ctx.adlen = (keep["ad"] if adlen else ffi.NULL), adlen
    ctx.t_cost, ctx.m_cost = params.iterations, params.memory_kib
    ctx.lanes = ctx.threads = params.lanes
    ctx.version = lib.ARGON2_VERSION_13
    ctx.allocate_cbk = ctx.free_cbk = ffi.NULL
    ctx.flags = lib.ARGON2_DEFAULT_FLAGS
    return ctx


def key_check(key: bytes | bytearray) -> bytes:
    """A value that proves a key is right without revealing it (KeePass style)."""
    return hmac.new(bytes(key), b"moddesk/key-check/v1", hashlib.sha256).digest()


def new_salt() -> bytes:
    """A fresh random salt of the default length."""
    return os.urandom(SALT_BYTES)


def calibrate(
    *,
    low_seconds: float = 0.5,
    high_seconds: float = 1.0,
    memory_kib: int = 262144,
    lanes: int = 2,
    clock: Callable[[], float] = time.perf_counter,
) -> KdfParams:
    """Pick the iteration count that takes between `low_seconds` and `high_seconds` here.

    Memory is fixed (256 MiB fits old laptops). The first pass costs more than
    the rest (it fills the memory), so the estimate from one probe is checked
    and raised a step at a time until a real derivation reaches the low mark.
    """
    memory_kib = max(min(memory_kib, _bounds.max_memory_kib), _bounds.min_memory_kib)
    params = KdfParams(memory_kib, max(_bounds.min_iterations, 2), lanes, new_salt())
    elapsed = _time_one(params, clock)
    per_pass = max(elapsed / params.iterations, 1e-6)
    target = (low_seconds + high_seconds) / 2
    params = _with_iterations(params, round(target / per_pass))
    for _ in range(8):
        elapsed = _time_one(params, clock)
        if elapsed >= low_seconds or params.iterations >= _bounds.max_iterations:
            break
        params = _with_iterations(params, params.iterations + max(1, params.iterations // 4))
    return params


def _with_iterations(params: KdfParams, iterations: int) -> KdfParams:
    iterations = min(max(iterations, _bounds.min_iterations), _bounds.max_iterations)
    return dataclasses.replace(params, iterations=iterations)


def _time_one(params: KdfParams, clock: Callable[[], float]) -> float:
    start = clock()
    _zero(derive_key(b"calibration", params))
    return clock() - start


def _zero(buf: bytearray) -> None:
    buf[:] = bytes(len(buf))
