// "Tom Krisher, AP Auto Writer", "Jane Doe, Senior Correspondent": a name, a comma, a newsroom role.
const NAME_AND_ROLE = /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}),\s+(?:[\p{L}&.]+\s+){0,4}(?:[Ww]riter|[Cc]orrespondent|[Rr]eporter|[Ee]ditor|[Cc]olumnist|[Cc]ontributor|[Ss]taff|WRITER|CORRESPONDENT|REPORTER|EDITOR)$/u;

/**
 * The name of a byline written without "By": a name followed by the writer's role on a line of
 * its own. Returns the name, or undefined when the line is not such a byline.
 */
export function detectRoleByline(line: string): string | undefined {
  return NAME_AND_ROLE.exec(line)?.[1];
}
