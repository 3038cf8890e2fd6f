// Loads the BUILT out/main/index.js under plain Node with a fake `electron` module, boots it, and
// prints what it did as JSON. Catches what unit tests with mocks cannot: bundling mistakes such as
// wrong __dirname-relative paths to migrations, preload or renderer. Usage:
//   node runBuiltMain.cjs <repo> <dataDir>
'use strict';
const Module = require('node:module');
const { EventEmitter } = require('node:events');
const path = require('node:path');

const [repo, dataDir] = process.argv.slice(2);
const calls = [];
const ipc = new Map();
const windows = [];
let protocolHandler;
let resolveReady;

const app = Object.assign(new EventEmitter(), {
  isPackaged: true,
  requestSingleInstanceLock: () => true,
  quit: () => calls.push(['app.quit']),
  exit: (code) => calls.push(['app.exit', code]),
  enableSandbox: () => calls.push(['app.enableSandbox']),
  whenReady: () => new Promise((r) => (resolveReady = r)),
});
class WebContents extends EventEmitter {
  setWindowOpenHandler(h) {
    this.windowOpenHandler = h;
  }
}
const defaultSession = Object.assign(new EventEmitter(), {
  setPermissionRequestHandler() {},
  setPermissionCheckHandler() {},
  setDevicePermissionHandler() {},
  setDisplayMediaRequestHandler() {},
  setBluetoothPairingHandler() {},
  setSpellCheckerEnabled() {},
  webRequest: { onBeforeRequest() {}, onHeadersReceived() {} },
});
class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new WebContents();
    windows.push(this);
  }
  show() {}
  loadURL(url) {
    this.url = url;
    return Promise.resolve();
  }
}
const electron = {
  app,
  BrowserWindow,
  session: { defaultSession },
  protocol: {
    registerSchemesAsPrivileged: (schemes) =>
      calls.push(['protocol.registerSchemesAsPrivileged', schemes]),
    handle: (scheme, handler) => {
      calls.push(['protocol.handle', scheme]);
      protocolHandler = handler;
    },
  },
  ipcMain: { handle: (c, h) => ipc.set(c, h), removeHandler: (c) => ipc.delete(c) },
  dialog: { showErrorBox: (title, message) => calls.push(['dialog.showErrorBox', title, message]) },
  Menu: {
    setApplicationMenu: (m) => calls.push(['Menu.setApplicationMenu', m]),
    buildFromTemplate: (t) => t,
  },
};
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'electron' ? electron : load.call(this, request, ...rest);
};

process.argv.push('--data-dir', dataDir);
require(path.join(repo, 'out/main/index.js'));

(async () => {
  resolveReady();
  await new Promise((r) => setTimeout(r, 50));
  const result = {
    calls,
    channels: [...ipc.keys()],
    windows: windows.map((w) => ({ url: w.url, webPreferences: w.options.webPreferences })),
  };
  if (ipc.size > 0) {
    const frame = { url: 'app://casefile/index.html', parent: null };
    result.appInfo = ipc.get('app:info')({ senderFrame: frame }, {});
    result.fromSubframe = ipc.get('app:info')({ senderFrame: { ...frame, parent: frame } }, {});
    const index = await protocolHandler(new Request('app://casefile/'));
    const html = await index.text();
    const script = /src="\.\/([^"]+\.js)"/.exec(html)?.[1];
    const js = script ? await protocolHandler(new Request(`app://casefile/${script}`)) : undefined;
    result.index = {
      status: index.status,
      csp: index.headers.get('content-security-policy'),
      type: index.headers.get('content-type'),
    };
    result.script = js && { path: script, status: js.status, type: js.headers.get('content-type') };
    // The window says who is working first (issue 3: every other channel is LOCKED until then).
    ipc.get('profiles:create')(
      { senderFrame: frame },
      { name: 'Ana Adviser', role: 'LEGAL_ADVISER' },
    );
    // The start-up audit verification runs in the bundled worker; wait for its saved result.
    for (let i = 0; i < 200 && !result.auditStatus; i++) {
      const status = ipc.get('audit:status')({ senderFrame: frame }, {});
      if (status.ok && status.value.last) result.auditStatus = status.value;
      else await new Promise((r) => setTimeout(r, 50));
    }
    app.emit('will-quit');
  }
  process.stdout.write(JSON.stringify(result));
})();
