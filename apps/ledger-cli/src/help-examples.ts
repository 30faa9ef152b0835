/** The "Examples:" block closing a command's help, one shell line each (commander's `addHelpText('after', …)`). */
export function helpExamples(...shellLines: string[]): string {
  return `\nExamples:\n${shellLines.map((line) => `  $ ${line}`).join('\n')}`;
}
