package vn.parflow.directory;

/** What a directory entry is: an office that holds people, or one officer's post named as a lead in a plan. */
public enum UnitKind {

	/** A phòng, ban, trung tâm… ("Phòng Văn hóa – Xã hội"); collective phrases meaning "all units" name these. */
	UNIT,

	/** An officer post ("Công chức Tư pháp - HT"), the lead of some plans' tasks. */
	POST

}
