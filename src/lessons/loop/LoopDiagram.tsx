/**
 * The four stages as a ring. The stage the engine just ran is lit (and marked for assistive
 * technology with aria-current); while playing, the whole ring is lit.
 */
import type { Stage } from '../../core/trainer';
import { useT } from '../../ui/i18n';

const STAGES: readonly Stage[] = ['forward', 'loss', 'backprop', 'update'];

export function LoopDiagram({ active }: { active: Stage | 'all' | null }) {
  const t = useT();
  return (
    <figure className="loop-diagram" aria-label={t('loop.diagram')}>
      <ol className="loop-ring">
        {STAGES.map((stage, index) => {
          const lit = active === 'all' || active === stage;
          return (
            <li
              key={stage}
              className={`loop-stage${lit ? ' lit' : ''}`}
              aria-current={active === stage ? 'step' : undefined}
              data-stage={stage}
            >
              <span className="loop-stage-number numbers">{index + 1}</span>
              <strong>{t(`loop.stage.${stage}`)}</strong>
              <span className="loop-stage-hint">{t(`loop.stage.${stage}.hint`)}</span>
            </li>
          );
        })}
      </ol>
      <figcaption className="loop-repeat" aria-hidden="true">
        ↻
      </figcaption>
    </figure>
  );
}
