import http.server
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "presidium-1956-11-01.txt"
SMALL = ROOT / "tests" / "cases" / "agenda-supporters-decisions" / "input.txt"


@pytest.fixture(scope="session")
def sample_ttl(tmp_path_factory):
    out = tmp_path_factory.mktemp("rely") / "sample.ttl"
    result = CliRunner().invoke(main, ["build", str(SAMPLE), "-o", str(out), "--no-validate"])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="session")
def small_ttl(tmp_path_factory):
    out = tmp_path_factory.mktemp("rely") / "small.ttl"
    result = CliRunner().invoke(main, ["build", str(SMALL), "-o", str(out), "--no-validate"])
    assert result.exit_code == 0, result.output
    return out


class _Recorder(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        self.server.hits.append(self.path)
        body = b'{"@context": {"name": "http://schema.org/name"}}'
        self.send_response(200)
        self.send_header("Content-Type", "application/ld+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET

    def log_message(self, *args):
        pass


@pytest.fixture
def recorder():
    """An HTTP server on 127.0.0.1 that records every request it gets."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    server.hits = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def runner():
    return CliRunner()


def assert_one_line_error(result, *needles):
    """A kg error: exit 2, one line 'kg: error: ...' holding every needle, no traceback."""
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("kg: error: ")]
    assert len(errors) == 1, result.output
    assert "Traceback" not in result.output
    for needle in needles:
        assert needle in errors[0], result.output
