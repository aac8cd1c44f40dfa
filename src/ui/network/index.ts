/** The network drawing and its companions (prediction bars, legend, number text). */
export { NetworkDiagram, type NetworkDiagramProps } from './NetworkDiagram';
export { NetworkLegend } from './NetworkLegend';
export { PredictionBars } from './PredictionBars';
export { networkMessages, type NetworkStrings } from './messages';
export { formatExact, formatFactor, formatFixed, formatPercent } from './numbers';
export { paramLayout, paramCount, type ParamInfo } from './layout';
export { useReducedMotion } from './reduced-motion';
