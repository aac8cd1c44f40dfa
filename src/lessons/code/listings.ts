/**
 * The training loop of the article's neuron, written for this lesson in TypeScript and in
 * Python. Each line names the stage of the engine it belongs to, so the view can light the
 * lines the engine has just run. The gradient is the one the program really follows: the
 * slope of ½(y − p)², with the clip's slope taken as 1.
 */
import type { Stage } from '../../core/trainer';

export interface CodeLine {
  readonly text: string;
  /** The engine stage this line performs; null for the loop's scaffolding. */
  readonly stage: Stage | null;
}

export type CodeLanguage = 'typescript' | 'python';
export const codeLanguages: readonly CodeLanguage[] = ['typescript', 'python'];

const line = (text: string, stage: Stage | null = null): CodeLine => ({ text, stage });

export const listings: Readonly<Record<CodeLanguage, readonly CodeLine[]>> = {
  typescript: [
    line('for (let epoch = 0; epoch < epochs; epoch++) {'),
    line('  let totalLoss = 0;'),
    line('  for (const [x, y] of examples) {'),
    line('    const p = clip(w[0] * x[0] + w[1] * x[1] + b, 0, 1);', 'forward'),
    line('    const loss = (y - p) ** 2;', 'loss'),
    line('    totalLoss += loss;', 'loss'),
    line('    const dLoss_dP = p - y;', 'backprop'),
    line('    const gradW = [dLoss_dP * x[0], dLoss_dP * x[1]];', 'backprop'),
    line('    const gradB = dLoss_dP;', 'backprop'),
    line('    w = [w[0] - lr * gradW[0], w[1] - lr * gradW[1]];', 'update'),
    line('    b = b - lr * gradB;', 'update'),
    line('  }'),
    line('}'),
  ],
  python: [
    line('for epoch in range(epochs):'),
    line('    total_loss = 0.0'),
    line('    for x, y in zip(inputs, labels):'),
    line('        p = min(max(w[0] * x[0] + w[1] * x[1] + b, 0.0), 1.0)', 'forward'),
    line('        loss = (y - p) ** 2', 'loss'),
    line('        total_loss += loss', 'loss'),
    line('        d_loss_d_p = p - y', 'backprop'),
    line('        grad_w = [d_loss_d_p * x[0], d_loss_d_p * x[1]]', 'backprop'),
    line('        grad_b = d_loss_d_p', 'backprop'),
    line('        w = [w[0] - lr * grad_w[0], w[1] - lr * grad_w[1]]', 'update'),
    line('        b = b - lr * grad_b', 'update'),
  ],
};
