import { Command } from 'commander';
import { ensureRegencyKey } from '../simulation/regency-keys';
import { findService, serviceUrl } from '../stack/services';
import { stackEnv } from '../stack/stack-env';
import { cliTokens } from '../stack/tokens';

export function keysCommand(): Command {
  const command = new Command('keys').description('signing keys of regency systems (development)');
  command
    .command('register')
    .description('generate an Ed25519 key for a region, register it with proposals and keep the private key in .selaras/keys')
    .requiredOption('--region <kode>', 'kode wilayah, e.g. 81.71')
    .action(async (opts: { region: string }) => {
      const env = stackEnv();
      // the administration client registers it (the request/approval workflow of kab/kota keys replaces this, issue 22 item 5)
      const admin = await cliTokens(env).token(opts.region, 'admin');
      const key = await ensureRegencyKey(opts.region, serviceUrl(findService('proposals'), env), admin);
      console.log(`${opts.region}: key ${key.keyId} (private key in .selaras/keys/${opts.region}.json)`);
    });
  return command;
}
