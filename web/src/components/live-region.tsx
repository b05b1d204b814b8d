import { useEffect, useState } from 'react';

let setMessage: ((m: string) => void) | null = null;

/** Says something to screen readers and shows it briefly: "Moved Designer at Acme to Offer". */
export function announce(message: string): void {
  setMessage?.(message);
}

export function LiveRegion() {
  const [message, set] = useState('');
  useEffect(() => {
    setMessage = (m) => set(m);
    return () => {
      setMessage = null;
    };
  }, []);
  useEffect(() => {
    if (!message) return;
    const t = setTimeout(() => set(''), 6000);
    return () => clearTimeout(t);
  }, [message]);
  return (
    <div className={message ? 'toast shown' : 'toast'} role="status" aria-live="polite">
      {message}
    </div>
  );
}
