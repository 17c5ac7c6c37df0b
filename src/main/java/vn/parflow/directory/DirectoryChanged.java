package vn.parflow.directory;

/**
 * Published by {@link DirectoryImportService} inside the import's transaction, whatever the import changed.
 * Listeners that cache the directory drop their copy.
 */
public record DirectoryChanged(DirectoryImportReport report) {
}
