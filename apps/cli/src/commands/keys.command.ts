import { Command } from 'commander';
import { ensureRegencyKey } from '../simulation/regency-keys';
import { findService, serviceUrl } from '../stack/services';
import { stackEnv } from '../stack/stack-env';
import { cliKeyParties } from '../stack/tokens';

export function keysCommand(): Command {
  const command = new Command('keys').description('signing keys of regency systems (development)');
  command
    .command('register')
    .description('generate an Ed25519 key for a region, request it as the region and approve it as its province\'s coordinator (development), and keep the private key in .selaras/keys')
    .requiredOption('--region <kode>', 'kode wilayah, e.g. 81.71')
    .action(async (opts: { region: string }) => {
      const env = stackEnv();
      const key = await ensureRegencyKey(opts.region, serviceUrl(findService('proposals'), env), cliKeyParties(env, 'selaras-cli'));
      console.log(`${opts.region}: key ${key.keyId}, requested by the region and approved by its province's coordinator (private key in .selaras/keys/${opts.region}.json)`);
    });
  return command;
}
