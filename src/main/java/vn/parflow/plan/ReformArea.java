package vn.parflow.plan;

/** The seven standard areas of administrative reform (Lĩnh vực CCHC) under which a plan groups its tasks. */
public enum ReformArea {
	CHI_DAO_DIEU_HANH("Công tác chỉ đạo, điều hành"),
	THE_CHE("Cải cách thể chế"),
	THU_TUC_HANH_CHINH("Cải cách thủ tục hành chính"),
	TO_CHUC_BO_MAY("Cải cách tổ chức bộ máy"),
	CONG_VU("Cải cách chế độ công vụ"),
	TAI_CHINH_CONG("Cải cách tài chính công"),
	CHINH_QUYEN_SO("Xây dựng và phát triển chính quyền điện tử, chính quyền số");

	private final String label;

	ReformArea(String label) {
		this.label = label;
	}

	/** The Vietnamese name shown to users. */
	public String label() {
		return label;
	}

	/**
	 * The area a section title of an appendix names ("I. Chỉ đạo điều hành, kiểm tra và tuyên truyền",
	 * "II. CẢI CÁCH THỂ CHẾ", "2.6. Xây dựng và phát triển Chính quyền điện tử, Chính quyền số"), read by its
	 * keywords; also accepts the area's key ({@code THE_CHE}) and its label. Null when no keyword matches: the
	 * caller reports it, it never guesses.
	 */
	public static ReformArea fromSectionTitle(String title) {
		if (title == null || title.isBlank()) {
			return null;
		}
		String trimmed = title.strip();
		for (ReformArea area : values()) {
			if (area.name().equalsIgnoreCase(trimmed)) {
				return area;
			}
		}
		String text = " " + CellSplitter.key(trimmed).replaceAll("[^a-z0-9]+", " ").strip() + " ";
		if (containsAny(text, " chinh quyen dien tu", " chinh quyen so", " chuyen doi so", " chinh phu dien tu",
				" chinh phu so")) {
			return CHINH_QUYEN_SO;
		}
		if (containsAny(text, " thu tuc hanh chinh", " tthc ", " mot cua ")) {
			return THU_TUC_HANH_CHINH;
		}
		if (containsAny(text, " to chuc bo may", " bo may hanh chinh")) {
			return TO_CHUC_BO_MAY;
		}
		if (containsAny(text, " tai chinh cong")) {
			return TAI_CHINH_CONG;
		}
		if (containsAny(text, " cong vu ", " cong chuc ")) {
			return CONG_VU;
		}
		if (containsAny(text, " the che ")) {
			return THE_CHE;
		}
		if (containsAny(text, " chi dao ", " dieu hanh ", " tuyen truyen ")) {
			return CHI_DAO_DIEU_HANH;
		}
		return null;
	}

	private static boolean containsAny(String text, String... keys) {
		for (String key : keys) {
			if (text.contains(key)) {
				return true;
			}
		}
		return false;
	}
}
