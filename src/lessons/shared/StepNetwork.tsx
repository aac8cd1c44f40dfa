/**
 * The network drawing as the step-by-step lessons use it: names from the shared catalog,
 * the learner's motion preference, a legend, and a note instead of a drawing when the main
 * run's network is too large to draw legibly.
 */
import { useLessonT } from '../../ui/i18n';
import {
  NetworkDiagram,
  NetworkLegend,
  networkMessages,
  paramCount,
  useReducedMotion,
  type NetworkDiagramProps,
} from '../../ui/network';
import { nodeLabels } from './model-info';
import { sharedMessages } from './step-messages';
import { isDrawable } from './step-values';
import type { StepView } from './use-step-view';

type Passed = Omit<NetworkDiagramProps, 'layerSizes' | 'nodeLabels' | 'strings' | 'reducedMotion'>;

export function StepNetwork({
  view,
  caption,
  tooBig,
  ...props
}: Passed & { view: StepView; caption: string; tooBig: (params: number) => string }) {
  const strings = useLessonT(networkMessages);
  const shared = useLessonT(sharedMessages);
  const reducedMotion = useReducedMotion();
  if (!isDrawable(view.layerSizes)) {
    return <p className="hint">{tooBig(paramCount(view.layerSizes))}</p>;
  }
  return (
    <figure className="network-figure">
      <NetworkDiagram
        {...props}
        layerSizes={view.layerSizes}
        nodeLabels={nodeLabels(view.info, view.layerSizes, shared)}
        strings={strings}
        reducedMotion={reducedMotion}
      />
      <NetworkLegend emphasis={props.emphasis ?? 'weight'} strings={strings} />
      <figcaption className="hint">{caption}</figcaption>
    </figure>
  );
}
