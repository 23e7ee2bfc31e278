// The toolbar's "Embed" button and its modal dialog: choices, the snippet for the current
// view with a Copy button, and a live preview of what readers of the post will see.
// The snippet and the preview address come from the model's builder (src/model/embedSnippet).
import { ModalDialog } from '../ModalDialog';
import { useId, useMemo, useRef, useState } from 'react';
import { embedPageUrl, embedSnippet, readEmbedOption, type Timeline } from '../../model';
import type { ViewState } from '../viewState';
import { EmbedChoicesForm } from './EmbedChoicesForm';
import {
  availableCap,
  capChoices,
  DEFAULT_CHOICES,
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
function EmbedDialogBody({ slug, dataFile, timeline, state, choices, ...on }: BodyProps) {
  const [status, setStatus] = useState('');
  const codeRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const cap = availableCap(state, choices.cap);
  const options = useMemo(
    () =>
      snippetOptions(
        { slug, dataFile, siteUrl: new URL('./', window.location.href).href, timeline, state },
        choices,
      ),
    [slug, dataFile, timeline, state, choices],
  );
  const snippet = embedSnippet(options);
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
          value={snippet}
        />
        <div className="pw-embed-copy-row">
          <button type="button" className="button pw-embed-copy" onClick={() => void copy()}>
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
          <iframe
            title="Preview"
            src={embedPageUrl(options)}
            height={options.height}
            sandbox={SANDBOX}
          />
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
