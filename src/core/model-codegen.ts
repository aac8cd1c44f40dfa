/**
 * An exported model as a program someone can run without the lab: a Python script that
 * needs only numpy, or a JavaScript module (ESM) that runs in Node or imports in a page.
 * Both embed the model's JSON (exact to the last bit), repeat the lab's forward pass
 * operation for operation, and print predictions in the lab's one-line format
 * (`formatPrediction` in model-export.ts): `class,p0,p1,…` or a value.
 */
import type { ExportedModel } from './model-export';

export type CodeLanguage = 'python' | 'js';
export const CODE_LANGUAGES: readonly CodeLanguage[] = ['python', 'js'];

/** The JSON embedded in the generated code, on one line. */
function embeddedJson(model: ExportedModel): string {
  return JSON.stringify(model);
}

/** Text from the model (names, the data's name) made safe for a comment or docstring. */
function plain(text: string): string {
  return text.replace(/[\p{Cc}\u2028\u2029]/gu, ' ').replaceAll('\\', '/');
}

function usageLines(model: ExportedModel, command: string): string[] {
  const output =
    model.task === 'regression'
      ? 'Prints the predicted value, one line per point.'
      : 'Prints the predicted class and the class probabilities, one line per point: class,p0,p1,...';
  return [
    `A network trained in Training Loop Lab (${model.task}, data: ${plain(model.data)}).`,
    plain(
      `Inputs: ${model.inputs.names.join(', ')}; classes: ${model.classes.join(', ') || 'none (regression)'}.`,
    ),
    '',
    `Usage: ${command} X1 X2        predict one point`,
    `       ${command} < points.csv  predict each row (x1,x2 first; a header line is skipped)`,
    output,
  ];
}

export function pythonSource(model: ExportedModel): string {
  const doc = usageLines(model, 'python3 model.py').join('\n');
  // A raw triple-quoted string holds any JSON text except three quotes in a row, which
  // JSON.stringify never writes outside a string (and names are escaped inside).
  const json = embeddedJson(model).replaceAll("'''", '\\u0027\\u0027\\u0027');
  return `#!/usr/bin/env python3
"""${doc.replaceAll('"""', "'''")}

Needs only numpy.
"""
import json
import sys

import numpy as np

MODEL = json.loads(r'''${json}''')


def features(point):
    """Standardises the raw point, then computes the network's input features."""
    mean = MODEL["inputs"]["mean"]
    std = MODEL["inputs"]["std"]
    x1 = (float(point[0]) - mean[0]) / std[0]
    x2 = (float(point[1]) - mean[1]) / std[1]
    table = {
        "x1": x1,
        "x2": x2,
        "x1^2": x1 * x1,
        "x2^2": x2 * x2,
        "x1*x2": x1 * x2,
        "sin(x1)": float(np.sin(x1)),
        "sin(x2)": float(np.sin(x2)),
    }
    return np.array([table[name] for name in MODEL["features"]], dtype=np.float64)


def activate(name, z):
    if name == "linear":
        return z
    if name == "relu":
        return np.where(z > 0, z, 0.0)
    if name == "tanh":
        return np.tanh(z)
    if name == "sigmoid":
        e = np.exp(-np.abs(z))
        return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    if name == "clip":
        return np.clip(z, 0.0, 1.0)
    if name == "softmax":
        e = np.exp(z - np.max(z))
        return e / np.sum(e)
    raise ValueError("unknown activation " + name)


def predict(point):
    """The class and its probabilities (classification) or the value (regression)."""
    a = features(point)
    for layer in MODEL["layers"]:
        w = np.array(layer["weights"], dtype=np.float64)
        b = np.array(layer["biases"], dtype=np.float64)
        a = activate(layer["activation"], w @ a + b)
    if MODEL["task"] == "regression":
        return float(a[0]) * MODEL["target"]["std"] + MODEL["target"]["mean"]
    if len(a) == 1:
        p = float(a[0])
        return (1 if p > 0.5 else 0), [1.0 - p, p]
    probabilities = [float(v) for v in a]
    return int(np.argmax(a)), probabilities


def line(prediction):
    if MODEL["task"] == "regression":
        return repr(prediction)
    label, probabilities = prediction
    return ",".join([str(label)] + [repr(p) for p in probabilities])


def number(text):
    """The finite number a field holds, or None."""
    try:
        value = float(text)
    except ValueError:
        return None
    return value if np.isfinite(value) else None


def main(argv):
    if len(argv) == 2:
        values = [number(a) for a in argv]
        if None in values:
            print("expected two numbers, got %s" % " ".join(argv), file=sys.stderr)
            return 2
        print(line(predict(values)))
        return 0
    if argv:
        print(__doc__, file=sys.stderr)
        return 2
    first = True
    for count, text in enumerate(sys.stdin, start=1):
        fields = [f.strip().strip('"') for f in text.strip().split(",")]
        if fields == [""] or fields[0].startswith("#"):
            continue
        values = [number(f) for f in fields]
        header = first and all(v is None for v in values)
        first = False
        if header:
            continue
        if len(values) < 2 or values[0] is None or values[1] is None:
            print("line %d: expected two numbers, got %r" % (count, text.strip()), file=sys.stderr)
            return 2
        print(line(predict(values[:2])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
`;
}

export function javascriptSource(model: ExportedModel): string {
  const doc = usageLines(model, 'node model.mjs')
    .map((text) => ` * ${text}`.trimEnd())
    .join('\n');
  return `/**
${doc.replaceAll('*/', '*\\/')}
 *
 * Or import it: import { predict } from './model.mjs'; predict([x1, x2]).
 */
export const MODEL = ${embeddedJson(model)};

function features(point) {
  const { mean, std } = MODEL.inputs;
  const x1 = (point[0] - mean[0]) / std[0];
  const x2 = (point[1] - mean[1]) / std[1];
  const table = {
    x1,
    x2,
    'x1^2': x1 * x1,
    'x2^2': x2 * x2,
    'x1*x2': x1 * x2,
    'sin(x1)': Math.sin(x1),
    'sin(x2)': Math.sin(x2),
  };
  return MODEL.features.map((name) => table[name]);
}

function sigmoid(z) {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

function activate(name, z) {
  switch (name) {
    case 'linear':
      return z;
    case 'relu':
      return z.map((v) => (v > 0 ? v : 0));
    case 'tanh':
      return z.map(Math.tanh);
    case 'sigmoid':
      return z.map(sigmoid);
    case 'clip':
      return z.map((v) => (v < 0 ? 0 : v > 1 ? 1 : v));
    case 'softmax': {
      const max = Math.max(...z);
      const e = z.map((v) => Math.exp(v - max));
      let sum = 0;
      for (const v of e) sum += v;
      return e.map((v) => v / sum);
    }
    default:
      throw new Error('unknown activation ' + name);
  }
}

/** { classIndex, probabilities } for classification, { value } for regression. */
export function predict(point) {
  let a = features(point);
  for (const layer of MODEL.layers) {
    const z = layer.weights.map((row, j) => {
      let s = 0;
      for (let i = 0; i < row.length; i++) s += row[i] * a[i];
      return s + layer.biases[j];
    });
    a = activate(layer.activation, z);
  }
  if (MODEL.task === 'regression') return { value: a[0] * MODEL.target.std + MODEL.target.mean };
  if (a.length === 1) return { classIndex: a[0] > 0.5 ? 1 : 0, probabilities: [1 - a[0], a[0]] };
  let classIndex = 0;
  for (let k = 1; k < a.length; k++) if (a[k] > a[classIndex]) classIndex = k;
  return { classIndex, probabilities: a };
}

export function predictionLine(prediction) {
  return 'value' in prediction
    ? String(prediction.value)
    : [prediction.classIndex, ...prediction.probabilities].map(String).join(',');
}

async function main(argv) {
  if (argv.length === 2) {
    const values = argv.map((text) => (text.trim() === '' ? NaN : Number(text)));
    if (!values.every(Number.isFinite)) {
      console.error('expected two numbers, got ' + argv.join(' '));
      return 2;
    }
    console.log(predictionLine(predict(values)));
    return 0;
  }
  if (argv.length > 0) {
    console.error('usage: node model.mjs X1 X2, or node model.mjs < points.csv');
    return 2;
  }
  const { readFileSync } = await import('node:fs');
  const lines = readFileSync(0, 'utf8').split(/\\r\\n|\\n|\\r/);
  const number = (text) => (text === '' ? NaN : Number(text));
  let first = true;
  for (let k = 0; k < lines.length; k++) {
    const fields = lines[k].trim().split(',').map((f) => f.trim().replace(/^"|"$/g, ''));
    if (fields[0] === '' || fields[0].startsWith('#')) continue;
    const values = fields.map(number);
    const header = first && values.every((v) => !Number.isFinite(v));
    first = false;
    if (header) continue;
    if (values.length < 2 || !Number.isFinite(values[0]) || !Number.isFinite(values[1])) {
      console.error('line ' + (k + 1) + ': expected two numbers, got ' + JSON.stringify(lines[k]));
      return 2;
    }
    console.log(predictionLine(predict(values.slice(0, 2))));
  }
  return 0;
}

// Run as a program (node model.mjs …), not when imported.
if (typeof process !== 'undefined' && process.argv[1] !== undefined) {
  const { pathToFileURL } = await import('node:url');
  if (import.meta.url === pathToFileURL(process.argv[1]).href) {
    process.exitCode = await main(process.argv.slice(2));
  }
}
`;
}

export function modelSource(model: ExportedModel, language: CodeLanguage): string {
  return language === 'python' ? pythonSource(model) : javascriptSource(model);
}
