import { nipSchema } from '../../../shared/domain/agency';
import { secretSchema } from '../../../shared/domain/auth';
import { translate } from '../../../shared/i18n/translate';
import { roleSchema, type Role } from '../../../shared/domain/user';
import { archiveOption, jsonOption, openArchive, parseCommandArgs } from '../archive';
import type { Command } from '../command';
import { UsageError } from '../io';
import { cliCaller, readSecret, signInCli, userOptions } from '../signIn';

/**
 * `lemari user add NAME --role ROLE [--nip N] --pin-stdin`: the archive's first account (the PPID,
 * by auth.setupFirst) needs no sign-in; every later one is added by a user manager signed in with
 * `--user NAME`, whose PIN comes first on stdin, then the new person's on the next line.
 */
export const userCommand: Command = {
  name: 'user',
  summary: 'Tambah pengguna dengan PIN / add a user with a PIN',
  usage: 'lemari user add NAME --role ROLE [--nip N] [--jabatan TEXT] --pin-stdin [--user NAME] [--archive DIR] [--json]',
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      {
        ...archiveOption,
        ...jsonOption,
        ...userOptions,
        role: { type: 'string', multiple: true },
        nip: { type: 'string' },
        jabatan: { type: 'string' },
      },
      true,
    );
    const [verb, name, ...extra] = positionals;
    if (verb !== 'add' || !name || extra.length > 0) throw new UsageError('lemari user add NAMA --role PERAN / NAME --role ROLE');
    const roles = (values.role ?? []).map((r) => roleSchema.safeParse(r));
    if (roles.length === 0 || roles.some((r) => !r.success)) throw new UsageError(`--role: ${roleSchema.options.join(' | ')}`);
    const nip = nipSchema.safeParse(values.nip ?? '');
    if (!nip.success) throw new UsageError('--nip: 18 angka / 18 digits');
    const fields = { name, nip: nip.data, jabatan: values.jabatan ?? '', roles: roles.map((r) => r.data as Role), active: true };

    const core = openArchive(values.archive);
    try {
      const status = await cliCaller(core).call('auth.status', {});
      if (status.needsSetup) {
        // The first account: the body's PPID, created without sign-in (and only once).
        if (!fields.roles.includes('ppid')) throw new UsageError('akun pertama harus --role ppid / the first account must be --role ppid');
        const secret = await readSecret(values['pin-stdin'], `PIN baru untuk ${name} / new PIN: `);
        const session = await cliCaller(core).call('auth.setupFirst', {
          fields: { name, nip: fields.nip, jabatan: fields.jabatan },
          secret,
        });
        const { call } = cliCaller(core, session.sessionId);
        const extraRoles = fields.roles.filter((r) => r !== 'ppid');
        if (extraRoles.length > 0) await call('user.update', { id: session.user.id, fields, expectedVersion: 0 });
        io.out(values.json ? JSON.stringify(session.user) : `Akun PPID dibuat / PPID account created: ${name}`);
        return 0;
      }
      const { call } = await signInCli(core, values);
      const secret = await readSecret(values['pin-stdin'], `PIN baru untuk ${name} / new PIN: `);
      // Checked before the person is added, so a short PIN leaves no account without one.
      if (!secretSchema.safeParse(secret).success) throw new UsageError(translate('id', 'v.secret') + ' / ' + translate('en', 'v.secret'));
      const user = await call('user.create', { fields });
      await call('auth.setSecret', { userId: user.id, secret });
      io.out(values.json ? JSON.stringify(user) : `Pengguna ditambahkan / user added: ${name} (${fields.roles.join(', ')})`);
      return 0;
    } finally {
      core.close();
    }
  },
};
