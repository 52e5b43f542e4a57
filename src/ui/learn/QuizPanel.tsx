/** Filled in by its issue's work; the side pane loads it lazily. */
export default function QuizPanel() {
  return <p className="loading">QuizPanel</p>;
}
