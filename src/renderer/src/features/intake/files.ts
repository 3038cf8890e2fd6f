import {
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENT_LABEL,
} from '../../../../shared/ipc/contracts/attachments';

export type Upload = { fileName: string; mediaType: string; dataBase64: string; sha256: string };

const hex = (buf: ArrayBuffer) =>
  [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('');

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

/**
 * Reads a chosen file for `attachments:add`: refuses it here already when it is empty or over the
 * limit (the main process checks again), and computes its SHA-256 so main can prove the bytes
 * arrived unchanged.
 */
export async function readFileForUpload(file: File): Promise<Upload> {
  if (file.size === 0) throw new Error(`${file.name} is empty: the file has no content`);
  if (file.size > MAX_ATTACHMENT_BYTES) {
    throw new Error(
      `${file.name} is larger than ${MAX_ATTACHMENT_LABEL}; split or compress the file and attach the parts`,
    );
  }
  const buffer = await file.arrayBuffer();
  const digest = await crypto.subtle.digest('SHA-256', buffer);
  return {
    fileName: file.name,
    mediaType: file.type || 'application/octet-stream',
    dataBase64: toBase64(new Uint8Array(buffer)),
    sha256: hex(digest),
  };
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
