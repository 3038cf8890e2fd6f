import { useState } from 'react';
import { Button } from 'react-aria-components';

/**
 * Copies text to the clipboard. Electron denies the async clipboard permission to the page
 * (src/main/security.ts denies every permission), so the copy falls back to the selection-based
 * copy command, which needs none.
 */
async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'offscreen';
    document.body.append(area);
    area.select();
    try {
      // Deprecated, but the one copy that needs no permission.
      return document.execCommand('copy');
    } finally {
      area.remove();
    }
  }
}

export function CopyButton(props: { text: string; label: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <span className="copy">
      <Button
        className="button small"
        onPress={() => {
          void copy(props.text).then((ok) => setState(ok ? 'copied' : 'failed'));
        }}
      >
        {props.label}
      </Button>
      <span role="status" className="copy-status">
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Select the text and copy it' : ''}
      </span>
    </span>
  );
}
