/** Filled in by its issue's work; the side pane loads it lazily. */
export default function DiagramPanel() {
  return <p className="loading">DiagramPanel</p>;
}
