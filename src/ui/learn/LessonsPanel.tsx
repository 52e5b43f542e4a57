/** Filled in by its issue's work; the side pane loads it lazily. */
export default function LessonsPanel() {
  return <p className="loading">LessonsPanel</p>;
}
