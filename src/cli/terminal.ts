/**
 * Shows an action's stdout in a terminal: workflow commands (`::error::`, `::group::`) become
 * readable lines, and `::add-mask::` lines are dropped so a masked secret is never echoed.
 */
export function translateWorkflowCommands(chunk: string): string {
  return chunk
    .split('\n')
    .flatMap((line) => {
      const match = /^::([a-z-]+)(?: [^:]*)?::(.*)$/.exec(line);
      if (!match) return [line];
      const [, command, data] = match;
      const text = data.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
      switch (command) {
        case 'error':
        case 'warning':
        case 'notice':
          return [`${command}: ${text}`];
        case 'group':
          return [`▶ ${text}`];
        case 'debug':
        case 'add-mask':
        case 'endgroup':
        case 'save-state':
        case 'set-output':
          return [];
        default:
          return [line];
      }
    })
    .join('\n');
}

/** Feeds complete lines to `write` as chunks arrive, so a command split across chunks is still seen whole. */
export function lineWriter(write: (text: string) => void): { push(chunk: string): void; flush(): void } {
  let pending = '';
  return {
    push(chunk) {
      pending += chunk;
      const end = pending.lastIndexOf('\n');
      if (end < 0) return;
      write(translateWorkflowCommands(pending.slice(0, end + 1)));
      pending = pending.slice(end + 1);
    },
    flush() {
      if (pending !== '') write(translateWorkflowCommands(pending) + '\n');
      pending = '';
    },
  };
}
