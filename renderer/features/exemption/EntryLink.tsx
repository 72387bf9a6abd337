import { Anchor } from '@mantine/core';
import { type Exemption } from '../../../shared/domain/exemption';
import { href, routes } from '../../app/routes';

export function EntryLink({ x }: { x: Pick<Exemption, 'entryId' | 'judul'> }) {
  return <Anchor href={href(`${routes.dik}/${String(x.entryId)}`)}>{x.judul}</Anchor>;
}
