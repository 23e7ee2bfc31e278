// Whether the page's Content-Security-Policy lets a <video> play a blob: URL. The built app
// declares its policy in a <meta> tag; a policy sent as a header cannot be read from script.

/** True when the policy's media-src (or default-src, which it falls back to) allows blob:. */
export function policyAllowsBlobMedia(policy: string): boolean {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) {
      directives.set(name.toLowerCase(), sources);
    }
  }
  const sources = directives.get('media-src') ?? directives.get('default-src');
  return sources === undefined || sources.some((source) => source.toLowerCase() === 'blob:');
}

export function pageAllowsBlobMedia(document: Document): boolean {
  const policies = document.querySelectorAll<HTMLMetaElement>(
    'meta[http-equiv="Content-Security-Policy" i]',
  );
  return [...policies].every((meta) => policyAllowsBlobMedia(meta.content));
}
