/** The terminal's colours on a projector: black and white, every ANSI colour at full brightness. */
import type { ITheme } from '@xterm/xterm';

export const HIGH_CONTRAST: ITheme = {
  background: '#000000',
  foreground: '#ffffff',
  cursor: '#ffff00',
  cursorAccent: '#000000',
  selectionBackground: '#1f4fa8',
  black: '#7f7f7f',
  red: '#ff6b6b',
  green: '#5cff7a',
  yellow: '#ffe74c',
  blue: '#7ab8ff',
  magenta: '#ff8cff',
  cyan: '#5cf2ff',
  white: '#ffffff',
  brightBlack: '#a0a0a0',
  brightRed: '#ff9a9a',
  brightGreen: '#8dff9f',
  brightYellow: '#fff27a',
  brightBlue: '#a6d0ff',
  brightMagenta: '#ffb3ff',
  brightCyan: '#9af7ff',
  brightWhite: '#ffffff',
};
