import { EventEmitter } from 'node:events';

// Minimal stand-ins for Electron objects: real listener registration (EventEmitter) plus a record of
// every handler the code under test installs, so a test can fire events and call handlers.

export type FakeEvent = {
  preventDefault: () => void;
  defaultPrevented: boolean;
  url?: string;
  isMainFrame?: boolean;
};

export function fakeEvent(fields: { url?: string; isMainFrame?: boolean } = {}): FakeEvent {
  const event: FakeEvent = {
    ...fields,
    defaultPrevented: false,
    preventDefault: () => {
      event.defaultPrevented = true;
    },
  };
  return event;
}

type Handler = (...args: never[]) => unknown;

export class FakeSession extends EventEmitter {
  handlers: Record<string, Handler | null> = {};
  spellCheckerEnabled = true;
  webRequest = {
    listeners: {} as Record<string, Handler | null>,
    onBeforeRequest: (listener: Handler | null) => {
      this.webRequest.listeners['onBeforeRequest'] = listener;
    },
    onHeadersReceived: (listener: Handler | null) => {
      this.webRequest.listeners['onHeadersReceived'] = listener;
    },
  };
  setPermissionRequestHandler(h: Handler | null): void {
    this.handlers['permissionRequest'] = h;
  }
  setPermissionCheckHandler(h: Handler | null): void {
    this.handlers['permissionCheck'] = h;
  }
  setDevicePermissionHandler(h: Handler | null): void {
    this.handlers['devicePermission'] = h;
  }
  setDisplayMediaRequestHandler(h: Handler | null): void {
    this.handlers['displayMedia'] = h;
  }
  setBluetoothPairingHandler(h: Handler | null): void {
    this.handlers['bluetoothPairing'] = h;
  }
  setSpellCheckerEnabled(enable: boolean): void {
    this.spellCheckerEnabled = enable;
  }
}

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: Handler | null = null;
  setWindowOpenHandler(h: Handler): void {
    this.windowOpenHandler = h;
  }
}
