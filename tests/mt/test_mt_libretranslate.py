"""The LibreTranslate engine against a real LibreTranslate 1.9.6 server on 127.0.0.1.

The server (its own venv, see scripts/setup_libretranslate_venv.sh) serves the tiny random-weight
en->ru and en->uk Argos packages, with a 100-character limit per text, at most 8 texts per request,
at most 2 alternatives and an API keys database. A missing server venv is built on first use;
if that fails the tests fail (never skip).
"""

from __future__ import annotations

import time

import httpx
import pytest
from libretranslate_server import (
    LT_VERSION,
    ServerUnavailable,
    free_port,
    tiny_server,
)

from app.mt.engine import EngineUnavailable, MTError
from app.mt.libretranslate_engine import LibreTranslateEngine, TextLimitExceeded

GOOD_KEY = "reviewdesk-test-key"
SENTENCES = [
    "The president met the prime minister in Kyiv on Tuesday.",
    "Prices rose sharply.",
    "Officials said the talks would continue.",
    "The court sentenced the former mayor.",
    "Heavy rain caused flooding.",
    "Negotiators reached an agreement.",
    "Schools will reopen in September.",
    "The team won the championship.",
    "Scientists warned of a drought.",
    "Parliament approved the budget.",
    "Thousands gathered in the square.",
    "The company reported a profit.",
]


@pytest.fixture(scope="session")
def lt_server(tmp_path_factory):
    root = tmp_path_factory.mktemp("libretranslate")
    try:
        with tiny_server(
            root, seeds=(11, 12), api_keys={GOOD_KEY: 100000},
            extra_args=("--char-limit", "100", "--batch-limit", "8", "--alternatives-limit", "2"),
        ) as server:
            yield server
    except ServerUnavailable as exc:
        pytest.fail(str(exc))


@pytest.fixture
def engine(lt_server):
    with LibreTranslateEngine(lt_server.url, GOOD_KEY, retries=0) as eng:
        yield eng


def test_mt_lt_languages_come_from_the_server(engine):
    languages = {lang["code"]: lang for lang in engine.languages()}
    assert {"en", "ru", "uk"} <= set(languages)
    assert {"ru", "uk"} <= set(languages["en"]["targets"])


def test_mt_lt_model_id_names_server_and_version(engine, lt_server):
    assert engine.model_id("en", "ru") == f"libretranslate@{lt_server.url} v{LT_VERSION}"


def test_mt_lt_translates_a_list_in_order_despite_the_batch_limit(engine, lt_server):
    results = engine.translate(SENTENCES, "en", "ru")
    assert len(results) == len(SENTENCES)
    assert all(r.best.text.strip() for r in results)
    # The server accepts 8 texts per request: the engine split the batch of 12 and learned it.
    assert engine.batch_size <= 8
    # Same text -> same output, and each result belongs to its own sentence (order kept).
    single = httpx.post(
        lt_server.url + "/translate",
        json={"q": SENTENCES[5], "source": "en", "target": "ru", "api_key": GOOD_KEY},
    ).json()["translatedText"]
    assert results[5].best.text == single
    assert len({r.best.text for r in results}) > 1
    assert engine.translate(SENTENCES[:3], "en", "ru") == results[:3]


def test_mt_lt_alternatives_are_distinct_and_capped_by_the_server(engine):
    results = engine.translate(SENTENCES[:4], "en", "uk", alternatives=2)
    assert any(r.alternatives for r in results)
    for r in results:
        texts = [r.best.text] + [a.text for a in r.alternatives]
        assert len(texts) == len(set(texts)) <= 3
    # Asking for 5 when the server allows 2: the engine asks again for 2 and says so.
    more = engine.translate(SENTENCES[:4], "en", "uk", alternatives=5)
    assert [r.alternatives for r in more] == [r.alternatives for r in results]
    assert "at most 2 alternatives" in more[0].warnings[0]


def test_mt_lt_unsupported_language_shows_the_server_text(engine, lt_server):
    with pytest.raises(MTError) as err:
        engine.translate(["Hello."], "en", "zz")
    assert str(err.value) == f"The server at {lt_server.url} says: zz is not supported"


def test_mt_lt_text_over_the_char_limit_shows_the_server_text(engine):
    long_text = "The president met the prime minister. " * 8
    assert len(long_text) == 304
    with pytest.raises(TextLimitExceeded) as err:
        engine.translate(["Short one.", long_text.strip(), "Another."], "en", "ru")
    assert "request (303) exceeds text limit (100)" in str(err.value)
    assert "longer than this server accepts" in str(err.value)
    assert engine.batch_size == 32  # a long text is not the server's batch limit


def test_mt_lt_api_key_is_sent(lt_server):
    with LibreTranslateEngine(lt_server.url, "wrong-key", retries=0) as wrong:
        with pytest.raises(MTError, match="says: Invalid API key"):
            wrong.translate(["Hello."], "en", "ru")
    with LibreTranslateEngine(lt_server.url, GOOD_KEY, retries=0) as right:
        assert right.translate(["Hello."], "en", "ru")[0].best.text


def test_mt_lt_cancel_stops_between_batches(engine):
    import threading

    cancel = threading.Event()
    seen = []

    def progress(done, total):
        seen.append((done, total))
        cancel.set()

    engine.batch_size = 4
    results = engine.translate(SENTENCES, "en", "ru", cancel=cancel, progress=progress)
    assert len(results) == 4
    assert seen == [(4, 12)]


def test_mt_lt_server_down_says_so_plainly():
    url = f"http://127.0.0.1:{free_port()}"
    started = time.monotonic()
    with LibreTranslateEngine(url, retries=2, backoff=0.05) as eng:
        with pytest.raises(EngineUnavailable) as err:
            eng.translate(["Hello."], "en", "ru")
    assert str(err.value).startswith(f"The LibreTranslate server at {url} cannot be reached")
    assert "local Argos engine" in str(err.value)
    assert time.monotonic() - started < 5


def test_mt_lt_retries_server_errors_then_reports_them():
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        if len(calls) < 3:
            return httpx.Response(503, json={"error": "warming up"})
        return httpx.Response(200, json={"translatedText": ["Привет."]})

    with LibreTranslateEngine(
        "http://lt.invalid", retries=2, backoff=0.01, transport=httpx.MockTransport(handler)
    ) as eng:
        assert eng.translate(["Hello."], "en", "ru")[0].best.text == "Привет."
    assert calls == ["/translate"] * 3

    def always_500(request: httpx.Request) -> httpx.Response:
        return httpx.Response(500, json={"error": "Cannot translate text: boom"})

    with LibreTranslateEngine(
        "http://lt.invalid", retries=1, backoff=0.01, transport=httpx.MockTransport(always_500)
    ) as eng:
        with pytest.raises(EngineUnavailable, match="says: Cannot translate text: boom"):
            eng.translate(["Hello."], "en", "ru")


def test_mt_lt_server_log_holds_the_requests(lt_server, engine):
    # The server logs request text: it must go to its own log file, not the test output.
    engine.translate(["Thousands gathered in the square."], "en", "ru")
    assert "Thousands gathered in the square." in lt_server.log_path.read_text(errors="replace")


def test_mt_lt_server_booted_offline(lt_server, engine):
    # Translations ran (other tests), yet nothing was fetched: no index update, no MiniSBD model.
    engine.translate(["Heavy rain caused flooding."], "en", "uk")
    log = lt_server.log_path.read_text(errors="replace")
    assert "Updating language models" not in log
    assert "Downloading" not in log
    assert not (lt_server.workdir / "xdg-data" / "argos-translate" / "minisbd").exists()


def test_mt_lt_cli_translates_a_project_through_the_server(lt_server, tmp_path, capsys,
                                                           monkeypatch):
    import argparse

    from app.commands import translate_cmd
    from app.core.model import SegmentDraft
    from app.storage.database import open_project
    from app.storage.project_repo import ProjectRepository

    path = tmp_path / "p.rdproj"
    with open_project(path, create=True) as pdb:
        ProjectRepository(pdb).add_document(
            "a", [SegmentDraft(s, 0, i) for i, s in enumerate(SENTENCES)]
        )
    monkeypatch.setenv(translate_cmd.API_KEY_VARIABLE, "wrong-key")
    parser = argparse.ArgumentParser()
    translate_cmd.register(parser.add_subparsers())
    argv = ["translate", "-p", str(path), "--engine", "libretranslate", "--url", lt_server.url,
            "--alternatives", "2"]
    args = parser.parse_args(argv)
    assert args.handler(args) == 2
    assert "says: Invalid API key" in capsys.readouterr().err

    monkeypatch.setenv(translate_cmd.API_KEY_VARIABLE, GOOD_KEY)
    args = parser.parse_args(argv)
    assert args.handler(args) == 0
    out, err = capsys.readouterr()
    assert out.startswith("ru, uk: 24 translated, 0 from cache, 0 skipped, 0 failed")
    assert "24/24" in err
    with open_project(path) as pdb:
        rows = ProjectRepository(pdb).rows()
        assert all(r.cells["uk"].machine_text for r in rows)
        assert ProjectRepository(pdb).machine_alternatives(rows[0].segment.id, "ru")
    args = parser.parse_args(argv)
    assert args.handler(args) == 0
    assert capsys.readouterr().out.startswith("ru, uk: 0 translated, 24 from cache")


def test_mt_lt_html_mode_places_tags_without_changing_the_translation(engine):
    from app.documents.inline_codes import close_tag, isolated_tag, open_tag, strip_tags, tags
    from app.mt.tag_placement import engine_text

    coded = (f"The {open_tag(1)}president{close_tag(1)} met the prime minister in "
             f"{open_tag(2)}Kyiv{close_tag(2)}.{isolated_tag(3)}")
    text = engine.translate([engine_text(coded)], "en", "ru")[0].best.text
    (placed,) = engine.place_tags([(coded, text)], "en", "ru")
    # The random model's HTML answer may not locate the words (then None: placed by the text);
    # when it does, every tag is there once and the translation itself is unchanged.
    if placed is not None:
        assert strip_tags(placed) == text
        assert sorted(t.char for _, t in tags(placed)) == sorted(t.char for _, t in tags(coded))
    assert engine.place_tags([("No tags here.", text)], "en", "ru") == [None]
