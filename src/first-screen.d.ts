declare module 'virtual:first-screen' {
  /** The run the events describe. */
  export const runId: string;
  /** JSON of the settings the events were computed for. */
  export const config: string;
  /** encodeEvents() text of the engine's answer to `configure` with those settings. */
  export const events: string;
}
