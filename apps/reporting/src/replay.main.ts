import 'reflect-metadata';
import { replayReadModels } from './replay/replay-read-models';

replayReadModels(process.env)
  .then((status) => {
    process.stdout.write(`${JSON.stringify(status)}\n`);
    process.exit(status.state === 'done' ? 0 : 1);
  })
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
