/** Lesson and quiz prose: plain text where `backticked` spans are code. */
export function Prose({ text }: { readonly text: string }) {
  const parts = text.split('`');
  // Odd-numbered parts sat between backticks (the schema test keeps them paired).
  // The parts never move, so their position is a stable key.
  // biome-ignore lint/suspicious/noArrayIndexKey: a fixed split of constant text
  return <>{parts.map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part))}</>;
}
