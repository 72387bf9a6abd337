import { app, session, type WebContents } from 'electron';
import { isPrintPreviewUrl } from './protocolPaths';
import { isAllowedNavigation, permissionDecision } from './security';

function lockDown(contents: WebContents, onPreview: (url: string) => void): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // The renderer's print opens an export inline; we open that one ourselves, through the factory.
  contents.setWindowOpenHandler(({ url }) => {
    if (isPrintPreviewUrl(url)) onPreview(url);
    return { action: 'deny' };
  });
}

/** Navigation, new windows, webviews and every permission are refused for every web contents. */
export function applyHardening(onPreview: (url: string) => void): void {
  app.on('web-contents-created', (_event, contents) => lockDown(contents, onPreview));
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionDecision(permission)));
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => permissionDecision(permission));
}
