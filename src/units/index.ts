export { humanDuration } from './duration';
export { formatGoG, humanSize, humanSizeWithPrecision } from './size';
