/**
 * A translated sentence whose `{name}` placeholders are numbers, each in its own left-to-right
 * span: in Arabic text "22" and "0.3" keep their digits' order and never swap with the words.
 */
export function WithNumbers({
  template,
  values,
}: {
  template: string;
  values: Readonly<Record<string, number>>;
}) {
  // split() with a capture group alternates text (even indices) and placeholder names (odd).
  const parts = template.split(/\{(\w+)\}/);
  return (
    <>
      {parts.map((part, k) =>
        k % 2 === 0 ? (
          part
        ) : (
          <span key={k} className="numbers">
            {part in values ? String(values[part]) : `{${part}}`}
          </span>
        ),
      )}
    </>
  );
}
