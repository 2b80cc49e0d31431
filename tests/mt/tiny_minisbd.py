"""Write a tiny MiniSBD sentence-boundary model (ONNX) so LibreTranslate never downloads one.

LibreTranslate's argostranslate splits every text into sentences with MiniSBD. Unless a package
ships ``minisbd/<name>.onnx``, MiniSBD downloads its model from GitHub on the first translation,
which fails offline. This writes a genuine MiniSBD model file (the inputs ``units`` and
``features``, five label logits per character, and the ``config``/``vocab``/``lexicon`` metadata
MiniSBD reads) whose logits always favour "no boundary": MiniSBD then marks only the last
character, so each paragraph is one sentence. That is all the test segments need.

Runs inside LibreTranslate's own virtual environment (which has ``onnx``):
``<lt-venv>/bin/python tests/mt/tiny_minisbd.py OUT.onnx``.
"""

from __future__ import annotations

import json
import string
import sys


def build(path: str) -> None:
    import numpy as np
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    units = helper.make_tensor_value_info("units", TensorProto.INT64, ["batch", "chars"])
    features = helper.make_tensor_value_info(
        "features", TensorProto.FLOAT, ["batch", "chars", "feats"]
    )
    logits = helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", "chars", 5])
    initializers = [
        numpy_helper.from_array(np.array([2], dtype=np.int64), "axes"),
        numpy_helper.from_array(np.zeros(5, dtype=np.float32), "zeros"),
        # label 0: inside a token; 1: token end; 2: sentence end; 3/4: multi-word variants
        numpy_helper.from_array(np.array([4, 0, -4, -8, -8], dtype=np.float32), "bias"),
    ]
    nodes = [
        helper.make_node("Cast", ["units"], ["units_f"], to=TensorProto.FLOAT),
        helper.make_node("Unsqueeze", ["units_f", "axes"], ["units_3d"]),
        helper.make_node("Mul", ["units_3d", "zeros"], ["zeroed"]),
        helper.make_node("Add", ["zeroed", "bias"], ["logits"]),
    ]
    graph = helper.make_graph(nodes, "tiny_minisbd", [units, features], [logits], initializers)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    chars = sorted(set(" .,!?'\"-0123456789" + string.ascii_letters))
    id2unit = ["<PAD>", "<UNK>", *chars]
    vocab = {
        "lang": "en",
        "idx": 0,
        "cutoff": 0,
        "lower": False,
        "_unit2id": {unit: i for i, unit in enumerate(id2unit)},
        "_id2unit": id2unit,
    }
    config = {"max_seqlen": 1000, "batch_size": 32, "feat_funcs": [], "use_dictionary": False}
    for key, value in (("lang_code", "en"), ("config", json.dumps(config)),
                       ("vocab", json.dumps(vocab)), ("lexicon", "null")):
        entry = model.metadata_props.add()
        entry.key, entry.value = key, value
    onnx.checker.check_model(model)
    onnx.save(model, path)


if __name__ == "__main__":
    build(sys.argv[1])
