/** A message in a box: information, or a warning that something needs attention. */
import type { ComponentChildren } from 'preact';

interface Props {
  kind?: 'info' | 'warning';
  /** "status" is read when it appears; "alert" interrupts; none for a notice that is simply there. */
  role?: 'status' | 'alert';
  children: ComponentChildren;
}

export function Notice({ kind = 'info', role, children }: Props) {
  return (
    <div class={kind === 'warning' ? 'notice notice--warning' : 'notice'} role={role}>
      {children}
    </div>
  );
}
