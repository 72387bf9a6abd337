import { useEffect, useState } from 'react';
import { useApiClient } from '../../api/ApiContext';

/** Progress of one job (by the id this screen gave it) from `job.progressed` events. */
export function useJobProgress(jobId: string | null): { done: number; total: number } | null {
  const client = useApiClient();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  useEffect(() => {
    if (jobId === null) return undefined;
    return client.on('job.progressed', (payload) => {
      if (payload.jobId === jobId) setProgress(payload.done >= payload.total ? null : { done: payload.done, total: payload.total });
    });
  }, [client, jobId]);
  return jobId === null ? null : progress;
}
