import type { Handlers } from '../../../shared/api/handlers';
import type { AuthService } from './auth.service';

/** Contract → auth service; the call's channel and session come from the transport via dispatch. */
export function authHandlers(auth: AuthService) {
  return {
    'auth.status': (_input, context) => auth.status(context),
    'auth.setupFirst': ({ fields, secret }, context) => auth.setupFirst(fields, secret, context),
    'auth.signIn': ({ userId, secret }, context) => auth.signIn(userId, secret, context),
    'auth.signOut': (_input, context) => auth.signOut(context),
    'auth.fileKey': (_input, context) => auth.fileKey(context),
    'auth.setSecret': ({ userId, secret }) => auth.setSecret(userId, secret),
  } satisfies Pick<Handlers, `auth.${string}` & keyof Handlers>;
}
