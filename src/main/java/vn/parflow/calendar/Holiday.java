package vn.parflow.calendar;

/** The public holidays of the Labour Code 2019, art. 112, with the names officers use. */
public enum Holiday {

	TET_DUONG_LICH("Tết Dương lịch"),

	TET_AM_LICH("Tết Nguyên đán"),

	GIO_TO_HUNG_VUONG("Giỗ Tổ Hùng Vương"),

	GIAI_PHONG_MIEN_NAM("Ngày Chiến thắng 30/4"),

	QUOC_TE_LAO_DONG("Ngày Quốc tế Lao động 1/5"),

	QUOC_KHANH("Quốc khánh");

	private final String vietnamese;

	Holiday(String vietnamese) {
		this.vietnamese = vietnamese;
	}

	public String vietnamese() {
		return vietnamese;
	}

}
