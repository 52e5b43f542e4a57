/** Filled in by its issue's work; the side pane loads it lazily. */
export default function ApiLogPanel() {
  return <p className="loading">ApiLogPanel</p>;
}
