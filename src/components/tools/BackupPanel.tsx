/**
 * "Download alles als één bestand": both tools' work in one file, when that was last done, and
 * whether the browser keeps the work (persistent storage). Shown on each tool's list.
 */
import { useEffect, useState } from 'preact/hooks';
import { lastBackup, rememberBackup } from '../../lib/backup-time';
import { formatDay, today } from '../../lib/dates';
import { downloadText } from '../../lib/files';
import type { toolStrings } from '../../lib/i18n/tools.nl';
import { bytesOfTools, loadTools } from '../../lib/registry';
import { browserStorage } from '../../lib/tools/storage';
import { format, formatSize } from '../../lib/text';
import { useFieldId } from '../forms/ids';

interface Props {
  strings: (typeof toolStrings)['backup'];
  /** "Je scans en werkbladen nemen {size} in beslag …" */
  useText: string;
  /** The newest `updatedAt` of the tool's records, to say whether anything changed since. */
  newestChange: string | null;
  announce: (text: string) => void;
}

const time = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit' });

export function BackupPanel({ strings: s, useText, newestChange, announce }: Props) {
  const [last, setLast] = useState<Date | null>(null);
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [used, setUsed] = useState<number | null>(null);

  useEffect(() => {
    setLast(lastBackup());
    try {
      const store = browserStorage();
      if (store) setUsed(bytesOfTools(store));
    } catch {
      // Storage that cannot be read: nothing to say about its size.
    }
    navigator.storage?.persisted?.().then(setPersisted, () => setPersisted(null));
  }, []);

  const save = async () => {
    const now = new Date();
    const [{ makeBackup }, tools] = await Promise.all([import('../../lib/backup'), loadTools()]);
    const backup = makeBackup(tools, now.toISOString());
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
      {used !== null && <p>{format(useText, { size: formatSize(used) })}</p>}
      <p>
        <button type="button" class="button button--secondary" onClick={save}>
          {s.button}
        </button>
      </p>
    </section>
  );
}
