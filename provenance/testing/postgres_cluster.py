"""Start a throwaway PostgreSQL server from the machine's server binaries.

Tests and benchmarks need a real PostgreSQL without asking anyone to set one up. This finds
``initdb`` and ``pg_ctl`` (Debian's ``/usr/lib/postgresql/<version>/bin`` layout, or
``PROVENANCE_PG_BIN``, or ``PATH``), creates a cluster in a temporary folder, and serves it on a
free loopback port with trust authentication. ``initdb`` refuses to run as root, so as root the
server runs as the ``postgres`` system user.
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "postgres"


class ClusterUnavailable(RuntimeError):
    """No PostgreSQL server binaries could be found or started here."""


def find_server_binaries() -> Path | None:
    """The folder holding ``initdb`` and ``pg_ctl``, newest version first; None if absent."""
    explicit = os.environ.get("PROVENANCE_PG_BIN")
    candidates: list[Path] = [Path(explicit)] if explicit else []

    def version_of(path: Path) -> tuple[int, ...]:
        return tuple(int(part) for part in re.findall(r"\d+", path.parent.name))

    debian = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=version_of, reverse=True)
    candidates.extend(debian)
    on_path = shutil.which("pg_ctl")
    if on_path:
        candidates.append(Path(on_path).resolve().parent)
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PostgresCluster:
    """A running throwaway server; :meth:`stop` shuts it down and deletes its files."""

    bin_dir: Path
    base_dir: Path
    port: int
    run_as: list[str]

    @property
    def data_dir(self) -> Path:
        return self.base_dir / "data"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def _pg_ctl(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*self.run_as, str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir), *args],
            capture_output=True,
            text=True,
            check=False,
        )

    def stop(self) -> None:
        self._pg_ctl("-m", "immediate", "-w", "stop")
        shutil.rmtree(self.base_dir, ignore_errors=True)


def start_cluster(*, durable: bool = False) -> PostgresCluster:
    """Create and start a cluster. ``durable=False`` turns fsync off: fine for throwaway data."""
    bin_dir = find_server_binaries()
    if bin_dir is None:
        raise ClusterUnavailable(
            "no PostgreSQL server binaries (initdb, pg_ctl) found; install Debian's "
            "'postgresql' package or set PROVENANCE_PG_BIN"
        )
    base_dir = Path(tempfile.mkdtemp(prefix="provenance-pg-"))
    run_as: list[str] = []
    if os.geteuid() == 0:
        try:
            account = pwd.getpwnam(SUPERUSER)
        except KeyError as exc:
            raise ClusterUnavailable("running as root and no 'postgres' system user exists") from exc
        os.chown(base_dir, account.pw_uid, account.pw_gid)
        run_as = ["runuser", "-u", SUPERUSER, "--"]
    cluster = PostgresCluster(bin_dir=bin_dir, base_dir=base_dir, port=_free_port(), run_as=run_as)
    init = subprocess.run(
        [*run_as, str(bin_dir / "initdb"), "-D", str(cluster.data_dir), "-U", SUPERUSER,
         "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
        capture_output=True,
        text=True,
        check=False,
    )
    if init.returncode != 0:
        shutil.rmtree(base_dir, ignore_errors=True)
        raise ClusterUnavailable(f"initdb failed: {init.stderr.strip() or init.stdout.strip()}")
    options = [
        f"-p {cluster.port}",
        f"-k {base_dir}",
        "-c listen_addresses=127.0.0.1",
        "-c max_connections=200",
    ]
    if not durable:
        options += ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
    started = cluster._pg_ctl("-o", " ".join(options), "-l", str(base_dir / "server.log"), "-w", "start")
    if started.returncode != 0:
        log = (base_dir / "server.log").read_text(errors="replace") if (base_dir / "server.log").exists() else ""
        shutil.rmtree(base_dir, ignore_errors=True)
        raise ClusterUnavailable(f"pg_ctl start failed: {started.stderr.strip()} {log[-500:]}")
    return cluster
