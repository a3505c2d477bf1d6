/** Whether a drag carries files from outside the page (not a card or a phase being moved). */
export function carriesFiles(types: readonly string[] | DOMStringList | undefined): boolean {
  if (!types) return false;
  return Array.from(types as ArrayLike<string>).includes('Files');
}

/** The file to import from a drop: the first one (the import takes one file at a time). */
export function droppedFile(files: ArrayLike<File> | undefined | null): File | null {
  return files && files.length > 0 ? (files[0] ?? null) : null;
}
