/**
 * Global setup of a run against a deployment (PORTAL_URL): check the target
 * once before any test, so a wrong password or domain stops the run at once
 * with one clear sentence instead of failing every test on a timeout.
 */
import { remotePortal } from './remote';
import { preflightRemote } from './remote-preflight';

export default async function checkRemoteTarget(): Promise<void> {
  const remote = remotePortal();
  if (remote) await preflightRemote(remote);
}
