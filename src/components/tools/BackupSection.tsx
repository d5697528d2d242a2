/**
 * The backup panel at the foot of a tool's list, loaded after the list has shown: it is below
 * everything else, so nothing moves when it arrives, and the first view loads less.
 */
import type { ComponentProps } from 'preact';
import type { BackupPanel } from './BackupPanel';
import { useLazyModule } from './useLazyModule';

const load = () => import('./BackupPanel');

export function BackupSection(props: ComponentProps<typeof BackupPanel>) {
  const module = useLazyModule(load, true);
  return module ? <module.BackupPanel {...props} /> : null;
}
