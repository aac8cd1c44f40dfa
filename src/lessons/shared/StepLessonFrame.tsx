/**
 * The frame the forward, backprop and update lessons share: their introduction, the model
 * picker, the stepper of the lesson's own stage, and then the lesson's own view of the
 * latest step (or a line saying the engine has not sent one yet).
 */
import type { ReactNode } from 'react';
import type { Stage } from '../../core/trainer';
import { useLessonT } from '../../ui/i18n';
import { useLessonRun } from './lesson-model';
import { ModelPicker } from './ModelPicker';
import { StepControls } from './StepControls';
import { sharedMessages } from './step-messages';
import { useStepView, type StepView } from './use-step-view';
import './step-controls.css';

export function StepLessonFrame(props: {
  className: string;
  /** The stage of the loop this lesson teaches and steps. */
  stage: Stage;
  intro: ReactNode;
  children: (view: StepView) => ReactNode;
}) {
  const shared = useLessonT(sharedMessages);
  const { runId } = useLessonRun();
  const view = useStepView();
  return (
    <div className={props.className}>
      {props.intro}
      <ModelPicker />
      <StepControls runId={runId} stage={props.stage} />
      {view === null ? <p className="hint">{shared('step.waiting')}</p> : props.children(view)}
    </div>
  );
}
