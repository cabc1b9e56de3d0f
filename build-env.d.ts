// Values built in from `.env` (see .env.example); Vite exposes the `WXT_` ones to the code.
interface ImportMetaEnv {
  /** The Webex integration's client ID used unless Options or an administrator set another. */
  readonly WXT_WEBEX_CLIENT_ID?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
