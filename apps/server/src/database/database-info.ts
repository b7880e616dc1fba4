/** Which database the server ended up on, decided in main before Nest starts. */
export interface DatabaseInfo {
  mode: 'embedded' | 'external';
  url: string;
}
