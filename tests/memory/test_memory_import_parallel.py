"""Large TMX files are parsed by worker processes in byte ranges: the memory and the report
must be exactly what reading the file in one stream gives, and Cancel, Ctrl+C and broken XML
must still leave the memory as it was.

The size from which workers read a file is lowered here, and the ranges made tiny, so that
small real files are cut into many ranges."""

from __future__ import annotations

import threading
import zipfile
from pathlib import Path

import pytest

from app.memory import tmx_parallel
from app.memory.model import TMXError
from app.memory.tmx_import import ImportCancelled, import_tmx
from app.storage.database import create_project

DATA = Path(__file__).parent / "data"
_ROWS = ("SELECT id, lang, source, target, source_key, context_key, status, reviewer, "
         "changed_at, origin FROM memory ORDER BY id")


@pytest.fixture
def workers(monkeypatch):
    """Every file is read by workers, in ranges of a few hundred bytes; yields the workers
    started, so tests can check they were stopped."""
    started: list[tmx_parallel._Worker] = []
    real = tmx_parallel._Worker.__init__

    def record(self):
        real(self)
        started.append(self)

    monkeypatch.setattr(tmx_parallel._Worker, "__init__", record)
    monkeypatch.setattr(tmx_parallel, "PARALLEL_BYTES", 0)
    monkeypatch.setattr(tmx_parallel, "RANGE_BYTES", 300)
    return started


def _import_twice(folder: Path, name: str, tmx: Path):
    """Imports the file into a fresh project, then again (the second time every pair is
    known); returns the reports and the memory's rows."""
    with create_project(folder / f"{name}.rdproj") as pdb:
        reports = [import_tmx(pdb, tmx, progress=lambda done, total: None) for _ in range(2)]
        pdb.conn.execute("INSERT INTO memory_fts(memory_fts) VALUES ('integrity-check')")
        return reports, pdb.conn.execute(_ROWS).fetchall()


def _same_as_one_stream(tmp_path, monkeypatch, tmx: Path) -> list:
    parallel, parallel_rows = _import_twice(tmp_path, "ranges", tmx)
    with monkeypatch.context() as m:
        m.setattr(tmx_parallel, "PARALLEL_BYTES", 1 << 40)
        stream, stream_rows = _import_twice(tmp_path, "stream", tmx)
    assert [r.workers for r in stream] == [0, 0]
    for ranges_report, stream_report in zip(parallel, stream, strict=True):
        assert {**vars(ranges_report), "workers": 0} == vars(stream_report)
    assert parallel_rows == stream_rows
    return parallel


def _generated(path: Path) -> Path:
    """Units that exercise the merge across ranges: repeats with newer and older dates, a
    unit repeating its own pair, units without English or without Russian/Ukrainian, inline
    codes, context properties, escaped markup and a reserved character."""
    units = []
    for n in range(40):
        units.append(
            f'<tu changedate="202501{n % 28 + 1:02d}T120000Z" changeid="ann">'
            '<prop type="x-context-pre">Before.</prop><prop type="x-context-post">After.</prop>'
            f'<tuv xml:lang="en-GB"><seg>Shelling of &lt;Kharkiv&gt; {n % 13}, report '
            f'<bpt i="1">&lt;b&gt;</bpt>now<ept i="1">&lt;/b&gt;</ept><ph x="2"/>.</seg></tuv>'
            f'<tuv xml:lang="RU"><seg>Обстрел Харькова {n % 13}\ue123.</seg></tuv>'
            f'<tuv xml:lang="uk-UA" creationid="bob"><seg>Обстріл Харкова {n % 13}.</seg></tuv>'
            "</tu>\n")
    units.append('<tu><tuv xml:lang="fr"><seg>Bombardement.</seg></tuv>'
                 '<tuv xml:lang="ru"><seg>Обстрел.</seg></tuv></tu>\n')
    units.append('<tu><tuv xml:lang="en"><seg>Only French.</seg></tuv>'
                 '<tuv xml:lang="fr"><seg>Seulement.</seg></tuv></tu>\n')
    units.append('<tu><tuv lang="EN"><seg>Twice the same.</seg></tuv>'
                 '<tuv lang="ru"><seg>Дважды.</seg></tuv><tuv lang="ru"><seg>Дважды.</seg></tuv>'
                 "</tu>\n")
    path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">'
                    '<header creationtool="generated" srclang="en"/>\n<body>\n'
                    + "".join(units) + "</body>\n</tmx>\n", encoding="utf-8")
    return path


def test_real_files_in_ranges_give_what_one_stream_gives(workers, tmp_path, monkeypatch):
    zipfile.ZipFile(DATA / "tico19_en-ru.tmx.zip").extract("all.en-ru.tmx", tmp_path)
    monkeypatch.setattr(tmx_parallel, "RANGE_BYTES", 64 << 10)
    tico = _same_as_one_stream(tmp_path, monkeypatch, tmp_path / "all.en-ru.tmx")
    assert [(r.added, r.updated, r.skipped) for r in tico] == [(3070, 0, 1), (0, 0, 3071)]
    assert tico[0].workers >= 2 and tico[0].creation_tool == "unknown"
    assert len(workers) == 2 * tico[0].workers and all(
        w.process.poll() is not None for w in workers)


@pytest.mark.parametrize("name", ["rltc_olifant.tmx", "level2-ru.tmx", "generated.tmx"])
def test_small_files_cut_into_many_ranges_give_what_one_stream_gives(
        workers, tmp_path, monkeypatch, name):
    if name == "level2-ru.tmx":  # OmegaT's inline-code test file, its Belarusian as Russian
        text = (DATA / "omegat_test-level2.tmx").read_text(encoding="utf-8")
        (tmp_path / name).write_text(text.replace('xml:lang="be"', 'xml:lang="ru-RU"'),
                                     encoding="utf-8")
        tmx = tmp_path / name
    elif name == "generated.tmx":
        tmx = _generated(tmp_path / name)
    else:
        tmx = DATA / name  # Olifant: a DOCTYPE naming the DTD, several translations a unit
    reports = _same_as_one_stream(tmp_path, monkeypatch, tmx)
    assert reports[0].workers >= 2 and reports[0].added > 0
    if name == "generated.tmx":
        first, second = reports
        # 13 sources repeated with later dates (15 updated), then earlier ones (12 skipped).
        assert (first.added, first.updated, first.skipped) == (14, 15, 14)
        assert (first.no_source, first.no_target, first.pairs) == (1, 1, {"ru": 29, "uk": 28})
        assert (second.added, second.updated, second.skipped) == (0, 0, 43)


def test_a_tu_in_a_comment_sends_the_file_back_to_one_stream(workers, tmp_path, monkeypatch):
    tmx = _generated(tmp_path / "commented.tmx")
    text = tmx.read_text(encoding="utf-8").replace(
        "</tu>\n", '</tu>\n<!-- <tu tuid="old"> --><![CDATA[<tu>]]>\n')
    tmx.write_text(text.replace("<![CDATA[<tu>]]>", "", 40), encoding="utf-8")
    reports = _same_as_one_stream(tmp_path, monkeypatch, tmx)
    assert reports[0].workers == 0 and reports[0].added == 14  # read again in one stream


def test_broken_xml_gives_the_usual_message_and_changes_nothing(workers, tmp_path,
                                                                monkeypatch):
    good = _generated(tmp_path / "good.tmx")
    broken = tmp_path / "broken.tmx"
    broken.write_text(good.read_text(encoding="utf-8").replace(
        "Обстрел Харькова 5", "<i>Обстрел Харькова 5", 1), encoding="utf-8")
    with create_project(tmp_path / "p.rdproj") as pdb:
        import_tmx(pdb, good)
        before = pdb.conn.execute(_ROWS).fetchall()
        with pytest.raises(TMXError) as raised:
            import_tmx(pdb, broken)
        assert pdb.conn.execute(_ROWS).fetchall() == before
    with monkeypatch.context() as m, create_project(tmp_path / "q.rdproj") as pdb:
        m.setattr(tmx_parallel, "PARALLEL_BYTES", 1 << 40)
        with pytest.raises(TMXError) as streamed:
            import_tmx(pdb, broken)
    assert str(raised.value) == str(streamed.value)
    assert "broken.tmx is not well-formed XML (Opening and ending tag mismatch" in str(
        raised.value)


def test_an_entity_under_a_doctype_is_refused_as_before(workers, tmp_path):
    tmx = tmp_path / "entity.tmx"
    tmx.write_text(_generated(tmp_path / "g.tmx").read_text(encoding="utf-8").replace(
        "<tmx ", '<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx ').replace(
        "Only French.", "Only &french;."), encoding="utf-8")
    with create_project(tmp_path / "p.rdproj") as pdb, pytest.raises(
            TMXError, match="uses XML entity references"):
        import_tmx(pdb, tmx)


@pytest.mark.parametrize("failure", ["dies", "cannot start"])
def test_a_failed_worker_sends_the_file_back_to_one_stream(workers, tmp_path, monkeypatch,
                                                           failure):
    if failure == "dies":
        monkeypatch.setattr(tmx_parallel, "_WORKER", "import sys; sys.exit(3)")
    else:
        monkeypatch.setattr(tmx_parallel.sys, "executable", str(tmp_path / "no-python"))
    with create_project(tmp_path / "p.rdproj") as pdb:
        report = import_tmx(pdb, _generated(tmp_path / "g.tmx"))
    assert (report.workers, report.added, report.updated) == (0, 14, 15)


@pytest.mark.parametrize("stop", [ImportCancelled, KeyboardInterrupt])
def test_cancel_and_ctrl_c_stop_the_workers_and_change_nothing(workers, tmp_path, monkeypatch,
                                                              stop):
    monkeypatch.setattr(tmx_parallel, "RANGE_BYTES", 16 << 10)
    first = _generated(tmp_path / "first.tmx")
    more = tmp_path / "more.tmx"
    more.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header/><body>'
                    + "".join(f'<tu><tuv xml:lang="en"><seg>Unit {n} of the report.</seg></tuv>'
                              f'<tuv xml:lang="ru"><seg>Единица {n}.</seg></tuv></tu>\n'
                              for n in range(6000)) + "</body></tmx>", encoding="utf-8")
    cancel = threading.Event()
    seen = []

    def progress(done, total):
        seen.append((done, total))
        if stop is KeyboardInterrupt:
            raise KeyboardInterrupt
        cancel.set()  # the user presses Cancel when the bar first moves

    with create_project(tmp_path / "p.rdproj") as pdb:
        import_tmx(pdb, first)
        before = pdb.conn.execute(_ROWS).fetchall()
        with pytest.raises(stop):
            import_tmx(pdb, more, progress=progress, cancel=cancel)
        assert pdb.conn.execute(_ROWS).fetchall() == before
        pdb.conn.execute("INSERT INTO memory_fts(memory_fts) VALUES ('integrity-check')")
    assert seen and seen[0][1] == 6000 and seen[-1][0] < 6000
    assert len(workers) == 4 and all(w.process.poll() is not None for w in workers)
