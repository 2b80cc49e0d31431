"""What placing inline tags by attention costs with an Argos model (prints numbers).

Builds a Transformer-base-sized random-weight Argos package (tests/mt/tiny_argos.py, BASE) and,
for N news sentences, times in one run:

(a) translating them (the draft set-up: greedy) and the refinement set-up (beam 4), as the app
    does;
(b) the same greedy call with ``return_attention=True`` (the cost of asking for attention while
    translating, which the cache could not keep);
(c) the forced pass the app uses (``argos_alignment.forced_alignments``: the finished
    translation as target prefix, greedy, attention returned), for all N sentences and for the
    share a news document typically has tagged (about one sentence in five);
(d) placing the tags (``tag_transfer.transfer_tags``) from the alignments.

Ratios compare within one run (the machine is shared). Run with the project venv:
``python benchmarks/tag_alignment.py [--sentences 200]``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ["ORT_DISABLE_TELEMETRY"] = "1"
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "mt"))
sys.path.insert(0, str(ROOT / "benchmarks"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sentences", type=int, default=200)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="rd-tags-"))
    os.environ["REVIEWDESK_HOME"] = str(home)
    import tiny_argos
    from mt_throughput import news_sentences

    from app.documents.inline_codes import close_tag, open_tag, strip_tags
    from app.documents.tag_transfer import transfer_tags
    from app.mt import model_manager
    from app.mt.argos_alignment import forced_alignments
    from app.mt.argos_engine import ArgosEngine
    from app.mt.loaded_models import load

    package = tiny_argos.build_argos_package(
        home / "build", "en", "ru", size=tiny_argos.BASE, eos_rig=0.2,
        training_lines=news_sentences(3000, seed=1),
    )
    installed = model_manager.install_file(package)
    model = load(installed.path)
    sentences = news_sentences(args.sentences, seed=2)
    engine = ArgosEngine()

    def timed(work):
        started = time.perf_counter()
        result = work()
        return time.perf_counter() - started, result

    engine.translate(sentences[:4], "en", "ru")  # warm-up
    greedy, results = timed(lambda: engine.translate(sentences, "en", "ru"))
    beam, _ = timed(lambda: engine.translate(sentences, "en", "ru", alternatives=3))
    tokens = [model.tokenizer.encode(s) for s in sentences]
    plain_call, _ = timed(lambda: model.translator.translate_batch(
        tokens, beam_size=1, max_batch_size=1000, batch_type="tokens"))
    attention_call, _ = timed(lambda: model.translator.translate_batch(
        tokens, beam_size=1, max_batch_size=1000, batch_type="tokens", return_attention=True))
    translations = [r.best.text for r in results]
    pairs = list(zip(sentences, translations, strict=True))
    forced_all, alignments = timed(lambda: forced_alignments(model, pairs))
    fifth = pairs[::5]
    forced_fifth, _ = timed(lambda: forced_alignments(model, fifth))
    tagged = []
    for sentence in sentences:
        words = sentence.split()
        words[1] = f"{open_tag(1)}{words[1]}{close_tag(1)}"
        tagged.append(" ".join(words))
    placing, placed = timed(lambda: [
        transfer_tags(coded, text, alignment)
        for coded, text, alignment in zip(tagged, translations, alignments, strict=True)])
    aligned = sum(1 for a in alignments if a is not None)
    too_long = sum(1 for t in translations if len(model.tokenizer.encode(t)) > 200)
    assert all(strip_tags(p) == t for p, t in zip(placed, translations, strict=True))

    n = len(sentences)
    print(f"{n} sentences, {installed.name} (Transformer-base size, random weights); "
          f"load average {os.getloadavg()[0]:.1f}")
    print(f"(a) translate, greedy (draft): {greedy:6.2f} s | beam 4 + 3 alternatives: "
          f"{beam:6.2f} s")
    print(f"(b) raw greedy call {plain_call:6.2f} s; with return_attention {attention_call:6.2f} s"
          f" = {attention_call / plain_call:.2f}x")
    print(f"(c) forced attention pass, all {n}: {forced_all:6.2f} s = "
          f"{forced_all / greedy:.2f}x the greedy translation, {forced_all / beam:.2f}x beam 4; "
          f"one in five tagged ({len(fifth)}): {forced_fifth:6.2f} s = "
          f"{forced_fifth / beam:.2f}x beam 4")
    print(f"(d) placing the tags from {aligned}/{n} alignments ({too_long} outputs of the random "
          f"model are over 200 tokens and get none): {placing * 1000:6.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
