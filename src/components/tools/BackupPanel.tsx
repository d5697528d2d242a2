/**
 * "Download alles als één bestand": both tools' work in one file, when that was last done, and
 * whether the browser keeps the work (persistent storage). Shown on each tool's list.
 */
import { useEffect, useState } from 'preact/hooks';
import { lastBackup, rememberBackup } from '../../lib/backup-time';
import { formatDay, today } from '../../lib/dates';
import { downloadText } from '../../lib/files';
import type { toolStrings } from '../../lib/i18n/tools.nl';
import { format } from '../../lib/text';
import { useFieldId } from '../forms/ids';

interface Props {
  strings: (typeof toolStrings)['backup'];
  /** The newest `updatedAt` of the tool's records, to say whether anything changed since. */
  newestChange: string | null;
  announce: (text: string) => void;
}

const time = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit' });

export function BackupPanel({ strings: s, newestChange, announce }: Props) {
  const [last, setLast] = useState<Date | null>(null);
  const [persisted, setPersisted] = useState<boolean | null>(null);

  useEffect(() => {
    setLast(lastBackup());
    navigator.storage?.persisted?.().then(setPersisted, () => setPersisted(null));
  }, []);

  const save = async () => {
    const now = new Date();
    const { makeBackup } = await import('../../lib/backup');
    const backup = makeBackup(now.toISOString());
    downloadText(format(s.fileName, { date: today(now) }), `${JSON.stringify(backup, null, 2)}\n`, 'application/json');
    rememberBackup(now);
    setLast(now);
    announce(s.done);
  };

  const headingId = useFieldId();
  const changedSince = last !== null && newestChange !== null && Date.parse(newestChange) > last.getTime();
  return (
    <section class="backup print-hidden" aria-labelledby={headingId}>
      <h3 id={headingId}>{s.heading}</h3>
      <p>{s.intro}</p>
      <p>
        {last ? format(s.last, { date: `${formatDay(today(last))}, ${time.format(last)}` }) : s.never}
        {changedSince && <> {s.changed}</>}
      </p>
      {persisted !== null && <p>{persisted ? s.persisted : s.notPersisted}</p>}
      <p>
        <button type="button" class="button button--secondary" onClick={save}>
          {s.button}
        </button>
      </p>
    </section>
  );
}
