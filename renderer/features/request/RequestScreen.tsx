import { useRoute } from '../../app/routes';
import { RequestList } from './RequestList';
import { RequestPage } from './RequestPage';

/** The request register: `/permohonan` lists, `/permohonan/<id>` opens one request. */
export function RequestScreen() {
  const route = useRoute();
  const match = /\/(\d+)$/.exec(route);
  return match?.[1] ? <RequestPage id={Number(match[1])} /> : <RequestList />;
}
