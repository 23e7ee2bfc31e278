/** Every problem with a data file, as the validator words it: never a blank page. */
export function ErrorPanel({ title, problems }: { title: string; problems: readonly string[] }) {
  return (
    <section className="error-panel" role="alert" aria-labelledby="error-title">
      <h2 id="error-title">{title}</h2>
      <p>
        {problems.length} problem{problems.length === 1 ? '' : 's'} found. Each line names the file,
        the place in it and how to fix it.
      </p>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>
            <code>{problem}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
