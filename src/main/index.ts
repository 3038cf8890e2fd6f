// Placeholder until the Electron shell lands (see branch shell).
export {};
