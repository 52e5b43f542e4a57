/** Every quiz question, set by set. */
import type { Question } from '../types';
import { CONTAINERS } from './containers';
import { IMAGES } from './images';
import { REGISTRIES } from './registries';
import { WALKTHROUGH } from './walkthrough';

export const QUESTIONS: readonly Question[] = [...WALKTHROUGH, ...IMAGES, ...CONTAINERS, ...REGISTRIES];
