"""Build genuine Argos packages with random weights, at test time, in about a second.

A package is what the Argos index serves: a zip (``.argosmodel``) with one top-level folder that
holds ``metadata.json``, ``sentencepiece.model`` and a CTranslate2 ``model/`` folder. Here the
SentencePiece model is trained on a few dozen lines and the Transformer is filled with seeded
numpy weights through a ``ctranslate2.converters.Converter`` subclass, so the output is gibberish
but deterministic.

Early end of sentence: random weights decode to the maximum length (256 tokens, seconds per
sentence). With ``eos_rig`` the decoder's position encodings carry one extra dimension that grows
with the position, the final layer norm passes it on, and the output projection row of ``</s>``
reads it with a negative bias: ``</s>`` wins after a handful of tokens, on every route.

Importable as a plain module: ``tests/mt/conftest.py`` puts this folder on ``sys.path``; other
test folders and ``benchmarks/mt_throughput.py`` do the same.
"""

from __future__ import annotations

import io
import json
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

TRAINING_LINES = [
    "The government announced new measures on Monday to support small businesses.",
    "Officials said the talks in Geneva would continue next week.",
    "The president met the prime minister in Kyiv on Tuesday.",
    "Prices for food and energy rose sharply in the first quarter.",
    "The central bank kept its key interest rate unchanged.",
    "Rescue workers searched the rubble for survivors after the earthquake.",
    "The minister of foreign affairs arrived in Warsaw for a two-day visit.",
    "Parliament approved the budget for next year by a narrow majority.",
    "Thousands of people gathered in the square to protest against the law.",
    "The company reported a profit of 2.5 billion dollars.",
    "Heavy rain caused flooding in several regions of the country.",
    "Negotiators reached an agreement early on Sunday morning.",
    "The court sentenced the former mayor to five years in prison.",
    "Schools will reopen after the holidays on the first of September.",
    "The football team won the championship for the third time.",
    "Scientists warned that the drought could last until the autumn.",
    "Правительство объявило в понедельник о новых мерах поддержки малого бизнеса.",
    "Официальные лица заявили, что переговоры в Женеве продолжатся на следующей неделе.",
    "Президент встретился с премьер-министром в Киеве во вторник.",
    "Цены на продукты и энергию резко выросли в первом квартале.",
    "Центральный банк сохранил ключевую процентную ставку без изменений.",
    "Парламент утвердил бюджет на следующий год незначительным большинством.",
    "Тысячи людей собрались на площади в знак протеста против закона.",
    "Суд приговорил бывшего мэра к пяти годам лишения свободы.",
    "Уряд оголосив у понеділок про нові заходи підтримки малого бізнесу.",
    "Посадовці заявили, що переговори в Женеві продовжаться наступного тижня.",
    "Президент зустрівся з прем'єр-міністром у Києві у вівторок.",
    "Ціни на продукти та енергію різко зросли в першому кварталі.",
    "Центральний банк зберіг ключову процентну ставку без змін.",
    "Парламент ухвалив бюджет на наступний рік незначною більшістю.",
    "Тисячі людей зібралися на площі на знак протесту проти закону.",
    "Суд засудив колишнього мера до п'яти років позбавлення волі.",
]

LANGUAGE_NAMES = {"en": "English", "ru": "Russian", "uk": "Ukrainian", "de": "German"}


@dataclass(frozen=True)
class ModelSize:
    layers: int = 2
    d_model: int = 64
    heads: int = 4
    ffn: int = 128
    sp_vocab: int = 260  # pieces the SentencePiece model is trained with (a soft limit)
    sp_model_type: str = "unigram"
    vocab: int | None = None  # pad the CTranslate2 vocabulary to this size (None: no padding)
    max_positions: int = 1024
    quantization: str = "int8"


TINY = ModelSize()
# Transformer base like real Argos packages. SentencePiece (BPE: about one piece per word on the
# generated benchmark text) is trained on up to 4k pieces and the CTranslate2 vocabulary padded to
# 32k: a real 32k SentencePiece model needs megabytes of training text.
BASE = ModelSize(
    layers=6, d_model=512, heads=8, ffn=2048, sp_vocab=4000, sp_model_type="bpe", vocab=32000
)


def train_sentencepiece(lines: list[str], vocab_size: int, model_type: str = "unigram") -> bytes:
    import sentencepiece as spm

    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines),
        model_writer=model,
        vocab_size=vocab_size,
        model_type=model_type,
        character_coverage=1.0,
        hard_vocab_limit=False,
        minloglevel=2,
    )
    return model.getvalue()


def _sinusoids(length: int, depth: int) -> np.ndarray:
    position = np.arange(length, dtype=np.float32)[:, None]
    rates = np.exp(-np.log(10000.0) * np.arange(0, depth, 2, dtype=np.float32) / depth)
    table = np.zeros((length, depth), dtype=np.float32)
    table[:, 0::2] = np.sin(position * rates)
    table[:, 1::2] = np.cos(position * rates)
    return table


def make_spec(vocabulary: list[str], size: ModelSize, seed: int, eos_rig: bool | float):
    """A pre-norm Transformer (the OpenNMT-py layout Argos uses) filled with seeded weights."""
    from ctranslate2.specs import transformer_spec

    rng = np.random.default_rng(seed)
    d, v = size.d_model, len(vocabulary)

    def normal(*shape: int, scale: float) -> np.ndarray:
        return rng.normal(0.0, scale, shape).astype(np.float32)

    def norm(spec) -> None:
        spec.gamma = np.ones(d, dtype=np.float32)
        spec.beta = np.zeros(d, dtype=np.float32)

    def linear(spec, out: int, inp: int) -> None:
        spec.weight = normal(out, inp, scale=inp**-0.5)
        spec.bias = np.zeros(out, dtype=np.float32)

    def attention(spec, self_attention: bool) -> None:
        norm(spec.layer_norm)
        if self_attention:
            linear(spec.linear[0], 3 * d, d)
        else:
            linear(spec.linear[0], d, d)
            linear(spec.linear[1], 2 * d, d)
        linear(spec.linear[-1], d, d)

    def ffn(spec) -> None:
        norm(spec.layer_norm)
        linear(spec.linear_0, size.ffn, d)
        linear(spec.linear_1, d, size.ffn)

    spec = transformer_spec.TransformerSpec.from_config(size.layers, size.heads)
    encoder, decoder = spec.encoder, spec.decoder
    encoder.embeddings[0].weight = normal(v, d, scale=d**-0.5)
    encoder.position_encodings.encodings = _sinusoids(size.max_positions, d)
    norm(encoder.layer_norm)
    for layer in encoder.layer:
        attention(layer.self_attention, True)
        ffn(layer.ffn)

    decoder.embeddings.weight = normal(v, d, scale=d**-0.5)
    positions = _sinusoids(size.max_positions, d)
    norm(decoder.layer_norm)
    for layer in decoder.layer:
        attention(layer.self_attention, True)
        attention(layer.attention, False)
        ffn(layer.ffn)
    linear(decoder.projection, v, d)
    if eos_rig:
        eos = vocabulary.index("</s>")
        positions = positions * 0.1
        slope = 1.5 if eos_rig is True else float(eos_rig)  # a float: how fast </s> gains
        positions[:, 0] = np.arange(size.max_positions, dtype=np.float32) * slope
        decoder.embeddings.weight[:, 0] = 0.0
        decoder.projection.weight[eos] = 0.0
        decoder.projection.weight[eos, 0] = 4.0
        decoder.projection.bias[eos] = -8.0
    decoder.position_encodings.encodings = positions
    for token in ("<unk>", "<s>"):  # never chosen: keeps outputs printable
        decoder.projection.bias[vocabulary.index(token)] = -1e4
    spec.register_source_vocabulary(vocabulary)
    spec.register_target_vocabulary(vocabulary)
    return spec


def _converter(spec):
    from ctranslate2.converters import Converter

    class SeededConverter(Converter):
        def _load(self):
            return spec

    return SeededConverter()


def sentencepiece_vocabulary(model_bytes: bytes, pad_to: int | None) -> list[str]:
    import sentencepiece as spm

    processor = spm.SentencePieceProcessor(model_proto=model_bytes)
    pieces = [processor.id_to_piece(i) for i in range(processor.get_piece_size())]
    if pad_to is not None:
        pieces += [f"▁pad{i}" for i in range(pad_to - len(pieces))]
    return pieces


def build_package_dir(
    folder: Path,
    from_code: str = "en",
    to_code: str = "ru",
    *,
    version: str = "1.0",
    size: ModelSize = TINY,
    seed: int = 0,
    eos_rig: bool | float = True,
    training_lines: list[str] | None = None,
    target_prefix: str = "",
) -> Path:
    """Write an installed-style package folder (metadata.json, sentencepiece.model, model/)."""
    folder.mkdir(parents=True)
    lines = training_lines or TRAINING_LINES
    sp_model = train_sentencepiece(lines, size.sp_vocab, size.sp_model_type)
    (folder / "sentencepiece.model").write_bytes(sp_model)
    vocabulary = sentencepiece_vocabulary(sp_model, size.vocab)
    spec = make_spec(vocabulary, size, seed, eos_rig)
    _converter(spec).convert(str(folder / "model"), quantization=size.quantization)
    metadata = {
        "package_version": version,
        "argos_version": "1.0",
        "from_code": from_code,
        "from_name": LANGUAGE_NAMES.get(from_code, from_code),
        "to_code": to_code,
        "to_name": LANGUAGE_NAMES.get(to_code, to_code),
        "links": [],
    }
    if target_prefix:
        metadata["target_prefix"] = target_prefix
    (folder / "metadata.json").write_text(json.dumps(metadata, indent=2), encoding="utf-8")
    (folder / "README.md").write_text("Random-weight test package.\n", encoding="utf-8")
    return folder


def zip_package(folder: Path, destination: Path) -> Path:
    """Zip ``folder`` as the single top-level folder of an ``.argosmodel`` file."""
    with zipfile.ZipFile(destination, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            archive.write(path, Path(folder.name) / path.relative_to(folder))
    return destination


def build_argos_package(
    out_dir: Path, from_code: str = "en", to_code: str = "ru", **options
) -> Path:
    """Build ``translate-<from>_<to>-<version>.argosmodel`` in ``out_dir`` and return its path."""
    version = options.get("version", "1.0")
    stem = f"translate-{from_code}_{to_code}-{version.replace('.', '_')}"
    out_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(dir=out_dir))
    try:
        folder = build_package_dir(work / stem, from_code, to_code, **options)
        return zip_package(folder, out_dir / f"{stem}.argosmodel")
    finally:
        shutil.rmtree(work, ignore_errors=True)
