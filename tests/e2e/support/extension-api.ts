// The little of the extension API the tests call from inside pages (page.evaluate). Read it with
// `Reflect.get(globalThis, 'chrome')`: the project has no @types/chrome, and pages without the API
// (a web page) give undefined.
export interface ExtensionApi {
  runtime: {
    sendMessage: (...args: unknown[]) => Promise<unknown>;
  };
  storage: {
    local: { get: (keys: null) => Promise<Record<string, unknown>> };
  };
}
