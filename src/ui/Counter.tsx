/** One named number in a description list of live counters (epoch, iteration, updates…). */
export function Counter(props: { label: string; value: string; className?: string }) {
  return (
    <div className={props.className ?? 'counter'}>
      <dt>{props.label}</dt>
      <dd className="numbers">{props.value}</dd>
    </div>
  );
}
