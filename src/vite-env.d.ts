/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Origin of the local engine when the studio runs under `vite dev` (default http://127.0.0.1:8787). */
  readonly VITE_LOCAL_ENGINE_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
