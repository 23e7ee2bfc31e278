// "Copy link": the address of exactly this view. A show that is on no server (opened or
// edited by the viewer) travels in the link's fragment (#data=…), which browsers never send.
import { useState } from 'react';
import type { GraphData } from '../model';
import { packShow } from '../model/dataCodec';

export function CopyLinkButton({ data }: { readonly data: GraphData | undefined }) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    const url = new URL(window.location.href);
    url.hash = data ? `data=${await packShow(data)}` : '';
    try {
      await navigator.clipboard.writeText(url.href);
      setStatus('Link copied');
    } catch {
      // No clipboard permission: put the link in the address bar to copy from there.
      window.history.replaceState(window.history.state, '', url.href);
      setStatus('Copy the link from the address bar');
    }
  };
  return (
    <>
      <button type="button" className="button" onClick={() => void copy()}>
        Copy link
      </button>
      <span role="status" className="pw-visually-hidden">
        {status}
      </span>
    </>
  );
}
