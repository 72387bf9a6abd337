import { useEffect, useState } from 'react';
import { useApiClient } from '../../api/ApiContext';

/** The running backup's progress from `job.progressed` events (null when none is running). */
export function useBackupProgress(): { done: number; total: number } | null {
  const client = useApiClient();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  useEffect(() => {
    const stopProgress = client.on('job.progressed', (payload) => {
      if (payload.label === 'backup') setProgress(payload.done >= payload.total ? null : { done: payload.done, total: payload.total });
    });
    const stopChanged = client.on('backup.changed', () => setProgress(null));
    return () => {
      stopProgress();
      stopChanged();
    };
  }, [client]);
  return progress;
}
