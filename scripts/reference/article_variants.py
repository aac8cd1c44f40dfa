"""Regenerates the numpy fixtures for the article's single-neuron program.

The lab's TypeScript port (src/core/article.ts and the `train --preset article` command)
must agree with numpy bit for bit. numpy is not installed on CI, so this script is run by
hand and its outputs are committed under tests/fixtures/article/:

  <name>.out          exactly what the (edited) program prints on stdout
  <name>.epochs.json  every epoch's [total_loss, w0, w1, bias] as exact float reprs
  variants.json       the list of variants and the command-line flags that reproduce them
  sigmoid-variants.json  the same for the sigmoid neuron's variants (SIGMOID_VARIANTS)

About the loss: the program squares the error with `** 2` on a numpy float64 scalar, which
calls the C library's pow(). glibc's pow is accurate to about 0.52 ulp, not correctly
rounded, so in rare near-tie cases pow(e, 2) is one ulp away from e * e. Each epochs.json
therefore also lists, under "lossBySquaring", the epochs whose total loss would differ if
every square were the correctly rounded e * e, with that value. Weights and bias never
depend on the loss, so they are unaffected.

The training loop below is a parametrised re-implementation of the article's program: the
same float64 numpy arrays, np.dot for the weighted sum, the squared error summed per epoch,
then the weight update before the bias update. Keep it that way, or the fixtures stop
describing what numpy really prints.

About the dot product: np.dot calls OpenBLAS, which picks a kernel for the CPU it runs on, and
the kernels do not all round a two-element dot product alike. The committed fixtures come from
the SkylakeX kernel (a fused multiply-add, as the core does); on a CPU where OpenBLAS picks
another kernel, name it with OPENBLAS_CORETYPE or the fixtures change in the last bits.

About the sigmoid: numpy's exp is not correctly rounded and need not agree with JavaScript's
Math.exp to the last bit, so the sigmoid variants are written to their own manifest and their
test states how exact the core is (tests/unit/article-sigmoid.test.ts).

Usage:
  OPENBLAS_CORETYPE=SkylakeX python3 scripts/reference/article_variants.py [--check-against PATH]

With --check-against, the default variant's output is compared byte for byte with the
article program's recorded output and the script fails if they differ.
"""

import argparse
import json
import math
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

FIXTURE_DIR = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "article"

DEVICES = [[0.55, 0.48], [0.45, 0.72], [0.35, 0.03], [0.20, 0.03]]
DEVICE_LABELS = [1, 1, 0, 0]
QUERY_DEVICE = [0.50, 0.55]


@dataclass
class Variant:
    name: str
    lr: float = 0.1
    epochs: int = 100
    activation: str = "clip"  # "clip", "linear" or "sigmoid"
    extra: list = field(default_factory=list)  # extra training rows (x1, x2, label)
    print_every: int = 25

    def cli_args(self):
        args = ["--lr", repr(self.lr), "--epochs", str(self.epochs)]
        args += ["--activation", self.activation, "--print-every", str(self.print_every)]
        for x1, x2, label in self.extra:
            args += ["--add", f"{x1!r},{x2!r},{label}"]
        return args


VARIANTS = [
    Variant("default"),
    Variant("lr-0.9-clip", lr=0.9),
    Variant("lr-0.001-clip", lr=0.001),
    Variant("lr-0.9-linear", lr=0.9, activation="linear"),
    Variant("lr-1.5-linear", lr=1.5, activation="linear"),
    # Grows to ~1e33 in 300 epochs but stays finite (it would overflow near epoch 2510).
    Variant("lr-1.6-linear-300", lr=1.6, activation="linear", epochs=300),
    # Diverges for real: the loss overflows to inf at epoch 88, everything is nan from 176.
    Variant("lr-3-linear-300", lr=3.0, activation="linear", epochs=300),
    Variant("contradicting-fifth", extra=[(0.5, 0.6, 0)]),
    Variant("epochs-1000-every-100", epochs=1000, print_every=100),
    Variant("lr-2.5-clip", lr=2.5),
]

# The same program with the sigmoid 1 / (1 + np.exp(-z)) in place of the clip, in their own
# manifest (sigmoid-variants.json): see "About the sigmoid" above.
SIGMOID_VARIANTS = [
    Variant("sigmoid", activation="sigmoid"),
    Variant("sigmoid-lr-0.9", lr=0.9, activation="sigmoid"),
    Variant("sigmoid-lr-5", lr=5.0, activation="sigmoid"),
    Variant("sigmoid-contradicting-fifth", activation="sigmoid", extra=[(0.5, 0.6, 0)]),
    Variant("sigmoid-epochs-1000-every-100", activation="sigmoid", epochs=1000, print_every=100),
]


def activate(activation, z):
    if activation == "clip":
        return np.clip(z, 0, 1)
    if activation == "sigmoid":
        return 1 / (1 + np.exp(-z))
    return z


def run(variant):
    """Trains one variant; returns (printed text, per-epoch records)."""
    inputs = np.array(DEVICES + [[x1, x2] for x1, x2, _ in variant.extra])
    labels = np.array(DEVICE_LABELS + [label for _, _, label in variant.extra])
    weights = np.array([0.5, 0.5])
    bias = 0.0
    lr = variant.lr
    lines = []
    records = []
    squared_losses = {}
    for epoch in range(variant.epochs):
        total_loss = 0
        squared_loss = 0.0
        for x, target in zip(inputs, labels):
            prediction = activate(variant.activation, np.dot(x, weights) + bias)
            total_loss += (target - prediction) ** 2
            error = target - prediction
            squared_loss += error * error
            weights += lr * error * x
            bias += lr * error
        records.append([total_loss, weights[0], weights[1], bias])
        if exact(squared_loss) != exact(total_loss):
            squared_losses[str(epoch)] = exact(squared_loss)
        if epoch % variant.print_every == 0:
            lines.append(
                f"Epoch {epoch:3d}  Loss={total_loss:.4f}  "
                f"Weights=[{weights[0]:.3f}, {weights[1]:.3f}]"
            )
    query = np.array(QUERY_DEVICE)
    pred = activate(variant.activation, np.dot(query, weights) + bias)
    verdict = "Glasses ✅" if pred > 0.5 else "Ring ❌"
    lines.append(f"Prediction: {pred:.2f} → {verdict}")
    return "".join(line + "\n" for line in lines), records, squared_losses


def exact(value):
    """A float as JSON: its shortest round-trip repr, or a string when not finite."""
    value = float(value)
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    return value


def write_variants(variants, manifest_name, outputs):
    """Writes each variant's .out and .epochs.json, then the manifest listing them."""
    manifest = []
    with np.errstate(all="ignore"):
        for variant in variants:
            text, records, squared_losses = run(variant)
            outputs[variant.name] = text
            (FIXTURE_DIR / f"{variant.name}.out").write_bytes(text.encode("utf-8"))
            epochs = [[exact(v) for v in record] for record in records]
            payload = {"name": variant.name, "epochs": epochs, "lossBySquaring": squared_losses}
            (FIXTURE_DIR / f"{variant.name}.epochs.json").write_text(
                json.dumps(payload, separators=(",", ":")) + "\n", encoding="utf-8"
            )
            manifest.append(
                {
                    "name": variant.name,
                    "lr": variant.lr,
                    "epochs": variant.epochs,
                    "activation": variant.activation,
                    "extra": [list(row) for row in variant.extra],
                    "printEvery": variant.print_every,
                    "args": variant.cli_args(),
                }
            )
            print(f"wrote {variant.name}: {len(records)} epochs", file=sys.stderr)
    (FIXTURE_DIR / manifest_name).write_text(
        json.dumps({"numpy": np.__version__, "variants": manifest}, indent=2) + "\n", encoding="utf-8"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check-against", metavar="PATH", help="the article program's recorded stdout")
    options = parser.parse_args()

    FIXTURE_DIR.mkdir(parents=True, exist_ok=True)
    outputs = {}
    write_variants(VARIANTS, "variants.json", outputs)
    write_variants(SIGMOID_VARIANTS, "sigmoid-variants.json", outputs)

    if options.check_against:
        expected = Path(options.check_against).read_bytes()
        actual = outputs["default"].encode("utf-8")
        if actual != expected:
            print("CHECK FAILED: default variant differs from the recorded output", file=sys.stderr)
            return 1
        print("check ok: default variant equals the recorded output byte for byte", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
