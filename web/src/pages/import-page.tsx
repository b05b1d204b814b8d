import { type DragEvent, useState } from 'react';
import { ApiError, api, upload } from '../api.js';
import { ReviewQueue } from '../components/review-queue.js';
import { usePageTitle } from '../router.js';
import type { ImportStatus, ReviewItem } from '../types.js';
import { useApi } from '../use-api.js';

interface Upload {
  key: string;
  name: string;
  /** 0..1 of the bytes sent, then of the file read. */
  sent: number;
  status: ImportStatus | null;
  error: string | null;
}

const POLL_MS = 400;
const COUNT_WORDS: Array<[keyof ImportStatus['counts'], string]> = [
  ['applied', 'applied to your applications'],
  ['review', 'waiting for your review'],
  ['duplicate', 'already imported'],
  ['ignored', 'not about a job'],
  ['error', 'unreadable'],
];

const percent = (x: number) => `${Math.round(x * 100)}%`;

export default function ImportPage() {
  usePageTitle('Import');
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [over, setOver] = useState(false);
  const review = useApi<ReviewItem[]>('/inbox/review');

  const patch = (key: string, change: Partial<Upload>) =>
    setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...change } : u)));

  async function importFile(file: File) {
    const key = `${file.name}-${file.size}-${Date.now()}-${Math.random()}`;
    setUploads((list) => [{ key, name: file.name, sent: 0, status: null, error: null }, ...list]);
    try {
      let status = await upload<ImportStatus>(
        `/import?name=${encodeURIComponent(file.name)}`,
        file,
        (sent, total) => patch(key, { sent: total > 0 ? sent / total : 0 }),
      );
      patch(key, { sent: 1, status });
      while (status.state === 'running') {
        await new Promise((r) => setTimeout(r, POLL_MS));
        status = await api.get<ImportStatus>(`/imports/${status.id}`);
        patch(key, { status });
      }
      if (status.state === 'failed') patch(key, { error: status.error });
      await review.reload();
    } catch (e) {
      patch(key, { error: e instanceof ApiError ? e.message : String(e) });
    }
  }

  const take = (files: FileList | null) => {
    for (const f of Array.from(files ?? [])) void importFile(f);
  };
  const drop = (e: DragEvent<HTMLElement>) => {
    e.preventDefault();
    setOver(false);
    take(e.dataTransfer.files);
  };

  return (
    <>
      <div className="page-head">
        <h1>Import e-mail</h1>
        <p className="muted">Rejections start their follow-up plans; the rest waits for your word below.</p>
      </div>
      <section
        className={over ? 'dropzone over' : 'dropzone'}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
        aria-labelledby="drop-title"
      >
        <h2 id="drop-title">Drop .eml or .mbox files here</h2>
        <p className="muted small">
          An mbox is what Gmail’s Takeout and most mail apps export. Mail that is not about a job is not kept.
        </p>
        <label className="button primary">
          Choose files…
          <input
            className="sr-only"
            type="file"
            accept=".eml,.mbox,.mbx,message/rfc822,application/mbox"
            multiple
            onChange={(e) => {
              take(e.currentTarget.files);
              e.currentTarget.value = '';
            }}
          />
        </label>
      </section>
      {uploads.length > 0 ? (
        <ul className="uploads" aria-label="Imports">
          {uploads.map((u) => (
            <UploadRow key={u.key} u={u} />
          ))}
        </ul>
      ) : null}
      <ReviewQueue loaded={review} />
    </>
  );
}

function UploadRow({ u }: { u: Upload }) {
  const s = u.status;
  const reading = s ? (s.size > 0 ? s.bytesRead / s.size : 0) : 0;
  // The last part of an import: the plans it changed are made again (a big mailbox changes many).
  const planning = s?.state === 'running' && s.plans ? s.plans : null;
  const phase = u.error
    ? 'failed'
    : !s
      ? `uploading ${percent(u.sent)}`
      : planning
        ? `updating the plans it changed: ${planning.done} of ${planning.total}`
        : s.state === 'running'
          ? `reading: ${s.items} message${s.items === 1 ? '' : 's'}${s.format === 'mbox' ? `, ${percent(reading)}` : ''}`
          : 'done';
  const done = planning ? 0.9 + (0.1 * planning.done) / Math.max(1, planning.total) : 0.5 + reading * 0.4;
  return (
    <li className="upload panel">
      <div>
        <strong>{u.name}</strong> <span className="muted small">· {phase}</span>
      </div>
      <progress
        max={1}
        value={!s ? u.sent * 0.5 : s.state === 'running' ? done : 1}
        aria-label={`${u.name}: ${phase}`}
      />
      {u.error ? (
        <p className="form-error" role="alert">
          {u.error}
        </p>
      ) : null}
      {s && s.state === 'done' ? (
        <p className="small" role="status">
          {s.items} message{s.items === 1 ? '' : 's'}:{' '}
          {COUNT_WORDS.filter(([k]) => s.counts[k] > 0)
            .map(([k, words]) => `${s.counts[k]} ${words}`)
            .join(', ') || 'nothing new'}
          .
        </p>
      ) : null}
    </li>
  );
}
