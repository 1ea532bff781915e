import { spawnSync } from 'node:child_process';

/**
 * How to give a child process its own mount namespace, where it may mount a tiny tmpfs (a disk
 * that fills up) or remount a folder read-only (which even root cannot write) without touching the
 * machine: the `unshare` arguments that work here, or why none do.
 */
export function findMountNamespace(): { unshare: string[] } | { reason: string } {
  // Root needs no user namespace; anyone else needs one that maps them to root inside.
  for (const unshare of [['--mount'], ['--mount', '--map-root-user']]) {
    const probe = spawnSync('unshare', [...unshare, 'sh', '-c', 'd=$(mktemp -d) && mount -t tmpfs -o size=4k tmpfs "$d"; s=$?; umount "$d" 2>/dev/null; rmdir "$d"; exit $s'], { stdio: 'ignore' });
    if (probe.status === 0) return { unshare };
  }
  return { reason: 'this machine does not let a test mount a tmpfs in a mount namespace of its own (unshare --mount)' };
}

/**
 * The command line that runs `command` in a new mount namespace after `setup` (shell, with the
 * folder to act on in "$TARGET"), e.g. `mount -t tmpfs -o size=16k tmpfs "$TARGET"`.
 */
export function inMountNamespace(unshare: readonly string[], setup: string, target: string, command: readonly string[]): { file: string; args: string[] } {
  return { file: 'unshare', args: [...unshare, 'env', `TARGET=${target}`, 'sh', '-c', `${setup} && exec "$@"`, 'sh', ...command] };
}
