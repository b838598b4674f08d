import { join } from 'node:path';
import { register } from 'tsconfig-paths';

// jest's globalSetup runs outside the module mapper, so the path aliases are registered here
// before the real set-up (which imports @selaras/* libs) is loaded.
const root = join(__dirname, '../../..');
register({ baseUrl: root, paths: require(join(root, 'tsconfig.base.json')).compilerOptions.paths });

export default async function globalSetup(): Promise<void> {
  const { default: setUp } = require('./global-setup-impl');
  await setUp();
}
