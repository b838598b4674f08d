import { Command, InvalidArgumentError } from 'commander';
import { mintToken, Role, ROLES } from '@selaras/service-kit';
import { REGION_CODE_PATTERN } from '@selaras/contracts';
import { localJwtSecret } from '../stack/secrets';

function region(value: string): string {
  if (!REGION_CODE_PATTERN.test(value)) throw new InvalidArgumentError('a kode wilayah such as 81 (province) or 81.71 (kab/kota)');
  return value;
}

function role(value: string, previous: Role[] = []): Role[] {
  if (!(ROLES as readonly string[]).includes(value)) throw new InvalidArgumentError(`one of ${ROLES.join(', ')}`);
  return [...previous, value as Role];
}

export function tokenCommand(): Command {
  return new Command('token')
    .description('mint a development JWT signed with the local stack\'s secret')
    .requiredOption('--region <kode>', 'kode wilayah the token acts for, e.g. 81.71', region)
    .requiredOption('--role <role>', `role (repeat for several): ${ROLES.join(', ')}`, role)
    .option('--sub <subject>', 'who the token stands for')
    .option('--ttl <hours>', 'hours until it expires', (v) => Number(v), 12)
    .action((opts: { region: string; role: Role[]; sub?: string; ttl: number }) => {
      const sub = opts.sub ?? `${opts.role.join('+')}@${opts.region}`;
      console.log(mintToken(localJwtSecret(), { sub, region: opts.region, roles: opts.role }, Math.round(opts.ttl * 3600)));
    });
}
