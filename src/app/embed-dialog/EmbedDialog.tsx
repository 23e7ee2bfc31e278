// The toolbar's "Embed" button and its modal dialog: choices, the snippet for the current
// view with a Copy button, and a live preview of what readers of the post will see.
// The snippet and the preview address come from the model's builder (src/model/embedSnippet).
import { ModalDialog } from '../ModalDialog';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  embedPageUrl,
  embedSnippet,
  readEmbedOption,
  type CarriedData,
  type GraphData,
  type Timeline,
} from '../../model';
import { packShow, showJson } from '../../model/dataCodec';
import type { ViewState } from '../viewState';
import { EmbedChoicesForm } from './EmbedChoicesForm';
import {
  availableCap,
  capChoices,
  DEFAULT_CHOICES,
  SNIPPET_LIMIT_BYTES,
  snippetBytes,
  snippetOptions,
  type EmbedChoices,
} from './snippetOptions';
import './EmbedDialog.css';

export interface EmbedDialogProps {
  readonly slug: string;
  /** The show's data file as the catalogue names it. */
  readonly dataFile: string;
  readonly timeline: Timeline;
  /** The explorer's view: the snippet reproduces its episode, hidden types and spoiler cap. */
  readonly state: ViewState;
  /** A show that is not on the site (the viewer's own): the snippet carries it. */
  readonly data?: GraphData | undefined;
}

/** The show packed for the snippet, once CompressionStream has done its work. */
function useCarried(data: GraphData | undefined): CarriedData | undefined {
  const [carried, setCarried] = useState<{ data: GraphData; value: CarriedData }>();
  useEffect(() => {
    if (!data) return;
    let live = true;
    void packShow(data).then((packed) => {
      if (live) setCarried({ data, value: { kind: 'carried', packed, json: showJson(data) } });
    });
    return () => {
      live = false;
    };
  }, [data]);
  return carried && carried.data === data ? carried.value : undefined;
}

const SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';

export function EmbedDialog(props: EmbedDialogProps) {
  const [choices, setChoices] = useState<Omit<EmbedChoices, 'height'>>(DEFAULT_CHOICES);
  const [heightText, setHeightText] = useState(String(DEFAULT_CHOICES.height));

  // Typed text is read as the widget reads its height attribute: clamped, or the default.
  const height = readEmbedOption('height', heightText);
  const current = useMemo(() => ({ ...choices, height }), [choices, height]);

  return (
    <ModalDialog label="Embed" title="Embed this graph" className="pw-embed-dialog">
      <EmbedDialogBody
        {...props}
        choices={current}
        heightText={heightText}
        onChoices={(change) => setChoices((current) => ({ ...current, ...change }))}
        onHeightText={setHeightText}
        onHeightDone={() => setHeightText(String(height))}
      />
    </ModalDialog>
  );
}

interface BodyProps extends EmbedDialogProps {
  readonly choices: EmbedChoices;
  readonly heightText: string;
  readonly onChoices: (change: Partial<Omit<EmbedChoices, 'height'>>) => void;
  readonly onHeightText: (text: string) => void;
  readonly onHeightDone: () => void;
}

/** Mounted only while the dialog is open, so the preview loads only then. */
function EmbedDialogBody({ slug, dataFile, timeline, state, data, choices, ...on }: BodyProps) {
  const [status, setStatus] = useState('');
  const [hostedSrc, setHostedSrc] = useState('');
  const codeRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const cap = availableCap(state, choices.cap);
  const carried = useCarried(data);
  const hostedUrl = /^https?:\/\/\S+$/.test(hostedSrc.trim()) ? hostedSrc.trim() : undefined;
  const hosted = useMemo(
    () => (hostedUrl ? ({ kind: 'hosted', src: hostedUrl } as const) : undefined),
    [hostedUrl],
  );
  const options = useMemo(
    () =>
      snippetOptions(
        {
          slug,
          dataFile,
          siteUrl: new URL('./', window.location.href).href,
          timeline,
          state,
          data: data ? (hosted ?? carried) : undefined,
        },
        choices,
      ),
    [slug, dataFile, timeline, state, choices, data, hosted, carried],
  );
  // An own show's snippet waits for its packed data; it never points at a file that is not there.
  const ready = !data || options.data !== undefined;
  const snippet = ready ? embedSnippet(options) : '';
  const bytes = snippetBytes(snippet);
  const tooBig = data !== undefined && !hosted && bytes > SNIPPET_LIMIT_BYTES;
  const hiddenCount = state.hidden.size;

  // A choice changes the code, so an earlier "Copied" no longer holds.
  const change = (update: Partial<Omit<EmbedChoices, 'height'>>) => {
    setStatus('');
    on.onChoices(update);
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setStatus('Copied');
    } catch {
      setStatus(copyBySelection(codeRef.current) ? 'Copied' : 'Select the code and copy it');
    }
  };

  return (
    <div className="pw-embed-body">
      <p className="pw-embed-intro">
        Shows {options.title} at {options.episode}, as you see it now
        {hiddenCount > 0 &&
          `, without the ${hiddenCount === 1 ? 'hidden relationship type' : `${hiddenCount} hidden relationship types`}`}
        .
      </p>
      <EmbedChoicesForm
        kind={choices.kind}
        theme={choices.theme}
        controls={choices.controls}
        cap={cap}
        capChoices={capChoices(state)}
        capEpisode={options.cap}
        heightText={on.heightText}
        onKind={(kind) => change({ kind })}
        onTheme={(theme) => change({ theme })}
        onControls={(controls) => change({ controls })}
        onCap={(next) => change({ cap: next })}
        onHeightText={(text) => {
          setStatus('');
          on.onHeightText(text);
        }}
        onHeightDone={on.onHeightDone}
      />

      <div className="pw-embed-code">
        <label htmlFor={`${id}-code`}>Embed code</label>
        <textarea
          ref={codeRef}
          id={`${id}-code`}
          readOnly
          rows={7}
          spellCheck={false}
          value={ready ? snippet : 'Packing the show into the code…'}
        />
        <p className="pw-embed-hint" id={`${id}-size`}>
          {ready && (
            <>
              Size: <strong>{formatBytes(bytes)}</strong> of a {formatBytes(SNIPPET_LIMIT_BYTES)}{' '}
              limit
              {data &&
                !hosted &&
                ' — the show travels inside the code: nothing to host, nothing sent to a server.'}
            </>
          )}
        </p>
        {tooBig && (
          <p className="pw-embed-hint" role="alert">
            This code is over {formatBytes(SNIPPET_LIMIT_BYTES)}; some blog editors cut long code.
            Host the data file instead (Download it as Plotweb JSON) and give its address below.
          </p>
        )}
        {data && (
          <label className="pw-embed-hosted">
            <span>Or use a hosted data file (any address that allows CORS)</span>
            <input
              type="url"
              inputMode="url"
              placeholder="https://example.com/my-show.json"
              value={hostedSrc}
              onChange={(event) => {
                setStatus('');
                setHostedSrc(event.target.value);
              }}
            />
          </label>
        )}
        <div className="pw-embed-copy-row">
          <button
            type="button"
            className="button pw-embed-copy"
            disabled={!ready}
            onClick={() => void copy()}
          >
            Copy
          </button>
          <p role="status" className="pw-embed-status">
            {status}
          </p>
        </div>
        {options.types?.length === 0 && (
          <p className="pw-embed-hint">
            Every relationship type is hidden here; the embed cannot hide them all, so it will show
            every type.
          </p>
        )}
      </div>

      <section className="pw-embed-preview" aria-labelledby={`${id}-preview`}>
        <h3 id={`${id}-preview`}>Preview</h3>
        <div className="pw-embed-frame">
          {ready && (
            <iframe
              title="Preview"
              src={embedPageUrl(options)}
              height={options.height}
              sandbox={SANDBOX}
            />
          )}
        </div>
      </section>

      <section className="pw-embed-help" aria-labelledby={`${id}-help`}>
        <h3 id={`${id}-help`}>Where to paste it</h3>
        <ul>
          <li>WordPress: a “Custom HTML” block.</li>
          <li>Ghost: an “HTML card”.</li>
          <li>
            Hugo or Jekyll: raw HTML in the post (Hugo needs{' '}
            <code>markup.goldmark.renderer.unsafe</code> turned on).
          </li>
        </ul>
        <p>
          The script kind also carries a picture and a text list of the relationships, shown where
          scripts are stripped: Substack, Medium, RSS readers.
        </p>
      </section>
    </div>
  );
}

function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : `${(bytes / 1024).toFixed(1)} KB`;
}

/** The old way to copy, for browsers without the Clipboard API or without permission. */
function copyBySelection(textarea: HTMLTextAreaElement | null): boolean {
  if (!textarea) return false;
  textarea.focus();
  textarea.select();
  try {
    return typeof document.execCommand === 'function' && document.execCommand('copy');
  } catch {
    return false;
  }
}
