/** The terminal's first words, in ours (not Docker's). */
const BOLD = '\x1b[1m';
const CMD = '\x1b[1;36m';
const RESET = '\x1b[0m';

export function welcomeText(returning: boolean): string {
  if (returning) {
    return `Welcome back to ${BOLD}Dockyard${RESET}: your images and containers are as you left them.\n\n`;
  }
  return (
    `Welcome to ${BOLD}Dockyard${RESET}, a Docker playground that runs entirely in your browser.\n` +
    `Type commands as you would in a real terminal. Start with ${CMD}docker run hello-world${RESET},\n` +
    `or type ${CMD}help${RESET} to see what this shell understands.\n\n`
  );
}
