/** Every lesson, in the order a learner takes them: lesson N is `LESSONS[N - 1]`. */
import type { Lesson } from '../types';
import { containerLifecycle, helloWorld, imagesAndLayers } from './first-steps';
import { insideContainer, portsAndServices } from './inside';
import { buildYourOwn, cleanUp, tagsAndRegistries } from './sharing';

export const LESSONS: readonly Lesson[] = [
  helloWorld,
  imagesAndLayers,
  containerLifecycle,
  insideContainer,
  portsAndServices,
  tagsAndRegistries,
  cleanUp,
  buildYourOwn,
];
