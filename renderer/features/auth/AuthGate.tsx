import { Box, Center, Loader } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useApiClient } from '../../api/ApiContext';
import { useMethod } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SetupFirstScreen } from './SetupFirstScreen';
import { SignInScreen } from './SignInScreen';
import { useIdleSignOut } from './useIdleSignOut';
import { resetArchiveQueries } from './resetArchiveQueries';

/**
 * Nothing of the archive shows until someone is signed in on this window or tab: the first run
 * creates the PPID's account, later runs ask who is there. auth.status is polled (it does not keep
 * the session alive), so a session main ended for idleness brings the sign-in screen back.
 *
 * After the first sign-in the screens stay mounted under an opaque, modal sign-in screen, so a
 * change of person (the PPID approving what the clerk drafted) keeps the page where it was. The
 * cached data is dropped at sign-out: what lies underneath refetches, and is refused, until
 * someone signs in again.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [idleOut, setIdleOut] = useState(false);
  const [started, setStarted] = useState(false);
  const status = useMethod('auth.status', {}, { refetchInterval: 20_000 });
  const signedIn = status.data?.signedIn ?? null;
  const person = signedIn?.id ?? null;
  // The gate, not the sign-in form, drops the last person's answers once someone is signed in: the form
  // unmounts as soon as auth.status says so (an event may refetch it first), and its callbacks with it.
  const last = useRef<number | null>(null);
  useEffect(() => {
    if (person !== null && last.current !== person) void resetArchiveQueries(queryClient);
    last.current = person;
  }, [person, queryClient]);
  useEffect(() => {
    if (signedIn) {
      setStarted(true);
      setIdleOut(false);
    }
  }, [signedIn]);
  useIdleSignOut(signedIn ? (status.data?.idleMinutes ?? null) : null, () => {
    setIdleOut(true);
    void client.call('auth.signOut', {}).then(() => resetArchiveQueries(queryClient));
  });
  if (!status.data) {
    return <Center h={200}>{status.error ? <ErrorNotice error={status.error} /> : <Loader aria-label="…" />}</Center>;
  }
  if (status.data.needsSetup) return <SetupFirstScreen />;
  // One tree shape whatever the state, so React never remounts the screens on a change of person.
  return (
    <>
      <div aria-hidden={signedIn ? undefined : true} inert={!signedIn}>
        {started || signedIn ? children : null}
      </div>
      {signedIn ? null : (
        <Box pos="fixed" inset={0} bg="var(--mantine-color-body)" style={{ zIndex: 1000, overflow: 'auto' }}>
          <SignInScreen people={status.data.people} idleOut={idleOut} />
        </Box>
      )}
    </>
  );
}
