package vn.parflow.directory;

/**
 * What a directory import changed. Importing the same file again reports zero everywhere.
 */
public record DirectoryImportReport(String source, int unitsCreated, int unitsUpdated, int collectivesCreated,
		int collectivesUpdated, int peopleCreated, int peopleUpdated) {

	/** True when the import found the directory already as the file describes it. */
	public boolean unchanged() {
		return unitsCreated + unitsUpdated + collectivesCreated + collectivesUpdated + peopleCreated
				+ peopleUpdated == 0;
	}

	/** One Vietnamese line for the log and the administrator's screen. */
	public String summary() {
		return ("Danh mục “%s”: đơn vị %d mới, %d cập nhật; cụm từ tập thể %d mới, %d cập nhật;"
				+ " người dùng %d mới, %d cập nhật.").formatted(source, unitsCreated, unitsUpdated, collectivesCreated, collectivesUpdated, peopleCreated,
					peopleUpdated);
	}

}
