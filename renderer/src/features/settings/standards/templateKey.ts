/** `general-penalty@1.1.0`: how the list and the viewer name one stored version. */
export function versionKey(template: { templateId: string; version: string }): string {
  return `${template.templateId}@${template.version}`;
}
