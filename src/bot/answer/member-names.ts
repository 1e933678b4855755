/**
 * The privacy guard recognises colleagues by the workspace member list. It is loaded only when a
 * request is about to leave for the cloud; if it cannot be loaded, the request stays local —
 * escalating without it would leave colleagues' names to guesswork.
 */
export async function loadMemberNames(load: (() => Promise<readonly string[]>) | undefined, notes: string[]): Promise<readonly string[] | undefined> {
  if (!load) return [];
  try {
    return await load();
  } catch (error) {
    notes.push(`The workspace member list could not be loaded (${error instanceof Error ? error.message : String(error)}), so this request stayed local.`);
    return undefined;
  }
}
