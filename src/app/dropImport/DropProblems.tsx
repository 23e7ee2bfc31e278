// Why dropped files could not be opened, in the same panel as a shipped file's problems,
// with a way back to what was open before.
import { ErrorPanel } from '../ErrorPanel';

interface Props {
  readonly label: string;
  readonly problems: readonly string[];
  readonly onBack: () => void;
}

export function DropProblems({ label, problems, onBack }: Props) {
  return (
    <div className="drop-problems">
      <ErrorPanel title={`${label} could not be opened`} problems={problems} />
      <button type="button" className="button" onClick={onBack}>
        Go back
      </button>
    </div>
  );
}
